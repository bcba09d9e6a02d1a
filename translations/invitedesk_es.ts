<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>Autosave</name>
    <message>
        <source>Cannot write %1</source>
        <translation>No se puede escribir %1</translation>
    </message>
    <message>
        <source>There is no autosave to restore</source>
        <translation>No hay ningún guardado automático que restaurar</translation>
    </message>
</context>
<context>
    <name>BodyView</name>
    <message>
        <source>&amp;Pretty</source>
        <translation>&amp;Formateado</translation>
    </message>
    <message>
        <source>&amp;Raw</source>
        <translation>&amp;Sin procesar</translation>
    </message>
    <message>
        <source>Indented JSON with colours</source>
        <translation>JSON con sangría y colores</translation>
    </message>
    <message>
        <source>The bytes exactly as they were sent or received</source>
        <translation>Los bytes tal como se enviaron o recibieron</translation>
    </message>
    <message>
        <source>Save the body exactly as it was sent or received</source>
        <translation>Guardar el cuerpo tal como se envió o recibió</translation>
    </message>
    <message>
        <source>No body.</source>
        <translation>Sin cuerpo.</translation>
    </message>
    <message>
        <source>Not JSON (%1): shown as text.</source>
        <translation>No es JSON (%1): se muestra como texto.</translation>
    </message>
    <message>
        <source>no content type</source>
        <translation>sin tipo de contenido</translation>
    </message>
    <message>
        <source>Not valid UTF-8: shown as Latin-1.</source>
        <translation>No es UTF-8 válido: se muestra como Latin-1.</translation>
    </message>
    <message>
        <source>Could not save the body to %1: %2</source>
        <translation>No se pudo guardar el cuerpo en %1: %2</translation>
    </message>
    <message>
        <source>Save body</source>
        <translation>Guardar cuerpo</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Save bod&amp;y…</source>
        <translation>&amp;Guardar cuerpo…</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Cuerpo</translation>
    </message>
    <message>
        <source>Read-only; Ctrl+F finds text in it</source>
        <translation>Solo lectura; Ctrl+F busca texto en él</translation>
    </message>
    <message>
        <source>%1 as indented JSON with colours</source>
        <translation>%1 como JSON con sangría y colores</translation>
    </message>
    <message>
        <source>%1 exactly as it was sent or received</source>
        <translation>%1 tal como se envió o recibió</translation>
    </message>
</context>
<context>
    <name>BulkEditDialog</name>
    <message numerus="yes">
        <source>Edit %n selected row(s)</source>
        <translation>
            <numerusform>Editar %n fila seleccionada</numerusform>
            <numerusform>Editar %n filas seleccionadas</numerusform>
        </translation>
    </message>
    <message>
        <source>empty: the default role</source>
        <translation>vacío: el rol predeterminado</translation>
    </message>
    <message>
        <source>empty: sent as the instance</source>
        <translation>vacío: se envía en nombre de la instancia</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Predeterminado</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Change %1 on every selected row</source>
        <translation>Cambiar %1 en todas las filas seleccionadas</translation>
    </message>
    <message>
        <source>Only the checked fields change; the others keep each row&apos;s own value.</source>
        <translation>Solo cambian los campos marcados; los demás conservan el valor de cada fila.</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Rol</translation>
    </message>
    <message>
        <source>Redirect &amp;URL</source>
        <translation>&amp;URL de redirección</translation>
    </message>
    <message>
        <source>&amp;Inviter</source>
        <translation>&amp;Invitador</translation>
    </message>
    <message>
        <source>&amp;Expires (days)</source>
        <translation>&amp;Caduca (días)</translation>
    </message>
    <message>
        <source>&amp;Notify</source>
        <translation>&amp;Notificar</translation>
    </message>
    <message>
        <source>Checked: the value beside it is set on every selected row</source>
        <translation>Marcada: el valor de al lado se aplica a todas las filas seleccionadas</translation>
    </message>
    <message>
        <source>New %1</source>
        <translation>Nuevo valor de %1</translation>
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
        <translation>&quot;%1&quot; no es un identificador de Clerk válido.</translation>
    </message>
    <message>
        <source>no &quot;data&quot; array</source>
        <translation>sin matriz &quot;data&quot;</translation>
    </message>
</context>
<context>
    <name>ClerkConfig</name>
    <message>
        <source>The Clerk API URL &quot;%1&quot; is not a valid absolute URL.</source>
        <translation>La URL de la API de Clerk &quot;%1&quot; no es una URL absoluta válida.</translation>
    </message>
    <message>
        <source>The Clerk API URL %1 must not contain a user name or password.</source>
        <translation>La URL de la API de Clerk %1 no debe contener un nombre de usuario ni una contraseña.</translation>
    </message>
    <message>
        <source>The Clerk API URL %1 uses plain http to a host that is not a loopback address; use https.</source>
        <translation>La URL de la API de Clerk %1 usa http sin cifrar hacia un host que no es una dirección de bucle invertido; use https.</translation>
    </message>
    <message>
        <source>The Clerk API URL %1 must start with https://.</source>
        <translation>La URL de la API de Clerk %1 debe empezar por https://.</translation>
    </message>
    <message>
        <source>No Clerk secret key: set the environment variable CLERK_SECRET_KEY.</source>
        <translation>No hay clave secreta de Clerk: defina la variable de entorno CLERK_SECRET_KEY.</translation>
    </message>
    <message>
        <source>The Clerk secret key contains spaces, control or non-ASCII characters.</source>
        <translation>La clave secreta de Clerk contiene espacios, caracteres de control o caracteres no ASCII.</translation>
    </message>
    <message>
        <source>The transfer timeout must be a positive number of milliseconds, not %1.</source>
        <translation>El tiempo de espera de la transferencia debe ser un número positivo de milisegundos, no %1.</translation>
    </message>
    <message>
        <source>development instance</source>
        <translation>instancia de desarrollo</translation>
    </message>
    <message>
        <source>production instance</source>
        <translation>instancia de producción</translation>
    </message>
    <message>
        <source>unknown instance</source>
        <translation>instancia desconocida</translation>
    </message>
    <message>
        <source>secret key set</source>
        <translation>clave secreta definida</translation>
    </message>
    <message>
        <source>no secret key</source>
        <translation>sin clave secreta</translation>
    </message>
    <message>
        <source>%1 (%2, %3, API version %4, timeout %5 ms)</source>
        <translation>%1 (%2, %3, versión de la API %4, tiempo de espera %5 ms)</translation>
    </message>
</context>
<context>
    <name>ClerkError</name>
    <message>
        <source>no response</source>
        <translation>sin respuesta</translation>
    </message>
    <message>
        <source>No complete answer from Clerk: %1</source>
        <translation>Clerk no dio una respuesta completa: %1</translation>
    </message>
    <message>
        <source>The answer HTTP %1 was cut off: %2</source>
        <translation>La respuesta HTTP %1 quedó cortada: %2</translation>
    </message>
    <message>
        <source>HTTP %1 with an empty body; the outcome is unknown</source>
        <translation>HTTP %1 con el cuerpo vacío; se desconoce el resultado</translation>
    </message>
    <message>
        <source>HTTP %1 with an empty body</source>
        <translation>HTTP %1 con el cuerpo vacío</translation>
    </message>
    <message>
        <source>HTTP %1 with a JSON body that is not an object</source>
        <translation>HTTP %1 con un cuerpo JSON que no es un objeto</translation>
    </message>
    <message>
        <source>HTTP %1 with malformed JSON (%2 at byte %3)</source>
        <translation>HTTP %1 con JSON mal formado (%2 en el byte %3)</translation>
    </message>
    <message>
        <source>no content type</source>
        <translation>sin tipo de contenido</translation>
    </message>
    <message>
        <source>HTTP %1 from a proxy (%2, not JSON)</source>
        <translation>HTTP %1 de un proxy (%2, no JSON)</translation>
    </message>
    <message>
        <source>HTTP %1 without Clerk error details</source>
        <translation>HTTP %1 sin detalles de error de Clerk</translation>
    </message>
    <message>
        <source>HTTP %1 with an unexpected body: %2</source>
        <translation>HTTP %1 con un cuerpo inesperado: %2</translation>
    </message>
</context>
<context>
    <name>ClerkReplyRecorder</name>
    <message>
        <source>The connection closed before Clerk answered (the request was not sent again)</source>
        <translation>La conexión se cerró antes de que Clerk respondiera (la solicitud no se volvió a enviar)</translation>
    </message>
    <message>
        <source>No complete answer within the transfer timeout of %1 ms</source>
        <translation>No hubo una respuesta completa dentro del tiempo de espera de transferencia de %1 ms</translation>
    </message>
</context>
<context>
    <name>CliOptionParser</name>
    <message>
        <source>Usage: %1</source>
        <translation>Uso: %1</translation>
    </message>
    <message>
        <source>invitedesk-cli %1: %2</source>
        <translation>invitedesk-cli %1: %2</translation>
    </message>
    <message>
        <source>Run &apos;invitedesk-cli %1 --help&apos; for usage.</source>
        <translation>Ejecute &apos;invitedesk-cli %1 --help&apos; para ver el uso.</translation>
    </message>
</context>
<context>
    <name>ColumnMapper</name>
    <message>
        <source>Columns %1 (&quot;%2&quot;) and %3 (&quot;%4&quot;) both hold %5; keep one of them.</source>
        <translation>Las columnas %1 (&quot;%2&quot;) y %3 (&quot;%4&quot;) contienen ambas %5; conserve solo una.</translation>
    </message>
    <message>
        <source>Column %1 (&quot;%2&quot;) has an empty metadata key; name it like public_metadata.address.city.</source>
        <translation>La columna %1 (&quot;%2&quot;) tiene una clave de metadatos vacía; nómbrela como public_metadata.address.city.</translation>
    </message>
    <message>
        <source>no email column: name one of email_address, email, e-mail, mail</source>
        <translation>no hay columna de correo electrónico: nombre una columna email_address, email, e-mail o mail</translation>
    </message>
    <message>
        <source>Columns %1 (&quot;%2&quot;) and %3 (&quot;%4&quot;) both set %5; keep one of them.</source>
        <translation>Las columnas %1 (&quot;%2&quot;) y %3 (&quot;%4&quot;) definen ambas %5; conserve solo una.</translation>
    </message>
    <message>
        <source>Columns %1 (&quot;%2&quot;) and %3 (&quot;%4&quot;) conflict: %5 cannot hold both a value and nested keys.</source>
        <translation>Las columnas %1 (&quot;%2&quot;) y %3 (&quot;%4&quot;) entran en conflicto: %5 no puede contener a la vez un valor y claves anidadas.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is to be read from column %2, but there are only %n column(s).</source>
        <translation>
            <numerusform>%1 debe leerse de la columna %2, pero solo hay %n columna.</numerusform>
            <numerusform>%1 debe leerse de la columna %2, pero solo hay %n columnas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommandLineApp</name>
    <message>
        <source>invitedesk-cli: unknown command &apos;%1&apos;; see &apos;invitedesk-cli --help&apos;</source>
        <translation>invitedesk-cli: comando desconocido &apos;%1&apos;; consulte &apos;invitedesk-cli --help&apos;</translation>
    </message>
    <message>
        <source>Usage: invitedesk-cli COMMAND [OPTIONS]</source>
        <translation>Uso: invitedesk-cli COMMAND [OPTIONS]</translation>
    </message>
    <message>
        <source>Invite many people into one Clerk organization from a CSV file.</source>
        <translation>Invite a muchas personas a una organización de Clerk desde un archivo CSV.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Comandos:</translation>
    </message>
    <message>
        <source>Run &apos;invitedesk-cli COMMAND --help&apos; for the options of a command.</source>
        <translation>Ejecute &apos;invitedesk-cli COMMAND --help&apos; para ver las opciones de un comando.</translation>
    </message>
    <message>
        <source>The secret key is read from the environment variable CLERK_SECRET_KEY, never from an argument.</source>
        <translation>La clave secreta se lee de la variable de entorno CLERK_SECRET_KEY, nunca de un argumento.</translation>
    </message>
</context>
<context>
    <name>Connection</name>
    <message>
        <source>Enter the secret key for %1, or clear the API base URL to use the sandbox.</source>
        <translation>Introduzca la clave secreta de %1 o borre la URL base de la API para usar el sandbox.</translation>
    </message>
    <message>
        <source>The secret key must start with sk_test_ or sk_live_: copy it from API keys in the Clerk Dashboard.</source>
        <translation>La clave secreta debe empezar por sk_test_ o sk_live_: cópiela desde API keys en el Clerk Dashboard.</translation>
    </message>
    <message>
        <source>The built-in sandbox could not start on 127.0.0.1: %1</source>
        <translation>No se pudo iniciar el sandbox integrado en 127.0.0.1: %1</translation>
    </message>
    <message>
        <source>Enter the secret key of your Clerk instance in Settings.</source>
        <translation>Introduzca la clave secreta de su instancia de Clerk en Configuración.</translation>
    </message>
    <message>
        <source>the built-in sandbox at %1</source>
        <translation>el sandbox integrado en %1</translation>
    </message>
    <message>
        <source>the development instance at %1</source>
        <translation>la instancia de desarrollo en %1</translation>
    </message>
    <message>
        <source>the production instance at %1</source>
        <translation>la instancia de producción en %1</translation>
    </message>
    <message>
        <source>the organizations</source>
        <translation>las organizaciones</translation>
    </message>
    <message>
        <source>the instance&apos;s organization roles</source>
        <translation>los roles de organización de la instancia</translation>
    </message>
    <message>
        <source>the members of organization %1</source>
        <translation>los miembros de la organización %1</translation>
    </message>
    <message>
        <source>Clerk did not accept the secret key (HTTP 401) while reading %1: enter the right key in Settings.</source>
        <translation>Clerk no aceptó la clave secreta (HTTP 401) al leer %1: introduzca la clave correcta en Configuración.</translation>
    </message>
    <message>
        <source>Clerk refused to show %1 (HTTP 403: %2): use a secret key of the instance that owns the organization.</source>
        <translation>Clerk se negó a mostrar %1 (HTTP 403: %2): use una clave secreta de la instancia a la que pertenece la organización.</translation>
    </message>
    <message>
        <source>Organization %1 does not exist in %2 (HTTP 404): choose another organization.</source>
        <translation>La organización %1 no existe en %2 (HTTP 404): elija otra organización.</translation>
    </message>
    <message>
        <source>Could not read %1 from %2 (%3): check the API base URL in Settings and the network connection.</source>
        <translation>No se pudieron leer %1 de %2 (%3): compruebe la URL base de la API en Configuración y la conexión de red.</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>No se pudieron leer %1: %2</translation>
    </message>
