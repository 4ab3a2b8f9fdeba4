<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About KIN Desktop</source>
        <translation>KIN Desktop について</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>バージョン %1</translation>
    </message>
    <message>
        <source>For the Kitakyushu Initiative Network: the cities&apos; questionnaire, practices and commitments, and the secretariat&apos;s review and follow-up. Licensed under the MIT licence.</source>
        <translation>北九州イニシアティブ・ネットワークのためのアプリケーションです。都市のアンケート、優良事例、コミットメントと、事務局による審査およびフォローアップを扱います。MIT ライセンスの下で提供されています。</translation>
    </message>
    <message>
        <source>Licences of what is bundled</source>
        <translation>同梱ソフトウェアのライセンス</translation>
    </message>
    <message>
        <source>KIN Desktop bundles the following software and fonts:</source>
        <translation>KIN Desktop には次のソフトウェアとフォントが同梱されています:</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>コンポーネント</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>バージョン</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>ライセンス</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <source>Attached files</source>
        <translation>添付ファイル</translation>
    </message>
    <message>
        <source>Drop files here or press Add.</source>
        <translation>ここにファイルをドロップするか、［追加］を押してください。</translation>
    </message>
    <message>
        <source>Attachments hint</source>
        <translation>添付ファイルの説明</translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation>ファイルを追加(&amp;A)…</translation>
    </message>
    <message>
        <source>Add files</source>
        <translation>ファイルを追加</translation>
    </message>
    <message>
        <source>O&amp;pen file</source>
        <translation>ファイルを開く(&amp;P)</translation>
    </message>
    <message>
        <source>Open the selected file</source>
        <translation>選択したファイルを開く</translation>
    </message>
    <message>
        <source>Re&amp;move file</source>
        <translation>ファイルを削除(&amp;M)</translation>
    </message>
    <message>
        <source>Remove the selected file</source>
        <translation>選択したファイルを削除</translation>
    </message>
    <message>
        <source>Save the record first: fix the problems shown above, then attach the files.</source>
        <translation>先にレコードを保存してください。上に表示された問題を修正してから、ファイルを添付してください。</translation>
    </message>
    <message>
        <source>%1 was not attached: %2</source>
        <translation>%1 は添付されませんでした: %2</translation>
    </message>
    <message>
        <source>No program could open %1.</source>
        <translation>%1 を開けるプログラムがありません。</translation>
    </message>
</context>
<context>
    <name>CitiesTab</name>
    <message>
        <source>City</source>
        <translation>都市</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国</translation>
    </message>
    <message>
        <source>Delegate</source>
        <translation>代表者</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>区分</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>アンケート</translation>
    </message>
    <message>
        <source>Cities</source>
        <translation>都市</translation>
    </message>
    <message>
        <source>By &amp;city</source>
        <translation>都市別(&amp;C)</translation>
    </message>
    <message>
        <source>By &amp;question</source>
        <translation>質問別(&amp;Q)</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>質問</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>セクション</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>番号</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>回答</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>回答</translation>
    </message>
    <message>
        <source>Select a city to read its answers.</source>
        <translation>回答を読むには都市を選択してください。</translation>
    </message>
    <message>
        <source>No delegations yet: a city appears here with its first bundle.</source>
        <translation>代表団はまだありません。最初のバンドルが届くと、その都市がここに表示されます。</translation>
    </message>
    <message>
        <source>Not received</source>
        <translation>未受領</translation>
    </message>
    <message>
        <source>Submitted (%1)</source>
        <translation>提出済み（%1）</translation>
    </message>
    <message>
        <source>In progress (%1)</source>
        <translation>回答中（%1）</translation>
    </message>
    <message>
        <source>No city has answered this question yet.</source>
        <translation>この質問に回答した都市はまだありません。</translation>
    </message>
    <message>
        <source>This city has not sent its questionnaire yet.</source>
        <translation>この都市はまだアンケートを送っていません。</translation>
    </message>
</context>
<context>
    <name>ComboChoiceEditor</name>
    <message>
        <source>— Not answered —</source>
        <translation>— 未回答 —</translation>
    </message>
