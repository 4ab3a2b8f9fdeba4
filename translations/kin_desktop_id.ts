<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About KIN Desktop</source>
        <translation>Tentang KIN Desktop</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Versi %1</translation>
    </message>
    <message>
        <source>For the Kitakyushu Initiative Network: the cities&apos; questionnaire, practices and commitments, and the secretariat&apos;s review and follow-up. Licensed under the MIT licence.</source>
        <translation>Untuk Jaringan Prakarsa Kitakyushu: kuesioner, praktik, dan komitmen kota, serta peninjauan dan tindak lanjut oleh sekretariat. Dilisensikan di bawah lisensi MIT.</translation>
    </message>
    <message>
        <source>Licences of what is bundled</source>
        <translation>Lisensi komponen yang disertakan</translation>
    </message>
    <message>
        <source>KIN Desktop bundles the following software and fonts:</source>
        <translation>KIN Desktop menyertakan perangkat lunak dan fon berikut:</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Komponen</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versi</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Lisensi</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <source>Attached files</source>
        <translation>Berkas terlampir</translation>
    </message>
    <message>
        <source>Drop files here or press Add.</source>
        <translation>Letakkan berkas di sini atau tekan Tambah.</translation>
    </message>
    <message>
        <source>Attachments hint</source>
        <translation>Petunjuk lampiran</translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation>&amp;Tambah berkas…</translation>
    </message>
    <message>
        <source>Add files</source>
        <translation>Tambah berkas</translation>
    </message>
    <message>
        <source>O&amp;pen file</source>
        <translation>B&amp;uka berkas</translation>
    </message>
    <message>
        <source>Open the selected file</source>
        <translation>Buka berkas yang dipilih</translation>
    </message>
    <message>
        <source>Re&amp;move file</source>
        <translation>&amp;Hapus berkas</translation>
    </message>
    <message>
        <source>Remove the selected file</source>
        <translation>Hapus berkas yang dipilih</translation>
    </message>
    <message>
        <source>Save the record first: fix the problems shown above, then attach the files.</source>
        <translation>Simpan catatan terlebih dahulu: perbaiki masalah yang ditampilkan di atas, lalu lampirkan berkas.</translation>
    </message>
    <message>
        <source>%1 was not attached: %2</source>
        <translation>%1 tidak dilampirkan: %2</translation>
    </message>
    <message>
        <source>No program could open %1.</source>
        <translation>Tidak ada program yang dapat membuka %1.</translation>
    </message>
</context>
<context>
    <name>CitiesTab</name>
    <message>
        <source>City</source>
        <translation>Kota</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Negara</translation>
    </message>
    <message>
        <source>Delegate</source>
        <translation>Delegasi</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>Kuesioner</translation>
    </message>
    <message>
        <source>Cities</source>
        <translation>Kota</translation>
    </message>
    <message>
        <source>By &amp;city</source>
        <translation>Per &amp;kota</translation>
    </message>
    <message>
        <source>By &amp;question</source>
        <translation>Per &amp;pertanyaan</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pertanyaan</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Bagian</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Jawaban</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Jawaban</translation>
    </message>
    <message>
        <source>Select a city to read its answers.</source>
        <translation>Pilih kota untuk membaca jawabannya.</translation>
    </message>
    <message>
        <source>No delegations yet: a city appears here with its first bundle.</source>
        <translation>Belum ada delegasi: sebuah kota muncul di sini bersama bundel pertamanya.</translation>
    </message>
    <message>
        <source>Not received</source>
        <translation>Belum diterima</translation>
    </message>
    <message>
        <source>Submitted (%1)</source>
        <translation>Sudah dikirim (%1)</translation>
    </message>
    <message>
        <source>In progress (%1)</source>
        <translation>Sedang diisi (%1)</translation>
    </message>
    <message>
        <source>No city has answered this question yet.</source>
        <translation>Belum ada kota yang menjawab pertanyaan ini.</translation>
    </message>
    <message>
        <source>This city has not sent its questionnaire yet.</source>
        <translation>Kota ini belum mengirimkan kuesionernya.</translation>
    </message>
</context>
<context>
    <name>ComboChoiceEditor</name>
    <message>
        <source>— Not answered —</source>
        <translation>— Belum dijawab —</translation>
    </message>
</context>
<context>
    <name>CommitmentEditor</name>
    <message>
        <source>Commitment</source>
        <translation>Komitmen</translation>
    </message>
    <message>
        <source>commitment</source>
        <translation>komitmen</translation>
    </message>
    <message>
        <source>A short name for the project</source>
        <translation>Nama singkat proyek</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Judul:</translation>
    </message>
    <message>
        <source>Project t&amp;ype:</source>
        <translation>&amp;Jenis proyek:</translation>
    </message>
    <message>
        <source>S&amp;tate:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>Se&amp;ctors:</source>
        <translation>Se&amp;ktor:</translation>
    </message>
    <message>
        <source>&amp;Objectives:</source>
        <translation>&amp;Tujuan:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Deskripsi:</translation>
    </message>
    <message>
        <source>Targets and indicators</source>
        <translation>Target dan indikator</translation>
    </message>
    <message>
        <source>Add tar&amp;get</source>
        <translation>Tambah tar&amp;get</translation>
    </message>
    <message>
        <source>Remove target</source>
        <translation>Hapus target</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Jadwal</translation>
    </message>
    <message>
        <source>Start &amp;date:</source>
        <translation>&amp;Tanggal mulai:</translation>
    </message>
    <message>
        <source>The follow-up runs to %1: the timeline ends by then.</source>
        <translation>Tindak lanjut berlangsung hingga %1: jadwal harus berakhir paling lambat saat itu.</translation>
    </message>
    <message>
        <source>&amp;End date:</source>
        <translation>Tanggal &amp;selesai:</translation>
    </message>
    <message>
        <source>Add &amp;milestone</source>
        <translation>Tambah tonggak &amp;capaian</translation>
    </message>
    <message>
        <source>Remove milestone</source>
        <translation>Hapus tonggak capaian</translation>
    </message>
    <message>
        <source>Milestones:</source>
        <translation>Tonggak capaian:</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Mitra</translation>
    </message>
    <message>
        <source>Add &amp;partner</source>
        <translation>Tambah &amp;mitra</translation>
    </message>
    <message>
        <source>Remove partner</source>
        <translation>Hapus mitra</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Anggaran</translation>
    </message>
    <message>
        <source>e.g. 250000</source>
        <translation>mis. 250000</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Jumlah:</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>&amp;Mata uang:</translation>
    </message>
    <message>
        <source>e.g. city budget, ODA loan</source>
        <translation>mis. anggaran kota, pinjaman ODA</translation>
    </message>
    <message>
        <source>&amp;Funding source:</source>
        <translation>Sumber &amp;dana:</translation>
    </message>
    <message>
        <source>Sharing and signature</source>
        <translation>Berbagi pengalaman dan tanda tangan</translation>
    </message>
    <message>
        <source>E&amp;xperience to share:</source>
        <translation>Pengalaman untuk &amp;dibagikan:</translation>
    </message>
    <message>
        <source>Signatory &amp;name:</source>
        <translation>&amp;Nama penanda tangan:</translation>
    </message>
    <message>
        <source>Signatory t&amp;itle:</source>
        <translation>&amp;Jabatan penanda tangan:</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Lampiran</translation>
    </message>
</context>
<context>
    <name>CommitmentsPage</name>
    <message>
        <source>Commitments</source>
        <translation>Komitmen</translation>
    </message>
    <message>
        <source>Project type filter</source>
        <translation>Saring jenis proyek</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Semua jenis</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>&amp;Jenis:</translation>
    </message>
    <message>
        <source>No commitments yet — press New to draft one</source>
        <translation>Belum ada komitmen — tekan Baru untuk menyusunnya</translation>
    </message>
    <message numerus="yes">
        <source>%Ln commitment(s)</source>
        <translation>
            <numerusform>%Ln komitmen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln commitment(s)</source>
        <translation>
            <numerusform>%1 dari %Ln komitmen</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete commitment</source>
        <translation>Hapus komitmen</translation>
    </message>
    <message>
        <source>Delete the commitment “%1” and its attachments?</source>
        <translation>Hapus komitmen “%1” beserta lampirannya?</translation>
    </message>
</context>
<context>
    <name>ConfirmApproval</name>
    <message numerus="yes">
        <source>Approve %Ln key(s)</source>
        <translation>
            <numerusform>Setujui %Ln kunci</numerusform>
        </translation>
    </message>
    <message>
        <source>Compare each fingerprint with the one its delegate reads to you (by phone, or from their screen). Approve only if every group of every fingerprint matches: their held bundles are then merged.</source>
        <translation>Bandingkan setiap sidik jari dengan yang dibacakan delegasinya kepada Anda (lewat telepon, atau dari layarnya). Setujui hanya jika setiap kelompok dari setiap sidik jari cocok: setelah itu bundel yang ditahan akan digabungkan.</translation>
    </message>
    <message>
        <source>Fingerprints to compare</source>
        <translation>Sidik jari yang dibandingkan</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Kota</translation>
    </message>
    <message>
        <source>Delegate</source>
        <translation>Delegasi</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Sidik jari</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Ditahan</translation>
    </message>
    <message>
        <source>I &amp;compared every fingerprint, and each one matches</source>
        <translation>Saya sudah &amp;membandingkan setiap sidik jari, dan semuanya cocok</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Approve %Ln key(s)</source>
        <translation>
            <numerusform>&amp;Setujui %Ln kunci</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConflictsTab</name>
    <message>
        <source>Record</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Kota</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versi</translation>
    </message>
    <message>
        <source>Records in conflict</source>
        <translation>Catatan yang berkonflik</translation>
    </message>
    <message>
        <source>No conflicts. A conflict appears when one delegation edits the same record on two computers; both versions are kept until you choose.</source>
        <translation>Tidak ada konflik. Konflik terjadi bila satu delegasi menyunting catatan yang sama di dua komputer; kedua versi disimpan sampai Anda memilih.</translation>
    </message>
    <message>
        <source>Fields that differ</source>
        <translation>Isian yang berbeda</translation>
    </message>
    <message>
        <source>&amp;Only the fields that differ</source>
        <translation>&amp;Hanya isian yang berbeda</translation>
    </message>
    <message>
        <source>The two versions side by side</source>
        <translation>Kedua versi berdampingan</translation>
    </message>
    <message>
        <source>Keep &amp;left</source>
        <translation>Pertahankan &amp;kiri</translation>
    </message>
    <message>
        <source>Keep the newest version (Ctrl+Alt+Left)</source>
        <translation>Pertahankan versi terbaru (Ctrl+Alt+Kiri)</translation>
    </message>
    <message>
        <source>Keep &amp;right</source>
        <translation>Pertahankan k&amp;anan</translation>
    </message>
    <message>
        <source>Keep the other device&apos;s version (Ctrl+Alt+Right)</source>
        <translation>Pertahankan versi perangkat lain (Ctrl+Alt+Kanan)</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>&amp;Gabungkan…</translation>
    </message>
    <message>
        <source>Choose field by field (Ctrl+M)</source>
        <translation>Pilih per isian (Ctrl+M)</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <source>Select a conflict to compare its two versions.</source>
        <translation>Pilih konflik untuk membandingkan kedua versinya.</translation>
    </message>
    <message>
        <source>%1 “%2” — %3</source>
        <translation>%1 “%2” — %3</translation>
    </message>
    <message numerus="yes">
        <source>%Ln field(s) differ: %1. Until you choose, the left (newest) version is shown.</source>
        <translation>
            <numerusform>%Ln isian berbeda: %1. Sampai Anda memilih, versi kiri (terbaru) yang ditampilkan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Menyimpan…</translation>
    </message>
    <message>
        <source>Resolved: “%1” now has one version.</source>
        <translation>Terselesaikan: “%1” kini memiliki satu versi.</translation>
    </message>
</context>
<context>
    <name>CountedTexts</name>
    <message numerus="yes">
        <source>Bundle(s) %1 from this delegate have not arrived.</source>
        <translation>
            <numerusform>Bundel %1 dari delegasi ini belum tiba.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Compare this fingerprint with the one the delegate reads to you (by phone, or from their screen):

%1

%2

Approve only if every group matches. Its %Ln held bundle(s) will then be merged.</source>
        <translation>
            <numerusform>Bandingkan sidik jari ini dengan yang dibacakan delegasi kepada Anda (lewat telepon, atau dari layarnya):

%1

%2

Setujui hanya jika setiap kelompok cocok. Setelah itu %Ln bundel yang ditahan akan digabungkan.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CountryPicker</name>
    <message>
        <source>No country is called “%1”: choose one from the list, or type its name or its code.</source>
        <translation>Tidak ada negara bernama “%1”: pilih dari daftar, atau ketik nama atau kodenya.</translation>
    </message>
    <message>
        <source>Type the name or the code of the country</source>
        <translation>Ketik nama atau kode negara</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Not given</source>
        <translation>Tidak diisi</translation>
    </message>
    <message>
        <source>Mayors</source>
        <translation>Wali kota</translation>
    </message>
    <message>
        <source>City experts</source>
        <translation>Pakar pemerintah daerah</translation>
    </message>
    <message>
        <source>National government</source>
        <translation>Pemerintah pusat</translation>
    </message>
    <message>
        <source>International organisations</source>
        <translation>Organisasi internasional</translation>
    </message>
    <message>
        <source>Others</source>
        <translation>Lainnya</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Diterima</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>Sedang ditinjau</translation>
    </message>
    <message>
        <source>Has issues</source>
        <translation>Perlu perbaikan</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Terdaftar</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Lengkap</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Sedang diisi</translation>
    </message>
    <message>
        <source>No response yet</source>
        <translation>Belum ada jawaban</translation>
    </message>
    <message>
        <source>Practices and commitments by country</source>
        <translation>Praktik dan komitmen per negara</translation>
    </message>
    <message>
        <source>Sectors of practices and commitments</source>
        <translation>Sektor praktik dan komitmen</translation>
    </message>
    <message>
        <source>Delegates by participant category</source>
        <translation>Delegasi per kategori peserta</translation>
    </message>
    <message>
        <source>Commitments by review state</source>
        <translation>Komitmen per status peninjauan</translation>
    </message>
    <message>
        <source>Pre-meeting questionnaire, by delegate</source>
        <translation>Kuesioner pra-pertemuan, per delegasi</translation>
    </message>
    <message>
        <source>Commitments by end year</source>
        <translation>Komitmen per tahun selesai</translation>
    </message>
    <message>
        <source>%1 (total %2)</source>
        <translation>%1 (total %2)</translation>
    </message>
    <message>
        <source>%1: %2 (%3%)</source>
        <translation>%1: %2 (%3%)</translation>
    </message>
    <message>
        <source>&amp;Copy chart</source>
        <translation>&amp;Salin grafik</translation>
    </message>
    <message>
        <source>&amp;Save as PNG…</source>
        <translation>S&amp;impan sebagai PNG…</translation>
    </message>
    <message>
        <source>The Network at a glance</source>
        <translation>Sekilas tentang Jaringan</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Menghitung…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Muat ulang</translation>
    </message>
    <message>
        <source>Count again (F5)</source>
        <translation>Hitung ulang (F5)</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Salin</translation>
    </message>
    <message>
        <source>Copy this chart as a picture, to paste into a report</source>
        <translation>Salin grafik ini sebagai gambar untuk ditempelkan ke laporan</translation>
    </message>
    <message>
        <source>Copy chart</source>
        <translation>Salin grafik</translation>
    </message>
    <message>
        <source>Save PNG…</source>
        <translation>Simpan PNG…</translation>
    </message>
    <message>
        <source>Save this chart as a PNG picture</source>
        <translation>Simpan grafik ini sebagai gambar PNG</translation>
    </message>
    <message>
        <source>Save chart as PNG</source>
        <translation>Simpan grafik sebagai PNG</translation>
    </message>
    <message>
        <source>Save the chart</source>
        <translation>Simpan grafik</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>Gambar PNG (*.png)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln practice(s)</source>
        <translation>
            <numerusform>%Ln praktik</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln commitment(s)</source>
        <translation>
            <numerusform>%Ln komitmen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln cities</source>
        <translation>
            <numerusform>%Ln kota</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to count yet: the charts fill in as the delegates&apos; bundles are taken in on the Inbox page.</source>
        <translation>Belum ada yang dapat dihitung: grafik terisi saat bundel para delegasi diterima di halaman Kotak Masuk.</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Tidak ada data</translation>
    </message>
    <message>
        <source>“%1” copied: paste it into your report.</source>
        <translation>“%1” disalin: tempelkan ke laporan Anda.</translation>
    </message>
    <message>
        <source>The chart could not be saved to %1.</source>
        <translation>Grafik tidak dapat disimpan ke %1.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 disimpan.</translation>
    </message>
</context>
<context>
    <name>DateEditor</name>
    <message>
        <source>Choose on a calendar: %1</source>
        <translation>Pilih di kalender: %1</translation>
    </message>
</context>
<context>
    <name>DateEntry</name>
    <message>
        <source>Choose the date on a calendar (Alt+Down)</source>
        <translation>Pilih tanggal di kalender (Alt+Bawah)</translation>
    </message>
    <message>
        <source>Choose on a calendar</source>
        <translation>Pilih di kalender</translation>
    </message>
