<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
</TS>
