<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About KIN Desktop</source>
        <translation>Giới thiệu KIN Desktop</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Phiên bản %1</translation>
    </message>
    <message>
        <source>For the Kitakyushu Initiative Network: the cities&apos; questionnaire, practices and commitments, and the secretariat&apos;s review and follow-up. Licensed under the MIT licence.</source>
        <translation>Dành cho Mạng lưới Sáng kiến Kitakyushu: bảng câu hỏi, thực tiễn và cam kết của các thành phố, cùng việc xem xét và theo dõi của Ban Thư ký. Cấp phép theo giấy phép MIT.</translation>
    </message>
    <message>
        <source>Licences of what is bundled</source>
        <translation>Giấy phép của các thành phần đi kèm</translation>
    </message>
    <message>
        <source>KIN Desktop bundles the following software and fonts:</source>
        <translation>KIN Desktop đi kèm các phần mềm và phông chữ sau:</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Thành phần</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Phiên bản</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Giấy phép</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <source>Attached files</source>
        <translation>Tệp đính kèm</translation>
    </message>
    <message>
        <source>Drop files here or press Add.</source>
        <translation>Thả tệp vào đây hoặc nhấn Thêm.</translation>
    </message>
    <message>
        <source>Attachments hint</source>
        <translation>Hướng dẫn đính kèm</translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation>&amp;Thêm tệp…</translation>
    </message>
    <message>
        <source>Add files</source>
        <translation>Thêm tệp</translation>
    </message>
    <message>
        <source>O&amp;pen file</source>
        <translation>&amp;Mở tệp</translation>
    </message>
    <message>
        <source>Open the selected file</source>
        <translation>Mở tệp đã chọn</translation>
    </message>
    <message>
        <source>Re&amp;move file</source>
        <translation>&amp;Xóa tệp</translation>
    </message>
    <message>
        <source>Remove the selected file</source>
        <translation>Xóa tệp đã chọn</translation>
    </message>
    <message>
        <source>Save the record first: fix the problems shown above, then attach the files.</source>
        <translation>Hãy lưu bản ghi trước: sửa các lỗi nêu ở trên, rồi đính kèm tệp.</translation>
    </message>
    <message>
        <source>%1 was not attached: %2</source>
        <translation>Chưa đính kèm được %1: %2</translation>
    </message>
    <message>
        <source>No program could open %1.</source>
        <translation>Không có chương trình nào mở được %1.</translation>
    </message>
</context>
<context>
    <name>CitiesTab</name>
    <message>
        <source>City</source>
        <translation>Thành phố</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Quốc gia</translation>
    </message>
    <message>
        <source>Delegate</source>
        <translation>Đại biểu</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>Bảng câu hỏi</translation>
    </message>
    <message>
        <source>Cities</source>
        <translation>Thành phố</translation>
    </message>
    <message>
        <source>By &amp;city</source>
        <translation>Theo &amp;thành phố</translation>
    </message>
    <message>
        <source>By &amp;question</source>
        <translation>Theo &amp;câu hỏi</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Câu hỏi</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Phần</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>STT</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Câu trả lời</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Câu trả lời</translation>
    </message>
    <message>
        <source>Select a city to read its answers.</source>
        <translation>Chọn một thành phố để xem các câu trả lời.</translation>
    </message>
    <message>
        <source>No delegations yet: a city appears here with its first bundle.</source>
        <translation>Chưa có đoàn đại biểu nào: thành phố sẽ hiện ở đây khi có gói dữ liệu đầu tiên.</translation>
    </message>
    <message>
        <source>Not received</source>
        <translation>Chưa nhận</translation>
    </message>
    <message>
        <source>Submitted (%1)</source>
        <translation>Đã gửi (%1)</translation>
    </message>
    <message>
        <source>In progress (%1)</source>
        <translation>Đang điền (%1)</translation>
    </message>
    <message>
        <source>No city has answered this question yet.</source>
        <translation>Chưa có thành phố nào trả lời câu hỏi này.</translation>
    </message>
    <message>
        <source>This city has not sent its questionnaire yet.</source>
        <translation>Thành phố này chưa gửi bảng câu hỏi.</translation>
    </message>
</context>
<context>
    <name>ComboChoiceEditor</name>
    <message>
        <source>— Not answered —</source>
        <translation>— Chưa trả lời —</translation>
    </message>
</context>
<context>
    <name>CommitmentEditor</name>
    <message>
        <source>Commitment</source>
        <translation>Cam kết</translation>
    </message>
    <message>
        <source>commitment</source>
        <translation>cam kết</translation>
    </message>
    <message>
        <source>A short name for the project</source>
        <translation>Tên ngắn của dự án</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Tiêu đề:</translation>
    </message>
    <message>
        <source>Project t&amp;ype:</source>
        <translation>L&amp;oại dự án:</translation>
    </message>
    <message>
        <source>S&amp;tate:</source>
        <translation>Tình trạn&amp;g:</translation>
    </message>
    <message>
        <source>Se&amp;ctors:</source>
        <translation>&amp;Lĩnh vực:</translation>
    </message>
    <message>
        <source>&amp;Objectives:</source>
        <translation>&amp;Mục tiêu:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>Mô tả (&amp;D):</translation>
    </message>
    <message>
        <source>Targets and indicators</source>
        <translation>Chỉ tiêu và chỉ số</translation>
    </message>
    <message>
        <source>Add tar&amp;get</source>
        <translation>Thêm chỉ tiê&amp;u</translation>
    </message>
    <message>
        <source>Remove target</source>
        <translation>Xóa chỉ tiêu</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Tiến độ</translation>
    </message>
    <message>
        <source>Start &amp;date:</source>
        <translation>Ngày &amp;bắt đầu:</translation>
    </message>
    <message>
        <source>The follow-up runs to %1: the timeline ends by then.</source>
        <translation>Giai đoạn theo dõi kéo dài đến %1: tiến độ phải kết thúc trước ngày đó.</translation>
    </message>
    <message>
        <source>&amp;End date:</source>
        <translation>Ngày &amp;kết thúc:</translation>
    </message>
    <message>
        <source>Add &amp;milestone</source>
        <translation>Thêm mố&amp;c</translation>
    </message>
    <message>
        <source>Remove milestone</source>
        <translation>Xóa mốc</translation>
    </message>
    <message>
        <source>Milestones:</source>
        <translation>Các mốc:</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Đối tác</translation>
    </message>
    <message>
        <source>Add &amp;partner</source>
        <translation>Thêm đối tác (&amp;P)</translation>
    </message>
    <message>
        <source>Remove partner</source>
        <translation>Xóa đối tác</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Ngân sách</translation>
    </message>
    <message>
        <source>e.g. 250000</source>
        <translation>vd. 250000</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Số tiền:</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>Đơn vị tiề&amp;n tệ:</translation>
    </message>
    <message>
        <source>e.g. city budget, ODA loan</source>
        <translation>vd. ngân sách thành phố, vốn vay ODA</translation>
    </message>
    <message>
        <source>&amp;Funding source:</source>
        <translation>Nguồn &amp;vốn:</translation>
    </message>
    <message>
        <source>Sharing and signature</source>
        <translation>Chia sẻ và ký</translation>
    </message>
    <message>
        <source>E&amp;xperience to share:</source>
        <translation>Kinh nghiệm chia sẻ (&amp;X):</translation>
    </message>
    <message>
        <source>Signatory &amp;name:</source>
        <translation>&amp;Họ tên người ký:</translation>
    </message>
    <message>
        <source>Signatory t&amp;itle:</source>
        <translation>Chức vụ ngườ&amp;i ký:</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Tệp đính kèm</translation>
    </message>
</context>
<context>
    <name>CommitmentsPage</name>
    <message>
        <source>Commitments</source>
        <translation>Cam kết</translation>
    </message>
    <message>
        <source>Project type filter</source>
        <translation>Lọc loại dự án</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Mọi loại</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>&amp;Loại:</translation>
    </message>
    <message>
        <source>No commitments yet — press New to draft one</source>
        <translation>Chưa có cam kết nào — nhấn Mới để soạn thảo</translation>
    </message>
    <message numerus="yes">
        <source>%Ln commitment(s)</source>
        <translation>
            <numerusform>%Ln cam kết</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln commitment(s)</source>
        <translation>
            <numerusform>%1 trong %Ln cam kết</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete commitment</source>
        <translation>Xóa cam kết</translation>
    </message>
    <message>
        <source>Delete the commitment “%1” and its attachments?</source>
        <translation>Xóa cam kết “%1” và các tệp đính kèm?</translation>
    </message>
</context>
<context>
    <name>ConfirmApproval</name>
    <message numerus="yes">
        <source>Approve %Ln key(s)</source>
        <translation>
            <numerusform>Phê duyệt %Ln khóa</numerusform>
        </translation>
    </message>
    <message>
        <source>Compare each fingerprint with the one its delegate reads to you (by phone, or from their screen). Approve only if every group of every fingerprint matches: their held bundles are then merged.</source>
        <translation>Hãy so sánh từng dấu vân tay với dấu vân tay mà đại biểu đọc cho bạn (qua điện thoại hoặc trên màn hình của họ). Chỉ phê duyệt nếu mọi nhóm ký tự của mọi dấu vân tay đều khớp: khi đó các gói dữ liệu đang tạm giữ sẽ được hợp nhất.</translation>
    </message>
    <message>
        <source>Fingerprints to compare</source>
        <translation>Dấu vân tay cần so sánh</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Thành phố</translation>
    </message>
    <message>
        <source>Delegate</source>
        <translation>Đại biểu</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Dấu vân tay</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Tạm giữ</translation>
    </message>
    <message>
        <source>I &amp;compared every fingerprint, and each one matches</source>
        <translation>Tôi đã so sánh từng dấu vân tay và tất cả đều khớp (&amp;C)</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Approve %Ln key(s)</source>
        <translation>
            <numerusform>&amp;Phê duyệt %Ln khóa</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConflictsTab</name>
    <message>
        <source>Record</source>
        <translation>Bản ghi</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Thành phố</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Phiên bản</translation>
    </message>
    <message>
        <source>Records in conflict</source>
        <translation>Bản ghi có xung đột</translation>
    </message>
    <message>
        <source>No conflicts. A conflict appears when one delegation edits the same record on two computers; both versions are kept until you choose.</source>
        <translation>Không có xung đột. Xung đột xảy ra khi một đoàn đại biểu sửa cùng một bản ghi trên hai máy tính; cả hai phiên bản được giữ lại cho đến khi bạn chọn.</translation>
    </message>
    <message>
        <source>Fields that differ</source>
        <translation>Các trường khác nhau</translation>
    </message>
    <message>
        <source>&amp;Only the fields that differ</source>
        <translation>&amp;Chỉ các trường khác nhau</translation>
    </message>
    <message>
        <source>The two versions side by side</source>
        <translation>Hai phiên bản đặt cạnh nhau</translation>
    </message>
    <message>
        <source>Keep &amp;left</source>
        <translation>Giữ bản &amp;trái</translation>
    </message>
    <message>
        <source>Keep the newest version (Ctrl+Alt+Left)</source>
        <translation>Giữ phiên bản mới nhất (Ctrl+Alt+Trái)</translation>
    </message>
    <message>
        <source>Keep &amp;right</source>
        <translation>Giữ bản &amp;phải</translation>
    </message>
    <message>
        <source>Keep the other device&apos;s version (Ctrl+Alt+Right)</source>
        <translation>Giữ phiên bản của thiết bị kia (Ctrl+Alt+Phải)</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>&amp;Hợp nhất…</translation>
    </message>
    <message>
        <source>Choose field by field (Ctrl+M)</source>
        <translation>Chọn từng trường (Ctrl+M)</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Select a conflict to compare its two versions.</source>
        <translation>Chọn một xung đột để so sánh hai phiên bản.</translation>
    </message>
    <message>
        <source>%1 “%2” — %3</source>
        <translation>%1 “%2” — %3</translation>
    </message>
    <message numerus="yes">
        <source>%Ln field(s) differ: %1. Until you choose, the left (newest) version is shown.</source>
        <translation>
            <numerusform>%Ln trường khác nhau: %1. Cho đến khi bạn chọn, phiên bản bên trái (mới nhất) được hiển thị.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Đang lưu…</translation>
    </message>
    <message>
        <source>Resolved: “%1” now has one version.</source>
        <translation>Đã giải quyết: “%1” nay chỉ còn một phiên bản.</translation>
    </message>
</context>
<context>
    <name>CountedTexts</name>
    <message numerus="yes">
        <source>Bundle(s) %1 from this delegate have not arrived.</source>
        <translation>
            <numerusform>Chưa nhận được gói dữ liệu %1 của đại biểu này.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Compare this fingerprint with the one the delegate reads to you (by phone, or from their screen):

%1

%2

Approve only if every group matches. Its %Ln held bundle(s) will then be merged.</source>
        <translation>
            <numerusform>Hãy so sánh dấu vân tay này với dấu vân tay mà đại biểu đọc cho bạn (qua điện thoại hoặc trên màn hình của họ):

%1

%2

Chỉ phê duyệt nếu mọi nhóm ký tự đều khớp. Khi đó %Ln gói dữ liệu đang tạm giữ sẽ được hợp nhất.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CountryPicker</name>
    <message>
        <source>No country is called “%1”: choose one from the list, or type its name or its code.</source>
        <translation>Không có quốc gia nào tên là “%1”: hãy chọn trong danh sách, hoặc nhập tên hoặc mã quốc gia.</translation>
    </message>
    <message>
        <source>Type the name or the code of the country</source>
        <translation>Nhập tên hoặc mã của quốc gia</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Not given</source>
        <translation>Không nêu</translation>
    </message>
    <message>
        <source>Mayors</source>
        <translation>Thị trưởng</translation>
    </message>
    <message>
        <source>City experts</source>
        <translation>Chuyên gia thành phố</translation>
    </message>
    <message>
        <source>National government</source>
        <translation>Chính phủ trung ương</translation>
    </message>
    <message>
        <source>International organisations</source>
        <translation>Tổ chức quốc tế</translation>
    </message>
    <message>
        <source>Others</source>
        <translation>Khác</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Đã nhận</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>Đang xem xét</translation>
    </message>
    <message>
        <source>Has issues</source>
        <translation>Có vấn đề</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Đã đăng ký</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Hoàn thành</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Đang điền</translation>
    </message>
    <message>
        <source>No response yet</source>
        <translation>Chưa trả lời</translation>
    </message>
    <message>
        <source>Practices and commitments by country</source>
        <translation>Thực tiễn và cam kết theo quốc gia</translation>
    </message>
    <message>
        <source>Sectors of practices and commitments</source>
        <translation>Lĩnh vực của thực tiễn và cam kết</translation>
    </message>
    <message>
        <source>Delegates by participant category</source>
        <translation>Đại biểu theo loại người tham dự</translation>
    </message>
    <message>
        <source>Commitments by review state</source>
        <translation>Cam kết theo tình trạng xem xét</translation>
    </message>
    <message>
        <source>Pre-meeting questionnaire, by delegate</source>
        <translation>Bảng câu hỏi trước cuộc họp, theo đại biểu</translation>
    </message>
    <message>
        <source>Commitments by end year</source>
        <translation>Cam kết theo năm kết thúc</translation>
    </message>
    <message>
        <source>%1 (total %2)</source>
        <translation>%1 (tổng %2)</translation>
    </message>
    <message>
        <source>%1: %2 (%3%)</source>
        <translation>%1: %2 (%3%)</translation>
    </message>
    <message>
        <source>&amp;Copy chart</source>
        <translation>&amp;Sao chép biểu đồ</translation>
    </message>
    <message>
        <source>&amp;Save as PNG…</source>
        <translation>Lưu thành &amp;PNG…</translation>
    </message>
    <message>
        <source>The Network at a glance</source>
        <translation>Tổng quan về Mạng lưới</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Đang đếm…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Làm mới</translation>
    </message>
    <message>
        <source>Count again (F5)</source>
        <translation>Đếm lại (F5)</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Sao chép</translation>
    </message>
    <message>
        <source>Copy this chart as a picture, to paste into a report</source>
        <translation>Sao chép biểu đồ này dưới dạng hình ảnh để dán vào báo cáo</translation>
    </message>
    <message>
        <source>Copy chart</source>
        <translation>Sao chép biểu đồ</translation>
    </message>
    <message>
        <source>Save PNG…</source>
        <translation>Lưu PNG…</translation>
    </message>
    <message>
        <source>Save this chart as a PNG picture</source>
        <translation>Lưu biểu đồ này thành ảnh PNG</translation>
    </message>
    <message>
        <source>Save chart as PNG</source>
        <translation>Lưu biểu đồ thành PNG</translation>
    </message>
    <message>
        <source>Save the chart</source>
        <translation>Lưu biểu đồ</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>Ảnh PNG (*.png)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln practice(s)</source>
        <translation>
            <numerusform>%Ln thực tiễn</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln commitment(s)</source>
        <translation>
            <numerusform>%Ln cam kết</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln cities</source>
        <translation>
            <numerusform>%Ln thành phố</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to count yet: the charts fill in as the delegates&apos; bundles are taken in on the Inbox page.</source>
        <translation>Chưa có gì để đếm: các biểu đồ sẽ được điền khi gói dữ liệu của đại biểu được tiếp nhận trên trang Hộp thư đến.</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Không có dữ liệu</translation>
    </message>
    <message>
        <source>“%1” copied: paste it into your report.</source>
        <translation>Đã sao chép “%1”: hãy dán vào báo cáo của bạn.</translation>
    </message>
    <message>
        <source>The chart could not be saved to %1.</source>
        <translation>Không thể lưu biểu đồ vào %1.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Đã lưu %1.</translation>
    </message>
</context>
<context>
    <name>DateEditor</name>
    <message>
        <source>Choose on a calendar: %1</source>
        <translation>Chọn trên lịch: %1</translation>
    </message>
