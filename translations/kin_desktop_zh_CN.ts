<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About KIN Desktop</source>
        <translation>关于 KIN Desktop</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>版本 %1</translation>
    </message>
    <message>
        <source>For the Kitakyushu Initiative Network: the cities&apos; questionnaire, practices and commitments, and the secretariat&apos;s review and follow-up. Licensed under the MIT licence.</source>
        <translation>专为北九州倡议网络打造：各城市的问卷、成功实践与承诺，以及秘书处的审核与跟踪。依据 MIT 许可证授权。</translation>
    </message>
    <message>
        <source>Licences of what is bundled</source>
        <translation>所含组件的许可证</translation>
    </message>
    <message>
        <source>KIN Desktop bundles the following software and fonts:</source>
        <translation>KIN Desktop 包含以下软件和字体：</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>组件</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>许可证</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <source>Attached files</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>Drop files here or press Add.</source>
        <translation>将文件拖放到此处，或按“添加”。</translation>
    </message>
    <message>
        <source>Attachments hint</source>
        <translation>附件说明</translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation>添加文件(&amp;A)…</translation>
    </message>
    <message>
        <source>Add files</source>
        <translation>添加文件</translation>
    </message>
    <message>
        <source>O&amp;pen file</source>
        <translation>打开文件(&amp;P)</translation>
    </message>
    <message>
        <source>Open the selected file</source>
        <translation>打开所选文件</translation>
    </message>
    <message>
        <source>Re&amp;move file</source>
        <translation>移除文件(&amp;M)</translation>
    </message>
    <message>
        <source>Remove the selected file</source>
        <translation>移除所选文件</translation>
    </message>
    <message>
        <source>Save the record first: fix the problems shown above, then attach the files.</source>
        <translation>请先保存记录：修正上方显示的问题，然后再添加附件。</translation>
    </message>
    <message>
        <source>%1 was not attached: %2</source>
        <translation>%1 未能添加为附件：%2</translation>
    </message>
    <message>
        <source>No program could open %1.</source>
        <translation>没有可以打开 %1 的程序。</translation>
    </message>