</context>
<context>
    <name>ConnectionSetup</name>
    <message>
        <source>&amp;Settings…</source>
        <translation>Con&amp;figuración…</translation>
    </message>
    <message>
        <source>&amp;Organization…</source>
        <translation>&amp;Organización…</translation>
    </message>
    <message>
        <source>API base URL, secret key, rate limit, timeouts and language</source>
        <translation>URL base de la API, clave secreta, límite de frecuencia, tiempos de espera e idioma</translation>
    </message>
    <message>
        <source>Choose the organization to invite into</source>
        <translation>Elegir la organización a la que invitar</translation>
    </message>
    <message>
        <source>The remembered secret key is no longer in the system keychain.</source>
        <translation>La clave secreta recordada ya no está en el llavero del sistema.</translation>
    </message>
    <message>
        <source>%1 Sending goes to the built-in sandbox until you enter a key in Settings.</source>
        <translation>%1 El envío va al sandbox integrado hasta que introduzca una clave en Configuración.</translation>
    </message>
    <message>
        <source>Using the sandbox</source>
        <translation>Uso del sandbox</translation>
    </message>
    <message>
        <source>No organization chosen</source>
        <translation>Ninguna organización elegida</translation>
    </message>
    <message>
        <source>Organization: %1</source>
        <translation>Organización: %1</translation>
    </message>
    <message>
        <source>Organization: %1 (%2)</source>
        <translation>Organización: %1 (%2)</translation>
    </message>
    <message>
        <source>Invitations go into this organization: change it with Invitations ▸ Organization…</source>
        <translation>Las invitaciones van a esta organización: cámbiela con Invitaciones ▸ Organización…</translation>
    </message>
    <message>
        <source>Reading the secret key from the system keychain…</source>
        <translation>Leyendo la clave secreta del llavero del sistema…</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>Cannot open “%1”: %2.</source>
        <translation>No se puede abrir “%1”: %2.</translation>
    </message>
    <message>
        <source>“%1” is too large (%2); files up to %3 are supported.</source>
        <translation>“%1” es demasiado grande (%2); se admiten archivos de hasta %3.</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2.</source>
        <translation>No se puede leer “%1”: %2.</translation>
    </message>
    <message>
        <source>“%1” is too large (more than %2); files up to %2 are supported.</source>
        <translation>“%1” es demasiado grande (más de %2); se admiten archivos de hasta %2.</translation>
    </message>
    <message>
        <source>The file is too large (%1); files up to %2 are supported.</source>
        <translation>El archivo es demasiado grande (%1); se admiten archivos de hasta %2.</translation>
    </message>
    <message>
        <source>The file does not contain text; it looks like binary data such as an image or an archive.</source>
        <translation>El archivo no contiene texto; parecen datos binarios, como una imagen o un archivo comprimido.</translation>
    </message>
    <message>
        <source>“%1” cannot be used as the column separator.</source>
        <translation>“%1” no se puede usar como separador de columnas.</translation>
    </message>
    <message>
        <source>Row %1, column %2 opens a quoted value that is never closed (a closing %3 is missing).</source>
        <translation>En la fila %1, columna %2 se abre un valor entre comillas que nunca se cierra (falta la %3 de cierre).</translation>
    </message>
    <message>
        <source>Row %1, column %2 holds more than %3 characters; at most %3 are supported.</source>
        <translation>La celda de la fila %1, columna %2 contiene más de %3 caracteres; se admiten como máximo %3.</translation>
    </message>
    <message>
        <source>Row %1 has %2 columns; at most %3 are supported.</source>
        <translation>La fila %1 tiene %2 columnas; se admiten como máximo %3.</translation>
    </message>
    <message>
        <source>The file has more than %1 data rows; at most %1 are supported.</source>
        <translation>El archivo tiene más de %1 filas de datos; se admiten como máximo %1.</translation>
    </message>
    <message>
        <source>The file is empty: it has no header row and no data.</source>
        <translation>El archivo está vacío: no tiene fila de encabezado ni datos.</translation>
    </message>
</context>
<context>
    <name>DeliveryRun</name>
    <message>
        <source>could not find out whether bulk call %1 reached Clerk (%2): run again to resume</source>
        <translation>no se pudo averiguar si la llamada masiva %1 llegó a Clerk (%2): vuelva a ejecutar para reanudar</translation>
    </message>
    <message>
        <source>row %1: no definite answer from Clerk after %2 attempts (%3)</source>
        <translation>fila %1: sin respuesta definitiva de Clerk tras %2 intentos (%3)</translation>
    </message>
    <message>
        <source>could not read %1 before sending: %2</source>
        <translation>no se pudieron leer %1 antes de enviar: %2</translation>
    </message>
    <message>
        <source>journal: %1</source>
        <translation>diario: %1</translation>
    </message>
</context>
<context>
    <name>DryRunPrinter</name>
    <message>
        <source>call %1 of %2 (rows %3): POST %4</source>
        <translation>llamada %1 de %2 (filas %3): POST %4</translation>
    </message>
</context>
<context>
    <name>DuplicateEmails</name>
    <message>
        <source>same email as row %1</source>
        <translation>mismo correo electrónico que la fila %1</translation>
    </message>
</context>
<context>
    <name>DurationText</name>
    <message>
        <source>less than a minute</source>
        <translation>menos de un minuto</translation>
    </message>
    <message>
        <source>about %1 min</source>
        <translation>aprox. %1 min</translation>
    </message>
    <message>
        <source>about %1 h</source>
        <translation>aprox. %1 h</translation>
    </message>
    <message>
        <source>about %1 h %2 min</source>
        <translation>aprox. %1 h %2 min</translation>
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
            <numerusform>aprox. %Ln minuto</numerusform>
            <numerusform>aprox. %Ln minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %Ln hour(s)</source>
        <translation>
            <numerusform>aprox. %Ln hora</numerusform>
            <numerusform>aprox. %Ln horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %Ln day(s)</source>
        <translation>
            <numerusform>aprox. %Ln día</numerusform>
            <numerusform>aprox. %Ln días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln call(s) per %1</source>
        <translation>
            <numerusform>%Ln llamada por %1</numerusform>
            <numerusform>%Ln llamadas por %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EditCellCommand</name>
    <message>
        <source>Edit %1 in row %2</source>
        <translation>Editar %1 en la fila %2</translation>
    </message>
</context>
<context>
    <name>EditorActions</name>
    <message>
        <source>&amp;Fit Columns</source>
        <translation>&amp;Ajustar columnas</translation>
    </message>
    <message>
        <source>Size the columns to their contents</source>
        <translation>Ajustar el ancho de las columnas a su contenido</translation>
    </message>
    <message>
        <source>&amp;About Invitedesk</source>
        <translation>&amp;Acerca de Invitedesk</translation>
    </message>
    <message>
        <source>Version and licence</source>
        <translation>Versión y licencia</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source>The Qt version Invitedesk runs on</source>
        <translation>La versión de Qt con la que funciona Invitedesk</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nuevo</translation>
    </message>
    <message>
        <source>Start an empty invitee table</source>
        <translation>Empezar una tabla de invitados vacía</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>Save as &amp;CSV…</source>
        <translation>Guardar como &amp;CSV…</translation>
    </message>
    <message>
        <source>Write the table to a CSV file Invitedesk can open again</source>
        <translation>Escribir la tabla en un archivo CSV que Invitedesk puede volver a abrir</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Close Invitedesk</source>
        <translation>Cerrar Invitedesk</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>Take back the last change</source>
        <translation>Deshacer el último cambio</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Make the change taken back again</source>
        <translation>Volver a aplicar el cambio deshecho</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Deshacer: %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Rehacer: %1</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cor&amp;tar</translation>
    </message>
    <message>
        <source>Copy the selected cells and clear them (whole rows: remove them)</source>
        <translation>Copiar las celdas seleccionadas y vaciarlas (filas completas: eliminarlas)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Copy the selected cells as tab-separated text</source>
        <translation>Copiar las celdas seleccionadas como texto separado por tabulaciones</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Pegar</translation>
    </message>
    <message>
        <source>Paste cells from a spreadsheet at the selection; extra rows are added</source>
        <translation>Pegar celdas de una hoja de cálculo en la selección; se agregan las filas que hagan falta</translation>
    </message>
    <message>
        <source>C&amp;lear Cells</source>
        <translation>&amp;Vaciar celdas</translation>
    </message>
    <message>
        <source>Empty the selected cells</source>
        <translation>Vaciar las celdas seleccionadas</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Seleccionar t&amp;odo</translation>
    </message>
    <message>
        <source>Select every visible cell</source>
        <translation>Seleccionar todas las celdas visibles</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <source>Look for text in every cell</source>
        <translation>Buscar texto en todas las celdas</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>Buscar &amp;siguiente</translation>
    </message>
    <message>
        <source>Go to the next cell holding the text</source>
        <translation>Ir a la siguiente celda que contiene el texto</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>Buscar a&amp;nterior</translation>
    </message>
    <message>
        <source>Go to the previous cell holding the text</source>
        <translation>Ir a la celda anterior que contiene el texto</translation>
    </message>
    <message>
        <source>Fill &amp;Down</source>
        <translation>Rellenar hacia &amp;abajo</translation>
    </message>
    <message>
        <source>Copy the top selected cell of each column into the cells below it</source>
        <translation>Copiar la primera celda seleccionada de cada columna en las celdas de debajo</translation>
    </message>
    <message>
        <source>&amp;Add Row</source>
        <translation>&amp;Insertar fila</translation>
    </message>
    <message>
        <source>Insert an empty row below the current one</source>
        <translation>Insertar una fila vacía debajo de la actual</translation>
    </message>
    <message>
        <source>&amp;Delete Rows</source>
        <translation>E&amp;liminar filas</translation>
    </message>
    <message>
        <source>Remove the rows of the selected cells</source>
        <translation>Eliminar las filas de las celdas seleccionadas</translation>
    </message>
    <message>
        <source>&amp;Bulk Edit…</source>
        <translation>Edición &amp;masiva…</translation>
    </message>
    <message>
        <source>Set role, redirect URL, inviter, expiry or notify on the selected rows</source>
        <translation>Definir el rol, la URL de redirección, el invitador, la caducidad o la notificación de las filas seleccionadas</translation>
    </message>
    <message>
        <source>&amp;Validate</source>
        <translation>&amp;Validar</translation>
    </message>
    <message>
        <source>Go to the first cell Clerk would refuse</source>
        <translation>Ir a la primera celda que Clerk rechazaría</translation>
    </message>
    <message>
        <source>&amp;Send Invitations</source>
        <translation>&amp;Enviar invitaciones</translation>
    </message>
    <message>
        <source>Send every row without a problem to Clerk</source>
        <translation>Enviar a Clerk todas las filas sin problemas</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Detener</translation>
    </message>
    <message>
        <source>Stop sending; the run resumes later from where it stopped</source>
        <translation>Detener el envío; la ejecución se reanuda más tarde desde donde se detuvo</translation>
    </message>
    <message>
        <source>Read invitees from a CSV, TSV, XLSX or ODS file</source>
        <translation>Leer invitados de un archivo CSV, TSV, XLSX u ODS</translation>
    </message>
    <message>
        <source>Paste R&amp;ows…</source>
        <translation>Pegar &amp;filas…</translation>
    </message>
    <message>
        <source>Add the clipboard&apos;s rows to the table, choosing how its columns map to Invitedesk&apos;s fields</source>
        <translation>Agregar las filas del portapapeles a la tabla eligiendo a qué campo de Invitedesk corresponde cada una de sus columnas</translation>
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
        <translation>%1 (predeterminado)</translation>
    </message>
    <message>
        <source>default</source>
        <translation>predeterminado</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>What validation or the last run made of the row</source>
        <translation>Lo que la validación o la última ejecución determinó para la fila</translation>
    </message>
</context>
<context>
    <name>EditorView</name>
    <message>
        <source>Show only the rows with this status</source>
        <translation>Mostrar solo las filas con este estado</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtro de estado</translation>
    </message>
    <message>
        <source>Row %1, %2</source>
        <translation>Fila %1, %2</translation>
    </message>
    <message>
        <source>%1 (search wrapped around)</source>
        <translation>%1 (la búsqueda volvió al principio)</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>No encontrado</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is in no visible cell</source>
        <translation>&apos;%1&apos; no está en ninguna celda visible</translation>
    </message>
    <message numerus="yes">
        <source>No problems: %n row(s) ready to send</source>
        <translation>
            <numerusform>Sin problemas: %n fila lista para enviar</numerusform>
            <numerusform>Sin problemas: %n filas listas para enviar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to fix; the first: %1</source>
        <translation>
            <numerusform>%n problema por corregir; el primero: %1</numerusform>
            <numerusform>%n problemas por corregir; el primero: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, row %2</source>
        <translation>%1, fila %2</translation>
    </message>
    <message>
        <source>Select the rows to edit first</source>
        <translation>Primero seleccione las filas que desea editar</translation>
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
        <translation>Sandbox: un Clerk simulado en este equipo. No se envía nada a ningún sitio y nadie recibe ningún correo.</translation>
    </message>
    <message>
        <source>Test: a Clerk development instance (sk_test_ key). Invitations are real but only for testing.</source>
        <translation>Test: una instancia de desarrollo de Clerk (clave sk_test_). Las invitaciones son reales, pero solo para pruebas.</translation>
    </message>
    <message>
        <source>Live: your Clerk production instance (sk_live_ key). Real people get real invitations.</source>
        <translation>Live: su instancia de producción de Clerk (clave sk_live_). Personas reales reciben invitaciones reales.</translation>
    </message>
    <message>
        <source>%1 Sending goes to %2.</source>
        <translation>%1 El envío va a %2.</translation>
    </message>
    <message>
        <source>Environment: %1</source>
        <translation>Entorno: %1</translation>
    </message>
