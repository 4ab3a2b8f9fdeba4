<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About KIN Desktop</source>
        <translation>เกี่ยวกับ KIN Desktop</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>เวอร์ชัน %1</translation>
    </message>
    <message>
        <source>For the Kitakyushu Initiative Network: the cities&apos; questionnaire, practices and commitments, and the secretariat&apos;s review and follow-up. Licensed under the MIT licence.</source>
        <translation>สำหรับเครือข่ายความริเริ่มคิตะคิวชู: แบบสอบถามของเมือง แนวปฏิบัติและข้อผูกพัน รวมถึงการตรวจพิจารณาและการติดตามผลของสำนักเลขาธิการ เผยแพร่ภายใต้สัญญาอนุญาต MIT</translation>
    </message>
    <message>
        <source>Licences of what is bundled</source>
        <translation>สัญญาอนุญาตของส่วนประกอบที่รวมมาด้วย</translation>
    </message>
    <message>
        <source>KIN Desktop bundles the following software and fonts:</source>
        <translation>KIN Desktop รวมซอฟต์แวร์และแบบอักษรต่อไปนี้มาด้วย:</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>ส่วนประกอบ</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>เวอร์ชัน</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>สัญญาอนุญาต</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <source>Attached files</source>
        <translation>ไฟล์แนบ</translation>
    </message>
    <message>
        <source>Drop files here or press Add.</source>
        <translation>วางไฟล์ที่นี่ หรือกด เพิ่ม</translation>
    </message>
    <message>
        <source>Attachments hint</source>
        <translation>คำอธิบายไฟล์แนบ</translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation>เพิ่มไฟล์(&amp;A)…</translation>
    </message>
    <message>
        <source>Add files</source>
        <translation>เพิ่มไฟล์</translation>
    </message>
    <message>
        <source>O&amp;pen file</source>
        <translation>เปิดไฟล์(&amp;P)</translation>
    </message>
    <message>
        <source>Open the selected file</source>
        <translation>เปิดไฟล์ที่เลือก</translation>
    </message>
    <message>
        <source>Re&amp;move file</source>
        <translation>นำไฟล์ออก(&amp;M)</translation>
    </message>
    <message>
        <source>Remove the selected file</source>
        <translation>นำไฟล์ที่เลือกออก</translation>
    </message>
    <message>
        <source>Save the record first: fix the problems shown above, then attach the files.</source>
        <translation>โปรดบันทึกระเบียนก่อน: แก้ไขปัญหาที่แสดงด้านบน แล้วจึงแนบไฟล์</translation>
    </message>
    <message>
        <source>%1 was not attached: %2</source>
        <translation>ไม่ได้แนบ %1: %2</translation>
    </message>
    <message>
        <source>No program could open %1.</source>
        <translation>ไม่มีโปรแกรมที่เปิด %1 ได้</translation>
    </message>
</context>
<context>
    <name>CitiesTab</name>
    <message>
        <source>City</source>
        <translation>เมือง</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>ประเทศ</translation>
    </message>
    <message>
        <source>Delegate</source>
        <translation>ผู้แทน</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>แบบสอบถาม</translation>
    </message>
    <message>
        <source>Cities</source>
        <translation>เมือง</translation>
    </message>
    <message>
        <source>By &amp;city</source>
        <translation>ตามเมือง(&amp;C)</translation>
    </message>
    <message>
        <source>By &amp;question</source>
        <translation>ตามคำถาม(&amp;Q)</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>คำถาม</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>ส่วน</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>ลำดับ</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>คำตอบ</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>คำตอบ</translation>
    </message>
    <message>
        <source>Select a city to read its answers.</source>
        <translation>เลือกเมืองเพื่ออ่านคำตอบของเมืองนั้น</translation>
    </message>
    <message>
        <source>No delegations yet: a city appears here with its first bundle.</source>
        <translation>ยังไม่มีคณะผู้แทน: เมืองจะปรากฏที่นี่เมื่อได้รับชุดข้อมูลชุดแรก</translation>
    </message>
    <message>
        <source>Not received</source>
        <translation>ยังไม่ได้รับ</translation>
    </message>
    <message>
        <source>Submitted (%1)</source>
        <translation>ส่งแล้ว (%1)</translation>
    </message>
    <message>
        <source>In progress (%1)</source>
        <translation>กำลังดำเนินการ (%1)</translation>
    </message>
    <message>
        <source>No city has answered this question yet.</source>
        <translation>ยังไม่มีเมืองใดตอบคำถามนี้</translation>
    </message>
    <message>
        <source>This city has not sent its questionnaire yet.</source>
        <translation>เมืองนี้ยังไม่ได้ส่งแบบสอบถาม</translation>
    </message>
</context>
<context>
    <name>ComboChoiceEditor</name>
    <message>
        <source>— Not answered —</source>
        <translation>— ยังไม่ได้ตอบ —</translation>
    </message>