</context>
<context>
    <name>DateEntry</name>
    <message>
        <source>Choose the date on a calendar (Alt+Down)</source>
        <translation>Chọn ngày trên lịch (Alt+Xuống)</translation>
    </message>
    <message>
        <source>Choose on a calendar</source>
        <translation>Chọn trên lịch</translation>
    </message>
</context>
<context>
    <name>DelegatesPage</name>
    <message>
        <source>Delegates&apos; keys</source>
        <translation>Khóa của các đại biểu</translation>
    </message>
    <message>
        <source>No delegate has sent a bundle yet. A delegate&apos;s first bundle registers their key here, waiting for your approval.</source>
        <translation>Chưa có đại biểu nào gửi gói dữ liệu. Gói dữ liệu đầu tiên của một đại biểu sẽ đăng ký khóa của họ tại đây, chờ bạn phê duyệt.</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>&amp;Phê duyệt…</translation>
    </message>
    <message>
        <source>&amp;Revoke…</source>
        <translation>&amp;Thu hồi…</translation>
    </message>
    <message>
        <source>Write a &amp;receipt again…</source>
        <translation>Viết lại &amp;biên nhận…</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Làm &amp;mới</translation>
    </message>
    <message>
        <source>Approve the selected keys</source>
        <translation>Phê duyệt các khóa đã chọn</translation>
    </message>
    <message>
        <source>Revoke the selected key</source>
        <translation>Thu hồi khóa đã chọn</translation>
    </message>
    <message>
        <source>Write a receipt with the current state for this delegate</source>
        <translation>Viết biên nhận với tình trạng hiện tại cho đại biểu này</translation>
    </message>
    <message>
        <source>Load the registry again</source>
        <translation>Tải lại sổ đăng ký</translation>
    </message>
    <message>
        <source>Registry summary</source>
        <translation>Tóm tắt sổ đăng ký</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Missing bundles</source>
        <translation>Gói dữ liệu còn thiếu</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Thành phố</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>STT</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Đã nhận</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Bản ghi</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>Ý nghĩa</translation>
    </message>
    <message>
        <source>Bundles received from the selected key</source>
        <translation>Gói dữ liệu đã nhận từ khóa đã chọn</translation>
    </message>
    <message>
        <source>What this key has sent</source>
        <translation>Những gì khóa này đã gửi</translation>
    </message>
    <message numerus="yes">
        <source>%Ln waiting for approval</source>
        <translation>
            <numerusform>%Ln đang chờ phê duyệt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln approved</source>
        <translation>
            <numerusform>%Ln đã phê duyệt</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a key to see the bundles it has sent.</source>
        <translation>Chọn một khóa để xem các gói dữ liệu khóa đó đã gửi.</translation>
    </message>
    <message>
        <source>%1 — %2, %3 · %4 · first seen %5</source>
        <translation>%1 — %2, %3 · %4 · thấy lần đầu %5</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(không có tên)</translation>
    </message>
    <message>
        <source>No bundle is missing: every number up to the last one arrived.</source>
        <translation>Không thiếu gói dữ liệu nào: mọi số thứ tự đến số cuối cùng đều đã nhận.</translation>
    </message>
    <message>
        <source>Nothing received from this key is in the import log.</source>
        <translation>Nhật ký nhập không có gì nhận từ khóa này.</translation>
    </message>
    <message>
        <source>Not approved: nothing changed.</source>
        <translation>Chưa phê duyệt: không có gì thay đổi.</translation>
    </message>
    <message numerus="yes">
        <source>Approving %Ln key(s) and merging their held bundles…</source>
        <translation>
            <numerusform>Đang phê duyệt %Ln khóa và hợp nhất các gói dữ liệu đang tạm giữ…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln key(s)</source>
        <translation>
            <numerusform>%Ln khóa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Approved %1: %Ln held bundle(s) merged.</source>
        <translation>
            <numerusform>Đã phê duyệt %1: đã hợp nhất %Ln gói dữ liệu tạm giữ.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln refused:</source>
        <translation>
            <numerusform>%Ln bị từ chối:</numerusform>
        </translation>
    </message>
    <message>
        <source>Receipt written for %1: %2. Send it to the delegate.</source>
        <translation>Đã viết biên nhận cho %1: %2. Hãy gửi cho đại biểu.</translation>
    </message>
    <message>
        <source>Not revoked: nothing changed.</source>
        <translation>Chưa thu hồi: không có gì thay đổi.</translation>
    </message>
    <message>
        <source>Revoked the key of %1: its bundles will be refused from now on.</source>
        <translation>Đã thu hồi khóa của %1: từ nay các gói dữ liệu của khóa này sẽ bị từ chối.</translation>
    </message>
</context>
<context>
    <name>ExportsPage</name>
    <message>
        <source>E&amp;xcel workbook (XLSX): one sheet per table</source>
        <translation>Sổ làm việc E&amp;xcel (XLSX): mỗi bảng một trang tính</translation>
    </message>
    <message>
        <source>CS&amp;V files: one file per table, UTF-8</source>
        <translation>Tệp CS&amp;V: mỗi bảng một tệp, UTF-8</translation>
    </message>
    <message>
        <source>&amp;Export for analysis…</source>
        <translation>Xuất để &amp;phân tích…</translation>
    </message>
    <message>
        <source>Write practices, commitments, follow-up and questionnaire answers (Ctrl+E)</source>
        <translation>Ghi thực tiễn, cam kết, theo dõi và câu trả lời bảng câu hỏi (Ctrl+E)</translation>
    </message>
    <message>
        <source>For analysis</source>
        <translation>Để phân tích</translation>
    </message>
    <message>
        <source>Practices, commitments, their follow-up and the questionnaire answers, as tables to open in a spreadsheet or a statistics package.</source>
        <translation>Thực tiễn, cam kết, việc theo dõi và câu trả lời bảng câu hỏi, dưới dạng bảng để mở trong bảng tính hoặc phần mềm thống kê.</translation>
    </message>
    <message>
        <source>Write &amp;receipts…</source>
        <translation>Viết &amp;biên nhận…</translation>
    </message>
    <message>
        <source>One signed receipt per delegate with something to acknowledge (Ctrl+R)</source>
        <translation>Mỗi đại biểu có nội dung cần xác nhận nhận một biên nhận đã ký (Ctrl+R)</translation>
    </message>
    <message>
        <source>Write &amp;welcome pack…</source>
        <translation>Viết &amp;gói chào mừng…</translation>
    </message>
    <message>
        <source>The secretariat&apos;s keys, the questionnaires and the practices catalogue</source>
        <translation>Khóa của Ban Thư ký, các bảng câu hỏi và danh mục thực tiễn</translation>
    </message>
    <message>
        <source>For delegates</source>
        <translation>Cho đại biểu</translation>
    </message>
    <message>
        <source>Receipts tell each delegate what was taken in and how it was reviewed; the welcome pack brings the secretariat&apos;s key and the practices catalogue. Both are signed: send them by e-mail or on a USB stick.</source>
        <translation>Biên nhận cho mỗi đại biểu biết những gì đã được tiếp nhận và xem xét thế nào; gói chào mừng mang khóa của Ban Thư ký và danh mục thực tiễn. Cả hai đều được ký: hãy gửi qua thư điện tử hoặc USB.</translation>
    </message>
    <message>
        <source>Writing</source>
        <translation>Đang ghi</translation>
    </message>
    <message>
        <source>Nothing written yet in this session.</source>
        <translation>Chưa ghi gì trong phiên này.</translation>
    </message>
    <message>
        <source>Files written</source>
        <translation>Tệp đã ghi</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>&amp;Mở thư mục</translation>
    </message>
    <message>
        <source>Show the folder of the chosen file</source>
        <translation>Hiện thư mục của tệp đã chọn</translation>
    </message>
    <message>
        <source>Export for analysis</source>
        <translation>Xuất để phân tích</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Sổ làm việc Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Choose a folder for the CSV files</source>
        <translation>Chọn thư mục cho các tệp CSV</translation>
    </message>
    <message numerus="yes">
        <source>A receipt would tell %Ln delegate(s) of something new: %1</source>
        <translation>
            <numerusform>Biên nhận sẽ báo điều mới cho %Ln đại biểu: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Every delegate has been told of everything received.</source>
        <translation>Mọi đại biểu đã được báo về tất cả những gì đã nhận.</translation>
    </message>
    <message>
        <source>Exporting for analysis…</source>
        <translation>Đang xuất để phân tích…</translation>
    </message>
    <message numerus="yes">
        <source>Exported for analysis: %Ln file(s).</source>
        <translation>
            <numerusform>Đã xuất để phân tích: %Ln tệp.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a folder for the receipts</source>
        <translation>Chọn thư mục cho các biên nhận</translation>
    </message>
    <message>
        <source>Writing receipts…</source>
        <translation>Đang viết biên nhận…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln receipt(s) written: send each to its delegate.</source>
        <translation>
            <numerusform>Đã viết %Ln biên nhận: hãy gửi từng biên nhận cho đại biểu tương ứng.</numerusform>
        </translation>
    </message>
    <message>
        <source>No receipts were needed: every delegate has been told of everything received.</source>
        <translation>Không cần biên nhận: mọi đại biểu đã được thông báo về mọi thứ đã nhận.</translation>
    </message>
    <message>
        <source>Choose a folder for the welcome pack</source>
        <translation>Chọn thư mục cho gói chào mừng</translation>
    </message>
    <message>
        <source>Writing the welcome pack…</source>
        <translation>Đang viết gói chào mừng…</translation>
    </message>
    <message>
        <source>Welcome pack written: send it to the delegates with the secretariat&apos;s fingerprint.</source>
        <translation>Đã viết gói chào mừng: hãy gửi cho các đại biểu cùng dấu vân tay của Ban Thư ký.</translation>
    </message>
    <message>
        <source>Wait for the current work to finish, then try again.</source>
        <translation>Hãy chờ công việc hiện tại hoàn tất rồi thử lại.</translation>
    </message>
    <message>
        <source>The passphrase was not right: press the button again to try again. Nothing was written.</source>
        <translation>Cụm mật khẩu không đúng: nhấn nút lần nữa để thử lại. Chưa ghi gì.</translation>
    </message>