</context>
<context>
    <name>DelegatesPage</name>
    <message>
        <source>Delegates&apos; keys</source>
        <translation>Kunci para delegasi</translation>
    </message>
    <message>
        <source>No delegate has sent a bundle yet. A delegate&apos;s first bundle registers their key here, waiting for your approval.</source>
        <translation>Belum ada delegasi yang mengirim bundel. Bundel pertama seorang delegasi mendaftarkan kuncinya di sini, menunggu persetujuan Anda.</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>&amp;Setujui…</translation>
    </message>
    <message>
        <source>&amp;Revoke…</source>
        <translation>&amp;Cabut…</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Muat ulang</translation>
    </message>
    <message>
        <source>Revoke the selected key</source>
        <translation>Cabut kunci yang dipilih</translation>
    </message>
    <message>
        <source>Write a receipt with the current state for this delegate</source>
        <translation>Tulis tanda terima berisi keadaan terkini untuk delegasi ini</translation>
    </message>
    <message>
        <source>Load the registry again</source>
        <translation>Muat ulang daftar</translation>
    </message>
    <message>
        <source>Registry summary</source>
        <translation>Ringkasan daftar</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <source>Missing bundles</source>
        <translation>Bundel yang hilang</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Kota</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Diterima</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>Artinya</translation>
    </message>
    <message>
        <source>Bundles received from the selected key</source>
        <translation>Bundel yang diterima dari kunci yang dipilih</translation>
    </message>
    <message>
        <source>What this key has sent</source>
        <translation>Yang telah dikirim kunci ini</translation>
    </message>
    <message numerus="yes">
        <source>%Ln waiting for approval</source>
        <translation>
            <numerusform>%Ln menunggu persetujuan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln approved</source>
        <translation>
            <numerusform>%Ln disetujui</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Approving %Ln key(s) and merging their held bundles…</source>
        <translation>
            <numerusform>Menyetujui %Ln kunci dan menggabungkan bundel yang ditahan…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln key(s)</source>
        <translation>
            <numerusform>%Ln kunci</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Approved %1: %Ln held bundle(s) merged.</source>
        <translation>
            <numerusform>%1 disetujui: %Ln bundel yang ditahan digabungkan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln refused:</source>
        <translation>
            <numerusform>%Ln ditolak:</numerusform>
        </translation>
    </message>
    <message>
        <source>Receipt written for %1: %2. Send it to the delegate.</source>
        <translation>Tanda terima untuk %1 ditulis: %2. Kirimkan kepada delegasi.</translation>
    </message>
    <message>
        <source>Select a key to see the bundles it has sent.</source>
        <translation>Pilih kunci untuk melihat bundel yang telah dikirimnya.</translation>
    </message>
    <message>
        <source>Write a &amp;receipt again…</source>
        <translation>Tulis &amp;tanda terima lagi…</translation>
    </message>
    <message>
        <source>Approve the selected keys</source>
        <translation>Setujui kunci yang dipilih</translation>
    </message>
    <message>
        <source>%1 — %2, %3 · %4 · first seen %5</source>
        <translation>%1 — %2, %3 · %4 · pertama terlihat %5</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(tanpa nama)</translation>
    </message>
    <message>
        <source>No bundle is missing: every number up to the last one arrived.</source>
        <translation>Tidak ada bundel yang hilang: semua nomor hingga yang terakhir telah tiba.</translation>
    </message>
    <message>
        <source>Nothing received from this key is in the import log.</source>
        <translation>Tidak ada kiriman dari kunci ini di log impor.</translation>
    </message>
    <message>
        <source>Not approved: nothing changed.</source>
        <translation>Tidak disetujui: tidak ada yang berubah.</translation>
    </message>
    <message>
        <source>Not revoked: nothing changed.</source>
        <translation>Tidak dicabut: tidak ada yang berubah.</translation>
    </message>
    <message>
        <source>Revoked the key of %1: its bundles will be refused from now on.</source>
        <translation>Kunci %1 dicabut: bundelnya akan ditolak mulai sekarang.</translation>
    </message>
</context>
<context>
    <name>ExportsPage</name>
    <message>
        <source>E&amp;xcel workbook (XLSX): one sheet per table</source>
        <translation>Buku kerja E&amp;xcel (XLSX): satu lembar per tabel</translation>
    </message>
    <message>
        <source>CS&amp;V files: one file per table, UTF-8</source>
        <translation>Berkas CS&amp;V: satu berkas per tabel, UTF-8</translation>
    </message>
    <message>
        <source>&amp;Export for analysis…</source>
        <translation>&amp;Ekspor untuk analisis…</translation>
    </message>
    <message>
        <source>Write practices, commitments, follow-up and questionnaire answers (Ctrl+E)</source>
        <translation>Tulis praktik, komitmen, tindak lanjut, dan jawaban kuesioner (Ctrl+E)</translation>
    </message>
    <message>
        <source>For analysis</source>
        <translation>Untuk analisis</translation>
    </message>
    <message>
        <source>Practices, commitments, their follow-up and the questionnaire answers, as tables to open in a spreadsheet or a statistics package.</source>
        <translation>Praktik, komitmen, tindak lanjutnya, dan jawaban kuesioner, sebagai tabel untuk dibuka di lembar kerja atau perangkat lunak statistik.</translation>
    </message>
    <message>
        <source>Write &amp;receipts…</source>
        <translation>Tulis &amp;tanda terima…</translation>
    </message>
    <message>
        <source>One signed receipt per delegate with something to acknowledge (Ctrl+R)</source>
        <translation>Satu tanda terima bertanda tangan untuk setiap delegasi yang kirimannya perlu dikonfirmasi (Ctrl+R)</translation>
    </message>
    <message>
        <source>Write &amp;welcome pack…</source>
        <translation>Tulis &amp;paket sambutan…</translation>
    </message>
    <message>
        <source>The secretariat&apos;s keys, the questionnaires and the practices catalogue</source>
        <translation>Kunci sekretariat, kuesioner, dan katalog praktik</translation>
    </message>
    <message>
        <source>For delegates</source>
        <translation>Untuk delegasi</translation>
    </message>
    <message>
        <source>Receipts tell each delegate what was taken in and how it was reviewed; the welcome pack brings the secretariat&apos;s key and the practices catalogue. Both are signed: send them by e-mail or on a USB stick.</source>
        <translation>Tanda terima memberi tahu setiap delegasi apa yang diterima dan bagaimana peninjauannya; paket sambutan membawa kunci sekretariat dan katalog praktik. Keduanya bertanda tangan: kirimkan lewat surel atau diska USB.</translation>
    </message>
    <message>
        <source>Writing</source>
        <translation>Penulisan</translation>
    </message>
    <message>
        <source>Nothing written yet in this session.</source>
        <translation>Belum ada yang ditulis pada sesi ini.</translation>
    </message>
    <message>
        <source>Files written</source>
        <translation>Berkas yang ditulis</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>&amp;Buka folder</translation>
    </message>
    <message>
        <source>Show the folder of the chosen file</source>
        <translation>Tampilkan folder berkas yang dipilih</translation>
    </message>
    <message>
        <source>Export for analysis</source>
        <translation>Ekspor untuk analisis</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Buku kerja Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Choose a folder for the CSV files</source>
        <translation>Pilih folder untuk berkas CSV</translation>
    </message>
    <message numerus="yes">
        <source>A receipt would tell %Ln delegate(s) of something new: %1</source>
        <translation>
            <numerusform>Tanda terima akan memberi tahu %Ln delegasi tentang hal baru: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Every delegate has been told of everything received.</source>
        <translation>Setiap delegasi sudah diberi tahu tentang semua yang diterima.</translation>
    </message>
    <message>
        <source>Exporting for analysis…</source>
        <translation>Mengekspor untuk analisis…</translation>
    </message>
    <message numerus="yes">
        <source>Exported for analysis: %Ln file(s).</source>
        <translation>
            <numerusform>Diekspor untuk analisis: %Ln berkas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln receipt(s) written: send each to its delegate.</source>
        <translation>
            <numerusform>%Ln tanda terima ditulis: kirimkan masing-masing kepada delegasinya.</numerusform>
        </translation>
    </message>
    <message>
        <source>The passphrase was not right: press the button again to try again. Nothing was written.</source>
        <translation>Frasa sandi salah: tekan tombolnya lagi untuk mencoba kembali. Tidak ada yang ditulis.</translation>
    </message>
    <message>
        <source>Choose a folder for the receipts</source>
        <translation>Pilih folder untuk tanda terima</translation>
    </message>
    <message>
        <source>Writing receipts…</source>
        <translation>Menulis tanda terima…</translation>
    </message>
    <message>
        <source>No receipts were needed: every delegate has been told of everything received.</source>
        <translation>Tidak perlu tanda terima: setiap delegasi sudah diberi tahu tentang semua yang diterima.</translation>
    </message>
    <message>
        <source>Choose a folder for the welcome pack</source>
        <translation>Pilih folder untuk paket sambutan</translation>
    </message>
    <message>
        <source>Writing the welcome pack…</source>
        <translation>Menulis paket sambutan…</translation>
    </message>
    <message>
        <source>Welcome pack written: send it to the delegates with the secretariat&apos;s fingerprint.</source>
        <translation>Paket sambutan ditulis: kirimkan kepada para delegasi bersama sidik jari sekretariat.</translation>
    </message>
    <message>
        <source>Wait for the current work to finish, then try again.</source>
        <translation>Tunggu pekerjaan saat ini selesai, lalu coba lagi.</translation>
    </message>
