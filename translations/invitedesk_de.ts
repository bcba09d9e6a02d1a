<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Autosave</name>
    <message>
        <source>Cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>There is no autosave to restore</source>
        <translation>Es gibt keine automatische Sicherung zum Wiederherstellen</translation>
    </message>
</context>
<context>
    <name>BodyView</name>
    <message>
        <source>&amp;Pretty</source>
        <translation>&amp;Formatiert</translation>
    </message>
    <message>
        <source>&amp;Raw</source>
        <translation>&amp;Roh</translation>
    </message>
    <message>
        <source>Indented JSON with colours</source>
        <translation>Eingerücktes JSON mit Farben</translation>
    </message>
    <message>
        <source>The bytes exactly as they were sent or received</source>
        <translation>Die Bytes genau so, wie sie gesendet oder empfangen wurden</translation>
    </message>
    <message>
        <source>Save the body exactly as it was sent or received</source>
        <translation>Den Inhalt genau so speichern, wie er gesendet oder empfangen wurde</translation>
    </message>
    <message>
        <source>No body.</source>
        <translation>Kein Inhalt.</translation>
    </message>
    <message>
        <source>Not JSON (%1): shown as text.</source>
        <translation>Kein JSON (%1): als Text angezeigt.</translation>
    </message>
    <message>
        <source>no content type</source>
        <translation>kein Inhaltstyp</translation>
    </message>
    <message>
        <source>Not valid UTF-8: shown as Latin-1.</source>
        <translation>Kein gültiges UTF-8: als Latin-1 angezeigt.</translation>
    </message>
    <message>
        <source>Could not save the body to %1: %2</source>
        <translation>Der Inhalt konnte nicht in %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Save body</source>
        <translation>Inhalt speichern</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Save bod&amp;y…</source>
        <translation>Inhalt &amp;speichern…</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Read-only; Ctrl+F finds text in it</source>
        <translation>Schreibgeschützt; Strg+F sucht darin nach Text</translation>
    </message>
    <message>
        <source>%1 as indented JSON with colours</source>
        <translation>%1 als eingerücktes JSON mit Farben</translation>
    </message>
    <message>
        <source>%1 exactly as it was sent or received</source>
        <translation>%1 genau so, wie er gesendet oder empfangen wurde</translation>
    </message>
</context>
<context>
    <name>BulkEditDialog</name>
    <message numerus="yes">
        <source>Edit %n selected row(s)</source>
        <translation>
            <numerusform>%n ausgewählte Zeile bearbeiten</numerusform>
            <numerusform>%n ausgewählte Zeilen bearbeiten</numerusform>
        </translation>
    </message>
    <message>
        <source>empty: the default role</source>
        <translation>leer: die Standardrolle</translation>
    </message>
    <message>
        <source>empty: sent as the instance</source>
        <translation>leer: im Namen der Instanz gesendet</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Change %1 on every selected row</source>
        <translation>%1 in jeder ausgewählten Zeile ändern</translation>
    </message>
    <message>
        <source>Only the checked fields change; the others keep each row&apos;s own value.</source>
        <translation>Nur die angehakten Felder ändern sich; die übrigen behalten den Wert der jeweiligen Zeile.</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Rolle</translation>
    </message>
    <message>
        <source>Redirect &amp;URL</source>
        <translation>Weiterleitungs-&amp;URL</translation>
    </message>
    <message>
        <source>&amp;Inviter</source>
        <translation>&amp;Einladender</translation>
    </message>
    <message>
        <source>&amp;Expires (days)</source>
        <translation>&amp;Läuft ab (Tage)</translation>
    </message>
    <message>
        <source>&amp;Notify</source>
        <translation>&amp;Benachrichtigen</translation>
    </message>
    <message>
        <source>Checked: the value beside it is set on every selected row</source>
        <translation>Angehakt: Der Wert daneben wird in jeder ausgewählten Zeile gesetzt</translation>
    </message>
    <message>
        <source>New %1</source>
        <translation>Neuer Wert für %1</translation>
    </message>
</context>
<context>
    <name>ChoiceList</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>ClerkClient</name>
    <message>
        <source>&quot;%1&quot; is not a valid Clerk identifier.</source>
        <translation>&quot;%1&quot; ist keine gültige Clerk-Kennung.</translation>
    </message>
    <message>
        <source>no &quot;data&quot; array</source>
        <translation>kein &quot;data&quot;-Array</translation>
    </message>
</context>
<context>
    <name>ClerkConfig</name>
    <message>
        <source>The Clerk API URL &quot;%1&quot; is not a valid absolute URL.</source>
        <translation>Die Clerk-API-URL &quot;%1&quot; ist keine gültige absolute URL.</translation>
    </message>
    <message>
        <source>The Clerk API URL %1 must not contain a user name or password.</source>
        <translation>Die Clerk-API-URL %1 darf keinen Benutzernamen und kein Passwort enthalten.</translation>
    </message>
    <message>
        <source>The Clerk API URL %1 uses plain http to a host that is not a loopback address; use https.</source>
        <translation>Die Clerk-API-URL %1 verwendet unverschlüsseltes http zu einem Host, der keine Loopback-Adresse ist; verwenden Sie https.</translation>
    </message>
    <message>
        <source>The Clerk API URL %1 must start with https://.</source>
        <translation>Die Clerk-API-URL %1 muss mit https:// beginnen.</translation>
    </message>
    <message>
        <source>No Clerk secret key: set the environment variable CLERK_SECRET_KEY.</source>
        <translation>Kein geheimer Clerk-Schlüssel: Setzen Sie die Umgebungsvariable CLERK_SECRET_KEY.</translation>
    </message>
    <message>
        <source>The Clerk secret key contains spaces, control or non-ASCII characters.</source>
        <translation>Der geheime Clerk-Schlüssel enthält Leerzeichen, Steuerzeichen oder Nicht-ASCII-Zeichen.</translation>
    </message>
    <message>
        <source>The transfer timeout must be a positive number of milliseconds, not %1.</source>
        <translation>Das Übertragungszeitlimit muss eine positive Anzahl Millisekunden sein, nicht %1.</translation>
    </message>
    <message>
        <source>development instance</source>
        <translation>Entwicklungsinstanz</translation>
    </message>
    <message>
        <source>production instance</source>
        <translation>Produktionsinstanz</translation>
    </message>
    <message>
        <source>unknown instance</source>
        <translation>unbekannte Instanz</translation>
    </message>
    <message>
        <source>secret key set</source>
        <translation>geheimer Schlüssel gesetzt</translation>
    </message>
    <message>
        <source>no secret key</source>
        <translation>kein geheimer Schlüssel</translation>
    </message>
    <message>
        <source>%1 (%2, %3, API version %4, timeout %5 ms)</source>
        <translation>%1 (%2, %3, API-Version %4, Zeitlimit %5 ms)</translation>
    </message>
</context>
<context>
    <name>ClerkError</name>
    <message>
        <source>no response</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>No complete answer from Clerk: %1</source>
        <translation>Keine vollständige Antwort von Clerk: %1</translation>
    </message>
    <message>
        <source>The answer HTTP %1 was cut off: %2</source>
        <translation>Die Antwort HTTP %1 wurde abgeschnitten: %2</translation>
    </message>
    <message>
        <source>HTTP %1 with an empty body; the outcome is unknown</source>
        <translation>HTTP %1 mit leerem Inhalt; das Ergebnis ist unbekannt</translation>
    </message>
    <message>
        <source>HTTP %1 with an empty body</source>
        <translation>HTTP %1 mit leerem Inhalt</translation>
    </message>
    <message>
        <source>HTTP %1 with a JSON body that is not an object</source>
        <translation>HTTP %1 mit einem JSON-Inhalt, der kein Objekt ist</translation>
    </message>
    <message>
        <source>HTTP %1 with malformed JSON (%2 at byte %3)</source>
        <translation>HTTP %1 mit fehlerhaftem JSON (%2 bei Byte %3)</translation>
    </message>
    <message>
        <source>no content type</source>
        <translation>kein Inhaltstyp</translation>
    </message>
    <message>
        <source>HTTP %1 from a proxy (%2, not JSON)</source>
        <translation>HTTP %1 von einem Proxy (%2, kein JSON)</translation>
    </message>
    <message>
        <source>HTTP %1 without Clerk error details</source>
        <translation>HTTP %1 ohne Fehlerdetails von Clerk</translation>
    </message>
    <message>
        <source>HTTP %1 with an unexpected body: %2</source>
        <translation>HTTP %1 mit unerwartetem Inhalt: %2</translation>
    </message>
</context>
<context>
    <name>ClerkReplyRecorder</name>
    <message>
        <source>The connection closed before Clerk answered (the request was not sent again)</source>
        <translation>Die Verbindung wurde geschlossen, bevor Clerk antwortete (die Anfrage wurde nicht erneut gesendet)</translation>
    </message>
    <message>
        <source>No complete answer within the transfer timeout of %1 ms</source>
        <translation>Keine vollständige Antwort innerhalb des Übertragungszeitlimits von %1 ms</translation>
    </message>
</context>
<context>
    <name>CliOptionParser</name>
    <message>
        <source>Usage: %1</source>
        <translation>Aufruf: %1</translation>
    </message>
    <message>
        <source>invitedesk-cli %1: %2</source>
        <translation>invitedesk-cli %1: %2</translation>
    </message>
    <message>
        <source>Run &apos;invitedesk-cli %1 --help&apos; for usage.</source>
        <translation>Mit &apos;invitedesk-cli %1 --help&apos; erhalten Sie eine Anleitung.</translation>
    </message>
</context>
<context>
    <name>ColumnMapper</name>
    <message>
        <source>Columns %1 (&quot;%2&quot;) and %3 (&quot;%4&quot;) both hold %5; keep one of them.</source>
        <translation>Die Spalten %1 (&quot;%2&quot;) und %3 (&quot;%4&quot;) enthalten beide %5; behalten Sie nur eine davon.</translation>
    </message>
    <message>
        <source>Column %1 (&quot;%2&quot;) has an empty metadata key; name it like public_metadata.address.city.</source>
        <translation>Spalte %1 (&quot;%2&quot;) hat einen leeren Metadaten-Schlüssel; benennen Sie sie etwa public_metadata.address.city.</translation>
    </message>
    <message>
        <source>no email column: name one of email_address, email, e-mail, mail</source>
        <translation>keine E-Mail-Spalte: Benennen Sie eine Spalte email_address, email, e-mail oder mail</translation>
    </message>
    <message>
        <source>Columns %1 (&quot;%2&quot;) and %3 (&quot;%4&quot;) both set %5; keep one of them.</source>
        <translation>Die Spalten %1 (&quot;%2&quot;) und %3 (&quot;%4&quot;) setzen beide %5; behalten Sie nur eine davon.</translation>
    </message>
    <message>
        <source>Columns %1 (&quot;%2&quot;) and %3 (&quot;%4&quot;) conflict: %5 cannot hold both a value and nested keys.</source>
        <translation>Die Spalten %1 (&quot;%2&quot;) und %3 (&quot;%4&quot;) widersprechen sich: %5 kann nicht zugleich einen Wert und verschachtelte Schlüssel enthalten.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is to be read from column %2, but there are only %n column(s).</source>
        <translation>
            <numerusform>%1 soll aus Spalte %2 gelesen werden, es gibt aber nur %n Spalte.</numerusform>
            <numerusform>%1 soll aus Spalte %2 gelesen werden, es gibt aber nur %n Spalten.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommandLineApp</name>
    <message>
        <source>invitedesk-cli: unknown command &apos;%1&apos;; see &apos;invitedesk-cli --help&apos;</source>
        <translation>invitedesk-cli: unbekannter Befehl &apos;%1&apos;; siehe &apos;invitedesk-cli --help&apos;</translation>
    </message>
    <message>
        <source>Usage: invitedesk-cli COMMAND [OPTIONS]</source>
        <translation>Aufruf: invitedesk-cli BEFEHL [OPTIONEN]</translation>
    </message>
    <message>
        <source>Invite many people into one Clerk organization from a CSV file.</source>
        <translation>Viele Personen aus einer CSV-Datei in eine Clerk-Organisation einladen.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Run &apos;invitedesk-cli COMMAND --help&apos; for the options of a command.</source>
        <translation>Die Optionen eines Befehls zeigt &apos;invitedesk-cli BEFEHL --help&apos;.</translation>
    </message>
    <message>
        <source>The secret key is read from the environment variable CLERK_SECRET_KEY, never from an argument.</source>
        <translation>Der geheime Schlüssel wird aus der Umgebungsvariable CLERK_SECRET_KEY gelesen, nie aus einem Argument.</translation>
    </message>
</context>
<context>
    <name>Connection</name>
    <message>
        <source>Enter the secret key for %1, or clear the API base URL to use the sandbox.</source>
        <translation>Geben Sie den geheimen Schlüssel für %1 ein oder leeren Sie die API-Basis-URL, um die Sandbox zu verwenden.</translation>
    </message>
    <message>
        <source>The secret key must start with sk_test_ or sk_live_: copy it from API keys in the Clerk Dashboard.</source>
        <translation>Der geheime Schlüssel muss mit sk_test_ oder sk_live_ beginnen: Kopieren Sie ihn unter „API keys“ im Clerk Dashboard.</translation>
    </message>
    <message>
        <source>The built-in sandbox could not start on 127.0.0.1: %1</source>
        <translation>Die eingebaute Sandbox konnte auf 127.0.0.1 nicht starten: %1</translation>
    </message>
    <message>
        <source>Enter the secret key of your Clerk instance in Settings.</source>
        <translation>Geben Sie den geheimen Schlüssel Ihrer Clerk-Instanz in den Einstellungen ein.</translation>
    </message>
    <message>
        <source>the built-in sandbox at %1</source>
        <translation>die eingebaute Sandbox unter %1</translation>
    </message>
    <message>
        <source>the development instance at %1</source>
        <translation>die Entwicklungsinstanz unter %1</translation>
    </message>
    <message>
        <source>the production instance at %1</source>
        <translation>die Produktionsinstanz unter %1</translation>
    </message>
    <message>
        <source>the organizations</source>
        <translation>die Organisationen</translation>
    </message>
    <message>
        <source>the instance&apos;s organization roles</source>
        <translation>die Organisationsrollen der Instanz</translation>
    </message>
    <message>
        <source>the members of organization %1</source>
        <translation>die Mitglieder der Organisation %1</translation>
    </message>
    <message>
        <source>Clerk did not accept the secret key (HTTP 401) while reading %1: enter the right key in Settings.</source>
        <translation>Clerk hat den geheimen Schlüssel nicht akzeptiert (HTTP 401), als Invitedesk %1 lesen wollte: Geben Sie in den Einstellungen den richtigen Schlüssel ein.</translation>
    </message>
    <message>
        <source>Clerk refused to show %1 (HTTP 403: %2): use a secret key of the instance that owns the organization.</source>
        <translation>Clerk hat sich geweigert, %1 anzuzeigen (HTTP 403: %2): Verwenden Sie einen geheimen Schlüssel der Instanz, zu der die Organisation gehört.</translation>
    </message>
    <message>
        <source>Organization %1 does not exist in %2 (HTTP 404): choose another organization.</source>
        <translation>Die Organisation %1 existiert nicht in %2 (HTTP 404): Wählen Sie eine andere Organisation.</translation>
    </message>
    <message>
        <source>Could not read %1 from %2 (%3): check the API base URL in Settings and the network connection.</source>
        <translation>Invitedesk konnte %1 nicht von %2 lesen (%3): Prüfen Sie die API-Basis-URL in den Einstellungen und die Netzwerkverbindung.</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Invitedesk konnte %1 nicht lesen: %2</translation>
    </message>