</context>
<context>
    <name>CommitmentEditor</name>
    <message>
        <source>Commitment</source>
        <translation>コミットメント</translation>
    </message>
    <message>
        <source>commitment</source>
        <translation>コミットメント</translation>
    </message>
    <message>
        <source>A short name for the project</source>
        <translation>プロジェクトの短い名称</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>プロジェクト名(&amp;T):</translation>
    </message>
    <message>
        <source>Project t&amp;ype:</source>
        <translation>プロジェクトの種類(&amp;Y):</translation>
    </message>
    <message>
        <source>S&amp;tate:</source>
        <translation>状態(&amp;T):</translation>
    </message>
    <message>
        <source>Se&amp;ctors:</source>
        <translation>分野(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Objectives:</source>
        <translation>目的(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>概要(&amp;D):</translation>
    </message>
    <message>
        <source>Targets and indicators</source>
        <translation>目標および指標</translation>
    </message>
    <message>
        <source>Add tar&amp;get</source>
        <translation>目標を追加(&amp;G)</translation>
    </message>
    <message>
        <source>Remove target</source>
        <translation>目標を削除</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>実施期間</translation>
    </message>
    <message>
        <source>Start &amp;date:</source>
        <translation>開始日(&amp;D):</translation>
    </message>
    <message>
        <source>The follow-up runs to %1: the timeline ends by then.</source>
        <translation>フォローアップは %1 までです。実施期間はそれまでに終了するようにしてください。</translation>
    </message>
    <message>
        <source>&amp;End date:</source>
        <translation>終了日(&amp;E):</translation>
    </message>
    <message>
        <source>Add &amp;milestone</source>
        <translation>マイルストーンを追加(&amp;M)</translation>
    </message>
    <message>
        <source>Remove milestone</source>
        <translation>マイルストーンを削除</translation>
    </message>
    <message>
        <source>Milestones:</source>
        <translation>マイルストーン:</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>パートナー</translation>
    </message>
    <message>
        <source>Add &amp;partner</source>
        <translation>パートナーを追加(&amp;P)</translation>
    </message>
    <message>
        <source>Remove partner</source>
        <translation>パートナーを削除</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>予算</translation>
    </message>
    <message>
        <source>e.g. 250000</source>
        <translation>例：250000</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>金額(&amp;A):</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>通貨(&amp;U):</translation>
    </message>
    <message>
        <source>e.g. city budget, ODA loan</source>
        <translation>例：市の予算、ODA 借款</translation>
    </message>
    <message>
        <source>&amp;Funding source:</source>
        <translation>資金源(&amp;F):</translation>
    </message>
    <message>
        <source>Sharing and signature</source>
        <translation>経験の共有と署名</translation>
    </message>
    <message>
        <source>E&amp;xperience to share:</source>
        <translation>他都市と共有する経験(&amp;X):</translation>
    </message>
    <message>
        <source>Signatory &amp;name:</source>
        <translation>署名者の氏名(&amp;N):</translation>
    </message>
    <message>
        <source>Signatory t&amp;itle:</source>
        <translation>署名者の役職(&amp;I):</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>添付ファイル</translation>
    </message>
</context>
<context>
    <name>CommitmentsPage</name>
    <message>
        <source>Commitments</source>
        <translation>コミットメント</translation>
    </message>
    <message>
        <source>Project type filter</source>
        <translation>プロジェクトの種類による絞り込み</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>すべての種類</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>種類(&amp;Y):</translation>
    </message>
    <message>
        <source>No commitments yet — press New to draft one</source>
        <translation>コミットメントはまだありません。［新規］を押して作成してください</translation>
    </message>
    <message numerus="yes">
        <source>%Ln commitment(s)</source>
        <translation>
            <numerusform>コミットメント %Ln 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln commitment(s)</source>
        <translation>
            <numerusform>コミットメント %Ln 件中 %1 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete commitment</source>
        <translation>コミットメントを削除</translation>
    </message>
    <message>
        <source>Delete the commitment “%1” and its attachments?</source>
        <translation>コミットメント「%1」とその添付ファイルを削除しますか？</translation>
    </message>
</context>
<context>
    <name>ConfirmApproval</name>
    <message numerus="yes">
        <source>Approve %Ln key(s)</source>
        <translation>
            <numerusform>鍵 %Ln 件の承認</numerusform>
        </translation>
    </message>
    <message>
        <source>Compare each fingerprint with the one its delegate reads to you (by phone, or from their screen). Approve only if every group of every fingerprint matches: their held bundles are then merged.</source>
        <translation>各フィンガープリントを、その代表者が（電話で、または画面を見ながら）読み上げるものと照合してください。すべてのフィンガープリントのすべてのグループが一致する場合にのみ承認してください。承認すると、保留中のバンドルが統合されます。</translation>
    </message>
    <message>
        <source>Fingerprints to compare</source>
        <translation>照合するフィンガープリント</translation>
    </message>
    <message>
        <source>City</source>
        <translation>都市</translation>
    </message>
    <message>
        <source>Delegate</source>
        <translation>代表者</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>フィンガープリント</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>保留中</translation>
    </message>
    <message>
        <source>I &amp;compared every fingerprint, and each one matches</source>
        <translation>すべてのフィンガープリントを照合し、いずれも一致した(&amp;C)</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Approve %Ln key(s)</source>
        <translation>
            <numerusform>鍵 %Ln 件を承認(&amp;A)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConflictsTab</name>
    <message>
        <source>Record</source>
        <translation>レコード</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>City</source>
        <translation>都市</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>版</translation>
    </message>
    <message>
        <source>Records in conflict</source>
        <translation>競合しているレコード</translation>
    </message>
    <message>
        <source>No conflicts. A conflict appears when one delegation edits the same record on two computers; both versions are kept until you choose.</source>
        <translation>競合はありません。同じ代表団が 2 台のコンピューターで同じレコードを編集すると競合が生じます。どちらかを選ぶまで、両方の版が保持されます。</translation>
    </message>
    <message>
        <source>Fields that differ</source>
        <translation>異なる項目</translation>
    </message>
    <message>
        <source>&amp;Only the fields that differ</source>
        <translation>異なる項目のみ(&amp;O)</translation>
    </message>
    <message>
        <source>The two versions side by side</source>
        <translation>2 つの版の比較</translation>
    </message>
    <message>
        <source>Keep &amp;left</source>
        <translation>左を採用(&amp;L)</translation>
    </message>
    <message>
        <source>Keep the newest version (Ctrl+Alt+Left)</source>
        <translation>最新の版を採用（Ctrl+Alt+←）</translation>
    </message>
    <message>
        <source>Keep &amp;right</source>
        <translation>右を採用(&amp;R)</translation>
    </message>
    <message>
        <source>Keep the other device&apos;s version (Ctrl+Alt+Right)</source>
        <translation>もう一方の端末の版を採用（Ctrl+Alt+→）</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>統合(&amp;M)…</translation>
    </message>
    <message>
        <source>Choose field by field (Ctrl+M)</source>
        <translation>項目ごとに選択（Ctrl+M）</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Select a conflict to compare its two versions.</source>
        <translation>2 つの版を比較するには、競合を選択してください。</translation>
    </message>
    <message>
        <source>%1 “%2” — %3</source>
        <translation>%1「%2」— %3</translation>
    </message>
    <message numerus="yes">
        <source>%Ln field(s) differ: %1. Until you choose, the left (newest) version is shown.</source>
        <translation>
            <numerusform>%Ln 項目が異なります: %1。選択するまでは、左側（最新）の版が表示されます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>保存しています…</translation>
    </message>
    <message>
        <source>Resolved: “%1” now has one version.</source>
        <translation>解決しました。「%1」の版は 1 つになりました。</translation>
    </message>
</context>
<context>
    <name>CountedTexts</name>
    <message numerus="yes">
        <source>Bundle(s) %1 from this delegate have not arrived.</source>
        <translation>
            <numerusform>この代表者からのバンドル %1 が届いていません。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Compare this fingerprint with the one the delegate reads to you (by phone, or from their screen):

%1

%2

Approve only if every group matches. Its %Ln held bundle(s) will then be merged.</source>
        <translation>
            <numerusform>このフィンガープリントを、代表者が（電話で、または画面を見ながら）読み上げるものと照合してください。

%1

%2

すべてのグループが一致する場合にのみ承認してください。承認すると、保留中のバンドル %Ln 件が統合されます。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CountryPicker</name>
    <message>
        <source>No country is called “%1”: choose one from the list, or type its name or its code.</source>
        <translation>「%1」という国はありません。一覧から選ぶか、国名または国コードを入力してください。</translation>
    </message>
    <message>
        <source>Type the name or the code of the country</source>
        <translation>国名または国コードを入力</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Not given</source>
        <translation>未記入</translation>
    </message>
    <message>
        <source>Mayors</source>
        <translation>首長</translation>
    </message>
    <message>
        <source>City experts</source>
        <translation>地方自治体の専門家・担当者</translation>
    </message>
    <message>
        <source>National government</source>
        <translation>中央政府</translation>
    </message>
    <message>
        <source>International organisations</source>
        <translation>国際機関</translation>
    </message>
    <message>
        <source>Others</source>
        <translation>その他</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受領</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>審査中</translation>
    </message>
    <message>
        <source>Has issues</source>
        <translation>要修正</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>登録済み</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>回答完了</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>回答中</translation>
    </message>
    <message>
        <source>No response yet</source>
        <translation>未回答</translation>
    </message>
    <message>
        <source>Practices and commitments by country</source>
        <translation>国別の優良事例とコミットメント</translation>
    </message>
    <message>
        <source>Sectors of practices and commitments</source>
        <translation>優良事例とコミットメントの分野</translation>
    </message>
    <message>
        <source>Delegates by participant category</source>
        <translation>参加者区分別の代表者</translation>
    </message>
    <message>
        <source>Commitments by review state</source>
        <translation>審査状況別のコミットメント</translation>
    </message>
    <message>
        <source>Pre-meeting questionnaire, by delegate</source>
        <translation>事前アンケート（代表者別）</translation>
    </message>
    <message>
        <source>Commitments by end year</source>
        <translation>終了年別のコミットメント</translation>
    </message>
    <message>
        <source>%1 (total %2)</source>
        <translation>%1（合計 %2）</translation>
    </message>
    <message>
        <source>%1: %2 (%3%)</source>
        <translation>%1: %2（%3%）</translation>
    </message>
    <message>
        <source>&amp;Copy chart</source>
        <translation>グラフをコピー(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Save as PNG…</source>
        <translation>PNG として保存(&amp;S)…</translation>
    </message>
    <message>
        <source>The Network at a glance</source>
        <translation>ネットワークの概況</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>集計しています…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>更新(&amp;R)</translation>
    </message>
    <message>
        <source>Count again (F5)</source>
        <translation>再集計（F5）</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <source>Copy this chart as a picture, to paste into a report</source>
        <translation>このグラフを画像としてコピーし、報告書に貼り付けられるようにします</translation>
    </message>
    <message>
        <source>Copy chart</source>
        <translation>グラフをコピー</translation>
    </message>
    <message>
        <source>Save PNG…</source>
        <translation>PNG を保存…</translation>
    </message>
    <message>
        <source>Save this chart as a PNG picture</source>
        <translation>このグラフを PNG 画像として保存</translation>
    </message>
    <message>
        <source>Save chart as PNG</source>
        <translation>グラフを PNG として保存</translation>
    </message>
    <message>
        <source>Save the chart</source>
        <translation>グラフの保存</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>PNG 画像 (*.png)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln practice(s)</source>
        <translation>
            <numerusform>優良事例 %Ln 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln commitment(s)</source>
        <translation>
            <numerusform>コミットメント %Ln 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln cities</source>
        <translation>
            <numerusform>%Ln 都市</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to count yet: the charts fill in as the delegates&apos; bundles are taken in on the Inbox page.</source>
        <translation>集計するデータはまだありません。［受信トレイ］ページで代表者のバンドルを取り込むと、グラフに反映されます。</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>データなし</translation>
    </message>
    <message>
        <source>“%1” copied: paste it into your report.</source>
        <translation>「%1」をコピーしました。報告書に貼り付けてください。</translation>
    </message>
    <message>
        <source>The chart could not be saved to %1.</source>
        <translation>グラフを %1 に保存できませんでした。</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 を保存しました。</translation>
    </message>
</context>
<context>
    <name>DateEditor</name>
    <message>
        <source>Choose on a calendar: %1</source>
        <translation>カレンダーから選択: %1</translation>
    </message>
</context>
<context>
    <name>DateEntry</name>
    <message>
        <source>Choose the date on a calendar (Alt+Down)</source>
        <translation>カレンダーから日付を選択（Alt+↓）</translation>
    </message>
    <message>
        <source>Choose on a calendar</source>
        <translation>カレンダーから選択</translation>
    </message>
</context>
<context>
    <name>DelegatesPage</name>
    <message>
        <source>Delegates&apos; keys</source>
        <translation>代表者の鍵</translation>
    </message>
    <message>
        <source>No delegate has sent a bundle yet. A delegate&apos;s first bundle registers their key here, waiting for your approval.</source>
        <translation>バンドルを送ってきた代表者はまだいません。代表者の最初のバンドルが届くと、その鍵がここに登録され、承認待ちになります。</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>承認(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Revoke…</source>
        <translation>失効(&amp;R)…</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>更新(&amp;F)</translation>
    </message>
    <message>
        <source>Revoke the selected key</source>
        <translation>選択した鍵を失効</translation>
    </message>
    <message>
        <source>Write a receipt with the current state for this delegate</source>
        <translation>この代表者について、現在の状況を記載した受領証を作成</translation>
    </message>
    <message>
        <source>Load the registry again</source>
        <translation>登録簿を読み込み直す</translation>
    </message>
    <message>
        <source>Registry summary</source>
        <translation>登録簿の概要</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Missing bundles</source>
        <translation>欠落しているバンドル</translation>
    </message>
    <message>
        <source>City</source>
        <translation>都市</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>番号</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受領</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>レコード</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>意味</translation>
    </message>
    <message>
        <source>Bundles received from the selected key</source>
        <translation>選択した鍵から受け取ったバンドル</translation>
    </message>
    <message>
        <source>What this key has sent</source>
        <translation>この鍵が送ったもの</translation>
    </message>
    <message numerus="yes">
        <source>%Ln waiting for approval</source>
        <translation>
            <numerusform>承認待ち %Ln 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln approved</source>
        <translation>
            <numerusform>承認済み %Ln 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Approving %Ln key(s) and merging their held bundles…</source>
        <translation>
            <numerusform>鍵 %Ln 件を承認し、保留中のバンドルを統合しています…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln key(s)</source>
        <translation>
            <numerusform>鍵 %Ln 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Approved %1: %Ln held bundle(s) merged.</source>
        <translation>
            <numerusform>%1 を承認しました。保留中のバンドル %Ln 件を統合しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln refused:</source>
        <translation>
            <numerusform>拒否 %Ln 件:</numerusform>
        </translation>
    </message>
    <message>
        <source>Receipt written for %1: %2. Send it to the delegate.</source>
        <translation>%1 の受領証を書き出しました: %2。代表者に送ってください。</translation>
    </message>
    <message>
        <source>Select a key to see the bundles it has sent.</source>
        <translation>送られたバンドルを見るには、鍵を選択してください。</translation>
    </message>
    <message>
        <source>Write a &amp;receipt again…</source>
        <translation>受領証をもう一度書き出す(&amp;R)…</translation>
    </message>
    <message>
        <source>Approve the selected keys</source>
        <translation>選択した鍵を承認</translation>
    </message>
    <message>
        <source>%1 — %2, %3 · %4 · first seen %5</source>
        <translation>%1 — %2、%3 · %4 · 初回受信 %5</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>（名前なし）</translation>
    </message>
    <message>
        <source>No bundle is missing: every number up to the last one arrived.</source>
        <translation>欠落しているバンドルはありません。最後の番号まですべて届いています。</translation>
    </message>
    <message>
        <source>Nothing received from this key is in the import log.</source>
        <translation>この鍵から受け取ったものは取り込みログにありません。</translation>
    </message>
    <message>
        <source>Not approved: nothing changed.</source>
        <translation>承認しませんでした。変更はありません。</translation>
    </message>
    <message>
        <source>Not revoked: nothing changed.</source>
        <translation>失効させませんでした。変更はありません。</translation>
    </message>
    <message>
        <source>Revoked the key of %1: its bundles will be refused from now on.</source>
        <translation>%1 の鍵を失効させました。今後、この鍵のバンドルは拒否されます。</translation>
    </message>
</context>
<context>
    <name>ExportsPage</name>
    <message>
        <source>E&amp;xcel workbook (XLSX): one sheet per table</source>
        <translation>E&amp;xcel ブック（XLSX）：表ごとに 1 シート</translation>
    </message>
    <message>
        <source>CS&amp;V files: one file per table, UTF-8</source>
        <translation>CS&amp;V ファイル：表ごとに 1 ファイル、UTF-8</translation>
    </message>
    <message>
        <source>&amp;Export for analysis…</source>
        <translation>分析用にエクスポート(&amp;E)…</translation>
    </message>
    <message>
        <source>Write practices, commitments, follow-up and questionnaire answers (Ctrl+E)</source>
        <translation>優良事例、コミットメント、フォローアップ、アンケート回答を書き出す（Ctrl+E）</translation>
    </message>
    <message>
        <source>For analysis</source>
        <translation>分析用</translation>
    </message>
    <message>
        <source>Practices, commitments, their follow-up and the questionnaire answers, as tables to open in a spreadsheet or a statistics package.</source>
        <translation>優良事例、コミットメント、そのフォローアップ、アンケート回答を、表計算ソフトや統計ソフトで開ける表として書き出します。</translation>
    </message>
    <message>
        <source>Write &amp;receipts…</source>
        <translation>受領証を書き出す(&amp;R)…</translation>
    </message>
    <message>
        <source>One signed receipt per delegate with something to acknowledge (Ctrl+R)</source>
        <translation>受領を通知すべき代表者ごとに、署名付きの受領証を 1 通作成（Ctrl+R）</translation>
    </message>
    <message>
        <source>Write &amp;welcome pack…</source>
        <translation>ウェルカムパックを書き出す(&amp;W)…</translation>
    </message>
    <message>
        <source>The secretariat&apos;s keys, the questionnaires and the practices catalogue</source>
        <translation>事務局の鍵、アンケート、優良事例カタログ</translation>
    </message>
    <message>
        <source>For delegates</source>
        <translation>代表者向け</translation>
    </message>
    <message>
        <source>Receipts tell each delegate what was taken in and how it was reviewed; the welcome pack brings the secretariat&apos;s key and the practices catalogue. Both are signed: send them by e-mail or on a USB stick.</source>
        <translation>受領証は、何が取り込まれ、どのように審査されたかを各代表者に知らせます。ウェルカムパックは事務局の鍵と優良事例カタログを届けます。いずれも署名付きです。電子メールまたは USB メモリーで送ってください。</translation>
    </message>
    <message>
        <source>Writing</source>
        <translation>書き出し</translation>
    </message>
    <message>
        <source>Nothing written yet in this session.</source>
        <translation>このセッションではまだ何も書き出していません。</translation>
    </message>
    <message>
        <source>Files written</source>
        <translation>書き出したファイル</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>フォルダーを開く(&amp;O)</translation>
    </message>
    <message>
        <source>Show the folder of the chosen file</source>
        <translation>選択したファイルのフォルダーを表示</translation>
    </message>
    <message>
        <source>Export for analysis</source>
        <translation>分析用にエクスポート</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel ブック (*.xlsx)</translation>
    </message>
    <message>
        <source>Choose a folder for the CSV files</source>
        <translation>CSV ファイルの保存先フォルダーを選択</translation>
    </message>
    <message numerus="yes">
        <source>A receipt would tell %Ln delegate(s) of something new: %1</source>
        <translation>
            <numerusform>受領通知で新しいことを伝えるべき代表者が %Ln 人います：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Every delegate has been told of everything received.</source>
        <translation>すべての代表者に、受け取ったすべてを通知済みです。</translation>
    </message>
    <message>
        <source>Exporting for analysis…</source>
        <translation>分析用にエクスポートしています…</translation>
    </message>
    <message numerus="yes">
        <source>Exported for analysis: %Ln file(s).</source>
        <translation>
            <numerusform>分析用にエクスポートしました: %Ln ファイル。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln receipt(s) written: send each to its delegate.</source>
        <translation>
            <numerusform>受領証を %Ln 通書き出しました。それぞれの代表者に送ってください。</numerusform>
        </translation>
    </message>
    <message>
        <source>The passphrase was not right: press the button again to try again. Nothing was written.</source>
        <translation>パスフレーズが正しくありません。もう一度ボタンを押して再試行してください。何も書き出されていません。</translation>
    </message>
    <message>
        <source>Choose a folder for the receipts</source>
        <translation>受領証の保存先フォルダーを選択</translation>
    </message>
    <message>
        <source>Writing receipts…</source>
        <translation>受領証を書き出しています…</translation>
    </message>
    <message>
        <source>No receipts were needed: every delegate has been told of everything received.</source>
        <translation>受領証は不要でした。受け取ったものはすべて各代表者に通知済みです。</translation>
    </message>
    <message>
        <source>Choose a folder for the welcome pack</source>
        <translation>ウェルカムパックの保存先フォルダーを選択</translation>
    </message>
    <message>
        <source>Writing the welcome pack…</source>
        <translation>ウェルカムパックを書き出しています…</translation>
    </message>
    <message>
        <source>Welcome pack written: send it to the delegates with the secretariat&apos;s fingerprint.</source>
        <translation>ウェルカムパックを書き出しました。事務局のフィンガープリントを添えて代表者に送ってください。</translation>
    </message>
    <message>
        <source>Wait for the current work to finish, then try again.</source>
        <translation>現在の処理が終わるのを待ってから、もう一度お試しください。</translation>
    </message>
</context>
<context>
    <name>FollowUpPage</name>
    <message>
        <source>Not started</source>
        <translation>未着手</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>順調</translation>
    </message>
    <message>
        <source>Delayed</source>
        <translation>遅延</translation>
    </message>
    <message>
        <source>Stalled</source>
        <translation>停滞</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>中止</translation>
    </message>
    <message>
        <source>No report yet</source>
        <translation>報告なし</translation>
    </message>
    <message>
        <source>Overdue, stalled</source>
        <translation>期限超過・停滞</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>期限超過</translation>
    </message>
    <message>
        <source>Stalled</source>
        <comment>attention</comment>
        <translation>停滞</translation>
    </message>
    <message>
        <source>Recognized</source>
        <translation>認定済み</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>登録済み</translation>
    </message>
    <message>
        <source>Not registered</source>
        <translation>未登録</translation>
    </message>
    <message>
        <source>Attention</source>
        <translation>要注意</translation>
    </message>
    <message>
        <source>City</source>
        <translation>都市</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>コミットメント</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>終了日</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状況</translation>
    </message>
    <message>
        <source>Last report</source>
        <translation>最新の報告</translation>
    </message>
    <message>
        <source>—</source>
        <comment>no report</comment>
        <translation>—</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>報告</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>審査</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>記録者</translation>
    </message>
    <message>
        <source>Secretariat</source>
        <translation>事務局</translation>
    </message>
    <message>
        <source>Delegate</source>
        <translation>代表者</translation>
    </message>
    <message>
        <source>Milestones reached</source>
        <translation>達成マイルストーン</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>指標</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備考</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指標</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Commitments followed up to %1</source>
        <translation>%1 年までフォローアップするコミットメント</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>読み込んでいます…</translation>
    </message>
    <message>
        <source>Follow-up as of</source>
        <translation>フォローアップの基準日</translation>
    </message>
    <message>
        <source>Overdue and stalled are judged as of this date (by default today, or the end of the second cycle, %1, once it is past)</source>
        <translation>期限超過と停滞は、この日付を基準に判定します（既定は今日。第 2 サイクルの終了日 %1 を過ぎた後はその日）</translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation>基準日(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>今日(&amp;T)</translation>
    </message>
    <message>
        <source>Judge the follow-up as of today</source>
        <translation>今日を基準にフォローアップを判定</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>更新(&amp;R)</translation>
    </message>
    <message>
        <source>Read the commitments and reports again (F5)</source>
        <translation>コミットメントと報告を読み込み直す（F5）</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>表示:</translation>
    </message>
    <message>
        <source>All</source>
        <translation>すべて</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>%1 を表示</translation>
    </message>
    <message>
        <source>Filter by city or title (Ctrl+F)</source>
        <translation>都市名または名称で絞り込み（Ctrl+F）</translation>
    </message>
    <message>
        <source>Filter by city or title</source>
        <translation>都市名または名称で絞り込み</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>検索</translation>
    </message>
    <message>
        <source>Commitments followed up</source>
        <translation>フォローアップ中のコミットメント</translation>
    </message>
    <message>
        <source>Re&amp;cognized by %1</source>
        <translation>%1 年までに実現を認定(&amp;C)</translation>
    </message>
    <message>
        <source>The Network recognizes the realization of a registered commitment (concept note: &quot;recognized in due course by 2010&quot;)</source>
        <translation>ネットワークは、登録済みコミットメントの実現を認定します（コンセプトノート：「2010年までに適宜認定」）</translation>
    </message>
    <message>
        <source>Record a &amp;progress report…</source>
        <translation>進捗報告を記録(&amp;P)…</translation>
    </message>
    <message>
        <source>Record a progress report of this commitment (Ctrl+N)</source>
        <translation>このコミットメントの進捗報告を記録（Ctrl+N）</translation>
    </message>
    <message>
        <source>Progress reports</source>
        <translation>進捗報告</translation>
    </message>
    <message>
        <source>No commitments yet, as of %1.</source>
        <translation>%1 時点でコミットメントはまだありません。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln commitment(s) as of %1: </source>
        <translation>
            <numerusform>%1 時点のコミットメント %Ln 件：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln overdue, </source>
        <translation>
            <numerusform>期限超過 %Ln 件、</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln stalled, </source>
        <translation>
            <numerusform>停滞 %Ln 件、</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln recognized.</source>
        <translation>
            <numerusform>認定済み %Ln 件。</numerusform>
        </translation>
    </message>
    <message>
        <source>No commitments to follow up yet. They arrive with the delegates&apos; bundles: take them in on the Inbox page.</source>
        <translation>フォローアップするコミットメントはまだありません。コミットメントは代表者のバンドルで届きます。［受信トレイ］ページで取り込んでください。</translation>
    </message>
    <message>
        <source>No commitment matches these words.</source>
        <translation>この語句に一致するコミットメントはありません。</translation>
    </message>
    <message>
        <source>Nothing is overdue as of %1.</source>
        <translation>%1 時点で期限超過のものはありません。</translation>
    </message>
    <message>
        <source>Nothing is stalled as of %1.</source>
        <translation>%1 時点で停滞しているものはありません。</translation>
    </message>
    <message>
        <source>No commitments to show.</source>
        <translation>表示するコミットメントはありません。</translation>
    </message>
    <message>
        <source>&lt;b&gt;No commitment chosen&lt;/b&gt;</source>
        <translation>&lt;b&gt;コミットメントが選択されていません&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Choose a commitment in the list to see its progress reports.</source>
        <translation>進捗報告を見るには、一覧からコミットメントを選択してください。</translation>
    </message>
    <message>
        <source>Ends: %1</source>
        <translation>終了: %1</translation>
    </message>
    <message>
        <source>no end date given</source>
        <translation>終了日未記入</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>状況: %1</translation>
    </message>
    <message>
        <source>Registered: %1</source>
        <translation>登録: %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>まだ</translation>
    </message>
    <message>
        <source>It can be recognized once it is registered on the Review page.</source>
        <translation>［審査］ページで登録されると、認定できるようになります。</translation>
    </message>
    <message>
        <source>Overdue: it was to end on %1 and is not reported completed.</source>
        <translation>期限超過: %1 に終了予定でしたが、完了の報告がありません。</translation>
    </message>
    <message>
        <source>Overdue: a milestone due before %1 is not reported reached.</source>
        <translation>期限超過: %1 より前が期限のマイルストーンについて、達成の報告がありません。</translation>
    </message>
    <message>
        <source>Stalled: so says its latest progress report.</source>
        <translation>停滞: 最新の進捗報告による。</translation>
    </message>
    <message>
        <source>Stalled: no progress reported for more than six months.</source>
        <translation>停滞: 6 か月以上、進捗の報告がありません。</translation>
    </message>
    <message>
        <source>No progress reported yet.</source>
        <translation>進捗の報告はまだありません。</translation>
    </message>
    <message>
        <source>Recording the report…</source>
        <translation>報告を記録しています…</translation>
    </message>
    <message>
        <source>The progress report was recorded. It is dated %1, after the date shown: the figures are now as of that day.</source>
        <translation>進捗報告を記録しました。報告日 %1 は表示中の日付より後のため、集計はその日時点のものになりました。</translation>
    </message>
    <message>
        <source>The progress report was recorded.</source>
        <translation>進捗報告を記録しました。</translation>
    </message>
    <message>
        <source>Recorded as recognized.</source>
        <translation>認定済みとして記録しました。</translation>
    </message>
    <message>
        <source>The recognition was withdrawn.</source>
        <translation>認定を取り消しました。</translation>
    </message>
    <message>
        <source>Only a registered commitment can be recognized. Register it on the Review page first, then recognize it here.</source>
        <translation>認定できるのは登録済みのコミットメントだけです。先に［審査］ページで登録してから、ここで認定してください。</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>KIN Desktop — the secretariat&apos;s guide</source>
        <translation>KIN Desktop — 事務局向けガイド</translation>
    </message>
    <message>
        <source>KIN Desktop — the delegate&apos;s guide</source>
        <translation>KIN Desktop — 代表者向けガイド</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>ヘルプ</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History</source>
        <translation>履歴</translation>
    </message>
    <message>
        <source>Revisions</source>
        <translation>版</translation>
    </message>
    <message>
        <source>Changes between the selected revisions</source>
        <translation>選択した版の間の変更</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>比較</translation>
    </message>
    <message>
        <source>Select one revision to see what it changed, or two to compare them.</source>
        <translation>版を 1 つ選ぶとその変更内容を、2 つ選ぶと両者の比較を表示します。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln field(s) changed.</source>
        <translation>
            <numerusform>%Ln 項目が変更されました。</numerusform>
        </translation>
    </message>
    <message>
        <source>No differences.</source>
        <translation>違いはありません。</translation>
    </message>
    <message>
        <source>The first revision: nothing before it to compare with.</source>
        <translation>最初の版です。比較する以前の版はありません。</translation>
    </message>
</context>
<context>
    <name>InboxPage</name>
    <message>
        <source>Import &amp;files…</source>
        <translation>ファイルを取り込む(&amp;F)…</translation>
    </message>
    <message>
        <source>Choose bundle files to import (Ctrl+Shift+I)</source>
        <translation>取り込むバンドルファイルを選択（Ctrl+Shift+I）</translation>
    </message>
    <message>
        <source>Import files</source>
        <translation>ファイルを取り込む</translation>
    </message>
    <message>
        <source>Import a f&amp;older…</source>
        <translation>フォルダーを取り込む(&amp;O)…</translation>
    </message>
    <message>
        <source>Import every bundle in a folder (Ctrl+Shift+D)</source>
        <translation>フォルダー内のすべてのバンドルを取り込む（Ctrl+Shift+D）</translation>
    </message>
    <message>
        <source>Import a folder</source>
        <translation>フォルダーを取り込む</translation>
    </message>
    <message>
        <source>From the inbox &amp;service</source>
        <translation>受信サービスから取得(&amp;S)</translation>
    </message>
    <message>
        <source>Fetch and import the bundles delegates sent to the inbox service, then send it the receipts, the welcome pack and the key list (F9)</source>
        <translation>代表者が受信サービスに送ったバンドルを取得して取り込み、受領証、ウェルカムパック、鍵の一覧を受信サービスに送信（F9）</translation>
    </message>
    <message>
        <source>Or drop bundle files or folders here.</source>
        <translation>または、バンドルファイルやフォルダーをここにドロップしてください。</translation>
    </message>
    <message>
        <source>&amp;Watch folder</source>
        <translation>監視フォルダー(&amp;W)</translation>
    </message>
    <message>
        <source>Import new bundles saved into this folder automatically (for example a mail attachments folder)</source>
        <translation>このフォルダーに保存された新しいバンドルを自動的に取り込みます（例：メール添付ファイルの保存フォルダー）</translation>
    </message>
    <message>
        <source>No folder chosen</source>
        <translation>フォルダーが選択されていません</translation>
    </message>
    <message>
        <source>Watched folder</source>
        <translation>監視フォルダー</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>選択(&amp;H)…</translation>
    </message>
    <message>
        <source>Choose the watched folder</source>
        <translation>監視するフォルダーを選択</translation>
    </message>
    <message>
        <source>Bundles from delegates</source>
        <translation>代表者からのバンドル</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>取り込みの進行状況</translation>
    </message>
    <message>
        <source>%v of %m files</source>
        <translation>%m ファイル中 %v</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>キャンセル(&amp;C)</translation>
    </message>
    <message>
        <source>Stop after the current file (Esc)</source>
        <translation>現在のファイルの後で停止（Esc）</translation>
    </message>
    <message>
        <source>Nothing imported in this session yet.</source>
        <translation>このセッションではまだ何も取り込んでいません。</translation>
    </message>
    <message>
        <source>Import status</source>
        <translation>取り込みの状況</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>レコード</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>意味</translation>
    </message>
    <message>
        <source>Outcome of each file</source>
        <translation>ファイルごとの結果</translation>
    </message>
    <message>
        <source>Import bundles to see here, file by file, what was merged and what was refused and why.</source>
        <translation>バンドルを取り込むと、何が統合され、何がなぜ拒否されたかが、ファイルごとにここに表示されます。</translation>
    </message>
    <message>
        <source>Last import</source>
        <translation>前回の取り込み</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受領</translation>
    </message>
    <message>
        <source>City</source>
        <translation>都市</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>番号</translation>
    </message>
    <message>
        <source>City, date (2007-03-14) or outcome</source>
        <translation>都市、日付（2007-03-14）または結果</translation>
    </message>
    <message>
        <source>Search the import log</source>
        <translation>取り込みログを検索</translation>
    </message>
    <message>
        <source>&amp;Search the log:</source>
        <translation>ログを検索(&amp;S):</translation>
    </message>
    <message>
        <source>Outcome filter</source>
        <translation>結果による絞り込み</translation>
    </message>
    <message>
        <source>Any outcome</source>
        <translation>すべての結果</translation>
    </message>
    <message>
        <source>O&amp;utcome:</source>
        <translation>結果(&amp;U):</translation>
    </message>
    <message>
        <source>Number of log entries shown</source>
        <translation>表示中のログ件数</translation>
    </message>
    <message>
        <source>Show files set &amp;aside…</source>
        <translation>除外したファイルを表示(&amp;A)…</translation>
    </message>
    <message>
        <source>Open the folder of quarantined files: bundles kept whole as evidence (a reused number, other content under a change already received) or for inspection (a file that failed unexpectedly)</source>
        <translation>隔離したファイルのフォルダーを開きます。証拠としてそのまま保管したバンドル（番号の再利用、受領済みの変更と異なる内容）や、調査用に保管したファイル（予期せず失敗したもの）が入っています</translation>
    </message>
    <message>
        <source>Search the log</source>
        <translation>ログを検索</translation>
    </message>
    <message>
        <source>Import log</source>
        <translation>取り込みログ</translation>
    </message>
    <message>
        <source>The import log is empty: no bundle has been imported yet.</source>
        <translation>取り込みログは空です。まだバンドルは取り込まれていません。</translation>
    </message>
    <message>
        <source>Waiting for the current import to finish…</source>
        <translation>現在の取り込みが終わるのを待っています…</translation>
    </message>
    <message numerus="yes">
        <source>Inbox service: %Ln bundle(s) fetched.</source>
        <translation>
            <numerusform>受信サービス: バンドルを %Ln 件取得しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln receipt(s) sent.</source>
        <translation>
            <numerusform>受領証を %Ln 通送信しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>The welcome pack was updated.</source>
        <translation>ウェルカムパックを更新しました。</translation>
    </message>
    <message>
        <source>Stopped early: %1</source>
        <translation>途中で停止しました: %1</translation>
    </message>
    <message numerus="yes">
        <source>Importing %Ln item(s)…</source>
        <translation>
            <numerusform>%Ln 件を取り込んでいます…</numerusform>
        </translation>
    </message>
    <message>
        <source>Fetching from the inbox service…</source>
        <translation>受信サービスから取得しています…</translation>
    </message>
    <message>
        <source>Stopping after the current file…</source>
        <translation>現在のファイルの後で停止します…</translation>
    </message>
    <message>
        <source>No bundles (*.kinb) were found in what you chose.</source>
        <translation>選択したものの中にバンドル（*.kinb）は見つかりませんでした。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) merged</source>
        <translation>
            <numerusform>%Ln ファイルを統合</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already received</source>
        <translation>
            <numerusform>%Ln 件は受領済み</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln held until their key is approved</source>
        <translation>
            <numerusform>%Ln 件は鍵の承認まで保留</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln refused: see why below</source>
        <translation>
            <numerusform>%Ln 件を拒否（理由は下記）</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped. </source>
        <translation>停止しました。</translation>
    </message>
    <message>
        <source>No log entry matches the search.</source>
        <translation>検索に一致するログはありません。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries</source>
        <translation>
            <numerusform>%Ln 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln entries</source>
        <translation>
            <numerusform>%Ln 件中 %1 件</numerusform>
        </translation>
    </message>
    <message>
        <source>The folder %1 cannot be watched: it does not exist.</source>
        <translation>フォルダー %1 は存在しないため、監視できません。</translation>
    </message>
    <message>
        <source>Watching %1: new bundles saved there are imported automatically.</source>
        <translation>%1 を監視中: ここに保存された新しいバンドルは自動的に取り込まれます。</translation>
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
        <translation>削除</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 を削除</translation>
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
        <translation>プロファイルを開いています…</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>セクション</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 を開いています…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Import files…</source>
        <translation>ファイルを取り込む(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>設定(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>移動(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Guide</source>
        <translation>ガイド(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;About KIN Desktop</source>
        <translation>KIN Desktop について(&amp;A)</translation>
    </message>
    <message>
        <source>Preparing the demo profile: the first time takes a few seconds…</source>
        <translation>デモ用プロファイルを準備しています。初回は数秒かかります…</translation>
    </message>
    <message>
        <source>Copying the demo profile…</source>
        <translation>デモ用プロファイルをコピーしています…</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>データベースを開いています…</translation>
    </message>
    <message>
        <source>Upgrading the database to this version (a backup is made first)…</source>
        <translation>データベースをこのバージョン用に更新しています（先にバックアップを作成します）…</translation>
    </message>
    <message>
        <source>Reading the questionnaire and counting the records…</source>
        <translation>アンケートを読み込み、レコードを集計しています…</translation>
    </message>
    <message>
        <source>Welcome to KIN Desktop</source>
        <translation>KIN Desktop へようこそ</translation>
    </message>
    <message>
        <source>This computer has no profile yet. Set it up for your city delegation (or for the Network Secretariat); it takes a minute and works offline.</source>
        <translation>このコンピューターにはまだプロファイルがありません。貴市の代表団用（またはネットワーク事務局用）に設定してください。1 分ほどで終わり、オフラインで使えます。</translation>
    </message>
    <message>
        <source>&amp;Set up this computer…</source>
        <translation>このコンピューターを設定(&amp;S)…</translation>
    </message>
    <message>
        <source>No profile yet</source>
        <translation>プロファイルがありません</translation>
    </message>
    <message>
        <source>This profile cannot be opened</source>
        <translation>このプロファイルは開けません</translation>
    </message>
    <message>
        <source>Could not open the profile</source>
        <translation>プロファイルを開けませんでした</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>概要(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Questionnaire</source>
        <translation>アンケート(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Practices</source>
        <translation>優良事例(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Commitments</source>
        <translation>コミットメント(&amp;C)</translation>
    </message>
    <message>
        <source>Out&amp;box</source>
        <translation>送信トレイ(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Inbox</source>
        <translation>受信トレイ(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Delegates</source>
        <translation>代表者(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>審査(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Follow-up</source>
        <translation>フォローアップ(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Matching</source>
        <translation>マッチング(&amp;M)</translation>
    </message>
    <message>
        <source>D&amp;ashboard</source>
        <translation>ダッシュボード(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Exports</source>
        <translation>エクスポート(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Questionnaires</source>
        <translation>アンケート(&amp;Q)</translation>
    </message>
    <message>
        <source>Preparing the form…</source>
        <translation>様式を準備しています…</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>準備完了</translation>
    </message>
    <message>
        <source>Commitment form</source>
        <translation>コミットメント様式</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1、%2</translation>
    </message>
    <message>
        <source>KIN Desktop — %1</source>
        <translation>KIN Desktop — %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) waiting to be exported</source>
        <translation>
            <numerusform>エクスポート待ちのレコード %Ln 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported; waiting for the secretariat&apos;s receipt</source>
        <translation>エクスポート済み。事務局からの受領証を待っています</translation>
    </message>
    <message>
        <source>Nothing sent yet</source>
        <translation>まだ何も送っていません</translation>
    </message>
    <message>
        <source>Everything acknowledged by the secretariat</source>
        <translation>すべて事務局が受領を確認済み</translation>
    </message>
    <message>
        <source>Network Secretariat</source>
        <translation>ネットワーク事務局</translation>
    </message>
    <message>
        <source>KIN Desktop — Secretariat</source>
        <translation>KIN Desktop — 事務局</translation>
    </message>
</context>
<context>
    <name>MatchingPage</name>
    <message>
        <source>Improving</source>
        <translation>改善している</translation>
    </message>
    <message>
        <source>Stable</source>
        <translation>横ばい</translation>
    </message>
    <message>
        <source>Worsening</source>
        <translation>悪化している</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>未記入</translation>
    </message>
    <message>
        <source>minor</source>
        <translation>軽微</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>中程度</translation>
    </message>
    <message>
        <source>serious</source>
        <translation>深刻</translation>
    </message>
    <message>
        <source>very serious</source>
        <comment>severity 4</comment>
        <translation>かなり深刻</translation>
    </message>
    <message>
        <source>very serious</source>
        <comment>severity 5</comment>
        <translation>非常に深刻</translation>
    </message>
    <message>
        <source>%1 of 5 (%2)</source>
        <translation>5 段階中 %1（%2）</translation>
    </message>
    <message>
        <source>Not ranked</source>
        <translation>順位なし</translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation>第 %1 位</translation>
    </message>
    <message>
        <source>severity %1 of 5</source>
        <translation>深刻度 %1/5</translation>
    </message>
    <message>
        <source>priority %1</source>
        <translation>優先順位 %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>a win-win practice: environmental and economic benefits</source>
        <translation>ウィンウィンの優良事例：環境面と経済面の効果</translation>
    </message>
    <message>
        <source>registered by the secretariat</source>
        <translation>事務局が登録済み</translation>
    </message>
    <message>
        <source>Challenge</source>
        <translation>課題</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>深刻度</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>傾向</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>優先順位</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>順位</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>スコア</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>優良事例</translation>
    </message>
    <message>
        <source>City</source>
        <translation>都市</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国</translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation>分野</translation>
    </message>
    <message>
        <source>Win-win</source>
        <translation>ウィンウィン</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>都市(&amp;I):</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>更新(&amp;R)</translation>
    </message>
    <message>
        <source>Read the cities, challenges and practices again (F5)</source>
        <translation>都市、課題、優良事例を読み込み直す（F5）</translation>
    </message>
    <message>
        <source>Challenges of the city</source>
        <translation>都市の課題</translation>
    </message>
    <message>
        <source>Challenges it faces</source>
        <translation>直面している課題</translation>
    </message>
    <message>
        <source>Practices of other cities</source>
        <translation>他都市の優良事例</translation>
    </message>
    <message>
        <source>Practices of other cities that address them</source>
        <translation>それらの課題に取り組む他都市の優良事例</translation>
    </message>
    <message>
        <source>The chosen practice</source>
        <translation>選択した優良事例</translation>
    </message>
    <message>
        <source>Search the catalogue</source>
        <translation>カタログを検索</translation>
    </message>
    <message>
        <source>Practices catalogue</source>
        <translation>優良事例カタログ</translation>
    </message>
    <message>
        <source>Practice details</source>
        <translation>優良事例の詳細</translation>
    </message>
    <message>
        <source>&amp;Matches for a city</source>
        <translation>都市ごとのマッチング(&amp;M)</translation>
    </message>
    <message>
        <source>Practices &amp;catalogue</source>
        <translation>優良事例カタログ(&amp;C)</translation>
    </message>
    <message>
        <source>Nothing in the catalogue matches “%1”.</source>
        <translation>「%1」に一致するものはカタログにありません。</translation>
    </message>
    <message>
        <source>No practice is registered for the catalogue yet.</source>
        <translation>カタログに登録された優良事例はまだありません。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln registered practice(s) go to every delegate with the welcome pack.</source>
        <translation>
            <numerusform>登録済みの優良事例 %Ln 件が、ウェルカムパックとともにすべての代表者に届きます。</numerusform>
        </translation>
    </message>
    <message>
        <source>The catalogue is empty: practices enter it once they are registered on the Review page.</source>
        <translation>カタログは空です。優良事例は［審査］ページで登録されるとカタログに加わります。</translation>
    </message>
    <message>
        <source>No delegations yet: take in their bundles on the Inbox page, then come back here.</source>
        <translation>代表団はまだありません。［受信トレイ］ページでバンドルを取り込んでから、ここに戻ってください。</translation>
    </message>
    <message>
        <source>Choose a city to see the challenges it faces.</source>
        <translation>直面している課題を見るには、都市を選択してください。</translation>
    </message>
    <message>
        <source>Looking for practices…</source>
        <translation>優良事例を探しています…</translation>
    </message>
    <message>
        <source>Delegate: %1</source>
        <translation>代表者: %1</translation>
    </message>
    <message>
        <source>questionnaire complete</source>
        <translation>アンケート回答完了</translation>
    </message>
    <message>
        <source>questionnaire not complete</source>
        <translation>アンケート未完了</translation>
    </message>
    <message>
        <source>This city&apos;s questionnaire names no challenges yet: matches appear once it is answered.</source>
        <translation>この都市のアンケートにはまだ課題が挙げられていません。回答されるとマッチング結果が表示されます。</translation>
    </message>
    <message>
        <source>No practice of another city addresses these challenges yet.</source>
        <translation>これらの課題に取り組む他都市の優良事例はまだありません。</translation>
    </message>
    <message>
        <source>No challenges, so nothing to match.</source>
        <translation>課題がないため、マッチングするものはありません。</translation>
    </message>
    <message>
        <source>Choose a practice to see why it was suggested.</source>
        <translation>提案された理由を見るには、優良事例を選択してください。</translation>
    </message>
    <message>
        <source>Score: %1</source>
        <translation>スコア: %1</translation>
    </message>
    <message>
        <source>Sectors: %1</source>
        <translation>分野: %1</translation>
    </message>
    <message>
        <source>none given</source>
        <translation>未記入</translation>
    </message>
    <message>
        <source>Registered by the secretariat</source>
        <translation>事務局が登録済み</translation>
    </message>
    <message>
        <source>Not registered yet</source>
        <translation>未登録</translation>
    </message>
    <message>
        <source>A win-win practice: environmental, social and economic benefits</source>
        <translation>ウィンウィンの優良事例：環境・社会・経済面の効果</translation>
    </message>
    <message>
        <source>Why it was suggested</source>
        <translation>提案の理由</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>対象とした問題</translation>
    </message>
    <message>
        <source>Approach</source>
        <translation>取組の内容</translation>
    </message>
    <message>
        <source>Environmental benefits</source>
        <translation>環境面の効果</translation>
    </message>
    <message>
        <source>Social benefits</source>
        <translation>社会面の効果</translation>
    </message>
    <message>
        <source>Economic benefits</source>
        <translation>経済面の効果</translation>
    </message>
    <message>
        <source>Replicability</source>
        <translation>他都市への導入のしやすさ</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge “%1”</source>
        <translation>「%1」を統合</translation>
    </message>
    <message>
        <source>For each field that differs, check the value to keep (Space checks the selected cell). Fields that are the same on both devices are kept as they are.</source>
        <translation>異なる項目ごとに、採用する値にチェックを付けてください（スペースキーで選択中のセルにチェックが付きます）。両方の端末で同じ項目はそのまま保持されます。</translation>
    </message>
    <message>
        <source>Fields to merge</source>
        <translation>統合する項目</translation>
    </message>
    <message>
        <source>&amp;Save the merge</source>
        <translation>統合を保存(&amp;S)</translation>
    </message>
</context>
<context>
    <name>OutboxPage</name>
    <message>
        <source>Confirm the secretariat&apos;s key</source>
        <translation>事務局の鍵の確認</translation>
    </message>
    <message>
        <source>This welcome pack is signed by the key with this fingerprint:

%1

Does it match the fingerprint printed in your invitation letter? Only say yes if every group matches: from now on, only this key will be trusted.</source>
        <translation>このウェルカムパックは、次のフィンガープリントの鍵で署名されています。

%1

招待状に印刷されたフィンガープリントと一致しますか？ すべてのグループが一致する場合にのみ［はい］を選んでください。今後はこの鍵だけが信頼されます。</translation>
    </message>
    <message>
        <source>&amp;Export bundle…</source>
        <translation>バンドルをエクスポート(&amp;E)…</translation>
    </message>
    <message>
        <source>Save the changes not yet acknowledged to a file for the secretariat (Ctrl+E)</source>
        <translation>事務局がまだ受領を確認していない変更を、事務局宛てのファイルに保存（Ctrl+E）</translation>
    </message>
    <message>
        <source>Export e&amp;verything…</source>
        <translation>すべてをエクスポート(&amp;V)…</translation>
    </message>
    <message>
        <source>Include everything, also what the secretariat acknowledged</source>
        <translation>事務局が受領を確認したものも含め、すべてを書き出す</translation>
    </message>
    <message>
        <source>To the secretariat</source>
        <translation>事務局へ</translation>
    </message>
    <message>
        <source>&amp;Import welcome pack or receipt…</source>
        <translation>ウェルカムパックまたは受領証を取り込む(&amp;I)…</translation>
    </message>
    <message>
        <source>Or drop the files onto this window.</source>
        <translation>または、ファイルをこのウィンドウにドロップしてください。</translation>
    </message>
    <message>
        <source>From the secretariat</source>
        <translation>事務局から</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>進行状況</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>キャンセル(&amp;C)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>番号</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>エクスポート日時</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>変更</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受領</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>受領確認済み</translation>
    </message>
    <message>
        <source>Review notes</source>
        <translation>審査メモ</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>優良事例</translation>
    </message>
    <message>
        <source>City</source>
        <translation>都市</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国</translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation>分野</translation>
    </message>
    <message>
        <source>Search the catalogue</source>
        <translation>カタログを検索</translation>
    </message>
    <message>
        <source>Practice details</source>
        <translation>優良事例の詳細</translation>
    </message>
    <message>
        <source>No catalogue yet: it arrives with the secretariat&apos;s welcome pack.</source>
        <translation>カタログはまだありません。事務局のウェルカムパックとともに届きます。</translation>
    </message>
    <message>
        <source>Last import</source>
        <translation>前回の取り込み</translation>
    </message>
    <message>
        <source>Bundles sent</source>
        <translation>送ったバンドル</translation>
    </message>
    <message>
        <source>Receipts received</source>
        <translation>受け取った受領証</translation>
    </message>
    <message>
        <source>Practices catalogue</source>
        <translation>優良事例カタログ</translation>
    </message>
    <message>
        <source>Save the bundle</source>
        <translation>バンドルの保存</translation>
    </message>
    <message>
        <source>KIN bundles (*.kinb)</source>
        <translation>KIN バンドル (*.kinb)</translation>
    </message>
    <message>
        <source>Import from the secretariat</source>
        <translation>事務局からの取り込み</translation>
    </message>
    <message>
        <source>KIN files (*.kinw *.kinr);;Welcome packs (*.kinw);;Receipts (*.kinr)</source>
        <translation>KIN ファイル (*.kinw *.kinr);;ウェルカムパック (*.kinw);;受領証 (*.kinr)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln questionnaire response(s)</source>
        <translation>
            <numerusform>アンケート回答 %Ln 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln attachment(s)</source>
        <translation>
            <numerusform>添付ファイル %Ln 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln progress report(s)</source>
        <translation>
            <numerusform>進捗報告 %Ln 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %1: %Ln change(s), %2. Give this file to the secretariat.</source>
        <translation>
            <numerusform>%1 を保存しました（変更 %Ln 件、%2）。このファイルを事務局に渡してください。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) taken in.</source>
        <translation>
            <numerusform>%Ln ファイルを取り込みました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) refused: see the reasons below.</source>
        <translation>
            <numerusform>%Ln ファイルを拒否しました。理由は下記のとおりです。</numerusform>
        </translation>
    </message>
    <message>
        <source>(attachments: %1)</source>
        <translation>（添付ファイル: %1）</translation>
    </message>
    <message>
        <source>Nothing in the catalogue matches “%1”.</source>
        <translation>「%1」に一致するものはカタログにありません。</translation>
    </message>
    <message>
        <source>Not yet acknowledged by the secretariat: </source>
        <translation>事務局の受領確認待ち: </translation>
    </message>
    <message>
        <source>Nothing sent yet, and nothing to send.</source>
        <translation>まだ何も送っておらず、送るものもありません。</translation>
    </message>
    <message>
        <source>Nothing to send: the secretariat has acknowledged everything.</source>
        <translation>送るものはありません。事務局がすべての受領を確認済みです。</translation>
    </message>
    <message>
        <source>Signed form out of date: %1. These commitments changed after their form was printed; print the forms again and have them signed before you send the paper.</source>
        <translation>署名済みの様式が最新ではありません: %1。これらのコミットメントは様式の印刷後に変更されています。書面を送る前に、様式を印刷し直して署名を受けてください。</translation>
    </message>
    <message>
        <source>Bundles are encrypted for: %1</source>
        <translation>バンドルの暗号化先: %1</translation>
    </message>
    <message>
        <source>Import the secretariat&apos;s welcome pack first: it brings the key your bundles are encrypted for.</source>
        <translation>先に事務局のウェルカムパックを取り込んでください。バンドルの暗号化に使う鍵が含まれています。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln practice(s)</source>
        <translation>
            <numerusform>優良事例 %Ln 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln commitment(s)</source>
        <translation>
            <numerusform>コミットメント %Ln 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Taken in</source>
        <translation>取り込み済み</translation>
    </message>
    <message>
        <source>Already taken in</source>
        <translation>取り込み済み（重複）</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>拒否</translation>
    </message>
    <message>
        <source>Set aside</source>
        <translation>除外</translation>
    </message>
    <message>
        <source>Failed, kept for inspection</source>
        <translation>失敗（調査用に保管）</translation>
    </message>
    <message>
        <source>Stopping after the current file…</source>
        <translation>現在のファイルの後で停止します…</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>エクスポートしています…</translation>
    </message>
    <message>
        <source>Nothing was waiting to be sent; no file was written.</source>
        <translation>送信待ちのものはありませんでした。ファイルは書き出していません。</translation>
    </message>
    <message>
        <source>Wait for the current work to finish, then try again.</source>
        <translation>現在の処理が終わるのを待ってから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The welcome pack was not taken in: its key was not confirmed.</source>
        <translation>鍵が確認されなかったため、ウェルカムパックは取り込まれませんでした。</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>取り込んでいます…</translation>
    </message>
    <message>
        <source>No welcome packs or receipts were found in what you chose.</source>
        <translation>選択したものの中にウェルカムパックや受領証は見つかりませんでした。</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>対象とした問題</translation>
    </message>
    <message>
        <source>Approach</source>
        <translation>取組の内容</translation>
    </message>
    <message>
        <source>Environmental benefits</source>
        <translation>環境面の効果</translation>
    </message>
    <message>
        <source>Social benefits</source>
        <translation>社会面の効果</translation>
    </message>
    <message>
        <source>Economic benefits</source>
        <translation>経済面の効果</translation>
    </message>
    <message>
        <source>Replicability</source>
        <translation>他都市への導入のしやすさ</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Draft</source>
        <translation>下書き</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>準備完了</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>送信済み</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>受領確認済み</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>登録済み</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>読み込んでいます…</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>プロファイル</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>氏名:</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>所属機関:</translation>
    </message>
    <message>
        <source>City:</source>
        <translation>都市:</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>国:</translation>
    </message>
    <message>
        <source>Key fingerprint:</source>
        <translation>鍵のフィンガープリント:</translation>
    </message>
    <message>
        <source>no key yet</source>
        <translation>鍵はまだありません</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>アンケート</translation>
    </message>
    <message>
        <source>does not apply</source>
        <translation>該当なし</translation>
    </message>
    <message>
        <source>%1 of %2 required answers</source>
        <translation>必須回答 %2 件中 %1 件</translation>
    </message>
    <message>
        <source>%1 of %2 optional questions answered</source>
        <translation>任意の質問 %2 件中 %1 件に回答</translation>
    </message>
    <message>
        <source>Overall: %1% complete</source>
        <translation>全体: %1% 完了</translation>
    </message>
    <message>
        <source>Practices and commitments</source>
        <translation>優良事例とコミットメント</translation>
    </message>
    <message>
        <source>Practices</source>
        <translation>優良事例</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>コミットメント</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>送信トレイ</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) changed since the last export</source>
        <translation>
            <numerusform>前回のエクスポート以降に変更されたレコード %Ln 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln commitment(s) changed since the form was printed: print again and have it signed</source>
        <translation>
            <numerusform>様式の印刷後に変更されたコミットメント %Ln 件: 印刷し直して署名を受けてください</numerusform>
        </translation>
    </message>
    <message>
        <source>Signed forms:</source>
        <translation>署名済みの様式:</translation>
    </message>
    <message>
        <source>The secretariat asks for corrections</source>
        <translation>事務局から修正の依頼があります</translation>
    </message>
    <message>
        <source>(no comment)</source>
        <translation>（コメントなし）</translation>
    </message>
    <message>
        <source>Corrected: export it from the Outbox</source>
        <translation>修正済み: ［送信トレイ］からエクスポートしてください</translation>
    </message>
    <message>
        <source>To correct</source>
        <translation>要修正</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>%1 を開く</translation>
    </message>
    <message>
        <source>Nothing new to send</source>
        <translation>新たに送るものはありません</translation>
    </message>
    <message>
        <source>Waiting:</source>
        <translation>送信待ち:</translation>
    </message>
    <message>
        <source>Nothing sent yet</source>
        <translation>まだ何も送っていません</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) sent but not yet acknowledged</source>
        <translation>
            <numerusform>送信済みで受領未確認のレコード %Ln 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything sent is acknowledged</source>
        <translation>送ったものはすべて受領確認済み</translation>
    </message>
    <message>
        <source>Awaiting receipt:</source>
        <translation>受領証待ち:</translation>
    </message>
    <message>
        <source>Last export:</source>
        <translation>前回のエクスポート:</translation>
    </message>
    <message>
        <source>never</source>
        <translation>なし</translation>
    </message>
    <message numerus="yes">
        <source>No. %1 of %2: %Ln change(s) acknowledged</source>
        <translation>
            <numerusform>番号 %1（%2）: 変更 %Ln 件の受領を確認</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %Ln review(s) by the secretariat</source>
        <translation>
            <numerusform>、事務局の審査 %Ln 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Last receipt:</source>
        <translation>前回の受領証:</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>まだありません</translation>
    </message>
</context>
<context>
    <name>PaperBanner</name>
    <message>
        <source>Printed form</source>
        <translation>印刷した様式</translation>
    </message>
    <message>
        <source>Change it &amp;anyway</source>
        <translation>それでも変更する(&amp;A)</translation>
    </message>
    <message>
        <source>Unlock the form: the signed paper will no longer match and must be printed and signed again</source>
        <translation>様式のロックを解除します。署名済みの書面とは一致しなくなるため、印刷し直して再度署名を受ける必要があります</translation>
    </message>
    <message>
        <source>The form printed on %1 no longer matches this commitment: it was changed since. Print the form again (Ctrl+P) and have the new paper signed.</source>
        <translation>%1 に印刷した様式は、その後の変更により、このコミットメントと一致しなくなりました。様式を印刷し直し（Ctrl+P）、新しい書面に署名を受けてください。</translation>
    </message>
    <message>
        <source>A form of this version was printed on %1 for the mayor&apos;s signature. The signed paper covers everything on the form: title, type, sectors, objectives, description, targets and indicators, partners, timeline and milestones, budget and funding, and the signatory. Changing any of it makes the paper out of date.</source>
        <translation>この版の様式は、首長の署名用に %1 に印刷されています。署名済みの書面は、名称、種類、分野、目的、概要、目標および指標、パートナー、実施期間とマイルストーン、予算と資金源、署名者など、様式に記載されたすべての内容を対象とします。いずれかを変更すると、書面は最新ではなくなります。</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Unlock your key</source>
        <translation>鍵のロック解除</translation>
    </message>
    <message>
        <source>This computer has no system keyring, so your key is kept in a file locked with a passphrase. Enter it to sign or open bundles:</source>
        <translation>このコンピューターにはシステムのキーリングがないため、鍵はパスフレーズで保護されたファイルに保管されています。バンドルに署名したりバンドルを開いたりするには、パスフレーズを入力してください:</translation>
    </message>
</context>
<context>
    <name>PracticeEditor</name>
    <message>
        <source>Practice</source>
        <translation>優良事例</translation>
    </message>
    <message>
        <source>practice</source>
        <translation>優良事例</translation>
    </message>
    <message>
        <source>A short name for the practice</source>
        <translation>優良事例の短い名称</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>プロジェクト名(&amp;T):</translation>
    </message>
    <message>
        <source>S&amp;tate:</source>
        <translation>状態(&amp;T):</translation>
    </message>
    <message>
        <source>Se&amp;ctors:</source>
        <translation>分野(&amp;C):</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>未記入</translation>
    </message>
    <message>
        <source>Start &amp;year:</source>
        <translation>開始年(&amp;Y):</translation>
    </message>
    <message>
        <source>&amp;Win-win: benefits the environment and the economy</source>
        <translation>ウィンウィン：環境と経済の両方に効果がある(&amp;W)</translation>
    </message>
    <message>
        <source>Su&amp;mmary:</source>
        <translation>概要(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Problem:</source>
        <translation>対象とした問題(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Approach:</source>
        <translation>取組の内容(&amp;A):</translation>
    </message>
    <message>
        <source>Benefits</source>
        <translation>効果</translation>
    </message>
    <message>
        <source>En&amp;vironmental:</source>
        <translation>環境面(&amp;V):</translation>
    </message>
    <message>
        <source>S&amp;ocial:</source>
        <translation>社会面(&amp;O):</translation>
    </message>
    <message>
        <source>Econo&amp;mic:</source>
        <translation>経済面(&amp;M):</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>費用</translation>
    </message>
    <message>
        <source>e.g. 250000</source>
        <translation>例：250000</translation>
    </message>
    <message>
        <source>Amou&amp;nt:</source>
        <translation>金額(&amp;N):</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>通貨(&amp;U):</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>パートナー</translation>
    </message>
    <message>
        <source>Add pa&amp;rtner</source>
        <translation>パートナーを追加(&amp;R)</translation>
    </message>
    <message>
        <source>Remove partner</source>
        <translation>パートナーを削除</translation>
    </message>
    <message>
        <source>Replication</source>
        <translation>他都市への導入</translation>
    </message>
    <message>
        <source>Rep&amp;licability:</source>
        <translation>導入のしやすさ(&amp;L):</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>添付ファイル</translation>
    </message>
</context>
<context>
    <name>PracticesPage</name>
    <message>
        <source>Practices</source>
        <translation>優良事例</translation>
    </message>
    <message>
        <source>No practices yet — press New to record one</source>
        <translation>優良事例はまだありません。［新規］を押して記録してください</translation>
    </message>
    <message numerus="yes">
        <source>%Ln practice(s)</source>
        <translation>
            <numerusform>優良事例 %Ln 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln practice(s)</source>
        <translation>
            <numerusform>優良事例 %Ln 件中 %1 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete practice</source>
        <translation>優良事例を削除</translation>
    </message>
    <message>
        <source>Delete the practice “%1” and its attachments?</source>
        <translation>優良事例「%1」とその添付ファイルを削除しますか？</translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <source>Preview</source>
        <translation>プレビュー</translation>
    </message>
    <message numerus="yes">
        <source>%Ln page(s)</source>
        <translation>
            <numerusform>%Ln ページ</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>印刷(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>PDF として保存(&amp;S)…</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>PDF として保存</translation>
    </message>
</context>
<context>
    <name>ProblemsModel</name>
    <message>
        <source>Severity</source>
        <translation>重大度</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>シート</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>セル</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>対処方法</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>(workbook)</source>
        <translation>（ブック）</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>%1 行目</translation>
    </message>
    <message>
        <source>tick &apos;Leave out what KIN Desktop cannot do&apos;</source>
        <translation>［KIN Desktop で扱えないものを除外］にチェックを付けてください</translation>
    </message>
</context>
<context>
    <name>ProgressReportDialog</name>
    <message>
        <source>Record a progress report</source>
        <translation>進捗報告の記録</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2</translation>
    </message>
    <message>
        <source>Date of the report</source>
        <translation>報告日</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状況</translation>
    </message>
    <message>
        <source>Milestones reached, one per line</source>
        <translation>達成したマイルストーン（1 行に 1 つ）</translation>
    </message>
    <message>
        <source>One milestone per line</source>
        <translation>1 行に 1 つのマイルストーン</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>指標</translation>
    </message>
    <message>
        <source>&amp;Add indicator</source>
        <translation>指標を追加(&amp;A)</translation>
    </message>
    <message>
        <source>Re&amp;move indicator</source>
        <translation>指標を削除(&amp;M)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備考</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日付(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>状況(&amp;S):</translation>
    </message>
    <message>
        <source>M&amp;ilestones reached:</source>
        <translation>達成したマイルストーン(&amp;I):</translation>
    </message>
    <message>
        <source>I&amp;ndicators:</source>
        <translation>指標(&amp;N):</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>備考(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Record report</source>
        <translation>報告を記録(&amp;R)</translation>
    </message>
    <message>
        <source>Give the date of the report.</source>
        <translation>報告日を入力してください。</translation>
    </message>
    <message>
        <source>Every indicator value needs the name of its indicator.</source>
        <translation>指標の値には、それぞれ指標名が必要です。</translation>
    </message>
</context>
<context>
    <name>QuestionField</name>
    <message>
        <source>Required</source>
        <translation>必須</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>必須です。</translation>
    </message>
</context>
<context>
    <name>QuestionnaireIssues</name>
    <message>
        <source>An answer is required.</source>
        <translation>回答が必要です。</translation>
    </message>
    <message>
        <source>This answer does not meet the condition set for it.</source>
        <translation>この回答は設定された条件を満たしていません。</translation>
    </message>
    <message>
        <source>This answer is not in the expected form.</source>
        <translation>この回答は求められている形式になっていません。</translation>
    </message>
    <message numerus="yes">
        <source>Add at least %Ln entries.</source>
        <translation>
            <numerusform>少なくとも %Ln 件を追加してください。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Give at most %Ln entries; remove the extra ones.</source>
        <translation>
            <numerusform>記入できるのは最大 %Ln 件です。超えた分を削除してください。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Write at least %Ln character(s).</source>
        <translation>
            <numerusform>%Ln 文字以上で記入してください。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Write at most %Ln character(s).</source>
        <translation>
            <numerusform>%Ln 文字以内で記入してください。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rank at least %Ln item(s).</source>
        <translation>
            <numerusform>少なくとも %Ln 項目に順位を付けてください。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rank at most %Ln item(s).</source>
        <translation>
            <numerusform>順位を付けられるのは最大 %Ln 項目です。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Choose at least %Ln option(s).</source>
        <translation>
            <numerusform>少なくとも %Ln 個を選択してください。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Choose at most %Ln option(s).</source>
        <translation>
            <numerusform>選択できるのは最大 %Ln 個です。</numerusform>
        </translation>
    </message>
    <message>
        <source>The answer must be at least %1.</source>
        <translation>回答は %1 以上にしてください。</translation>
    </message>
    <message>
        <source>The answer must be at most %1.</source>
        <translation>回答は %1 以下にしてください。</translation>
    </message>
    <message>
        <source>This answer is not one of the options.</source>
        <translation>この回答は選択肢にありません。</translation>
    </message>
    <message>
        <source>This answer is not of the expected kind; enter it again.</source>
        <translation>この回答は求められている種類ではありません。もう一度入力してください。</translation>
    </message>
    <message>
        <source>This answer needs attention.</source>
        <translation>この回答を確認してください。</translation>
    </message>
</context>
<context>
    <name>QuestionnairePage</name>
    <message>
        <source>The questionnaire is marked as complete. Thank you.</source>
        <translation>アンケートを回答完了にしました。ご協力ありがとうございました。</translation>
    </message>
    <message>
        <source>No questionnaire yet</source>
        <translation>アンケートはまだありません</translation>
    </message>
    <message>
        <source>The questionnaire has not reached this profile yet. It comes with the welcome pack from the Network Secretariat: once the welcome pack is imported, the questionnaire appears here.</source>
        <translation>アンケートはまだこのプロファイルに届いていません。アンケートはネットワーク事務局のウェルカムパックとともに届きます。ウェルカムパックを取り込むと、ここにアンケートが表示されます。</translation>
    </message>
    <message>
        <source>The questionnaire cannot be shown</source>
        <translation>アンケートを表示できません</translation>
    </message>
    <message>
        <source>Changes are saved automatically.</source>
        <translation>変更は自動的に保存されます。</translation>
    </message>
    <message>
        <source>This is your response to version %1 of this questionnaire, kept as you answered it. New answers go to version %2.</source>
        <translation>これは、このアンケートのバージョン %1 への回答で、回答したときのまま保存されています。新しい回答はバージョン %2 に記録されます。</translation>
    </message>
    <message>
        <source>&amp;Language of the questions:</source>
        <translation>質問の言語(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Previous section</source>
        <translation>前のセクション(&amp;P)</translation>
    </message>
    <message>
        <source>Show the previous section (Ctrl+Page Up)</source>
        <translation>前のセクションを表示します (Ctrl+Page Up)</translation>
    </message>
    <message>
        <source>&amp;Next section</source>
        <translation>次のセクション(&amp;N)</translation>
    </message>
    <message>
        <source>Show the next section (Ctrl+Page Down)</source>
        <translation>次のセクションを表示します (Ctrl+Page Down)</translation>
    </message>
    <message>
        <source>Mark as &amp;complete</source>
        <translation>回答完了にする(&amp;C)</translation>
    </message>
    <message>
        <source>Check that every required answer is given, then mark the questionnaire complete (Ctrl+Enter).</source>
        <translation>必須の回答がすべて記入されているか確認してから、アンケートを回答完了にします (Ctrl+Enter)。</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>回答完了</translation>
    </message>
    <message>
        <source>This questionnaire is marked as complete.</source>
        <translation>このアンケートは回答完了になっています。</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>セクション</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>セクション</translation>
    </message>
    <message>
        <source>List of sections</source>
        <translation>セクションの一覧</translation>
    </message>
    <message>
        <source>Show or hide the list of sections</source>
        <translation>セクションの一覧を表示または非表示</translation>
    </message>
    <message>
        <source>Language of the questions</source>
        <translation>質問の言語</translation>
    </message>
    <message>
        <source>&amp;Questionnaire:</source>
        <translation>アンケート(&amp;Q):</translation>
    </message>
    <message>
        <source>Questionnaire and version</source>
        <translation>アンケートとバージョン</translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation>%1（バージョン %2）</translation>
    </message>
    <message>
        <source>%1 (version %2, your earlier answers)</source>
        <translation>%1（バージョン %2、以前の回答）</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>保存しています…</translation>
    </message>
    <message>
        <source>Every required answer is given: you can mark the questionnaire as complete.</source>
        <translation>必須の回答はすべて記入されています。アンケートを回答完了にできます。</translation>
    </message>
    <message numerus="yes">
        <source>The questionnaire cannot be marked complete yet: %Ln answer(s) are missing or need correcting.</source>
        <translation>
            <numerusform>アンケートはまだ回答完了にできません。%Ln 件の回答が未記入か、修正が必要です。</numerusform>
        </translation>
    </message>
    <message>
        <source>First: “%1”.</source>
        <translation>最初の項目:「%1」。</translation>
    </message>
    <message>
        <source>Preview: answers are checked as a delegate&apos;s are, and kept nowhere.</source>
        <translation>プレビュー: 回答は代表者の回答と同じように確認されますが、どこにも保存されません。</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>保存されていません: %1</translation>
    </message>
    <message>
        <source>All changes saved.</source>
        <translation>すべての変更を保存しました。</translation>
    </message>
    <message>
        <source>Your changes leave required answers open: the questionnaire is no longer complete.</source>
        <translation>変更により未記入の必須回答があります。アンケートは回答完了ではなくなりました。</translation>
    </message>
    <message>
        <source>Not yet translated into %1: shown in English.</source>
        <translation>%1 にはまだ翻訳されていないため、英語で表示しています。</translation>
    </message>
</context>
<context>
    <name>QuestionnairesPage</name>
    <message>
        <source>&amp;Import workbook…</source>
        <translation>ブックを取り込む(&amp;I)…</translation>
    </message>
    <message>
        <source>Read an XLSForm (.xlsx, .xls or .csv) (Ctrl+O)</source>
        <translation>XLSForm（.xlsx、.xls、.csv）を読み込む（Ctrl+O）</translation>
    </message>
    <message>
        <source>&amp;Validate again</source>
        <translation>再検証(&amp;V)</translation>
    </message>
    <message>
        <source>Read and check the same workbook again, after correcting it (F5)</source>
        <translation>修正後に、同じブックを読み込み直して確認（F5）</translation>
    </message>
    <message>
        <source>&amp;Leave out what KIN Desktop cannot do</source>
        <translation>KIN Desktop で扱えないものを除外(&amp;L)</translation>
    </message>
    <message>
        <source>GPS, photos, pulldata() and the like are left out with a warning each, instead of refusing the workbook. Mistakes in the form are still errors.</source>
        <translation>GPS、写真、pulldata() などは、ブックを拒否する代わりに、それぞれ警告を出して除外します。フォームの誤りは引き続きエラーになります。</translation>
    </message>
    <message>
        <source>&amp;Publish…</source>
        <translation>公開(&amp;P)…</translation>
    </message>
    <message>
        <source>Store this version so that the next welcome pack brings it to the delegates (Ctrl+P)</source>
        <translation>次回のウェルカムパックで代表者に届くよう、このバージョンを保存（Ctrl+P）</translation>
    </message>
    <message>
        <source>Import an XLSForm workbook to check it, see it as a delegate will, and publish it. Questionnaires are written in the survey, choices and settings sheets, as for ODK and KoboToolbox.</source>
        <translation>XLSForm のブックを取り込んで確認し、代表者に表示されるとおりに確認してから公開します。アンケートは、ODK や KoboToolbox と同じく、survey、choices、settings の各シートに記述します。</translation>
    </message>
    <message>
        <source>Problems found in the workbook</source>
        <translation>ブックで見つかった問題</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <source>The selected problem</source>
        <translation>選択した問題</translation>
    </message>
    <message>
        <source>No problems: the workbook is imported as it is.</source>
        <translation>問題はありません。ブックはそのまま取り込まれます。</translation>
    </message>
    <message>
        <source>The preview shows the imported questionnaire exactly as a delegate will see it.</source>
        <translation>プレビューには、取り込んだアンケートが代表者に表示されるとおりに表示されます。</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>アンケート</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>バージョン</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>公開日時</translation>
    </message>
    <message>
        <source>From</source>
        <translation>入手元</translation>
    </message>
    <message>
        <source>Questionnaire versions in this profile</source>
        <translation>このプロファイル内のアンケートのバージョン</translation>
    </message>
    <message>
        <source>E&amp;xport to XLSForm…</source>
        <translation>XLSForm にエクスポート(&amp;X)…</translation>
    </message>
    <message>
        <source>Write the selected version as an XLSForm workbook</source>
        <translation>選択したバージョンを XLSForm のブックとして書き出す</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>プレビュー</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>バージョン</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 を読み込んでいます…</translation>
    </message>
    <message>
        <source>Publish the questionnaire</source>
        <translation>アンケートの公開</translation>
    </message>
    <message>
        <source>Publish &apos;%1&apos; version %2?

The next welcome pack brings it to every delegate. New responses open on it; the answers given to earlier versions are kept. A published version cannot be changed: a correction needs a new version.</source>
        <translation>「%1」バージョン %2 を公開しますか？

次回のウェルカムパックで、すべての代表者に届きます。新しい回答はこのバージョンで始まり、以前のバージョンへの回答は保持されます。公開したバージョンは変更できません。修正には新しいバージョンが必要です。</translation>
    </message>
    <message>
        <source>shipped with KIN Desktop</source>
        <translation>KIN Desktop に同梱</translation>
    </message>
    <message>
        <source>published here</source>
        <translation>ここで公開</translation>
    </message>
    <message>
        <source>welcome pack</source>
        <translation>ウェルカムパック</translation>
    </message>
    <message>
        <source>(current)</source>
        <translation>（現行）</translation>
    </message>
    <message>
        <source>not published</source>
        <translation>未公開</translation>
    </message>
    <message>
        <source>%1: questionnaire &apos;%2&apos; version %3, %4 section(s), %5 question(s), languages: %6.</source>
        <translation>%1: アンケート「%2」バージョン %3、%4 セクション、%5 問、言語: %6。</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s): see Problems.</source>
        <translation>
            <numerusform>警告 %n 件。［問題］を参照してください。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is refused: %n error(s) to correct (see Problems), then Validate again.</source>
        <translation>
            <numerusform>%1 は拒否されました。修正が必要なエラーが %n 件あります（［問題］を参照）。修正後、［再検証］を押してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>問題（%1）</translation>
    </message>
    <message>
        <source>Published &apos;%1&apos; version %2: the next welcome pack brings it to the delegates (Exports, Write welcome pack).</source>
        <translation>「%1」バージョン %2 を公開しました。次回のウェルカムパックで代表者に届きます（［エクスポート］の［ウェルカムパックを書き出す］）。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; version %2 was already published with the same content: nothing changed.</source>
        <translation>「%1」バージョン %2 は同じ内容ですでに公開されています。変更はありません。</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>%1 を書き出しました。</translation>
    </message>
    <message>
        <source>XLSForm cannot say: %1.</source>
        <translation>XLSForm では表現できません: %1。</translation>
    </message>
    <message>
        <source>Import an XLSForm workbook</source>
        <translation>XLSForm ブックの取り込み</translation>
    </message>
    <message>
        <source>XLSForm workbooks (%1);;All files (*)</source>
        <translation>XLSForm ブック (%1);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Export to XLSForm</source>
        <translation>XLSForm へのエクスポート</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel ブック (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>RankingEditor</name>
    <message>
        <source>Move up</source>
        <translation>上へ</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下へ</translation>
    </message>
    <message>
        <source>Move the selected item up (Ctrl+Up)</source>
        <translation>選択した項目を上へ移動（Ctrl+↑）</translation>
    </message>
    <message>
        <source>Move the selected item down (Ctrl+Down)</source>
        <translation>選択した項目を下へ移動（Ctrl+↓）</translation>
    </message>
    <message>
        <source>Tick the items to rank; most important first.</source>
        <translation>順位を付ける項目にチェックを付けてください。重要なものから順に並べます。</translation>
    </message>
    <message>
        <source>Move up: %1</source>
        <translation>上へ移動: %1</translation>
    </message>
    <message>
        <source>Move down: %1</source>
        <translation>下へ移動: %1</translation>
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
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>やり直す(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>履歴(&amp;H)…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>やり直す</translation>
    </message>
    <message>
        <source>History</source>
        <translation>履歴</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>保存の状態</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>Problem with %1</source>
        <translation>%1 の問題</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>すべての変更を保存済み</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>Not saved: see the problems above. Your text is kept here.</source>
        <translation>保存されていません。上に表示された問題を確認してください。入力した内容はここに残っています。</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>保存されていません: %1</translation>
    </message>
    <message>
        <source>Saved at %1</source>
        <translation>%1 に保存しました</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>%1 行目: %2</translation>
    </message>
    <message>
        <source>This %1 cannot be saved yet. It stays here in the editor until you fix:
%2</source>
        <translation>この%1はまだ保存できません。次の問題を修正するまで、編集画面に残ります:
%2</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>元に戻す: %1</translation>
    </message>
    <message>
        <source>Redo: %1</source>
        <translation>やり直す: %1</translation>
    </message>
    <message>
        <source>Edited — saving shortly</source>
        <translation>編集済み — まもなく保存します</translation>
    </message>
</context>
<context>
    <name>RecordListPage</name>
    <message>
        <source>Search</source>
        <translation>検索</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>検索(&amp;S):</translation>
    </message>
    <message>
        <source>Sector filter</source>
        <translation>分野による絞り込み</translation>
    </message>
    <message>
        <source>All sectors</source>
        <translation>すべての分野</translation>
    </message>
    <message>
        <source>Se&amp;ctor:</source>
        <translation>分野(&amp;C):</translation>
    </message>
    <message>
        <source>State filter</source>
        <translation>状態による絞り込み</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>すべての状態</translation>
    </message>
    <message>
        <source>S&amp;tate:</source>
        <translation>状態(&amp;T):</translation>
    </message>
    <message>
        <source>Any review</source>
        <translation>すべての審査状況</translation>
    </message>
    <message>
        <source>Has issues</source>
        <translation>要修正</translation>
    </message>
    <message>
        <source>Corrected or changed since the review</source>
        <translation>審査後に修正・変更あり</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>審査中</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>登録済み</translation>
    </message>
    <message>
        <source>Not reviewed yet</source>
        <translation>未審査</translation>
    </message>
    <message>
        <source>Review filter</source>
        <translation>審査状況による絞り込み</translation>
    </message>
    <message>
        <source>Re&amp;view:</source>
        <translation>審査(&amp;V):</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>新規(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>開く(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>削除(&amp;D)</translation>
    </message>
    <message>
        <source>List state</source>
        <translation>一覧の状態</translation>
    </message>
    <message>
        <source>Number of records shown</source>
        <translation>表示中のレコード数</translation>
    </message>
    <message>
        <source>New record</source>
        <translation>新しいレコード</translation>
    </message>
    <message>
        <source>Open the selected record</source>
        <translation>選択したレコードを開く</translation>
    </message>
    <message>
        <source>Delete the selected record</source>
        <translation>選択したレコードを削除</translation>
    </message>
    <message>
        <source>Words in titles and texts</source>
        <translation>名称や本文中の語句</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>レコード</translation>
    </message>
    <message>
        <source>Nothing matches the search and filters.</source>
        <translation>検索条件と絞り込みに一致するものはありません。</translation>
    </message>
</context>
<context>
    <name>RecordsReviewTab</name>
    <message>
        <source>Words in titles, texts, cities</source>
        <translation>名称、本文、都市名の語句</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>検索</translation>
    </message>
    <message>
        <source>Searc&amp;h:</source>
        <translation>検索(&amp;H):</translation>
    </message>
    <message>
        <source>Country filter</source>
        <translation>国による絞り込み</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>すべての国</translation>
    </message>
    <message>
        <source>Sector filter</source>
        <translation>分野による絞り込み</translation>
    </message>
    <message>
        <source>All sectors</source>
        <translation>すべての分野</translation>
    </message>
    <message>
        <source>Review state filter</source>
        <translation>審査状況による絞り込み</translation>
    </message>
    <message>
        <source>Any review state</source>
        <translation>すべての審査状況</translation>
    </message>
    <message>
        <source>Participant category filter</source>
        <translation>参加者区分による絞り込み</translation>
    </message>
    <message>
        <source>All participants</source>
        <translation>すべての参加者</translation>
    </message>
    <message>
        <source>Project type filter</source>
        <translation>プロジェクトの種類による絞り込み</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>すべての種類</translation>
    </message>
    <message>
        <source>Commitments to review</source>
        <translation>審査するコミットメント</translation>
    </message>
    <message>
        <source>Practices to review</source>
        <translation>審査する優良事例</translation>
    </message>
    <message>
        <source>Number of records shown</source>
        <translation>表示中のレコード数</translation>
    </message>
    <message>
        <source>No commitments yet: they arrive in delegates&apos; bundles (Inbox).</source>
        <translation>コミットメントはまだありません。代表者のバンドルで届きます（受信トレイ）。</translation>
    </message>
    <message>
        <source>No practices yet: they arrive in delegates&apos; bundles (Inbox).</source>
        <translation>優良事例はまだありません。代表者のバンドルで届きます（受信トレイ）。</translation>
    </message>
    <message>
        <source>Nothing matches the search and filters.</source>
        <translation>検索条件と絞り込みに一致するものはありません。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>%Ln 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln record(s)</source>
        <translation>
            <numerusform>%Ln 件中 %1 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>保存しています…</translation>
    </message>
    <message>
        <source>Saved. The delegate sees it in the next receipt.</source>
        <translation>保存しました。代表者には次回の受領証で伝わります。</translation>
    </message>
</context>
<context>
    <name>RecordsSection</name>
    <message>
        <source>&amp;Back to the list</source>
        <translation>一覧に戻る(&amp;B)</translation>
    </message>
    <message>
        <source>Save and return to the list (Alt+Left)</source>
        <translation>保存して一覧に戻る（Alt+←）</translation>
    </message>
    <message>
        <source>&amp;Print form…</source>
        <translation>様式を印刷(&amp;P)…</translation>
    </message>
    <message>
        <source>Save, then preview and print the form for the mayor&apos;s signature (Ctrl+P)</source>
        <translation>保存してから、首長の署名用の様式をプレビュー・印刷（Ctrl+P）</translation>
    </message>
    <message>
        <source>Correct the problems shown before printing: the form prints what is saved.</source>
        <translation>印刷する前に、表示された問題を修正してください。様式には保存済みの内容が印刷されます。</translation>
    </message>
    <message>
        <source>This record cannot be saved yet: correct the problems shown, or undo them.</source>
        <translation>このレコードはまだ保存できません。表示された問題を修正するか、変更を元に戻してください。</translation>
    </message>
</context>
<context>
    <name>RepeatGroupWidget</name>
    <message>
        <source>Between %1 and %2 entries.</source>
        <translation>%1～%2 件。</translation>
    </message>
    <message numerus="yes">
        <source>At most %Ln entries.</source>
        <translation>
            <numerusform>最大 %Ln 件。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At least %Ln entries.</source>
        <translation>
            <numerusform>最低 %Ln 件。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Add %1</source>
        <translation>%1を追加(&amp;A)</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1を追加</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Co&amp;mmitments</source>
        <translation>コミットメント(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Practices</source>
        <translation>優良事例(&amp;P)</translation>
    </message>
    <message>
        <source>C&amp;ities</source>
        <translation>都市(&amp;I)</translation>
    </message>
    <message>
        <source>Co&amp;nflicts</source>
        <translation>競合(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Save review</source>
        <translation>審査を保存(&amp;S)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>検索</translation>
    </message>
    <message>
        <source>P&amp;rint forms…</source>
        <translation>様式を印刷(&amp;R)…</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>更新(&amp;F)</translation>
    </message>
    <message>
        <source>Print the forms of the selected commitments</source>
        <translation>選択したコミットメントの様式を印刷</translation>
    </message>
    <message>
        <source>Print the forms of the selected commitments (Ctrl+P)</source>
        <translation>選択したコミットメントの様式を印刷（Ctrl+P）</translation>
    </message>
    <message>
        <source>C&amp;heck a signed form…</source>
        <translation>署名済みの様式を確認(&amp;H)…</translation>
    </message>
    <message>
        <source>Type or scan the text of a signed commitment form&apos;s QR code: is it the current version?</source>
        <translation>署名済みのコミットメント様式の QR コードの文字列を入力またはスキャンして、最新の版かどうかを確認します</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>The signed form matches the current version.</source>
        <translation>署名済みの様式は最新の版と一致しています。</translation>
    </message>
    <message>
        <source>The signed form does not match the data: %1</source>
        <translation>署名済みの様式がデータと一致しません: %1</translation>
    </message>
    <message>
        <source>Select the commitments whose forms you want to print.</source>
        <translation>様式を印刷するコミットメントを選択してください。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln form(s) saved to %1</source>
        <translation>
            <numerusform>%Ln 件の様式を %1 に保存しました</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%Ln page(s)).</source>
        <translation>
            <numerusform>（%Ln ページ）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Printing %Ln form(s)…</source>
        <translation>
            <numerusform>%Ln 件の様式を印刷しています…</numerusform>
        </translation>
    </message>
    <message>
        <source>Commitment forms</source>
        <translation>コミットメント様式</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <source>Review state</source>
        <translation>審査状況</translation>
    </message>
    <message>
        <source>Re&amp;cognised as an example to follow</source>
        <translation>模範事例として認定(&amp;C)</translation>
    </message>
    <message>
        <source>Only a registered record can be recognised</source>
        <translation>認定できるのは登録済みのレコードだけです</translation>
    </message>
    <message>
        <source>Comment for the delegate</source>
        <translation>代表者へのコメント</translation>
    </message>
    <message>
        <source>What the delegate should know; it goes in the next receipt.</source>
        <translation>代表者に伝えるべきこと。次回の受領証に記載されます。</translation>
    </message>
    <message>
        <source>&amp;Save review</source>
        <translation>審査を保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save the review state and comment (Ctrl+S)</source>
        <translation>審査状況とコメントを保存（Ctrl+S）</translation>
    </message>
    <message>
        <source>Review status</source>
        <translation>審査の状況</translation>
    </message>
    <message>
        <source>Review s&amp;tate:</source>
        <translation>審査状況(&amp;T):</translation>
    </message>
    <message>
        <source>Co&amp;mment:</source>
        <translation>コメント(&amp;M):</translation>
    </message>
    <message>
        <source>Review history</source>
        <translation>審査履歴</translation>
    </message>
    <message>
        <source>History of the review</source>
        <translation>審査の履歴</translation>
    </message>
    <message>
        <source>Changes and signed form</source>
        <translation>変更と署名済みの様式</translation>
    </message>
    <message>
        <source>The whole record</source>
        <translation>レコード全体</translation>
    </message>
    <message>
        <source>Loading the record…</source>
        <translation>レコードを読み込んでいます…</translation>
    </message>
    <message>
        <source>Select a record to review it.</source>
        <translation>審査するレコードを選択してください。</translation>
    </message>
    <message>
        <source>two versions in conflict: see Conflicts</source>
        <translation>2 つの版が競合しています。［競合］を参照してください</translation>
    </message>
    <message numerus="yes">
        <source>Corrected since the review: %Ln change(s), marked below.</source>
        <translation>
            <numerusform>審査後に修正されました: 変更 %Ln 件（下に表示）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Changed since the review: %Ln change(s), marked below.</source>
        <translation>
            <numerusform>審査後に変更されました: 変更 %Ln 件（下に表示）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Signed form: verified for this version on %1.</source>
        <translation>署名済みの様式: この版について %1 に確認済み。</translation>
    </message>
    <message>
        <source>Signed form: the last one checked (%1) is for an earlier version.</source>
        <translation>署名済みの様式: 最後に確認したもの（%1）は以前の版のものです。</translation>
    </message>
    <message>
        <source>Signed form: none checked yet for this version (Check a signed form…).</source>
        <translation>署名済みの様式: この版についてはまだ確認されていません（［署名済みの様式を確認…］）。</translation>
    </message>
    <message>
        <source>Where the record stands</source>
        <translation>レコードの状況</translation>
    </message>
    <message>
        <source>The secretariat&apos;s comment</source>
        <translation>事務局のコメント</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · not reviewed by the secretariat yet</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · 事務局の審査はまだです</translation>
    </message>
    <message>
        <source>Secretariat&apos;s review: %1 (%2) · %3</source>
        <translation>事務局の審査: %1（%2）· %3</translation>
    </message>
    <message>
        <source>Changed since this review: the secretariat sees the change after your next export.</source>
        <translation>この審査の後に変更されています。次回エクスポートすると、事務局に変更が伝わります。</translation>
    </message>
    <message>
        <source>Correct what the comment asks, then export from the Outbox: the secretariat sees the correction.</source>
        <translation>コメントで求められた点を修正してから、［送信トレイ］からエクスポートしてください。事務局に修正内容が伝わります。</translation>
    </message>
    <message>
        <source>Corrected and sent: the secretariat will review it again.</source>
        <translation>修正して送信済みです。事務局が再度審査します。</translation>
    </message>
    <message>
        <source>Corrected here: export from the Outbox to send the correction.</source>
        <translation>この端末で修正済みです。修正を送るには［送信トレイ］からエクスポートしてください。</translation>
    </message>
    <message>
        <source>The commitment</source>
        <translation>コミットメント</translation>
    </message>
    <message>
        <source>Targets and indicators</source>
        <translation>目標および指標</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>パートナー</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>実施期間</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>予算</translation>
    </message>
    <message>
        <source>Experience to share</source>
        <translation>他都市と共有する経験</translation>
    </message>
    <message>
        <source>Signatory</source>
        <translation>署名者</translation>
    </message>
    <message>
        <source>The practice</source>
        <translation>優良事例</translation>
    </message>
    <message>
        <source>Benefits</source>
        <translation>効果</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>費用</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>(was empty)</source>
        <translation>（空欄でした）</translation>
    </message>
    <message>
        <source>Version of %1, revision %2</source>
        <translation>%1 時点の版、リビジョン %2</translation>
    </message>
</context>
<context>
    <name>SectionListModel</name>
    <message>
        <source>Section</source>
        <translation>セクション</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Does not apply, given your other answers.</source>
        <translation>ほかの回答により、該当しません。</translation>
    </message>
    <message>
        <source>%1 of %2 required answers given.</source>
        <translation>必須回答 %2 件中 %1 件を記入済み。</translation>
    </message>
    <message>
        <source>No required questions; %1 of %2 answered.</source>
        <translation>必須の質問はありません。%2 件中 %1 件に回答済み。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln answer(s) need correcting.</source>
        <translation>
            <numerusform>%Ln 件の回答に修正が必要です。</numerusform>
        </translation>
    </message>
    <message>
        <source>Complete.</source>
        <translation>完了。</translation>
    </message>
</context>
<context>
    <name>SectionWidget</name>
    <message>
        <source>This section does not apply, given your other answers.</source>
        <translation>ほかの回答により、このセクションは該当しません。</translation>
    </message>
</context>
<context>
    <name>SendPanel</name>
    <message>
        <source>&amp;Send and receive</source>
        <translation>送受信(&amp;S)</translation>
    </message>
    <message>
        <source>Send what waits to the secretariat&apos;s inbox and fetch receipts and updates (F9)</source>
        <translation>送信待ちのものを事務局の受信トレイに送り、受領証と更新を受け取る（F9）</translation>
    </message>
    <message>
        <source>Save the bundle to a &amp;file…</source>
        <translation>バンドルをファイルに保存(&amp;F)…</translation>
    </message>
    <message>
        <source>No link? Save the same bundle for a USB stick or an e-mail</source>
        <translation>接続できない場合は、同じバンドルを USB メモリーや電子メール用に保存します</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Sending progress</source>
        <translation>送信の進行状況</translation>
    </message>
    <message>
        <source>Import the secretariat&apos;s welcome pack first</source>
        <translation>先に事務局のウェルカムパックを取り込んでください</translation>
    </message>
    <message>
        <source>The secretariat&apos;s welcome pack names no inbox to send to: save the bundle to a file (Export bundle) and give it to the secretariat</source>
        <translation>事務局のウェルカムパックには送信先の受信トレイが指定されていません。バンドルをファイルに保存し（［バンドルをエクスポート］）、事務局に渡してください</translation>
    </message>
    <message>
        <source>Send what waits to %1 and fetch receipts and updates (F9)</source>
        <translation>送信待ちのものを %1 に送り、受領証と更新を受け取る（F9）</translation>
    </message>
    <message>
        <source>%1 waits to be sent; Send resumes where the last attempt stopped.</source>
        <translation>%1 が送信待ちです。［送受信］を押すと、前回中断したところから再開します。</translation>
    </message>
    <message>
        <source>Connecting to the inbox…</source>
        <translation>受信トレイに接続しています…</translation>
    </message>
    <message>
        <source>Preparing the bundle</source>
        <translation>バンドルを準備中</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>送信中</translation>
    </message>
    <message>
        <source>Receiving</source>
        <translation>受信中</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>処理中</translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1: %3 中 %2</translation>
    </message>
    <message numerus="yes">
        <source>about %n hour(s) left</source>
        <translation>
            <numerusform>残り約 %n 時間</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s) left</source>
        <translation>
            <numerusform>残り約 %n 分</numerusform>
        </translation>
    </message>
    <message>
        <source>less than a minute left</source>
        <translation>残り 1 分未満</translation>
    </message>
    <message>
        <source>about a minute left</source>
        <translation>残り約 1 分</translation>
    </message>
    <message>
        <source>Stopping; what the inbox has is kept…</source>
        <translation>停止しています。受信トレイに届いた分は保持されます…</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n bundle(s)</source>
        <translation>
            <numerusform>バンドルを %n 件送信しました</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Took in %n file(s) from the secretariat.</source>
        <translation>
            <numerusform>事務局からのファイルを %n 件取り込みました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The inbox refused %n bundle(s): %1</source>
        <translation>
            <numerusform>受信トレイがバンドル %n 件を拒否しました: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>This computer does not trust the inbox&apos;s certificate; nothing more was sent.</source>
        <translation>このコンピューターは受信トレイの証明書を信頼していないため、それ以上は送信しませんでした。</translation>
    </message>
    <message>
        <source>No link to the inbox. What it has is kept, and Send resumes from there.</source>
        <translation>受信トレイに接続できません。届いた分は保持され、［送受信］でそこから再開します。</translation>
    </message>
    <message numerus="yes">
        <source>Trying again in %n minute(s), or save the bundle to a file.</source>
        <translation>
            <numerusform>%n 分後に再試行します。または、バンドルをファイルに保存してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped. What the inbox has is kept; Send resumes from there.</source>
        <translation>停止しました。受信トレイに届いた分は保持され、［送受信］でそこから再開します。</translation>
    </message>
    <message>
        <source>Nothing to send, and nothing new from the secretariat.</source>
        <translation>送るものはなく、事務局からの新しいものもありません。</translation>
    </message>
    <message>
        <source>Nothing waits to be sent.</source>
        <translation>送信待ちのものはありません。</translation>
    </message>
    <message>
        <source>The file could not be saved: %1</source>
        <translation>ファイルを保存できませんでした: %1</translation>
    </message>
    <message>
        <source>Saved %1. Give this file to the secretariat; if the inbox gets it too, it is taken in once.</source>
        <translation>%1 を保存しました。このファイルを事務局に渡してください。受信トレイにも届いた場合でも、取り込まれるのは 1 回だけです。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>表示言語(&amp;L):</translation>
    </message>
    <message>
        <source>The window changes language at once; what you have typed is kept, as everything is saved as it is typed. The questionnaire&apos;s own language can be chosen on its page.</source>
        <translation>ウィンドウの言語はすぐに切り替わります。入力した内容はその都度保存されているため、失われません。アンケートの質問の言語は、アンケートのページで選べます。</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Mayor or top representative of a local government</source>
        <translation>首長または地方自治体の代表者</translation>
    </message>
    <message>
        <source>Expert of a local government</source>
        <translation>地方自治体の専門家・担当者</translation>
    </message>
    <message>
        <source>Representative of a national government</source>
        <translation>中央政府の代表者</translation>
    </message>
    <message>
        <source>Representative of an international organisation</source>
        <translation>国際機関の代表者</translation>
    </message>
    <message>
        <source>Other (media, university, general public)</source>
        <translation>その他（報道機関、大学、一般市民）</translation>
    </message>
    <message>
        <source>Welcome pack</source>
        <translation>ウェルカムパック</translation>
    </message>
    <message>
        <source>Welcome packs (*.kinw)</source>
        <translation>ウェルカムパック (*.kinw)</translation>
    </message>
    <message>
        <source>Not taken in: %1</source>
        <translation>取り込まれませんでした: %1</translation>
    </message>
    <message>
        <source>Set up KIN Desktop</source>
        <translation>KIN Desktop の設定</translation>
    </message>
</context>
<context>
    <name>YesNoEditor</name>
    <message>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
</context>
<context>
    <name>_ClearButton</name>
    <message>
        <source>Clear answer</source>
        <translation>回答を消去</translation>
    </message>
</context>
<context>
    <name>_DonePage</name>
    <message>
        <source>Ready</source>
        <translation>準備完了</translation>
    </message>
    <message>
        <source>Your profile is ready. Your key fingerprint is:

%1

Read it to the secretariat when they ask to confirm your enrolment.</source>
        <translation>プロファイルの準備ができました。あなたの鍵のフィンガープリントは次のとおりです。

%1

事務局から登録の確認を求められたら、これを読み上げてください。</translation>
    </message>
    <message>
        <source>The secretariat&apos;s welcome pack is in: you can export bundles for them.</source>
        <translation>事務局のウェルカムパックを取り込みました。事務局宛てのバンドルをエクスポートできます。</translation>
    </message>
    <message>
        <source>When the secretariat&apos;s welcome pack arrives, import it from the Outbox; it brings the secretariat&apos;s key, so that what you export can only be read by them.</source>
        <translation>事務局のウェルカムパックが届いたら、［送信トレイ］から取り込んでください。事務局の鍵が含まれており、エクスポートした内容は事務局だけが読めるようになります。</translation>
    </message>
</context>
<context>
    <name>_KeyPage</name>
    <message>
        <source>Your signing key</source>
        <translation>署名用の鍵</translation>
    </message>
    <message>
        <source>It proves that what you send comes from you.</source>
        <translation>送るものがあなたからのものであることを証明します。</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>パスフレーズ</translation>
    </message>
    <message>
        <source>at least 8 characters</source>
        <translation>8 文字以上</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>パスフレーズをもう一度入力</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>パスフレーズ(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>もう一度入力(&amp;R):</translation>
    </message>
    <message>
        <source>KIN Desktop signs everything you send with a key that proves it comes from you. This computer has no system keyring to keep that key safe, so it is kept in a file locked with a passphrase. Choose one you will remember: it cannot be recovered.</source>
        <translation>KIN Desktop は、送るものすべてに、あなたからのものであることを証明する鍵で署名します。このコンピューターには鍵を安全に保管するシステムのキーリングがないため、鍵はパスフレーズで保護されたファイルに保管されます。忘れないパスフレーズを選んでください。再発行はできません。</translation>
    </message>
    <message>
        <source>KIN Desktop signs everything you send with a key that proves it comes from you. The key will be kept in this computer&apos;s system keyring; no passphrase is needed.</source>
        <translation>KIN Desktop は、送るものすべてに、あなたからのものであることを証明する鍵で署名します。鍵はこのコンピューターのシステムのキーリングに保管されるため、パスフレーズは不要です。</translation>
    </message>
</context>
<context>
    <name>_ProfilePage</name>
    <message>
        <source>About you</source>
        <translation>あなたについて</translation>
    </message>
    <message>
        <source>e.g. Khon Kaen</source>
        <translation>例：Khon Kaen</translation>
    </message>
    <message>
        <source>Your city&apos;s name in Latin letters, as it should appear in file names and on printed forms. Filled in from the name above as a first guess: correct it if it is wrong.</source>
        <translation>ファイル名や印刷した様式に表示される、ラテン文字（ローマ字）での都市名です。上の名前から推測して入力してあります。誤っている場合は修正してください。</translation>
    </message>
    <message>
        <source>name@city.gov</source>
        <translation>name@city.gov</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>氏名(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation>都市(&amp;C):</translation>
    </message>
    <message>
        <source>City in &amp;Latin letters:</source>
        <translation>都市名（ラテン文字）(&amp;L):</translation>
    </message>
    <message>
        <source>Countr&amp;y:</source>
        <translation>国(&amp;Y):</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>所属機関(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Participant category:</source>
        <translation>参加者区分(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>電子メール(&amp;E):</translation>
    </message>
    <message>
        <source>Your delegation as it will appear to the secretariat.</source>
        <translation>事務局に表示される、あなたの代表団の情報です。</translation>
    </message>
    <message>
        <source>The secretariat as delegates will see it in welcome packs and receipts.</source>
        <translation>ウェルカムパックや受領証で代表者に表示される、事務局の情報です。</translation>
    </message>
</context>
<context>
    <name>_RadioEditor</name>
    <message>
        <source>Clear the answer to: %1</source>
        <translation>回答を消去: %1</translation>
    </message>
</context>
<context>
    <name>_RolePage</name>
    <message>
        <source>Welcome to KIN Desktop</source>
        <translation>KIN Desktop へようこそ</translation>
    </message>
    <message>
        <source>Set up this computer for the Fourth Meeting of the Kitakyushu Initiative Network. Everything stays on this computer until you export it.</source>
        <translation>第4回北九州イニシアティブ・ネットワーク会合のために、このコンピューターを設定します。エクスポートするまで、すべてのデータはこのコンピューター内に保存されます。</translation>
    </message>
    <message>
        <source>&amp;City delegation: answer the questionnaire, record practices, draft commitments</source>
        <translation>都市の代表団(&amp;C)：アンケートへの回答、優良事例の記録、コミットメントの作成</translation>
    </message>
    <message>
        <source>Network &amp;Secretariat: merge, review and follow up what cities send</source>
        <translation>ネットワーク事務局(&amp;S)：都市から届いたものの統合、審査、フォローアップ</translation>
    </message>
</context>
<context>
    <name>_WelcomePackPage</name>
    <message>
        <source>The secretariat&apos;s welcome pack</source>
        <translation>事務局のウェルカムパック</translation>
    </message>
    <message>
        <source>It brings the questionnaire and the secretariat&apos;s key. You can also do this later, from the Outbox.</source>
        <translation>アンケートと事務局の鍵が含まれています。後で［送信トレイ］から取り込むこともできます。</translation>
    </message>
    <message>
        <source>&amp;Choose the welcome pack file…</source>
        <translation>ウェルカムパックのファイルを選択(&amp;C)…</translation>
    </message>
    <message>
        <source>The fingerprint &amp;matches the one in my invitation letter</source>
        <translation>フィンガープリントは招待状のものと一致する(&amp;M)</translation>
    </message>
    <message>
        <source>This file is not a welcome pack that can be read: %1</source>
        <translation>このファイルは読み込めるウェルカムパックではありません: %1</translation>
    </message>
    <message>
        <source>Signed by the key with this fingerprint:

%1

Compare every group with your invitation letter.</source>
        <translation>次のフィンガープリントの鍵で署名されています。

%1

すべてのグループを招待状と照合してください。</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>This profile was saved by a newer version of KIN Desktop. Install the newer version to open it; nothing has been changed.</source>
        <translation>このプロファイルは新しいバージョンの KIN Desktop で保存されています。開くには新しいバージョンをインストールしてください。何も変更されていません。</translation>
    </message>
    <message>
        <source>The profile&apos;s database is damaged or is not a KIN Desktop database. Nothing has been changed.</source>
        <translation>プロファイルのデータベースが破損しているか、KIN Desktop のデータベースではありません。何も変更されていません。</translation>
    </message>
    <message>
        <source>There is no profile here yet. Create one to start.</source>
        <translation>ここにはまだプロファイルがありません。作成して始めてください。</translation>
    </message>
    <message>
        <source>The passphrase is not right. Try again.</source>
        <translation>パスフレーズが正しくありません。もう一度お試しください。</translation>
    </message>
    <message>
        <source>The key store could not be opened: %1</source>
        <translation>鍵の保管場所を開けませんでした: %1</translation>
    </message>
    <message>
        <source>Something went wrong: %1</source>
        <translation>問題が発生しました: %1</translation>
    </message>
</context>
<context>
    <name>language</name>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>records</name>
    <message>
        <source>Attach files</source>
        <translation>ファイルを添付</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>すべてのファイル (*)</translation>
    </message>
    <message>
        <source>—</source>
        <comment>no due year</comment>
        <translation>—</translation>
    </message>
    <message>
        <source>Solid waste</source>
        <translation>固形廃棄物</translation>
    </message>
    <message>
        <source>Wastewater and sanitation</source>
        <translation>排水処理・衛生</translation>
    </message>
    <message>
        <source>Water supply</source>
        <translation>上水道</translation>
    </message>
    <message>
        <source>Air quality</source>
        <translation>大気質</translation>
    </message>
    <message>
        <source>Urban transport</source>
        <translation>都市交通</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>エネルギー</translation>
    </message>
    <message>
        <source>Green space</source>
        <translation>緑地</translation>
    </message>
    <message>
        <source>Industrial pollution</source>
        <translation>産業公害</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>sector</comment>
        <translation>その他</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>下書き</translation>
    </message>
    <message>
        <source>Ready to send</source>
        <translation>送信準備完了</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>送信済み</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>受領確認済み</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>登録済み</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>審査中</translation>
    </message>
    <message>
        <source>Has issues</source>
        <translation>要修正</translation>
    </message>
    <message>
        <source>corrected</source>
        <translation>修正済み</translation>
    </message>
    <message>
        <source>changed since</source>
        <translation>審査後に変更</translation>
    </message>
    <message>
        <source>Signed form out of date</source>
        <translation>署名済みの様式が最新でない</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>印刷済み</translation>
    </message>
    <message>
        <source>Demonstration</source>
        <translation>実証</translation>
    </message>
    <message>
        <source>Expanded</source>
        <translation>拡大</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation>分野</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>対象とした問題</translation>
    </message>
    <message>
        <source>Approach</source>
        <translation>取組の内容</translation>
    </message>
    <message>
        <source>Environmental benefits</source>
        <translation>環境面の効果</translation>
    </message>
    <message>
        <source>Social benefits</source>
        <translation>社会面の効果</translation>
    </message>
    <message>
        <source>Economic benefits</source>
        <translation>経済面の効果</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>費用</translation>
    </message>
    <message>
        <source>Cost currency</source>
        <translation>費用の通貨</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>パートナー</translation>
    </message>
    <message>
        <source>Replicability</source>
        <translation>他都市への導入のしやすさ</translation>
    </message>
    <message>
        <source>Start year</source>
        <translation>開始年</translation>
    </message>
    <message>
        <source>Win-win</source>
        <translation>ウィンウィン</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Project type</source>
        <translation>プロジェクトの種類</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>目的</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Targets and indicators</source>
        <translation>目標および指標</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>開始日</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>終了日</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>マイルストーン</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>予算</translation>
    </message>
    <message>
        <source>Budget currency</source>
        <translation>予算の通貨</translation>
    </message>
    <message>
        <source>Funding source</source>
        <translation>資金源</translation>
    </message>
    <message>
        <source>Experience to share</source>
        <translation>他都市と共有する経験</translation>
    </message>
    <message>
        <source>Signatory name</source>
        <translation>署名者の氏名</translation>
    </message>
    <message>
        <source>Signatory title</source>
        <translation>署名者の役職</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>削除済み</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指標</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>基準値</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目標</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>単位</translation>
    </message>
    <message>
        <source>Due year</source>
        <translation>達成年</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>パートナー</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>%1, row %2</source>
        <translation>%1、%2 行目</translation>
    </message>
    <message>
        <source>%1, row %2: %3</source>
        <translation>%1、%2 行目: %3</translation>
    </message>
    <message>
        <source>The project must end by 31 December %1, when the follow-up of commitments ends. Choose an earlier end date.</source>
        <translation>コミットメントのフォローアップは %1 年 12 月 31 日に終了するため、プロジェクトはそれまでに終了する必要があります。それより前の終了日を選んでください。</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>終了日が開始日より前になっています。</translation>
    </message>
    <message>
        <source>Each target needs a description.</source>
        <translation>各目標には説明が必要です。</translation>
    </message>
    <message>
        <source>Each milestone needs a date and a description.</source>
        <translation>各マイルストーンには日付と説明が必要です。</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>この項目は必須です。</translation>
    </message>
    <message>
        <source>Enter a date as YYYY-MM-DD, for example 2009-06-30.</source>
        <translation>日付は YYYY-MM-DD の形式で入力してください（例：2009-06-30）。</translation>
    </message>
    <message>
        <source>Enter a number, for example 250000 or 1250.50.</source>
        <translation>数値を入力してください（例：250000、1250.50）。</translation>
    </message>
    <message>
        <source>This text is too long.</source>
        <translation>文章が長すぎます。</translation>
    </message>
    <message>
        <source>The due year must be between 2006 and %1.</source>
        <translation>達成年は 2006 年から %1 年の間にしてください。</translation>
    </message>
    <message>
        <source>Enter a year between 1950 and 2100.</source>
        <translation>1950 年から 2100 年までの年を入力してください。</translation>
    </message>
    <message>
        <source>This value is out of range.</source>
        <translation>この値は範囲外です。</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>フォーム</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>City</source>
        <translation>都市</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>審査</translation>
    </message>
    <message>
        <source>Last saved</source>
        <translation>最終保存</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>End</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>Due year (≤ 2010)</source>
        <translation>達成年（2010 年以前）</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>保存日時</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>（削除済み）</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>作成場所</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>この端末</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受領</translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation>受領確認済み</translation>
    </message>
    <message>
        <source>Form printed</source>
        <translation>様式の印刷</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>版</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>変更前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>変更後</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 の編集</translation>
    </message>
    <message>
        <source>Add a row to %1</source>
        <translation>%1 に行を追加</translation>
    </message>
    <message>
        <source>Remove a row from %1</source>
        <translation>%1 から行を削除</translation>
    </message>
</context>
<context>
    <name>secretariat</name>
    <message>
        <source>Practice</source>
        <translation>優良事例</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>コミットメント</translation>
    </message>
    <message>
        <source>Questionnaire response</source>
        <translation>アンケート回答</translation>
    </message>
    <message>
        <source>Progress report</source>
        <translation>進捗報告</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>添付ファイル</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>%1 (differs)</source>
        <translation>%1（相違あり）</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Left: newest (shown now)</source>
        <translation>左：最新（現在表示中）</translation>
    </message>
    <message>
        <source>Right: the other device</source>
        <translation>右：もう一方の端末</translation>
    </message>
    <message>
        <source>Resolve the conflict</source>
        <translation>競合の解決</translation>
    </message>
    <message>
        <source>the left (newest) version</source>
        <translation>左側（最新）の版</translation>
    </message>
    <message>
        <source>the right version</source>
        <translation>右側の版</translation>
    </message>
    <message>
        <source>Keep %1 of “%2”?

The other version&apos;s %3 will be replaced. Both stay in the history.</source>
        <translation>「%2」の%1を採用しますか？

もう一方の版の%3は置き換えられます。両方とも履歴に残ります。</translation>
    </message>
    <message>
        <source>Mayor</source>
        <translation>首長</translation>
    </message>
    <message>
        <source>City expert</source>
        <translation>地方自治体の専門家</translation>
    </message>
    <message>
        <source>National government</source>
        <translation>中央政府</translation>
    </message>
    <message>
        <source>International organisation</source>
        <translation>国際機関</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>participant category</comment>
        <translation>その他</translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation>承認待ち</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>承認済み</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>失効</translation>
    </message>
    <message>
        <source>Revoke the key of %1</source>
        <translation>%1 の鍵の失効</translation>
    </message>
    <message>
        <source>Revoke the key %1 (%2)?

Bundles it signs from now on, and those held for it, will be refused. What it sent before stays. This cannot be undone: the delegate will need a new key.</source>
        <translation>鍵 %1（%2）を失効させますか？

今後この鍵で署名されたバンドルと、この鍵のために保留中のバンドルは拒否されます。これまでに送られたものは残ります。この操作は元に戻せません。代表者には新しい鍵が必要になります。</translation>
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation>失効(&amp;R)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状況</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>フィンガープリント</translation>
    </message>
    <message>
        <source>City</source>
        <translation>都市</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国</translation>
    </message>
    <message>
        <source>Delegate</source>
        <translation>代表者</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>区分</translation>
    </message>
    <message>
        <source>Held bundles</source>
        <translation>保留中のバンドル</translation>
    </message>
    <message>
        <source>Choose a folder for the receipt</source>
        <translation>受領証の保存先フォルダーを選択</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>統合済み</translation>
    </message>
    <message>
        <source>Already received</source>
        <translation>受領済み</translation>
    </message>
    <message>
        <source>Held for enrolment</source>
        <translation>登録待ちで保留</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>拒否</translation>
    </message>
    <message>
        <source>Quarantined</source>
        <translation>隔離</translation>
    </message>
    <message>
        <source>Failed, kept for inspection</source>
        <translation>失敗（調査用に保管）</translation>
    </message>
    <message>
        <source>The file is damaged or was altered after it was signed; ask the delegate to export again.</source>
        <translation>ファイルが破損しているか、署名後に改変されています。代表者にもう一度エクスポートするよう依頼してください。</translation>
    </message>
    <message>
        <source>The sender&apos;s key is not enrolled yet: compare its fingerprint with the delegate (Delegates page), then approve it; the bundle then merges.</source>
        <translation>送信者の鍵はまだ登録されていません。代表者とフィンガープリントを照合し（［代表者］ページ）、承認してください。承認するとバンドルが統合されます。</translation>
    </message>
    <message>
        <source>The sender&apos;s key has been revoked; nothing was taken in.</source>
        <translation>送信者の鍵は失効しています。何も取り込まれませんでした。</translation>
    </message>
    <message>
        <source>A change already received comes again with other content (altered, or a faulty program): the file was set aside as evidence, nothing in it was taken in.</source>
        <translation>受領済みの変更が、異なる内容で再び届きました（改変されたか、プログラムの不具合）。このファイルは証拠として除外し、内容は何も取り込んでいません。</translation>
    </message>
    <message>
        <source>Too many files are already waiting for keys nobody has enrolled; this one was not kept. Approve or revoke the waiting keys (Delegates page), then import this file again.</source>
        <translation>未登録の鍵を待っているファイルがすでに多すぎるため、このファイルは保管しませんでした。待機中の鍵を承認または失効させてから（［代表者］ページ）、このファイルをもう一度取り込んでください。</translation>
    </message>
    <message>
        <source>Something unexpected went wrong with this file; nothing of it was taken in and the other files went on. It was kept in the profile&apos;s quarantine folder: please report it.</source>
        <translation>このファイルで予期しない問題が発生しました。このファイルからは何も取り込まれず、ほかのファイルの処理は続行されました。ファイルはプロファイルの隔離フォルダーに保管されています。この問題を報告してください。</translation>
    </message>
    <message>
        <source>This device sent a different bundle with the same number before; the file was set aside. Ask the delegate whether the profile was copied to another computer.</source>
        <translation>この端末は以前、同じ番号の別のバンドルを送っています。このファイルは除外しました。プロファイルを別のコンピューターにコピーしていないか、代表者に確認してください。</translation>
    </message>
    <message>
        <source>The file could not be read (missing, or no permission).</source>
        <translation>ファイルを読み込めませんでした（ファイルがないか、アクセス権がありません）。</translation>
    </message>
    <message>
        <source>The file is larger than KIN Desktop accepts.</source>
        <translation>ファイルが KIN Desktop で扱える大きさを超えています。</translation>
    </message>
    <message>
        <source>This is not a KIN bundle.</source>
        <translation>これは KIN バンドルではありません。</translation>
    </message>
    <message>
        <source>This is not a KIN file.</source>
        <translation>これは KIN ファイルではありません。</translation>
    </message>
    <message>
        <source>This file is encrypted for someone else.</source>
        <translation>このファイルは別の相手向けに暗号化されています。</translation>
    </message>
    <message>
        <source>The file was written by a newer version of KIN Desktop; update it.</source>
        <translation>このファイルは新しいバージョンの KIN Desktop で作成されています。KIN Desktop を更新してください。</translation>
    </message>
    <message>
        <source>The bundle is encrypted for another secretariat key; the delegate needs the current welcome pack.</source>
        <translation>このバンドルは別の事務局の鍵向けに暗号化されています。代表者には最新のウェルカムパックが必要です。</translation>
    </message>
    <message>
        <source>The bundle was made for another secretariat key; the delegate needs the current welcome pack.</source>
        <translation>このバンドルは別の事務局の鍵向けに作成されています。代表者には最新のウェルカムパックが必要です。</translation>
    </message>
    <message>
        <source>The file is cut short (an interrupted copy?); ask for it again.</source>
        <translation>ファイルが途中で切れています（コピーが中断された可能性があります）。もう一度送ってもらってください。</translation>
    </message>
    <message>
        <source>The bundle holds more files than allowed; it was not opened.</source>
        <translation>バンドルに含まれるファイルが多すぎるため、開きませんでした。</translation>
    </message>
    <message>
        <source>The bundle expands suspiciously (a zip bomb?); it was not opened.</source>
        <translation>バンドルの展開サイズが不自然に大きいため（zip 爆弾の可能性）、開きませんでした。</translation>
    </message>
    <message>
        <source>The bundle names files in an unsafe way; it was not opened.</source>
        <translation>バンドル内のファイル名が安全でないため、開きませんでした。</translation>
    </message>
    <message>
        <source>The bundle holds a file that bundles may not carry.</source>
        <translation>バンドルに、含めることが認められていないファイルが入っています。</translation>
    </message>
    <message>
        <source>The signature does not verify: the file was altered or forged.</source>
        <translation>署名を検証できません。ファイルが改変または偽造されています。</translation>
    </message>
    <message>
        <source>The file is signed by a key this profile does not know.</source>
        <translation>このファイルは、このプロファイルが知らない鍵で署名されています。</translation>
    </message>
    <message>
        <source>The file is signed by another key than the one it names.</source>
        <translation>このファイルは、記載されている鍵とは別の鍵で署名されています。</translation>
    </message>
    <message>
        <source>The bundle&apos;s records are invalid; nothing was taken in.</source>
        <translation>バンドルのレコードが無効です。何も取り込まれませんでした。</translation>
    </message>
    <message>
        <source>A change in the bundle was not written by its sender; nothing was taken in.</source>
        <translation>バンドル内の変更に、送信者が作成したものではないものがあります。何も取り込まれませんでした。</translation>
    </message>
    <message>
        <source>The bundle changes records its sender does not own (or review notes); nothing was taken in.</source>
        <translation>バンドルが、送信者の所有でないレコード（または審査メモ）を変更しています。何も取り込まれませんでした。</translation>
    </message>
    <message>
        <source>An attached file is missing from the bundle; nothing was taken in.</source>
        <translation>バンドルに添付ファイルが欠けています。何も取り込まれませんでした。</translation>
    </message>
    <message>
        <source>%1 and %2 more gaps</source>
        <translation>%1、ほか %2 か所の欠番</translation>
    </message>
    <message>
        <source>Not arrived yet from this device: bundle %1.</source>
        <translation>この端末からまだ届いていないバンドル：%1。</translation>
    </message>
    <message>
        <source>Changes dated more than a day ahead of this computer&apos;s clock: %1, the latest on %2. The sender&apos;s clock is probably wrong; they were kept as signed and this computer&apos;s clock was not moved.</source>
        <translation>このコンピューターの時計より1日以上先の日付を持つ変更：%1 件、最も遅いものは %2。送信者の時計が誤っている可能性があります。署名どおりに保存し、このコンピューターの時計は変更していません。</translation>
    </message>
    <message>
        <source>Nothing new in it.</source>
        <translation>新しい内容はありません。</translation>
    </message>
    <message>
        <source>Import bundles</source>
        <translation>バンドルの取り込み</translation>
    </message>
    <message>
        <source>KIN bundles (*.kinb)</source>
        <translation>KIN バンドル (*.kinb)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Choose a folder of bundles</source>
        <translation>バンドルのフォルダーを選択</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受領</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>審査中</translation>
    </message>
    <message>
        <source>Has issues</source>
        <translation>要修正</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>登録済み</translation>
    </message>
    <message>
        <source>corrected</source>
        <translation>修正済み</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>変更あり</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>競合</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation>分野</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>Review state</source>
        <translation>審査状況</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>最終変更</translation>
    </message>
    <message>
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>コメント</translation>
    </message>
    <message>
        <source>Save the commitment forms</source>
        <translation>コミットメント様式の保存</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Check a signed form</source>
        <translation>署名済みの様式の確認</translation>
    </message>
    <message>
        <source>The text of the form&apos;s QR code (a scanner types it here):</source>
        <translation>様式の QR コードの文字列（スキャナーでここに入力されます）:</translation>
    </message>
</context>
</TS>