</context>
<context>
    <name>FollowUpPage</name>
    <message>
        <source>Not started</source>
        <translation>Belum dimulai</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>Sesuai rencana</translation>
    </message>
    <message>
        <source>Delayed</source>
        <translation>Tertunda</translation>
    </message>
    <message>
        <source>Stalled</source>
        <translation>Macet</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Dibatalkan</translation>
    </message>
    <message>
        <source>No report yet</source>
        <translation>Belum ada laporan</translation>
    </message>
    <message>
        <source>Overdue, stalled</source>
        <translation>Terlambat, macet</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Terlambat</translation>
    </message>
    <message>
        <source>Stalled</source>
        <comment>attention</comment>
        <translation>Macet</translation>
    </message>
    <message>
        <source>Recognized</source>
        <translation>Diakui</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Terdaftar</translation>
    </message>
    <message>
        <source>Not registered</source>
        <translation>Belum terdaftar</translation>
    </message>
    <message>
        <source>Attention</source>
        <translation>Perhatian</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Kota</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Komitmen</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Tanggal selesai</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last report</source>
        <translation>Laporan terakhir</translation>
    </message>
    <message>
        <source>—</source>
        <comment>no report</comment>
        <translation>—</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Laporan</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Peninjauan</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Dicatat oleh</translation>
    </message>
    <message>
        <source>Secretariat</source>
        <translation>Sekretariat</translation>
    </message>
    <message>
        <source>Delegate</source>
        <translation>Delegasi</translation>
    </message>
    <message>
        <source>Milestones reached</source>
        <translation>Tonggak capaian tercapai</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <source>Commitments followed up to %1</source>
        <translation>Komitmen yang ditindaklanjuti hingga %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Memuat…</translation>
    </message>
    <message>
        <source>Follow-up as of</source>
        <translation>Tindak lanjut per tanggal</translation>
    </message>
    <message>
        <source>Overdue and stalled are judged as of this date (by default today, or the end of the second cycle, %1, once it is past)</source>
        <translation>Terlambat dan macet dinilai per tanggal ini (bawaannya hari ini, atau akhir siklus kedua, %1, setelah tanggal itu lewat)</translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation>&amp;Per tanggal:</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Hari ini</translation>
    </message>
    <message>
        <source>Judge the follow-up as of today</source>
        <translation>Nilai tindak lanjut per hari ini</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Muat ulang</translation>
    </message>
    <message>
        <source>Read the commitments and reports again (F5)</source>
        <translation>Baca ulang komitmen dan laporan (F5)</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Tampilkan:</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Semua</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>Tampilkan %1</translation>
    </message>
    <message>
        <source>Filter by city or title (Ctrl+F)</source>
        <translation>Saring menurut kota atau judul (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter by city or title</source>
        <translation>Saring menurut kota atau judul</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Cari</translation>
    </message>
    <message>
        <source>Commitments followed up</source>
        <translation>Komitmen yang ditindaklanjuti</translation>
    </message>
    <message>
        <source>Re&amp;cognized by %1</source>
        <translation>&amp;Diakui paling lambat %1</translation>
    </message>
    <message>
        <source>The Network recognizes the realization of a registered commitment (concept note: &quot;recognized in due course by 2010&quot;)</source>
        <translation>Jaringan mengakui terwujudnya komitmen yang terdaftar (catatan konsep: &quot;diakui pada waktunya paling lambat 2010&quot;)</translation>
    </message>
    <message>
        <source>Record a &amp;progress report…</source>
        <translation>Catat laporan &amp;kemajuan…</translation>
    </message>
    <message>
        <source>Record a progress report of this commitment (Ctrl+N)</source>
        <translation>Catat laporan kemajuan komitmen ini (Ctrl+N)</translation>
    </message>
    <message>
        <source>Progress reports</source>
        <translation>Laporan kemajuan</translation>
    </message>
    <message>
        <source>No commitments yet, as of %1.</source>
        <translation>Belum ada komitmen per %1.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln commitment(s) as of %1: </source>
        <translation>
            <numerusform>%Ln komitmen per %1: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln overdue, </source>
        <translation>
            <numerusform>%Ln terlambat, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln stalled, </source>
        <translation>
            <numerusform>%Ln macet, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln recognized.</source>
        <translation>
            <numerusform>%Ln diakui.</numerusform>
        </translation>
    </message>
    <message>
        <source>No commitments to follow up yet. They arrive with the delegates&apos; bundles: take them in on the Inbox page.</source>
        <translation>Belum ada komitmen untuk ditindaklanjuti. Komitmen tiba bersama bundel para delegasi: terima bundel tersebut di halaman Kotak Masuk.</translation>
    </message>
    <message>
        <source>No commitment matches these words.</source>
        <translation>Tidak ada komitmen yang cocok dengan kata-kata ini.</translation>
    </message>
    <message>
        <source>Nothing is overdue as of %1.</source>
        <translation>Tidak ada yang terlambat per %1.</translation>
    </message>
    <message>
        <source>Nothing is stalled as of %1.</source>
        <translation>Tidak ada yang macet per %1.</translation>
    </message>
    <message>
        <source>No commitments to show.</source>
        <translation>Tidak ada komitmen untuk ditampilkan.</translation>
    </message>
    <message>
        <source>&lt;b&gt;No commitment chosen&lt;/b&gt;</source>
        <translation>&lt;b&gt;Belum ada komitmen yang dipilih&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Choose a commitment in the list to see its progress reports.</source>
        <translation>Pilih komitmen di daftar untuk melihat laporan kemajuannya.</translation>
    </message>
    <message>
        <source>Ends: %1</source>
        <translation>Selesai: %1</translation>
    </message>
    <message>
        <source>no end date given</source>
        <translation>tanggal selesai tidak diisi</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Registered: %1</source>
        <translation>Terdaftar: %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ya</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>belum</translation>
    </message>
    <message>
        <source>It can be recognized once it is registered on the Review page.</source>
        <translation>Komitmen dapat diakui setelah didaftarkan di halaman Peninjauan.</translation>
    </message>
    <message>
        <source>Overdue: it was to end on %1 and is not reported completed.</source>
        <translation>Terlambat: seharusnya selesai pada %1 dan belum dilaporkan selesai.</translation>
    </message>
    <message>
        <source>Overdue: a milestone due before %1 is not reported reached.</source>
        <translation>Terlambat: tonggak capaian yang jatuh tempo sebelum %1 belum dilaporkan tercapai.</translation>
    </message>
    <message>
        <source>Stalled: so says its latest progress report.</source>
        <translation>Macet: menurut laporan kemajuan terakhirnya.</translation>
    </message>
    <message>
        <source>Stalled: no progress reported for more than six months.</source>
        <translation>Macet: tidak ada kemajuan yang dilaporkan selama lebih dari enam bulan.</translation>
    </message>
    <message>
        <source>No progress reported yet.</source>
        <translation>Belum ada kemajuan yang dilaporkan.</translation>
    </message>
    <message>
        <source>Recording the report…</source>
        <translation>Mencatat laporan…</translation>
    </message>
    <message>
        <source>The progress report was recorded. It is dated %1, after the date shown: the figures are now as of that day.</source>
        <translation>Laporan kemajuan telah dicatat. Laporan itu bertanggal %1, setelah tanggal yang ditampilkan: angka-angka kini per tanggal tersebut.</translation>
    </message>
    <message>
        <source>The progress report was recorded.</source>
        <translation>Laporan kemajuan telah dicatat.</translation>
    </message>
    <message>
        <source>Recorded as recognized.</source>
        <translation>Dicatat sebagai diakui.</translation>
    </message>
    <message>
        <source>The recognition was withdrawn.</source>
        <translation>Pengakuan ditarik.</translation>
    </message>
    <message>
        <source>Only a registered commitment can be recognized. Register it on the Review page first, then recognize it here.</source>
        <translation>Hanya komitmen terdaftar yang dapat diakui. Daftarkan dulu di halaman Peninjauan, lalu akui di sini.</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>KIN Desktop — the secretariat&apos;s guide</source>
        <translation>KIN Desktop — panduan sekretariat</translation>
    </message>
    <message>
        <source>KIN Desktop — the delegate&apos;s guide</source>
        <translation>KIN Desktop — panduan delegasi</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Bantuan</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History</source>
        <translation>Riwayat</translation>
    </message>
    <message>
        <source>Revisions</source>
        <translation>Revisi</translation>
    </message>
    <message>
        <source>Changes between the selected revisions</source>
        <translation>Perubahan antara revisi yang dipilih</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Perbandingan</translation>
    </message>
    <message>
        <source>Select one revision to see what it changed, or two to compare them.</source>
        <translation>Pilih satu revisi untuk melihat perubahannya, atau dua untuk membandingkannya.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln field(s) changed.</source>
        <translation>
            <numerusform>%Ln isian berubah.</numerusform>
        </translation>
    </message>
    <message>
        <source>No differences.</source>
        <translation>Tidak ada perbedaan.</translation>
    </message>
    <message>
        <source>The first revision: nothing before it to compare with.</source>
        <translation>Revisi pertama: tidak ada revisi sebelumnya untuk dibandingkan.</translation>
    </message>
</context>
<context>
    <name>InboxPage</name>
    <message>
        <source>Import &amp;files…</source>
        <translation>Impor &amp;berkas…</translation>
    </message>
    <message>
        <source>Choose bundle files to import (Ctrl+Shift+I)</source>
        <translation>Pilih berkas bundel untuk diimpor (Ctrl+Shift+I)</translation>
    </message>
    <message>
        <source>Import files</source>
        <translation>Impor berkas</translation>
    </message>
    <message>
        <source>Import a f&amp;older…</source>
        <translation>Impor &amp;folder…</translation>
    </message>
    <message>
        <source>Import every bundle in a folder (Ctrl+Shift+D)</source>
        <translation>Impor semua bundel dalam folder (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <source>Import a folder</source>
        <translation>Impor folder</translation>
    </message>
    <message>
        <source>From the inbox &amp;service</source>
        <translation>Dari &amp;layanan kotak masuk</translation>
    </message>
    <message>
        <source>Fetch and import the bundles delegates sent to the inbox service, then send it the receipts, the welcome pack and the key list (F9)</source>
        <translation>Ambil dan impor bundel yang dikirim delegasi ke layanan kotak masuk, lalu kirimkan tanda terima, paket sambutan, dan daftar kunci ke layanan tersebut (F9)</translation>
    </message>
    <message>
        <source>Or drop bundle files or folders here.</source>
        <translation>Atau letakkan berkas bundel atau folder di sini.</translation>
    </message>
    <message>
        <source>&amp;Watch folder</source>
        <translation>&amp;Pantau folder</translation>
    </message>
    <message>
        <source>Import new bundles saved into this folder automatically (for example a mail attachments folder)</source>
        <translation>Impor otomatis bundel baru yang disimpan ke folder ini (misalnya folder lampiran surel)</translation>
    </message>
    <message>
        <source>No folder chosen</source>
        <translation>Belum ada folder yang dipilih</translation>
    </message>
    <message>
        <source>Watched folder</source>
        <translation>Folder yang dipantau</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>Pi&amp;lih…</translation>
    </message>
    <message>
        <source>Choose the watched folder</source>
        <translation>Pilih folder yang dipantau</translation>
    </message>
    <message>
        <source>Bundles from delegates</source>
        <translation>Bundel dari delegasi</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Kemajuan impor</translation>
    </message>
    <message>
        <source>%v of %m files</source>
        <translation>%v dari %m berkas</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Batal</translation>
    </message>
    <message>
        <source>Stop after the current file (Esc)</source>
        <translation>Berhenti setelah berkas saat ini (Esc)</translation>
    </message>
    <message>
        <source>Nothing imported in this session yet.</source>
        <translation>Belum ada yang diimpor pada sesi ini.</translation>
    </message>
    <message>
        <source>Import status</source>
        <translation>Status impor</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>Artinya</translation>
    </message>
    <message>
        <source>Outcome of each file</source>
        <translation>Hasil setiap berkas</translation>
    </message>
    <message>
        <source>Import bundles to see here, file by file, what was merged and what was refused and why.</source>
        <translation>Impor bundel untuk melihat di sini, berkas demi berkas, apa yang digabungkan, apa yang ditolak, dan alasannya.</translation>
    </message>
    <message>
        <source>Last import</source>
        <translation>Impor terakhir</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Diterima</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Kota</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>City, date (2007-03-14) or outcome</source>
        <translation>Kota, tanggal (2007-03-14) atau hasil</translation>
    </message>
    <message>
        <source>Search the import log</source>
        <translation>Cari di log impor</translation>
    </message>
    <message>
        <source>&amp;Search the log:</source>
        <translation>&amp;Cari di log:</translation>
    </message>
    <message>
        <source>Outcome filter</source>
        <translation>Saring hasil</translation>
    </message>
    <message>
        <source>Any outcome</source>
        <translation>Semua hasil</translation>
    </message>
    <message>
        <source>O&amp;utcome:</source>
        <translation>&amp;Hasil:</translation>
    </message>
    <message>
        <source>Number of log entries shown</source>
        <translation>Jumlah entri log yang ditampilkan</translation>
    </message>
    <message>
        <source>Show files set &amp;aside…</source>
        <translation>Tampilkan berkas yang &amp;disisihkan…</translation>
    </message>
    <message>
        <source>Open the folder of quarantined files: bundles kept whole as evidence (a reused number, other content under a change already received) or for inspection (a file that failed unexpectedly)</source>
        <translation>Buka folder berkas yang dikarantina: bundel yang disimpan utuh sebagai bukti (nomor yang dipakai ulang, isi lain untuk perubahan yang sudah diterima) atau untuk diperiksa (berkas yang gagal secara tak terduga)</translation>
    </message>
    <message>
        <source>Search the log</source>
        <translation>Cari di log</translation>
    </message>
    <message>
        <source>Import log</source>
        <translation>Log impor</translation>
    </message>
    <message>
        <source>The import log is empty: no bundle has been imported yet.</source>
        <translation>Log impor kosong: belum ada bundel yang diimpor.</translation>
    </message>
    <message>
        <source>Waiting for the current import to finish…</source>
        <translation>Menunggu impor saat ini selesai…</translation>
    </message>
    <message numerus="yes">
        <source>Inbox service: %Ln bundle(s) fetched.</source>
        <translation>
            <numerusform>Layanan kotak masuk: %Ln bundel diambil.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln receipt(s) sent.</source>
        <translation>
            <numerusform>%Ln tanda terima dikirim.</numerusform>
        </translation>
    </message>
    <message>
        <source>The welcome pack was updated.</source>
        <translation>Paket sambutan diperbarui.</translation>
    </message>
    <message>
        <source>Stopped early: %1</source>
        <translation>Berhenti lebih awal: %1</translation>
    </message>
    <message numerus="yes">
        <source>Importing %Ln item(s)…</source>
        <translation>
            <numerusform>Mengimpor %Ln item…</numerusform>
        </translation>
    </message>
    <message>
        <source>Fetching from the inbox service…</source>
        <translation>Mengambil dari layanan kotak masuk…</translation>
    </message>
    <message>
        <source>Stopping after the current file…</source>
        <translation>Berhenti setelah berkas saat ini…</translation>
    </message>
    <message>
        <source>No bundles (*.kinb) were found in what you chose.</source>
        <translation>Tidak ditemukan bundel (*.kinb) dalam pilihan Anda.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) merged</source>
        <translation>
            <numerusform>%Ln berkas digabungkan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already received</source>
        <translation>
            <numerusform>%Ln sudah diterima</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln held until their key is approved</source>
        <translation>
            <numerusform>%Ln ditahan sampai kuncinya disetujui</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln refused: see why below</source>
        <translation>
            <numerusform>%Ln ditolak: lihat alasannya di bawah</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped. </source>
        <translation>Dihentikan. </translation>
    </message>
    <message>
        <source>No log entry matches the search.</source>
        <translation>Tidak ada entri log yang cocok dengan pencarian.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries</source>
        <translation>
            <numerusform>%Ln entri</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln entries</source>
        <translation>
            <numerusform>%1 dari %Ln entri</numerusform>
        </translation>
    </message>
    <message>
        <source>The folder %1 cannot be watched: it does not exist.</source>
        <translation>Folder %1 tidak dapat dipantau: folder tersebut tidak ada.</translation>
    </message>
    <message>
        <source>Watching %1: new bundles saved there are imported automatically.</source>
        <translation>Memantau %1: bundel baru yang disimpan di sana diimpor secara otomatis.</translation>
    </message>
</context>
<context>
    <name>InstanceFrame</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Hapus %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>KIN Desktop</source>
        <translation>KIN Desktop</translation>
    </message>
    <message>
        <source>Opening the profile…</source>
        <translation>Membuka profil…</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Bagian</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Membuka %1…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <source>&amp;Import files…</source>
        <translation>&amp;Impor berkas…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Pengaturan…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>Pi&amp;ndah</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>B&amp;antuan</translation>
    </message>
    <message>
        <source>&amp;Guide</source>
        <translation>&amp;Panduan</translation>
    </message>
    <message>
        <source>&amp;About KIN Desktop</source>
        <translation>&amp;Tentang KIN Desktop</translation>
    </message>
    <message>
        <source>Preparing the demo profile: the first time takes a few seconds…</source>
        <translation>Menyiapkan profil demo: pertama kali memerlukan beberapa detik…</translation>
    </message>
    <message>
        <source>Copying the demo profile…</source>
        <translation>Menyalin profil demo…</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>Membuka basis data…</translation>
    </message>
    <message>
        <source>Upgrading the database to this version (a backup is made first)…</source>
        <translation>Meningkatkan basis data ke versi ini (cadangan dibuat terlebih dahulu)…</translation>
    </message>
    <message>
        <source>Reading the questionnaire and counting the records…</source>
        <translation>Membaca kuesioner dan menghitung catatan…</translation>
    </message>
    <message>
        <source>Welcome to KIN Desktop</source>
        <translation>Selamat datang di KIN Desktop</translation>
    </message>
    <message>
        <source>This computer has no profile yet. Set it up for your city delegation (or for the Network Secretariat); it takes a minute and works offline.</source>
        <translation>Komputer ini belum memiliki profil. Siapkan untuk delegasi kota Anda (atau untuk Sekretariat Jaringan); hanya butuh satu menit dan dapat bekerja luring.</translation>
    </message>
    <message>
        <source>&amp;Set up this computer…</source>
        <translation>&amp;Siapkan komputer ini…</translation>
    </message>
    <message>
        <source>No profile yet</source>
        <translation>Belum ada profil</translation>
    </message>
    <message>
        <source>This profile cannot be opened</source>
        <translation>Profil ini tidak dapat dibuka</translation>
    </message>
    <message>
        <source>Could not open the profile</source>
        <translation>Profil tidak dapat dibuka</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Ikhtisar</translation>
    </message>
    <message>
        <source>&amp;Questionnaire</source>
        <translation>K&amp;uesioner</translation>
    </message>
    <message>
        <source>&amp;Practices</source>
        <translation>&amp;Praktik</translation>
    </message>
    <message>
        <source>&amp;Commitments</source>
        <translation>&amp;Komitmen</translation>
    </message>
    <message>
        <source>Out&amp;box</source>
        <translation>Kotak &amp;Keluar</translation>
    </message>
    <message>
        <source>&amp;Inbox</source>
        <translation>Kotak &amp;Masuk</translation>
    </message>
    <message>
        <source>&amp;Delegates</source>
        <translation>&amp;Delegasi</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>Pe&amp;ninjauan</translation>
    </message>
    <message>
        <source>&amp;Follow-up</source>
        <translation>&amp;Tindak Lanjut</translation>
    </message>
    <message>
        <source>&amp;Matching</source>
        <translation>Pen&amp;cocokan</translation>
    </message>
    <message>
        <source>D&amp;ashboard</source>
        <translation>D&amp;asbor</translation>
    </message>
    <message>
        <source>&amp;Exports</source>
        <translation>&amp;Ekspor</translation>
    </message>
    <message>
        <source>&amp;Questionnaires</source>
        <translation>&amp;Kuesioner</translation>
    </message>
    <message>
        <source>Preparing the form…</source>
        <translation>Menyiapkan formulir…</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Siap</translation>
    </message>
    <message>
        <source>Commitment form</source>
        <translation>Formulir komitmen</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>KIN Desktop — %1</source>
        <translation>KIN Desktop — %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) waiting to be exported</source>
        <translation>
            <numerusform>%Ln catatan menunggu diekspor</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported; waiting for the secretariat&apos;s receipt</source>
        <translation>Sudah diekspor; menunggu tanda terima dari sekretariat</translation>
    </message>
    <message>
        <source>Nothing sent yet</source>
        <translation>Belum ada yang dikirim</translation>
    </message>
    <message>
        <source>Everything acknowledged by the secretariat</source>
        <translation>Semua sudah dikonfirmasi oleh sekretariat</translation>
    </message>
    <message>
        <source>Network Secretariat</source>
        <translation>Sekretariat Jaringan</translation>
    </message>
    <message>
        <source>KIN Desktop — Secretariat</source>
        <translation>KIN Desktop — Sekretariat</translation>
    </message>
