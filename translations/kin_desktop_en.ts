<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About KIN Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the Kitakyushu Initiative Network: the cities&apos; questionnaire, practices and commitments, and the secretariat&apos;s review and follow-up. Licensed under the MIT licence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licences of what is bundled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KIN Desktop bundles the following software and fonts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <source>Attached files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop files here or press Add.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments hint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;pen file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the record first: fix the problems shown above, then attach the files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not attached: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No program could open %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CitiesTab</name>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By &amp;city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By &amp;question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a city to read its answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No delegations yet: a city appears here with its first bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No city has answered this question yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This city has not sent its questionnaire yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComboChoiceEditor</name>
    <message>
        <source>— Not answered —</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommitmentEditor</name>
    <message>
        <source>Commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A short name for the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project t&amp;ype:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;ctors:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Objectives:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Targets and indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add tar&amp;get</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start &amp;date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The follow-up runs to %1: the timeline ends by then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;End date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestones:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 250000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. city budget, ODA loan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Funding source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sharing and signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xperience to share:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signatory &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signatory t&amp;itle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommitmentsPage</name>
    <message>
        <source>Commitments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project type filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No commitments yet — press New to draft one</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln commitment(s)</source>
        <translation>
            <numerusform>%Ln commitment</numerusform>
            <numerusform>%Ln commitments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln commitment(s)</source>
        <translation>
            <numerusform>%1 of %Ln commitment</numerusform>
            <numerusform>%1 of %Ln commitments</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the commitment “%1” and its attachments?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfirmApproval</name>
    <message numerus="yes">
        <source>Approve %Ln key(s)</source>
        <translation>
            <numerusform>Approve %Ln key</numerusform>
            <numerusform>Approve %Ln keys</numerusform>
        </translation>
    </message>
    <message>
        <source>Compare each fingerprint with the one its delegate reads to you (by phone, or from their screen). Approve only if every group of every fingerprint matches: their held bundles are then merged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprints to compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I &amp;compared every fingerprint, and each one matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Approve %Ln key(s)</source>
        <translation>
            <numerusform>&amp;Approve %Ln key</numerusform>
            <numerusform>&amp;Approve %Ln keys</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConflictsTab</name>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records in conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conflicts. A conflict appears when one delegation edits the same record on two computers; both versions are kept until you choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields that differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Only the fields that differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two versions side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep &amp;left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the newest version (Ctrl+Alt+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep &amp;right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the other device&apos;s version (Ctrl+Alt+Right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose field by field (Ctrl+M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a conflict to compare its two versions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 “%2” — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln field(s) differ: %1. Until you choose, the left (newest) version is shown.</source>
        <translation>
            <numerusform>%Ln field differs: %1. Until you choose, the left (newest) version is shown.</numerusform>
            <numerusform>%Ln fields differ: %1. Until you choose, the left (newest) version is shown.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved: “%1” now has one version.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CountedTexts</name>
    <message numerus="yes">
        <source>Bundle(s) %1 from this delegate have not arrived.</source>
        <translation>
            <numerusform>Bundle %1 from this delegate has not arrived.</numerusform>
            <numerusform>Bundles %1 from this delegate have not arrived.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Compare this fingerprint with the one the delegate reads to you (by phone, or from their screen):

%1

%2

Approve only if every group matches. Its %Ln held bundle(s) will then be merged.</source>
        <translation>
            <numerusform>Compare this fingerprint with the one the delegate reads to you (by phone, or from their screen):

%1

%2

Approve only if every group matches. Its %Ln held bundle will then be merged.</numerusform>
            <numerusform>Compare this fingerprint with the one the delegate reads to you (by phone, or from their screen):

%1

%2

Approve only if every group matches. Its %Ln held bundles will then be merged.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CountryPicker</name>
    <message>
        <source>No country is called “%1”: choose one from the list, or type its name or its code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the name or the code of the country</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mayors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City experts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National government</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>International organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has issues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No response yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practices and commitments by country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sectors of practices and commitments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegates by participant category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commitments by review state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-meeting questionnaire, by delegate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commitments by end year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (total %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (%3%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Network at a glance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy this chart as a picture, to paste into a report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this chart as a PNG picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save chart as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln practice(s)</source>
        <translation>
            <numerusform>%Ln practice</numerusform>
            <numerusform>%Ln practices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln commitment(s)</source>
        <translation>
            <numerusform>%Ln commitment</numerusform>
            <numerusform>%Ln commitments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln cities</source>
        <translation>
            <numerusform>%Ln city</numerusform>
            <numerusform>%Ln cities</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to count yet: the charts fill in as the delegates&apos; bundles are taken in on the Inbox page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” copied: paste it into your report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chart could not be saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateEditor</name>
    <message>
        <source>Choose on a calendar: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateEntry</name>
    <message>
        <source>Choose the date on a calendar (Alt+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose on a calendar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DelegatesPage</name>
    <message>
        <source>Delegates&apos; keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No delegate has sent a bundle yet. A delegate&apos;s first bundle registers their key here, waiting for your approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revoke…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke the selected key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a receipt with the current state for this delegate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the registry again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registry summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing bundles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it means</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundles received from the selected key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What this key has sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln waiting for approval</source>
        <translation>
            <numerusform>%Ln waiting for approval</numerusform>
            <numerusform>%Ln waiting for approval</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln approved</source>
        <translation>
            <numerusform>%Ln approved</numerusform>
            <numerusform>%Ln approved</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Approving %Ln key(s) and merging their held bundles…</source>
        <translation>
            <numerusform>Approving %Ln key and merging their held bundles…</numerusform>
            <numerusform>Approving %Ln keys and merging their held bundles…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln key(s)</source>
        <translation>
            <numerusform>%Ln key</numerusform>
            <numerusform>%Ln keys</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Approved %1: %Ln held bundle(s) merged.</source>
        <translation>
            <numerusform>Approved %1: %Ln held bundle merged.</numerusform>
            <numerusform>Approved %1: %Ln held bundles merged.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln refused:</source>
        <translation>
            <numerusform>%Ln refused:</numerusform>
            <numerusform>%Ln refused:</numerusform>
        </translation>
    </message>
    <message>
        <source>Receipt written for %1: %2. Send it to the delegate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a key to see the bundles it has sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a &amp;receipt again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve the selected keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2, %3 · %4 · first seen %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No bundle is missing: every number up to the last one arrived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing received from this key is in the import log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not approved: nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not revoked: nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked the key of %1: its bundles will be refused from now on.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportsPage</name>
    <message>
        <source>E&amp;xcel workbook (XLSX): one sheet per table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CS&amp;V files: one file per table, UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export for analysis…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write practices, commitments, follow-up and questionnaire answers (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practices, commitments, their follow-up and the questionnaire answers, as tables to open in a spreadsheet or a statistics package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write &amp;receipts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One signed receipt per delegate with something to acknowledge (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write &amp;welcome pack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secretariat&apos;s keys, the questionnaires and the practices catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For delegates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipts tell each delegate what was taken in and how it was reviewed; the welcome pack brings the secretariat&apos;s key and the practices catalogue. Both are signed: send them by e-mail or on a USB stick.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing written yet in this session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the folder of the chosen file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export for analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder for the CSV files</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A receipt would tell %Ln delegate(s) of something new: %1</source>
        <translation>
            <numerusform>A receipt would tell %Ln delegate of something new: %1</numerusform>
            <numerusform>A receipt would tell %Ln delegates of something new: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Every delegate has been told of everything received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting for analysis…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported for analysis: %Ln file(s).</source>
        <translation>
            <numerusform>Exported for analysis: %Ln file.</numerusform>
            <numerusform>Exported for analysis: %Ln files.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln receipt(s) written: send each to its delegate.</source>
        <translation>
            <numerusform>%Ln receipt written: send it to its delegate.</numerusform>
            <numerusform>%Ln receipts written: send each to its delegate.</numerusform>
        </translation>
    </message>
    <message>
        <source>The passphrase was not right: press the button again to try again. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder for the receipts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing receipts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No receipts were needed: every delegate has been told of everything received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder for the welcome pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the welcome pack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome pack written: send it to the delegates with the secretariat&apos;s fingerprint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for the current work to finish, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpPage</name>
    <message>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delayed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stalled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No report yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue, stalled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stalled</source>
        <comment>attention</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recognized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <comment>no report</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secretariat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestones reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commitments followed up to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up as of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue and stalled are judged as of this date (by default today, or the end of the second cycle, %1, once it is past)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Judge the follow-up as of today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the commitments and reports again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by city or title (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by city or title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commitments followed up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;cognized by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Network recognizes the realization of a registered commitment (concept note: &quot;recognized in due course by 2010&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a &amp;progress report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a progress report of this commitment (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No commitments yet, as of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln commitment(s) as of %1: </source>
        <translation>
            <numerusform>%Ln commitment as of %1: </numerusform>
            <numerusform>%Ln commitments as of %1: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln overdue, </source>
        <translation>
            <numerusform>%Ln overdue, </numerusform>
            <numerusform>%Ln overdue, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln stalled, </source>
        <translation>
            <numerusform>%Ln stalled, </numerusform>
            <numerusform>%Ln stalled, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln recognized.</source>
        <translation>
            <numerusform>%Ln recognized.</numerusform>
            <numerusform>%Ln recognized.</numerusform>
        </translation>
    </message>
    <message>
        <source>No commitments to follow up yet. They arrive with the delegates&apos; bundles: take them in on the Inbox page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No commitment matches these words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is overdue as of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is stalled as of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No commitments to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;No commitment chosen&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a commitment in the list to see its progress reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no end date given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It can be recognized once it is registered on the Review page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue: it was to end on %1 and is not reported completed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue: a milestone due before %1 is not reported reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stalled: so says its latest progress report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stalled: no progress reported for more than six months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No progress reported yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The progress report was recorded. It is dated %1, after the date shown: the figures are now as of that day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The progress report was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded as recognized.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recognition was withdrawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a registered commitment can be recognized. Register it on the Review page first, then recognize it here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>KIN Desktop — the secretariat&apos;s guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KIN Desktop — the delegate&apos;s guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes between the selected revisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select one revision to see what it changed, or two to compare them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln field(s) changed.</source>
        <translation>
            <numerusform>%Ln field changed.</numerusform>
            <numerusform>%Ln fields changed.</numerusform>
        </translation>
    </message>
    <message>
        <source>No differences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first revision: nothing before it to compare with.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InboxPage</name>
    <message>
        <source>Import &amp;files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose bundle files to import (Ctrl+Shift+I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a f&amp;older…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import every bundle in a folder (Ctrl+Shift+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the inbox &amp;service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch and import the bundles delegates sent to the inbox service, then send it the receipts, the welcome pack and the key list (F9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or drop bundle files or folders here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Watch folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import new bundles saved into this folder automatically (for example a mail attachments folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No folder chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watched folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the watched folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundles from delegates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%v of %m files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop after the current file (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing imported in this session yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it means</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome of each file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import bundles to see here, file by file, what was merged and what was refused and why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City, date (2007-03-14) or outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the import log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search the log:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;utcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of log entries shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show files set &amp;aside…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the folder of quarantined files: bundles kept whole as evidence (a reused number, other content under a change already received) or for inspection (a file that failed unexpectedly)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import log is empty: no bundle has been imported yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the current import to finish…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Inbox service: %Ln bundle(s) fetched.</source>
        <translation>
            <numerusform>Inbox service: %Ln bundle fetched.</numerusform>
            <numerusform>Inbox service: %Ln bundles fetched.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln receipt(s) sent.</source>
        <translation>
            <numerusform>%Ln receipt sent.</numerusform>
            <numerusform>%Ln receipts sent.</numerusform>
        </translation>
    </message>
    <message>
        <source>The welcome pack was updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped early: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Importing %Ln item(s)…</source>
        <translation>
            <numerusform>Importing %Ln item…</numerusform>
            <numerusform>Importing %Ln items…</numerusform>
        </translation>
    </message>
    <message>
        <source>Fetching from the inbox service…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping after the current file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No bundles (*.kinb) were found in what you chose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) merged</source>
        <translation>
            <numerusform>%Ln file merged</numerusform>
            <numerusform>%Ln files merged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already received</source>
        <translation>
            <numerusform>%Ln already received</numerusform>
            <numerusform>%Ln already received</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln held until their key is approved</source>
        <translation>
            <numerusform>%Ln held until its key is approved</numerusform>
            <numerusform>%Ln held until their key is approved</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln refused: see why below</source>
        <translation>
            <numerusform>%Ln refused: see why below</numerusform>
            <numerusform>%Ln refused: see why below</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No log entry matches the search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries</source>
        <translation>
            <numerusform>%Ln entry</numerusform>
            <numerusform>%Ln entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln entries</source>
        <translation>
            <numerusform>%1 of %Ln entry</numerusform>
            <numerusform>%1 of %Ln entries</numerusform>
        </translation>
    </message>
    <message>
        <source>The folder %1 cannot be watched: it does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watching %1: new bundles saved there are imported automatically.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InstanceFrame</name>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>KIN Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About KIN Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the demo profile: the first time takes a few seconds…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying the demo profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading the database to this version (a backup is made first)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the questionnaire and counting the records…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to KIN Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has no profile yet. Set it up for your city delegation (or for the Network Secretariat); it takes a minute and works offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Set up this computer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No profile yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This profile cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Practices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Commitments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out&amp;box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delegates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Matching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;ashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Exports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Questionnaires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the form…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commitment form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KIN Desktop — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) waiting to be exported</source>
        <translation>
            <numerusform>%Ln record waiting to be exported</numerusform>
            <numerusform>%Ln records waiting to be exported</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported; waiting for the secretariat&apos;s receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing sent yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything acknowledged by the secretariat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network Secretariat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KIN Desktop — Secretariat</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MatchingPage</name>
    <message>
        <source>Improving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worsening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moderate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>serious</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>very serious</source>
        <comment>severity 4</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>very serious</source>
        <comment>severity 5</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of 5 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not ranked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>severity %1 of 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>priority %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a win-win practice: environmental and economic benefits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registered by the secretariat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Challenge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Win-win</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the cities, challenges and practices again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Challenges of the city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Challenges it faces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practices of other cities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practices of other cities that address them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practices catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Matches for a city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practices &amp;catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing in the catalogue matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No practice is registered for the catalogue yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln registered practice(s) go to every delegate with the welcome pack.</source>
        <translation>
            <numerusform>%Ln registered practice goes to every delegate with the welcome pack.</numerusform>
            <numerusform>%Ln registered practices go to every delegate with the welcome pack.</numerusform>
        </translation>
    </message>
    <message>
        <source>The catalogue is empty: practices enter it once they are registered on the Review page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No delegations yet: take in their bundles on the Inbox page, then come back here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a city to see the challenges it faces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for practices…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegate: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>questionnaire complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>questionnaire not complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This city&apos;s questionnaire names no challenges yet: matches appear once it is answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No practice of another city addresses these challenges yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No challenges, so nothing to match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a practice to see why it was suggested.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sectors: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered by the secretariat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not registered yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A win-win practice: environmental, social and economic benefits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it was suggested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environmental benefits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social benefits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Economic benefits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replicability</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For each field that differs, check the value to keep (Space checks the selected cell). Fields that are the same on both devices are kept as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields to merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save the merge</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutboxPage</name>
    <message>
        <source>Confirm the secretariat&apos;s key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This welcome pack is signed by the key with this fingerprint:

%1

Does it match the fingerprint printed in your invitation letter? Only say yes if every group matches: from now on, only this key will be trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes not yet acknowledged to a file for the secretariat (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export e&amp;verything…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include everything, also what the secretariat acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To the secretariat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import welcome pack or receipt…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or drop the files onto this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the secretariat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No catalogue yet: it arrives with the secretariat&apos;s welcome pack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundles sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipts received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practices catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KIN bundles (*.kinb)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import from the secretariat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KIN files (*.kinw *.kinr);;Welcome packs (*.kinw);;Receipts (*.kinr)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln questionnaire response(s)</source>
        <translation>
            <numerusform>%Ln questionnaire response</numerusform>
            <numerusform>%Ln questionnaire responses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln attachment(s)</source>
        <translation>
            <numerusform>%Ln attachment</numerusform>
            <numerusform>%Ln attachments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln progress report(s)</source>
        <translation>
            <numerusform>%Ln progress report</numerusform>
            <numerusform>%Ln progress reports</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %1: %Ln change(s), %2. Give this file to the secretariat.</source>
        <translation>
            <numerusform>Saved %1: %Ln change, %2. Give this file to the secretariat.</numerusform>
            <numerusform>Saved %1: %Ln changes, %2. Give this file to the secretariat.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) taken in.</source>
        <translation>
            <numerusform>%Ln file taken in.</numerusform>
            <numerusform>%Ln files taken in.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) refused: see the reasons below.</source>
        <translation>
            <numerusform>%Ln file refused: see the reason below.</numerusform>
            <numerusform>%Ln files refused: see the reasons below.</numerusform>
        </translation>
    </message>
    <message>
        <source>(attachments: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing in the catalogue matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet acknowledged by the secretariat: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing sent yet, and nothing to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to send: the secretariat has acknowledged everything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed form out of date: %1. These commitments changed after their form was printed; print the forms again and have them signed before you send the paper.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundles are encrypted for: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the secretariat&apos;s welcome pack first: it brings the key your bundles are encrypted for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln practice(s)</source>
        <translation>
            <numerusform>%Ln practice</numerusform>
            <numerusform>%Ln practices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln commitment(s)</source>
        <translation>
            <numerusform>%Ln commitment</numerusform>
            <numerusform>%Ln commitments</numerusform>
        </translation>
    </message>
    <message>
        <source>Taken in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already taken in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set aside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed, kept for inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping after the current file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was waiting to be sent; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for the current work to finish, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The welcome pack was not taken in: its key was not confirmed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No welcome packs or receipts were found in what you chose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environmental benefits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social benefits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Economic benefits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replicability</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key fingerprint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no key yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 required answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 optional questions answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall: %1% complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practices and commitments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) changed since the last export</source>
        <translation>
            <numerusform>%Ln record changed since the last export</numerusform>
            <numerusform>%Ln records changed since the last export</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln commitment(s) changed since the form was printed: print again and have it signed</source>
        <translation>
            <numerusform>%Ln commitment changed since the form was printed: print again and have it signed</numerusform>
            <numerusform>%Ln commitments changed since the form was printed: print again and have it signed</numerusform>
        </translation>
    </message>
    <message>
        <source>Signed forms:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secretariat asks for corrections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no comment)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrected: export it from the Outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To correct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing new to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing sent yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) sent but not yet acknowledged</source>
        <translation>
            <numerusform>%Ln record sent but not yet acknowledged</numerusform>
            <numerusform>%Ln records sent but not yet acknowledged</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything sent is acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting receipt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last export:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No. %1 of %2: %Ln change(s) acknowledged</source>
        <translation>
            <numerusform>No. %1 of %2: %Ln change acknowledged</numerusform>
            <numerusform>No. %1 of %2: %Ln changes acknowledged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %Ln review(s) by the secretariat</source>
        <translation>
            <numerusform>, %Ln review by the secretariat</numerusform>
            <numerusform>, %Ln reviews by the secretariat</numerusform>
        </translation>
    </message>
    <message>
        <source>Last receipt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaperBanner</name>
    <message>
        <source>Printed form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change it &amp;anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock the form: the signed paper will no longer match and must be printed and signed again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The form printed on %1 no longer matches this commitment: it was changed since. Print the form again (Ctrl+P) and have the new paper signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A form of this version was printed on %1 for the mayor&apos;s signature. The signed paper covers everything on the form: title, type, sectors, objectives, description, targets and indicators, partners, timeline and milestones, budget and funding, and the signatory. Changing any of it makes the paper out of date.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Unlock your key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has no system keyring, so your key is kept in a file locked with a passphrase. Enter it to sign or open bundles:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PracticeEditor</name>
    <message>
        <source>Practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A short name for the practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;ctors:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start &amp;year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Win-win: benefits the environment and the economy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Su&amp;mmary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Problem:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Approach:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benefits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>En&amp;vironmental:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ocial:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Econo&amp;mic:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 250000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amou&amp;nt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add pa&amp;rtner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rep&amp;licability:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PracticesPage</name>
    <message>
        <source>Practices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No practices yet — press New to record one</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln practice(s)</source>
        <translation>
            <numerusform>%Ln practice</numerusform>
            <numerusform>%Ln practices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln practice(s)</source>
        <translation>
            <numerusform>%1 of %Ln practice</numerusform>
            <numerusform>%1 of %Ln practices</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the practice “%1” and its attachments?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln page(s)</source>
        <translation>
            <numerusform>%Ln page</numerusform>
            <numerusform>%Ln pages</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProblemsModel</name>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(workbook)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tick &apos;Leave out what KIN Desktop cannot do&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressReportDialog</name>
    <message>
        <source>Record a progress report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestones reached, one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One milestone per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M&amp;ilestones reached:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&amp;ndicators:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the date of the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every indicator value needs the name of its indicator.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionField</name>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionnaireIssues</name>
    <message>
        <source>An answer is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This answer does not meet the condition set for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This answer is not in the expected form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Add at least %Ln entries.</source>
        <translation>
            <numerusform>Add at least %Ln entry.</numerusform>
            <numerusform>Add at least %Ln entries.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Give at most %Ln entries; remove the extra ones.</source>
        <translation>
            <numerusform>Give at most %Ln entry; remove the extra ones.</numerusform>
            <numerusform>Give at most %Ln entries; remove the extra ones.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Write at least %Ln character(s).</source>
        <translation>
            <numerusform>Write at least %Ln character.</numerusform>
            <numerusform>Write at least %Ln characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Write at most %Ln character(s).</source>
        <translation>
            <numerusform>Write at most %Ln character.</numerusform>
            <numerusform>Write at most %Ln characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rank at least %Ln item(s).</source>
        <translation>
            <numerusform>Rank at least %Ln item.</numerusform>
            <numerusform>Rank at least %Ln items.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rank at most %Ln item(s).</source>
        <translation>
            <numerusform>Rank at most %Ln item.</numerusform>
            <numerusform>Rank at most %Ln items.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Choose at least %Ln option(s).</source>
        <translation>
            <numerusform>Choose at least %Ln option.</numerusform>
            <numerusform>Choose at least %Ln options.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Choose at most %Ln option(s).</source>
        <translation>
            <numerusform>Choose at most %Ln option.</numerusform>
            <numerusform>Choose at most %Ln options.</numerusform>
        </translation>
    </message>
    <message>
        <source>The answer must be at least %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer must be at most %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This answer is not one of the options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This answer is not of the expected kind; enter it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This answer needs attention.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionnairePage</name>
    <message>
        <source>The questionnaire is marked as complete. Thank you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No questionnaire yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The questionnaire has not reached this profile yet. It comes with the welcome pack from the Network Secretariat: once the welcome pack is imported, the questionnaire appears here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The questionnaire cannot be shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes are saved automatically.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is your response to version %1 of this questionnaire, kept as you answered it. New answers go to version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language of the questions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the previous section (Ctrl+Page Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the next section (Ctrl+Page Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as &amp;complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that every required answer is given, then mark the questionnaire complete (Ctrl+Enter).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This questionnaire is marked as complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List of sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the list of sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Questionnaire:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questionnaire and version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (version %2, your earlier answers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every required answer is given: you can mark the questionnaire as complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The questionnaire cannot be marked complete yet: %Ln answer(s) are missing or need correcting.</source>
        <translation>
            <numerusform>The questionnaire cannot be marked complete yet: %Ln answer is missing or needs correcting.</numerusform>
            <numerusform>The questionnaire cannot be marked complete yet: %Ln answers are missing or need correcting.</numerusform>
        </translation>
    </message>
    <message>
        <source>First: “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview: answers are checked as a delegate&apos;s are, and kept nowhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All changes saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your changes leave required answers open: the questionnaire is no longer complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet translated into %1: shown in English.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionnairesPage</name>
    <message>
        <source>&amp;Import workbook…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read an XLSForm (.xlsx, .xls or .csv) (Ctrl+O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Validate again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read and check the same workbook again, after correcting it (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Leave out what KIN Desktop cannot do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPS, photos, pulldata() and the like are left out with a warning each, instead of refusing the workbook. Mistakes in the form are still errors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Publish…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store this version so that the next welcome pack brings it to the delegates (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import an XLSForm workbook to check it, see it as a delegate will, and publish it. Questionnaires are written in the survey, choices and settings sheets, as for ODK and KoboToolbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems found in the workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems: the workbook is imported as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preview shows the imported questionnaire exactly as a delegate will see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questionnaire versions in this profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport to XLSForm…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the selected version as an XLSForm workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish the questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish &apos;%1&apos; version %2?

The next welcome pack brings it to every delegate. New responses open on it; the answers given to earlier versions are kept. A published version cannot be changed: a correction needs a new version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shipped with KIN Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>published here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>welcome pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(current)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: questionnaire &apos;%2&apos; version %3, %4 section(s), %5 question(s), languages: %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s): see Problems.</source>
        <translation>
            <numerusform>%n warning: see Problems.</numerusform>
            <numerusform>%n warnings: see Problems.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is refused: %n error(s) to correct (see Problems), then Validate again.</source>
        <translation>
            <numerusform>%1 is refused: %n error to correct (see Problems), then Validate again.</numerusform>
            <numerusform>%1 is refused: %n errors to correct (see Problems), then Validate again.</numerusform>
        </translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published &apos;%1&apos; version %2: the next welcome pack brings it to the delegates (Exports, Write welcome pack).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; version %2 was already published with the same content: nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XLSForm cannot say: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import an XLSForm workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XLSForm workbooks (%1);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to XLSForm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RankingEditor</name>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected item up (Ctrl+Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected item down (Ctrl+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the items to rank; most important first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: see the problems above. Your text is kept here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This %1 cannot be saved yet. It stays here in the editor until you fix:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edited — saving shortly</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordListPage</name>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sector filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All sectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;ctor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has issues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrected or changed since the review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reviewed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;view:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of records shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words in titles and texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing matches the search and filters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordsReviewTab</name>
    <message>
        <source>Words in titles, texts, cities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searc&amp;h:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sector filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All sectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review state filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any review state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant category filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project type filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commitments to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practices to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of records shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No commitments yet: they arrive in delegates&apos; bundles (Inbox).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No practices yet: they arrive in delegates&apos; bundles (Inbox).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing matches the search and filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>%Ln record</numerusform>
            <numerusform>%Ln records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln record(s)</source>
        <translation>
            <numerusform>%1 of %Ln record</numerusform>
            <numerusform>%1 of %Ln records</numerusform>
        </translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. The delegate sees it in the next receipt.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordsSection</name>
    <message>
        <source>&amp;Back to the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save and return to the list (Alt+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print form…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save, then preview and print the form for the mayor&apos;s signature (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the problems shown before printing: the form prints what is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record cannot be saved yet: correct the problems shown, or undo them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RepeatGroupWidget</name>
    <message>
        <source>Between %1 and %2 entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>At most %Ln entries.</source>
        <translation>
            <numerusform>At most %Ln entry.</numerusform>
            <numerusform>At most %Ln entries.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At least %Ln entries.</source>
        <translation>
            <numerusform>At least %Ln entry.</numerusform>
            <numerusform>At least %Ln entries.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Co&amp;mmitments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Practices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;nflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;rint forms…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the forms of the selected commitments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the forms of the selected commitments (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;heck a signed form…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type or scan the text of a signed commitment form&apos;s QR code: is it the current version?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signed form matches the current version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signed form does not match the data: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the commitments whose forms you want to print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln form(s) saved to %1</source>
        <translation>
            <numerusform>%Ln form saved to %1</numerusform>
            <numerusform>%Ln forms saved to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%Ln page(s)).</source>
        <translation>
            <numerusform>(%Ln page).</numerusform>
            <numerusform>(%Ln pages).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Printing %Ln form(s)…</source>
        <translation>
            <numerusform>Printing %Ln form…</numerusform>
            <numerusform>Printing %Ln forms…</numerusform>
        </translation>
    </message>
    <message>
        <source>Commitment forms</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <source>Review state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;cognised as an example to follow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a registered record can be recognised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment for the delegate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the delegate should know; it goes in the next receipt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the review state and comment (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review s&amp;tate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;mment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History of the review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes and signed form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the record…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a record to review it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>two versions in conflict: see Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Corrected since the review: %Ln change(s), marked below.</source>
        <translation>
            <numerusform>Corrected since the review: %Ln change, marked below.</numerusform>
            <numerusform>Corrected since the review: %Ln changes, marked below.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Changed since the review: %Ln change(s), marked below.</source>
        <translation>
            <numerusform>Changed since the review: %Ln change, marked below.</numerusform>
            <numerusform>Changed since the review: %Ln changes, marked below.</numerusform>
        </translation>
    </message>
    <message>
        <source>Signed form: verified for this version on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed form: the last one checked (%1) is for an earlier version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed form: none checked yet for this version (Check a signed form…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the record stands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secretariat&apos;s comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · not reviewed by the secretariat yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secretariat&apos;s review: %1 (%2) · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed since this review: the secretariat sees the change after your next export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct what the comment asks, then export from the Outbox: the secretariat sees the correction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrected and sent: the secretariat will review it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrected here: export from the Outbox to send the correction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Targets and indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Experience to share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signatory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benefits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(was empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version of %1, revision %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SectionListModel</name>
    <message>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does not apply, given your other answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 required answers given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No required questions; %1 of %2 answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln answer(s) need correcting.</source>
        <translation>
            <numerusform>%Ln answer needs correcting.</numerusform>
            <numerusform>%Ln answers need correcting.</numerusform>
        </translation>
    </message>
    <message>
        <source>Complete.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SectionWidget</name>
    <message>
        <source>This section does not apply, given your other answers.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SendPanel</name>
    <message>
        <source>&amp;Send and receive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send what waits to the secretariat&apos;s inbox and fetch receipts and updates (F9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the bundle to a &amp;file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No link? Save the same bundle for a USB stick or an e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the secretariat&apos;s welcome pack first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secretariat&apos;s welcome pack names no inbox to send to: save the bundle to a file (Export bundle) and give it to the secretariat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send what waits to %1 and fetch receipts and updates (F9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 waits to be sent; Send resumes where the last attempt stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to the inbox…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>about %n hour(s) left</source>
        <translation>
            <numerusform>about %n hour left</numerusform>
            <numerusform>about %n hours left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s) left</source>
        <translation>
            <numerusform>about %n minute left</numerusform>
            <numerusform>about %n minutes left</numerusform>
        </translation>
    </message>
    <message>
        <source>less than a minute left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about a minute left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping; what the inbox has is kept…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Sent %n bundle(s)</source>
        <translation>
            <numerusform>Sent %n bundle</numerusform>
            <numerusform>Sent %n bundles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Took in %n file(s) from the secretariat.</source>
        <translation>
            <numerusform>Took in %n file from the secretariat.</numerusform>
            <numerusform>Took in %n files from the secretariat.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The inbox refused %n bundle(s): %1</source>
        <translation>
            <numerusform>The inbox refused %n bundle: %1</numerusform>
            <numerusform>The inbox refused %n bundles: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>This computer does not trust the inbox&apos;s certificate; nothing more was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No link to the inbox. What it has is kept, and Send resumes from there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Trying again in %n minute(s), or save the bundle to a file.</source>
        <translation>
            <numerusform>Trying again in %n minute, or save the bundle to a file.</numerusform>
            <numerusform>Trying again in %n minutes, or save the bundle to a file.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped. What the inbox has is kept; Send resumes from there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to send, and nothing new from the secretariat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing waits to be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1. Give this file to the secretariat; if the inbox gets it too, it is taken in once.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window changes language at once; what you have typed is kept, as everything is saved as it is typed. The questionnaire&apos;s own language can be chosen on its page.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Mayor or top representative of a local government</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expert of a local government</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Representative of a national government</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Representative of an international organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other (media, university, general public)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome packs (*.kinw)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not taken in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up KIN Desktop</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>YesNoEditor</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_ClearButton</name>
    <message>
        <source>Clear answer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_DonePage</name>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your profile is ready. Your key fingerprint is:

%1

Read it to the secretariat when they ask to confirm your enrolment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secretariat&apos;s welcome pack is in: you can export bundles for them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the secretariat&apos;s welcome pack arrives, import it from the Outbox; it brings the secretariat&apos;s key, so that what you export can only be read by them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_KeyPage</name>
    <message>
        <source>Your signing key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It proves that what you send comes from you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least 8 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KIN Desktop signs everything you send with a key that proves it comes from you. This computer has no system keyring to keep that key safe, so it is kept in a file locked with a passphrase. Choose one you will remember: it cannot be recovered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KIN Desktop signs everything you send with a key that proves it comes from you. The key will be kept in this computer&apos;s system keyring; no passphrase is needed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_ProfilePage</name>
    <message>
        <source>About you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Khon Kaen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your city&apos;s name in Latin letters, as it should appear in file names and on printed forms. Filled in from the name above as a first guess: correct it if it is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@city.gov</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City in &amp;Latin letters:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Countr&amp;y:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Participant category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your delegation as it will appear to the secretariat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secretariat as delegates will see it in welcome packs and receipts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_RadioEditor</name>
    <message>
        <source>Clear the answer to: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_RolePage</name>
    <message>
        <source>Welcome to KIN Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up this computer for the Fourth Meeting of the Kitakyushu Initiative Network. Everything stays on this computer until you export it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;City delegation: answer the questionnaire, record practices, draft commitments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network &amp;Secretariat: merge, review and follow up what cities send</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_WelcomePackPage</name>
    <message>
        <source>The secretariat&apos;s welcome pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It brings the questionnaire and the secretariat&apos;s key. You can also do this later, from the Outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose the welcome pack file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fingerprint &amp;matches the one in my invitation letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not a welcome pack that can be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by the key with this fingerprint:

%1

Compare every group with your invitation letter.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>This profile was saved by a newer version of KIN Desktop. Install the newer version to open it; nothing has been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile&apos;s database is damaged or is not a KIN Desktop database. Nothing has been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no profile here yet. Create one to start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase is not right. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key store could not be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>language</name>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>records</name>
    <message>
        <source>Attach files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <comment>no due year</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Solid waste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wastewater and sanitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Water supply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Air quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urban transport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Green space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industrial pollution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <comment>sector</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has issues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>corrected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed form out of date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demonstration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expanded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environmental benefits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social benefits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Economic benefits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replicability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Win-win</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Targets and indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funding source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Experience to share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signatory name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signatory title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, row %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, row %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project must end by 31 December %1, when the follow-up of commitments ends. Choose an earlier end date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each target needs a description.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each milestone needs a date and a description.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a date as YYYY-MM-DD, for example 2009-06-30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a number, for example 250000 or 1250.50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This text is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The due year must be between 2006 and %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a year between 1950 and 2100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This value is out of range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due year (≤ 2010)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a row to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a row from %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>secretariat</name>
    <message>
        <source>Practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questionnaire response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (differs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left: newest (shown now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right: the other device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve the conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the left (newest) version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the right version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep %1 of “%2”?

The other version&apos;s %3 will be replaced. Both stay in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mayor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City expert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National government</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>International organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <comment>participant category</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke the key of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke the key %1 (%2)?

Bundles it signs from now on, and those held for it, will be refused. What it sent before stays. This cannot be undone: the delegate will need a new key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held bundles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder for the receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held for enrolment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarantined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed, kept for inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is damaged or was altered after it was signed; ask the delegate to export again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sender&apos;s key is not enrolled yet: compare its fingerprint with the delegate (Delegates page), then approve it; the bundle then merges.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sender&apos;s key has been revoked; nothing was taken in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A change already received comes again with other content (altered, or a faulty program): the file was set aside as evidence, nothing in it was taken in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many files are already waiting for keys nobody has enrolled; this one was not kept. Approve or revoke the waiting keys (Delegates page), then import this file again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something unexpected went wrong with this file; nothing of it was taken in and the other files went on. It was kept in the profile&apos;s quarantine folder: please report it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device sent a different bundle with the same number before; the file was set aside. Ask the delegate whether the profile was copied to another computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be read (missing, or no permission).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is larger than KIN Desktop accepts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a KIN bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a KIN file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is encrypted for someone else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was written by a newer version of KIN Desktop; update it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle is encrypted for another secretariat key; the delegate needs the current welcome pack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle was made for another secretariat key; the delegate needs the current welcome pack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is cut short (an interrupted copy?); ask for it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle holds more files than allowed; it was not opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle expands suspiciously (a zip bomb?); it was not opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle names files in an unsafe way; it was not opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle holds a file that bundles may not carry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature does not verify: the file was altered or forged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is signed by a key this profile does not know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is signed by another key than the one it names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle&apos;s records are invalid; nothing was taken in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A change in the bundle was not written by its sender; nothing was taken in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle changes records its sender does not own (or review notes); nothing was taken in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An attached file is missing from the bundle; nothing was taken in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 more gaps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not arrived yet from this device: bundle %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes dated more than a day ahead of this computer&apos;s clock: %1, the latest on %2. The sender&apos;s clock is probably wrong; they were kept as signed and this computer&apos;s clock was not moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing new in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import bundles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KIN bundles (*.kinb)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder of bundles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has issues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>corrected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the commitment forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check a signed form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text of the form&apos;s QR code (a scanner types it here):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