</context>
<context>
    <name>ConnectionSetup</name>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Organization…</source>
        <translation>&amp;Organisation…</translation>
    </message>
    <message>
        <source>API base URL, secret key, rate limit, timeouts and language</source>
        <translation>API-Basis-URL, geheimer Schlüssel, Ratenlimit, Zeitlimits und Sprache</translation>
    </message>
    <message>
        <source>Choose the organization to invite into</source>
        <translation>Die Organisation auswählen, in die eingeladen wird</translation>
    </message>
    <message>
        <source>The remembered secret key is no longer in the system keychain.</source>
        <translation>Der gemerkte geheime Schlüssel ist nicht mehr im System-Schlüsselbund.</translation>
    </message>
    <message>
        <source>%1 Sending goes to the built-in sandbox until you enter a key in Settings.</source>
        <translation>%1 Bis Sie in den Einstellungen einen Schlüssel eingeben, wird an die eingebaute Sandbox gesendet.</translation>
    </message>
    <message>
        <source>Using the sandbox</source>
        <translation>Sandbox wird verwendet</translation>
    </message>
    <message>
        <source>No organization chosen</source>
        <translation>Keine Organisation ausgewählt</translation>
    </message>
    <message>
        <source>Organization: %1</source>
        <translation>Organisation: %1</translation>
    </message>
    <message>
        <source>Organization: %1 (%2)</source>
        <translation>Organisation: %1 (%2)</translation>
    </message>
    <message>
        <source>Invitations go into this organization: change it with Invitations ▸ Organization…</source>
        <translation>Einladungen gehen in diese Organisation: Ändern Sie sie mit Einladungen ▸ Organisation…</translation>
    </message>
    <message>
        <source>Reading the secret key from the system keychain…</source>
        <translation>Geheimer Schlüssel wird aus dem System-Schlüsselbund gelesen…</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>Cannot open “%1”: %2.</source>
        <translation>„%1“ kann nicht geöffnet werden: %2.</translation>
    </message>
    <message>
        <source>“%1” is too large (%2); files up to %3 are supported.</source>
        <translation>„%1“ ist zu groß (%2); unterstützt werden Dateien bis %3.</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2.</source>
        <translation>„%1“ kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>“%1” is too large (more than %2); files up to %2 are supported.</source>
        <translation>„%1“ ist zu groß (mehr als %2); unterstützt werden Dateien bis %2.</translation>
    </message>
    <message>
        <source>The file is too large (%1); files up to %2 are supported.</source>
        <translation>Die Datei ist zu groß (%1); unterstützt werden Dateien bis %2.</translation>
    </message>
    <message>
        <source>The file does not contain text; it looks like binary data such as an image or an archive.</source>
        <translation>Die Datei enthält keinen Text; sie sieht nach Binärdaten wie einem Bild oder einem Archiv aus.</translation>
    </message>
    <message>
        <source>“%1” cannot be used as the column separator.</source>
        <translation>„%1“ kann nicht als Spaltentrenner verwendet werden.</translation>
    </message>
    <message>
        <source>Row %1, column %2 opens a quoted value that is never closed (a closing %3 is missing).</source>
        <translation>Zeile %1, Spalte %2 öffnet einen Wert in Anführungszeichen, der nie geschlossen wird (ein schließendes %3 fehlt).</translation>
    </message>
    <message>
        <source>Row %1, column %2 holds more than %3 characters; at most %3 are supported.</source>
        <translation>Zeile %1, Spalte %2 enthält mehr als %3 Zeichen; unterstützt werden höchstens %3.</translation>
    </message>
    <message>
        <source>Row %1 has %2 columns; at most %3 are supported.</source>
        <translation>Zeile %1 hat %2 Spalten; unterstützt werden höchstens %3.</translation>
    </message>
    <message>
        <source>The file has more than %1 data rows; at most %1 are supported.</source>
        <translation>Die Datei hat mehr als %1 Datenzeilen; unterstützt werden höchstens %1.</translation>
    </message>
    <message>
        <source>The file is empty: it has no header row and no data.</source>
        <translation>Die Datei ist leer: Sie hat weder Kopfzeile noch Daten.</translation>
    </message>
</context>
<context>
    <name>DeliveryRun</name>
    <message>
        <source>could not find out whether bulk call %1 reached Clerk (%2): run again to resume</source>
        <translation>Es ließ sich nicht feststellen, ob Sammelaufruf %1 Clerk erreicht hat (%2): Starten Sie erneut, um fortzusetzen</translation>
    </message>
    <message>
        <source>row %1: no definite answer from Clerk after %2 attempts (%3)</source>
        <translation>Zeile %1: keine eindeutige Antwort von Clerk nach %2 Versuchen (%3)</translation>
    </message>
    <message>
        <source>could not read %1 before sending: %2</source>
        <translation>Invitedesk konnte %1 vor dem Senden nicht lesen: %2</translation>
    </message>
    <message>
        <source>journal: %1</source>
        <translation>Journal: %1</translation>
    </message>
</context>
<context>
    <name>DryRunPrinter</name>
    <message>
        <source>call %1 of %2 (rows %3): POST %4</source>
        <translation>Aufruf %1 von %2 (Zeilen %3): POST %4</translation>
    </message>
</context>
<context>
    <name>DuplicateEmails</name>
    <message>
        <source>same email as row %1</source>
        <translation>gleiche E-Mail wie Zeile %1</translation>
    </message>
</context>
<context>
    <name>DurationText</name>
    <message>
        <source>less than a minute</source>
        <translation>weniger als eine Minute</translation>
    </message>
    <message>
        <source>about %1 min</source>
        <translation>etwa %1 min</translation>
    </message>
    <message>
        <source>about %1 h</source>
        <translation>etwa %1 h</translation>
    </message>
    <message>
        <source>about %1 h %2 min</source>
        <translation>etwa %1 h %2 min</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message numerus="yes">
        <source>about %Ln minute(s)</source>
        <translation>
            <numerusform>etwa %Ln Minute</numerusform>
            <numerusform>etwa %Ln Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %Ln hour(s)</source>
        <translation>
            <numerusform>etwa %Ln Stunde</numerusform>
            <numerusform>etwa %Ln Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %Ln day(s)</source>
        <translation>
            <numerusform>etwa %Ln Tag</numerusform>
            <numerusform>etwa %Ln Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln call(s) per %1</source>
        <translation>
            <numerusform>%Ln Aufruf pro %1</numerusform>
            <numerusform>%Ln Aufrufe pro %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EditCellCommand</name>
    <message>
        <source>Edit %1 in row %2</source>
        <translation>%1 in Zeile %2 bearbeiten</translation>
    </message>
</context>
<context>
    <name>EditorActions</name>
    <message>
        <source>&amp;Fit Columns</source>
        <translation>Spalten &amp;einpassen</translation>
    </message>
    <message>
        <source>Size the columns to their contents</source>
        <translation>Die Spaltenbreite an den Inhalt anpassen</translation>
    </message>
    <message>
        <source>&amp;About Invitedesk</source>
        <translation>Ü&amp;ber Invitedesk</translation>
    </message>
    <message>
        <source>Version and licence</source>
        <translation>Version und Lizenz</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>The Qt version Invitedesk runs on</source>
        <translation>Die Qt-Version, auf der Invitedesk läuft</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>Start an empty invitee table</source>
        <translation>Mit einer leeren Einladungstabelle beginnen</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Save as &amp;CSV…</source>
        <translation>Als &amp;CSV speichern…</translation>
    </message>
    <message>
        <source>Write the table to a CSV file Invitedesk can open again</source>
        <translation>Die Tabelle als CSV-Datei speichern, die Invitedesk wieder öffnen kann</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Close Invitedesk</source>
        <translation>Invitedesk schließen</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>Take back the last change</source>
        <translation>Die letzte Änderung zurücknehmen</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Wieder&amp;herstellen</translation>
    </message>
    <message>
        <source>Make the change taken back again</source>
        <translation>Die zurückgenommene Änderung erneut ausführen</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Rückgängig: %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>Wieder&amp;herstellen: %1</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Ausschneiden</translation>
    </message>
    <message>
        <source>Copy the selected cells and clear them (whole rows: remove them)</source>
        <translation>Die ausgewählten Zellen kopieren und leeren (ganze Zeilen: entfernen)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the selected cells as tab-separated text</source>
        <translation>Die ausgewählten Zellen als tabulatorgetrennten Text kopieren</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Ein&amp;fügen</translation>
    </message>
    <message>
        <source>Paste cells from a spreadsheet at the selection; extra rows are added</source>
        <translation>Zellen aus einer Tabellenkalkulation an der Auswahl einfügen; zusätzliche Zeilen werden angelegt</translation>
    </message>
    <message>
        <source>C&amp;lear Cells</source>
        <translation>Zellen &amp;leeren</translation>
    </message>
    <message>
        <source>Empty the selected cells</source>
        <translation>Die ausgewählten Zellen leeren</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Alles aus&amp;wählen</translation>
    </message>
    <message>
        <source>Select every visible cell</source>
        <translation>Alle sichtbaren Zellen auswählen</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>Look for text in every cell</source>
        <translation>In allen Zellen nach Text suchen</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>&amp;Nächsten suchen</translation>
    </message>
    <message>
        <source>Go to the next cell holding the text</source>
        <translation>Zur nächsten Zelle mit dem Text springen</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>&amp;Vorherigen suchen</translation>
    </message>
    <message>
        <source>Go to the previous cell holding the text</source>
        <translation>Zur vorherigen Zelle mit dem Text springen</translation>
    </message>
    <message>
        <source>Fill &amp;Down</source>
        <translation>Nach &amp;unten füllen</translation>
    </message>
    <message>
        <source>Copy the top selected cell of each column into the cells below it</source>
        <translation>Die oberste ausgewählte Zelle jeder Spalte in die Zellen darunter kopieren</translation>
    </message>
    <message>
        <source>&amp;Add Row</source>
        <translation>Zeile &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Insert an empty row below the current one</source>
        <translation>Eine leere Zeile unter der aktuellen einfügen</translation>
    </message>
    <message>
        <source>&amp;Delete Rows</source>
        <translation>Zeilen &amp;löschen</translation>
    </message>
    <message>
        <source>Remove the rows of the selected cells</source>
        <translation>Die Zeilen der ausgewählten Zellen entfernen</translation>
    </message>
    <message>
        <source>&amp;Bulk Edit…</source>
        <translation>&amp;Mehrere Zeilen bearbeiten…</translation>
    </message>
    <message>
        <source>Set role, redirect URL, inviter, expiry or notify on the selected rows</source>
        <translation>Rolle, Weiterleitungs-URL, Einladenden, Ablauf oder Benachrichtigung für die ausgewählten Zeilen festlegen</translation>
    </message>
    <message>
        <source>&amp;Validate</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <source>Go to the first cell Clerk would refuse</source>
        <translation>Zur ersten Zelle springen, die Clerk ablehnen würde</translation>
    </message>
    <message>
        <source>&amp;Send Invitations</source>
        <translation>Einladungen &amp;senden</translation>
    </message>
    <message>
        <source>Send every row without a problem to Clerk</source>
        <translation>Jede Zeile ohne Problem an Clerk senden</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <source>Stop sending; the run resumes later from where it stopped</source>
        <translation>Das Senden anhalten; der Lauf wird später an derselben Stelle fortgesetzt</translation>
    </message>
    <message>
        <source>Read invitees from a CSV, TSV, XLSX or ODS file</source>
        <translation>Einzuladende aus einer CSV-, TSV-, XLSX- oder ODS-Datei lesen</translation>
    </message>
    <message>
        <source>Paste R&amp;ows…</source>
        <translation>&amp;Zeilen einfügen…</translation>
    </message>
    <message>
        <source>Add the clipboard&apos;s rows to the table, choosing how its columns map to Invitedesk&apos;s fields</source>
        <translation>Zeilen aus der Zwischenablage zur Tabelle hinzufügen und dabei wählen, wie ihre Spalten den Feldern von Invitedesk zugeordnet werden</translation>
    </message>
</context>
<context>
    <name>EditorModel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (Standard)</translation>
    </message>
    <message>
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>What validation or the last run made of the row</source>
        <translation>Was die Prüfung oder der letzte Lauf aus der Zeile gemacht hat</translation>
    </message>
</context>
<context>
    <name>EditorView</name>
    <message>
        <source>Show only the rows with this status</source>
        <translation>Nur die Zeilen mit diesem Status anzeigen</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Statusfilter</translation>
    </message>
    <message>
        <source>Row %1, %2</source>
        <translation>Zeile %1, %2</translation>
    </message>
    <message>
        <source>%1 (search wrapped around)</source>
        <translation>%1 (Suche von vorn begonnen)</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is in no visible cell</source>
        <translation>&apos;%1&apos; steht in keiner sichtbaren Zelle</translation>
    </message>
    <message numerus="yes">
        <source>No problems: %n row(s) ready to send</source>
        <translation>
            <numerusform>Keine Probleme: %n Zeile bereit zum Senden</numerusform>
            <numerusform>Keine Probleme: %n Zeilen bereit zum Senden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to fix; the first: %1</source>
        <translation>
            <numerusform>%n Problem zu beheben; das erste: %1</numerusform>
            <numerusform>%n Probleme zu beheben; das erste: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, row %2</source>
        <translation>%1, Zeile %2</translation>
    </message>
    <message>
        <source>Select the rows to edit first</source>
        <translation>Wählen Sie zuerst die zu bearbeitenden Zeilen aus</translation>
    </message>
</context>
<context>
    <name>EnvironmentBadge</name>
    <message>
        <source>SANDBOX</source>
        <translation>SANDBOX</translation>
    </message>
    <message>
        <source>TEST</source>
        <translation>TEST</translation>
    </message>
    <message>
        <source>LIVE</source>
        <translation>LIVE</translation>
    </message>
    <message>
        <source>Sandbox: a simulated Clerk on this computer. Nothing is sent anywhere and nobody gets an email.</source>
        <translation>Sandbox: ein simuliertes Clerk auf diesem Computer. Nichts wird irgendwohin gesendet, und niemand erhält eine E-Mail.</translation>
    </message>
    <message>
        <source>Test: a Clerk development instance (sk_test_ key). Invitations are real but only for testing.</source>
        <translation>Test: eine Clerk-Entwicklungsinstanz (sk_test_-Schlüssel). Die Einladungen sind echt, aber nur zum Testen.</translation>
    </message>
    <message>
        <source>Live: your Clerk production instance (sk_live_ key). Real people get real invitations.</source>
        <translation>Live: Ihre Clerk-Produktionsinstanz (sk_live_-Schlüssel). Echte Personen erhalten echte Einladungen.</translation>
    </message>
    <message>
        <source>%1 Sending goes to %2.</source>
        <translation>%1 Gesendet wird an %2.</translation>
    </message>
    <message>
        <source>Environment: %1</source>
        <translation>Umgebung: %1</translation>
    </message>