</context>
<context>
    <name>MatchingPage</name>
    <message>
        <source>Improving</source>
        <translation>Membaik</translation>
    </message>
    <message>
        <source>Stable</source>
        <translation>Stabil</translation>
    </message>
    <message>
        <source>Worsening</source>
        <translation>Memburuk</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Tidak diisi</translation>
    </message>
    <message>
        <source>minor</source>
        <translation>ringan</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>sedang</translation>
    </message>
    <message>
        <source>serious</source>
        <translation>serius</translation>
    </message>
    <message>
        <source>very serious</source>
        <comment>severity 4</comment>
        <translation>cukup parah</translation>
    </message>
    <message>
        <source>very serious</source>
        <comment>severity 5</comment>
        <translation>sangat serius</translation>
    </message>
    <message>
        <source>%1 of 5 (%2)</source>
        <translation>%1 dari 5 (%2)</translation>
    </message>
    <message>
        <source>Not ranked</source>
        <translation>Tidak diperingkat</translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation>No. %1</translation>
    </message>
    <message>
        <source>severity %1 of 5</source>
        <translation>tingkat keparahan %1 dari 5</translation>
    </message>
    <message>
        <source>priority %1</source>
        <translation>prioritas %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>a win-win practice: environmental and economic benefits</source>
        <translation>praktik saling menguntungkan: manfaat lingkungan dan ekonomi</translation>
    </message>
    <message>
        <source>registered by the secretariat</source>
        <translation>didaftarkan oleh sekretariat</translation>
    </message>
    <message>
        <source>Challenge</source>
        <translation>Tantangan</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Keparahan</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Kecenderungan</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioritas</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Peringkat</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Skor</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Praktik</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Kota</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Negara</translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation>Sektor</translation>
    </message>
    <message>
        <source>Win-win</source>
        <translation>Saling menguntungkan</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ya</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>&amp;Kota:</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Muat ulang</translation>
    </message>
    <message>
        <source>Read the cities, challenges and practices again (F5)</source>
        <translation>Baca ulang kota, tantangan, dan praktik (F5)</translation>
    </message>
    <message>
        <source>Challenges of the city</source>
        <translation>Tantangan kota</translation>
    </message>
    <message>
        <source>Challenges it faces</source>
        <translation>Tantangan yang dihadapi</translation>
    </message>
    <message>
        <source>Practices of other cities</source>
        <translation>Praktik kota lain</translation>
    </message>
    <message>
        <source>Practices of other cities that address them</source>
        <translation>Praktik kota lain yang menjawab tantangan tersebut</translation>
    </message>
    <message>
        <source>The chosen practice</source>
        <translation>Praktik yang dipilih</translation>
    </message>
    <message>
        <source>Search the catalogue</source>
        <translation>Cari di katalog</translation>
    </message>
    <message>
        <source>Practices catalogue</source>
        <translation>Katalog praktik</translation>
    </message>
    <message>
        <source>Practice details</source>
        <translation>Rincian praktik</translation>
    </message>
    <message>
        <source>&amp;Matches for a city</source>
        <translation>&amp;Kecocokan untuk kota</translation>
    </message>
    <message>
        <source>Practices &amp;catalogue</source>
        <translation>&amp;Katalog praktik</translation>
    </message>
    <message>
        <source>Nothing in the catalogue matches “%1”.</source>
        <translation>Tidak ada yang cocok dengan “%1” di katalog.</translation>
    </message>
    <message>
        <source>No practice is registered for the catalogue yet.</source>
        <translation>Belum ada praktik yang didaftarkan untuk katalog.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln registered practice(s) go to every delegate with the welcome pack.</source>
        <translation>
            <numerusform>%Ln praktik terdaftar dikirim ke setiap delegasi bersama paket sambutan.</numerusform>
        </translation>
    </message>
    <message>
        <source>The catalogue is empty: practices enter it once they are registered on the Review page.</source>
        <translation>Katalog kosong: praktik masuk ke katalog setelah didaftarkan di halaman Peninjauan.</translation>
    </message>
    <message>
        <source>No delegations yet: take in their bundles on the Inbox page, then come back here.</source>
        <translation>Belum ada delegasi: terima bundel mereka di halaman Kotak Masuk, lalu kembali ke sini.</translation>
    </message>
    <message>
        <source>Choose a city to see the challenges it faces.</source>
        <translation>Pilih kota untuk melihat tantangan yang dihadapinya.</translation>
    </message>
    <message>
        <source>Looking for practices…</source>
        <translation>Mencari praktik…</translation>
    </message>
    <message>
        <source>Delegate: %1</source>
        <translation>Delegasi: %1</translation>
    </message>
    <message>
        <source>questionnaire complete</source>
        <translation>kuesioner lengkap</translation>
    </message>
    <message>
        <source>questionnaire not complete</source>
        <translation>kuesioner belum lengkap</translation>
    </message>
    <message>
        <source>This city&apos;s questionnaire names no challenges yet: matches appear once it is answered.</source>
        <translation>Kuesioner kota ini belum menyebutkan tantangan: kecocokan muncul setelah kuesioner dijawab.</translation>
    </message>
    <message>
        <source>No practice of another city addresses these challenges yet.</source>
        <translation>Belum ada praktik kota lain yang menjawab tantangan ini.</translation>
    </message>
    <message>
        <source>No challenges, so nothing to match.</source>
        <translation>Tidak ada tantangan, jadi tidak ada yang dicocokkan.</translation>
    </message>
    <message>
        <source>Choose a practice to see why it was suggested.</source>
        <translation>Pilih praktik untuk melihat alasan praktik itu disarankan.</translation>
    </message>
    <message>
        <source>Score: %1</source>
        <translation>Skor: %1</translation>
    </message>
    <message>
        <source>Sectors: %1</source>
        <translation>Sektor: %1</translation>
    </message>
    <message>
        <source>none given</source>
        <translation>tidak diisi</translation>
    </message>
    <message>
        <source>Registered by the secretariat</source>
        <translation>Didaftarkan oleh sekretariat</translation>
    </message>
    <message>
        <source>Not registered yet</source>
        <translation>Belum terdaftar</translation>
    </message>
    <message>
        <source>A win-win practice: environmental, social and economic benefits</source>
        <translation>Praktik saling menguntungkan: manfaat lingkungan, sosial, dan ekonomi</translation>
    </message>
    <message>
        <source>Why it was suggested</source>
        <translation>Alasan disarankan</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Ringkasan</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Masalah</translation>
    </message>
    <message>
        <source>Approach</source>
        <translation>Pendekatan</translation>
    </message>
    <message>
        <source>Environmental benefits</source>
        <translation>Manfaat lingkungan</translation>
    </message>
    <message>
        <source>Social benefits</source>
        <translation>Manfaat sosial</translation>
    </message>
    <message>
        <source>Economic benefits</source>
        <translation>Manfaat ekonomi</translation>
    </message>
    <message>
        <source>Replicability</source>
        <translation>Kemudahan direplikasi</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge “%1”</source>
        <translation>Gabungkan “%1”</translation>
    </message>
    <message>
        <source>For each field that differs, check the value to keep (Space checks the selected cell). Fields that are the same on both devices are kept as they are.</source>
        <translation>Untuk setiap isian yang berbeda, centang nilai yang dipertahankan (Spasi mencentang sel yang dipilih). Isian yang sama di kedua perangkat tetap seperti apa adanya.</translation>
    </message>
    <message>
        <source>Fields to merge</source>
        <translation>Isian yang digabungkan</translation>
    </message>
    <message>
        <source>&amp;Save the merge</source>
        <translation>&amp;Simpan penggabungan</translation>
    </message>
</context>
<context>
    <name>OutboxPage</name>
    <message>
        <source>Confirm the secretariat&apos;s key</source>
        <translation>Konfirmasi kunci sekretariat</translation>
    </message>
    <message>
        <source>This welcome pack is signed by the key with this fingerprint:

%1

Does it match the fingerprint printed in your invitation letter? Only say yes if every group matches: from now on, only this key will be trusted.</source>
        <translation>Paket sambutan ini ditandatangani oleh kunci dengan sidik jari berikut:

%1

Apakah sama dengan sidik jari yang tercetak di surat undangan Anda? Jawab ya hanya jika setiap kelompok cocok: mulai sekarang hanya kunci ini yang dipercaya.</translation>
    </message>
    <message>
        <source>&amp;Export bundle…</source>
        <translation>&amp;Ekspor bundel…</translation>
    </message>
    <message>
        <source>Save the changes not yet acknowledged to a file for the secretariat (Ctrl+E)</source>
        <translation>Simpan perubahan yang belum dikonfirmasi ke berkas untuk sekretariat (Ctrl+E)</translation>
    </message>
    <message>
        <source>Export e&amp;verything…</source>
        <translation>Ekspor &amp;semuanya…</translation>
    </message>
    <message>
        <source>Include everything, also what the secretariat acknowledged</source>
        <translation>Sertakan semuanya, termasuk yang sudah dikonfirmasi sekretariat</translation>
    </message>
    <message>
        <source>To the secretariat</source>
        <translation>Kepada sekretariat</translation>
    </message>
    <message>
        <source>&amp;Import welcome pack or receipt…</source>
        <translation>&amp;Impor paket sambutan atau tanda terima…</translation>
    </message>
    <message>
        <source>Or drop the files onto this window.</source>
        <translation>Atau letakkan berkas ke jendela ini.</translation>
    </message>
    <message>
        <source>From the secretariat</source>
        <translation>Dari sekretariat</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Kemajuan</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Batal</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Rincian</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Diekspor</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Perubahan</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Diterima</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Dikonfirmasi</translation>
    </message>
    <message>
        <source>Review notes</source>
        <translation>Catatan peninjauan</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Praktik</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Kota</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Negara</translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation>Sektor</translation>
    </message>
    <message>
        <source>Search the catalogue</source>
        <translation>Cari di katalog</translation>
    </message>
    <message>
        <source>Practice details</source>
        <translation>Rincian praktik</translation>
    </message>
    <message>
        <source>No catalogue yet: it arrives with the secretariat&apos;s welcome pack.</source>
        <translation>Belum ada katalog: katalog tiba bersama paket sambutan sekretariat.</translation>
    </message>
    <message>
        <source>Last import</source>
        <translation>Impor terakhir</translation>
    </message>
    <message>
        <source>Bundles sent</source>
        <translation>Bundel terkirim</translation>
    </message>
    <message>
        <source>Receipts received</source>
        <translation>Tanda terima yang diterima</translation>
    </message>
    <message>
        <source>Practices catalogue</source>
        <translation>Katalog praktik</translation>
    </message>
    <message>
        <source>Save the bundle</source>
        <translation>Simpan bundel</translation>
    </message>
    <message>
        <source>KIN bundles (*.kinb)</source>
        <translation>Bundel KIN (*.kinb)</translation>
    </message>
    <message>
        <source>Import from the secretariat</source>
        <translation>Impor dari sekretariat</translation>
    </message>
    <message>
        <source>KIN files (*.kinw *.kinr);;Welcome packs (*.kinw);;Receipts (*.kinr)</source>
        <translation>Berkas KIN (*.kinw *.kinr);;Paket sambutan (*.kinw);;Tanda terima (*.kinr)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln questionnaire response(s)</source>
        <translation>
            <numerusform>%Ln jawaban kuesioner</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln attachment(s)</source>
        <translation>
            <numerusform>%Ln lampiran</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln progress report(s)</source>
        <translation>
            <numerusform>%Ln laporan kemajuan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %1: %Ln change(s), %2. Give this file to the secretariat.</source>
        <translation>
            <numerusform>%1 disimpan: %Ln perubahan, %2. Serahkan berkas ini kepada sekretariat.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) taken in.</source>
        <translation>
            <numerusform>%Ln berkas diterima.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) refused: see the reasons below.</source>
        <translation>
            <numerusform>%Ln berkas ditolak: lihat alasannya di bawah.</numerusform>
        </translation>
    </message>
    <message>
        <source>(attachments: %1)</source>
        <translation>(lampiran: %1)</translation>
    </message>
    <message>
        <source>Nothing in the catalogue matches “%1”.</source>
        <translation>Tidak ada yang cocok dengan “%1” di katalog.</translation>
    </message>
    <message>
        <source>Not yet acknowledged by the secretariat: </source>
        <translation>Belum dikonfirmasi oleh sekretariat: </translation>
    </message>
    <message>
        <source>Nothing sent yet, and nothing to send.</source>
        <translation>Belum ada yang dikirim, dan tidak ada yang perlu dikirim.</translation>
    </message>
    <message>
        <source>Nothing to send: the secretariat has acknowledged everything.</source>
        <translation>Tidak ada yang perlu dikirim: sekretariat telah mengonfirmasi semuanya.</translation>
    </message>
    <message>
        <source>Signed form out of date: %1. These commitments changed after their form was printed; print the forms again and have them signed before you send the paper.</source>
        <translation>Formulir bertanda tangan sudah usang: %1. Komitmen ini berubah setelah formulirnya dicetak; cetak ulang formulir dan mintakan tanda tangan sebelum Anda mengirim dokumen kertasnya.</translation>
    </message>
    <message>
        <source>Bundles are encrypted for: %1</source>
        <translation>Bundel dienkripsi untuk: %1</translation>
    </message>
    <message>
        <source>Import the secretariat&apos;s welcome pack first: it brings the key your bundles are encrypted for.</source>
        <translation>Impor paket sambutan sekretariat terlebih dahulu: paket itu membawa kunci untuk mengenkripsi bundel Anda.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln practice(s)</source>
        <translation>
            <numerusform>%Ln praktik</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln commitment(s)</source>
        <translation>
            <numerusform>%Ln komitmen</numerusform>
        </translation>
    </message>
    <message>
        <source>Taken in</source>
        <translation>Diterima</translation>
    </message>
    <message>
        <source>Already taken in</source>
        <translation>Sudah diterima</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Ditahan</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Ditolak</translation>
    </message>
    <message>
        <source>Set aside</source>
        <translation>Disisihkan</translation>
    </message>
    <message>
        <source>Failed, kept for inspection</source>
        <translation>Gagal, disimpan untuk diperiksa</translation>
    </message>
    <message>
        <source>Stopping after the current file…</source>
        <translation>Berhenti setelah berkas saat ini…</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Mengekspor…</translation>
    </message>
    <message>
        <source>Nothing was waiting to be sent; no file was written.</source>
        <translation>Tidak ada yang menunggu dikirim; tidak ada berkas yang ditulis.</translation>
    </message>
    <message>
        <source>Wait for the current work to finish, then try again.</source>
        <translation>Tunggu pekerjaan saat ini selesai, lalu coba lagi.</translation>
    </message>
    <message>
        <source>The welcome pack was not taken in: its key was not confirmed.</source>
        <translation>Paket sambutan tidak diterima: kuncinya tidak dikonfirmasi.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Mengimpor…</translation>
    </message>
    <message>
        <source>No welcome packs or receipts were found in what you chose.</source>
        <translation>Tidak ditemukan paket sambutan atau tanda terima dalam pilihan Anda.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Masalah</translation>
    </message>
    <message>
        <source>Approach</source>
        <translation>Pendekatan</translation>
    </message>
    <message>
        <source>Environmental benefits</source>
        <translation>Manfaat lingkungan</translation>
    </message>
    <message>
        <source>Social benefits</source>
        <translation>Manfaat sosial</translation>
    </message>
    <message>
        <source>Economic benefits</source>
        <translation>Manfaat ekonomi</translation>
    </message>
    <message>
        <source>Replicability</source>
        <translation>Kemudahan direplikasi</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Draft</source>
        <translation>Draf</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Siap</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Terkirim</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Dikonfirmasi</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Terdaftar</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Memuat…</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nama:</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>Organisasi:</translation>
    </message>
    <message>
        <source>City:</source>
        <translation>Kota:</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>Negara:</translation>
    </message>
    <message>
        <source>Key fingerprint:</source>
        <translation>Sidik jari kunci:</translation>
    </message>
    <message>
        <source>no key yet</source>
        <translation>belum ada kunci</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>Kuesioner</translation>
    </message>
    <message>
        <source>does not apply</source>
        <translation>tidak berlaku</translation>
    </message>
    <message>
        <source>%1 of %2 required answers</source>
        <translation>%1 dari %2 jawaban wajib</translation>
    </message>
    <message>
        <source>%1 of %2 optional questions answered</source>
        <translation>%1 dari %2 pertanyaan opsional dijawab</translation>
    </message>
    <message>
        <source>Overall: %1% complete</source>
        <translation>Keseluruhan: %1% lengkap</translation>
    </message>
    <message>
        <source>Practices and commitments</source>
        <translation>Praktik dan komitmen</translation>
    </message>
    <message>
        <source>Practices</source>
        <translation>Praktik</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>Komitmen</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Kotak Keluar</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) changed since the last export</source>
        <translation>
            <numerusform>%Ln catatan berubah sejak ekspor terakhir</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln commitment(s) changed since the form was printed: print again and have it signed</source>
        <translation>
            <numerusform>%Ln komitmen berubah sejak formulirnya dicetak: cetak ulang dan mintakan tanda tangan</numerusform>
        </translation>
    </message>
    <message>
        <source>Signed forms:</source>
        <translation>Formulir bertanda tangan:</translation>
    </message>
    <message>
        <source>The secretariat asks for corrections</source>
        <translation>Sekretariat meminta perbaikan</translation>
    </message>
    <message>
        <source>(no comment)</source>
        <translation>(tanpa komentar)</translation>
    </message>
    <message>
        <source>Corrected: export it from the Outbox</source>
        <translation>Sudah diperbaiki: ekspor dari Kotak Keluar</translation>
    </message>
    <message>
        <source>To correct</source>
        <translation>Perlu diperbaiki</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Buka %1</translation>
    </message>
    <message>
        <source>Nothing new to send</source>
        <translation>Tidak ada yang baru untuk dikirim</translation>
    </message>
    <message>
        <source>Waiting:</source>
        <translation>Menunggu:</translation>
    </message>
    <message>
        <source>Nothing sent yet</source>
        <translation>Belum ada yang dikirim</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) sent but not yet acknowledged</source>
        <translation>
            <numerusform>%Ln catatan terkirim tetapi belum dikonfirmasi</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything sent is acknowledged</source>
        <translation>Semua yang dikirim sudah dikonfirmasi</translation>
    </message>
    <message>
        <source>Awaiting receipt:</source>
        <translation>Menunggu tanda terima:</translation>
    </message>
    <message>
        <source>Last export:</source>
        <translation>Ekspor terakhir:</translation>
    </message>
    <message>
        <source>never</source>
        <translation>belum pernah</translation>
    </message>
    <message numerus="yes">
        <source>No. %1 of %2: %Ln change(s) acknowledged</source>
        <translation>
            <numerusform>No. %1 tanggal %2: %Ln perubahan dikonfirmasi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %Ln review(s) by the secretariat</source>
        <translation>
            <numerusform>, %Ln peninjauan oleh sekretariat</numerusform>
        </translation>
    </message>
    <message>
        <source>Last receipt:</source>
        <translation>Tanda terima terakhir:</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>belum ada</translation>
    </message>
</context>
<context>
    <name>PaperBanner</name>
    <message>
        <source>Printed form</source>
        <translation>Formulir tercetak</translation>
    </message>
    <message>
        <source>Change it &amp;anyway</source>
        <translation>Tetap &amp;ubah</translation>
    </message>
    <message>
        <source>Unlock the form: the signed paper will no longer match and must be printed and signed again</source>
        <translation>Buka kunci formulir: dokumen bertanda tangan tidak akan sesuai lagi dan harus dicetak serta ditandatangani ulang</translation>
    </message>
    <message>
        <source>The form printed on %1 no longer matches this commitment: it was changed since. Print the form again (Ctrl+P) and have the new paper signed.</source>
        <translation>Formulir yang dicetak pada %1 tidak lagi sesuai dengan komitmen ini: komitmen telah diubah sejak itu. Cetak ulang formulir (Ctrl+P) dan mintakan tanda tangan pada dokumen yang baru.</translation>
    </message>
    <message>
        <source>A form of this version was printed on %1 for the mayor&apos;s signature. The signed paper covers everything on the form: title, type, sectors, objectives, description, targets and indicators, partners, timeline and milestones, budget and funding, and the signatory. Changing any of it makes the paper out of date.</source>
        <translation>Formulir versi ini dicetak pada %1 untuk ditandatangani wali kota. Dokumen bertanda tangan mencakup semua yang ada di formulir: judul, jenis, sektor, tujuan, deskripsi, target dan indikator, mitra, jadwal dan tonggak capaian, anggaran dan pendanaan, serta penanda tangan. Mengubah salah satunya membuat dokumen itu usang.</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Unlock your key</source>
        <translation>Buka kunci Anda</translation>
    </message>
    <message>
        <source>This computer has no system keyring, so your key is kept in a file locked with a passphrase. Enter it to sign or open bundles:</source>
        <translation>Komputer ini tidak memiliki gantungan kunci sistem, jadi kunci Anda disimpan dalam berkas yang dikunci dengan frasa sandi. Masukkan frasa sandi untuk menandatangani atau membuka bundel:</translation>
    </message>