</context>
<context>
    <name>ExchangeListModel</name>
    <message>
        <source>Not sent</source>
        <translation>No enviado</translation>
    </message>
    <message>
        <source>No response</source>
        <translation>Sin respuesta</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 bytes</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Ruta</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
</context>
<context>
    <name>ExchangeView</name>
    <message>
        <source>Copy as cURL</source>
        <translation>Copiar como cURL</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Solicitud</translation>
    </message>
    <message>
        <source>Select an exchange to see it in full.</source>
        <translation>Seleccione un intercambio para verlo completo.</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>No enviado: %1</translation>
    </message>
    <message>
        <source>No response: %1</source>
        <translation>Sin respuesta: %1</translation>
    </message>
    <message>
        <source>the connection ended without an answer</source>
        <translation>la conexión terminó sin respuesta</translation>
    </message>
    <message>
        <source>%1, then the transfer failed: %2</source>
        <translation>%1; después, la transferencia falló: %2</translation>
    </message>
    <message>
        <source>Started %1 · wait %2 ms · total %3 ms · response %4</source>
        <translation>Inicio %1 · espera %2 ms · total %3 ms · respuesta %4</translation>
    </message>
    <message>
        <source>Copy as c&amp;URL</source>
        <translation>&amp;Copiar como cURL</translation>
    </message>
    <message>
        <source>Copy a curl command that repeats this request (Ctrl+Shift+C); it reads the key from $CLERK_SECRET_KEY, so the key itself is never copied</source>
        <translation>Copiar un comando curl que repite esta solicitud (Ctrl+Shift+C); lee la clave de $CLERK_SECRET_KEY, así que la clave en sí nunca se copia</translation>
    </message>
    <message>
        <source>Response headers</source>
        <translation>Encabezados de la respuesta</translation>
    </message>
    <message>
        <source>Request headers</source>
        <translation>Encabezados de la solicitud</translation>
    </message>
    <message>
        <source>Response body</source>
        <translation>Cuerpo de la respuesta</translation>
    </message>
    <message>
        <source>Request body</source>
        <translation>Cuerpo de la solicitud</translation>
    </message>
    <message>
        <source>Response or request</source>
        <translation>Respuesta o solicitud</translation>
    </message>
    <message>
        <source>Save the response body</source>
        <translation>Guardar el cuerpo de la respuesta</translation>
    </message>
    <message>
        <source>Save the request body</source>
        <translation>Guardar el cuerpo de la solicitud</translation>
    </message>
</context>
<context>
    <name>ExpiryDelegate</name>
    <message>
        <source>default</source>
        <translation>predeterminado</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in every cell</source>
        <translation>Buscar en todas las celdas</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Coincidencia anterior (Mayús+F3)</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Coincidencia anterior</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>Coincidencia siguiente (F3)</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Coincidencia siguiente</translation>
    </message>
    <message>
        <source>Close the find bar (Esc)</source>
        <translation>Cerrar la barra de búsqueda (Esc)</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>Cerrar la barra de búsqueda</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>Buscar:</translation>
    </message>
    <message>
        <source>Enter: next match, Shift+Enter: previous, Escape: close</source>
        <translation>Enter: coincidencia siguiente, Shift+Enter: anterior, Escape: cerrar</translation>
    </message>
</context>
<context>
    <name>HarWriter</name>
    <message>
        <source>No response was received.</source>
        <translation>No se recibió ninguna respuesta.</translation>
    </message>
    <message>
        <source>Could not write the HTTP archive to %1: %2</source>
        <translation>No se pudo escribir el HTTP Archive (HAR) en %1: %2</translation>
    </message>
</context>
<context>
    <name>HeaderTable</name>
    <message>
        <source>Header</source>
        <translation>Encabezado</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
</context>
<context>
    <name>HtmlTableReader</name>
    <message numerus="yes">
        <source>The table on the clipboard is larger than %n character(s).</source>
        <translation>
            <numerusform>La tabla del portapapeles tiene más de %n carácter.</numerusform>
            <numerusform>La tabla del portapapeles tiene más de %n caracteres.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The table on the clipboard has more than %n row(s).</source>
        <translation>
            <numerusform>La tabla del portapapeles tiene más de %n fila.</numerusform>
            <numerusform>La tabla del portapapeles tiene más de %n filas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Row %1 of the table on the clipboard has more than %n column(s).</source>
        <translation>
            <numerusform>La fila %1 de la tabla del portapapeles tiene más de %n columna.</numerusform>
            <numerusform>La fila %1 de la tabla del portapapeles tiene más de %n columnas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Row %1, column %2 of the table on the clipboard is longer than %n character(s).</source>
        <translation>
            <numerusform>La celda de la fila %1, columna %2, de la tabla del portapapeles tiene más de %n carácter.</numerusform>
            <numerusform>La celda de la fila %1, columna %2, de la tabla del portapapeles tiene más de %n caracteres.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The table on the clipboard has more than %n cell(s) (at row %1).</source>
        <translation>
            <numerusform>La tabla del portapapeles tiene más de %n celda (en la fila %1).</numerusform>
            <numerusform>La tabla del portapapeles tiene más de %n celdas (en la fila %1).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Paste rows</source>
        <translation>Pegar filas</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>Importar %1</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
    <message>
        <source>Preview of the first rows</source>
        <translation>Vista previa de las primeras filas</translation>
    </message>
    <message>
        <source>The first rows as Invitedesk will read them; cells with a problem show a warning icon and the reason in their tooltip</source>
        <translation>Las primeras filas tal como las leerá Invitedesk; las celdas con un problema muestran un icono de advertencia y el motivo en su información emergente</translation>
    </message>
    <message>
        <source>Previe&amp;w of the first rows, as Invitedesk will read them:</source>
        <translation>Vista previa de las primeras &amp;filas, tal como las leerá Invitedesk:</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Pegar</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>E&amp;mail:</source>
        <translation>Correo &amp;electrónico:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <source>Re&amp;direct URL:</source>
        <translation>URL de re&amp;dirección:</translation>
    </message>
    <message>
        <source>&amp;Inviter:</source>
        <translation>&amp;Invitador:</translation>
    </message>
    <message>
        <source>E&amp;xpires in days:</source>
        <translation>Cad&amp;uca en días:</translation>
    </message>
    <message>
        <source>&amp;Notify:</source>
        <translation>&amp;Notificar:</translation>
    </message>
    <message>
        <source>&amp;Public metadata:</source>
        <translation>Metadatos &amp;públicos:</translation>
    </message>
    <message>
        <source>Pri&amp;vate metadata:</source>
        <translation>Metadatos pri&amp;vados:</translation>
    </message>
    <message>
        <source>Source column for %1</source>
        <translation>Columna de origen de %1</translation>
    </message>
    <message>
        <source>(not present)</source>
        <translation>(no presente)</translation>
    </message>
    <message>
        <source>(the %1.… columns)</source>
        <translation>(las columnas %1.…)</translation>
    </message>
    <message>
        <source>%1 (e.g. %2)</source>
        <translation>%1 (p. ej. %2)</translation>
    </message>
    <message numerus="yes">
        <source>Read as %1. The first %n row(s) are shown.</source>
        <translation>
            <numerusform>Se leyó como %1. Se muestra %n fila.</numerusform>
            <numerusform>Se leyó como %1. Se muestran las primeras %n filas.</numerusform>
        </translation>
    </message>
    <message>
        <source>pasted text</source>
        <translation>texto pegado</translation>
    </message>
    <message>
        <source>No column is mapped to the email address. Choose the column that holds the addresses under Email: Invitedesk cannot invite anyone without them.</source>
        <translation>Ninguna columna está asignada a la dirección de correo electrónico. Elija en Correo electrónico la columna que contiene las direcciones: Invitedesk no puede invitar a nadie sin ellas.</translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) in these rows would be refused; hover over a marked cell to see why. You can fix them in the table after the import.</source>
        <translation>
            <numerusform>%n celda de estas filas se rechazaría; pase el puntero sobre una celda marcada para ver el motivo. Puede corregirla en la tabla después de la importación.</numerusform>
            <numerusform>%n celdas de estas filas se rechazarían; pase el puntero sobre una celda marcada para ver el motivo. Puede corregirlas en la tabla después de la importación.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportOptions</name>
    <message>
        <source>Column %1</source>
        <translation>Columna %1</translation>
    </message>
</context>
<context>
    <name>ImportOptionsBox</name>
    <message>
        <source>Reading</source>
        <translation>Lectura</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Codificación</translation>
    </message>
    <message>
        <source>Separator</source>
        <translation>Separador</translation>
    </message>
    <message>
        <source>Quote character</source>
        <translation>Carácter de comillas</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Hoja</translation>
    </message>
    <message>
        <source>First row holds the &amp;headers</source>
        <translation>&amp;La primera fila contiene los encabezados</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automático</translation>
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
        <translation>Windows-1252 (Europa occidental)</translation>
    </message>
    <message>
        <source>ISO-8859-1 (Latin-1)</source>
        <translation>ISO-8859-1 (Latin-1)</translation>
    </message>
    <message>
        <source>ISO-8859-15 (Latin-9, with €)</source>
        <translation>ISO-8859-15 (Latin-9, con €)</translation>
    </message>
    <message>
        <source>Comma (,)</source>
        <translation>Coma (,)</translation>
    </message>
    <message>
        <source>Semicolon (;)</source>
        <translation>Punto y coma (;)</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulación</translation>
    </message>
    <message>
        <source>Vertical bar (|)</source>
        <translation>Barra vertical (|)</translation>
    </message>
    <message>
        <source>Other character</source>
        <translation>Otro carácter</translation>
    </message>
    <message>
        <source>Other separator character</source>
        <translation>Otro carácter separador</translation>
    </message>
    <message>
        <source>Double quote (&quot;)</source>
        <translation>Comillas dobles (&quot;)</translation>
    </message>
    <message>
        <source>Single quote (&apos;)</source>
        <translation>Comillas simples (&apos;)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>First row holds the headers</source>
        <translation>La primera fila contiene los encabezados</translation>
    </message>
    <message>
        <source>Rows to skip before the header</source>
        <translation>Filas que omitir antes del encabezado</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Codificación:</translation>
    </message>
    <message>
        <source>&amp;Separator:</source>
        <translation>&amp;Separador:</translation>
    </message>
    <message>
        <source>&amp;Quote character:</source>
        <translation>Carácter de co&amp;millas:</translation>
    </message>
    <message>
        <source>Shee&amp;t:</source>
        <translation>&amp;Hoja:</translation>
    </message>
    <message>
        <source>Rows to s&amp;kip before the header:</source>
        <translation>Filas que &amp;omitir antes del encabezado:</translation>
    </message>
    <message>
        <source>Automatic (%1)</source>
        <translation>Automático (%1)</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulación</translation>
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
        <translation>Problema: %1</translation>
    </message>
</context>
<context>
    <name>ImportRows</name>
    <message>
        <source>no email column: choose the column that holds the email addresses</source>
        <translation>no hay columna de correo electrónico: elija la columna que contiene las direcciones de correo electrónico</translation>
    </message>
    <message>
        <source>no email column: no cell of the first row holds an email address</source>
        <translation>no hay columna de correo electrónico: ninguna celda de la primera fila contiene una dirección de correo electrónico</translation>
    </message>
    <message numerus="yes">
        <source>Nothing is left to read after skipping the first %n row(s).</source>
        <translation>
            <numerusform>No queda nada que leer tras omitir %n fila.</numerusform>
            <numerusform>No queda nada que leer tras omitir las primeras %n filas.</numerusform>
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
        <translation>%1: se comprobaron %2: %3 listas para enviar, %4 no válidas, %5 duplicadas</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n fila</numerusform>
            <numerusform>%n filas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Invitee</name>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Redirect URL</source>
        <translation>URL de redirección</translation>
    </message>
    <message>
        <source>Inviter</source>
        <translation>Invitador</translation>
    </message>
    <message>
        <source>Expires (days)</source>
        <translation>Caduca (días)</translation>
    </message>
    <message>
        <source>Notify</source>
        <translation>Notificar</translation>
    </message>
    <message>
        <source>Public metadata</source>
        <translation>Metadatos públicos</translation>
    </message>
    <message>
        <source>Private metadata</source>
        <translation>Metadatos privados</translation>
    </message>
</context>
<context>
    <name>InviteeCsvFile</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>InviteeImporter</name>
    <message>
        <source>tab</source>
        <translation>tabulación</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>CSV (%1, %2 separated)</source>
        <translation>CSV (%1, separado por %2)</translation>
    </message>
    <message>
        <source>The file is named .%1 but is not a workbook Invitedesk can read.</source>
        <translation>El archivo tiene la extensión .%1, pero no es un libro que Invitedesk pueda leer.</translation>
    </message>
    <message>
        <source>The file is named .%1 but holds text, not a workbook (it looks like CSV); if it is CSV, rename it to .csv.</source>
        <translation>El archivo tiene la extensión .%1, pero contiene texto, no un libro (parece CSV); si es CSV, cámbiele la extensión a .csv.</translation>
    </message>
    <message>
        <source>The file is delimited text, which has no sheets; a sheet (“%1”) can only be chosen in an XLSX or ODS workbook.</source>
        <translation>El archivo es texto delimitado, que no tiene hojas; solo se puede elegir una hoja (“%1”) en un libro XLSX u ODS.</translation>
    </message>
    <message>
        <source>sheet “%1”: %2</source>
        <translation>hoja “%1”: %2</translation>
    </message>
    <message>
        <source>%1 workbook, sheet “%2”</source>
        <translation>libro %1, hoja “%2”</translation>
    </message>