</context>
<context>
    <name>FollowUpPage</name>
    <message>
        <source>Re&amp;cognized by %1</source>
        <translation>Được &amp;công nhận trước %1</translation>
    </message>
    <message>
        <source>The Network recognizes the realization of a registered commitment (concept note: &quot;recognized in due course by 2010&quot;)</source>
        <translation>Mạng lưới công nhận việc thực hiện một cam kết đã đăng ký (văn bản khái niệm: &quot;được công nhận đúng hạn trước năm 2010&quot;)</translation>
    </message>
    <message>
        <source>Record a &amp;progress report…</source>
        <translation>Ghi &amp;báo cáo tiến độ…</translation>
    </message>
    <message>
        <source>Record a progress report of this commitment (Ctrl+N)</source>
        <translation>Ghi báo cáo tiến độ của cam kết này (Ctrl+N)</translation>
    </message>
    <message>
        <source>Progress reports</source>
        <translation>Báo cáo tiến độ</translation>
    </message>
    <message>
        <source>&lt;b&gt;No commitment chosen&lt;/b&gt;</source>
        <translation>&lt;b&gt;Chưa chọn cam kết&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Choose a commitment in the list to see its progress reports.</source>
        <translation>Chọn một cam kết trong danh sách để xem các báo cáo tiến độ.</translation>
    </message>
    <message>
        <source>Ends: %1</source>
        <translation>Kết thúc: %1</translation>
    </message>
    <message>
        <source>no end date given</source>
        <translation>chưa có ngày kết thúc</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Tình trạng: %1</translation>
    </message>
    <message>
        <source>Registered: %1</source>
        <translation>Đã đăng ký: %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>có</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>chưa</translation>
    </message>
    <message>
        <source>It can be recognized once it is registered on the Review page.</source>
        <translation>Cam kết có thể được công nhận sau khi đã đăng ký trên trang Xem xét.</translation>
    </message>
    <message>
        <source>Overdue: it was to end on %1 and is not reported completed.</source>
        <translation>Quá hạn: dự kiến kết thúc ngày %1 nhưng chưa được báo cáo hoàn thành.</translation>
    </message>
    <message>
        <source>Overdue: a milestone due before %1 is not reported reached.</source>
        <translation>Quá hạn: một mốc đến hạn trước %1 chưa được báo cáo đạt được.</translation>
    </message>
    <message>
        <source>Stalled: so says its latest progress report.</source>
        <translation>Đình trệ: theo báo cáo tiến độ gần nhất.</translation>
    </message>
    <message>
        <source>Stalled: no progress reported for more than six months.</source>
        <translation>Đình trệ: không có báo cáo tiến độ trong hơn sáu tháng.</translation>
    </message>
    <message>
        <source>No progress reported yet.</source>
        <translation>Chưa có báo cáo tiến độ.</translation>
    </message>
    <message>
        <source>Attention</source>
        <translation>Cần chú ý</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Thành phố</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Cam kết</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Ngày kết thúc</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>Last report</source>
        <translation>Báo cáo gần nhất</translation>
    </message>
    <message>
        <source>—</source>
        <comment>no report</comment>
        <translation>—</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Xem xét</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Người ghi</translation>
    </message>
    <message>
        <source>Secretariat</source>
        <translation>Ban Thư ký</translation>
    </message>
    <message>
        <source>Delegate</source>
        <translation>Đại biểu</translation>
    </message>
    <message>
        <source>Milestones reached</source>
        <translation>Mốc đã đạt</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Chỉ số</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Commitments followed up to %1</source>
        <translation>Cam kết được theo dõi đến %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Đang tải…</translation>
    </message>
    <message>
        <source>Follow-up as of</source>
        <translation>Theo dõi tính đến</translation>
    </message>
    <message>
        <source>Overdue and stalled are judged as of this date (by default today, or the end of the second cycle, %1, once it is past)</source>
        <translation>Quá hạn và đình trệ được đánh giá tính đến ngày này (mặc định là hôm nay, hoặc ngày kết thúc chu kỳ thứ hai, %1, khi đã qua)</translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation>&amp;Tính đến:</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Hôm nay</translation>
    </message>
    <message>
        <source>Judge the follow-up as of today</source>
        <translation>Đánh giá việc theo dõi tính đến hôm nay</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Làm mới</translation>
    </message>
    <message>
        <source>Read the commitments and reports again (F5)</source>
        <translation>Đọc lại các cam kết và báo cáo (F5)</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Hiển thị:</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tất cả</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <source>Stalled</source>
        <translation>Đình trệ</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>Hiển thị %1</translation>
    </message>
    <message>
        <source>Filter by city or title (Ctrl+F)</source>
        <translation>Lọc theo thành phố hoặc tiêu đề (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter by city or title</source>
        <translation>Lọc theo thành phố hoặc tiêu đề</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Tìm</translation>
    </message>
    <message>
        <source>Commitments followed up</source>
        <translation>Cam kết được theo dõi</translation>
    </message>
    <message>
        <source>No commitments yet, as of %1.</source>
        <translation>Chưa có cam kết nào tính đến %1.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln commitment(s) as of %1: </source>
        <translation>
            <numerusform>%Ln cam kết tính đến %1: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln overdue, </source>
        <translation>
            <numerusform>%Ln quá hạn, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln stalled, </source>
        <translation>
            <numerusform>%Ln đình trệ, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln recognized.</source>
        <translation>
            <numerusform>%Ln được công nhận.</numerusform>
        </translation>
    </message>
    <message>
        <source>No commitments to follow up yet. They arrive with the delegates&apos; bundles: take them in on the Inbox page.</source>
        <translation>Chưa có cam kết nào để theo dõi. Cam kết đến cùng gói dữ liệu của đại biểu: hãy tiếp nhận trên trang Hộp thư đến.</translation>
    </message>
    <message>
        <source>No commitment matches these words.</source>
        <translation>Không có cam kết nào khớp với các từ này.</translation>
    </message>
    <message>
        <source>Nothing is overdue as of %1.</source>
        <translation>Không có gì quá hạn tính đến %1.</translation>
    </message>
    <message>
        <source>Nothing is stalled as of %1.</source>
        <translation>Không có gì đình trệ tính đến %1.</translation>
    </message>
    <message>
        <source>No commitments to show.</source>
        <translation>Không có cam kết nào để hiển thị.</translation>
    </message>
    <message>
        <source>Recording the report…</source>
        <translation>Đang ghi báo cáo…</translation>
    </message>
    <message>
        <source>The progress report was recorded. It is dated %1, after the date shown: the figures are now as of that day.</source>
        <translation>Đã ghi báo cáo tiến độ. Báo cáo ghi ngày %1, sau ngày đang hiển thị: số liệu nay được tính đến ngày đó.</translation>
    </message>
    <message>
        <source>The progress report was recorded.</source>
        <translation>Đã ghi báo cáo tiến độ.</translation>
    </message>
    <message>
        <source>Recorded as recognized.</source>
        <translation>Đã ghi nhận là được công nhận.</translation>
    </message>
    <message>
        <source>The recognition was withdrawn.</source>
        <translation>Đã rút lại việc công nhận.</translation>
    </message>
    <message>
        <source>Only a registered commitment can be recognized. Register it on the Review page first, then recognize it here.</source>
        <translation>Chỉ cam kết đã đăng ký mới có thể được công nhận. Hãy đăng ký trên trang Xem xét trước, rồi công nhận tại đây.</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Chỉ số</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Giá trị</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Chưa bắt đầu</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>Đúng tiến độ</translation>
    </message>
    <message>
        <source>Delayed</source>
        <translation>Chậm trễ</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Hoàn thành</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Đã hủy</translation>
    </message>
    <message>
        <source>No report yet</source>
        <translation>Chưa có báo cáo</translation>
    </message>
    <message>
        <source>Overdue, stalled</source>
        <translation>Quá hạn, đình trệ</translation>
    </message>
    <message>
        <source>Stalled</source>
        <comment>attention</comment>
        <translation>Đình trệ</translation>
    </message>
    <message>
        <source>Recognized</source>
        <translation>Được công nhận</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Đã đăng ký</translation>
    </message>
    <message>
        <source>Not registered</source>
        <translation>Chưa đăng ký</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>KIN Desktop — the secretariat&apos;s guide</source>
        <translation>KIN Desktop — Hướng dẫn cho Ban Thư ký</translation>
    </message>
    <message>
        <source>KIN Desktop — the delegate&apos;s guide</source>
        <translation>KIN Desktop — Hướng dẫn cho đại biểu</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Trợ giúp</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History</source>
        <translation>Lịch sử</translation>
    </message>
    <message>
        <source>Revisions</source>
        <translation>Bản sửa đổi</translation>
    </message>
    <message>
        <source>Changes between the selected revisions</source>
        <translation>Thay đổi giữa các bản sửa đổi đã chọn</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>So sánh</translation>
    </message>
    <message>
        <source>Select one revision to see what it changed, or two to compare them.</source>
        <translation>Chọn một bản sửa đổi để xem nội dung thay đổi, hoặc chọn hai bản để so sánh.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln field(s) changed.</source>
        <translation>
            <numerusform>%Ln trường đã thay đổi.</numerusform>
        </translation>
    </message>
    <message>
        <source>No differences.</source>
        <translation>Không có khác biệt.</translation>
    </message>
    <message>
        <source>The first revision: nothing before it to compare with.</source>
        <translation>Bản sửa đổi đầu tiên: không có bản nào trước đó để so sánh.</translation>
    </message>
</context>
<context>
    <name>InboxPage</name>
    <message>
        <source>Import &amp;files…</source>
        <translation>Nhập &amp;tệp…</translation>
    </message>
    <message>
        <source>Choose bundle files to import (Ctrl+Shift+I)</source>
        <translation>Chọn tệp gói dữ liệu để nhập (Ctrl+Shift+I)</translation>
    </message>
    <message>
        <source>Import files</source>
        <translation>Nhập tệp</translation>
    </message>
    <message>
        <source>Import a f&amp;older…</source>
        <translation>Nhập thư &amp;mục…</translation>
    </message>
    <message>
        <source>Import every bundle in a folder (Ctrl+Shift+D)</source>
        <translation>Nhập mọi gói dữ liệu trong một thư mục (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <source>Import a folder</source>
        <translation>Nhập thư mục</translation>
    </message>
    <message>
        <source>From the inbox &amp;service</source>
        <translation>Từ &amp;dịch vụ hộp thư</translation>
    </message>
    <message>
        <source>Fetch and import the bundles delegates sent to the inbox service, then send it the receipts, the welcome pack and the key list (F9)</source>
        <translation>Tải về và nhập các gói dữ liệu đại biểu đã gửi đến dịch vụ hộp thư, rồi gửi lên đó biên nhận, gói chào mừng và danh sách khóa (F9)</translation>
    </message>
    <message>
        <source>Or drop bundle files or folders here.</source>
        <translation>Hoặc thả tệp hay thư mục gói dữ liệu vào đây.</translation>
    </message>
    <message>
        <source>&amp;Watch folder</source>
        <translation>The&amp;o dõi thư mục</translation>
    </message>
    <message>
        <source>Import new bundles saved into this folder automatically (for example a mail attachments folder)</source>
        <translation>Tự động nhập các gói dữ liệu mới được lưu vào thư mục này (ví dụ thư mục tệp đính kèm thư)</translation>
    </message>
    <message>
        <source>No folder chosen</source>
        <translation>Chưa chọn thư mục</translation>
    </message>
    <message>
        <source>Watched folder</source>
        <translation>Thư mục được theo dõi</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Chọn…</translation>
    </message>
    <message>
        <source>Choose the watched folder</source>
        <translation>Chọn thư mục được theo dõi</translation>
    </message>
    <message>
        <source>Bundles from delegates</source>
        <translation>Gói dữ liệu từ đại biểu</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Tiến trình nhập</translation>
    </message>
    <message>
        <source>%v of %m files</source>
        <translation>%v / %m tệp</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Hủy</translation>
    </message>
    <message>
        <source>Stop after the current file (Esc)</source>
        <translation>Dừng sau tệp hiện tại (Esc)</translation>
    </message>
    <message>
        <source>Nothing imported in this session yet.</source>
        <translation>Chưa nhập gì trong phiên này.</translation>
    </message>
    <message>
        <source>Import status</source>
        <translation>Tình trạng nhập</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Thành phố</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Bản ghi</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>Ý nghĩa</translation>
    </message>
    <message>
        <source>Outcome of each file</source>
        <translation>Kết quả của từng tệp</translation>
    </message>
    <message>
        <source>Import bundles to see here, file by file, what was merged and what was refused and why.</source>
        <translation>Hãy nhập gói dữ liệu để xem tại đây, theo từng tệp, những gì đã được hợp nhất, những gì bị từ chối và lý do.</translation>
    </message>
    <message>
        <source>Last import</source>
        <translation>Lần nhập gần nhất</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Đã nhận</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>STT</translation>
    </message>
    <message>
        <source>City, date (2007-03-14) or outcome</source>
        <translation>Thành phố, ngày (2007-03-14) hoặc kết quả</translation>
    </message>
    <message>
        <source>Search the import log</source>
        <translation>Tìm trong nhật ký nhập</translation>
    </message>
    <message>
        <source>&amp;Search the log:</source>
        <translation>Tìm trong &amp;nhật ký:</translation>
    </message>
    <message>
        <source>Outcome filter</source>
        <translation>Lọc kết quả</translation>
    </message>
    <message>
        <source>Any outcome</source>
        <translation>Mọi kết quả</translation>
    </message>
    <message>
        <source>O&amp;utcome:</source>
        <translation>&amp;Kết quả:</translation>
    </message>
    <message>
        <source>Number of log entries shown</source>
        <translation>Số mục nhật ký được hiển thị</translation>
    </message>
    <message>
        <source>Show files set &amp;aside…</source>
        <translation>Hiện các tệp được để &amp;riêng…</translation>
    </message>
    <message>
        <source>Open the folder of quarantined files: bundles kept whole as evidence (a reused number, other content under a change already received) or for inspection (a file that failed unexpectedly)</source>
        <translation>Mở thư mục chứa các tệp bị cách ly: gói dữ liệu được giữ nguyên làm bằng chứng (số thứ tự bị dùng lại, nội dung khác cho một thay đổi đã nhận) hoặc để kiểm tra (tệp bị lỗi bất thường)</translation>
    </message>
    <message>
        <source>Search the log</source>
        <translation>Tìm trong nhật ký</translation>
    </message>
    <message>
        <source>Import log</source>
        <translation>Nhật ký nhập</translation>
    </message>
    <message>
        <source>The import log is empty: no bundle has been imported yet.</source>
        <translation>Nhật ký nhập trống: chưa nhập gói dữ liệu nào.</translation>
    </message>
    <message>
        <source>Waiting for the current import to finish…</source>
        <translation>Đang chờ lần nhập hiện tại hoàn tất…</translation>
    </message>
    <message numerus="yes">
        <source>Inbox service: %Ln bundle(s) fetched.</source>
        <translation>
            <numerusform>Dịch vụ hộp thư: đã tải về %Ln gói dữ liệu.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln receipt(s) sent.</source>
        <translation>
            <numerusform>Đã gửi %Ln biên nhận.</numerusform>
        </translation>
    </message>
    <message>
        <source>The welcome pack was updated.</source>
        <translation>Đã cập nhật gói chào mừng.</translation>
    </message>
    <message>
        <source>Stopped early: %1</source>
        <translation>Đã dừng sớm: %1</translation>
    </message>
    <message numerus="yes">
        <source>Importing %Ln item(s)…</source>
        <translation>
            <numerusform>Đang nhập %Ln mục…</numerusform>
        </translation>
    </message>
    <message>
        <source>Fetching from the inbox service…</source>
        <translation>Đang tải về từ dịch vụ hộp thư…</translation>
    </message>
    <message>
        <source>Stopping after the current file…</source>
        <translation>Đang dừng sau tệp hiện tại…</translation>
    </message>
    <message>
        <source>No bundles (*.kinb) were found in what you chose.</source>
        <translation>Không tìm thấy gói dữ liệu nào (*.kinb) trong mục bạn đã chọn.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) merged</source>
        <translation>
            <numerusform>%Ln tệp đã hợp nhất</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already received</source>
        <translation>
            <numerusform>%Ln đã nhận trước đó</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln held until their key is approved</source>
        <translation>
            <numerusform>%Ln đang tạm giữ chờ phê duyệt khóa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln refused: see why below</source>
        <translation>
            <numerusform>%Ln bị từ chối: xem lý do bên dưới</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped. </source>
        <translation>Đã dừng. </translation>
    </message>
    <message>
        <source>No log entry matches the search.</source>
        <translation>Không có mục nhật ký nào khớp với nội dung tìm kiếm.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries</source>
        <translation>
            <numerusform>%Ln mục</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln entries</source>
        <translation>
            <numerusform>%1 trong %Ln mục</numerusform>
        </translation>
    </message>
    <message>
        <source>The folder %1 cannot be watched: it does not exist.</source>
        <translation>Không thể theo dõi thư mục %1: thư mục không tồn tại.</translation>
    </message>
    <message>
        <source>Watching %1: new bundles saved there are imported automatically.</source>
        <translation>Đang theo dõi %1: các gói dữ liệu mới lưu vào đó được nhập tự động.</translation>
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
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Xóa %1</translation>
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
        <translation>Đang mở hồ sơ…</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Các mục</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Đang mở %1…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>&amp;Import files…</source>
        <translation>&amp;Nhập tệp…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Cài đặt…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>T&amp;hoát</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>Đ&amp;i tới</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>T&amp;rợ giúp</translation>
    </message>
    <message>
        <source>&amp;Guide</source>
        <translation>&amp;Hướng dẫn</translation>
    </message>
    <message>
        <source>&amp;About KIN Desktop</source>
        <translation>&amp;Giới thiệu KIN Desktop</translation>
    </message>
    <message>
        <source>Preparing the demo profile: the first time takes a few seconds…</source>
        <translation>Đang chuẩn bị hồ sơ minh họa: lần đầu mất vài giây…</translation>
    </message>
    <message>
        <source>Copying the demo profile…</source>
        <translation>Đang sao chép hồ sơ minh họa…</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>Đang mở cơ sở dữ liệu…</translation>
    </message>
    <message>
        <source>Upgrading the database to this version (a backup is made first)…</source>
        <translation>Đang nâng cấp cơ sở dữ liệu lên phiên bản này (sẽ tạo bản sao lưu trước)…</translation>
    </message>
    <message>
        <source>Reading the questionnaire and counting the records…</source>
        <translation>Đang đọc bảng câu hỏi và đếm các bản ghi…</translation>
    </message>
    <message>
        <source>Welcome to KIN Desktop</source>
        <translation>Chào mừng đến với KIN Desktop</translation>
    </message>
    <message>
        <source>This computer has no profile yet. Set it up for your city delegation (or for the Network Secretariat); it takes a minute and works offline.</source>
        <translation>Máy tính này chưa có hồ sơ. Hãy thiết lập cho đoàn đại biểu thành phố của bạn (hoặc cho Ban Thư ký Mạng lưới); việc này mất khoảng một phút và không cần Internet.</translation>
    </message>
    <message>
        <source>&amp;Set up this computer…</source>
        <translation>&amp;Thiết lập máy tính này…</translation>
    </message>
    <message>
        <source>No profile yet</source>
        <translation>Chưa có hồ sơ</translation>
    </message>
    <message>
        <source>This profile cannot be opened</source>
        <translation>Không thể mở hồ sơ này</translation>
    </message>
    <message>
        <source>Could not open the profile</source>
        <translation>Không mở được hồ sơ</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>Tổng &amp;quan</translation>
    </message>
    <message>
        <source>&amp;Questionnaire</source>
        <translation>&amp;Bảng câu hỏi</translation>
    </message>
    <message>
        <source>&amp;Practices</source>
        <translation>&amp;Thực tiễn</translation>
    </message>
    <message>
        <source>&amp;Commitments</source>
        <translation>&amp;Cam kết</translation>
    </message>
    <message>
        <source>Out&amp;box</source>
        <translation>Hộp thư đ&amp;i</translation>
    </message>
    <message>
        <source>&amp;Inbox</source>
        <translation>&amp;Hộp thư đến</translation>
    </message>
    <message>
        <source>&amp;Delegates</source>
        <translation>Đại biể&amp;u</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Xem xét</translation>
    </message>
    <message>
        <source>&amp;Follow-up</source>
        <translation>Th&amp;eo dõi</translation>
    </message>
    <message>
        <source>&amp;Matching</source>
        <translation>Đối &amp;sánh</translation>
    </message>
    <message>
        <source>D&amp;ashboard</source>
        <translation>Bảng điều &amp;khiển</translation>
    </message>
    <message>
        <source>&amp;Exports</source>
        <translation>Xuất dữ &amp;liệu</translation>
    </message>
    <message>
        <source>&amp;Questionnaires</source>
        <translation>&amp;Bảng câu hỏi</translation>
    </message>
    <message>
        <source>Preparing the form…</source>
        <translation>Đang chuẩn bị biểu mẫu…</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Sẵn sàng</translation>
    </message>
    <message>
        <source>Commitment form</source>
        <translation>Biểu mẫu cam kết</translation>
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
            <numerusform>%Ln bản ghi đang chờ xuất</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported; waiting for the secretariat&apos;s receipt</source>
        <translation>Đã xuất; đang chờ biên nhận của Ban Thư ký</translation>
    </message>
    <message>
        <source>Nothing sent yet</source>
        <translation>Chưa gửi gì</translation>
    </message>
    <message>
        <source>Everything acknowledged by the secretariat</source>
        <translation>Ban Thư ký đã xác nhận tất cả</translation>
    </message>
    <message>
        <source>Network Secretariat</source>
        <translation>Ban Thư ký Mạng lưới</translation>
    </message>
    <message>
        <source>KIN Desktop — Secretariat</source>
        <translation>KIN Desktop — Ban Thư ký</translation>
    </message>
</context>
<context>
    <name>MatchingPage</name>
    <message>
        <source>Improving</source>
        <translation>Đang cải thiện</translation>
    </message>
    <message>
        <source>Stable</source>
        <translation>Ổn định</translation>
    </message>
    <message>
        <source>Worsening</source>
        <translation>Đang xấu đi</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Không nêu</translation>
    </message>
    <message>
        <source>minor</source>
        <translation>nhẹ</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>trung bình</translation>
    </message>
    <message>
        <source>serious</source>
        <translation>nghiêm trọng</translation>
    </message>
    <message>
        <source>very serious</source>
        <comment>severity 4</comment>
        <translation>rất nghiêm trọng</translation>
    </message>
    <message>
        <source>very serious</source>
        <comment>severity 5</comment>
        <translation>đặc biệt nghiêm trọng</translation>
    </message>
    <message>
        <source>%1 of 5 (%2)</source>
        <translation>%1 trên 5 (%2)</translation>
    </message>
    <message>
        <source>Not ranked</source>
        <translation>Chưa xếp hạng</translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation>Số %1</translation>
    </message>
    <message>
        <source>severity %1 of 5</source>
        <translation>mức độ nghiêm trọng %1 trên 5</translation>
    </message>
    <message>
        <source>priority %1</source>
        <translation>ưu tiên %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>a win-win practice: environmental and economic benefits</source>
        <translation>một thực tiễn cùng có lợi: lợi ích về môi trường và kinh tế</translation>
    </message>
    <message>
        <source>registered by the secretariat</source>
        <translation>được Ban Thư ký đăng ký</translation>
    </message>
    <message>
        <source>Challenge</source>
        <translation>Thách thức</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Mức độ</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Xu hướng</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Ưu tiên</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Hạng</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Điểm</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Thực tiễn</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Thành phố</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Quốc gia</translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <source>Win-win</source>
        <translation>Cùng có lợi</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>&amp;Thành phố:</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Làm mới</translation>
    </message>
    <message>
        <source>Read the cities, challenges and practices again (F5)</source>
        <translation>Đọc lại các thành phố, thách thức và thực tiễn (F5)</translation>
    </message>
    <message>
        <source>Challenges of the city</source>
        <translation>Thách thức của thành phố</translation>
    </message>
    <message>
        <source>Challenges it faces</source>
        <translation>Các thách thức thành phố gặp phải</translation>
    </message>
    <message>
        <source>Practices of other cities</source>
        <translation>Thực tiễn của các thành phố khác</translation>
    </message>
    <message>
        <source>Practices of other cities that address them</source>
        <translation>Thực tiễn của các thành phố khác giải quyết các thách thức đó</translation>
    </message>
    <message>
        <source>The chosen practice</source>
        <translation>Thực tiễn đã chọn</translation>
    </message>
    <message>
        <source>Search the catalogue</source>
        <translation>Tìm trong danh mục</translation>
    </message>
    <message>
        <source>Practices catalogue</source>
        <translation>Danh mục thực tiễn</translation>
    </message>
    <message>
        <source>Practice details</source>
        <translation>Chi tiết thực tiễn</translation>
    </message>
    <message>
        <source>&amp;Matches for a city</source>
        <translation>Đối &amp;sánh cho một thành phố</translation>
    </message>
    <message>
        <source>Practices &amp;catalogue</source>
        <translation>&amp;Danh mục thực tiễn</translation>
    </message>
    <message>
        <source>Nothing in the catalogue matches “%1”.</source>
        <translation>Không có mục nào trong danh mục khớp với “%1”.</translation>
    </message>
    <message>
        <source>No practice is registered for the catalogue yet.</source>
        <translation>Chưa có thực tiễn nào được đăng ký vào danh mục.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln registered practice(s) go to every delegate with the welcome pack.</source>
        <translation>
            <numerusform>%Ln thực tiễn đã đăng ký được gửi đến mọi đại biểu cùng gói chào mừng.</numerusform>
        </translation>
    </message>
    <message>
        <source>The catalogue is empty: practices enter it once they are registered on the Review page.</source>
        <translation>Danh mục đang trống: thực tiễn được đưa vào danh mục sau khi được đăng ký trên trang Xem xét.</translation>
    </message>
    <message>
        <source>No delegations yet: take in their bundles on the Inbox page, then come back here.</source>
        <translation>Chưa có đoàn đại biểu nào: hãy tiếp nhận gói dữ liệu của họ trên trang Hộp thư đến rồi quay lại đây.</translation>
    </message>
    <message>
        <source>Choose a city to see the challenges it faces.</source>
        <translation>Chọn một thành phố để xem các thách thức thành phố gặp phải.</translation>
    </message>
    <message>
        <source>Looking for practices…</source>
        <translation>Đang tìm thực tiễn…</translation>
    </message>
    <message>
        <source>Delegate: %1</source>
        <translation>Đại biểu: %1</translation>
    </message>
    <message>
        <source>questionnaire complete</source>
        <translation>bảng câu hỏi đã hoàn thành</translation>
    </message>
    <message>
        <source>questionnaire not complete</source>
        <translation>bảng câu hỏi chưa hoàn thành</translation>
    </message>
    <message>
        <source>This city&apos;s questionnaire names no challenges yet: matches appear once it is answered.</source>
        <translation>Bảng câu hỏi của thành phố này chưa nêu thách thức nào: kết quả đối sánh sẽ hiện khi bảng câu hỏi được trả lời.</translation>
    </message>
    <message>
        <source>No practice of another city addresses these challenges yet.</source>
        <translation>Chưa có thực tiễn nào của thành phố khác giải quyết các thách thức này.</translation>
    </message>
    <message>
        <source>No challenges, so nothing to match.</source>
        <translation>Không có thách thức nên không có gì để đối sánh.</translation>
    </message>
    <message>
        <source>Choose a practice to see why it was suggested.</source>
        <translation>Chọn một thực tiễn để xem lý do được gợi ý.</translation>
    </message>
    <message>
        <source>Score: %1</source>
        <translation>Điểm: %1</translation>
    </message>
    <message>
        <source>Sectors: %1</source>
        <translation>Lĩnh vực: %1</translation>
    </message>
    <message>
        <source>none given</source>
        <translation>không nêu</translation>
    </message>
    <message>
        <source>Registered by the secretariat</source>
        <translation>Được Ban Thư ký đăng ký</translation>
    </message>
    <message>
        <source>Not registered yet</source>
        <translation>Chưa đăng ký</translation>
    </message>
    <message>
        <source>A win-win practice: environmental, social and economic benefits</source>
        <translation>Một thực tiễn cùng có lợi: lợi ích về môi trường, xã hội và kinh tế</translation>
    </message>
    <message>
        <source>Why it was suggested</source>
        <translation>Lý do được gợi ý</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Tóm tắt</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Vấn đề</translation>
    </message>
    <message>
        <source>Approach</source>
        <translation>Cách tiếp cận</translation>
    </message>
    <message>
        <source>Environmental benefits</source>
        <translation>Lợi ích môi trường</translation>
    </message>
    <message>
        <source>Social benefits</source>
        <translation>Lợi ích xã hội</translation>
    </message>
    <message>
        <source>Economic benefits</source>
        <translation>Lợi ích kinh tế</translation>
    </message>
    <message>
        <source>Replicability</source>
        <translation>Khả năng nhân rộng</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge “%1”</source>
        <translation>Hợp nhất “%1”</translation>
    </message>
    <message>
        <source>For each field that differs, check the value to keep (Space checks the selected cell). Fields that are the same on both devices are kept as they are.</source>
        <translation>Với mỗi trường khác nhau, hãy đánh dấu giá trị cần giữ (phím Space đánh dấu ô đang chọn). Các trường giống nhau trên cả hai thiết bị được giữ nguyên.</translation>
    </message>
    <message>
        <source>Fields to merge</source>
        <translation>Các trường cần hợp nhất</translation>
    </message>
    <message>
        <source>&amp;Save the merge</source>
        <translation>&amp;Lưu kết quả hợp nhất</translation>
    </message>
</context>
<context>
    <name>OutboxPage</name>
    <message>
        <source>Confirm the secretariat&apos;s key</source>
        <translation>Xác nhận khóa của Ban Thư ký</translation>
    </message>
    <message>
        <source>This welcome pack is signed by the key with this fingerprint:

%1

Does it match the fingerprint printed in your invitation letter? Only say yes if every group matches: from now on, only this key will be trusted.</source>
        <translation>Gói chào mừng này được ký bằng khóa có dấu vân tay:

%1

Dấu vân tay này có khớp với dấu vân tay in trong thư mời của bạn không? Chỉ trả lời có nếu mọi nhóm ký tự đều khớp: từ nay chỉ khóa này được tin cậy.</translation>
    </message>
    <message>
        <source>&amp;Export bundle…</source>
        <translation>&amp;Xuất gói dữ liệu…</translation>
    </message>
    <message>
        <source>Save the changes not yet acknowledged to a file for the secretariat (Ctrl+E)</source>
        <translation>Lưu các thay đổi chưa được xác nhận vào một tệp để gửi Ban Thư ký (Ctrl+E)</translation>
    </message>
    <message>
        <source>Export e&amp;verything…</source>
        <translation>Xuất &amp;tất cả…</translation>
    </message>
    <message>
        <source>Include everything, also what the secretariat acknowledged</source>
        <translation>Bao gồm tất cả, kể cả những gì Ban Thư ký đã xác nhận</translation>
    </message>
    <message>
        <source>To the secretariat</source>
        <translation>Gửi Ban Thư ký</translation>
    </message>
    <message>
        <source>&amp;Import welcome pack or receipt…</source>
        <translation>&amp;Nhập gói chào mừng hoặc biên nhận…</translation>
    </message>
    <message>
        <source>Or drop the files onto this window.</source>
        <translation>Hoặc thả các tệp vào cửa sổ này.</translation>
    </message>
    <message>
        <source>From the secretariat</source>
        <translation>Từ Ban Thư ký</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Tiến trình</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Hủy</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Chi tiết</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>STT</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Đã xuất</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Thay đổi</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Đã nhận</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Đã xác nhận</translation>
    </message>
    <message>
        <source>Review notes</source>
        <translation>Ghi chú xem xét</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Thực tiễn</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Thành phố</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Quốc gia</translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <source>Search the catalogue</source>
        <translation>Tìm trong danh mục</translation>
    </message>
    <message>
        <source>Practices catalogue</source>
        <translation>Danh mục thực tiễn</translation>
    </message>
    <message>
        <source>Practice details</source>
        <translation>Chi tiết thực tiễn</translation>
    </message>
    <message>
        <source>No catalogue yet: it arrives with the secretariat&apos;s welcome pack.</source>
        <translation>Chưa có danh mục: danh mục đến cùng gói chào mừng của Ban Thư ký.</translation>
    </message>
    <message>
        <source>Last import</source>
        <translation>Lần nhập gần nhất</translation>
    </message>
    <message>
        <source>Bundles sent</source>
        <translation>Gói dữ liệu đã gửi</translation>
    </message>
    <message>
        <source>Receipts received</source>
        <translation>Biên nhận đã nhận</translation>
    </message>
    <message>
        <source>Nothing in the catalogue matches “%1”.</source>
        <translation>Không có mục nào trong danh mục khớp với “%1”.</translation>
    </message>
    <message>
        <source>Save the bundle</source>
        <translation>Lưu gói dữ liệu</translation>
    </message>
    <message>
        <source>KIN bundles (*.kinb)</source>
        <translation>Gói dữ liệu KIN (*.kinb)</translation>
    </message>
    <message>
        <source>Import from the secretariat</source>
        <translation>Nhập từ Ban Thư ký</translation>
    </message>
    <message>
        <source>KIN files (*.kinw *.kinr);;Welcome packs (*.kinw);;Receipts (*.kinr)</source>
        <translation>Tệp KIN (*.kinw *.kinr);;Gói chào mừng (*.kinw);;Biên nhận (*.kinr)</translation>
    </message>
    <message>
        <source>Not yet acknowledged by the secretariat: </source>
        <translation>Ban Thư ký chưa xác nhận: </translation>
    </message>
    <message>
        <source>(attachments: %1)</source>
        <translation>(tệp đính kèm: %1)</translation>
    </message>
    <message>
        <source>Nothing sent yet, and nothing to send.</source>
        <translation>Chưa gửi gì và không có gì để gửi.</translation>
    </message>
    <message>
        <source>Nothing to send: the secretariat has acknowledged everything.</source>
        <translation>Không có gì để gửi: Ban Thư ký đã xác nhận tất cả.</translation>
    </message>
    <message>
        <source>Signed form out of date: %1. These commitments changed after their form was printed; print the forms again and have them signed before you send the paper.</source>
        <translation>Biểu mẫu đã ký không còn cập nhật: %1. Các cam kết này đã thay đổi sau khi in biểu mẫu; hãy in lại biểu mẫu và ký trước khi gửi bản giấy.</translation>
    </message>
    <message>
        <source>Bundles are encrypted for: %1</source>
        <translation>Gói dữ liệu được mã hóa cho: %1</translation>
    </message>
    <message>
        <source>Import the secretariat&apos;s welcome pack first: it brings the key your bundles are encrypted for.</source>
        <translation>Hãy nhập gói chào mừng của Ban Thư ký trước: gói này mang khóa dùng để mã hóa gói dữ liệu của bạn.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln questionnaire response(s)</source>
        <translation>
            <numerusform>%Ln phiếu trả lời bảng câu hỏi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln practice(s)</source>
        <translation>
            <numerusform>%Ln thực tiễn</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln commitment(s)</source>
        <translation>
            <numerusform>%Ln cam kết</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln attachment(s)</source>
        <translation>
            <numerusform>%Ln tệp đính kèm</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln progress report(s)</source>
        <translation>
            <numerusform>%Ln báo cáo tiến độ</numerusform>
        </translation>
    </message>
    <message>
        <source>Taken in</source>
        <translation>Đã tiếp nhận</translation>
    </message>
    <message>
        <source>Already taken in</source>
        <translation>Đã tiếp nhận trước đó</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Tạm giữ</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Bị từ chối</translation>
    </message>
    <message>
        <source>Set aside</source>
        <translation>Để riêng</translation>
    </message>
    <message>
        <source>Failed, kept for inspection</source>
        <translation>Lỗi, được giữ lại để kiểm tra</translation>
    </message>
    <message>
        <source>Stopping after the current file…</source>
        <translation>Đang dừng sau tệp hiện tại…</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Đang xuất…</translation>
    </message>
    <message>
        <source>Nothing was waiting to be sent; no file was written.</source>
        <translation>Không có gì chờ gửi; chưa ghi tệp nào.</translation>
    </message>
    <message numerus="yes">
        <source>Saved %1: %Ln change(s), %2. Give this file to the secretariat.</source>
        <translation>
            <numerusform>Đã lưu %1: %Ln thay đổi, %2. Hãy gửi tệp này cho Ban Thư ký.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wait for the current work to finish, then try again.</source>
        <translation>Hãy chờ công việc hiện tại hoàn tất rồi thử lại.</translation>
    </message>
    <message>
        <source>The welcome pack was not taken in: its key was not confirmed.</source>
        <translation>Chưa tiếp nhận gói chào mừng: khóa của gói chưa được xác nhận.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Đang nhập…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) taken in.</source>
        <translation>
            <numerusform>Đã tiếp nhận %Ln tệp.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) refused: see the reasons below.</source>
        <translation>
            <numerusform>%Ln tệp bị từ chối: xem lý do bên dưới.</numerusform>
        </translation>
    </message>
    <message>
        <source>No welcome packs or receipts were found in what you chose.</source>
        <translation>Không tìm thấy gói chào mừng hay biên nhận nào trong mục bạn đã chọn.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Vấn đề</translation>
    </message>
    <message>
        <source>Approach</source>
        <translation>Cách tiếp cận</translation>
    </message>
    <message>
        <source>Environmental benefits</source>
        <translation>Lợi ích môi trường</translation>
    </message>
    <message>
        <source>Social benefits</source>
        <translation>Lợi ích xã hội</translation>
    </message>
    <message>
        <source>Economic benefits</source>
        <translation>Lợi ích kinh tế</translation>
    </message>
    <message>
        <source>Replicability</source>
        <translation>Khả năng nhân rộng</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Draft</source>
        <translation>Bản nháp</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Sẵn sàng</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Đã gửi</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Đã xác nhận</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Đã đăng ký</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Đang tải…</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Hồ sơ</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Họ tên:</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>Tổ chức:</translation>
    </message>
    <message>
        <source>City:</source>
        <translation>Thành phố:</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>Quốc gia:</translation>
    </message>
    <message>
        <source>Key fingerprint:</source>
        <translation>Dấu vân tay khóa:</translation>
    </message>
    <message>
        <source>no key yet</source>
        <translation>chưa có khóa</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>Bảng câu hỏi</translation>
    </message>
    <message>
        <source>does not apply</source>
        <translation>không áp dụng</translation>
    </message>
    <message>
        <source>%1 of %2 required answers</source>
        <translation>%1 trên %2 câu trả lời bắt buộc</translation>
    </message>
    <message>
        <source>%1 of %2 optional questions answered</source>
        <translation>Đã trả lời %1 trên %2 câu hỏi không bắt buộc</translation>
    </message>
    <message>
        <source>Overall: %1% complete</source>
        <translation>Tổng thể: hoàn thành %1%</translation>
    </message>
    <message>
        <source>Practices and commitments</source>
        <translation>Thực tiễn và cam kết</translation>
    </message>
    <message>
        <source>Practices</source>
        <translation>Thực tiễn</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>Cam kết</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Hộp thư đi</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) changed since the last export</source>
        <translation>
            <numerusform>%Ln bản ghi đã thay đổi kể từ lần xuất gần nhất</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing new to send</source>
        <translation>Không có gì mới để gửi</translation>
    </message>
    <message>
        <source>Waiting:</source>
        <translation>Đang chờ:</translation>
    </message>
    <message>
        <source>Nothing sent yet</source>
        <translation>Chưa gửi gì</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) sent but not yet acknowledged</source>
        <translation>
            <numerusform>%Ln bản ghi đã gửi nhưng chưa được xác nhận</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything sent is acknowledged</source>
        <translation>Mọi nội dung đã gửi đều được xác nhận</translation>
    </message>
    <message>
        <source>Awaiting receipt:</source>
        <translation>Chờ biên nhận:</translation>
    </message>
    <message>
        <source>Last export:</source>
        <translation>Lần xuất gần nhất:</translation>
    </message>
    <message>
        <source>never</source>
        <translation>chưa bao giờ</translation>
    </message>
    <message numerus="yes">
        <source>No. %1 of %2: %Ln change(s) acknowledged</source>
        <translation>
            <numerusform>Số %1 / %2: %Ln thay đổi đã được xác nhận</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %Ln review(s) by the secretariat</source>
        <translation>
            <numerusform>, %Ln lượt xem xét của Ban Thư ký</numerusform>
        </translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>chưa có</translation>
    </message>
    <message>
        <source>Last receipt:</source>
        <translation>Biên nhận gần nhất:</translation>
    </message>
    <message numerus="yes">
        <source>%Ln commitment(s) changed since the form was printed: print again and have it signed</source>
        <translation>
            <numerusform>%Ln cam kết đã thay đổi kể từ khi in biểu mẫu: hãy in lại và ký</numerusform>
        </translation>
    </message>
    <message>
        <source>Signed forms:</source>
        <translation>Biểu mẫu đã ký:</translation>
    </message>
    <message>
        <source>The secretariat asks for corrections</source>
        <translation>Ban Thư ký yêu cầu chỉnh sửa</translation>
    </message>
    <message>
        <source>(no comment)</source>
        <translation>(không có nhận xét)</translation>
    </message>
    <message>
        <source>Corrected: export it from the Outbox</source>
        <translation>Đã chỉnh sửa: hãy xuất từ Hộp thư đi</translation>
    </message>
    <message>
        <source>To correct</source>
        <translation>Cần chỉnh sửa</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Mở %1</translation>
    </message>