</context>
<context>
    <name>PracticeEditor</name>
    <message>
        <source>Practice</source>
        <translation>Praktik</translation>
    </message>
    <message>
        <source>practice</source>
        <translation>praktik</translation>
    </message>
    <message>
        <source>A short name for the practice</source>
        <translation>Nama singkat praktik</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Judul:</translation>
    </message>
    <message>
        <source>S&amp;tate:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>Se&amp;ctors:</source>
        <translation>Se&amp;ktor:</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>tidak diisi</translation>
    </message>
    <message>
        <source>Start &amp;year:</source>
        <translation>&amp;Tahun mulai:</translation>
    </message>
    <message>
        <source>&amp;Win-win: benefits the environment and the economy</source>
        <translation>&amp;Saling menguntungkan: bermanfaat bagi lingkungan dan ekonomi</translation>
    </message>
    <message>
        <source>Su&amp;mmary:</source>
        <translation>&amp;Ringkasan:</translation>
    </message>
    <message>
        <source>&amp;Problem:</source>
        <translation>&amp;Masalah:</translation>
    </message>
    <message>
        <source>&amp;Approach:</source>
        <translation>&amp;Pendekatan:</translation>
    </message>
    <message>
        <source>Benefits</source>
        <translation>Manfaat</translation>
    </message>
    <message>
        <source>En&amp;vironmental:</source>
        <translation>&amp;Lingkungan:</translation>
    </message>
    <message>
        <source>S&amp;ocial:</source>
        <translation>S&amp;osial:</translation>
    </message>
    <message>
        <source>Econo&amp;mic:</source>
        <translation>&amp;Ekonomi:</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Biaya</translation>
    </message>
    <message>
        <source>e.g. 250000</source>
        <translation>mis. 250000</translation>
    </message>
    <message>
        <source>Amou&amp;nt:</source>
        <translation>&amp;Jumlah:</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>&amp;Mata uang:</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Mitra</translation>
    </message>
    <message>
        <source>Add pa&amp;rtner</source>
        <translation>Tambah m&amp;itra</translation>
    </message>
    <message>
        <source>Remove partner</source>
        <translation>Hapus mitra</translation>
    </message>
    <message>
        <source>Replication</source>
        <translation>Replikasi</translation>
    </message>
    <message>
        <source>Rep&amp;licability:</source>
        <translation>Kemudahan &amp;replikasi:</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Lampiran</translation>
    </message>
</context>
<context>
    <name>PracticesPage</name>
    <message>
        <source>Practices</source>
        <translation>Praktik</translation>
    </message>
    <message>
        <source>No practices yet — press New to record one</source>
        <translation>Belum ada praktik — tekan Baru untuk mencatatnya</translation>
    </message>
    <message numerus="yes">
        <source>%Ln practice(s)</source>
        <translation>
            <numerusform>%Ln praktik</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln practice(s)</source>
        <translation>
            <numerusform>%1 dari %Ln praktik</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete practice</source>
        <translation>Hapus praktik</translation>
    </message>
    <message>
        <source>Delete the practice “%1” and its attachments?</source>
        <translation>Hapus praktik “%1” beserta lampirannya?</translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <source>Preview</source>
        <translation>Pratinjau</translation>
    </message>
    <message numerus="yes">
        <source>%Ln page(s)</source>
        <translation>
            <numerusform>%Ln halaman</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Cetak…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Simpan sebagai PDF…</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Simpan sebagai PDF</translation>
    </message>
</context>
<context>
    <name>ProblemsModel</name>
    <message>
        <source>Severity</source>
        <translation>Tingkat</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Lembar</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>Sel</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Yang perlu dilakukan</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Kesalahan</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Peringatan</translation>
    </message>
    <message>
        <source>(workbook)</source>
        <translation>(buku kerja)</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>baris %1</translation>
    </message>
    <message>
        <source>tick &apos;Leave out what KIN Desktop cannot do&apos;</source>
        <translation>centang &apos;Abaikan yang tidak dapat ditangani KIN Desktop&apos;</translation>
    </message>
</context>
<context>
    <name>ProgressReportDialog</name>
    <message>
        <source>Record a progress report</source>
        <translation>Catat laporan kemajuan</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2</translation>
    </message>
    <message>
        <source>Date of the report</source>
        <translation>Tanggal laporan</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Milestones reached, one per line</source>
        <translation>Tonggak capaian yang tercapai, satu per baris</translation>
    </message>
    <message>
        <source>One milestone per line</source>
        <translation>Satu tonggak capaian per baris</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <source>&amp;Add indicator</source>
        <translation>&amp;Tambah indikator</translation>
    </message>
    <message>
        <source>Re&amp;move indicator</source>
        <translation>&amp;Hapus indikator</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Tanggal:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>M&amp;ilestones reached:</source>
        <translation>Tonggak &amp;capaian tercapai:</translation>
    </message>
    <message>
        <source>I&amp;ndicators:</source>
        <translation>I&amp;ndikator:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>C&amp;atatan:</translation>
    </message>
    <message>
        <source>&amp;Record report</source>
        <translation>&amp;Catat laporan</translation>
    </message>
    <message>
        <source>Give the date of the report.</source>
        <translation>Isi tanggal laporan.</translation>
    </message>
    <message>
        <source>Every indicator value needs the name of its indicator.</source>
        <translation>Setiap nilai indikator memerlukan nama indikatornya.</translation>
    </message>
</context>
<context>
    <name>QuestionField</name>
    <message>
        <source>Required</source>
        <translation>Wajib</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>Wajib.</translation>
    </message>
</context>
<context>
    <name>QuestionnaireIssues</name>
    <message>
        <source>An answer is required.</source>
        <translation>Jawaban wajib diisi.</translation>
    </message>
    <message>
        <source>This answer does not meet the condition set for it.</source>
        <translation>Jawaban ini tidak memenuhi syarat yang ditetapkan.</translation>
    </message>
    <message>
        <source>This answer is not in the expected form.</source>
        <translation>Jawaban ini tidak dalam bentuk yang diharapkan.</translation>
    </message>
    <message numerus="yes">
        <source>Add at least %Ln entries.</source>
        <translation>
            <numerusform>Tambahkan sedikitnya %Ln entri.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Give at most %Ln entries; remove the extra ones.</source>
        <translation>
            <numerusform>Isi paling banyak %Ln entri; hapus kelebihannya.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Write at least %Ln character(s).</source>
        <translation>
            <numerusform>Tulis sedikitnya %Ln karakter.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Write at most %Ln character(s).</source>
        <translation>
            <numerusform>Tulis paling banyak %Ln karakter.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rank at least %Ln item(s).</source>
        <translation>
            <numerusform>Beri peringkat sedikitnya %Ln butir.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rank at most %Ln item(s).</source>
        <translation>
            <numerusform>Beri peringkat paling banyak %Ln butir.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Choose at least %Ln option(s).</source>
        <translation>
            <numerusform>Pilih sedikitnya %Ln opsi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Choose at most %Ln option(s).</source>
        <translation>
            <numerusform>Pilih paling banyak %Ln opsi.</numerusform>
        </translation>
    </message>
    <message>
        <source>The answer must be at least %1.</source>
        <translation>Jawaban sedikitnya harus %1.</translation>
    </message>
    <message>
        <source>The answer must be at most %1.</source>
        <translation>Jawaban paling banyak harus %1.</translation>
    </message>
    <message>
        <source>This answer is not one of the options.</source>
        <translation>Jawaban ini bukan salah satu opsi.</translation>
    </message>
    <message>
        <source>This answer is not of the expected kind; enter it again.</source>
        <translation>Jenis jawaban ini tidak sesuai; masukkan lagi.</translation>
    </message>
    <message>
        <source>This answer needs attention.</source>
        <translation>Jawaban ini perlu diperiksa.</translation>
    </message>
</context>
<context>
    <name>QuestionnairePage</name>
    <message>
        <source>The questionnaire is marked as complete. Thank you.</source>
        <translation>Kuesioner ditandai lengkap. Terima kasih.</translation>
    </message>
    <message>
        <source>No questionnaire yet</source>
        <translation>Belum ada kuesioner</translation>
    </message>
    <message>
        <source>The questionnaire has not reached this profile yet. It comes with the welcome pack from the Network Secretariat: once the welcome pack is imported, the questionnaire appears here.</source>
        <translation>Kuesioner belum sampai ke profil ini. Kuesioner datang bersama paket sambutan dari Sekretariat Jaringan: setelah paket sambutan diimpor, kuesioner muncul di sini.</translation>
    </message>
    <message>
        <source>The questionnaire cannot be shown</source>
        <translation>Kuesioner tidak dapat ditampilkan</translation>
    </message>
    <message>
        <source>Changes are saved automatically.</source>
        <translation>Perubahan disimpan secara otomatis.</translation>
    </message>
    <message>
        <source>This is your response to version %1 of this questionnaire, kept as you answered it. New answers go to version %2.</source>
        <translation>Ini adalah jawaban Anda untuk versi %1 kuesioner ini, disimpan sebagaimana Anda menjawabnya. Jawaban baru masuk ke versi %2.</translation>
    </message>
    <message>
        <source>&amp;Language of the questions:</source>
        <translation>&amp;Bahasa pertanyaan:</translation>
    </message>
    <message>
        <source>&amp;Previous section</source>
        <translation>Bagian &amp;sebelumnya</translation>
    </message>
    <message>
        <source>Show the previous section (Ctrl+Page Up)</source>
        <translation>Tampilkan bagian sebelumnya (Ctrl+Page Up)</translation>
    </message>
    <message>
        <source>&amp;Next section</source>
        <translation>Bagian &amp;berikutnya</translation>
    </message>
    <message>
        <source>Show the next section (Ctrl+Page Down)</source>
        <translation>Tampilkan bagian berikutnya (Ctrl+Page Down)</translation>
    </message>
    <message>
        <source>Mark as &amp;complete</source>
        <translation>Tandai &amp;lengkap</translation>
    </message>
    <message>
        <source>Check that every required answer is given, then mark the questionnaire complete (Ctrl+Enter).</source>
        <translation>Periksa bahwa semua jawaban wajib sudah diisi, lalu tandai kuesioner lengkap (Ctrl+Enter).</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Lengkap</translation>
    </message>
    <message>
        <source>This questionnaire is marked as complete.</source>
        <translation>Kuesioner ini sudah ditandai lengkap.</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Bagian</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Bagian</translation>
    </message>
    <message>
        <source>List of sections</source>
        <translation>Daftar bagian</translation>
    </message>
    <message>
        <source>Show or hide the list of sections</source>
        <translation>Tampilkan atau sembunyikan daftar bagian</translation>
    </message>
    <message>
        <source>Language of the questions</source>
        <translation>Bahasa pertanyaan</translation>
    </message>
    <message>
        <source>&amp;Questionnaire:</source>
        <translation>&amp;Kuesioner:</translation>
    </message>
    <message>
        <source>Questionnaire and version</source>
        <translation>Kuesioner dan versi</translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation>%1 (versi %2)</translation>
    </message>
    <message>
        <source>%1 (version %2, your earlier answers)</source>
        <translation>%1 (versi %2, jawaban Anda sebelumnya)</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Menyimpan…</translation>
    </message>
    <message>
        <source>Every required answer is given: you can mark the questionnaire as complete.</source>
        <translation>Semua jawaban wajib sudah diisi: Anda dapat menandai kuesioner lengkap.</translation>
    </message>
    <message numerus="yes">
        <source>The questionnaire cannot be marked complete yet: %Ln answer(s) are missing or need correcting.</source>
        <translation>
            <numerusform>Kuesioner belum dapat ditandai lengkap: %Ln jawaban belum diisi atau perlu diperbaiki.</numerusform>
        </translation>
    </message>
    <message>
        <source>First: “%1”.</source>
        <translation>Pertama: “%1”.</translation>
    </message>
    <message>
        <source>Preview: answers are checked as a delegate&apos;s are, and kept nowhere.</source>
        <translation>Pratinjau: jawaban diperiksa seperti jawaban delegasi, dan tidak disimpan di mana pun.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Tidak disimpan: %1</translation>
    </message>
    <message>
        <source>All changes saved.</source>
        <translation>Semua perubahan disimpan.</translation>
    </message>
    <message>
        <source>Your changes leave required answers open: the questionnaire is no longer complete.</source>
        <translation>Perubahan Anda membuat ada jawaban wajib yang kosong: kuesioner tidak lagi lengkap.</translation>
    </message>
    <message>
        <source>Not yet translated into %1: shown in English.</source>
        <translation>Belum diterjemahkan ke %1: ditampilkan dalam bahasa Inggris.</translation>
    </message>
</context>
<context>
    <name>QuestionnairesPage</name>
    <message>
        <source>&amp;Import workbook…</source>
        <translation>&amp;Impor buku kerja…</translation>
    </message>
    <message>
        <source>Read an XLSForm (.xlsx, .xls or .csv) (Ctrl+O)</source>
        <translation>Baca XLSForm (.xlsx, .xls, atau .csv) (Ctrl+O)</translation>
    </message>
    <message>
        <source>&amp;Validate again</source>
        <translation>&amp;Validasi ulang</translation>
    </message>
    <message>
        <source>Read and check the same workbook again, after correcting it (F5)</source>
        <translation>Baca dan periksa ulang buku kerja yang sama setelah diperbaiki (F5)</translation>
    </message>
    <message>
        <source>&amp;Leave out what KIN Desktop cannot do</source>
        <translation>&amp;Abaikan yang tidak dapat ditangani KIN Desktop</translation>
    </message>
    <message>
        <source>GPS, photos, pulldata() and the like are left out with a warning each, instead of refusing the workbook. Mistakes in the form are still errors.</source>
        <translation>GPS, foto, pulldata(), dan sejenisnya diabaikan dengan peringatan untuk masing-masing, alih-alih menolak buku kerja. Kesalahan dalam formulir tetap dianggap kesalahan.</translation>
    </message>
    <message>
        <source>&amp;Publish…</source>
        <translation>&amp;Terbitkan…</translation>
    </message>
    <message>
        <source>Store this version so that the next welcome pack brings it to the delegates (Ctrl+P)</source>
        <translation>Simpan versi ini agar paket sambutan berikutnya membawanya ke para delegasi (Ctrl+P)</translation>
    </message>
    <message>
        <source>Import an XLSForm workbook to check it, see it as a delegate will, and publish it. Questionnaires are written in the survey, choices and settings sheets, as for ODK and KoboToolbox.</source>
        <translation>Impor buku kerja XLSForm untuk memeriksanya, melihatnya seperti yang akan dilihat delegasi, dan menerbitkannya. Kuesioner ditulis pada lembar survey, choices, dan settings, seperti untuk ODK dan KoboToolbox.</translation>
    </message>
    <message>
        <source>Problems found in the workbook</source>
        <translation>Masalah yang ditemukan dalam buku kerja</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Salin</translation>
    </message>
    <message>
        <source>The selected problem</source>
        <translation>Masalah yang dipilih</translation>
    </message>
    <message>
        <source>No problems: the workbook is imported as it is.</source>
        <translation>Tidak ada masalah: buku kerja diimpor apa adanya.</translation>
    </message>
    <message>
        <source>The preview shows the imported questionnaire exactly as a delegate will see it.</source>
        <translation>Pratinjau menampilkan kuesioner yang diimpor persis seperti yang akan dilihat delegasi.</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>Kuesioner</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versi</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Diterbitkan</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Sumber</translation>
    </message>
    <message>
        <source>Questionnaire versions in this profile</source>
        <translation>Versi kuesioner dalam profil ini</translation>
    </message>
    <message>
        <source>E&amp;xport to XLSForm…</source>
        <translation>E&amp;kspor ke XLSForm…</translation>
    </message>
    <message>
        <source>Write the selected version as an XLSForm workbook</source>
        <translation>Tulis versi yang dipilih sebagai buku kerja XLSForm</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Masalah</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Pratinjau</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versi</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Membaca %1…</translation>
    </message>
    <message>
        <source>Publish the questionnaire</source>
        <translation>Terbitkan kuesioner</translation>
    </message>
    <message>
        <source>Publish &apos;%1&apos; version %2?

The next welcome pack brings it to every delegate. New responses open on it; the answers given to earlier versions are kept. A published version cannot be changed: a correction needs a new version.</source>
        <translation>Terbitkan “%1” versi %2?

