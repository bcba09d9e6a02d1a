<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>Autosave</name>
    <message>
        <source>Cannot write %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no autosave to restore</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BodyView</name>
    <message>
        <source>&amp;Pretty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Raw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save body…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indented JSON with colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bytes exactly as they were sent or received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the body exactly as it was sent or received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not JSON (%1): shown as text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no content type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not valid UTF-8: shown as Latin-1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the body to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BulkEditDialog</name>
    <message numerus="yes">
        <source>Edit %n selected row(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>empty: the default role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty: sent as the instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default</source>
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
        <source>Change %1 on every selected row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the checked fields change; the others keep each row&apos;s own value.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChoiceList</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClerkClient</name>
    <message>
        <source>&quot;%1&quot; is not a valid Clerk identifier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no &quot;data&quot; array</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClerkConfig</name>
    <message>
        <source>The Clerk API URL &quot;%1&quot; is not a valid absolute URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Clerk API URL %1 must not contain a user name or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Clerk API URL %1 uses plain http to a host that is not a loopback address; use https.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Clerk API URL %1 must start with https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Clerk secret key: set the environment variable CLERK_SECRET_KEY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Clerk secret key contains spaces, control or non-ASCII characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transfer timeout must be a positive number of milliseconds, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>development instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>production instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secret key set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no secret key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, %3, API version %4, timeout %5 ms)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClerkError</name>
    <message>
        <source>no response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No complete answer from Clerk: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer HTTP %1 was cut off: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1 with an empty body; the outcome is unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1 with an empty body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1 with a JSON body that is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1 with malformed JSON (%2 at byte %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no content type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1 from a proxy (%2, not JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1 without Clerk error details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1 with an unexpected body: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClerkReplyRecorder</name>
    <message>
        <source>The connection closed before Clerk answered (the request was not sent again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No complete answer within the transfer timeout of %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliOptionParser</name>
    <message>
        <source>Usage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invitedesk-cli %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;invitedesk-cli %1 --help&apos; for usage.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ColumnMapper</name>
    <message>
        <source>Columns %1 (&quot;%2&quot;) and %3 (&quot;%4&quot;) both hold %5; keep one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1 (&quot;%2&quot;) has an empty metadata key; name it like public_metadata.address.city.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no email column: name one of email_address, email, e-mail, mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns %1 (&quot;%2&quot;) and %3 (&quot;%4&quot;) both set %5; keep one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns %1 (&quot;%2&quot;) and %3 (&quot;%4&quot;) conflict: %5 cannot hold both a value and nested keys.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLineApp</name>
    <message>
        <source>invitedesk-cli: unknown command &apos;%1&apos;; see &apos;invitedesk-cli --help&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: invitedesk-cli COMMAND [OPTIONS]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invite many people into one Clerk organization from a CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;invitedesk-cli COMMAND --help&apos; for the options of a command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret key is read from the environment variable CLERK_SECRET_KEY, never from an argument.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Connection</name>
    <message>
        <source>Enter the secret key for %1, or clear the API base URL to use the sandbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret key must start with sk_test_ or sk_live_: copy it from API keys in the Clerk Dashboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The built-in sandbox could not start on 127.0.0.1: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the secret key of your Clerk instance in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the built-in sandbox at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the development instance at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the production instance at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the organizations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the instance&apos;s organization roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the members of organization %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clerk did not accept the secret key (HTTP 401) while reading %1: enter the right key in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clerk refused to show %1 (HTTP 403: %2): use a secret key of the instance that owns the organization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization %1 does not exist in %2 (HTTP 404): choose another organization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read %1 from %2 (%3): check the API base URL in Settings and the network connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>Cannot open “%1”: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is too large (%2); files up to %3 are supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is too large (more than %2); files up to %2 are supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is too large (%1); files up to %2 are supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file does not contain text; it looks like binary data such as an image or an archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be used as the column separator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1, column %2 opens a quoted value that is never closed (a closing &quot; is missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1, column %2 holds more than %3 characters; at most %3 are supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 has %2 columns; at most %3 are supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has more than %1 data rows; at most %1 are supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty: it has no header row and no data.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeliveryRun</name>
    <message>
        <source>could not find out whether bulk call %1 reached Clerk (%2): run again to resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1: no definite answer from Clerk after %2 attempts (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not read %1 before sending: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>journal: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DryRunPrinter</name>
    <message>
        <source>call %1 of %2 (rows %3): POST %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DurationText</name>
    <message>
        <source>less than a minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about %1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about %1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about %1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>about %Ln minute(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %Ln hour(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %Ln day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln call(s) per %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EditCellCommand</name>
    <message>
        <source>Edit %1 in row %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditorActions</name>
    <message>
        <source>&amp;Fit Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size the columns to their contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Invitedesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version and licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Qt version Invitedesk runs on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start an empty invitee table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read invitees from a CSV or TSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the table to a CSV file Invitedesk can open again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close Invitedesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take back the last change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the change taken back again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected cells and clear them (whole rows: remove them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected cells as tab-separated text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste cells from a spreadsheet at the selection; extra rows are added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear Cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty the selected cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select every visible cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look for text in every cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the next cell holding the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the previous cell holding the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill &amp;Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the top selected cell of each column into the cells below it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert an empty row below the current one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the rows of the selected cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bulk Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set role, redirect URL, inviter, expiry or notify on the selected rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Validate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the first cell Clerk would refuse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send Invitations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send every row without a problem to Clerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop sending; the run resumes later from where it stopped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditorModel</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What validation or the last run made of the row</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditorView</name>
    <message>
        <source>Show only the rows with this status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (search wrapped around)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is in no visible cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No problems: %n row(s) ready to send</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to fix; the first: %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1, row %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the rows to edit first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnvironmentBadge</name>
    <message>
        <source>SANDBOX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LIVE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox: a simulated Clerk on this computer. Nothing is sent anywhere and nobody gets an email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test: a Clerk development instance (sk_test_ key). Invitations are real but only for testing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live: your Clerk production instance (sk_live_ key). Real people get real invitations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Sending goes to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExchangeListModel</name>
    <message>
        <source>Not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExchangeView</name>
    <message>
        <source>Copy as cURL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy a curl command that repeats this request; it reads the key from $CLERK_SECRET_KEY, so the key itself is never copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an exchange to see it in full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No response: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection ended without an answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, then the transfer failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started %1 · wait %2 ms · total %3 ms · response %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExpiryDelegate</name>
    <message>
        <source>default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in every cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the find bar (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HarWriter</name>
    <message>
        <source>No response was received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the HTTP archive to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeaderTable</name>
    <message>
        <source>Header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InputCheckPrinter</name>
    <message>
        <source>%1: checked %2: %3 ready to send, %4 invalid, %5 duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Invitee</name>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inviter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private metadata</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InviteeCsvFile</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InviteeImporter</name>
    <message>
        <source>tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (%1, %2 separated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: spreadsheet files (.%2) are not supported yet; save the sheet as CSV</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <source>no journal file was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>journal %1 is a folder, not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create journal %1: folder %2 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write journal %1: the file is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write journal %1: folder %2 is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>journal %1 has no run %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the journal is not open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalCallWriter</name>
    <message>
        <source>journal %1: a call needs at least one row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>journal %1: call %2 was already sent; plan a new call to send its rows again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>journal %1 has no run %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>journal %1: run %2 is already finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>journal %1: row %2 is not in run %3 or is given twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>journal %1: row %2 already ended as %3 and is not sent again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>journal %1: row %2 is in call %3 whose outcome is not known yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>journal %1: the outcome given for row %2 is still pending; leave the row out instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>journal %1: row %2 is not a pending row of call %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>journal %1 has no call %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>journal %1: call %2 is already closed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalRunWriter</name>
    <message>
        <source>journal %1: unfinished run %2 has %3 rows but the input has %4; choose another journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>journal %1: row %2 appears twice in the run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>journal %1: the outcome given for row %2 is still pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>journal %1: row %2 of run %3 is not pending outside an open call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>journal %1: run %2 cannot finish while %3 rows are pending and %4 calls are unresolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>journal %1 has no run %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalSchema</name>
    <message>
        <source>%1 is not an Invitedesk journal (it is an SQLite database of another application)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>journal %1 was written by a newer Invitedesk (journal version %2; this version reads up to %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>journal %1 cannot use write-ahead logging (SQLite kept journal mode &quot;%2&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>journal %1 is in use by another Invitedesk process; wait for it to finish or choose another journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an Invitedesk journal (it is not an SQLite database)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>journal %1 is damaged (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write journal %1: the file or its folder is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write journal %1: the disk is full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open journal %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read or write journal %1: input/output error (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>journal %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonEditorDialog</name>
    <message>
        <source>an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indent the object, one key per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: no metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is %1; metadata must be a JSON object like {&quot;team&quot;: &quot;Research&quot;}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>No system keychain is available (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain refused access (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain failed (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LiveKeyConfirmation</name>
    <message>
        <source>Send %1 invitations to %2 with a LIVE key? This takes %3 at %4. [y/N] </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Cannot open the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Invitations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Invitedesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitedesk %1: invite many people into one Clerk organization at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows with an invalid cell, and rows repeating an earlier row&apos;s email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitedesk[*]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1[*] — Invitedesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Invalid rows: %1 · Duplicates: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganizationPicker</name>
    <message>
        <source>Choose the organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by name, slug or id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search organizations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This instance has no organizations yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No organization matches &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Showing the first %Ln organization(s): type more of the name to narrow the search.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln organization(s) found.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutcomeMapper</name>
    <message>
        <source>Clerk refused the secret key (401): check CLERK_SECRET_KEY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clerk denied access to organization %1 (403): check that the secret key belongs to its instance (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>organization %1 not found (404): check --org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing was sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Preflight</name>
    <message>
        <source>row %1, column role: &quot;%2&quot; is not a role of this Clerk instance (valid: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the instance&apos;s roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the organization&apos;s pending invitations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has a pending invitation (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the organization&apos;s members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already a member of the organization</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RatePacer</name>
    <message>
        <source>rate must look like N/SECONDS, e.g. 50/3600 (got &quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rate must allow at least 1 call per window (got &quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rate window must be at least 1 second (got &quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rate &quot;%1&quot; is too large: at most %2 calls per window of at most %3 seconds</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <source>Could not write the report: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the report to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultsWindow</name>
    <message>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the runs again from the journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the per-row results of this run as a CSV report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;HAR…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save every HTTP exchange of this run as an HTTP Archive (HAR 1.2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;voke invitations of this run…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke every invitation this run created, after a confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP exchanges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read run %1 from the journal: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No runs yet: the runs you send appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1 · %2 · started %3 · %4 · %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export HAR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP Archive files (*.har)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report of run %1 saved to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP exchanges of run %1 saved to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke invitations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 First failure: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RevokeBar</name>
    <message>
        <source>Stop revoking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send no further revocation; the one under way still ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke invitations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1 created no invitation that could be revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1 sent its invitations to %2, but the connection is now to %3; connect to %2 to revoke them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke every invitation run %1 created in %2? Invitations to revoke: %3. Whoever has not accepted yet can then no longer join with them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoking the invitations of run %1: %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RevokeSummary</name>
    <message>
        <source>Revoked: %1. Already gone: %2. Failed: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Stopped after %2 of %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RowResultsModel</name>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitation id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trace id</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RowStatus</name>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already invited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already a member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunController</name>
    <message>
        <source>A run is already going: stop it or wait until it ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the organization to invite into before sending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table is empty: type or open the invitees first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunHistoryModel</name>
    <message>
        <source>No journal is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unfinished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1 against %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunReport</name>
    <message>
        <source>Could not read the run from the journal: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunRevoker</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunRowsPanel</name>
    <message>
        <source>All rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows that need a look (invalid, duplicate, failed, pending)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunWorker</name>
    <message>
        <source>A run is already going: stop it or wait until it ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No row can be sent: every row is invalid or a duplicate. Fix the marked cells first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the journal: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SandboxCommand</name>
    <message>
        <source>Serve a simulated Clerk instance on 127.0.0.1 to try send against</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serves a simulated Clerk Backend API on 127.0.0.1 with a demo organization,
Clerk&apos;s error answers and rate limit, until interrupted (Ctrl+C).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port to listen on (default 0: any free port).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--port &apos;%1&apos; is not a port number (0 to 65535)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invitedesk-cli sandbox: cannot listen on 127.0.0.1:%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox Clerk API: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo organization: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted keys: any sk_test_... or sk_live_... value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try: CLERK_SECRET_KEY=sk_test_sandbox invitedesk-cli send people.csv --org %1 --api-url %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Ctrl+C to stop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox stopped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SendCommand</name>
    <message>
        <source>Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invitedesk-cli send: %1 invitations with a LIVE key need a confirmation: run in a terminal to answer, or add --yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invitedesk-cli send: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the invitations of a file to a Clerk organization (resumable, paced)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no invitee rows below the header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted: re-run the same command to resume</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SendConfirmation</name>
    <message>
        <source>Send with a LIVE key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Send %Ln invitation(s) to %1 with a LIVE key? At %2 this takes %3.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SendOptions</name>
    <message>
        <source>Sends invitations for every valid row of FILE to one Clerk organization, ten per bulk call,
paced under Clerk&apos;s rate limit. The secret key is read from CLERK_SECRET_KEY. Re-running the
same command resumes an interrupted run without inviting anyone twice.
Exit status: 0 every row invited (or already invited or a member), 1 some row invalid, duplicate
or failed, 2 usage, input, key or organization problem, 3 interrupted (re-run to resume).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organization to invite into (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ORG_ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clerk&apos;s Backend API (default: CLERK_API_URL, else https://api.clerk.com/v1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role for rows whose role cell is empty (default: org:member).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inviter for rows whose inviter cell is empty (a user id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USER_ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most N bulk calls per SECONDS seconds (default: 50/3600).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N/SECONDS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal that makes the run resumable (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a CSV report of every row to PATH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write every HTTP exchange as a HAR file to PATH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the body of every bulk call instead of sending it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not ask before sending many invitations with a live key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the result as one JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invitee file to send (CSV or TSV).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invitedesk-cli send: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name the file to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give exactly one file, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--org is required: the id of the organization to invite into (org_...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--org &apos;%1&apos; is not an organization id; ids look like org_2abc...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--role &apos;%1&apos; is not a role key; role keys look like org:member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--inviter &apos;%1&apos; is not a user id; user ids look like user_2abc...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: folder %2 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no Clerk secret key: set the environment variable CLERK_SECRET_KEY (keys are never taken as arguments)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SendPanel</name>
    <message>
        <source>&amp;Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop after the call in flight; send the same table again to resume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing sent yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 rows done</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln bulk call(s) made</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Time left: not known yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last call in %1, at about %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting (%1 left): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitedesk: sending ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Stopped with %Ln row(s) left: send the same table again to resume.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Done: %1 invited, %2 already invited, %3 already members, %4 failed, %5 not sent (invalid or duplicate).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SendProgressPrinter</name>
    <message>
        <source>rows done: %1, calls: %2, %3 left, waiting %4 (%5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rows done: %1, calls: %2, waiting %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rows done: %1, calls: %2, %3 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rows done: %1, calls: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SendSession</name>
    <message>
        <source>Interrupted again: stopped at once. Re-run the same command to resume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping after the call in flight (press Ctrl+C again to stop at once)...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resuming run %1: %2 of %3 rows already done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SendSummaryPrinter</name>
    <message>
        <source>Dry run for organization %1: %2 rows, nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1 for organization %2: %3 rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulk calls: %1 in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HAR: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remember in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty: the built-in sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clerk&apos;s Backend API, e.g. https://api.clerk.com/v1. Plain http only to this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sk_test_… or sk_live_…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the secret key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without it the key is forgotten when Invitedesk closes. It is never written to the settings file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulk calls per seconds, as N/SECONDS. Clerk allows 50 calls per hour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API base &amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rate limit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer &amp;timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language takes effect when Invitedesk starts again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key: sending goes to the built-in sandbox on this computer; nobody gets an email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending goes to %1 with a LIVE key: real people get real invitations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending goes to %1 with a TEST key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the key in the system keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Untick &quot;Remember&quot; to use the key for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing the key from the system keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key stays in the system keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusCountsBar</name>
    <message>
        <source>Show only the rows that are %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusFilterModel</name>
    <message>
        <source>All rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TableDocument</name>
    <message numerus="yes">
        <source>Read %n row(s) from %1 as %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot save the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved %n row(s) to %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Invitedesk did not close properly on %1. It kept %n row(s) you had not saved. Restore them?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Invitedesk did not close properly on %1. It kept %n row(s) of %2 you had not saved. Restore them?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Restore unsaved invitees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot restore the invitees</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Restored %n unsaved row(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Open invitees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitee files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save invitees as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invitee table has changes that are not saved in a file. Save them as CSV first?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TableEditor</name>
    <message numerus="yes">
        <source>Cut %n row(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cut %n cell(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paste into %n cell(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paste %n cell(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pasted %n row(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Clear %n cell(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Add row</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n row(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n row(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Fill down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to change: the rows already hold these values</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Edit %n row(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Changed %n row(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TemplateCommand</name>
    <message>
        <source>Write a template file with every supported column and an example row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes an invitee template: every column Invitedesk reads, one example row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File format: csv (default) or xlsx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write to FILE instead of standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;; use -o FILE to name the output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the xlsx format is not available yet; use --format csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos;; choose csv or xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invitedesk-cli template: cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextFindBar</name>
    <message>
        <source>Find in body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the find bar (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UrlLineEdit</name>
    <message>
        <source>https://example.com/welcome</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ValidateCommand</name>
    <message>
        <source>Check an invitee file and list every problem by row and column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks an invitee file (CSV or TSV) without sending anything.
Prints each problem as FILE:ROW: COLUMN: message, then a summary.
Exit status: 0 no problem, 1 some row is invalid or duplicate, 2 the file cannot be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role for rows whose role cell is empty (default: org:member).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invitee file to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name the file to check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give exactly one file, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--role &apos;%1&apos; is not a role key; role keys look like org:member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no invitee rows below the header</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Validator</name>
    <message>
        <source>not valid JSON: %1 at offset %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a JSON object, not an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a JSON object, not a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a JSON object, not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a JSON object, not true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a JSON object, not null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an absolute URL; write it in full, like https://example.com/welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an http or https URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no host name; write it like https://example.com/welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same email as row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the default role is empty; role keys look like org:member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a role key; role keys look like org:admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no role given and the default role &apos;%1&apos; is not a role key; role keys look like org:admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a Clerk user id; user ids look like user_2NNEqL2nrIRdJ194ndJqAHwEfxC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a whole number of days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is out of range; invitations expire in %2 to %3 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a yes or no; write true or false, yes or no, 1 or 0</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WaitReason</name>
    <message>
        <source>rate limit: %1 used, next call at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clerk asked to wait (429): next call at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no definite answer from Clerk (%1): trying again (attempt %2 of %3) at %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>looking the invitations up again after an error (%1) at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 seconds</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Invite many people into a Clerk organization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An invitee file to open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