</context>
<context>
    <name>PaperBanner</name>
    <message>
        <source>Printed form</source>
        <translation>Biểu mẫu đã in</translation>
    </message>
    <message>
        <source>Change it &amp;anyway</source>
        <translation>&amp;Vẫn thay đổi</translation>
    </message>
    <message>
        <source>Unlock the form: the signed paper will no longer match and must be printed and signed again</source>
        <translation>Mở khóa biểu mẫu: bản giấy đã ký sẽ không còn khớp và phải được in và ký lại</translation>
    </message>
    <message>
        <source>The form printed on %1 no longer matches this commitment: it was changed since. Print the form again (Ctrl+P) and have the new paper signed.</source>
        <translation>Biểu mẫu in ngày %1 không còn khớp với cam kết này: cam kết đã được thay đổi sau đó. Hãy in lại biểu mẫu (Ctrl+P) và ký bản giấy mới.</translation>
    </message>
    <message>
        <source>A form of this version was printed on %1 for the mayor&apos;s signature. The signed paper covers everything on the form: title, type, sectors, objectives, description, targets and indicators, partners, timeline and milestones, budget and funding, and the signatory. Changing any of it makes the paper out of date.</source>
        <translation>Một biểu mẫu của phiên bản này đã được in ngày %1 để Thị trưởng ký. Bản giấy đã ký bao gồm mọi nội dung trên biểu mẫu: tiêu đề, loại, lĩnh vực, mục tiêu, mô tả, chỉ tiêu và chỉ số, đối tác, tiến độ và các mốc, ngân sách và nguồn vốn, và người ký. Thay đổi bất kỳ nội dung nào sẽ làm bản giấy không còn giá trị.</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Unlock your key</source>
        <translation>Mở khóa của bạn</translation>
    </message>
    <message>
        <source>This computer has no system keyring, so your key is kept in a file locked with a passphrase. Enter it to sign or open bundles:</source>
        <translation>Máy tính này không có kho khóa hệ thống, nên khóa của bạn được giữ trong một tệp khóa bằng cụm mật khẩu. Hãy nhập cụm mật khẩu để ký hoặc mở gói dữ liệu:</translation>
    </message>