</context>
<context>
    <name>InviteeTableView</name>
    <message>
        <source>Invitees</source>
        <translation>Invitados</translation>
    </message>
    <message>
        <source>One invitee per row. Type to replace a cell, F2 to edit it, Enter or F2 on a metadata cell opens the JSON editor, Space toggles Notify. Problem cells carry a warning icon and say what is wrong in their tooltip.</source>
        <translation>Un invitado por fila. Escriba para reemplazar una celda, F2 para editarla; Enter o F2 en una celda de metadatos abre el editor JSON; Space activa o desactiva Notificar. Las celdas con problemas llevan un icono de advertencia y su información emergente indica qué está mal.</translation>
    </message>
    <message>
        <source>%1, row %2</source>
        <translation>%1, fila %2</translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <source>no journal file was given</source>
        <translation>no se indicó ningún archivo de diario</translation>
    </message>
    <message>
        <source>journal %1 is a folder, not a file</source>
        <translation>el diario %1 es una carpeta, no un archivo</translation>
    </message>
    <message>
        <source>cannot create journal %1: folder %2 does not exist</source>
        <translation>no se puede crear el diario %1: la carpeta %2 no existe</translation>
    </message>
    <message>
        <source>cannot write journal %1: the file is read-only</source>
        <translation>no se puede escribir el diario %1: el archivo es de solo lectura</translation>
    </message>
    <message>
        <source>cannot write journal %1: folder %2 is read-only</source>
        <translation>no se puede escribir el diario %1: la carpeta %2 es de solo lectura</translation>
    </message>
    <message>
        <source>journal %1 has no run %2</source>
        <translation>el diario %1 no tiene la ejecución %2</translation>
    </message>
    <message>
        <source>the journal is not open</source>
        <translation>el diario no está abierto</translation>
    </message>
</context>
<context>
    <name>JournalCallWriter</name>
    <message>
        <source>journal %1: a call needs at least one row</source>
        <translation>diario %1: una llamada necesita al menos una fila</translation>
    </message>
    <message>
        <source>journal %1: call %2 was already sent; plan a new call to send its rows again</source>
        <translation>diario %1: la llamada %2 ya se envió; planifique una nueva llamada para volver a enviar sus filas</translation>
    </message>
    <message>
        <source>journal %1 has no run %2</source>
        <translation>el diario %1 no tiene la ejecución %2</translation>
    </message>
    <message>
        <source>journal %1: run %2 is already finished</source>
        <translation>diario %1: la ejecución %2 ya terminó</translation>
    </message>
    <message>
        <source>journal %1: row %2 is not in run %3 or is given twice</source>
        <translation>diario %1: la fila %2 no está en la ejecución %3 o aparece dos veces</translation>
    </message>
    <message>
        <source>journal %1: row %2 already ended as %3 and is not sent again</source>
        <translation>diario %1: la fila %2 ya terminó como %3 y no se vuelve a enviar</translation>
    </message>
    <message>
        <source>journal %1: row %2 is in call %3 whose outcome is not known yet</source>
        <translation>diario %1: la fila %2 está en la llamada %3, cuyo resultado aún se desconoce</translation>
    </message>
    <message>
        <source>journal %1: the outcome given for row %2 is still pending; leave the row out instead</source>
        <translation>diario %1: el resultado indicado para la fila %2 sigue pendiente; en su lugar, omita la fila</translation>
    </message>
    <message>
        <source>journal %1: row %2 is not a pending row of call %3</source>
        <translation>diario %1: la fila %2 no es una fila pendiente de la llamada %3</translation>
    </message>
    <message>
        <source>journal %1 has no call %2</source>
        <translation>el diario %1 no tiene la llamada %2</translation>
    </message>
    <message>
        <source>journal %1: call %2 is already closed</source>
        <translation>diario %1: la llamada %2 ya está cerrada</translation>
    </message>
</context>
<context>
    <name>JournalRunWriter</name>
    <message>
        <source>journal %1: unfinished run %2 has %3 rows but the input has %4; choose another journal</source>
        <translation>diario %1: la ejecución sin terminar %2 tiene %3 filas, pero la entrada tiene %4; elija otro diario</translation>
    </message>
    <message>
        <source>journal %1: row %2 appears twice in the run</source>
        <translation>diario %1: la fila %2 aparece dos veces en la ejecución</translation>
    </message>
    <message>
        <source>journal %1: the outcome given for row %2 is still pending</source>
        <translation>diario %1: el resultado indicado para la fila %2 sigue pendiente</translation>
    </message>
    <message>
        <source>journal %1: row %2 of run %3 is not pending outside an open call</source>
        <translation>diario %1: la fila %2 de la ejecución %3 no está pendiente fuera de una llamada abierta</translation>
    </message>
    <message>
        <source>journal %1: run %2 cannot finish while %3 rows are pending and %4 calls are unresolved</source>
        <translation>diario %1: la ejecución %2 no puede terminar mientras haya %3 filas pendientes y %4 llamadas sin resolver</translation>
    </message>
    <message>
        <source>journal %1 has no run %2</source>
        <translation>el diario %1 no tiene la ejecución %2</translation>
    </message>
</context>
<context>
    <name>JournalSchema</name>
    <message>
        <source>%1 is not an Invitedesk journal (it is an SQLite database of another application)</source>
        <translation>%1 no es un diario de Invitedesk (es una base de datos SQLite de otra aplicación)</translation>
    </message>
    <message>
        <source>journal %1 was written by a newer Invitedesk (journal version %2; this version reads up to %3)</source>
        <translation>el diario %1 lo escribió una versión más reciente de Invitedesk (versión de diario %2; esta versión lee hasta la %3)</translation>
    </message>
    <message>
        <source>journal %1 cannot use write-ahead logging (SQLite kept journal mode &quot;%2&quot;)</source>
        <translation>el diario %1 no puede usar el registro de escritura anticipada (SQLite mantuvo el modo de diario &quot;%2&quot;)</translation>
    </message>
    <message>
        <source>journal %1 is in use by another Invitedesk process; wait for it to finish or choose another journal</source>
        <translation>otro proceso de Invitedesk está usando el diario %1; espere a que termine o elija otro diario</translation>
    </message>
    <message>
        <source>%1 is not an Invitedesk journal (it is not an SQLite database)</source>
        <translation>%1 no es un diario de Invitedesk (no es una base de datos SQLite)</translation>
    </message>
    <message>
        <source>journal %1 is damaged (%2)</source>
        <translation>el diario %1 está dañado (%2)</translation>
    </message>
    <message>
        <source>cannot write journal %1: the file or its folder is read-only</source>
        <translation>no se puede escribir el diario %1: el archivo o su carpeta es de solo lectura</translation>
    </message>
    <message>
        <source>cannot write journal %1: the disk is full</source>
        <translation>no se puede escribir el diario %1: el disco está lleno</translation>
    </message>
    <message>
        <source>cannot open journal %1: %2</source>
        <translation>no se puede abrir el diario %1: %2</translation>
    </message>
    <message>
        <source>cannot read or write journal %1: input/output error (%2)</source>
        <translation>no se puede leer ni escribir el diario %1: error de entrada/salida (%2)</translation>
    </message>
    <message>
        <source>journal %1: %2</source>
        <translation>diario %1: %2</translation>
    </message>
</context>
<context>
    <name>JsonEditorDialog</name>
    <message>
        <source>an array</source>
        <translation>una matriz</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>una cadena</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un número</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true o false</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>algo que no es un objeto</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>&amp;Formatear</translation>
    </message>
    <message>
        <source>Indent the object, one key per line</source>
        <translation>Aplicar sangría al objeto, una clave por línea</translation>
    </message>
    <message>
        <source>Empty: no metadata</source>
        <translation>Vacío: sin metadatos</translation>
    </message>
    <message>
        <source>Valid JSON object</source>
        <translation>Objeto JSON válido</translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>Línea %1, columna %2: %3</translation>
    </message>
    <message>
        <source>This is %1; metadata must be a JSON object like {&quot;team&quot;: &quot;Research&quot;}</source>
        <translation>Es %1; los metadatos deben ser un objeto JSON como {&quot;team&quot;: &quot;Research&quot;}</translation>
    </message>
    <message>
        <source>Metadata JSON</source>
        <translation>JSON de metadatos</translation>
    </message>
    <message>
        <source>A JSON object; the line under the editor says whether it is valid. Tab moves to the buttons, Escape cancels.</source>
        <translation>Un objeto JSON; la línea bajo el editor indica si es válido. Tab pasa a los botones, Escape cancela.</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>No system keychain is available (%1).</source>
        <translation>No hay ningún llavero del sistema disponible (%1).</translation>
    </message>
    <message>
        <source>The system keychain refused access (%1).</source>
        <translation>El llavero del sistema denegó el acceso (%1).</translation>
    </message>
    <message>
        <source>The system keychain failed (%1).</source>
        <translation>Se produjo un error en el llavero del sistema (%1).</translation>
    </message>
</context>
<context>
    <name>LiveKeyConfirmation</name>
    <message>
        <source>Send %1 invitations to %2 with a LIVE key? This takes %3 at %4. [y/N] </source>
        <translation>¿Enviar %1 invitaciones a %2 con una clave LIVE? Tardará %3 a %4. [y/N] </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Cannot open the file</source>
        <translation>No se puede abrir el archivo</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;recientes</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Invitations</source>
        <translation>&amp;Invitaciones</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>About Invitedesk</source>
        <translation>Acerca de Invitedesk</translation>
    </message>
    <message>
        <source>Invitedesk %1: invite many people into one Clerk organization at once.</source>
        <translation>Invitedesk %1: invite a muchas personas a una organización de Clerk de una sola vez.</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Rows with an invalid cell, and rows repeating an earlier row&apos;s email</source>
        <translation>Filas con una celda no válida y filas que repiten el correo electrónico de una fila anterior</translation>
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
            <numerusform>%n fila</numerusform>
            <numerusform>%n filas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problema</numerusform>
            <numerusform>%n problemas</numerusform>
        </translation>
    </message>
    <message>
        <source>Invalid rows: %1 · Duplicates: %2</source>
        <translation>Filas no válidas: %1 · Duplicadas: %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>M&amp;ostrar:</translation>
    </message>
    <message>
        <source>Main &amp;Toolbar</source>
        <translation>Barra de herramientas &amp;principal</translation>
    </message>
</context>
<context>
    <name>OdsReader</name>
    <message>
        <source>The file is not an ODS workbook: it has no content.xml.</source>
        <translation>El archivo no es un libro ODS: no tiene content.xml.</translation>
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
        <translation>Elegir la organización</translation>
    </message>
    <message>
        <source>Search by name, slug or id</source>
        <translation>Buscar por nombre, slug o id</translation>
    </message>
    <message>
        <source>Search organizations</source>
        <translation>Buscar organizaciones</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
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
        <translation>Miembros</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message>
        <source>This instance has no organizations yet.</source>
        <translation>Esta instancia aún no tiene organizaciones.</translation>
    </message>
    <message>
        <source>No organization matches &quot;%1&quot;.</source>
        <translation>Ninguna organización coincide con &quot;%1&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>Showing the first %Ln organization(s): type more of the name to narrow the search.</source>
        <translation>
            <numerusform>Se muestra solo %Ln organización: escriba más del nombre para acotar la búsqueda.</numerusform>
            <numerusform>Se muestran las primeras %Ln organizaciones: escriba más del nombre para acotar la búsqueda.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln organization(s) found.</source>
        <translation>
            <numerusform>Se encontró %Ln organización.</numerusform>
            <numerusform>Se encontraron %Ln organizaciones.</numerusform>
        </translation>
    </message>
    <message>
        <source>The list below follows as you type; Enter searches at once</source>
        <translation>La lista de abajo se actualiza mientras escribe; Enter busca de inmediato</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>Organizaciones</translation>
    </message>
    <message>
        <source>Choose one with the arrow keys; Enter invites into it</source>
        <translation>Elija una con las teclas de flecha; Enter invita a esa organización</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <source>Organi&amp;zations:</source>
        <translation>&amp;Organizaciones:</translation>
    </message>
</context>
<context>
    <name>OutcomeMapper</name>
    <message>
        <source>Clerk refused the secret key (401): check CLERK_SECRET_KEY</source>
        <translation>Clerk rechazó la clave secreta (401): compruebe CLERK_SECRET_KEY</translation>
    </message>
    <message>
        <source>Clerk denied access to organization %1 (403): check that the secret key belongs to its instance (%2)</source>
        <translation>Clerk denegó el acceso a la organización %1 (403): compruebe que la clave secreta pertenece a su instancia (%2)</translation>
    </message>
    <message>
        <source>organization %1 not found (404): check --org</source>
        <translation>no se encontró la organización %1 (404): compruebe --org</translation>
    </message>
    <message>
        <source>nothing was sent: %1</source>
        <translation>no se envió nada: %1</translation>
    </message>
</context>
<context>
    <name>PaneCycler</name>
    <message>
        <source>Next &amp;Pane</source>
        <translation>Panel &amp;siguiente</translation>
    </message>
    <message>
        <source>Pre&amp;vious Pane</source>
        <translation>Panel a&amp;nterior</translation>
    </message>
    <message>
        <source>Move the keyboard focus to the next part of the window: table, sending panel, results</source>
        <translation>Mover el foco del teclado a la siguiente parte de la ventana: tabla, panel de envío, resultados</translation>
    </message>
    <message>
        <source>Move the keyboard focus to the previous part of the window</source>
        <translation>Mover el foco del teclado a la parte anterior de la ventana</translation>
    </message>