</context>
<context>
    <name>CitiesTab</name>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Delegate</source>
        <translation>代表</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>问卷</translation>
    </message>
    <message>
        <source>Cities</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>By &amp;city</source>
        <translation>按城市(&amp;C)</translation>
    </message>
    <message>
        <source>By &amp;question</source>
        <translation>按问题(&amp;Q)</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>部分</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
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
        <translation>请选择一个城市以查看其回答。</translation>
    </message>
    <message>
        <source>No delegations yet: a city appears here with its first bundle.</source>
        <translation>尚无代表团：城市发来第一个数据包后将显示在这里。</translation>
    </message>
    <message>
        <source>Not received</source>
        <translation>未收到</translation>
    </message>
    <message>
        <source>Submitted (%1)</source>
        <translation>已提交（%1）</translation>
    </message>
    <message>
        <source>In progress (%1)</source>
        <translation>填写中（%1）</translation>
    </message>
    <message>
        <source>No city has answered this question yet.</source>
        <translation>尚无城市回答此问题。</translation>
    </message>
    <message>
        <source>This city has not sent its questionnaire yet.</source>
        <translation>该城市尚未发送问卷。</translation>
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
        <translation>承诺</translation>
    </message>
    <message>
        <source>commitment</source>
        <translation>承诺</translation>
    </message>
    <message>
        <source>A short name for the project</source>
        <translation>项目的简短名称</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>项目名称(&amp;T)：</translation>
    </message>
    <message>
        <source>Project t&amp;ype:</source>
        <translation>项目类型(&amp;Y)：</translation>
    </message>
    <message>
        <source>S&amp;tate:</source>
        <translation>状态(&amp;T)：</translation>
    </message>
    <message>
        <source>Se&amp;ctors:</source>
        <translation>领域(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Objectives:</source>
        <translation>目标(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>说明(&amp;D)：</translation>
    </message>
    <message>
        <source>Targets and indicators</source>
        <translation>指标与目标值</translation>
    </message>
    <message>
        <source>Add tar&amp;get</source>
        <translation>添加目标(&amp;G)</translation>
    </message>
    <message>
        <source>Remove target</source>
        <translation>删除目标</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间安排</translation>
    </message>
    <message>
        <source>Start &amp;date:</source>
        <translation>开始日期(&amp;D)：</translation>
    </message>
    <message>
        <source>The follow-up runs to %1: the timeline ends by then.</source>
        <translation>跟踪截至 %1：时间安排须在此日期之前结束。</translation>
    </message>
    <message>
        <source>&amp;End date:</source>
        <translation>结束日期(&amp;E)：</translation>
    </message>
    <message>
        <source>Add &amp;milestone</source>
        <translation>添加里程碑(&amp;M)</translation>
    </message>
    <message>
        <source>Remove milestone</source>
        <translation>删除里程碑</translation>
    </message>
    <message>
        <source>Milestones:</source>
        <translation>里程碑：</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>合作伙伴</translation>
    </message>
    <message>
        <source>Add &amp;partner</source>
        <translation>添加合作伙伴(&amp;P)</translation>
    </message>
    <message>
        <source>Remove partner</source>
        <translation>删除合作伙伴</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <source>e.g. 250000</source>
        <translation>例如 250000</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>金额(&amp;A)：</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>货币(&amp;U)：</translation>
    </message>
    <message>
        <source>e.g. city budget, ODA loan</source>
        <translation>例如：市财政预算、官方发展援助贷款</translation>
    </message>
    <message>
        <source>&amp;Funding source:</source>
        <translation>资金来源(&amp;F)：</translation>
    </message>
    <message>
        <source>Sharing and signature</source>
        <translation>经验分享与签署</translation>
    </message>
    <message>
        <source>E&amp;xperience to share:</source>
        <translation>可分享的经验(&amp;X)：</translation>
    </message>
    <message>
        <source>Signatory &amp;name:</source>
        <translation>签署人姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>Signatory t&amp;itle:</source>
        <translation>签署人职务(&amp;I)：</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
</context>
<context>
    <name>CommitmentsPage</name>
    <message>
        <source>Commitments</source>
        <translation>承诺</translation>
    </message>
    <message>
        <source>Project type filter</source>
        <translation>按项目类型筛选</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>所有类型</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>类型(&amp;Y)：</translation>
    </message>
    <message>
        <source>No commitments yet — press New to draft one</source>
        <translation>尚无承诺 — 按“新建”起草一项</translation>
    </message>
    <message numerus="yes">
        <source>%Ln commitment(s)</source>
        <translation>
            <numerusform>%Ln 项承诺</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln commitment(s)</source>
        <translation>
            <numerusform>%Ln 项承诺中的 %1 项</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete commitment</source>
        <translation>删除承诺</translation>
    </message>
    <message>
        <source>Delete the commitment “%1” and its attachments?</source>
        <translation>删除承诺“%1”及其附件吗？</translation>
    </message>
</context>
<context>
    <name>ConfirmApproval</name>
    <message numerus="yes">
        <source>Approve %Ln key(s)</source>
        <translation>
            <numerusform>批准 %Ln 个密钥</numerusform>
        </translation>
    </message>
    <message>
        <source>Compare each fingerprint with the one its delegate reads to you (by phone, or from their screen). Approve only if every group of every fingerprint matches: their held bundles are then merged.</source>
        <translation>请将每个指纹与相应代表（通过电话或其屏幕）读给您的指纹进行核对。仅当每个指纹的每一组都一致时才批准：批准后，其暂存的数据包将被合并。</translation>
    </message>
    <message>
        <source>Fingerprints to compare</source>
        <translation>待核对的指纹</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Delegate</source>
        <translation>代表</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>指纹</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>暂存</translation>
    </message>
    <message>
        <source>I &amp;compared every fingerprint, and each one matches</source>
        <translation>我已核对每个指纹，且全部一致(&amp;C)</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Approve %Ln key(s)</source>
        <translation>
            <numerusform>批准 %Ln 个密钥(&amp;A)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConflictsTab</name>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Records in conflict</source>
        <translation>存在冲突的记录</translation>
    </message>
    <message>
        <source>No conflicts. A conflict appears when one delegation edits the same record on two computers; both versions are kept until you choose.</source>
        <translation>没有冲突。同一代表团在两台计算机上编辑同一条记录时会产生冲突；在您作出选择之前，两个版本都会保留。</translation>
    </message>
    <message>
        <source>Fields that differ</source>
        <translation>不同的字段</translation>
    </message>
    <message>
        <source>&amp;Only the fields that differ</source>
        <translation>仅显示不同的字段(&amp;O)</translation>
    </message>
    <message>
        <source>The two versions side by side</source>
        <translation>两个版本并排对照</translation>
    </message>
    <message>
        <source>Keep &amp;left</source>
        <translation>保留左侧(&amp;L)</translation>
    </message>
    <message>
        <source>Keep the newest version (Ctrl+Alt+Left)</source>
        <translation>保留最新版本（Ctrl+Alt+←）</translation>
    </message>
    <message>
        <source>Keep &amp;right</source>
        <translation>保留右侧(&amp;R)</translation>
    </message>
    <message>
        <source>Keep the other device&apos;s version (Ctrl+Alt+Right)</source>
        <translation>保留另一台设备的版本（Ctrl+Alt+→）</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>合并(&amp;M)…</translation>
    </message>
    <message>
        <source>Choose field by field (Ctrl+M)</source>
        <translation>逐个字段选择（Ctrl+M）</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Select a conflict to compare its two versions.</source>
        <translation>请选择一个冲突以比较其两个版本。</translation>
    </message>
    <message>
        <source>%1 “%2” — %3</source>
        <translation>%1“%2”— %3</translation>
    </message>
    <message numerus="yes">
        <source>%Ln field(s) differ: %1. Until you choose, the left (newest) version is shown.</source>
        <translation>
            <numerusform>%Ln 个字段不同：%1。在您作出选择之前，显示左侧（最新）版本。</numerusform>
        </translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>Resolved: “%1” now has one version.</source>
        <translation>已解决：“%1”现在只有一个版本。</translation>
    </message>
</context>
<context>
    <name>CountedTexts</name>
    <message numerus="yes">
        <source>Bundle(s) %1 from this delegate have not arrived.</source>
        <translation>
            <numerusform>此代表的数据包 %1 尚未到达。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Compare this fingerprint with the one the delegate reads to you (by phone, or from their screen):

%1

%2

Approve only if every group matches. Its %Ln held bundle(s) will then be merged.</source>
        <translation>
            <numerusform>请将此指纹与代表（通过电话或其屏幕）读给您的指纹进行核对：

%1

%2

仅当每一组都一致时才批准。批准后，其暂存的 %Ln 个数据包将被合并。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CountryPicker</name>
    <message>
        <source>No country is called “%1”: choose one from the list, or type its name or its code.</source>
        <translation>没有名为“%1”的国家：请从列表中选择，或输入其名称或代码。</translation>
    </message>
    <message>
        <source>Type the name or the code of the country</source>
        <translation>输入国家名称或代码</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Not given</source>
        <translation>未填写</translation>
    </message>
    <message>
        <source>Mayors</source>
        <translation>市长</translation>
    </message>
    <message>
        <source>City experts</source>
        <translation>地方政府专家</translation>
    </message>
    <message>
        <source>National government</source>
        <translation>中央政府</translation>
    </message>
    <message>
        <source>International organisations</source>
        <translation>国际组织</translation>
    </message>
    <message>
        <source>Others</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>已收到</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>审核中</translation>
    </message>
    <message>
        <source>Has issues</source>
        <translation>需修改</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>已登记</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>填写中</translation>
    </message>
    <message>
        <source>No response yet</source>
        <translation>尚未回答</translation>
    </message>
    <message>
        <source>Practices and commitments by country</source>
        <translation>各国的成功实践与承诺</translation>
    </message>
    <message>
        <source>Sectors of practices and commitments</source>
        <translation>成功实践与承诺的领域</translation>
    </message>
    <message>
        <source>Delegates by participant category</source>
        <translation>按参会者类别统计的代表</translation>
    </message>
    <message>
        <source>Commitments by review state</source>
        <translation>按审核状态统计的承诺</translation>
    </message>
    <message>
        <source>Pre-meeting questionnaire, by delegate</source>
        <translation>会前问卷（按代表）</translation>
    </message>
    <message>
        <source>Commitments by end year</source>
        <translation>按结束年份统计的承诺</translation>
    </message>
    <message>
        <source>%1 (total %2)</source>
        <translation>%1（共 %2）</translation>
    </message>
    <message>
        <source>%1: %2 (%3%)</source>
        <translation>%1：%2（%3%）</translation>
    </message>
    <message>
        <source>&amp;Copy chart</source>
        <translation>复制图表(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Save as PNG…</source>
        <translation>另存为 PNG(&amp;S)…</translation>
    </message>
    <message>
        <source>The Network at a glance</source>
        <translation>网络概况</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Count again (F5)</source>
        <translation>重新统计（F5）</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy this chart as a picture, to paste into a report</source>
        <translation>将此图表复制为图片，以便粘贴到报告中</translation>
    </message>
    <message>
        <source>Copy chart</source>
        <translation>复制图表</translation>
    </message>
    <message>
        <source>Save PNG…</source>
        <translation>保存 PNG…</translation>
    </message>
    <message>
        <source>Save this chart as a PNG picture</source>
        <translation>将此图表保存为 PNG 图片</translation>
    </message>
    <message>
        <source>Save chart as PNG</source>
        <translation>将图表保存为 PNG</translation>
    </message>
    <message>
        <source>Save the chart</source>
        <translation>保存图表</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln practice(s)</source>
        <translation>
            <numerusform>%Ln 项成功实践</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln commitment(s)</source>
        <translation>
            <numerusform>%Ln 项承诺</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln cities</source>
        <translation>
            <numerusform>%Ln 个城市</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to count yet: the charts fill in as the delegates&apos; bundles are taken in on the Inbox page.</source>
        <translation>尚无可统计的数据：在“收件箱”页面导入代表的数据包后，图表将逐步填充。</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>无数据</translation>
    </message>
    <message>
        <source>“%1” copied: paste it into your report.</source>
        <translation>已复制“%1”：可将其粘贴到报告中。</translation>
    </message>
    <message>
        <source>The chart could not be saved to %1.</source>
        <translation>无法将图表保存到 %1。</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
</context>
<context>
    <name>DateEditor</name>
    <message>
        <source>Choose on a calendar: %1</source>
        <translation>在日历中选择：%1</translation>
    </message>
</context>
<context>
    <name>DateEntry</name>
    <message>
        <source>Choose the date on a calendar (Alt+Down)</source>
        <translation>在日历中选择日期（Alt+↓）</translation>
    </message>
    <message>
        <source>Choose on a calendar</source>
        <translation>在日历中选择</translation>
    </message>
</context>
<context>
    <name>DelegatesPage</name>
    <message>
        <source>Delegates&apos; keys</source>
        <translation>代表的密钥</translation>
    </message>
    <message>
        <source>No delegate has sent a bundle yet. A delegate&apos;s first bundle registers their key here, waiting for your approval.</source>
        <translation>尚无代表发送数据包。代表的第一个数据包会在此登记其密钥，等待您批准。</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>批准(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Revoke…</source>
        <translation>吊销(&amp;R)…</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>刷新(&amp;F)</translation>
    </message>
    <message>
        <source>Revoke the selected key</source>
        <translation>吊销所选密钥</translation>
    </message>
    <message>
        <source>Write a receipt with the current state for this delegate</source>
        <translation>为此代表生成一份反映当前状态的回执</translation>
    </message>
    <message>
        <source>Load the registry again</source>
        <translation>重新加载登记册</translation>
    </message>
    <message>
        <source>Registry summary</source>
        <translation>登记册摘要</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Missing bundles</source>
        <translation>缺失的数据包</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>已收到</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>含义</translation>
    </message>
    <message>
        <source>Bundles received from the selected key</source>
        <translation>从所选密钥收到的数据包</translation>
    </message>
    <message>
        <source>What this key has sent</source>
        <translation>此密钥发送的内容</translation>
    </message>
    <message numerus="yes">
        <source>%Ln waiting for approval</source>
        <translation>
            <numerusform>%Ln 个待批准</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln approved</source>
        <translation>
            <numerusform>%Ln 个已批准</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Approving %Ln key(s) and merging their held bundles…</source>
        <translation>
            <numerusform>正在批准 %Ln 个密钥并合并其暂存的数据包…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln key(s)</source>
        <translation>
            <numerusform>%Ln 个密钥</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Approved %1: %Ln held bundle(s) merged.</source>
        <translation>
            <numerusform>已批准 %1：已合并 %Ln 个暂存的数据包。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln refused:</source>
        <translation>
            <numerusform>%Ln 个被拒绝：</numerusform>
        </translation>
    </message>
    <message>
        <source>Receipt written for %1: %2. Send it to the delegate.</source>
        <translation>已为 %1 生成回执：%2。请将其发送给该代表。</translation>
    </message>
    <message>
        <source>Select a key to see the bundles it has sent.</source>
        <translation>请选择一个密钥以查看其发送的数据包。</translation>
    </message>
    <message>
        <source>Write a &amp;receipt again…</source>
        <translation>重新生成回执(&amp;R)…</translation>
    </message>
    <message>
        <source>Approve the selected keys</source>
        <translation>批准所选密钥</translation>
    </message>
    <message>
        <source>%1 — %2, %3 · %4 · first seen %5</source>
        <translation>%1 — %2，%3 · %4 · 首次收到 %5</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>（无名称）</translation>
    </message>
    <message>
        <source>No bundle is missing: every number up to the last one arrived.</source>
        <translation>没有缺失的数据包：截至最后一个编号的数据包均已收到。</translation>
    </message>
    <message>
        <source>Nothing received from this key is in the import log.</source>
        <translation>导入日志中没有来自此密钥的内容。</translation>
    </message>
    <message>
        <source>Not approved: nothing changed.</source>
        <translation>未批准：没有任何更改。</translation>
    </message>
    <message>
        <source>Not revoked: nothing changed.</source>
        <translation>未吊销：没有任何更改。</translation>
    </message>
    <message>
        <source>Revoked the key of %1: its bundles will be refused from now on.</source>
        <translation>已吊销 %1 的密钥：今后将拒绝其数据包。</translation>
    </message>
</context>
<context>
    <name>ExportsPage</name>
    <message>
        <source>E&amp;xcel workbook (XLSX): one sheet per table</source>
        <translation>E&amp;xcel 工作簿（XLSX）：每个表一个工作表</translation>
    </message>
    <message>
        <source>CS&amp;V files: one file per table, UTF-8</source>
        <translation>CS&amp;V 文件：每个表一个文件，UTF-8</translation>
    </message>
    <message>
        <source>&amp;Export for analysis…</source>
        <translation>导出用于分析(&amp;E)…</translation>
    </message>
    <message>
        <source>Write practices, commitments, follow-up and questionnaire answers (Ctrl+E)</source>
        <translation>导出成功实践、承诺、跟踪情况和问卷回答（Ctrl+E）</translation>
    </message>
    <message>
        <source>For analysis</source>
        <translation>用于分析</translation>
    </message>
    <message>
        <source>Practices, commitments, their follow-up and the questionnaire answers, as tables to open in a spreadsheet or a statistics package.</source>
        <translation>将成功实践、承诺及其跟踪情况和问卷回答导出为表格，可在电子表格或统计软件中打开。</translation>
    </message>
    <message>
        <source>Write &amp;receipts…</source>
        <translation>生成回执(&amp;R)…</translation>
    </message>
    <message>
        <source>One signed receipt per delegate with something to acknowledge (Ctrl+R)</source>
        <translation>为每位有待确认内容的代表生成一份签名回执（Ctrl+R）</translation>
    </message>
    <message>
        <source>Write &amp;welcome pack…</source>
        <translation>生成欢迎包(&amp;W)…</translation>
    </message>
    <message>
        <source>The secretariat&apos;s keys, the questionnaires and the practices catalogue</source>
        <translation>秘书处的密钥、问卷和成功实践目录</translation>
    </message>
    <message>
        <source>For delegates</source>
        <translation>发给代表</translation>
    </message>
    <message>
        <source>Receipts tell each delegate what was taken in and how it was reviewed; the welcome pack brings the secretariat&apos;s key and the practices catalogue. Both are signed: send them by e-mail or on a USB stick.</source>
        <translation>回执告知每位代表哪些内容已被接收以及审核结果；欢迎包提供秘书处的密钥和成功实践目录。两者均已签名：可通过电子邮件或 U 盘发送。</translation>
    </message>
    <message>
        <source>Writing</source>
        <translation>生成</translation>
    </message>
    <message>
        <source>Nothing written yet in this session.</source>
        <translation>本次会话尚未生成任何文件。</translation>
    </message>
    <message>
        <source>Files written</source>
        <translation>已生成的文件</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>打开文件夹(&amp;O)</translation>
    </message>
    <message>
        <source>Show the folder of the chosen file</source>
        <translation>显示所选文件所在的文件夹</translation>
    </message>
    <message>
        <source>Export for analysis</source>
        <translation>导出用于分析</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Choose a folder for the CSV files</source>
        <translation>选择 CSV 文件的保存文件夹</translation>
    </message>
    <message numerus="yes">
        <source>A receipt would tell %Ln delegate(s) of something new: %1</source>
        <translation>
            <numerusform>有 %Ln 位代表应通过回执获知新情况：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Every delegate has been told of everything received.</source>
        <translation>已向每位代表告知收到的全部内容。</translation>
    </message>
    <message>
        <source>Exporting for analysis…</source>
        <translation>正在导出用于分析…</translation>
    </message>
    <message numerus="yes">
        <source>Exported for analysis: %Ln file(s).</source>
        <translation>
            <numerusform>已导出用于分析：%Ln 个文件。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln receipt(s) written: send each to its delegate.</source>
        <translation>
            <numerusform>已生成 %Ln 份回执：请分别发送给相应的代表。</numerusform>
        </translation>
    </message>
    <message>
        <source>The passphrase was not right: press the button again to try again. Nothing was written.</source>
        <translation>口令不正确：请再次按下按钮重试。未生成任何文件。</translation>
    </message>
    <message>
        <source>Choose a folder for the receipts</source>
        <translation>选择回执的保存文件夹</translation>
    </message>
    <message>
        <source>Writing receipts…</source>
        <translation>正在生成回执…</translation>
    </message>
    <message>
        <source>No receipts were needed: every delegate has been told of everything received.</source>
        <translation>无需生成回执：已向每位代表告知所有已收到的内容。</translation>
    </message>
    <message>
        <source>Choose a folder for the welcome pack</source>
        <translation>选择欢迎包的保存文件夹</translation>
    </message>
    <message>
        <source>Writing the welcome pack…</source>
        <translation>正在生成欢迎包…</translation>
    </message>
    <message>
        <source>Welcome pack written: send it to the delegates with the secretariat&apos;s fingerprint.</source>
        <translation>欢迎包已生成：请连同秘书处的密钥指纹一起发送给代表。</translation>
    </message>
    <message>
        <source>Wait for the current work to finish, then try again.</source>
        <translation>请等待当前操作完成后再试。</translation>
    </message>
</context>
<context>
    <name>FollowUpPage</name>
    <message>
        <source>Not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>按计划进行</translation>
    </message>
    <message>
        <source>Delayed</source>
        <translation>延迟</translation>
    </message>
    <message>
        <source>Stalled</source>
        <translation>停滞</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>No report yet</source>
        <translation>尚无报告</translation>
    </message>
    <message>
        <source>Overdue, stalled</source>
        <translation>逾期、停滞</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Stalled</source>
        <comment>attention</comment>
        <translation>停滞</translation>
    </message>
    <message>
        <source>Recognized</source>
        <translation>已认可</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>已登记</translation>
    </message>
    <message>
        <source>Not registered</source>
        <translation>未登记</translation>
    </message>
    <message>
        <source>Attention</source>
        <translation>需关注</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>承诺</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状况</translation>
    </message>
    <message>
        <source>Last report</source>
        <translation>最近报告</translation>
    </message>
    <message>
        <source>—</source>
        <comment>no report</comment>
        <translation>—</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>审核</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>记录人</translation>
    </message>
    <message>
        <source>Secretariat</source>
        <translation>秘书处</translation>
    </message>
    <message>
        <source>Delegate</source>
        <translation>代表</translation>
    </message>
    <message>
        <source>Milestones reached</source>
        <translation>已达成的里程碑</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Commitments followed up to %1</source>
        <translation>跟踪至 %1 年的承诺</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Follow-up as of</source>
        <translation>跟踪基准日</translation>
    </message>
    <message>
        <source>Overdue and stalled are judged as of this date (by default today, or the end of the second cycle, %1, once it is past)</source>
        <translation>以此日期为基准判断逾期和停滞（默认为今天；第二周期结束日 %1 过后则默认为该日）</translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation>基准日(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>今天(&amp;T)</translation>
    </message>
    <message>
        <source>Judge the follow-up as of today</source>
        <translation>以今天为基准判断跟踪情况</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Read the commitments and reports again (F5)</source>
        <translation>重新读取承诺和报告（F5）</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>显示%1</translation>
    </message>
    <message>
        <source>Filter by city or title (Ctrl+F)</source>
        <translation>按城市或名称筛选（Ctrl+F）</translation>
    </message>
    <message>
        <source>Filter by city or title</source>
        <translation>按城市或名称筛选</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <source>Commitments followed up</source>
        <translation>跟踪中的承诺</translation>
    </message>
    <message>
        <source>Re&amp;cognized by %1</source>
        <translation>于 %1 年前认可其实现(&amp;C)</translation>
    </message>
    <message>
        <source>The Network recognizes the realization of a registered commitment (concept note: &quot;recognized in due course by 2010&quot;)</source>
        <translation>网络认可已登记承诺的实现（概念说明：“在 2010 年前适时认可”）</translation>
    </message>
    <message>
        <source>Record a &amp;progress report…</source>
        <translation>记录进展报告(&amp;P)…</translation>
    </message>
    <message>
        <source>Record a progress report of this commitment (Ctrl+N)</source>
        <translation>记录此承诺的进展报告（Ctrl+N）</translation>
    </message>
    <message>
        <source>Progress reports</source>
        <translation>进展报告</translation>
    </message>
    <message>
        <source>No commitments yet, as of %1.</source>
        <translation>截至 %1，尚无承诺。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln commitment(s) as of %1: </source>
        <translation>
            <numerusform>截至 %1 共 %Ln 项承诺：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln overdue, </source>
        <translation>
            <numerusform>%Ln 项逾期，</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln stalled, </source>
        <translation>
            <numerusform>%Ln 项停滞，</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln recognized.</source>
        <translation>
            <numerusform>%Ln 项已认可。</numerusform>
        </translation>
    </message>
    <message>
        <source>No commitments to follow up yet. They arrive with the delegates&apos; bundles: take them in on the Inbox page.</source>
        <translation>尚无需要跟踪的承诺。承诺随代表的数据包一同到达：请在“收件箱”页面导入。</translation>
    </message>
    <message>
        <source>No commitment matches these words.</source>
        <translation>没有与这些词语匹配的承诺。</translation>
    </message>
    <message>
        <source>Nothing is overdue as of %1.</source>
        <translation>截至 %1，没有逾期的承诺。</translation>
    </message>
    <message>
        <source>Nothing is stalled as of %1.</source>
        <translation>截至 %1，没有停滞的承诺。</translation>
    </message>
    <message>
        <source>No commitments to show.</source>
        <translation>没有可显示的承诺。</translation>
    </message>
    <message>
        <source>&lt;b&gt;No commitment chosen&lt;/b&gt;</source>
        <translation>&lt;b&gt;未选择承诺&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Choose a commitment in the list to see its progress reports.</source>
        <translation>请在列表中选择一项承诺以查看其进展报告。</translation>
    </message>
    <message>
        <source>Ends: %1</source>
        <translation>结束：%1</translation>
    </message>
    <message>
        <source>no end date given</source>
        <translation>未填写结束日期</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>状况：%1</translation>
    </message>
    <message>
        <source>Registered: %1</source>
        <translation>已登记：%1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>尚未</translation>
    </message>
    <message>
        <source>It can be recognized once it is registered on the Review page.</source>
        <translation>在“审核”页面登记后即可认可。</translation>
    </message>
    <message>
        <source>Overdue: it was to end on %1 and is not reported completed.</source>
        <translation>逾期：原定于 %1 结束，但尚未报告完成。</translation>
    </message>
    <message>
        <source>Overdue: a milestone due before %1 is not reported reached.</source>
        <translation>逾期：截止于 %1 之前的里程碑尚未报告达成。</translation>
    </message>
    <message>
        <source>Stalled: so says its latest progress report.</source>
        <translation>停滞：依据最近的进展报告。</translation>
    </message>
    <message>
        <source>Stalled: no progress reported for more than six months.</source>
        <translation>停滞：超过六个月未报告进展。</translation>
    </message>
    <message>
        <source>No progress reported yet.</source>
        <translation>尚未报告进展。</translation>
    </message>
    <message>
        <source>Recording the report…</source>
        <translation>正在记录报告…</translation>
    </message>
    <message>
        <source>The progress report was recorded. It is dated %1, after the date shown: the figures are now as of that day.</source>
        <translation>进展报告已记录。其日期为 %1，晚于所显示的日期：数据现以该日为准。</translation>
    </message>
    <message>
        <source>The progress report was recorded.</source>
        <translation>进展报告已记录。</translation>
    </message>
    <message>
        <source>Recorded as recognized.</source>
        <translation>已记录为认可。</translation>
    </message>
    <message>
        <source>The recognition was withdrawn.</source>
        <translation>已撤销认可。</translation>
    </message>
    <message>
        <source>Only a registered commitment can be recognized. Register it on the Review page first, then recognize it here.</source>
        <translation>只有已登记的承诺才能被认可。请先在“审核”页面登记，然后在此认可。</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>KIN Desktop — the secretariat&apos;s guide</source>
        <translation>KIN Desktop — 秘书处指南</translation>
    </message>
    <message>
        <source>KIN Desktop — the delegate&apos;s guide</source>
        <translation>KIN Desktop — 代表指南</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>帮助</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History</source>
        <translation>历史</translation>
    </message>
    <message>
        <source>Revisions</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Changes between the selected revisions</source>
        <translation>所选版本之间的更改</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>比较</translation>
    </message>
    <message>
        <source>Select one revision to see what it changed, or two to compare them.</source>
        <translation>选择一个版本可查看其更改内容，选择两个版本可进行比较。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln field(s) changed.</source>
        <translation>
            <numerusform>%Ln 个字段已更改。</numerusform>
        </translation>
    </message>
    <message>
        <source>No differences.</source>
        <translation>没有差异。</translation>
    </message>
    <message>
        <source>The first revision: nothing before it to compare with.</source>
        <translation>这是第一个版本：之前没有可比较的版本。</translation>
    </message>
</context>
<context>
    <name>InboxPage</name>
    <message>
        <source>Import &amp;files…</source>
        <translation>导入文件(&amp;F)…</translation>
    </message>
    <message>
        <source>Choose bundle files to import (Ctrl+Shift+I)</source>
        <translation>选择要导入的数据包文件（Ctrl+Shift+I）</translation>
    </message>
    <message>
        <source>Import files</source>
        <translation>导入文件</translation>
    </message>
    <message>
        <source>Import a f&amp;older…</source>
        <translation>导入文件夹(&amp;O)…</translation>
    </message>
    <message>
        <source>Import every bundle in a folder (Ctrl+Shift+D)</source>
        <translation>导入文件夹中的所有数据包（Ctrl+Shift+D）</translation>
    </message>
    <message>
        <source>Import a folder</source>
        <translation>导入文件夹</translation>
    </message>
    <message>
        <source>From the inbox &amp;service</source>
        <translation>从收件箱服务获取(&amp;S)</translation>
    </message>
    <message>
        <source>Fetch and import the bundles delegates sent to the inbox service, then send it the receipts, the welcome pack and the key list (F9)</source>
        <translation>获取并导入代表发送到收件箱服务的数据包，然后将回执、欢迎包和密钥列表发送给该服务（F9）</translation>
    </message>
    <message>
        <source>Or drop bundle files or folders here.</source>
        <translation>或将数据包文件或文件夹拖放到此处。</translation>
    </message>
    <message>
        <source>&amp;Watch folder</source>
        <translation>监视文件夹(&amp;W)</translation>
    </message>
    <message>
        <source>Import new bundles saved into this folder automatically (for example a mail attachments folder)</source>
        <translation>自动导入保存到此文件夹中的新数据包（例如邮件附件文件夹）</translation>
    </message>
    <message>
        <source>No folder chosen</source>
        <translation>未选择文件夹</translation>
    </message>
    <message>
        <source>Watched folder</source>
        <translation>监视的文件夹</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>选择(&amp;H)…</translation>
    </message>
    <message>
        <source>Choose the watched folder</source>
        <translation>选择要监视的文件夹</translation>
    </message>
    <message>
        <source>Bundles from delegates</source>
        <translation>来自代表的数据包</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>导入进度</translation>
    </message>
    <message>
        <source>%v of %m files</source>
        <translation>%v / %m 个文件</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <source>Stop after the current file (Esc)</source>
        <translation>处理完当前文件后停止（Esc）</translation>
    </message>
    <message>
        <source>Nothing imported in this session yet.</source>
        <translation>本次会话尚未导入任何内容。</translation>
    </message>
    <message>
        <source>Import status</source>
        <translation>导入状态</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>含义</translation>
    </message>
    <message>
        <source>Outcome of each file</source>
        <translation>每个文件的结果</translation>
    </message>
    <message>
        <source>Import bundles to see here, file by file, what was merged and what was refused and why.</source>
        <translation>导入数据包后，此处将逐个文件显示哪些内容已合并、哪些被拒绝及其原因。</translation>
    </message>
    <message>
        <source>Last import</source>
        <translation>上次导入</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>已收到</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>City, date (2007-03-14) or outcome</source>
        <translation>城市、日期（2007-03-14）或结果</translation>
    </message>
    <message>
        <source>Search the import log</source>
        <translation>搜索导入日志</translation>
    </message>
    <message>
        <source>&amp;Search the log:</source>
        <translation>搜索日志(&amp;S)：</translation>
    </message>
    <message>
        <source>Outcome filter</source>
        <translation>按结果筛选</translation>
    </message>
    <message>
        <source>Any outcome</source>
        <translation>所有结果</translation>
    </message>
    <message>
        <source>O&amp;utcome:</source>
        <translation>结果(&amp;U)：</translation>
    </message>
    <message>
        <source>Number of log entries shown</source>
        <translation>显示的日志条数</translation>
    </message>
    <message>
        <source>Show files set &amp;aside…</source>
        <translation>显示已搁置的文件(&amp;A)…</translation>
    </message>
    <message>
        <source>Open the folder of quarantined files: bundles kept whole as evidence (a reused number, other content under a change already received) or for inspection (a file that failed unexpectedly)</source>
        <translation>打开隔离文件所在的文件夹：其中的数据包被完整保留，或作为证据（编号被重复使用，或已收到的更改出现了不同的内容），或供检查（意外处理失败的文件）</translation>
    </message>
    <message>
        <source>Search the log</source>
        <translation>搜索日志</translation>
    </message>
    <message>
        <source>Import log</source>
        <translation>导入日志</translation>
    </message>
    <message>
        <source>The import log is empty: no bundle has been imported yet.</source>
        <translation>导入日志为空：尚未导入任何数据包。</translation>
    </message>
    <message>
        <source>Waiting for the current import to finish…</source>
        <translation>正在等待当前导入完成…</translation>
    </message>
    <message numerus="yes">
        <source>Inbox service: %Ln bundle(s) fetched.</source>
        <translation>
            <numerusform>收件箱服务：已获取 %Ln 个数据包。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln receipt(s) sent.</source>
        <translation>
            <numerusform>已发送 %Ln 份回执。</numerusform>
        </translation>
    </message>
    <message>
        <source>The welcome pack was updated.</source>
        <translation>欢迎包已更新。</translation>
    </message>
    <message>
        <source>Stopped early: %1</source>
        <translation>已提前停止：%1</translation>
    </message>
    <message numerus="yes">
        <source>Importing %Ln item(s)…</source>
        <translation>
            <numerusform>正在导入 %Ln 项…</numerusform>
        </translation>
    </message>
    <message>
        <source>Fetching from the inbox service…</source>
        <translation>正在从收件箱服务获取…</translation>
    </message>
    <message>
        <source>Stopping after the current file…</source>
        <translation>处理完当前文件后将停止…</translation>
    </message>
    <message>
        <source>No bundles (*.kinb) were found in what you chose.</source>
        <translation>在您选择的内容中未找到数据包（*.kinb）。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) merged</source>
        <translation>
            <numerusform>已合并 %Ln 个文件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already received</source>
        <translation>
            <numerusform>%Ln 个此前已收到</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln held until their key is approved</source>
        <translation>
            <numerusform>%Ln 个暂存至其密钥获批</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln refused: see why below</source>
        <translation>
            <numerusform>%Ln 个被拒绝：原因见下文</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped. </source>
        <translation>已停止。</translation>
    </message>
    <message>
        <source>No log entry matches the search.</source>
        <translation>没有与搜索匹配的日志条目。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries</source>
        <translation>
            <numerusform>%Ln 条</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln entries</source>
        <translation>
            <numerusform>%Ln 条中的 %1 条</numerusform>
        </translation>
    </message>
    <message>
        <source>The folder %1 cannot be watched: it does not exist.</source>
        <translation>无法监视文件夹 %1：该文件夹不存在。</translation>
    </message>
    <message>
        <source>Watching %1: new bundles saved there are imported automatically.</source>
        <translation>正在监视 %1：保存到该处的新数据包将自动导入。</translation>
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
        <translation>移除</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>移除 %1</translation>
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
        <translation>正在打开配置文件…</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>栏目</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>正在打开 %1…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Import files…</source>
        <translation>导入文件(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Guide</source>
        <translation>指南(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;About KIN Desktop</source>
        <translation>关于 KIN Desktop(&amp;A)</translation>
    </message>
    <message>
        <source>Preparing the demo profile: the first time takes a few seconds…</source>
        <translation>正在准备演示配置文件：首次需要几秒钟…</translation>
    </message>
    <message>
        <source>Copying the demo profile…</source>
        <translation>正在复制演示配置文件…</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>正在打开数据库…</translation>
    </message>
    <message>
        <source>Upgrading the database to this version (a backup is made first)…</source>
        <translation>正在将数据库升级到此版本（会先进行备份）…</translation>
    </message>
    <message>
        <source>Reading the questionnaire and counting the records…</source>
        <translation>正在读取问卷并统计记录…</translation>
    </message>
    <message>
        <source>Welcome to KIN Desktop</source>
        <translation>欢迎使用 KIN Desktop</translation>
    </message>
    <message>
        <source>This computer has no profile yet. Set it up for your city delegation (or for the Network Secretariat); it takes a minute and works offline.</source>
        <translation>此计算机尚无配置文件。请为贵市代表团（或网络秘书处）进行设置；只需一分钟，且可离线使用。</translation>
    </message>
    <message>
        <source>&amp;Set up this computer…</source>
        <translation>设置此计算机(&amp;S)…</translation>
    </message>
    <message>
        <source>No profile yet</source>
        <translation>尚无配置文件</translation>
    </message>
    <message>
        <source>This profile cannot be opened</source>
        <translation>无法打开此配置文件</translation>
    </message>
    <message>
        <source>Could not open the profile</source>
        <translation>无法打开配置文件</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>概览(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Questionnaire</source>
        <translation>问卷(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Practices</source>
        <translation>成功实践(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Commitments</source>
        <translation>承诺(&amp;C)</translation>
    </message>
    <message>
        <source>Out&amp;box</source>
        <translation>发件箱(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Inbox</source>
        <translation>收件箱(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Delegates</source>
        <translation>代表(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>审核(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Follow-up</source>
        <translation>跟踪(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Matching</source>
        <translation>匹配(&amp;M)</translation>
    </message>
    <message>
        <source>D&amp;ashboard</source>
        <translation>仪表板(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Exports</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Questionnaires</source>
        <translation>问卷(&amp;Q)</translation>
    </message>
    <message>
        <source>Preparing the form…</source>
        <translation>正在准备表格…</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>Commitment form</source>
        <translation>承诺书</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>KIN Desktop — %1</source>
        <translation>KIN Desktop — %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) waiting to be exported</source>
        <translation>
            <numerusform>%Ln 条记录等待导出</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported; waiting for the secretariat&apos;s receipt</source>
        <translation>已导出；正在等待秘书处的回执</translation>
    </message>
    <message>
        <source>Nothing sent yet</source>
        <translation>尚未发送任何内容</translation>
    </message>
    <message>
        <source>Everything acknowledged by the secretariat</source>
        <translation>秘书处已确认收到全部内容</translation>
    </message>
    <message>
        <source>Network Secretariat</source>
        <translation>网络秘书处</translation>
    </message>
    <message>
        <source>KIN Desktop — Secretariat</source>
        <translation>KIN Desktop — 秘书处</translation>
    </message>
</context>
<context>
    <name>MatchingPage</name>
    <message>
        <source>Improving</source>
        <translation>正在改善</translation>
    </message>
    <message>
        <source>Stable</source>
        <translation>保持稳定</translation>
    </message>
    <message>
        <source>Worsening</source>
        <translation>正在恶化</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>未填写</translation>
    </message>
    <message>
        <source>minor</source>
        <translation>轻微</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>中等</translation>
    </message>
    <message>
        <source>serious</source>
        <translation>严重</translation>
    </message>
    <message>
        <source>very serious</source>
        <comment>severity 4</comment>
        <translation>相当严重</translation>
    </message>
    <message>
        <source>very serious</source>
        <comment>severity 5</comment>
        <translation>非常严重</translation>
    </message>
    <message>
        <source>%1 of 5 (%2)</source>
        <translation>%1/5（%2）</translation>
    </message>
    <message>
        <source>Not ranked</source>
        <translation>未排序</translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation>第 %1 位</translation>
    </message>
    <message>
        <source>severity %1 of 5</source>
        <translation>严重程度 %1/5</translation>
    </message>
    <message>
        <source>priority %1</source>
        <translation>优先级 %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>a win-win practice: environmental and economic benefits</source>
        <translation>双赢实践：兼具环境效益与经济效益</translation>
    </message>
    <message>
        <source>registered by the secretariat</source>
        <translation>已由秘书处登记</translation>
    </message>
    <message>
        <source>Challenge</source>
        <translation>挑战</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>趋势</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>成功实践</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation>领域</translation>
    </message>
    <message>
        <source>Win-win</source>
        <translation>双赢</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>城市(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Read the cities, challenges and practices again (F5)</source>
        <translation>重新读取城市、挑战和成功实践（F5）</translation>
    </message>
    <message>
        <source>Challenges of the city</source>
        <translation>城市面临的挑战</translation>
    </message>
    <message>
        <source>Challenges it faces</source>
        <translation>面临的挑战</translation>
    </message>
    <message>
        <source>Practices of other cities</source>
        <translation>其他城市的成功实践</translation>
    </message>
    <message>
        <source>Practices of other cities that address them</source>
        <translation>应对这些挑战的其他城市的成功实践</translation>
    </message>
    <message>
        <source>The chosen practice</source>
        <translation>所选的成功实践</translation>
    </message>
    <message>
        <source>Search the catalogue</source>
        <translation>搜索目录</translation>
    </message>
    <message>
        <source>Practices catalogue</source>
        <translation>成功实践目录</translation>
    </message>
    <message>
        <source>Practice details</source>
        <translation>成功实践详情</translation>
    </message>
    <message>
        <source>&amp;Matches for a city</source>
        <translation>城市匹配(&amp;M)</translation>
    </message>
    <message>
        <source>Practices &amp;catalogue</source>
        <translation>成功实践目录(&amp;C)</translation>
    </message>
    <message>
        <source>Nothing in the catalogue matches “%1”.</source>
        <translation>目录中没有与“%1”匹配的内容。</translation>
    </message>
    <message>
        <source>No practice is registered for the catalogue yet.</source>
        <translation>目录中尚无已登记的成功实践。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln registered practice(s) go to every delegate with the welcome pack.</source>
        <translation>
            <numerusform>%Ln 项已登记的成功实践将随欢迎包发送给每位代表。</numerusform>
        </translation>
    </message>
    <message>
        <source>The catalogue is empty: practices enter it once they are registered on the Review page.</source>
        <translation>目录为空：成功实践在“审核”页面登记后即会列入目录。</translation>
    </message>
    <message>
        <source>No delegations yet: take in their bundles on the Inbox page, then come back here.</source>
        <translation>尚无代表团：请先在“收件箱”页面导入其数据包，然后再回到这里。</translation>
    </message>
    <message>
        <source>Choose a city to see the challenges it faces.</source>
        <translation>请选择一个城市以查看其面临的挑战。</translation>
    </message>
    <message>
        <source>Looking for practices…</source>
        <translation>正在查找成功实践…</translation>
    </message>
    <message>
        <source>Delegate: %1</source>
        <translation>代表：%1</translation>
    </message>
    <message>
        <source>questionnaire complete</source>
        <translation>问卷已完成</translation>
    </message>
    <message>
        <source>questionnaire not complete</source>
        <translation>问卷未完成</translation>
    </message>
    <message>
        <source>This city&apos;s questionnaire names no challenges yet: matches appear once it is answered.</source>
        <translation>该城市的问卷尚未列出挑战：填写问卷后将显示匹配结果。</translation>
    </message>
    <message>
        <source>No practice of another city addresses these challenges yet.</source>
        <translation>尚无其他城市的成功实践应对这些挑战。</translation>
    </message>
    <message>
        <source>No challenges, so nothing to match.</source>
        <translation>没有挑战，因此没有可匹配的内容。</translation>
    </message>
    <message>
        <source>Choose a practice to see why it was suggested.</source>
        <translation>请选择一项成功实践以查看推荐原因。</translation>
    </message>
    <message>
        <source>Score: %1</source>
        <translation>得分：%1</translation>
    </message>
    <message>
        <source>Sectors: %1</source>
        <translation>领域：%1</translation>
    </message>
    <message>
        <source>none given</source>
        <translation>未填写</translation>
    </message>
    <message>
        <source>Registered by the secretariat</source>
        <translation>已由秘书处登记</translation>
    </message>
    <message>
        <source>Not registered yet</source>
        <translation>尚未登记</translation>
    </message>
    <message>
        <source>A win-win practice: environmental, social and economic benefits</source>
        <translation>双赢实践：兼具环境、社会和经济效益</translation>
    </message>
    <message>
        <source>Why it was suggested</source>
        <translation>推荐原因</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>所针对的问题</translation>
    </message>
    <message>
        <source>Approach</source>
        <translation>采取的做法</translation>
    </message>
    <message>
        <source>Environmental benefits</source>
        <translation>环境效益</translation>
    </message>
    <message>
        <source>Social benefits</source>
        <translation>社会效益</translation>
    </message>
    <message>
        <source>Economic benefits</source>
        <translation>经济效益</translation>
    </message>
    <message>
        <source>Replicability</source>
        <translation>可推广性</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge “%1”</source>
        <translation>合并“%1”</translation>
    </message>
    <message>
        <source>For each field that differs, check the value to keep (Space checks the selected cell). Fields that are the same on both devices are kept as they are.</source>
        <translation>对每个不同的字段，勾选要保留的值（按空格键可勾选所选单元格）。两台设备上相同的字段将保持不变。</translation>
    </message>
    <message>
        <source>Fields to merge</source>
        <translation>要合并的字段</translation>
    </message>
    <message>
        <source>&amp;Save the merge</source>
        <translation>保存合并结果(&amp;S)</translation>
    </message>
</context>
<context>
    <name>OutboxPage</name>
    <message>
        <source>Confirm the secretariat&apos;s key</source>
        <translation>确认秘书处的密钥</translation>
    </message>
    <message>
        <source>This welcome pack is signed by the key with this fingerprint:

%1

Does it match the fingerprint printed in your invitation letter? Only say yes if every group matches: from now on, only this key will be trusted.</source>
        <translation>此欢迎包由以下指纹的密钥签名：

%1

它是否与邀请函上印刷的指纹一致？仅当每一组都一致时才选择“是”：今后将只信任此密钥。</translation>
    </message>
    <message>
        <source>&amp;Export bundle…</source>
        <translation>导出数据包(&amp;E)…</translation>
    </message>
    <message>
        <source>Save the changes not yet acknowledged to a file for the secretariat (Ctrl+E)</source>
        <translation>将尚未获确认的更改保存为发给秘书处的文件（Ctrl+E）</translation>
    </message>
    <message>
        <source>Export e&amp;verything…</source>
        <translation>导出全部内容(&amp;V)…</translation>
    </message>
    <message>
        <source>Include everything, also what the secretariat acknowledged</source>
        <translation>包括全部内容，也包括秘书处已确认的内容</translation>
    </message>
    <message>
        <source>To the secretariat</source>
        <translation>发给秘书处</translation>
    </message>
    <message>
        <source>&amp;Import welcome pack or receipt…</source>
        <translation>导入欢迎包或回执(&amp;I)…</translation>
    </message>
    <message>
        <source>Or drop the files onto this window.</source>
        <translation>或将文件拖放到此窗口。</translation>
    </message>
    <message>
        <source>From the secretariat</source>
        <translation>来自秘书处</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>导出时间</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>更改</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>已收到</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>Review notes</source>
        <translation>审核意见</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>成功实践</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation>领域</translation>
    </message>
    <message>
        <source>Search the catalogue</source>
        <translation>搜索目录</translation>
    </message>
    <message>
        <source>Practice details</source>
        <translation>成功实践详情</translation>
    </message>
    <message>
        <source>No catalogue yet: it arrives with the secretariat&apos;s welcome pack.</source>
        <translation>尚无目录：目录随秘书处的欢迎包一同到达。</translation>
    </message>
    <message>
        <source>Last import</source>
        <translation>上次导入</translation>
    </message>
    <message>
        <source>Bundles sent</source>
        <translation>已发送的数据包</translation>
    </message>
    <message>
        <source>Receipts received</source>
        <translation>已收到的回执</translation>
    </message>
    <message>
        <source>Practices catalogue</source>
        <translation>成功实践目录</translation>
    </message>
    <message>
        <source>Save the bundle</source>
        <translation>保存数据包</translation>
    </message>
    <message>
        <source>KIN bundles (*.kinb)</source>
        <translation>KIN 数据包 (*.kinb)</translation>
    </message>
    <message>
        <source>Import from the secretariat</source>
        <translation>从秘书处导入</translation>
    </message>
    <message>
        <source>KIN files (*.kinw *.kinr);;Welcome packs (*.kinw);;Receipts (*.kinr)</source>
        <translation>KIN 文件 (*.kinw *.kinr);;欢迎包 (*.kinw);;回执 (*.kinr)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln questionnaire response(s)</source>
        <translation>
            <numerusform>%Ln 份问卷回答</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln attachment(s)</source>
        <translation>
            <numerusform>%Ln 个附件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln progress report(s)</source>
        <translation>
            <numerusform>%Ln 份进展报告</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %1: %Ln change(s), %2. Give this file to the secretariat.</source>
        <translation>
            <numerusform>已保存 %1：%Ln 项更改，%2。请将此文件交给秘书处。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) taken in.</source>
        <translation>
            <numerusform>已接收 %Ln 个文件。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) refused: see the reasons below.</source>
        <translation>
            <numerusform>%Ln 个文件被拒绝：原因见下文。</numerusform>
        </translation>
    </message>
    <message>
        <source>(attachments: %1)</source>
        <translation>（附件：%1）</translation>
    </message>
    <message>
        <source>Nothing in the catalogue matches “%1”.</source>
        <translation>目录中没有与“%1”匹配的内容。</translation>
    </message>
    <message>
        <source>Not yet acknowledged by the secretariat: </source>
        <translation>秘书处尚未确认：</translation>
    </message>
    <message>
        <source>Nothing sent yet, and nothing to send.</source>
        <translation>尚未发送任何内容，也没有需要发送的内容。</translation>
    </message>
    <message>
        <source>Nothing to send: the secretariat has acknowledged everything.</source>
        <translation>没有需要发送的内容：秘书处已确认全部内容。</translation>
    </message>
    <message>
        <source>Signed form out of date: %1. These commitments changed after their form was printed; print the forms again and have them signed before you send the paper.</source>
        <translation>已签署的表格已过期：%1。这些承诺在表格打印后有所更改；请重新打印表格并签署后，再寄送纸质文件。</translation>
    </message>
    <message>
        <source>Bundles are encrypted for: %1</source>
        <translation>数据包的加密对象：%1</translation>
    </message>
    <message>
        <source>Import the secretariat&apos;s welcome pack first: it brings the key your bundles are encrypted for.</source>
        <translation>请先导入秘书处的欢迎包：其中包含用于加密数据包的密钥。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln practice(s)</source>
        <translation>
            <numerusform>%Ln 项成功实践</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln commitment(s)</source>
        <translation>
            <numerusform>%Ln 项承诺</numerusform>
        </translation>
    </message>
    <message>
        <source>Taken in</source>
        <translation>已接收</translation>
    </message>
    <message>
        <source>Already taken in</source>
        <translation>此前已接收</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>暂存</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>Set aside</source>
        <translation>已搁置</translation>
    </message>
    <message>
        <source>Failed, kept for inspection</source>
        <translation>失败，已保留以供检查</translation>
    </message>
    <message>
        <source>Stopping after the current file…</source>
        <translation>处理完当前文件后将停止…</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <source>Nothing was waiting to be sent; no file was written.</source>
        <translation>没有等待发送的内容；未生成文件。</translation>
    </message>
    <message>
        <source>Wait for the current work to finish, then try again.</source>
        <translation>请等待当前操作完成后再试。</translation>
    </message>
    <message>
        <source>The welcome pack was not taken in: its key was not confirmed.</source>
        <translation>欢迎包未被接收：其密钥未经确认。</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <source>No welcome packs or receipts were found in what you chose.</source>
        <translation>在您选择的内容中未找到欢迎包或回执。</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>所针对的问题</translation>
    </message>
    <message>
        <source>Approach</source>
        <translation>采取的做法</translation>
    </message>
    <message>
        <source>Environmental benefits</source>
        <translation>环境效益</translation>
    </message>
    <message>
        <source>Social benefits</source>
        <translation>社会效益</translation>
    </message>
    <message>
        <source>Economic benefits</source>
        <translation>经济效益</translation>
    </message>
    <message>
        <source>Replicability</source>
        <translation>可推广性</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>已登记</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>配置文件</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>所属机构：</translation>
    </message>
    <message>
        <source>City:</source>
        <translation>城市：</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>国家：</translation>
    </message>
    <message>
        <source>Key fingerprint:</source>
        <translation>密钥指纹：</translation>
    </message>
    <message>
        <source>no key yet</source>
        <translation>尚无密钥</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>问卷</translation>
    </message>
    <message>
        <source>does not apply</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>%1 of %2 required answers</source>
        <translation>必答题 %2 个中已答 %1 个</translation>
    </message>
    <message>
        <source>%1 of %2 optional questions answered</source>
        <translation>选答题 %2 个中已答 %1 个</translation>
    </message>
    <message>
        <source>Overall: %1% complete</source>
        <translation>总体：已完成 %1%</translation>
    </message>
    <message>
        <source>Practices and commitments</source>
        <translation>成功实践与承诺</translation>
    </message>
    <message>
        <source>Practices</source>
        <translation>成功实践</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>承诺</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>发件箱</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) changed since the last export</source>
        <translation>
            <numerusform>自上次导出以来有 %Ln 条记录已更改</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln commitment(s) changed since the form was printed: print again and have it signed</source>
        <translation>
            <numerusform>自表格打印以来有 %Ln 项承诺已更改：请重新打印并签署</numerusform>
        </translation>
    </message>
    <message>
        <source>Signed forms:</source>
        <translation>已签署的表格：</translation>
    </message>
    <message>
        <source>The secretariat asks for corrections</source>
        <translation>秘书处要求更正</translation>
    </message>
    <message>
        <source>(no comment)</source>
        <translation>（无意见）</translation>
    </message>
    <message>
        <source>Corrected: export it from the Outbox</source>
        <translation>已更正：请从发件箱导出</translation>
    </message>
    <message>
        <source>To correct</source>
        <translation>待更正</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>打开 %1</translation>
    </message>
    <message>
        <source>Nothing new to send</source>
        <translation>没有新的内容需要发送</translation>
    </message>
    <message>
        <source>Waiting:</source>
        <translation>待发送：</translation>
    </message>
    <message>
        <source>Nothing sent yet</source>
        <translation>尚未发送任何内容</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) sent but not yet acknowledged</source>
        <translation>
            <numerusform>%Ln 条记录已发送但尚未确认</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything sent is acknowledged</source>
        <translation>已发送的内容均已确认</translation>
    </message>
    <message>
        <source>Awaiting receipt:</source>
        <translation>等待回执：</translation>
    </message>
    <message>
        <source>Last export:</source>
        <translation>上次导出：</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message numerus="yes">
        <source>No. %1 of %2: %Ln change(s) acknowledged</source>
        <translation>
            <numerusform>第 %1 号（%2）：已确认 %Ln 项更改</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %Ln review(s) by the secretariat</source>
        <translation>
            <numerusform>，秘书处审核 %Ln 项</numerusform>
        </translation>
    </message>
    <message>
        <source>Last receipt:</source>
        <translation>上次回执：</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>尚无</translation>
    </message>
</context>
<context>
    <name>PaperBanner</name>
    <message>
        <source>Printed form</source>
        <translation>已打印的表格</translation>
    </message>
    <message>
        <source>Change it &amp;anyway</source>
        <translation>仍要更改(&amp;A)</translation>
    </message>
    <message>
        <source>Unlock the form: the signed paper will no longer match and must be printed and signed again</source>
        <translation>解锁表格：已签署的纸质文件将不再一致，必须重新打印并签署</translation>
    </message>
    <message>
        <source>The form printed on %1 no longer matches this commitment: it was changed since. Print the form again (Ctrl+P) and have the new paper signed.</source>
        <translation>%1 打印的表格与此承诺不再一致：此后承诺已有更改。请重新打印表格（Ctrl+P），并签署新的纸质文件。</translation>
    </message>
    <message>
        <source>A form of this version was printed on %1 for the mayor&apos;s signature. The signed paper covers everything on the form: title, type, sectors, objectives, description, targets and indicators, partners, timeline and milestones, budget and funding, and the signatory. Changing any of it makes the paper out of date.</source>
        <translation>此版本的表格已于 %1 打印，供市长签署。签署的纸质文件涵盖表格上的全部内容：项目名称、类型、领域、目标、说明、指标与目标值、合作伙伴、时间安排与里程碑、预算与资金，以及签署人。更改其中任何一项，纸质文件都将过期。</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Unlock your key</source>
        <translation>解锁您的密钥</translation>
    </message>
    <message>
        <source>This computer has no system keyring, so your key is kept in a file locked with a passphrase. Enter it to sign or open bundles:</source>
        <translation>此计算机没有系统密钥环，因此您的密钥保存在一个由口令保护的文件中。请输入口令以签署或打开数据包：</translation>
    </message>
</context>
<context>
    <name>PracticeEditor</name>
    <message>
        <source>Practice</source>
        <translation>成功实践</translation>
    </message>
    <message>
        <source>practice</source>
        <translation>成功实践</translation>
    </message>
    <message>
        <source>A short name for the practice</source>
        <translation>成功实践的简短名称</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>项目名称(&amp;T)：</translation>
    </message>
    <message>
        <source>S&amp;tate:</source>
        <translation>状态(&amp;T)：</translation>
    </message>
    <message>
        <source>Se&amp;ctors:</source>
        <translation>领域(&amp;C)：</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>未填写</translation>
    </message>
    <message>
        <source>Start &amp;year:</source>
        <translation>开始年份(&amp;Y)：</translation>
    </message>
    <message>
        <source>&amp;Win-win: benefits the environment and the economy</source>
        <translation>双赢：有益于环境和经济(&amp;W)</translation>
    </message>
    <message>
        <source>Su&amp;mmary:</source>
        <translation>摘要(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Problem:</source>
        <translation>所针对的问题(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Approach:</source>
        <translation>采取的做法(&amp;A)：</translation>
    </message>
    <message>
        <source>Benefits</source>
        <translation>效益</translation>
    </message>
    <message>
        <source>En&amp;vironmental:</source>
        <translation>环境(&amp;V)：</translation>
    </message>
    <message>
        <source>S&amp;ocial:</source>
        <translation>社会(&amp;O)：</translation>
    </message>
    <message>
        <source>Econo&amp;mic:</source>
        <translation>经济(&amp;M)：</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>e.g. 250000</source>
        <translation>例如 250000</translation>
    </message>
    <message>
        <source>Amou&amp;nt:</source>
        <translation>金额(&amp;N)：</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>货币(&amp;U)：</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>合作伙伴</translation>
    </message>
    <message>
        <source>Add pa&amp;rtner</source>
        <translation>添加合作伙伴(&amp;R)</translation>
    </message>
    <message>
        <source>Remove partner</source>
        <translation>删除合作伙伴</translation>
    </message>
    <message>
        <source>Replication</source>
        <translation>推广</translation>
    </message>
    <message>
        <source>Rep&amp;licability:</source>
        <translation>可推广性(&amp;L)：</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
</context>
<context>
    <name>PracticesPage</name>
    <message>
        <source>Practices</source>
        <translation>成功实践</translation>
    </message>
    <message>
        <source>No practices yet — press New to record one</source>
        <translation>尚无成功实践 — 按“新建”记录一项</translation>
    </message>
    <message numerus="yes">
        <source>%Ln practice(s)</source>
        <translation>
            <numerusform>%Ln 项成功实践</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln practice(s)</source>
        <translation>
            <numerusform>%Ln 项成功实践中的 %1 项</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete practice</source>
        <translation>删除成功实践</translation>
    </message>
    <message>
        <source>Delete the practice “%1” and its attachments?</source>
        <translation>删除成功实践“%1”及其附件吗？</translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message numerus="yes">
        <source>%Ln page(s)</source>
        <translation>
            <numerusform>%Ln 页</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>另存为 PDF(&amp;S)…</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>另存为 PDF</translation>
    </message>
</context>
<context>
    <name>ProblemsModel</name>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>工作表</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>单元格</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>处理方法</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>(workbook)</source>
        <translation>（工作簿）</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>tick &apos;Leave out what KIN Desktop cannot do&apos;</source>
        <translation>勾选“略去 KIN Desktop 无法处理的内容”</translation>
    </message>
</context>
<context>
    <name>ProgressReportDialog</name>
    <message>
        <source>Record a progress report</source>
        <translation>记录进展报告</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2</translation>
    </message>
    <message>
        <source>Date of the report</source>
        <translation>报告日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状况</translation>
    </message>
    <message>
        <source>Milestones reached, one per line</source>
        <translation>已达成的里程碑，每行一项</translation>
    </message>
    <message>
        <source>One milestone per line</source>
        <translation>每行一个里程碑</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>&amp;Add indicator</source>
        <translation>添加指标(&amp;A)</translation>
    </message>
    <message>
        <source>Re&amp;move indicator</source>
        <translation>删除指标(&amp;M)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>状况(&amp;S)：</translation>
    </message>
    <message>
        <source>M&amp;ilestones reached:</source>
        <translation>已达成的里程碑(&amp;I)：</translation>
    </message>
    <message>
        <source>I&amp;ndicators:</source>
        <translation>指标(&amp;N)：</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Record report</source>
        <translation>记录报告(&amp;R)</translation>
    </message>
    <message>
        <source>Give the date of the report.</source>
        <translation>请填写报告日期。</translation>
    </message>
    <message>
        <source>Every indicator value needs the name of its indicator.</source>
        <translation>每个指标值都需要填写对应的指标名称。</translation>
    </message>
</context>
<context>
    <name>QuestionField</name>
    <message>
        <source>Required</source>
        <translation>必填</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>必填。</translation>
    </message>
</context>
<context>
    <name>QuestionnaireIssues</name>
    <message>
        <source>An answer is required.</source>
        <translation>此题必须回答。</translation>
    </message>
    <message>
        <source>This answer does not meet the condition set for it.</source>
        <translation>此回答不符合设定的条件。</translation>
    </message>
    <message>
        <source>This answer is not in the expected form.</source>
        <translation>此回答的格式不符合要求。</translation>
    </message>
    <message numerus="yes">
        <source>Add at least %Ln entries.</source>
        <translation>
            <numerusform>请至少添加 %Ln 项。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Give at most %Ln entries; remove the extra ones.</source>
        <translation>
            <numerusform>最多填写 %Ln 项；请删除多余的项。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Write at least %Ln character(s).</source>
        <translation>
            <numerusform>请至少填写 %Ln 个字符。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Write at most %Ln character(s).</source>
        <translation>
            <numerusform>最多填写 %Ln 个字符。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rank at least %Ln item(s).</source>
        <translation>
            <numerusform>请至少为 %Ln 项排序。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rank at most %Ln item(s).</source>
        <translation>
            <numerusform>最多为 %Ln 项排序。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Choose at least %Ln option(s).</source>
        <translation>
            <numerusform>请至少选择 %Ln 个选项。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Choose at most %Ln option(s).</source>
        <translation>
            <numerusform>最多选择 %Ln 个选项。</numerusform>
        </translation>
    </message>
    <message>
        <source>The answer must be at least %1.</source>
        <translation>回答不得小于 %1。</translation>
    </message>
    <message>
        <source>The answer must be at most %1.</source>
        <translation>回答不得大于 %1。</translation>
    </message>
    <message>
        <source>This answer is not one of the options.</source>
        <translation>此回答不在选项之中。</translation>
    </message>
    <message>
        <source>This answer is not of the expected kind; enter it again.</source>
        <translation>此回答的类型不符合要求；请重新输入。</translation>
    </message>
    <message>
        <source>This answer needs attention.</source>
        <translation>请检查此回答。</translation>
    </message>
</context>
<context>
    <name>QuestionnairePage</name>
    <message>
        <source>The questionnaire is marked as complete. Thank you.</source>
        <translation>问卷已标记为完成。谢谢！</translation>
    </message>
    <message>
        <source>No questionnaire yet</source>
        <translation>尚无问卷</translation>
    </message>
    <message>
        <source>The questionnaire has not reached this profile yet. It comes with the welcome pack from the Network Secretariat: once the welcome pack is imported, the questionnaire appears here.</source>
        <translation>问卷尚未到达此配置文件。问卷随网络秘书处的欢迎包一同提供：导入欢迎包后，问卷将显示在此处。</translation>
    </message>
    <message>
        <source>The questionnaire cannot be shown</source>
        <translation>无法显示问卷</translation>
    </message>
    <message>
        <source>Changes are saved automatically.</source>
        <translation>更改会自动保存。</translation>
    </message>
    <message>
        <source>This is your response to version %1 of this questionnaire, kept as you answered it. New answers go to version %2.</source>
        <translation>这是您对此问卷第 %1 版的回答，按您作答时的原样保留。新的回答将记入第 %2 版。</translation>
    </message>
    <message>
        <source>&amp;Language of the questions:</source>
        <translation>问题语言(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Previous section</source>
        <translation>上一部分(&amp;P)</translation>
    </message>
    <message>
        <source>Show the previous section (Ctrl+Page Up)</source>
        <translation>显示上一部分（Ctrl+Page Up）</translation>
    </message>
    <message>
        <source>&amp;Next section</source>
        <translation>下一部分(&amp;N)</translation>
    </message>
    <message>
        <source>Show the next section (Ctrl+Page Down)</source>
        <translation>显示下一部分（Ctrl+Page Down）</translation>
    </message>
    <message>
        <source>Mark as &amp;complete</source>
        <translation>标记为完成(&amp;C)</translation>
    </message>
    <message>
        <source>Check that every required answer is given, then mark the questionnaire complete (Ctrl+Enter).</source>
        <translation>检查所有必答题均已回答，然后将问卷标记为完成（Ctrl+Enter）。</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>This questionnaire is marked as complete.</source>
        <translation>此问卷已标记为完成。</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>栏目</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>部分</translation>
    </message>
    <message>
        <source>List of sections</source>
        <translation>部分列表</translation>
    </message>
    <message>
        <source>Show or hide the list of sections</source>
        <translation>显示或隐藏部分列表</translation>
    </message>
    <message>
        <source>Language of the questions</source>
        <translation>问题语言</translation>
    </message>
    <message>
        <source>&amp;Questionnaire:</source>
        <translation>问卷(&amp;Q)：</translation>
    </message>
    <message>
        <source>Questionnaire and version</source>
        <translation>问卷及版本</translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation>%1（第 %2 版）</translation>
    </message>
    <message>
        <source>%1 (version %2, your earlier answers)</source>
        <translation>%1（第 %2 版，您之前的回答）</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>Every required answer is given: you can mark the questionnaire as complete.</source>
        <translation>所有必答题均已回答：您可以将问卷标记为完成。</translation>
    </message>
    <message numerus="yes">
        <source>The questionnaire cannot be marked complete yet: %Ln answer(s) are missing or need correcting.</source>
        <translation>
            <numerusform>问卷尚不能标记为完成：有 %Ln 个回答缺失或需要更正。</numerusform>
        </translation>
    </message>
    <message>
        <source>First: “%1”.</source>
        <translation>第一个：“%1”。</translation>
    </message>
    <message>
        <source>Preview: answers are checked as a delegate&apos;s are, and kept nowhere.</source>
        <translation>预览：回答将按与代表相同的方式进行检查，但不会被保存。</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>All changes saved.</source>
        <translation>所有更改均已保存。</translation>
    </message>
    <message>
        <source>Your changes leave required answers open: the questionnaire is no longer complete.</source>
        <translation>您的更改使部分必答题未作答：问卷不再处于完成状态。</translation>
    </message>
    <message>
        <source>Not yet translated into %1: shown in English.</source>
        <translation>尚未翻译为%1：以英文显示。</translation>
    </message>
</context>
<context>
    <name>QuestionnairesPage</name>
    <message>
        <source>&amp;Import workbook…</source>
        <translation>导入工作簿(&amp;I)…</translation>
    </message>
    <message>
        <source>Read an XLSForm (.xlsx, .xls or .csv) (Ctrl+O)</source>
        <translation>读取 XLSForm（.xlsx、.xls 或 .csv）（Ctrl+O）</translation>
    </message>
    <message>
        <source>&amp;Validate again</source>
        <translation>重新验证(&amp;V)</translation>
    </message>
    <message>
        <source>Read and check the same workbook again, after correcting it (F5)</source>
        <translation>更正后重新读取并检查同一工作簿（F5）</translation>
    </message>
    <message>
        <source>&amp;Leave out what KIN Desktop cannot do</source>
        <translation>略去 KIN Desktop 无法处理的内容(&amp;L)</translation>
    </message>
    <message>
        <source>GPS, photos, pulldata() and the like are left out with a warning each, instead of refusing the workbook. Mistakes in the form are still errors.</source>
        <translation>GPS、照片、pulldata() 等内容将被略去并分别给出警告，而不会拒绝整个工作簿。表单本身的错误仍视为错误。</translation>
    </message>
    <message>
        <source>&amp;Publish…</source>
        <translation>发布(&amp;P)…</translation>
    </message>
    <message>
        <source>Store this version so that the next welcome pack brings it to the delegates (Ctrl+P)</source>
        <translation>保存此版本，以便下一个欢迎包将其带给代表（Ctrl+P）</translation>
    </message>
    <message>
        <source>Import an XLSForm workbook to check it, see it as a delegate will, and publish it. Questionnaires are written in the survey, choices and settings sheets, as for ODK and KoboToolbox.</source>
        <translation>导入 XLSForm 工作簿，以进行检查、按代表所见进行预览并发布。问卷写在 survey、choices 和 settings 工作表中，与 ODK 和 KoboToolbox 相同。</translation>
    </message>
    <message>
        <source>Problems found in the workbook</source>
        <translation>工作簿中发现的问题</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>The selected problem</source>
        <translation>所选问题</translation>
    </message>
    <message>
        <source>No problems: the workbook is imported as it is.</source>
        <translation>没有问题：工作簿按原样导入。</translation>
    </message>
    <message>
        <source>The preview shows the imported questionnaire exactly as a delegate will see it.</source>
        <translation>预览按代表将看到的样子完整显示导入的问卷。</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>问卷</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>发布时间</translation>
    </message>
    <message>
        <source>From</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Questionnaire versions in this profile</source>
        <translation>此配置文件中的问卷版本</translation>
    </message>
    <message>
        <source>E&amp;xport to XLSForm…</source>
        <translation>导出为 XLSForm(&amp;X)…</translation>
    </message>
    <message>
        <source>Write the selected version as an XLSForm workbook</source>
        <translation>将所选版本导出为 XLSForm 工作簿</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <source>Publish the questionnaire</source>
        <translation>发布问卷</translation>
    </message>
    <message>
        <source>Publish &apos;%1&apos; version %2?

The next welcome pack brings it to every delegate. New responses open on it; the answers given to earlier versions are kept. A published version cannot be changed: a correction needs a new version.</source>
        <translation>发布“%1”第 %2 版吗？

下一个欢迎包会将其带给每位代表。新的回答将基于此版本；对早期版本的回答会保留。已发布的版本无法更改：如需更正，须发布新版本。</translation>
    </message>
    <message>
        <source>shipped with KIN Desktop</source>
        <translation>随 KIN Desktop 提供</translation>
    </message>
    <message>
        <source>published here</source>
        <translation>在此发布</translation>
    </message>
    <message>
        <source>welcome pack</source>
        <translation>欢迎包</translation>
    </message>
    <message>
        <source>(current)</source>
        <translation>（当前）</translation>
    </message>
    <message>
        <source>not published</source>
        <translation>未发布</translation>
    </message>
    <message>
        <source>%1: questionnaire &apos;%2&apos; version %3, %4 section(s), %5 question(s), languages: %6.</source>
        <translation>%1：问卷“%2”第 %3 版，%4 个部分，%5 个问题，语言：%6。</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s): see Problems.</source>
        <translation>
            <numerusform>%n 个警告：请查看“问题”。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is refused: %n error(s) to correct (see Problems), then Validate again.</source>
        <translation>
            <numerusform>%1 被拒绝：有 %n 个错误需要更正（请查看“问题”），然后重新验证。</numerusform>
        </translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>问题（%1）</translation>
    </message>
    <message>
        <source>Published &apos;%1&apos; version %2: the next welcome pack brings it to the delegates (Exports, Write welcome pack).</source>
        <translation>已发布“%1”第 %2 版：下一个欢迎包会将其带给代表（“导出”页面，“生成欢迎包”）。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; version %2 was already published with the same content: nothing changed.</source>
        <translation>“%1”第 %2 版此前已以相同内容发布：没有任何更改。</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>已生成 %1。</translation>
    </message>
    <message>
        <source>XLSForm cannot say: %1.</source>
        <translation>XLSForm 无法表达：%1。</translation>
    </message>
    <message>
        <source>Import an XLSForm workbook</source>
        <translation>导入 XLSForm 工作簿</translation>
    </message>
    <message>
        <source>XLSForm workbooks (%1);;All files (*)</source>
        <translation>XLSForm 工作簿 (%1);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Export to XLSForm</source>
        <translation>导出为 XLSForm</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>RankingEditor</name>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Move the selected item up (Ctrl+Up)</source>
        <translation>上移所选项（Ctrl+↑）</translation>
    </message>
    <message>
        <source>Move the selected item down (Ctrl+Down)</source>
        <translation>下移所选项（Ctrl+↓）</translation>
    </message>
    <message>
        <source>Tick the items to rank; most important first.</source>
        <translation>勾选要排序的项目；最重要的排在最前。</translation>
    </message>
    <message>
        <source>Move up: %1</source>
        <translation>上移：%1</translation>
    </message>
    <message>
        <source>Move down: %1</source>
        <translation>下移：%1</translation>
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
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>历史(&amp;H)…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>保存状态</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Problem with %1</source>
        <translation>%1 有问题</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>所有更改均已保存</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>尚未保存</translation>
    </message>
    <message>
        <source>Not saved: see the problems above. Your text is kept here.</source>
        <translation>未保存：请查看上方的问题。您输入的内容保留在此。</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>Saved at %1</source>
        <translation>已于 %1 保存</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>This %1 cannot be saved yet. It stays here in the editor until you fix:
%2</source>
        <translation>此%1尚无法保存。在您修正以下问题之前，它会保留在编辑器中：
%2</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>撤销：%1</translation>
    </message>
    <message>
        <source>Redo: %1</source>
        <translation>重做：%1</translation>
    </message>
    <message>
        <source>Edited — saving shortly</source>
        <translation>已编辑 — 即将保存</translation>
    </message>
</context>
<context>
    <name>RecordListPage</name>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>搜索(&amp;S)：</translation>
    </message>
    <message>
        <source>Sector filter</source>
        <translation>按领域筛选</translation>
    </message>
    <message>
        <source>All sectors</source>
        <translation>所有领域</translation>
    </message>
    <message>
        <source>Se&amp;ctor:</source>
        <translation>领域(&amp;C)：</translation>
    </message>
    <message>
        <source>State filter</source>
        <translation>按状态筛选</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>所有状态</translation>
    </message>
    <message>
        <source>S&amp;tate:</source>
        <translation>状态(&amp;T)：</translation>
    </message>
    <message>
        <source>Any review</source>
        <translation>所有审核状态</translation>
    </message>
    <message>
        <source>Has issues</source>
        <translation>需修改</translation>
    </message>
    <message>
        <source>Corrected or changed since the review</source>
        <translation>审核后已更正或更改</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>审核中</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>已登记</translation>
    </message>
    <message>
        <source>Not reviewed yet</source>
        <translation>尚未审核</translation>
    </message>
    <message>
        <source>Review filter</source>
        <translation>按审核状态筛选</translation>
    </message>
    <message>
        <source>Re&amp;view:</source>
        <translation>审核(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>List state</source>
        <translation>列表状态</translation>
    </message>
    <message>
        <source>Number of records shown</source>
        <translation>显示的记录数</translation>
    </message>
    <message>
        <source>New record</source>
        <translation>新建记录</translation>
    </message>
    <message>
        <source>Open the selected record</source>
        <translation>打开所选记录</translation>
    </message>
    <message>
        <source>Delete the selected record</source>
        <translation>删除所选记录</translation>
    </message>
    <message>
        <source>Words in titles and texts</source>
        <translation>名称和正文中的词语</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Nothing matches the search and filters.</source>
        <translation>没有与搜索和筛选条件匹配的内容。</translation>
    </message>
</context>
<context>
    <name>RecordsReviewTab</name>
    <message>
        <source>Words in titles, texts, cities</source>
        <translation>名称、正文、城市中的词语</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Searc&amp;h:</source>
        <translation>搜索(&amp;H)：</translation>
    </message>
    <message>
        <source>Country filter</source>
        <translation>按国家筛选</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>所有国家</translation>
    </message>
    <message>
        <source>Sector filter</source>
        <translation>按领域筛选</translation>
    </message>
    <message>
        <source>All sectors</source>
        <translation>所有领域</translation>
    </message>
    <message>
        <source>Review state filter</source>
        <translation>按审核状态筛选</translation>
    </message>
    <message>
        <source>Any review state</source>
        <translation>所有审核状态</translation>
    </message>
    <message>
        <source>Participant category filter</source>
        <translation>按参会者类别筛选</translation>
    </message>
    <message>
        <source>All participants</source>
        <translation>所有参会者</translation>
    </message>
    <message>
        <source>Project type filter</source>
        <translation>按项目类型筛选</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>所有类型</translation>
    </message>
    <message>
        <source>Commitments to review</source>
        <translation>待审核的承诺</translation>
    </message>
    <message>
        <source>Practices to review</source>
        <translation>待审核的成功实践</translation>
    </message>
    <message>
        <source>Number of records shown</source>
        <translation>显示的记录数</translation>
    </message>
    <message>
        <source>No commitments yet: they arrive in delegates&apos; bundles (Inbox).</source>
        <translation>尚无承诺：承诺随代表的数据包一同到达（收件箱）。</translation>
    </message>
    <message>
        <source>No practices yet: they arrive in delegates&apos; bundles (Inbox).</source>
        <translation>尚无成功实践：成功实践随代表的数据包一同到达（收件箱）。</translation>
    </message>
    <message>
        <source>Nothing matches the search and filters.</source>
        <translation>没有与搜索和筛选条件匹配的内容。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>%Ln 条记录</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln record(s)</source>
        <translation>
            <numerusform>%Ln 条记录中的 %1 条</numerusform>
        </translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>Saved. The delegate sees it in the next receipt.</source>
        <translation>已保存。代表将在下一份回执中看到。</translation>
    </message>
</context>
<context>
    <name>RecordsSection</name>
    <message>
        <source>&amp;Back to the list</source>
        <translation>返回列表(&amp;B)</translation>
    </message>
    <message>
        <source>Save and return to the list (Alt+Left)</source>
        <translation>保存并返回列表（Alt+←）</translation>
    </message>
    <message>
        <source>&amp;Print form…</source>
        <translation>打印表格(&amp;P)…</translation>
    </message>
    <message>
        <source>Save, then preview and print the form for the mayor&apos;s signature (Ctrl+P)</source>
        <translation>保存后，预览并打印供市长签署的表格（Ctrl+P）</translation>
    </message>
    <message>
        <source>Correct the problems shown before printing: the form prints what is saved.</source>
        <translation>打印前请修正所示问题：表格打印的是已保存的内容。</translation>
    </message>
    <message>
        <source>This record cannot be saved yet: correct the problems shown, or undo them.</source>
        <translation>此记录尚无法保存：请修正所示问题，或撤销相应更改。</translation>
    </message>
</context>
<context>
    <name>RepeatGroupWidget</name>
    <message>
        <source>Between %1 and %2 entries.</source>
        <translation>%1 至 %2 项。</translation>
    </message>
    <message numerus="yes">
        <source>At most %Ln entries.</source>
        <translation>
            <numerusform>最多 %Ln 项。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At least %Ln entries.</source>
        <translation>
            <numerusform>至少 %Ln 项。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Add %1</source>
        <translation>添加%1(&amp;A)</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>添加%1</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Co&amp;mmitments</source>
        <translation>承诺(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Practices</source>
        <translation>成功实践(&amp;P)</translation>
    </message>
    <message>
        <source>C&amp;ities</source>
        <translation>城市(&amp;I)</translation>
    </message>
    <message>
        <source>Co&amp;nflicts</source>
        <translation>冲突(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Save review</source>
        <translation>保存审核(&amp;S)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>P&amp;rint forms…</source>
        <translation>打印表格(&amp;R)…</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>刷新(&amp;F)</translation>
    </message>
    <message>
        <source>Print the forms of the selected commitments</source>
        <translation>打印所选承诺的表格</translation>
    </message>
    <message>
        <source>Print the forms of the selected commitments (Ctrl+P)</source>
        <translation>打印所选承诺的表格（Ctrl+P）</translation>
    </message>
    <message>
        <source>C&amp;heck a signed form…</source>
        <translation>核对已签署的表格(&amp;H)…</translation>
    </message>
    <message>
        <source>Type or scan the text of a signed commitment form&apos;s QR code: is it the current version?</source>
        <translation>输入或扫描已签署承诺书上二维码的文本：它是否为当前版本？</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>The signed form matches the current version.</source>
        <translation>已签署的表格与当前版本一致。</translation>
    </message>
    <message>
        <source>The signed form does not match the data: %1</source>
        <translation>已签署的表格与数据不一致：%1</translation>
    </message>
    <message>
        <source>Select the commitments whose forms you want to print.</source>
        <translation>请选择要打印其表格的承诺。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln form(s) saved to %1</source>
        <translation>
            <numerusform>已将 %Ln 份表格保存到 %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%Ln page(s)).</source>
        <translation>
            <numerusform>（%Ln 页）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Printing %Ln form(s)…</source>
        <translation>
            <numerusform>正在打印 %Ln 份表格…</numerusform>
        </translation>
    </message>
    <message>
        <source>Commitment forms</source>
        <translation>承诺书</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <source>Review state</source>
        <translation>审核状态</translation>
    </message>
    <message>
        <source>Re&amp;cognised as an example to follow</source>
        <translation>认可为可供借鉴的范例(&amp;C)</translation>
    </message>
    <message>
        <source>Only a registered record can be recognised</source>
        <translation>只有已登记的记录才能被认可</translation>
    </message>
    <message>
        <source>Comment for the delegate</source>
        <translation>给代表的意见</translation>
    </message>
    <message>
        <source>What the delegate should know; it goes in the next receipt.</source>
        <translation>代表需要了解的内容；将写入下一份回执。</translation>
    </message>
    <message>
        <source>&amp;Save review</source>
        <translation>保存审核(&amp;S)</translation>
    </message>
    <message>
        <source>Save the review state and comment (Ctrl+S)</source>
        <translation>保存审核状态和意见（Ctrl+S）</translation>
    </message>
    <message>
        <source>Review status</source>
        <translation>审核情况</translation>
    </message>
    <message>
        <source>Review s&amp;tate:</source>
        <translation>审核状态(&amp;T)：</translation>
    </message>
    <message>
        <source>Co&amp;mment:</source>
        <translation>意见(&amp;M)：</translation>
    </message>
    <message>
        <source>Review history</source>
        <translation>审核历史</translation>
    </message>
    <message>
        <source>History of the review</source>
        <translation>审核的历史记录</translation>
    </message>
    <message>
        <source>Changes and signed form</source>
        <translation>更改与已签署的表格</translation>
    </message>
    <message>
        <source>The whole record</source>
        <translation>完整记录</translation>
    </message>
    <message>
        <source>Loading the record…</source>
        <translation>正在加载记录…</translation>
    </message>
    <message>
        <source>Select a record to review it.</source>
        <translation>请选择要审核的记录。</translation>
    </message>
    <message>
        <source>two versions in conflict: see Conflicts</source>
        <translation>两个版本存在冲突：请查看“冲突”</translation>
    </message>
    <message numerus="yes">
        <source>Corrected since the review: %Ln change(s), marked below.</source>
        <translation>
            <numerusform>审核后已更正：%Ln 项更改，已在下方标出。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Changed since the review: %Ln change(s), marked below.</source>
        <translation>
            <numerusform>审核后已更改：%Ln 项更改，已在下方标出。</numerusform>
        </translation>
    </message>
    <message>
        <source>Signed form: verified for this version on %1.</source>
        <translation>已签署的表格：已于 %1 针对此版本核实。</translation>
    </message>
    <message>
        <source>Signed form: the last one checked (%1) is for an earlier version.</source>
        <translation>已签署的表格：最近核对的一份（%1）属于较早的版本。</translation>
    </message>
    <message>
        <source>Signed form: none checked yet for this version (Check a signed form…).</source>
        <translation>已签署的表格：此版本尚未核对任何表格（“核对已签署的表格…”）。</translation>
    </message>
    <message>
        <source>Where the record stands</source>
        <translation>记录的当前状况</translation>
    </message>
    <message>
        <source>The secretariat&apos;s comment</source>
        <translation>秘书处的意见</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · not reviewed by the secretariat yet</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · 秘书处尚未审核</translation>
    </message>
    <message>
        <source>Secretariat&apos;s review: %1 (%2) · %3</source>
        <translation>秘书处审核：%1（%2）· %3</translation>
    </message>
    <message>
        <source>Changed since this review: the secretariat sees the change after your next export.</source>
        <translation>此次审核后已更改：您下次导出后，秘书处将看到此更改。</translation>
    </message>
    <message>
        <source>Correct what the comment asks, then export from the Outbox: the secretariat sees the correction.</source>
        <translation>请按意见要求进行更正，然后从发件箱导出：秘书处即可看到更正内容。</translation>
    </message>
    <message>
        <source>Corrected and sent: the secretariat will review it again.</source>
        <translation>已更正并发送：秘书处将重新审核。</translation>
    </message>
    <message>
        <source>Corrected here: export from the Outbox to send the correction.</source>
        <translation>已在此更正：请从发件箱导出以发送更正内容。</translation>
    </message>
    <message>
        <source>The commitment</source>
        <translation>承诺</translation>
    </message>
    <message>
        <source>Targets and indicators</source>
        <translation>指标与目标值</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>合作伙伴</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间安排</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <source>Experience to share</source>
        <translation>可分享的经验</translation>
    </message>
    <message>
        <source>Signatory</source>
        <translation>签署人</translation>
    </message>
    <message>
        <source>The practice</source>
        <translation>成功实践</translation>
    </message>
    <message>
        <source>Benefits</source>
        <translation>效益</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>(was empty)</source>
        <translation>（原为空）</translation>
    </message>
    <message>
        <source>Version of %1, revision %2</source>
        <translation>%1 的版本，修订号 %2</translation>
    </message>
</context>
<context>
    <name>SectionListModel</name>
    <message>
        <source>Section</source>
        <translation>部分</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Does not apply, given your other answers.</source>
        <translation>根据您的其他回答，此项不适用。</translation>
    </message>
    <message>
        <source>%1 of %2 required answers given.</source>
        <translation>必答题 %2 个中已答 %1 个。</translation>
    </message>
    <message>
        <source>No required questions; %1 of %2 answered.</source>
        <translation>没有必答题；%2 个中已答 %1 个。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln answer(s) need correcting.</source>
        <translation>
            <numerusform>%Ln 个回答需要更正。</numerusform>
        </translation>
    </message>
    <message>
        <source>Complete.</source>
        <translation>已完成。</translation>
    </message>
</context>
<context>
    <name>SectionWidget</name>
    <message>
        <source>This section does not apply, given your other answers.</source>
        <translation>根据您的其他回答，此部分不适用。</translation>
    </message>
</context>
<context>
    <name>SendPanel</name>
    <message>
        <source>&amp;Send and receive</source>
        <translation>发送和接收(&amp;S)</translation>
    </message>
    <message>
        <source>Send what waits to the secretariat&apos;s inbox and fetch receipts and updates (F9)</source>
        <translation>将待发送的内容发送到秘书处的收件箱，并获取回执和更新（F9）</translation>
    </message>
    <message>
        <source>Save the bundle to a &amp;file…</source>
        <translation>将数据包保存为文件(&amp;F)…</translation>
    </message>
    <message>
        <source>No link? Save the same bundle for a USB stick or an e-mail</source>
        <translation>无法联网？可将同一数据包保存下来，通过 U 盘或电子邮件发送</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Sending progress</source>
        <translation>发送进度</translation>
    </message>
    <message>
        <source>Import the secretariat&apos;s welcome pack first</source>
        <translation>请先导入秘书处的欢迎包</translation>
    </message>
    <message>
        <source>The secretariat&apos;s welcome pack names no inbox to send to: save the bundle to a file (Export bundle) and give it to the secretariat</source>
        <translation>秘书处的欢迎包未指定可发送的收件箱：请将数据包保存为文件（“导出数据包”）并交给秘书处</translation>
    </message>
    <message>
        <source>Send what waits to %1 and fetch receipts and updates (F9)</source>
        <translation>将待发送的内容发送到 %1，并获取回执和更新（F9）</translation>
    </message>
    <message>
        <source>%1 waits to be sent; Send resumes where the last attempt stopped.</source>
        <translation>%1 等待发送；“发送”将从上次中断处继续。</translation>
    </message>
    <message>
        <source>Connecting to the inbox…</source>
        <translation>正在连接收件箱…</translation>
    </message>
    <message>
        <source>Preparing the bundle</source>
        <translation>正在准备数据包</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>正在发送</translation>
    </message>
    <message>
        <source>Receiving</source>
        <translation>正在接收</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>正在处理</translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1：%2 / %3</translation>
    </message>
    <message numerus="yes">
        <source>about %n hour(s) left</source>
        <translation>
            <numerusform>大约还剩 %n 小时</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s) left</source>
        <translation>
            <numerusform>大约还剩 %n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>less than a minute left</source>
        <translation>还剩不到一分钟</translation>
    </message>
    <message>
        <source>about a minute left</source>
        <translation>大约还剩一分钟</translation>
    </message>
    <message>
        <source>Stopping; what the inbox has is kept…</source>
        <translation>正在停止；收件箱已收到的内容将保留…</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n bundle(s)</source>
        <translation>
            <numerusform>已发送 %n 个数据包</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Took in %n file(s) from the secretariat.</source>
        <translation>
            <numerusform>已接收来自秘书处的 %n 个文件。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The inbox refused %n bundle(s): %1</source>
        <translation>
            <numerusform>收件箱拒绝了 %n 个数据包：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>This computer does not trust the inbox&apos;s certificate; nothing more was sent.</source>
        <translation>此计算机不信任收件箱的证书；未再发送任何内容。</translation>
    </message>
    <message>
        <source>No link to the inbox. What it has is kept, and Send resumes from there.</source>
        <translation>无法连接收件箱。其已收到的内容将保留，“发送”将从该处继续。</translation>
    </message>
    <message numerus="yes">
        <source>Trying again in %n minute(s), or save the bundle to a file.</source>
        <translation>
            <numerusform>将在 %n 分钟后重试，您也可以将数据包保存为文件。</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped. What the inbox has is kept; Send resumes from there.</source>
        <translation>已停止。收件箱已收到的内容将保留；“发送”将从该处继续。</translation>
    </message>
    <message>
        <source>Nothing to send, and nothing new from the secretariat.</source>
        <translation>没有需要发送的内容，秘书处也没有新内容。</translation>
    </message>
    <message>
        <source>Nothing waits to be sent.</source>
        <translation>没有等待发送的内容。</translation>
    </message>
    <message>
        <source>The file could not be saved: %1</source>
        <translation>无法保存文件：%1</translation>
    </message>
    <message>
        <source>Saved %1. Give this file to the secretariat; if the inbox gets it too, it is taken in once.</source>
        <translation>已保存 %1。请将此文件交给秘书处；即使收件箱也收到了该文件，也只会接收一次。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>界面语言(&amp;L)：</translation>
    </message>
    <message>
        <source>The window changes language at once; what you have typed is kept, as everything is saved as it is typed. The questionnaire&apos;s own language can be chosen on its page.</source>
        <translation>窗口语言会立即切换；由于所有内容在输入时即已保存，您输入的内容不会丢失。问卷本身的语言可在问卷页面中选择。</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Mayor or top representative of a local government</source>
        <translation>市长或地方政府最高代表</translation>
    </message>
    <message>
        <source>Expert of a local government</source>
        <translation>地方政府专家</translation>
    </message>
    <message>
        <source>Representative of a national government</source>
        <translation>中央政府代表</translation>
    </message>
    <message>
        <source>Representative of an international organisation</source>
        <translation>国际组织代表</translation>
    </message>
    <message>
        <source>Other (media, university, general public)</source>
        <translation>其他（媒体、大学、公众）</translation>
    </message>
    <message>
        <source>Welcome pack</source>
        <translation>欢迎包</translation>
    </message>
    <message>
        <source>Welcome packs (*.kinw)</source>
        <translation>欢迎包 (*.kinw)</translation>
    </message>
    <message>
        <source>Not taken in: %1</source>
        <translation>未接收：%1</translation>
    </message>
    <message>
        <source>Set up KIN Desktop</source>
        <translation>设置 KIN Desktop</translation>
    </message>
</context>
<context>
    <name>YesNoEditor</name>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>_ClearButton</name>
    <message>
        <source>Clear answer</source>
        <translation>清除回答</translation>
    </message>
</context>
<context>
    <name>_DonePage</name>
    <message>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>Your profile is ready. Your key fingerprint is:

%1

Read it to the secretariat when they ask to confirm your enrolment.</source>
        <translation>您的配置文件已就绪。您的密钥指纹是：

%1

秘书处要求确认您的注册时，请向其读出此指纹。</translation>
    </message>
    <message>
        <source>The secretariat&apos;s welcome pack is in: you can export bundles for them.</source>
        <translation>已导入秘书处的欢迎包：您可以导出发给秘书处的数据包。</translation>
    </message>
    <message>
        <source>When the secretariat&apos;s welcome pack arrives, import it from the Outbox; it brings the secretariat&apos;s key, so that what you export can only be read by them.</source>
        <translation>收到秘书处的欢迎包后，请在“发件箱”中导入；其中包含秘书处的密钥，确保您导出的内容只有秘书处能够读取。</translation>
    </message>
</context>
<context>
    <name>_KeyPage</name>
    <message>
        <source>Your signing key</source>
        <translation>您的签名密钥</translation>
    </message>
    <message>
        <source>It proves that what you send comes from you.</source>
        <translation>它证明您发送的内容确实来自您本人。</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>口令</translation>
    </message>
    <message>
        <source>at least 8 characters</source>
        <translation>至少 8 个字符</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>再次输入口令</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>口令(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>再次输入(&amp;R)：</translation>
    </message>
    <message>
        <source>KIN Desktop signs everything you send with a key that proves it comes from you. This computer has no system keyring to keep that key safe, so it is kept in a file locked with a passphrase. Choose one you will remember: it cannot be recovered.</source>
        <translation>KIN Desktop 使用密钥为您发送的所有内容签名，以证明其来自您本人。此计算机没有可安全保存该密钥的系统密钥环，因此密钥将保存在一个由口令保护的文件中。请选择一个您记得住的口令：口令无法找回。</translation>
    </message>
    <message>
        <source>KIN Desktop signs everything you send with a key that proves it comes from you. The key will be kept in this computer&apos;s system keyring; no passphrase is needed.</source>
        <translation>KIN Desktop 使用密钥为您发送的所有内容签名，以证明其来自您本人。密钥将保存在此计算机的系统密钥环中；无需口令。</translation>
    </message>
</context>
<context>
    <name>_ProfilePage</name>
    <message>
        <source>About you</source>
        <translation>关于您</translation>
    </message>
    <message>
        <source>e.g. Khon Kaen</source>
        <translation>例如 Khon Kaen</translation>
    </message>
    <message>
        <source>Your city&apos;s name in Latin letters, as it should appear in file names and on printed forms. Filled in from the name above as a first guess: correct it if it is wrong.</source>
        <translation>贵市名称的拉丁字母拼写，将用于文件名和打印的表格。系统已根据上方的名称初步填写：如有错误，请更正。</translation>
    </message>
    <message>
        <source>name@city.gov</source>
        <translation>name@city.gov</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation>城市(&amp;C)：</translation>
    </message>
    <message>
        <source>City in &amp;Latin letters:</source>
        <translation>城市（拉丁字母）(&amp;L)：</translation>
    </message>
    <message>
        <source>Countr&amp;y:</source>
        <translation>国家(&amp;Y)：</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>所属机构(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Participant category:</source>
        <translation>参会者类别(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>电子邮件(&amp;E)：</translation>
    </message>
    <message>
        <source>Your delegation as it will appear to the secretariat.</source>
        <translation>秘书处看到的贵代表团信息。</translation>
    </message>
    <message>
        <source>The secretariat as delegates will see it in welcome packs and receipts.</source>
        <translation>代表在欢迎包和回执中看到的秘书处信息。</translation>
    </message>
</context>
<context>
    <name>_RadioEditor</name>
    <message>
        <source>Clear the answer to: %1</source>
        <translation>清除回答：%1</translation>
    </message>
</context>
<context>
    <name>_RolePage</name>
    <message>
        <source>Welcome to KIN Desktop</source>
        <translation>欢迎使用 KIN Desktop</translation>
    </message>
    <message>
        <source>Set up this computer for the Fourth Meeting of the Kitakyushu Initiative Network. Everything stays on this computer until you export it.</source>
        <translation>为北九州倡议网络第四次会议设置此计算机。在您导出之前，所有内容都保存在此计算机上。</translation>
    </message>
    <message>
        <source>&amp;City delegation: answer the questionnaire, record practices, draft commitments</source>
        <translation>城市代表团(&amp;C)：填写问卷、记录成功实践、起草承诺</translation>
    </message>
    <message>
        <source>Network &amp;Secretariat: merge, review and follow up what cities send</source>
        <translation>网络秘书处(&amp;S)：合并、审核并跟踪各城市发送的内容</translation>
    </message>
</context>
<context>
    <name>_WelcomePackPage</name>
    <message>
        <source>The secretariat&apos;s welcome pack</source>
        <translation>秘书处的欢迎包</translation>
    </message>
    <message>
        <source>It brings the questionnaire and the secretariat&apos;s key. You can also do this later, from the Outbox.</source>
        <translation>其中包含问卷和秘书处的密钥。您也可以稍后在“发件箱”中导入。</translation>
    </message>
    <message>
        <source>&amp;Choose the welcome pack file…</source>
        <translation>选择欢迎包文件(&amp;C)…</translation>
    </message>
    <message>
        <source>The fingerprint &amp;matches the one in my invitation letter</source>
        <translation>指纹与我的邀请函上的一致(&amp;M)</translation>
    </message>
    <message>
        <source>This file is not a welcome pack that can be read: %1</source>
        <translation>此文件不是可读取的欢迎包：%1</translation>
    </message>
    <message>
        <source>Signed by the key with this fingerprint:

%1

Compare every group with your invitation letter.</source>
        <translation>由以下指纹的密钥签名：

%1

请逐组与您的邀请函核对。</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>This profile was saved by a newer version of KIN Desktop. Install the newer version to open it; nothing has been changed.</source>
        <translation>此配置文件由更新版本的 KIN Desktop 保存。请安装新版本后再打开；未作任何更改。</translation>
    </message>
    <message>
        <source>The profile&apos;s database is damaged or is not a KIN Desktop database. Nothing has been changed.</source>
        <translation>配置文件的数据库已损坏，或不是 KIN Desktop 数据库。未作任何更改。</translation>
    </message>
    <message>
        <source>There is no profile here yet. Create one to start.</source>
        <translation>此处尚无配置文件。请创建一个以开始使用。</translation>
    </message>
    <message>
        <source>The passphrase is not right. Try again.</source>
        <translation>口令不正确。请重试。</translation>
    </message>
    <message>
        <source>The key store could not be opened: %1</source>
        <translation>无法打开密钥存储：%1</translation>
    </message>
    <message>
        <source>Something went wrong: %1</source>
        <translation>出现问题：%1</translation>
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
        <translation>添加附件</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>—</source>
        <comment>no due year</comment>
        <translation>—</translation>
    </message>
    <message>
        <source>Solid waste</source>
        <translation>固体废物</translation>
    </message>
    <message>
        <source>Wastewater and sanitation</source>
        <translation>污水处理与卫生</translation>
    </message>
    <message>
        <source>Water supply</source>
        <translation>供水</translation>
    </message>
    <message>
        <source>Air quality</source>
        <translation>空气质量</translation>
    </message>
    <message>
        <source>Urban transport</source>
        <translation>城市交通</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>能源</translation>
    </message>
    <message>
        <source>Green space</source>
        <translation>绿地</translation>
    </message>
    <message>
        <source>Industrial pollution</source>
        <translation>工业污染</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>sector</comment>
        <translation>其他</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Ready to send</source>
        <translation>待发送</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>已登记</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>审核中</translation>
    </message>
    <message>
        <source>Has issues</source>
        <translation>需修改</translation>
    </message>
    <message>
        <source>corrected</source>
        <translation>已更正</translation>
    </message>
    <message>
        <source>changed since</source>
        <translation>此后已更改</translation>
    </message>
    <message>
        <source>Signed form out of date</source>
        <translation>已签署的表格已过期</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>已打印</translation>
    </message>
    <message>
        <source>Demonstration</source>
        <translation>示范项目</translation>
    </message>
    <message>
        <source>Expanded</source>
        <translation>扩展项目</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation>领域</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>所针对的问题</translation>
    </message>
    <message>
        <source>Approach</source>
        <translation>采取的做法</translation>
    </message>
    <message>
        <source>Environmental benefits</source>
        <translation>环境效益</translation>
    </message>
    <message>
        <source>Social benefits</source>
        <translation>社会效益</translation>
    </message>
    <message>
        <source>Economic benefits</source>
        <translation>经济效益</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>Cost currency</source>
        <translation>费用货币</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>合作伙伴</translation>
    </message>
    <message>
        <source>Replicability</source>
        <translation>可推广性</translation>
    </message>
    <message>
        <source>Start year</source>
        <translation>开始年份</translation>
    </message>
    <message>
        <source>Win-win</source>
        <translation>双赢</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Project type</source>
        <translation>项目类型</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Targets and indicators</source>
        <translation>指标与目标值</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>里程碑</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <source>Budget currency</source>
        <translation>预算货币</translation>
    </message>
    <message>
        <source>Funding source</source>
        <translation>资金来源</translation>
    </message>
    <message>
        <source>Experience to share</source>
        <translation>可分享的经验</translation>
    </message>
    <message>
        <source>Signatory name</source>
        <translation>签署人姓名</translation>
    </message>
    <message>
        <source>Signatory title</source>
        <translation>签署人职务</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>基准值</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标值</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Due year</source>
        <translation>达成年份</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>合作伙伴</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>%1, row %2</source>
        <translation>%1，第 %2 行</translation>
    </message>
    <message>
        <source>%1, row %2: %3</source>
        <translation>%1，第 %2 行：%3</translation>
    </message>
    <message>
        <source>The project must end by 31 December %1, when the follow-up of commitments ends. Choose an earlier end date.</source>
        <translation>项目必须在 %1 年 12 月 31 日（承诺跟踪结束之日）之前结束。请选择更早的结束日期。</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>结束日期早于开始日期。</translation>
    </message>
    <message>
        <source>Each target needs a description.</source>
        <translation>每个目标都需要说明。</translation>
    </message>
    <message>
        <source>Each milestone needs a date and a description.</source>
        <translation>每个里程碑都需要日期和说明。</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>此项为必填项。</translation>
    </message>
    <message>
        <source>Enter a date as YYYY-MM-DD, for example 2009-06-30.</source>
        <translation>请按 YYYY-MM-DD 格式输入日期，例如 2009-06-30。</translation>
    </message>
    <message>
        <source>Enter a number, for example 250000 or 1250.50.</source>
        <translation>请输入数字，例如 250000 或 1250.50。</translation>
    </message>
    <message>
        <source>This text is too long.</source>
        <translation>文字过长。</translation>
    </message>
    <message>
        <source>The due year must be between 2006 and %1.</source>
        <translation>达成年份必须在 2006 年至 %1 年之间。</translation>
    </message>
    <message>
        <source>Enter a year between 1950 and 2100.</source>
        <translation>请输入 1950 年至 2100 年之间的年份。</translation>
    </message>
    <message>
        <source>This value is out of range.</source>
        <translation>此数值超出范围。</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>表格</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>起始</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>审核</translation>
    </message>
    <message>
        <source>Last saved</source>
        <translation>最后保存</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>End</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Due year (≤ 2010)</source>
        <translation>达成年份（≤ 2010）</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>保存时间</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>（已删除）</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>创建位置</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>本机</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>已收到</translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>Form printed</source>
        <translation>表格打印时间</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>修改前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>修改后</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>编辑%1</translation>
    </message>
    <message>
        <source>Add a row to %1</source>
        <translation>在%1中添加一行</translation>
    </message>
    <message>
        <source>Remove a row from %1</source>
        <translation>从%1中删除一行</translation>
    </message>
</context>
<context>
    <name>secretariat</name>
    <message>
        <source>Practice</source>
        <translation>成功实践</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>承诺</translation>
    </message>
    <message>
        <source>Questionnaire response</source>
        <translation>问卷回答</translation>
    </message>
    <message>
        <source>Progress report</source>
        <translation>进展报告</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>%1 (differs)</source>
        <translation>%1（不同）</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Left: newest (shown now)</source>
        <translation>左侧：最新（当前显示）</translation>
    </message>
    <message>
        <source>Right: the other device</source>
        <translation>右侧：另一台设备</translation>
    </message>
    <message>
        <source>Resolve the conflict</source>
        <translation>解决冲突</translation>
    </message>
    <message>
        <source>the left (newest) version</source>
        <translation>左侧（最新）版本</translation>
    </message>
    <message>
        <source>the right version</source>
        <translation>右侧版本</translation>
    </message>
    <message>
        <source>Keep %1 of “%2”?

The other version&apos;s %3 will be replaced. Both stay in the history.</source>
        <translation>保留“%2”的%1吗？

另一个版本的%3将被替换。两个版本都会保留在历史记录中。</translation>
    </message>
    <message>
        <source>Mayor</source>
        <translation>市长</translation>
    </message>
    <message>
        <source>City expert</source>
        <translation>地方政府专家</translation>
    </message>
    <message>
        <source>National government</source>
        <translation>中央政府</translation>
    </message>
    <message>
        <source>International organisation</source>
        <translation>国际组织</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>participant category</comment>
        <translation>其他</translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation>待批准</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>已吊销</translation>
    </message>
    <message>
        <source>Revoke the key of %1</source>
        <translation>吊销 %1 的密钥</translation>
    </message>
    <message>
        <source>Revoke the key %1 (%2)?

Bundles it signs from now on, and those held for it, will be refused. What it sent before stays. This cannot be undone: the delegate will need a new key.</source>
        <translation>吊销密钥 %1（%2）吗？

今后由其签名的数据包以及为其暂存的数据包都将被拒绝。此前发送的内容将保留。此操作无法撤销：该代表将需要新的密钥。</translation>
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation>吊销(&amp;R)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状况</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>指纹</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Delegate</source>
        <translation>代表</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Held bundles</source>
        <translation>暂存的数据包</translation>
    </message>
    <message>
        <source>Choose a folder for the receipt</source>
        <translation>选择回执的保存文件夹</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>已合并</translation>
    </message>
    <message>
        <source>Already received</source>
        <translation>此前已收到</translation>
    </message>
    <message>
        <source>Held for enrolment</source>
        <translation>暂存待注册</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>Quarantined</source>
        <translation>已隔离</translation>
    </message>
    <message>
        <source>Failed, kept for inspection</source>
        <translation>失败，已保留以供检查</translation>
    </message>
    <message>
        <source>The file is damaged or was altered after it was signed; ask the delegate to export again.</source>
        <translation>文件已损坏或在签名后被修改；请让代表重新导出。</translation>
    </message>
    <message>
        <source>The sender&apos;s key is not enrolled yet: compare its fingerprint with the delegate (Delegates page), then approve it; the bundle then merges.</source>
        <translation>发送者的密钥尚未注册：请与代表核对其指纹（“代表”页面），然后批准；数据包随后将被合并。</translation>
    </message>
    <message>
        <source>The sender&apos;s key has been revoked; nothing was taken in.</source>
        <translation>发送者的密钥已被吊销；未接收任何内容。</translation>
    </message>
    <message>
        <source>A change already received comes again with other content (altered, or a faulty program): the file was set aside as evidence, nothing in it was taken in.</source>
        <translation>已收到的某项更改再次到达时内容不同（遭到篡改，或程序有缺陷）：该文件已作为证据搁置，其中的内容均未被接收。</translation>
    </message>
    <message>
        <source>Too many files are already waiting for keys nobody has enrolled; this one was not kept. Approve or revoke the waiting keys (Delegates page), then import this file again.</source>
        <translation>等待未注册密钥的文件已过多；此文件未被保留。请批准或吊销等待中的密钥（“代表”页面），然后重新导入此文件。</translation>
    </message>
    <message>
        <source>Something unexpected went wrong with this file; nothing of it was taken in and the other files went on. It was kept in the profile&apos;s quarantine folder: please report it.</source>
        <translation>处理此文件时发生意外错误；其中的内容均未被接收，其他文件照常处理。该文件已保留在配置文件的隔离文件夹中：请报告此问题。</translation>
    </message>
    <message>
        <source>This device sent a different bundle with the same number before; the file was set aside. Ask the delegate whether the profile was copied to another computer.</source>
        <translation>此设备此前发送过编号相同的另一个数据包；该文件已被搁置。请询问代表是否已将配置文件复制到另一台计算机。</translation>
    </message>
    <message>
        <source>The file could not be read (missing, or no permission).</source>
        <translation>无法读取文件（文件不存在或没有权限）。</translation>
    </message>
    <message>
        <source>The file is larger than KIN Desktop accepts.</source>
        <translation>文件超出了 KIN Desktop 可接受的大小。</translation>
    </message>
    <message>
        <source>This is not a KIN bundle.</source>
        <translation>这不是 KIN 数据包。</translation>
    </message>
    <message>
        <source>This is not a KIN file.</source>
        <translation>这不是 KIN 文件。</translation>
    </message>
    <message>
        <source>This file is encrypted for someone else.</source>
        <translation>此文件是为他人加密的。</translation>
    </message>
    <message>
        <source>The file was written by a newer version of KIN Desktop; update it.</source>
        <translation>此文件由更新版本的 KIN Desktop 生成；请更新 KIN Desktop。</translation>
    </message>
    <message>
        <source>The bundle is encrypted for another secretariat key; the delegate needs the current welcome pack.</source>
        <translation>此数据包是为另一个秘书处密钥加密的；代表需要当前的欢迎包。</translation>
    </message>
    <message>
        <source>The bundle was made for another secretariat key; the delegate needs the current welcome pack.</source>
        <translation>此数据包是为另一个秘书处密钥生成的；代表需要当前的欢迎包。</translation>
    </message>
    <message>
        <source>The file is cut short (an interrupted copy?); ask for it again.</source>
        <translation>文件不完整（复制被中断？）；请对方重新发送。</translation>
    </message>
    <message>
        <source>The bundle holds more files than allowed; it was not opened.</source>
        <translation>数据包中的文件数量超出允许范围；未打开。</translation>
    </message>
    <message>
        <source>The bundle expands suspiciously (a zip bomb?); it was not opened.</source>
        <translation>数据包解压后大小异常（可能是 zip 炸弹）；未打开。</translation>
    </message>
    <message>
        <source>The bundle names files in an unsafe way; it was not opened.</source>
        <translation>数据包中的文件名不安全；未打开。</translation>
    </message>
    <message>
        <source>The bundle holds a file that bundles may not carry.</source>
        <translation>数据包中含有不允许携带的文件。</translation>
    </message>
    <message>
        <source>The signature does not verify: the file was altered or forged.</source>
        <translation>签名验证失败：文件已被修改或伪造。</translation>
    </message>
    <message>
        <source>The file is signed by a key this profile does not know.</source>
        <translation>此文件由本配置文件不认识的密钥签名。</translation>
    </message>
    <message>
        <source>The file is signed by another key than the one it names.</source>
        <translation>此文件的签名密钥与其声明的密钥不符。</translation>
    </message>
    <message>
        <source>The bundle&apos;s records are invalid; nothing was taken in.</source>
        <translation>数据包中的记录无效；未接收任何内容。</translation>
    </message>
    <message>
        <source>A change in the bundle was not written by its sender; nothing was taken in.</source>
        <translation>数据包中有一项更改并非由发送者做出；未接收任何内容。</translation>
    </message>
    <message>
        <source>The bundle changes records its sender does not own (or review notes); nothing was taken in.</source>
        <translation>数据包修改了不属于发送者的记录（或审核意见）；未接收任何内容。</translation>
    </message>
    <message>
        <source>An attached file is missing from the bundle; nothing was taken in.</source>
        <translation>数据包中缺少附件；未接收任何内容。</translation>
    </message>
    <message>
        <source>%1 and %2 more gaps</source>
        <translation>%1，另有 %2 处缺号</translation>
    </message>
    <message>
        <source>Not arrived yet from this device: bundle %1.</source>
        <translation>此设备尚未送达的数据包：%1。</translation>
    </message>
    <message>
        <source>Changes dated more than a day ahead of this computer&apos;s clock: %1, the latest on %2. The sender&apos;s clock is probably wrong; they were kept as signed and this computer&apos;s clock was not moved.</source>
        <translation>日期比本机时钟超前一天以上的更改：%1 项，最晚为 %2。发送方的时钟可能有误；这些更改已按签名原样保存，本机时钟未作调整。</translation>
    </message>
    <message>
        <source>Nothing new in it.</source>
        <translation>其中没有新内容。</translation>
    </message>
    <message>
        <source>Import bundles</source>
        <translation>导入数据包</translation>
    </message>
    <message>
        <source>KIN bundles (*.kinb)</source>
        <translation>KIN 数据包 (*.kinb)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>Choose a folder of bundles</source>
        <translation>选择数据包所在的文件夹</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>已收到</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>审核中</translation>
    </message>
    <message>
        <source>Has issues</source>
        <translation>需修改</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>已登记</translation>
    </message>
    <message>
        <source>corrected</source>
        <translation>已更正</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>已更改</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation>领域</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Review state</source>
        <translation>审核状态</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>意见</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>最近更改</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>意见</translation>
    </message>
    <message>
        <source>Save the commitment forms</source>
        <translation>保存承诺书</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Check a signed form</source>
        <translation>核对已签署的表格</translation>
    </message>
    <message>
        <source>The text of the form&apos;s QR code (a scanner types it here):</source>
        <translation>表格二维码的文本（扫描器会在此处输入）：</translation>
    </message>
</context>
</TS>