</context>
<context>
    <name>PracticeEditor</name>
    <message>
        <source>Practice</source>
        <translation>Thực tiễn</translation>
    </message>
    <message>
        <source>practice</source>
        <translation>thực tiễn</translation>
    </message>
    <message>
        <source>A short name for the practice</source>
        <translation>Tên ngắn của thực tiễn</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Tiêu đề:</translation>
    </message>
    <message>
        <source>S&amp;tate:</source>
        <translation>Tình trạn&amp;g:</translation>
    </message>
    <message>
        <source>Se&amp;ctors:</source>
        <translation>&amp;Lĩnh vực:</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>không nêu</translation>
    </message>
    <message>
        <source>Start &amp;year:</source>
        <translation>&amp;Năm bắt đầu:</translation>
    </message>
    <message>
        <source>&amp;Win-win: benefits the environment and the economy</source>
        <translation>&amp;Cùng có lợi: mang lại lợi ích cho môi trường và kinh tế</translation>
    </message>
    <message>
        <source>Su&amp;mmary:</source>
        <translation>Tó&amp;m tắt:</translation>
    </message>
    <message>
        <source>&amp;Problem:</source>
        <translation>&amp;Vấn đề:</translation>
    </message>
    <message>
        <source>&amp;Approach:</source>
        <translation>Cách tiếp cận (&amp;A):</translation>
    </message>
    <message>
        <source>Benefits</source>
        <translation>Lợi ích</translation>
    </message>
    <message>
        <source>En&amp;vironmental:</source>
        <translation>Môi t&amp;rường:</translation>
    </message>
    <message>
        <source>S&amp;ocial:</source>
        <translation>&amp;Xã hội:</translation>
    </message>
    <message>
        <source>Econo&amp;mic:</source>
        <translation>&amp;Kinh tế:</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Chi phí</translation>
    </message>
    <message>
        <source>e.g. 250000</source>
        <translation>vd. 250000</translation>
    </message>
    <message>
        <source>Amou&amp;nt:</source>
        <translation>&amp;Số tiền:</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>Đơn vị tiền tệ (&amp;U):</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Đối tác</translation>
    </message>
    <message>
        <source>Add pa&amp;rtner</source>
        <translation>Thêm đối tác (&amp;P)</translation>
    </message>
    <message>
        <source>Remove partner</source>
        <translation>Xóa đối tác</translation>
    </message>
    <message>
        <source>Replication</source>
        <translation>Nhân rộng</translation>
    </message>
    <message>
        <source>Rep&amp;licability:</source>
        <translation>Khả năng n&amp;hân rộng:</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Tệp đính kèm</translation>
    </message>
</context>
<context>
    <name>PracticesPage</name>
    <message>
        <source>Practices</source>
        <translation>Thực tiễn</translation>
    </message>
    <message>
        <source>No practices yet — press New to record one</source>
        <translation>Chưa có thực tiễn nào — nhấn Mới để ghi nhận</translation>
    </message>
    <message numerus="yes">
        <source>%Ln practice(s)</source>
        <translation>
            <numerusform>%Ln thực tiễn</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln practice(s)</source>
        <translation>
            <numerusform>%1 trong %Ln thực tiễn</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete practice</source>
        <translation>Xóa thực tiễn</translation>
    </message>
    <message>
        <source>Delete the practice “%1” and its attachments?</source>
        <translation>Xóa thực tiễn “%1” và các tệp đính kèm?</translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <source>Preview</source>
        <translation>Xem trước</translation>
    </message>
    <message numerus="yes">
        <source>%Ln page(s)</source>
        <translation>
            <numerusform>%Ln trang</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;In…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Lưu thành PDF…</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Lưu thành PDF</translation>
    </message>
</context>
<context>
    <name>ProblemsModel</name>
    <message>
        <source>Severity</source>
        <translation>Mức độ</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Trang tính</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>Ô</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Cột</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Cần làm gì</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Lỗi</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Cảnh báo</translation>
    </message>
    <message>
        <source>(workbook)</source>
        <translation>(sổ làm việc)</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>dòng %1</translation>
    </message>
    <message>
        <source>tick &apos;Leave out what KIN Desktop cannot do&apos;</source>
        <translation>đánh dấu ô &apos;Bỏ qua những gì KIN Desktop không thực hiện được&apos;</translation>
    </message>
</context>
<context>
    <name>ProgressReportDialog</name>
    <message>
        <source>Record a progress report</source>
        <translation>Ghi báo cáo tiến độ</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2</translation>
    </message>
    <message>
        <source>Date of the report</source>
        <translation>Ngày báo cáo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>Milestones reached, one per line</source>
        <translation>Các mốc đã đạt, mỗi mốc một dòng</translation>
    </message>
    <message>
        <source>One milestone per line</source>
        <translation>Mỗi mốc một dòng</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Chỉ số</translation>
    </message>
    <message>
        <source>&amp;Add indicator</source>
        <translation>&amp;Thêm chỉ số</translation>
    </message>
    <message>
        <source>Re&amp;move indicator</source>
        <translation>&amp;Xóa chỉ số</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Ngày:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>Tình trạn&amp;g:</translation>
    </message>
    <message>
        <source>M&amp;ilestones reached:</source>
        <translation>Các &amp;mốc đã đạt:</translation>
    </message>
    <message>
        <source>I&amp;ndicators:</source>
        <translation>C&amp;hỉ số:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>Ghi &amp;chú:</translation>
    </message>
    <message>
        <source>&amp;Record report</source>
        <translation>Ghi &amp;báo cáo</translation>
    </message>
    <message>
        <source>Give the date of the report.</source>
        <translation>Hãy nhập ngày báo cáo.</translation>
    </message>
    <message>
        <source>Every indicator value needs the name of its indicator.</source>
        <translation>Mỗi giá trị chỉ số cần có tên chỉ số.</translation>
    </message>
</context>
<context>
    <name>QuestionField</name>
    <message>
        <source>Required</source>
        <translation>Bắt buộc</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>Bắt buộc.</translation>
    </message>
</context>
<context>
    <name>QuestionnaireIssues</name>
    <message>
        <source>An answer is required.</source>
        <translation>Câu trả lời là bắt buộc.</translation>
    </message>
    <message numerus="yes">
        <source>Add at least %Ln entries.</source>
        <translation>
            <numerusform>Hãy thêm ít nhất %Ln mục.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Give at most %Ln entries; remove the extra ones.</source>
        <translation>
            <numerusform>Chỉ nhập tối đa %Ln mục; hãy xóa các mục thừa.</numerusform>
        </translation>
    </message>
    <message>
        <source>This answer does not meet the condition set for it.</source>
        <translation>Câu trả lời này không đáp ứng điều kiện đặt ra.</translation>
    </message>
    <message>
        <source>This answer is not in the expected form.</source>
        <translation>Câu trả lời này không đúng dạng yêu cầu.</translation>
    </message>
    <message numerus="yes">
        <source>Write at least %Ln character(s).</source>
        <translation>
            <numerusform>Hãy viết ít nhất %Ln ký tự.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Write at most %Ln character(s).</source>
        <translation>
            <numerusform>Hãy viết tối đa %Ln ký tự.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rank at least %Ln item(s).</source>
        <translation>
            <numerusform>Hãy xếp hạng ít nhất %Ln mục.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rank at most %Ln item(s).</source>
        <translation>
            <numerusform>Hãy xếp hạng tối đa %Ln mục.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Choose at least %Ln option(s).</source>
        <translation>
            <numerusform>Hãy chọn ít nhất %Ln lựa chọn.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Choose at most %Ln option(s).</source>
        <translation>
            <numerusform>Hãy chọn tối đa %Ln lựa chọn.</numerusform>
        </translation>
    </message>
    <message>
        <source>The answer must be at least %1.</source>
        <translation>Câu trả lời phải ít nhất là %1.</translation>
    </message>
    <message>
        <source>The answer must be at most %1.</source>
        <translation>Câu trả lời phải nhiều nhất là %1.</translation>
    </message>
    <message>
        <source>This answer is not one of the options.</source>
        <translation>Câu trả lời này không thuộc các lựa chọn.</translation>
    </message>
    <message>
        <source>This answer is not of the expected kind; enter it again.</source>
        <translation>Câu trả lời này không đúng loại yêu cầu; hãy nhập lại.</translation>
    </message>
    <message>
        <source>This answer needs attention.</source>
        <translation>Câu trả lời này cần được kiểm tra.</translation>
    </message>
</context>
<context>
    <name>QuestionnairePage</name>
    <message>
        <source>The questionnaire is marked as complete. Thank you.</source>
        <translation>Bảng câu hỏi đã được đánh dấu là hoàn thành. Xin cảm ơn.</translation>
    </message>
    <message>
        <source>No questionnaire yet</source>
        <translation>Chưa có bảng câu hỏi</translation>
    </message>
    <message>
        <source>The questionnaire has not reached this profile yet. It comes with the welcome pack from the Network Secretariat: once the welcome pack is imported, the questionnaire appears here.</source>
        <translation>Bảng câu hỏi chưa đến hồ sơ này. Bảng câu hỏi đến cùng gói chào mừng của Ban Thư ký Mạng lưới: sau khi nhập gói chào mừng, bảng câu hỏi sẽ hiện tại đây.</translation>
    </message>
    <message>
        <source>The questionnaire cannot be shown</source>
        <translation>Không thể hiển thị bảng câu hỏi</translation>
    </message>
    <message>
        <source>Changes are saved automatically.</source>
        <translation>Các thay đổi được lưu tự động.</translation>
    </message>
    <message>
        <source>This is your response to version %1 of this questionnaire, kept as you answered it. New answers go to version %2.</source>
        <translation>Đây là phiếu trả lời của bạn cho phiên bản %1 của bảng câu hỏi này, được giữ nguyên như khi bạn trả lời. Câu trả lời mới được ghi vào phiên bản %2.</translation>
    </message>
    <message>
        <source>&amp;Language of the questions:</source>
        <translation>&amp;Ngôn ngữ của câu hỏi:</translation>
    </message>
    <message>
        <source>&amp;Previous section</source>
        <translation>Phần &amp;trước</translation>
    </message>
    <message>
        <source>Show the previous section (Ctrl+Page Up)</source>
        <translation>Hiện phần trước (Ctrl+Page Up)</translation>
    </message>
    <message>
        <source>&amp;Next section</source>
        <translation>Phần &amp;sau</translation>
    </message>
    <message>
        <source>Show the next section (Ctrl+Page Down)</source>
        <translation>Hiện phần sau (Ctrl+Page Down)</translation>
    </message>
    <message>
        <source>Mark as &amp;complete</source>
        <translation>Đánh dấu &amp;hoàn thành</translation>
    </message>
    <message>
        <source>Check that every required answer is given, then mark the questionnaire complete (Ctrl+Enter).</source>
        <translation>Kiểm tra rằng mọi câu trả lời bắt buộc đã được điền, rồi đánh dấu bảng câu hỏi là hoàn thành (Ctrl+Enter).</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Hoàn thành</translation>
    </message>
    <message>
        <source>This questionnaire is marked as complete.</source>
        <translation>Bảng câu hỏi này đã được đánh dấu là hoàn thành.</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Các phần</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Phần</translation>
    </message>
    <message>
        <source>List of sections</source>
        <translation>Danh sách các phần</translation>
    </message>
    <message>
        <source>Show or hide the list of sections</source>
        <translation>Hiện hoặc ẩn danh sách các phần</translation>
    </message>
    <message>
        <source>Language of the questions</source>
        <translation>Ngôn ngữ của câu hỏi</translation>
    </message>
    <message>
        <source>&amp;Questionnaire:</source>
        <translation>&amp;Bảng câu hỏi:</translation>
    </message>
    <message>
        <source>Questionnaire and version</source>
        <translation>Bảng câu hỏi và phiên bản</translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation>%1 (phiên bản %2)</translation>
    </message>
    <message>
        <source>%1 (version %2, your earlier answers)</source>
        <translation>%1 (phiên bản %2, câu trả lời trước đây của bạn)</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Đang lưu…</translation>
    </message>
    <message>
        <source>Every required answer is given: you can mark the questionnaire as complete.</source>
        <translation>Mọi câu trả lời bắt buộc đã được điền: bạn có thể đánh dấu bảng câu hỏi là hoàn thành.</translation>
    </message>
    <message numerus="yes">
        <source>The questionnaire cannot be marked complete yet: %Ln answer(s) are missing or need correcting.</source>
        <translation>
            <numerusform>Chưa thể đánh dấu bảng câu hỏi là hoàn thành: %Ln câu trả lời còn thiếu hoặc cần sửa.</numerusform>
        </translation>
    </message>
    <message>
        <source>First: “%1”.</source>
        <translation>Đầu tiên: “%1”.</translation>
    </message>
    <message>
        <source>Preview: answers are checked as a delegate&apos;s are, and kept nowhere.</source>
        <translation>Xem trước: câu trả lời được kiểm tra như của đại biểu, và không được lưu ở đâu cả.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Chưa lưu: %1</translation>
    </message>
    <message>
        <source>All changes saved.</source>
        <translation>Đã lưu mọi thay đổi.</translation>
    </message>
    <message>
        <source>Your changes leave required answers open: the questionnaire is no longer complete.</source>
        <translation>Thay đổi của bạn để trống các câu trả lời bắt buộc: bảng câu hỏi không còn hoàn thành.</translation>
    </message>
    <message>
        <source>Not yet translated into %1: shown in English.</source>
        <translation>Chưa được dịch sang %1: hiển thị bằng tiếng Anh.</translation>
    </message>
</context>
<context>
    <name>QuestionnairesPage</name>
    <message>
        <source>&amp;Import workbook…</source>
        <translation>&amp;Nhập sổ làm việc…</translation>
    </message>
    <message>
        <source>Read an XLSForm (.xlsx, .xls or .csv) (Ctrl+O)</source>
        <translation>Đọc một XLSForm (.xlsx, .xls hoặc .csv) (Ctrl+O)</translation>
    </message>
    <message>
        <source>&amp;Validate again</source>
        <translation>&amp;Kiểm tra lại</translation>
    </message>
    <message>
        <source>Read and check the same workbook again, after correcting it (F5)</source>
        <translation>Đọc và kiểm tra lại cùng sổ làm việc sau khi đã sửa (F5)</translation>
    </message>
    <message>
        <source>&amp;Leave out what KIN Desktop cannot do</source>
        <translation>&amp;Bỏ qua những gì KIN Desktop không thực hiện được</translation>
    </message>
    <message>
        <source>GPS, photos, pulldata() and the like are left out with a warning each, instead of refusing the workbook. Mistakes in the form are still errors.</source>
        <translation>GPS, ảnh, pulldata() và các mục tương tự được bỏ qua, mỗi mục kèm một cảnh báo, thay vì từ chối sổ làm việc. Lỗi trong biểu mẫu vẫn là lỗi.</translation>
    </message>
    <message>
        <source>&amp;Publish…</source>
        <translation>&amp;Công bố…</translation>
    </message>
    <message>
        <source>Store this version so that the next welcome pack brings it to the delegates (Ctrl+P)</source>
        <translation>Lưu phiên bản này để gói chào mừng tiếp theo mang đến cho các đại biểu (Ctrl+P)</translation>
    </message>
    <message>
        <source>Import an XLSForm workbook to check it, see it as a delegate will, and publish it. Questionnaires are written in the survey, choices and settings sheets, as for ODK and KoboToolbox.</source>
        <translation>Nhập một sổ làm việc XLSForm để kiểm tra, xem như đại biểu sẽ thấy, và công bố. Bảng câu hỏi được viết trong các trang tính survey, choices và settings, như với ODK và KoboToolbox.</translation>
    </message>
    <message>
        <source>Problems found in the workbook</source>
        <translation>Các vấn đề phát hiện trong sổ làm việc</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Sao chép</translation>
    </message>
    <message>
        <source>The selected problem</source>
        <translation>Vấn đề đã chọn</translation>
    </message>
    <message>
        <source>No problems: the workbook is imported as it is.</source>
        <translation>Không có vấn đề: sổ làm việc được nhập nguyên trạng.</translation>
    </message>
    <message>
        <source>The preview shows the imported questionnaire exactly as a delegate will see it.</source>
        <translation>Bản xem trước hiển thị bảng câu hỏi đã nhập đúng như đại biểu sẽ thấy.</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>Bảng câu hỏi</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Phiên bản</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Đã công bố</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <source>Questionnaire versions in this profile</source>
        <translation>Các phiên bản bảng câu hỏi trong hồ sơ này</translation>
    </message>
    <message>
        <source>E&amp;xport to XLSForm…</source>
        <translation>&amp;Xuất sang XLSForm…</translation>
    </message>
    <message>
        <source>Write the selected version as an XLSForm workbook</source>
        <translation>Ghi phiên bản đã chọn thành sổ làm việc XLSForm</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Vấn đề</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Xem trước</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Phiên bản</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Đang đọc %1…</translation>
    </message>
    <message>
        <source>Publish the questionnaire</source>
        <translation>Công bố bảng câu hỏi</translation>
    </message>
    <message>
        <source>Publish &apos;%1&apos; version %2?

The next welcome pack brings it to every delegate. New responses open on it; the answers given to earlier versions are kept. A published version cannot be changed: a correction needs a new version.</source>
        <translation>Công bố &apos;%1&apos; phiên bản %2?

