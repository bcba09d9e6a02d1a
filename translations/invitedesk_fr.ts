<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Autosave</name>
    <message>
        <source>Cannot write %1</source>
        <translation>Impossible d&apos;écrire %1</translation>
    </message>
    <message>
        <source>There is no autosave to restore</source>
        <translation>Aucune sauvegarde automatique à restaurer</translation>
    </message>
</context>
<context>
    <name>BodyView</name>
    <message>
        <source>&amp;Pretty</source>
        <translation>&amp;Mis en forme</translation>
    </message>
    <message>
        <source>&amp;Raw</source>
        <translation>&amp;Brut</translation>
    </message>
    <message>
        <source>Indented JSON with colours</source>
        <translation>JSON indenté et coloré</translation>
    </message>
    <message>
        <source>The bytes exactly as they were sent or received</source>
        <translation>Les octets tels qu&apos;ils ont été envoyés ou reçus</translation>
    </message>
    <message>
        <source>Save the body exactly as it was sent or received</source>
        <translation>Enregistrer le corps tel qu&apos;il a été envoyé ou reçu</translation>
    </message>
    <message>
        <source>No body.</source>
        <translation>Pas de corps.</translation>
    </message>
    <message>
        <source>Not JSON (%1): shown as text.</source>
        <translation>Pas du JSON (%1)&#xa0;: affiché comme texte.</translation>
    </message>
    <message>
        <source>no content type</source>
        <translation>pas de type de contenu</translation>
    </message>
    <message>
        <source>Not valid UTF-8: shown as Latin-1.</source>
        <translation>UTF-8 non valide&#xa0;: affiché en Latin-1.</translation>
    </message>
    <message>
        <source>Could not save the body to %1: %2</source>
        <translation>Impossible d&apos;enregistrer le corps dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Save body</source>
        <translation>Enregistrer le corps</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Save bod&amp;y…</source>
        <translation>Enregistrer le &amp;corps…</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Corps</translation>
    </message>
    <message>
        <source>Read-only; Ctrl+F finds text in it</source>
        <translation>Lecture seule&#xa0;; Ctrl+F permet d&apos;y rechercher du texte</translation>
    </message>
    <message>
        <source>%1 as indented JSON with colours</source>
        <translation>%1 en JSON indenté et coloré</translation>
    </message>
    <message>
        <source>%1 exactly as it was sent or received</source>
        <translation>%1 tel qu&apos;il a été envoyé ou reçu</translation>
    </message>
</context>
<context>
    <name>BulkEditDialog</name>
    <message numerus="yes">
        <source>Edit %n selected row(s)</source>
        <translation>
            <numerusform>Modifier %n ligne sélectionnée</numerusform>
            <numerusform>Modifier %n lignes sélectionnées</numerusform>
        </translation>
    </message>
    <message>
        <source>empty: the default role</source>
        <translation>vide&#xa0;: le rôle par défaut</translation>
    </message>
    <message>
        <source>empty: sent as the instance</source>
        <translation>vide&#xa0;: envoyé au nom de l&apos;instance</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Par défaut</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Change %1 on every selected row</source>
        <translation>Modifier %1 sur chaque ligne sélectionnée</translation>
    </message>
    <message>
        <source>Only the checked fields change; the others keep each row&apos;s own value.</source>
        <translation>Seuls les champs cochés changent&#xa0;; les autres gardent la valeur propre à chaque ligne.</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Rôle</translation>
    </message>
    <message>
        <source>Redirect &amp;URL</source>
        <translation>&amp;URL de redirection</translation>
    </message>
    <message>
        <source>&amp;Inviter</source>
        <translation>&amp;Invitant</translation>
    </message>
    <message>
        <source>&amp;Expires (days)</source>
        <translation>&amp;Expire (jours)</translation>
    </message>
    <message>
        <source>&amp;Notify</source>
        <translation>&amp;Notifier</translation>
    </message>
    <message>
        <source>Checked: the value beside it is set on every selected row</source>
        <translation>Coché&#xa0;: la valeur à côté est appliquée à chaque ligne sélectionnée</translation>
    </message>
    <message>
        <source>New %1</source>
        <translation>%1 (nouvelle valeur)</translation>
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
        <translation>&quot;%1&quot; n&apos;est pas un identifiant Clerk valide.</translation>
    </message>
    <message>
        <source>no &quot;data&quot; array</source>
        <translation>pas de tableau &quot;data&quot;</translation>
    </message>
</context>
<context>
    <name>ClerkConfig</name>
    <message>
        <source>The Clerk API URL &quot;%1&quot; is not a valid absolute URL.</source>
        <translation>L&apos;URL de l&apos;API Clerk &quot;%1&quot; n&apos;est pas une URL absolue valide.</translation>
    </message>
    <message>
        <source>The Clerk API URL %1 must not contain a user name or password.</source>
        <translation>L&apos;URL de l&apos;API Clerk %1 ne doit contenir ni nom d&apos;utilisateur ni mot de passe.</translation>
    </message>
    <message>
        <source>The Clerk API URL %1 uses plain http to a host that is not a loopback address; use https.</source>
        <translation>L&apos;URL de l&apos;API Clerk %1 utilise http non chiffré vers un hôte qui n&apos;est pas une adresse de bouclage&#xa0;; utilisez https.</translation>
    </message>
    <message>
        <source>The Clerk API URL %1 must start with https://.</source>
        <translation>L&apos;URL de l&apos;API Clerk %1 doit commencer par https://.</translation>
    </message>
    <message>
        <source>No Clerk secret key: set the environment variable CLERK_SECRET_KEY.</source>
        <translation>Aucune clé secrète Clerk&#xa0;: définissez la variable d&apos;environnement CLERK_SECRET_KEY.</translation>
    </message>
    <message>
        <source>The Clerk secret key contains spaces, control or non-ASCII characters.</source>
        <translation>La clé secrète Clerk contient des espaces, des caractères de contrôle ou non ASCII.</translation>
    </message>
    <message>
        <source>The transfer timeout must be a positive number of milliseconds, not %1.</source>
        <translation>Le délai de transfert doit être un nombre positif de millisecondes, pas %1.</translation>
    </message>
    <message>
        <source>development instance</source>
        <translation>instance de développement</translation>
    </message>
    <message>
        <source>production instance</source>
        <translation>instance de production</translation>
    </message>
    <message>
        <source>unknown instance</source>
        <translation>instance inconnue</translation>
    </message>
    <message>
        <source>secret key set</source>
        <translation>clé secrète définie</translation>
    </message>
    <message>
        <source>no secret key</source>
        <translation>pas de clé secrète</translation>
    </message>
    <message>
        <source>%1 (%2, %3, API version %4, timeout %5 ms)</source>
        <translation>%1 (%2, %3, version d&apos;API %4, délai %5 ms)</translation>
    </message>
</context>
<context>
    <name>ClerkError</name>
    <message>
        <source>no response</source>
        <translation>pas de réponse</translation>
    </message>
    <message>
        <source>No complete answer from Clerk: %1</source>
        <translation>Pas de réponse complète de Clerk&#xa0;: %1</translation>
    </message>
    <message>
        <source>The answer HTTP %1 was cut off: %2</source>
        <translation>La réponse HTTP %1 a été tronquée&#xa0;: %2</translation>
    </message>
    <message>
        <source>HTTP %1 with an empty body; the outcome is unknown</source>
        <translation>HTTP %1 avec un corps vide&#xa0;; le résultat est inconnu</translation>
    </message>
    <message>
        <source>HTTP %1 with an empty body</source>
        <translation>HTTP %1 avec un corps vide</translation>
    </message>
    <message>
        <source>HTTP %1 with a JSON body that is not an object</source>
        <translation>HTTP %1 avec un corps JSON qui n&apos;est pas un objet</translation>
    </message>
    <message>
        <source>HTTP %1 with malformed JSON (%2 at byte %3)</source>
        <translation>HTTP %1 avec un JSON mal formé (%2 à l&apos;octet %3)</translation>
    </message>
    <message>
        <source>no content type</source>
        <translation>pas de type de contenu</translation>
    </message>
    <message>
        <source>HTTP %1 from a proxy (%2, not JSON)</source>
        <translation>HTTP %1 venant d&apos;un proxy (%2, pas du JSON)</translation>
    </message>
    <message>
        <source>HTTP %1 without Clerk error details</source>
        <translation>HTTP %1 sans détails d&apos;erreur de Clerk</translation>
    </message>
    <message>
        <source>HTTP %1 with an unexpected body: %2</source>
        <translation>HTTP %1 avec un corps inattendu&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ClerkReplyRecorder</name>
    <message>
        <source>The connection closed before Clerk answered (the request was not sent again)</source>
        <translation>La connexion a été fermée avant la réponse de Clerk (la requête n&apos;a pas été renvoyée)</translation>
    </message>
    <message>
        <source>No complete answer within the transfer timeout of %1 ms</source>
        <translation>Pas de réponse complète dans le délai de transfert de %1 ms</translation>
    </message>
</context>
<context>
    <name>CliOptionParser</name>
    <message>
        <source>Usage: %1</source>
        <translation>Utilisation&#xa0;: %1</translation>
    </message>
    <message>
        <source>invitedesk-cli %1: %2</source>
        <translation>invitedesk-cli %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Run &apos;invitedesk-cli %1 --help&apos; for usage.</source>
        <translation>Lancez &apos;invitedesk-cli %1 --help&apos; pour l&apos;utilisation.</translation>
    </message>
</context>
<context>
    <name>ColumnMapper</name>
    <message>
        <source>Columns %1 (&quot;%2&quot;) and %3 (&quot;%4&quot;) both hold %5; keep one of them.</source>
        <translation>Les colonnes %1 (&quot;%2&quot;) et %3 (&quot;%4&quot;) contiennent toutes deux %5&#xa0;; n&apos;en gardez qu&apos;une.</translation>
    </message>
    <message>
        <source>Column %1 (&quot;%2&quot;) has an empty metadata key; name it like public_metadata.address.city.</source>
        <translation>La colonne %1 (&quot;%2&quot;) a une clé de métadonnées vide&#xa0;; nommez-la par exemple public_metadata.address.city.</translation>
    </message>
    <message>
        <source>no email column: name one of email_address, email, e-mail, mail</source>
        <translation>pas de colonne d&apos;e-mail&#xa0;: nommez une colonne email_address, email, e-mail ou mail</translation>
    </message>
    <message>
        <source>Columns %1 (&quot;%2&quot;) and %3 (&quot;%4&quot;) both set %5; keep one of them.</source>
        <translation>Les colonnes %1 (&quot;%2&quot;) et %3 (&quot;%4&quot;) définissent toutes deux %5&#xa0;; n&apos;en gardez qu&apos;une.</translation>
    </message>
    <message>
        <source>Columns %1 (&quot;%2&quot;) and %3 (&quot;%4&quot;) conflict: %5 cannot hold both a value and nested keys.</source>
        <translation>Les colonnes %1 (&quot;%2&quot;) et %3 (&quot;%4&quot;) sont en conflit&#xa0;: %5 ne peut pas contenir à la fois une valeur et des clés imbriquées.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is to be read from column %2, but there are only %n column(s).</source>
        <translation>
            <numerusform>Le champ %1 doit être lu dans la colonne %2, mais il n&apos;y a que %n colonne.</numerusform>
            <numerusform>Le champ %1 doit être lu dans la colonne %2, mais il n&apos;y a que %n colonnes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommandLineApp</name>
    <message>
        <source>invitedesk-cli: unknown command &apos;%1&apos;; see &apos;invitedesk-cli --help&apos;</source>
        <translation>invitedesk-cli&#xa0;: commande inconnue &apos;%1&apos;&#xa0;; voir &apos;invitedesk-cli --help&apos;</translation>
    </message>
    <message>
        <source>Usage: invitedesk-cli COMMAND [OPTIONS]</source>
        <translation>Utilisation&#xa0;: invitedesk-cli COMMANDE [OPTIONS]</translation>
    </message>
    <message>
        <source>Invite many people into one Clerk organization from a CSV file.</source>
        <translation>Inviter de nombreuses personnes dans une organisation Clerk à partir d&apos;un fichier CSV.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commandes&#xa0;:</translation>
    </message>
    <message>
        <source>Run &apos;invitedesk-cli COMMAND --help&apos; for the options of a command.</source>
        <translation>Lancez &apos;invitedesk-cli COMMANDE --help&apos; pour les options d&apos;une commande.</translation>
    </message>
    <message>
        <source>The secret key is read from the environment variable CLERK_SECRET_KEY, never from an argument.</source>
        <translation>La clé secrète est lue dans la variable d&apos;environnement CLERK_SECRET_KEY, jamais dans un argument.</translation>
    </message>
