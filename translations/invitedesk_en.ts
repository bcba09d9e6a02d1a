<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
    <context>
        <name>BulkEditDialog</name>
        <message numerus="yes">
            <source>Edit %n selected row(s)</source>
            <translation>
                <numerusform>Edit %n selected row</numerusform>
                <numerusform>Edit %n selected rows</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ColumnMapper</name>
        <message numerus="yes">
            <source>%1 is to be read from column %2, but there are only %n column(s).</source>
            <translation>
                <numerusform>%1 is to be read from column %2, but there are only %n column.</numerusform>
                <numerusform>%1 is to be read from column %2, but there are only %n columns.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DurationText</name>
        <message numerus="yes">
            <source>about %Ln minute(s)</source>
            <translation>
                <numerusform>about %Ln minute</numerusform>
                <numerusform>about %Ln minutes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>about %Ln hour(s)</source>
            <translation>
                <numerusform>about %Ln hour</numerusform>
                <numerusform>about %Ln hours</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>about %Ln day(s)</source>
            <translation>
                <numerusform>about %Ln day</numerusform>
                <numerusform>about %Ln days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln call(s) per %1</source>
            <translation>
                <numerusform>%Ln call per %1</numerusform>
                <numerusform>%Ln calls per %1</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>EditorView</name>
        <message numerus="yes">
            <source>No problems: %n row(s) ready to send</source>
            <translation>
                <numerusform>No problems: %n row ready to send</numerusform>
                <numerusform>No problems: %n rows ready to send</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n problem(s) to fix; the first: %1</source>
            <translation>
                <numerusform>%n problem to fix; the first: %1</numerusform>
                <numerusform>%n problems to fix; the first: %1</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>HtmlTableReader</name>
        <message numerus="yes">
            <source>The table on the clipboard is larger than %n character(s).</source>
            <translation>
                <numerusform>The table on the clipboard is larger than %n character.</numerusform>
                <numerusform>The table on the clipboard is larger than %n characters.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The table on the clipboard has more than %n row(s).</source>
            <translation>
                <numerusform>The table on the clipboard has more than %n row.</numerusform>
                <numerusform>The table on the clipboard has more than %n rows.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Row %1 of the table on the clipboard has more than %n column(s).</source>
            <translation>
                <numerusform>Row %1 of the table on the clipboard has more than %n column.</numerusform>
                <numerusform>Row %1 of the table on the clipboard has more than %n columns.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Row %1, column %2 of the table on the clipboard is longer than %n character(s).</source>
            <translation>
                <numerusform>Row %1, column %2 of the table on the clipboard is longer than %n character.</numerusform>
                <numerusform>Row %1, column %2 of the table on the clipboard is longer than %n characters.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The table on the clipboard has more than %n cell(s) (at row %1).</source>
            <translation>
                <numerusform>The table on the clipboard has more than %n cell (at row %1).</numerusform>
                <numerusform>The table on the clipboard has more than %n cells (at row %1).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message numerus="yes">
            <source>Read as %1. The first %n row(s) are shown.</source>
            <translation>
                <numerusform>Read as %1. The first %n row are shown.</numerusform>
                <numerusform>Read as %1. The first %n rows are shown.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n cell(s) in these rows would be refused; hover over a marked cell to see why. You can fix them in the table after the import.</source>
            <translation>
                <numerusform>%n cell in these rows would be refused; hover over a marked cell to see why. You can fix them in the table after the import.</numerusform>
                <numerusform>%n cells in these rows would be refused; hover over a marked cell to see why. You can fix them in the table after the import.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ImportRows</name>
        <message numerus="yes">
            <source>Nothing is left to read after skipping the first %n row(s).</source>
            <translation>
                <numerusform>Nothing is left to read after skipping the first %n row.</numerusform>
                <numerusform>Nothing is left to read after skipping the first %n rows.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>InputCheckPrinter</name>
        <message numerus="yes">
            <source>%n row(s)</source>
            <translation>
                <numerusform>%n row</numerusform>
                <numerusform>%n rows</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message numerus="yes">
            <source>%n row(s)</source>
            <translation>
                <numerusform>%n row</numerusform>
                <numerusform>%n rows</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n problem(s)</source>
            <translation>
                <numerusform>%n problem</numerusform>
                <numerusform>%n problems</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>OrganizationPicker</name>
        <message numerus="yes">
            <source>Showing the first %Ln organization(s): type more of the name to narrow the search.</source>
            <translation>
                <numerusform>Showing the first %Ln organization: type more of the name to narrow the search.</numerusform>
                <numerusform>Showing the first %Ln organizations: type more of the name to narrow the search.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln organization(s) found.</source>
            <translation>
                <numerusform>%Ln organization found.</numerusform>
                <numerusform>%Ln organizations found.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SendConfirmation</name>
        <message numerus="yes">
            <source>Send %Ln invitation(s) to %1 with a LIVE key? At %2 this takes %3.</source>
            <translation>
                <numerusform>Send %Ln invitation to %1 with a LIVE key? At %2 this takes %3.</numerusform>
                <numerusform>Send %Ln invitations to %1 with a LIVE key? At %2 this takes %3.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SendFlow</name>
        <message numerus="yes">
            <source>Sending %n row(s) into %1…</source>
            <translation>
                <numerusform>Sending %n row into %1…</numerusform>
                <numerusform>Sending %n rows into %1…</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SendPanel</name>
        <message numerus="yes">
            <source>%Ln bulk call(s) made</source>
            <translation>
                <numerusform>%Ln bulk call made</numerusform>
                <numerusform>%Ln bulk calls made</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Stopped with %Ln row(s) left: send the same table again to resume.</source>
            <translation>
                <numerusform>Stopped with %Ln row left: send the same table again to resume.</numerusform>
                <numerusform>Stopped with %Ln rows left: send the same table again to resume.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TableDocument</name>
        <message numerus="yes">
            <source>Read %n row(s) from %1 as %2</source>
            <translation>
                <numerusform>Read %n row from %1 as %2</numerusform>
                <numerusform>Read %n rows from %1 as %2</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Saved %n row(s) to %1</source>
            <translation>
                <numerusform>Saved %n row to %1</numerusform>
                <numerusform>Saved %n rows to %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Invitedesk did not close properly on %1. It kept %n row(s) you had not saved. Restore them?</source>
            <translation>
                <numerusform>Invitedesk did not close properly on %1. It kept %n row you had not saved. Restore them?</numerusform>
                <numerusform>Invitedesk did not close properly on %1. It kept %n rows you had not saved. Restore them?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Invitedesk did not close properly on %1. It kept %n row(s) of %2 you had not saved. Restore them?</source>
            <translation>
                <numerusform>Invitedesk did not close properly on %1. It kept %n row of %2 you had not saved. Restore them?</numerusform>
                <numerusform>Invitedesk did not close properly on %1. It kept %n rows of %2 you had not saved. Restore them?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Restored %n unsaved row(s)</source>
            <translation>
                <numerusform>Restored %n unsaved row</numerusform>
                <numerusform>Restored %n unsaved rows</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Paste %n row(s)</source>
            <translation>
                <numerusform>Paste %n row</numerusform>
                <numerusform>Paste %n rows</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Pasted %n row(s) as %1</source>
            <translation>
                <numerusform>Pasted %n row as %1</numerusform>
                <numerusform>Pasted %n rows as %1</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TableEditor</name>
        <message numerus="yes">
            <source>Cut %n row(s)</source>
            <translation>
                <numerusform>Cut %n row</numerusform>
                <numerusform>Cut %n rows</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Cut %n cell(s)</source>
            <translation>
                <numerusform>Cut %n cell</numerusform>
                <numerusform>Cut %n cells</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Paste into %n cell(s)</source>
            <translation>
                <numerusform>Paste into %n cell</numerusform>
                <numerusform>Paste into %n cells</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Paste %n cell(s)</source>
            <translation>
                <numerusform>Paste %n cell</numerusform>
                <numerusform>Paste %n cells</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Pasted %n row(s)</source>
            <translation>
                <numerusform>Pasted %n row</numerusform>
                <numerusform>Pasted %n rows</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Clear %n cell(s)</source>
            <translation>
                <numerusform>Clear %n cell</numerusform>
                <numerusform>Clear %n cells</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Delete %n row(s)</source>
            <translation>
                <numerusform>Delete %n row</numerusform>
                <numerusform>Delete %n rows</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Deleted %n row(s)</source>
            <translation>
                <numerusform>Deleted %n row</numerusform>
                <numerusform>Deleted %n rows</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Edit %n row(s)</source>
            <translation>
                <numerusform>Edit %n row</numerusform>
                <numerusform>Edit %n rows</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Changed %n row(s)</source>
            <translation>
                <numerusform>Changed %n row</numerusform>
                <numerusform>Changed %n rows</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Paste %n address(es)</source>
            <translation>
                <numerusform>Paste %n address</numerusform>
                <numerusform>Paste %n addresses</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Pasted %n address(es)</source>
            <translation>
                <numerusform>Pasted %n address</numerusform>
                <numerusform>Pasted %n addresses</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n repeat(s) removed</source>
            <translation>
                <numerusform>%n repeat removed</numerusform>
                <numerusform>%n repeats removed</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n already in the table</source>
            <translation>
                <numerusform>%n already in the table</numerusform>
                <numerusform>%n already in the table</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n not valid address(es): row(s) %1 — fix them in the table</source>
            <translation>
                <numerusform>%n not valid address: row %1 — fix them in the table</numerusform>
                <numerusform>%n not valid addresses: rows %1 — fix them in the table</numerusform>
            </translation>
        </message>
    </context>
</TS>