Gói chào mừng tiếp theo sẽ mang phiên bản này đến mọi đại biểu. Phiếu trả lời mới sẽ mở trên phiên bản này; câu trả lời cho các phiên bản trước được giữ lại. Phiên bản đã công bố không thể thay đổi: muốn sửa cần một phiên bản mới.</translation>
    </message>
    <message>
        <source>shipped with KIN Desktop</source>
        <translation>đi kèm KIN Desktop</translation>
    </message>
    <message>
        <source>published here</source>
        <translation>công bố tại đây</translation>
    </message>
    <message>
        <source>welcome pack</source>
        <translation>gói chào mừng</translation>
    </message>
    <message>
        <source>(current)</source>
        <translation>(hiện hành)</translation>
    </message>
    <message>
        <source>not published</source>
        <translation>chưa công bố</translation>
    </message>
    <message>
        <source>%1: questionnaire &apos;%2&apos; version %3, %4 section(s), %5 question(s), languages: %6.</source>
        <translation>%1: bảng câu hỏi &apos;%2&apos; phiên bản %3, %4 phần, %5 câu hỏi, ngôn ngữ: %6.</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s): see Problems.</source>
        <translation>
            <numerusform>%n cảnh báo: xem mục Vấn đề.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is refused: %n error(s) to correct (see Problems), then Validate again.</source>
        <translation>
            <numerusform>%1 bị từ chối: %n lỗi cần sửa (xem mục Vấn đề), rồi Kiểm tra lại.</numerusform>
        </translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>Vấn đề (%1)</translation>
    </message>
    <message>
        <source>Published &apos;%1&apos; version %2: the next welcome pack brings it to the delegates (Exports, Write welcome pack).</source>
        <translation>Đã công bố &apos;%1&apos; phiên bản %2: gói chào mừng tiếp theo sẽ mang đến cho các đại biểu (Xuất dữ liệu, Viết gói chào mừng).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; version %2 was already published with the same content: nothing changed.</source>
        <translation>&apos;%1&apos; phiên bản %2 đã được công bố với cùng nội dung: không có gì thay đổi.</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>Đã ghi %1.</translation>
    </message>
    <message>
        <source>XLSForm cannot say: %1.</source>
        <translation>XLSForm không thể biểu đạt: %1.</translation>
    </message>
    <message>
        <source>Import an XLSForm workbook</source>
        <translation>Nhập sổ làm việc XLSForm</translation>
    </message>
    <message>
        <source>XLSForm workbooks (%1);;All files (*)</source>
        <translation>Sổ làm việc XLSForm (%1);;Tất cả các tệp (*)</translation>
    </message>
    <message>
        <source>Export to XLSForm</source>
        <translation>Xuất sang XLSForm</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Sổ làm việc Excel (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>RankingEditor</name>
    <message>
        <source>Move up</source>
        <translation>Lên</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Xuống</translation>
    </message>
    <message>
        <source>Move the selected item up (Ctrl+Up)</source>
        <translation>Chuyển mục đã chọn lên (Ctrl+Lên)</translation>
    </message>
    <message>
        <source>Move the selected item down (Ctrl+Down)</source>
        <translation>Chuyển mục đã chọn xuống (Ctrl+Xuống)</translation>
    </message>
    <message>
        <source>Tick the items to rank; most important first.</source>
        <translation>Đánh dấu các mục cần xếp hạng; mục quan trọng nhất đặt trước.</translation>
    </message>
    <message>
        <source>Move up: %1</source>
        <translation>Lên: %1</translation>
    </message>
    <message>
        <source>Move down: %1</source>
        <translation>Xuống: %1</translation>
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
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Là&amp;m lại</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>Lịch &amp;sử…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Hoàn tác</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Làm lại</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Lịch sử</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>Tình trạng lưu</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Vấn đề</translation>
    </message>
    <message>
        <source>Problem with %1</source>
        <translation>Vấn đề ở %1</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>Đã lưu mọi thay đổi</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Chưa lưu</translation>
    </message>
    <message>
        <source>Not saved: see the problems above. Your text is kept here.</source>
        <translation>Chưa lưu: xem các vấn đề ở trên. Văn bản của bạn vẫn được giữ tại đây.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Chưa lưu: %1</translation>
    </message>
    <message>
        <source>Saved at %1</source>
        <translation>Đã lưu lúc %1</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Dòng %1: %2</translation>
    </message>
    <message>
        <source>This %1 cannot be saved yet. It stays here in the editor until you fix:
%2</source>
        <translation>Chưa thể lưu %1 này. Nội dung vẫn ở trong trình soạn thảo cho đến khi bạn sửa:
%2</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>Hoàn tác: %1</translation>
    </message>
    <message>
        <source>Redo: %1</source>
        <translation>Làm lại: %1</translation>
    </message>
    <message>
        <source>Edited — saving shortly</source>
        <translation>Đã sửa — sắp được lưu</translation>
    </message>
</context>
<context>
    <name>RecordListPage</name>
    <message>
        <source>Search</source>
        <translation>Tìm kiếm</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Tìm:</translation>
    </message>
    <message>
        <source>Sector filter</source>
        <translation>Lọc lĩnh vực</translation>
    </message>
    <message>
        <source>All sectors</source>
        <translation>Mọi lĩnh vực</translation>
    </message>
    <message>
        <source>Se&amp;ctor:</source>
        <translation>&amp;Lĩnh vực:</translation>
    </message>
    <message>
        <source>State filter</source>
        <translation>Lọc tình trạng</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>Mọi tình trạng</translation>
    </message>
    <message>
        <source>S&amp;tate:</source>
        <translation>Tình trạn&amp;g:</translation>
    </message>
    <message>
        <source>Any review</source>
        <translation>Mọi kết quả</translation>
    </message>
    <message>
        <source>Has issues</source>
        <translation>Có vấn đề</translation>
    </message>
    <message>
        <source>Corrected or changed since the review</source>
        <translation>Đã chỉnh sửa hoặc thay đổi sau khi xem xét</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>Đang xem xét</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Đã đăng ký</translation>
    </message>
    <message>
        <source>Not reviewed yet</source>
        <translation>Chưa xem xét</translation>
    </message>
    <message>
        <source>Review filter</source>
        <translation>Lọc theo xem xét</translation>
    </message>
    <message>
        <source>Re&amp;view:</source>
        <translation>X&amp;em xét:</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Mới</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Mở (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <source>List state</source>
        <translation>Tình trạng danh sách</translation>
    </message>
    <message>
        <source>Number of records shown</source>
        <translation>Số bản ghi được hiển thị</translation>
    </message>
    <message>
        <source>New record</source>
        <translation>Bản ghi mới</translation>
    </message>
    <message>
        <source>Open the selected record</source>
        <translation>Mở bản ghi đã chọn</translation>
    </message>
    <message>
        <source>Delete the selected record</source>
        <translation>Xóa bản ghi đã chọn</translation>
    </message>
    <message>
        <source>Words in titles and texts</source>
        <translation>Từ trong tiêu đề và nội dung</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Bản ghi</translation>
    </message>
    <message>
        <source>Nothing matches the search and filters.</source>
        <translation>Không có kết quả khớp với nội dung tìm kiếm và bộ lọc.</translation>
    </message>
</context>
<context>
    <name>RecordsReviewTab</name>
    <message>
        <source>Words in titles, texts, cities</source>
        <translation>Từ trong tiêu đề, nội dung, thành phố</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Tìm kiếm</translation>
    </message>
    <message>
        <source>Searc&amp;h:</source>
        <translation>&amp;Tìm:</translation>
    </message>
    <message>
        <source>Country filter</source>
        <translation>Lọc quốc gia</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Mọi quốc gia</translation>
    </message>
    <message>
        <source>Sector filter</source>
        <translation>Lọc lĩnh vực</translation>
    </message>
    <message>
        <source>All sectors</source>
        <translation>Mọi lĩnh vực</translation>
    </message>
    <message>
        <source>Review state filter</source>
        <translation>Lọc tình trạng xem xét</translation>
    </message>
    <message>
        <source>Any review state</source>
        <translation>Mọi tình trạng xem xét</translation>
    </message>
    <message>
        <source>Participant category filter</source>
        <translation>Lọc loại người tham dự</translation>
    </message>
    <message>
        <source>All participants</source>
        <translation>Mọi người tham dự</translation>
    </message>
    <message>
        <source>Project type filter</source>
        <translation>Lọc loại dự án</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Mọi loại</translation>
    </message>
    <message>
        <source>Commitments to review</source>
        <translation>Cam kết cần xem xét</translation>
    </message>
    <message>
        <source>Practices to review</source>
        <translation>Thực tiễn cần xem xét</translation>
    </message>
    <message>
        <source>Number of records shown</source>
        <translation>Số bản ghi được hiển thị</translation>
    </message>
    <message>
        <source>No commitments yet: they arrive in delegates&apos; bundles (Inbox).</source>
        <translation>Chưa có cam kết nào: cam kết đến trong gói dữ liệu của đại biểu (Hộp thư đến).</translation>
    </message>
    <message>
        <source>No practices yet: they arrive in delegates&apos; bundles (Inbox).</source>
        <translation>Chưa có thực tiễn nào: thực tiễn đến trong gói dữ liệu của đại biểu (Hộp thư đến).</translation>
    </message>
    <message>
        <source>Nothing matches the search and filters.</source>
        <translation>Không có kết quả khớp với nội dung tìm kiếm và bộ lọc.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>%Ln bản ghi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln record(s)</source>
        <translation>
            <numerusform>%1 trong %Ln bản ghi</numerusform>
        </translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Đang lưu…</translation>
    </message>
    <message>
        <source>Saved. The delegate sees it in the next receipt.</source>
        <translation>Đã lưu. Đại biểu sẽ thấy trong biên nhận tiếp theo.</translation>
    </message>
</context>
<context>
    <name>RecordsSection</name>
    <message>
        <source>&amp;Back to the list</source>
        <translation>&amp;Quay lại danh sách</translation>
    </message>
    <message>
        <source>Save and return to the list (Alt+Left)</source>
        <translation>Lưu và quay lại danh sách (Alt+Trái)</translation>
    </message>
    <message>
        <source>&amp;Print form…</source>
        <translation>&amp;In biểu mẫu…</translation>
    </message>
    <message>
        <source>Save, then preview and print the form for the mayor&apos;s signature (Ctrl+P)</source>
        <translation>Lưu, rồi xem trước và in biểu mẫu để Thị trưởng ký (Ctrl+P)</translation>
    </message>
    <message>
        <source>Correct the problems shown before printing: the form prints what is saved.</source>
        <translation>Hãy sửa các vấn đề nêu trên trước khi in: biểu mẫu in nội dung đã lưu.</translation>
    </message>
    <message>
        <source>This record cannot be saved yet: correct the problems shown, or undo them.</source>
        <translation>Chưa thể lưu bản ghi này: hãy sửa các vấn đề nêu trên, hoặc hoàn tác.</translation>
    </message>
</context>
<context>
    <name>RepeatGroupWidget</name>
    <message>
        <source>Between %1 and %2 entries.</source>
        <translation>Từ %1 đến %2 mục.</translation>
    </message>
    <message numerus="yes">
        <source>At most %Ln entries.</source>
        <translation>
            <numerusform>Tối đa %Ln mục.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At least %Ln entries.</source>
        <translation>
            <numerusform>Ít nhất %Ln mục.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Add %1</source>
        <translation>&amp;Thêm %1</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Thêm %1</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Co&amp;mmitments</source>
        <translation>&amp;Cam kết</translation>
    </message>
    <message>
        <source>&amp;Practices</source>
        <translation>&amp;Thực tiễn</translation>
    </message>
    <message>
        <source>C&amp;ities</source>
        <translation>Thành &amp;phố</translation>
    </message>
    <message>
        <source>Co&amp;nflicts</source>
        <translation>&amp;Xung đột</translation>
    </message>
    <message>
        <source>&amp;Save review</source>
        <translation>&amp;Lưu kết quả xem xét</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Tìm kiếm</translation>
    </message>
    <message>
        <source>P&amp;rint forms…</source>
        <translation>&amp;In biểu mẫu…</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Làm &amp;mới</translation>
    </message>
    <message>
        <source>Print the forms of the selected commitments</source>
        <translation>In biểu mẫu của các cam kết đã chọn</translation>
    </message>
    <message>
        <source>Print the forms of the selected commitments (Ctrl+P)</source>
        <translation>In biểu mẫu của các cam kết đã chọn (Ctrl+P)</translation>
    </message>
    <message>
        <source>C&amp;heck a signed form…</source>
        <translation>&amp;Kiểm tra biểu mẫu đã ký…</translation>
    </message>
    <message>
        <source>Type or scan the text of a signed commitment form&apos;s QR code: is it the current version?</source>
        <translation>Nhập hoặc quét nội dung mã QR của biểu mẫu cam kết đã ký: đó có phải phiên bản hiện hành không?</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Thông báo</translation>
    </message>
    <message>
        <source>The signed form matches the current version.</source>
        <translation>Biểu mẫu đã ký khớp với phiên bản hiện hành.</translation>
    </message>
    <message>
        <source>The signed form does not match the data: %1</source>
        <translation>Biểu mẫu đã ký không khớp với dữ liệu: %1</translation>
    </message>
    <message>
        <source>Select the commitments whose forms you want to print.</source>
        <translation>Chọn các cam kết cần in biểu mẫu.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln form(s) saved to %1</source>
        <translation>
            <numerusform>Đã lưu %Ln biểu mẫu vào %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%Ln page(s)).</source>
        <translation>
            <numerusform>(%Ln trang).</numerusform>
        </translation>
    </message>
    <message>
        <source>Commitment forms</source>
        <translation>Biểu mẫu cam kết</translation>
    </message>
    <message numerus="yes">
        <source>Printing %Ln form(s)…</source>
        <translation>
            <numerusform>Đang in %Ln biểu mẫu…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <source>(was empty)</source>
        <translation>(trước đó để trống)</translation>
    </message>
    <message>
        <source>Where the record stands</source>
        <translation>Tình trạng của bản ghi</translation>
    </message>
    <message>
        <source>The secretariat&apos;s comment</source>
        <translation>Nhận xét của Ban Thư ký</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · not reviewed by the secretariat yet</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · Ban Thư ký chưa xem xét</translation>
    </message>
    <message>
        <source>Secretariat&apos;s review: %1 (%2) · %3</source>
        <translation>Xem xét của Ban Thư ký: %1 (%2) · %3</translation>
    </message>
    <message>
        <source>Changed since this review: the secretariat sees the change after your next export.</source>
        <translation>Đã thay đổi sau lần xem xét này: Ban Thư ký sẽ thấy thay đổi sau lần xuất tiếp theo của bạn.</translation>
    </message>
    <message>
        <source>Correct what the comment asks, then export from the Outbox: the secretariat sees the correction.</source>
        <translation>Hãy sửa theo yêu cầu của nhận xét, rồi xuất từ Hộp thư đi: Ban Thư ký sẽ thấy nội dung đã sửa.</translation>
    </message>
    <message>
        <source>Corrected and sent: the secretariat will review it again.</source>
        <translation>Đã sửa và gửi: Ban Thư ký sẽ xem xét lại.</translation>
    </message>
    <message>
        <source>Corrected here: export from the Outbox to send the correction.</source>
        <translation>Đã sửa tại đây: hãy xuất từ Hộp thư đi để gửi nội dung đã sửa.</translation>
    </message>
    <message>
        <source>Review state</source>
        <translation>Tình trạng xem xét</translation>
    </message>
    <message>
        <source>Re&amp;cognised as an example to follow</source>
        <translation>Được &amp;công nhận là điển hình cần học tập</translation>
    </message>
    <message>
        <source>Only a registered record can be recognised</source>
        <translation>Chỉ bản ghi đã đăng ký mới có thể được công nhận</translation>
    </message>
    <message>
        <source>Comment for the delegate</source>
        <translation>Nhận xét gửi đại biểu</translation>
    </message>
    <message>
        <source>What the delegate should know; it goes in the next receipt.</source>
        <translation>Những điều đại biểu cần biết; nội dung này có trong biên nhận tiếp theo.</translation>
    </message>
    <message>
        <source>&amp;Save review</source>
        <translation>&amp;Lưu kết quả xem xét</translation>
    </message>
    <message>
        <source>Save the review state and comment (Ctrl+S)</source>
        <translation>Lưu tình trạng xem xét và nhận xét (Ctrl+S)</translation>
    </message>
    <message>
        <source>Review status</source>
        <translation>Tình trạng xem xét</translation>
    </message>
    <message>
        <source>Review s&amp;tate:</source>
        <translation>Tình trạng &amp;xem xét:</translation>
    </message>
    <message>
        <source>Co&amp;mment:</source>
        <translation>&amp;Nhận xét:</translation>
    </message>
    <message>
        <source>Review history</source>
        <translation>Lịch sử xem xét</translation>
    </message>
    <message>
        <source>History of the review</source>
        <translation>Lịch sử của việc xem xét</translation>
    </message>
    <message>
        <source>Changes and signed form</source>
        <translation>Thay đổi và biểu mẫu đã ký</translation>
    </message>
    <message>
        <source>The whole record</source>
        <translation>Toàn bộ bản ghi</translation>
    </message>
    <message>
        <source>Loading the record…</source>
        <translation>Đang tải bản ghi…</translation>
    </message>
    <message>
        <source>Select a record to review it.</source>
        <translation>Chọn một bản ghi để xem xét.</translation>
    </message>
    <message>
        <source>two versions in conflict: see Conflicts</source>
        <translation>hai phiên bản xung đột: xem mục Xung đột</translation>
    </message>
    <message numerus="yes">
        <source>Corrected since the review: %Ln change(s), marked below.</source>
        <translation>
            <numerusform>Đã sửa sau lần xem xét: %Ln thay đổi, được đánh dấu bên dưới.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Changed since the review: %Ln change(s), marked below.</source>
        <translation>
            <numerusform>Đã thay đổi sau lần xem xét: %Ln thay đổi, được đánh dấu bên dưới.</numerusform>
        </translation>
    </message>
    <message>
        <source>Signed form: verified for this version on %1.</source>
        <translation>Biểu mẫu đã ký: đã xác minh cho phiên bản này ngày %1.</translation>
    </message>
    <message>
        <source>Signed form: the last one checked (%1) is for an earlier version.</source>
        <translation>Biểu mẫu đã ký: bản kiểm tra gần nhất (%1) thuộc một phiên bản trước.</translation>
    </message>
    <message>
        <source>Signed form: none checked yet for this version (Check a signed form…).</source>
        <translation>Biểu mẫu đã ký: chưa kiểm tra bản nào cho phiên bản này (Kiểm tra biểu mẫu đã ký…).</translation>
    </message>
    <message>
        <source>The commitment</source>
        <translation>Cam kết</translation>
    </message>
    <message>
        <source>Targets and indicators</source>
        <translation>Chỉ tiêu và chỉ số</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Đối tác</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Tiến độ</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Ngân sách</translation>
    </message>
    <message>
        <source>Experience to share</source>
        <translation>Kinh nghiệm chia sẻ</translation>
    </message>
    <message>
        <source>Signatory</source>
        <translation>Người ký</translation>
    </message>
    <message>
        <source>The practice</source>
        <translation>Thực tiễn</translation>
    </message>
    <message>
        <source>Benefits</source>
        <translation>Lợi ích</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Chi phí</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Không</translation>
    </message>
    <message>
        <source>Version of %1, revision %2</source>
        <translation>Phiên bản của %1, bản sửa đổi %2</translation>
    </message>
</context>
<context>
    <name>SectionListModel</name>
    <message>
        <source>Section</source>
        <translation>Phần</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Xong</translation>
    </message>
    <message>
        <source>Does not apply, given your other answers.</source>
        <translation>Không áp dụng, căn cứ các câu trả lời khác của bạn.</translation>
    </message>
    <message>
        <source>%1 of %2 required answers given.</source>
        <translation>Đã trả lời %1 trên %2 câu bắt buộc.</translation>
    </message>
    <message>
        <source>No required questions; %1 of %2 answered.</source>
        <translation>Không có câu hỏi bắt buộc; đã trả lời %1 trên %2.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln answer(s) need correcting.</source>
        <translation>
            <numerusform>%Ln câu trả lời cần sửa.</numerusform>
        </translation>
    </message>
    <message>
        <source>Complete.</source>
        <translation>Hoàn thành.</translation>
    </message>
</context>
<context>
    <name>SectionWidget</name>
    <message>
        <source>This section does not apply, given your other answers.</source>
        <translation>Phần này không áp dụng, căn cứ các câu trả lời khác của bạn.</translation>
    </message>
</context>
<context>
    <name>SendPanel</name>
    <message>
        <source>&amp;Send and receive</source>
        <translation>&amp;Gửi và nhận</translation>
    </message>
    <message>
        <source>Send what waits to the secretariat&apos;s inbox and fetch receipts and updates (F9)</source>
        <translation>Gửi nội dung đang chờ đến hộp thư của Ban Thư ký và tải về biên nhận cùng các cập nhật (F9)</translation>
    </message>
    <message>
        <source>Save the bundle to a &amp;file…</source>
        <translation>Lưu gói dữ liệu vào &amp;tệp…</translation>
    </message>
    <message>
        <source>No link? Save the same bundle for a USB stick or an e-mail</source>
        <translation>Không có kết nối? Hãy lưu cùng gói dữ liệu đó vào USB hoặc gửi qua thư điện tử</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Dừng</translation>
    </message>
    <message>
        <source>Sending progress</source>
        <translation>Tiến trình gửi</translation>
    </message>
    <message>
        <source>Import the secretariat&apos;s welcome pack first</source>
        <translation>Hãy nhập gói chào mừng của Ban Thư ký trước</translation>
    </message>
    <message>
        <source>The secretariat&apos;s welcome pack names no inbox to send to: save the bundle to a file (Export bundle) and give it to the secretariat</source>
        <translation>Gói chào mừng của Ban Thư ký không chỉ định hộp thư để gửi đến: hãy lưu gói dữ liệu vào tệp (Xuất gói dữ liệu) và gửi cho Ban Thư ký</translation>
    </message>
    <message>
        <source>Send what waits to %1 and fetch receipts and updates (F9)</source>
        <translation>Gửi nội dung đang chờ đến %1 và tải về biên nhận cùng các cập nhật (F9)</translation>
    </message>
    <message>
        <source>%1 waits to be sent; Send resumes where the last attempt stopped.</source>
        <translation>%1 đang chờ gửi; lệnh Gửi sẽ tiếp tục từ chỗ lần trước đã dừng.</translation>
    </message>
    <message>
        <source>Connecting to the inbox…</source>
        <translation>Đang kết nối đến hộp thư…</translation>
    </message>
    <message>
        <source>Preparing the bundle</source>
        <translation>Đang chuẩn bị gói dữ liệu</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Đang gửi</translation>
    </message>
    <message>
        <source>Receiving</source>
        <translation>Đang nhận</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Đang xử lý</translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1: %2 / %3</translation>
    </message>
    <message numerus="yes">
        <source>about %n hour(s) left</source>
        <translation>
            <numerusform>còn khoảng %n giờ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s) left</source>
        <translation>
            <numerusform>còn khoảng %n phút</numerusform>
        </translation>
    </message>
    <message>
        <source>less than a minute left</source>
        <translation>còn chưa đến một phút</translation>
    </message>
    <message>
        <source>about a minute left</source>
        <translation>còn khoảng một phút</translation>
    </message>
    <message>
        <source>Stopping; what the inbox has is kept…</source>
        <translation>Đang dừng; phần hộp thư đã nhận được giữ lại…</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n bundle(s)</source>
        <translation>
            <numerusform>Đã gửi %n gói dữ liệu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Took in %n file(s) from the secretariat.</source>
        <translation>
            <numerusform>Đã tiếp nhận %n tệp từ Ban Thư ký.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The inbox refused %n bundle(s): %1</source>
        <translation>
            <numerusform>Hộp thư đã từ chối %n gói dữ liệu: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>This computer does not trust the inbox&apos;s certificate; nothing more was sent.</source>
        <translation>Máy tính này không tin cậy chứng chỉ của hộp thư; không gửi thêm gì nữa.</translation>
    </message>
    <message>
        <source>No link to the inbox. What it has is kept, and Send resumes from there.</source>
        <translation>Không kết nối được với hộp thư. Phần hộp thư đã nhận được giữ lại, và lệnh Gửi sẽ tiếp tục từ đó.</translation>
    </message>
    <message numerus="yes">
        <source>Trying again in %n minute(s), or save the bundle to a file.</source>
        <translation>
            <numerusform>Sẽ thử lại sau %n phút, hoặc hãy lưu gói dữ liệu vào tệp.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped. What the inbox has is kept; Send resumes from there.</source>
        <translation>Đã dừng. Phần hộp thư đã nhận được giữ lại; lệnh Gửi sẽ tiếp tục từ đó.</translation>
    </message>
    <message>
        <source>Nothing to send, and nothing new from the secretariat.</source>
        <translation>Không có gì để gửi và không có gì mới từ Ban Thư ký.</translation>
    </message>
    <message>
        <source>Nothing waits to be sent.</source>
        <translation>Không có gì chờ gửi.</translation>
    </message>
    <message>
        <source>The file could not be saved: %1</source>
        <translation>Không thể lưu tệp: %1</translation>
    </message>
    <message>
        <source>Saved %1. Give this file to the secretariat; if the inbox gets it too, it is taken in once.</source>
        <translation>Đã lưu %1. Hãy gửi tệp này cho Ban Thư ký; nếu hộp thư cũng nhận được, tệp chỉ được tiếp nhận một lần.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>&amp;Ngôn ngữ giao diện:</translation>
    </message>
    <message>
        <source>The window changes language at once; what you have typed is kept, as everything is saved as it is typed. The questionnaire&apos;s own language can be chosen on its page.</source>
        <translation>Cửa sổ đổi ngôn ngữ ngay lập tức; nội dung bạn đã nhập được giữ lại vì mọi thứ được lưu ngay khi nhập. Ngôn ngữ của bảng câu hỏi có thể chọn trên trang bảng câu hỏi.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Mayor or top representative of a local government</source>
        <translation>Thị trưởng hoặc người đại diện cao nhất của chính quyền địa phương</translation>
    </message>
    <message>
        <source>Expert of a local government</source>
        <translation>Chuyên gia của chính quyền địa phương</translation>
    </message>
    <message>
        <source>Representative of a national government</source>
        <translation>Đại diện chính phủ trung ương</translation>
    </message>
    <message>
        <source>Representative of an international organisation</source>
        <translation>Đại diện tổ chức quốc tế</translation>
    </message>
    <message>
        <source>Other (media, university, general public)</source>
        <translation>Khác (báo chí, trường đại học, công chúng)</translation>
    </message>
    <message>
        <source>Welcome pack</source>
        <translation>Gói chào mừng</translation>
    </message>
    <message>
        <source>Welcome packs (*.kinw)</source>
        <translation>Gói chào mừng (*.kinw)</translation>
    </message>
    <message>
        <source>Not taken in: %1</source>
        <translation>Chưa tiếp nhận: %1</translation>
    </message>
    <message>
        <source>Set up KIN Desktop</source>
        <translation>Thiết lập KIN Desktop</translation>
    </message>