Paket sambutan berikutnya membawanya ke setiap delegasi. Jawaban baru dibuka pada versi ini; jawaban untuk versi sebelumnya tetap disimpan. Versi yang sudah diterbitkan tidak dapat diubah: perbaikan memerlukan versi baru.</translation>
    </message>
    <message>
        <source>shipped with KIN Desktop</source>
        <translation>disertakan dengan KIN Desktop</translation>
    </message>
    <message>
        <source>published here</source>
        <translation>diterbitkan di sini</translation>
    </message>
    <message>
        <source>welcome pack</source>
        <translation>paket sambutan</translation>
    </message>
    <message>
        <source>(current)</source>
        <translation>(saat ini)</translation>
    </message>
    <message>
        <source>not published</source>
        <translation>belum diterbitkan</translation>
    </message>
    <message>
        <source>%1: questionnaire &apos;%2&apos; version %3, %4 section(s), %5 question(s), languages: %6.</source>
        <translation>%1: kuesioner “%2” versi %3, %4 bagian, %5 pertanyaan, bahasa: %6.</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s): see Problems.</source>
        <translation>
            <numerusform>%n peringatan: lihat Masalah.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is refused: %n error(s) to correct (see Problems), then Validate again.</source>
        <translation>
            <numerusform>%1 ditolak: %n kesalahan harus diperbaiki (lihat Masalah), lalu Validasi ulang.</numerusform>
        </translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>Masalah (%1)</translation>
    </message>
    <message>
        <source>Published &apos;%1&apos; version %2: the next welcome pack brings it to the delegates (Exports, Write welcome pack).</source>
        <translation>“%1” versi %2 diterbitkan: paket sambutan berikutnya membawanya ke para delegasi (Ekspor, Tulis paket sambutan).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; version %2 was already published with the same content: nothing changed.</source>
        <translation>“%1” versi %2 sudah diterbitkan dengan isi yang sama: tidak ada yang berubah.</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>%1 ditulis.</translation>
    </message>
    <message>
        <source>XLSForm cannot say: %1.</source>
        <translation>XLSForm tidak dapat menyatakan: %1.</translation>
    </message>
    <message>
        <source>Import an XLSForm workbook</source>
        <translation>Impor buku kerja XLSForm</translation>
    </message>
    <message>
        <source>XLSForm workbooks (%1);;All files (*)</source>
        <translation>Buku kerja XLSForm (%1);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>Export to XLSForm</source>
        <translation>Ekspor ke XLSForm</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Buku kerja Excel (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>RankingEditor</name>
    <message>
        <source>Move up</source>
        <translation>Naikkan</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Turunkan</translation>
    </message>
    <message>
        <source>Move the selected item up (Ctrl+Up)</source>
        <translation>Naikkan butir yang dipilih (Ctrl+Atas)</translation>
    </message>
    <message>
        <source>Move the selected item down (Ctrl+Down)</source>
        <translation>Turunkan butir yang dipilih (Ctrl+Bawah)</translation>
    </message>
    <message>
        <source>Tick the items to rank; most important first.</source>
        <translation>Centang butir yang diperingkat; yang terpenting lebih dulu.</translation>
    </message>
    <message>
        <source>Move up: %1</source>
        <translation>Naikkan: %1</translation>
    </message>
    <message>
        <source>Move down: %1</source>
        <translation>Turunkan: %1</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Urungkan</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>U&amp;langi</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Riwayat…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Urungkan</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Ulangi</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Riwayat</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>Status penyimpanan</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Masalah</translation>
    </message>
    <message>
        <source>Problem with %1</source>
        <translation>Masalah pada %1</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>Semua perubahan disimpan</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Belum disimpan</translation>
    </message>
    <message>
        <source>Not saved: see the problems above. Your text is kept here.</source>
        <translation>Tidak disimpan: lihat masalah di atas. Teks Anda tetap di sini.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Tidak disimpan: %1</translation>
    </message>
    <message>
        <source>Saved at %1</source>
        <translation>Disimpan pukul %1</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Baris %1: %2</translation>
    </message>
    <message>
        <source>This %1 cannot be saved yet. It stays here in the editor until you fix:
%2</source>
        <translation>%1 ini belum dapat disimpan. Ia tetap di penyunting sampai Anda memperbaiki:
%2</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>Urungkan: %1</translation>
    </message>
    <message>
        <source>Redo: %1</source>
        <translation>Ulangi: %1</translation>
    </message>
    <message>
        <source>Edited — saving shortly</source>
        <translation>Disunting — segera disimpan</translation>
    </message>
</context>
<context>
    <name>RecordListPage</name>
    <message>
        <source>Search</source>
        <translation>Cari</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Cari:</translation>
    </message>
    <message>
        <source>Sector filter</source>
        <translation>Saring sektor</translation>
    </message>
    <message>
        <source>All sectors</source>
        <translation>Semua sektor</translation>
    </message>
    <message>
        <source>Se&amp;ctor:</source>
        <translation>Se&amp;ktor:</translation>
    </message>
    <message>
        <source>State filter</source>
        <translation>Saring status</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>Semua status</translation>
    </message>
    <message>
        <source>S&amp;tate:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>Any review</source>
        <translation>Semua status peninjauan</translation>
    </message>
    <message>
        <source>Has issues</source>
        <translation>Perlu perbaikan</translation>
    </message>
    <message>
        <source>Corrected or changed since the review</source>
        <translation>Diperbaiki atau diubah sejak peninjauan</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>Sedang ditinjau</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Terdaftar</translation>
    </message>
    <message>
        <source>Not reviewed yet</source>
        <translation>Belum ditinjau</translation>
    </message>
    <message>
        <source>Review filter</source>
        <translation>Saring peninjauan</translation>
    </message>
    <message>
        <source>Re&amp;view:</source>
        <translation>Pe&amp;ninjauan:</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Baru</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>B&amp;uka</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Hapus</translation>
    </message>
    <message>
        <source>List state</source>
        <translation>Keadaan daftar</translation>
    </message>
    <message>
        <source>Number of records shown</source>
        <translation>Jumlah catatan yang ditampilkan</translation>
    </message>
    <message>
        <source>New record</source>
        <translation>Catatan baru</translation>
    </message>
    <message>
        <source>Open the selected record</source>
        <translation>Buka catatan yang dipilih</translation>
    </message>
    <message>
        <source>Delete the selected record</source>
        <translation>Hapus catatan yang dipilih</translation>
    </message>
    <message>
        <source>Words in titles and texts</source>
        <translation>Kata dalam judul dan teks</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Nothing matches the search and filters.</source>
        <translation>Tidak ada yang cocok dengan pencarian dan saringan.</translation>
    </message>
</context>
<context>
    <name>RecordsReviewTab</name>
    <message>
        <source>Words in titles, texts, cities</source>
        <translation>Kata dalam judul, teks, kota</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Cari</translation>
    </message>
    <message>
        <source>Searc&amp;h:</source>
        <translation>&amp;Cari:</translation>
    </message>
    <message>
        <source>Country filter</source>
        <translation>Saring negara</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Semua negara</translation>
    </message>
    <message>
        <source>Sector filter</source>
        <translation>Saring sektor</translation>
    </message>
    <message>
        <source>All sectors</source>
        <translation>Semua sektor</translation>
    </message>
    <message>
        <source>Review state filter</source>
        <translation>Saring status peninjauan</translation>
    </message>
    <message>
        <source>Any review state</source>
        <translation>Semua status peninjauan</translation>
    </message>
    <message>
        <source>Participant category filter</source>
        <translation>Saring kategori peserta</translation>
    </message>
    <message>
        <source>All participants</source>
        <translation>Semua peserta</translation>
    </message>
    <message>
        <source>Project type filter</source>
        <translation>Saring jenis proyek</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Semua jenis</translation>
    </message>
    <message>
        <source>Commitments to review</source>
        <translation>Komitmen untuk ditinjau</translation>
    </message>
    <message>
        <source>Practices to review</source>
        <translation>Praktik untuk ditinjau</translation>
    </message>
    <message>
        <source>Number of records shown</source>
        <translation>Jumlah catatan yang ditampilkan</translation>
    </message>
    <message>
        <source>No commitments yet: they arrive in delegates&apos; bundles (Inbox).</source>
        <translation>Belum ada komitmen: komitmen tiba dalam bundel para delegasi (Kotak Masuk).</translation>
    </message>
    <message>
        <source>No practices yet: they arrive in delegates&apos; bundles (Inbox).</source>
        <translation>Belum ada praktik: praktik tiba dalam bundel para delegasi (Kotak Masuk).</translation>
    </message>
    <message>
        <source>Nothing matches the search and filters.</source>
        <translation>Tidak ada yang cocok dengan pencarian dan saringan.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>%Ln catatan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln record(s)</source>
        <translation>
            <numerusform>%1 dari %Ln catatan</numerusform>
        </translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Menyimpan…</translation>
    </message>
    <message>
        <source>Saved. The delegate sees it in the next receipt.</source>
        <translation>Disimpan. Delegasi akan melihatnya pada tanda terima berikutnya.</translation>
    </message>
</context>
<context>
    <name>RecordsSection</name>
    <message>
        <source>&amp;Back to the list</source>
        <translation>&amp;Kembali ke daftar</translation>
    </message>
    <message>
        <source>Save and return to the list (Alt+Left)</source>
        <translation>Simpan dan kembali ke daftar (Alt+Kiri)</translation>
    </message>
    <message>
        <source>&amp;Print form…</source>
        <translation>&amp;Cetak formulir…</translation>
    </message>
    <message>
        <source>Save, then preview and print the form for the mayor&apos;s signature (Ctrl+P)</source>
        <translation>Simpan, lalu pratinjau dan cetak formulir untuk ditandatangani wali kota (Ctrl+P)</translation>
    </message>
    <message>
        <source>Correct the problems shown before printing: the form prints what is saved.</source>
        <translation>Perbaiki masalah yang ditampilkan sebelum mencetak: formulir mencetak apa yang tersimpan.</translation>
    </message>
    <message>
        <source>This record cannot be saved yet: correct the problems shown, or undo them.</source>
        <translation>Catatan ini belum dapat disimpan: perbaiki masalah yang ditampilkan, atau urungkan perubahannya.</translation>
    </message>
</context>
<context>
    <name>RepeatGroupWidget</name>
    <message>
        <source>Between %1 and %2 entries.</source>
        <translation>Antara %1 dan %2 entri.</translation>
    </message>
    <message numerus="yes">
        <source>At most %Ln entries.</source>
        <translation>
            <numerusform>Paling banyak %Ln entri.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At least %Ln entries.</source>
        <translation>
            <numerusform>Sedikitnya %Ln entri.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Add %1</source>
        <translation>&amp;Tambah %1</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Tambah %1</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Co&amp;mmitments</source>
        <translation>&amp;Komitmen</translation>
    </message>
    <message>
        <source>&amp;Practices</source>
        <translation>&amp;Praktik</translation>
    </message>
    <message>
        <source>C&amp;ities</source>
        <translation>K&amp;ota</translation>
    </message>
    <message>
        <source>Co&amp;nflicts</source>
        <translation>Ko&amp;nflik</translation>
    </message>
    <message>
        <source>&amp;Save review</source>
        <translation>&amp;Simpan peninjauan</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Cari</translation>
    </message>
    <message>
        <source>P&amp;rint forms…</source>
        <translation>&amp;Cetak formulir…</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Muat ulang</translation>
    </message>
    <message>
        <source>Print the forms of the selected commitments</source>
        <translation>Cetak formulir komitmen yang dipilih</translation>
    </message>
    <message>
        <source>Print the forms of the selected commitments (Ctrl+P)</source>
        <translation>Cetak formulir komitmen yang dipilih (Ctrl+P)</translation>
    </message>
    <message>
        <source>C&amp;heck a signed form…</source>
        <translation>Pe&amp;riksa formulir bertanda tangan…</translation>
    </message>
    <message>
        <source>Type or scan the text of a signed commitment form&apos;s QR code: is it the current version?</source>
        <translation>Ketik atau pindai teks kode QR formulir komitmen bertanda tangan: apakah itu versi terkini?</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Pesan</translation>
    </message>
    <message>
        <source>The signed form matches the current version.</source>
        <translation>Formulir bertanda tangan sesuai dengan versi terkini.</translation>
    </message>
    <message>
        <source>The signed form does not match the data: %1</source>
        <translation>Formulir bertanda tangan tidak sesuai dengan data: %1</translation>
    </message>
    <message>
        <source>Select the commitments whose forms you want to print.</source>
        <translation>Pilih komitmen yang formulirnya ingin Anda cetak.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln form(s) saved to %1</source>
        <translation>
            <numerusform>%Ln formulir disimpan ke %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%Ln page(s)).</source>
        <translation>
            <numerusform>(%Ln halaman).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Printing %Ln form(s)…</source>
        <translation>
            <numerusform>Mencetak %Ln formulir…</numerusform>
        </translation>
    </message>
    <message>
        <source>Commitment forms</source>
        <translation>Formulir komitmen</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <source>Review state</source>
        <translation>Status peninjauan</translation>
    </message>
    <message>
        <source>Re&amp;cognised as an example to follow</source>
        <translation>&amp;Diakui sebagai contoh untuk diikuti</translation>
    </message>
    <message>
        <source>Only a registered record can be recognised</source>
        <translation>Hanya catatan terdaftar yang dapat diakui</translation>
    </message>
    <message>
        <source>Comment for the delegate</source>
        <translation>Komentar untuk delegasi</translation>
    </message>
    <message>
        <source>What the delegate should know; it goes in the next receipt.</source>
        <translation>Hal yang perlu diketahui delegasi; dimuat dalam tanda terima berikutnya.</translation>
    </message>
    <message>
        <source>&amp;Save review</source>
        <translation>&amp;Simpan peninjauan</translation>
    </message>
    <message>
        <source>Save the review state and comment (Ctrl+S)</source>
        <translation>Simpan status peninjauan dan komentar (Ctrl+S)</translation>
    </message>
    <message>
        <source>Review status</source>
        <translation>Keadaan peninjauan</translation>
    </message>
    <message>
        <source>Review s&amp;tate:</source>
        <translation>S&amp;tatus peninjauan:</translation>
    </message>
    <message>
        <source>Co&amp;mment:</source>
        <translation>Ko&amp;mentar:</translation>
    </message>
    <message>
        <source>Review history</source>
        <translation>Riwayat peninjauan</translation>
    </message>
    <message>
        <source>History of the review</source>
        <translation>Riwayat peninjauan ini</translation>
    </message>
    <message>
        <source>Changes and signed form</source>
        <translation>Perubahan dan formulir bertanda tangan</translation>
    </message>
    <message>
        <source>The whole record</source>
        <translation>Seluruh catatan</translation>
    </message>
    <message>
        <source>Loading the record…</source>
        <translation>Memuat catatan…</translation>
    </message>
    <message>
        <source>Select a record to review it.</source>
        <translation>Pilih catatan untuk meninjaunya.</translation>
    </message>
    <message>
        <source>two versions in conflict: see Conflicts</source>
        <translation>dua versi berkonflik: lihat Konflik</translation>
    </message>
    <message numerus="yes">
        <source>Corrected since the review: %Ln change(s), marked below.</source>
        <translation>
            <numerusform>Diperbaiki sejak peninjauan: %Ln perubahan, ditandai di bawah.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Changed since the review: %Ln change(s), marked below.</source>
        <translation>
            <numerusform>Diubah sejak peninjauan: %Ln perubahan, ditandai di bawah.</numerusform>
        </translation>
    </message>
    <message>
        <source>Signed form: verified for this version on %1.</source>
        <translation>Formulir bertanda tangan: diverifikasi untuk versi ini pada %1.</translation>
    </message>
    <message>
        <source>Signed form: the last one checked (%1) is for an earlier version.</source>
        <translation>Formulir bertanda tangan: yang terakhir diperiksa (%1) untuk versi sebelumnya.</translation>
    </message>
    <message>
        <source>Signed form: none checked yet for this version (Check a signed form…).</source>
        <translation>Formulir bertanda tangan: belum ada yang diperiksa untuk versi ini (Periksa formulir bertanda tangan…).</translation>
    </message>
    <message>
        <source>Where the record stands</source>
        <translation>Keadaan catatan</translation>
    </message>
    <message>
        <source>The secretariat&apos;s comment</source>
        <translation>Komentar sekretariat</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · not reviewed by the secretariat yet</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · belum ditinjau oleh sekretariat</translation>
    </message>
    <message>
        <source>Secretariat&apos;s review: %1 (%2) · %3</source>
        <translation>Peninjauan sekretariat: %1 (%2) · %3</translation>
    </message>
    <message>
        <source>Changed since this review: the secretariat sees the change after your next export.</source>
        <translation>Diubah sejak peninjauan ini: sekretariat melihat perubahannya setelah ekspor Anda berikutnya.</translation>
    </message>
    <message>
        <source>Correct what the comment asks, then export from the Outbox: the secretariat sees the correction.</source>
        <translation>Perbaiki apa yang diminta komentar, lalu ekspor dari Kotak Keluar: sekretariat akan melihat perbaikannya.</translation>
    </message>
    <message>
        <source>Corrected and sent: the secretariat will review it again.</source>
        <translation>Sudah diperbaiki dan dikirim: sekretariat akan meninjaunya kembali.</translation>
    </message>
    <message>
        <source>Corrected here: export from the Outbox to send the correction.</source>
        <translation>Sudah diperbaiki di sini: ekspor dari Kotak Keluar untuk mengirim perbaikannya.</translation>
    </message>
    <message>
        <source>The commitment</source>
        <translation>Komitmen</translation>
    </message>
    <message>
        <source>Targets and indicators</source>
        <translation>Target dan indikator</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Mitra</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Jadwal</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Anggaran</translation>
    </message>
    <message>
        <source>Experience to share</source>
        <translation>Pengalaman untuk dibagikan</translation>
    </message>
    <message>
        <source>Signatory</source>
        <translation>Penanda tangan</translation>
    </message>
    <message>
        <source>The practice</source>
        <translation>Praktik</translation>
    </message>
    <message>
        <source>Benefits</source>
        <translation>Manfaat</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Biaya</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ya</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Tidak</translation>
    </message>
    <message>
        <source>(was empty)</source>
        <translation>(sebelumnya kosong)</translation>
    </message>
    <message>
        <source>Version of %1, revision %2</source>
        <translation>Versi %1, revisi %2</translation>
    </message>