</context>
<context>
    <name>ExchangeListModel</name>
    <message>
        <source>Not sent</source>
        <translation>Nicht gesendet</translation>
    </message>
    <message>
        <source>No response</source>
        <translation>Keine Antwort</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Bytes</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
</context>
<context>
    <name>ExchangeView</name>
    <message>
        <source>Copy as cURL</source>
        <translation>Als cURL kopieren</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Select an exchange to see it in full.</source>
        <translation>Wählen Sie einen Austausch aus, um ihn vollständig zu sehen.</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Nicht gesendet: %1</translation>
    </message>
    <message>
        <source>No response: %1</source>
        <translation>Keine Antwort: %1</translation>
    </message>
    <message>
        <source>the connection ended without an answer</source>
        <translation>die Verbindung endete ohne Antwort</translation>
    </message>
    <message>
        <source>%1, then the transfer failed: %2</source>
        <translation>%1, danach schlug die Übertragung fehl: %2</translation>
    </message>
    <message>
        <source>Started %1 · wait %2 ms · total %3 ms · response %4</source>
        <translation>Gestartet %1 · Wartezeit %2 ms · gesamt %3 ms · Antwort %4</translation>
    </message>
    <message>
        <source>Copy as c&amp;URL</source>
        <translation>Als c&amp;URL kopieren</translation>
    </message>
    <message>
        <source>Copy a curl command that repeats this request (Ctrl+Shift+C); it reads the key from $CLERK_SECRET_KEY, so the key itself is never copied</source>
        <translation>Einen curl-Befehl kopieren, der diese Anfrage wiederholt (Strg+Umschalt+C); er liest den Schlüssel aus $CLERK_SECRET_KEY, sodass der Schlüssel selbst nie kopiert wird</translation>
    </message>
    <message>
        <source>Response headers</source>
        <translation>Antwort-Header</translation>
    </message>
    <message>
        <source>Request headers</source>
        <translation>Anfrage-Header</translation>
    </message>
    <message>
        <source>Response body</source>
        <translation>Antwortinhalt</translation>
    </message>
    <message>
        <source>Request body</source>
        <translation>Anfrageinhalt</translation>
    </message>
    <message>
        <source>Response or request</source>
        <translation>Antwort oder Anfrage</translation>
    </message>
    <message>
        <source>Save the response body</source>
        <translation>Antwortinhalt speichern</translation>
    </message>
    <message>
        <source>Save the request body</source>
        <translation>Anfrageinhalt speichern</translation>
    </message>
</context>
<context>
    <name>ExpiryDelegate</name>
    <message>
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in every cell</source>
        <translation>In allen Zellen suchen</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Vorheriger Treffer (Umschalt+F3)</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Vorheriger Treffer</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>Nächster Treffer (F3)</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Nächster Treffer</translation>
    </message>
    <message>
        <source>Close the find bar (Esc)</source>
        <translation>Suchleiste schließen (Esc)</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>Suchleiste schließen</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>Suchen:</translation>
    </message>
    <message>
        <source>Enter: next match, Shift+Enter: previous, Escape: close</source>
        <translation>Enter: nächster Treffer, Umschalt+Enter: vorheriger, Esc: schließen</translation>
    </message>
</context>
<context>
    <name>HarWriter</name>
    <message>
        <source>No response was received.</source>
        <translation>Es wurde keine Antwort empfangen.</translation>
    </message>
    <message>
        <source>Could not write the HTTP archive to %1: %2</source>
        <translation>Das HTTP-Archiv konnte nicht in %1 geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>HeaderTable</name>
    <message>
        <source>Header</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
</context>
<context>
    <name>HtmlTableReader</name>
    <message numerus="yes">
        <source>The table on the clipboard is larger than %n character(s).</source>
        <translation>
            <numerusform>Die Tabelle in der Zwischenablage ist größer als %n Zeichen.</numerusform>
            <numerusform>Die Tabelle in der Zwischenablage ist größer als %n Zeichen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The table on the clipboard has more than %n row(s).</source>
        <translation>
            <numerusform>Die Tabelle in der Zwischenablage hat mehr als %n Zeile.</numerusform>
            <numerusform>Die Tabelle in der Zwischenablage hat mehr als %n Zeilen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Row %1 of the table on the clipboard has more than %n column(s).</source>
        <translation>
            <numerusform>Zeile %1 der Tabelle in der Zwischenablage hat mehr als %n Spalte.</numerusform>
            <numerusform>Zeile %1 der Tabelle in der Zwischenablage hat mehr als %n Spalten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Row %1, column %2 of the table on the clipboard is longer than %n character(s).</source>
        <translation>
            <numerusform>Zeile %1, Spalte %2 der Tabelle in der Zwischenablage ist länger als %n Zeichen.</numerusform>
            <numerusform>Zeile %1, Spalte %2 der Tabelle in der Zwischenablage ist länger als %n Zeichen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The table on the clipboard has more than %n cell(s) (at row %1).</source>
        <translation>
            <numerusform>Die Tabelle in der Zwischenablage hat mehr als %n Zelle (bei Zeile %1).</numerusform>
            <numerusform>Die Tabelle in der Zwischenablage hat mehr als %n Zellen (bei Zeile %1).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Paste rows</source>
        <translation>Zeilen einfügen</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>%1 importieren</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>Preview of the first rows</source>
        <translation>Vorschau der ersten Zeilen</translation>
    </message>
    <message>
        <source>The first rows as Invitedesk will read them; cells with a problem show a warning icon and the reason in their tooltip</source>
        <translation>Die ersten Zeilen so, wie Invitedesk sie lesen wird; Zellen mit einem Problem zeigen ein Warnsymbol und im Tooltip den Grund</translation>
    </message>
    <message>
        <source>Previe&amp;w of the first rows, as Invitedesk will read them:</source>
        <translation>&amp;Vorschau der ersten Zeilen, wie Invitedesk sie lesen wird:</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Einfügen</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>E&amp;mail:</source>
        <translation>E-&amp;Mail:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>Re&amp;direct URL:</source>
        <translation>&amp;Weiterleitungs-URL:</translation>
    </message>
    <message>
        <source>&amp;Inviter:</source>
        <translation>E&amp;inladender:</translation>
    </message>
    <message>
        <source>E&amp;xpires in days:</source>
        <translation>&amp;Läuft ab in Tagen:</translation>
    </message>
    <message>
        <source>&amp;Notify:</source>
        <translation>Be&amp;nachrichtigen:</translation>
    </message>
    <message>
        <source>&amp;Public metadata:</source>
        <translation>Ö&amp;ffentliche Metadaten:</translation>
    </message>
    <message>
        <source>Pri&amp;vate metadata:</source>
        <translation>&amp;Private Metadaten:</translation>
    </message>
    <message>
        <source>Source column for %1</source>
        <translation>Quellspalte für %1</translation>
    </message>
    <message>
        <source>(not present)</source>
        <translation>(nicht vorhanden)</translation>
    </message>
    <message>
        <source>(the %1.… columns)</source>
        <translation>(die Spalten %1.…)</translation>
    </message>
    <message>
        <source>%1 (e.g. %2)</source>
        <translation>%1 (z. B. %2)</translation>
    </message>
    <message numerus="yes">
        <source>Read as %1. The first %n row(s) are shown.</source>
        <translation>
            <numerusform>Gelesen als %1. Die erste %n Zeile wird angezeigt.</numerusform>
            <numerusform>Gelesen als %1. Die ersten %n Zeilen werden angezeigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>pasted text</source>
        <translation>eingefügter Text</translation>
    </message>
    <message>
        <source>No column is mapped to the email address. Choose the column that holds the addresses under Email: Invitedesk cannot invite anyone without them.</source>
        <translation>Keine Spalte ist der E-Mail-Adresse zugeordnet. Wählen Sie unter „E-Mail:“ die Spalte, die die Adressen enthält: Ohne sie kann Invitedesk niemanden einladen.</translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) in these rows would be refused; hover over a marked cell to see why. You can fix them in the table after the import.</source>
        <translation>
            <numerusform>%n Zelle in diesen Zeilen würde abgelehnt; zeigen Sie mit der Maus auf eine markierte Zelle, um den Grund zu sehen. Sie können sie nach dem Import in der Tabelle korrigieren.</numerusform>
            <numerusform>%n Zellen in diesen Zeilen würden abgelehnt; zeigen Sie mit der Maus auf eine markierte Zelle, um den Grund zu sehen. Sie können sie nach dem Import in der Tabelle korrigieren.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportOptions</name>
    <message>
        <source>Column %1</source>
        <translation>Spalte %1</translation>
    </message>
</context>
<context>
    <name>ImportOptionsBox</name>
    <message>
        <source>Reading</source>
        <translation>Einlesen</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Kodierung</translation>
    </message>
    <message>
        <source>Separator</source>
        <translation>Trennzeichen</translation>
    </message>
    <message>
        <source>Quote character</source>
        <translation>Anführungszeichen</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Blatt</translation>
    </message>
    <message>
        <source>First row holds the &amp;headers</source>
        <translation>&amp;Erste Zeile enthält die Spaltenüberschriften</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>UTF-16 LE</source>
        <translation>UTF-16 LE</translation>
    </message>
    <message>
        <source>UTF-16 BE</source>
        <translation>UTF-16 BE</translation>
    </message>
    <message>
        <source>Windows-1252 (Western European)</source>
        <translation>Windows-1252 (Westeuropäisch)</translation>
    </message>
    <message>
        <source>ISO-8859-1 (Latin-1)</source>
        <translation>ISO-8859-1 (Latin-1)</translation>
    </message>
    <message>
        <source>ISO-8859-15 (Latin-9, with €)</source>
        <translation>ISO-8859-15 (Latin-9, mit €)</translation>
    </message>
    <message>
        <source>Comma (,)</source>
        <translation>Komma (,)</translation>
    </message>
    <message>
        <source>Semicolon (;)</source>
        <translation>Semikolon (;)</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>Vertical bar (|)</source>
        <translation>Senkrechter Strich (|)</translation>
    </message>
    <message>
        <source>Other character</source>
        <translation>Anderes Zeichen</translation>
    </message>
    <message>
        <source>Other separator character</source>
        <translation>Anderes Trennzeichen</translation>
    </message>
    <message>
        <source>Double quote (&quot;)</source>
        <translation>Doppeltes Anführungszeichen (&quot;)</translation>
    </message>
    <message>
        <source>Single quote (&apos;)</source>
        <translation>Einfaches Anführungszeichen (&apos;)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keines</translation>
    </message>
    <message>
        <source>First row holds the headers</source>
        <translation>Erste Zeile enthält die Spaltenüberschriften</translation>
    </message>
    <message>
        <source>Rows to skip before the header</source>
        <translation>Zu überspringende Zeilen vor der Kopfzeile</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Kodierung:</translation>
    </message>
    <message>
        <source>&amp;Separator:</source>
        <translation>&amp;Trennzeichen:</translation>
    </message>
    <message>
        <source>&amp;Quote character:</source>
        <translation>Anführungs&amp;zeichen:</translation>
    </message>
    <message>
        <source>Shee&amp;t:</source>
        <translation>&amp;Blatt:</translation>
    </message>
    <message>
        <source>Rows to s&amp;kip before the header:</source>
        <translation>Zu über&amp;springende Zeilen vor der Kopfzeile:</translation>
    </message>
    <message>
        <source>Automatic (%1)</source>
        <translation>Automatisch (%1)</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>Tabulator</translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problem: %1</translation>
    </message>
</context>
<context>
    <name>ImportRows</name>
    <message>
        <source>no email column: choose the column that holds the email addresses</source>
        <translation>keine E-Mail-Spalte: Wählen Sie die Spalte, die die E-Mail-Adressen enthält</translation>
    </message>
    <message>
        <source>no email column: no cell of the first row holds an email address</source>
        <translation>keine E-Mail-Spalte: Keine Zelle der ersten Zeile enthält eine E-Mail-Adresse</translation>
    </message>
    <message numerus="yes">
        <source>Nothing is left to read after skipping the first %n row(s).</source>
        <translation>
            <numerusform>Nach dem Überspringen der ersten %n Zeile bleibt nichts mehr zu lesen.</numerusform>
            <numerusform>Nach dem Überspringen der ersten %n Zeilen bleibt nichts mehr zu lesen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportSource</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>InputCheckPrinter</name>
    <message>
        <source>%1: checked %2: %3 ready to send, %4 invalid, %5 duplicate</source>
        <translation>%1: %2 geprüft: %3 bereit zum Senden, %4 ungültig, %5 doppelt</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n Zeile</numerusform>
            <numerusform>%n Zeilen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Invitee</name>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Redirect URL</source>
        <translation>Weiterleitungs-URL</translation>
    </message>
    <message>
        <source>Inviter</source>
        <translation>Einladender</translation>
    </message>
    <message>
        <source>Expires (days)</source>
        <translation>Läuft ab (Tage)</translation>
    </message>
    <message>
        <source>Notify</source>
        <translation>Benachrichtigen</translation>
    </message>
    <message>
        <source>Public metadata</source>
        <translation>Öffentliche Metadaten</translation>
    </message>
    <message>
        <source>Private metadata</source>
        <translation>Private Metadaten</translation>
    </message>
</context>
<context>
    <name>InviteeCsvFile</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>InviteeImporter</name>
    <message>
        <source>tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>CSV (%1, %2 separated)</source>
        <translation>CSV (%1, getrennt durch %2)</translation>
    </message>
    <message>
        <source>The file is named .%1 but is not a workbook Invitedesk can read.</source>
        <translation>Die Datei endet auf .%1, ist aber keine Arbeitsmappe, die Invitedesk lesen kann.</translation>
    </message>
    <message>
        <source>The file is named .%1 but holds text, not a workbook (it looks like CSV); if it is CSV, rename it to .csv.</source>
        <translation>Die Datei endet auf .%1, enthält aber Text statt einer Arbeitsmappe (sie sieht nach CSV aus); wenn es CSV ist, benennen Sie sie in .csv um.</translation>
    </message>
    <message>
        <source>The file is delimited text, which has no sheets; a sheet (“%1”) can only be chosen in an XLSX or ODS workbook.</source>
        <translation>Die Datei ist Text mit Trennzeichen und hat keine Tabellenblätter; ein Blatt („%1“) lässt sich nur in einer XLSX- oder ODS-Arbeitsmappe wählen.</translation>
    </message>
    <message>
        <source>sheet “%1”: %2</source>
        <translation>Blatt „%1“: %2</translation>
    </message>
    <message>
        <source>%1 workbook, sheet “%2”</source>
        <translation>%1-Arbeitsmappe, Blatt „%2“</translation>
    </message>