</context>
<context>
    <name>YesNoEditor</name>
    <message>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Không</translation>
    </message>
</context>
<context>
    <name>_ClearButton</name>
    <message>
        <source>Clear answer</source>
        <translation>Xóa câu trả lời</translation>
    </message>
</context>
<context>
    <name>_DonePage</name>
    <message>
        <source>Ready</source>
        <translation>Sẵn sàng</translation>
    </message>
    <message>
        <source>Your profile is ready. Your key fingerprint is:

%1

Read it to the secretariat when they ask to confirm your enrolment.</source>
        <translation>Hồ sơ của bạn đã sẵn sàng. Dấu vân tay khóa của bạn là:

%1

Hãy đọc dấu vân tay này cho Ban Thư ký khi được yêu cầu xác nhận việc đăng ký của bạn.</translation>
    </message>
    <message>
        <source>The secretariat&apos;s welcome pack is in: you can export bundles for them.</source>
        <translation>Đã có gói chào mừng của Ban Thư ký: bạn có thể xuất gói dữ liệu gửi Ban Thư ký.</translation>
    </message>
    <message>
        <source>When the secretariat&apos;s welcome pack arrives, import it from the Outbox; it brings the secretariat&apos;s key, so that what you export can only be read by them.</source>
        <translation>Khi nhận được gói chào mừng của Ban Thư ký, hãy nhập gói đó từ Hộp thư đi; gói mang khóa của Ban Thư ký, để những gì bạn xuất chỉ Ban Thư ký đọc được.</translation>
    </message>
</context>
<context>
    <name>_KeyPage</name>
    <message>
        <source>Your signing key</source>
        <translation>Khóa ký của bạn</translation>
    </message>
    <message>
        <source>It proves that what you send comes from you.</source>
        <translation>Khóa này chứng minh những gì bạn gửi là do bạn gửi.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Cụm mật khẩu</translation>
    </message>
    <message>
        <source>at least 8 characters</source>
        <translation>ít nhất 8 ký tự</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>Nhập lại cụm mật khẩu</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Cụm mật khẩu:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Nhập lại:</translation>
    </message>
    <message>
        <source>KIN Desktop signs everything you send with a key that proves it comes from you. This computer has no system keyring to keep that key safe, so it is kept in a file locked with a passphrase. Choose one you will remember: it cannot be recovered.</source>
        <translation>KIN Desktop ký mọi nội dung bạn gửi bằng một khóa chứng minh nội dung đó do bạn gửi. Máy tính này không có kho khóa hệ thống để giữ an toàn khóa đó, nên khóa được giữ trong một tệp khóa bằng cụm mật khẩu. Hãy chọn cụm mật khẩu bạn sẽ nhớ: không thể khôi phục cụm mật khẩu.</translation>
    </message>
    <message>
        <source>KIN Desktop signs everything you send with a key that proves it comes from you. The key will be kept in this computer&apos;s system keyring; no passphrase is needed.</source>
        <translation>KIN Desktop ký mọi nội dung bạn gửi bằng một khóa chứng minh nội dung đó do bạn gửi. Khóa sẽ được giữ trong kho khóa hệ thống của máy tính này; không cần cụm mật khẩu.</translation>
    </message>
</context>
<context>
    <name>_ProfilePage</name>
    <message>
        <source>About you</source>
        <translation>Thông tin về bạn</translation>
    </message>
    <message>
        <source>e.g. Khon Kaen</source>
        <translation>vd. Khon Kaen</translation>
    </message>
    <message>
        <source>Your city&apos;s name in Latin letters, as it should appear in file names and on printed forms. Filled in from the name above as a first guess: correct it if it is wrong.</source>
        <translation>Tên thành phố của bạn bằng chữ Latinh không dấu, như sẽ xuất hiện trong tên tệp và trên biểu mẫu in. Được điền sẵn từ tên ở trên để tham khảo: hãy sửa nếu chưa đúng.</translation>
    </message>
    <message>
        <source>name@city.gov</source>
        <translation>ten@thanhpho.gov.vn</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Họ tên:</translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation>&amp;Thành phố:</translation>
    </message>
    <message>
        <source>City in &amp;Latin letters:</source>
        <translation>Thành phố bằng chữ &amp;Latinh:</translation>
    </message>
    <message>
        <source>Countr&amp;y:</source>
        <translation>&amp;Quốc gia:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>Tổ &amp;chức:</translation>
    </message>
    <message>
        <source>&amp;Participant category:</source>
        <translation>Loại người tham &amp;dự:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Email:</translation>
    </message>
    <message>
        <source>Your delegation as it will appear to the secretariat.</source>
        <translation>Đoàn đại biểu của bạn như Ban Thư ký sẽ thấy.</translation>
    </message>
    <message>
        <source>The secretariat as delegates will see it in welcome packs and receipts.</source>
        <translation>Ban Thư ký như các đại biểu sẽ thấy trong gói chào mừng và biên nhận.</translation>
    </message>
</context>
<context>
    <name>_RadioEditor</name>
    <message>
        <source>Clear the answer to: %1</source>
        <translation>Xóa câu trả lời cho: %1</translation>
    </message>
</context>
<context>
    <name>_RolePage</name>
    <message>
        <source>Welcome to KIN Desktop</source>
        <translation>Chào mừng đến với KIN Desktop</translation>
    </message>
    <message>
        <source>Set up this computer for the Fourth Meeting of the Kitakyushu Initiative Network. Everything stays on this computer until you export it.</source>
        <translation>Thiết lập máy tính này cho Hội nghị lần thứ tư của Mạng lưới Sáng kiến Kitakyushu. Mọi dữ liệu được giữ trên máy tính này cho đến khi bạn xuất.</translation>
    </message>
    <message>
        <source>&amp;City delegation: answer the questionnaire, record practices, draft commitments</source>
        <translation>Đoàn đại biểu &amp;thành phố: trả lời bảng câu hỏi, ghi nhận thực tiễn, soạn thảo cam kết</translation>
    </message>
    <message>
        <source>Network &amp;Secretariat: merge, review and follow up what cities send</source>
        <translation>&amp;Ban Thư ký Mạng lưới: hợp nhất, xem xét và theo dõi những gì các thành phố gửi</translation>
    </message>
</context>
<context>
    <name>_WelcomePackPage</name>
    <message>
        <source>The secretariat&apos;s welcome pack</source>
        <translation>Gói chào mừng của Ban Thư ký</translation>
    </message>
    <message>
        <source>It brings the questionnaire and the secretariat&apos;s key. You can also do this later, from the Outbox.</source>
        <translation>Gói mang bảng câu hỏi và khóa của Ban Thư ký. Bạn cũng có thể làm việc này sau, từ Hộp thư đi.</translation>
    </message>
    <message>
        <source>&amp;Choose the welcome pack file…</source>
        <translation>&amp;Chọn tệp gói chào mừng…</translation>
    </message>
    <message>
        <source>The fingerprint &amp;matches the one in my invitation letter</source>
        <translation>Dấu vân tay &amp;khớp với dấu vân tay trong thư mời của tôi</translation>
    </message>
    <message>
        <source>This file is not a welcome pack that can be read: %1</source>
        <translation>Tệp này không phải là gói chào mừng đọc được: %1</translation>
    </message>
    <message>
        <source>Signed by the key with this fingerprint:

%1

Compare every group with your invitation letter.</source>
        <translation>Được ký bằng khóa có dấu vân tay:

%1