</context>
<context>
    <name>SectionListModel</name>
    <message>
        <source>Section</source>
        <translation>Bagian</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Does not apply, given your other answers.</source>
        <translation>Tidak berlaku, mengingat jawaban Anda yang lain.</translation>
    </message>
    <message>
        <source>%1 of %2 required answers given.</source>
        <translation>%1 dari %2 jawaban wajib diisi.</translation>
    </message>
    <message>
        <source>No required questions; %1 of %2 answered.</source>
        <translation>Tidak ada pertanyaan wajib; %1 dari %2 dijawab.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln answer(s) need correcting.</source>
        <translation>
            <numerusform>%Ln jawaban perlu diperbaiki.</numerusform>
        </translation>
    </message>
    <message>
        <source>Complete.</source>
        <translation>Lengkap.</translation>
    </message>
</context>
<context>
    <name>SectionWidget</name>
    <message>
        <source>This section does not apply, given your other answers.</source>
        <translation>Bagian ini tidak berlaku, mengingat jawaban Anda yang lain.</translation>
    </message>
</context>
<context>
    <name>SendPanel</name>
    <message>
        <source>&amp;Send and receive</source>
        <translation>&amp;Kirim dan terima</translation>
    </message>
    <message>
        <source>Send what waits to the secretariat&apos;s inbox and fetch receipts and updates (F9)</source>
        <translation>Kirim yang menunggu ke kotak masuk sekretariat dan ambil tanda terima serta pembaruan (F9)</translation>
    </message>
    <message>
        <source>Save the bundle to a &amp;file…</source>
        <translation>Simpan bundel ke &amp;berkas…</translation>
    </message>
    <message>
        <source>No link? Save the same bundle for a USB stick or an e-mail</source>
        <translation>Tidak ada koneksi? Simpan bundel yang sama untuk diska USB atau surel</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Hentikan</translation>
    </message>
    <message>
        <source>Sending progress</source>
        <translation>Kemajuan pengiriman</translation>
    </message>
    <message>
        <source>Import the secretariat&apos;s welcome pack first</source>
        <translation>Impor paket sambutan sekretariat terlebih dahulu</translation>
    </message>
    <message>
        <source>The secretariat&apos;s welcome pack names no inbox to send to: save the bundle to a file (Export bundle) and give it to the secretariat</source>
        <translation>Paket sambutan sekretariat tidak menyebutkan kotak masuk tujuan: simpan bundel ke berkas (Ekspor bundel) dan serahkan kepada sekretariat</translation>
    </message>
    <message>
        <source>Send what waits to %1 and fetch receipts and updates (F9)</source>
        <translation>Kirim yang menunggu ke %1 dan ambil tanda terima serta pembaruan (F9)</translation>
    </message>
    <message>
        <source>%1 waits to be sent; Send resumes where the last attempt stopped.</source>
        <translation>%1 menunggu dikirim; Kirim melanjutkan dari titik percobaan terakhir berhenti.</translation>
    </message>
    <message>
        <source>Connecting to the inbox…</source>
        <translation>Menghubungkan ke kotak masuk…</translation>
    </message>
    <message>
        <source>Preparing the bundle</source>
        <translation>Menyiapkan bundel</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Mengirim</translation>
    </message>
    <message>
        <source>Receiving</source>
        <translation>Menerima</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Memproses</translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1: %2 dari %3</translation>
    </message>
    <message numerus="yes">
        <source>about %n hour(s) left</source>
        <translation>
            <numerusform>sekitar %n jam lagi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s) left</source>
        <translation>
            <numerusform>sekitar %n menit lagi</numerusform>
        </translation>
    </message>
    <message>
        <source>less than a minute left</source>
        <translation>kurang dari satu menit lagi</translation>
    </message>
    <message>
        <source>about a minute left</source>
        <translation>sekitar satu menit lagi</translation>
    </message>
    <message>
        <source>Stopping; what the inbox has is kept…</source>
        <translation>Menghentikan; yang sudah ada di kotak masuk tetap disimpan…</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n bundle(s)</source>
        <translation>
            <numerusform>%n bundel dikirim</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Took in %n file(s) from the secretariat.</source>
        <translation>
            <numerusform>%n berkas dari sekretariat diterima.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The inbox refused %n bundle(s): %1</source>
        <translation>
            <numerusform>Kotak masuk menolak %n bundel: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>This computer does not trust the inbox&apos;s certificate; nothing more was sent.</source>
        <translation>Komputer ini tidak memercayai sertifikat kotak masuk; tidak ada lagi yang dikirim.</translation>
    </message>
    <message>
        <source>No link to the inbox. What it has is kept, and Send resumes from there.</source>
        <translation>Tidak ada koneksi ke kotak masuk. Yang sudah diterimanya tetap disimpan, dan Kirim akan melanjutkan dari sana.</translation>
    </message>
    <message numerus="yes">
        <source>Trying again in %n minute(s), or save the bundle to a file.</source>
        <translation>
            <numerusform>Mencoba lagi dalam %n menit, atau simpan bundel ke berkas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped. What the inbox has is kept; Send resumes from there.</source>
        <translation>Dihentikan. Yang sudah ada di kotak masuk tetap disimpan; Kirim akan melanjutkan dari sana.</translation>
    </message>
    <message>
        <source>Nothing to send, and nothing new from the secretariat.</source>
        <translation>Tidak ada yang perlu dikirim, dan tidak ada yang baru dari sekretariat.</translation>
    </message>
    <message>
        <source>Nothing waits to be sent.</source>
        <translation>Tidak ada yang menunggu dikirim.</translation>
    </message>
    <message>
        <source>The file could not be saved: %1</source>
        <translation>Berkas tidak dapat disimpan: %1</translation>
    </message>
    <message>
        <source>Saved %1. Give this file to the secretariat; if the inbox gets it too, it is taken in once.</source>
        <translation>%1 disimpan. Serahkan berkas ini kepada sekretariat; jika kotak masuk juga menerimanya, berkas itu hanya diterima sekali.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>&amp;Bahasa antarmuka:</translation>
    </message>
    <message>
        <source>The window changes language at once; what you have typed is kept, as everything is saved as it is typed. The questionnaire&apos;s own language can be chosen on its page.</source>
        <translation>Bahasa jendela langsung berganti; apa yang telah Anda ketik tetap ada, karena semuanya disimpan saat diketik. Bahasa kuesioner sendiri dapat dipilih di halamannya.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Mayor or top representative of a local government</source>
        <translation>Wali kota atau pimpinan pemerintah daerah</translation>
    </message>
    <message>
        <source>Expert of a local government</source>
        <translation>Pakar pemerintah daerah</translation>
    </message>
    <message>
        <source>Representative of a national government</source>
        <translation>Perwakilan pemerintah pusat</translation>
    </message>
    <message>
        <source>Representative of an international organisation</source>
        <translation>Perwakilan organisasi internasional</translation>
    </message>
    <message>
        <source>Other (media, university, general public)</source>
        <translation>Lainnya (media, universitas, masyarakat umum)</translation>
    </message>
    <message>
        <source>Welcome pack</source>
        <translation>Paket sambutan</translation>
    </message>
    <message>
        <source>Welcome packs (*.kinw)</source>
        <translation>Paket sambutan (*.kinw)</translation>
    </message>
    <message>
        <source>Not taken in: %1</source>
        <translation>Tidak diterima: %1</translation>
    </message>
    <message>
        <source>Set up KIN Desktop</source>
        <translation>Menyiapkan KIN Desktop</translation>
    </message>
</context>
<context>
    <name>YesNoEditor</name>
    <message>
        <source>Yes</source>
        <translation>Ya</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Tidak</translation>
    </message>
</context>
<context>
    <name>_ClearButton</name>
    <message>
        <source>Clear answer</source>
        <translation>Kosongkan jawaban</translation>
    </message>
</context>
<context>
    <name>_DonePage</name>
    <message>
        <source>Ready</source>
        <translation>Siap</translation>
    </message>
    <message>
        <source>Your profile is ready. Your key fingerprint is:

%1

Read it to the secretariat when they ask to confirm your enrolment.</source>
        <translation>Profil Anda siap. Sidik jari kunci Anda:

%1

Bacakan kepada sekretariat saat mereka meminta konfirmasi pendaftaran Anda.</translation>
    </message>
    <message>
        <source>The secretariat&apos;s welcome pack is in: you can export bundles for them.</source>
        <translation>Paket sambutan sekretariat sudah masuk: Anda dapat mengekspor bundel untuk mereka.</translation>
    </message>
    <message>
        <source>When the secretariat&apos;s welcome pack arrives, import it from the Outbox; it brings the secretariat&apos;s key, so that what you export can only be read by them.</source>
        <translation>Saat paket sambutan sekretariat tiba, impor dari Kotak Keluar; paket itu membawa kunci sekretariat, sehingga apa yang Anda ekspor hanya dapat dibaca oleh mereka.</translation>
    </message>
</context>
<context>
    <name>_KeyPage</name>
    <message>
        <source>Your signing key</source>
        <translation>Kunci tanda tangan Anda</translation>
    </message>
    <message>
        <source>It proves that what you send comes from you.</source>
        <translation>Kunci ini membuktikan bahwa kiriman Anda berasal dari Anda.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frasa sandi</translation>
    </message>
    <message>
        <source>at least 8 characters</source>
        <translation>sedikitnya 8 karakter</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>Ulangi frasa sandi</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frasa sandi:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Ulangi:</translation>
    </message>
    <message>
        <source>KIN Desktop signs everything you send with a key that proves it comes from you. This computer has no system keyring to keep that key safe, so it is kept in a file locked with a passphrase. Choose one you will remember: it cannot be recovered.</source>
        <translation>KIN Desktop menandatangani semua yang Anda kirim dengan kunci yang membuktikan bahwa kiriman itu berasal dari Anda. Komputer ini tidak memiliki gantungan kunci sistem untuk menyimpan kunci itu dengan aman, jadi kunci disimpan dalam berkas yang dikunci dengan frasa sandi. Pilih frasa yang akan Anda ingat: frasa sandi tidak dapat dipulihkan.</translation>
    </message>
    <message>
        <source>KIN Desktop signs everything you send with a key that proves it comes from you. The key will be kept in this computer&apos;s system keyring; no passphrase is needed.</source>
        <translation>KIN Desktop menandatangani semua yang Anda kirim dengan kunci yang membuktikan bahwa kiriman itu berasal dari Anda. Kunci akan disimpan di gantungan kunci sistem komputer ini; frasa sandi tidak diperlukan.</translation>
    </message>
</context>
<context>
    <name>_ProfilePage</name>
    <message>
        <source>About you</source>
        <translation>Tentang Anda</translation>
    </message>
    <message>
        <source>e.g. Khon Kaen</source>
        <translation>mis. Khon Kaen</translation>
    </message>
    <message>
        <source>Your city&apos;s name in Latin letters, as it should appear in file names and on printed forms. Filled in from the name above as a first guess: correct it if it is wrong.</source>
        <translation>Nama kota Anda dalam huruf Latin, sebagaimana akan muncul pada nama berkas dan formulir tercetak. Diisi dari nama di atas sebagai tebakan awal: perbaiki jika salah.</translation>
    </message>
    <message>
        <source>name@city.gov</source>
        <translation>nama@kota.go.id</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nama:</translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation>&amp;Kota:</translation>
    </message>
    <message>
        <source>City in &amp;Latin letters:</source>
        <translation>Kota dalam huruf &amp;Latin:</translation>
    </message>
    <message>
        <source>Countr&amp;y:</source>
        <translation>Ne&amp;gara:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisasi:</translation>
    </message>
    <message>
        <source>&amp;Participant category:</source>
        <translation>Kategori &amp;peserta:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Surel:</translation>
    </message>
    <message>
        <source>Your delegation as it will appear to the secretariat.</source>
        <translation>Delegasi Anda sebagaimana akan terlihat oleh sekretariat.</translation>
    </message>
    <message>
        <source>The secretariat as delegates will see it in welcome packs and receipts.</source>
        <translation>Sekretariat sebagaimana akan terlihat oleh para delegasi dalam paket sambutan dan tanda terima.</translation>
    </message>
</context>
<context>
    <name>_RadioEditor</name>
    <message>
        <source>Clear the answer to: %1</source>
        <translation>Kosongkan jawaban: %1</translation>
    </message>
</context>
<context>
    <name>_RolePage</name>
    <message>
        <source>Welcome to KIN Desktop</source>
        <translation>Selamat datang di KIN Desktop</translation>
    </message>
    <message>
        <source>Set up this computer for the Fourth Meeting of the Kitakyushu Initiative Network. Everything stays on this computer until you export it.</source>
        <translation>Siapkan komputer ini untuk Pertemuan Keempat Jaringan Prakarsa Kitakyushu. Semuanya tetap di komputer ini sampai Anda mengekspornya.</translation>
    </message>
    <message>
        <source>&amp;City delegation: answer the questionnaire, record practices, draft commitments</source>
        <translation>Delegasi &amp;kota: menjawab kuesioner, mencatat praktik, menyusun komitmen</translation>
    </message>
    <message>
        <source>Network &amp;Secretariat: merge, review and follow up what cities send</source>
        <translation>&amp;Sekretariat Jaringan: menggabungkan, meninjau, dan menindaklanjuti kiriman kota</translation>
    </message>
</context>
<context>
    <name>_WelcomePackPage</name>
    <message>
        <source>The secretariat&apos;s welcome pack</source>
        <translation>Paket sambutan sekretariat</translation>
    </message>
    <message>
        <source>It brings the questionnaire and the secretariat&apos;s key. You can also do this later, from the Outbox.</source>
        <translation>Paket ini membawa kuesioner dan kunci sekretariat. Anda juga dapat melakukannya nanti, dari Kotak Keluar.</translation>
    </message>
    <message>
        <source>&amp;Choose the welcome pack file…</source>
        <translation>&amp;Pilih berkas paket sambutan…</translation>
    </message>
    <message>
        <source>The fingerprint &amp;matches the one in my invitation letter</source>
        <translation>Sidik jari &amp;cocok dengan yang ada di surat undangan saya</translation>
    </message>
    <message>
        <source>This file is not a welcome pack that can be read: %1</source>
        <translation>Berkas ini bukan paket sambutan yang dapat dibaca: %1</translation>
    </message>
    <message>
        <source>Signed by the key with this fingerprint:

%1

Compare every group with your invitation letter.</source>
        <translation>Ditandatangani oleh kunci dengan sidik jari berikut:

%1

Bandingkan setiap kelompok dengan surat undangan Anda.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>This profile was saved by a newer version of KIN Desktop. Install the newer version to open it; nothing has been changed.</source>
        <translation>Profil ini disimpan oleh versi KIN Desktop yang lebih baru. Pasang versi yang lebih baru untuk membukanya; tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>The profile&apos;s database is damaged or is not a KIN Desktop database. Nothing has been changed.</source>
        <translation>Basis data profil rusak atau bukan basis data KIN Desktop. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>There is no profile here yet. Create one to start.</source>
        <translation>Belum ada profil di sini. Buat profil untuk memulai.</translation>
    </message>
    <message>
        <source>The passphrase is not right. Try again.</source>
        <translation>Frasa sandi salah. Coba lagi.</translation>
    </message>
    <message>
        <source>The key store could not be opened: %1</source>
        <translation>Penyimpanan kunci tidak dapat dibuka: %1</translation>
    </message>
    <message>
        <source>Something went wrong: %1</source>
        <translation>Terjadi kesalahan: %1</translation>
    </message>
