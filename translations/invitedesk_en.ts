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
    </context>
    <context>
        <name>ValidateCommand</name>
        <message numerus="yes">
            <source>%n row(s)</source>
            <translation>
                <numerusform>%n row</numerusform>
                <numerusform>%n rows</numerusform>
            </translation>
        </message>
    </context>
</TS>