</context>
<context>
    <name>InviteeTableView</name>
    <message>
        <source>Invitees</source>
        <translation>Einzuladende</translation>
    </message>
    <message>
        <source>One invitee per row. Type to replace a cell, F2 to edit it, Enter or F2 on a metadata cell opens the JSON editor, Space toggles Notify. Problem cells carry a warning icon and say what is wrong in their tooltip.</source>
        <translation>Eine einzuladende Person pro Zeile. Tippen ersetzt den Inhalt einer Zelle, F2 bearbeitet sie, Enter oder F2 auf einer Metadaten-Zelle öffnet den JSON-Editor, die Leertaste schaltet Benachrichtigen um. Zellen mit einem Problem tragen ein Warnsymbol und nennen im Tooltip, was falsch ist.</translation>
    </message>
    <message>
        <source>%1, row %2</source>
        <translation>%1, Zeile %2</translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <source>no journal file was given</source>
        <translation>keine Journaldatei angegeben</translation>
    </message>
    <message>
        <source>journal %1 is a folder, not a file</source>
        <translation>Journal %1 ist ein Ordner, keine Datei</translation>
    </message>
    <message>
        <source>cannot create journal %1: folder %2 does not exist</source>
        <translation>Journal %1 kann nicht angelegt werden: Ordner %2 existiert nicht</translation>
    </message>
    <message>
        <source>cannot write journal %1: the file is read-only</source>
        <translation>Journal %1 kann nicht geschrieben werden: Die Datei ist schreibgeschützt</translation>
    </message>
    <message>
        <source>cannot write journal %1: folder %2 is read-only</source>
        <translation>Journal %1 kann nicht geschrieben werden: Ordner %2 ist schreibgeschützt</translation>
    </message>
    <message>
        <source>journal %1 has no run %2</source>
        <translation>Journal %1 enthält keinen Lauf %2</translation>
    </message>
    <message>
        <source>the journal is not open</source>
        <translation>das Journal ist nicht geöffnet</translation>
    </message>
</context>
<context>
    <name>JournalCallWriter</name>
    <message>
        <source>journal %1: a call needs at least one row</source>
        <translation>Journal %1: Ein Aufruf braucht mindestens eine Zeile</translation>
    </message>
    <message>
        <source>journal %1: call %2 was already sent; plan a new call to send its rows again</source>
        <translation>Journal %1: Aufruf %2 wurde bereits gesendet; planen Sie einen neuen Aufruf, um seine Zeilen erneut zu senden</translation>
    </message>
    <message>
        <source>journal %1 has no run %2</source>
        <translation>Journal %1 enthält keinen Lauf %2</translation>
    </message>
    <message>
        <source>journal %1: run %2 is already finished</source>
        <translation>Journal %1: Lauf %2 ist bereits abgeschlossen</translation>
    </message>
    <message>
        <source>journal %1: row %2 is not in run %3 or is given twice</source>
        <translation>Journal %1: Zeile %2 gehört nicht zu Lauf %3 oder ist doppelt angegeben</translation>
    </message>
    <message>
        <source>journal %1: row %2 already ended as %3 and is not sent again</source>
        <translation>Journal %1: Zeile %2 endete bereits als %3 und wird nicht erneut gesendet</translation>
    </message>
    <message>
        <source>journal %1: row %2 is in call %3 whose outcome is not known yet</source>
        <translation>Journal %1: Zeile %2 gehört zu Aufruf %3, dessen Ergebnis noch nicht bekannt ist</translation>
    </message>
    <message>
        <source>journal %1: the outcome given for row %2 is still pending; leave the row out instead</source>
        <translation>Journal %1: Das für Zeile %2 angegebene Ergebnis ist noch ausstehend; lassen Sie die Zeile stattdessen weg</translation>
    </message>
    <message>
        <source>journal %1: row %2 is not a pending row of call %3</source>
        <translation>Journal %1: Zeile %2 ist keine ausstehende Zeile von Aufruf %3</translation>
    </message>
    <message>
        <source>journal %1 has no call %2</source>
        <translation>Journal %1 enthält keinen Aufruf %2</translation>
    </message>
    <message>
        <source>journal %1: call %2 is already closed</source>
        <translation>Journal %1: Aufruf %2 ist bereits abgeschlossen</translation>
    </message>
</context>
<context>
    <name>JournalRunWriter</name>
    <message>
        <source>journal %1: unfinished run %2 has %3 rows but the input has %4; choose another journal</source>
        <translation>Journal %1: Der unvollendete Lauf %2 hat %3 Zeilen, die Eingabe aber %4; wählen Sie ein anderes Journal</translation>
    </message>
    <message>
        <source>journal %1: row %2 appears twice in the run</source>
        <translation>Journal %1: Zeile %2 kommt zweimal im Lauf vor</translation>
    </message>
    <message>
        <source>journal %1: the outcome given for row %2 is still pending</source>
        <translation>Journal %1: Das für Zeile %2 angegebene Ergebnis ist noch ausstehend</translation>
    </message>
    <message>
        <source>journal %1: row %2 of run %3 is not pending outside an open call</source>
        <translation>Journal %1: Zeile %2 von Lauf %3 ist außerhalb eines offenen Aufrufs nicht ausstehend</translation>
    </message>
    <message>
        <source>journal %1: run %2 cannot finish while %3 rows are pending and %4 calls are unresolved</source>
        <translation>Journal %1: Lauf %2 kann nicht abschließen, solange %3 Zeilen ausstehen und %4 Aufrufe ungeklärt sind</translation>
    </message>
    <message>
        <source>journal %1 has no run %2</source>
        <translation>Journal %1 enthält keinen Lauf %2</translation>
    </message>
</context>
<context>
    <name>JournalSchema</name>
    <message>
        <source>%1 is not an Invitedesk journal (it is an SQLite database of another application)</source>
        <translation>%1 ist kein Invitedesk-Journal (es ist eine SQLite-Datenbank einer anderen Anwendung)</translation>
    </message>
    <message>
        <source>journal %1 was written by a newer Invitedesk (journal version %2; this version reads up to %3)</source>
        <translation>Journal %1 wurde von einem neueren Invitedesk geschrieben (Journalversion %2; diese Version liest bis %3)</translation>
    </message>
    <message>
        <source>journal %1 cannot use write-ahead logging (SQLite kept journal mode &quot;%2&quot;)</source>
        <translation>Journal %1 kann kein Write-Ahead-Logging verwenden (SQLite blieb im Journalmodus &quot;%2&quot;)</translation>
    </message>
    <message>
        <source>journal %1 is in use by another Invitedesk process; wait for it to finish or choose another journal</source>
        <translation>Journal %1 wird von einem anderen Invitedesk-Prozess verwendet; warten Sie, bis er fertig ist, oder wählen Sie ein anderes Journal</translation>
    </message>
    <message>
        <source>%1 is not an Invitedesk journal (it is not an SQLite database)</source>
        <translation>%1 ist kein Invitedesk-Journal (es ist keine SQLite-Datenbank)</translation>
    </message>
    <message>
        <source>journal %1 is damaged (%2)</source>
        <translation>Journal %1 ist beschädigt (%2)</translation>
    </message>
    <message>
        <source>cannot write journal %1: the file or its folder is read-only</source>
        <translation>Journal %1 kann nicht geschrieben werden: Die Datei oder ihr Ordner ist schreibgeschützt</translation>
    </message>
    <message>
        <source>cannot write journal %1: the disk is full</source>
        <translation>Journal %1 kann nicht geschrieben werden: Der Datenträger ist voll</translation>
    </message>
    <message>
        <source>cannot open journal %1: %2</source>
        <translation>Journal %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>cannot read or write journal %1: input/output error (%2)</source>
        <translation>Journal %1 kann nicht gelesen oder geschrieben werden: Ein-/Ausgabefehler (%2)</translation>
    </message>
    <message>
        <source>journal %1: %2</source>
        <translation>Journal %1: %2</translation>
    </message>
</context>
<context>
    <name>JsonEditorDialog</name>
    <message>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>kein Objekt</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>&amp;Formatieren</translation>
    </message>
    <message>
        <source>Indent the object, one key per line</source>
        <translation>Das Objekt einrücken, ein Schlüssel pro Zeile</translation>
    </message>
    <message>
        <source>Empty: no metadata</source>
        <translation>Leer: keine Metadaten</translation>
    </message>
    <message>
        <source>Valid JSON object</source>
        <translation>Gültiges JSON-Objekt</translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>This is %1; metadata must be a JSON object like {&quot;team&quot;: &quot;Research&quot;}</source>
        <translation>Dies ist %1; Metadaten müssen ein JSON-Objekt sein, etwa {&quot;team&quot;: &quot;Research&quot;}</translation>
    </message>
    <message>
        <source>Metadata JSON</source>
        <translation>Metadaten-JSON</translation>
    </message>
    <message>
        <source>A JSON object; the line under the editor says whether it is valid. Tab moves to the buttons, Escape cancels.</source>
        <translation>Ein JSON-Objekt; die Zeile unter dem Editor zeigt, ob es gültig ist. Tab wechselt zu den Schaltflächen, Esc bricht ab.</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>No system keychain is available (%1).</source>
        <translation>Kein System-Schlüsselbund verfügbar (%1).</translation>
    </message>
    <message>
        <source>The system keychain refused access (%1).</source>
        <translation>Der System-Schlüsselbund hat den Zugriff verweigert (%1).</translation>
    </message>
    <message>
        <source>The system keychain failed (%1).</source>
        <translation>Der System-Schlüsselbund ist fehlgeschlagen (%1).</translation>
    </message>
</context>
<context>
    <name>LiveKeyConfirmation</name>
    <message>
        <source>Send %1 invitations to %2 with a LIVE key? This takes %3 at %4. [y/N] </source>
        <translation>%1 Einladungen mit einem LIVE-Schlüssel an %2 senden? Das dauert %3 bei %4. [y/N] </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Cannot open the file</source>
        <translation>Die Datei kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Zuletzt &amp;geöffnet</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Invitations</source>
        <translation>&amp;Einladungen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>About Invitedesk</source>
        <translation>Über Invitedesk</translation>
    </message>
    <message>
        <source>Invitedesk %1: invite many people into one Clerk organization at once.</source>
        <translation>Invitedesk %1: viele Personen auf einmal in eine Clerk-Organisation einladen.</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptleiste</translation>
    </message>
    <message>
        <source>Rows with an invalid cell, and rows repeating an earlier row&apos;s email</source>
        <translation>Zeilen mit einer ungültigen Zelle und Zeilen, die die E-Mail einer früheren Zeile wiederholen</translation>
    </message>
    <message>
        <source>Invitedesk[*]</source>
        <translation>Invitedesk[*]</translation>
    </message>
    <message>
        <source>%1[*] — Invitedesk</source>
        <translation>%1[*] — Invitedesk</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n Zeile</numerusform>
            <numerusform>%n Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n Problem</numerusform>
            <numerusform>%n Probleme</numerusform>
        </translation>
    </message>
    <message>
        <source>Invalid rows: %1 · Duplicates: %2</source>
        <translation>Ungültige Zeilen: %1 · Duplikate: %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>Anzei&amp;gen:</translation>
    </message>
    <message>
        <source>Main &amp;Toolbar</source>
        <translation>&amp;Hauptleiste</translation>
    </message>
</context>
<context>
    <name>OdsReader</name>
    <message>
        <source>The file is not an ODS workbook: it has no content.xml.</source>
        <translation>Die Datei ist keine ODS-Arbeitsmappe: Sie hat keine content.xml.</translation>
    </message>
    <message>
        <source>ODS</source>
        <translation>ODS</translation>
    </message>
</context>
<context>
    <name>OrganizationPicker</name>
    <message>
        <source>Choose the organization</source>
        <translation>Organisation auswählen</translation>
    </message>
    <message>
        <source>Search by name, slug or id</source>
        <translation>Nach Name, Slug oder ID suchen</translation>
    </message>
    <message>
        <source>Search organizations</source>
        <translation>Organisationen durchsuchen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Slug</source>
        <translation>Slug</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message>
        <source>This instance has no organizations yet.</source>
        <translation>Diese Instanz hat noch keine Organisationen.</translation>
    </message>
    <message>
        <source>No organization matches &quot;%1&quot;.</source>
        <translation>Keine Organisation passt zu &quot;%1&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>Showing the first %Ln organization(s): type more of the name to narrow the search.</source>
        <translation>
            <numerusform>Die erste %Ln Organisation wird angezeigt: Geben Sie mehr vom Namen ein, um die Suche einzugrenzen.</numerusform>
            <numerusform>Die ersten %Ln Organisationen werden angezeigt: Geben Sie mehr vom Namen ein, um die Suche einzugrenzen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln organization(s) found.</source>
        <translation>
            <numerusform>%Ln Organisation gefunden.</numerusform>
            <numerusform>%Ln Organisationen gefunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>The list below follows as you type; Enter searches at once</source>
        <translation>Die Liste darunter folgt Ihrer Eingabe; Enter sucht sofort</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>Organisationen</translation>
    </message>
    <message>
        <source>Choose one with the arrow keys; Enter invites into it</source>
        <translation>Wählen Sie eine mit den Pfeiltasten aus; Enter lädt in sie ein</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <source>Organi&amp;zations:</source>
        <translation>Or&amp;ganisationen:</translation>
    </message>
</context>
<context>
    <name>OutcomeMapper</name>
    <message>
        <source>Clerk refused the secret key (401): check CLERK_SECRET_KEY</source>
        <translation>Clerk hat den geheimen Schlüssel abgelehnt (401): Prüfen Sie CLERK_SECRET_KEY</translation>
    </message>
    <message>
        <source>Clerk denied access to organization %1 (403): check that the secret key belongs to its instance (%2)</source>
        <translation>Clerk hat den Zugriff auf die Organisation %1 verweigert (403): Prüfen Sie, ob der geheime Schlüssel zu ihrer Instanz gehört (%2)</translation>
    </message>
    <message>
        <source>organization %1 not found (404): check --org</source>
        <translation>Organisation %1 nicht gefunden (404): Prüfen Sie --org</translation>
    </message>
    <message>
        <source>nothing was sent: %1</source>
        <translation>Es wurde nichts gesendet: %1</translation>
    </message>
</context>
<context>
    <name>PaneCycler</name>
    <message>
        <source>Next &amp;Pane</source>
        <translation>&amp;Nächster Bereich</translation>
    </message>
    <message>
        <source>Pre&amp;vious Pane</source>
        <translation>&amp;Vorheriger Bereich</translation>
    </message>
    <message>
        <source>Move the keyboard focus to the next part of the window: table, sending panel, results</source>
        <translation>Den Tastaturfokus in den nächsten Teil des Fensters setzen: Tabelle, Sendebereich, Ergebnisse</translation>
    </message>
    <message>
        <source>Move the keyboard focus to the previous part of the window</source>
        <translation>Den Tastaturfokus in den vorherigen Teil des Fensters setzen</translation>
    </message>