</context>
<context>
    <name>Connection</name>
    <message>
        <source>Enter the secret key for %1, or clear the API base URL to use the sandbox.</source>
        <translation>Saisissez la clé secrète de %1, ou videz l&apos;URL de base de l&apos;API pour utiliser la sandbox.</translation>
    </message>
    <message>
        <source>The secret key must start with sk_test_ or sk_live_: copy it from API keys in the Clerk Dashboard.</source>
        <translation>La clé secrète doit commencer par sk_test_ ou sk_live_&#xa0;: copiez-la depuis «&#xa0;API keys&#xa0;» dans le Clerk Dashboard.</translation>
    </message>
    <message>
        <source>The built-in sandbox could not start on 127.0.0.1: %1</source>
        <translation>La sandbox intégrée n&apos;a pas pu démarrer sur 127.0.0.1&#xa0;: %1</translation>
    </message>
    <message>
        <source>Enter the secret key of your Clerk instance in Settings.</source>
        <translation>Saisissez la clé secrète de votre instance Clerk dans les paramètres.</translation>
    </message>
    <message>
        <source>the built-in sandbox at %1</source>
        <translation>la sandbox intégrée à l&apos;adresse %1</translation>
    </message>
    <message>
        <source>the development instance at %1</source>
        <translation>l&apos;instance de développement à l&apos;adresse %1</translation>
    </message>
    <message>
        <source>the production instance at %1</source>
        <translation>l&apos;instance de production à l&apos;adresse %1</translation>
    </message>
    <message>
        <source>the organizations</source>
        <translation>les organisations</translation>
    </message>
    <message>
        <source>the instance&apos;s organization roles</source>
        <translation>les rôles d&apos;organisation de l&apos;instance</translation>
    </message>
    <message>
        <source>the members of organization %1</source>
        <translation>les membres de l&apos;organisation %1</translation>
    </message>
    <message>
        <source>Clerk did not accept the secret key (HTTP 401) while reading %1: enter the right key in Settings.</source>
        <translation>Clerk n&apos;a pas accepté la clé secrète (HTTP 401) en lisant %1&#xa0;: saisissez la bonne clé dans les paramètres.</translation>
    </message>
    <message>
        <source>Clerk refused to show %1 (HTTP 403: %2): use a secret key of the instance that owns the organization.</source>
        <translation>Clerk a refusé d&apos;afficher %1 (HTTP 403&#xa0;: %2)&#xa0;: utilisez une clé secrète de l&apos;instance à laquelle appartient l&apos;organisation.</translation>
    </message>
    <message>
        <source>Organization %1 does not exist in %2 (HTTP 404): choose another organization.</source>
        <translation>L&apos;organisation %1 n&apos;existe pas dans %2 (HTTP 404)&#xa0;: choisissez une autre organisation.</translation>
    </message>
    <message>
        <source>Could not read %1 from %2 (%3): check the API base URL in Settings and the network connection.</source>
        <translation>Impossible de lire %1 depuis %2 (%3)&#xa0;: vérifiez l&apos;URL de base de l&apos;API dans les paramètres et la connexion réseau.</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ConnectionSetup</name>
    <message>
        <source>&amp;Settings…</source>
        <translation>Para&amp;mètres…</translation>
    </message>
    <message>
        <source>&amp;Organization…</source>
        <translation>&amp;Organisation…</translation>
    </message>
    <message>
        <source>API base URL, secret key, rate limit, timeouts and language</source>
        <translation>URL de base de l&apos;API, clé secrète, limite de débit, délais et langue</translation>
    </message>
    <message>
        <source>Choose the organization to invite into</source>
        <translation>Choisir l&apos;organisation dans laquelle inviter</translation>
    </message>
    <message>
        <source>The remembered secret key is no longer in the system keychain.</source>
        <translation>La clé secrète mémorisée n&apos;est plus dans le trousseau du système.</translation>
    </message>
    <message>
        <source>%1 Sending goes to the built-in sandbox until you enter a key in Settings.</source>
        <translation>%1 L&apos;envoi se fait vers la sandbox intégrée jusqu&apos;à ce que vous saisissiez une clé dans les paramètres.</translation>
    </message>
    <message>
        <source>Using the sandbox</source>
        <translation>Utilisation de la sandbox</translation>
    </message>
    <message>
        <source>No organization chosen</source>
        <translation>Aucune organisation choisie</translation>
    </message>
    <message>
        <source>Organization: %1</source>
        <translation>Organisation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Organization: %1 (%2)</source>
        <translation>Organisation&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>Invitations go into this organization: change it with Invitations ▸ Organization…</source>
        <translation>Les invitations vont dans cette organisation&#xa0;: changez-la avec Invitations ▸ Organisation…</translation>
    </message>
    <message>
        <source>Reading the secret key from the system keychain…</source>
        <translation>Lecture de la clé secrète dans le trousseau du système…</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>Cannot open “%1”: %2.</source>
        <translation>Impossible d&apos;ouvrir «&#xa0;%1&#xa0;»&#xa0;: %2.</translation>
    </message>
    <message>
        <source>“%1” is too large (%2); files up to %3 are supported.</source>
        <translation>«&#xa0;%1&#xa0;» est trop volumineux (%2)&#xa0;; les fichiers jusqu&apos;à %3 sont pris en charge.</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2.</source>
        <translation>Impossible de lire «&#xa0;%1&#xa0;»&#xa0;: %2.</translation>
    </message>
    <message>
        <source>“%1” is too large (more than %2); files up to %2 are supported.</source>
        <translation>«&#xa0;%1&#xa0;» est trop volumineux (plus de %2)&#xa0;; les fichiers jusqu&apos;à %2 sont pris en charge.</translation>
    </message>
    <message>
        <source>The file is too large (%1); files up to %2 are supported.</source>
        <translation>Le fichier est trop volumineux (%1)&#xa0;; les fichiers jusqu&apos;à %2 sont pris en charge.</translation>
    </message>
    <message>
        <source>The file does not contain text; it looks like binary data such as an image or an archive.</source>
        <translation>Le fichier ne contient pas de texte&#xa0;; il ressemble à des données binaires, comme une image ou une archive.</translation>
    </message>
    <message>
        <source>“%1” cannot be used as the column separator.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas servir de séparateur de colonnes.</translation>
    </message>
    <message>
        <source>Row %1, column %2 opens a quoted value that is never closed (a closing %3 is missing).</source>
        <translation>Ligne %1, colonne %2&#xa0;: une valeur entre guillemets n&apos;est jamais fermée (il manque un %3 fermant).</translation>
    </message>
    <message>
        <source>Row %1, column %2 holds more than %3 characters; at most %3 are supported.</source>
        <translation>Ligne %1, colonne %2&#xa0;: plus de %3 caractères&#xa0;; %3 au maximum sont pris en charge.</translation>
    </message>
    <message>
        <source>Row %1 has %2 columns; at most %3 are supported.</source>
        <translation>La ligne %1 a %2 colonnes&#xa0;; %3 au maximum sont prises en charge.</translation>
    </message>
    <message>
        <source>The file has more than %1 data rows; at most %1 are supported.</source>
        <translation>Le fichier a plus de %1 lignes de données&#xa0;; %1 au maximum sont prises en charge.</translation>
    </message>
    <message>
        <source>The file is empty: it has no header row and no data.</source>
        <translation>Le fichier est vide&#xa0;: il n&apos;a ni ligne d&apos;en-tête ni données.</translation>
    </message>
</context>
<context>
    <name>DeliveryRun</name>
    <message>
        <source>could not find out whether bulk call %1 reached Clerk (%2): run again to resume</source>
        <translation>impossible de savoir si l&apos;appel groupé %1 a atteint Clerk (%2)&#xa0;: relancez pour reprendre</translation>
    </message>
    <message>
        <source>row %1: no definite answer from Clerk after %2 attempts (%3)</source>
        <translation>ligne %1&#xa0;: pas de réponse définitive de Clerk après %2 tentatives (%3)</translation>
    </message>
    <message>
        <source>could not read %1 before sending: %2</source>
        <translation>impossible de lire %1 avant l&apos;envoi&#xa0;: %2</translation>
    </message>
    <message>
        <source>journal: %1</source>
        <translation>journal&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>DryRunPrinter</name>
    <message>
        <source>call %1 of %2 (rows %3): POST %4</source>
        <translation>appel %1 sur %2 (lignes %3)&#xa0;: POST %4</translation>
    </message>
</context>
<context>
    <name>DuplicateEmails</name>
    <message>
        <source>same email as row %1</source>
        <translation>même e-mail que la ligne %1</translation>
    </message>
</context>
<context>
    <name>DurationText</name>
    <message>
        <source>less than a minute</source>
        <translation>moins d&apos;une minute</translation>
    </message>
    <message>
        <source>about %1 min</source>
        <translation>environ %1 min</translation>
    </message>
    <message>
        <source>about %1 h</source>
        <translation>environ %1 h</translation>
    </message>
    <message>
        <source>about %1 h %2 min</source>
        <translation>environ %1 h %2 min</translation>
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
            <numerusform>environ %Ln minute</numerusform>
            <numerusform>environ %Ln minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %Ln hour(s)</source>
        <translation>
            <numerusform>environ %Ln heure</numerusform>
            <numerusform>environ %Ln heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %Ln day(s)</source>
        <translation>
            <numerusform>environ %Ln jour</numerusform>
            <numerusform>environ %Ln jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln call(s) per %1</source>
        <translation>
            <numerusform>%Ln appel par %1</numerusform>
            <numerusform>%Ln appels par %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EditCellCommand</name>
    <message>
        <source>Edit %1 in row %2</source>
        <translation>Modifier %1 à la ligne %2</translation>
    </message>
</context>
<context>
    <name>EditorActions</name>
    <message>
        <source>&amp;Fit Columns</source>
        <translation>&amp;Ajuster les colonnes</translation>
    </message>
    <message>
        <source>Size the columns to their contents</source>
        <translation>Adapter la largeur des colonnes à leur contenu</translation>
    </message>
    <message>
        <source>&amp;About Invitedesk</source>
        <translation>À &amp;propos d&apos;Invitedesk</translation>
    </message>
    <message>
        <source>Version and licence</source>
        <translation>Version et licence</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>The Qt version Invitedesk runs on</source>
        <translation>La version de Qt sur laquelle Invitedesk fonctionne</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <source>Start an empty invitee table</source>
        <translation>Commencer une table d&apos;invités vide</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Save as &amp;CSV…</source>
        <translation>Enregistrer en &amp;CSV…</translation>
    </message>
    <message>
        <source>Write the table to a CSV file Invitedesk can open again</source>
        <translation>Écrire la table dans un fichier CSV qu&apos;Invitedesk peut rouvrir</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Close Invitedesk</source>
        <translation>Fermer Invitedesk</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Take back the last change</source>
        <translation>Annuler la dernière modification</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Make the change taken back again</source>
        <translation>Refaire la modification annulée</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Annuler&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Rétablir&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Co&amp;uper</translation>
    </message>
    <message>
        <source>Copy the selected cells and clear them (whole rows: remove them)</source>
        <translation>Copier les cellules sélectionnées et les vider (lignes entières&#xa0;: les supprimer)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copy the selected cells as tab-separated text</source>
        <translation>Copier les cellules sélectionnées en texte séparé par des tabulations</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>C&amp;oller</translation>
    </message>
    <message>
        <source>Paste cells from a spreadsheet at the selection; extra rows are added</source>
        <translation>Coller des cellules d&apos;un tableur à la sélection&#xa0;; les lignes en plus sont ajoutées</translation>
    </message>
    <message>
        <source>C&amp;lear Cells</source>
        <translation>&amp;Vider les cellules</translation>
    </message>
    <message>
        <source>Empty the selected cells</source>
        <translation>Vider les cellules sélectionnées</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Tout sélectionner</translation>
    </message>
    <message>
        <source>Select every visible cell</source>
        <translation>Sélectionner toutes les cellules visibles</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>Rec&amp;hercher…</translation>
    </message>
    <message>
        <source>Look for text in every cell</source>
        <translation>Chercher du texte dans toutes les cellules</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>Occurrence &amp;suivante</translation>
    </message>
    <message>
        <source>Go to the next cell holding the text</source>
        <translation>Aller à la cellule suivante contenant le texte</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>Occurrence &amp;précédente</translation>
    </message>
    <message>
        <source>Go to the previous cell holding the text</source>
        <translation>Aller à la cellule précédente contenant le texte</translation>
    </message>
    <message>
        <source>Fill &amp;Down</source>
        <translation>Remplir vers le &amp;bas</translation>
    </message>
    <message>
        <source>Copy the top selected cell of each column into the cells below it</source>
        <translation>Copier la première cellule sélectionnée de chaque colonne dans les cellules en dessous</translation>
    </message>
    <message>
        <source>&amp;Add Row</source>
        <translation>&amp;Ajouter une ligne</translation>
    </message>
    <message>
        <source>Insert an empty row below the current one</source>
        <translation>Insérer une ligne vide sous la ligne courante</translation>
    </message>
    <message>
        <source>&amp;Delete Rows</source>
        <translation>&amp;Supprimer les lignes</translation>
    </message>
    <message>
        <source>Remove the rows of the selected cells</source>
        <translation>Supprimer les lignes des cellules sélectionnées</translation>
    </message>
    <message>
        <source>&amp;Bulk Edit…</source>
        <translation>&amp;Modifier en bloc…</translation>
    </message>
    <message>
        <source>Set role, redirect URL, inviter, expiry or notify on the selected rows</source>
        <translation>Définir le rôle, l&apos;URL de redirection, l&apos;invitant, l&apos;expiration ou la notification des lignes sélectionnées</translation>
    </message>
    <message>
        <source>&amp;Validate</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <source>Go to the first cell Clerk would refuse</source>
        <translation>Aller à la première cellule que Clerk refuserait</translation>
    </message>
    <message>
        <source>&amp;Send Invitations</source>
        <translation>&amp;Envoyer les invitations</translation>
    </message>
    <message>
        <source>Send every row without a problem to Clerk</source>
        <translation>Envoyer à Clerk chaque ligne sans problème</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>Arrê&amp;ter</translation>
    </message>
    <message>
        <source>Stop sending; the run resumes later from where it stopped</source>
        <translation>Arrêter l&apos;envoi&#xa0;; l&apos;exécution reprendra plus tard là où elle s&apos;est arrêtée</translation>
    </message>
    <message>
        <source>Read invitees from a CSV, TSV, XLSX or ODS file</source>
        <translation>Lire des invités depuis un fichier CSV, TSV, XLSX ou ODS</translation>
    </message>
    <message>
        <source>Paste R&amp;ows…</source>
        <translation>Coller des &amp;lignes…</translation>
    </message>
    <message>
        <source>Add the clipboard&apos;s rows to the table, choosing how its columns map to Invitedesk&apos;s fields</source>
        <translation>Ajouter les lignes du presse-papiers à la table, en choisissant à quels champs d&apos;Invitedesk correspondent ses colonnes</translation>
    </message>
</context>
<context>
    <name>EditorModel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (par défaut)</translation>
    </message>
    <message>
        <source>default</source>
        <translation>par défaut</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>What validation or the last run made of the row</source>
        <translation>Ce que la vérification ou la dernière exécution a fait de la ligne</translation>
    </message>
</context>
<context>
    <name>EditorView</name>
    <message>
        <source>Show only the rows with this status</source>
        <translation>N&apos;afficher que les lignes ayant ce statut</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtre de statut</translation>
    </message>
    <message>
        <source>Row %1, %2</source>
        <translation>Ligne %1, %2</translation>
    </message>
    <message>
        <source>%1 (search wrapped around)</source>
        <translation>%1 (recherche reprise au début)</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is in no visible cell</source>
        <translation>&apos;%1&apos; ne figure dans aucune cellule visible</translation>
    </message>
    <message numerus="yes">
        <source>No problems: %n row(s) ready to send</source>
        <translation>
            <numerusform>Aucun problème&#xa0;: %n ligne prête à l&apos;envoi</numerusform>
            <numerusform>Aucun problème&#xa0;: %n lignes prêtes à l&apos;envoi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to fix; the first: %1</source>
        <translation>
            <numerusform>%n problème à corriger&#xa0;; le premier&#xa0;: %1</numerusform>
            <numerusform>%n problèmes à corriger&#xa0;; le premier&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, row %2</source>
        <translation>%1, ligne %2</translation>
    </message>
    <message>
        <source>Select the rows to edit first</source>
        <translation>Sélectionnez d&apos;abord les lignes à modifier</translation>
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
        <translation>Sandbox&#xa0;: un Clerk simulé sur cet ordinateur. Rien n&apos;est envoyé nulle part et personne ne reçoit d&apos;e-mail.</translation>
    </message>
    <message>
        <source>Test: a Clerk development instance (sk_test_ key). Invitations are real but only for testing.</source>
        <translation>Test&#xa0;: une instance de développement Clerk (clé sk_test_). Les invitations sont réelles mais servent seulement aux tests.</translation>
    </message>
    <message>
        <source>Live: your Clerk production instance (sk_live_ key). Real people get real invitations.</source>
        <translation>Live&#xa0;: votre instance de production Clerk (clé sk_live_). De vraies personnes reçoivent de vraies invitations.</translation>
    </message>
    <message>
        <source>%1 Sending goes to %2.</source>
        <translation>%1 L&apos;envoi se fait vers %2.</translation>
    </message>
    <message>
        <source>Environment: %1</source>
        <translation>Environnement&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ExchangeListModel</name>
    <message>
        <source>Not sent</source>
        <translation>Non envoyé</translation>
    </message>
    <message>
        <source>No response</source>
        <translation>Pas de réponse</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 octets</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Chemin</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
</context>
<context>
    <name>ExchangeView</name>
    <message>
        <source>Copy as cURL</source>
        <translation>Copier en cURL</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Requête</translation>
    </message>
    <message>
        <source>Select an exchange to see it in full.</source>
        <translation>Sélectionnez un échange pour le voir en entier.</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Non envoyé&#xa0;: %1</translation>
    </message>
    <message>
        <source>No response: %1</source>
        <translation>Pas de réponse&#xa0;: %1</translation>
    </message>
    <message>
        <source>the connection ended without an answer</source>
        <translation>la connexion s&apos;est terminée sans réponse</translation>
    </message>
    <message>
        <source>%1, then the transfer failed: %2</source>
        <translation>%1, puis le transfert a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>Started %1 · wait %2 ms · total %3 ms · response %4</source>
        <translation>Démarré %1 · attente %2 ms · total %3 ms · réponse %4</translation>
    </message>
    <message>
        <source>Copy as c&amp;URL</source>
        <translation>Copier en c&amp;URL</translation>
    </message>
    <message>
        <source>Copy a curl command that repeats this request (Ctrl+Shift+C); it reads the key from $CLERK_SECRET_KEY, so the key itself is never copied</source>
        <translation>Copier une commande curl qui répète cette requête (Ctrl+Maj+C)&#xa0;; elle lit la clé dans $CLERK_SECRET_KEY, la clé elle-même n&apos;est donc jamais copiée</translation>
    </message>
    <message>
        <source>Response headers</source>
        <translation>En-têtes de la réponse</translation>
    </message>
    <message>
        <source>Request headers</source>
        <translation>En-têtes de la requête</translation>
    </message>
    <message>
        <source>Response body</source>
        <translation>Corps de la réponse</translation>
    </message>
    <message>
        <source>Request body</source>
        <translation>Corps de la requête</translation>
    </message>
    <message>
        <source>Response or request</source>
        <translation>Réponse ou requête</translation>
    </message>
    <message>
        <source>Save the response body</source>
        <translation>Enregistrer le corps de la réponse</translation>
    </message>
    <message>
        <source>Save the request body</source>
        <translation>Enregistrer le corps de la requête</translation>
    </message>
</context>
<context>
    <name>ExpiryDelegate</name>
    <message>
        <source>default</source>
        <translation>par défaut</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in every cell</source>
        <translation>Rechercher dans toutes les cellules</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Occurrence précédente (Maj+F3)</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Occurrence précédente</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>Occurrence suivante (F3)</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Occurrence suivante</translation>
    </message>
    <message>
        <source>Close the find bar (Esc)</source>
        <translation>Fermer la barre de recherche (Échap)</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>Fermer la barre de recherche</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>Rechercher&#xa0;:</translation>
    </message>
    <message>
        <source>Enter: next match, Shift+Enter: previous, Escape: close</source>
        <translation>Entrée&#xa0;: occurrence suivante, Maj+Entrée&#xa0;: précédente, Échap&#xa0;: fermer</translation>
    </message>
</context>
<context>
    <name>HarWriter</name>
    <message>
        <source>No response was received.</source>
        <translation>Aucune réponse n&apos;a été reçue.</translation>
    </message>
    <message>
        <source>Could not write the HTTP archive to %1: %2</source>
        <translation>Impossible d&apos;écrire l&apos;archive HTTP dans %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>HeaderTable</name>
    <message>
        <source>Header</source>
        <translation>En-tête</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
</context>
<context>
    <name>HtmlTableReader</name>
    <message numerus="yes">
        <source>The table on the clipboard is larger than %n character(s).</source>
        <translation>
            <numerusform>Le tableau du presse-papiers dépasse %n caractère.</numerusform>
            <numerusform>Le tableau du presse-papiers dépasse %n caractères.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The table on the clipboard has more than %n row(s).</source>
        <translation>
            <numerusform>Le tableau du presse-papiers a plus de %n ligne.</numerusform>
            <numerusform>Le tableau du presse-papiers a plus de %n lignes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Row %1 of the table on the clipboard has more than %n column(s).</source>
        <translation>
            <numerusform>La ligne %1 du tableau du presse-papiers a plus de %n colonne.</numerusform>
            <numerusform>La ligne %1 du tableau du presse-papiers a plus de %n colonnes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Row %1, column %2 of the table on the clipboard is longer than %n character(s).</source>
        <translation>
            <numerusform>La cellule de la ligne %1, colonne %2 du tableau du presse-papiers dépasse %n caractère.</numerusform>
            <numerusform>La cellule de la ligne %1, colonne %2 du tableau du presse-papiers dépasse %n caractères.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The table on the clipboard has more than %n cell(s) (at row %1).</source>
        <translation>
            <numerusform>Le tableau du presse-papiers a plus de %n cellule (à la ligne %1).</numerusform>
            <numerusform>Le tableau du presse-papiers a plus de %n cellules (à la ligne %1).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Paste rows</source>
        <translation>Coller des lignes</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>Importer %1</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <source>Preview of the first rows</source>
        <translation>Aperçu des premières lignes</translation>
    </message>
    <message>
        <source>The first rows as Invitedesk will read them; cells with a problem show a warning icon and the reason in their tooltip</source>
        <translation>Les premières lignes telles qu&apos;Invitedesk les lira&#xa0;; les cellules qui posent problème affichent une icône d&apos;avertissement et la raison dans leur infobulle</translation>
    </message>
    <message>
        <source>Previe&amp;w of the first rows, as Invitedesk will read them:</source>
        <translation>&amp;Aperçu des premières lignes, telles qu&apos;Invitedesk les lira&#xa0;:</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Coller</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>E&amp;mail:</source>
        <translation>E-&amp;mail&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle&#xa0;:</translation>
    </message>
    <message>
        <source>Re&amp;direct URL:</source>
        <translation>&amp;URL de redirection&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Inviter:</source>
        <translation>&amp;Invitant&#xa0;:</translation>
    </message>
    <message>
        <source>E&amp;xpires in days:</source>
        <translation>E&amp;xpire (jours)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Notify:</source>
        <translation>&amp;Notifier&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Public metadata:</source>
        <translation>Métadonnées &amp;publiques&#xa0;:</translation>
    </message>
    <message>
        <source>Pri&amp;vate metadata:</source>
        <translation>Métadonnées pri&amp;vées&#xa0;:</translation>
    </message>
    <message>
        <source>Source column for %1</source>
        <translation>Colonne source pour %1</translation>
    </message>
    <message>
        <source>(not present)</source>
        <translation>(absente)</translation>
    </message>
    <message>
        <source>(the %1.… columns)</source>
        <translation>(les colonnes %1.…)</translation>
    </message>
    <message>
        <source>%1 (e.g. %2)</source>
        <translation>%1 (p. ex. %2)</translation>
    </message>
    <message numerus="yes">
        <source>Read as %1. The first %n row(s) are shown.</source>
        <translation>
            <numerusform>Lecture&#xa0;: %1. %n ligne est affichée.</numerusform>
            <numerusform>Lecture&#xa0;: %1. Les %n premières lignes sont affichées.</numerusform>
        </translation>
    </message>
    <message>
        <source>pasted text</source>
        <translation>texte collé</translation>
    </message>
    <message>
        <source>No column is mapped to the email address. Choose the column that holds the addresses under Email: Invitedesk cannot invite anyone without them.</source>
        <translation>Aucune colonne n&apos;est associée à l&apos;adresse e-mail. Choisissez sous E-mail la colonne qui contient les adresses&#xa0;: Invitedesk ne peut inviter personne sans elles.</translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) in these rows would be refused; hover over a marked cell to see why. You can fix them in the table after the import.</source>
        <translation>
            <numerusform>%n cellule de ces lignes serait refusée&#xa0;; survolez une cellule signalée pour en voir la raison. Vous pourrez la corriger dans la table après l&apos;importation.</numerusform>
            <numerusform>%n cellules de ces lignes seraient refusées&#xa0;; survolez une cellule signalée pour en voir la raison. Vous pourrez les corriger dans la table après l&apos;importation.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportOptions</name>
    <message>
        <source>Column %1</source>
        <translation>Colonne %1</translation>
    </message>
</context>
<context>
    <name>ImportOptionsBox</name>
    <message>
        <source>Reading</source>
        <translation>Lecture</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Encodage</translation>
    </message>
    <message>
        <source>Separator</source>
        <translation>Séparateur</translation>
    </message>
    <message>
        <source>Quote character</source>
        <translation>Caractère de guillemet</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Feuille</translation>
    </message>
    <message>
        <source>First row holds the &amp;headers</source>
        <translation>La première ligne contient les en-&amp;têtes</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatique</translation>
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
        <translation>Windows-1252 (Europe occidentale)</translation>
    </message>
    <message>
        <source>ISO-8859-1 (Latin-1)</source>
        <translation>ISO-8859-1 (Latin-1)</translation>
    </message>
    <message>
        <source>ISO-8859-15 (Latin-9, with €)</source>
        <translation>ISO-8859-15 (Latin-9, avec €)</translation>
    </message>
    <message>
        <source>Comma (,)</source>
        <translation>Virgule (,)</translation>
    </message>
    <message>
        <source>Semicolon (;)</source>
        <translation>Point-virgule (;)</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulation</translation>
    </message>
    <message>
        <source>Vertical bar (|)</source>
        <translation>Barre verticale (|)</translation>
    </message>
    <message>
        <source>Other character</source>
        <translation>Autre caractère</translation>
    </message>
    <message>
        <source>Other separator character</source>
        <translation>Autre caractère de séparation</translation>
    </message>
    <message>
        <source>Double quote (&quot;)</source>
        <translation>Guillemet double (&quot;)</translation>
    </message>
    <message>
        <source>Single quote (&apos;)</source>
        <translation>Guillemet simple (&apos;)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>First row holds the headers</source>
        <translation>La première ligne contient les en-têtes</translation>
    </message>
    <message>
        <source>Rows to skip before the header</source>
        <translation>Lignes à ignorer avant l&apos;en-tête</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Encodage&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Separator:</source>
        <translation>&amp;Séparateur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Quote character:</source>
        <translation>Caractère de &amp;guillemet&#xa0;:</translation>
    </message>
    <message>
        <source>Shee&amp;t:</source>
        <translation>&amp;Feuille&#xa0;:</translation>
    </message>
    <message>
        <source>Rows to s&amp;kip before the header:</source>
        <translation>&amp;Lignes à ignorer avant l&apos;en-tête&#xa0;:</translation>
    </message>
    <message>
        <source>Automatic (%1)</source>
        <translation>Automatique (%1)</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulation</translation>
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
        <translation>Problème&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ImportRows</name>
    <message>
        <source>no email column: choose the column that holds the email addresses</source>
        <translation>pas de colonne d&apos;e-mail&#xa0;: choisissez la colonne qui contient les adresses e-mail</translation>
    </message>
    <message>
        <source>no email column: no cell of the first row holds an email address</source>
        <translation>pas de colonne d&apos;e-mail&#xa0;: aucune cellule de la première ligne ne contient d&apos;adresse e-mail</translation>
    </message>
    <message numerus="yes">
        <source>Nothing is left to read after skipping the first %n row(s).</source>
        <translation>
            <numerusform>Il ne reste rien à lire après avoir ignoré %n ligne.</numerusform>
            <numerusform>Il ne reste rien à lire après avoir ignoré les %n premières lignes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportSource</name>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>InputCheckPrinter</name>
    <message>
        <source>%1: checked %2: %3 ready to send, %4 invalid, %5 duplicate</source>
        <translation>%1&#xa0;: %2 vérifiées&#xa0;: %3 prêtes à l&apos;envoi, %4 non valides, %5 en double</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n ligne</numerusform>
            <numerusform>%n lignes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Invitee</name>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Redirect URL</source>
        <translation>URL de redirection</translation>
    </message>
    <message>
        <source>Inviter</source>
        <translation>Invitant</translation>
    </message>
    <message>
        <source>Expires (days)</source>
        <translation>Expire (jours)</translation>
    </message>
    <message>
        <source>Notify</source>
        <translation>Notifier</translation>
    </message>
    <message>
        <source>Public metadata</source>
        <translation>Métadonnées publiques</translation>
    </message>
    <message>
        <source>Private metadata</source>
        <translation>Métadonnées privées</translation>
    </message>
</context>
<context>
    <name>InviteeCsvFile</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>InviteeImporter</name>
    <message>
        <source>tab</source>
        <translation>tabulation</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>CSV (%1, %2 separated)</source>
        <translation>CSV (%1, séparé par %2)</translation>
    </message>
    <message>
        <source>The file is named .%1 but is not a workbook Invitedesk can read.</source>
        <translation>Le fichier porte l&apos;extension .%1 mais n&apos;est pas un classeur qu&apos;Invitedesk sait lire.</translation>
    </message>
    <message>
        <source>The file is named .%1 but holds text, not a workbook (it looks like CSV); if it is CSV, rename it to .csv.</source>
        <translation>Le fichier porte l&apos;extension .%1 mais contient du texte, pas un classeur (il ressemble à du CSV)&#xa0;; si c&apos;est du CSV, renommez-le en .csv.</translation>
    </message>
    <message>
        <source>The file is delimited text, which has no sheets; a sheet (“%1”) can only be chosen in an XLSX or ODS workbook.</source>
        <translation>Le fichier est du texte délimité, sans feuilles&#xa0;; une feuille («&#xa0;%1&#xa0;») ne peut être choisie que dans un classeur XLSX ou ODS.</translation>
    </message>
    <message>
        <source>sheet “%1”: %2</source>
        <translation>feuille «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 workbook, sheet “%2”</source>
        <translation>classeur %1, feuille «&#xa0;%2&#xa0;»</translation>
    </message>
</context>
<context>
    <name>InviteeTableView</name>
    <message>
        <source>Invitees</source>
        <translation>Invités</translation>
    </message>
    <message>
        <source>One invitee per row. Type to replace a cell, F2 to edit it, Enter or F2 on a metadata cell opens the JSON editor, Space toggles Notify. Problem cells carry a warning icon and say what is wrong in their tooltip.</source>
        <translation>Un invité par ligne. Tapez pour remplacer une cellule, F2 pour la modifier, Entrée ou F2 sur une cellule de métadonnées ouvre l&apos;éditeur JSON, Espace bascule Notifier. Les cellules qui posent problème portent une icône d&apos;avertissement et indiquent dans leur infobulle ce qui ne va pas.</translation>
    </message>
    <message>
        <source>%1, row %2</source>
        <translation>%1, ligne %2</translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <source>no journal file was given</source>
        <translation>aucun fichier journal n&apos;a été indiqué</translation>
    </message>
    <message>
        <source>journal %1 is a folder, not a file</source>
        <translation>le journal %1 est un dossier, pas un fichier</translation>
    </message>
    <message>
        <source>cannot create journal %1: folder %2 does not exist</source>
        <translation>impossible de créer le journal %1&#xa0;: le dossier %2 n&apos;existe pas</translation>
    </message>
    <message>
        <source>cannot write journal %1: the file is read-only</source>
        <translation>impossible d&apos;écrire le journal %1&#xa0;: le fichier est en lecture seule</translation>
    </message>
    <message>
        <source>cannot write journal %1: folder %2 is read-only</source>
        <translation>impossible d&apos;écrire le journal %1&#xa0;: le dossier %2 est en lecture seule</translation>
    </message>
    <message>
        <source>journal %1 has no run %2</source>
        <translation>le journal %1 n&apos;a pas d&apos;exécution %2</translation>
    </message>
    <message>
        <source>the journal is not open</source>
        <translation>le journal n&apos;est pas ouvert</translation>
    </message>
</context>
<context>
    <name>JournalCallWriter</name>
    <message>
        <source>journal %1: a call needs at least one row</source>
        <translation>journal %1&#xa0;: un appel doit compter au moins une ligne</translation>
    </message>
    <message>
        <source>journal %1: call %2 was already sent; plan a new call to send its rows again</source>
        <translation>journal %1&#xa0;: l&apos;appel %2 a déjà été envoyé&#xa0;; planifiez un nouvel appel pour renvoyer ses lignes</translation>
    </message>
    <message>
        <source>journal %1 has no run %2</source>
        <translation>le journal %1 n&apos;a pas d&apos;exécution %2</translation>
    </message>
    <message>
        <source>journal %1: run %2 is already finished</source>
        <translation>journal %1&#xa0;: l&apos;exécution %2 est déjà terminée</translation>
    </message>
    <message>
        <source>journal %1: row %2 is not in run %3 or is given twice</source>
        <translation>journal %1&#xa0;: la ligne %2 n&apos;appartient pas à l&apos;exécution %3 ou figure deux fois</translation>
    </message>
    <message>
        <source>journal %1: row %2 already ended as %3 and is not sent again</source>
        <translation>journal %1&#xa0;: la ligne %2 s&apos;est déjà terminée en %3 et n&apos;est pas renvoyée</translation>
    </message>
    <message>
        <source>journal %1: row %2 is in call %3 whose outcome is not known yet</source>
        <translation>journal %1&#xa0;: la ligne %2 fait partie de l&apos;appel %3, dont le résultat n&apos;est pas encore connu</translation>
    </message>
    <message>
        <source>journal %1: the outcome given for row %2 is still pending; leave the row out instead</source>
        <translation>journal %1&#xa0;: le résultat donné pour la ligne %2 est encore en attente&#xa0;; omettez plutôt la ligne</translation>
    </message>
    <message>
        <source>journal %1: row %2 is not a pending row of call %3</source>
        <translation>journal %1&#xa0;: la ligne %2 n&apos;est pas une ligne en attente de l&apos;appel %3</translation>
    </message>
    <message>
        <source>journal %1 has no call %2</source>
        <translation>le journal %1 n&apos;a pas d&apos;appel %2</translation>
    </message>
    <message>
        <source>journal %1: call %2 is already closed</source>
        <translation>journal %1&#xa0;: l&apos;appel %2 est déjà clos</translation>
    </message>
</context>
<context>
    <name>JournalRunWriter</name>
    <message>
        <source>journal %1: unfinished run %2 has %3 rows but the input has %4; choose another journal</source>
        <translation>journal %1&#xa0;: l&apos;exécution inachevée %2 a %3 lignes mais l&apos;entrée en a %4&#xa0;; choisissez un autre journal</translation>
    </message>
    <message>
        <source>journal %1: row %2 appears twice in the run</source>
        <translation>journal %1&#xa0;: la ligne %2 figure deux fois dans l&apos;exécution</translation>
    </message>
    <message>
        <source>journal %1: the outcome given for row %2 is still pending</source>
        <translation>journal %1&#xa0;: le résultat donné pour la ligne %2 est encore en attente</translation>
    </message>
    <message>
        <source>journal %1: row %2 of run %3 is not pending outside an open call</source>
        <translation>journal %1&#xa0;: la ligne %2 de l&apos;exécution %3 n&apos;est pas en attente hors d&apos;un appel ouvert</translation>
    </message>
    <message>
        <source>journal %1: run %2 cannot finish while %3 rows are pending and %4 calls are unresolved</source>
        <translation>journal %1&#xa0;: l&apos;exécution %2 ne peut pas se terminer tant que %3 lignes sont en attente et %4 appels non résolus</translation>
    </message>
    <message>
        <source>journal %1 has no run %2</source>
        <translation>le journal %1 n&apos;a pas d&apos;exécution %2</translation>
    </message>
</context>
<context>
    <name>JournalSchema</name>
    <message>
        <source>%1 is not an Invitedesk journal (it is an SQLite database of another application)</source>
        <translation>%1 n&apos;est pas un journal Invitedesk (c&apos;est une base SQLite d&apos;une autre application)</translation>
    </message>
    <message>
        <source>journal %1 was written by a newer Invitedesk (journal version %2; this version reads up to %3)</source>
        <translation>le journal %1 a été écrit par un Invitedesk plus récent (version de journal %2&#xa0;; cette version lit jusqu&apos;à %3)</translation>
    </message>
    <message>
        <source>journal %1 cannot use write-ahead logging (SQLite kept journal mode &quot;%2&quot;)</source>
        <translation>le journal %1 ne peut pas utiliser la journalisation anticipée (SQLite a gardé le mode de journal &quot;%2&quot;)</translation>
    </message>
    <message>
        <source>journal %1 is in use by another Invitedesk process; wait for it to finish or choose another journal</source>
        <translation>le journal %1 est utilisé par un autre processus Invitedesk&#xa0;; attendez qu&apos;il se termine ou choisissez un autre journal</translation>
    </message>
    <message>
        <source>%1 is not an Invitedesk journal (it is not an SQLite database)</source>
        <translation>%1 n&apos;est pas un journal Invitedesk (ce n&apos;est pas une base SQLite)</translation>
    </message>
    <message>
        <source>journal %1 is damaged (%2)</source>
        <translation>le journal %1 est endommagé (%2)</translation>
    </message>
    <message>
        <source>cannot write journal %1: the file or its folder is read-only</source>
        <translation>impossible d&apos;écrire le journal %1&#xa0;: le fichier ou son dossier est en lecture seule</translation>
    </message>
    <message>
        <source>cannot write journal %1: the disk is full</source>
        <translation>impossible d&apos;écrire le journal %1&#xa0;: le disque est plein</translation>
    </message>
    <message>
        <source>cannot open journal %1: %2</source>
        <translation>impossible d&apos;ouvrir le journal %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot read or write journal %1: input/output error (%2)</source>
        <translation>impossible de lire ou d&apos;écrire le journal %1&#xa0;: erreur d&apos;entrée/sortie (%2)</translation>
    </message>
    <message>
        <source>journal %1: %2</source>
        <translation>journal %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>JsonEditorDialog</name>
    <message>
        <source>an array</source>
        <translation>un tableau</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>une chaîne</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>pas un objet</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>&amp;Mettre en forme</translation>
    </message>
    <message>
        <source>Indent the object, one key per line</source>
        <translation>Indenter l&apos;objet, une clé par ligne</translation>
    </message>
    <message>
        <source>Empty: no metadata</source>
        <translation>Vide&#xa0;: aucune métadonnée</translation>
    </message>
    <message>
        <source>Valid JSON object</source>
        <translation>Objet JSON valide</translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>Ligne %1, colonne %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>This is %1; metadata must be a JSON object like {&quot;team&quot;: &quot;Research&quot;}</source>
        <translation>Ceci est %1&#xa0;; les métadonnées doivent être un objet JSON, comme {&quot;team&quot;: &quot;Research&quot;}</translation>
    </message>
    <message>
        <source>Metadata JSON</source>
        <translation>JSON des métadonnées</translation>
    </message>
    <message>
        <source>A JSON object; the line under the editor says whether it is valid. Tab moves to the buttons, Escape cancels.</source>
        <translation>Un objet JSON&#xa0;; la ligne sous l&apos;éditeur indique s&apos;il est valide. Tab passe aux boutons, Échap annule.</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>No system keychain is available (%1).</source>
        <translation>Aucun trousseau système n&apos;est disponible (%1).</translation>
    </message>
    <message>
        <source>The system keychain refused access (%1).</source>
        <translation>Le trousseau système a refusé l&apos;accès (%1).</translation>
    </message>
    <message>
        <source>The system keychain failed (%1).</source>
        <translation>Le trousseau système a échoué (%1).</translation>
    </message>
</context>
<context>
    <name>LiveKeyConfirmation</name>
    <message>
        <source>Send %1 invitations to %2 with a LIVE key? This takes %3 at %4. [y/N] </source>
        <translation>Envoyer %1 invitations à %2 avec une clé LIVE&#xa0;? Cela prend %3 à %4. [y/N] </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Cannot open the file</source>
        <translation>Impossible d&apos;ouvrir le fichier</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Fichiers &amp;récents</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Invitations</source>
        <translation>&amp;Invitations</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>About Invitedesk</source>
        <translation>À propos d&apos;Invitedesk</translation>
    </message>
    <message>
        <source>Invitedesk %1: invite many people into one Clerk organization at once.</source>
        <translation>Invitedesk %1&#xa0;: invitez de nombreuses personnes d&apos;un coup dans une organisation Clerk.</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Barre principale</translation>
    </message>
    <message>
        <source>Rows with an invalid cell, and rows repeating an earlier row&apos;s email</source>
        <translation>Lignes avec une cellule non valide, et lignes qui répètent l&apos;e-mail d&apos;une ligne précédente</translation>
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
            <numerusform>%n ligne</numerusform>
            <numerusform>%n lignes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problème</numerusform>
            <numerusform>%n problèmes</numerusform>
        </translation>
    </message>
    <message>
        <source>Invalid rows: %1 · Duplicates: %2</source>
        <translation>Lignes non valides&#xa0;: %1 · Doublons&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>Affich&amp;er&#xa0;:</translation>
    </message>
    <message>
        <source>Main &amp;Toolbar</source>
        <translation>&amp;Barre d&apos;outils principale</translation>
    </message>
</context>
<context>
    <name>OdsReader</name>
    <message>
        <source>The file is not an ODS workbook: it has no content.xml.</source>
        <translation>Le fichier n&apos;est pas un classeur ODS&#xa0;: il n&apos;a pas de content.xml.</translation>
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
        <translation>Choisir l&apos;organisation</translation>
    </message>
    <message>
        <source>Search by name, slug or id</source>
        <translation>Rechercher par nom, slug ou identifiant</translation>
    </message>
    <message>
        <source>Search organizations</source>
        <translation>Rechercher des organisations</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Slug</source>
        <translation>Slug</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message>
        <source>This instance has no organizations yet.</source>
        <translation>Cette instance n&apos;a pas encore d&apos;organisation.</translation>
    </message>
    <message>
        <source>No organization matches &quot;%1&quot;.</source>
        <translation>Aucune organisation ne correspond à &quot;%1&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>Showing the first %Ln organization(s): type more of the name to narrow the search.</source>
        <translation>
            <numerusform>Affichage de la première organisation (%Ln)&#xa0;: saisissez davantage du nom pour affiner la recherche.</numerusform>
            <numerusform>Affichage des %Ln premières organisations&#xa0;: saisissez davantage du nom pour affiner la recherche.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln organization(s) found.</source>
        <translation>
            <numerusform>%Ln organisation trouvée.</numerusform>
            <numerusform>%Ln organisations trouvées.</numerusform>
        </translation>
    </message>
    <message>
        <source>The list below follows as you type; Enter searches at once</source>
        <translation>La liste ci-dessous se met à jour pendant la saisie&#xa0;; Entrée lance la recherche immédiatement</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>Choose one with the arrow keys; Enter invites into it</source>
        <translation>Choisissez-en une avec les touches fléchées&#xa0;; Entrée la choisit pour y inviter</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Rechercher&#xa0;:</translation>
    </message>
    <message>
        <source>Organi&amp;zations:</source>
        <translation>&amp;Organisations&#xa0;:</translation>
    </message>
</context>
<context>
    <name>OutcomeMapper</name>
    <message>
        <source>Clerk refused the secret key (401): check CLERK_SECRET_KEY</source>
        <translation>Clerk a refusé la clé secrète (401)&#xa0;: vérifiez CLERK_SECRET_KEY</translation>
    </message>
    <message>
        <source>Clerk denied access to organization %1 (403): check that the secret key belongs to its instance (%2)</source>
        <translation>Clerk a refusé l&apos;accès à l&apos;organisation %1 (403)&#xa0;: vérifiez que la clé secrète appartient à son instance (%2)</translation>
    </message>
    <message>
        <source>organization %1 not found (404): check --org</source>
        <translation>organisation %1 introuvable (404)&#xa0;: vérifiez --org</translation>
    </message>
    <message>
        <source>nothing was sent: %1</source>
        <translation>rien n&apos;a été envoyé&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>PaneCycler</name>
    <message>
        <source>Next &amp;Pane</source>
        <translation>Volet &amp;suivant</translation>
    </message>
    <message>
        <source>Pre&amp;vious Pane</source>
        <translation>Volet &amp;précédent</translation>
    </message>
    <message>
        <source>Move the keyboard focus to the next part of the window: table, sending panel, results</source>
        <translation>Déplacer le focus clavier vers la partie suivante de la fenêtre&#xa0;: table, panneau d&apos;envoi, résultats</translation>
    </message>
    <message>
        <source>Move the keyboard focus to the previous part of the window</source>
        <translation>Déplacer le focus clavier vers la partie précédente de la fenêtre</translation>
    </message>
</context>
<context>
    <name>Preflight</name>
    <message>
        <source>row %1, column role: &quot;%2&quot; is not a role of this Clerk instance (valid: %3)</source>
        <translation>ligne %1, colonne role&#xa0;: &quot;%2&quot; n&apos;est pas un rôle de cette instance Clerk (valides&#xa0;: %3)</translation>
    </message>
    <message>
        <source>the instance&apos;s roles</source>
        <translation>les rôles de l&apos;instance</translation>
    </message>
    <message>
        <source>the organization&apos;s pending invitations</source>
        <translation>les invitations en attente de l&apos;organisation</translation>
    </message>
    <message>
        <source>%1 already has a pending invitation (%2)</source>
        <translation>%1 a déjà une invitation en attente (%2)</translation>
    </message>
    <message>
        <source>the organization&apos;s members</source>
        <translation>les membres de l&apos;organisation</translation>
    </message>
    <message>
        <source>%1 is already a member of the organization</source>
        <translation>%1 est déjà membre de l&apos;organisation</translation>
    </message>
</context>
<context>
    <name>RatePacer</name>
    <message>
        <source>rate must look like N/SECONDS, e.g. 50/3600 (got &quot;%1&quot;)</source>
        <translation>le débit doit avoir la forme N/SECONDS, p. ex. 50/3600 (reçu&#xa0;: &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>rate must allow at least 1 call per window (got &quot;%1&quot;)</source>
        <translation>le débit doit permettre au moins 1 appel par fenêtre (reçu&#xa0;: &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>rate window must be at least 1 second (got &quot;%1&quot;)</source>
        <translation>la fenêtre du débit doit durer au moins 1 seconde (reçu&#xa0;: &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>rate &quot;%1&quot; is too large: at most %2 calls per window of at most %3 seconds</source>
        <translation>le débit &quot;%1&quot; est trop élevé&#xa0;: au plus %2 appels par fenêtre d&apos;au plus %3 secondes</translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <source>Could not write the report: %1</source>
        <translation>Impossible d&apos;écrire le rapport&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not write the report to %1: %2</source>
        <translation>Impossible d&apos;écrire le rapport dans %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ResultsDock</name>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>&amp;Results</source>
        <translation>&amp;Résultats</translation>
    </message>
    <message>
        <source>Show or hide the runs and their HTTP exchanges (F6 moves the focus there)</source>
        <translation>Afficher ou masquer les exécutions et leurs échanges HTTP (F6 y place le focus)</translation>
    </message>
</context>
<context>
    <name>ResultsWindow</name>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Exécutions</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Read the runs again from the journal</source>
        <translation>Relire les exécutions depuis le journal</translation>
    </message>
    <message>
        <source>Export &amp;report…</source>
        <translation>Exporter le &amp;rapport…</translation>
    </message>
    <message>
        <source>Export &amp;HAR…</source>
        <translation>Exporter le &amp;HAR…</translation>
    </message>
    <message>
        <source>Re&amp;voke invitations of this run…</source>
        <translation>Ré&amp;voquer les invitations de cette exécution…</translation>
    </message>
    <message>
        <source>Could not read run %1 from the journal: %2</source>
        <translation>Impossible de lire l&apos;exécution %1 depuis le journal&#xa0;: %2</translation>
    </message>
    <message>
        <source>No runs yet: the runs you send appear here.</source>
        <translation>Aucune exécution pour l&apos;instant&#xa0;: les exécutions que vous envoyez apparaissent ici.</translation>
    </message>
    <message>
        <source>Run %1 · %2 · started %3 · %4 · %5</source>
        <translation>Exécution %1 · %2 · démarrée %3 · %4 · %5</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export HAR</source>
        <translation>Exporter le HAR</translation>
    </message>
    <message>
        <source>HTTP Archive files (*.har)</source>
        <translation>Fichiers d&apos;archive HTTP (*.har)</translation>
    </message>
    <message>
        <source>Report of run %1 saved to %2</source>
        <translation>Rapport de l&apos;exécution %1 enregistré dans %2</translation>
    </message>
    <message>
        <source>HTTP exchanges of run %1 saved to %2</source>
        <translation>Échanges HTTP de l&apos;exécution %1 enregistrés dans %2</translation>
    </message>
    <message>
        <source>Run %1: %2</source>
        <translation>Exécution %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Revoke invitations</source>
        <translation>Révoquer les invitations</translation>
    </message>
    <message>
        <source>%1 First failure: %2</source>
        <translation>%1 Premier échec&#xa0;: %2</translation>
    </message>
    <message>
        <source>Every run in the journal, newest first; the selected run is shown beside</source>
        <translation>Toutes les exécutions du journal, de la plus récente à la plus ancienne&#xa0;; l&apos;exécution sélectionnée est affichée à côté</translation>
    </message>
    <message>
        <source>Results actions</source>
        <translation>Actions des résultats</translation>
    </message>
    <message>
        <source>Save the per-row results of this run as a CSV report (Ctrl+Shift+E)</source>
        <translation>Enregistrer les résultats ligne par ligne de cette exécution dans un rapport CSV (Ctrl+Maj+E)</translation>
    </message>
    <message>
        <source>Save every HTTP exchange of this run as an HTTP Archive (HAR 1.2) (Ctrl+Shift+H)</source>
        <translation>Enregistrer chaque échange HTTP de cette exécution dans une archive HTTP (HAR 1.2) (Ctrl+Maj+H)</translation>
    </message>
    <message>
        <source>Revoke every invitation this run created, after a confirmation (Ctrl+Shift+Delete)</source>
        <translation>Révoquer chaque invitation créée par cette exécution, après confirmation (Ctrl+Maj+Suppr)</translation>
    </message>
    <message>
        <source>R&amp;ows</source>
        <translation>&amp;Lignes</translation>
    </message>
    <message>
        <source>HTTP e&amp;xchanges</source>
        <translation>Échan&amp;ges HTTP</translation>
    </message>
    <message>
        <source>The result of every row of the run (Alt+O)</source>
        <translation>Le résultat de chaque ligne de l&apos;exécution (Alt+L)</translation>
    </message>
    <message>
        <source>Every call to Clerk in full (Alt+X)</source>
        <translation>Chaque appel à Clerk en entier (Alt+G)</translation>
    </message>
    <message>
        <source>Rows per status</source>
        <translation>Lignes par statut</translation>
    </message>
</context>
<context>
    <name>RevokeBar</name>
    <message>
        <source>Stop revoking</source>
        <translation>Arrêter la révocation</translation>
    </message>
    <message>
        <source>Send no further revocation; the one under way still ends</source>
        <translation>N&apos;envoyer aucune autre révocation&#xa0;; celle en cours se termine</translation>
    </message>
    <message>
        <source>Revoke invitations</source>
        <translation>Révoquer les invitations</translation>
    </message>
    <message>
        <source>Run %1 created no invitation that could be revoked.</source>
        <translation>L&apos;exécution %1 n&apos;a créé aucune invitation pouvant être révoquée.</translation>
    </message>
    <message>
        <source>Run %1 sent its invitations to %2, but the connection is now to %3; connect to %2 to revoke them.</source>
        <translation>L&apos;exécution %1 a envoyé ses invitations à %2, mais la connexion se fait maintenant vers %3&#xa0;; connectez-vous à %2 pour les révoquer.</translation>
    </message>
    <message>
        <source>Revoke every invitation run %1 created in %2? Invitations to revoke: %3. Whoever has not accepted yet can then no longer join with them.</source>
        <translation>Révoquer chaque invitation créée par l&apos;exécution %1 dans %2&#xa0;? Invitations à révoquer&#xa0;: %3. Les personnes qui ne les ont pas encore acceptées ne pourront plus s&apos;en servir pour rejoindre l&apos;organisation.</translation>
    </message>
    <message>
        <source>Revoking the invitations of run %1: %2 of %3</source>
        <translation>Révocation des invitations de l&apos;exécution %1&#xa0;: %2 sur %3</translation>
    </message>
    <message>
        <source>Revoking progress</source>
        <translation>Progression de la révocation</translation>
    </message>
</context>
<context>
    <name>RevokeSummary</name>
    <message>
        <source>Revoked: %1. Already gone: %2. Failed: %3.</source>
        <translation>Révoquées&#xa0;: %1. Déjà disparues&#xa0;: %2. Échecs&#xa0;: %3.</translation>
    </message>
    <message>
        <source>%1 Stopped after %2 of %3.</source>
        <translation>%1 Arrêté après %2 sur %3.</translation>
    </message>
</context>
<context>
    <name>RowResultsModel</name>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Invitation id</source>
        <translation>Identifiant d&apos;invitation</translation>
    </message>
    <message>
        <source>HTTP status</source>
        <translation>Statut HTTP</translation>
    </message>
    <message>
        <source>Error code</source>
        <translation>Code d&apos;erreur</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Trace id</source>
        <translation>Identifiant de trace</translation>
    </message>
</context>
<context>
    <name>RowStatus</name>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Invité</translation>
    </message>
    <message>
        <source>Already invited</source>
        <translation>Déjà invité</translation>
    </message>
    <message>
        <source>Already a member</source>
        <translation>Déjà membre</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Non valide</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Doublon</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
</context>
<context>
    <name>RunController</name>
    <message>
        <source>A run is already going: stop it or wait until it ends.</source>
        <translation>Une exécution est déjà en cours&#xa0;: arrêtez-la ou attendez qu&apos;elle se termine.</translation>
    </message>
    <message>
        <source>Choose the organization to invite into before sending.</source>
        <translation>Choisissez l&apos;organisation dans laquelle inviter avant l&apos;envoi.</translation>
    </message>
    <message>
        <source>The table is empty: type or open the invitees first.</source>
        <translation>La table est vide&#xa0;: saisissez ou ouvrez d&apos;abord les invités.</translation>
    </message>
</context>
<context>
    <name>RunExchangesPanel</name>
    <message>
        <source>HTTP exchanges</source>
        <translation>Échanges HTTP</translation>
    </message>
    <message>
        <source>Each call to Clerk; the selected one is shown below. Enter moves to its body, Ctrl+Shift+C copies it as cURL</source>
        <translation>Chaque appel à Clerk&#xa0;; celui qui est sélectionné s&apos;affiche en dessous. Entrée passe à son corps, Ctrl+Maj+C le copie en cURL</translation>
    </message>
</context>
<context>
    <name>RunHistoryModel</name>
    <message>
        <source>No journal is open.</source>
        <translation>Aucun journal n&apos;est ouvert.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Interrompue</translation>
    </message>
    <message>
        <source>Unfinished</source>
        <translation>Inachevée</translation>
    </message>
    <message>
        <source>Run %1 against %2</source>
        <translation>Exécution %1 vers %2</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Démarrée</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>RunReport</name>
    <message>
        <source>Could not read the run from the journal: %1</source>
        <translation>Impossible de lire l&apos;exécution depuis le journal&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>RunRevoker</name>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>RunRowsPanel</name>
    <message>
        <source>All rows</source>
        <translation>Toutes les lignes</translation>
    </message>
    <message>
        <source>Rows that need a look (invalid, duplicate, failed, pending)</source>
        <translation>Lignes à examiner (non valides, en double, en échec, en attente)</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>A&amp;fficher&#xa0;:</translation>
    </message>
    <message>
        <source>Show rows</source>
        <translation>Lignes à afficher</translation>
    </message>
    <message>
        <source>Rows of the run</source>
        <translation>Lignes de l&apos;exécution</translation>
    </message>
    <message>
        <source>Each row&apos;s email, status and what Clerk answered</source>
        <translation>L&apos;e-mail, le statut et la réponse de Clerk pour chaque ligne</translation>
    </message>
</context>
<context>
    <name>RunWorker</name>
    <message>
        <source>A run is already going: stop it or wait until it ends.</source>
        <translation>Une exécution est déjà en cours&#xa0;: arrêtez-la ou attendez qu&apos;elle se termine.</translation>
    </message>
    <message>
        <source>No row can be sent: every row is invalid or a duplicate. Fix the marked cells first.</source>
        <translation>Aucune ligne ne peut être envoyée&#xa0;: chaque ligne est non valide ou en double. Corrigez d&apos;abord les cellules signalées.</translation>
    </message>
    <message>
        <source>Cannot open the journal: %1</source>
        <translation>Impossible d&apos;ouvrir le journal&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>SandboxCommand</name>
    <message>
        <source>Serve a simulated Clerk instance on 127.0.0.1 to try send against</source>
        <translation>Servir une instance Clerk simulée sur 127.0.0.1 pour essayer send</translation>
    </message>
    <message>
        <source>Serves a simulated Clerk Backend API on 127.0.0.1 with a demo organization,
Clerk&apos;s error answers and rate limit, until interrupted (Ctrl+C).</source>
        <translation>Sert une Clerk Backend API simulée sur 127.0.0.1 avec une organisation de démonstration,
les réponses d&apos;erreur et la limite de débit de Clerk, jusqu&apos;à interruption (Ctrl+C).</translation>
    </message>
    <message>
        <source>Port to listen on (default 0: any free port).</source>
        <translation>Port d&apos;écoute (par défaut 0&#xa0;: n&apos;importe quel port libre).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>argument inattendu &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--port &apos;%1&apos; is not a port number (0 to 65535)</source>
        <translation>--port &apos;%1&apos; n&apos;est pas un numéro de port (0 à 65535)</translation>
    </message>
    <message>
        <source>invitedesk-cli sandbox: cannot listen on 127.0.0.1:%1: %2</source>
        <translation>invitedesk-cli sandbox&#xa0;: impossible d&apos;écouter sur 127.0.0.1:%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Sandbox Clerk API: %1</source>
        <translation>API Clerk de la sandbox&#xa0;: %1</translation>
    </message>
    <message>
        <source>Demo organization: %1</source>
        <translation>Organisation de démonstration&#xa0;: %1</translation>
    </message>
    <message>
        <source>Accepted keys: any sk_test_... or sk_live_... value</source>
        <translation>Clés acceptées&#xa0;: toute valeur sk_test_... ou sk_live_...</translation>
    </message>
    <message>
        <source>Try: CLERK_SECRET_KEY=sk_test_sandbox invitedesk-cli send people.csv --org %1 --api-url %2</source>
        <translation>Essayez&#xa0;: CLERK_SECRET_KEY=sk_test_sandbox invitedesk-cli send people.csv --org %1 --api-url %2</translation>
    </message>
    <message>
        <source>Press Ctrl+C to stop.</source>
        <translation>Appuyez sur Ctrl+C pour arrêter.</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>pas de réponse</translation>
    </message>
    <message>
        <source>Sandbox stopped.</source>
        <translation>Sandbox arrêtée.</translation>
    </message>
</context>
<context>
    <name>ScreenshotTour</name>
    <message>
        <source>the tour did not end in time</source>
        <translation>la visite ne s&apos;est pas terminée à temps</translation>
    </message>
    <message>
        <source>the sample could not be sent</source>
        <translation>l&apos;exemple n&apos;a pas pu être envoyé</translation>
    </message>
    <message>
        <source>the results show no bulk exchange</source>
        <translation>les résultats ne montrent aucun échange d&apos;appel groupé</translation>
    </message>
    <message>
        <source>the paced run could not start</source>
        <translation>l&apos;exécution à débit régulé n&apos;a pas pu démarrer</translation>
    </message>
    <message>
        <source>the settings dialog did not open</source>
        <translation>la boîte de dialogue des paramètres ne s&apos;est pas ouverte</translation>
    </message>
    <message>
        <source>could not write %1</source>
        <translation>impossible d&apos;écrire %1</translation>
    </message>
    <message>
        <source>saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
    <message>
        <source>screenshot tour: %1</source>
        <translation>visite des captures d&apos;écran&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>SendCommand</name>
    <message>
        <source>Nothing was sent.</source>
        <translation>Rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>invitedesk-cli send: %1 invitations with a LIVE key need a confirmation: run in a terminal to answer, or add --yes</source>
        <translation>invitedesk-cli send&#xa0;: %1 invitations avec une clé LIVE demandent une confirmation&#xa0;: lancez la commande dans un terminal pour répondre, ou ajoutez --yes</translation>
    </message>
    <message>
        <source>invitedesk-cli send: %1</source>
        <translation>invitedesk-cli send&#xa0;: %1</translation>
    </message>
    <message>
        <source>Send the invitations of a file to a Clerk organization (resumable, paced)</source>
        <translation>Envoyer les invitations d&apos;un fichier à une organisation Clerk (reprise possible, débit régulé)</translation>
    </message>
    <message>
        <source>%1: no invitee rows below the header</source>
        <translation>%1&#xa0;: aucune ligne d&apos;invité sous l&apos;en-tête</translation>
    </message>
    <message>
        <source>Interrupted: re-run the same command to resume</source>
        <translation>Interrompu&#xa0;: relancez la même commande pour reprendre</translation>
    </message>
</context>
<context>
    <name>SendConfirmation</name>
    <message>
        <source>Send with a LIVE key</source>
        <translation>Envoyer avec une clé LIVE</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Send %Ln invitation(s) to %1 with a LIVE key? At %2 this takes %3.</source>
        <translation>
            <numerusform>Envoyer %Ln invitation à %1 avec une clé LIVE&#xa0;? À %2, cela prend %3.</numerusform>
            <numerusform>Envoyer %Ln invitations à %1 avec une clé LIVE&#xa0;? À %2, cela prend %3.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SendFlow</name>
    <message>
        <source>Sending</source>
        <translation>Envoi</translation>
    </message>
    <message>
        <source>Choose the organization to invite into, then the invitations go out.</source>
        <translation>Choisissez l&apos;organisation dans laquelle inviter, puis les invitations partent.</translation>
    </message>
    <message>
        <source>Nothing to send: the table is empty. Type, paste or open the invitees first.</source>
        <translation>Rien à envoyer&#xa0;: la table est vide. Saisissez, collez ou ouvrez d&apos;abord les invités.</translation>
    </message>
    <message>
        <source>Nothing to send: every row is invalid or a duplicate. Fix the marked cells first.</source>
        <translation>Rien à envoyer&#xa0;: chaque ligne est non valide ou en double. Corrigez d&apos;abord les cellules signalées.</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>Rien n&apos;a été envoyé.</translation>
    </message>
    <message numerus="yes">
        <source>Sending %n row(s) into %1…</source>
        <translation>
            <numerusform>Envoi de %n ligne vers %1…</numerusform>
            <numerusform>Envoi de %n lignes vers %1…</numerusform>
        </translation>
    </message>
    <message>
        <source>The rate limit %1 in Settings is not valid (%2); keeping %3.</source>
        <translation>La limite de débit %1 des paramètres n&apos;est pas valide (%2)&#xa0;; %3 est conservée.</translation>
    </message>
    <message>
        <source>&amp;Sending Panel</source>
        <translation>Panneau d&apos;&amp;envoi</translation>
    </message>
    <message>
        <source>Show or hide the progress of the run (F6 moves the focus there)</source>
        <translation>Afficher ou masquer la progression de l&apos;exécution (F6 y place le focus)</translation>
    </message>
</context>
<context>
    <name>SendOptions</name>
    <message>
        <source>The organization to invite into (required).</source>
        <translation>L&apos;organisation dans laquelle inviter (obligatoire).</translation>
    </message>
    <message>
        <source>ORG_ID</source>
        <translation>ORG_ID</translation>
    </message>
    <message>
        <source>Clerk&apos;s Backend API (default: CLERK_API_URL, else https://api.clerk.com/v1).</source>
        <translation>La Backend API de Clerk (par défaut&#xa0;: CLERK_API_URL, sinon https://api.clerk.com/v1).</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Role for rows whose role cell is empty (default: org:member).</source>
        <translation>Rôle des lignes dont la cellule de rôle est vide (par défaut&#xa0;: org:member).</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>ROLE</translation>
    </message>
    <message>
        <source>Inviter for rows whose inviter cell is empty (a user id).</source>
        <translation>Invitant des lignes dont la cellule d&apos;invitant est vide (un identifiant d&apos;utilisateur).</translation>
    </message>
    <message>
        <source>USER_ID</source>
        <translation>USER_ID</translation>
    </message>
    <message>
        <source>At most N bulk calls per SECONDS seconds (default: 50/3600).</source>
        <translation>Au plus N appels groupés par période de SECONDS secondes (par défaut&#xa0;: 50/3600).</translation>
    </message>
    <message>
        <source>N/SECONDS</source>
        <translation>N/SECONDS</translation>
    </message>
    <message>
        <source>The journal that makes the run resumable (default: %1).</source>
        <translation>Le journal qui permet de reprendre l&apos;exécution (par défaut&#xa0;: %1).</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <source>Write every HTTP exchange as a HAR file to PATH.</source>
        <translation>Écrire chaque échange HTTP dans le fichier HAR PATH.</translation>
    </message>
    <message>
        <source>Print the body of every bulk call instead of sending it.</source>
        <translation>Afficher le corps de chaque appel groupé au lieu de l&apos;envoyer.</translation>
    </message>
    <message>
        <source>Do not ask before sending many invitations with a live key.</source>
        <translation>Ne pas demander avant d&apos;envoyer de nombreuses invitations avec une clé live.</translation>
    </message>
    <message>
        <source>Print the result as one JSON object.</source>
        <translation>Afficher le résultat sous forme d&apos;un seul objet JSON.</translation>
    </message>
    <message>
        <source>invitedesk-cli send: %1</source>
        <translation>invitedesk-cli send&#xa0;: %1</translation>
    </message>
    <message>
        <source>name the file to send</source>
        <translation>indiquez le fichier à envoyer</translation>
    </message>
    <message>
        <source>give exactly one file, not %1</source>
        <translation>indiquez exactement un fichier, pas %1</translation>
    </message>
    <message>
        <source>--org is required: the id of the organization to invite into (org_...)</source>
        <translation>--org est obligatoire&#xa0;: l&apos;identifiant de l&apos;organisation dans laquelle inviter (org_...)</translation>
    </message>
    <message>
        <source>--org &apos;%1&apos; is not an organization id; ids look like org_2abc...</source>
        <translation>--org &apos;%1&apos; n&apos;est pas un identifiant d&apos;organisation&#xa0;; les identifiants ressemblent à org_2abc...</translation>
    </message>
    <message>
        <source>--role &apos;%1&apos; is not a role key; role keys look like org:member</source>
        <translation>--role &apos;%1&apos; n&apos;est pas une clé de rôle&#xa0;; les clés de rôle ressemblent à org:member</translation>
    </message>
    <message>
        <source>--inviter &apos;%1&apos; is not a user id; user ids look like user_2abc...</source>
        <translation>--inviter &apos;%1&apos; n&apos;est pas un identifiant d&apos;utilisateur&#xa0;; ils ressemblent à user_2abc...</translation>
    </message>
    <message>
        <source>cannot write %1: folder %2 does not exist</source>
        <translation>impossible d&apos;écrire %1&#xa0;: le dossier %2 n&apos;existe pas</translation>
    </message>
    <message>
        <source>no Clerk secret key: set the environment variable CLERK_SECRET_KEY (keys are never taken as arguments)</source>
        <translation>aucune clé secrète Clerk&#xa0;: définissez la variable d&apos;environnement CLERK_SECRET_KEY (les clés ne sont jamais acceptées en argument)</translation>
    </message>
    <message>
        <source>Sends invitations for every valid row of FILE (CSV, TSV, XLSX or ODS) to one Clerk organization,
ten per bulk call, paced under Clerk&apos;s rate limit. The secret key is read from CLERK_SECRET_KEY.
Re-running the same command resumes an interrupted run without inviting anyone twice.
Exit status: 0 every row invited (or already invited or a member), 1 some row invalid, duplicate
or failed, 2 usage, input, key or organization problem, 3 interrupted (re-run to resume).</source>
        <translation>Envoie les invitations de chaque ligne valide de FILE (CSV, TSV, XLSX ou ODS) à une organisation Clerk,
dix par appel groupé, au rythme permis par la limite de débit de Clerk. La clé secrète est lue dans CLERK_SECRET_KEY.
Relancer la même commande reprend une exécution interrompue sans inviter personne deux fois.
Code de sortie&#xa0;: 0 chaque ligne invitée (ou déjà invitée ou déjà membre), 1 une ligne non valide, en double
ou en échec, 2 problème d&apos;utilisation, d&apos;entrée, de clé ou d&apos;organisation, 3 interrompu (relancez pour reprendre).</translation>
    </message>
    <message>
        <source>The sheet to read from an XLSX or ODS workbook (default: the first one).</source>
        <translation>La feuille à lire dans un classeur XLSX ou ODS (par défaut&#xa0;: la première).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Write a report of every row to PATH: XLSX when PATH ends in .xlsx, else CSV.</source>
        <translation>Écrire un rapport de chaque ligne dans PATH&#xa0;: XLSX si PATH se termine par .xlsx, sinon CSV.</translation>
    </message>
    <message>
        <source>The invitee file to send (CSV, TSV, XLSX or ODS).</source>
        <translation>Le fichier d&apos;invités à envoyer (CSV, TSV, XLSX ou ODS).</translation>
    </message>
</context>
<context>
    <name>SendPanel</name>
    <message>
        <source>Sending progress</source>
        <translation>Progression de l&apos;envoi</translation>
    </message>
    <message>
        <source>Nothing sent yet.</source>
        <translation>Rien n&apos;a encore été envoyé.</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Arrêt en cours…</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Non envoyé&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 of %2 rows done</source>
        <translation>%1 lignes traitées sur %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln bulk call(s) made</source>
        <translation>
            <numerusform>%Ln appel groupé effectué</numerusform>
            <numerusform>%Ln appels groupés effectués</numerusform>
        </translation>
    </message>
    <message>
        <source>Time left: not known yet</source>
        <translation>Temps restant&#xa0;: pas encore connu</translation>
    </message>
    <message>
        <source>Last call in %1, at about %2</source>
        <translation>Dernier appel dans %1, vers %2</translation>
    </message>
    <message>
        <source>Waiting (%1 left): %2</source>
        <translation>Attente (encore %1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>Invitedesk: sending ended</source>
        <translation>Invitedesk&#xa0;: envoi terminé</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>Arrêté&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Stopped with %Ln row(s) left: send the same table again to resume.</source>
        <translation>
            <numerusform>Arrêté avec %Ln ligne restante&#xa0;: renvoyez la même table pour reprendre.</numerusform>
            <numerusform>Arrêté avec %Ln lignes restantes&#xa0;: renvoyez la même table pour reprendre.</numerusform>
        </translation>
    </message>
    <message>
        <source>Done: %1 invited, %2 already invited, %3 already members, %4 failed, %5 not sent (invalid or duplicate).</source>
        <translation>Terminé&#xa0;: %1 invités, %2 déjà invités, %3 déjà membres, %4 en échec, %5 non envoyés (non valides ou en double).</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>Arrê&amp;ter</translation>
    </message>
    <message>
        <source>Stop after the call in flight; send the same table again to resume (Ctrl+.).</source>
        <translation>Arrêter après l&apos;appel en cours&#xa0;; renvoyez la même table pour reprendre (Ctrl+.).</translation>
    </message>
</context>
<context>
    <name>SendProgressPrinter</name>
    <message>
        <source>rows done: %1, calls: %2, %3 left, waiting %4 (%5)</source>
        <translation>lignes traitées&#xa0;: %1, appels&#xa0;: %2, reste %3, attente %4 (%5)</translation>
    </message>
    <message>
        <source>rows done: %1, calls: %2, waiting %3 (%4)</source>
        <translation>lignes traitées&#xa0;: %1, appels&#xa0;: %2, attente %3 (%4)</translation>
    </message>
    <message>
        <source>rows done: %1, calls: %2, %3 left</source>
        <translation>lignes traitées&#xa0;: %1, appels&#xa0;: %2, reste %3</translation>
    </message>
    <message>
        <source>rows done: %1, calls: %2</source>
        <translation>lignes traitées&#xa0;: %1, appels&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>SendSession</name>
    <message>
        <source>Interrupted again: stopped at once. Re-run the same command to resume.</source>
        <translation>Nouvelle interruption&#xa0;: arrêt immédiat. Relancez la même commande pour reprendre.</translation>
    </message>
    <message>
        <source>Stopping after the call in flight (press Ctrl+C again to stop at once)...</source>
        <translation>Arrêt après l&apos;appel en cours (appuyez de nouveau sur Ctrl+C pour arrêter immédiatement)...</translation>
    </message>
    <message>
        <source>Resuming run %1: %2 of %3 rows already done</source>
        <translation>Reprise de l&apos;exécution %1&#xa0;: %2 lignes sur %3 déjà traitées</translation>
    </message>
</context>
<context>
    <name>SendSummaryPrinter</name>
    <message>
        <source>Dry run for organization %1: %2 rows, nothing was sent.</source>
        <translation>Simulation pour l&apos;organisation %1&#xa0;: %2 lignes, rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>Run %1 for organization %2: %3 rows.</source>
        <translation>Exécution %1 pour l&apos;organisation %2&#xa0;: %3 lignes.</translation>
    </message>
    <message>
        <source>Would be sent</source>
        <translation>Serait envoyé</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1&#xa0;:</translation>
    </message>
    <message>
        <source>Bulk calls: %1 in %2.</source>
        <translation>Appels groupés&#xa0;: %1 en %2.</translation>
    </message>
    <message>
        <source>Report: %1</source>
        <translation>Rapport&#xa0;: %1</translation>
    </message>
    <message>
        <source>HAR: %1</source>
        <translation>HAR&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>empty: the built-in sandbox</source>
        <translation>vide&#xa0;: la sandbox intégrée</translation>
    </message>
    <message>
        <source>Clerk&apos;s Backend API, e.g. https://api.clerk.com/v1. Plain http only to this computer.</source>
        <translation>La Backend API de Clerk, p. ex. https://api.clerk.com/v1. http non chiffré uniquement vers cet ordinateur.</translation>
    </message>
    <message>
        <source>sk_test_… or sk_live_…</source>
        <translation>sk_test_… ou sk_live_…</translation>
    </message>
    <message>
        <source>Secret key</source>
        <translation>Clé secrète</translation>
    </message>
    <message>
        <source>Show the secret key</source>
        <translation>Afficher la clé secrète</translation>
    </message>
    <message>
        <source>Without it the key is forgotten when Invitedesk closes. It is never written to the settings file.</source>
        <translation>Sans cette option, la clé est oubliée à la fermeture d&apos;Invitedesk. Elle n&apos;est jamais écrite dans le fichier de paramètres.</translation>
    </message>
    <message>
        <source>Bulk calls per seconds, as N/SECONDS. Clerk allows 50 calls per hour.</source>
        <translation>Appels groupés par période en secondes, sous la forme N/SECONDS. Clerk autorise 50 appels par heure.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>API base &amp;URL:</source>
        <translation>&amp;URL de base de l&apos;API&#xa0;:</translation>
    </message>
    <message>
        <source>Secret &amp;key:</source>
        <translation>&amp;Clé secrète&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Rate limit:</source>
        <translation>Limite de &amp;débit&#xa0;:</translation>
    </message>
    <message>
        <source>Transfer &amp;timeout:</source>
        <translation>Délai de &amp;transfert&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>A new language takes effect when Invitedesk starts again.</source>
        <translation>Une nouvelle langue prend effet au prochain démarrage d&apos;Invitedesk.</translation>
    </message>
    <message>
        <source>No key: sending goes to the built-in sandbox on this computer; nobody gets an email.</source>
        <translation>Pas de clé&#xa0;: l&apos;envoi se fait vers la sandbox intégrée sur cet ordinateur&#xa0;; personne ne reçoit d&apos;e-mail.</translation>
    </message>
    <message>
        <source>Sending goes to %1 with a LIVE key: real people get real invitations.</source>
        <translation>L&apos;envoi se fait vers %1 avec une clé LIVE&#xa0;: de vraies personnes reçoivent de vraies invitations.</translation>
    </message>
    <message>
        <source>Sending goes to %1 with a TEST key.</source>
        <translation>L&apos;envoi se fait vers %1 avec une clé TEST.</translation>
    </message>
    <message>
        <source>Saving the key in the system keychain…</source>
        <translation>Enregistrement de la clé dans le trousseau du système…</translation>
    </message>
    <message>
        <source>%1 Untick &quot;Remember&quot; to use the key for this session only.</source>
        <translation>%1 Décochez «&#xa0;Mémoriser&#xa0;» pour n&apos;utiliser la clé que pendant cette session.</translation>
    </message>
    <message>
        <source>Removing the key from the system keychain…</source>
        <translation>Suppression de la clé du trousseau du système…</translation>
    </message>
    <message>
        <source>The key stays in the system keychain: %1</source>
        <translation>La clé reste dans le trousseau du système&#xa0;: %1</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>&amp;Afficher</translation>
    </message>
    <message>
        <source>Re&amp;member in the system keychain</source>
        <translation>&amp;Mémoriser dans le trousseau du système</translation>
    </message>
    <message>
        <source>Why the settings cannot be saved yet</source>
        <translation>Pourquoi les paramètres ne peuvent pas encore être enregistrés</translation>
    </message>
    <message>
        <source>API base URL</source>
        <translation>URL de base de l&apos;API</translation>
    </message>
    <message>
        <source>Rate limit</source>
        <translation>Limite de débit</translation>
    </message>
    <message>
        <source>Transfer timeout</source>
        <translation>Délai de transfert</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Takes effect when Invitedesk starts again</source>
        <translation>Prend effet au prochain démarrage d&apos;Invitedesk</translation>
    </message>
    <message>
        <source>Seconds a call to Clerk may take before it is given up</source>
        <translation>Nombre de secondes qu&apos;un appel à Clerk peut durer avant d&apos;être abandonné</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>M&amp;asquer</translation>
    </message>
</context>
<context>
    <name>SheetReader</name>
    <message>
        <source>The workbook has no sheets.</source>
        <translation>Le classeur n&apos;a aucune feuille.</translation>
    </message>
    <message>
        <source>The workbook is not open.</source>
        <translation>Le classeur n&apos;est pas ouvert.</translation>
    </message>
    <message>
        <source>The workbook has no sheet named “%1”; its sheets are %2.</source>
        <translation>Le classeur n&apos;a pas de feuille nommée «&#xa0;%1&#xa0;»&#xa0;; ses feuilles sont %2.</translation>
    </message>
    <message>
        <source>Sheet “%1” is empty: it has no header row and no data.</source>
        <translation>La feuille «&#xa0;%1&#xa0;» est vide&#xa0;: elle n&apos;a ni ligne d&apos;en-tête ni données.</translation>
    </message>
    <message>
        <source>The file is damaged: %1, line %2: %3.</source>
        <translation>Le fichier est endommagé&#xa0;: %1, ligne %2&#xa0;: %3.</translation>
    </message>
</context>
<context>
    <name>SheetRowCollector</name>
    <message>
        <source>Sheet “%1”, row %2 has a value in column %3; at most %4 columns are supported.</source>
        <translation>Feuille «&#xa0;%1&#xa0;», ligne %2&#xa0;: une valeur en colonne %3&#xa0;; %4 colonnes au maximum sont prises en charge.</translation>
    </message>
    <message>
        <source>Sheet “%1”, row %2, column %3 holds more than %4 characters; at most %4 are supported.</source>
        <translation>Feuille «&#xa0;%1&#xa0;», ligne %2, colonne %3&#xa0;: plus de %4 caractères&#xa0;; %4 au maximum sont pris en charge.</translation>
    </message>
    <message>
        <source>Sheet “%1” has a value in row %2, beyond the last row a spreadsheet can have.</source>
        <translation>La feuille «&#xa0;%1&#xa0;» a une valeur à la ligne %2, au-delà de la dernière ligne qu&apos;un tableur peut avoir.</translation>
    </message>
    <message>
        <source>Sheet “%1” has more than %2 data rows; at most %2 are supported.</source>
        <translation>La feuille «&#xa0;%1&#xa0;» a plus de %2 lignes de données&#xa0;; %2 au maximum sont prises en charge.</translation>
    </message>
    <message>
        <source>Sheet “%1” holds more than %2 filled cells; at most %2 are supported.</source>
        <translation>La feuille «&#xa0;%1&#xa0;» contient plus de %2 cellules remplies&#xa0;; %2 au maximum sont prises en charge.</translation>
    </message>
    <message>
        <source>The file is damaged: sheet “%1” lists row %2 after row %3.</source>
        <translation>Le fichier est endommagé : la feuille « %1 » indique la ligne %2 après la ligne %3.</translation>
    </message>
</context>
<context>
    <name>SpreadsheetFormat</name>
    <message>
        <source>The file is in the old Excel format (.xls); save it as .xlsx or CSV.</source>
        <translation>Le fichier est dans l&apos;ancien format Excel (.xls)&#xa0;; enregistrez-le en .xlsx ou CSV.</translation>
    </message>
    <message>
        <source>The file is an OpenDocument file of another kind (%1), not a spreadsheet.</source>
        <translation>Le fichier est un document OpenDocument d&apos;un autre type (%1), pas un classeur.</translation>
    </message>
    <message>
        <source>The file is an Excel binary workbook (.xlsb); save it as .xlsx or CSV.</source>
        <translation>Le fichier est un classeur Excel binaire (.xlsb)&#xa0;; enregistrez-le en .xlsx ou CSV.</translation>
    </message>
    <message>
        <source>The file is an Office document of another kind (such as Word), not a spreadsheet.</source>
        <translation>Le fichier est un document Office d&apos;un autre type (Word, par exemple), pas un classeur.</translation>
    </message>
    <message>
        <source>The file is a ZIP archive, not an XLSX or ODS workbook.</source>
        <translation>Le fichier est une archive ZIP, pas un classeur XLSX ou ODS.</translation>
    </message>
    <message>
        <source>The file is an old Microsoft Office document, not a spreadsheet Invitedesk reads; save it as .xlsx or CSV.</source>
        <translation>Le fichier est un ancien document Microsoft Office, pas un classeur qu&apos;Invitedesk sait lire&#xa0;; enregistrez-le en .xlsx ou CSV.</translation>
    </message>
</context>
<context>
    <name>StatusCountsBar</name>
    <message>
        <source>Show only the rows that are %1</source>
        <translation>N&apos;afficher que les lignes au statut «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>StatusFilterModel</name>
    <message>
        <source>All rows</source>
        <translation>Toutes les lignes</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
</context>
<context>
    <name>TableDocument</name>
    <message numerus="yes">
        <source>Read %n row(s) from %1 as %2</source>
        <translation>
            <numerusform>%n ligne lue depuis %1 en %2</numerusform>
            <numerusform>%n lignes lues depuis %1 en %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot save the file</source>
        <translation>Impossible d&apos;enregistrer le fichier</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n row(s) to %1</source>
        <translation>
            <numerusform>%n ligne enregistrée dans %1</numerusform>
            <numerusform>%n lignes enregistrées dans %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Invitedesk did not close properly on %1. It kept %n row(s) you had not saved. Restore them?</source>
        <translation>
            <numerusform>Invitedesk ne s&apos;est pas fermé correctement le %1. Il a conservé %n ligne que vous n&apos;aviez pas enregistrée. La restaurer&#xa0;?</numerusform>
            <numerusform>Invitedesk ne s&apos;est pas fermé correctement le %1. Il a conservé %n lignes que vous n&apos;aviez pas enregistrées. Les restaurer&#xa0;?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Invitedesk did not close properly on %1. It kept %n row(s) of %2 you had not saved. Restore them?</source>
        <translation>
            <numerusform>Invitedesk ne s&apos;est pas fermé correctement le %1. Il a conservé %n ligne de %2 que vous n&apos;aviez pas enregistrée. La restaurer&#xa0;?</numerusform>
            <numerusform>Invitedesk ne s&apos;est pas fermé correctement le %1. Il a conservé %n lignes de %2 que vous n&apos;aviez pas enregistrées. Les restaurer&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore unsaved invitees</source>
        <translation>Restaurer les invités non enregistrés</translation>
    </message>
    <message>
        <source>Cannot restore the invitees</source>
        <translation>Impossible de restaurer les invités</translation>
    </message>
    <message numerus="yes">
        <source>Restored %n unsaved row(s)</source>
        <translation>
            <numerusform>%n ligne non enregistrée restaurée</numerusform>
            <numerusform>%n lignes non enregistrées restaurées</numerusform>
        </translation>
    </message>
    <message>
        <source>Open invitees</source>
        <translation>Ouvrir des invités</translation>
    </message>
    <message>
        <source>Save invitees as CSV</source>
        <translation>Enregistrer les invités en CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>Aucun fichier récent</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>The invitee table has changes that are not saved in a file. Save them as CSV first?</source>
        <translation>La table des invités contient des modifications non enregistrées dans un fichier. Les enregistrer d&apos;abord en CSV&#xa0;?</translation>
    </message>
    <message>
        <source>The clipboard holds no text to paste as rows</source>
        <translation>Le presse-papiers ne contient aucun texte à coller en lignes</translation>
    </message>
    <message>
        <source>Pasted text</source>
        <translation>Texte collé</translation>
    </message>
    <message>
        <source>Cannot paste the rows</source>
        <translation>Impossible de coller les lignes</translation>
    </message>
    <message>
        <source>The pasted text holds no rows below its header</source>
        <translation>Le texte collé ne contient aucune ligne sous son en-tête</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n row(s)</source>
        <translation>
            <numerusform>Coller %n ligne</numerusform>
            <numerusform>Coller %n lignes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pasted %n row(s) as %1</source>
        <translation>
            <numerusform>%n ligne collée en %1</numerusform>
            <numerusform>%n lignes collées en %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Invitee files (*.csv *.tsv *.txt *.xlsx *.ods);;All files (*)</source>
        <translation>Fichiers d&apos;invités (*.csv *.tsv *.txt *.xlsx *.ods);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>TableEditor</name>
    <message numerus="yes">
        <source>Cut %n row(s)</source>
        <translation>
            <numerusform>Couper %n ligne</numerusform>
            <numerusform>Couper %n lignes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cut %n cell(s)</source>
        <translation>
            <numerusform>Couper %n cellule</numerusform>
            <numerusform>Couper %n cellules</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paste into %n cell(s)</source>
        <translation>
            <numerusform>Coller dans %n cellule</numerusform>
            <numerusform>Coller dans %n cellules</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paste %n cell(s)</source>
        <translation>
            <numerusform>Coller %n cellule</numerusform>
            <numerusform>Coller %n cellules</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pasted %n row(s)</source>
        <translation>
            <numerusform>%n ligne collée</numerusform>
            <numerusform>%n lignes collées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Clear %n cell(s)</source>
        <translation>
            <numerusform>Vider %n cellule</numerusform>
            <numerusform>Vider %n cellules</numerusform>
        </translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>Ajouter une ligne</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n row(s)</source>
        <translation>
            <numerusform>Supprimer %n ligne</numerusform>
            <numerusform>Supprimer %n lignes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n row(s)</source>
        <translation>
            <numerusform>%n ligne supprimée</numerusform>
            <numerusform>%n lignes supprimées</numerusform>
        </translation>
    </message>
    <message>
        <source>Fill down</source>
        <translation>Remplir vers le bas</translation>
    </message>
    <message>
        <source>Nothing to change: the rows already hold these values</source>
        <translation>Rien à modifier&#xa0;: les lignes contiennent déjà ces valeurs</translation>
    </message>
    <message numerus="yes">
        <source>Edit %n row(s)</source>
        <translation>
            <numerusform>Modifier %n ligne</numerusform>
            <numerusform>Modifier %n lignes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Changed %n row(s)</source>
        <translation>
            <numerusform>%n ligne modifiée</numerusform>
            <numerusform>%n lignes modifiées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paste %n address(es)</source>
        <translation>
            <numerusform>Coller %n adresse</numerusform>
            <numerusform>Coller %n adresses</numerusform>
        </translation>
    </message>
    <message>
        <source>No address pasted</source>
        <translation>Aucune adresse collée</translation>
    </message>
    <message numerus="yes">
        <source>Pasted %n address(es)</source>
        <translation>
            <numerusform>%n adresse collée</numerusform>
            <numerusform>%n adresses collées</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1&#xa0;; %2</translation>
    </message>
    <message numerus="yes">
        <source>%n repeat(s) removed</source>
        <translation>
            <numerusform>%n doublon supprimé</numerusform>
            <numerusform>%n doublons supprimés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the table</source>
        <translation>
            <numerusform>%n déjà présente dans la table</numerusform>
            <numerusform>%n déjà présentes dans la table</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not valid address(es): row(s) %1 — fix them in the table</source>
        <translation>
            <numerusform>%n adresse non valide&#xa0;: ligne %1 — corrigez-la dans la table</numerusform>
            <numerusform>%n adresses non valides&#xa0;: lignes %1 — corrigez-les dans la table</numerusform>
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
        <translation>Écrire un fichier modèle avec toutes les colonnes prises en charge et une ligne d&apos;exemple</translation>
    </message>
    <message>
        <source>Writes an invitee template: every column Invitedesk reads, one example row.</source>
        <translation>Écrit un modèle d&apos;invités&#xa0;: toutes les colonnes lues par Invitedesk, une ligne d&apos;exemple.</translation>
    </message>
    <message>
        <source>File format: csv (default) or xlsx.</source>
        <translation>Format de fichier&#xa0;: csv (par défaut) ou xlsx.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>Write to FILE instead of standard output.</source>
        <translation>Écrire dans FILE au lieu de la sortie standard.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;; use -o FILE to name the output</source>
        <translation>argument inattendu &apos;%1&apos;&#xa0;; indiquez la sortie avec -o FILE</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos;; choose csv or xlsx</source>
        <translation>format inconnu &apos;%1&apos;&#xa0;; choisissez csv ou xlsx</translation>
    </message>
    <message>
        <source>invitedesk-cli template: cannot write %1: %2</source>
        <translation>invitedesk-cli template&#xa0;: impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>xlsx is a binary format; name the file to write with -o FILE</source>
        <translation>xlsx est un format binaire&#xa0;; indiquez le fichier à écrire avec -o FILE</translation>
    </message>
</context>
<context>
    <name>TextFindBar</name>
    <message>
        <source>Find in body</source>
        <translation>Rechercher dans le corps</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Occurrence précédente (Maj+F3)</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>Occurrence suivante (F3)</translation>
    </message>
    <message>
        <source>Close the find bar (Esc)</source>
        <translation>Fermer la barre de recherche (Échap)</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>Rechercher&#xa0;:</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Aucune occurrence</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Enter: next match, Shift+Enter: previous, Escape: close</source>
        <translation>Entrée&#xa0;: occurrence suivante, Maj+Entrée&#xa0;: précédente, Échap&#xa0;: fermer</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Occurrence précédente</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Occurrence suivante</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>Fermer la barre de recherche</translation>
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
        <translation>Vérifier un fichier d&apos;invités et lister chaque problème par ligne et colonne</translation>
    </message>
    <message>
        <source>Role for rows whose role cell is empty (default: org:member).</source>
        <translation>Rôle des lignes dont la cellule de rôle est vide (par défaut&#xa0;: org:member).</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>ROLE</translation>
    </message>
    <message>
        <source>The invitee file to check.</source>
        <translation>Le fichier d&apos;invités à vérifier.</translation>
    </message>
    <message>
        <source>name the file to check</source>
        <translation>indiquez le fichier à vérifier</translation>
    </message>
    <message>
        <source>give exactly one file, not %1</source>
        <translation>indiquez exactement un fichier, pas %1</translation>
    </message>
    <message>
        <source>--role &apos;%1&apos; is not a role key; role keys look like org:member</source>
        <translation>--role &apos;%1&apos; n&apos;est pas une clé de rôle&#xa0;; les clés de rôle ressemblent à org:member</translation>
    </message>
    <message>
        <source>%1: no invitee rows below the header</source>
        <translation>%1&#xa0;: aucune ligne d&apos;invité sous l&apos;en-tête</translation>
    </message>
    <message>
        <source>Checks an invitee file (CSV, TSV, XLSX or ODS) without sending anything.
Prints each problem as FILE:ROW: COLUMN: message, then a summary.
Exit status: 0 no problem, 1 some row is invalid or duplicate, 2 the file cannot be used.</source>
        <translation>Vérifie un fichier d&apos;invités (CSV, TSV, XLSX ou ODS) sans rien envoyer.
Affiche chaque problème sous la forme FILE:ROW: COLUMN: message, puis un résumé.
Code de sortie&#xa0;: 0 aucun problème, 1 une ligne est non valide ou en double, 2 le fichier est inutilisable.</translation>
    </message>
    <message>
        <source>The sheet to read from an XLSX or ODS workbook (default: the first one).</source>
        <translation>La feuille à lire dans un classeur XLSX ou ODS (par défaut&#xa0;: la première).</translation>
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
        <translation>JSON non valide&#xa0;: %1 à la position %2</translation>
    </message>
    <message>
        <source>must be a JSON object, not an array</source>
        <translation>doit être un objet JSON, pas un tableau</translation>
    </message>
    <message>
        <source>must be a JSON object, not a string</source>
        <translation>doit être un objet JSON, pas une chaîne</translation>
    </message>
    <message>
        <source>must be a JSON object, not a number</source>
        <translation>doit être un objet JSON, pas un nombre</translation>
    </message>
    <message>
        <source>must be a JSON object, not true or false</source>
        <translation>doit être un objet JSON, pas true ou false</translation>
    </message>
    <message>
        <source>must be a JSON object, not null</source>
        <translation>doit être un objet JSON, pas null</translation>
    </message>
    <message>
        <source>must be a JSON object</source>
        <translation>doit être un objet JSON</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid URL</source>
        <translation>&apos;%1&apos; n&apos;est pas une URL valide</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an absolute URL; write it in full, like https://example.com/welcome</source>
        <translation>&apos;%1&apos; n&apos;est pas une URL absolue&#xa0;; écrivez-la en entier, comme https://example.com/welcome</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an http or https URL</source>
        <translation>&apos;%1&apos; n&apos;est pas une URL http ou https</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no host name; write it like https://example.com/welcome</source>
        <translation>&apos;%1&apos; n&apos;a pas de nom d&apos;hôte&#xa0;; écrivez-la comme https://example.com/welcome</translation>
    </message>
    <message>
        <source>the default role is empty; role keys look like org:member</source>
        <translation>le rôle par défaut est vide&#xa0;; les clés de rôle ressemblent à org:member</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a role key; role keys look like org:admin</source>
        <translation>&apos;%1&apos; n&apos;est pas une clé de rôle&#xa0;; les clés de rôle ressemblent à org:admin</translation>
    </message>
    <message>
        <source>row %1, %2: %3</source>
        <translation>ligne %1, %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>missing email address</source>
        <translation>adresse e-mail manquante</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid email address</source>
        <translation>&apos;%1&apos; n&apos;est pas une adresse e-mail valide</translation>
    </message>
    <message>
        <source>no role given and the default role &apos;%1&apos; is not a role key; role keys look like org:admin</source>
        <translation>aucun rôle indiqué et le rôle par défaut &apos;%1&apos; n&apos;est pas une clé de rôle&#xa0;; les clés de rôle ressemblent à org:admin</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a Clerk user id; user ids look like user_2NNEqL2nrIRdJ194ndJqAHwEfxC</source>
        <translation>&apos;%1&apos; n&apos;est pas un identifiant d&apos;utilisateur Clerk&#xa0;; ils ressemblent à user_2NNEqL2nrIRdJ194ndJqAHwEfxC</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a whole number of days</source>
        <translation>&apos;%1&apos; n&apos;est pas un nombre entier de jours</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is out of range; invitations expire in %2 to %3 days</source>
        <translation>&apos;%1&apos; est hors limites&#xa0;; les invitations expirent au bout de %2 à %3 jours</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a yes or no; write true or false, yes or no, 1 or 0</source>
        <translation>&apos;%1&apos; n&apos;est ni oui ni non&#xa0;; écrivez true ou false, yes ou no, 1 ou 0</translation>
    </message>
</context>
<context>
    <name>WaitReason</name>
    <message>
        <source>rate limit: %1 used, next call at %2</source>
        <translation>limite de débit&#xa0;: %1 utilisés, prochain appel à %2</translation>
    </message>
    <message>
        <source>Clerk asked to wait (429): next call at %1</source>
        <translation>Clerk a demandé d&apos;attendre (429)&#xa0;: prochain appel à %1</translation>
    </message>
    <message>
        <source>no definite answer from Clerk (%1): trying again (attempt %2 of %3) at %4</source>
        <translation>pas de réponse définitive de Clerk (%1)&#xa0;: nouvel essai (tentative %2 sur %3) à %4</translation>
    </message>
    <message>
        <source>looking the invitations up again after an error (%1) at %2</source>
        <translation>nouvelle recherche des invitations après une erreur (%1) à %2</translation>
    </message>
    <message>
        <source>second</source>
        <translation>seconde</translation>
    </message>
    <message>
        <source>minute</source>
        <translation>minute</translation>
    </message>
    <message>
        <source>hour</source>
        <translation>heure</translation>
    </message>
    <message>
        <source>day</source>
        <translation>jour</translation>
    </message>
    <message>
        <source>%1 seconds</source>
        <translation>%1 secondes</translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <source>The file is damaged: %1 is not well-formed XML.</source>
        <translation>Le fichier est endommagé&#xa0;: %1 n&apos;est pas du XML bien formé.</translation>
    </message>
    <message>
        <source>The file is not an XLSX workbook: it has no workbook part.</source>
        <translation>Le fichier n&apos;est pas un classeur XLSX&#xa0;: il n&apos;a pas de partie classeur.</translation>
    </message>
    <message>
        <source>The file holds more than %1 different texts; at most %1 are supported.</source>
        <translation>Le fichier contient plus de %1 textes différents&#xa0;; %1 au maximum sont pris en charge.</translation>
    </message>
    <message>
        <source>The file is damaged: the part of sheet “%1” is missing.</source>
        <translation>Le fichier est endommagé&#xa0;: la partie de la feuille «&#xa0;%1&#xa0;» manque.</translation>
    </message>
    <message>
        <source>Sheet “%1” is a chart or dialog sheet, not a table of rows.</source>
        <translation>La feuille «&#xa0;%1&#xa0;» est une feuille de graphique ou de dialogue, pas un tableau de lignes.</translation>
    </message>
    <message>
        <source>The file is damaged: sheet “%1”, cell %2%3 refers to a shared text that does not exist.</source>
        <translation>Le fichier est endommagé&#xa0;: feuille «&#xa0;%1&#xa0;», la cellule %2%3 renvoie à un texte partagé qui n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The file is damaged: %1, line %2: %3.</source>
        <translation>Le fichier est endommagé&#xa0;: %1, ligne %2&#xa0;: %3.</translation>
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
        <translation>Impossible d&apos;écrire la partie %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not start the workbook: %1</source>
        <translation>Impossible de créer le classeur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not write the sheet: %1</source>
        <translation>Impossible d&apos;écrire la feuille&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not write the workbook: %1</source>
        <translation>Impossible d&apos;écrire le classeur&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ZipPackage</name>
    <message>
        <source>The file is password-protected; open it in your spreadsheet program and save it without a password.</source>
        <translation>Le fichier est protégé par un mot de passe&#xa0;; ouvrez-le dans votre tableur et enregistrez-le sans mot de passe.</translation>
    </message>
    <message>
        <source>The file is damaged: it is not a complete ZIP archive.</source>
        <translation>Le fichier est endommagé&#xa0;: ce n&apos;est pas une archive ZIP complète.</translation>
    </message>
    <message>
        <source>The file holds %1 parts; at most %2 are supported.</source>
        <translation>Le fichier contient %1 parties&#xa0;; %2 au maximum sont prises en charge.</translation>
    </message>
    <message>
        <source>The file is damaged: its ZIP directory cannot be read.</source>
        <translation>Le fichier est endommagé&#xa0;: son répertoire ZIP est illisible.</translation>
    </message>
    <message>
        <source>The file uses a ZIP compression method (%1) that Invitedesk cannot read; save it again from your spreadsheet program.</source>
        <translation>Le fichier utilise une méthode de compression ZIP (%1) qu&apos;Invitedesk ne sait pas lire&#xa0;; enregistrez-le de nouveau depuis votre tableur.</translation>
    </message>
    <message>
        <source>The file unpacks to more than %1; at most %1 are supported.</source>
        <translation>Le fichier décompressé dépasse %1&#xa0;; %1 au maximum sont pris en charge.</translation>
    </message>
    <message>
        <source>The part “%1” unpacks to %2 from only %3, more than %4 to 1: the file looks like a zip bomb and is not read.</source>
        <translation>La partie «&#xa0;%1&#xa0;» passe de seulement %3 à %2 une fois décompressée, plus de %4 pour 1&#xa0;: le fichier ressemble à une bombe ZIP et n&apos;est pas lu.</translation>
    </message>
    <message>
        <source>The file is damaged: the part “%1” is missing.</source>
        <translation>Le fichier est endommagé&#xa0;: la partie «&#xa0;%1&#xa0;» manque.</translation>
    </message>
    <message>
        <source>The file is damaged: the part “%1” cannot be unpacked.</source>
        <translation>Le fichier est endommagé&#xa0;: la partie «&#xa0;%1&#xa0;» ne peut pas être décompressée.</translation>
    </message>
    <message>
        <source>The file is damaged: the part “%1” is larger than %2.</source>
        <translation>Le fichier est endommagé&#xa0;: la partie «&#xa0;%1&#xa0;» dépasse %2.</translation>
    </message>
    <message>
        <source>The file is damaged: the part “%1” cannot be unpacked (its data does not match its checksum).</source>
        <translation>Le fichier est endommagé&#xa0;: la partie «&#xa0;%1&#xa0;» ne peut pas être décompressée (ses données ne correspondent pas à sa somme de contrôle).</translation>
    </message>
    <message>
        <source>The file is damaged: the part “%1” ends before the size its ZIP headers declare.</source>
        <translation>Le fichier est endommagé&#xa0;: la partie «&#xa0;%1&#xa0;» s&apos;arrête avant la taille qu&apos;annoncent ses en-têtes ZIP.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Invite many people into a Clerk organization.</source>
        <translation>Inviter de nombreuses personnes dans une organisation Clerk.</translation>
    </message>
    <message>
        <source>An invitee file to open.</source>
        <translation>Un fichier d&apos;invités à ouvrir.</translation>
    </message>
    <message>
        <source>Send to the built-in sandbox even when a secret key is remembered.</source>
        <translation>Envoyer vers la sandbox intégrée même si une clé secrète est mémorisée.</translation>
    </message>
</context>
</TS>
