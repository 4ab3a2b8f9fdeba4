<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About KIN Desktop</source>
        <translation>KIN Desktop 정보</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>버전 %1</translation>
    </message>
    <message>
        <source>For the Kitakyushu Initiative Network: the cities&apos; questionnaire, practices and commitments, and the secretariat&apos;s review and follow-up. Licensed under the MIT licence.</source>
        <translation>기타큐슈 이니셔티브 네트워크용: 도시의 설문지, 사례 및 약속, 사무국의 검토 및 후속 조치. MIT 라이선스로 배포됩니다.</translation>
    </message>
    <message>
        <source>Licences of what is bundled</source>
        <translation>포함된 구성 요소의 라이선스</translation>
    </message>
    <message>
        <source>KIN Desktop bundles the following software and fonts:</source>
        <translation>KIN Desktop에는 다음 소프트웨어와 글꼴이 포함되어 있습니다:</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>구성 요소</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>버전</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>라이선스</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <source>Attached files</source>
        <translation>첨부 파일</translation>
    </message>
    <message>
        <source>Drop files here or press Add.</source>
        <translation>여기에 파일을 끌어다 놓거나 [추가]를 누르십시오.</translation>
    </message>
    <message>
        <source>Attachments hint</source>
        <translation>첨부 파일 안내</translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation>파일 추가(&amp;A)…</translation>
    </message>
    <message>
        <source>Add files</source>
        <translation>파일 추가</translation>
    </message>
    <message>
        <source>O&amp;pen file</source>
        <translation>파일 열기(&amp;P)</translation>
    </message>
    <message>
        <source>Open the selected file</source>
        <translation>선택한 파일 열기</translation>
    </message>
    <message>
        <source>Re&amp;move file</source>
        <translation>파일 제거(&amp;M)</translation>
    </message>
    <message>
        <source>Remove the selected file</source>
        <translation>선택한 파일 제거</translation>
    </message>
    <message>
        <source>Save the record first: fix the problems shown above, then attach the files.</source>
        <translation>먼저 레코드를 저장하십시오. 위에 표시된 문제를 수정한 후 파일을 첨부하십시오.</translation>
    </message>
    <message>
        <source>%1 was not attached: %2</source>
        <translation>%1을(를) 첨부하지 못했습니다: %2</translation>
    </message>
    <message>
        <source>No program could open %1.</source>
        <translation>%1을(를) 열 수 있는 프로그램이 없습니다.</translation>
    </message>
</context>
<context>
    <name>CitiesTab</name>
    <message>
        <source>City</source>
        <translation>도시</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>국가</translation>
    </message>
    <message>
        <source>Delegate</source>
        <translation>대표</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>구분</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>설문지</translation>
    </message>
    <message>
        <source>Cities</source>
        <translation>도시</translation>
    </message>
    <message>
        <source>By &amp;city</source>
        <translation>도시별(&amp;C)</translation>
    </message>
    <message>
        <source>By &amp;question</source>
        <translation>질문별(&amp;Q)</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>질문</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>섹션</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>번호</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>답변</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>답변</translation>
    </message>
    <message>
        <source>Select a city to read its answers.</source>
        <translation>답변을 보려면 도시를 선택하십시오.</translation>
    </message>
    <message>
        <source>No delegations yet: a city appears here with its first bundle.</source>
        <translation>아직 대표단이 없습니다. 첫 번들이 도착하면 해당 도시가 여기에 표시됩니다.</translation>
    </message>
    <message>
        <source>Not received</source>
        <translation>받지 않음</translation>
    </message>
    <message>
        <source>Submitted (%1)</source>
        <translation>제출됨(%1)</translation>
    </message>
    <message>
        <source>In progress (%1)</source>
        <translation>작성 중(%1)</translation>
    </message>
    <message>
        <source>No city has answered this question yet.</source>
        <translation>아직 이 질문에 답변한 도시가 없습니다.</translation>
    </message>
    <message>
        <source>This city has not sent its questionnaire yet.</source>
        <translation>이 도시는 아직 설문지를 보내지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>ComboChoiceEditor</name>
    <message>
        <source>— Not answered —</source>
        <translation>— 답변 없음 —</translation>
    </message>