</context>
<context>
    <name>Preflight</name>
    <message>
        <source>row %1, column role: &quot;%2&quot; is not a role of this Clerk instance (valid: %3)</source>
        <translation>fila %1, columna role: &quot;%2&quot; no es un rol de esta instancia de Clerk (válidos: %3)</translation>
    </message>
    <message>
        <source>the instance&apos;s roles</source>
        <translation>los roles de la instancia</translation>
    </message>
    <message>
        <source>the organization&apos;s pending invitations</source>
        <translation>las invitaciones pendientes de la organización</translation>
    </message>
    <message>
        <source>%1 already has a pending invitation (%2)</source>
        <translation>%1 ya tiene una invitación pendiente (%2)</translation>
    </message>
    <message>
        <source>the organization&apos;s members</source>
        <translation>los miembros de la organización</translation>
    </message>
    <message>
        <source>%1 is already a member of the organization</source>
        <translation>%1 ya es miembro de la organización</translation>
    </message>
</context>
<context>
    <name>RatePacer</name>
    <message>
        <source>rate must look like N/SECONDS, e.g. 50/3600 (got &quot;%1&quot;)</source>
        <translation>la frecuencia debe tener la forma N/SECONDS, p. ej. 50/3600 (se recibió &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>rate must allow at least 1 call per window (got &quot;%1&quot;)</source>
        <translation>la frecuencia debe permitir al menos 1 llamada por intervalo (se recibió &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>rate window must be at least 1 second (got &quot;%1&quot;)</source>
        <translation>el intervalo de la frecuencia debe ser de al menos 1 segundo (se recibió &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>rate &quot;%1&quot; is too large: at most %2 calls per window of at most %3 seconds</source>
        <translation>la frecuencia &quot;%1&quot; es demasiado alta: como máximo %2 llamadas por intervalo de como máximo %3 segundos</translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <source>Could not write the report: %1</source>
        <translation>No se pudo escribir el informe: %1</translation>
    </message>
    <message>
        <source>Could not write the report to %1: %2</source>
        <translation>No se pudo escribir el informe en %1: %2</translation>
    </message>
</context>
<context>
    <name>ResultsDock</name>
    <message>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>&amp;Results</source>
        <translation>&amp;Resultados</translation>
    </message>
    <message>
        <source>Show or hide the runs and their HTTP exchanges (F6 moves the focus there)</source>
        <translation>Mostrar u ocultar las ejecuciones y sus intercambios HTTP (F6 mueve el foco allí)</translation>
    </message>
</context>
<context>
    <name>ResultsWindow</name>
    <message>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Ejecuciones</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>Read the runs again from the journal</source>
        <translation>Volver a leer las ejecuciones del diario</translation>
    </message>
    <message>
        <source>Export &amp;report…</source>
        <translation>Exportar &amp;informe…</translation>
    </message>
    <message>
        <source>Export &amp;HAR…</source>
        <translation>Exportar &amp;HAR…</translation>
    </message>
    <message>
        <source>Re&amp;voke invitations of this run…</source>
        <translation>Re&amp;vocar las invitaciones de esta ejecución…</translation>
    </message>
    <message>
        <source>Could not read run %1 from the journal: %2</source>
        <translation>No se pudo leer la ejecución %1 del diario: %2</translation>
    </message>
    <message>
        <source>No runs yet: the runs you send appear here.</source>
        <translation>Aún no hay ejecuciones: aquí aparecen las que envíe.</translation>
    </message>
    <message>
        <source>Run %1 · %2 · started %3 · %4 · %5</source>
        <translation>Ejecución %1 · %2 · inicio %3 · %4 · %5</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Exportar informe</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export HAR</source>
        <translation>Exportar HAR</translation>
    </message>
    <message>
        <source>HTTP Archive files (*.har)</source>
        <translation>Archivos HTTP Archive (*.har)</translation>
    </message>
    <message>
        <source>Report of run %1 saved to %2</source>
        <translation>Informe de la ejecución %1 guardado en %2</translation>
    </message>
    <message>
        <source>HTTP exchanges of run %1 saved to %2</source>
        <translation>Intercambios HTTP de la ejecución %1 guardados en %2</translation>
    </message>
    <message>
        <source>Run %1: %2</source>
        <translation>Ejecución %1: %2</translation>
    </message>
    <message>
        <source>Revoke invitations</source>
        <translation>Revocar invitaciones</translation>
    </message>
    <message>
        <source>%1 First failure: %2</source>
        <translation>%1 Primer fallo: %2</translation>
    </message>
    <message>
        <source>Every run in the journal, newest first; the selected run is shown beside</source>
        <translation>Todas las ejecuciones del diario, de la más reciente a la más antigua; la ejecución seleccionada se muestra al lado</translation>
    </message>
    <message>
        <source>Results actions</source>
        <translation>Acciones de resultados</translation>
    </message>
    <message>
        <source>Save the per-row results of this run as a CSV report (Ctrl+Shift+E)</source>
        <translation>Guardar los resultados por fila de esta ejecución como informe CSV (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <source>Save every HTTP exchange of this run as an HTTP Archive (HAR 1.2) (Ctrl+Shift+H)</source>
        <translation>Guardar todos los intercambios HTTP de esta ejecución como HTTP Archive (HAR 1.2) (Ctrl+Shift+H)</translation>
    </message>
    <message>
        <source>Revoke every invitation this run created, after a confirmation (Ctrl+Shift+Delete)</source>
        <translation>Revocar todas las invitaciones que creó esta ejecución, previa confirmación (Ctrl+Shift+Delete)</translation>
    </message>
    <message>
        <source>R&amp;ows</source>
        <translation>Fi&amp;las</translation>
    </message>
    <message>
        <source>HTTP e&amp;xchanges</source>
        <translation>In&amp;tercambios HTTP</translation>
    </message>
    <message>
        <source>The result of every row of the run (Alt+O)</source>
        <translation>El resultado de cada fila de la ejecución (Alt+L)</translation>
    </message>
    <message>
        <source>Every call to Clerk in full (Alt+X)</source>
        <translation>Todas las llamadas a Clerk completas (Alt+T)</translation>
    </message>
    <message>
        <source>Rows per status</source>
        <translation>Filas por estado</translation>
    </message>
</context>
<context>
    <name>RevokeBar</name>
    <message>
        <source>Stop revoking</source>
        <translation>Detener la revocación</translation>
    </message>
    <message>
        <source>Send no further revocation; the one under way still ends</source>
        <translation>No enviar más revocaciones; la que está en curso termina igualmente</translation>
    </message>
    <message>
        <source>Revoke invitations</source>
        <translation>Revocar invitaciones</translation>
    </message>
    <message>
        <source>Run %1 created no invitation that could be revoked.</source>
        <translation>La ejecución %1 no creó ninguna invitación que se pueda revocar.</translation>
    </message>
    <message>
        <source>Run %1 sent its invitations to %2, but the connection is now to %3; connect to %2 to revoke them.</source>
        <translation>La ejecución %1 envió sus invitaciones a %2, pero ahora la conexión es con %3; conéctese a %2 para revocarlas.</translation>
    </message>
    <message>
        <source>Revoke every invitation run %1 created in %2? Invitations to revoke: %3. Whoever has not accepted yet can then no longer join with them.</source>
        <translation>¿Revocar todas las invitaciones que creó la ejecución %1 en %2? Invitaciones que se revocarán: %3. Quien aún no las haya aceptado ya no podrá unirse con ellas.</translation>
    </message>
    <message>
        <source>Revoking the invitations of run %1: %2 of %3</source>
        <translation>Revocando las invitaciones de la ejecución %1: %2 de %3</translation>
    </message>
    <message>
        <source>Revoking progress</source>
        <translation>Progreso de la revocación</translation>
    </message>
</context>
<context>
    <name>RevokeSummary</name>
    <message>
        <source>Revoked: %1. Already gone: %2. Failed: %3.</source>
        <translation>Revocadas: %1. Ya no existían: %2. Fallidas: %3.</translation>
    </message>
    <message>
        <source>%1 Stopped after %2 of %3.</source>
        <translation>%1 Se detuvo tras %2 de %3.</translation>
    </message>
</context>
<context>
    <name>RowResultsModel</name>
    <message>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Invitation id</source>
        <translation>Id de invitación</translation>
    </message>
    <message>
        <source>HTTP status</source>
        <translation>Estado HTTP</translation>
    </message>
    <message>
        <source>Error code</source>
        <translation>Código de error</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Trace id</source>
        <translation>Id de traza</translation>
    </message>
</context>
<context>
    <name>RowStatus</name>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Invitado</translation>
    </message>
    <message>
        <source>Already invited</source>
        <translation>Ya invitado</translation>
    </message>
    <message>
        <source>Already a member</source>
        <translation>Ya es miembro</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>No válido</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicado</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
</context>
<context>
    <name>RunController</name>
    <message>
        <source>A run is already going: stop it or wait until it ends.</source>
        <translation>Ya hay una ejecución en curso: deténgala o espere a que termine.</translation>
    </message>
    <message>
        <source>Choose the organization to invite into before sending.</source>
        <translation>Antes de enviar, elija la organización a la que invitar.</translation>
    </message>
    <message>
        <source>The table is empty: type or open the invitees first.</source>
        <translation>La tabla está vacía: primero escriba o abra los invitados.</translation>
    </message>
</context>
<context>
    <name>RunExchangesPanel</name>
    <message>
        <source>HTTP exchanges</source>
        <translation>Intercambios HTTP</translation>
    </message>
    <message>
        <source>Each call to Clerk; the selected one is shown below. Enter moves to its body, Ctrl+Shift+C copies it as cURL</source>
        <translation>Cada llamada a Clerk; la seleccionada se muestra debajo. Enter pasa a su cuerpo, Ctrl+Shift+C la copia como cURL</translation>
    </message>
</context>
<context>
    <name>RunHistoryModel</name>
    <message>
        <source>No journal is open.</source>
        <translation>No hay ningún diario abierto.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminada</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Interrumpida</translation>
    </message>
    <message>
        <source>Unfinished</source>
        <translation>Sin terminar</translation>
    </message>
    <message>
        <source>Run %1 against %2</source>
        <translation>Ejecución %1 contra %2</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Filas</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>RunReport</name>
    <message>
        <source>Could not read the run from the journal: %1</source>
        <translation>No se pudo leer la ejecución del diario: %1</translation>
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
        <translation>Todas las filas</translation>
    </message>
    <message>
        <source>Rows that need a look (invalid, duplicate, failed, pending)</source>
        <translation>Filas que requieren atención (no válidas, duplicadas, fallidas, pendientes)</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <source>Show rows</source>
        <translation>Mostrar filas</translation>
    </message>
    <message>
        <source>Rows of the run</source>
        <translation>Filas de la ejecución</translation>
    </message>
    <message>
        <source>Each row&apos;s email, status and what Clerk answered</source>
        <translation>El correo electrónico, el estado y la respuesta de Clerk de cada fila</translation>
    </message>
</context>
<context>
    <name>RunWorker</name>
    <message>
        <source>A run is already going: stop it or wait until it ends.</source>
        <translation>Ya hay una ejecución en curso: deténgala o espere a que termine.</translation>
    </message>
    <message>
        <source>No row can be sent: every row is invalid or a duplicate. Fix the marked cells first.</source>
        <translation>No se puede enviar ninguna fila: todas son no válidas o están duplicadas. Corrija primero las celdas marcadas.</translation>
    </message>
    <message>
        <source>Cannot open the journal: %1</source>
        <translation>No se puede abrir el diario: %1</translation>
    </message>
</context>
<context>
    <name>SandboxCommand</name>
    <message>
        <source>Serve a simulated Clerk instance on 127.0.0.1 to try send against</source>
        <translation>Servir una instancia simulada de Clerk en 127.0.0.1 para probar send con ella</translation>
    </message>
    <message>
        <source>Serves a simulated Clerk Backend API on 127.0.0.1 with a demo organization,
Clerk&apos;s error answers and rate limit, until interrupted (Ctrl+C).</source>
        <translation>Sirve una Clerk Backend API simulada en 127.0.0.1 con una organización de demostración,
las respuestas de error y el límite de frecuencia de Clerk, hasta que se interrumpa (Ctrl+C).</translation>
    </message>
    <message>
        <source>Port to listen on (default 0: any free port).</source>
        <translation>Puerto en el que escuchar (predeterminado 0: cualquier puerto libre).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>argumento inesperado &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--port &apos;%1&apos; is not a port number (0 to 65535)</source>
        <translation>--port &apos;%1&apos; no es un número de puerto (de 0 a 65535)</translation>
    </message>
    <message>
        <source>invitedesk-cli sandbox: cannot listen on 127.0.0.1:%1: %2</source>
        <translation>invitedesk-cli sandbox: no se puede escuchar en 127.0.0.1:%1: %2</translation>
    </message>
    <message>
        <source>Sandbox Clerk API: %1</source>
        <translation>API de Clerk del sandbox: %1</translation>
    </message>
    <message>
        <source>Demo organization: %1</source>
        <translation>Organización de demostración: %1</translation>
    </message>
    <message>
        <source>Accepted keys: any sk_test_... or sk_live_... value</source>
        <translation>Claves aceptadas: cualquier valor sk_test_... o sk_live_...</translation>
    </message>
    <message>
        <source>Try: CLERK_SECRET_KEY=sk_test_sandbox invitedesk-cli send people.csv --org %1 --api-url %2</source>
        <translation>Pruebe: CLERK_SECRET_KEY=sk_test_sandbox invitedesk-cli send people.csv --org %1 --api-url %2</translation>
    </message>
    <message>
        <source>Press Ctrl+C to stop.</source>
        <translation>Pulse Ctrl+C para detener.</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>sin respuesta</translation>
    </message>
    <message>
        <source>Sandbox stopped.</source>
        <translation>Sandbox detenido.</translation>
    </message>
</context>
<context>
    <name>ScreenshotTour</name>
    <message>
        <source>the tour did not end in time</source>
        <translation>el recorrido no terminó a tiempo</translation>
    </message>
    <message>
        <source>the sample could not be sent</source>
        <translation>no se pudo enviar el ejemplo</translation>
    </message>
    <message>
        <source>the results show no bulk exchange</source>
        <translation>los resultados no muestran ningún intercambio masivo</translation>
    </message>
    <message>
        <source>the paced run could not start</source>
        <translation>no se pudo iniciar la ejecución a ritmo controlado</translation>
    </message>
    <message>
        <source>the settings dialog did not open</source>
        <translation>no se abrió el diálogo de configuración</translation>
    </message>
    <message>
        <source>could not write %1</source>
        <translation>no se pudo escribir %1</translation>
    </message>
    <message>
        <source>saved %1</source>
        <translation>guardado %1</translation>
    </message>
    <message>
        <source>screenshot tour: %1</source>
        <translation>recorrido de capturas: %1</translation>
    </message>
</context>
<context>
    <name>SendCommand</name>
    <message>
        <source>Nothing was sent.</source>
        <translation>No se envió nada.</translation>
    </message>
    <message>
        <source>invitedesk-cli send: %1 invitations with a LIVE key need a confirmation: run in a terminal to answer, or add --yes</source>
        <translation>invitedesk-cli send: %1 invitaciones con una clave LIVE necesitan confirmación: ejecute en un terminal para responder o añada --yes</translation>
    </message>
    <message>
        <source>invitedesk-cli send: %1</source>
        <translation>invitedesk-cli send: %1</translation>
    </message>
    <message>
        <source>Send the invitations of a file to a Clerk organization (resumable, paced)</source>
        <translation>Enviar las invitaciones de un archivo a una organización de Clerk (reanudable, a ritmo controlado)</translation>
    </message>
    <message>
        <source>%1: no invitee rows below the header</source>
        <translation>%1: no hay filas de invitados debajo del encabezado</translation>
    </message>
    <message>
        <source>Interrupted: re-run the same command to resume</source>
        <translation>Interrumpido: vuelva a ejecutar el mismo comando para reanudar</translation>
    </message>
</context>
<context>
    <name>SendConfirmation</name>
    <message>
        <source>Send with a LIVE key</source>
        <translation>Enviar con una clave LIVE</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Send %Ln invitation(s) to %1 with a LIVE key? At %2 this takes %3.</source>
        <translation>
            <numerusform>¿Enviar %Ln invitación a %1 con una clave LIVE? A %2, tardará %3.</numerusform>
            <numerusform>¿Enviar %Ln invitaciones a %1 con una clave LIVE? A %2, tardará %3.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SendFlow</name>
    <message>
        <source>Sending</source>
        <translation>Envío</translation>
    </message>
    <message>
        <source>Choose the organization to invite into, then the invitations go out.</source>
        <translation>Elija la organización a la que invitar; después se enviarán las invitaciones.</translation>
    </message>
    <message>
        <source>Nothing to send: the table is empty. Type, paste or open the invitees first.</source>
        <translation>Nada que enviar: la tabla está vacía. Primero escriba, pegue o abra los invitados.</translation>
    </message>
    <message>
        <source>Nothing to send: every row is invalid or a duplicate. Fix the marked cells first.</source>
        <translation>Nada que enviar: todas las filas son no válidas o están duplicadas. Corrija primero las celdas marcadas.</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>No se envió nada.</translation>
    </message>
    <message numerus="yes">
        <source>Sending %n row(s) into %1…</source>
        <translation>
            <numerusform>Enviando %n fila a %1…</numerusform>
            <numerusform>Enviando %n filas a %1…</numerusform>
        </translation>
    </message>
    <message>
        <source>The rate limit %1 in Settings is not valid (%2); keeping %3.</source>
        <translation>El límite de frecuencia %1 de Configuración no es válido (%2); se mantiene %3.</translation>
    </message>
    <message>
        <source>&amp;Sending Panel</source>
        <translation>Panel de &amp;envío</translation>
    </message>
    <message>
        <source>Show or hide the progress of the run (F6 moves the focus there)</source>
        <translation>Mostrar u ocultar el progreso de la ejecución (F6 mueve el foco allí)</translation>
    </message>
</context>
<context>
    <name>SendOptions</name>
    <message>
        <source>The organization to invite into (required).</source>
        <translation>La organización a la que invitar (obligatorio).</translation>
    </message>
    <message>
        <source>ORG_ID</source>
        <translation>ORG_ID</translation>
    </message>
    <message>
        <source>Clerk&apos;s Backend API (default: CLERK_API_URL, else https://api.clerk.com/v1).</source>
        <translation>La Backend API de Clerk (predeterminado: CLERK_API_URL o, si no existe, https://api.clerk.com/v1).</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Role for rows whose role cell is empty (default: org:member).</source>
        <translation>Rol para las filas cuya celda de rol está vacía (predeterminado: org:member).</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>ROLE</translation>
    </message>
    <message>
        <source>Inviter for rows whose inviter cell is empty (a user id).</source>
        <translation>Invitador para las filas cuya celda de invitador está vacía (un id de usuario).</translation>
    </message>
    <message>
        <source>USER_ID</source>
        <translation>USER_ID</translation>
    </message>
    <message>
        <source>At most N bulk calls per SECONDS seconds (default: 50/3600).</source>
        <translation>Como máximo N llamadas masivas cada SECONDS segundos (predeterminado: 50/3600).</translation>
    </message>
    <message>
        <source>N/SECONDS</source>
        <translation>N/SECONDS</translation>
    </message>
    <message>
        <source>The journal that makes the run resumable (default: %1).</source>
        <translation>El diario que permite reanudar la ejecución (predeterminado: %1).</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <source>Write every HTTP exchange as a HAR file to PATH.</source>
        <translation>Escribir todos los intercambios HTTP como archivo HAR en PATH.</translation>
    </message>
    <message>
        <source>Print the body of every bulk call instead of sending it.</source>
        <translation>Mostrar el cuerpo de cada llamada masiva en lugar de enviarla.</translation>
    </message>
    <message>
        <source>Do not ask before sending many invitations with a live key.</source>
        <translation>No preguntar antes de enviar muchas invitaciones con una clave live.</translation>
    </message>
    <message>
        <source>Print the result as one JSON object.</source>
        <translation>Mostrar el resultado como un único objeto JSON.</translation>
    </message>
    <message>
        <source>invitedesk-cli send: %1</source>
        <translation>invitedesk-cli send: %1</translation>
    </message>
    <message>
        <source>name the file to send</source>
        <translation>indique el archivo que desea enviar</translation>
    </message>
    <message>
        <source>give exactly one file, not %1</source>
        <translation>indique exactamente un archivo, no %1</translation>
    </message>
    <message>
        <source>--org is required: the id of the organization to invite into (org_...)</source>
        <translation>--org es obligatorio: el id de la organización a la que invitar (org_...)</translation>
    </message>
    <message>
        <source>--org &apos;%1&apos; is not an organization id; ids look like org_2abc...</source>
        <translation>--org &apos;%1&apos; no es un id de organización; los id tienen la forma org_2abc...</translation>
    </message>
    <message>
        <source>--role &apos;%1&apos; is not a role key; role keys look like org:member</source>
        <translation>--role &apos;%1&apos; no es una clave de rol; las claves de rol tienen la forma org:member</translation>
    </message>
    <message>
        <source>--inviter &apos;%1&apos; is not a user id; user ids look like user_2abc...</source>
        <translation>--inviter &apos;%1&apos; no es un id de usuario; los id de usuario tienen la forma user_2abc...</translation>
    </message>
    <message>
        <source>cannot write %1: folder %2 does not exist</source>
        <translation>no se puede escribir %1: la carpeta %2 no existe</translation>
    </message>
    <message>
        <source>no Clerk secret key: set the environment variable CLERK_SECRET_KEY (keys are never taken as arguments)</source>
        <translation>no hay clave secreta de Clerk: defina la variable de entorno CLERK_SECRET_KEY (las claves nunca se aceptan como argumentos)</translation>
    </message>
    <message>
        <source>Sends invitations for every valid row of FILE (CSV, TSV, XLSX or ODS) to one Clerk organization,
ten per bulk call, paced under Clerk&apos;s rate limit. The secret key is read from CLERK_SECRET_KEY.
Re-running the same command resumes an interrupted run without inviting anyone twice.
Exit status: 0 every row invited (or already invited or a member), 1 some row invalid, duplicate
or failed, 2 usage, input, key or organization problem, 3 interrupted (re-run to resume).</source>
        <translation>Envía invitaciones para cada fila válida de FILE (CSV, TSV, XLSX u ODS) a una organización de Clerk,
diez por llamada masiva, a un ritmo por debajo del límite de frecuencia de Clerk. La clave secreta se lee de CLERK_SECRET_KEY.
Volver a ejecutar el mismo comando reanuda una ejecución interrumpida sin invitar a nadie dos veces.
Estado de salida: 0 todas las filas invitadas (o ya invitadas o ya miembros), 1 alguna fila no válida, duplicada
o fallida, 2 problema de uso, de entrada, de clave o de organización, 3 interrumpida (vuelva a ejecutar para reanudar).</translation>
    </message>
    <message>
        <source>The sheet to read from an XLSX or ODS workbook (default: the first one).</source>
        <translation>La hoja que se leerá de un libro XLSX u ODS (predeterminado: la primera).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Write a report of every row to PATH: XLSX when PATH ends in .xlsx, else CSV.</source>
        <translation>Escribir un informe de todas las filas en PATH: XLSX si PATH termina en .xlsx; si no, CSV.</translation>
    </message>
    <message>
        <source>The invitee file to send (CSV, TSV, XLSX or ODS).</source>
        <translation>El archivo de invitados que se enviará (CSV, TSV, XLSX u ODS).</translation>
    </message>
</context>
<context>
    <name>SendPanel</name>
    <message>
        <source>Sending progress</source>
        <translation>Progreso del envío</translation>
    </message>
    <message>
        <source>Nothing sent yet.</source>
        <translation>Aún no se ha enviado nada.</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Deteniendo…</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>No enviado: %1</translation>
    </message>
    <message>
        <source>%1 of %2 rows done</source>
        <translation>%1 de %2 filas completadas</translation>
    </message>
    <message numerus="yes">
        <source>%Ln bulk call(s) made</source>
        <translation>
            <numerusform>%Ln llamada masiva realizada</numerusform>
            <numerusform>%Ln llamadas masivas realizadas</numerusform>
        </translation>
    </message>
    <message>
        <source>Time left: not known yet</source>
        <translation>Tiempo restante: aún se desconoce</translation>
    </message>
    <message>
        <source>Last call in %1, at about %2</source>
        <translation>Última llamada dentro de %1, hacia las %2</translation>
    </message>
    <message>
        <source>Waiting (%1 left): %2</source>
        <translation>Esperando (quedan %1): %2</translation>
    </message>
    <message>
        <source>Invitedesk: sending ended</source>
        <translation>Invitedesk: el envío terminó</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>Detenido: %1</translation>
    </message>
    <message numerus="yes">
        <source>Stopped with %Ln row(s) left: send the same table again to resume.</source>
        <translation>
            <numerusform>Detenido con %Ln fila pendiente: envíe de nuevo la misma tabla para reanudar.</numerusform>
            <numerusform>Detenido con %Ln filas pendientes: envíe de nuevo la misma tabla para reanudar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Done: %1 invited, %2 already invited, %3 already members, %4 failed, %5 not sent (invalid or duplicate).</source>
        <translation>Terminado: %1 invitados, %2 ya invitados, %3 ya miembros, %4 fallidos, %5 no enviados (no válidos o duplicados).</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Detener</translation>
    </message>
    <message>
        <source>Stop after the call in flight; send the same table again to resume (Ctrl+.).</source>
        <translation>Detener tras la llamada en curso; envíe de nuevo la misma tabla para reanudar (Ctrl+.).</translation>
    </message>
</context>
<context>
    <name>SendProgressPrinter</name>
    <message>
        <source>rows done: %1, calls: %2, %3 left, waiting %4 (%5)</source>
        <translation>filas completadas: %1, llamadas: %2, quedan %3, esperando %4 (%5)</translation>
    </message>
    <message>
        <source>rows done: %1, calls: %2, waiting %3 (%4)</source>
        <translation>filas completadas: %1, llamadas: %2, esperando %3 (%4)</translation>
    </message>
    <message>
        <source>rows done: %1, calls: %2, %3 left</source>
        <translation>filas completadas: %1, llamadas: %2, quedan %3</translation>
    </message>
    <message>
        <source>rows done: %1, calls: %2</source>
        <translation>filas completadas: %1, llamadas: %2</translation>
    </message>
</context>
<context>
    <name>SendSession</name>
    <message>
        <source>Interrupted again: stopped at once. Re-run the same command to resume.</source>
        <translation>Interrumpido de nuevo: detenido de inmediato. Vuelva a ejecutar el mismo comando para reanudar.</translation>
    </message>
    <message>
        <source>Stopping after the call in flight (press Ctrl+C again to stop at once)...</source>
        <translation>Deteniendo tras la llamada en curso (pulse Ctrl+C de nuevo para detener de inmediato)...</translation>
    </message>
    <message>
        <source>Resuming run %1: %2 of %3 rows already done</source>
        <translation>Reanudando la ejecución %1: %2 de %3 filas ya completadas</translation>
    </message>
</context>
<context>
    <name>SendSummaryPrinter</name>
    <message>
        <source>Dry run for organization %1: %2 rows, nothing was sent.</source>
        <translation>Simulación para la organización %1: %2 filas, no se envió nada.</translation>
    </message>
    <message>
        <source>Run %1 for organization %2: %3 rows.</source>
        <translation>Ejecución %1 para la organización %2: %3 filas.</translation>
    </message>
    <message>
        <source>Would be sent</source>
        <translation>Se enviarían</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Bulk calls: %1 in %2.</source>
        <translation>Llamadas masivas: %1 en %2.</translation>
    </message>
    <message>
        <source>Report: %1</source>
        <translation>Informe: %1</translation>
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
        <translation>Configuración</translation>
    </message>
    <message>
        <source>empty: the built-in sandbox</source>
        <translation>vacío: el sandbox integrado</translation>
    </message>
    <message>
        <source>Clerk&apos;s Backend API, e.g. https://api.clerk.com/v1. Plain http only to this computer.</source>
        <translation>La Backend API de Clerk, p. ej. https://api.clerk.com/v1. http sin cifrar solo hacia este equipo.</translation>
    </message>
    <message>
        <source>sk_test_… or sk_live_…</source>
        <translation>sk_test_… o sk_live_…</translation>
    </message>
    <message>
        <source>Secret key</source>
        <translation>Clave secreta</translation>
    </message>
    <message>
        <source>Show the secret key</source>
        <translation>Mostrar la clave secreta</translation>
    </message>
    <message>
        <source>Without it the key is forgotten when Invitedesk closes. It is never written to the settings file.</source>
        <translation>Sin esta opción, la clave se olvida al cerrar Invitedesk. Nunca se escribe en el archivo de configuración.</translation>
    </message>
    <message>
        <source>Bulk calls per seconds, as N/SECONDS. Clerk allows 50 calls per hour.</source>
        <translation>Llamadas masivas por intervalo de segundos, con la forma N/SECONDS. Clerk permite 50 llamadas por hora.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
    <message>
        <source>API base &amp;URL:</source>
        <translation>&amp;URL base de la API:</translation>
    </message>
    <message>
        <source>Secret &amp;key:</source>
        <translation>&amp;Clave secreta:</translation>
    </message>
    <message>
        <source>&amp;Rate limit:</source>
        <translation>&amp;Límite de frecuencia:</translation>
    </message>
    <message>
        <source>Transfer &amp;timeout:</source>
        <translation>&amp;Tiempo de espera de transferencia:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>A new language takes effect when Invitedesk starts again.</source>
        <translation>El nuevo idioma se aplica cuando Invitedesk se vuelve a iniciar.</translation>
    </message>
    <message>
        <source>No key: sending goes to the built-in sandbox on this computer; nobody gets an email.</source>
        <translation>Sin clave: el envío va al sandbox integrado en este equipo; nadie recibe ningún correo.</translation>
    </message>
    <message>
        <source>Sending goes to %1 with a LIVE key: real people get real invitations.</source>
        <translation>El envío va a %1 con una clave LIVE: personas reales reciben invitaciones reales.</translation>
    </message>
    <message>
        <source>Sending goes to %1 with a TEST key.</source>
        <translation>El envío va a %1 con una clave TEST.</translation>
    </message>
    <message>
        <source>Saving the key in the system keychain…</source>
        <translation>Guardando la clave en el llavero del sistema…</translation>
    </message>
    <message>
        <source>%1 Untick &quot;Remember&quot; to use the key for this session only.</source>
        <translation>%1 Desmarque &quot;Recordar&quot; para usar la clave solo en esta sesión.</translation>
    </message>
    <message>
        <source>Removing the key from the system keychain…</source>
        <translation>Quitando la clave del llavero del sistema…</translation>
    </message>
    <message>
        <source>The key stays in the system keychain: %1</source>
        <translation>La clave permanece en el llavero del sistema: %1</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>&amp;Mostrar</translation>
    </message>
    <message>
        <source>Re&amp;member in the system keychain</source>
        <translation>&amp;Recordar en el llavero del sistema</translation>
    </message>
    <message>
        <source>Why the settings cannot be saved yet</source>
        <translation>Por qué aún no se puede guardar la configuración</translation>
    </message>
    <message>
        <source>API base URL</source>
        <translation>URL base de la API</translation>
    </message>
    <message>
        <source>Rate limit</source>
        <translation>Límite de frecuencia</translation>
    </message>
    <message>
        <source>Transfer timeout</source>
        <translation>Tiempo de espera de transferencia</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Takes effect when Invitedesk starts again</source>
        <translation>Se aplica cuando Invitedesk se vuelve a iniciar</translation>
    </message>
    <message>
        <source>Seconds a call to Clerk may take before it is given up</source>
        <translation>Segundos que puede tardar una llamada a Clerk antes de abandonarla</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>&amp;Ocultar</translation>
    </message>
</context>
<context>
    <name>SheetReader</name>
    <message>
        <source>The workbook has no sheets.</source>
        <translation>El libro no tiene hojas.</translation>
    </message>
    <message>
        <source>The workbook is not open.</source>
        <translation>El libro no está abierto.</translation>
    </message>
    <message>
        <source>The workbook has no sheet named “%1”; its sheets are %2.</source>
        <translation>El libro no tiene ninguna hoja llamada “%1”; sus hojas son %2.</translation>
    </message>
    <message>
        <source>Sheet “%1” is empty: it has no header row and no data.</source>
        <translation>La hoja “%1” está vacía: no tiene fila de encabezado ni datos.</translation>
    </message>
    <message>
        <source>The file is damaged: %1, line %2: %3.</source>
        <translation>El archivo está dañado: %1, línea %2: %3.</translation>
    </message>
</context>
<context>
    <name>SheetRowCollector</name>
    <message>
        <source>Sheet “%1”, row %2 has a value in column %3; at most %4 columns are supported.</source>
        <translation>La hoja “%1”, fila %2, tiene un valor en la columna %3; se admiten como máximo %4 columnas.</translation>
    </message>
    <message>
        <source>Sheet “%1”, row %2, column %3 holds more than %4 characters; at most %4 are supported.</source>
        <translation>La celda de la hoja “%1”, fila %2, columna %3, contiene más de %4 caracteres; se admiten como máximo %4.</translation>
    </message>
    <message>
        <source>Sheet “%1” has a value in row %2, beyond the last row a spreadsheet can have.</source>
        <translation>La hoja “%1” tiene un valor en la fila %2, más allá de la última fila que puede tener una hoja de cálculo.</translation>
    </message>
    <message>
        <source>Sheet “%1” has more than %2 data rows; at most %2 are supported.</source>
        <translation>La hoja “%1” tiene más de %2 filas de datos; se admiten como máximo %2.</translation>
    </message>
    <message>
        <source>Sheet “%1” holds more than %2 filled cells; at most %2 are supported.</source>
        <translation>La hoja “%1” contiene más de %2 celdas con contenido; se admiten como máximo %2.</translation>
    </message>
    <message>
        <source>The file is damaged: sheet “%1” lists row %2 after row %3.</source>
        <translation>El archivo está dañado: la hoja «%1» incluye la fila %2 después de la fila %3.</translation>
    </message>
</context>
<context>
    <name>SpreadsheetFormat</name>
    <message>
        <source>The file is in the old Excel format (.xls); save it as .xlsx or CSV.</source>
        <translation>El archivo está en el formato antiguo de Excel (.xls); guárdelo como .xlsx o CSV.</translation>
    </message>
    <message>
        <source>The file is an OpenDocument file of another kind (%1), not a spreadsheet.</source>
        <translation>El archivo es un archivo OpenDocument de otro tipo (%1), no una hoja de cálculo.</translation>
    </message>
    <message>
        <source>The file is an Excel binary workbook (.xlsb); save it as .xlsx or CSV.</source>
        <translation>El archivo es un libro binario de Excel (.xlsb); guárdelo como .xlsx o CSV.</translation>
    </message>
    <message>
        <source>The file is an Office document of another kind (such as Word), not a spreadsheet.</source>
        <translation>El archivo es un documento de Office de otro tipo (como Word), no una hoja de cálculo.</translation>
    </message>
    <message>
        <source>The file is a ZIP archive, not an XLSX or ODS workbook.</source>
        <translation>El archivo es un archivo ZIP, no un libro XLSX u ODS.</translation>
    </message>
    <message>
        <source>The file is an old Microsoft Office document, not a spreadsheet Invitedesk reads; save it as .xlsx or CSV.</source>
        <translation>El archivo es un documento antiguo de Microsoft Office, no una hoja de cálculo que Invitedesk pueda leer; guárdelo como .xlsx o CSV.</translation>
    </message>
</context>
<context>
    <name>StatusCountsBar</name>
    <message>
        <source>Show only the rows that are %1</source>
        <translation>Mostrar solo las filas con estado %1</translation>
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
        <translation>Todas las filas</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
</context>
<context>
    <name>TableDocument</name>
    <message numerus="yes">
        <source>Read %n row(s) from %1 as %2</source>
        <translation>
            <numerusform>Se leyó %n fila de %1 como %2</numerusform>
            <numerusform>Se leyeron %n filas de %1 como %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot save the file</source>
        <translation>No se puede guardar el archivo</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n row(s) to %1</source>
        <translation>
            <numerusform>Se guardó %n fila en %1</numerusform>
            <numerusform>Se guardaron %n filas en %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Invitedesk did not close properly on %1. It kept %n row(s) you had not saved. Restore them?</source>
        <translation>
            <numerusform>Invitedesk no se cerró correctamente el %1. Conservó %n fila que no había guardado. ¿Desea restaurarla?</numerusform>
            <numerusform>Invitedesk no se cerró correctamente el %1. Conservó %n filas que no había guardado. ¿Desea restaurarlas?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Invitedesk did not close properly on %1. It kept %n row(s) of %2 you had not saved. Restore them?</source>
        <translation>
            <numerusform>Invitedesk no se cerró correctamente el %1. Conservó %n fila de %2 que no había guardado. ¿Desea restaurarla?</numerusform>
            <numerusform>Invitedesk no se cerró correctamente el %1. Conservó %n filas de %2 que no había guardado. ¿Desea restaurarlas?</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore unsaved invitees</source>
        <translation>Restaurar invitados sin guardar</translation>
    </message>
    <message>
        <source>Cannot restore the invitees</source>
        <translation>No se pueden restaurar los invitados</translation>
    </message>
    <message numerus="yes">
        <source>Restored %n unsaved row(s)</source>
        <translation>
            <numerusform>Se restauró %n fila sin guardar</numerusform>
            <numerusform>Se restauraron %n filas sin guardar</numerusform>
        </translation>
    </message>
    <message>
        <source>Open invitees</source>
        <translation>Abrir invitados</translation>
    </message>
    <message>
        <source>Save invitees as CSV</source>
        <translation>Guardar invitados como CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>No hay archivos recientes</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>The invitee table has changes that are not saved in a file. Save them as CSV first?</source>
        <translation>La tabla de invitados tiene cambios que no se han guardado en un archivo. ¿Desea guardarlos antes como CSV?</translation>
    </message>
    <message>
        <source>The clipboard holds no text to paste as rows</source>
        <translation>El portapapeles no contiene texto que pegar como filas</translation>
    </message>
    <message>
        <source>Pasted text</source>
        <translation>Texto pegado</translation>
    </message>
    <message>
        <source>Cannot paste the rows</source>
        <translation>No se pueden pegar las filas</translation>
    </message>
    <message>
        <source>The pasted text holds no rows below its header</source>
        <translation>El texto pegado no contiene filas debajo de su encabezado</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n row(s)</source>
        <translation>
            <numerusform>Pegar %n fila</numerusform>
            <numerusform>Pegar %n filas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pasted %n row(s) as %1</source>
        <translation>
            <numerusform>Se pegó %n fila como %1</numerusform>
            <numerusform>Se pegaron %n filas como %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Invitee files (*.csv *.tsv *.txt *.xlsx *.ods);;All files (*)</source>
        <translation>Archivos de invitados (*.csv *.tsv *.txt *.xlsx *.ods);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>TableEditor</name>
    <message numerus="yes">
        <source>Cut %n row(s)</source>
        <translation>
            <numerusform>Cortar %n fila</numerusform>
            <numerusform>Cortar %n filas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cut %n cell(s)</source>
        <translation>
            <numerusform>Cortar %n celda</numerusform>
            <numerusform>Cortar %n celdas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paste into %n cell(s)</source>
        <translation>
            <numerusform>Pegar en %n celda</numerusform>
            <numerusform>Pegar en %n celdas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paste %n cell(s)</source>
        <translation>
            <numerusform>Pegar %n celda</numerusform>
            <numerusform>Pegar %n celdas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pasted %n row(s)</source>
        <translation>
            <numerusform>Se pegó %n fila</numerusform>
            <numerusform>Se pegaron %n filas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Clear %n cell(s)</source>
        <translation>
            <numerusform>Vaciar %n celda</numerusform>
            <numerusform>Vaciar %n celdas</numerusform>
        </translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>Insertar fila</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n row(s)</source>
        <translation>
            <numerusform>Eliminar %n fila</numerusform>
            <numerusform>Eliminar %n filas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n row(s)</source>
        <translation>
            <numerusform>Se eliminó %n fila</numerusform>
            <numerusform>Se eliminaron %n filas</numerusform>
        </translation>
    </message>
    <message>
        <source>Fill down</source>
        <translation>Rellenar hacia abajo</translation>
    </message>
    <message>
        <source>Nothing to change: the rows already hold these values</source>
        <translation>Nada que cambiar: las filas ya tienen estos valores</translation>
    </message>
    <message numerus="yes">
        <source>Edit %n row(s)</source>
        <translation>
            <numerusform>Editar %n fila</numerusform>
            <numerusform>Editar %n filas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Changed %n row(s)</source>
        <translation>
            <numerusform>Se cambió %n fila</numerusform>
            <numerusform>Se cambiaron %n filas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paste %n address(es)</source>
        <translation>
            <numerusform>Pegar %n dirección</numerusform>
            <numerusform>Pegar %n direcciones</numerusform>
        </translation>
    </message>
    <message>
        <source>No address pasted</source>
        <translation>No se pegó ninguna dirección</translation>
    </message>
    <message numerus="yes">
        <source>Pasted %n address(es)</source>
        <translation>
            <numerusform>Se pegó %n dirección</numerusform>
            <numerusform>Se pegaron %n direcciones</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message numerus="yes">
        <source>%n repeat(s) removed</source>
        <translation>
            <numerusform>se eliminó %n repetida</numerusform>
            <numerusform>se eliminaron %n repetidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the table</source>
        <translation>
            <numerusform>%n ya está en la tabla</numerusform>
            <numerusform>%n ya están en la tabla</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not valid address(es): row(s) %1 — fix them in the table</source>
        <translation>
            <numerusform>%n dirección no válida: fila %1 — corríjala en la tabla</numerusform>
            <numerusform>%n direcciones no válidas: filas %1 — corríjalas en la tabla</numerusform>
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
        <translation>Escribir un archivo de plantilla con todas las columnas admitidas y una fila de ejemplo</translation>
    </message>
    <message>
        <source>Writes an invitee template: every column Invitedesk reads, one example row.</source>
        <translation>Escribe una plantilla de invitados: todas las columnas que lee Invitedesk y una fila de ejemplo.</translation>
    </message>
    <message>
        <source>File format: csv (default) or xlsx.</source>
        <translation>Formato de archivo: csv (predeterminado) o xlsx.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>Write to FILE instead of standard output.</source>
        <translation>Escribir en FILE en lugar de en la salida estándar.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;; use -o FILE to name the output</source>
        <translation>argumento inesperado &apos;%1&apos;; use -o FILE para indicar la salida</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos;; choose csv or xlsx</source>
        <translation>formato desconocido &apos;%1&apos;; elija csv o xlsx</translation>
    </message>
    <message>
        <source>invitedesk-cli template: cannot write %1: %2</source>
        <translation>invitedesk-cli template: no se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>xlsx is a binary format; name the file to write with -o FILE</source>
        <translation>xlsx es un formato binario; indique el archivo que se escribirá con -o FILE</translation>
    </message>
</context>
<context>
    <name>TextFindBar</name>
    <message>
        <source>Find in body</source>
        <translation>Buscar en el cuerpo</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Coincidencia anterior (Mayús+F3)</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>Coincidencia siguiente (F3)</translation>
    </message>
    <message>
        <source>Close the find bar (Esc)</source>
        <translation>Cerrar la barra de búsqueda (Esc)</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>Buscar:</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Sin coincidencias</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Enter: next match, Shift+Enter: previous, Escape: close</source>
        <translation>Enter: coincidencia siguiente, Shift+Enter: anterior, Escape: cerrar</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Coincidencia anterior</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Coincidencia siguiente</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>Cerrar la barra de búsqueda</translation>
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
        <translation>Comprobar un archivo de invitados y listar todos los problemas por fila y columna</translation>
    </message>
    <message>
        <source>Role for rows whose role cell is empty (default: org:member).</source>
        <translation>Rol para las filas cuya celda de rol está vacía (predeterminado: org:member).</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>ROLE</translation>
    </message>
    <message>
        <source>The invitee file to check.</source>
        <translation>El archivo de invitados que se comprobará.</translation>
    </message>
    <message>
        <source>name the file to check</source>
        <translation>indique el archivo que desea comprobar</translation>
    </message>
    <message>
        <source>give exactly one file, not %1</source>
        <translation>indique exactamente un archivo, no %1</translation>
    </message>
    <message>
        <source>--role &apos;%1&apos; is not a role key; role keys look like org:member</source>
        <translation>--role &apos;%1&apos; no es una clave de rol; las claves de rol tienen la forma org:member</translation>
    </message>
    <message>
        <source>%1: no invitee rows below the header</source>
        <translation>%1: no hay filas de invitados debajo del encabezado</translation>
    </message>
    <message>
        <source>Checks an invitee file (CSV, TSV, XLSX or ODS) without sending anything.
Prints each problem as FILE:ROW: COLUMN: message, then a summary.
Exit status: 0 no problem, 1 some row is invalid or duplicate, 2 the file cannot be used.</source>
        <translation>Comprueba un archivo de invitados (CSV, TSV, XLSX u ODS) sin enviar nada.
Muestra cada problema como FILE:ROW: COLUMN: mensaje y después un resumen.
Estado de salida: 0 sin problemas, 1 alguna fila no válida o duplicada, 2 el archivo no se puede usar.</translation>
    </message>
    <message>
        <source>The sheet to read from an XLSX or ODS workbook (default: the first one).</source>
        <translation>La hoja que se leerá de un libro XLSX u ODS (predeterminado: la primera).</translation>
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
        <translation>JSON no válido: %1 en la posición %2</translation>
    </message>
    <message>
        <source>must be a JSON object, not an array</source>
        <translation>debe ser un objeto JSON, no una matriz</translation>
    </message>
    <message>
        <source>must be a JSON object, not a string</source>
        <translation>debe ser un objeto JSON, no una cadena</translation>
    </message>
    <message>
        <source>must be a JSON object, not a number</source>
        <translation>debe ser un objeto JSON, no un número</translation>
    </message>
    <message>
        <source>must be a JSON object, not true or false</source>
        <translation>debe ser un objeto JSON, no true o false</translation>
    </message>
    <message>
        <source>must be a JSON object, not null</source>
        <translation>debe ser un objeto JSON, no null</translation>
    </message>
    <message>
        <source>must be a JSON object</source>
        <translation>debe ser un objeto JSON</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid URL</source>
        <translation>&apos;%1&apos; no es una URL válida</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an absolute URL; write it in full, like https://example.com/welcome</source>
        <translation>&apos;%1&apos; no es una URL absoluta; escríbala completa, como https://example.com/welcome</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an http or https URL</source>
        <translation>&apos;%1&apos; no es una URL http o https</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no host name; write it like https://example.com/welcome</source>
        <translation>&apos;%1&apos; no tiene nombre de host; escríbala como https://example.com/welcome</translation>
    </message>
    <message>
        <source>the default role is empty; role keys look like org:member</source>
        <translation>el rol predeterminado está vacío; las claves de rol tienen la forma org:member</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a role key; role keys look like org:admin</source>
        <translation>&apos;%1&apos; no es una clave de rol; las claves de rol tienen la forma org:admin</translation>
    </message>
    <message>
        <source>row %1, %2: %3</source>
        <translation>fila %1, %2: %3</translation>
    </message>
    <message>
        <source>missing email address</source>
        <translation>falta la dirección de correo electrónico</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid email address</source>
        <translation>&apos;%1&apos; no es una dirección de correo electrónico válida</translation>
    </message>
    <message>
        <source>no role given and the default role &apos;%1&apos; is not a role key; role keys look like org:admin</source>
        <translation>no se indicó ningún rol y el rol predeterminado &apos;%1&apos; no es una clave de rol; las claves de rol tienen la forma org:admin</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a Clerk user id; user ids look like user_2NNEqL2nrIRdJ194ndJqAHwEfxC</source>
        <translation>&apos;%1&apos; no es un id de usuario de Clerk; los id de usuario tienen la forma user_2NNEqL2nrIRdJ194ndJqAHwEfxC</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a whole number of days</source>
        <translation>&apos;%1&apos; no es un número entero de días</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is out of range; invitations expire in %2 to %3 days</source>
        <translation>&apos;%1&apos; está fuera del rango; las invitaciones caducan en un plazo de %2 a %3 días</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a yes or no; write true or false, yes or no, 1 or 0</source>
        <translation>&apos;%1&apos; no es un valor de sí o no; escriba true o false, yes o no, 1 o 0</translation>
    </message>
</context>
<context>
    <name>WaitReason</name>
    <message>
        <source>rate limit: %1 used, next call at %2</source>
        <translation>límite de frecuencia: usadas %1, siguiente llamada a las %2</translation>
    </message>
    <message>
        <source>Clerk asked to wait (429): next call at %1</source>
        <translation>Clerk pidió esperar (429): siguiente llamada a las %1</translation>
    </message>
    <message>
        <source>no definite answer from Clerk (%1): trying again (attempt %2 of %3) at %4</source>
        <translation>sin respuesta definitiva de Clerk (%1): nuevo intento (%2 de %3) a las %4</translation>
    </message>
    <message>
        <source>looking the invitations up again after an error (%1) at %2</source>
        <translation>volviendo a consultar las invitaciones tras un error (%1) a las %2</translation>
    </message>
    <message>
        <source>second</source>
        <translation>segundo</translation>
    </message>
    <message>
        <source>minute</source>
        <translation>minuto</translation>
    </message>
    <message>
        <source>hour</source>
        <translation>hora</translation>
    </message>
    <message>
        <source>day</source>
        <translation>día</translation>
    </message>
    <message>
        <source>%1 seconds</source>
        <translation>%1 segundos</translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <source>The file is damaged: %1 is not well-formed XML.</source>
        <translation>El archivo está dañado: %1 no es XML bien formado.</translation>
    </message>
    <message>
        <source>The file is not an XLSX workbook: it has no workbook part.</source>
        <translation>El archivo no es un libro XLSX: no tiene la parte del libro.</translation>
    </message>
    <message>
        <source>The file holds more than %1 different texts; at most %1 are supported.</source>
        <translation>El archivo contiene más de %1 textos distintos; se admiten como máximo %1.</translation>
    </message>
    <message>
        <source>The file is damaged: the part of sheet “%1” is missing.</source>
        <translation>El archivo está dañado: falta la parte de la hoja “%1”.</translation>
    </message>
    <message>
        <source>Sheet “%1” is a chart or dialog sheet, not a table of rows.</source>
        <translation>La hoja “%1” es una hoja de gráfico o de diálogo, no una tabla de filas.</translation>
    </message>
    <message>
        <source>The file is damaged: sheet “%1”, cell %2%3 refers to a shared text that does not exist.</source>
        <translation>El archivo está dañado: la celda %2%3 de la hoja “%1” hace referencia a un texto compartido que no existe.</translation>
    </message>
    <message>
        <source>The file is damaged: %1, line %2: %3.</source>
        <translation>El archivo está dañado: %1, línea %2: %3.</translation>
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
        <translation>No se pudo escribir la parte %1: %2</translation>
    </message>
    <message>
        <source>Could not start the workbook: %1</source>
        <translation>No se pudo empezar el libro: %1</translation>
    </message>
    <message>
        <source>Could not write the sheet: %1</source>
        <translation>No se pudo escribir la hoja: %1</translation>
    </message>
    <message>
        <source>Could not write the workbook: %1</source>
        <translation>No se pudo escribir el libro: %1</translation>
    </message>
</context>
<context>
    <name>ZipPackage</name>
    <message>
        <source>The file is password-protected; open it in your spreadsheet program and save it without a password.</source>
        <translation>El archivo está protegido con contraseña; ábralo en su programa de hojas de cálculo y guárdelo sin contraseña.</translation>
    </message>
    <message>
        <source>The file is damaged: it is not a complete ZIP archive.</source>
        <translation>El archivo está dañado: no es un archivo ZIP completo.</translation>
    </message>
    <message>
        <source>The file holds %1 parts; at most %2 are supported.</source>
        <translation>El archivo contiene %1 partes; se admiten como máximo %2.</translation>
    </message>
    <message>
        <source>The file is damaged: its ZIP directory cannot be read.</source>
        <translation>El archivo está dañado: no se puede leer su directorio ZIP.</translation>
    </message>
    <message>
        <source>The file uses a ZIP compression method (%1) that Invitedesk cannot read; save it again from your spreadsheet program.</source>
        <translation>El archivo usa un método de compresión ZIP (%1) que Invitedesk no puede leer; vuelva a guardarlo desde su programa de hojas de cálculo.</translation>
    </message>
    <message>
        <source>The file unpacks to more than %1; at most %1 are supported.</source>
        <translation>El archivo se descomprime en más de %1; se admiten como máximo %1.</translation>
    </message>
    <message>
        <source>The part “%1” unpacks to %2 from only %3, more than %4 to 1: the file looks like a zip bomb and is not read.</source>
        <translation>La parte “%1” se descomprime en %2 a partir de solo %3, más de %4 a 1: el archivo parece una bomba ZIP y no se lee.</translation>
    </message>
    <message>
        <source>The file is damaged: the part “%1” is missing.</source>
        <translation>El archivo está dañado: falta la parte “%1”.</translation>
    </message>
    <message>
        <source>The file is damaged: the part “%1” cannot be unpacked.</source>
        <translation>El archivo está dañado: no se puede descomprimir la parte “%1”.</translation>
    </message>
    <message>
        <source>The file is damaged: the part “%1” is larger than %2.</source>
        <translation>El archivo está dañado: la parte “%1” es mayor que %2.</translation>
    </message>
    <message>
        <source>The file is damaged: the part “%1” cannot be unpacked (its data does not match its checksum).</source>
        <translation>El archivo está dañado: no se puede descomprimir la parte “%1” (sus datos no coinciden con su suma de comprobación).</translation>
    </message>
    <message>
        <source>The file is damaged: the part “%1” ends before the size its ZIP headers declare.</source>
        <translation>El archivo está dañado: la parte “%1” termina antes del tamaño que declaran sus encabezados ZIP.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Invite many people into a Clerk organization.</source>
        <translation>Invite a muchas personas a una organización de Clerk.</translation>
    </message>
    <message>
        <source>An invitee file to open.</source>
        <translation>Un archivo de invitados que abrir.</translation>
    </message>
    <message>
        <source>Send to the built-in sandbox even when a secret key is remembered.</source>
        <translation>Enviar al sandbox integrado aunque haya una clave secreta recordada.</translation>
    </message>
</context>
</TS>