</context>
<context>
    <name>CommitmentEditor</name>
    <message>
        <source>Commitment</source>
        <translation>ข้อผูกพัน</translation>
    </message>
    <message>
        <source>commitment</source>
        <translation>ข้อผูกพัน</translation>
    </message>
    <message>
        <source>A short name for the project</source>
        <translation>ชื่อย่อของโครงการ</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>ชื่อ(&amp;T):</translation>
    </message>
    <message>
        <source>Project t&amp;ype:</source>
        <translation>ประเภทโครงการ(&amp;Y):</translation>
    </message>
    <message>
        <source>S&amp;tate:</source>
        <translation>สถานะ(&amp;T):</translation>
    </message>
    <message>
        <source>Se&amp;ctors:</source>
        <translation>สาขา(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Objectives:</source>
        <translation>วัตถุประสงค์(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>รายละเอียด(&amp;D):</translation>
    </message>
    <message>
        <source>Targets and indicators</source>
        <translation>เป้าหมายและตัวชี้วัด</translation>
    </message>
    <message>
        <source>Add tar&amp;get</source>
        <translation>เพิ่มเป้าหมาย(&amp;G)</translation>
    </message>
    <message>
        <source>Remove target</source>
        <translation>นำเป้าหมายออก</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>ระยะเวลาดำเนินการ</translation>
    </message>
    <message>
        <source>Start &amp;date:</source>
        <translation>วันที่เริ่ม(&amp;D):</translation>
    </message>
    <message>
        <source>The follow-up runs to %1: the timeline ends by then.</source>
        <translation>การติดตามผลดำเนินไปจนถึง %1: ระยะเวลาดำเนินการต้องสิ้นสุดภายในวันดังกล่าว</translation>
    </message>
    <message>
        <source>&amp;End date:</source>
        <translation>วันที่สิ้นสุด(&amp;E):</translation>
    </message>
    <message>
        <source>Add &amp;milestone</source>
        <translation>เพิ่มหมุดหมาย(&amp;M)</translation>
    </message>
    <message>
        <source>Remove milestone</source>
        <translation>นำหมุดหมายออก</translation>
    </message>
    <message>
        <source>Milestones:</source>
        <translation>หมุดหมาย:</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>หุ้นส่วน</translation>
    </message>
    <message>
        <source>Add &amp;partner</source>
        <translation>เพิ่มหุ้นส่วน(&amp;P)</translation>
    </message>
    <message>
        <source>Remove partner</source>
        <translation>นำหุ้นส่วนออก</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>งบประมาณ</translation>
    </message>
    <message>
        <source>e.g. 250000</source>
        <translation>เช่น 250000</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>จำนวนเงิน(&amp;A):</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>สกุลเงิน(&amp;U):</translation>
    </message>
    <message>
        <source>e.g. city budget, ODA loan</source>
        <translation>เช่น งบประมาณของเมือง เงินกู้ ODA</translation>
    </message>
    <message>
        <source>&amp;Funding source:</source>
        <translation>แหล่งเงินทุน(&amp;F):</translation>
    </message>
    <message>
        <source>Sharing and signature</source>
        <translation>การแบ่งปันและการลงนาม</translation>
    </message>
    <message>
        <source>E&amp;xperience to share:</source>
        <translation>ประสบการณ์ที่จะแบ่งปัน(&amp;X):</translation>
    </message>
    <message>
        <source>Signatory &amp;name:</source>
        <translation>ชื่อผู้ลงนาม(&amp;N):</translation>
    </message>
    <message>
        <source>Signatory t&amp;itle:</source>
        <translation>ตำแหน่งผู้ลงนาม(&amp;I):</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>ไฟล์แนบ</translation>
    </message>
</context>
<context>
    <name>CommitmentsPage</name>
    <message>
        <source>Commitments</source>
        <translation>ข้อผูกพัน</translation>
    </message>
    <message>
        <source>Project type filter</source>
        <translation>ตัวกรองประเภทโครงการ</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>ทุกประเภท</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>ประเภท(&amp;Y):</translation>
    </message>
    <message>
        <source>No commitments yet — press New to draft one</source>
        <translation>ยังไม่มีข้อผูกพัน — กด ใหม่ เพื่อร่างข้อผูกพัน</translation>
    </message>
    <message numerus="yes">
        <source>%Ln commitment(s)</source>
        <translation>
            <numerusform>ข้อผูกพัน %Ln รายการ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln commitment(s)</source>
        <translation>
            <numerusform>%1 จากข้อผูกพัน %Ln รายการ</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete commitment</source>
        <translation>ลบข้อผูกพัน</translation>
    </message>
    <message>
        <source>Delete the commitment “%1” and its attachments?</source>
        <translation>ลบข้อผูกพัน “%1” และไฟล์แนบหรือไม่</translation>
    </message>
</context>
<context>
    <name>ConfirmApproval</name>
    <message numerus="yes">
        <source>Approve %Ln key(s)</source>
        <translation>
            <numerusform>อนุมัติ %Ln คีย์</numerusform>
        </translation>
    </message>
    <message>
        <source>Compare each fingerprint with the one its delegate reads to you (by phone, or from their screen). Approve only if every group of every fingerprint matches: their held bundles are then merged.</source>
        <translation>เปรียบเทียบลายนิ้วมือแต่ละรายการกับลายนิ้วมือที่ผู้แทนอ่านให้ท่านฟัง (ทางโทรศัพท์ หรือจากหน้าจอของผู้แทน) อนุมัติเฉพาะเมื่อทุกกลุ่มของลายนิ้วมือทุกรายการตรงกัน จากนั้นชุดข้อมูลที่พักไว้จะถูกรวมเข้า</translation>
    </message>
    <message>
        <source>Fingerprints to compare</source>
        <translation>ลายนิ้วมือที่ต้องเปรียบเทียบ</translation>
    </message>
    <message>
        <source>City</source>
        <translation>เมือง</translation>
    </message>
    <message>
        <source>Delegate</source>
        <translation>ผู้แทน</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>ลายนิ้วมือ</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>พักไว้</translation>
    </message>
    <message>
        <source>I &amp;compared every fingerprint, and each one matches</source>
        <translation>ข้าพเจ้าได้เปรียบเทียบลายนิ้วมือทุกรายการแล้ว และตรงกันทั้งหมด(&amp;C)</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Approve %Ln key(s)</source>
        <translation>
            <numerusform>อนุมัติ %Ln คีย์(&amp;A)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConflictsTab</name>
    <message>
        <source>Record</source>
        <translation>ระเบียน</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <source>City</source>
        <translation>เมือง</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>ฉบับ</translation>
    </message>
    <message>
        <source>Records in conflict</source>
        <translation>ระเบียนที่ขัดแย้งกัน</translation>
    </message>
    <message>
        <source>No conflicts. A conflict appears when one delegation edits the same record on two computers; both versions are kept until you choose.</source>
        <translation>ไม่มีข้อขัดแย้ง ข้อขัดแย้งเกิดขึ้นเมื่อคณะผู้แทนเดียวกันแก้ไขระเบียนเดียวกันบนคอมพิวเตอร์สองเครื่อง ระบบจะเก็บทั้งสองฉบับไว้จนกว่าท่านจะเลือก</translation>
    </message>
    <message>
        <source>Fields that differ</source>
        <translation>ช่องที่แตกต่างกัน</translation>
    </message>
    <message>
        <source>&amp;Only the fields that differ</source>
        <translation>เฉพาะช่องที่แตกต่างกัน(&amp;O)</translation>
    </message>
    <message>
        <source>The two versions side by side</source>
        <translation>สองฉบับเทียบกัน</translation>
    </message>
    <message>
        <source>Keep &amp;left</source>
        <translation>เก็บฉบับซ้าย(&amp;L)</translation>
    </message>
    <message>
        <source>Keep the newest version (Ctrl+Alt+Left)</source>
        <translation>เก็บฉบับล่าสุด (Ctrl+Alt+Left)</translation>
    </message>
    <message>
        <source>Keep &amp;right</source>
        <translation>เก็บฉบับขวา(&amp;R)</translation>
    </message>
    <message>
        <source>Keep the other device&apos;s version (Ctrl+Alt+Right)</source>
        <translation>เก็บฉบับของอีกเครื่องหนึ่ง (Ctrl+Alt+Right)</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>รวม(&amp;M)…</translation>
    </message>
    <message>
        <source>Choose field by field (Ctrl+M)</source>
        <translation>เลือกทีละช่อง (Ctrl+M)</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>ผลลัพธ์</translation>
    </message>
    <message>
        <source>Select a conflict to compare its two versions.</source>
        <translation>เลือกข้อขัดแย้งเพื่อเปรียบเทียบสองฉบับ</translation>
    </message>
    <message>
        <source>%1 “%2” — %3</source>
        <translation>%1 “%2” — %3</translation>
    </message>
    <message numerus="yes">
        <source>%Ln field(s) differ: %1. Until you choose, the left (newest) version is shown.</source>
        <translation>
            <numerusform>มี %Ln ช่องที่แตกต่างกัน: %1 ระหว่างที่ท่านยังไม่เลือก ระบบจะแสดงฉบับซ้าย (ล่าสุด)</numerusform>
        </translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>กำลังบันทึก…</translation>
    </message>
    <message>
        <source>Resolved: “%1” now has one version.</source>
        <translation>แก้ไขแล้ว: “%1” มีเพียงฉบับเดียวแล้ว</translation>
    </message>
</context>
<context>
    <name>CountedTexts</name>
    <message numerus="yes">
        <source>Bundle(s) %1 from this delegate have not arrived.</source>
        <translation>
            <numerusform>ยังไม่ได้รับชุดข้อมูล %1 จากผู้แทนรายนี้</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Compare this fingerprint with the one the delegate reads to you (by phone, or from their screen):

%1

%2

Approve only if every group matches. Its %Ln held bundle(s) will then be merged.</source>
        <translation>
            <numerusform>เปรียบเทียบลายนิ้วมือนี้กับลายนิ้วมือที่ผู้แทนอ่านให้ท่านฟัง (ทางโทรศัพท์ หรือจากหน้าจอของผู้แทน):

%1

%2

อนุมัติเฉพาะเมื่อทุกกลุ่มตรงกัน จากนั้นชุดข้อมูลที่พักไว้ %Ln ชุดจะถูกรวมเข้า</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CountryPicker</name>
    <message>
        <source>No country is called “%1”: choose one from the list, or type its name or its code.</source>
        <translation>ไม่มีประเทศชื่อ “%1”: โปรดเลือกจากรายการ หรือพิมพ์ชื่อหรือรหัสประเทศ</translation>
    </message>
    <message>
        <source>Type the name or the code of the country</source>
        <translation>พิมพ์ชื่อหรือรหัสของประเทศ</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Not given</source>
        <translation>ไม่ได้ระบุ</translation>
    </message>
    <message>
        <source>Mayors</source>
        <translation>นายกเทศมนตรี</translation>
    </message>
    <message>
        <source>City experts</source>
        <translation>ผู้เชี่ยวชาญของเมือง</translation>
    </message>
    <message>
        <source>National government</source>
        <translation>รัฐบาลกลาง</translation>
    </message>
    <message>
        <source>International organisations</source>
        <translation>องค์การระหว่างประเทศ</translation>
    </message>
    <message>
        <source>Others</source>
        <translation>อื่น ๆ</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>ได้รับแล้ว</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>อยู่ระหว่างตรวจพิจารณา</translation>
    </message>
    <message>
        <source>Has issues</source>
        <translation>มีประเด็นต้องแก้ไข</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>ลงทะเบียนแล้ว</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>ครบถ้วน</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>กำลังดำเนินการ</translation>
    </message>
    <message>
        <source>No response yet</source>
        <translation>ยังไม่มีคำตอบ</translation>
    </message>
    <message>
        <source>Practices and commitments by country</source>
        <translation>แนวปฏิบัติและข้อผูกพันจำแนกตามประเทศ</translation>
    </message>
    <message>
        <source>Sectors of practices and commitments</source>
        <translation>สาขาของแนวปฏิบัติและข้อผูกพัน</translation>
    </message>
    <message>
        <source>Delegates by participant category</source>
        <translation>ผู้แทนจำแนกตามประเภทผู้เข้าร่วม</translation>
    </message>
    <message>
        <source>Commitments by review state</source>
        <translation>ข้อผูกพันจำแนกตามสถานะการตรวจพิจารณา</translation>
    </message>
    <message>
        <source>Pre-meeting questionnaire, by delegate</source>
        <translation>แบบสอบถามก่อนการประชุม จำแนกตามผู้แทน</translation>
    </message>
    <message>
        <source>Commitments by end year</source>
        <translation>ข้อผูกพันจำแนกตามปีที่สิ้นสุด</translation>
    </message>
    <message>
        <source>%1 (total %2)</source>
        <translation>%1 (รวม %2)</translation>
    </message>
    <message>
        <source>%1: %2 (%3%)</source>
        <translation>%1: %2 (%3%)</translation>
    </message>
    <message>
        <source>&amp;Copy chart</source>
        <translation>คัดลอกแผนภูมิ(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Save as PNG…</source>
        <translation>บันทึกเป็น PNG(&amp;S)…</translation>
    </message>
    <message>
        <source>The Network at a glance</source>
        <translation>ภาพรวมของเครือข่าย</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>กำลังนับ…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>รีเฟรช(&amp;R)</translation>
    </message>
    <message>
        <source>Count again (F5)</source>
        <translation>นับใหม่ (F5)</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>คัดลอก</translation>
    </message>
    <message>
        <source>Copy this chart as a picture, to paste into a report</source>
        <translation>คัดลอกแผนภูมินี้เป็นรูปภาพ เพื่อวางในรายงาน</translation>
    </message>
    <message>
        <source>Copy chart</source>
        <translation>คัดลอกแผนภูมิ</translation>
    </message>
    <message>
        <source>Save PNG…</source>
        <translation>บันทึก PNG…</translation>
    </message>
    <message>
        <source>Save this chart as a PNG picture</source>
        <translation>บันทึกแผนภูมินี้เป็นรูปภาพ PNG</translation>
    </message>
    <message>
        <source>Save chart as PNG</source>
        <translation>บันทึกแผนภูมิเป็น PNG</translation>
    </message>
    <message>
        <source>Save the chart</source>
        <translation>บันทึกแผนภูมิ</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>รูปภาพ PNG (*.png)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln practice(s)</source>
        <translation>
            <numerusform>แนวปฏิบัติ %Ln รายการ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln commitment(s)</source>
        <translation>
            <numerusform>ข้อผูกพัน %Ln รายการ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln cities</source>
        <translation>
            <numerusform>%Ln เมือง</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to count yet: the charts fill in as the delegates&apos; bundles are taken in on the Inbox page.</source>
        <translation>ยังไม่มีข้อมูลให้นับ: แผนภูมิจะแสดงข้อมูลเมื่อนำเข้าชุดข้อมูลของผู้แทนในหน้ากล่องรับเข้า</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>ไม่มีข้อมูล</translation>
    </message>
    <message>
        <source>“%1” copied: paste it into your report.</source>
        <translation>คัดลอก “%1” แล้ว: วางลงในรายงานของท่านได้</translation>
    </message>
    <message>
        <source>The chart could not be saved to %1.</source>
        <translation>ไม่สามารถบันทึกแผนภูมิไปยัง %1</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>บันทึก %1 แล้ว</translation>
    </message>
</context>
<context>
    <name>DateEditor</name>
    <message>
        <source>Choose on a calendar: %1</source>
        <translation>เลือกจากปฏิทิน: %1</translation>
    </message>
</context>
<context>
    <name>DateEntry</name>
    <message>
        <source>Choose the date on a calendar (Alt+Down)</source>
        <translation>เลือกวันที่จากปฏิทิน (Alt+Down)</translation>
    </message>
    <message>
        <source>Choose on a calendar</source>
        <translation>เลือกจากปฏิทิน</translation>
    </message>
</context>
<context>
    <name>DelegatesPage</name>
    <message>
        <source>Delegates&apos; keys</source>
        <translation>คีย์ของผู้แทน</translation>
    </message>
    <message>
        <source>No delegate has sent a bundle yet. A delegate&apos;s first bundle registers their key here, waiting for your approval.</source>
        <translation>ยังไม่มีผู้แทนส่งชุดข้อมูล ชุดข้อมูลชุดแรกของผู้แทนจะลงทะเบียนคีย์ของผู้แทนไว้ที่นี่ เพื่อรอการอนุมัติจากท่าน</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>อนุมัติ(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Revoke…</source>
        <translation>เพิกถอน(&amp;R)…</translation>
    </message>
    <message>
        <source>Write a &amp;receipt again…</source>
        <translation>จัดทำใบตอบรับอีกครั้ง(&amp;R)…</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>รีเฟรช(&amp;F)</translation>
    </message>
    <message>
        <source>Approve the selected keys</source>
        <translation>อนุมัติคีย์ที่เลือก</translation>
    </message>
    <message>
        <source>Revoke the selected key</source>
        <translation>เพิกถอนคีย์ที่เลือก</translation>
    </message>
    <message>
        <source>Write a receipt with the current state for this delegate</source>
        <translation>จัดทำใบตอบรับพร้อมสถานะปัจจุบันสำหรับผู้แทนรายนี้</translation>
    </message>
    <message>
        <source>Load the registry again</source>
        <translation>โหลดทะเบียนอีกครั้ง</translation>
    </message>
    <message>
        <source>Registry summary</source>
        <translation>สรุปทะเบียน</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>ผลลัพธ์</translation>
    </message>
    <message>
        <source>Missing bundles</source>
        <translation>ชุดข้อมูลที่ขาดหาย</translation>
    </message>
    <message>
        <source>City</source>
        <translation>เมือง</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>ลำดับ</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>ได้รับ</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ไฟล์</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>ผล</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>ระเบียน</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>ความหมาย</translation>
    </message>
    <message>
        <source>Bundles received from the selected key</source>
        <translation>ชุดข้อมูลที่ได้รับจากคีย์ที่เลือก</translation>
    </message>
    <message>
        <source>What this key has sent</source>
        <translation>สิ่งที่คีย์นี้ส่งมา</translation>
    </message>
    <message numerus="yes">
        <source>%Ln waiting for approval</source>
        <translation>
            <numerusform>รออนุมัติ %Ln รายการ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln approved</source>
        <translation>
            <numerusform>อนุมัติแล้ว %Ln รายการ</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a key to see the bundles it has sent.</source>
        <translation>เลือกคีย์เพื่อดูชุดข้อมูลที่คีย์นั้นส่งมา</translation>
    </message>
    <message>
        <source>%1 — %2, %3 · %4 · first seen %5</source>
        <translation>%1 — %2, %3 · %4 · พบครั้งแรก %5</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(ไม่มีชื่อ)</translation>
    </message>
    <message>
        <source>No bundle is missing: every number up to the last one arrived.</source>
        <translation>ไม่มีชุดข้อมูลขาดหาย: ได้รับครบทุกหมายเลขจนถึงหมายเลขล่าสุด</translation>
    </message>
    <message>
        <source>Nothing received from this key is in the import log.</source>
        <translation>ไม่มีรายการที่ได้รับจากคีย์นี้ในบันทึกการนำเข้า</translation>
    </message>
    <message>
        <source>Not approved: nothing changed.</source>
        <translation>ไม่ได้อนุมัติ: ไม่มีการเปลี่ยนแปลง</translation>
    </message>
    <message numerus="yes">
        <source>Approving %Ln key(s) and merging their held bundles…</source>
        <translation>
            <numerusform>กำลังอนุมัติ %Ln คีย์ และรวมชุดข้อมูลที่พักไว้…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln key(s)</source>
        <translation>
            <numerusform>%Ln คีย์</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Approved %1: %Ln held bundle(s) merged.</source>
        <translation>
            <numerusform>อนุมัติ %1 แล้ว: รวมชุดข้อมูลที่พักไว้ %Ln ชุดแล้ว</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln refused:</source>
        <translation>
            <numerusform>ปฏิเสธ %Ln รายการ:</numerusform>
        </translation>
    </message>
    <message>
        <source>Receipt written for %1: %2. Send it to the delegate.</source>
        <translation>จัดทำใบตอบรับสำหรับ %1 แล้ว: %2 โปรดส่งให้ผู้แทน</translation>
    </message>
    <message>
        <source>Not revoked: nothing changed.</source>
        <translation>ไม่ได้เพิกถอน: ไม่มีการเปลี่ยนแปลง</translation>
    </message>
    <message>
        <source>Revoked the key of %1: its bundles will be refused from now on.</source>
        <translation>เพิกถอนคีย์ของ %1 แล้ว: ชุดข้อมูลจากคีย์นี้จะถูกปฏิเสธนับจากนี้</translation>
    </message>
</context>
<context>
    <name>ExportsPage</name>
    <message>
        <source>E&amp;xcel workbook (XLSX): one sheet per table</source>
        <translation>สมุดงาน Excel (XLSX): หนึ่งแผ่นงานต่อหนึ่งตาราง(&amp;X)</translation>
    </message>
    <message>
        <source>CS&amp;V files: one file per table, UTF-8</source>
        <translation>ไฟล์ CSV: หนึ่งไฟล์ต่อหนึ่งตาราง, UTF-8(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Export for analysis…</source>
        <translation>ส่งออกเพื่อการวิเคราะห์(&amp;E)…</translation>
    </message>
    <message>
        <source>Write practices, commitments, follow-up and questionnaire answers (Ctrl+E)</source>
        <translation>จัดทำแนวปฏิบัติ ข้อผูกพัน การติดตามผล และคำตอบแบบสอบถาม (Ctrl+E)</translation>
    </message>
    <message>
        <source>For analysis</source>
        <translation>เพื่อการวิเคราะห์</translation>
    </message>
    <message>
        <source>Practices, commitments, their follow-up and the questionnaire answers, as tables to open in a spreadsheet or a statistics package.</source>
        <translation>แนวปฏิบัติ ข้อผูกพัน การติดตามผล และคำตอบแบบสอบถาม ในรูปแบบตารางสำหรับเปิดในโปรแกรมตารางคำนวณหรือโปรแกรมสถิติ</translation>
    </message>
    <message>
        <source>Write &amp;receipts…</source>
        <translation>จัดทำใบตอบรับ(&amp;R)…</translation>
    </message>
    <message>
        <source>One signed receipt per delegate with something to acknowledge (Ctrl+R)</source>
        <translation>ใบตอบรับที่ลงนามแล้วหนึ่งฉบับต่อผู้แทนแต่ละรายที่มีรายการต้องตอบรับ (Ctrl+R)</translation>
    </message>
    <message>
        <source>Write &amp;welcome pack…</source>
        <translation>จัดทำชุดต้อนรับ(&amp;W)…</translation>
    </message>
    <message>
        <source>The secretariat&apos;s keys, the questionnaires and the practices catalogue</source>
        <translation>คีย์ของสำนักเลขาธิการ แบบสอบถาม และแคตตาล็อกแนวปฏิบัติ</translation>
    </message>
    <message>
        <source>For delegates</source>
        <translation>สำหรับผู้แทน</translation>
    </message>
    <message>
        <source>Receipts tell each delegate what was taken in and how it was reviewed; the welcome pack brings the secretariat&apos;s key and the practices catalogue. Both are signed: send them by e-mail or on a USB stick.</source>
        <translation>ใบตอบรับแจ้งผู้แทนแต่ละรายว่าได้นำเข้าสิ่งใดและตรวจพิจารณาอย่างไร ชุดต้อนรับประกอบด้วยคีย์ของสำนักเลขาธิการและแคตตาล็อกแนวปฏิบัติ ทั้งสองรายการได้รับการลงนามแล้ว โปรดส่งทางอีเมลหรือแฟลชไดรฟ์ USB</translation>
    </message>
    <message>
        <source>Writing</source>
        <translation>การจัดทำ</translation>
    </message>
    <message>
        <source>Nothing written yet in this session.</source>
        <translation>ยังไม่มีการจัดทำไฟล์ในเซสชันนี้</translation>
    </message>
    <message>
        <source>Files written</source>
        <translation>ไฟล์ที่จัดทำแล้ว</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>เปิดโฟลเดอร์(&amp;O)</translation>
    </message>
    <message>
        <source>Show the folder of the chosen file</source>
        <translation>แสดงโฟลเดอร์ของไฟล์ที่เลือก</translation>
    </message>
    <message>
        <source>Export for analysis</source>
        <translation>ส่งออกเพื่อการวิเคราะห์</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>สมุดงาน Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Choose a folder for the CSV files</source>
        <translation>เลือกโฟลเดอร์สำหรับไฟล์ CSV</translation>
    </message>
    <message numerus="yes">
        <source>A receipt would tell %Ln delegate(s) of something new: %1</source>
        <translation>
            <numerusform>ใบตอบรับจะแจ้งเรื่องใหม่แก่ผู้แทน %Ln คน: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Every delegate has been told of everything received.</source>
        <translation>แจ้งผู้แทนทุกคนถึงทุกสิ่งที่ได้รับแล้ว</translation>
    </message>
    <message>
        <source>Exporting for analysis…</source>
        <translation>กำลังส่งออกเพื่อการวิเคราะห์…</translation>
    </message>
    <message numerus="yes">
        <source>Exported for analysis: %Ln file(s).</source>
        <translation>
            <numerusform>ส่งออกเพื่อการวิเคราะห์แล้ว: %Ln ไฟล์</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a folder for the receipts</source>
        <translation>เลือกโฟลเดอร์สำหรับใบตอบรับ</translation>
    </message>
    <message>
        <source>Writing receipts…</source>
        <translation>กำลังจัดทำใบตอบรับ…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln receipt(s) written: send each to its delegate.</source>
        <translation>
            <numerusform>จัดทำใบตอบรับแล้ว %Ln ฉบับ: โปรดส่งให้ผู้แทนแต่ละราย</numerusform>
        </translation>
    </message>
    <message>
        <source>No receipts were needed: every delegate has been told of everything received.</source>
        <translation>ไม่จำเป็นต้องมีใบตอบรับ: ได้แจ้งผู้แทนทุกรายเกี่ยวกับทุกรายการที่ได้รับแล้ว</translation>
    </message>
    <message>
        <source>Choose a folder for the welcome pack</source>
        <translation>เลือกโฟลเดอร์สำหรับชุดต้อนรับ</translation>
    </message>
    <message>
        <source>Writing the welcome pack…</source>
        <translation>กำลังจัดทำชุดต้อนรับ…</translation>
    </message>
    <message>
        <source>Welcome pack written: send it to the delegates with the secretariat&apos;s fingerprint.</source>
        <translation>จัดทำชุดต้อนรับแล้ว: โปรดส่งให้ผู้แทนพร้อมลายนิ้วมือของสำนักเลขาธิการ</translation>
    </message>
    <message>
        <source>Wait for the current work to finish, then try again.</source>
        <translation>โปรดรอให้งานปัจจุบันเสร็จสิ้น แล้วลองอีกครั้ง</translation>
    </message>
    <message>
        <source>The passphrase was not right: press the button again to try again. Nothing was written.</source>
        <translation>วลีรหัสผ่านไม่ถูกต้อง: กดปุ่มอีกครั้งเพื่อลองใหม่ ไม่มีการจัดทำไฟล์ใด</translation>
    </message>
</context>
<context>
    <name>FollowUpPage</name>
    <message>
        <source>Re&amp;cognized by %1</source>
        <translation>รับรองภายในปี %1(&amp;C)</translation>
    </message>
    <message>
        <source>The Network recognizes the realization of a registered commitment (concept note: &quot;recognized in due course by 2010&quot;)</source>
        <translation>เครือข่ายรับรองการบรรลุผลของข้อผูกพันที่ลงทะเบียนแล้ว (เอกสารแนวคิด: &quot;ได้รับการรับรองในเวลาอันสมควรภายในปี 2010&quot;)</translation>
    </message>
    <message>
        <source>Record a &amp;progress report…</source>
        <translation>บันทึกรายงานความก้าวหน้า(&amp;P)…</translation>
    </message>
    <message>
        <source>Record a progress report of this commitment (Ctrl+N)</source>
        <translation>บันทึกรายงานความก้าวหน้าของข้อผูกพันนี้ (Ctrl+N)</translation>
    </message>
    <message>
        <source>Progress reports</source>
        <translation>รายงานความก้าวหน้า</translation>
    </message>
    <message>
        <source>&lt;b&gt;No commitment chosen&lt;/b&gt;</source>
        <translation>&lt;b&gt;ยังไม่ได้เลือกข้อผูกพัน&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Choose a commitment in the list to see its progress reports.</source>
        <translation>เลือกข้อผูกพันในรายการเพื่อดูรายงานความก้าวหน้า</translation>
    </message>
    <message>
        <source>Ends: %1</source>
        <translation>สิ้นสุด: %1</translation>
    </message>
    <message>
        <source>no end date given</source>
        <translation>ไม่ได้ระบุวันที่สิ้นสุด</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>สถานะ: %1</translation>
    </message>
    <message>
        <source>Registered: %1</source>
        <translation>ลงทะเบียน: %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ใช่</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>ยังไม่</translation>
    </message>
    <message>
        <source>It can be recognized once it is registered on the Review page.</source>
        <translation>สามารถรับรองได้เมื่อลงทะเบียนในหน้าตรวจพิจารณาแล้ว</translation>
    </message>
    <message>
        <source>Overdue: it was to end on %1 and is not reported completed.</source>
        <translation>เกินกำหนด: กำหนดสิ้นสุดวันที่ %1 แต่ยังไม่มีรายงานว่าเสร็จสิ้น</translation>
    </message>
    <message>
        <source>Overdue: a milestone due before %1 is not reported reached.</source>
        <translation>เกินกำหนด: หมุดหมายที่ครบกำหนดก่อน %1 ยังไม่มีรายงานว่าบรรลุ</translation>
    </message>
    <message>
        <source>Stalled: so says its latest progress report.</source>
        <translation>หยุดชะงัก: ตามรายงานความก้าวหน้าฉบับล่าสุด</translation>
    </message>
    <message>
        <source>Stalled: no progress reported for more than six months.</source>
        <translation>หยุดชะงัก: ไม่มีรายงานความก้าวหน้าเกินกว่าหกเดือน</translation>
    </message>
    <message>
        <source>No progress reported yet.</source>
        <translation>ยังไม่มีรายงานความก้าวหน้า</translation>
    </message>
    <message>
        <source>Attention</source>
        <translation>ข้อควรระวัง</translation>
    </message>
    <message>
        <source>City</source>
        <translation>เมือง</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>ข้อผูกพัน</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>วันที่สิ้นสุด</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>Last report</source>
        <translation>รายงานล่าสุด</translation>
    </message>
    <message>
        <source>—</source>
        <comment>no report</comment>
        <translation>—</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>รายงาน</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>ตรวจพิจารณา</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>วันที่</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>บันทึกโดย</translation>
    </message>
    <message>
        <source>Secretariat</source>
        <translation>สำนักเลขาธิการ</translation>
    </message>
    <message>
        <source>Delegate</source>
        <translation>ผู้แทน</translation>
    </message>
    <message>
        <source>Milestones reached</source>
        <translation>หมุดหมายที่บรรลุ</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>ตัวชี้วัด</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>หมายเหตุ</translation>
    </message>
    <message>
        <source>Commitments followed up to %1</source>
        <translation>ข้อผูกพันที่ติดตามผลถึงปี %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>กำลังโหลด…</translation>
    </message>
    <message>
        <source>Follow-up as of</source>
        <translation>การติดตามผล ณ วันที่</translation>
    </message>
    <message>
        <source>Overdue and stalled are judged as of this date (by default today, or the end of the second cycle, %1, once it is past)</source>
        <translation>การเกินกำหนดและการหยุดชะงักพิจารณา ณ วันที่นี้ (ค่าเริ่มต้นคือวันนี้ หรือวันสิ้นสุดรอบที่สอง %1 เมื่อพ้นวันนั้นแล้ว)</translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation>ณ วันที่(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>วันนี้(&amp;T)</translation>
    </message>
    <message>
        <source>Judge the follow-up as of today</source>
        <translation>พิจารณาการติดตามผล ณ วันนี้</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>รีเฟรช(&amp;R)</translation>
    </message>
    <message>
        <source>Read the commitments and reports again (F5)</source>
        <translation>อ่านข้อผูกพันและรายงานอีกครั้ง (F5)</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>แสดง:</translation>
    </message>
    <message>
        <source>All</source>
        <translation>ทั้งหมด</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>เกินกำหนด</translation>
    </message>
    <message>
        <source>Stalled</source>
        <translation>หยุดชะงัก</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>แสดง %1</translation>
    </message>
    <message>
        <source>Filter by city or title (Ctrl+F)</source>
        <translation>กรองตามเมืองหรือชื่อ (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter by city or title</source>
        <translation>กรองตามเมืองหรือชื่อ</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>ค้นหา</translation>
    </message>
    <message>
        <source>Commitments followed up</source>
        <translation>ข้อผูกพันที่ติดตามผล</translation>
    </message>
    <message>
        <source>No commitments yet, as of %1.</source>
        <translation>ยังไม่มีข้อผูกพัน ณ วันที่ %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln commitment(s) as of %1: </source>
        <translation>
            <numerusform>ข้อผูกพัน %Ln รายการ ณ วันที่ %1: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln overdue, </source>
        <translation>
            <numerusform>เกินกำหนด %Ln, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln stalled, </source>
        <translation>
            <numerusform>หยุดชะงัก %Ln, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln recognized.</source>
        <translation>
            <numerusform>รับรองแล้ว %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>No commitments to follow up yet. They arrive with the delegates&apos; bundles: take them in on the Inbox page.</source>
        <translation>ยังไม่มีข้อผูกพันที่ต้องติดตามผล ข้อผูกพันจะมาพร้อมกับชุดข้อมูลของผู้แทน: นำเข้าในหน้ากล่องรับเข้า</translation>
    </message>
    <message>
        <source>No commitment matches these words.</source>
        <translation>ไม่มีข้อผูกพันที่ตรงกับคำเหล่านี้</translation>
    </message>
    <message>
        <source>Nothing is overdue as of %1.</source>
        <translation>ไม่มีรายการเกินกำหนด ณ วันที่ %1</translation>
    </message>
    <message>
        <source>Nothing is stalled as of %1.</source>
        <translation>ไม่มีรายการหยุดชะงัก ณ วันที่ %1</translation>
    </message>
    <message>
        <source>No commitments to show.</source>
        <translation>ไม่มีข้อผูกพันที่จะแสดง</translation>
    </message>
    <message>
        <source>Recording the report…</source>
        <translation>กำลังบันทึกรายงาน…</translation>
    </message>
    <message>
        <source>The progress report was recorded. It is dated %1, after the date shown: the figures are now as of that day.</source>
        <translation>บันทึกรายงานความก้าวหน้าแล้ว รายงานลงวันที่ %1 ซึ่งหลังวันที่ที่แสดง: ตัวเลขจึงเป็นข้อมูล ณ วันดังกล่าว</translation>
    </message>
    <message>
        <source>The progress report was recorded.</source>
        <translation>บันทึกรายงานความก้าวหน้าแล้ว</translation>
    </message>
    <message>
        <source>Recorded as recognized.</source>
        <translation>บันทึกว่ารับรองแล้ว</translation>
    </message>
    <message>
        <source>The recognition was withdrawn.</source>
        <translation>ถอนการรับรองแล้ว</translation>
    </message>
    <message>
        <source>Only a registered commitment can be recognized. Register it on the Review page first, then recognize it here.</source>
        <translation>รับรองได้เฉพาะข้อผูกพันที่ลงทะเบียนแล้ว โปรดลงทะเบียนในหน้าตรวจพิจารณาก่อน แล้วจึงรับรองที่นี่</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>ตัวชี้วัด</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>ค่า</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>ยังไม่เริ่ม</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>เป็นไปตามแผน</translation>
    </message>
    <message>
        <source>Delayed</source>
        <translation>ล่าช้า</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>เสร็จสิ้น</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>No report yet</source>
        <translation>ยังไม่มีรายงาน</translation>
    </message>
    <message>
        <source>Overdue, stalled</source>
        <translation>เกินกำหนด, หยุดชะงัก</translation>
    </message>
    <message>
        <source>Stalled</source>
        <comment>attention</comment>
        <translation>หยุดชะงัก</translation>
    </message>
    <message>
        <source>Recognized</source>
        <translation>รับรองแล้ว</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>ลงทะเบียนแล้ว</translation>
    </message>
    <message>
        <source>Not registered</source>
        <translation>ยังไม่ลงทะเบียน</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>KIN Desktop — the secretariat&apos;s guide</source>
        <translation>KIN Desktop — คู่มือสำหรับสำนักเลขาธิการ</translation>
    </message>
    <message>
        <source>KIN Desktop — the delegate&apos;s guide</source>
        <translation>KIN Desktop — คู่มือสำหรับผู้แทน</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>วิธีใช้</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History</source>
        <translation>ประวัติ</translation>
    </message>
    <message>
        <source>Revisions</source>
        <translation>ฉบับแก้ไข</translation>
    </message>
    <message>
        <source>Changes between the selected revisions</source>
        <translation>การเปลี่ยนแปลงระหว่างฉบับแก้ไขที่เลือก</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>การเปรียบเทียบ</translation>
    </message>
    <message>
        <source>Select one revision to see what it changed, or two to compare them.</source>
        <translation>เลือกฉบับแก้ไขหนึ่งฉบับเพื่อดูสิ่งที่เปลี่ยนแปลง หรือสองฉบับเพื่อเปรียบเทียบกัน</translation>
    </message>
    <message numerus="yes">
        <source>%Ln field(s) changed.</source>
        <translation>
            <numerusform>เปลี่ยนแปลง %Ln ช่อง</numerusform>
        </translation>
    </message>
    <message>
        <source>No differences.</source>
        <translation>ไม่มีความแตกต่าง</translation>
    </message>
    <message>
        <source>The first revision: nothing before it to compare with.</source>
        <translation>ฉบับแก้ไขแรก: ไม่มีฉบับก่อนหน้าให้เปรียบเทียบ</translation>
    </message>
</context>
<context>
    <name>InboxPage</name>
    <message>
        <source>Import &amp;files…</source>
        <translation>นำเข้าไฟล์(&amp;F)…</translation>
    </message>
    <message>
        <source>Choose bundle files to import (Ctrl+Shift+I)</source>
        <translation>เลือกไฟล์ชุดข้อมูลที่จะนำเข้า (Ctrl+Shift+I)</translation>
    </message>
    <message>
        <source>Import files</source>
        <translation>นำเข้าไฟล์</translation>
    </message>
    <message>
        <source>Import a f&amp;older…</source>
        <translation>นำเข้าโฟลเดอร์(&amp;O)…</translation>
    </message>
    <message>
        <source>Import every bundle in a folder (Ctrl+Shift+D)</source>
        <translation>นำเข้าชุดข้อมูลทั้งหมดในโฟลเดอร์ (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <source>Import a folder</source>
        <translation>นำเข้าโฟลเดอร์</translation>
    </message>
    <message>
        <source>From the inbox &amp;service</source>
        <translation>จากบริการกล่องรับเข้า(&amp;S)</translation>
    </message>
    <message>
        <source>Fetch and import the bundles delegates sent to the inbox service, then send it the receipts, the welcome pack and the key list (F9)</source>
        <translation>ดึงและนำเข้าชุดข้อมูลที่ผู้แทนส่งไปยังบริการกล่องรับเข้า แล้วส่งใบตอบรับ ชุดต้อนรับ และรายการคีย์กลับไป (F9)</translation>
    </message>
    <message>
        <source>Or drop bundle files or folders here.</source>
        <translation>หรือวางไฟล์หรือโฟลเดอร์ชุดข้อมูลที่นี่</translation>
    </message>
    <message>
        <source>&amp;Watch folder</source>
        <translation>โฟลเดอร์เฝ้าดู(&amp;W)</translation>
    </message>
    <message>
        <source>Import new bundles saved into this folder automatically (for example a mail attachments folder)</source>
        <translation>นำเข้าชุดข้อมูลใหม่ที่บันทึกไว้ในโฟลเดอร์นี้โดยอัตโนมัติ (เช่น โฟลเดอร์ไฟล์แนบอีเมล)</translation>
    </message>
    <message>
        <source>No folder chosen</source>
        <translation>ยังไม่ได้เลือกโฟลเดอร์</translation>
    </message>
    <message>
        <source>Watched folder</source>
        <translation>โฟลเดอร์ที่เฝ้าดู</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>เลือก(&amp;H)…</translation>
    </message>
    <message>
        <source>Choose the watched folder</source>
        <translation>เลือกโฟลเดอร์ที่จะเฝ้าดู</translation>
    </message>
    <message>
        <source>Bundles from delegates</source>
        <translation>ชุดข้อมูลจากผู้แทน</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>ความคืบหน้าการนำเข้า</translation>
    </message>
    <message>
        <source>%v of %m files</source>
        <translation>%v จาก %m ไฟล์</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>ยกเลิก(&amp;C)</translation>
    </message>
    <message>
        <source>Stop after the current file (Esc)</source>
        <translation>หยุดหลังไฟล์ปัจจุบัน (Esc)</translation>
    </message>
    <message>
        <source>Nothing imported in this session yet.</source>
        <translation>ยังไม่มีการนำเข้าในเซสชันนี้</translation>
    </message>
    <message>
        <source>Import status</source>
        <translation>สถานะการนำเข้า</translation>
    </message>
    <message>
        <source>City</source>
        <translation>เมือง</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ไฟล์</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>ผล</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>ระเบียน</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>ความหมาย</translation>
    </message>
    <message>
        <source>Outcome of each file</source>
        <translation>ผลของแต่ละไฟล์</translation>
    </message>
    <message>
        <source>Import bundles to see here, file by file, what was merged and what was refused and why.</source>
        <translation>นำเข้าชุดข้อมูลเพื่อดูที่นี่ทีละไฟล์ว่าสิ่งใดถูกรวมเข้า สิ่งใดถูกปฏิเสธ และเพราะเหตุใด</translation>
    </message>
    <message>
        <source>Last import</source>
        <translation>การนำเข้าครั้งล่าสุด</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>ได้รับ</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>ลำดับ</translation>
    </message>
    <message>
        <source>City, date (2007-03-14) or outcome</source>
        <translation>เมือง วันที่ (2007-03-14) หรือผล</translation>
    </message>
    <message>
        <source>Search the import log</source>
        <translation>ค้นหาบันทึกการนำเข้า</translation>
    </message>
    <message>
        <source>&amp;Search the log:</source>
        <translation>ค้นหาบันทึก(&amp;S):</translation>
    </message>
    <message>
        <source>Outcome filter</source>
        <translation>ตัวกรองผล</translation>
    </message>
    <message>
        <source>Any outcome</source>
        <translation>ผลทุกประเภท</translation>
    </message>
    <message>
        <source>O&amp;utcome:</source>
        <translation>ผล(&amp;U):</translation>
    </message>
    <message>
        <source>Number of log entries shown</source>
        <translation>จำนวนรายการบันทึกที่แสดง</translation>
    </message>
    <message>
        <source>Show files set &amp;aside…</source>
        <translation>แสดงไฟล์ที่กันไว้(&amp;A)…</translation>
    </message>
    <message>
        <source>Open the folder of quarantined files: bundles kept whole as evidence (a reused number, other content under a change already received) or for inspection (a file that failed unexpectedly)</source>
        <translation>เปิดโฟลเดอร์ของไฟล์ที่กักกันไว้: ชุดข้อมูลที่เก็บไว้ทั้งชุดเป็นหลักฐาน (หมายเลขที่ใช้ซ้ำ หรือเนื้อหาอื่นภายใต้การเปลี่ยนแปลงที่ได้รับแล้ว) หรือเพื่อการตรวจสอบ (ไฟล์ที่ล้มเหลวโดยไม่คาดคิด)</translation>
    </message>
    <message>
        <source>Search the log</source>
        <translation>ค้นหาบันทึก</translation>
    </message>
    <message>
        <source>Import log</source>
        <translation>บันทึกการนำเข้า</translation>
    </message>
    <message>
        <source>The import log is empty: no bundle has been imported yet.</source>
        <translation>บันทึกการนำเข้าว่างเปล่า: ยังไม่มีการนำเข้าชุดข้อมูลใด</translation>
    </message>
    <message>
        <source>Waiting for the current import to finish…</source>
        <translation>กำลังรอให้การนำเข้าปัจจุบันเสร็จสิ้น…</translation>
    </message>
    <message numerus="yes">
        <source>Inbox service: %Ln bundle(s) fetched.</source>
        <translation>
            <numerusform>บริการกล่องรับเข้า: ดึงชุดข้อมูลแล้ว %Ln ชุด</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln receipt(s) sent.</source>
        <translation>
            <numerusform>ส่งใบตอบรับแล้ว %Ln ฉบับ</numerusform>
        </translation>
    </message>
    <message>
        <source>The welcome pack was updated.</source>
        <translation>ปรับปรุงชุดต้อนรับแล้ว</translation>
    </message>
    <message>
        <source>Stopped early: %1</source>
        <translation>หยุดก่อนกำหนด: %1</translation>
    </message>
    <message numerus="yes">
        <source>Importing %Ln item(s)…</source>
        <translation>
            <numerusform>กำลังนำเข้า %Ln รายการ…</numerusform>
        </translation>
    </message>
    <message>
        <source>Fetching from the inbox service…</source>
        <translation>กำลังดึงข้อมูลจากบริการกล่องรับเข้า…</translation>
    </message>
    <message>
        <source>Stopping after the current file…</source>
        <translation>จะหยุดหลังไฟล์ปัจจุบัน…</translation>
    </message>
    <message>
        <source>No bundles (*.kinb) were found in what you chose.</source>
        <translation>ไม่พบชุดข้อมูล (*.kinb) ในสิ่งที่ท่านเลือก</translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) merged</source>
        <translation>
            <numerusform>รวมแล้ว %Ln ไฟล์</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already received</source>
        <translation>
            <numerusform>ได้รับแล้วก่อนหน้า %Ln รายการ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln held until their key is approved</source>
        <translation>
            <numerusform>พักไว้จนกว่าคีย์จะได้รับอนุมัติ %Ln รายการ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln refused: see why below</source>
        <translation>
            <numerusform>ปฏิเสธ %Ln รายการ: ดูเหตุผลด้านล่าง</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped. </source>
        <translation>หยุดแล้ว </translation>
    </message>
    <message>
        <source>No log entry matches the search.</source>
        <translation>ไม่มีรายการบันทึกที่ตรงกับการค้นหา</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries</source>
        <translation>
            <numerusform>%Ln รายการ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln entries</source>
        <translation>
            <numerusform>%1 จาก %Ln รายการ</numerusform>
        </translation>
    </message>
    <message>
        <source>The folder %1 cannot be watched: it does not exist.</source>
        <translation>ไม่สามารถเฝ้าดูโฟลเดอร์ %1: โฟลเดอร์ไม่มีอยู่</translation>
    </message>
    <message>
        <source>Watching %1: new bundles saved there are imported automatically.</source>
        <translation>กำลังเฝ้าดู %1: ชุดข้อมูลใหม่ที่บันทึกไว้ที่นั่นจะถูกนำเข้าโดยอัตโนมัติ</translation>
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
        <translation>นำออก</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>นำ %1 ออก</translation>
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
        <translation>กำลังเปิดโปรไฟล์…</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>ส่วนต่าง ๆ</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>กำลังเปิด %1…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ไฟล์(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Import files…</source>
        <translation>นำเข้าไฟล์(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>การตั้งค่า(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>ออก(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>ไปที่(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>วิธีใช้(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Guide</source>
        <translation>คู่มือ(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;About KIN Desktop</source>
        <translation>เกี่ยวกับ KIN Desktop(&amp;A)</translation>
    </message>
    <message>
        <source>Preparing the demo profile: the first time takes a few seconds…</source>
        <translation>กำลังเตรียมโปรไฟล์สาธิต: ครั้งแรกจะใช้เวลาสักครู่…</translation>
    </message>
    <message>
        <source>Copying the demo profile…</source>
        <translation>กำลังคัดลอกโปรไฟล์สาธิต…</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>กำลังเปิดฐานข้อมูล…</translation>
    </message>
    <message>
        <source>Upgrading the database to this version (a backup is made first)…</source>
        <translation>กำลังปรับรุ่นฐานข้อมูลให้เป็นเวอร์ชันนี้ (จะสำรองข้อมูลก่อน)…</translation>
    </message>
    <message>
        <source>Reading the questionnaire and counting the records…</source>
        <translation>กำลังอ่านแบบสอบถามและนับระเบียน…</translation>
    </message>
    <message>
        <source>Welcome to KIN Desktop</source>
        <translation>ยินดีต้อนรับสู่ KIN Desktop</translation>
    </message>
    <message>
        <source>This computer has no profile yet. Set it up for your city delegation (or for the Network Secretariat); it takes a minute and works offline.</source>
        <translation>คอมพิวเตอร์เครื่องนี้ยังไม่มีโปรไฟล์ โปรดตั้งค่าสำหรับคณะผู้แทนของเมืองท่าน (หรือสำหรับสำนักเลขาธิการเครือข่าย) ใช้เวลาประมาณหนึ่งนาทีและทำงานได้แบบออฟไลน์</translation>
    </message>
    <message>
        <source>&amp;Set up this computer…</source>
        <translation>ตั้งค่าคอมพิวเตอร์เครื่องนี้(&amp;S)…</translation>
    </message>
    <message>
        <source>No profile yet</source>
        <translation>ยังไม่มีโปรไฟล์</translation>
    </message>
    <message>
        <source>This profile cannot be opened</source>
        <translation>ไม่สามารถเปิดโปรไฟล์นี้ได้</translation>
    </message>
    <message>
        <source>Could not open the profile</source>
        <translation>ไม่สามารถเปิดโปรไฟล์</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>ภาพรวม(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Questionnaire</source>
        <translation>แบบสอบถาม(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Practices</source>
        <translation>แนวปฏิบัติ(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Commitments</source>
        <translation>ข้อผูกพัน(&amp;C)</translation>
    </message>
    <message>
        <source>Out&amp;box</source>
        <translation>กล่องส่งออก(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Inbox</source>
        <translation>กล่องรับเข้า(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Delegates</source>
        <translation>ผู้แทน(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>ตรวจพิจารณา(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Follow-up</source>
        <translation>ติดตามผล(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Matching</source>
        <translation>จับคู่(&amp;M)</translation>
    </message>
    <message>
        <source>D&amp;ashboard</source>
        <translation>แดชบอร์ด(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Exports</source>
        <translation>ส่งออก(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Questionnaires</source>
        <translation>แบบสอบถาม(&amp;Q)</translation>
    </message>
    <message>
        <source>Preparing the form…</source>
        <translation>กำลังเตรียมแบบฟอร์ม…</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>พร้อม</translation>
    </message>
    <message>
        <source>Commitment form</source>
        <translation>แบบฟอร์มข้อผูกพัน</translation>
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
            <numerusform>มี %Ln ระเบียนรอการส่งออก</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported; waiting for the secretariat&apos;s receipt</source>
        <translation>ส่งออกแล้ว รอใบตอบรับจากสำนักเลขาธิการ</translation>
    </message>
    <message>
        <source>Nothing sent yet</source>
        <translation>ยังไม่ได้ส่งสิ่งใด</translation>
    </message>
    <message>
        <source>Everything acknowledged by the secretariat</source>
        <translation>สำนักเลขาธิการตอบรับครบทุกรายการแล้ว</translation>
    </message>
    <message>
        <source>Network Secretariat</source>
        <translation>สำนักเลขาธิการเครือข่าย</translation>
    </message>
    <message>
        <source>KIN Desktop — Secretariat</source>
        <translation>KIN Desktop — สำนักเลขาธิการ</translation>
    </message>
</context>
<context>
    <name>MatchingPage</name>
    <message>
        <source>Improving</source>
        <translation>ดีขึ้น</translation>
    </message>
    <message>
        <source>Stable</source>
        <translation>คงที่</translation>
    </message>
    <message>
        <source>Worsening</source>
        <translation>แย่ลง</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>ไม่ได้ระบุ</translation>
    </message>
    <message>
        <source>minor</source>
        <translation>เล็กน้อย</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>ปานกลาง</translation>
    </message>
    <message>
        <source>serious</source>
        <translation>รุนแรง</translation>
    </message>
    <message>
        <source>very serious</source>
        <comment>severity 4</comment>
        <translation>รุนแรงมาก</translation>
    </message>
    <message>
        <source>very serious</source>
        <comment>severity 5</comment>
        <translation>รุนแรงอย่างยิ่ง</translation>
    </message>
    <message>
        <source>%1 of 5 (%2)</source>
        <translation>%1 จาก 5 (%2)</translation>
    </message>
    <message>
        <source>Not ranked</source>
        <translation>ไม่ได้จัดลำดับ</translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation>อันดับ %1</translation>
    </message>
    <message>
        <source>severity %1 of 5</source>
        <translation>ความรุนแรง %1 จาก 5</translation>
    </message>
    <message>
        <source>priority %1</source>
        <translation>ลำดับความสำคัญ %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>a win-win practice: environmental and economic benefits</source>
        <translation>แนวปฏิบัติที่ได้ประโยชน์ร่วมกัน: ประโยชน์ทั้งด้านสิ่งแวดล้อมและเศรษฐกิจ</translation>
    </message>
    <message>
        <source>registered by the secretariat</source>
        <translation>ลงทะเบียนโดยสำนักเลขาธิการ</translation>
    </message>
    <message>
        <source>Challenge</source>
        <translation>ความท้าทาย</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>ความรุนแรง</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>แนวโน้ม</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>ลำดับความสำคัญ</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>อันดับ</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>คะแนน</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>แนวปฏิบัติ</translation>
    </message>
    <message>
        <source>City</source>
        <translation>เมือง</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>เหตุผล</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>ประเทศ</translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation>สาขา</translation>
    </message>
    <message>
        <source>Win-win</source>
        <translation>ได้ประโยชน์ร่วมกัน</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>ใช่</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>เมือง(&amp;I):</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>รีเฟรช(&amp;R)</translation>
    </message>
    <message>
        <source>Read the cities, challenges and practices again (F5)</source>
        <translation>อ่านข้อมูลเมือง ความท้าทาย และแนวปฏิบัติอีกครั้ง (F5)</translation>
    </message>
    <message>
        <source>Challenges of the city</source>
        <translation>ความท้าทายของเมือง</translation>
    </message>
    <message>
        <source>Challenges it faces</source>
        <translation>ความท้าทายที่เผชิญอยู่</translation>
    </message>
    <message>
        <source>Practices of other cities</source>
        <translation>แนวปฏิบัติของเมืองอื่น</translation>
    </message>
    <message>
        <source>Practices of other cities that address them</source>
        <translation>แนวปฏิบัติของเมืองอื่นที่ตอบโจทย์ความท้าทายเหล่านั้น</translation>
    </message>
    <message>
        <source>The chosen practice</source>
        <translation>แนวปฏิบัติที่เลือก</translation>
    </message>
    <message>
        <source>Search the catalogue</source>
        <translation>ค้นหาในแคตตาล็อก</translation>
    </message>
    <message>
        <source>Practices catalogue</source>
        <translation>แคตตาล็อกแนวปฏิบัติ</translation>
    </message>
    <message>
        <source>Practice details</source>
        <translation>รายละเอียดแนวปฏิบัติ</translation>
    </message>
    <message>
        <source>&amp;Matches for a city</source>
        <translation>การจับคู่สำหรับเมือง(&amp;M)</translation>
    </message>
    <message>
        <source>Practices &amp;catalogue</source>
        <translation>แคตตาล็อกแนวปฏิบัติ(&amp;C)</translation>
    </message>
    <message>
        <source>Nothing in the catalogue matches “%1”.</source>
        <translation>ไม่มีรายการในแคตตาล็อกที่ตรงกับ “%1”</translation>
    </message>
    <message>
        <source>No practice is registered for the catalogue yet.</source>
        <translation>ยังไม่มีแนวปฏิบัติที่ลงทะเบียนไว้ในแคตตาล็อก</translation>
    </message>
    <message numerus="yes">
        <source>%Ln registered practice(s) go to every delegate with the welcome pack.</source>
        <translation>
            <numerusform>แนวปฏิบัติที่ลงทะเบียนแล้ว %Ln รายการจะส่งถึงผู้แทนทุกรายพร้อมกับชุดต้อนรับ</numerusform>
        </translation>
    </message>
    <message>
        <source>The catalogue is empty: practices enter it once they are registered on the Review page.</source>
        <translation>แคตตาล็อกว่างเปล่า: แนวปฏิบัติจะเข้าสู่แคตตาล็อกเมื่อลงทะเบียนในหน้าตรวจพิจารณาแล้ว</translation>
    </message>
    <message>
        <source>No delegations yet: take in their bundles on the Inbox page, then come back here.</source>
        <translation>ยังไม่มีคณะผู้แทน: นำเข้าชุดข้อมูลในหน้ากล่องรับเข้า แล้วกลับมาที่นี่</translation>
    </message>
    <message>
        <source>Choose a city to see the challenges it faces.</source>
        <translation>เลือกเมืองเพื่อดูความท้าทายที่เมืองนั้นเผชิญอยู่</translation>
    </message>
    <message>
        <source>Looking for practices…</source>
        <translation>กำลังค้นหาแนวปฏิบัติ…</translation>
    </message>
    <message>
        <source>Delegate: %1</source>
        <translation>ผู้แทน: %1</translation>
    </message>
    <message>
        <source>questionnaire complete</source>
        <translation>ตอบแบบสอบถามครบถ้วน</translation>
    </message>
    <message>
        <source>questionnaire not complete</source>
        <translation>ตอบแบบสอบถามยังไม่ครบถ้วน</translation>
    </message>
    <message>
        <source>This city&apos;s questionnaire names no challenges yet: matches appear once it is answered.</source>
        <translation>แบบสอบถามของเมืองนี้ยังไม่ระบุความท้าทาย: ผลการจับคู่จะปรากฏเมื่อมีการตอบแล้ว</translation>
    </message>
    <message>
        <source>No practice of another city addresses these challenges yet.</source>
        <translation>ยังไม่มีแนวปฏิบัติของเมืองอื่นที่ตอบโจทย์ความท้าทายเหล่านี้</translation>
    </message>
    <message>
        <source>No challenges, so nothing to match.</source>
        <translation>ไม่มีความท้าทาย จึงไม่มีสิ่งที่จะจับคู่</translation>
    </message>
    <message>
        <source>Choose a practice to see why it was suggested.</source>
        <translation>เลือกแนวปฏิบัติเพื่อดูเหตุผลที่แนะนำ</translation>
    </message>
    <message>
        <source>Score: %1</source>
        <translation>คะแนน: %1</translation>
    </message>
    <message>
        <source>Sectors: %1</source>
        <translation>สาขา: %1</translation>
    </message>
    <message>
        <source>none given</source>
        <translation>ไม่ได้ระบุ</translation>
    </message>
    <message>
        <source>Registered by the secretariat</source>
        <translation>ลงทะเบียนโดยสำนักเลขาธิการแล้ว</translation>
    </message>
    <message>
        <source>Not registered yet</source>
        <translation>ยังไม่ลงทะเบียน</translation>
    </message>
    <message>
        <source>A win-win practice: environmental, social and economic benefits</source>
        <translation>แนวปฏิบัติที่ได้ประโยชน์ร่วมกัน: ประโยชน์ด้านสิ่งแวดล้อม สังคม และเศรษฐกิจ</translation>
    </message>
    <message>
        <source>Why it was suggested</source>
        <translation>เหตุผลที่แนะนำ</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>สรุป</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>ปัญหา</translation>
    </message>
    <message>
        <source>Approach</source>
        <translation>แนวทางดำเนินการ</translation>
    </message>
    <message>
        <source>Environmental benefits</source>
        <translation>ประโยชน์ด้านสิ่งแวดล้อม</translation>
    </message>
    <message>
        <source>Social benefits</source>
        <translation>ประโยชน์ด้านสังคม</translation>
    </message>
    <message>
        <source>Economic benefits</source>
        <translation>ประโยชน์ด้านเศรษฐกิจ</translation>
    </message>
    <message>
        <source>Replicability</source>
        <translation>ความสามารถในการนำไปใช้ซ้ำ</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge “%1”</source>
        <translation>รวม “%1”</translation>
    </message>
    <message>
        <source>For each field that differs, check the value to keep (Space checks the selected cell). Fields that are the same on both devices are kept as they are.</source>
        <translation>สำหรับแต่ละช่องที่แตกต่างกัน ให้เลือกค่าที่จะเก็บไว้ (กด Space เพื่อเลือกเซลล์ที่เลือกอยู่) ช่องที่เหมือนกันในทั้งสองเครื่องจะคงไว้ตามเดิม</translation>
    </message>
    <message>
        <source>Fields to merge</source>
        <translation>ช่องที่จะรวม</translation>
    </message>
    <message>
        <source>&amp;Save the merge</source>
        <translation>บันทึกการรวม(&amp;S)</translation>
    </message>
</context>
<context>
    <name>OutboxPage</name>
    <message>
        <source>Confirm the secretariat&apos;s key</source>
        <translation>ยืนยันคีย์ของสำนักเลขาธิการ</translation>
    </message>
    <message>
        <source>This welcome pack is signed by the key with this fingerprint:

%1

Does it match the fingerprint printed in your invitation letter? Only say yes if every group matches: from now on, only this key will be trusted.</source>
        <translation>ชุดต้อนรับนี้ลงนามด้วยคีย์ที่มีลายนิ้วมือดังนี้:

%1

ตรงกับลายนิ้วมือที่พิมพ์ไว้ในหนังสือเชิญของท่านหรือไม่ โปรดตอบว่าใช่เฉพาะเมื่อทุกกลุ่มตรงกัน: นับจากนี้จะเชื่อถือเฉพาะคีย์นี้เท่านั้น</translation>
    </message>
    <message>
        <source>&amp;Export bundle…</source>
        <translation>ส่งออกชุดข้อมูล(&amp;E)…</translation>
    </message>
    <message>
        <source>Save the changes not yet acknowledged to a file for the secretariat (Ctrl+E)</source>
        <translation>บันทึกการเปลี่ยนแปลงที่ยังไม่ได้รับการตอบรับลงในไฟล์สำหรับสำนักเลขาธิการ (Ctrl+E)</translation>
    </message>
    <message>
        <source>Export e&amp;verything…</source>
        <translation>ส่งออกทั้งหมด(&amp;V)…</translation>
    </message>
    <message>
        <source>Include everything, also what the secretariat acknowledged</source>
        <translation>รวมทุกรายการ รวมถึงรายการที่สำนักเลขาธิการตอบรับแล้ว</translation>
    </message>
    <message>
        <source>To the secretariat</source>
        <translation>ถึงสำนักเลขาธิการ</translation>
    </message>
    <message>
        <source>&amp;Import welcome pack or receipt…</source>
        <translation>นำเข้าชุดต้อนรับหรือใบตอบรับ(&amp;I)…</translation>
    </message>
    <message>
        <source>Or drop the files onto this window.</source>
        <translation>หรือวางไฟล์ลงในหน้าต่างนี้</translation>
    </message>
    <message>
        <source>From the secretariat</source>
        <translation>จากสำนักเลขาธิการ</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>ความคืบหน้า</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>ยกเลิก(&amp;C)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ไฟล์</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>ผล</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>รายละเอียด</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>ลำดับ</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>ส่งออกเมื่อ</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>การเปลี่ยนแปลง</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>ได้รับ</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>ตอบรับแล้ว</translation>
    </message>
    <message>
        <source>Review notes</source>
        <translation>บันทึกการตรวจพิจารณา</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>แนวปฏิบัติ</translation>
    </message>
    <message>
        <source>City</source>
        <translation>เมือง</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>ประเทศ</translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation>สาขา</translation>
    </message>
    <message>
        <source>Search the catalogue</source>
        <translation>ค้นหาในแคตตาล็อก</translation>
    </message>
    <message>
        <source>Practices catalogue</source>
        <translation>แคตตาล็อกแนวปฏิบัติ</translation>
    </message>
    <message>
        <source>Practice details</source>
        <translation>รายละเอียดแนวปฏิบัติ</translation>
    </message>
    <message>
        <source>No catalogue yet: it arrives with the secretariat&apos;s welcome pack.</source>
        <translation>ยังไม่มีแคตตาล็อก: แคตตาล็อกจะมาพร้อมกับชุดต้อนรับของสำนักเลขาธิการ</translation>
    </message>
    <message>
        <source>Last import</source>
        <translation>การนำเข้าครั้งล่าสุด</translation>
    </message>
    <message>
        <source>Bundles sent</source>
        <translation>ชุดข้อมูลที่ส่งแล้ว</translation>
    </message>
    <message>
        <source>Receipts received</source>
        <translation>ใบตอบรับที่ได้รับ</translation>
    </message>
    <message>
        <source>Nothing in the catalogue matches “%1”.</source>
        <translation>ไม่มีรายการในแคตตาล็อกที่ตรงกับ “%1”</translation>
    </message>
    <message>
        <source>Save the bundle</source>
        <translation>บันทึกชุดข้อมูล</translation>
    </message>
    <message>
        <source>KIN bundles (*.kinb)</source>
        <translation>ชุดข้อมูล KIN (*.kinb)</translation>
    </message>
    <message>
        <source>Import from the secretariat</source>
        <translation>นำเข้าจากสำนักเลขาธิการ</translation>
    </message>
    <message>
        <source>KIN files (*.kinw *.kinr);;Welcome packs (*.kinw);;Receipts (*.kinr)</source>
        <translation>ไฟล์ KIN (*.kinw *.kinr);;ชุดต้อนรับ (*.kinw);;ใบตอบรับ (*.kinr)</translation>
    </message>
    <message>
        <source>Not yet acknowledged by the secretariat: </source>
        <translation>สำนักเลขาธิการยังไม่ได้ตอบรับ: </translation>
    </message>
    <message>
        <source>(attachments: %1)</source>
        <translation>(ไฟล์แนบ: %1)</translation>
    </message>
    <message>
        <source>Nothing sent yet, and nothing to send.</source>
        <translation>ยังไม่ได้ส่งสิ่งใด และไม่มีสิ่งที่ต้องส่ง</translation>
    </message>
    <message>
        <source>Nothing to send: the secretariat has acknowledged everything.</source>
        <translation>ไม่มีสิ่งที่ต้องส่ง: สำนักเลขาธิการตอบรับครบทุกรายการแล้ว</translation>
    </message>
    <message>
        <source>Signed form out of date: %1. These commitments changed after their form was printed; print the forms again and have them signed before you send the paper.</source>
        <translation>แบบฟอร์มที่ลงนามไม่เป็นปัจจุบัน: %1 ข้อผูกพันเหล่านี้มีการเปลี่ยนแปลงหลังจากพิมพ์แบบฟอร์ม โปรดพิมพ์แบบฟอร์มอีกครั้งและให้ลงนามก่อนส่งเอกสาร</translation>
    </message>
    <message>
        <source>Bundles are encrypted for: %1</source>
        <translation>ชุดข้อมูลเข้ารหัสสำหรับ: %1</translation>
    </message>
    <message>
        <source>Import the secretariat&apos;s welcome pack first: it brings the key your bundles are encrypted for.</source>
        <translation>โปรดนำเข้าชุดต้อนรับของสำนักเลขาธิการก่อน: ชุดต้อนรับมีคีย์ที่ใช้เข้ารหัสชุดข้อมูลของท่าน</translation>
    </message>
    <message numerus="yes">
        <source>%Ln questionnaire response(s)</source>
        <translation>
            <numerusform>คำตอบแบบสอบถาม %Ln รายการ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln practice(s)</source>
        <translation>
            <numerusform>แนวปฏิบัติ %Ln รายการ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln commitment(s)</source>
        <translation>
            <numerusform>ข้อผูกพัน %Ln รายการ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln attachment(s)</source>
        <translation>
            <numerusform>ไฟล์แนบ %Ln ไฟล์</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln progress report(s)</source>
        <translation>
            <numerusform>รายงานความก้าวหน้า %Ln ฉบับ</numerusform>
        </translation>
    </message>
    <message>
        <source>Taken in</source>
        <translation>นำเข้าแล้ว</translation>
    </message>
    <message>
        <source>Already taken in</source>
        <translation>นำเข้าไว้ก่อนแล้ว</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>พักไว้</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>ปฏิเสธ</translation>
    </message>
    <message>
        <source>Set aside</source>
        <translation>กันไว้</translation>
    </message>
    <message>
        <source>Failed, kept for inspection</source>
        <translation>ล้มเหลว เก็บไว้เพื่อตรวจสอบ</translation>
    </message>
    <message>
        <source>Stopping after the current file…</source>
        <translation>จะหยุดหลังไฟล์ปัจจุบัน…</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>กำลังส่งออก…</translation>
    </message>
    <message>
        <source>Nothing was waiting to be sent; no file was written.</source>
        <translation>ไม่มีสิ่งที่รอการส่ง จึงไม่ได้จัดทำไฟล์</translation>
    </message>
    <message numerus="yes">
        <source>Saved %1: %Ln change(s), %2. Give this file to the secretariat.</source>
        <translation>
            <numerusform>บันทึก %1 แล้ว: การเปลี่ยนแปลง %Ln รายการ, %2 โปรดส่งไฟล์นี้ให้สำนักเลขาธิการ</numerusform>
        </translation>
    </message>
    <message>
        <source>Wait for the current work to finish, then try again.</source>
        <translation>โปรดรอให้งานปัจจุบันเสร็จสิ้น แล้วลองอีกครั้ง</translation>
    </message>
    <message>
        <source>The welcome pack was not taken in: its key was not confirmed.</source>
        <translation>ไม่ได้นำเข้าชุดต้อนรับ: คีย์ไม่ได้รับการยืนยัน</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>กำลังนำเข้า…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) taken in.</source>
        <translation>
            <numerusform>นำเข้าแล้ว %Ln ไฟล์</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) refused: see the reasons below.</source>
        <translation>
            <numerusform>ปฏิเสธ %Ln ไฟล์: ดูเหตุผลด้านล่าง</numerusform>
        </translation>
    </message>
    <message>
        <source>No welcome packs or receipts were found in what you chose.</source>
        <translation>ไม่พบชุดต้อนรับหรือใบตอบรับในสิ่งที่ท่านเลือก</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>ปัญหา</translation>
    </message>
    <message>
        <source>Approach</source>
        <translation>แนวทางดำเนินการ</translation>
    </message>
    <message>
        <source>Environmental benefits</source>
        <translation>ประโยชน์ด้านสิ่งแวดล้อม</translation>
    </message>
    <message>
        <source>Social benefits</source>
        <translation>ประโยชน์ด้านสังคม</translation>
    </message>
    <message>
        <source>Economic benefits</source>
        <translation>ประโยชน์ด้านเศรษฐกิจ</translation>
    </message>
    <message>
        <source>Replicability</source>
        <translation>ความสามารถในการนำไปใช้ซ้ำ</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Draft</source>
        <translation>ฉบับร่าง</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>พร้อม</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>ส่งแล้ว</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>ตอบรับแล้ว</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>ลงทะเบียนแล้ว</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>กำลังโหลด…</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>โปรไฟล์</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>ชื่อ:</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>หน่วยงาน:</translation>
    </message>
    <message>
        <source>City:</source>
        <translation>เมือง:</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>ประเทศ:</translation>
    </message>
    <message>
        <source>Key fingerprint:</source>
        <translation>ลายนิ้วมือของคีย์:</translation>
    </message>
    <message>
        <source>no key yet</source>
        <translation>ยังไม่มีคีย์</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>แบบสอบถาม</translation>
    </message>
    <message>
        <source>does not apply</source>
        <translation>ไม่เกี่ยวข้อง</translation>
    </message>
    <message>
        <source>%1 of %2 required answers</source>
        <translation>ตอบคำถามบังคับแล้ว %1 จาก %2 ข้อ</translation>
    </message>
    <message>
        <source>%1 of %2 optional questions answered</source>
        <translation>ตอบคำถามไม่บังคับแล้ว %1 จาก %2 ข้อ</translation>
    </message>
    <message>
        <source>Overall: %1% complete</source>
        <translation>ภาพรวม: เสร็จสิ้น %1%</translation>
    </message>
    <message>
        <source>Practices and commitments</source>
        <translation>แนวปฏิบัติและข้อผูกพัน</translation>
    </message>
    <message>
        <source>Practices</source>
        <translation>แนวปฏิบัติ</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>ข้อผูกพัน</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>กล่องส่งออก</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) changed since the last export</source>
        <translation>
            <numerusform>มี %Ln ระเบียนที่เปลี่ยนแปลงนับจากการส่งออกครั้งล่าสุด</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing new to send</source>
        <translation>ไม่มีสิ่งใหม่ที่ต้องส่ง</translation>
    </message>
    <message>
        <source>Waiting:</source>
        <translation>รอส่ง:</translation>
    </message>
    <message>
        <source>Nothing sent yet</source>
        <translation>ยังไม่ได้ส่งสิ่งใด</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) sent but not yet acknowledged</source>
        <translation>
            <numerusform>มี %Ln ระเบียนที่ส่งแล้วแต่ยังไม่ได้รับการตอบรับ</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything sent is acknowledged</source>
        <translation>สิ่งที่ส่งทั้งหมดได้รับการตอบรับแล้ว</translation>
    </message>
    <message>
        <source>Awaiting receipt:</source>
        <translation>รอใบตอบรับ:</translation>
    </message>
    <message>
        <source>Last export:</source>
        <translation>ส่งออกครั้งล่าสุด:</translation>
    </message>
    <message>
        <source>never</source>
        <translation>ไม่เคย</translation>
    </message>
    <message numerus="yes">
        <source>No. %1 of %2: %Ln change(s) acknowledged</source>
        <translation>
            <numerusform>ฉบับที่ %1 ลงวันที่ %2: ตอบรับการเปลี่ยนแปลง %Ln รายการ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %Ln review(s) by the secretariat</source>
        <translation>
            <numerusform>, ตรวจพิจารณาโดยสำนักเลขาธิการ %Ln รายการ</numerusform>
        </translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>ยังไม่มี</translation>
    </message>
    <message>
        <source>Last receipt:</source>
        <translation>ใบตอบรับล่าสุด:</translation>
    </message>
    <message numerus="yes">
        <source>%Ln commitment(s) changed since the form was printed: print again and have it signed</source>
        <translation>
            <numerusform>มีข้อผูกพัน %Ln รายการที่เปลี่ยนแปลงหลังจากพิมพ์แบบฟอร์ม: โปรดพิมพ์ใหม่และให้ลงนาม</numerusform>
        </translation>
    </message>
    <message>
        <source>Signed forms:</source>
        <translation>แบบฟอร์มที่ลงนาม:</translation>
    </message>
    <message>
        <source>The secretariat asks for corrections</source>
        <translation>สำนักเลขาธิการขอให้แก้ไข</translation>
    </message>
    <message>
        <source>(no comment)</source>
        <translation>(ไม่มีความเห็น)</translation>
    </message>
    <message>
        <source>Corrected: export it from the Outbox</source>
        <translation>แก้ไขแล้ว: ส่งออกจากกล่องส่งออก</translation>
    </message>
    <message>
        <source>To correct</source>
        <translation>ที่ต้องแก้ไข</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>เปิด</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>เปิด %1</translation>
    </message>
</context>
<context>
    <name>PaperBanner</name>
    <message>
        <source>Printed form</source>
        <translation>แบบฟอร์มที่พิมพ์แล้ว</translation>
    </message>
    <message>
        <source>Change it &amp;anyway</source>
        <translation>เปลี่ยนแปลงต่อไป(&amp;A)</translation>
    </message>
    <message>
        <source>Unlock the form: the signed paper will no longer match and must be printed and signed again</source>
        <translation>ปลดล็อกแบบฟอร์ม: เอกสารที่ลงนามแล้วจะไม่ตรงกันอีกต่อไป และต้องพิมพ์และลงนามใหม่</translation>
    </message>
    <message>
        <source>The form printed on %1 no longer matches this commitment: it was changed since. Print the form again (Ctrl+P) and have the new paper signed.</source>
        <translation>แบบฟอร์มที่พิมพ์เมื่อ %1 ไม่ตรงกับข้อผูกพันนี้แล้ว เนื่องจากมีการเปลี่ยนแปลงภายหลัง โปรดพิมพ์แบบฟอร์มอีกครั้ง (Ctrl+P) และให้ลงนามในเอกสารฉบับใหม่</translation>
    </message>
    <message>
        <source>A form of this version was printed on %1 for the mayor&apos;s signature. The signed paper covers everything on the form: title, type, sectors, objectives, description, targets and indicators, partners, timeline and milestones, budget and funding, and the signatory. Changing any of it makes the paper out of date.</source>
        <translation>แบบฟอร์มฉบับนี้พิมพ์เมื่อ %1 เพื่อให้นายกเทศมนตรีลงนาม เอกสารที่ลงนามครอบคลุมทุกอย่างในแบบฟอร์ม: ชื่อ ประเภท สาขา วัตถุประสงค์ รายละเอียด เป้าหมายและตัวชี้วัด หุ้นส่วน ระยะเวลาดำเนินการและหมุดหมาย งบประมาณและเงินทุน และผู้ลงนาม การเปลี่ยนแปลงส่วนใดส่วนหนึ่งจะทำให้เอกสารไม่เป็นปัจจุบัน</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Unlock your key</source>
        <translation>ปลดล็อกคีย์ของท่าน</translation>
    </message>
    <message>
        <source>This computer has no system keyring, so your key is kept in a file locked with a passphrase. Enter it to sign or open bundles:</source>
        <translation>คอมพิวเตอร์เครื่องนี้ไม่มีพวงกุญแจของระบบ คีย์ของท่านจึงเก็บไว้ในไฟล์ที่ล็อกด้วยวลีรหัสผ่าน โปรดป้อนวลีรหัสผ่านเพื่อลงนามหรือเปิดชุดข้อมูล:</translation>
    </message>
</context>
<context>
    <name>PracticeEditor</name>
    <message>
        <source>Practice</source>
        <translation>แนวปฏิบัติ</translation>
    </message>
    <message>
        <source>practice</source>
        <translation>แนวปฏิบัติ</translation>
    </message>
    <message>
        <source>A short name for the practice</source>
        <translation>ชื่อย่อของแนวปฏิบัติ</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>ชื่อ(&amp;T):</translation>
    </message>
    <message>
        <source>S&amp;tate:</source>
        <translation>สถานะ(&amp;T):</translation>
    </message>
    <message>
        <source>Se&amp;ctors:</source>
        <translation>สาขา(&amp;C):</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>ไม่ได้ระบุ</translation>
    </message>
    <message>
        <source>Start &amp;year:</source>
        <translation>ปีที่เริ่ม(&amp;Y):</translation>
    </message>
    <message>
        <source>&amp;Win-win: benefits the environment and the economy</source>
        <translation>ได้ประโยชน์ร่วมกัน: เป็นประโยชน์ต่อสิ่งแวดล้อมและเศรษฐกิจ(&amp;W)</translation>
    </message>
    <message>
        <source>Su&amp;mmary:</source>
        <translation>สรุป(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Problem:</source>
        <translation>ปัญหา(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Approach:</source>
        <translation>แนวทางดำเนินการ(&amp;A):</translation>
    </message>
    <message>
        <source>Benefits</source>
        <translation>ประโยชน์</translation>
    </message>
    <message>
        <source>En&amp;vironmental:</source>
        <translation>ด้านสิ่งแวดล้อม(&amp;V):</translation>
    </message>
    <message>
        <source>S&amp;ocial:</source>
        <translation>ด้านสังคม(&amp;O):</translation>
    </message>
    <message>
        <source>Econo&amp;mic:</source>
        <translation>ด้านเศรษฐกิจ(&amp;M):</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>ค่าใช้จ่าย</translation>
    </message>
    <message>
        <source>e.g. 250000</source>
        <translation>เช่น 250000</translation>
    </message>
    <message>
        <source>Amou&amp;nt:</source>
        <translation>จำนวนเงิน(&amp;N):</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>สกุลเงิน(&amp;U):</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>หุ้นส่วน</translation>
    </message>
    <message>
        <source>Add pa&amp;rtner</source>
        <translation>เพิ่มหุ้นส่วน(&amp;R)</translation>
    </message>
    <message>
        <source>Remove partner</source>
        <translation>นำหุ้นส่วนออก</translation>
    </message>
    <message>
        <source>Replication</source>
        <translation>การนำไปใช้ซ้ำ</translation>
    </message>
    <message>
        <source>Rep&amp;licability:</source>
        <translation>ความสามารถในการนำไปใช้ซ้ำ(&amp;L):</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>ไฟล์แนบ</translation>
    </message>
</context>
<context>
    <name>PracticesPage</name>
    <message>
        <source>Practices</source>
        <translation>แนวปฏิบัติ</translation>
    </message>
    <message>
        <source>No practices yet — press New to record one</source>
        <translation>ยังไม่มีแนวปฏิบัติ — กด ใหม่ เพื่อบันทึกแนวปฏิบัติ</translation>
    </message>
    <message numerus="yes">
        <source>%Ln practice(s)</source>
        <translation>
            <numerusform>แนวปฏิบัติ %Ln รายการ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln practice(s)</source>
        <translation>
            <numerusform>%1 จากแนวปฏิบัติ %Ln รายการ</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete practice</source>
        <translation>ลบแนวปฏิบัติ</translation>
    </message>
    <message>
        <source>Delete the practice “%1” and its attachments?</source>
        <translation>ลบแนวปฏิบัติ “%1” และไฟล์แนบหรือไม่</translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <source>Preview</source>
        <translation>ตัวอย่างก่อนพิมพ์</translation>
    </message>
    <message numerus="yes">
        <source>%Ln page(s)</source>
        <translation>
            <numerusform>%Ln หน้า</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>พิมพ์(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>บันทึกเป็น PDF(&amp;S)…</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>บันทึกเป็น PDF</translation>
    </message>
</context>
<context>
    <name>ProblemsModel</name>
    <message>
        <source>Severity</source>
        <translation>ความรุนแรง</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>แผ่นงาน</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>เซลล์</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>คอลัมน์</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>สิ่งที่ต้องทำ</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>ข้อผิดพลาด</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>คำเตือน</translation>
    </message>
    <message>
        <source>(workbook)</source>
        <translation>(สมุดงาน)</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>แถว %1</translation>
    </message>
    <message>
        <source>tick &apos;Leave out what KIN Desktop cannot do&apos;</source>
        <translation>ทำเครื่องหมาย &apos;ละเว้นสิ่งที่ KIN Desktop ทำไม่ได้&apos;</translation>
    </message>
</context>
<context>
    <name>ProgressReportDialog</name>
    <message>
        <source>Record a progress report</source>
        <translation>บันทึกรายงานความก้าวหน้า</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2</translation>
    </message>
    <message>
        <source>Date of the report</source>
        <translation>วันที่ของรายงาน</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>Milestones reached, one per line</source>
        <translation>หมุดหมายที่บรรลุ บรรทัดละหนึ่งรายการ</translation>
    </message>
    <message>
        <source>One milestone per line</source>
        <translation>บรรทัดละหนึ่งหมุดหมาย</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>ตัวชี้วัด</translation>
    </message>
    <message>
        <source>&amp;Add indicator</source>
        <translation>เพิ่มตัวชี้วัด(&amp;A)</translation>
    </message>
    <message>
        <source>Re&amp;move indicator</source>
        <translation>นำตัวชี้วัดออก(&amp;M)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>หมายเหตุ</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>วันที่(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>สถานะ(&amp;S):</translation>
    </message>
    <message>
        <source>M&amp;ilestones reached:</source>
        <translation>หมุดหมายที่บรรลุ(&amp;I):</translation>
    </message>
    <message>
        <source>I&amp;ndicators:</source>
        <translation>ตัวชี้วัด(&amp;N):</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>หมายเหตุ(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Record report</source>
        <translation>บันทึกรายงาน(&amp;R)</translation>
    </message>
    <message>
        <source>Give the date of the report.</source>
        <translation>โปรดระบุวันที่ของรายงาน</translation>
    </message>
    <message>
        <source>Every indicator value needs the name of its indicator.</source>
        <translation>ค่าตัวชี้วัดทุกค่าต้องมีชื่อตัวชี้วัด</translation>
    </message>
</context>
<context>
    <name>QuestionField</name>
    <message>
        <source>Required</source>
        <translation>จำเป็น</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>จำเป็นต้องตอบ</translation>
    </message>
</context>
<context>
    <name>QuestionnaireIssues</name>
    <message>
        <source>An answer is required.</source>
        <translation>จำเป็นต้องมีคำตอบ</translation>
    </message>
    <message numerus="yes">
        <source>Add at least %Ln entries.</source>
        <translation>
            <numerusform>โปรดเพิ่มอย่างน้อย %Ln รายการ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Give at most %Ln entries; remove the extra ones.</source>
        <translation>
            <numerusform>ระบุได้ไม่เกิน %Ln รายการ โปรดนำรายการที่เกินออก</numerusform>
        </translation>
    </message>
    <message>
        <source>This answer does not meet the condition set for it.</source>
        <translation>คำตอบนี้ไม่เป็นไปตามเงื่อนไขที่กำหนด</translation>
    </message>
    <message>
        <source>This answer is not in the expected form.</source>
        <translation>คำตอบนี้ไม่อยู่ในรูปแบบที่กำหนด</translation>
    </message>
    <message numerus="yes">
        <source>Write at least %Ln character(s).</source>
        <translation>
            <numerusform>โปรดเขียนอย่างน้อย %Ln ตัวอักษร</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Write at most %Ln character(s).</source>
        <translation>
            <numerusform>โปรดเขียนไม่เกิน %Ln ตัวอักษร</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rank at least %Ln item(s).</source>
        <translation>
            <numerusform>โปรดจัดลำดับอย่างน้อย %Ln รายการ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rank at most %Ln item(s).</source>
        <translation>
            <numerusform>จัดลำดับได้ไม่เกิน %Ln รายการ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Choose at least %Ln option(s).</source>
        <translation>
            <numerusform>โปรดเลือกอย่างน้อย %Ln ตัวเลือก</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Choose at most %Ln option(s).</source>
        <translation>
            <numerusform>เลือกได้ไม่เกิน %Ln ตัวเลือก</numerusform>
        </translation>
    </message>
    <message>
        <source>The answer must be at least %1.</source>
        <translation>คำตอบต้องไม่น้อยกว่า %1</translation>
    </message>
    <message>
        <source>The answer must be at most %1.</source>
        <translation>คำตอบต้องไม่เกิน %1</translation>
    </message>
    <message>
        <source>This answer is not one of the options.</source>
        <translation>คำตอบนี้ไม่อยู่ในตัวเลือก</translation>
    </message>
    <message>
        <source>This answer is not of the expected kind; enter it again.</source>
        <translation>คำตอบนี้ไม่ใช่ประเภทที่กำหนด โปรดป้อนอีกครั้ง</translation>
    </message>
    <message>
        <source>This answer needs attention.</source>
        <translation>คำตอบนี้ต้องได้รับการตรวจสอบ</translation>
    </message>
</context>
<context>
    <name>QuestionnairePage</name>
    <message>
        <source>The questionnaire is marked as complete. Thank you.</source>
        <translation>ทำเครื่องหมายแบบสอบถามว่าตอบครบถ้วนแล้ว ขอขอบคุณ</translation>
    </message>
    <message>
        <source>No questionnaire yet</source>
        <translation>ยังไม่มีแบบสอบถาม</translation>
    </message>
    <message>
        <source>The questionnaire has not reached this profile yet. It comes with the welcome pack from the Network Secretariat: once the welcome pack is imported, the questionnaire appears here.</source>
        <translation>แบบสอบถามยังไม่มาถึงโปรไฟล์นี้ แบบสอบถามจะมาพร้อมกับชุดต้อนรับจากสำนักเลขาธิการเครือข่าย เมื่อนำเข้าชุดต้อนรับแล้ว แบบสอบถามจะปรากฏที่นี่</translation>
    </message>
    <message>
        <source>The questionnaire cannot be shown</source>
        <translation>ไม่สามารถแสดงแบบสอบถาม</translation>
    </message>
    <message>
        <source>Changes are saved automatically.</source>
        <translation>การเปลี่ยนแปลงจะบันทึกโดยอัตโนมัติ</translation>
    </message>
    <message>
        <source>This is your response to version %1 of this questionnaire, kept as you answered it. New answers go to version %2.</source>
        <translation>นี่คือคำตอบของท่านต่อแบบสอบถามเวอร์ชัน %1 ซึ่งเก็บไว้ตามที่ท่านตอบ คำตอบใหม่จะเข้าสู่เวอร์ชัน %2</translation>
    </message>
    <message>
        <source>&amp;Language of the questions:</source>
        <translation>ภาษาของคำถาม(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Previous section</source>
        <translation>ส่วนก่อนหน้า(&amp;P)</translation>
    </message>
    <message>
        <source>Show the previous section (Ctrl+Page Up)</source>
        <translation>แสดงส่วนก่อนหน้า (Ctrl+Page Up)</translation>
    </message>
    <message>
        <source>&amp;Next section</source>
        <translation>ส่วนถัดไป(&amp;N)</translation>
    </message>
    <message>
        <source>Show the next section (Ctrl+Page Down)</source>
        <translation>แสดงส่วนถัดไป (Ctrl+Page Down)</translation>
    </message>
    <message>
        <source>Mark as &amp;complete</source>
        <translation>ทำเครื่องหมายว่าครบถ้วน(&amp;C)</translation>
    </message>
    <message>
        <source>Check that every required answer is given, then mark the questionnaire complete (Ctrl+Enter).</source>
        <translation>ตรวจสอบว่าได้ตอบคำถามบังคับครบทุกข้อ แล้วทำเครื่องหมายว่าแบบสอบถามครบถ้วน (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>ครบถ้วน</translation>
    </message>
    <message>
        <source>This questionnaire is marked as complete.</source>
        <translation>แบบสอบถามนี้ทำเครื่องหมายว่าครบถ้วนแล้ว</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>ส่วนต่าง ๆ</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>ส่วน</translation>
    </message>
    <message>
        <source>List of sections</source>
        <translation>รายการส่วน</translation>
    </message>
    <message>
        <source>Show or hide the list of sections</source>
        <translation>แสดงหรือซ่อนรายการส่วน</translation>
    </message>
    <message>
        <source>Language of the questions</source>
        <translation>ภาษาของคำถาม</translation>
    </message>
    <message>
        <source>&amp;Questionnaire:</source>
        <translation>แบบสอบถาม(&amp;Q):</translation>
    </message>
    <message>
        <source>Questionnaire and version</source>
        <translation>แบบสอบถามและเวอร์ชัน</translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation>%1 (เวอร์ชัน %2)</translation>
    </message>
    <message>
        <source>%1 (version %2, your earlier answers)</source>
        <translation>%1 (เวอร์ชัน %2, คำตอบก่อนหน้าของท่าน)</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>กำลังบันทึก…</translation>
    </message>
    <message>
        <source>Every required answer is given: you can mark the questionnaire as complete.</source>
        <translation>ตอบคำถามบังคับครบทุกข้อแล้ว: ท่านสามารถทำเครื่องหมายว่าแบบสอบถามครบถ้วนได้</translation>
    </message>
    <message numerus="yes">
        <source>The questionnaire cannot be marked complete yet: %Ln answer(s) are missing or need correcting.</source>
        <translation>
            <numerusform>ยังไม่สามารถทำเครื่องหมายว่าแบบสอบถามครบถ้วนได้: มีคำตอบ %Ln ข้อที่ขาดหายหรือต้องแก้ไข</numerusform>
        </translation>
    </message>
    <message>
        <source>First: “%1”.</source>
        <translation>รายการแรก: “%1”</translation>
    </message>
    <message>
        <source>Preview: answers are checked as a delegate&apos;s are, and kept nowhere.</source>
        <translation>ตัวอย่าง: คำตอบจะได้รับการตรวจสอบเช่นเดียวกับของผู้แทน และจะไม่ถูกเก็บไว้</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>ไม่ได้บันทึก: %1</translation>
    </message>
    <message>
        <source>All changes saved.</source>
        <translation>บันทึกการเปลี่ยนแปลงทั้งหมดแล้ว</translation>
    </message>
    <message>
        <source>Your changes leave required answers open: the questionnaire is no longer complete.</source>
        <translation>การเปลี่ยนแปลงของท่านทำให้มีคำถามบังคับที่ยังไม่ได้ตอบ: แบบสอบถามจึงไม่ครบถ้วนอีกต่อไป</translation>
    </message>
    <message>
        <source>Not yet translated into %1: shown in English.</source>
        <translation>ยังไม่ได้แปลเป็น%1: แสดงเป็นภาษาอังกฤษ</translation>
    </message>
</context>
<context>
    <name>QuestionnairesPage</name>
    <message>
        <source>&amp;Import workbook…</source>
        <translation>นำเข้าสมุดงาน(&amp;I)…</translation>
    </message>
    <message>
        <source>Read an XLSForm (.xlsx, .xls or .csv) (Ctrl+O)</source>
        <translation>อ่าน XLSForm (.xlsx, .xls หรือ .csv) (Ctrl+O)</translation>
    </message>
    <message>
        <source>&amp;Validate again</source>
        <translation>ตรวจสอบอีกครั้ง(&amp;V)</translation>
    </message>
    <message>
        <source>Read and check the same workbook again, after correcting it (F5)</source>
        <translation>อ่านและตรวจสอบสมุดงานเดิมอีกครั้งหลังจากแก้ไขแล้ว (F5)</translation>
    </message>
    <message>
        <source>&amp;Leave out what KIN Desktop cannot do</source>
        <translation>ละเว้นสิ่งที่ KIN Desktop ทำไม่ได้(&amp;L)</translation>
    </message>
    <message>
        <source>GPS, photos, pulldata() and the like are left out with a warning each, instead of refusing the workbook. Mistakes in the form are still errors.</source>
        <translation>GPS รูปภาพ pulldata() และสิ่งที่คล้ายกันจะถูกละเว้นพร้อมคำเตือนแต่ละรายการ แทนการปฏิเสธสมุดงาน ข้อผิดพลาดในแบบฟอร์มยังคงถือเป็นข้อผิดพลาด</translation>
    </message>
    <message>
        <source>&amp;Publish…</source>
        <translation>เผยแพร่(&amp;P)…</translation>
    </message>
    <message>
        <source>Store this version so that the next welcome pack brings it to the delegates (Ctrl+P)</source>
        <translation>จัดเก็บเวอร์ชันนี้เพื่อให้ชุดต้อนรับครั้งถัดไปนำส่งถึงผู้แทน (Ctrl+P)</translation>
    </message>
    <message>
        <source>Import an XLSForm workbook to check it, see it as a delegate will, and publish it. Questionnaires are written in the survey, choices and settings sheets, as for ODK and KoboToolbox.</source>
        <translation>นำเข้าสมุดงาน XLSForm เพื่อตรวจสอบ ดูในแบบที่ผู้แทนจะเห็น และเผยแพร่ แบบสอบถามเขียนไว้ในแผ่นงาน survey, choices และ settings เช่นเดียวกับ ODK และ KoboToolbox</translation>
    </message>
    <message>
        <source>Problems found in the workbook</source>
        <translation>ปัญหาที่พบในสมุดงาน</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>คัดลอก</translation>
    </message>
    <message>
        <source>The selected problem</source>
        <translation>ปัญหาที่เลือก</translation>
    </message>
    <message>
        <source>No problems: the workbook is imported as it is.</source>
        <translation>ไม่มีปัญหา: นำเข้าสมุดงานตามที่เป็นอยู่</translation>
    </message>
    <message>
        <source>The preview shows the imported questionnaire exactly as a delegate will see it.</source>
        <translation>ตัวอย่างแสดงแบบสอบถามที่นำเข้าตรงตามที่ผู้แทนจะเห็น</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>แบบสอบถาม</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>เวอร์ชัน</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>เผยแพร่เมื่อ</translation>
    </message>
    <message>
        <source>From</source>
        <translation>ที่มา</translation>
    </message>
    <message>
        <source>Questionnaire versions in this profile</source>
        <translation>เวอร์ชันของแบบสอบถามในโปรไฟล์นี้</translation>
    </message>
    <message>
        <source>E&amp;xport to XLSForm…</source>
        <translation>ส่งออกเป็น XLSForm(&amp;X)…</translation>
    </message>
    <message>
        <source>Write the selected version as an XLSForm workbook</source>
        <translation>จัดทำเวอร์ชันที่เลือกเป็นสมุดงาน XLSForm</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>ปัญหา</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>ตัวอย่าง</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>เวอร์ชัน</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>กำลังอ่าน %1…</translation>
    </message>
    <message>
        <source>Publish the questionnaire</source>
        <translation>เผยแพร่แบบสอบถาม</translation>
    </message>
    <message>
        <source>Publish &apos;%1&apos; version %2?

The next welcome pack brings it to every delegate. New responses open on it; the answers given to earlier versions are kept. A published version cannot be changed: a correction needs a new version.</source>
        <translation>เผยแพร่ &apos;%1&apos; เวอร์ชัน %2 หรือไม่

ชุดต้อนรับครั้งถัดไปจะนำส่งถึงผู้แทนทุกราย คำตอบใหม่จะเริ่มบนเวอร์ชันนี้ ส่วนคำตอบของเวอร์ชันก่อนหน้าจะยังคงเก็บไว้ เวอร์ชันที่เผยแพร่แล้วไม่สามารถเปลี่ยนแปลงได้: การแก้ไขต้องทำเป็นเวอร์ชันใหม่</translation>
    </message>
    <message>
        <source>shipped with KIN Desktop</source>
        <translation>มาพร้อมกับ KIN Desktop</translation>
    </message>
    <message>
        <source>published here</source>
        <translation>เผยแพร่ที่นี่</translation>
    </message>
    <message>
        <source>welcome pack</source>
        <translation>ชุดต้อนรับ</translation>
    </message>
    <message>
        <source>(current)</source>
        <translation>(ปัจจุบัน)</translation>
    </message>
    <message>
        <source>not published</source>
        <translation>ยังไม่เผยแพร่</translation>
    </message>
    <message>
        <source>%1: questionnaire &apos;%2&apos; version %3, %4 section(s), %5 question(s), languages: %6.</source>
        <translation>%1: แบบสอบถาม &apos;%2&apos; เวอร์ชัน %3, %4 ส่วน, %5 คำถาม, ภาษา: %6</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s): see Problems.</source>
        <translation>
            <numerusform>คำเตือน %n รายการ: ดูที่ ปัญหา</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is refused: %n error(s) to correct (see Problems), then Validate again.</source>
        <translation>
            <numerusform>%1 ถูกปฏิเสธ: มีข้อผิดพลาด %n รายการที่ต้องแก้ไข (ดูที่ ปัญหา) แล้วกด ตรวจสอบอีกครั้ง</numerusform>
        </translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>ปัญหา (%1)</translation>
    </message>
    <message>
        <source>Published &apos;%1&apos; version %2: the next welcome pack brings it to the delegates (Exports, Write welcome pack).</source>
        <translation>เผยแพร่ &apos;%1&apos; เวอร์ชัน %2 แล้ว: ชุดต้อนรับครั้งถัดไปจะนำส่งถึงผู้แทน (ส่งออก, จัดทำชุดต้อนรับ)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; version %2 was already published with the same content: nothing changed.</source>
        <translation>&apos;%1&apos; เวอร์ชัน %2 เผยแพร่แล้วด้วยเนื้อหาเดียวกัน: ไม่มีการเปลี่ยนแปลง</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>จัดทำ %1 แล้ว</translation>
    </message>
    <message>
        <source>XLSForm cannot say: %1.</source>
        <translation>XLSForm ไม่รองรับ: %1</translation>
    </message>
    <message>
        <source>Import an XLSForm workbook</source>
        <translation>นำเข้าสมุดงาน XLSForm</translation>
    </message>
    <message>
        <source>XLSForm workbooks (%1);;All files (*)</source>
        <translation>สมุดงาน XLSForm (%1);;ไฟล์ทั้งหมด (*)</translation>
    </message>
    <message>
        <source>Export to XLSForm</source>
        <translation>ส่งออกเป็น XLSForm</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>สมุดงาน Excel (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>RankingEditor</name>
    <message>
        <source>Move up</source>
        <translation>เลื่อนขึ้น</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>เลื่อนลง</translation>
    </message>
    <message>
        <source>Move the selected item up (Ctrl+Up)</source>
        <translation>เลื่อนรายการที่เลือกขึ้น (Ctrl+Up)</translation>
    </message>
    <message>
        <source>Move the selected item down (Ctrl+Down)</source>
        <translation>เลื่อนรายการที่เลือกลง (Ctrl+Down)</translation>
    </message>
    <message>
        <source>Tick the items to rank; most important first.</source>
        <translation>ทำเครื่องหมายรายการที่จะจัดลำดับ โดยเรียงจากสำคัญที่สุด</translation>
    </message>
    <message>
        <source>Move up: %1</source>
        <translation>เลื่อนขึ้น: %1</translation>
    </message>
    <message>
        <source>Move down: %1</source>
        <translation>เลื่อนลง: %1</translation>
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
        <translation>บันทึก(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>เลิกทำ(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>ทำซ้ำ(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>ประวัติ(&amp;H)…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>เลิกทำ</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>ทำซ้ำ</translation>
    </message>
    <message>
        <source>History</source>
        <translation>ประวัติ</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>สถานะการบันทึก</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>ปัญหา</translation>
    </message>
    <message>
        <source>Problem with %1</source>
        <translation>ปัญหาของ %1</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>บันทึกการเปลี่ยนแปลงทั้งหมดแล้ว</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>ยังไม่ได้บันทึก</translation>
    </message>
    <message>
        <source>Not saved: see the problems above. Your text is kept here.</source>
        <translation>ไม่ได้บันทึก: ดูปัญหาด้านบน ข้อความของท่านยังคงอยู่ที่นี่</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>ไม่ได้บันทึก: %1</translation>
    </message>
    <message>
        <source>Saved at %1</source>
        <translation>บันทึกเมื่อ %1</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>แถว %1: %2</translation>
    </message>
    <message>
        <source>This %1 cannot be saved yet. It stays here in the editor until you fix:
%2</source>
        <translation>ยังไม่สามารถบันทึก%1นี้ได้ จะยังคงอยู่ในหน้าแก้ไขจนกว่าท่านจะแก้ไข:
%2</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>เลิกทำ: %1</translation>
    </message>
    <message>
        <source>Redo: %1</source>
        <translation>ทำซ้ำ: %1</translation>
    </message>
    <message>
        <source>Edited — saving shortly</source>
        <translation>แก้ไขแล้ว — กำลังจะบันทึก</translation>
    </message>
</context>
<context>
    <name>RecordListPage</name>
    <message>
        <source>Search</source>
        <translation>ค้นหา</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>ค้นหา(&amp;S):</translation>
    </message>
    <message>
        <source>Sector filter</source>
        <translation>ตัวกรองสาขา</translation>
    </message>
    <message>
        <source>All sectors</source>
        <translation>ทุกสาขา</translation>
    </message>
    <message>
        <source>Se&amp;ctor:</source>
        <translation>สาขา(&amp;C):</translation>
    </message>
    <message>
        <source>State filter</source>
        <translation>ตัวกรองสถานะ</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>ทุกสถานะ</translation>
    </message>
    <message>
        <source>S&amp;tate:</source>
        <translation>สถานะ(&amp;T):</translation>
    </message>
    <message>
        <source>Any review</source>
        <translation>ทุกผล</translation>
    </message>
    <message>
        <source>Has issues</source>
        <translation>มีประเด็นต้องแก้ไข</translation>
    </message>
    <message>
        <source>Corrected or changed since the review</source>
        <translation>แก้ไขหรือเปลี่ยนแปลงหลังการตรวจพิจารณา</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>อยู่ระหว่างตรวจพิจารณา</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>ลงทะเบียนแล้ว</translation>
    </message>
    <message>
        <source>Not reviewed yet</source>
        <translation>ยังไม่ได้ตรวจพิจารณา</translation>
    </message>
    <message>
        <source>Review filter</source>
        <translation>ตัวกรองการตรวจพิจารณา</translation>
    </message>
    <message>
        <source>Re&amp;view:</source>
        <translation>ตรวจพิจารณา(&amp;V):</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>ใหม่(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>เปิด(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>ลบ(&amp;D)</translation>
    </message>
    <message>
        <source>List state</source>
        <translation>สถานะรายการ</translation>
    </message>
    <message>
        <source>Number of records shown</source>
        <translation>จำนวนระเบียนที่แสดง</translation>
    </message>
    <message>
        <source>New record</source>
        <translation>ระเบียนใหม่</translation>
    </message>
    <message>
        <source>Open the selected record</source>
        <translation>เปิดระเบียนที่เลือก</translation>
    </message>
    <message>
        <source>Delete the selected record</source>
        <translation>ลบระเบียนที่เลือก</translation>
    </message>
    <message>
        <source>Words in titles and texts</source>
        <translation>คำในชื่อเรื่องและข้อความ</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>ระเบียน</translation>
    </message>
    <message>
        <source>Nothing matches the search and filters.</source>
        <translation>ไม่มีรายการที่ตรงกับการค้นหาและตัวกรอง</translation>
    </message>
</context>
<context>
    <name>RecordsReviewTab</name>
    <message>
        <source>Words in titles, texts, cities</source>
        <translation>คำในชื่อเรื่อง ข้อความ และชื่อเมือง</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>ค้นหา</translation>
    </message>
    <message>
        <source>Searc&amp;h:</source>
        <translation>ค้นหา(&amp;H):</translation>
    </message>
    <message>
        <source>Country filter</source>
        <translation>ตัวกรองประเทศ</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>ทุกประเทศ</translation>
    </message>
    <message>
        <source>Sector filter</source>
        <translation>ตัวกรองสาขา</translation>
    </message>
    <message>
        <source>All sectors</source>
        <translation>ทุกสาขา</translation>
    </message>
    <message>
        <source>Review state filter</source>
        <translation>ตัวกรองสถานะการตรวจพิจารณา</translation>
    </message>
    <message>
        <source>Any review state</source>
        <translation>ทุกสถานะการตรวจพิจารณา</translation>
    </message>
    <message>
        <source>Participant category filter</source>
        <translation>ตัวกรองประเภทผู้เข้าร่วม</translation>
    </message>
    <message>
        <source>All participants</source>
        <translation>ผู้เข้าร่วมทั้งหมด</translation>
    </message>
    <message>
        <source>Project type filter</source>
        <translation>ตัวกรองประเภทโครงการ</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>ทุกประเภท</translation>
    </message>
    <message>
        <source>Commitments to review</source>
        <translation>ข้อผูกพันที่ต้องตรวจพิจารณา</translation>
    </message>
    <message>
        <source>Practices to review</source>
        <translation>แนวปฏิบัติที่ต้องตรวจพิจารณา</translation>
    </message>
    <message>
        <source>Number of records shown</source>
        <translation>จำนวนระเบียนที่แสดง</translation>
    </message>
    <message>
        <source>No commitments yet: they arrive in delegates&apos; bundles (Inbox).</source>
        <translation>ยังไม่มีข้อผูกพัน: ข้อผูกพันจะมาพร้อมกับชุดข้อมูลของผู้แทน (กล่องรับเข้า)</translation>
    </message>
    <message>
        <source>No practices yet: they arrive in delegates&apos; bundles (Inbox).</source>
        <translation>ยังไม่มีแนวปฏิบัติ: แนวปฏิบัติจะมาพร้อมกับชุดข้อมูลของผู้แทน (กล่องรับเข้า)</translation>
    </message>
    <message>
        <source>Nothing matches the search and filters.</source>
        <translation>ไม่มีรายการที่ตรงกับการค้นหาและตัวกรอง</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>%Ln ระเบียน</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln record(s)</source>
        <translation>
            <numerusform>%1 จาก %Ln ระเบียน</numerusform>
        </translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>กำลังบันทึก…</translation>
    </message>
    <message>
        <source>Saved. The delegate sees it in the next receipt.</source>
        <translation>บันทึกแล้ว ผู้แทนจะเห็นในใบตอบรับฉบับถัดไป</translation>
    </message>
</context>
<context>
    <name>RecordsSection</name>
    <message>
        <source>&amp;Back to the list</source>
        <translation>กลับไปที่รายการ(&amp;B)</translation>
    </message>
    <message>
        <source>Save and return to the list (Alt+Left)</source>
        <translation>บันทึกและกลับไปที่รายการ (Alt+Left)</translation>
    </message>
    <message>
        <source>&amp;Print form…</source>
        <translation>พิมพ์แบบฟอร์ม(&amp;P)…</translation>
    </message>
    <message>
        <source>Save, then preview and print the form for the mayor&apos;s signature (Ctrl+P)</source>
        <translation>บันทึก แล้วดูตัวอย่างและพิมพ์แบบฟอร์มเพื่อให้นายกเทศมนตรีลงนาม (Ctrl+P)</translation>
    </message>
    <message>
        <source>Correct the problems shown before printing: the form prints what is saved.</source>
        <translation>โปรดแก้ไขปัญหาที่แสดงก่อนพิมพ์: แบบฟอร์มจะพิมพ์สิ่งที่บันทึกไว้</translation>
    </message>
    <message>
        <source>This record cannot be saved yet: correct the problems shown, or undo them.</source>
        <translation>ยังไม่สามารถบันทึกระเบียนนี้ได้: โปรดแก้ไขปัญหาที่แสดง หรือเลิกทำการเปลี่ยนแปลง</translation>
    </message>
</context>
<context>
    <name>RepeatGroupWidget</name>
    <message>
        <source>Between %1 and %2 entries.</source>
        <translation>ระหว่าง %1 ถึง %2 รายการ</translation>
    </message>
    <message numerus="yes">
        <source>At most %Ln entries.</source>
        <translation>
            <numerusform>ไม่เกิน %Ln รายการ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At least %Ln entries.</source>
        <translation>
            <numerusform>อย่างน้อย %Ln รายการ</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Add %1</source>
        <translation>เพิ่ม%1(&amp;A)</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>เพิ่ม%1</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Co&amp;mmitments</source>
        <translation>ข้อผูกพัน(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Practices</source>
        <translation>แนวปฏิบัติ(&amp;P)</translation>
    </message>
    <message>
        <source>C&amp;ities</source>
        <translation>เมือง(&amp;I)</translation>
    </message>
    <message>
        <source>Co&amp;nflicts</source>
        <translation>ข้อขัดแย้ง(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Save review</source>
        <translation>บันทึกการตรวจพิจารณา(&amp;S)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>ค้นหา</translation>
    </message>
    <message>
        <source>P&amp;rint forms…</source>
        <translation>พิมพ์แบบฟอร์ม(&amp;R)…</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>รีเฟรช(&amp;F)</translation>
    </message>
    <message>
        <source>Print the forms of the selected commitments</source>
        <translation>พิมพ์แบบฟอร์มของข้อผูกพันที่เลือก</translation>
    </message>
    <message>
        <source>Print the forms of the selected commitments (Ctrl+P)</source>
        <translation>พิมพ์แบบฟอร์มของข้อผูกพันที่เลือก (Ctrl+P)</translation>
    </message>
    <message>
        <source>C&amp;heck a signed form…</source>
        <translation>ตรวจสอบแบบฟอร์มที่ลงนาม(&amp;H)…</translation>
    </message>
    <message>
        <source>Type or scan the text of a signed commitment form&apos;s QR code: is it the current version?</source>
        <translation>พิมพ์หรือสแกนข้อความจากคิวอาร์โค้ดของแบบฟอร์มข้อผูกพันที่ลงนามแล้ว: เป็นเวอร์ชันปัจจุบันหรือไม่</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>ข้อความ</translation>
    </message>
    <message>
        <source>The signed form matches the current version.</source>
        <translation>แบบฟอร์มที่ลงนามตรงกับเวอร์ชันปัจจุบัน</translation>
    </message>
    <message>
        <source>The signed form does not match the data: %1</source>
        <translation>แบบฟอร์มที่ลงนามไม่ตรงกับข้อมูล: %1</translation>
    </message>
    <message>
        <source>Select the commitments whose forms you want to print.</source>
        <translation>เลือกข้อผูกพันที่ต้องการพิมพ์แบบฟอร์ม</translation>
    </message>
    <message numerus="yes">
        <source>%Ln form(s) saved to %1</source>
        <translation>
            <numerusform>บันทึกแบบฟอร์ม %Ln ฉบับไปยัง %1 แล้ว</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%Ln page(s)).</source>
        <translation>
            <numerusform>(%Ln หน้า)</numerusform>
        </translation>
    </message>
    <message>
        <source>Commitment forms</source>
        <translation>แบบฟอร์มข้อผูกพัน</translation>
    </message>
    <message numerus="yes">
        <source>Printing %Ln form(s)…</source>
        <translation>
            <numerusform>กำลังพิมพ์แบบฟอร์ม %Ln ฉบับ…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <source>(was empty)</source>
        <translation>(เดิมว่าง)</translation>
    </message>
    <message>
        <source>Where the record stands</source>
        <translation>สถานะของระเบียน</translation>
    </message>
    <message>
        <source>The secretariat&apos;s comment</source>
        <translation>ความเห็นของสำนักเลขาธิการ</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · not reviewed by the secretariat yet</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · สำนักเลขาธิการยังไม่ได้ตรวจพิจารณา</translation>
    </message>
    <message>
        <source>Secretariat&apos;s review: %1 (%2) · %3</source>
        <translation>ผลการตรวจพิจารณาของสำนักเลขาธิการ: %1 (%2) · %3</translation>
    </message>
    <message>
        <source>Changed since this review: the secretariat sees the change after your next export.</source>
        <translation>มีการเปลี่ยนแปลงหลังการตรวจพิจารณานี้: สำนักเลขาธิการจะเห็นการเปลี่ยนแปลงหลังการส่งออกครั้งถัดไปของท่าน</translation>
    </message>
    <message>
        <source>Correct what the comment asks, then export from the Outbox: the secretariat sees the correction.</source>
        <translation>แก้ไขตามที่ความเห็นร้องขอ แล้วส่งออกจากกล่องส่งออก: สำนักเลขาธิการจะเห็นการแก้ไข</translation>
    </message>
    <message>
        <source>Corrected and sent: the secretariat will review it again.</source>
        <translation>แก้ไขและส่งแล้ว: สำนักเลขาธิการจะตรวจพิจารณาอีกครั้ง</translation>
    </message>
    <message>
        <source>Corrected here: export from the Outbox to send the correction.</source>
        <translation>แก้ไขที่นี่แล้ว: ส่งออกจากกล่องส่งออกเพื่อส่งการแก้ไข</translation>
    </message>
    <message>
        <source>Review state</source>
        <translation>สถานะการตรวจพิจารณา</translation>
    </message>
    <message>
        <source>Re&amp;cognised as an example to follow</source>
        <translation>รับรองเป็นตัวอย่างที่ควรดำเนินตาม(&amp;C)</translation>
    </message>
    <message>
        <source>Only a registered record can be recognised</source>
        <translation>รับรองได้เฉพาะระเบียนที่ลงทะเบียนแล้ว</translation>
    </message>
    <message>
        <source>Comment for the delegate</source>
        <translation>ความเห็นถึงผู้แทน</translation>
    </message>
    <message>
        <source>What the delegate should know; it goes in the next receipt.</source>
        <translation>สิ่งที่ผู้แทนควรทราบ ซึ่งจะอยู่ในใบตอบรับฉบับถัดไป</translation>
    </message>
    <message>
        <source>&amp;Save review</source>
        <translation>บันทึกการตรวจพิจารณา(&amp;S)</translation>
    </message>
    <message>
        <source>Save the review state and comment (Ctrl+S)</source>
        <translation>บันทึกสถานะการตรวจพิจารณาและความเห็น (Ctrl+S)</translation>
    </message>
    <message>
        <source>Review status</source>
        <translation>สถานะการตรวจพิจารณา</translation>
    </message>
    <message>
        <source>Review s&amp;tate:</source>
        <translation>สถานะการตรวจพิจารณา(&amp;T):</translation>
    </message>
    <message>
        <source>Co&amp;mment:</source>
        <translation>ความเห็น(&amp;M):</translation>
    </message>
    <message>
        <source>Review history</source>
        <translation>ประวัติการตรวจพิจารณา</translation>
    </message>
    <message>
        <source>History of the review</source>
        <translation>ประวัติของการตรวจพิจารณา</translation>
    </message>
    <message>
        <source>Changes and signed form</source>
        <translation>การเปลี่ยนแปลงและแบบฟอร์มที่ลงนาม</translation>
    </message>
    <message>
        <source>The whole record</source>
        <translation>ระเบียนทั้งหมด</translation>
    </message>
    <message>
        <source>Loading the record…</source>
        <translation>กำลังโหลดระเบียน…</translation>
    </message>
    <message>
        <source>Select a record to review it.</source>
        <translation>เลือกระเบียนเพื่อตรวจพิจารณา</translation>
    </message>
    <message>
        <source>two versions in conflict: see Conflicts</source>
        <translation>มีสองฉบับที่ขัดแย้งกัน: ดูที่ ข้อขัดแย้ง</translation>
    </message>
    <message numerus="yes">
        <source>Corrected since the review: %Ln change(s), marked below.</source>
        <translation>
            <numerusform>แก้ไขหลังการตรวจพิจารณา: การเปลี่ยนแปลง %Ln รายการ ทำเครื่องหมายไว้ด้านล่าง</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Changed since the review: %Ln change(s), marked below.</source>
        <translation>
            <numerusform>เปลี่ยนแปลงหลังการตรวจพิจารณา: การเปลี่ยนแปลง %Ln รายการ ทำเครื่องหมายไว้ด้านล่าง</numerusform>
        </translation>
    </message>
    <message>
        <source>Signed form: verified for this version on %1.</source>
        <translation>แบบฟอร์มที่ลงนาม: ตรวจสอบแล้วสำหรับเวอร์ชันนี้เมื่อ %1</translation>
    </message>
    <message>
        <source>Signed form: the last one checked (%1) is for an earlier version.</source>
        <translation>แบบฟอร์มที่ลงนาม: ฉบับล่าสุดที่ตรวจสอบ (%1) เป็นของเวอร์ชันก่อนหน้า</translation>
    </message>
    <message>
        <source>Signed form: none checked yet for this version (Check a signed form…).</source>
        <translation>แบบฟอร์มที่ลงนาม: ยังไม่มีการตรวจสอบสำหรับเวอร์ชันนี้ (ตรวจสอบแบบฟอร์มที่ลงนาม…)</translation>
    </message>
    <message>
        <source>The commitment</source>
        <translation>ข้อผูกพัน</translation>
    </message>
    <message>
        <source>Targets and indicators</source>
        <translation>เป้าหมายและตัวชี้วัด</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>หุ้นส่วน</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>ระยะเวลาดำเนินการ</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>งบประมาณ</translation>
    </message>
    <message>
        <source>Experience to share</source>
        <translation>ประสบการณ์ที่จะแบ่งปัน</translation>
    </message>
    <message>
        <source>Signatory</source>
        <translation>ผู้ลงนาม</translation>
    </message>
    <message>
        <source>The practice</source>
        <translation>แนวปฏิบัติ</translation>
    </message>
    <message>
        <source>Benefits</source>
        <translation>ประโยชน์</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>ค่าใช้จ่าย</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>ใช่</translation>
    </message>
    <message>
        <source>No</source>
        <translation>ไม่ใช่</translation>
    </message>
    <message>
        <source>Version of %1, revision %2</source>
        <translation>เวอร์ชันของ %1 ฉบับแก้ไขที่ %2</translation>
    </message>
</context>
<context>
    <name>SectionListModel</name>
    <message>
        <source>Section</source>
        <translation>ส่วน</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>เสร็จสิ้น</translation>
    </message>
    <message>
        <source>Does not apply, given your other answers.</source>
        <translation>ไม่เกี่ยวข้อง ตามคำตอบอื่นของท่าน</translation>
    </message>
    <message>
        <source>%1 of %2 required answers given.</source>
        <translation>ตอบคำถามบังคับแล้ว %1 จาก %2 ข้อ</translation>
    </message>
    <message>
        <source>No required questions; %1 of %2 answered.</source>
        <translation>ไม่มีคำถามบังคับ ตอบแล้ว %1 จาก %2 ข้อ</translation>
    </message>
    <message numerus="yes">
        <source>%Ln answer(s) need correcting.</source>
        <translation>
            <numerusform>คำตอบ %Ln ข้อต้องแก้ไข</numerusform>
        </translation>
    </message>
    <message>
        <source>Complete.</source>
        <translation>ครบถ้วน</translation>
    </message>
</context>
<context>
    <name>SectionWidget</name>
    <message>
        <source>This section does not apply, given your other answers.</source>
        <translation>ส่วนนี้ไม่เกี่ยวข้อง ตามคำตอบอื่นของท่าน</translation>
    </message>
</context>
<context>
    <name>SendPanel</name>
    <message>
        <source>&amp;Send and receive</source>
        <translation>ส่งและรับ(&amp;S)</translation>
    </message>
    <message>
        <source>Send what waits to the secretariat&apos;s inbox and fetch receipts and updates (F9)</source>
        <translation>ส่งสิ่งที่รออยู่ไปยังกล่องรับเข้าของสำนักเลขาธิการ และดึงใบตอบรับและข้อมูลปรับปรุง (F9)</translation>
    </message>
    <message>
        <source>Save the bundle to a &amp;file…</source>
        <translation>บันทึกชุดข้อมูลเป็นไฟล์(&amp;F)…</translation>
    </message>
    <message>
        <source>No link? Save the same bundle for a USB stick or an e-mail</source>
        <translation>ไม่มีการเชื่อมต่อ? บันทึกชุดข้อมูลเดียวกันสำหรับแฟลชไดรฟ์ USB หรืออีเมล</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>หยุด</translation>
    </message>
    <message>
        <source>Sending progress</source>
        <translation>ความคืบหน้าการส่ง</translation>
    </message>
    <message>
        <source>Import the secretariat&apos;s welcome pack first</source>
        <translation>โปรดนำเข้าชุดต้อนรับของสำนักเลขาธิการก่อน</translation>
    </message>
    <message>
        <source>The secretariat&apos;s welcome pack names no inbox to send to: save the bundle to a file (Export bundle) and give it to the secretariat</source>
        <translation>ชุดต้อนรับของสำนักเลขาธิการไม่ได้ระบุกล่องรับเข้าที่จะส่งถึง: โปรดบันทึกชุดข้อมูลเป็นไฟล์ (ส่งออกชุดข้อมูล) และส่งให้สำนักเลขาธิการ</translation>
    </message>
    <message>
        <source>Send what waits to %1 and fetch receipts and updates (F9)</source>
        <translation>ส่งสิ่งที่รออยู่ไปยัง %1 และดึงใบตอบรับและข้อมูลปรับปรุง (F9)</translation>
    </message>
    <message>
        <source>%1 waits to be sent; Send resumes where the last attempt stopped.</source>
        <translation>%1 รอการส่ง การส่งจะดำเนินต่อจากจุดที่หยุดในครั้งก่อน</translation>
    </message>
    <message>
        <source>Connecting to the inbox…</source>
        <translation>กำลังเชื่อมต่อกับกล่องรับเข้า…</translation>
    </message>
    <message>
        <source>Preparing the bundle</source>
        <translation>กำลังเตรียมชุดข้อมูล</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>กำลังส่ง</translation>
    </message>
    <message>
        <source>Receiving</source>
        <translation>กำลังรับ</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>กำลังดำเนินการ</translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1: %2 จาก %3</translation>
    </message>
    <message numerus="yes">
        <source>about %n hour(s) left</source>
        <translation>
            <numerusform>เหลืออีกประมาณ %n ชั่วโมง</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s) left</source>
        <translation>
            <numerusform>เหลืออีกประมาณ %n นาที</numerusform>
        </translation>
    </message>
    <message>
        <source>less than a minute left</source>
        <translation>เหลือไม่ถึงหนึ่งนาที</translation>
    </message>
    <message>
        <source>about a minute left</source>
        <translation>เหลืออีกประมาณหนึ่งนาที</translation>
    </message>
    <message>
        <source>Stopping; what the inbox has is kept…</source>
        <translation>กำลังหยุด สิ่งที่กล่องรับเข้าได้รับแล้วจะถูกเก็บไว้…</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n bundle(s)</source>
        <translation>
            <numerusform>ส่งชุดข้อมูลแล้ว %n ชุด</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Took in %n file(s) from the secretariat.</source>
        <translation>
            <numerusform>นำเข้าไฟล์จากสำนักเลขาธิการแล้ว %n ไฟล์</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The inbox refused %n bundle(s): %1</source>
        <translation>
            <numerusform>กล่องรับเข้าปฏิเสธชุดข้อมูล %n ชุด: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>This computer does not trust the inbox&apos;s certificate; nothing more was sent.</source>
        <translation>คอมพิวเตอร์เครื่องนี้ไม่เชื่อถือใบรับรองของกล่องรับเข้า จึงไม่มีการส่งข้อมูลเพิ่มเติม</translation>
    </message>
    <message>
        <source>No link to the inbox. What it has is kept, and Send resumes from there.</source>
        <translation>ไม่มีการเชื่อมต่อกับกล่องรับเข้า สิ่งที่กล่องรับเข้าได้รับแล้วจะถูกเก็บไว้ และการส่งจะดำเนินต่อจากจุดนั้น</translation>
    </message>
    <message numerus="yes">
        <source>Trying again in %n minute(s), or save the bundle to a file.</source>
        <translation>
            <numerusform>จะลองอีกครั้งใน %n นาที หรือบันทึกชุดข้อมูลเป็นไฟล์</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped. What the inbox has is kept; Send resumes from there.</source>
        <translation>หยุดแล้ว สิ่งที่กล่องรับเข้าได้รับแล้วจะถูกเก็บไว้ และการส่งจะดำเนินต่อจากจุดนั้น</translation>
    </message>
    <message>
        <source>Nothing to send, and nothing new from the secretariat.</source>
        <translation>ไม่มีสิ่งที่ต้องส่ง และไม่มีสิ่งใหม่จากสำนักเลขาธิการ</translation>
    </message>
    <message>
        <source>Nothing waits to be sent.</source>
        <translation>ไม่มีสิ่งที่รอการส่ง</translation>
    </message>
    <message>
        <source>The file could not be saved: %1</source>
        <translation>ไม่สามารถบันทึกไฟล์: %1</translation>
    </message>
    <message>
        <source>Saved %1. Give this file to the secretariat; if the inbox gets it too, it is taken in once.</source>
        <translation>บันทึก %1 แล้ว โปรดส่งไฟล์นี้ให้สำนักเลขาธิการ หากกล่องรับเข้าได้รับด้วย ระบบจะนำเข้าเพียงครั้งเดียว</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>การตั้งค่า</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>ภาษาของส่วนติดต่อ(&amp;L):</translation>
    </message>
    <message>
        <source>The window changes language at once; what you have typed is kept, as everything is saved as it is typed. The questionnaire&apos;s own language can be chosen on its page.</source>
        <translation>หน้าต่างจะเปลี่ยนภาษาทันที สิ่งที่ท่านพิมพ์ไว้จะยังคงอยู่ เนื่องจากทุกอย่างบันทึกขณะพิมพ์ ภาษาของแบบสอบถามเลือกได้ในหน้าของแบบสอบถาม</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Mayor or top representative of a local government</source>
        <translation>นายกเทศมนตรีหรือผู้แทนสูงสุดขององค์กรปกครองส่วนท้องถิ่น</translation>
    </message>
    <message>
        <source>Expert of a local government</source>
        <translation>ผู้เชี่ยวชาญขององค์กรปกครองส่วนท้องถิ่น</translation>
    </message>
    <message>
        <source>Representative of a national government</source>
        <translation>ผู้แทนรัฐบาลกลาง</translation>
    </message>
    <message>
        <source>Representative of an international organisation</source>
        <translation>ผู้แทนองค์การระหว่างประเทศ</translation>
    </message>
    <message>
        <source>Other (media, university, general public)</source>
        <translation>อื่น ๆ (สื่อมวลชน มหาวิทยาลัย ประชาชนทั่วไป)</translation>
    </message>
    <message>
        <source>Welcome pack</source>
        <translation>ชุดต้อนรับ</translation>
    </message>
    <message>
        <source>Welcome packs (*.kinw)</source>
        <translation>ชุดต้อนรับ (*.kinw)</translation>
    </message>
    <message>
        <source>Not taken in: %1</source>
        <translation>ไม่ได้นำเข้า: %1</translation>
    </message>
    <message>
        <source>Set up KIN Desktop</source>
        <translation>ตั้งค่า KIN Desktop</translation>
    </message>
</context>
<context>
    <name>YesNoEditor</name>
    <message>
        <source>Yes</source>
        <translation>ใช่</translation>
    </message>
    <message>
        <source>No</source>
        <translation>ไม่ใช่</translation>
    </message>
</context>
<context>
    <name>_ClearButton</name>
    <message>
        <source>Clear answer</source>
        <translation>ล้างคำตอบ</translation>
    </message>
</context>
<context>
    <name>_DonePage</name>
    <message>
        <source>Ready</source>
        <translation>พร้อม</translation>
    </message>
    <message>
        <source>Your profile is ready. Your key fingerprint is:

%1

Read it to the secretariat when they ask to confirm your enrolment.</source>
        <translation>โปรไฟล์ของท่านพร้อมแล้ว ลายนิ้วมือของคีย์ของท่านคือ:

%1

โปรดอ่านให้สำนักเลขาธิการฟังเมื่อได้รับการขอให้ยืนยันการลงทะเบียน</translation>
    </message>
    <message>
        <source>The secretariat&apos;s welcome pack is in: you can export bundles for them.</source>
        <translation>นำเข้าชุดต้อนรับของสำนักเลขาธิการแล้ว: ท่านสามารถส่งออกชุดข้อมูลถึงสำนักเลขาธิการได้</translation>
    </message>
    <message>
        <source>When the secretariat&apos;s welcome pack arrives, import it from the Outbox; it brings the secretariat&apos;s key, so that what you export can only be read by them.</source>
        <translation>เมื่อได้รับชุดต้อนรับของสำนักเลขาธิการ โปรดนำเข้าจากกล่องส่งออก ชุดต้อนรับมีคีย์ของสำนักเลขาธิการ เพื่อให้สิ่งที่ท่านส่งออกอ่านได้โดยสำนักเลขาธิการเท่านั้น</translation>
    </message>
</context>
<context>
    <name>_KeyPage</name>
    <message>
        <source>Your signing key</source>
        <translation>คีย์สำหรับลงนามของท่าน</translation>
    </message>
    <message>
        <source>It proves that what you send comes from you.</source>
        <translation>ใช้พิสูจน์ว่าสิ่งที่ท่านส่งมาจากท่าน</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>วลีรหัสผ่าน</translation>
    </message>
    <message>
        <source>at least 8 characters</source>
        <translation>อย่างน้อย 8 ตัวอักษร</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>ป้อนวลีรหัสผ่านอีกครั้ง</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>วลีรหัสผ่าน(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>ป้อนอีกครั้ง(&amp;R):</translation>
    </message>
    <message>
        <source>KIN Desktop signs everything you send with a key that proves it comes from you. This computer has no system keyring to keep that key safe, so it is kept in a file locked with a passphrase. Choose one you will remember: it cannot be recovered.</source>
        <translation>KIN Desktop ลงนามทุกสิ่งที่ท่านส่งด้วยคีย์ที่พิสูจน์ว่ามาจากท่าน คอมพิวเตอร์เครื่องนี้ไม่มีพวงกุญแจของระบบที่จะเก็บคีย์ไว้อย่างปลอดภัย จึงเก็บคีย์ไว้ในไฟล์ที่ล็อกด้วยวลีรหัสผ่าน โปรดเลือกวลีที่ท่านจำได้: ไม่สามารถกู้คืนได้</translation>
    </message>
    <message>
        <source>KIN Desktop signs everything you send with a key that proves it comes from you. The key will be kept in this computer&apos;s system keyring; no passphrase is needed.</source>
        <translation>KIN Desktop ลงนามทุกสิ่งที่ท่านส่งด้วยคีย์ที่พิสูจน์ว่ามาจากท่าน คีย์จะเก็บไว้ในพวงกุญแจของระบบของคอมพิวเตอร์เครื่องนี้ ไม่จำเป็นต้องใช้วลีรหัสผ่าน</translation>
    </message>
</context>
<context>
    <name>_ProfilePage</name>
    <message>
        <source>About you</source>
        <translation>เกี่ยวกับท่าน</translation>
    </message>
    <message>
        <source>e.g. Khon Kaen</source>
        <translation>เช่น Khon Kaen</translation>
    </message>
    <message>
        <source>Your city&apos;s name in Latin letters, as it should appear in file names and on printed forms. Filled in from the name above as a first guess: correct it if it is wrong.</source>
        <translation>ชื่อเมืองของท่านเป็นอักษรละติน ตามที่ควรปรากฏในชื่อไฟล์และในแบบฟอร์มที่พิมพ์ ระบบกรอกให้จากชื่อด้านบนเป็นการคาดคะเนเบื้องต้น: โปรดแก้ไขหากไม่ถูกต้อง</translation>
    </message>
    <message>
        <source>name@city.gov</source>
        <translation>name@city.gov</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>ชื่อ(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation>เมือง(&amp;C):</translation>
    </message>
    <message>
        <source>City in &amp;Latin letters:</source>
        <translation>ชื่อเมืองเป็นอักษรละติน(&amp;L):</translation>
    </message>
    <message>
        <source>Countr&amp;y:</source>
        <translation>ประเทศ(&amp;Y):</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>หน่วยงาน(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Participant category:</source>
        <translation>ประเภทผู้เข้าร่วม(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>อีเมล(&amp;E):</translation>
    </message>
    <message>
        <source>Your delegation as it will appear to the secretariat.</source>
        <translation>คณะผู้แทนของท่านตามที่สำนักเลขาธิการจะเห็น</translation>
    </message>
    <message>
        <source>The secretariat as delegates will see it in welcome packs and receipts.</source>
        <translation>สำนักเลขาธิการตามที่ผู้แทนจะเห็นในชุดต้อนรับและใบตอบรับ</translation>
    </message>
</context>
<context>
    <name>_RadioEditor</name>
    <message>
        <source>Clear the answer to: %1</source>
        <translation>ล้างคำตอบของ: %1</translation>
    </message>
</context>
<context>
    <name>_RolePage</name>
    <message>
        <source>Welcome to KIN Desktop</source>
        <translation>ยินดีต้อนรับสู่ KIN Desktop</translation>
    </message>
    <message>
        <source>Set up this computer for the Fourth Meeting of the Kitakyushu Initiative Network. Everything stays on this computer until you export it.</source>
        <translation>ตั้งค่าคอมพิวเตอร์เครื่องนี้สำหรับการประชุมครั้งที่ 4 ของเครือข่ายความริเริ่มคิตะคิวชู ข้อมูลทั้งหมดจะอยู่ในคอมพิวเตอร์เครื่องนี้จนกว่าท่านจะส่งออก</translation>
    </message>
    <message>
        <source>&amp;City delegation: answer the questionnaire, record practices, draft commitments</source>
        <translation>คณะผู้แทนของเมือง(&amp;C): ตอบแบบสอบถาม บันทึกแนวปฏิบัติ ร่างข้อผูกพัน</translation>
    </message>
    <message>
        <source>Network &amp;Secretariat: merge, review and follow up what cities send</source>
        <translation>สำนักเลขาธิการเครือข่าย(&amp;S): รวม ตรวจพิจารณา และติดตามผลสิ่งที่เมืองส่งมา</translation>
    </message>
</context>
<context>
    <name>_WelcomePackPage</name>
    <message>
        <source>The secretariat&apos;s welcome pack</source>
        <translation>ชุดต้อนรับของสำนักเลขาธิการ</translation>
    </message>
    <message>
        <source>It brings the questionnaire and the secretariat&apos;s key. You can also do this later, from the Outbox.</source>
        <translation>ชุดต้อนรับประกอบด้วยแบบสอบถามและคีย์ของสำนักเลขาธิการ ท่านสามารถดำเนินการนี้ภายหลังได้จากกล่องส่งออก</translation>
    </message>
    <message>
        <source>&amp;Choose the welcome pack file…</source>
        <translation>เลือกไฟล์ชุดต้อนรับ(&amp;C)…</translation>
    </message>
    <message>
        <source>The fingerprint &amp;matches the one in my invitation letter</source>
        <translation>ลายนิ้วมือตรงกับลายนิ้วมือในหนังสือเชิญของข้าพเจ้า(&amp;M)</translation>
    </message>
    <message>
        <source>This file is not a welcome pack that can be read: %1</source>
        <translation>ไฟล์นี้ไม่ใช่ชุดต้อนรับที่อ่านได้: %1</translation>
    </message>
    <message>
        <source>Signed by the key with this fingerprint:

%1

Compare every group with your invitation letter.</source>
        <translation>ลงนามด้วยคีย์ที่มีลายนิ้วมือดังนี้:

%1

โปรดเปรียบเทียบทุกกลุ่มกับหนังสือเชิญของท่าน</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>This profile was saved by a newer version of KIN Desktop. Install the newer version to open it; nothing has been changed.</source>
        <translation>โปรไฟล์นี้บันทึกโดย KIN Desktop เวอร์ชันที่ใหม่กว่า โปรดติดตั้งเวอร์ชันที่ใหม่กว่าเพื่อเปิด ไม่มีการเปลี่ยนแปลงใด ๆ</translation>
    </message>
    <message>
        <source>The profile&apos;s database is damaged or is not a KIN Desktop database. Nothing has been changed.</source>
        <translation>ฐานข้อมูลของโปรไฟล์เสียหายหรือไม่ใช่ฐานข้อมูลของ KIN Desktop ไม่มีการเปลี่ยนแปลงใด ๆ</translation>
    </message>
    <message>
        <source>There is no profile here yet. Create one to start.</source>
        <translation>ยังไม่มีโปรไฟล์ที่นี่ โปรดสร้างโปรไฟล์เพื่อเริ่มต้น</translation>
    </message>
    <message>
        <source>The passphrase is not right. Try again.</source>
        <translation>วลีรหัสผ่านไม่ถูกต้อง โปรดลองอีกครั้ง</translation>
    </message>
    <message>
        <source>The key store could not be opened: %1</source>
        <translation>ไม่สามารถเปิดที่เก็บคีย์: %1</translation>
    </message>
    <message>
        <source>Something went wrong: %1</source>
        <translation>เกิดข้อผิดพลาด: %1</translation>
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
        <translation>แนบไฟล์</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>ไฟล์ทั้งหมด (*)</translation>
    </message>
    <message>
        <source>—</source>
        <comment>no due year</comment>
        <translation>—</translation>
    </message>
    <message>
        <source>Solid waste</source>
        <translation>ขยะมูลฝอย</translation>
    </message>
    <message>
        <source>Wastewater and sanitation</source>
        <translation>น้ำเสียและสุขาภิบาล</translation>
    </message>
    <message>
        <source>Water supply</source>
        <translation>น้ำประปา</translation>
    </message>
    <message>
        <source>Air quality</source>
        <translation>คุณภาพอากาศ</translation>
    </message>
    <message>
        <source>Urban transport</source>
        <translation>การขนส่งในเมือง</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>พลังงาน</translation>
    </message>
    <message>
        <source>Green space</source>
        <translation>พื้นที่สีเขียว</translation>
    </message>
    <message>
        <source>Industrial pollution</source>
        <translation>มลพิษจากอุตสาหกรรม</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>sector</comment>
        <translation>อื่น ๆ</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>ฉบับร่าง</translation>
    </message>
    <message>
        <source>Ready to send</source>
        <translation>พร้อมส่ง</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>ส่งแล้ว</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>ตอบรับแล้ว</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>ลงทะเบียนแล้ว</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>ได้รับแล้ว</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>อยู่ระหว่างตรวจพิจารณา</translation>
    </message>
    <message>
        <source>Has issues</source>
        <translation>มีประเด็นต้องแก้ไข</translation>
    </message>
    <message>
        <source>corrected</source>
        <translation>แก้ไขแล้ว</translation>
    </message>
    <message>
        <source>changed since</source>
        <translation>เปลี่ยนแปลงภายหลัง</translation>
    </message>
    <message>
        <source>Signed form out of date</source>
        <translation>แบบฟอร์มที่ลงนามไม่เป็นปัจจุบัน</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>พิมพ์แล้ว</translation>
    </message>
    <message>
        <source>Demonstration</source>
        <translation>โครงการสาธิต</translation>
    </message>
    <message>
        <source>Expanded</source>
        <translation>โครงการขยายผล</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>สรุป</translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation>สาขา</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>ปัญหา</translation>
    </message>
    <message>
        <source>Approach</source>
        <translation>แนวทางดำเนินการ</translation>
    </message>
    <message>
        <source>Environmental benefits</source>
        <translation>ประโยชน์ด้านสิ่งแวดล้อม</translation>
    </message>
    <message>
        <source>Social benefits</source>
        <translation>ประโยชน์ด้านสังคม</translation>
    </message>
    <message>
        <source>Economic benefits</source>
        <translation>ประโยชน์ด้านเศรษฐกิจ</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>ค่าใช้จ่าย</translation>
    </message>
    <message>
        <source>Cost currency</source>
        <translation>สกุลเงินของค่าใช้จ่าย</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>หุ้นส่วน</translation>
    </message>
    <message>
        <source>Replicability</source>
        <translation>ความสามารถในการนำไปใช้ซ้ำ</translation>
    </message>
    <message>
        <source>Start year</source>
        <translation>ปีที่เริ่ม</translation>
    </message>
    <message>
        <source>Win-win</source>
        <translation>ได้ประโยชน์ร่วมกัน</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>ภาษา</translation>
    </message>
    <message>
        <source>State</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>Project type</source>
        <translation>ประเภทโครงการ</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>วัตถุประสงค์</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>รายละเอียด</translation>
    </message>
    <message>
        <source>Targets and indicators</source>
        <translation>เป้าหมายและตัวชี้วัด</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>วันที่เริ่ม</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>วันที่สิ้นสุด</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>หมุดหมาย</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>งบประมาณ</translation>
    </message>
    <message>
        <source>Budget currency</source>
        <translation>สกุลเงินของงบประมาณ</translation>
    </message>
    <message>
        <source>Funding source</source>
        <translation>แหล่งเงินทุน</translation>
    </message>
    <message>
        <source>Experience to share</source>
        <translation>ประสบการณ์ที่จะแบ่งปัน</translation>
    </message>
    <message>
        <source>Signatory name</source>
        <translation>ชื่อผู้ลงนาม</translation>
    </message>
    <message>
        <source>Signatory title</source>
        <translation>ตำแหน่งผู้ลงนาม</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>ลบแล้ว</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>ตัวชี้วัด</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>ค่าฐาน</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>เป้าหมาย</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>หน่วย</translation>
    </message>
    <message>
        <source>Due year</source>
        <translation>ปีที่ครบกำหนด</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>วันที่</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>หุ้นส่วน</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>ใช่</translation>
    </message>
    <message>
        <source>No</source>
        <translation>ไม่ใช่</translation>
    </message>
    <message>
        <source>%1, row %2</source>
        <translation>%1, แถว %2</translation>
    </message>
    <message>
        <source>%1, row %2: %3</source>
        <translation>%1, แถว %2: %3</translation>
    </message>
    <message>
        <source>The project must end by 31 December %1, when the follow-up of commitments ends. Choose an earlier end date.</source>
        <translation>โครงการต้องสิ้นสุดภายในวันที่ 31 ธันวาคม %1 ซึ่งเป็นวันสิ้นสุดการติดตามผลข้อผูกพัน โปรดเลือกวันที่สิ้นสุดที่เร็วกว่านี้</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>วันที่สิ้นสุดอยู่ก่อนวันที่เริ่ม</translation>
    </message>
    <message>
        <source>Each target needs a description.</source>
        <translation>เป้าหมายแต่ละรายการต้องมีคำอธิบาย</translation>
    </message>
    <message>
        <source>Each milestone needs a date and a description.</source>
        <translation>หมุดหมายแต่ละรายการต้องมีวันที่และคำอธิบาย</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>ช่องนี้จำเป็นต้องกรอก</translation>
    </message>
    <message>
        <source>Enter a date as YYYY-MM-DD, for example 2009-06-30.</source>
        <translation>ป้อนวันที่ในรูปแบบ YYYY-MM-DD เช่น 2009-06-30</translation>
    </message>
    <message>
        <source>Enter a number, for example 250000 or 1250.50.</source>
        <translation>ป้อนตัวเลข เช่น 250000 หรือ 1250.50</translation>
    </message>
    <message>
        <source>This text is too long.</source>
        <translation>ข้อความนี้ยาวเกินไป</translation>
    </message>
    <message>
        <source>The due year must be between 2006 and %1.</source>
        <translation>ปีที่ครบกำหนดต้องอยู่ระหว่าง 2006 ถึง %1</translation>
    </message>
    <message>
        <source>Enter a year between 1950 and 2100.</source>
        <translation>ป้อนปีระหว่าง 1950 ถึง 2100</translation>
    </message>
    <message>
        <source>This value is out of range.</source>
        <translation>ค่านี้อยู่นอกช่วงที่กำหนด</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>แบบฟอร์ม</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>City</source>
        <translation>เมือง</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>ตั้งแต่</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>ตรวจพิจารณา</translation>
    </message>
    <message>
        <source>Last saved</source>
        <translation>บันทึกล่าสุด</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>เริ่ม</translation>
    </message>
    <message>
        <source>End</source>
        <translation>สิ้นสุด</translation>
    </message>
    <message>
        <source>Due year (≤ 2010)</source>
        <translation>ปีที่ครบกำหนด (≤ 2010)</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>บันทึกเมื่อ</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(ลบแล้ว)</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>สร้างที่</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>เครื่องนี้</translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation>ตอบรับแล้ว</translation>
    </message>
    <message>
        <source>Form printed</source>
        <translation>พิมพ์แบบฟอร์มแล้ว</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>ฉบับแก้ไข</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>ช่อง</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>ก่อน</translation>
    </message>
    <message>
        <source>After</source>
        <translation>หลัง</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ไฟล์</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>ขนาด</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>แก้ไข %1</translation>
    </message>
    <message>
        <source>Add a row to %1</source>
        <translation>เพิ่มแถวใน %1</translation>
    </message>
    <message>
        <source>Remove a row from %1</source>
        <translation>นำแถวออกจาก %1</translation>
    </message>
</context>
<context>
    <name>secretariat</name>
    <message>
        <source>Practice</source>
        <translation>แนวปฏิบัติ</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>ข้อผูกพัน</translation>
    </message>
    <message>
        <source>Questionnaire response</source>
        <translation>คำตอบแบบสอบถาม</translation>
    </message>
    <message>
        <source>Progress report</source>
        <translation>รายงานความก้าวหน้า</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>ไฟล์แนบ</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>ใช่</translation>
    </message>
    <message>
        <source>No</source>
        <translation>ไม่ใช่</translation>
    </message>
    <message>
        <source>%1 (differs)</source>
        <translation>%1 (แตกต่าง)</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>ช่อง</translation>
    </message>
    <message>
        <source>Left: newest (shown now)</source>
        <translation>ซ้าย: ล่าสุด (แสดงอยู่)</translation>
    </message>
    <message>
        <source>Right: the other device</source>
        <translation>ขวา: อีกเครื่องหนึ่ง</translation>
    </message>
    <message>
        <source>Resolve the conflict</source>
        <translation>แก้ไขข้อขัดแย้ง</translation>
    </message>
    <message>
        <source>the left (newest) version</source>
        <translation>ฉบับซ้าย (ล่าสุด)</translation>
    </message>
    <message>
        <source>the right version</source>
        <translation>ฉบับขวา</translation>
    </message>
    <message>
        <source>Keep %1 of “%2”?

The other version&apos;s %3 will be replaced. Both stay in the history.</source>
        <translation>เก็บ%1ของ “%2” หรือไม่

ช่อง %3 ของอีกฉบับหนึ่งจะถูกแทนที่ ทั้งสองฉบับจะยังคงอยู่ในประวัติ</translation>
    </message>
    <message>
        <source>Mayor</source>
        <translation>นายกเทศมนตรี</translation>
    </message>
    <message>
        <source>City expert</source>
        <translation>ผู้เชี่ยวชาญของเมือง</translation>
    </message>
    <message>
        <source>National government</source>
        <translation>รัฐบาลกลาง</translation>
    </message>
    <message>
        <source>International organisation</source>
        <translation>องค์การระหว่างประเทศ</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>participant category</comment>
        <translation>อื่น ๆ</translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation>รออนุมัติ</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>อนุมัติแล้ว</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>เพิกถอนแล้ว</translation>
    </message>
    <message>
        <source>Revoke the key of %1</source>
        <translation>เพิกถอนคีย์ของ %1</translation>
    </message>
    <message>
        <source>Revoke the key %1 (%2)?

Bundles it signs from now on, and those held for it, will be refused. What it sent before stays. This cannot be undone: the delegate will need a new key.</source>
        <translation>เพิกถอนคีย์ %1 (%2) หรือไม่

ชุดข้อมูลที่ลงนามด้วยคีย์นี้นับจากนี้ และชุดข้อมูลที่พักไว้สำหรับคีย์นี้ จะถูกปฏิเสธ สิ่งที่ส่งมาก่อนหน้านี้ยังคงอยู่ การดำเนินการนี้ย้อนกลับไม่ได้: ผู้แทนจะต้องใช้คีย์ใหม่</translation>
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation>เพิกถอน(&amp;R)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>ลายนิ้วมือ</translation>
    </message>
    <message>
        <source>City</source>
        <translation>เมือง</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>ประเทศ</translation>
    </message>
    <message>
        <source>Delegate</source>
        <translation>ผู้แทน</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <source>Held bundles</source>
        <translation>ชุดข้อมูลที่พักไว้</translation>
    </message>
    <message>
        <source>Choose a folder for the receipt</source>
        <translation>เลือกโฟลเดอร์สำหรับใบตอบรับ</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>รวมแล้ว</translation>
    </message>
    <message>
        <source>Already received</source>
        <translation>ได้รับแล้วก่อนหน้า</translation>
    </message>
    <message>
        <source>Held for enrolment</source>
        <translation>พักไว้รอการลงทะเบียน</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>ปฏิเสธ</translation>
    </message>
    <message>
        <source>Quarantined</source>
        <translation>กักกัน</translation>
    </message>
    <message>
        <source>Failed, kept for inspection</source>
        <translation>ล้มเหลว เก็บไว้เพื่อตรวจสอบ</translation>
    </message>
    <message>
        <source>The file is damaged or was altered after it was signed; ask the delegate to export again.</source>
        <translation>ไฟล์เสียหายหรือถูกแก้ไขหลังการลงนาม โปรดขอให้ผู้แทนส่งออกอีกครั้ง</translation>
    </message>
    <message>
        <source>The sender&apos;s key is not enrolled yet: compare its fingerprint with the delegate (Delegates page), then approve it; the bundle then merges.</source>
        <translation>คีย์ของผู้ส่งยังไม่ได้ลงทะเบียน: เปรียบเทียบลายนิ้วมือกับผู้แทน (หน้าผู้แทน) แล้วอนุมัติ จากนั้นชุดข้อมูลจะถูกรวมเข้า</translation>
    </message>
    <message>
        <source>The sender&apos;s key has been revoked; nothing was taken in.</source>
        <translation>คีย์ของผู้ส่งถูกเพิกถอนแล้ว ไม่มีการนำเข้าสิ่งใด</translation>
    </message>
    <message>
        <source>A change already received comes again with other content (altered, or a faulty program): the file was set aside as evidence, nothing in it was taken in.</source>
        <translation>การเปลี่ยนแปลงที่ได้รับแล้วส่งมาอีกครั้งด้วยเนื้อหาอื่น (ถูกแก้ไข หรือโปรแกรมทำงานผิดพลาด): ไฟล์ถูกกันไว้เป็นหลักฐาน และไม่มีการนำเข้าสิ่งใดจากไฟล์นี้</translation>
    </message>
    <message>
        <source>Too many files are already waiting for keys nobody has enrolled; this one was not kept. Approve or revoke the waiting keys (Delegates page), then import this file again.</source>
        <translation>มีไฟล์จำนวนมากเกินไปที่รอคีย์ซึ่งยังไม่มีผู้ใดลงทะเบียน จึงไม่ได้เก็บไฟล์นี้ไว้ โปรดอนุมัติหรือเพิกถอนคีย์ที่รออยู่ (หน้าผู้แทน) แล้วนำเข้าไฟล์นี้อีกครั้ง</translation>
    </message>
    <message>
        <source>Something unexpected went wrong with this file; nothing of it was taken in and the other files went on. It was kept in the profile&apos;s quarantine folder: please report it.</source>
        <translation>เกิดข้อผิดพลาดที่ไม่คาดคิดกับไฟล์นี้ ไม่มีการนำเข้าสิ่งใดจากไฟล์นี้ และไฟล์อื่นดำเนินการต่อไป ไฟล์ถูกเก็บไว้ในโฟลเดอร์กักกันของโปรไฟล์: โปรดรายงานปัญหานี้</translation>
    </message>
    <message>
        <source>This device sent a different bundle with the same number before; the file was set aside. Ask the delegate whether the profile was copied to another computer.</source>
        <translation>เครื่องนี้เคยส่งชุดข้อมูลอื่นที่มีหมายเลขเดียวกันมาก่อน ไฟล์จึงถูกกันไว้ โปรดสอบถามผู้แทนว่าได้คัดลอกโปรไฟล์ไปยังคอมพิวเตอร์เครื่องอื่นหรือไม่</translation>
    </message>
    <message>
        <source>The file could not be read (missing, or no permission).</source>
        <translation>ไม่สามารถอ่านไฟล์ (ไม่พบไฟล์ หรือไม่มีสิทธิ์เข้าถึง)</translation>
    </message>
    <message>
        <source>The file is larger than KIN Desktop accepts.</source>
        <translation>ไฟล์มีขนาดใหญ่เกินกว่าที่ KIN Desktop รับได้</translation>
    </message>
    <message>
        <source>This is not a KIN bundle.</source>
        <translation>ไฟล์นี้ไม่ใช่ชุดข้อมูล KIN</translation>
    </message>
    <message>
        <source>This is not a KIN file.</source>
        <translation>ไฟล์นี้ไม่ใช่ไฟล์ KIN</translation>
    </message>
    <message>
        <source>This file is encrypted for someone else.</source>
        <translation>ไฟล์นี้เข้ารหัสไว้สำหรับผู้อื่น</translation>
    </message>
    <message>
        <source>The file was written by a newer version of KIN Desktop; update it.</source>
        <translation>ไฟล์นี้จัดทำโดย KIN Desktop เวอร์ชันที่ใหม่กว่า โปรดอัปเดต</translation>
    </message>
    <message>
        <source>The bundle is encrypted for another secretariat key; the delegate needs the current welcome pack.</source>
        <translation>ชุดข้อมูลเข้ารหัสไว้สำหรับคีย์ของสำนักเลขาธิการอื่น ผู้แทนต้องใช้ชุดต้อนรับฉบับปัจจุบัน</translation>
    </message>
    <message>
        <source>The bundle was made for another secretariat key; the delegate needs the current welcome pack.</source>
        <translation>ชุดข้อมูลจัดทำสำหรับคีย์ของสำนักเลขาธิการอื่น ผู้แทนต้องใช้ชุดต้อนรับฉบับปัจจุบัน</translation>
    </message>
    <message>
        <source>The file is cut short (an interrupted copy?); ask for it again.</source>
        <translation>ไฟล์ไม่สมบูรณ์ (การคัดลอกถูกขัดจังหวะ?) โปรดขอไฟล์อีกครั้ง</translation>
    </message>
    <message>
        <source>The bundle holds more files than allowed; it was not opened.</source>
        <translation>ชุดข้อมูลมีไฟล์มากเกินกว่าที่อนุญาต จึงไม่ได้เปิด</translation>
    </message>
    <message>
        <source>The bundle expands suspiciously (a zip bomb?); it was not opened.</source>
        <translation>ชุดข้อมูลขยายขนาดผิดปกติ (zip bomb?) จึงไม่ได้เปิด</translation>
    </message>
    <message>
        <source>The bundle names files in an unsafe way; it was not opened.</source>
        <translation>ชุดข้อมูลตั้งชื่อไฟล์ในลักษณะที่ไม่ปลอดภัย จึงไม่ได้เปิด</translation>
    </message>
    <message>
        <source>The bundle holds a file that bundles may not carry.</source>
        <translation>ชุดข้อมูลมีไฟล์ที่ไม่อนุญาตให้บรรจุในชุดข้อมูล</translation>
    </message>
    <message>
        <source>The signature does not verify: the file was altered or forged.</source>
        <translation>ตรวจสอบลายมือชื่อไม่ผ่าน: ไฟล์ถูกแก้ไขหรือปลอมแปลง</translation>
    </message>
    <message>
        <source>The file is signed by a key this profile does not know.</source>
        <translation>ไฟล์นี้ลงนามด้วยคีย์ที่โปรไฟล์นี้ไม่รู้จัก</translation>
    </message>
    <message>
        <source>The file is signed by another key than the one it names.</source>
        <translation>ไฟล์นี้ลงนามด้วยคีย์อื่นที่ไม่ใช่คีย์ที่ระบุไว้</translation>
    </message>
    <message>
        <source>The bundle&apos;s records are invalid; nothing was taken in.</source>
        <translation>ระเบียนในชุดข้อมูลไม่ถูกต้อง ไม่มีการนำเข้าสิ่งใด</translation>
    </message>
    <message>
        <source>A change in the bundle was not written by its sender; nothing was taken in.</source>
        <translation>การเปลี่ยนแปลงในชุดข้อมูลไม่ได้จัดทำโดยผู้ส่ง ไม่มีการนำเข้าสิ่งใด</translation>
    </message>
    <message>
        <source>The bundle changes records its sender does not own (or review notes); nothing was taken in.</source>
        <translation>ชุดข้อมูลเปลี่ยนแปลงระเบียนที่ผู้ส่งไม่ได้เป็นเจ้าของ (หรือบันทึกการตรวจพิจารณา) ไม่มีการนำเข้าสิ่งใด</translation>
    </message>
    <message>
        <source>An attached file is missing from the bundle; nothing was taken in.</source>
        <translation>ไฟล์แนบขาดหายจากชุดข้อมูล ไม่มีการนำเข้าสิ่งใด</translation>
    </message>
    <message>
        <source>%1 and %2 more gaps</source>
        <translation>%1 และช่วงที่ขาดอีก %2 ช่วง</translation>
    </message>
    <message>
        <source>Not arrived yet from this device: bundle %1.</source>
        <translation>ยังไม่ได้รับจากอุปกรณ์นี้: ชุดข้อมูล %1</translation>
    </message>
    <message>
        <source>Changes dated more than a day ahead of this computer&apos;s clock: %1, the latest on %2. The sender&apos;s clock is probably wrong; they were kept as signed and this computer&apos;s clock was not moved.</source>
        <translation>การเปลี่ยนแปลงที่ลงวันที่ล่วงหน้าเกินหนึ่งวันจากนาฬิกาของเครื่องนี้: %1 รายการ ล่าสุดวันที่ %2 นาฬิกาของผู้ส่งอาจไม่ถูกต้อง ได้เก็บไว้ตามที่ลงนามและไม่ได้ปรับนาฬิกาของเครื่องนี้</translation>
    </message>
    <message>
        <source>Nothing new in it.</source>
        <translation>ไม่มีสิ่งใหม่</translation>
    </message>
    <message>
        <source>Import bundles</source>
        <translation>นำเข้าชุดข้อมูล</translation>
    </message>
    <message>
        <source>KIN bundles (*.kinb)</source>
        <translation>ชุดข้อมูล KIN (*.kinb)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>ไฟล์ทั้งหมด (*)</translation>
    </message>
    <message>
        <source>Choose a folder of bundles</source>
        <translation>เลือกโฟลเดอร์ของชุดข้อมูล</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>ได้รับแล้ว</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>อยู่ระหว่างตรวจพิจารณา</translation>
    </message>
    <message>
        <source>Has issues</source>
        <translation>มีประเด็นต้องแก้ไข</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>ลงทะเบียนแล้ว</translation>
    </message>
    <message>
        <source>corrected</source>
        <translation>แก้ไขแล้ว</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>เปลี่ยนแปลงแล้ว</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>ข้อขัดแย้ง</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation>สาขา</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>สิ้นสุด</translation>
    </message>
    <message>
        <source>Review state</source>
        <translation>สถานะการตรวจพิจารณา</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>เปลี่ยนแปลงล่าสุด</translation>
    </message>
    <message>
        <source>Save the commitment forms</source>
        <translation>บันทึกแบบฟอร์มข้อผูกพัน</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Check a signed form</source>
        <translation>ตรวจสอบแบบฟอร์มที่ลงนาม</translation>
    </message>
    <message>
        <source>The text of the form&apos;s QR code (a scanner types it here):</source>
        <translation>ข้อความของคิวอาร์โค้ดบนแบบฟอร์ม (เครื่องสแกนจะพิมพ์ลงที่นี่):</translation>
    </message>
    <message>
        <source>When</source>
        <translation>เมื่อ</translation>
    </message>
    <message>
        <source>State</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>ความเห็น</translation>
    </message>
</context>
</TS>