Hãy so sánh từng nhóm ký tự với thư mời của bạn.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>This profile was saved by a newer version of KIN Desktop. Install the newer version to open it; nothing has been changed.</source>
        <translation>Hồ sơ này được lưu bởi một phiên bản mới hơn của KIN Desktop. Hãy cài đặt phiên bản mới hơn để mở; chưa có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>The profile&apos;s database is damaged or is not a KIN Desktop database. Nothing has been changed.</source>
        <translation>Cơ sở dữ liệu của hồ sơ bị hỏng hoặc không phải là cơ sở dữ liệu KIN Desktop. Chưa có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>There is no profile here yet. Create one to start.</source>
        <translation>Chưa có hồ sơ nào ở đây. Hãy tạo một hồ sơ để bắt đầu.</translation>
    </message>
    <message>
        <source>The passphrase is not right. Try again.</source>
        <translation>Cụm mật khẩu không đúng. Hãy thử lại.</translation>
    </message>
    <message>
        <source>The key store could not be opened: %1</source>
        <translation>Không thể mở kho khóa: %1</translation>
    </message>
    <message>
        <source>Something went wrong: %1</source>
        <translation>Đã xảy ra lỗi: %1</translation>
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
        <translation>Đính kèm tệp</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tất cả các tệp (*)</translation>
    </message>
    <message>
        <source>—</source>
        <comment>no due year</comment>
        <translation>—</translation>
    </message>
    <message>
        <source>Solid waste</source>
        <translation>Chất thải rắn</translation>
    </message>
    <message>
        <source>Wastewater and sanitation</source>
        <translation>Nước thải và vệ sinh môi trường</translation>
    </message>
    <message>
        <source>Water supply</source>
        <translation>Cấp nước</translation>
    </message>
    <message>
        <source>Air quality</source>
        <translation>Chất lượng không khí</translation>
    </message>
    <message>
        <source>Urban transport</source>
        <translation>Giao thông đô thị</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Năng lượng</translation>
    </message>
    <message>
        <source>Green space</source>
        <translation>Không gian xanh</translation>
    </message>
    <message>
        <source>Industrial pollution</source>
        <translation>Ô nhiễm công nghiệp</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>sector</comment>
        <translation>Khác</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Bản nháp</translation>
    </message>
    <message>
        <source>Ready to send</source>
        <translation>Sẵn sàng gửi</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Đã gửi</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Đã xác nhận</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Đã đăng ký</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Đã nhận</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>Đang xem xét</translation>
    </message>
    <message>
        <source>Has issues</source>
        <translation>Có vấn đề</translation>
    </message>
    <message>
        <source>corrected</source>
        <translation>đã sửa</translation>
    </message>
    <message>
        <source>changed since</source>
        <translation>đã thay đổi sau đó</translation>
    </message>
    <message>
        <source>Signed form out of date</source>
        <translation>Biểu mẫu đã ký không còn cập nhật</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Đã in</translation>
    </message>
    <message>
        <source>Demonstration</source>
        <translation>Trình diễn</translation>
    </message>
    <message>
        <source>Expanded</source>
        <translation>Mở rộng</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Tóm tắt</translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Vấn đề</translation>
    </message>
    <message>
        <source>Approach</source>
        <translation>Cách tiếp cận</translation>
    </message>
    <message>
        <source>Environmental benefits</source>
        <translation>Lợi ích môi trường</translation>
    </message>
    <message>
        <source>Social benefits</source>
        <translation>Lợi ích xã hội</translation>
    </message>
    <message>
        <source>Economic benefits</source>
        <translation>Lợi ích kinh tế</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Chi phí</translation>
    </message>
    <message>
        <source>Cost currency</source>
        <translation>Đơn vị tiền tệ của chi phí</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Đối tác</translation>
    </message>
    <message>
        <source>Replicability</source>
        <translation>Khả năng nhân rộng</translation>
    </message>
    <message>
        <source>Start year</source>
        <translation>Năm bắt đầu</translation>
    </message>
    <message>
        <source>Win-win</source>
        <translation>Cùng có lợi</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>Project type</source>
        <translation>Loại dự án</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Mục tiêu</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Mô tả</translation>
    </message>
    <message>
        <source>Targets and indicators</source>
        <translation>Chỉ tiêu và chỉ số</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Ngày bắt đầu</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Ngày kết thúc</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Các mốc</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Ngân sách</translation>
    </message>
    <message>
        <source>Budget currency</source>
        <translation>Đơn vị tiền tệ của ngân sách</translation>
    </message>
    <message>
        <source>Funding source</source>
        <translation>Nguồn vốn</translation>
    </message>
    <message>
        <source>Experience to share</source>
        <translation>Kinh nghiệm chia sẻ</translation>
    </message>
    <message>
        <source>Signatory name</source>
        <translation>Họ tên người ký</translation>
    </message>
    <message>
        <source>Signatory title</source>
        <translation>Chức vụ người ký</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Đã xóa</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Chỉ số</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Giá trị cơ sở</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Due year</source>
        <translation>Năm đến hạn</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Đối tác</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Không</translation>
    </message>
    <message>
        <source>%1, row %2</source>
        <translation>%1, dòng %2</translation>
    </message>
    <message>
        <source>%1, row %2: %3</source>
        <translation>%1, dòng %2: %3</translation>
    </message>
    <message>
        <source>The project must end by 31 December %1, when the follow-up of commitments ends. Choose an earlier end date.</source>
        <translation>Dự án phải kết thúc trước ngày 31 tháng 12 năm %1, khi việc theo dõi các cam kết kết thúc. Hãy chọn ngày kết thúc sớm hơn.</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>Ngày kết thúc trước ngày bắt đầu.</translation>
    </message>
    <message>
        <source>Each target needs a description.</source>
        <translation>Mỗi chỉ tiêu cần có mô tả.</translation>
    </message>
    <message>
        <source>Each milestone needs a date and a description.</source>
        <translation>Mỗi mốc cần có ngày và mô tả.</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>Trường này là bắt buộc.</translation>
    </message>
    <message>
        <source>Enter a date as YYYY-MM-DD, for example 2009-06-30.</source>
        <translation>Nhập ngày theo dạng YYYY-MM-DD, ví dụ 2009-06-30.</translation>
    </message>
    <message>
        <source>Enter a number, for example 250000 or 1250.50.</source>
        <translation>Nhập một số, ví dụ 250000 hoặc 1250.50.</translation>
    </message>
    <message>
        <source>This text is too long.</source>
        <translation>Văn bản này quá dài.</translation>
    </message>
    <message>
        <source>The due year must be between 2006 and %1.</source>
        <translation>Năm đến hạn phải trong khoảng từ 2006 đến %1.</translation>
    </message>
    <message>
        <source>Enter a year between 1950 and 2100.</source>
        <translation>Nhập một năm trong khoảng từ 1950 đến 2100.</translation>
    </message>
    <message>
        <source>This value is out of range.</source>
        <translation>Giá trị này nằm ngoài phạm vi cho phép.</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Biểu mẫu</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Thành phố</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Từ ngày</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Xem xét</translation>
    </message>
    <message>
        <source>Last saved</source>
        <translation>Lưu lần cuối</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Bắt đầu</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Kết thúc</translation>
    </message>
    <message>
        <source>Due year (≤ 2010)</source>
        <translation>Năm đến hạn (≤ 2010)</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Đã lưu</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(đã xóa)</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Thực hiện</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>Tại đây</translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation>đã xác nhận</translation>
    </message>
    <message>
        <source>Form printed</source>
        <translation>Đã in biểu mẫu</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Bản sửa đổi</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Trường</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Trước</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Sau</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Kích thước</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Sửa %1</translation>
    </message>
    <message>
        <source>Add a row to %1</source>
        <translation>Thêm một dòng vào %1</translation>
    </message>
    <message>
        <source>Remove a row from %1</source>
        <translation>Xóa một dòng khỏi %1</translation>
    </message>
</context>
<context>
    <name>secretariat</name>
    <message>
        <source>Practice</source>
        <translation>Thực tiễn</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Cam kết</translation>
    </message>
    <message>
        <source>Questionnaire response</source>
        <translation>Phiếu trả lời bảng câu hỏi</translation>
    </message>
    <message>
        <source>Progress report</source>
        <translation>Báo cáo tiến độ</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Tệp đính kèm</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Không</translation>
    </message>
    <message>
        <source>%1 (differs)</source>
        <translation>%1 (khác nhau)</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Trường</translation>
    </message>
    <message>
        <source>Left: newest (shown now)</source>
        <translation>Trái: mới nhất (đang hiển thị)</translation>
    </message>
    <message>
        <source>Right: the other device</source>
        <translation>Phải: thiết bị kia</translation>
    </message>
    <message>
        <source>Resolve the conflict</source>
        <translation>Giải quyết xung đột</translation>
    </message>
    <message>
        <source>the left (newest) version</source>
        <translation>phiên bản bên trái (mới nhất)</translation>
    </message>
    <message>
        <source>the right version</source>
        <translation>phiên bản bên phải</translation>
    </message>
    <message>
        <source>Keep %1 of “%2”?

The other version&apos;s %3 will be replaced. Both stay in the history.</source>
        <translation>Giữ %1 của “%2”?

%3 của phiên bản kia sẽ bị thay thế. Cả hai vẫn được lưu trong lịch sử.</translation>
    </message>
    <message>
        <source>Mayor</source>
        <translation>Thị trưởng</translation>
    </message>
    <message>
        <source>City expert</source>
        <translation>Chuyên gia thành phố</translation>
    </message>
    <message>
        <source>National government</source>
        <translation>Chính phủ trung ương</translation>
    </message>
    <message>
        <source>International organisation</source>
        <translation>Tổ chức quốc tế</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>participant category</comment>
        <translation>Khác</translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation>Đang chờ phê duyệt</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Đã phê duyệt</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Đã thu hồi</translation>
    </message>
    <message>
        <source>Revoke the key of %1</source>
        <translation>Thu hồi khóa của %1</translation>
    </message>
    <message>
        <source>Revoke the key %1 (%2)?

Bundles it signs from now on, and those held for it, will be refused. What it sent before stays. This cannot be undone: the delegate will need a new key.</source>
        <translation>Thu hồi khóa %1 (%2)?

Các gói dữ liệu được ký bằng khóa này từ nay, và các gói đang tạm giữ cho khóa này, sẽ bị từ chối. Những gì đã gửi trước đây được giữ lại. Không thể hoàn tác: đại biểu sẽ cần một khóa mới.</translation>
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation>&amp;Thu hồi</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Dấu vân tay</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Thành phố</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Quốc gia</translation>
    </message>
    <message>
        <source>Delegate</source>
        <translation>Đại biểu</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Held bundles</source>
        <translation>Gói dữ liệu tạm giữ</translation>
    </message>
    <message>
        <source>Choose a folder for the receipt</source>
        <translation>Chọn thư mục cho biên nhận</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Đã hợp nhất</translation>
    </message>
    <message>
        <source>Already received</source>
        <translation>Đã nhận trước đó</translation>
    </message>
    <message>
        <source>Held for enrolment</source>
        <translation>Tạm giữ chờ đăng ký</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Bị từ chối</translation>
    </message>
    <message>
        <source>Quarantined</source>
        <translation>Bị cách ly</translation>
    </message>
    <message>
        <source>Failed, kept for inspection</source>
        <translation>Lỗi, được giữ lại để kiểm tra</translation>
    </message>
    <message>
        <source>The file is damaged or was altered after it was signed; ask the delegate to export again.</source>
        <translation>Tệp bị hỏng hoặc đã bị sửa đổi sau khi ký; hãy đề nghị đại biểu xuất lại.</translation>
    </message>
    <message>
        <source>The sender&apos;s key is not enrolled yet: compare its fingerprint with the delegate (Delegates page), then approve it; the bundle then merges.</source>
        <translation>Khóa của người gửi chưa được đăng ký: hãy so sánh dấu vân tay với đại biểu (trang Đại biểu), rồi phê duyệt; khi đó gói dữ liệu sẽ được hợp nhất.</translation>
    </message>
    <message>
        <source>The sender&apos;s key has been revoked; nothing was taken in.</source>
        <translation>Khóa của người gửi đã bị thu hồi; không tiếp nhận nội dung nào.</translation>
    </message>
    <message>
        <source>A change already received comes again with other content (altered, or a faulty program): the file was set aside as evidence, nothing in it was taken in.</source>
        <translation>Một thay đổi đã nhận lại đến với nội dung khác (bị sửa đổi, hoặc do lỗi chương trình): tệp được để riêng làm bằng chứng, không tiếp nhận nội dung nào trong tệp.</translation>
    </message>
    <message>
        <source>Too many files are already waiting for keys nobody has enrolled; this one was not kept. Approve or revoke the waiting keys (Delegates page), then import this file again.</source>
        <translation>Đã có quá nhiều tệp đang chờ các khóa chưa ai đăng ký; tệp này không được giữ lại. Hãy phê duyệt hoặc thu hồi các khóa đang chờ (trang Đại biểu), rồi nhập lại tệp này.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong with this file; nothing of it was taken in and the other files went on. It was kept in the profile&apos;s quarantine folder: please report it.</source>
        <translation>Đã xảy ra lỗi bất thường với tệp này; không tiếp nhận nội dung nào của tệp và các tệp khác vẫn được xử lý tiếp. Tệp được giữ trong thư mục cách ly của hồ sơ: vui lòng báo cáo lỗi này.</translation>
    </message>
    <message>
        <source>This device sent a different bundle with the same number before; the file was set aside. Ask the delegate whether the profile was copied to another computer.</source>
        <translation>Thiết bị này trước đây đã gửi một gói dữ liệu khác có cùng số thứ tự; tệp được để riêng. Hãy hỏi đại biểu xem hồ sơ có bị sao chép sang máy tính khác không.</translation>
    </message>
    <message>
        <source>The file could not be read (missing, or no permission).</source>
        <translation>Không thể đọc tệp (không tồn tại, hoặc không có quyền truy cập).</translation>
    </message>
    <message>
        <source>The file is larger than KIN Desktop accepts.</source>
        <translation>Tệp lớn hơn mức KIN Desktop chấp nhận.</translation>
    </message>
    <message>
        <source>This is not a KIN bundle.</source>
        <translation>Đây không phải là gói dữ liệu KIN.</translation>
    </message>
    <message>
        <source>This is not a KIN file.</source>
        <translation>Đây không phải là tệp KIN.</translation>
    </message>
    <message>
        <source>This file is encrypted for someone else.</source>
        <translation>Tệp này được mã hóa cho người khác.</translation>
    </message>
    <message>
        <source>The file was written by a newer version of KIN Desktop; update it.</source>
        <translation>Tệp được ghi bởi một phiên bản mới hơn của KIN Desktop; hãy cập nhật phần mềm.</translation>
    </message>
    <message>
        <source>The bundle is encrypted for another secretariat key; the delegate needs the current welcome pack.</source>
        <translation>Gói dữ liệu được mã hóa cho một khóa khác của Ban Thư ký; đại biểu cần gói chào mừng hiện hành.</translation>
    </message>
    <message>
        <source>The bundle was made for another secretariat key; the delegate needs the current welcome pack.</source>
        <translation>Gói dữ liệu được tạo cho một khóa khác của Ban Thư ký; đại biểu cần gói chào mừng hiện hành.</translation>
    </message>
    <message>
        <source>The file is cut short (an interrupted copy?); ask for it again.</source>
        <translation>Tệp bị thiếu phần cuối (sao chép bị gián đoạn?); hãy đề nghị gửi lại.</translation>
    </message>
    <message>
        <source>The bundle holds more files than allowed; it was not opened.</source>
        <translation>Gói dữ liệu chứa nhiều tệp hơn mức cho phép; gói không được mở.</translation>
    </message>
    <message>
        <source>The bundle expands suspiciously (a zip bomb?); it was not opened.</source>
        <translation>Gói dữ liệu giải nén bất thường (bom zip?); gói không được mở.</translation>
    </message>
    <message>
        <source>The bundle names files in an unsafe way; it was not opened.</source>
        <translation>Gói dữ liệu đặt tên tệp theo cách không an toàn; gói không được mở.</translation>
    </message>
    <message>
        <source>The bundle holds a file that bundles may not carry.</source>
        <translation>Gói dữ liệu chứa một tệp mà gói dữ liệu không được phép mang.</translation>
    </message>
    <message>
        <source>The signature does not verify: the file was altered or forged.</source>
        <translation>Không xác minh được chữ ký: tệp đã bị sửa đổi hoặc giả mạo.</translation>
    </message>
    <message>
        <source>The file is signed by a key this profile does not know.</source>
        <translation>Tệp được ký bằng một khóa mà hồ sơ này không biết.</translation>
    </message>
    <message>
        <source>The file is signed by another key than the one it names.</source>
        <translation>Tệp được ký bằng một khóa khác với khóa mà tệp ghi tên.</translation>
    </message>
    <message>
        <source>The bundle&apos;s records are invalid; nothing was taken in.</source>
        <translation>Các bản ghi trong gói dữ liệu không hợp lệ; không tiếp nhận nội dung nào.</translation>
    </message>
    <message>
        <source>A change in the bundle was not written by its sender; nothing was taken in.</source>
        <translation>Một thay đổi trong gói dữ liệu không do người gửi viết; không tiếp nhận nội dung nào.</translation>
    </message>
    <message>
        <source>The bundle changes records its sender does not own (or review notes); nothing was taken in.</source>
        <translation>Gói dữ liệu thay đổi các bản ghi (hoặc ghi chú xem xét) không thuộc người gửi; không tiếp nhận nội dung nào.</translation>
    </message>
    <message>
        <source>An attached file is missing from the bundle; nothing was taken in.</source>
        <translation>Gói dữ liệu thiếu một tệp đính kèm; không tiếp nhận nội dung nào.</translation>
    </message>
    <message>
        <source>%1 and %2 more gaps</source>
        <translation>%1 và %2 khoảng trống khác</translation>
    </message>
    <message>
        <source>Not arrived yet from this device: bundle %1.</source>
        <translation>Chưa nhận được từ thiết bị này: gói dữ liệu %1.</translation>
    </message>
    <message>
        <source>Changes dated more than a day ahead of this computer&apos;s clock: %1, the latest on %2. The sender&apos;s clock is probably wrong; they were kept as signed and this computer&apos;s clock was not moved.</source>
        <translation>Thay đổi ghi ngày sớm hơn đồng hồ máy này quá một ngày: %1, muộn nhất vào %2. Đồng hồ của người gửi có thể sai; các thay đổi được giữ nguyên như đã ký và đồng hồ máy này không bị chỉnh.</translation>
    </message>
    <message>
        <source>Nothing new in it.</source>
        <translation>Không có gì mới.</translation>
    </message>
    <message>
        <source>Import bundles</source>
        <translation>Nhập gói dữ liệu</translation>
    </message>
    <message>
        <source>KIN bundles (*.kinb)</source>
        <translation>Gói dữ liệu KIN (*.kinb)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tất cả các tệp (*)</translation>
    </message>
    <message>
        <source>Choose a folder of bundles</source>
        <translation>Chọn thư mục chứa gói dữ liệu</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Đã nhận</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>Đang xem xét</translation>
    </message>
    <message>
        <source>Has issues</source>
        <translation>Có vấn đề</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Đã đăng ký</translation>
    </message>
    <message>
        <source>corrected</source>
        <translation>đã sửa</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>đã thay đổi</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>xung đột</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Kết thúc</translation>
    </message>
    <message>
        <source>Review state</source>
        <translation>Tình trạng xem xét</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Thay đổi gần nhất</translation>
    </message>
    <message>
        <source>Save the commitment forms</source>
        <translation>Lưu các biểu mẫu cam kết</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Check a signed form</source>
        <translation>Kiểm tra biểu mẫu đã ký</translation>
    </message>
    <message>
        <source>The text of the form&apos;s QR code (a scanner types it here):</source>
        <translation>Nội dung mã QR của biểu mẫu (máy quét sẽ nhập vào đây):</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Nhận xét</translation>
    </message>
</context>
</TS>