</context>
<context>
    <name>language</name>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>records</name>
    <message>
        <source>Attach files</source>
        <translation>Lampirkan berkas</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Semua berkas (*)</translation>
    </message>
    <message>
        <source>—</source>
        <comment>no due year</comment>
        <translation>—</translation>
    </message>
    <message>
        <source>Solid waste</source>
        <translation>Sampah padat</translation>
    </message>
    <message>
        <source>Wastewater and sanitation</source>
        <translation>Air limbah dan sanitasi</translation>
    </message>
    <message>
        <source>Water supply</source>
        <translation>Penyediaan air</translation>
    </message>
    <message>
        <source>Air quality</source>
        <translation>Kualitas udara</translation>
    </message>
    <message>
        <source>Urban transport</source>
        <translation>Transportasi perkotaan</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Energi</translation>
    </message>
    <message>
        <source>Green space</source>
        <translation>Ruang hijau</translation>
    </message>
    <message>
        <source>Industrial pollution</source>
        <translation>Pencemaran industri</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>sector</comment>
        <translation>Lainnya</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draf</translation>
    </message>
    <message>
        <source>Ready to send</source>
        <translation>Siap dikirim</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Terkirim</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Dikonfirmasi</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Terdaftar</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>Sedang ditinjau</translation>
    </message>
    <message>
        <source>Has issues</source>
        <translation>Perlu perbaikan</translation>
    </message>
    <message>
        <source>corrected</source>
        <translation>diperbaiki</translation>
    </message>
    <message>
        <source>changed since</source>
        <translation>diubah sejak peninjauan</translation>
    </message>
    <message>
        <source>Signed form out of date</source>
        <translation>Formulir bertanda tangan usang</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Dicetak</translation>
    </message>
    <message>
        <source>Demonstration</source>
        <translation>Percontohan</translation>
    </message>
    <message>
        <source>Expanded</source>
        <translation>Perluasan</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Ringkasan</translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation>Sektor</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Masalah</translation>
    </message>
    <message>
        <source>Approach</source>
        <translation>Pendekatan</translation>
    </message>
    <message>
        <source>Environmental benefits</source>
        <translation>Manfaat lingkungan</translation>
    </message>
    <message>
        <source>Social benefits</source>
        <translation>Manfaat sosial</translation>
    </message>
    <message>
        <source>Economic benefits</source>
        <translation>Manfaat ekonomi</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Biaya</translation>
    </message>
    <message>
        <source>Cost currency</source>
        <translation>Mata uang biaya</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Mitra</translation>
    </message>
    <message>
        <source>Replicability</source>
        <translation>Kemudahan direplikasi</translation>
    </message>
    <message>
        <source>Start year</source>
        <translation>Tahun mulai</translation>
    </message>
    <message>
        <source>Win-win</source>
        <translation>Saling menguntungkan</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Project type</source>
        <translation>Jenis proyek</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Tujuan</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Deskripsi</translation>
    </message>
    <message>
        <source>Targets and indicators</source>
        <translation>Target dan indikator</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Tanggal mulai</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Tanggal selesai</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Tonggak capaian</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Anggaran</translation>
    </message>
    <message>
        <source>Budget currency</source>
        <translation>Mata uang anggaran</translation>
    </message>
    <message>
        <source>Funding source</source>
        <translation>Sumber dana</translation>
    </message>
    <message>
        <source>Experience to share</source>
        <translation>Pengalaman untuk dibagikan</translation>
    </message>
    <message>
        <source>Signatory name</source>
        <translation>Nama penanda tangan</translation>
    </message>
    <message>
        <source>Signatory title</source>
        <translation>Jabatan penanda tangan</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Dihapus</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Nilai dasar</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Satuan</translation>
    </message>
    <message>
        <source>Due year</source>
        <translation>Tahun target</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Mitra</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ya</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Tidak</translation>
    </message>
    <message>
        <source>%1, row %2</source>
        <translation>%1, baris %2</translation>
    </message>
    <message>
        <source>%1, row %2: %3</source>
        <translation>%1, baris %2: %3</translation>
    </message>
    <message>
        <source>The project must end by 31 December %1, when the follow-up of commitments ends. Choose an earlier end date.</source>
        <translation>Proyek harus selesai paling lambat 31 Desember %1, saat tindak lanjut komitmen berakhir. Pilih tanggal selesai yang lebih awal.</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>Tanggal selesai lebih awal dari tanggal mulai.</translation>
    </message>
    <message>
        <source>Each target needs a description.</source>
        <translation>Setiap target memerlukan deskripsi.</translation>
    </message>
    <message>
        <source>Each milestone needs a date and a description.</source>
        <translation>Setiap tonggak capaian memerlukan tanggal dan deskripsi.</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>Isian ini wajib diisi.</translation>
    </message>
    <message>
        <source>Enter a date as YYYY-MM-DD, for example 2009-06-30.</source>
        <translation>Masukkan tanggal dengan format TTTT-BB-HH, misalnya 2009-06-30.</translation>
    </message>
    <message>
        <source>Enter a number, for example 250000 or 1250.50.</source>
        <translation>Masukkan angka, misalnya 250000 atau 1250.50.</translation>
    </message>
    <message>
        <source>This text is too long.</source>
        <translation>Teks ini terlalu panjang.</translation>
    </message>
    <message>
        <source>The due year must be between 2006 and %1.</source>
        <translation>Tahun target harus antara 2006 dan %1.</translation>
    </message>
    <message>
        <source>Enter a year between 1950 and 2100.</source>
        <translation>Masukkan tahun antara 1950 dan 2100.</translation>
    </message>
    <message>
        <source>This value is out of range.</source>
        <translation>Nilai ini di luar rentang.</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Formulir</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Kota</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Sejak</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Peninjauan</translation>
    </message>
    <message>
        <source>Last saved</source>
        <translation>Terakhir disimpan</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Mulai</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Due year (≤ 2010)</source>
        <translation>Tahun target (≤ 2010)</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Disimpan</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(dihapus)</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Dibuat</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>Di sini</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Diterima</translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation>dikonfirmasi</translation>
    </message>
    <message>
        <source>Form printed</source>
        <translation>Formulir dicetak</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revisi</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Isian</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Sebelum</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Sesudah</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Ukuran</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Sunting %1</translation>
    </message>
    <message>
        <source>Add a row to %1</source>
        <translation>Tambah baris ke %1</translation>
    </message>
    <message>
        <source>Remove a row from %1</source>
        <translation>Hapus baris dari %1</translation>
    </message>
</context>
<context>
    <name>secretariat</name>
    <message>
        <source>Practice</source>
        <translation>Praktik</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Komitmen</translation>
    </message>
    <message>
        <source>Questionnaire response</source>
        <translation>Jawaban kuesioner</translation>
    </message>
    <message>
        <source>Progress report</source>
        <translation>Laporan kemajuan</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Lampiran</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ya</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Tidak</translation>
    </message>
    <message>
        <source>%1 (differs)</source>
        <translation>%1 (berbeda)</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Isian</translation>
    </message>
    <message>
        <source>Left: newest (shown now)</source>
        <translation>Kiri: terbaru (yang ditampilkan)</translation>
    </message>
    <message>
        <source>Right: the other device</source>
        <translation>Kanan: perangkat lain</translation>
    </message>
    <message>
        <source>Resolve the conflict</source>
        <translation>Selesaikan konflik</translation>
    </message>
    <message>
        <source>the left (newest) version</source>
        <translation>versi kiri (terbaru)</translation>
    </message>
    <message>
        <source>the right version</source>
        <translation>versi kanan</translation>
    </message>
    <message>
        <source>Keep %1 of “%2”?

The other version&apos;s %3 will be replaced. Both stay in the history.</source>
        <translation>Pertahankan %1 dari “%2”?

%3 pada versi lain akan diganti. Keduanya tetap ada di riwayat.</translation>
    </message>
    <message>
        <source>Mayor</source>
        <translation>Wali kota</translation>
    </message>
    <message>
        <source>City expert</source>
        <translation>Pakar pemerintah daerah</translation>
    </message>
    <message>
        <source>National government</source>
        <translation>Pemerintah pusat</translation>
    </message>
    <message>
        <source>International organisation</source>
        <translation>Organisasi internasional</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>participant category</comment>
        <translation>Lainnya</translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation>Menunggu persetujuan</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Disetujui</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Dicabut</translation>
    </message>
    <message>
        <source>Revoke the key of %1</source>
        <translation>Cabut kunci %1</translation>
    </message>
    <message>
        <source>Revoke the key %1 (%2)?

Bundles it signs from now on, and those held for it, will be refused. What it sent before stays. This cannot be undone: the delegate will need a new key.</source>
        <translation>Cabut kunci %1 (%2)?

Bundel yang ditandatanganinya mulai sekarang, dan yang ditahan untuknya, akan ditolak. Kiriman sebelumnya tetap ada. Tindakan ini tidak dapat diurungkan: delegasi akan memerlukan kunci baru.</translation>
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation>&amp;Cabut</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Sidik jari</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Kota</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Negara</translation>
    </message>
    <message>
        <source>Delegate</source>
        <translation>Delegasi</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Held bundles</source>
        <translation>Bundel yang ditahan</translation>
    </message>
    <message>
        <source>Choose a folder for the receipt</source>
        <translation>Pilih folder untuk tanda terima</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Digabungkan</translation>
    </message>
    <message>
        <source>Already received</source>
        <translation>Sudah diterima</translation>
    </message>
    <message>
        <source>Held for enrolment</source>
        <translation>Ditahan menunggu pendaftaran</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Ditolak</translation>
    </message>
    <message>
        <source>Quarantined</source>
        <translation>Dikarantina</translation>
    </message>
    <message>
        <source>Failed, kept for inspection</source>
        <translation>Gagal, disimpan untuk diperiksa</translation>
    </message>
    <message>
        <source>The file is damaged or was altered after it was signed; ask the delegate to export again.</source>
        <translation>Berkas rusak atau diubah setelah ditandatangani; minta delegasi mengekspor lagi.</translation>
    </message>
    <message>
        <source>The sender&apos;s key is not enrolled yet: compare its fingerprint with the delegate (Delegates page), then approve it; the bundle then merges.</source>
        <translation>Kunci pengirim belum terdaftar: bandingkan sidik jarinya dengan delegasi (halaman Delegasi), lalu setujui; setelah itu bundel digabungkan.</translation>
    </message>
    <message>
        <source>The sender&apos;s key has been revoked; nothing was taken in.</source>
        <translation>Kunci pengirim telah dicabut; tidak ada yang diterima.</translation>
    </message>
    <message>
        <source>A change already received comes again with other content (altered, or a faulty program): the file was set aside as evidence, nothing in it was taken in.</source>
        <translation>Perubahan yang sudah diterima datang lagi dengan isi lain (diubah, atau program yang bermasalah): berkas disisihkan sebagai bukti, tidak ada isinya yang diterima.</translation>
    </message>
    <message>
        <source>Too many files are already waiting for keys nobody has enrolled; this one was not kept. Approve or revoke the waiting keys (Delegates page), then import this file again.</source>
        <translation>Terlalu banyak berkas yang sudah menunggu kunci yang belum didaftarkan siapa pun; berkas ini tidak disimpan. Setujui atau cabut kunci yang menunggu (halaman Delegasi), lalu impor berkas ini lagi.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong with this file; nothing of it was taken in and the other files went on. It was kept in the profile&apos;s quarantine folder: please report it.</source>
        <translation>Terjadi kesalahan tak terduga pada berkas ini; tidak ada isinya yang diterima dan berkas lain tetap diproses. Berkas ini disimpan di folder karantina profil: mohon laporkan.</translation>
    </message>
    <message>
        <source>This device sent a different bundle with the same number before; the file was set aside. Ask the delegate whether the profile was copied to another computer.</source>
        <translation>Perangkat ini sebelumnya mengirim bundel lain dengan nomor yang sama; berkas ini disisihkan. Tanyakan kepada delegasi apakah profilnya disalin ke komputer lain.</translation>
    </message>
    <message>
        <source>The file could not be read (missing, or no permission).</source>
        <translation>Berkas tidak dapat dibaca (tidak ada, atau tidak ada izin).</translation>
    </message>
    <message>
        <source>The file is larger than KIN Desktop accepts.</source>
        <translation>Berkas lebih besar daripada yang diterima KIN Desktop.</translation>
    </message>
    <message>
        <source>This is not a KIN bundle.</source>
        <translation>Ini bukan bundel KIN.</translation>
    </message>
    <message>
        <source>This is not a KIN file.</source>
        <translation>Ini bukan berkas KIN.</translation>
    </message>
    <message>
        <source>This file is encrypted for someone else.</source>
        <translation>Berkas ini dienkripsi untuk pihak lain.</translation>
    </message>
    <message>
        <source>The file was written by a newer version of KIN Desktop; update it.</source>
        <translation>Berkas ini ditulis oleh versi KIN Desktop yang lebih baru; perbarui KIN Desktop.</translation>
    </message>
    <message>
        <source>The bundle is encrypted for another secretariat key; the delegate needs the current welcome pack.</source>
        <translation>Bundel ini dienkripsi untuk kunci sekretariat yang lain; delegasi memerlukan paket sambutan terkini.</translation>
    </message>
    <message>
        <source>The bundle was made for another secretariat key; the delegate needs the current welcome pack.</source>
        <translation>Bundel ini dibuat untuk kunci sekretariat yang lain; delegasi memerlukan paket sambutan terkini.</translation>
    </message>
    <message>
        <source>The file is cut short (an interrupted copy?); ask for it again.</source>
        <translation>Berkas terpotong (penyalinan terputus?); minta dikirim lagi.</translation>
    </message>
    <message>
        <source>The bundle holds more files than allowed; it was not opened.</source>
        <translation>Bundel berisi lebih banyak berkas daripada yang diizinkan; bundel tidak dibuka.</translation>
    </message>
    <message>
        <source>The bundle expands suspiciously (a zip bomb?); it was not opened.</source>
        <translation>Bundel mengembang secara mencurigakan (bom zip?); bundel tidak dibuka.</translation>
    </message>
    <message>
        <source>The bundle names files in an unsafe way; it was not opened.</source>
        <translation>Bundel menamai berkas dengan cara yang tidak aman; bundel tidak dibuka.</translation>
    </message>
    <message>
        <source>The bundle holds a file that bundles may not carry.</source>
        <translation>Bundel berisi berkas yang tidak boleh dibawa bundel.</translation>
    </message>
    <message>
        <source>The signature does not verify: the file was altered or forged.</source>
        <translation>Tanda tangan tidak valid: berkas diubah atau dipalsukan.</translation>
    </message>
    <message>
        <source>The file is signed by a key this profile does not know.</source>
        <translation>Berkas ditandatangani oleh kunci yang tidak dikenal profil ini.</translation>
    </message>
    <message>
        <source>The file is signed by another key than the one it names.</source>
        <translation>Berkas ditandatangani oleh kunci lain daripada yang disebutkannya.</translation>
    </message>
    <message>
        <source>The bundle&apos;s records are invalid; nothing was taken in.</source>
        <translation>Catatan dalam bundel tidak valid; tidak ada yang diterima.</translation>
    </message>
    <message>
        <source>A change in the bundle was not written by its sender; nothing was taken in.</source>
        <translation>Ada perubahan dalam bundel yang tidak ditulis oleh pengirimnya; tidak ada yang diterima.</translation>
    </message>
    <message>
        <source>The bundle changes records its sender does not own (or review notes); nothing was taken in.</source>
        <translation>Bundel mengubah catatan yang bukan milik pengirimnya (atau catatan peninjauan); tidak ada yang diterima.</translation>
    </message>
    <message>
        <source>An attached file is missing from the bundle; nothing was taken in.</source>
        <translation>Ada berkas lampiran yang hilang dari bundel; tidak ada yang diterima.</translation>
    </message>
    <message>
        <source>%1 and %2 more gaps</source>
        <translation>%1 dan %2 celah lainnya</translation>
    </message>
    <message>
        <source>Not arrived yet from this device: bundle %1.</source>
        <translation>Belum tiba dari perangkat ini: paket %1.</translation>
    </message>
    <message>
        <source>Changes dated more than a day ahead of this computer&apos;s clock: %1, the latest on %2. The sender&apos;s clock is probably wrong; they were kept as signed and this computer&apos;s clock was not moved.</source>
        <translation>Perubahan bertanggal lebih dari sehari di depan jam komputer ini: %1, yang terakhir pada %2. Jam pengirim kemungkinan salah; perubahan disimpan sesuai tanda tangan dan jam komputer ini tidak diubah.</translation>
    </message>
    <message>
        <source>Nothing new in it.</source>
        <translation>Tidak ada yang baru di dalamnya.</translation>
    </message>
    <message>
        <source>Import bundles</source>
        <translation>Impor bundel</translation>
    </message>
    <message>
        <source>KIN bundles (*.kinb)</source>
        <translation>Bundel KIN (*.kinb)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Semua berkas (*)</translation>
    </message>
    <message>
        <source>Choose a folder of bundles</source>
        <translation>Pilih folder bundel</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Diterima</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>Sedang ditinjau</translation>
    </message>
    <message>
        <source>Has issues</source>
        <translation>Perlu perbaikan</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Terdaftar</translation>
    </message>
    <message>
        <source>corrected</source>
        <translation>diperbaiki</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>diubah</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>konflik</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation>Sektor</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Review state</source>
        <translation>Status peninjauan</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Perubahan terakhir</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Komentar</translation>
    </message>
    <message>
        <source>Save the commitment forms</source>
        <translation>Simpan formulir komitmen</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Check a signed form</source>
        <translation>Periksa formulir bertanda tangan</translation>
    </message>
    <message>
        <source>The text of the form&apos;s QR code (a scanner types it here):</source>
        <translation>Teks kode QR formulir (pemindai mengetikkannya di sini):</translation>
    </message>
</context>
</TS>