</context>
<context>
    <name>Preflight</name>
    <message>
        <source>row %1, column role: &quot;%2&quot; is not a role of this Clerk instance (valid: %3)</source>
        <translation>Zeile %1, Spalte role: &quot;%2&quot; ist keine Rolle dieser Clerk-Instanz (gültig: %3)</translation>
    </message>
    <message>
        <source>the instance&apos;s roles</source>
        <translation>die Rollen der Instanz</translation>
    </message>
    <message>
        <source>the organization&apos;s pending invitations</source>
        <translation>die ausstehenden Einladungen der Organisation</translation>
    </message>
    <message>
        <source>%1 already has a pending invitation (%2)</source>
        <translation>%1 hat bereits eine ausstehende Einladung (%2)</translation>
    </message>
    <message>
        <source>the organization&apos;s members</source>
        <translation>die Mitglieder der Organisation</translation>
    </message>
    <message>
        <source>%1 is already a member of the organization</source>
        <translation>%1 ist bereits Mitglied der Organisation</translation>
    </message>
</context>
<context>
    <name>RatePacer</name>
    <message>
        <source>rate must look like N/SECONDS, e.g. 50/3600 (got &quot;%1&quot;)</source>
        <translation>Die Rate muss die Form N/SECONDS haben, z. B. 50/3600 (erhalten: &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>rate must allow at least 1 call per window (got &quot;%1&quot;)</source>
        <translation>Die Rate muss mindestens 1 Aufruf pro Zeitfenster erlauben (erhalten: &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>rate window must be at least 1 second (got &quot;%1&quot;)</source>
        <translation>Das Zeitfenster der Rate muss mindestens 1 Sekunde lang sein (erhalten: &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>rate &quot;%1&quot; is too large: at most %2 calls per window of at most %3 seconds</source>
        <translation>Die Rate &quot;%1&quot; ist zu hoch: höchstens %2 Aufrufe pro Zeitfenster von höchstens %3 Sekunden</translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <source>Could not write the report: %1</source>
        <translation>Der Bericht konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Could not write the report to %1: %2</source>
        <translation>Der Bericht konnte nicht in %1 geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>ResultsDock</name>
    <message>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>&amp;Results</source>
        <translation>E&amp;rgebnisse</translation>
    </message>
    <message>
        <source>Show or hide the runs and their HTTP exchanges (F6 moves the focus there)</source>
        <translation>Die Läufe und ihren HTTP-Austausch ein- oder ausblenden (F6 setzt den Fokus dorthin)</translation>
    </message>
</context>
<context>
    <name>ResultsWindow</name>
    <message>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Read the runs again from the journal</source>
        <translation>Die Läufe erneut aus dem Journal lesen</translation>
    </message>
    <message>
        <source>Export &amp;report…</source>
        <translation>&amp;Bericht exportieren…</translation>
    </message>
    <message>
        <source>Export &amp;HAR…</source>
        <translation>&amp;HAR exportieren…</translation>
    </message>
    <message>
        <source>Re&amp;voke invitations of this run…</source>
        <translation>Einladungen dieses Laufs &amp;widerrufen…</translation>
    </message>
    <message>
        <source>Could not read run %1 from the journal: %2</source>
        <translation>Lauf %1 konnte nicht aus dem Journal gelesen werden: %2</translation>
    </message>
    <message>
        <source>No runs yet: the runs you send appear here.</source>
        <translation>Noch keine Läufe: Ihre gesendeten Läufe erscheinen hier.</translation>
    </message>
    <message>
        <source>Run %1 · %2 · started %3 · %4 · %5</source>
        <translation>Lauf %1 · %2 · gestartet %3 · %4 · %5</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Export HAR</source>
        <translation>HAR exportieren</translation>
    </message>
    <message>
        <source>HTTP Archive files (*.har)</source>
        <translation>HTTP-Archivdateien (*.har)</translation>
    </message>
    <message>
        <source>Report of run %1 saved to %2</source>
        <translation>Bericht von Lauf %1 in %2 gespeichert</translation>
    </message>
    <message>
        <source>HTTP exchanges of run %1 saved to %2</source>
        <translation>HTTP-Austausch von Lauf %1 in %2 gespeichert</translation>
    </message>
    <message>
        <source>Run %1: %2</source>
        <translation>Lauf %1: %2</translation>
    </message>
    <message>
        <source>Revoke invitations</source>
        <translation>Einladungen widerrufen</translation>
    </message>
    <message>
        <source>%1 First failure: %2</source>
        <translation>%1 Erster Fehler: %2</translation>
    </message>
    <message>
        <source>Every run in the journal, newest first; the selected run is shown beside</source>
        <translation>Jeder Lauf im Journal, der neueste zuerst; der ausgewählte Lauf wird daneben angezeigt</translation>
    </message>
    <message>
        <source>Results actions</source>
        <translation>Ergebnisaktionen</translation>
    </message>
    <message>
        <source>Save the per-row results of this run as a CSV report (Ctrl+Shift+E)</source>
        <translation>Die Ergebnisse dieses Laufs pro Zeile als CSV-Bericht speichern (Strg+Umschalt+E)</translation>
    </message>
    <message>
        <source>Save every HTTP exchange of this run as an HTTP Archive (HAR 1.2) (Ctrl+Shift+H)</source>
        <translation>Jeden HTTP-Austausch dieses Laufs als HTTP-Archiv (HAR 1.2) speichern (Strg+Umschalt+H)</translation>
    </message>
    <message>
        <source>Revoke every invitation this run created, after a confirmation (Ctrl+Shift+Delete)</source>
        <translation>Jede Einladung, die dieser Lauf erstellt hat, nach einer Bestätigung widerrufen (Strg+Umschalt+Entf)</translation>
    </message>
    <message>
        <source>R&amp;ows</source>
        <translation>Ze&amp;ilen</translation>
    </message>
    <message>
        <source>HTTP e&amp;xchanges</source>
        <translation>HTTP-Aus&amp;tausch</translation>
    </message>
    <message>
        <source>The result of every row of the run (Alt+O)</source>
        <translation>Das Ergebnis jeder Zeile des Laufs (Alt+I)</translation>
    </message>
    <message>
        <source>Every call to Clerk in full (Alt+X)</source>
        <translation>Jeder Aufruf an Clerk vollständig (Alt+T)</translation>
    </message>
    <message>
        <source>Rows per status</source>
        <translation>Zeilen pro Status</translation>
    </message>
</context>
<context>
    <name>RevokeBar</name>
    <message>
        <source>Stop revoking</source>
        <translation>Widerrufen anhalten</translation>
    </message>
    <message>
        <source>Send no further revocation; the one under way still ends</source>
        <translation>Keine weiteren Widerrufe senden; der laufende wird noch abgeschlossen</translation>
    </message>
    <message>
        <source>Revoke invitations</source>
        <translation>Einladungen widerrufen</translation>
    </message>
    <message>
        <source>Run %1 created no invitation that could be revoked.</source>
        <translation>Lauf %1 hat keine Einladung erstellt, die widerrufen werden könnte.</translation>
    </message>
    <message>
        <source>Run %1 sent its invitations to %2, but the connection is now to %3; connect to %2 to revoke them.</source>
        <translation>Lauf %1 hat seine Einladungen an %2 gesendet, die Verbindung besteht aber jetzt zu %3; verbinden Sie sich mit %2, um sie zu widerrufen.</translation>
    </message>
    <message>
        <source>Revoke every invitation run %1 created in %2? Invitations to revoke: %3. Whoever has not accepted yet can then no longer join with them.</source>
        <translation>Jede Einladung widerrufen, die Lauf %1 in %2 erstellt hat? Zu widerrufende Einladungen: %3. Wer noch nicht angenommen hat, kann damit danach nicht mehr beitreten.</translation>
    </message>
    <message>
        <source>Revoking the invitations of run %1: %2 of %3</source>
        <translation>Einladungen von Lauf %1 werden widerrufen: %2 von %3</translation>
    </message>
    <message>
        <source>Revoking progress</source>
        <translation>Widerrufsfortschritt</translation>
    </message>
</context>
<context>
    <name>RevokeSummary</name>
    <message>
        <source>Revoked: %1. Already gone: %2. Failed: %3.</source>
        <translation>Widerrufen: %1. Bereits weg: %2. Fehlgeschlagen: %3.</translation>
    </message>
    <message>
        <source>%1 Stopped after %2 of %3.</source>
        <translation>%1 Nach %2 von %3 angehalten.</translation>
    </message>
</context>
<context>
    <name>RowResultsModel</name>
    <message>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Invitation id</source>
        <translation>Einladungs-ID</translation>
    </message>
    <message>
        <source>HTTP status</source>
        <translation>HTTP-Status</translation>
    </message>
    <message>
        <source>Error code</source>
        <translation>Fehlercode</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Trace id</source>
        <translation>Trace-ID</translation>
    </message>
</context>
<context>
    <name>RowStatus</name>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Eingeladen</translation>
    </message>
    <message>
        <source>Already invited</source>
        <translation>Bereits eingeladen</translation>
    </message>
    <message>
        <source>Already a member</source>
        <translation>Bereits Mitglied</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Ungültig</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Doppelt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>RunController</name>
    <message>
        <source>A run is already going: stop it or wait until it ends.</source>
        <translation>Es läuft bereits ein Lauf: Halten Sie ihn an oder warten Sie, bis er endet.</translation>
    </message>
    <message>
        <source>Choose the organization to invite into before sending.</source>
        <translation>Wählen Sie vor dem Senden die Organisation, in die eingeladen werden soll.</translation>
    </message>
    <message>
        <source>The table is empty: type or open the invitees first.</source>
        <translation>Die Tabelle ist leer: Geben Sie zuerst die Einzuladenden ein oder öffnen Sie eine Datei.</translation>
    </message>
</context>
<context>
    <name>RunExchangesPanel</name>
    <message>
        <source>HTTP exchanges</source>
        <translation>HTTP-Austausch</translation>
    </message>
    <message>
        <source>Each call to Clerk; the selected one is shown below. Enter moves to its body, Ctrl+Shift+C copies it as cURL</source>
        <translation>Jeder Aufruf an Clerk; der ausgewählte wird darunter angezeigt. Enter wechselt zu seinem Inhalt, Strg+Umschalt+C kopiert ihn als cURL</translation>
    </message>
</context>
<context>
    <name>RunHistoryModel</name>
    <message>
        <source>No journal is open.</source>
        <translation>Kein Journal ist geöffnet.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Unterbrochen</translation>
    </message>
    <message>
        <source>Unfinished</source>
        <translation>Unvollendet</translation>
    </message>
    <message>
        <source>Run %1 against %2</source>
        <translation>Lauf %1 gegen %2</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
</context>
<context>
    <name>RunReport</name>
    <message>
        <source>Could not read the run from the journal: %1</source>
        <translation>Der Lauf konnte nicht aus dem Journal gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>RunRevoker</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>RunRowsPanel</name>
    <message>
        <source>All rows</source>
        <translation>Alle Zeilen</translation>
    </message>
    <message>
        <source>Rows that need a look (invalid, duplicate, failed, pending)</source>
        <translation>Zeilen, die einen Blick brauchen (ungültig, doppelt, fehlgeschlagen, ausstehend)</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Zeigen:</translation>
    </message>
    <message>
        <source>Show rows</source>
        <translation>Zeilen anzeigen</translation>
    </message>
    <message>
        <source>Rows of the run</source>
        <translation>Zeilen des Laufs</translation>
    </message>
    <message>
        <source>Each row&apos;s email, status and what Clerk answered</source>
        <translation>E-Mail, Status und Antwort von Clerk für jede Zeile</translation>
    </message>
</context>
<context>
    <name>RunWorker</name>
    <message>
        <source>A run is already going: stop it or wait until it ends.</source>
        <translation>Es läuft bereits ein Lauf: Halten Sie ihn an oder warten Sie, bis er endet.</translation>
    </message>
    <message>
        <source>No row can be sent: every row is invalid or a duplicate. Fix the marked cells first.</source>
        <translation>Keine Zeile kann gesendet werden: Jede Zeile ist ungültig oder doppelt. Korrigieren Sie zuerst die markierten Zellen.</translation>
    </message>
    <message>
        <source>Cannot open the journal: %1</source>
        <translation>Das Journal kann nicht geöffnet werden: %1</translation>
    </message>
</context>
<context>
    <name>SandboxCommand</name>
    <message>
        <source>Serve a simulated Clerk instance on 127.0.0.1 to try send against</source>
        <translation>Eine simulierte Clerk-Instanz auf 127.0.0.1 bereitstellen, um send daran auszuprobieren</translation>
    </message>
    <message>
        <source>Serves a simulated Clerk Backend API on 127.0.0.1 with a demo organization,
Clerk&apos;s error answers and rate limit, until interrupted (Ctrl+C).</source>
        <translation>Stellt eine simulierte Clerk Backend API auf 127.0.0.1 bereit, mit einer Demo-Organisation,
den Fehlerantworten und dem Ratenlimit von Clerk, bis zum Abbruch (Strg+C).</translation>
    </message>
    <message>
        <source>Port to listen on (default 0: any free port).</source>
        <translation>Port, auf dem gelauscht wird (Standard 0: ein beliebiger freier Port).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>unerwartetes Argument &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--port &apos;%1&apos; is not a port number (0 to 65535)</source>
        <translation>--port &apos;%1&apos; ist keine Portnummer (0 bis 65535)</translation>
    </message>
    <message>
        <source>invitedesk-cli sandbox: cannot listen on 127.0.0.1:%1: %2</source>
        <translation>invitedesk-cli sandbox: kann nicht auf 127.0.0.1:%1 lauschen: %2</translation>
    </message>
    <message>
        <source>Sandbox Clerk API: %1</source>
        <translation>Sandbox-Clerk-API: %1</translation>
    </message>
    <message>
        <source>Demo organization: %1</source>
        <translation>Demo-Organisation: %1</translation>
    </message>
    <message>
        <source>Accepted keys: any sk_test_... or sk_live_... value</source>
        <translation>Akzeptierte Schlüssel: jeder Wert sk_test_... oder sk_live_...</translation>
    </message>
    <message>
        <source>Try: CLERK_SECRET_KEY=sk_test_sandbox invitedesk-cli send people.csv --org %1 --api-url %2</source>
        <translation>Zum Ausprobieren: CLERK_SECRET_KEY=sk_test_sandbox invitedesk-cli send people.csv --org %1 --api-url %2</translation>
    </message>
    <message>
        <source>Press Ctrl+C to stop.</source>
        <translation>Mit Strg+C beenden.</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>Sandbox stopped.</source>
        <translation>Sandbox beendet.</translation>
    </message>
</context>
<context>
    <name>ScreenshotTour</name>
    <message>
        <source>the tour did not end in time</source>
        <translation>der Rundgang endete nicht rechtzeitig</translation>
    </message>
    <message>
        <source>the sample could not be sent</source>
        <translation>das Beispiel konnte nicht gesendet werden</translation>
    </message>
    <message>
        <source>the results show no bulk exchange</source>
        <translation>die Ergebnisse zeigen keinen Austausch eines Sammelaufrufs</translation>
    </message>
    <message>
        <source>the paced run could not start</source>
        <translation>der gedrosselte Lauf konnte nicht starten</translation>
    </message>
    <message>
        <source>the settings dialog did not open</source>
        <translation>der Einstellungsdialog öffnete sich nicht</translation>
    </message>
    <message>
        <source>could not write %1</source>
        <translation>%1 konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>screenshot tour: %1</source>
        <translation>Bildschirmfoto-Rundgang: %1</translation>
    </message>
</context>
<context>
    <name>SendCommand</name>
    <message>
        <source>Nothing was sent.</source>
        <translation>Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>invitedesk-cli send: %1 invitations with a LIVE key need a confirmation: run in a terminal to answer, or add --yes</source>
        <translation>invitedesk-cli send: %1 Einladungen mit einem LIVE-Schlüssel brauchen eine Bestätigung: Führen Sie den Befehl in einem Terminal aus, um zu antworten, oder fügen Sie --yes hinzu</translation>
    </message>
    <message>
        <source>invitedesk-cli send: %1</source>
        <translation>invitedesk-cli send: %1</translation>
    </message>
    <message>
        <source>Send the invitations of a file to a Clerk organization (resumable, paced)</source>
        <translation>Die Einladungen einer Datei an eine Clerk-Organisation senden (fortsetzbar, gedrosselt)</translation>
    </message>
    <message>
        <source>%1: no invitee rows below the header</source>
        <translation>%1: keine Einladungszeilen unter der Kopfzeile</translation>
    </message>
    <message>
        <source>Interrupted: re-run the same command to resume</source>
        <translation>Unterbrochen: Führen Sie denselben Befehl erneut aus, um fortzusetzen</translation>
    </message>
</context>
<context>
    <name>SendConfirmation</name>
    <message>
        <source>Send with a LIVE key</source>
        <translation>Mit einem LIVE-Schlüssel senden</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Send %Ln invitation(s) to %1 with a LIVE key? At %2 this takes %3.</source>
        <translation>
            <numerusform>%Ln Einladung mit einem LIVE-Schlüssel an %1 senden? Bei %2 dauert das %3.</numerusform>
            <numerusform>%Ln Einladungen mit einem LIVE-Schlüssel an %1 senden? Bei %2 dauert das %3.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SendFlow</name>
    <message>
        <source>Sending</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Choose the organization to invite into, then the invitations go out.</source>
        <translation>Wählen Sie die Organisation, in die eingeladen wird; dann gehen die Einladungen hinaus.</translation>
    </message>
    <message>
        <source>Nothing to send: the table is empty. Type, paste or open the invitees first.</source>
        <translation>Nichts zu senden: Die Tabelle ist leer. Geben Sie die Einzuladenden zuerst ein, fügen Sie sie ein oder öffnen Sie eine Datei.</translation>
    </message>
    <message>
        <source>Nothing to send: every row is invalid or a duplicate. Fix the marked cells first.</source>
        <translation>Nichts zu senden: Jede Zeile ist ungültig oder doppelt. Korrigieren Sie zuerst die markierten Zellen.</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>Es wurde nichts gesendet.</translation>
    </message>
    <message numerus="yes">
        <source>Sending %n row(s) into %1…</source>
        <translation>
            <numerusform>%n Zeile wird an %1 gesendet…</numerusform>
            <numerusform>%n Zeilen werden an %1 gesendet…</numerusform>
        </translation>
    </message>
    <message>
        <source>The rate limit %1 in Settings is not valid (%2); keeping %3.</source>
        <translation>Das Ratenlimit %1 in den Einstellungen ist ungültig (%2); %3 bleibt bestehen.</translation>
    </message>
    <message>
        <source>&amp;Sending Panel</source>
        <translation>&amp;Sendebereich</translation>
    </message>
    <message>
        <source>Show or hide the progress of the run (F6 moves the focus there)</source>
        <translation>Den Fortschritt des Laufs ein- oder ausblenden (F6 setzt den Fokus dorthin)</translation>
    </message>
</context>
<context>
    <name>SendOptions</name>
    <message>
        <source>The organization to invite into (required).</source>
        <translation>Die Organisation, in die eingeladen wird (erforderlich).</translation>
    </message>
    <message>
        <source>ORG_ID</source>
        <translation>ORG_ID</translation>
    </message>
    <message>
        <source>Clerk&apos;s Backend API (default: CLERK_API_URL, else https://api.clerk.com/v1).</source>
        <translation>Die Backend API von Clerk (Standard: CLERK_API_URL, sonst https://api.clerk.com/v1).</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Role for rows whose role cell is empty (default: org:member).</source>
        <translation>Rolle für Zeilen mit leerer Rollenzelle (Standard: org:member).</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>ROLE</translation>
    </message>
    <message>
        <source>Inviter for rows whose inviter cell is empty (a user id).</source>
        <translation>Einladender für Zeilen mit leerer Einladender-Zelle (eine Benutzer-ID).</translation>
    </message>
    <message>
        <source>USER_ID</source>
        <translation>USER_ID</translation>
    </message>
    <message>
        <source>At most N bulk calls per SECONDS seconds (default: 50/3600).</source>
        <translation>Höchstens N Sammelaufrufe pro SECONDS Sekunden (Standard: 50/3600).</translation>
    </message>
    <message>
        <source>N/SECONDS</source>
        <translation>N/SECONDS</translation>
    </message>
    <message>
        <source>The journal that makes the run resumable (default: %1).</source>
        <translation>Das Journal, mit dem der Lauf fortsetzbar ist (Standard: %1).</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <source>Write every HTTP exchange as a HAR file to PATH.</source>
        <translation>Jeden HTTP-Austausch als HAR-Datei nach PATH schreiben.</translation>
    </message>
    <message>
        <source>Print the body of every bulk call instead of sending it.</source>
        <translation>Den Inhalt jedes Sammelaufrufs ausgeben, statt ihn zu senden.</translation>
    </message>
    <message>
        <source>Do not ask before sending many invitations with a live key.</source>
        <translation>Nicht nachfragen, bevor viele Einladungen mit einem Live-Schlüssel gesendet werden.</translation>
    </message>
    <message>
        <source>Print the result as one JSON object.</source>
        <translation>Das Ergebnis als ein JSON-Objekt ausgeben.</translation>
    </message>
    <message>
        <source>invitedesk-cli send: %1</source>
        <translation>invitedesk-cli send: %1</translation>
    </message>
    <message>
        <source>name the file to send</source>
        <translation>Geben Sie die zu sendende Datei an</translation>
    </message>
    <message>
        <source>give exactly one file, not %1</source>
        <translation>Geben Sie genau eine Datei an, nicht %1</translation>
    </message>
    <message>
        <source>--org is required: the id of the organization to invite into (org_...)</source>
        <translation>--org ist erforderlich: die ID der Organisation, in die eingeladen wird (org_...)</translation>
    </message>
    <message>
        <source>--org &apos;%1&apos; is not an organization id; ids look like org_2abc...</source>
        <translation>--org &apos;%1&apos; ist keine Organisations-ID; IDs sehen aus wie org_2abc...</translation>
    </message>
    <message>
        <source>--role &apos;%1&apos; is not a role key; role keys look like org:member</source>
        <translation>--role &apos;%1&apos; ist kein Rollenschlüssel; Rollenschlüssel sehen aus wie org:member</translation>
    </message>
    <message>
        <source>--inviter &apos;%1&apos; is not a user id; user ids look like user_2abc...</source>
        <translation>--inviter &apos;%1&apos; ist keine Benutzer-ID; Benutzer-IDs sehen aus wie user_2abc...</translation>
    </message>
    <message>
        <source>cannot write %1: folder %2 does not exist</source>
        <translation>%1 kann nicht geschrieben werden: Ordner %2 existiert nicht</translation>
    </message>
    <message>
        <source>no Clerk secret key: set the environment variable CLERK_SECRET_KEY (keys are never taken as arguments)</source>
        <translation>kein geheimer Clerk-Schlüssel: Setzen Sie die Umgebungsvariable CLERK_SECRET_KEY (Schlüssel werden nie als Argumente angenommen)</translation>
    </message>
    <message>
        <source>Sends invitations for every valid row of FILE (CSV, TSV, XLSX or ODS) to one Clerk organization,
ten per bulk call, paced under Clerk&apos;s rate limit. The secret key is read from CLERK_SECRET_KEY.
Re-running the same command resumes an interrupted run without inviting anyone twice.
Exit status: 0 every row invited (or already invited or a member), 1 some row invalid, duplicate
or failed, 2 usage, input, key or organization problem, 3 interrupted (re-run to resume).</source>
        <translation>Sendet Einladungen für jede gültige Zeile von FILE (CSV, TSV, XLSX oder ODS) an eine Clerk-Organisation,
zehn pro Sammelaufruf, gedrosselt unter dem Ratenlimit von Clerk. Der geheime Schlüssel wird aus CLERK_SECRET_KEY gelesen.
Wird derselbe Befehl erneut ausgeführt, setzt er einen unterbrochenen Lauf fort, ohne jemanden zweimal einzuladen.
Exit-Status: 0 jede Zeile eingeladen (oder bereits eingeladen oder Mitglied), 1 eine Zeile ungültig, doppelt
oder fehlgeschlagen, 2 Problem mit Aufruf, Eingabe, Schlüssel oder Organisation, 3 unterbrochen (zum Fortsetzen erneut ausführen).</translation>
    </message>
    <message>
        <source>The sheet to read from an XLSX or ODS workbook (default: the first one).</source>
        <translation>Das Blatt, das aus einer XLSX- oder ODS-Arbeitsmappe gelesen wird (Standard: das erste).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Write a report of every row to PATH: XLSX when PATH ends in .xlsx, else CSV.</source>
        <translation>Einen Bericht über jede Zeile nach PATH schreiben: XLSX, wenn PATH auf .xlsx endet, sonst CSV.</translation>
    </message>
    <message>
        <source>The invitee file to send (CSV, TSV, XLSX or ODS).</source>
        <translation>Die zu sendende Einladungsdatei (CSV, TSV, XLSX oder ODS).</translation>
    </message>
</context>
<context>
    <name>SendPanel</name>
    <message>
        <source>Sending progress</source>
        <translation>Sendefortschritt</translation>
    </message>
    <message>
        <source>Nothing sent yet.</source>
        <translation>Noch nichts gesendet.</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Wird angehalten…</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Nicht gesendet: %1</translation>
    </message>
    <message>
        <source>%1 of %2 rows done</source>
        <translation>%1 von %2 Zeilen erledigt</translation>
    </message>
    <message numerus="yes">
        <source>%Ln bulk call(s) made</source>
        <translation>
            <numerusform>%Ln Sammelaufruf ausgeführt</numerusform>
            <numerusform>%Ln Sammelaufrufe ausgeführt</numerusform>
        </translation>
    </message>
    <message>
        <source>Time left: not known yet</source>
        <translation>Restzeit: noch unbekannt</translation>
    </message>
    <message>
        <source>Last call in %1, at about %2</source>
        <translation>Letzter Aufruf in %1, gegen %2</translation>
    </message>
    <message>
        <source>Waiting (%1 left): %2</source>
        <translation>Warten (noch %1): %2</translation>
    </message>
    <message>
        <source>Invitedesk: sending ended</source>
        <translation>Invitedesk: Senden beendet</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>Angehalten: %1</translation>
    </message>
    <message numerus="yes">
        <source>Stopped with %Ln row(s) left: send the same table again to resume.</source>
        <translation>
            <numerusform>Angehalten, %Ln Zeile übrig: Senden Sie dieselbe Tabelle erneut, um fortzusetzen.</numerusform>
            <numerusform>Angehalten, %Ln Zeilen übrig: Senden Sie dieselbe Tabelle erneut, um fortzusetzen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Done: %1 invited, %2 already invited, %3 already members, %4 failed, %5 not sent (invalid or duplicate).</source>
        <translation>Fertig: %1 eingeladen, %2 bereits eingeladen, %3 bereits Mitglied, %4 fehlgeschlagen, %5 nicht gesendet (ungültig oder doppelt).</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>A&amp;nhalten</translation>
    </message>
    <message>
        <source>Stop after the call in flight; send the same table again to resume (Ctrl+.).</source>
        <translation>Nach dem laufenden Aufruf anhalten; senden Sie dieselbe Tabelle erneut, um fortzusetzen (Strg+.).</translation>
    </message>
</context>
<context>
    <name>SendProgressPrinter</name>
    <message>
        <source>rows done: %1, calls: %2, %3 left, waiting %4 (%5)</source>
        <translation>Zeilen erledigt: %1, Aufrufe: %2, noch %3, Wartezeit %4 (%5)</translation>
    </message>
    <message>
        <source>rows done: %1, calls: %2, waiting %3 (%4)</source>
        <translation>Zeilen erledigt: %1, Aufrufe: %2, Wartezeit %3 (%4)</translation>
    </message>
    <message>
        <source>rows done: %1, calls: %2, %3 left</source>
        <translation>Zeilen erledigt: %1, Aufrufe: %2, noch %3</translation>
    </message>
    <message>
        <source>rows done: %1, calls: %2</source>
        <translation>Zeilen erledigt: %1, Aufrufe: %2</translation>
    </message>
</context>
<context>
    <name>SendSession</name>
    <message>
        <source>Interrupted again: stopped at once. Re-run the same command to resume.</source>
        <translation>Erneut unterbrochen: sofort angehalten. Führen Sie denselben Befehl erneut aus, um fortzusetzen.</translation>
    </message>
    <message>
        <source>Stopping after the call in flight (press Ctrl+C again to stop at once)...</source>
        <translation>Anhalten nach dem laufenden Aufruf (erneut Strg+C drücken, um sofort anzuhalten)...</translation>
    </message>
    <message>
        <source>Resuming run %1: %2 of %3 rows already done</source>
        <translation>Lauf %1 wird fortgesetzt: %2 von %3 Zeilen bereits erledigt</translation>
    </message>
</context>
<context>
    <name>SendSummaryPrinter</name>
    <message>
        <source>Dry run for organization %1: %2 rows, nothing was sent.</source>
        <translation>Probelauf für Organisation %1: %2 Zeilen, nichts wurde gesendet.</translation>
    </message>
    <message>
        <source>Run %1 for organization %2: %3 rows.</source>
        <translation>Lauf %1 für Organisation %2: %3 Zeilen.</translation>
    </message>
    <message>
        <source>Would be sent</source>
        <translation>Würde gesendet</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Bulk calls: %1 in %2.</source>
        <translation>Sammelaufrufe: %1 in %2.</translation>
    </message>
    <message>
        <source>Report: %1</source>
        <translation>Bericht: %1</translation>
    </message>
    <message>
        <source>HAR: %1</source>
        <translation>HAR: %1</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>empty: the built-in sandbox</source>
        <translation>leer: die eingebaute Sandbox</translation>
    </message>
    <message>
        <source>Clerk&apos;s Backend API, e.g. https://api.clerk.com/v1. Plain http only to this computer.</source>
        <translation>Die Backend API von Clerk, z. B. https://api.clerk.com/v1. Unverschlüsseltes http nur zu diesem Computer.</translation>
    </message>
    <message>
        <source>sk_test_… or sk_live_…</source>
        <translation>sk_test_… oder sk_live_…</translation>
    </message>
    <message>
        <source>Secret key</source>
        <translation>Geheimer Schlüssel</translation>
    </message>
    <message>
        <source>Show the secret key</source>
        <translation>Den geheimen Schlüssel anzeigen</translation>
    </message>
    <message>
        <source>Without it the key is forgotten when Invitedesk closes. It is never written to the settings file.</source>
        <translation>Ohne diese Option wird der Schlüssel beim Schließen von Invitedesk vergessen. Er wird nie in die Einstellungsdatei geschrieben.</translation>
    </message>
    <message>
        <source>Bulk calls per seconds, as N/SECONDS. Clerk allows 50 calls per hour.</source>
        <translation>Sammelaufrufe pro Zeitraum in Sekunden, als N/SECONDS. Clerk erlaubt 50 Aufrufe pro Stunde.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>API base &amp;URL:</source>
        <translation>API-Basis-&amp;URL:</translation>
    </message>
    <message>
        <source>Secret &amp;key:</source>
        <translation>Geheimer &amp;Schlüssel:</translation>
    </message>
    <message>
        <source>&amp;Rate limit:</source>
        <translation>&amp;Ratenlimit:</translation>
    </message>
    <message>
        <source>Transfer &amp;timeout:</source>
        <translation>Übertragungs-&amp;Zeitlimit:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>S&amp;prache:</translation>
    </message>
    <message>
        <source>A new language takes effect when Invitedesk starts again.</source>
        <translation>Eine neue Sprache wird beim nächsten Start von Invitedesk wirksam.</translation>
    </message>
    <message>
        <source>No key: sending goes to the built-in sandbox on this computer; nobody gets an email.</source>
        <translation>Kein Schlüssel: Gesendet wird an die eingebaute Sandbox auf diesem Computer; niemand erhält eine E-Mail.</translation>
    </message>
    <message>
        <source>Sending goes to %1 with a LIVE key: real people get real invitations.</source>
        <translation>Gesendet wird an %1 mit einem LIVE-Schlüssel: Echte Personen erhalten echte Einladungen.</translation>
    </message>
    <message>
        <source>Sending goes to %1 with a TEST key.</source>
        <translation>Gesendet wird an %1 mit einem TEST-Schlüssel.</translation>
    </message>
    <message>
        <source>Saving the key in the system keychain…</source>
        <translation>Schlüssel wird im System-Schlüsselbund gespeichert…</translation>
    </message>
    <message>
        <source>%1 Untick &quot;Remember&quot; to use the key for this session only.</source>
        <translation>%1 Entfernen Sie den Haken bei „Merken“, um den Schlüssel nur für diese Sitzung zu verwenden.</translation>
    </message>
    <message>
        <source>Removing the key from the system keychain…</source>
        <translation>Schlüssel wird aus dem System-Schlüsselbund entfernt…</translation>
    </message>
    <message>
        <source>The key stays in the system keychain: %1</source>
        <translation>Der Schlüssel bleibt im System-Schlüsselbund: %1</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>Anzei&amp;gen</translation>
    </message>
    <message>
        <source>Re&amp;member in the system keychain</source>
        <translation>Im System-Schlüsselbund &amp;merken</translation>
    </message>
    <message>
        <source>Why the settings cannot be saved yet</source>
        <translation>Warum die Einstellungen noch nicht gespeichert werden können</translation>
    </message>
    <message>
        <source>API base URL</source>
        <translation>API-Basis-URL</translation>
    </message>
    <message>
        <source>Rate limit</source>
        <translation>Ratenlimit</translation>
    </message>
    <message>
        <source>Transfer timeout</source>
        <translation>Übertragungszeitlimit</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Takes effect when Invitedesk starts again</source>
        <translation>Wird beim nächsten Start von Invitedesk wirksam</translation>
    </message>
    <message>
        <source>Seconds a call to Clerk may take before it is given up</source>
        <translation>Sekunden, die ein Aufruf an Clerk dauern darf, bevor er aufgegeben wird</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>Verber&amp;gen</translation>
    </message>
</context>
<context>
    <name>SheetReader</name>
    <message>
        <source>The workbook has no sheets.</source>
        <translation>Die Arbeitsmappe hat keine Tabellenblätter.</translation>
    </message>
    <message>
        <source>The workbook is not open.</source>
        <translation>Die Arbeitsmappe ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>The workbook has no sheet named “%1”; its sheets are %2.</source>
        <translation>Die Arbeitsmappe hat kein Blatt namens „%1“; ihre Blätter sind %2.</translation>
    </message>
    <message>
        <source>Sheet “%1” is empty: it has no header row and no data.</source>
        <translation>Blatt „%1“ ist leer: Es hat weder Kopfzeile noch Daten.</translation>
    </message>
    <message>
        <source>The file is damaged: %1, line %2: %3.</source>
        <translation>Die Datei ist beschädigt: %1, Zeile %2: %3.</translation>
    </message>
</context>
<context>
    <name>SheetRowCollector</name>
    <message>
        <source>Sheet “%1”, row %2 has a value in column %3; at most %4 columns are supported.</source>
        <translation>Blatt „%1“, Zeile %2 hat einen Wert in Spalte %3; unterstützt werden höchstens %4 Spalten.</translation>
    </message>
    <message>
        <source>Sheet “%1”, row %2, column %3 holds more than %4 characters; at most %4 are supported.</source>
        <translation>Blatt „%1“, Zeile %2, Spalte %3 enthält mehr als %4 Zeichen; unterstützt werden höchstens %4.</translation>
    </message>
    <message>
        <source>Sheet “%1” has a value in row %2, beyond the last row a spreadsheet can have.</source>
        <translation>Blatt „%1“ hat einen Wert in Zeile %2, jenseits der letzten Zeile, die eine Tabelle haben kann.</translation>
    </message>
    <message>
        <source>Sheet “%1” has more than %2 data rows; at most %2 are supported.</source>
        <translation>Blatt „%1“ hat mehr als %2 Datenzeilen; unterstützt werden höchstens %2.</translation>
    </message>
    <message>
        <source>Sheet “%1” holds more than %2 filled cells; at most %2 are supported.</source>
        <translation>Blatt „%1“ enthält mehr als %2 gefüllte Zellen; unterstützt werden höchstens %2.</translation>
    </message>
    <message>
        <source>The file is damaged: sheet “%1” lists row %2 after row %3.</source>
        <translation>Die Datei ist beschädigt: Tabellenblatt „%1“ führt Zeile %2 nach Zeile %3 auf.</translation>
    </message>
</context>
<context>
    <name>SpreadsheetFormat</name>
    <message>
        <source>The file is in the old Excel format (.xls); save it as .xlsx or CSV.</source>
        <translation>Die Datei hat das alte Excel-Format (.xls); speichern Sie sie als .xlsx oder CSV.</translation>
    </message>
    <message>
        <source>The file is an OpenDocument file of another kind (%1), not a spreadsheet.</source>
        <translation>Die Datei ist ein OpenDocument anderer Art (%1), keine Tabelle.</translation>
    </message>
    <message>
        <source>The file is an Excel binary workbook (.xlsb); save it as .xlsx or CSV.</source>
        <translation>Die Datei ist eine binäre Excel-Arbeitsmappe (.xlsb); speichern Sie sie als .xlsx oder CSV.</translation>
    </message>
    <message>
        <source>The file is an Office document of another kind (such as Word), not a spreadsheet.</source>
        <translation>Die Datei ist ein Office-Dokument anderer Art (etwa Word), keine Tabelle.</translation>
    </message>
    <message>
        <source>The file is a ZIP archive, not an XLSX or ODS workbook.</source>
        <translation>Die Datei ist ein ZIP-Archiv, keine XLSX- oder ODS-Arbeitsmappe.</translation>
    </message>
    <message>
        <source>The file is an old Microsoft Office document, not a spreadsheet Invitedesk reads; save it as .xlsx or CSV.</source>
        <translation>Die Datei ist ein altes Microsoft-Office-Dokument, keine Tabelle, die Invitedesk liest; speichern Sie sie als .xlsx oder CSV.</translation>
    </message>
</context>
<context>
    <name>StatusCountsBar</name>
    <message>
        <source>Show only the rows that are %1</source>
        <translation>Nur Zeilen mit dem Status „%1“ anzeigen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>StatusFilterModel</name>
    <message>
        <source>All rows</source>
        <translation>Alle Zeilen</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
</context>
<context>
    <name>TableDocument</name>
    <message numerus="yes">
        <source>Read %n row(s) from %1 as %2</source>
        <translation>
            <numerusform>%n Zeile aus %1 als %2 gelesen</numerusform>
            <numerusform>%n Zeilen aus %1 als %2 gelesen</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot save the file</source>
        <translation>Die Datei kann nicht gespeichert werden</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n row(s) to %1</source>
        <translation>
            <numerusform>%n Zeile in %1 gespeichert</numerusform>
            <numerusform>%n Zeilen in %1 gespeichert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Invitedesk did not close properly on %1. It kept %n row(s) you had not saved. Restore them?</source>
        <translation>
            <numerusform>Invitedesk wurde am %1 nicht ordnungsgemäß beendet. Es hat %n Zeile aufbewahrt, die Sie nicht gespeichert hatten. Wiederherstellen?</numerusform>
            <numerusform>Invitedesk wurde am %1 nicht ordnungsgemäß beendet. Es hat %n Zeilen aufbewahrt, die Sie nicht gespeichert hatten. Wiederherstellen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Invitedesk did not close properly on %1. It kept %n row(s) of %2 you had not saved. Restore them?</source>
        <translation>
            <numerusform>Invitedesk wurde am %1 nicht ordnungsgemäß beendet. Es hat %n Zeile von %2 aufbewahrt, die Sie nicht gespeichert hatten. Wiederherstellen?</numerusform>
            <numerusform>Invitedesk wurde am %1 nicht ordnungsgemäß beendet. Es hat %n Zeilen von %2 aufbewahrt, die Sie nicht gespeichert hatten. Wiederherstellen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore unsaved invitees</source>
        <translation>Nicht gespeicherte Einzuladende wiederherstellen</translation>
    </message>
    <message>
        <source>Cannot restore the invitees</source>
        <translation>Die Einzuladenden können nicht wiederhergestellt werden</translation>
    </message>
    <message numerus="yes">
        <source>Restored %n unsaved row(s)</source>
        <translation>
            <numerusform>%n nicht gespeicherte Zeile wiederhergestellt</numerusform>
            <numerusform>%n nicht gespeicherte Zeilen wiederhergestellt</numerusform>
        </translation>
    </message>
    <message>
        <source>Open invitees</source>
        <translation>Einzuladende öffnen</translation>
    </message>
    <message>
        <source>Save invitees as CSV</source>
        <translation>Einzuladende als CSV speichern</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>Keine zuletzt geöffneten Dateien</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Nicht gespeicherte Änderungen</translation>
    </message>
    <message>
        <source>The invitee table has changes that are not saved in a file. Save them as CSV first?</source>
        <translation>Die Einladungstabelle hat Änderungen, die nicht in einer Datei gespeichert sind. Zuerst als CSV speichern?</translation>
    </message>
    <message>
        <source>The clipboard holds no text to paste as rows</source>
        <translation>Die Zwischenablage enthält keinen Text, der als Zeilen eingefügt werden kann</translation>
    </message>
    <message>
        <source>Pasted text</source>
        <translation>Eingefügter Text</translation>
    </message>
    <message>
        <source>Cannot paste the rows</source>
        <translation>Die Zeilen können nicht eingefügt werden</translation>
    </message>
    <message>
        <source>The pasted text holds no rows below its header</source>
        <translation>Der eingefügte Text enthält keine Zeilen unter seiner Kopfzeile</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n row(s)</source>
        <translation>
            <numerusform>%n Zeile einfügen</numerusform>
            <numerusform>%n Zeilen einfügen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pasted %n row(s) as %1</source>
        <translation>
            <numerusform>%n Zeile als %1 eingefügt</numerusform>
            <numerusform>%n Zeilen als %1 eingefügt</numerusform>
        </translation>
    </message>
    <message>
        <source>Invitee files (*.csv *.tsv *.txt *.xlsx *.ods);;All files (*)</source>
        <translation>Einladungsdateien (*.csv *.tsv *.txt *.xlsx *.ods);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>TableEditor</name>
    <message numerus="yes">
        <source>Cut %n row(s)</source>
        <translation>
            <numerusform>%n Zeile ausschneiden</numerusform>
            <numerusform>%n Zeilen ausschneiden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cut %n cell(s)</source>
        <translation>
            <numerusform>%n Zelle ausschneiden</numerusform>
            <numerusform>%n Zellen ausschneiden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paste into %n cell(s)</source>
        <translation>
            <numerusform>In %n Zelle einfügen</numerusform>
            <numerusform>In %n Zellen einfügen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paste %n cell(s)</source>
        <translation>
            <numerusform>%n Zelle einfügen</numerusform>
            <numerusform>%n Zellen einfügen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pasted %n row(s)</source>
        <translation>
            <numerusform>%n Zeile eingefügt</numerusform>
            <numerusform>%n Zeilen eingefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Clear %n cell(s)</source>
        <translation>
            <numerusform>%n Zelle leeren</numerusform>
            <numerusform>%n Zellen leeren</numerusform>
        </translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>Zeile hinzufügen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n row(s)</source>
        <translation>
            <numerusform>%n Zeile löschen</numerusform>
            <numerusform>%n Zeilen löschen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n row(s)</source>
        <translation>
            <numerusform>%n Zeile gelöscht</numerusform>
            <numerusform>%n Zeilen gelöscht</numerusform>
        </translation>
    </message>
    <message>
        <source>Fill down</source>
        <translation>Nach unten füllen</translation>
    </message>
    <message>
        <source>Nothing to change: the rows already hold these values</source>
        <translation>Nichts zu ändern: Die Zeilen enthalten diese Werte bereits</translation>
    </message>
    <message numerus="yes">
        <source>Edit %n row(s)</source>
        <translation>
            <numerusform>%n Zeile bearbeiten</numerusform>
            <numerusform>%n Zeilen bearbeiten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Changed %n row(s)</source>
        <translation>
            <numerusform>%n Zeile geändert</numerusform>
            <numerusform>%n Zeilen geändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paste %n address(es)</source>
        <translation>
            <numerusform>%n Adresse einfügen</numerusform>
            <numerusform>%n Adressen einfügen</numerusform>
        </translation>
    </message>
    <message>
        <source>No address pasted</source>
        <translation>Keine Adresse eingefügt</translation>
    </message>
    <message numerus="yes">
        <source>Pasted %n address(es)</source>
        <translation>
            <numerusform>%n Adresse eingefügt</numerusform>
            <numerusform>%n Adressen eingefügt</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message numerus="yes">
        <source>%n repeat(s) removed</source>
        <translation>
            <numerusform>%n Duplikat entfernt</numerusform>
            <numerusform>%n Duplikate entfernt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the table</source>
        <translation>
            <numerusform>%n bereits in der Tabelle</numerusform>
            <numerusform>%n bereits in der Tabelle</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not valid address(es): row(s) %1 — fix them in the table</source>
        <translation>
            <numerusform>%n ungültige Adresse: Zeile %1 — korrigieren Sie sie in der Tabelle</numerusform>
            <numerusform>%n ungültige Adressen: Zeilen %1 — korrigieren Sie sie in der Tabelle</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>TemplateCommand</name>
    <message>
        <source>Write a template file with every supported column and an example row</source>
        <translation>Eine Vorlagendatei mit allen unterstützten Spalten und einer Beispielzeile schreiben</translation>
    </message>
    <message>
        <source>Writes an invitee template: every column Invitedesk reads, one example row.</source>
        <translation>Schreibt eine Einladungsvorlage: jede Spalte, die Invitedesk liest, und eine Beispielzeile.</translation>
    </message>
    <message>
        <source>File format: csv (default) or xlsx.</source>
        <translation>Dateiformat: csv (Standard) oder xlsx.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>Write to FILE instead of standard output.</source>
        <translation>Nach FILE statt in die Standardausgabe schreiben.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;; use -o FILE to name the output</source>
        <translation>unerwartetes Argument &apos;%1&apos;; geben Sie die Ausgabe mit -o FILE an</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos;; choose csv or xlsx</source>
        <translation>unbekanntes Format &apos;%1&apos;; wählen Sie csv oder xlsx</translation>
    </message>
    <message>
        <source>invitedesk-cli template: cannot write %1: %2</source>
        <translation>invitedesk-cli template: %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>xlsx is a binary format; name the file to write with -o FILE</source>
        <translation>xlsx ist ein Binärformat; geben Sie die zu schreibende Datei mit -o FILE an</translation>
    </message>
</context>
<context>
    <name>TextFindBar</name>
    <message>
        <source>Find in body</source>
        <translation>Im Inhalt suchen</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Vorheriger Treffer (Umschalt+F3)</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>Nächster Treffer (F3)</translation>
    </message>
    <message>
        <source>Close the find bar (Esc)</source>
        <translation>Suchleiste schließen (Esc)</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>Suchen:</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Keine Treffer</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Enter: next match, Shift+Enter: previous, Escape: close</source>
        <translation>Enter: nächster Treffer, Umschalt+Enter: vorheriger, Esc: schließen</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Vorheriger Treffer</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Nächster Treffer</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>Suchleiste schließen</translation>
    </message>
</context>
<context>
    <name>UrlLineEdit</name>
    <message>
        <source>https://example.com/welcome</source>
        <translation>https://example.com/welcome</translation>
    </message>
</context>
<context>
    <name>ValidateCommand</name>
    <message>
        <source>Check an invitee file and list every problem by row and column</source>
        <translation>Eine Einladungsdatei prüfen und jedes Problem nach Zeile und Spalte auflisten</translation>
    </message>
    <message>
        <source>Role for rows whose role cell is empty (default: org:member).</source>
        <translation>Rolle für Zeilen mit leerer Rollenzelle (Standard: org:member).</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>ROLE</translation>
    </message>
    <message>
        <source>The invitee file to check.</source>
        <translation>Die zu prüfende Einladungsdatei.</translation>
    </message>
    <message>
        <source>name the file to check</source>
        <translation>Geben Sie die zu prüfende Datei an</translation>
    </message>
    <message>
        <source>give exactly one file, not %1</source>
        <translation>Geben Sie genau eine Datei an, nicht %1</translation>
    </message>
    <message>
        <source>--role &apos;%1&apos; is not a role key; role keys look like org:member</source>
        <translation>--role &apos;%1&apos; ist kein Rollenschlüssel; Rollenschlüssel sehen aus wie org:member</translation>
    </message>
    <message>
        <source>%1: no invitee rows below the header</source>
        <translation>%1: keine Einladungszeilen unter der Kopfzeile</translation>
    </message>
    <message>
        <source>Checks an invitee file (CSV, TSV, XLSX or ODS) without sending anything.
Prints each problem as FILE:ROW: COLUMN: message, then a summary.
Exit status: 0 no problem, 1 some row is invalid or duplicate, 2 the file cannot be used.</source>
        <translation>Prüft eine Einladungsdatei (CSV, TSV, XLSX oder ODS), ohne etwas zu senden.
Gibt jedes Problem als FILE:ROW: COLUMN: Meldung aus, danach eine Zusammenfassung.
Exit-Status: 0 kein Problem, 1 eine Zeile ist ungültig oder doppelt, 2 die Datei ist unbrauchbar.</translation>
    </message>
    <message>
        <source>The sheet to read from an XLSX or ODS workbook (default: the first one).</source>
        <translation>Das Blatt, das aus einer XLSX- oder ODS-Arbeitsmappe gelesen wird (Standard: das erste).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
</context>
<context>
    <name>Validator</name>
    <message>
        <source>not valid JSON: %1 at offset %2</source>
        <translation>kein gültiges JSON: %1 an Position %2</translation>
    </message>
    <message>
        <source>must be a JSON object, not an array</source>
        <translation>muss ein JSON-Objekt sein, kein Array</translation>
    </message>
    <message>
        <source>must be a JSON object, not a string</source>
        <translation>muss ein JSON-Objekt sein, keine Zeichenkette</translation>
    </message>
    <message>
        <source>must be a JSON object, not a number</source>
        <translation>muss ein JSON-Objekt sein, keine Zahl</translation>
    </message>
    <message>
        <source>must be a JSON object, not true or false</source>
        <translation>muss ein JSON-Objekt sein, nicht true oder false</translation>
    </message>
    <message>
        <source>must be a JSON object, not null</source>
        <translation>muss ein JSON-Objekt sein, nicht null</translation>
    </message>
    <message>
        <source>must be a JSON object</source>
        <translation>muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid URL</source>
        <translation>&apos;%1&apos; ist keine gültige URL</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an absolute URL; write it in full, like https://example.com/welcome</source>
        <translation>&apos;%1&apos; ist keine absolute URL; schreiben Sie sie vollständig, etwa https://example.com/welcome</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an http or https URL</source>
        <translation>&apos;%1&apos; ist keine http- oder https-URL</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no host name; write it like https://example.com/welcome</source>
        <translation>&apos;%1&apos; hat keinen Hostnamen; schreiben Sie sie etwa so: https://example.com/welcome</translation>
    </message>
    <message>
        <source>the default role is empty; role keys look like org:member</source>
        <translation>die Standardrolle ist leer; Rollenschlüssel sehen aus wie org:member</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a role key; role keys look like org:admin</source>
        <translation>&apos;%1&apos; ist kein Rollenschlüssel; Rollenschlüssel sehen aus wie org:admin</translation>
    </message>
    <message>
        <source>row %1, %2: %3</source>
        <translation>Zeile %1, %2: %3</translation>
    </message>
    <message>
        <source>missing email address</source>
        <translation>E-Mail-Adresse fehlt</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid email address</source>
        <translation>&apos;%1&apos; ist keine gültige E-Mail-Adresse</translation>
    </message>
    <message>
        <source>no role given and the default role &apos;%1&apos; is not a role key; role keys look like org:admin</source>
        <translation>keine Rolle angegeben, und die Standardrolle &apos;%1&apos; ist kein Rollenschlüssel; Rollenschlüssel sehen aus wie org:admin</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a Clerk user id; user ids look like user_2NNEqL2nrIRdJ194ndJqAHwEfxC</source>
        <translation>&apos;%1&apos; ist keine Clerk-Benutzer-ID; Benutzer-IDs sehen aus wie user_2NNEqL2nrIRdJ194ndJqAHwEfxC</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a whole number of days</source>
        <translation>&apos;%1&apos; ist keine ganze Zahl von Tagen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is out of range; invitations expire in %2 to %3 days</source>
        <translation>&apos;%1&apos; liegt außerhalb des Bereichs; Einladungen laufen nach %2 bis %3 Tagen ab</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a yes or no; write true or false, yes or no, 1 or 0</source>
        <translation>&apos;%1&apos; ist kein Ja oder Nein; schreiben Sie true oder false, yes oder no, 1 oder 0</translation>
    </message>
</context>
<context>
    <name>WaitReason</name>
    <message>
        <source>rate limit: %1 used, next call at %2</source>
        <translation>Ratenlimit: %1 verbraucht, nächster Aufruf um %2</translation>
    </message>
    <message>
        <source>Clerk asked to wait (429): next call at %1</source>
        <translation>Clerk hat um Wartezeit gebeten (429): nächster Aufruf um %1</translation>
    </message>
    <message>
        <source>no definite answer from Clerk (%1): trying again (attempt %2 of %3) at %4</source>
        <translation>keine eindeutige Antwort von Clerk (%1): neuer Versuch (%2 von %3) um %4</translation>
    </message>
    <message>
        <source>looking the invitations up again after an error (%1) at %2</source>
        <translation>Einladungen werden nach einem Fehler (%1) um %2 erneut abgefragt</translation>
    </message>
    <message>
        <source>second</source>
        <translation>Sekunde</translation>
    </message>
    <message>
        <source>minute</source>
        <translation>Minute</translation>
    </message>
    <message>
        <source>hour</source>
        <translation>Stunde</translation>
    </message>
    <message>
        <source>day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>%1 seconds</source>
        <translation>%1 Sekunden</translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <source>The file is damaged: %1 is not well-formed XML.</source>
        <translation>Die Datei ist beschädigt: %1 ist kein wohlgeformtes XML.</translation>
    </message>
    <message>
        <source>The file is not an XLSX workbook: it has no workbook part.</source>
        <translation>Die Datei ist keine XLSX-Arbeitsmappe: Ihr fehlt der Arbeitsmappen-Teil.</translation>
    </message>
    <message>
        <source>The file holds more than %1 different texts; at most %1 are supported.</source>
        <translation>Die Datei enthält mehr als %1 verschiedene Texte; unterstützt werden höchstens %1.</translation>
    </message>
    <message>
        <source>The file is damaged: the part of sheet “%1” is missing.</source>
        <translation>Die Datei ist beschädigt: Der Teil von Blatt „%1“ fehlt.</translation>
    </message>
    <message>
        <source>Sheet “%1” is a chart or dialog sheet, not a table of rows.</source>
        <translation>Blatt „%1“ ist ein Diagramm- oder Dialogblatt, keine Tabelle mit Zeilen.</translation>
    </message>
    <message>
        <source>The file is damaged: sheet “%1”, cell %2%3 refers to a shared text that does not exist.</source>
        <translation>Die Datei ist beschädigt: Blatt „%1“, Zelle %2%3 verweist auf einen gemeinsamen Text, den es nicht gibt.</translation>
    </message>
    <message>
        <source>The file is damaged: %1, line %2: %3.</source>
        <translation>Die Datei ist beschädigt: %1, Zeile %2: %3.</translation>
    </message>
    <message>
        <source>XLSX</source>
        <translation>XLSX</translation>
    </message>
</context>
<context>
    <name>XlsxWriter</name>
    <message>
        <source>Could not write the part %1: %2</source>
        <translation>Der Teil %1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Could not start the workbook: %1</source>
        <translation>Die Arbeitsmappe konnte nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>Could not write the sheet: %1</source>
        <translation>Das Blatt konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Could not write the workbook: %1</source>
        <translation>Die Arbeitsmappe konnte nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>ZipPackage</name>
    <message>
        <source>The file is password-protected; open it in your spreadsheet program and save it without a password.</source>
        <translation>Die Datei ist passwortgeschützt; öffnen Sie sie in Ihrer Tabellenkalkulation und speichern Sie sie ohne Passwort.</translation>
    </message>
    <message>
        <source>The file is damaged: it is not a complete ZIP archive.</source>
        <translation>Die Datei ist beschädigt: Sie ist kein vollständiges ZIP-Archiv.</translation>
    </message>
    <message>
        <source>The file holds %1 parts; at most %2 are supported.</source>
        <translation>Die Datei enthält %1 Teile; unterstützt werden höchstens %2.</translation>
    </message>
    <message>
        <source>The file is damaged: its ZIP directory cannot be read.</source>
        <translation>Die Datei ist beschädigt: Ihr ZIP-Verzeichnis kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The file uses a ZIP compression method (%1) that Invitedesk cannot read; save it again from your spreadsheet program.</source>
        <translation>Die Datei verwendet eine ZIP-Kompressionsmethode (%1), die Invitedesk nicht lesen kann; speichern Sie sie erneut aus Ihrer Tabellenkalkulation.</translation>
    </message>
    <message>
        <source>The file unpacks to more than %1; at most %1 are supported.</source>
        <translation>Entpackt ist die Datei größer als %1; unterstützt werden höchstens %1.</translation>
    </message>
    <message>
        <source>The part “%1” unpacks to %2 from only %3, more than %4 to 1: the file looks like a zip bomb and is not read.</source>
        <translation>Der Teil „%1“ wird aus nur %3 zu %2 entpackt, mehr als %4 zu 1: Die Datei sieht nach einer ZIP-Bombe aus und wird nicht gelesen.</translation>
    </message>
    <message>
        <source>The file is damaged: the part “%1” is missing.</source>
        <translation>Die Datei ist beschädigt: Der Teil „%1“ fehlt.</translation>
    </message>
    <message>
        <source>The file is damaged: the part “%1” cannot be unpacked.</source>
        <translation>Die Datei ist beschädigt: Der Teil „%1“ kann nicht entpackt werden.</translation>
    </message>
    <message>
        <source>The file is damaged: the part “%1” is larger than %2.</source>
        <translation>Die Datei ist beschädigt: Der Teil „%1“ ist größer als %2.</translation>
    </message>
    <message>
        <source>The file is damaged: the part “%1” cannot be unpacked (its data does not match its checksum).</source>
        <translation>Die Datei ist beschädigt: Der Teil „%1“ kann nicht entpackt werden (seine Daten passen nicht zur Prüfsumme).</translation>
    </message>
    <message>
        <source>The file is damaged: the part “%1” ends before the size its ZIP headers declare.</source>
        <translation>Die Datei ist beschädigt: Der Teil „%1“ endet vor der Größe, die seine ZIP-Kopfdaten angeben.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Invite many people into a Clerk organization.</source>
        <translation>Viele Personen in eine Clerk-Organisation einladen.</translation>
    </message>
    <message>
        <source>An invitee file to open.</source>
        <translation>Eine zu öffnende Einladungsdatei.</translation>
    </message>
    <message>
        <source>Send to the built-in sandbox even when a secret key is remembered.</source>
        <translation>An die eingebaute Sandbox senden, auch wenn ein geheimer Schlüssel gemerkt ist.</translation>
    </message>
</context>
</TS>