</context>
<context>
    <name>CommitmentEditor</name>
    <message>
        <source>Commitment</source>
        <translation>약속</translation>
    </message>
    <message>
        <source>commitment</source>
        <translation>약속</translation>
    </message>
    <message>
        <source>A short name for the project</source>
        <translation>사업의 짧은 이름</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>제목(&amp;T):</translation>
    </message>
    <message>
        <source>Project t&amp;ype:</source>
        <translation>사업 유형(&amp;Y):</translation>
    </message>
    <message>
        <source>S&amp;tate:</source>
        <translation>상태(&amp;T):</translation>
    </message>
    <message>
        <source>Se&amp;ctors:</source>
        <translation>분야(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Objectives:</source>
        <translation>목적(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>설명(&amp;D):</translation>
    </message>
    <message>
        <source>Targets and indicators</source>
        <translation>목표 및 지표</translation>
    </message>
    <message>
        <source>Add tar&amp;get</source>
        <translation>목표 추가(&amp;G)</translation>
    </message>
    <message>
        <source>Remove target</source>
        <translation>목표 제거</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>일정</translation>
    </message>
    <message>
        <source>Start &amp;date:</source>
        <translation>시작일(&amp;D):</translation>
    </message>
    <message>
        <source>The follow-up runs to %1: the timeline ends by then.</source>
        <translation>후속 조치는 %1까지 진행됩니다. 일정은 그때까지 끝나야 합니다.</translation>
    </message>
    <message>
        <source>&amp;End date:</source>
        <translation>종료일(&amp;E):</translation>
    </message>
    <message>
        <source>Add &amp;milestone</source>
        <translation>이정표 추가(&amp;M)</translation>
    </message>
    <message>
        <source>Remove milestone</source>
        <translation>이정표 제거</translation>
    </message>
    <message>
        <source>Milestones:</source>
        <translation>이정표:</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>협력 기관</translation>
    </message>
    <message>
        <source>Add &amp;partner</source>
        <translation>협력 기관 추가(&amp;P)</translation>
    </message>
    <message>
        <source>Remove partner</source>
        <translation>협력 기관 제거</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>예산</translation>
    </message>
    <message>
        <source>e.g. 250000</source>
        <translation>예: 250000</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>금액(&amp;A):</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>통화(&amp;U):</translation>
    </message>
    <message>
        <source>e.g. city budget, ODA loan</source>
        <translation>예: 시 예산, ODA 차관</translation>
    </message>
    <message>
        <source>&amp;Funding source:</source>
        <translation>재원(&amp;F):</translation>
    </message>
    <message>
        <source>Sharing and signature</source>
        <translation>경험 공유 및 서명</translation>
    </message>
    <message>
        <source>E&amp;xperience to share:</source>
        <translation>공유할 경험(&amp;X):</translation>
    </message>
    <message>
        <source>Signatory &amp;name:</source>
        <translation>서명자 이름(&amp;N):</translation>
    </message>
    <message>
        <source>Signatory t&amp;itle:</source>
        <translation>서명자 직위(&amp;I):</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>첨부 파일</translation>
    </message>
</context>
<context>
    <name>CommitmentsPage</name>
    <message>
        <source>Commitments</source>
        <translation>약속</translation>
    </message>
    <message>
        <source>Project type filter</source>
        <translation>사업 유형 필터</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>모든 유형</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>유형(&amp;Y):</translation>
    </message>
    <message>
        <source>No commitments yet — press New to draft one</source>
        <translation>아직 약속이 없습니다 — [새로 만들기]를 눌러 작성하십시오</translation>
    </message>
    <message numerus="yes">
        <source>%Ln commitment(s)</source>
        <translation>
            <numerusform>약속 %Ln건</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln commitment(s)</source>
        <translation>
            <numerusform>약속 %Ln건 중 %1건</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete commitment</source>
        <translation>약속 삭제</translation>
    </message>
    <message>
        <source>Delete the commitment “%1” and its attachments?</source>
        <translation>약속 “%1”과(와) 그 첨부 파일을 삭제하시겠습니까?</translation>
    </message>
</context>
<context>
    <name>ConfirmApproval</name>
    <message numerus="yes">
        <source>Approve %Ln key(s)</source>
        <translation>
            <numerusform>키 %Ln개 승인</numerusform>
        </translation>
    </message>
    <message>
        <source>Compare each fingerprint with the one its delegate reads to you (by phone, or from their screen). Approve only if every group of every fingerprint matches: their held bundles are then merged.</source>
        <translation>각 지문을 해당 대표가 (전화로 또는 화면을 보며) 읽어 주는 지문과 비교하십시오. 모든 지문의 모든 그룹이 일치하는 경우에만 승인하십시오. 승인하면 보류 중인 번들이 병합됩니다.</translation>
    </message>
    <message>
        <source>Fingerprints to compare</source>
        <translation>비교할 지문</translation>
    </message>
    <message>
        <source>City</source>
        <translation>도시</translation>
    </message>
    <message>
        <source>Delegate</source>
        <translation>대표</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>지문</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>보류 중</translation>
    </message>
    <message>
        <source>I &amp;compared every fingerprint, and each one matches</source>
        <translation>모든 지문을 비교했으며 모두 일치합니다(&amp;C)</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Approve %Ln key(s)</source>
        <translation>
            <numerusform>키 %Ln개 승인(&amp;A)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConflictsTab</name>
    <message>
        <source>Record</source>
        <translation>레코드</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>유형</translation>
    </message>
    <message>
        <source>City</source>
        <translation>도시</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>버전</translation>
    </message>
    <message>
        <source>Records in conflict</source>
        <translation>충돌하는 레코드</translation>
    </message>
    <message>
        <source>No conflicts. A conflict appears when one delegation edits the same record on two computers; both versions are kept until you choose.</source>
        <translation>충돌이 없습니다. 한 대표단이 두 대의 컴퓨터에서 같은 레코드를 편집하면 충돌이 발생하며, 선택할 때까지 두 버전이 모두 보존됩니다.</translation>
    </message>
    <message>
        <source>Fields that differ</source>
        <translation>다른 항목</translation>
    </message>
    <message>
        <source>&amp;Only the fields that differ</source>
        <translation>다른 항목만(&amp;O)</translation>
    </message>
    <message>
        <source>The two versions side by side</source>
        <translation>두 버전 나란히 보기</translation>
    </message>
    <message>
        <source>Keep &amp;left</source>
        <translation>왼쪽 유지(&amp;L)</translation>
    </message>
    <message>
        <source>Keep the newest version (Ctrl+Alt+Left)</source>
        <translation>최신 버전 유지(Ctrl+Alt+Left)</translation>
    </message>
    <message>
        <source>Keep &amp;right</source>
        <translation>오른쪽 유지(&amp;R)</translation>
    </message>
    <message>
        <source>Keep the other device&apos;s version (Ctrl+Alt+Right)</source>
        <translation>다른 기기의 버전 유지(Ctrl+Alt+Right)</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>병합(&amp;M)…</translation>
    </message>
    <message>
        <source>Choose field by field (Ctrl+M)</source>
        <translation>항목별로 선택(Ctrl+M)</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>결과</translation>
    </message>
    <message>
        <source>Select a conflict to compare its two versions.</source>
        <translation>두 버전을 비교하려면 충돌을 선택하십시오.</translation>
    </message>
    <message>
        <source>%1 “%2” — %3</source>
        <translation>%1 “%2” — %3</translation>
    </message>
    <message numerus="yes">
        <source>%Ln field(s) differ: %1. Until you choose, the left (newest) version is shown.</source>
        <translation>
            <numerusform>%Ln개 항목이 다릅니다: %1. 선택할 때까지 왼쪽(최신) 버전이 표시됩니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>저장 중…</translation>
    </message>
    <message>
        <source>Resolved: “%1” now has one version.</source>
        <translation>해결됨: “%1”의 버전이 하나가 되었습니다.</translation>
    </message>
</context>
<context>
    <name>CountedTexts</name>
    <message numerus="yes">
        <source>Bundle(s) %1 from this delegate have not arrived.</source>
        <translation>
            <numerusform>이 대표가 보낸 번들 %1이(가) 도착하지 않았습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Compare this fingerprint with the one the delegate reads to you (by phone, or from their screen):

%1

%2

Approve only if every group matches. Its %Ln held bundle(s) will then be merged.</source>
        <translation>
            <numerusform>이 지문을 대표가 (전화로 또는 화면을 보며) 읽어 주는 지문과 비교하십시오:

%1

%2

모든 그룹이 일치하는 경우에만 승인하십시오. 승인하면 보류 중인 번들 %Ln개가 병합됩니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CountryPicker</name>
    <message>
        <source>No country is called “%1”: choose one from the list, or type its name or its code.</source>
        <translation>“%1”(이)라는 국가가 없습니다. 목록에서 선택하거나 국가 이름 또는 코드를 입력하십시오.</translation>
    </message>
    <message>
        <source>Type the name or the code of the country</source>
        <translation>국가 이름 또는 코드를 입력하십시오</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Not given</source>
        <translation>미기재</translation>
    </message>
    <message>
        <source>Mayors</source>
        <translation>시장</translation>
    </message>
    <message>
        <source>City experts</source>
        <translation>도시 전문가</translation>
    </message>
    <message>
        <source>National government</source>
        <translation>중앙정부</translation>
    </message>
    <message>
        <source>International organisations</source>
        <translation>국제기구</translation>
    </message>
    <message>
        <source>Others</source>
        <translation>기타</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>접수됨</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>검토 중</translation>
    </message>
    <message>
        <source>Has issues</source>
        <translation>수정 필요</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>등록됨</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>작성 중</translation>
    </message>
    <message>
        <source>No response yet</source>
        <translation>아직 응답 없음</translation>
    </message>
    <message>
        <source>Practices and commitments by country</source>
        <translation>국가별 사례 및 약속</translation>
    </message>
    <message>
        <source>Sectors of practices and commitments</source>
        <translation>사례 및 약속의 분야</translation>
    </message>
    <message>
        <source>Delegates by participant category</source>
        <translation>참가자 구분별 대표</translation>
    </message>
    <message>
        <source>Commitments by review state</source>
        <translation>검토 상태별 약속</translation>
    </message>
    <message>
        <source>Pre-meeting questionnaire, by delegate</source>
        <translation>사전 회의 설문지(대표별)</translation>
    </message>
    <message>
        <source>Commitments by end year</source>
        <translation>종료 연도별 약속</translation>
    </message>
    <message>
        <source>%1 (total %2)</source>
        <translation>%1(합계 %2)</translation>
    </message>
    <message>
        <source>%1: %2 (%3%)</source>
        <translation>%1: %2(%3%)</translation>
    </message>
    <message>
        <source>&amp;Copy chart</source>
        <translation>차트 복사(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Save as PNG…</source>
        <translation>PNG로 저장(&amp;S)…</translation>
    </message>
    <message>
        <source>The Network at a glance</source>
        <translation>네트워크 현황</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>집계 중…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>새로 고침(&amp;R)</translation>
    </message>
    <message>
        <source>Count again (F5)</source>
        <translation>다시 집계(F5)</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>복사</translation>
    </message>
    <message>
        <source>Copy this chart as a picture, to paste into a report</source>
        <translation>이 차트를 그림으로 복사하여 보고서에 붙여 넣을 수 있게 합니다</translation>
    </message>
    <message>
        <source>Copy chart</source>
        <translation>차트 복사</translation>
    </message>
    <message>
        <source>Save PNG…</source>
        <translation>PNG 저장…</translation>
    </message>
    <message>
        <source>Save this chart as a PNG picture</source>
        <translation>이 차트를 PNG 그림으로 저장</translation>
    </message>
    <message>
        <source>Save chart as PNG</source>
        <translation>차트를 PNG로 저장</translation>
    </message>
    <message>
        <source>Save the chart</source>
        <translation>차트 저장</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>PNG 그림 (*.png)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln practice(s)</source>
        <translation>
            <numerusform>사례 %Ln건</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln commitment(s)</source>
        <translation>
            <numerusform>약속 %Ln건</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln cities</source>
        <translation>
            <numerusform>도시 %Ln곳</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to count yet: the charts fill in as the delegates&apos; bundles are taken in on the Inbox page.</source>
        <translation>아직 집계할 데이터가 없습니다. [수신함] 페이지에서 대표의 번들을 가져오면 차트에 반영됩니다.</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>데이터 없음</translation>
    </message>
    <message>
        <source>“%1” copied: paste it into your report.</source>
        <translation>“%1”을(를) 복사했습니다. 보고서에 붙여 넣으십시오.</translation>
    </message>
    <message>
        <source>The chart could not be saved to %1.</source>
        <translation>차트를 %1에 저장하지 못했습니다.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1을(를) 저장했습니다.</translation>
    </message>
</context>
<context>
    <name>DateEditor</name>
    <message>
        <source>Choose on a calendar: %1</source>
        <translation>달력에서 선택: %1</translation>
    </message>
</context>
<context>
    <name>DateEntry</name>
    <message>
        <source>Choose the date on a calendar (Alt+Down)</source>
        <translation>달력에서 날짜 선택(Alt+Down)</translation>
    </message>
    <message>
        <source>Choose on a calendar</source>
        <translation>달력에서 선택</translation>
    </message>
</context>
<context>
    <name>DelegatesPage</name>
    <message>
        <source>Delegates&apos; keys</source>
        <translation>대표의 키</translation>
    </message>
    <message>
        <source>No delegate has sent a bundle yet. A delegate&apos;s first bundle registers their key here, waiting for your approval.</source>
        <translation>아직 번들을 보낸 대표가 없습니다. 대표의 첫 번들이 도착하면 해당 키가 여기에 등록되어 승인을 기다립니다.</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>승인(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Revoke…</source>
        <translation>폐기(&amp;R)…</translation>
    </message>
    <message>
        <source>Write a &amp;receipt again…</source>
        <translation>수령증 다시 작성(&amp;R)…</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>새로 고침(&amp;F)</translation>
    </message>
    <message>
        <source>Approve the selected keys</source>
        <translation>선택한 키 승인</translation>
    </message>
    <message>
        <source>Revoke the selected key</source>
        <translation>선택한 키 폐기</translation>
    </message>
    <message>
        <source>Write a receipt with the current state for this delegate</source>
        <translation>이 대표에 대해 현재 상태로 수령증 작성</translation>
    </message>
    <message>
        <source>Load the registry again</source>
        <translation>등록부 다시 불러오기</translation>
    </message>
    <message>
        <source>Registry summary</source>
        <translation>등록부 요약</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>결과</translation>
    </message>
    <message>
        <source>Missing bundles</source>
        <translation>누락된 번들</translation>
    </message>
    <message>
        <source>City</source>
        <translation>도시</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>번호</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>접수</translation>
    </message>
    <message>
        <source>File</source>
        <translation>파일</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>결과</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>레코드</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>의미</translation>
    </message>
    <message>
        <source>Bundles received from the selected key</source>
        <translation>선택한 키에서 받은 번들</translation>
    </message>
    <message>
        <source>What this key has sent</source>
        <translation>이 키가 보낸 내용</translation>
    </message>
    <message numerus="yes">
        <source>%Ln waiting for approval</source>
        <translation>
            <numerusform>승인 대기 %Ln건</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln approved</source>
        <translation>
            <numerusform>승인됨 %Ln건</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a key to see the bundles it has sent.</source>
        <translation>보낸 번들을 보려면 키를 선택하십시오.</translation>
    </message>
    <message>
        <source>%1 — %2, %3 · %4 · first seen %5</source>
        <translation>%1 — %2, %3 · %4 · 최초 수신 %5</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(이름 없음)</translation>
    </message>
    <message>
        <source>No bundle is missing: every number up to the last one arrived.</source>
        <translation>누락된 번들이 없습니다. 마지막 번호까지 모두 도착했습니다.</translation>
    </message>
    <message>
        <source>Nothing received from this key is in the import log.</source>
        <translation>이 키에서 받은 내용이 가져오기 로그에 없습니다.</translation>
    </message>
    <message>
        <source>Not approved: nothing changed.</source>
        <translation>승인하지 않았습니다. 변경된 내용이 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Approving %Ln key(s) and merging their held bundles…</source>
        <translation>
            <numerusform>키 %Ln개를 승인하고 보류 중인 번들을 병합하는 중…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln key(s)</source>
        <translation>
            <numerusform>키 %Ln개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Approved %1: %Ln held bundle(s) merged.</source>
        <translation>
            <numerusform>%1을(를) 승인했습니다. 보류 중인 번들 %Ln개를 병합했습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln refused:</source>
        <translation>
            <numerusform>거부 %Ln건:</numerusform>
        </translation>
    </message>
    <message>
        <source>Receipt written for %1: %2. Send it to the delegate.</source>
        <translation>%1의 수령증을 작성했습니다: %2. 대표에게 보내십시오.</translation>
    </message>
    <message>
        <source>Not revoked: nothing changed.</source>
        <translation>폐기하지 않았습니다. 변경된 내용이 없습니다.</translation>
    </message>
    <message>
        <source>Revoked the key of %1: its bundles will be refused from now on.</source>
        <translation>%1의 키를 폐기했습니다. 앞으로 이 키의 번들은 거부됩니다.</translation>
    </message>
</context>
<context>
    <name>ExportsPage</name>
    <message>
        <source>E&amp;xcel workbook (XLSX): one sheet per table</source>
        <translation>E&amp;xcel 통합 문서(XLSX): 표마다 시트 1개</translation>
    </message>
    <message>
        <source>CS&amp;V files: one file per table, UTF-8</source>
        <translation>CS&amp;V 파일: 표마다 파일 1개, UTF-8</translation>
    </message>
    <message>
        <source>&amp;Export for analysis…</source>
        <translation>분석용으로 내보내기(&amp;E)…</translation>
    </message>
    <message>
        <source>Write practices, commitments, follow-up and questionnaire answers (Ctrl+E)</source>
        <translation>사례, 약속, 후속 조치 및 설문지 답변 내보내기(Ctrl+E)</translation>
    </message>
    <message>
        <source>For analysis</source>
        <translation>분석용</translation>
    </message>
    <message>
        <source>Practices, commitments, their follow-up and the questionnaire answers, as tables to open in a spreadsheet or a statistics package.</source>
        <translation>사례, 약속, 후속 조치 및 설문지 답변을 스프레드시트나 통계 프로그램에서 열 수 있는 표로 내보냅니다.</translation>
    </message>
    <message>
        <source>Write &amp;receipts…</source>
        <translation>수령증 작성(&amp;R)…</translation>
    </message>
    <message>
        <source>One signed receipt per delegate with something to acknowledge (Ctrl+R)</source>
        <translation>확인할 내용이 있는 대표마다 서명된 수령증 1부(Ctrl+R)</translation>
    </message>
    <message>
        <source>Write &amp;welcome pack…</source>
        <translation>웰컴 팩 작성(&amp;W)…</translation>
    </message>
    <message>
        <source>The secretariat&apos;s keys, the questionnaires and the practices catalogue</source>
        <translation>사무국의 키, 설문지 및 사례 카탈로그</translation>
    </message>
    <message>
        <source>For delegates</source>
        <translation>대표용</translation>
    </message>
    <message>
        <source>Receipts tell each delegate what was taken in and how it was reviewed; the welcome pack brings the secretariat&apos;s key and the practices catalogue. Both are signed: send them by e-mail or on a USB stick.</source>
        <translation>수령증은 무엇을 받았고 어떻게 검토했는지 각 대표에게 알립니다. 웰컴 팩에는 사무국의 키와 사례 카탈로그가 들어 있습니다. 둘 다 서명되어 있으니 이메일이나 USB 메모리로 보내십시오.</translation>
    </message>
    <message>
        <source>Writing</source>
        <translation>작성</translation>
    </message>
    <message>
        <source>Nothing written yet in this session.</source>
        <translation>이번 세션에서 아직 작성한 파일이 없습니다.</translation>
    </message>
    <message>
        <source>Files written</source>
        <translation>작성한 파일</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>폴더 열기(&amp;O)</translation>
    </message>
    <message>
        <source>Show the folder of the chosen file</source>
        <translation>선택한 파일의 폴더 표시</translation>
    </message>
    <message>
        <source>Export for analysis</source>
        <translation>분석용으로 내보내기</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 통합 문서 (*.xlsx)</translation>
    </message>
    <message>
        <source>Choose a folder for the CSV files</source>
        <translation>CSV 파일을 저장할 폴더 선택</translation>
    </message>
    <message numerus="yes">
        <source>A receipt would tell %Ln delegate(s) of something new: %1</source>
        <translation>
            <numerusform>수령증으로 새 소식을 알릴 대표 %Ln명: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Every delegate has been told of everything received.</source>
        <translation>모든 대표에게 받은 내용을 모두 알렸습니다.</translation>
    </message>
    <message>
        <source>Exporting for analysis…</source>
        <translation>분석용으로 내보내는 중…</translation>
    </message>
    <message numerus="yes">
        <source>Exported for analysis: %Ln file(s).</source>
        <translation>
            <numerusform>분석용으로 내보냈습니다: 파일 %Ln개.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a folder for the receipts</source>
        <translation>수령증을 저장할 폴더 선택</translation>
    </message>
    <message>
        <source>Writing receipts…</source>
        <translation>수령증 작성 중…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln receipt(s) written: send each to its delegate.</source>
        <translation>
            <numerusform>수령증 %Ln부를 작성했습니다. 각 수령증을 해당 대표에게 보내십시오.</numerusform>
        </translation>
    </message>
    <message>
        <source>No receipts were needed: every delegate has been told of everything received.</source>
        <translation>수령증이 필요하지 않았습니다. 받은 모든 내용을 각 대표에게 이미 알렸습니다.</translation>
    </message>
    <message>
        <source>Choose a folder for the welcome pack</source>
        <translation>웰컴 팩을 저장할 폴더 선택</translation>
    </message>
    <message>
        <source>Writing the welcome pack…</source>
        <translation>웰컴 팩 작성 중…</translation>
    </message>
    <message>
        <source>Welcome pack written: send it to the delegates with the secretariat&apos;s fingerprint.</source>
        <translation>웰컴 팩을 작성했습니다. 사무국의 지문과 함께 대표에게 보내십시오.</translation>
    </message>
    <message>
        <source>Wait for the current work to finish, then try again.</source>
        <translation>현재 작업이 끝날 때까지 기다린 후 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>The passphrase was not right: press the button again to try again. Nothing was written.</source>
        <translation>암호 문구가 올바르지 않습니다. 다시 시도하려면 버튼을 다시 누르십시오. 아무것도 작성되지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>FollowUpPage</name>
    <message>
        <source>Re&amp;cognized by %1</source>
        <translation>%1년까지 실현 인정(&amp;C)</translation>
    </message>
    <message>
        <source>The Network recognizes the realization of a registered commitment (concept note: &quot;recognized in due course by 2010&quot;)</source>
        <translation>네트워크는 등록된 약속의 실현을 인정합니다(콘셉트 노트: &quot;2010년까지 적절한 시기에 인정&quot;)</translation>
    </message>
    <message>
        <source>Record a &amp;progress report…</source>
        <translation>진행 보고서 기록(&amp;P)…</translation>
    </message>
    <message>
        <source>Record a progress report of this commitment (Ctrl+N)</source>
        <translation>이 약속의 진행 보고서 기록(Ctrl+N)</translation>
    </message>
    <message>
        <source>Progress reports</source>
        <translation>진행 보고서</translation>
    </message>
    <message>
        <source>&lt;b&gt;No commitment chosen&lt;/b&gt;</source>
        <translation>&lt;b&gt;선택한 약속 없음&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Choose a commitment in the list to see its progress reports.</source>
        <translation>진행 보고서를 보려면 목록에서 약속을 선택하십시오.</translation>
    </message>
    <message>
        <source>Ends: %1</source>
        <translation>종료: %1</translation>
    </message>
    <message>
        <source>no end date given</source>
        <translation>종료일 미기재</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>상태: %1</translation>
    </message>
    <message>
        <source>Registered: %1</source>
        <translation>등록: %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>예</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>아직 아님</translation>
    </message>
    <message>
        <source>It can be recognized once it is registered on the Review page.</source>
        <translation>[검토] 페이지에서 등록되면 인정할 수 있습니다.</translation>
    </message>
    <message>
        <source>Overdue: it was to end on %1 and is not reported completed.</source>
        <translation>기한 초과: %1에 종료될 예정이었으나 완료 보고가 없습니다.</translation>
    </message>
    <message>
        <source>Overdue: a milestone due before %1 is not reported reached.</source>
        <translation>기한 초과: %1 이전이 기한인 이정표의 달성 보고가 없습니다.</translation>
    </message>
    <message>
        <source>Stalled: so says its latest progress report.</source>
        <translation>정체: 최근 진행 보고서에 따름.</translation>
    </message>
    <message>
        <source>Stalled: no progress reported for more than six months.</source>
        <translation>정체: 6개월 넘게 진행 보고가 없습니다.</translation>
    </message>
    <message>
        <source>No progress reported yet.</source>
        <translation>아직 진행 보고가 없습니다.</translation>
    </message>
    <message>
        <source>Attention</source>
        <translation>주의</translation>
    </message>
    <message>
        <source>City</source>
        <translation>도시</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>약속</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>종료일</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Last report</source>
        <translation>최근 보고</translation>
    </message>
    <message>
        <source>—</source>
        <comment>no report</comment>
        <translation>—</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>보고</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>검토</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>기록자</translation>
    </message>
    <message>
        <source>Secretariat</source>
        <translation>사무국</translation>
    </message>
    <message>
        <source>Delegate</source>
        <translation>대표</translation>
    </message>
    <message>
        <source>Milestones reached</source>
        <translation>달성한 이정표</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>지표</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>비고</translation>
    </message>
    <message>
        <source>Commitments followed up to %1</source>
        <translation>%1년까지 후속 조치하는 약속</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>불러오는 중…</translation>
    </message>
    <message>
        <source>Follow-up as of</source>
        <translation>후속 조치 기준일</translation>
    </message>
    <message>
        <source>Overdue and stalled are judged as of this date (by default today, or the end of the second cycle, %1, once it is past)</source>
        <translation>기한 초과와 정체는 이 날짜를 기준으로 판단합니다(기본값은 오늘이며, 두 번째 주기의 종료일 %1이(가) 지나면 그 날짜)</translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation>기준일(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>오늘(&amp;T)</translation>
    </message>
    <message>
        <source>Judge the follow-up as of today</source>
        <translation>오늘을 기준으로 후속 조치 판단</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>새로 고침(&amp;R)</translation>
    </message>
    <message>
        <source>Read the commitments and reports again (F5)</source>
        <translation>약속과 보고서 다시 읽기(F5)</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>표시:</translation>
    </message>
    <message>
        <source>All</source>
        <translation>전체</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>기한 초과</translation>
    </message>
    <message>
        <source>Stalled</source>
        <translation>정체</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1(%2)</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>%1 표시</translation>
    </message>
    <message>
        <source>Filter by city or title (Ctrl+F)</source>
        <translation>도시 또는 제목으로 필터(Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter by city or title</source>
        <translation>도시 또는 제목으로 필터</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>찾기</translation>
    </message>
    <message>
        <source>Commitments followed up</source>
        <translation>후속 조치 중인 약속</translation>
    </message>
    <message>
        <source>No commitments yet, as of %1.</source>
        <translation>%1 기준으로 아직 약속이 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln commitment(s) as of %1: </source>
        <translation>
            <numerusform>%1 기준 약속 %Ln건: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln overdue, </source>
        <translation>
            <numerusform>기한 초과 %Ln건, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln stalled, </source>
        <translation>
            <numerusform>정체 %Ln건, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln recognized.</source>
        <translation>
            <numerusform>인정됨 %Ln건.</numerusform>
        </translation>
    </message>
    <message>
        <source>No commitments to follow up yet. They arrive with the delegates&apos; bundles: take them in on the Inbox page.</source>
        <translation>아직 후속 조치할 약속이 없습니다. 약속은 대표의 번들과 함께 도착합니다. [수신함] 페이지에서 가져오십시오.</translation>
    </message>
    <message>
        <source>No commitment matches these words.</source>
        <translation>이 검색어와 일치하는 약속이 없습니다.</translation>
    </message>
    <message>
        <source>Nothing is overdue as of %1.</source>
        <translation>%1 기준으로 기한을 초과한 항목이 없습니다.</translation>
    </message>
    <message>
        <source>Nothing is stalled as of %1.</source>
        <translation>%1 기준으로 정체된 항목이 없습니다.</translation>
    </message>
    <message>
        <source>No commitments to show.</source>
        <translation>표시할 약속이 없습니다.</translation>
    </message>
    <message>
        <source>Recording the report…</source>
        <translation>보고서 기록 중…</translation>
    </message>
    <message>
        <source>The progress report was recorded. It is dated %1, after the date shown: the figures are now as of that day.</source>
        <translation>진행 보고서를 기록했습니다. 보고서 날짜가 표시된 날짜 이후인 %1이므로 이제 수치는 그날 기준입니다.</translation>
    </message>
    <message>
        <source>The progress report was recorded.</source>
        <translation>진행 보고서를 기록했습니다.</translation>
    </message>
    <message>
        <source>Recorded as recognized.</source>
        <translation>인정됨으로 기록했습니다.</translation>
    </message>
    <message>
        <source>The recognition was withdrawn.</source>
        <translation>인정을 철회했습니다.</translation>
    </message>
    <message>
        <source>Only a registered commitment can be recognized. Register it on the Review page first, then recognize it here.</source>
        <translation>등록된 약속만 인정할 수 있습니다. 먼저 [검토] 페이지에서 등록한 후 여기에서 인정하십시오.</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>지표</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>값</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>시작 전</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>순조로움</translation>
    </message>
    <message>
        <source>Delayed</source>
        <translation>지연</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>No report yet</source>
        <translation>보고 없음</translation>
    </message>
    <message>
        <source>Overdue, stalled</source>
        <translation>기한 초과, 정체</translation>
    </message>
    <message>
        <source>Stalled</source>
        <comment>attention</comment>
        <translation>정체</translation>
    </message>
    <message>
        <source>Recognized</source>
        <translation>인정됨</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>등록됨</translation>
    </message>
    <message>
        <source>Not registered</source>
        <translation>미등록</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>KIN Desktop — the secretariat&apos;s guide</source>
        <translation>KIN Desktop — 사무국 안내서</translation>
    </message>
    <message>
        <source>KIN Desktop — the delegate&apos;s guide</source>
        <translation>KIN Desktop — 대표 안내서</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>도움말</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History</source>
        <translation>기록</translation>
    </message>
    <message>
        <source>Revisions</source>
        <translation>개정판</translation>
    </message>
    <message>
        <source>Changes between the selected revisions</source>
        <translation>선택한 개정판 사이의 변경 사항</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>비교</translation>
    </message>
    <message>
        <source>Select one revision to see what it changed, or two to compare them.</source>
        <translation>변경 내용을 보려면 개정판 하나를, 비교하려면 두 개를 선택하십시오.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln field(s) changed.</source>
        <translation>
            <numerusform>%Ln개 항목이 변경되었습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>No differences.</source>
        <translation>차이가 없습니다.</translation>
    </message>
    <message>
        <source>The first revision: nothing before it to compare with.</source>
        <translation>첫 번째 개정판입니다. 비교할 이전 개정판이 없습니다.</translation>
    </message>
</context>
<context>
    <name>InboxPage</name>
    <message>
        <source>Import &amp;files…</source>
        <translation>파일 가져오기(&amp;F)…</translation>
    </message>
    <message>
        <source>Choose bundle files to import (Ctrl+Shift+I)</source>
        <translation>가져올 번들 파일 선택(Ctrl+Shift+I)</translation>
    </message>
    <message>
        <source>Import files</source>
        <translation>파일 가져오기</translation>
    </message>
    <message>
        <source>Import a f&amp;older…</source>
        <translation>폴더 가져오기(&amp;O)…</translation>
    </message>
    <message>
        <source>Import every bundle in a folder (Ctrl+Shift+D)</source>
        <translation>폴더 안의 모든 번들 가져오기(Ctrl+Shift+D)</translation>
    </message>
    <message>
        <source>Import a folder</source>
        <translation>폴더 가져오기</translation>
    </message>
    <message>
        <source>From the inbox &amp;service</source>
        <translation>수신함 서비스에서(&amp;S)</translation>
    </message>
    <message>
        <source>Fetch and import the bundles delegates sent to the inbox service, then send it the receipts, the welcome pack and the key list (F9)</source>
        <translation>대표가 수신함 서비스로 보낸 번들을 받아서 가져온 후, 수령증, 웰컴 팩 및 키 목록을 서비스로 보냅니다(F9)</translation>
    </message>
    <message>
        <source>Or drop bundle files or folders here.</source>
        <translation>또는 번들 파일이나 폴더를 여기에 끌어다 놓으십시오.</translation>
    </message>
    <message>
        <source>&amp;Watch folder</source>
        <translation>감시 폴더(&amp;W)</translation>
    </message>
    <message>
        <source>Import new bundles saved into this folder automatically (for example a mail attachments folder)</source>
        <translation>이 폴더에 저장된 새 번들을 자동으로 가져옵니다(예: 메일 첨부 파일 폴더)</translation>
    </message>
    <message>
        <source>No folder chosen</source>
        <translation>선택한 폴더 없음</translation>
    </message>
    <message>
        <source>Watched folder</source>
        <translation>감시 폴더</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>선택(&amp;H)…</translation>
    </message>
    <message>
        <source>Choose the watched folder</source>
        <translation>감시할 폴더 선택</translation>
    </message>
    <message>
        <source>Bundles from delegates</source>
        <translation>대표가 보낸 번들</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>가져오기 진행 상황</translation>
    </message>
    <message>
        <source>%v of %m files</source>
        <translation>파일 %m개 중 %v개</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>취소(&amp;C)</translation>
    </message>
    <message>
        <source>Stop after the current file (Esc)</source>
        <translation>현재 파일 후 중지(Esc)</translation>
    </message>
    <message>
        <source>Nothing imported in this session yet.</source>
        <translation>이번 세션에서 아직 가져온 것이 없습니다.</translation>
    </message>
    <message>
        <source>Import status</source>
        <translation>가져오기 상태</translation>
    </message>
    <message>
        <source>City</source>
        <translation>도시</translation>
    </message>
    <message>
        <source>File</source>
        <translation>파일</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>결과</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>레코드</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>의미</translation>
    </message>
    <message>
        <source>Outcome of each file</source>
        <translation>파일별 결과</translation>
    </message>
    <message>
        <source>Import bundles to see here, file by file, what was merged and what was refused and why.</source>
        <translation>번들을 가져오면 무엇이 병합되었고 무엇이 왜 거부되었는지 파일별로 여기에 표시됩니다.</translation>
    </message>
    <message>
        <source>Last import</source>
        <translation>최근 가져오기</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>접수</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>번호</translation>
    </message>
    <message>
        <source>City, date (2007-03-14) or outcome</source>
        <translation>도시, 날짜(2007-03-14) 또는 결과</translation>
    </message>
    <message>
        <source>Search the import log</source>
        <translation>가져오기 로그 검색</translation>
    </message>
    <message>
        <source>&amp;Search the log:</source>
        <translation>로그 검색(&amp;S):</translation>
    </message>
    <message>
        <source>Outcome filter</source>
        <translation>결과 필터</translation>
    </message>
    <message>
        <source>Any outcome</source>
        <translation>모든 결과</translation>
    </message>
    <message>
        <source>O&amp;utcome:</source>
        <translation>결과(&amp;U):</translation>
    </message>
    <message>
        <source>Number of log entries shown</source>
        <translation>표시된 로그 항목 수</translation>
    </message>
    <message>
        <source>Show files set &amp;aside…</source>
        <translation>따로 보관한 파일 표시(&amp;A)…</translation>
    </message>
    <message>
        <source>Open the folder of quarantined files: bundles kept whole as evidence (a reused number, other content under a change already received) or for inspection (a file that failed unexpectedly)</source>
        <translation>격리된 파일의 폴더를 엽니다. 증거로 그대로 보관한 번들(재사용된 번호, 이미 받은 변경 사항과 내용이 다른 번들) 또는 점검용 파일(예기치 않게 실패한 파일)이 들어 있습니다</translation>
    </message>
    <message>
        <source>Search the log</source>
        <translation>로그 검색</translation>
    </message>
    <message>
        <source>Import log</source>
        <translation>가져오기 로그</translation>
    </message>
    <message>
        <source>The import log is empty: no bundle has been imported yet.</source>
        <translation>가져오기 로그가 비어 있습니다. 아직 가져온 번들이 없습니다.</translation>
    </message>
    <message>
        <source>Waiting for the current import to finish…</source>
        <translation>현재 가져오기가 끝나기를 기다리는 중…</translation>
    </message>
    <message numerus="yes">
        <source>Inbox service: %Ln bundle(s) fetched.</source>
        <translation>
            <numerusform>수신함 서비스: 번들 %Ln개를 받았습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln receipt(s) sent.</source>
        <translation>
            <numerusform>수령증 %Ln부를 보냈습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>The welcome pack was updated.</source>
        <translation>웰컴 팩을 업데이트했습니다.</translation>
    </message>
    <message>
        <source>Stopped early: %1</source>
        <translation>중간에 중지됨: %1</translation>
    </message>
    <message numerus="yes">
        <source>Importing %Ln item(s)…</source>
        <translation>
            <numerusform>%Ln개 항목 가져오는 중…</numerusform>
        </translation>
    </message>
    <message>
        <source>Fetching from the inbox service…</source>
        <translation>수신함 서비스에서 받는 중…</translation>
    </message>
    <message>
        <source>Stopping after the current file…</source>
        <translation>현재 파일 후 중지하는 중…</translation>
    </message>
    <message>
        <source>No bundles (*.kinb) were found in what you chose.</source>
        <translation>선택한 항목에서 번들(*.kinb)을 찾지 못했습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) merged</source>
        <translation>
            <numerusform>파일 %Ln개 병합됨</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already received</source>
        <translation>
            <numerusform>%Ln개는 이미 받음</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln held until their key is approved</source>
        <translation>
            <numerusform>%Ln개는 키가 승인될 때까지 보류</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln refused: see why below</source>
        <translation>
            <numerusform>%Ln개 거부됨: 아래에서 이유 확인</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped. </source>
        <translation>중지되었습니다. </translation>
    </message>
    <message>
        <source>No log entry matches the search.</source>
        <translation>검색과 일치하는 로그 항목이 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries</source>
        <translation>
            <numerusform>항목 %Ln개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln entries</source>
        <translation>
            <numerusform>항목 %Ln개 중 %1개</numerusform>
        </translation>
    </message>
    <message>
        <source>The folder %1 cannot be watched: it does not exist.</source>
        <translation>폴더 %1이(가) 존재하지 않아 감시할 수 없습니다.</translation>
    </message>
    <message>
        <source>Watching %1: new bundles saved there are imported automatically.</source>
        <translation>%1 감시 중: 이 폴더에 저장된 새 번들은 자동으로 가져옵니다.</translation>
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
        <translation>제거</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 제거</translation>
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
        <translation>프로필 여는 중…</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>섹션</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 여는 중…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Import files…</source>
        <translation>파일 가져오기(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>설정(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>이동(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Guide</source>
        <translation>안내서(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;About KIN Desktop</source>
        <translation>KIN Desktop 정보(&amp;A)</translation>
    </message>
    <message>
        <source>Preparing the demo profile: the first time takes a few seconds…</source>
        <translation>데모 프로필 준비 중: 처음에는 몇 초 걸립니다…</translation>
    </message>
    <message>
        <source>Copying the demo profile…</source>
        <translation>데모 프로필 복사 중…</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>데이터베이스 여는 중…</translation>
    </message>
    <message>
        <source>Upgrading the database to this version (a backup is made first)…</source>
        <translation>데이터베이스를 이 버전으로 업그레이드하는 중(먼저 백업을 만듭니다)…</translation>
    </message>
    <message>
        <source>Reading the questionnaire and counting the records…</source>
        <translation>설문지를 읽고 레코드를 세는 중…</translation>
    </message>
    <message>
        <source>Welcome to KIN Desktop</source>
        <translation>KIN Desktop에 오신 것을 환영합니다</translation>
    </message>
    <message>
        <source>This computer has no profile yet. Set it up for your city delegation (or for the Network Secretariat); it takes a minute and works offline.</source>
        <translation>이 컴퓨터에는 아직 프로필이 없습니다. 귀 도시 대표단용(또는 네트워크 사무국용)으로 설정하십시오. 1분 정도 걸리며 오프라인에서도 사용할 수 있습니다.</translation>
    </message>
    <message>
        <source>&amp;Set up this computer…</source>
        <translation>이 컴퓨터 설정(&amp;S)…</translation>
    </message>
    <message>
        <source>No profile yet</source>
        <translation>프로필 없음</translation>
    </message>
    <message>
        <source>This profile cannot be opened</source>
        <translation>이 프로필을 열 수 없습니다</translation>
    </message>
    <message>
        <source>Could not open the profile</source>
        <translation>프로필을 열지 못했습니다</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>개요(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Questionnaire</source>
        <translation>설문지(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Practices</source>
        <translation>사례(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Commitments</source>
        <translation>약속(&amp;C)</translation>
    </message>
    <message>
        <source>Out&amp;box</source>
        <translation>발신함(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Inbox</source>
        <translation>수신함(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Delegates</source>
        <translation>대표(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>검토(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Follow-up</source>
        <translation>후속 조치(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Matching</source>
        <translation>매칭(&amp;M)</translation>
    </message>
    <message>
        <source>D&amp;ashboard</source>
        <translation>대시보드(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Exports</source>
        <translation>내보내기(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Questionnaires</source>
        <translation>설문지(&amp;Q)</translation>
    </message>
    <message>
        <source>Preparing the form…</source>
        <translation>양식 준비 중…</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>준비됨</translation>
    </message>
    <message>
        <source>Commitment form</source>
        <translation>약속 양식</translation>
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
            <numerusform>내보내기를 기다리는 레코드 %Ln개</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported; waiting for the secretariat&apos;s receipt</source>
        <translation>내보냄. 사무국의 수령증을 기다리는 중</translation>
    </message>
    <message>
        <source>Nothing sent yet</source>
        <translation>아직 보낸 것 없음</translation>
    </message>
    <message>
        <source>Everything acknowledged by the secretariat</source>
        <translation>모든 내용을 사무국이 확인함</translation>
    </message>
    <message>
        <source>Network Secretariat</source>
        <translation>네트워크 사무국</translation>
    </message>
    <message>
        <source>KIN Desktop — Secretariat</source>
        <translation>KIN Desktop — 사무국</translation>
    </message>
</context>
<context>
    <name>MatchingPage</name>
    <message>
        <source>Improving</source>
        <translation>개선 중</translation>
    </message>
    <message>
        <source>Stable</source>
        <translation>안정</translation>
    </message>
    <message>
        <source>Worsening</source>
        <translation>악화 중</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>미기재</translation>
    </message>
    <message>
        <source>minor</source>
        <translation>경미</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>보통</translation>
    </message>
    <message>
        <source>serious</source>
        <translation>심각</translation>
    </message>
    <message>
        <source>very serious</source>
        <comment>severity 4</comment>
        <translation>상당히 심각</translation>
    </message>
    <message>
        <source>very serious</source>
        <comment>severity 5</comment>
        <translation>매우 심각</translation>
    </message>
    <message>
        <source>%1 of 5 (%2)</source>
        <translation>5단계 중 %1(%2)</translation>
    </message>
    <message>
        <source>Not ranked</source>
        <translation>순위 없음</translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation>%1위</translation>
    </message>
    <message>
        <source>severity %1 of 5</source>
        <translation>심각도 %1/5</translation>
    </message>
    <message>
        <source>priority %1</source>
        <translation>우선순위 %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>a win-win practice: environmental and economic benefits</source>
        <translation>상생 사례: 환경적·경제적 편익</translation>
    </message>
    <message>
        <source>registered by the secretariat</source>
        <translation>사무국이 등록함</translation>
    </message>
    <message>
        <source>Challenge</source>
        <translation>과제</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>심각도</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>추세</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>우선순위</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>순위</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>점수</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>사례</translation>
    </message>
    <message>
        <source>City</source>
        <translation>도시</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>이유</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>국가</translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation>분야</translation>
    </message>
    <message>
        <source>Win-win</source>
        <translation>상생</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>예</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>도시(&amp;I):</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>새로 고침(&amp;R)</translation>
    </message>
    <message>
        <source>Read the cities, challenges and practices again (F5)</source>
        <translation>도시, 과제 및 사례 다시 읽기(F5)</translation>
    </message>
    <message>
        <source>Challenges of the city</source>
        <translation>도시의 과제</translation>
    </message>
    <message>
        <source>Challenges it faces</source>
        <translation>직면한 과제</translation>
    </message>
    <message>
        <source>Practices of other cities</source>
        <translation>다른 도시의 사례</translation>
    </message>
    <message>
        <source>Practices of other cities that address them</source>
        <translation>이 과제를 다루는 다른 도시의 사례</translation>
    </message>
    <message>
        <source>The chosen practice</source>
        <translation>선택한 사례</translation>
    </message>
    <message>
        <source>Search the catalogue</source>
        <translation>카탈로그 검색</translation>
    </message>
    <message>
        <source>Practices catalogue</source>
        <translation>사례 카탈로그</translation>
    </message>
    <message>
        <source>Practice details</source>
        <translation>사례 세부 정보</translation>
    </message>
    <message>
        <source>&amp;Matches for a city</source>
        <translation>도시별 매칭(&amp;M)</translation>
    </message>
    <message>
        <source>Practices &amp;catalogue</source>
        <translation>사례 카탈로그(&amp;C)</translation>
    </message>
    <message>
        <source>Nothing in the catalogue matches “%1”.</source>
        <translation>카탈로그에 “%1”과(와) 일치하는 항목이 없습니다.</translation>
    </message>
    <message>
        <source>No practice is registered for the catalogue yet.</source>
        <translation>아직 카탈로그에 등록된 사례가 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln registered practice(s) go to every delegate with the welcome pack.</source>
        <translation>
            <numerusform>등록된 사례 %Ln건이 웰컴 팩과 함께 모든 대표에게 전달됩니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>The catalogue is empty: practices enter it once they are registered on the Review page.</source>
        <translation>카탈로그가 비어 있습니다. 사례는 [검토] 페이지에서 등록되면 카탈로그에 추가됩니다.</translation>
    </message>
    <message>
        <source>No delegations yet: take in their bundles on the Inbox page, then come back here.</source>
        <translation>아직 대표단이 없습니다. [수신함] 페이지에서 번들을 가져온 후 여기로 돌아오십시오.</translation>
    </message>
    <message>
        <source>Choose a city to see the challenges it faces.</source>
        <translation>직면한 과제를 보려면 도시를 선택하십시오.</translation>
    </message>
    <message>
        <source>Looking for practices…</source>
        <translation>사례 찾는 중…</translation>
    </message>
    <message>
        <source>Delegate: %1</source>
        <translation>대표: %1</translation>
    </message>
    <message>
        <source>questionnaire complete</source>
        <translation>설문지 완료</translation>
    </message>
    <message>
        <source>questionnaire not complete</source>
        <translation>설문지 미완료</translation>
    </message>
    <message>
        <source>This city&apos;s questionnaire names no challenges yet: matches appear once it is answered.</source>
        <translation>이 도시의 설문지에는 아직 과제가 없습니다. 답변하면 매칭 결과가 표시됩니다.</translation>
    </message>
    <message>
        <source>No practice of another city addresses these challenges yet.</source>
        <translation>아직 이 과제를 다루는 다른 도시의 사례가 없습니다.</translation>
    </message>
    <message>
        <source>No challenges, so nothing to match.</source>
        <translation>과제가 없으므로 매칭할 항목이 없습니다.</translation>
    </message>
    <message>
        <source>Choose a practice to see why it was suggested.</source>
        <translation>제안된 이유를 보려면 사례를 선택하십시오.</translation>
    </message>
    <message>
        <source>Score: %1</source>
        <translation>점수: %1</translation>
    </message>
    <message>
        <source>Sectors: %1</source>
        <translation>분야: %1</translation>
    </message>
    <message>
        <source>none given</source>
        <translation>미기재</translation>
    </message>
    <message>
        <source>Registered by the secretariat</source>
        <translation>사무국이 등록함</translation>
    </message>
    <message>
        <source>Not registered yet</source>
        <translation>아직 등록되지 않음</translation>
    </message>
    <message>
        <source>A win-win practice: environmental, social and economic benefits</source>
        <translation>상생 사례: 환경적·사회적·경제적 편익</translation>
    </message>
    <message>
        <source>Why it was suggested</source>
        <translation>제안 이유</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>요약</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>문제</translation>
    </message>
    <message>
        <source>Approach</source>
        <translation>접근 방식</translation>
    </message>
    <message>
        <source>Environmental benefits</source>
        <translation>환경적 편익</translation>
    </message>
    <message>
        <source>Social benefits</source>
        <translation>사회적 편익</translation>
    </message>
    <message>
        <source>Economic benefits</source>
        <translation>경제적 편익</translation>
    </message>
    <message>
        <source>Replicability</source>
        <translation>다른 도시 적용 가능성</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge “%1”</source>
        <translation>“%1” 병합</translation>
    </message>
    <message>
        <source>For each field that differs, check the value to keep (Space checks the selected cell). Fields that are the same on both devices are kept as they are.</source>
        <translation>서로 다른 각 항목에서 유지할 값을 선택하십시오(Space 키로 선택한 셀을 체크합니다). 두 기기에서 같은 항목은 그대로 유지됩니다.</translation>
    </message>
    <message>
        <source>Fields to merge</source>
        <translation>병합할 항목</translation>
    </message>
    <message>
        <source>&amp;Save the merge</source>
        <translation>병합 저장(&amp;S)</translation>
    </message>
</context>
<context>
    <name>OutboxPage</name>
    <message>
        <source>Confirm the secretariat&apos;s key</source>
        <translation>사무국 키 확인</translation>
    </message>
    <message>
        <source>This welcome pack is signed by the key with this fingerprint:

%1

Does it match the fingerprint printed in your invitation letter? Only say yes if every group matches: from now on, only this key will be trusted.</source>
        <translation>이 웰컴 팩은 다음 지문의 키로 서명되었습니다:

%1

초청장에 인쇄된 지문과 일치합니까? 모든 그룹이 일치하는 경우에만 [예]를 선택하십시오. 앞으로는 이 키만 신뢰합니다.</translation>
    </message>
    <message>
        <source>&amp;Export bundle…</source>
        <translation>번들 내보내기(&amp;E)…</translation>
    </message>
    <message>
        <source>Save the changes not yet acknowledged to a file for the secretariat (Ctrl+E)</source>
        <translation>사무국이 아직 확인하지 않은 변경 사항을 사무국에 보낼 파일로 저장(Ctrl+E)</translation>
    </message>
    <message>
        <source>Export e&amp;verything…</source>
        <translation>모두 내보내기(&amp;V)…</translation>
    </message>
    <message>
        <source>Include everything, also what the secretariat acknowledged</source>
        <translation>사무국이 확인한 것도 포함하여 모두 내보내기</translation>
    </message>
    <message>
        <source>To the secretariat</source>
        <translation>사무국에 보내기</translation>
    </message>
    <message>
        <source>&amp;Import welcome pack or receipt…</source>
        <translation>웰컴 팩 또는 수령증 가져오기(&amp;I)…</translation>
    </message>
    <message>
        <source>Or drop the files onto this window.</source>
        <translation>또는 파일을 이 창에 끌어다 놓으십시오.</translation>
    </message>
    <message>
        <source>From the secretariat</source>
        <translation>사무국에서 받기</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>진행 상황</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>취소(&amp;C)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>파일</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>결과</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>세부 정보</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>번호</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>내보낸 날짜</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>변경 사항</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>접수</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>확인됨</translation>
    </message>
    <message>
        <source>Review notes</source>
        <translation>검토 메모</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>사례</translation>
    </message>
    <message>
        <source>City</source>
        <translation>도시</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>국가</translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation>분야</translation>
    </message>
    <message>
        <source>Search the catalogue</source>
        <translation>카탈로그 검색</translation>
    </message>
    <message>
        <source>Practices catalogue</source>
        <translation>사례 카탈로그</translation>
    </message>
    <message>
        <source>Practice details</source>
        <translation>사례 세부 정보</translation>
    </message>
    <message>
        <source>No catalogue yet: it arrives with the secretariat&apos;s welcome pack.</source>
        <translation>아직 카탈로그가 없습니다. 사무국의 웰컴 팩과 함께 도착합니다.</translation>
    </message>
    <message>
        <source>Last import</source>
        <translation>최근 가져오기</translation>
    </message>
    <message>
        <source>Bundles sent</source>
        <translation>보낸 번들</translation>
    </message>
    <message>
        <source>Receipts received</source>
        <translation>받은 수령증</translation>
    </message>
    <message>
        <source>Nothing in the catalogue matches “%1”.</source>
        <translation>카탈로그에 “%1”과(와) 일치하는 항목이 없습니다.</translation>
    </message>
    <message>
        <source>Save the bundle</source>
        <translation>번들 저장</translation>
    </message>
    <message>
        <source>KIN bundles (*.kinb)</source>
        <translation>KIN 번들 (*.kinb)</translation>
    </message>
    <message>
        <source>Import from the secretariat</source>
        <translation>사무국에서 가져오기</translation>
    </message>
    <message>
        <source>KIN files (*.kinw *.kinr);;Welcome packs (*.kinw);;Receipts (*.kinr)</source>
        <translation>KIN 파일 (*.kinw *.kinr);;웰컴 팩 (*.kinw);;수령증 (*.kinr)</translation>
    </message>
    <message>
        <source>Not yet acknowledged by the secretariat: </source>
        <translation>아직 사무국이 확인하지 않음: </translation>
    </message>
    <message>
        <source>(attachments: %1)</source>
        <translation>(첨부 파일: %1)</translation>
    </message>
    <message>
        <source>Nothing sent yet, and nothing to send.</source>
        <translation>아직 보낸 것도 보낼 것도 없습니다.</translation>
    </message>
    <message>
        <source>Nothing to send: the secretariat has acknowledged everything.</source>
        <translation>보낼 것이 없습니다. 사무국이 모든 내용을 확인했습니다.</translation>
    </message>
    <message>
        <source>Signed form out of date: %1. These commitments changed after their form was printed; print the forms again and have them signed before you send the paper.</source>
        <translation>서명된 양식이 최신이 아님: %1. 이 약속들은 양식을 인쇄한 후 변경되었습니다. 서류를 보내기 전에 양식을 다시 인쇄하여 서명을 받으십시오.</translation>
    </message>
    <message>
        <source>Bundles are encrypted for: %1</source>
        <translation>번들 암호화 대상: %1</translation>
    </message>
    <message>
        <source>Import the secretariat&apos;s welcome pack first: it brings the key your bundles are encrypted for.</source>
        <translation>먼저 사무국의 웰컴 팩을 가져오십시오. 번들 암호화에 사용하는 키가 들어 있습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln questionnaire response(s)</source>
        <translation>
            <numerusform>설문지 응답 %Ln건</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln practice(s)</source>
        <translation>
            <numerusform>사례 %Ln건</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln commitment(s)</source>
        <translation>
            <numerusform>약속 %Ln건</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln attachment(s)</source>
        <translation>
            <numerusform>첨부 파일 %Ln개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln progress report(s)</source>
        <translation>
            <numerusform>진행 보고서 %Ln건</numerusform>
        </translation>
    </message>
    <message>
        <source>Taken in</source>
        <translation>가져옴</translation>
    </message>
    <message>
        <source>Already taken in</source>
        <translation>이미 가져옴</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>보류</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>거부</translation>
    </message>
    <message>
        <source>Set aside</source>
        <translation>따로 보관</translation>
    </message>
    <message>
        <source>Failed, kept for inspection</source>
        <translation>실패, 점검용으로 보관</translation>
    </message>
    <message>
        <source>Stopping after the current file…</source>
        <translation>현재 파일 후 중지하는 중…</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>내보내는 중…</translation>
    </message>
    <message>
        <source>Nothing was waiting to be sent; no file was written.</source>
        <translation>보낼 대기 항목이 없어 파일을 작성하지 않았습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Saved %1: %Ln change(s), %2. Give this file to the secretariat.</source>
        <translation>
            <numerusform>%1을(를) 저장했습니다: 변경 사항 %Ln건, %2. 이 파일을 사무국에 전달하십시오.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wait for the current work to finish, then try again.</source>
        <translation>현재 작업이 끝날 때까지 기다린 후 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>The welcome pack was not taken in: its key was not confirmed.</source>
        <translation>키가 확인되지 않아 웰컴 팩을 가져오지 않았습니다.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>가져오는 중…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) taken in.</source>
        <translation>
            <numerusform>파일 %Ln개를 가져왔습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) refused: see the reasons below.</source>
        <translation>
            <numerusform>파일 %Ln개가 거부되었습니다. 아래에서 이유를 확인하십시오.</numerusform>
        </translation>
    </message>
    <message>
        <source>No welcome packs or receipts were found in what you chose.</source>
        <translation>선택한 항목에서 웰컴 팩이나 수령증을 찾지 못했습니다.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>문제</translation>
    </message>
    <message>
        <source>Approach</source>
        <translation>접근 방식</translation>
    </message>
    <message>
        <source>Environmental benefits</source>
        <translation>환경적 편익</translation>
    </message>
    <message>
        <source>Social benefits</source>
        <translation>사회적 편익</translation>
    </message>
    <message>
        <source>Economic benefits</source>
        <translation>경제적 편익</translation>
    </message>
    <message>
        <source>Replicability</source>
        <translation>다른 도시 적용 가능성</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Draft</source>
        <translation>초안</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>준비됨</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>보냄</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>확인됨</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>등록됨</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>불러오는 중…</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>프로필</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>이름:</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>소속 기관:</translation>
    </message>
    <message>
        <source>City:</source>
        <translation>도시:</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>국가:</translation>
    </message>
    <message>
        <source>Key fingerprint:</source>
        <translation>키 지문:</translation>
    </message>
    <message>
        <source>no key yet</source>
        <translation>아직 키 없음</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>설문지</translation>
    </message>
    <message>
        <source>does not apply</source>
        <translation>해당 없음</translation>
    </message>
    <message>
        <source>%1 of %2 required answers</source>
        <translation>필수 답변 %2개 중 %1개</translation>
    </message>
    <message>
        <source>%1 of %2 optional questions answered</source>
        <translation>선택 질문 %2개 중 %1개 답변</translation>
    </message>
    <message>
        <source>Overall: %1% complete</source>
        <translation>전체: %1% 완료</translation>
    </message>
    <message>
        <source>Practices and commitments</source>
        <translation>사례 및 약속</translation>
    </message>
    <message>
        <source>Practices</source>
        <translation>사례</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>약속</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>발신함</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) changed since the last export</source>
        <translation>
            <numerusform>마지막 내보내기 이후 변경된 레코드 %Ln개</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing new to send</source>
        <translation>새로 보낼 것 없음</translation>
    </message>
    <message>
        <source>Waiting:</source>
        <translation>대기 중:</translation>
    </message>
    <message>
        <source>Nothing sent yet</source>
        <translation>아직 보낸 것 없음</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) sent but not yet acknowledged</source>
        <translation>
            <numerusform>보냈으나 아직 확인되지 않은 레코드 %Ln개</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything sent is acknowledged</source>
        <translation>보낸 모든 내용이 확인됨</translation>
    </message>
    <message>
        <source>Awaiting receipt:</source>
        <translation>수령증 대기:</translation>
    </message>
    <message>
        <source>Last export:</source>
        <translation>최근 내보내기:</translation>
    </message>
    <message>
        <source>never</source>
        <translation>없음</translation>
    </message>
    <message numerus="yes">
        <source>No. %1 of %2: %Ln change(s) acknowledged</source>
        <translation>
            <numerusform>%1번(%2): 변경 사항 %Ln건 확인됨</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %Ln review(s) by the secretariat</source>
        <translation>
            <numerusform>, 사무국 검토 %Ln건</numerusform>
        </translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>아직 없음</translation>
    </message>
    <message>
        <source>Last receipt:</source>
        <translation>최근 수령증:</translation>
    </message>
    <message numerus="yes">
        <source>%Ln commitment(s) changed since the form was printed: print again and have it signed</source>
        <translation>
            <numerusform>양식 인쇄 후 변경된 약속 %Ln건: 다시 인쇄하여 서명을 받으십시오</numerusform>
        </translation>
    </message>
    <message>
        <source>Signed forms:</source>
        <translation>서명된 양식:</translation>
    </message>
    <message>
        <source>The secretariat asks for corrections</source>
        <translation>사무국이 수정을 요청합니다</translation>
    </message>
    <message>
        <source>(no comment)</source>
        <translation>(의견 없음)</translation>
    </message>
    <message>
        <source>Corrected: export it from the Outbox</source>
        <translation>수정됨: 발신함에서 내보내십시오</translation>
    </message>
    <message>
        <source>To correct</source>
        <translation>수정 필요</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>열기</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>%1 열기</translation>
    </message>
</context>
<context>
    <name>PaperBanner</name>
    <message>
        <source>Printed form</source>
        <translation>인쇄된 양식</translation>
    </message>
    <message>
        <source>Change it &amp;anyway</source>
        <translation>그래도 변경(&amp;A)</translation>
    </message>
    <message>
        <source>Unlock the form: the signed paper will no longer match and must be printed and signed again</source>
        <translation>양식 잠금 해제: 서명된 서류가 더 이상 일치하지 않으므로 다시 인쇄하여 서명을 받아야 합니다</translation>
    </message>
    <message>
        <source>The form printed on %1 no longer matches this commitment: it was changed since. Print the form again (Ctrl+P) and have the new paper signed.</source>
        <translation>%1에 인쇄한 양식이 이 약속과 더 이상 일치하지 않습니다. 그 후 변경되었습니다. 양식을 다시 인쇄하고(Ctrl+P) 새 서류에 서명을 받으십시오.</translation>
    </message>
    <message>
        <source>A form of this version was printed on %1 for the mayor&apos;s signature. The signed paper covers everything on the form: title, type, sectors, objectives, description, targets and indicators, partners, timeline and milestones, budget and funding, and the signatory. Changing any of it makes the paper out of date.</source>
        <translation>이 버전의 양식을 %1에 시장 서명용으로 인쇄했습니다. 서명된 서류는 양식의 모든 내용(제목, 유형, 분야, 목적, 설명, 목표 및 지표, 협력 기관, 일정 및 이정표, 예산 및 재원, 서명자)에 해당합니다. 이 중 하나라도 변경하면 서류가 최신이 아니게 됩니다.</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Unlock your key</source>
        <translation>키 잠금 해제</translation>
    </message>
    <message>
        <source>This computer has no system keyring, so your key is kept in a file locked with a passphrase. Enter it to sign or open bundles:</source>
        <translation>이 컴퓨터에는 시스템 키링이 없으므로 키는 암호 문구로 잠긴 파일에 보관됩니다. 번들에 서명하거나 번들을 열려면 암호 문구를 입력하십시오:</translation>
    </message>
</context>
<context>
    <name>PracticeEditor</name>
    <message>
        <source>Practice</source>
        <translation>사례</translation>
    </message>
    <message>
        <source>practice</source>
        <translation>사례</translation>
    </message>
    <message>
        <source>A short name for the practice</source>
        <translation>사례의 짧은 이름</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>제목(&amp;T):</translation>
    </message>
    <message>
        <source>S&amp;tate:</source>
        <translation>상태(&amp;T):</translation>
    </message>
    <message>
        <source>Se&amp;ctors:</source>
        <translation>분야(&amp;C):</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>미기재</translation>
    </message>
    <message>
        <source>Start &amp;year:</source>
        <translation>시작 연도(&amp;Y):</translation>
    </message>
    <message>
        <source>&amp;Win-win: benefits the environment and the economy</source>
        <translation>상생: 환경과 경제 모두에 편익(&amp;W)</translation>
    </message>
    <message>
        <source>Su&amp;mmary:</source>
        <translation>요약(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Problem:</source>
        <translation>문제(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Approach:</source>
        <translation>접근 방식(&amp;A):</translation>
    </message>
    <message>
        <source>Benefits</source>
        <translation>편익</translation>
    </message>
    <message>
        <source>En&amp;vironmental:</source>
        <translation>환경적(&amp;V):</translation>
    </message>
    <message>
        <source>S&amp;ocial:</source>
        <translation>사회적(&amp;O):</translation>
    </message>
    <message>
        <source>Econo&amp;mic:</source>
        <translation>경제적(&amp;M):</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>비용</translation>
    </message>
    <message>
        <source>e.g. 250000</source>
        <translation>예: 250000</translation>
    </message>
    <message>
        <source>Amou&amp;nt:</source>
        <translation>금액(&amp;N):</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>통화(&amp;U):</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>협력 기관</translation>
    </message>
    <message>
        <source>Add pa&amp;rtner</source>
        <translation>협력 기관 추가(&amp;R)</translation>
    </message>
    <message>
        <source>Remove partner</source>
        <translation>협력 기관 제거</translation>
    </message>
    <message>
        <source>Replication</source>
        <translation>확산</translation>
    </message>
    <message>
        <source>Rep&amp;licability:</source>
        <translation>다른 도시 적용 가능성(&amp;L):</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>첨부 파일</translation>
    </message>
</context>
<context>
    <name>PracticesPage</name>
    <message>
        <source>Practices</source>
        <translation>사례</translation>
    </message>
    <message>
        <source>No practices yet — press New to record one</source>
        <translation>아직 사례가 없습니다 — [새로 만들기]를 눌러 기록하십시오</translation>
    </message>
    <message numerus="yes">
        <source>%Ln practice(s)</source>
        <translation>
            <numerusform>사례 %Ln건</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln practice(s)</source>
        <translation>
            <numerusform>사례 %Ln건 중 %1건</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete practice</source>
        <translation>사례 삭제</translation>
    </message>
    <message>
        <source>Delete the practice “%1” and its attachments?</source>
        <translation>사례 “%1”과(와) 그 첨부 파일을 삭제하시겠습니까?</translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <source>Preview</source>
        <translation>미리 보기</translation>
    </message>
    <message numerus="yes">
        <source>%Ln page(s)</source>
        <translation>
            <numerusform>%Ln페이지</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>인쇄(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>PDF로 저장(&amp;S)…</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>PDF로 저장</translation>
    </message>
</context>
<context>
    <name>ProblemsModel</name>
    <message>
        <source>Severity</source>
        <translation>심각도</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>시트</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>셀</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>열</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>조치 방법</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>오류</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>경고</translation>
    </message>
    <message>
        <source>(workbook)</source>
        <translation>(통합 문서)</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>%1행</translation>
    </message>
    <message>
        <source>tick &apos;Leave out what KIN Desktop cannot do&apos;</source>
        <translation>&apos;KIN Desktop이 처리할 수 없는 부분 제외&apos;를 선택하십시오</translation>
    </message>
</context>
<context>
    <name>ProgressReportDialog</name>
    <message>
        <source>Record a progress report</source>
        <translation>진행 보고서 기록</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2</translation>
    </message>
    <message>
        <source>Date of the report</source>
        <translation>보고서 날짜</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Milestones reached, one per line</source>
        <translation>달성한 이정표(한 줄에 하나씩)</translation>
    </message>
    <message>
        <source>One milestone per line</source>
        <translation>한 줄에 이정표 하나</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>지표</translation>
    </message>
    <message>
        <source>&amp;Add indicator</source>
        <translation>지표 추가(&amp;A)</translation>
    </message>
    <message>
        <source>Re&amp;move indicator</source>
        <translation>지표 제거(&amp;M)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>비고</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>날짜(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>상태(&amp;S):</translation>
    </message>
    <message>
        <source>M&amp;ilestones reached:</source>
        <translation>달성한 이정표(&amp;I):</translation>
    </message>
    <message>
        <source>I&amp;ndicators:</source>
        <translation>지표(&amp;N):</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>비고(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Record report</source>
        <translation>보고서 기록(&amp;R)</translation>
    </message>
    <message>
        <source>Give the date of the report.</source>
        <translation>보고서 날짜를 입력하십시오.</translation>
    </message>
    <message>
        <source>Every indicator value needs the name of its indicator.</source>
        <translation>각 지표 값에는 지표 이름이 필요합니다.</translation>
    </message>
</context>
<context>
    <name>QuestionField</name>
    <message>
        <source>Required</source>
        <translation>필수</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>필수 항목입니다.</translation>
    </message>
</context>
<context>
    <name>QuestionnaireIssues</name>
    <message>
        <source>An answer is required.</source>
        <translation>답변이 필요합니다.</translation>
    </message>
    <message numerus="yes">
        <source>Add at least %Ln entries.</source>
        <translation>
            <numerusform>항목을 %Ln개 이상 추가하십시오.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Give at most %Ln entries; remove the extra ones.</source>
        <translation>
            <numerusform>항목은 최대 %Ln개까지 입력할 수 있습니다. 초과한 항목을 제거하십시오.</numerusform>
        </translation>
    </message>
    <message>
        <source>This answer does not meet the condition set for it.</source>
        <translation>이 답변은 설정된 조건을 충족하지 않습니다.</translation>
    </message>
    <message>
        <source>This answer is not in the expected form.</source>
        <translation>이 답변은 요구되는 형식이 아닙니다.</translation>
    </message>
    <message numerus="yes">
        <source>Write at least %Ln character(s).</source>
        <translation>
            <numerusform>%Ln자 이상 입력하십시오.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Write at most %Ln character(s).</source>
        <translation>
            <numerusform>%Ln자 이내로 입력하십시오.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rank at least %Ln item(s).</source>
        <translation>
            <numerusform>%Ln개 이상 항목의 순위를 매기십시오.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rank at most %Ln item(s).</source>
        <translation>
            <numerusform>순위는 최대 %Ln개 항목까지 매길 수 있습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Choose at least %Ln option(s).</source>
        <translation>
            <numerusform>%Ln개 이상 선택하십시오.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Choose at most %Ln option(s).</source>
        <translation>
            <numerusform>최대 %Ln개까지 선택할 수 있습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>The answer must be at least %1.</source>
        <translation>답변은 %1 이상이어야 합니다.</translation>
    </message>
    <message>
        <source>The answer must be at most %1.</source>
        <translation>답변은 %1 이하여야 합니다.</translation>
    </message>
    <message>
        <source>This answer is not one of the options.</source>
        <translation>이 답변은 선택지에 없습니다.</translation>
    </message>
    <message>
        <source>This answer is not of the expected kind; enter it again.</source>
        <translation>이 답변은 요구되는 유형이 아닙니다. 다시 입력하십시오.</translation>
    </message>
    <message>
        <source>This answer needs attention.</source>
        <translation>이 답변을 확인하십시오.</translation>
    </message>
</context>
<context>
    <name>QuestionnairePage</name>
    <message>
        <source>The questionnaire is marked as complete. Thank you.</source>
        <translation>설문지가 완료로 표시되었습니다. 감사합니다.</translation>
    </message>
    <message>
        <source>No questionnaire yet</source>
        <translation>아직 설문지 없음</translation>
    </message>
    <message>
        <source>The questionnaire has not reached this profile yet. It comes with the welcome pack from the Network Secretariat: once the welcome pack is imported, the questionnaire appears here.</source>
        <translation>아직 이 프로필에 설문지가 도착하지 않았습니다. 설문지는 네트워크 사무국의 웰컴 팩과 함께 도착하며, 웰컴 팩을 가져오면 여기에 표시됩니다.</translation>
    </message>
    <message>
        <source>The questionnaire cannot be shown</source>
        <translation>설문지를 표시할 수 없습니다</translation>
    </message>
    <message>
        <source>Changes are saved automatically.</source>
        <translation>변경 사항은 자동으로 저장됩니다.</translation>
    </message>
    <message>
        <source>This is your response to version %1 of this questionnaire, kept as you answered it. New answers go to version %2.</source>
        <translation>이 설문지 버전 %1에 대한 응답으로, 답변한 그대로 보존됩니다. 새 답변은 버전 %2에 기록됩니다.</translation>
    </message>
    <message>
        <source>&amp;Language of the questions:</source>
        <translation>질문 언어(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Previous section</source>
        <translation>이전 섹션(&amp;P)</translation>
    </message>
    <message>
        <source>Show the previous section (Ctrl+Page Up)</source>
        <translation>이전 섹션 표시(Ctrl+Page Up)</translation>
    </message>
    <message>
        <source>&amp;Next section</source>
        <translation>다음 섹션(&amp;N)</translation>
    </message>
    <message>
        <source>Show the next section (Ctrl+Page Down)</source>
        <translation>다음 섹션 표시(Ctrl+Page Down)</translation>
    </message>
    <message>
        <source>Mark as &amp;complete</source>
        <translation>완료로 표시(&amp;C)</translation>
    </message>
    <message>
        <source>Check that every required answer is given, then mark the questionnaire complete (Ctrl+Enter).</source>
        <translation>모든 필수 답변이 입력되었는지 확인한 후 설문지를 완료로 표시합니다(Ctrl+Enter).</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>This questionnaire is marked as complete.</source>
        <translation>이 설문지는 완료로 표시되어 있습니다.</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>섹션</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>섹션</translation>
    </message>
    <message>
        <source>List of sections</source>
        <translation>섹션 목록</translation>
    </message>
    <message>
        <source>Show or hide the list of sections</source>
        <translation>섹션 목록 표시 또는 숨기기</translation>
    </message>
    <message>
        <source>Language of the questions</source>
        <translation>질문 언어</translation>
    </message>
    <message>
        <source>&amp;Questionnaire:</source>
        <translation>설문지(&amp;Q):</translation>
    </message>
    <message>
        <source>Questionnaire and version</source>
        <translation>설문지 및 버전</translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation>%1(버전 %2)</translation>
    </message>
    <message>
        <source>%1 (version %2, your earlier answers)</source>
        <translation>%1(버전 %2, 이전 답변)</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>저장 중…</translation>
    </message>
    <message>
        <source>Every required answer is given: you can mark the questionnaire as complete.</source>
        <translation>모든 필수 답변이 입력되었습니다. 설문지를 완료로 표시할 수 있습니다.</translation>
    </message>
    <message numerus="yes">
        <source>The questionnaire cannot be marked complete yet: %Ln answer(s) are missing or need correcting.</source>
        <translation>
            <numerusform>아직 설문지를 완료로 표시할 수 없습니다. 답변 %Ln개가 누락되었거나 수정이 필요합니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>First: “%1”.</source>
        <translation>첫 번째: “%1”.</translation>
    </message>
    <message>
        <source>Preview: answers are checked as a delegate&apos;s are, and kept nowhere.</source>
        <translation>미리 보기: 답변은 대표의 답변처럼 검사되지만 어디에도 저장되지 않습니다.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>저장되지 않음: %1</translation>
    </message>
    <message>
        <source>All changes saved.</source>
        <translation>모든 변경 사항을 저장했습니다.</translation>
    </message>
    <message>
        <source>Your changes leave required answers open: the questionnaire is no longer complete.</source>
        <translation>변경으로 인해 입력되지 않은 필수 답변이 있습니다. 설문지는 더 이상 완료 상태가 아닙니다.</translation>
    </message>
    <message>
        <source>Not yet translated into %1: shown in English.</source>
        <translation>아직 %1(으)로 번역되지 않아 영어로 표시합니다.</translation>
    </message>
</context>
<context>
    <name>QuestionnairesPage</name>
    <message>
        <source>&amp;Import workbook…</source>
        <translation>통합 문서 가져오기(&amp;I)…</translation>
    </message>
    <message>
        <source>Read an XLSForm (.xlsx, .xls or .csv) (Ctrl+O)</source>
        <translation>XLSForm(.xlsx, .xls 또는 .csv) 읽기(Ctrl+O)</translation>
    </message>
    <message>
        <source>&amp;Validate again</source>
        <translation>다시 검사(&amp;V)</translation>
    </message>
    <message>
        <source>Read and check the same workbook again, after correcting it (F5)</source>
        <translation>수정한 후 같은 통합 문서를 다시 읽고 검사(F5)</translation>
    </message>
    <message>
        <source>&amp;Leave out what KIN Desktop cannot do</source>
        <translation>KIN Desktop이 처리할 수 없는 부분 제외(&amp;L)</translation>
    </message>
    <message>
        <source>GPS, photos, pulldata() and the like are left out with a warning each, instead of refusing the workbook. Mistakes in the form are still errors.</source>
        <translation>GPS, 사진, pulldata() 등은 통합 문서를 거부하지 않고 각각 경고와 함께 제외합니다. 양식의 실수는 여전히 오류입니다.</translation>
    </message>
    <message>
        <source>&amp;Publish…</source>
        <translation>게시(&amp;P)…</translation>
    </message>
    <message>
        <source>Store this version so that the next welcome pack brings it to the delegates (Ctrl+P)</source>
        <translation>다음 웰컴 팩으로 대표에게 전달되도록 이 버전을 저장(Ctrl+P)</translation>
    </message>
    <message>
        <source>Import an XLSForm workbook to check it, see it as a delegate will, and publish it. Questionnaires are written in the survey, choices and settings sheets, as for ODK and KoboToolbox.</source>
        <translation>XLSForm 통합 문서를 가져와서 검사하고, 대표가 보게 될 모습으로 확인한 후 게시하십시오. 설문지는 ODK 및 KoboToolbox와 마찬가지로 survey, choices, settings 시트에 작성합니다.</translation>
    </message>
    <message>
        <source>Problems found in the workbook</source>
        <translation>통합 문서에서 발견된 문제</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>복사</translation>
    </message>
    <message>
        <source>The selected problem</source>
        <translation>선택한 문제</translation>
    </message>
    <message>
        <source>No problems: the workbook is imported as it is.</source>
        <translation>문제 없음: 통합 문서를 그대로 가져왔습니다.</translation>
    </message>
    <message>
        <source>The preview shows the imported questionnaire exactly as a delegate will see it.</source>
        <translation>미리 보기는 가져온 설문지를 대표가 보게 될 모습 그대로 보여 줍니다.</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>설문지</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>버전</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>게시됨</translation>
    </message>
    <message>
        <source>From</source>
        <translation>출처</translation>
    </message>
    <message>
        <source>Questionnaire versions in this profile</source>
        <translation>이 프로필의 설문지 버전</translation>
    </message>
    <message>
        <source>E&amp;xport to XLSForm…</source>
        <translation>XLSForm으로 내보내기(&amp;X)…</translation>
    </message>
    <message>
        <source>Write the selected version as an XLSForm workbook</source>
        <translation>선택한 버전을 XLSForm 통합 문서로 작성</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>문제</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>미리 보기</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>버전</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 읽는 중…</translation>
    </message>
    <message>
        <source>Publish the questionnaire</source>
        <translation>설문지 게시</translation>
    </message>
    <message>
        <source>Publish &apos;%1&apos; version %2?

The next welcome pack brings it to every delegate. New responses open on it; the answers given to earlier versions are kept. A published version cannot be changed: a correction needs a new version.</source>
        <translation>&apos;%1&apos; 버전 %2을(를) 게시하시겠습니까?

다음 웰컴 팩으로 모든 대표에게 전달됩니다. 새 응답은 이 버전으로 시작되며, 이전 버전에 대한 답변은 보존됩니다. 게시된 버전은 변경할 수 없으므로 수정하려면 새 버전이 필요합니다.</translation>
    </message>
    <message>
        <source>shipped with KIN Desktop</source>
        <translation>KIN Desktop에 포함됨</translation>
    </message>
    <message>
        <source>published here</source>
        <translation>여기에서 게시됨</translation>
    </message>
    <message>
        <source>welcome pack</source>
        <translation>웰컴 팩</translation>
    </message>
    <message>
        <source>(current)</source>
        <translation>(현재)</translation>
    </message>
    <message>
        <source>not published</source>
        <translation>게시되지 않음</translation>
    </message>
    <message>
        <source>%1: questionnaire &apos;%2&apos; version %3, %4 section(s), %5 question(s), languages: %6.</source>
        <translation>%1: 설문지 &apos;%2&apos; 버전 %3, 섹션 %4개, 질문 %5개, 언어: %6.</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s): see Problems.</source>
        <translation>
            <numerusform>경고 %n개: [문제]를 참조하십시오.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is refused: %n error(s) to correct (see Problems), then Validate again.</source>
        <translation>
            <numerusform>%1이(가) 거부되었습니다: 수정할 오류 %n개([문제] 참조). 수정한 후 다시 검사하십시오.</numerusform>
        </translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>문제(%1)</translation>
    </message>
    <message>
        <source>Published &apos;%1&apos; version %2: the next welcome pack brings it to the delegates (Exports, Write welcome pack).</source>
        <translation>&apos;%1&apos; 버전 %2을(를) 게시했습니다. 다음 웰컴 팩으로 대표에게 전달됩니다([내보내기], [웰컴 팩 작성]).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; version %2 was already published with the same content: nothing changed.</source>
        <translation>&apos;%1&apos; 버전 %2은(는) 이미 같은 내용으로 게시되어 있어 변경된 것이 없습니다.</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>%1을(를) 작성했습니다.</translation>
    </message>
    <message>
        <source>XLSForm cannot say: %1.</source>
        <translation>XLSForm으로 표현할 수 없습니다: %1.</translation>
    </message>
    <message>
        <source>Import an XLSForm workbook</source>
        <translation>XLSForm 통합 문서 가져오기</translation>
    </message>
    <message>
        <source>XLSForm workbooks (%1);;All files (*)</source>
        <translation>XLSForm 통합 문서 (%1);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Export to XLSForm</source>
        <translation>XLSForm으로 내보내기</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 통합 문서 (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>RankingEditor</name>
    <message>
        <source>Move up</source>
        <translation>위로 이동</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>아래로 이동</translation>
    </message>
    <message>
        <source>Move the selected item up (Ctrl+Up)</source>
        <translation>선택한 항목을 위로 이동(Ctrl+Up)</translation>
    </message>
    <message>
        <source>Move the selected item down (Ctrl+Down)</source>
        <translation>선택한 항목을 아래로 이동(Ctrl+Down)</translation>
    </message>
    <message>
        <source>Tick the items to rank; most important first.</source>
        <translation>순위를 매길 항목을 체크하십시오. 가장 중요한 항목이 먼저입니다.</translation>
    </message>
    <message>
        <source>Move up: %1</source>
        <translation>위로 이동: %1</translation>
    </message>
    <message>
        <source>Move down: %1</source>
        <translation>아래로 이동: %1</translation>
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
        <translation>저장(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>실행 취소(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>다시 실행(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>기록(&amp;H)…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>저장</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>실행 취소</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>다시 실행</translation>
    </message>
    <message>
        <source>History</source>
        <translation>기록</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>저장 상태</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>문제</translation>
    </message>
    <message>
        <source>Problem with %1</source>
        <translation>%1 관련 문제</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>모든 변경 사항 저장됨</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>아직 저장되지 않음</translation>
    </message>
    <message>
        <source>Not saved: see the problems above. Your text is kept here.</source>
        <translation>저장되지 않음: 위의 문제를 확인하십시오. 입력한 내용은 여기에 남아 있습니다.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>저장되지 않음: %1</translation>
    </message>
    <message>
        <source>Saved at %1</source>
        <translation>%1에 저장됨</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>%1행: %2</translation>
    </message>
    <message>
        <source>This %1 cannot be saved yet. It stays here in the editor until you fix:
%2</source>
        <translation>이 %1은(는) 아직 저장할 수 없습니다. 다음 문제를 수정할 때까지 편집기에 남아 있습니다:
%2</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>실행 취소: %1</translation>
    </message>
    <message>
        <source>Redo: %1</source>
        <translation>다시 실행: %1</translation>
    </message>
    <message>
        <source>Edited — saving shortly</source>
        <translation>편집됨 — 곧 저장합니다</translation>
    </message>
</context>
<context>
    <name>RecordListPage</name>
    <message>
        <source>Search</source>
        <translation>검색</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>검색(&amp;S):</translation>
    </message>
    <message>
        <source>Sector filter</source>
        <translation>분야 필터</translation>
    </message>
    <message>
        <source>All sectors</source>
        <translation>모든 분야</translation>
    </message>
    <message>
        <source>Se&amp;ctor:</source>
        <translation>분야(&amp;C):</translation>
    </message>
    <message>
        <source>State filter</source>
        <translation>상태 필터</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>모든 상태</translation>
    </message>
    <message>
        <source>S&amp;tate:</source>
        <translation>상태(&amp;T):</translation>
    </message>
    <message>
        <source>Any review</source>
        <translation>모든 검토</translation>
    </message>
    <message>
        <source>Has issues</source>
        <translation>수정 필요</translation>
    </message>
    <message>
        <source>Corrected or changed since the review</source>
        <translation>검토 후 수정 또는 변경됨</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>검토 중</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>등록됨</translation>
    </message>
    <message>
        <source>Not reviewed yet</source>
        <translation>아직 검토되지 않음</translation>
    </message>
    <message>
        <source>Review filter</source>
        <translation>검토 필터</translation>
    </message>
    <message>
        <source>Re&amp;view:</source>
        <translation>검토(&amp;V):</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>새로 만들기(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>열기(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>삭제(&amp;D)</translation>
    </message>
    <message>
        <source>List state</source>
        <translation>목록 상태</translation>
    </message>
    <message>
        <source>Number of records shown</source>
        <translation>표시된 레코드 수</translation>
    </message>
    <message>
        <source>New record</source>
        <translation>새 레코드</translation>
    </message>
    <message>
        <source>Open the selected record</source>
        <translation>선택한 레코드 열기</translation>
    </message>
    <message>
        <source>Delete the selected record</source>
        <translation>선택한 레코드 삭제</translation>
    </message>
    <message>
        <source>Words in titles and texts</source>
        <translation>제목과 본문의 단어</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>레코드</translation>
    </message>
    <message>
        <source>Nothing matches the search and filters.</source>
        <translation>검색 및 필터와 일치하는 항목이 없습니다.</translation>
    </message>
</context>
<context>
    <name>RecordsReviewTab</name>
    <message>
        <source>Words in titles, texts, cities</source>
        <translation>제목, 본문, 도시의 단어</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>검색</translation>
    </message>
    <message>
        <source>Searc&amp;h:</source>
        <translation>검색(&amp;H):</translation>
    </message>
    <message>
        <source>Country filter</source>
        <translation>국가 필터</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>모든 국가</translation>
    </message>
    <message>
        <source>Sector filter</source>
        <translation>분야 필터</translation>
    </message>
    <message>
        <source>All sectors</source>
        <translation>모든 분야</translation>
    </message>
    <message>
        <source>Review state filter</source>
        <translation>검토 상태 필터</translation>
    </message>
    <message>
        <source>Any review state</source>
        <translation>모든 검토 상태</translation>
    </message>
    <message>
        <source>Participant category filter</source>
        <translation>참가자 구분 필터</translation>
    </message>
    <message>
        <source>All participants</source>
        <translation>모든 참가자</translation>
    </message>
    <message>
        <source>Project type filter</source>
        <translation>사업 유형 필터</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>모든 유형</translation>
    </message>
    <message>
        <source>Commitments to review</source>
        <translation>검토할 약속</translation>
    </message>
    <message>
        <source>Practices to review</source>
        <translation>검토할 사례</translation>
    </message>
    <message>
        <source>Number of records shown</source>
        <translation>표시된 레코드 수</translation>
    </message>
    <message>
        <source>No commitments yet: they arrive in delegates&apos; bundles (Inbox).</source>
        <translation>아직 약속이 없습니다. 약속은 대표의 번들로 도착합니다(수신함).</translation>
    </message>
    <message>
        <source>No practices yet: they arrive in delegates&apos; bundles (Inbox).</source>
        <translation>아직 사례가 없습니다. 사례는 대표의 번들로 도착합니다(수신함).</translation>
    </message>
    <message>
        <source>Nothing matches the search and filters.</source>
        <translation>검색 및 필터와 일치하는 항목이 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>레코드 %Ln개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln record(s)</source>
        <translation>
            <numerusform>레코드 %Ln개 중 %1개</numerusform>
        </translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>저장 중…</translation>
    </message>
    <message>
        <source>Saved. The delegate sees it in the next receipt.</source>
        <translation>저장했습니다. 대표는 다음 수령증에서 확인합니다.</translation>
    </message>
</context>
<context>
    <name>RecordsSection</name>
    <message>
        <source>&amp;Back to the list</source>
        <translation>목록으로 돌아가기(&amp;B)</translation>
    </message>
    <message>
        <source>Save and return to the list (Alt+Left)</source>
        <translation>저장하고 목록으로 돌아가기(Alt+Left)</translation>
    </message>
    <message>
        <source>&amp;Print form…</source>
        <translation>양식 인쇄(&amp;P)…</translation>
    </message>
    <message>
        <source>Save, then preview and print the form for the mayor&apos;s signature (Ctrl+P)</source>
        <translation>저장한 후 시장 서명용 양식을 미리 보고 인쇄(Ctrl+P)</translation>
    </message>
    <message>
        <source>Correct the problems shown before printing: the form prints what is saved.</source>
        <translation>인쇄하기 전에 표시된 문제를 수정하십시오. 양식에는 저장된 내용이 인쇄됩니다.</translation>
    </message>
    <message>
        <source>This record cannot be saved yet: correct the problems shown, or undo them.</source>
        <translation>이 레코드는 아직 저장할 수 없습니다. 표시된 문제를 수정하거나 변경을 취소하십시오.</translation>
    </message>
</context>
<context>
    <name>RepeatGroupWidget</name>
    <message>
        <source>Between %1 and %2 entries.</source>
        <translation>%1~%2개 항목.</translation>
    </message>
    <message numerus="yes">
        <source>At most %Ln entries.</source>
        <translation>
            <numerusform>최대 %Ln개 항목.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At least %Ln entries.</source>
        <translation>
            <numerusform>최소 %Ln개 항목.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Add %1</source>
        <translation>%1 추가(&amp;A)</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1 추가</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Co&amp;mmitments</source>
        <translation>약속(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Practices</source>
        <translation>사례(&amp;P)</translation>
    </message>
    <message>
        <source>C&amp;ities</source>
        <translation>도시(&amp;I)</translation>
    </message>
    <message>
        <source>Co&amp;nflicts</source>
        <translation>충돌(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Save review</source>
        <translation>검토 저장(&amp;S)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>검색</translation>
    </message>
    <message>
        <source>P&amp;rint forms…</source>
        <translation>양식 인쇄(&amp;R)…</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>새로 고침(&amp;F)</translation>
    </message>
    <message>
        <source>Print the forms of the selected commitments</source>
        <translation>선택한 약속의 양식 인쇄</translation>
    </message>
    <message>
        <source>Print the forms of the selected commitments (Ctrl+P)</source>
        <translation>선택한 약속의 양식 인쇄(Ctrl+P)</translation>
    </message>
    <message>
        <source>C&amp;heck a signed form…</source>
        <translation>서명된 양식 확인(&amp;H)…</translation>
    </message>
    <message>
        <source>Type or scan the text of a signed commitment form&apos;s QR code: is it the current version?</source>
        <translation>서명된 약속 양식의 QR 코드 텍스트를 입력하거나 스캔하여 현재 버전인지 확인합니다</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>메시지</translation>
    </message>
    <message>
        <source>The signed form matches the current version.</source>
        <translation>서명된 양식이 현재 버전과 일치합니다.</translation>
    </message>
    <message>
        <source>The signed form does not match the data: %1</source>
        <translation>서명된 양식이 데이터와 일치하지 않습니다: %1</translation>
    </message>
    <message>
        <source>Select the commitments whose forms you want to print.</source>
        <translation>양식을 인쇄할 약속을 선택하십시오.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln form(s) saved to %1</source>
        <translation>
            <numerusform>양식 %Ln부를 %1에 저장했습니다</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%Ln page(s)).</source>
        <translation>
            <numerusform>(%Ln페이지).</numerusform>
        </translation>
    </message>
    <message>
        <source>Commitment forms</source>
        <translation>약속 양식</translation>
    </message>
    <message numerus="yes">
        <source>Printing %Ln form(s)…</source>
        <translation>
            <numerusform>양식 %Ln부 인쇄 중…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <source>(was empty)</source>
        <translation>(이전에는 비어 있음)</translation>
    </message>
    <message>
        <source>Where the record stands</source>
        <translation>레코드 현황</translation>
    </message>
    <message>
        <source>The secretariat&apos;s comment</source>
        <translation>사무국 의견</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · not reviewed by the secretariat yet</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · 아직 사무국이 검토하지 않음</translation>
    </message>
    <message>
        <source>Secretariat&apos;s review: %1 (%2) · %3</source>
        <translation>사무국 검토: %1(%2) · %3</translation>
    </message>
    <message>
        <source>Changed since this review: the secretariat sees the change after your next export.</source>
        <translation>이 검토 이후 변경됨: 다음 내보내기 후 사무국이 변경 사항을 확인합니다.</translation>
    </message>
    <message>
        <source>Correct what the comment asks, then export from the Outbox: the secretariat sees the correction.</source>
        <translation>의견에서 요청한 사항을 수정한 후 발신함에서 내보내십시오. 사무국이 수정 사항을 확인합니다.</translation>
    </message>
    <message>
        <source>Corrected and sent: the secretariat will review it again.</source>
        <translation>수정하여 보냄: 사무국이 다시 검토합니다.</translation>
    </message>
    <message>
        <source>Corrected here: export from the Outbox to send the correction.</source>
        <translation>여기에서 수정됨: 발신함에서 내보내 수정 사항을 보내십시오.</translation>
    </message>
    <message>
        <source>Review state</source>
        <translation>검토 상태</translation>
    </message>
    <message>
        <source>Re&amp;cognised as an example to follow</source>
        <translation>모범 사례로 인정(&amp;C)</translation>
    </message>
    <message>
        <source>Only a registered record can be recognised</source>
        <translation>등록된 레코드만 인정할 수 있습니다</translation>
    </message>
    <message>
        <source>Comment for the delegate</source>
        <translation>대표에게 보내는 의견</translation>
    </message>
    <message>
        <source>What the delegate should know; it goes in the next receipt.</source>
        <translation>대표가 알아야 할 사항. 다음 수령증에 포함됩니다.</translation>
    </message>
    <message>
        <source>&amp;Save review</source>
        <translation>검토 저장(&amp;S)</translation>
    </message>
    <message>
        <source>Save the review state and comment (Ctrl+S)</source>
        <translation>검토 상태와 의견 저장(Ctrl+S)</translation>
    </message>
    <message>
        <source>Review status</source>
        <translation>검토 상황</translation>
    </message>
    <message>
        <source>Review s&amp;tate:</source>
        <translation>검토 상태(&amp;T):</translation>
    </message>
    <message>
        <source>Co&amp;mment:</source>
        <translation>의견(&amp;M):</translation>
    </message>
    <message>
        <source>Review history</source>
        <translation>검토 기록</translation>
    </message>
    <message>
        <source>History of the review</source>
        <translation>검토 기록</translation>
    </message>
    <message>
        <source>Changes and signed form</source>
        <translation>변경 사항 및 서명된 양식</translation>
    </message>
    <message>
        <source>The whole record</source>
        <translation>레코드 전체</translation>
    </message>
    <message>
        <source>Loading the record…</source>
        <translation>레코드 불러오는 중…</translation>
    </message>
    <message>
        <source>Select a record to review it.</source>
        <translation>검토할 레코드를 선택하십시오.</translation>
    </message>
    <message>
        <source>two versions in conflict: see Conflicts</source>
        <translation>두 버전이 충돌함: [충돌] 참조</translation>
    </message>
    <message numerus="yes">
        <source>Corrected since the review: %Ln change(s), marked below.</source>
        <translation>
            <numerusform>검토 후 수정됨: 변경 사항 %Ln건, 아래에 표시.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Changed since the review: %Ln change(s), marked below.</source>
        <translation>
            <numerusform>검토 후 변경됨: 변경 사항 %Ln건, 아래에 표시.</numerusform>
        </translation>
    </message>
    <message>
        <source>Signed form: verified for this version on %1.</source>
        <translation>서명된 양식: %1에 이 버전으로 확인됨.</translation>
    </message>
    <message>
        <source>Signed form: the last one checked (%1) is for an earlier version.</source>
        <translation>서명된 양식: 마지막으로 확인한 양식(%1)은 이전 버전입니다.</translation>
    </message>
    <message>
        <source>Signed form: none checked yet for this version (Check a signed form…).</source>
        <translation>서명된 양식: 이 버전으로 확인된 양식이 아직 없습니다(서명된 양식 확인…).</translation>
    </message>
    <message>
        <source>The commitment</source>
        <translation>약속</translation>
    </message>
    <message>
        <source>Targets and indicators</source>
        <translation>목표 및 지표</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>협력 기관</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>일정</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>예산</translation>
    </message>
    <message>
        <source>Experience to share</source>
        <translation>공유할 경험</translation>
    </message>
    <message>
        <source>Signatory</source>
        <translation>서명자</translation>
    </message>
    <message>
        <source>The practice</source>
        <translation>사례</translation>
    </message>
    <message>
        <source>Benefits</source>
        <translation>편익</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>비용</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>예</translation>
    </message>
    <message>
        <source>No</source>
        <translation>아니요</translation>
    </message>
    <message>
        <source>Version of %1, revision %2</source>
        <translation>%1 버전, 개정 %2</translation>
    </message>
</context>
<context>
    <name>SectionListModel</name>
    <message>
        <source>Section</source>
        <translation>섹션</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>Does not apply, given your other answers.</source>
        <translation>다른 답변에 따라 해당하지 않습니다.</translation>
    </message>
    <message>
        <source>%1 of %2 required answers given.</source>
        <translation>필수 답변 %2개 중 %1개 입력됨.</translation>
    </message>
    <message>
        <source>No required questions; %1 of %2 answered.</source>
        <translation>필수 질문 없음. %2개 중 %1개 답변함.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln answer(s) need correcting.</source>
        <translation>
            <numerusform>답변 %Ln개를 수정해야 합니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Complete.</source>
        <translation>완료.</translation>
    </message>
</context>
<context>
    <name>SectionWidget</name>
    <message>
        <source>This section does not apply, given your other answers.</source>
        <translation>다른 답변에 따라 이 섹션은 해당하지 않습니다.</translation>
    </message>
</context>
<context>
    <name>SendPanel</name>
    <message>
        <source>&amp;Send and receive</source>
        <translation>보내기 및 받기(&amp;S)</translation>
    </message>
    <message>
        <source>Send what waits to the secretariat&apos;s inbox and fetch receipts and updates (F9)</source>
        <translation>대기 중인 내용을 사무국 수신함으로 보내고 수령증과 업데이트를 받습니다(F9)</translation>
    </message>
    <message>
        <source>Save the bundle to a &amp;file…</source>
        <translation>번들을 파일로 저장(&amp;F)…</translation>
    </message>
    <message>
        <source>No link? Save the same bundle for a USB stick or an e-mail</source>
        <translation>연결이 없습니까? 같은 번들을 USB 메모리나 이메일용으로 저장하십시오</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>중지</translation>
    </message>
    <message>
        <source>Sending progress</source>
        <translation>보내기 진행 상황</translation>
    </message>
    <message>
        <source>Import the secretariat&apos;s welcome pack first</source>
        <translation>먼저 사무국의 웰컴 팩을 가져오십시오</translation>
    </message>
    <message>
        <source>The secretariat&apos;s welcome pack names no inbox to send to: save the bundle to a file (Export bundle) and give it to the secretariat</source>
        <translation>사무국의 웰컴 팩에 보낼 수신함이 지정되어 있지 않습니다. 번들을 파일로 저장하여(번들 내보내기) 사무국에 전달하십시오</translation>
    </message>
    <message>
        <source>Send what waits to %1 and fetch receipts and updates (F9)</source>
        <translation>대기 중인 내용을 %1(으)로 보내고 수령증과 업데이트를 받습니다(F9)</translation>
    </message>
    <message>
        <source>%1 waits to be sent; Send resumes where the last attempt stopped.</source>
        <translation>%1이(가) 전송 대기 중입니다. [보내기]를 누르면 마지막 시도가 중단된 곳부터 다시 시작합니다.</translation>
    </message>
    <message>
        <source>Connecting to the inbox…</source>
        <translation>수신함에 연결 중…</translation>
    </message>
    <message>
        <source>Preparing the bundle</source>
        <translation>번들 준비 중</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>보내는 중</translation>
    </message>
    <message>
        <source>Receiving</source>
        <translation>받는 중</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>처리 중</translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1: %3 중 %2</translation>
    </message>
    <message numerus="yes">
        <source>about %n hour(s) left</source>
        <translation>
            <numerusform>약 %n시간 남음</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s) left</source>
        <translation>
            <numerusform>약 %n분 남음</numerusform>
        </translation>
    </message>
    <message>
        <source>less than a minute left</source>
        <translation>1분 미만 남음</translation>
    </message>
    <message>
        <source>about a minute left</source>
        <translation>약 1분 남음</translation>
    </message>
    <message>
        <source>Stopping; what the inbox has is kept…</source>
        <translation>중지하는 중. 수신함이 받은 내용은 보존됩니다…</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n bundle(s)</source>
        <translation>
            <numerusform>번들 %n개를 보냈습니다</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Took in %n file(s) from the secretariat.</source>
        <translation>
            <numerusform>사무국에서 보낸 파일 %n개를 가져왔습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The inbox refused %n bundle(s): %1</source>
        <translation>
            <numerusform>수신함이 번들 %n개를 거부했습니다: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>This computer does not trust the inbox&apos;s certificate; nothing more was sent.</source>
        <translation>이 컴퓨터가 수신함의 인증서를 신뢰하지 않아 더 이상 보내지 않았습니다.</translation>
    </message>
    <message>
        <source>No link to the inbox. What it has is kept, and Send resumes from there.</source>
        <translation>수신함에 연결할 수 없습니다. 수신함이 받은 내용은 보존되며, [보내기]를 누르면 그 지점부터 다시 시작합니다.</translation>
    </message>
    <message numerus="yes">
        <source>Trying again in %n minute(s), or save the bundle to a file.</source>
        <translation>
            <numerusform>%n분 후에 다시 시도합니다. 또는 번들을 파일로 저장하십시오.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped. What the inbox has is kept; Send resumes from there.</source>
        <translation>중지되었습니다. 수신함이 받은 내용은 보존되며, [보내기]를 누르면 그 지점부터 다시 시작합니다.</translation>
    </message>
    <message>
        <source>Nothing to send, and nothing new from the secretariat.</source>
        <translation>보낼 것이 없으며 사무국에서 온 새 내용도 없습니다.</translation>
    </message>
    <message>
        <source>Nothing waits to be sent.</source>
        <translation>보낼 대기 항목이 없습니다.</translation>
    </message>
    <message>
        <source>The file could not be saved: %1</source>
        <translation>파일을 저장하지 못했습니다: %1</translation>
    </message>
    <message>
        <source>Saved %1. Give this file to the secretariat; if the inbox gets it too, it is taken in once.</source>
        <translation>%1을(를) 저장했습니다. 이 파일을 사무국에 전달하십시오. 수신함에도 도착하더라도 한 번만 가져옵니다.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>인터페이스 언어(&amp;L):</translation>
    </message>
    <message>
        <source>The window changes language at once; what you have typed is kept, as everything is saved as it is typed. The questionnaire&apos;s own language can be chosen on its page.</source>
        <translation>창의 언어가 즉시 바뀝니다. 모든 내용은 입력하는 대로 저장되므로 입력한 내용은 유지됩니다. 설문지 자체의 언어는 설문지 페이지에서 선택할 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Mayor or top representative of a local government</source>
        <translation>지방정부의 시장 또는 최고 대표</translation>
    </message>
    <message>
        <source>Expert of a local government</source>
        <translation>지방정부의 전문가</translation>
    </message>
    <message>
        <source>Representative of a national government</source>
        <translation>중앙정부 대표</translation>
    </message>
    <message>
        <source>Representative of an international organisation</source>
        <translation>국제기구 대표</translation>
    </message>
    <message>
        <source>Other (media, university, general public)</source>
        <translation>기타(언론, 대학, 일반 시민)</translation>
    </message>
    <message>
        <source>Welcome pack</source>
        <translation>웰컴 팩</translation>
    </message>
    <message>
        <source>Welcome packs (*.kinw)</source>
        <translation>웰컴 팩 (*.kinw)</translation>
    </message>
    <message>
        <source>Not taken in: %1</source>
        <translation>가져오지 않음: %1</translation>
    </message>
    <message>
        <source>Set up KIN Desktop</source>
        <translation>KIN Desktop 설정</translation>
    </message>
</context>
<context>
    <name>YesNoEditor</name>
    <message>
        <source>Yes</source>
        <translation>예</translation>
    </message>
    <message>
        <source>No</source>
        <translation>아니요</translation>
    </message>
</context>
<context>
    <name>_ClearButton</name>
    <message>
        <source>Clear answer</source>
        <translation>답변 지우기</translation>
    </message>
</context>
<context>
    <name>_DonePage</name>
    <message>
        <source>Ready</source>
        <translation>준비됨</translation>
    </message>
    <message>
        <source>Your profile is ready. Your key fingerprint is:

%1

Read it to the secretariat when they ask to confirm your enrolment.</source>
        <translation>프로필이 준비되었습니다. 키 지문은 다음과 같습니다:

%1

사무국이 등록 확인을 요청하면 이 지문을 읽어 주십시오.</translation>
    </message>
    <message>
        <source>The secretariat&apos;s welcome pack is in: you can export bundles for them.</source>
        <translation>사무국의 웰컴 팩을 가져왔습니다. 사무국에 보낼 번들을 내보낼 수 있습니다.</translation>
    </message>
    <message>
        <source>When the secretariat&apos;s welcome pack arrives, import it from the Outbox; it brings the secretariat&apos;s key, so that what you export can only be read by them.</source>
        <translation>사무국의 웰컴 팩이 도착하면 발신함에서 가져오십시오. 웰컴 팩에는 사무국의 키가 들어 있어, 내보낸 내용은 사무국만 읽을 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>_KeyPage</name>
    <message>
        <source>Your signing key</source>
        <translation>서명 키</translation>
    </message>
    <message>
        <source>It proves that what you send comes from you.</source>
        <translation>보내는 내용이 본인에게서 온 것임을 증명합니다.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>암호 문구</translation>
    </message>
    <message>
        <source>at least 8 characters</source>
        <translation>8자 이상</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>암호 문구 다시 입력</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>암호 문구(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>다시 입력(&amp;R):</translation>
    </message>
    <message>
        <source>KIN Desktop signs everything you send with a key that proves it comes from you. This computer has no system keyring to keep that key safe, so it is kept in a file locked with a passphrase. Choose one you will remember: it cannot be recovered.</source>
        <translation>KIN Desktop은 보내는 모든 내용에 본인이 보낸 것임을 증명하는 키로 서명합니다. 이 컴퓨터에는 키를 안전하게 보관할 시스템 키링이 없으므로 키는 암호 문구로 잠긴 파일에 보관됩니다. 기억할 수 있는 암호 문구를 선택하십시오. 복구할 수 없습니다.</translation>
    </message>
    <message>
        <source>KIN Desktop signs everything you send with a key that proves it comes from you. The key will be kept in this computer&apos;s system keyring; no passphrase is needed.</source>
        <translation>KIN Desktop은 보내는 모든 내용에 본인이 보낸 것임을 증명하는 키로 서명합니다. 키는 이 컴퓨터의 시스템 키링에 보관되므로 암호 문구가 필요하지 않습니다.</translation>
    </message>
</context>
<context>
    <name>_ProfilePage</name>
    <message>
        <source>About you</source>
        <translation>사용자 정보</translation>
    </message>
    <message>
        <source>e.g. Khon Kaen</source>
        <translation>예: Khon Kaen</translation>
    </message>
    <message>
        <source>Your city&apos;s name in Latin letters, as it should appear in file names and on printed forms. Filled in from the name above as a first guess: correct it if it is wrong.</source>
        <translation>파일 이름과 인쇄된 양식에 표시될 도시 이름(로마자)입니다. 위의 이름을 바탕으로 미리 채워 두었으니 틀린 경우 수정하십시오.</translation>
    </message>
    <message>
        <source>name@city.gov</source>
        <translation>name@city.gov</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>이름(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation>도시(&amp;C):</translation>
    </message>
    <message>
        <source>City in &amp;Latin letters:</source>
        <translation>도시 로마자 표기(&amp;L):</translation>
    </message>
    <message>
        <source>Countr&amp;y:</source>
        <translation>국가(&amp;Y):</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>소속 기관(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Participant category:</source>
        <translation>참가자 구분(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>이메일(&amp;E):</translation>
    </message>
    <message>
        <source>Your delegation as it will appear to the secretariat.</source>
        <translation>사무국에 표시될 대표단 정보입니다.</translation>
    </message>
    <message>
        <source>The secretariat as delegates will see it in welcome packs and receipts.</source>
        <translation>웰컴 팩과 수령증에서 대표에게 표시될 사무국 정보입니다.</translation>
    </message>
</context>
<context>
    <name>_RadioEditor</name>
    <message>
        <source>Clear the answer to: %1</source>
        <translation>답변 지우기: %1</translation>
    </message>
</context>
<context>
    <name>_RolePage</name>
    <message>
        <source>Welcome to KIN Desktop</source>
        <translation>KIN Desktop에 오신 것을 환영합니다</translation>
    </message>
    <message>
        <source>Set up this computer for the Fourth Meeting of the Kitakyushu Initiative Network. Everything stays on this computer until you export it.</source>
        <translation>제4차 기타큐슈 이니셔티브 네트워크 회의를 위해 이 컴퓨터를 설정합니다. 내보내기 전까지 모든 내용은 이 컴퓨터에만 저장됩니다.</translation>
    </message>
    <message>
        <source>&amp;City delegation: answer the questionnaire, record practices, draft commitments</source>
        <translation>도시 대표단(&amp;C): 설문지 답변, 사례 기록, 약속 작성</translation>
    </message>
    <message>
        <source>Network &amp;Secretariat: merge, review and follow up what cities send</source>
        <translation>네트워크 사무국(&amp;S): 도시가 보낸 내용의 병합, 검토 및 후속 조치</translation>
    </message>
</context>
<context>
    <name>_WelcomePackPage</name>
    <message>
        <source>The secretariat&apos;s welcome pack</source>
        <translation>사무국의 웰컴 팩</translation>
    </message>
    <message>
        <source>It brings the questionnaire and the secretariat&apos;s key. You can also do this later, from the Outbox.</source>
        <translation>설문지와 사무국의 키가 들어 있습니다. 나중에 발신함에서 가져올 수도 있습니다.</translation>
    </message>
    <message>
        <source>&amp;Choose the welcome pack file…</source>
        <translation>웰컴 팩 파일 선택(&amp;C)…</translation>
    </message>
    <message>
        <source>The fingerprint &amp;matches the one in my invitation letter</source>
        <translation>지문이 초청장의 지문과 일치합니다(&amp;M)</translation>
    </message>
    <message>
        <source>This file is not a welcome pack that can be read: %1</source>
        <translation>이 파일은 읽을 수 있는 웰컴 팩이 아닙니다: %1</translation>
    </message>
    <message>
        <source>Signed by the key with this fingerprint:

%1

Compare every group with your invitation letter.</source>
        <translation>다음 지문의 키로 서명되었습니다:

%1

모든 그룹을 초청장과 비교하십시오.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>This profile was saved by a newer version of KIN Desktop. Install the newer version to open it; nothing has been changed.</source>
        <translation>이 프로필은 더 새로운 버전의 KIN Desktop에서 저장되었습니다. 열려면 새 버전을 설치하십시오. 변경된 내용은 없습니다.</translation>
    </message>
    <message>
        <source>The profile&apos;s database is damaged or is not a KIN Desktop database. Nothing has been changed.</source>
        <translation>프로필의 데이터베이스가 손상되었거나 KIN Desktop 데이터베이스가 아닙니다. 변경된 내용은 없습니다.</translation>
    </message>
    <message>
        <source>There is no profile here yet. Create one to start.</source>
        <translation>아직 이곳에 프로필이 없습니다. 시작하려면 프로필을 만드십시오.</translation>
    </message>
    <message>
        <source>The passphrase is not right. Try again.</source>
        <translation>암호 문구가 올바르지 않습니다. 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>The key store could not be opened: %1</source>
        <translation>키 저장소를 열지 못했습니다: %1</translation>
    </message>
    <message>
        <source>Something went wrong: %1</source>
        <translation>문제가 발생했습니다: %1</translation>
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
        <translation>파일 첨부</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>모든 파일 (*)</translation>
    </message>
    <message>
        <source>—</source>
        <comment>no due year</comment>
        <translation>—</translation>
    </message>
    <message>
        <source>Solid waste</source>
        <translation>고형 폐기물</translation>
    </message>
    <message>
        <source>Wastewater and sanitation</source>
        <translation>하수 및 위생</translation>
    </message>
    <message>
        <source>Water supply</source>
        <translation>상수도</translation>
    </message>
    <message>
        <source>Air quality</source>
        <translation>대기질</translation>
    </message>
    <message>
        <source>Urban transport</source>
        <translation>도시 교통</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>에너지</translation>
    </message>
    <message>
        <source>Green space</source>
        <translation>녹지</translation>
    </message>
    <message>
        <source>Industrial pollution</source>
        <translation>산업 오염</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>sector</comment>
        <translation>기타</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>초안</translation>
    </message>
    <message>
        <source>Ready to send</source>
        <translation>보낼 준비 됨</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>보냄</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>확인됨</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>등록됨</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>접수됨</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>검토 중</translation>
    </message>
    <message>
        <source>Has issues</source>
        <translation>수정 필요</translation>
    </message>
    <message>
        <source>corrected</source>
        <translation>수정됨</translation>
    </message>
    <message>
        <source>changed since</source>
        <translation>이후 변경됨</translation>
    </message>
    <message>
        <source>Signed form out of date</source>
        <translation>서명된 양식이 최신이 아님</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>인쇄됨</translation>
    </message>
    <message>
        <source>Demonstration</source>
        <translation>시범 사업</translation>
    </message>
    <message>
        <source>Expanded</source>
        <translation>확대 사업</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>요약</translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation>분야</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>문제</translation>
    </message>
    <message>
        <source>Approach</source>
        <translation>접근 방식</translation>
    </message>
    <message>
        <source>Environmental benefits</source>
        <translation>환경적 편익</translation>
    </message>
    <message>
        <source>Social benefits</source>
        <translation>사회적 편익</translation>
    </message>
    <message>
        <source>Economic benefits</source>
        <translation>경제적 편익</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>비용</translation>
    </message>
    <message>
        <source>Cost currency</source>
        <translation>비용 통화</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>협력 기관</translation>
    </message>
    <message>
        <source>Replicability</source>
        <translation>다른 도시 적용 가능성</translation>
    </message>
    <message>
        <source>Start year</source>
        <translation>시작 연도</translation>
    </message>
    <message>
        <source>Win-win</source>
        <translation>상생</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Project type</source>
        <translation>사업 유형</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>목적</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>설명</translation>
    </message>
    <message>
        <source>Targets and indicators</source>
        <translation>목표 및 지표</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>시작일</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>종료일</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>이정표</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>예산</translation>
    </message>
    <message>
        <source>Budget currency</source>
        <translation>예산 통화</translation>
    </message>
    <message>
        <source>Funding source</source>
        <translation>재원</translation>
    </message>
    <message>
        <source>Experience to share</source>
        <translation>공유할 경험</translation>
    </message>
    <message>
        <source>Signatory name</source>
        <translation>서명자 이름</translation>
    </message>
    <message>
        <source>Signatory title</source>
        <translation>서명자 직위</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>삭제됨</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>지표</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>기준값</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>목표</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>단위</translation>
    </message>
    <message>
        <source>Due year</source>
        <translation>달성 연도</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>협력 기관</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>예</translation>
    </message>
    <message>
        <source>No</source>
        <translation>아니요</translation>
    </message>
    <message>
        <source>%1, row %2</source>
        <translation>%1, %2행</translation>
    </message>
    <message>
        <source>%1, row %2: %3</source>
        <translation>%1, %2행: %3</translation>
    </message>
    <message>
        <source>The project must end by 31 December %1, when the follow-up of commitments ends. Choose an earlier end date.</source>
        <translation>약속의 후속 조치가 %1년 12월 31일에 끝나므로 사업은 그때까지 종료되어야 합니다. 더 이른 종료일을 선택하십시오.</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>종료일이 시작일보다 이전입니다.</translation>
    </message>
    <message>
        <source>Each target needs a description.</source>
        <translation>각 목표에는 설명이 필요합니다.</translation>
    </message>
    <message>
        <source>Each milestone needs a date and a description.</source>
        <translation>각 이정표에는 날짜와 설명이 필요합니다.</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>이 항목은 필수입니다.</translation>
    </message>
    <message>
        <source>Enter a date as YYYY-MM-DD, for example 2009-06-30.</source>
        <translation>날짜를 YYYY-MM-DD 형식으로 입력하십시오(예: 2009-06-30).</translation>
    </message>
    <message>
        <source>Enter a number, for example 250000 or 1250.50.</source>
        <translation>숫자를 입력하십시오(예: 250000 또는 1250.50).</translation>
    </message>
    <message>
        <source>This text is too long.</source>
        <translation>텍스트가 너무 깁니다.</translation>
    </message>
    <message>
        <source>The due year must be between 2006 and %1.</source>
        <translation>달성 연도는 2006년에서 %1년 사이여야 합니다.</translation>
    </message>
    <message>
        <source>Enter a year between 1950 and 2100.</source>
        <translation>1950년에서 2100년 사이의 연도를 입력하십시오.</translation>
    </message>
    <message>
        <source>This value is out of range.</source>
        <translation>이 값은 범위를 벗어났습니다.</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>양식</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>City</source>
        <translation>도시</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>시작 연도</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>검토</translation>
    </message>
    <message>
        <source>Last saved</source>
        <translation>최종 저장</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>유형</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>시작</translation>
    </message>
    <message>
        <source>End</source>
        <translation>종료</translation>
    </message>
    <message>
        <source>Due year (≤ 2010)</source>
        <translation>달성 연도(2010년 이하)</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>저장 일시</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(삭제됨)</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>작성 위치</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>이 기기</translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation>확인됨</translation>
    </message>
    <message>
        <source>Form printed</source>
        <translation>양식 인쇄됨</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>개정판</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>항목</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>변경 전</translation>
    </message>
    <message>
        <source>After</source>
        <translation>변경 후</translation>
    </message>
    <message>
        <source>File</source>
        <translation>파일</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>크기</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 편집</translation>
    </message>
    <message>
        <source>Add a row to %1</source>
        <translation>%1에 행 추가</translation>
    </message>
    <message>
        <source>Remove a row from %1</source>
        <translation>%1에서 행 제거</translation>
    </message>
</context>
<context>
    <name>secretariat</name>
    <message>
        <source>Practice</source>
        <translation>사례</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>약속</translation>
    </message>
    <message>
        <source>Questionnaire response</source>
        <translation>설문지 응답</translation>
    </message>
    <message>
        <source>Progress report</source>
        <translation>진행 보고서</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>첨부 파일</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>예</translation>
    </message>
    <message>
        <source>No</source>
        <translation>아니요</translation>
    </message>
    <message>
        <source>%1 (differs)</source>
        <translation>%1(다름)</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>항목</translation>
    </message>
    <message>
        <source>Left: newest (shown now)</source>
        <translation>왼쪽: 최신(현재 표시)</translation>
    </message>
    <message>
        <source>Right: the other device</source>
        <translation>오른쪽: 다른 기기</translation>
    </message>
    <message>
        <source>Resolve the conflict</source>
        <translation>충돌 해결</translation>
    </message>
    <message>
        <source>the left (newest) version</source>
        <translation>왼쪽(최신) 버전</translation>
    </message>
    <message>
        <source>the right version</source>
        <translation>오른쪽 버전</translation>
    </message>
    <message>
        <source>Keep %1 of “%2”?

The other version&apos;s %3 will be replaced. Both stay in the history.</source>
        <translation>“%2”의 %1을(를) 유지하시겠습니까?

다른 버전의 %3은(는) 대체됩니다. 두 버전 모두 기록에 남습니다.</translation>
    </message>
    <message>
        <source>Mayor</source>
        <translation>시장</translation>
    </message>
    <message>
        <source>City expert</source>
        <translation>도시 전문가</translation>
    </message>
    <message>
        <source>National government</source>
        <translation>중앙정부</translation>
    </message>
    <message>
        <source>International organisation</source>
        <translation>국제기구</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>participant category</comment>
        <translation>기타</translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation>승인 대기</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>승인됨</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>폐기됨</translation>
    </message>
    <message>
        <source>Revoke the key of %1</source>
        <translation>%1의 키 폐기</translation>
    </message>
    <message>
        <source>Revoke the key %1 (%2)?

Bundles it signs from now on, and those held for it, will be refused. What it sent before stays. This cannot be undone: the delegate will need a new key.</source>
        <translation>키 %1(%2)을(를) 폐기하시겠습니까?

앞으로 이 키로 서명된 번들과 이 키를 위해 보류 중인 번들은 거부됩니다. 이전에 보낸 내용은 유지됩니다. 이 작업은 되돌릴 수 없으며, 대표에게 새 키가 필요합니다.</translation>
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation>폐기(&amp;R)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>지문</translation>
    </message>
    <message>
        <source>City</source>
        <translation>도시</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>국가</translation>
    </message>
    <message>
        <source>Delegate</source>
        <translation>대표</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>구분</translation>
    </message>
    <message>
        <source>Held bundles</source>
        <translation>보류 중인 번들</translation>
    </message>
    <message>
        <source>Choose a folder for the receipt</source>
        <translation>수령증을 저장할 폴더 선택</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>병합됨</translation>
    </message>
    <message>
        <source>Already received</source>
        <translation>이미 받음</translation>
    </message>
    <message>
        <source>Held for enrolment</source>
        <translation>등록 대기로 보류</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>거부됨</translation>
    </message>
    <message>
        <source>Quarantined</source>
        <translation>격리됨</translation>
    </message>
    <message>
        <source>Failed, kept for inspection</source>
        <translation>실패, 점검용으로 보관</translation>
    </message>
    <message>
        <source>The file is damaged or was altered after it was signed; ask the delegate to export again.</source>
        <translation>파일이 손상되었거나 서명 후 변경되었습니다. 대표에게 다시 내보내도록 요청하십시오.</translation>
    </message>
    <message>
        <source>The sender&apos;s key is not enrolled yet: compare its fingerprint with the delegate (Delegates page), then approve it; the bundle then merges.</source>
        <translation>보낸 사람의 키가 아직 등록되지 않았습니다. 대표와 지문을 비교한 후([대표] 페이지) 승인하십시오. 승인하면 번들이 병합됩니다.</translation>
    </message>
    <message>
        <source>The sender&apos;s key has been revoked; nothing was taken in.</source>
        <translation>보낸 사람의 키가 폐기되었습니다. 아무것도 가져오지 않았습니다.</translation>
    </message>
    <message>
        <source>A change already received comes again with other content (altered, or a faulty program): the file was set aside as evidence, nothing in it was taken in.</source>
        <translation>이미 받은 변경 사항이 다른 내용으로 다시 도착했습니다(변조되었거나 프로그램 오류). 파일은 증거로 따로 보관했으며, 그 내용은 가져오지 않았습니다.</translation>
    </message>
    <message>
        <source>Too many files are already waiting for keys nobody has enrolled; this one was not kept. Approve or revoke the waiting keys (Delegates page), then import this file again.</source>
        <translation>아무도 등록하지 않은 키를 기다리는 파일이 이미 너무 많아 이 파일은 보관하지 않았습니다. 대기 중인 키를 승인하거나 폐기한 후([대표] 페이지) 이 파일을 다시 가져오십시오.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong with this file; nothing of it was taken in and the other files went on. It was kept in the profile&apos;s quarantine folder: please report it.</source>
        <translation>이 파일에서 예기치 않은 문제가 발생했습니다. 이 파일의 내용은 가져오지 않았고 다른 파일은 계속 처리했습니다. 파일은 프로필의 격리 폴더에 보관했으니 신고해 주십시오.</translation>
    </message>
    <message>
        <source>This device sent a different bundle with the same number before; the file was set aside. Ask the delegate whether the profile was copied to another computer.</source>
        <translation>이 기기는 이전에 같은 번호로 다른 번들을 보냈습니다. 파일은 따로 보관했습니다. 프로필을 다른 컴퓨터에 복사했는지 대표에게 확인하십시오.</translation>
    </message>
    <message>
        <source>The file could not be read (missing, or no permission).</source>
        <translation>파일을 읽을 수 없습니다(파일이 없거나 권한이 없음).</translation>
    </message>
    <message>
        <source>The file is larger than KIN Desktop accepts.</source>
        <translation>파일이 KIN Desktop에서 허용하는 크기보다 큽니다.</translation>
    </message>
    <message>
        <source>This is not a KIN bundle.</source>
        <translation>KIN 번들이 아닙니다.</translation>
    </message>
    <message>
        <source>This is not a KIN file.</source>
        <translation>KIN 파일이 아닙니다.</translation>
    </message>
    <message>
        <source>This file is encrypted for someone else.</source>
        <translation>이 파일은 다른 사람용으로 암호화되어 있습니다.</translation>
    </message>
    <message>
        <source>The file was written by a newer version of KIN Desktop; update it.</source>
        <translation>이 파일은 더 새로운 버전의 KIN Desktop으로 작성되었습니다. KIN Desktop을 업데이트하십시오.</translation>
    </message>
    <message>
        <source>The bundle is encrypted for another secretariat key; the delegate needs the current welcome pack.</source>
        <translation>이 번들은 다른 사무국 키용으로 암호화되어 있습니다. 대표에게 최신 웰컴 팩이 필요합니다.</translation>
    </message>
    <message>
        <source>The bundle was made for another secretariat key; the delegate needs the current welcome pack.</source>
        <translation>이 번들은 다른 사무국 키용으로 만들어졌습니다. 대표에게 최신 웰컴 팩이 필요합니다.</translation>
    </message>
    <message>
        <source>The file is cut short (an interrupted copy?); ask for it again.</source>
        <translation>파일이 잘려 있습니다(복사가 중단되었을 수 있음). 다시 요청하십시오.</translation>
    </message>
    <message>
        <source>The bundle holds more files than allowed; it was not opened.</source>
        <translation>번들에 허용된 것보다 많은 파일이 들어 있어 열지 않았습니다.</translation>
    </message>
    <message>
        <source>The bundle expands suspiciously (a zip bomb?); it was not opened.</source>
        <translation>번들의 압축 해제 크기가 비정상적으로 커서(zip 폭탄 의심) 열지 않았습니다.</translation>
    </message>
    <message>
        <source>The bundle names files in an unsafe way; it was not opened.</source>
        <translation>번들의 파일 이름이 안전하지 않아 열지 않았습니다.</translation>
    </message>
    <message>
        <source>The bundle holds a file that bundles may not carry.</source>
        <translation>번들에 포함할 수 없는 파일이 들어 있습니다.</translation>
    </message>
    <message>
        <source>The signature does not verify: the file was altered or forged.</source>
        <translation>서명을 검증할 수 없습니다. 파일이 변경되었거나 위조되었습니다.</translation>
    </message>
    <message>
        <source>The file is signed by a key this profile does not know.</source>
        <translation>이 프로필이 알지 못하는 키로 서명된 파일입니다.</translation>
    </message>
    <message>
        <source>The file is signed by another key than the one it names.</source>
        <translation>파일에 명시된 키가 아닌 다른 키로 서명되었습니다.</translation>
    </message>
    <message>
        <source>The bundle&apos;s records are invalid; nothing was taken in.</source>
        <translation>번들의 레코드가 유효하지 않습니다. 아무것도 가져오지 않았습니다.</translation>
    </message>
    <message>
        <source>A change in the bundle was not written by its sender; nothing was taken in.</source>
        <translation>번들의 변경 사항 중 보낸 사람이 작성하지 않은 것이 있습니다. 아무것도 가져오지 않았습니다.</translation>
    </message>
    <message>
        <source>The bundle changes records its sender does not own (or review notes); nothing was taken in.</source>
        <translation>번들이 보낸 사람 소유가 아닌 레코드(또는 검토 메모)를 변경합니다. 아무것도 가져오지 않았습니다.</translation>
    </message>
    <message>
        <source>An attached file is missing from the bundle; nothing was taken in.</source>
        <translation>번들에 첨부 파일이 누락되어 있습니다. 아무것도 가져오지 않았습니다.</translation>
    </message>
    <message>
        <source>%1 and %2 more gaps</source>
        <translation>%1 외 누락 구간 %2곳</translation>
    </message>
    <message>
        <source>Not arrived yet from this device: bundle %1.</source>
        <translation>이 기기에서 아직 도착하지 않은 번들: %1.</translation>
    </message>
    <message>
        <source>Changes dated more than a day ahead of this computer&apos;s clock: %1, the latest on %2. The sender&apos;s clock is probably wrong; they were kept as signed and this computer&apos;s clock was not moved.</source>
        <translation>이 컴퓨터 시계보다 하루 넘게 앞선 날짜의 변경: %1건, 가장 늦은 날짜 %2. 보낸 사람의 시계가 틀렸을 수 있습니다. 서명된 그대로 보관했으며 이 컴퓨터의 시계는 바꾸지 않았습니다.</translation>
    </message>
    <message>
        <source>Nothing new in it.</source>
        <translation>새로운 내용이 없습니다.</translation>
    </message>
    <message>
        <source>Import bundles</source>
        <translation>번들 가져오기</translation>
    </message>
    <message>
        <source>KIN bundles (*.kinb)</source>
        <translation>KIN 번들 (*.kinb)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>모든 파일 (*)</translation>
    </message>
    <message>
        <source>Choose a folder of bundles</source>
        <translation>번들 폴더 선택</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>접수됨</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>검토 중</translation>
    </message>
    <message>
        <source>Has issues</source>
        <translation>수정 필요</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>등록됨</translation>
    </message>
    <message>
        <source>corrected</source>
        <translation>수정됨</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>변경됨</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>충돌</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation>분야</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>유형</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>종료</translation>
    </message>
    <message>
        <source>Review state</source>
        <translation>검토 상태</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>최종 변경</translation>
    </message>
    <message>
        <source>Save the commitment forms</source>
        <translation>약속 양식 저장</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Check a signed form</source>
        <translation>서명된 양식 확인</translation>
    </message>
    <message>
        <source>The text of the form&apos;s QR code (a scanner types it here):</source>
        <translation>양식 QR 코드의 텍스트(스캐너가 여기에 입력합니다):</translation>
    </message>
    <message>
        <source>When</source>
        <translation>일시</translation>
    </message>
    <message>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>의견</translation>
    </message>
</context>
</TS>
