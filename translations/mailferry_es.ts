<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>BulkCommand</name>
    <message>
        <source>migrate: every saved mailbox at once, each with its saved settings.</source>
        <translation type="unfinished">migrate: todos los buzones guardados a la vez, cada uno con su configuración guardada.</translation>
    </message>
    <message>
        <source>bulk: the CSV file with one row per mailbox (see the README, &quot;Moving a whole office&quot;).</source>
        <translation type="unfinished">bulk: el archivo CSV con una fila por buzón (vea el README, «Moving a whole office»).</translation>
    </message>
    <message>
        <source>bulk and migrate --all: mailboxes copying at once, 1 to %1 (default %2). Mailboxes into the same Gmail account share its quota.</source>
        <translation type="unfinished">bulk y migrate --all: buzones que se copian a la vez, de 1 a %1 (por defecto %2). Los buzones que van a la misma cuenta de Gmail comparten su cuota.</translation>
    </message>
    <message>
        <source>bulk and migrate --all: the POP3 passwords, one &quot;address&lt;TAB&gt;password&quot; (or &quot;address,password&quot;) a line; refused unless only you can read the file (chmod 600).</source>
        <translation type="unfinished">bulk y migrate --all: las contraseñas POP3, una línea «dirección&lt;TAB&gt;contraseña» (o «dirección,contraseña») por buzón; se rechaza si alguien más que usted puede leer el archivo (chmod 600).</translation>
    </message>
    <message>
        <source>bulk and migrate --all: read the passwords, in the same lines, from standard input.</source>
        <translation type="unfinished">bulk y migrate --all: leer las contraseñas, con las mismas líneas, de la entrada estándar.</translation>
    </message>
    <message>
        <source>--all applies to migrate only, not to %1.</source>
        <translation type="unfinished">--all solo se aplica a migrate, no a %1.</translation>
    </message>
    <message>
        <source>--%1 applies to bulk and migrate --all only, not to %2.</source>
        <translation type="unfinished">--%1 solo se aplica a bulk y migrate --all, no a %2.</translation>
    </message>
    <message>
        <source>--%1 does not apply to bulk: the CSV&apos;s columns give each mailbox&apos;s settings.</source>
        <translation type="unfinished">--%1 no se aplica a bulk: las columnas del CSV dan la configuración de cada buzón.</translation>
    </message>
    <message>
        <source>--%1 does not apply to migrate --all, which runs every saved mailbox with its saved settings.</source>
        <translation type="unfinished">--%1 no se aplica a migrate --all, que procesa cada buzón guardado con su configuración guardada.</translation>
    </message>
    <message>
        <source>--%1 does not apply to signin.</source>
        <translation type="unfinished">--%1 no se aplica a signin.</translation>
    </message>
    <message>
        <source>bulk needs --csv with the file of mailboxes.</source>
        <translation type="unfinished">bulk necesita --csv con el archivo de buzones.</translation>
    </message>
    <message>
        <source>signin needs --gmail with the Google address to sign in.</source>
        <translation type="unfinished">signin necesita --gmail con la dirección de Google que se va a conectar.</translation>
    </message>
    <message>
        <source>--password-file and --passwords-stdin cannot be combined; choose one.</source>
        <translation type="unfinished">--password-file y --passwords-stdin no se pueden combinar; elija uno.</translation>
    </message>
    <message>
        <source>--%1 %2.</source>
        <translation type="unfinished">--%1 %2.</translation>
    </message>
    <message>
        <source>--passwords-stdin was given, but standard input cannot be read.</source>
        <translation type="unfinished">Se indicó --passwords-stdin, pero no se puede leer la entrada estándar.</translation>
    </message>
    <message>
        <source>its saved settings delete messages %1 days after copying, which is not 1 to %2; fix it in the app</source>
        <translation type="unfinished">su configuración guardada borra los mensajes %1 días después de copiarlos, lo que no está entre 1 y %2; corríjalo en la aplicación</translation>
    </message>
    <message>
        <source>Nothing was started: correct the file and run again.</source>
        <translation type="unfinished">No se inició nada: corrija el archivo y vuelva a ejecutarlo.</translation>
    </message>
    <message>
        <source>No accounts are saved. Set them up in the app, or with &apos;mailferry migrate … --save&apos;, or run &apos;mailferry bulk --csv FILE&apos;.</source>
        <translation type="unfinished">No hay cuentas guardadas. Configúrelas en la aplicación, o con &apos;mailferry migrate … --save&apos;, o ejecute &apos;mailferry bulk --csv ARCHIVO&apos;.</translation>
    </message>
    <message>
        <source>Nothing was started.</source>
        <translation type="unfinished">No se inició nada.</translation>
    </message>
    <message>
        <source>No Google client is configured. Sign in once in the app, or give --client-secret with the client_secret.json of your Google Cloud project.</source>
        <translation type="unfinished">No hay ningún cliente de Google configurado. Inicie sesión una vez en la aplicación, o indique --client-secret con el client_secret.json de su proyecto de Google Cloud.</translation>
    </message>
    <message>
        <source>no POP3 password: put &quot;%1&lt;TAB&gt;password&quot; in the --password-file (or on standard input with --passwords-stdin), or save it in the app</source>
        <translation type="unfinished">sin contraseña POP3: ponga «%1&lt;TAB&gt;contraseña» en el --password-file (o en la entrada estándar con --passwords-stdin), o guárdela en la aplicación</translation>
    </message>
    <message>
        <source>no Google account to copy into; set one in the app</source>
        <translation type="unfinished">ninguna cuenta de Google donde copiar; elija una en la aplicación</translation>
    </message>
    <message>
        <source>sign in first: mailferry signin --gmail %1</source>
        <translation type="unfinished">inicie sesión primero: mailferry signin --gmail %1</translation>
    </message>
    <message>
        <source>%1: the password could not be saved in the keychain; it is used for this run only.</source>
        <translation type="unfinished">%1: el llavero no pudo guardar la contraseña; solo se usa en esta ejecución.</translation>
    </message>
    <message>
        <source>MAILFERRY_PROGRESS_INTERVAL_MS %1.</source>
        <translation type="unfinished">MAILFERRY_PROGRESS_INTERVAL_MS %1.</translation>
    </message>
</context>
<context>
    <name>CliOptions</name>
    <message>
        <source>Moves mail from POP3 mailboxes into Gmail, safely.

Commands:
  migrate        copy the account&apos;s mail into Gmail (resumes where it stopped);
                 --all: every saved mailbox at once
  retry-failed   try exactly the messages that failed before, then go on
  status         what the ledger says: copied, skipped, failed, left
  export-log     write the item log as CSV (Excel-safe)
  preflight      what a mailbox holds, from its headers only, before copying: counts, dates,
                 duplicates, sizes, time at Gmail&apos;s pace (--path: mail on this computer)
  bulk           copy many mailboxes at once, one row each in --csv FILE, passwords from
                 --password-file, --passwords-stdin or the keychain
  signin         sign a Google account in (--gmail ADDRESS) for bulk and migrate --all
  accounts       list the configured accounts
  forget         remove an account from this computer: its settings, its saved password and
                 the record of what was copied (--keep-record keeps that record)
  import         copy the mail already on this computer (--path: an mbox, a Thunderbird profile&apos;s
                 Mail folder, a Maildir, .eml files, Apple Mail, an Outlook .pst); nothing on this
                 computer is changed or deleted

Exit codes: 0 done, 1 messages failed and are still to do (see export-log --failures), 2 usage, 3 the account needs you (password, Google consent, certificate), 4 unreachable, 5 already running, 6 internal error, 130 interrupted (run again to finish). With many mailboxes (bulk, migrate --all) each has its own status in the summary, and the exit code is the worst of them, in this order: 0, 1, 4, 5, 3, 6, 130.
Sizes are in MB of 1,048,576 bytes (MiB), like --size-limit-mb.
The words for where a message stands are the same in every output: copied, copied-possibly-twice, skipped-duplicate, skipped-oversize, failed, deleted-from-server, waiting.
The POP3 password comes from the system keychain, or from standard input with --password-stdin, or from the MAILFERRY_POP3_PASSWORD environment variable; never from the command line.</source>
        <translation type="unfinished">Mueve el correo de buzones POP3 a Gmail, de forma segura.

Comandos:
  migrate        copiar el correo de la cuenta a Gmail (continúa donde se detuvo);
                 --all: todos los buzones guardados a la vez
  retry-failed   reintentar exactamente los mensajes que fallaron, y luego seguir
  status         lo que dice el registro: copiados, omitidos, fallidos, pendientes
  export-log     escribir el registro de mensajes como CSV (apto para Excel)
  preflight      lo que contiene un buzón, solo por sus encabezados, antes de copiar: cantidades, fechas,
                 duplicados, tamaños, tiempo al ritmo de Gmail (--path: el correo de este ordenador)
  bulk           copiar muchos buzones a la vez, una fila cada uno en --csv ARCHIVO, contraseñas de
                 --password-file, --passwords-stdin o el llavero
  signin         conectar una cuenta de Google (--gmail DIRECCIÓN) para bulk y migrate --all
  accounts       listar las cuentas configuradas
  forget         quitar una cuenta de este ordenador: su configuración, su contraseña guardada y
                 el registro de lo copiado (--keep-record conserva ese registro)
  import         copiar el correo que ya está en este ordenador (--path: un mbox, la carpeta Mail de un
                 perfil de Thunderbird, un Maildir, archivos .eml, Apple Mail, un .pst de Outlook); en este
                 ordenador no se cambia ni se borra nada

Códigos de salida: 0 terminado, 1 hay mensajes fallidos pendientes (vea export-log --failures), 2 uso incorrecto, 3 la cuenta le necesita (contraseña, permiso de Google, certificado), 4 inaccesible, 5 ya en ejecución, 6 error interno, 130 interrumpido (ejecútelo de nuevo para terminar). Con varios buzones (bulk, migrate --all) cada uno tiene su propio estado en el resumen, y el código de salida es el peor de ellos, en este orden: 0, 1, 4, 5, 3, 6, 130.
Los tamaños están en MB de 1.048.576 bytes (MiB), como --size-limit-mb.
Las palabras que dicen dónde está un mensaje son las mismas en toda salida: copied, copied-possibly-twice, skipped-duplicate, skipped-oversize, failed, deleted-from-server, waiting.
La contraseña POP3 viene del llavero del sistema, de la entrada estándar con --password-stdin, o de la variable de entorno MAILFERRY_POP3_PASSWORD; nunca de la línea de órdenes.</translation>
    </message>
    <message>
        <source>migrate, retry-failed, import, status, export-log, accounts or forget</source>
        <translation type="unfinished">migrate, retry-failed, import, status, export-log, accounts o forget</translation>
    </message>
    <message>
        <source>The account id (see &apos;accounts&apos;); default: the only one.</source>
        <translation type="unfinished">El identificador de la cuenta (ver «accounts»); por defecto: la única cuenta.</translation>
    </message>
    <message>
        <source>Print JSON lines instead of a progress bar.</source>
        <translation type="unfinished">Escribir líneas JSON en lugar de una barra de progreso.</translation>
    </message>
    <message>
        <source>Plan only: show what would be copied; nothing is written anywhere.</source>
        <translation type="unfinished">Solo planificar: mostrar lo que se copiaría; no se escribe nada en ningún sitio.</translation>
    </message>
    <message>
        <source>Read the POP3 password from the first line of standard input.</source>
        <translation type="unfinished">Leer la contraseña POP3 de la primera línea de la entrada estándar.</translation>
    </message>
    <message>
        <source>The old address (for an account not set up in the app); it also names the account&apos;s record, so status and export-log find it with the same --email.</source>
        <translation type="unfinished">La dirección antigua (para una cuenta no configurada en la aplicación); también da nombre al registro de la cuenta, para que status y export-log lo encuentren con el mismo --email.</translation>
    </message>
    <message>
        <source>POP3 server.</source>
        <translation type="unfinished">Servidor POP3.</translation>
    </message>
    <message>
        <source>POP3 port, 1 to 65535 (995 for TLS, 110 for STARTTLS).</source>
        <translation type="unfinished">Puerto POP3, de 1 a 65535 (995 para TLS, 110 para STARTTLS).</translation>
    </message>
    <message>
        <source>tls (default), starttls or plain.</source>
        <translation type="unfinished">tls (por defecto), starttls o plain.</translation>
    </message>
    <message>
        <source>POP3 user name (default: the address).</source>
        <translation type="unfinished">Usuario POP3 (por defecto: la dirección).</translation>
    </message>
    <message>
        <source>Trust the server certificate with this SHA-256 fingerprint (64 hex digits, colons allowed), as shown when the certificate could not be verified.</source>
        <translation type="unfinished">Confiar en el certificado del servidor con esta huella SHA-256 (64 dígitos hexadecimales, se admiten dos puntos), tal como se mostró cuando no se pudo verificar el certificado.</translation>
    </message>
    <message>
        <source>The Google account to copy into.</source>
        <translation type="unfinished">La cuenta de Google a la que copiar.</translation>
    </message>
    <message>
        <source>A Google Cloud client_secret.json to use (at most 64 KiB).</source>
        <translation type="unfinished">Un client_secret.json de Google Cloud que usar (64 KiB como máximo).</translation>
    </message>
    <message>
        <source>Delete each message from the server once Gmail has it.</source>
        <translation type="unfinished">Borrar cada mensaje del servidor en cuanto Gmail lo tenga.</translation>
    </message>
    <message>
        <source>Delete messages this many days after they were copied (1 to 3650).</source>
        <translation type="unfinished">Borrar los mensajes tantos días después de copiarlos (1 a 3650).</translation>
    </message>
    <message>
        <source>Put the messages under this Gmail label.</source>
        <translation type="unfinished">Poner los mensajes bajo esta etiqueta de Gmail.</translation>
    </message>
    <message>
        <source>Archive (skip the Inbox); needs --label.</source>
        <translation type="unfinished">Archivar (sin pasar por la bandeja de entrada); necesita --label.</translation>
    </message>
    <message>
        <source>Mark the messages as read.</source>
        <translation type="unfinished">Marcar los mensajes como leídos.</translation>
    </message>
    <message>
        <source>Let Gmail filter spam (messages.import instead of insert).</source>
        <translation type="unfinished">Dejar que Gmail filtre el spam (messages.import en lugar de insert).</translation>
    </message>
    <message>
        <source>With --import: Gmail may put messages in Spam (by default it never does).</source>
        <translation type="unfinished">Con --import: Gmail puede poner mensajes en Spam (por defecto nunca lo hace).</translation>
    </message>
    <message>
        <source>A message Gmail refuses for a blocked attachment type (.exe, or a .zip holding one) stays failed and on the server, instead of being copied without that attachment.</source>
        <translation type="unfinished">Un mensaje que Gmail rechaza por un tipo de adjunto bloqueado (.exe, o un .zip que contenga uno) queda fallido y en el servidor, en lugar de copiarse sin ese adjunto.</translation>
    </message>
    <message>
        <source>Messages copied without a blocked attachment are deleted from the server too (with --delete or --delete-after; by default they stay).</source>
        <translation type="unfinished">Los mensajes copiados sin un adjunto bloqueado también se borran del servidor (con --delete o --delete-after; por defecto se quedan).</translation>
    </message>
    <message>
        <source>Skip messages larger than this many MB (MiB, 1,048,576 bytes); default and maximum 50, Gmail&apos;s limit.</source>
        <translation type="unfinished">Omitir los mensajes de más de estos MB (MiB, 1.048.576 bytes); por defecto y como máximo 50, el límite de Gmail.</translation>
    </message>
    <message>
        <source>Messages per POP3 session, 1 to 1000 (default 50).</source>
        <translation type="unfinished">Mensajes por sesión POP3, de 1 a 1000 (50 por defecto).</translation>
    </message>
    <message>
        <source>Keep checking every N minutes, 1 to 10080 (until interrupted).</source>
        <translation type="unfinished">Seguir comprobando cada N minutos, de 1 a 10080 (hasta que se interrumpa).</translation>
    </message>
    <message>
        <source>Save these settings as an account for later runs and the app.</source>
        <translation type="unfinished">Guardar estos ajustes como cuenta para próximas ejecuciones y para la aplicación.</translation>
    </message>
    <message>
        <source>export-log: the CSV file to write (default: standard output).</source>
        <translation type="unfinished">export-log: el archivo CSV que escribir (por defecto: la salida estándar).</translation>
    </message>
    <message>
        <source>export-log: only the messages that were not copied.</source>
        <translation type="unfinished">export-log: solo los mensajes que no se copiaron.</translation>
    </message>
    <message>
        <source>import: the mail file or folder to copy; its format is found by itself.</source>
        <translation type="unfinished">import: el archivo o carpeta de correo que se copia; su formato se detecta solo.</translation>
    </message>
    <message>
        <source>import: only these folders, separated by commas (&quot;Inbox,Old mail/2019&quot;); default: all.</source>
        <translation type="unfinished">import: solo estas carpetas, separadas por comas («Inbox,Old mail/2019»); por defecto: todas.</translation>
    </message>
    <message>
        <source>import: make each folder a Gmail label, nested with &quot;/&quot; (asks Google to manage labels).</source>
        <translation type="unfinished">import: convertir cada carpeta en una etiqueta de Gmail, anidada con «/» (pide a Google gestionar etiquetas).</translation>
    </message>
    <message>
        <source>forget: keep the record of what was copied, so that setting up the same mailbox again does not copy everything again.</source>
        <translation type="unfinished">forget: conservar el registro de lo que se copió, para que al configurar de nuevo el mismo buzón no se vuelva a copiar todo.</translation>
    </message>
    <message>
        <source>No command given. See mailferry --help.</source>
        <translation type="unfinished">No se indicó ningún comando. Ver mailferry --help.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. See mailferry --help.</source>
        <translation type="unfinished">Comando desconocido «%1». Ver mailferry --help.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot; after the command %2.</source>
        <translation type="unfinished">Argumento inesperado «%1» después del comando %2.</translation>
    </message>
    <message>
        <source>--%1 is given more than once.</source>
        <translation type="unfinished">--%1 se indica más de una vez.</translation>
    </message>
    <message>
        <source>forget needs --account with the id of the account to remove (see &apos;accounts&apos;).</source>
        <translation type="unfinished">forget necesita --account con el identificador de la cuenta que quitar (ver «accounts»).</translation>
    </message>
    <message>
        <source>--%1 applies to import only, not to %2.</source>
        <translation type="unfinished">--%1 solo se aplica a import, no a %2.</translation>
    </message>
    <message>
        <source>--%1 applies to migrate, retry-failed and import only, not to %2.</source>
        <translation type="unfinished">--%1 solo se aplica a migrate, retry-failed e import, no a %2.</translation>
    </message>
    <message>
        <source>--%1 applies to forget only, not to %2.</source>
        <translation type="unfinished">--%1 solo se aplica a forget, no a %2.</translation>
    </message>
    <message>
        <source>--%1 applies to export-log only, not to %2.</source>
        <translation type="unfinished">--%1 solo se aplica a export-log, no a %2.</translation>
    </message>
    <message>
        <source>--%1 does not apply to accounts, which lists every account.</source>
        <translation type="unfinished">--%1 no se aplica a accounts, que lista todas las cuentas.</translation>
    </message>
    <message>
        <source>--%1 %2.</source>
        <translation type="unfinished">--%1 %2.</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation type="unfinished">está vacío</translation>
    </message>
    <message>
        <source>contains control characters</source>
        <translation type="unfinished">contiene caracteres de control</translation>
    </message>
    <message>
        <source>is longer than 1024 characters</source>
        <translation type="unfinished">tiene más de 1024 caracteres</translation>
    </message>
    <message>
        <source>is not an email address (name@domain)</source>
        <translation type="unfinished">no es una dirección de correo (nombre@dominio)</translation>
    </message>
    <message>
        <source>is not a server name or IP address</source>
        <translation type="unfinished">no es un nombre de servidor ni una dirección IP</translation>
    </message>
    <message>
        <source>is longer than Gmail&apos;s 225 characters</source>
        <translation type="unfinished">supera los 225 caracteres de Gmail</translation>
    </message>
    <message>
        <source>must be tls, starttls or plain, not &quot;%1&quot;</source>
        <translation type="unfinished">debe ser tls, starttls o plain, no «%1»</translation>
    </message>
    <message>
        <source>must be a SHA-256 fingerprint: 64 hex digits</source>
        <translation type="unfinished">debe ser una huella SHA-256: 64 dígitos hexadecimales</translation>
    </message>
    <message>
        <source>cannot be combined with --delete; choose one</source>
        <translation type="unfinished">no se puede combinar con --delete; elija uno</translation>
    </message>
    <message>
        <source>Note: --size-limit-mb %1 is above Gmail&apos;s maximum of %2 MB (MiB) per message; using %2 MB.</source>
        <translation type="unfinished">Nota: --size-limit-mb %1 supera el máximo de Gmail de %2 MB (MiB) por mensaje; se usan %2 MB.</translation>
    </message>
    <message>
        <source>cannot be combined with --read; archived messages skip the Inbox</source>
        <translation type="unfinished">no se puede combinar con --read; los mensajes archivados no pasan por la bandeja de entrada</translation>
    </message>
    <message>
        <source>names a file that does not exist: %1</source>
        <translation type="unfinished">indica un archivo que no existe: %1</translation>
    </message>
    <message>
        <source>must name a regular file (a client_secret.json), and %1 is not one</source>
        <translation type="unfinished">debe indicar un archivo normal (un client_secret.json), y %1 no lo es</translation>
    </message>
    <message>
        <source>names a file of %1 bytes; a client_secret.json is at most %2 bytes</source>
        <translation type="unfinished">indica un archivo de %1 bytes; un client_secret.json tiene como máximo %2 bytes</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation type="unfinished">no se puede leer: %1</translation>
    </message>
    <message>
        <source>names a file larger than %1 bytes; a client_secret.json is a few hundred</source>
        <translation type="unfinished">indica un archivo de más de %1 bytes; un client_secret.json tiene solo unos cientos</translation>
    </message>
    <message>
        <source>import: try again the messages that failed in earlier runs, then go on.</source>
        <translation type="unfinished">import: volver a intentar los mensajes que fallaron en ejecuciones anteriores y seguir.</translation>
    </message>
</context>
<context>
    <name>CliRunner</name>
    <message>
        <source>See mailferry --help.</source>
        <translation type="unfinished">Ver mailferry --help.</translation>
    </message>
    <message>
        <source>There is no account &quot;%1&quot; (see &apos;mailferry accounts&apos;), and no --host to set one up.</source>
        <translation type="unfinished">No hay ninguna cuenta «%1» (ver «mailferry accounts») ni --host para configurar una.</translation>
    </message>
    <message>
        <source>There are several accounts; choose one with --account (see &apos;mailferry accounts&apos;).</source>
        <translation type="unfinished">Hay varias cuentas; elija una con --account (ver «mailferry accounts»).</translation>
    </message>
    <message>
        <source>No account is set up. Set one up in the app, or give --email and --host.</source>
        <translation type="unfinished">No hay ninguna cuenta configurada. Configure una en la aplicación, o indique --email y --host.</translation>
    </message>
    <message>
        <source>Give --email (or at least --user): it names the account&apos;s record of what was copied.</source>
        <translation type="unfinished">Indique --email (o al menos --user): da nombre al registro de la cuenta de lo que se copió.</translation>
    </message>
    <message>
        <source>Note: the saved size limit of %1 is above Gmail&apos;s maximum; using %2.</source>
        <translation type="unfinished">Nota: el tamaño máximo guardado de %1 supera el máximo de Gmail; se usa %2.</translation>
    </message>
    <message>
        <source>The saved account deletes messages %1 days after copying, which is not 1 to %2. Give --delete-after with the days you want.</source>
        <translation type="unfinished">La cuenta guardada borra los mensajes %1 días después de copiarlos, lo que no está entre 1 y %2. Indique --delete-after con los días que desee.</translation>
    </message>
    <message>
        <source>--archive needs --label: archived messages without a label would be found only under All Mail.</source>
        <translation type="unfinished">--archive necesita --label: los mensajes archivados sin etiqueta solo se encontrarían en «Todos».</translation>
    </message>
    <message>
        <source>The account is missing its server or user name (give --host and --user).</source>
        <translation type="unfinished">A la cuenta le falta el servidor o el usuario (indique --host y --user).</translation>
    </message>
    <message>
        <source>Which mailbox? Give --account, or the --email the migrate was given.</source>
        <translation type="unfinished">¿Qué buzón? Indique --account, o el --email que se dio a migrate.</translation>
    </message>
    <message>
        <source>--password-stdin was given, but standard input cannot be read.</source>
        <translation type="unfinished">Se indicó --password-stdin, pero no se puede leer la entrada estándar.</translation>
    </message>
    <message>
        <source>--password-stdin was given, but standard input held no password.</source>
        <translation type="unfinished">Se indicó --password-stdin, pero la entrada estándar no contenía ninguna contraseña.</translation>
    </message>
    <message>
        <source>No password is stored for %1. Give it with --password-stdin, or set it up in the app.</source>
        <translation type="unfinished">No hay ninguna contraseña guardada para %1. Indíquela con --password-stdin, o configúrela en la aplicación.</translation>
    </message>
    <message>
        <source>The Google client file %1 %2.</source>
        <translation type="unfinished">El archivo de cliente de Google %1 %2.</translation>
    </message>
    <message>
        <source>No Google client is configured. Sign in once in the app, or give --client-secret with the client_secret.json of your Google Cloud project.</source>
        <translation type="unfinished">No hay ningún cliente de Google configurado. Inicie sesión una vez en la aplicación, o indique --client-secret con el client_secret.json de su proyecto de Google Cloud.</translation>
    </message>
    <message>
        <source>Check finished at %1: copied %2, failed %3. Next check in %4 minutes.</source>
        <translation type="unfinished">Comprobación terminada a las %1: %2 copiados, %3 fallidos. Próxima comprobación en %4 minutos.</translation>
    </message>
    <message>
        <source>MAILFERRY_PROGRESS_INTERVAL_MS %1.</source>
        <translation type="unfinished">MAILFERRY_PROGRESS_INTERVAL_MS %1.</translation>
    </message>
    <message>
        <source>Stopping after the messages in progress (Ctrl+C again to stop at once)…</source>
        <translation type="unfinished">Deteniendo después de los mensajes en curso (Ctrl+C otra vez para detener en el acto)…</translation>
    </message>
    <message>
        <source>%1 messages in the archive (%2); %3 to copy (%4), %5 already in Gmail</source>
        <translation type="unfinished">%1 mensajes en el archivo (%2); %3 por copiar (%4), %5 ya en Gmail</translation>
    </message>
    <message>
        <source>%1 messages on the server (%2); %3 to copy (%4), %5 already in Gmail</source>
        <translation type="unfinished">%1 mensajes en el servidor (%2); %3 por copiar (%4), %5 ya en Gmail</translation>
    </message>
    <message>
        <source>, %1 failed earlier (retry-failed tries them again)</source>
        <translation type="unfinished">, %1 fallidos antes (retry-failed los vuelve a intentar)</translation>
    </message>
    <message>
        <source>, %1 over the size limit (not copied)</source>
        <translation type="unfinished">, %1 por encima del límite de tamaño (no copiados)</translation>
    </message>
    <message>
        <source>, %1 over the size limit (left on the server)</source>
        <translation type="unfinished">, %1 por encima del tamaño máximo (se quedan en el servidor)</translation>
    </message>
    <message>
        <source>, %1 to remove from the server</source>
        <translation type="unfinished">, %1 por quitar del servidor</translation>
    </message>
    <message>
        <source>. About %1 at Gmail&apos;s pace.</source>
        <translation type="unfinished">. Unos %1 al ritmo de Gmail.</translation>
    </message>
    <message>
        <source>Note: the server names %1 messages unreliably (a UIDL listed twice, or one that changed); they are matched by content and never deleted on their UIDL alone.</source>
        <translation type="unfinished">Nota: el servidor nombra %1 mensajes de forma poco fiable (un UIDL repetido, o que cambió); se reconocen por su contenido y nunca se borran solo por su UIDL.</translation>
    </message>
    <message>
        <source>Note: the server has no UIDL; messages are matched by content, and nothing is deleted.</source>
        <translation type="unfinished">Nota: el servidor no tiene UIDL; los mensajes se reconocen por su contenido y no se borra nada.</translation>
    </message>
    <message>
        <source>Warning: the server deletes mail as soon as it is downloaded (EXPIRE 0), whatever Mailferry is told to keep.</source>
        <translation type="unfinished">Aviso: el servidor borra el correo en cuanto se descarga (EXPIRE 0), diga lo que diga Mailferry sobre conservarlo.</translation>
    </message>
    <message>
        <source>Note: the server deletes downloaded mail by itself after %1 days (EXPIRE).</source>
        <translation type="unfinished">Nota: el servidor borra por sí mismo el correo descargado al cabo de %1 días (EXPIRE).</translation>
    </message>
    <message>
        <source>Note: the server allows one login every %1 seconds (LOGIN-DELAY); sessions are sized for it.</source>
        <translation type="unfinished">Nota: el servidor permite un inicio de sesión cada %1 segundos (LOGIN-DELAY); las sesiones se ajustan a ello.</translation>
    </message>
    <message>
        <source>This run: copied %1, skipped %2, failed %3. Nothing on this computer was changed.</source>
        <translation type="unfinished">Esta ejecución: %1 copiados, %2 omitidos, %3 fallidos. No se cambió nada en este ordenador.</translation>
    </message>
    <message>
        <source>This run: copied %1, skipped %2, failed %3, removed from the server %4.</source>
        <translation type="unfinished">Esta ejecución: %1 copiados, %2 omitidos, %3 fallidos, %4 quitados del servidor.</translation>
    </message>
    <message>
        <source>%1 copied-possibly-twice: an interrupted upload was repeated, so Gmail may hold them twice (see export-log).</source>
        <translation type="unfinished">%1 copied-possibly-twice: se repitió una subida interrumpida, así que Gmail puede tenerlos dos veces (ver export-log).</translation>
    </message>
    <message>
        <source>%1 copied without an attachment Gmail refuses (a program, or an archive holding one); the originals are kept on this computer (see export-log).</source>
        <translation type="unfinished">%1 copiados sin un adjunto que Gmail rechaza (un programa, o un archivo comprimido que lo contiene); los originales se guardan en este ordenador (vea export-log).</translation>
    </message>
    <message>
        <source>Interrupted.</source>
        <translation type="unfinished">Interrumpido.</translation>
    </message>
    <message>
        <source>%1 copied messages are still on the server (the next run removes them without copying them again).</source>
        <translation type="unfinished">%1 mensajes copiados siguen en el servidor (la próxima ejecución los quita sin volver a copiarlos).</translation>
    </message>
    <message>
        <source>%1 messages were left to copy.</source>
        <translation type="unfinished">Quedaban %1 mensajes por copiar.</translation>
    </message>
    <message>
        <source>Run the same command again to finish.</source>
        <translation type="unfinished">Ejecute de nuevo el mismo comando para terminar.</translation>
    </message>
    <message>
        <source>%1 messages failed and are still on the server. Try them again with: mailferry retry-failed --account %2; see which with: mailferry export-log --failures --account %2</source>
        <translation type="unfinished">%1 mensajes fallaron y siguen en el servidor. Vuelva a intentarlo con: mailferry retry-failed --account %2; vea cuáles con: mailferry export-log --failures --account %2</translation>
    </message>
    <message>
        <source>%1 messages are over the size limit of %2 and were not copied.</source>
        <translation type="unfinished">%1 mensajes superan el límite de tamaño de %2 y no se copiaron.</translation>
    </message>
    <message>
        <source>%1 messages are over the size limit of %2 and stay on the server.</source>
        <translation type="unfinished">%1 mensajes superan el tamaño máximo de %2 y se quedan en el servidor.</translation>
    </message>
    <message>
        <source>%1 messages were named unreliably by the server and were matched by content.</source>
        <translation type="unfinished">%1 mensajes fueron nombrados de forma poco fiable por el servidor y se reconocieron por su contenido.</translation>
    </message>
    <message>
        <source>The certificate of %1 does not match the pinned certificate.</source>
        <translation type="unfinished">El certificado de %1 no coincide con el certificado guardado.</translation>
    </message>
    <message>
        <source>  pinned:  %1</source>
        <translation type="unfinished">  guardado:  %1</translation>
    </message>
    <message>
        <source>  server:  %1</source>
        <translation type="unfinished">  servidor:  %1</translation>
    </message>
    <message>
        <source>(could not be read)</source>
        <translation type="unfinished">(no se pudo leer)</translation>
    </message>
    <message>
        <source>If the provider changed its certificate and you trust the new one, run again with:</source>
        <translation type="unfinished">Si el proveedor cambió su certificado y confía en el nuevo, ejecute de nuevo con:</translation>
    </message>
    <message>
        <source>The identity of the server %1 could not be verified: its certificate is not trusted.</source>
        <translation type="unfinished">No se pudo verificar la identidad del servidor %1: su certificado no es de confianza.</translation>
    </message>
    <message>
        <source>Mailferry could not read the certificate again to show its fingerprint.</source>
        <translation type="unfinished">Mailferry no pudo volver a leer el certificado para mostrar su huella.</translation>
    </message>
    <message>
        <source>  SHA-256 fingerprint: %1</source>
        <translation type="unfinished">  Huella SHA-256: %1</translation>
    </message>
    <message>
        <source>If you are sure this is your provider&apos;s server (compare the fingerprint with the one your provider publishes), run again with:</source>
        <translation type="unfinished">Si está seguro de que es el servidor de su proveedor (compare la huella con la que publica su proveedor), ejecute de nuevo con:</translation>
    </message>
    <message>
        <source>There is no record for %1 yet (looked for %2): nothing has been copied from it with this account id. The record is named by --account, or by the --email the migrate was given.</source>
        <translation type="unfinished">Todavía no hay registro para %1 (se buscó en %2): no se ha copiado nada de ahí con este identificador de cuenta. El registro se nombra con --account, o con el --email que se dio a migrate.</translation>
    </message>
    <message>
        <source>in Gmail</source>
        <translation type="unfinished">en Gmail</translation>
    </message>
    <message>
        <source>%1 copied (MB = 1,048,576 bytes)</source>
        <translation type="unfinished">%1 copiados (MB = 1.048.576 bytes)</translation>
    </message>
    <message>
        <source>copied, still on the server</source>
        <translation type="unfinished">copiados, aún en el servidor</translation>
    </message>
    <message>
        <source>Gmail may hold these twice (an interrupted upload was repeated)</source>
        <translation type="unfinished">Gmail puede tenerlos dos veces (se repitió una subida interrumpida)</translation>
    </message>
    <message>
        <source>copied, then removed from the server</source>
        <translation type="unfinished">copiados y luego quitados del servidor</translation>
    </message>
    <message>
        <source>already in Gmail</source>
        <translation type="unfinished">ya en Gmail</translation>
    </message>
    <message>
        <source>too large; left on the server</source>
        <translation type="unfinished">demasiado grandes; se quedan en el servidor</translation>
    </message>
    <message>
        <source>left on the server; retry-failed tries them again</source>
        <translation type="unfinished">se quedan en el servidor; retry-failed los vuelve a intentar</translation>
    </message>
    <message>
        <source>still to do</source>
        <translation type="unfinished">pendientes</translation>
    </message>
    <message>
        <source>  last run: %1 (%2)</source>
        <translation type="unfinished">  última ejecución: %1 (%2)</translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished">nunca</translation>
    </message>
    <message>
        <source>There is no record for %1 (looked for %2), so there is no log to export. The record is named by --account, or by the --email the migrate was given.</source>
        <translation type="unfinished">No hay registro para %1 (se buscó en %2), así que no hay ningún historial que exportar. El registro se nombra con --account, o con el --email que se dio a migrate.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished">No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>standard output</source>
        <translation type="unfinished">salida estándar</translation>
    </message>
    <message>
        <source>The log could not be written completely to %1: %2</source>
        <translation type="unfinished">No se pudo escribir el historial completo en %1: %2</translation>
    </message>
    <message>
        <source>The log was not written to %1: %2 (%3)</source>
        <translation type="unfinished">El historial no se escribió en %1: %2 (%3)</translation>
    </message>
    <message>
        <source>Wrote %1 rows to %2.</source>
        <translation type="unfinished">Se escribieron %1 filas en %2.</translation>
    </message>
    <message>
        <source>There is no account %1 on this computer (see &apos;mailferry accounts&apos;).</source>
        <translation type="unfinished">No hay ninguna cuenta %1 en este ordenador (ver «mailferry accounts»).</translation>
    </message>
    <message>
        <source>Forgot %1: its settings and saved password are removed. The record of what was copied is kept, so setting up the same mailbox again does not copy everything again.</source>
        <translation type="unfinished">%1 olvidada: se quitaron sus ajustes y su contraseña guardada. El registro de lo que se copió se conserva, para que al configurar de nuevo el mismo buzón no se vuelva a copiar todo.</translation>
    </message>
    <message>
        <source>Forgot %1: its settings, saved password and the record of what was copied are removed.</source>
        <translation type="unfinished">%1 olvidada: se quitaron sus ajustes, su contraseña guardada y el registro de lo que se copió.</translation>
    </message>
    <message>
        <source>Not removed: %1</source>
        <translation type="unfinished">No se quitó: %1</translation>
    </message>
    <message>
        <source>No accounts yet. Set one up in the app, or run &apos;mailferry migrate --email … --host … --save&apos;.</source>
        <translation type="unfinished">Todavía no hay cuentas. Configure una en la aplicación, o ejecute «mailferry migrate --email … --host … --save».</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished">omitidos</translation>
    </message>
    <message>
        <source>last success %1</source>
        <translation type="unfinished">último éxito %1</translation>
    </message>
    <message>
        <source>progress: connecting…</source>
        <translation type="unfinished">progreso: conectando…</translation>
    </message>
    <message>
        <source>progress: copied %1/%2, skipped %3, failed %4, %5 msg/min</source>
        <translation type="unfinished">progreso: %1/%2 copiados, %3 omitidos, %4 fallidos, %5 msj/min</translation>
    </message>
    <message>
        <source>, ETA %1</source>
        <translation type="unfinished">, fin en %1</translation>
    </message>
    <message>
        <source> (last success %1)</source>
        <translation type="unfinished"> (último éxito %1)</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation type="unfinished">de %1</translation>
    </message>
    <message>
        <source>date %1</source>
        <translation type="unfinished">fecha %1</translation>
    </message>
    <message>
        <source>server id %1</source>
        <translation type="unfinished">id. del servidor %1</translation>
    </message>
    <message>
        <source>, %1 failed earlier (import --retry-failed tries them again)</source>
        <translation type="unfinished">, %1 fallaron antes (import --retry-failed los vuelve a intentar)</translation>
    </message>
    <message>
        <source>%1 messages failed; they are still in the archive. Try them again with: mailferry import --path &quot;%2&quot; --retry-failed; see which with: mailferry export-log --failures --account %3</source>
        <translation type="unfinished">%1 mensajes fallaron; siguen en el archivo. Vuelva a intentarlo con: mailferry import --path &quot;%2&quot; --retry-failed; vea cuáles con: mailferry export-log --failures --account %3</translation>
    </message>
    <message>
        <source>copied; the archive is never changed</source>
        <translation type="unfinished">copiados; el archivo nunca se modifica</translation>
    </message>
    <message>
        <source>too large; not copied</source>
        <translation type="unfinished">demasiado grandes; no copiados</translation>
    </message>
    <message>
        <source>still in the archive; import --retry-failed tries them again</source>
        <translation type="unfinished">siguen en el archivo; import --retry-failed los vuelve a intentar</translation>
    </message>
    <message>
        <source>place in the archive %1</source>
        <translation type="unfinished">lugar en el archivo %1</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>--%1 does not apply to import: Mailferry never changes or deletes anything on this computer.</source>
        <translation type="unfinished">--%1 no se aplica a import: Mailferry nunca cambia ni borra nada en este ordenador.</translation>
    </message>
    <message>
        <source>--%1 applies to a mailbox on a server (migrate), not to import.</source>
        <translation type="unfinished">--%1 se aplica a un buzón en un servidor (migrate), no a import.</translation>
    </message>
    <message>
        <source>import needs --path with the mail file or folder to copy (an mbox, a Thunderbird profile&apos;s Mail folder, a Maildir, a folder of .eml files, Apple Mail&apos;s folder or an Outlook .pst).</source>
        <translation type="unfinished">import necesita --path con el archivo o carpeta de correo que se copia (un mbox, la carpeta Mail de un perfil de Thunderbird, un Maildir, una carpeta de archivos .eml, la carpeta de Apple Mail o un .pst de Outlook).</translation>
    </message>
    <message>
        <source>--path is empty.</source>
        <translation type="unfinished">--path está vacío.</translation>
    </message>
    <message>
        <source>--path is longer than 4096 characters.</source>
        <translation type="unfinished">--path tiene más de 4096 caracteres.</translation>
    </message>
    <message>
        <source>--folders names no folder; give folder names separated by commas, such as Inbox,Old mail/2019.</source>
        <translation type="unfinished">--folders no nombra ninguna carpeta; indique nombres de carpetas separados por comas, como Inbox,Old mail/2019.</translation>
    </message>
    <message>
        <source>--folders contains control characters.</source>
        <translation type="unfinished">--folders contiene caracteres de control.</translation>
    </message>
    <message>
        <source>There is no file or folder %1.</source>
        <translation type="unfinished">No existe ningún archivo ni carpeta %1.</translation>
    </message>
    <message>
        <source>%1 cannot be read (check its permissions).</source>
        <translation type="unfinished">%1 no se puede leer (compruebe sus permisos).</translation>
    </message>
    <message>
        <source>%1 holds no mail Mailferry can read (mbox, Maildir, .eml, Apple Mail or Outlook .pst).</source>
        <translation type="unfinished">%1 no contiene correo que Mailferry pueda leer (mbox, Maildir, .eml, Apple Mail o .pst de Outlook).</translation>
    </message>
    <message>
        <source>This build of Mailferry cannot read Outlook files (%1).</source>
        <translation type="unfinished">Esta versión de Mailferry no puede leer archivos de Outlook (%1).</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; is a mailbox on a server; use migrate for it.</source>
        <translation type="unfinished">La cuenta «%1» es un buzón en un servidor; use migrate para ella.</translation>
    </message>
    <message>
        <source>There is no account &quot;%1&quot; (see &apos;mailferry accounts&apos;), and no --path to import.</source>
        <translation type="unfinished">No hay ninguna cuenta «%1» (vea &apos;mailferry accounts&apos;) ni --path que importar.</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; imports %2, which is no longer there.</source>
        <translation type="unfinished">La cuenta «%1» importa %2, que ya no existe.</translation>
    </message>
</context>
<context>
    <name>MultiRun</name>
    <message>
        <source>the mailbox could not be added to the run (its settings are incomplete)</source>
        <translation type="unfinished">no se pudo añadir el buzón a la ejecución (su configuración está incompleta)</translation>
    </message>
    <message>
        <source>Stopping every mailbox after the messages in progress (Ctrl+C again to stop at once)…</source>
        <translation type="unfinished">Deteniendo cada buzón después de los mensajes en curso (Ctrl+C otra vez para detener de inmediato)…</translation>
    </message>
    <message>
        <source>the mailbox&apos;s run ended without a report</source>
        <translation type="unfinished">la ejecución del buzón terminó sin informe</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation type="unfinished">de %1</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation type="unfinished">%1 fallidos</translation>
    </message>
    <message>
        <source>%1 msg/min</source>
        <translation type="unfinished">%1 msj/min</translation>
    </message>
    <message>
        <source>address</source>
        <translation type="unfinished">dirección</translation>
    </message>
    <message>
        <source>into</source>
        <translation type="unfinished">destino</translation>
    </message>
    <message>
        <source>copied</source>
        <translation type="unfinished">copiados</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished">omitidos</translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished">fallidos</translation>
    </message>
    <message>
        <source>left</source>
        <translation type="unfinished">pendientes</translation>
    </message>
    <message>
        <source>status</source>
        <translation type="unfinished">estado</translation>
    </message>
    <message>
        <source>Exit status %1 (%2): the worst of all mailboxes.</source>
        <translation type="unfinished">Estado de salida %1 (%2): el peor de todos los buzones.</translation>
    </message>
</context>
<context>
    <name>PreflightCommand</name>
    <message>
        <source>Checking %1 of %2…</source>
        <translation type="unfinished">Comprobando %1 de %2…</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation type="unfinished">Comprobando %1…</translation>
    </message>
    <message>
        <source>The pre-flight ended without a report.</source>
        <translation type="unfinished">La comprobación previa terminó sin informe.</translation>
    </message>
    <message>
        <source>Pre-flight of %1 (headers only; nothing was copied or changed):</source>
        <translation type="unfinished">Comprobación previa de %1 (solo encabezados; no se copió ni cambió nada):</translation>
    </message>
</context>
<context>
    <name>RunKnobs</name>
    <message>
        <source>%1 %2.</source>
        <translation type="unfinished">%1 %2.</translation>
    </message>
</context>
<context>
    <name>SigninCommand</name>
    <message>
        <source>No Google client is configured. Give --client-secret with the client_secret.json of your Google Cloud project.</source>
        <translation type="unfinished">No hay ningún cliente de Google configurado. Indique --client-secret con el client_secret.json de su proyecto de Google Cloud.</translation>
    </message>
    <message>
        <source>Your browser should open Google&apos;s page. Sign in as %1 and allow Mailferry to add mail. If it did not open, open this link:</source>
        <translation type="unfinished">Su navegador debería abrir la página de Google. Inicie sesión como %1 y permita que Mailferry añada correo. Si no se abrió, abra este enlace:</translation>
    </message>
    <message>
        <source>Open this link in a browser on this computer, sign in as %1 and allow Mailferry to add mail:</source>
        <translation type="unfinished">Abra este enlace en un navegador de este ordenador, inicie sesión como %1 y permita que Mailferry añada correo:</translation>
    </message>
    <message>
        <source>Waiting for Google (Ctrl+C to stop)…</source>
        <translation type="unfinished">Esperando a Google (Ctrl+C para detener)…</translation>
    </message>
    <message>
        <source>Sign-in was stopped; nothing was stored.</source>
        <translation type="unfinished">Se detuvo el inicio de sesión; no se guardó nada.</translation>
    </message>
    <message>
        <source>You did not allow Mailferry to add messages to Gmail; nothing was stored.</source>
        <translation type="unfinished">No permitió que Mailferry añada mensajes a Gmail; no se guardó nada.</translation>
    </message>
    <message>
        <source>Signing in did not work (%1).</source>
        <translation type="unfinished">El inicio de sesión no funcionó (%1).</translation>
    </message>
    <message>
        <source>The box &quot;Add emails into your Gmail mailbox&quot; was not ticked on Google&apos;s page. Mailferry needs it; run signin again and tick it.</source>
        <translation type="unfinished">La casilla «Add emails into your Gmail mailbox» no estaba marcada en la página de Google. Mailferry la necesita; ejecute signin de nuevo y márquela.</translation>
    </message>
    <message>
        <source>You signed in as %1, but asked for %2. Nothing was stored. Run &apos;mailferry signin --gmail %2&apos; again and choose %2 on Google&apos;s page.</source>
        <translation type="unfinished">Inició sesión como %1, pero pidió %2. No se guardó nada. Ejecute &apos;mailferry signin --gmail %2&apos; de nuevo y elija %2 en la página de Google.</translation>
    </message>
    <message>
        <source>Signed in as %1, but the keychain refused to keep the link to Google: %2</source>
        <translation type="unfinished">Sesión iniciada como %1, pero el llavero no quiso guardar el vínculo con Google: %2</translation>
    </message>
    <message>
        <source>Signed in as %1. The link to Google is kept in the keychain; &apos;mailferry bulk&apos; and &apos;migrate --all&apos; use it for every mailbox that goes into %1.</source>
        <translation type="unfinished">Sesión iniciada como %1. El vínculo con Google se guarda en el llavero; &apos;mailferry bulk&apos; y &apos;migrate --all&apos; lo usan para cada buzón que va a %1.</translation>
    </message>
</context>
<context>
    <name>StatusHealth</name>
    <message>
        <source>never</source>
        <translation type="unfinished">nunca</translation>
    </message>
    <message>
        <source>  last checked OK: %1; last copied: %2</source>
        <translation type="unfinished">  última comprobación correcta: %1; última copia: %2</translation>
    </message>
    <message>
        <source>  warning: %1</source>
        <translation type="unfinished">  aviso: %1</translation>
    </message>
    <message>
        <source>  what to do: %1</source>
        <translation type="unfinished">  qué hacer: %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Start quietly in the tray (used when starting at login): no window opens, and continuous sync starts for the mailboxes that have it.</source>
        <translation type="unfinished">Iniciar en silencio en la bandeja del sistema (se usa al arrancar con el inicio de sesión): no se abre ninguna ventana y la sincronización continua empieza para los buzones que la tienen.</translation>
    </message>
    <message>
        <source>Use this Google client file (client_secret.json) for signing in, then open the setup wizard.</source>
        <translation type="unfinished">Usar este archivo de cliente de Google (client_secret.json) para iniciar sesión y luego abrir el asistente de configuración.</translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished">archivo</translation>
    </message>
    <message>
        <source>Mailferry: %1</source>
        <translation type="unfinished">Mailferry: %1</translation>
    </message>
    <message>
        <source>Moves mail from POP3 mailboxes into Gmail, safely.

Without a command, the app opens. Commands for scripts and unattended runs:
  migrate, retry-failed, import, preflight, bulk, signin, status, export-log, accounts, forget
  (see: mailferry migrate --help)</source>
        <translation type="unfinished">Mueve el correo de buzones POP3 a Gmail, de forma segura.

Sin un comando, se abre la aplicación. Comandos para scripts y ejecuciones desatendidas:
  migrate, retry-failed, import, preflight, bulk, signin, status, export-log, accounts, forget
  (ver: mailferry migrate --help)</translation>
    </message>
    <message>
        <source>Moves mail from POP3 mailboxes into Gmail, safely.

Commands (this build has no window):
  migrate, retry-failed, import, preflight, bulk, signin, status, export-log, accounts, forget
  (see: mailferry migrate --help)</source>
        <translation type="unfinished">Mueve el correo de buzones POP3 a Gmail, de forma segura.

Comandos (esta versión no tiene ventana):
  migrate, retry-failed, import, preflight, bulk, signin, status, export-log, accounts, forget
  (ver: mailferry migrate --help)</translation>
    </message>
</context>
<context>
    <name>mf::Error</name>
    <message>
        <source>Stopped.</source>
        <translation type="unfinished">Detenido.</translation>
    </message>
</context>
<context>
    <name>mf::SizeText</name>
    <message>
        <source>%1 MB</source>
        <translation type="unfinished">%1 MB</translation>
    </message>
</context>
<context>
    <name>mf::accounts::AccountService</name>
    <message>
        <source>The Google client file %1 has no client id.</source>
        <translation type="unfinished">El archivo de cliente de Google %1 no tiene identificador de cliente.</translation>
    </message>
    <message>
        <source>No Google client is configured. Sign in once in the app, or give --client-secret with the client_secret.json of your Google Cloud project.</source>
        <translation type="unfinished">No hay ningún cliente de Google configurado. Inicie sesión una vez en la aplicación, o indique --client-secret con el client_secret.json de su proyecto de Google Cloud.</translation>
    </message>
    <message>
        <source>Mailferry is not signed in to Google. Open the app and sign in with Google first.</source>
        <translation type="unfinished">Mailferry no ha iniciado sesión en Google. Abra primero la aplicación e inicie sesión con Google.</translation>
    </message>
</context>
<context>
    <name>mf::accounts::BulkCsv</name>
    <message>
        <source>a quote (&quot;) inside a field that does not start with one; a field with quotes must be quoted whole, with each quote doubled (&quot;&quot;)</source>
        <translation type="unfinished">una comilla (&quot;) dentro de un campo que no empieza con una; un campo con comillas debe ir entero entre comillas, con cada comilla duplicada (&quot;&quot;)</translation>
    </message>
    <message>
        <source>text after the closing quote of a field; a quote inside a quoted field is written twice (&quot;&quot;)</source>
        <translation type="unfinished">texto después de la comilla de cierre de un campo; una comilla dentro de un campo entrecomillado se escribe dos veces (&quot;&quot;)</translation>
    </message>
    <message>
        <source>a quoted field that never ends (its closing quote is missing)</source>
        <translation type="unfinished">un campo entrecomillado que nunca termina (falta la comilla de cierre)</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2, not &quot;%3&quot;</source>
        <translation type="unfinished">debe ser un número entero de %1 a %2, no «%3»</translation>
    </message>
    <message>
        <source>must be yes or no (or empty for no), not &quot;%1&quot;</source>
        <translation type="unfinished">debe ser yes o no (o vacío para no), no «%1»</translation>
    </message>
    <message>
        <source>is empty; every row needs the old address</source>
        <translation type="unfinished">está vacío; cada fila necesita la dirección antigua</translation>
    </message>
    <message>
        <source>is not an email address (name@domain): &quot;%1&quot;</source>
        <translation type="unfinished">no es una dirección de correo (nombre@dominio): «%1»</translation>
    </message>
    <message>
        <source>is empty; every row needs the POP3 server</source>
        <translation type="unfinished">está vacío; cada fila necesita el servidor POP3</translation>
    </message>
    <message>
        <source>is not a server name or IP address: &quot;%1&quot;</source>
        <translation type="unfinished">no es un nombre de servidor ni una dirección IP: «%1»</translation>
    </message>
    <message>
        <source>must be tls, starttls or plain, not &quot;%1&quot;</source>
        <translation type="unfinished">debe ser tls, starttls o plain, no «%1»</translation>
    </message>
    <message>
        <source>is empty; every row needs the Gmail or Workspace address to copy into</source>
        <translation type="unfinished">está vacío; cada fila necesita la dirección de Gmail o Workspace donde copiar</translation>
    </message>
    <message>
        <source>must be a SHA-256 fingerprint: 64 hex digits</source>
        <translation type="unfinished">debe ser una huella SHA-256: 64 dígitos hexadecimales</translation>
    </message>
    <message>
        <source>is longer than Gmail&apos;s %1 characters</source>
        <translation type="unfinished">supera los %1 caracteres de Gmail</translation>
    </message>
    <message>
        <source>cannot be combined with delete; choose one</source>
        <translation type="unfinished">no se puede combinar con delete; elija uno</translation>
    </message>
    <message>
        <source>cannot be combined with read; archived messages skip the Inbox</source>
        <translation type="unfinished">no se puede combinar con read; los mensajes archivados no pasan por la bandeja de entrada</translation>
    </message>
    <message>
        <source>needs a label: archived messages without one would be found only under All Mail</source>
        <translation type="unfinished">necesita una etiqueta: los mensajes archivados sin etiqueta solo se encontrarían en «Todos»</translation>
    </message>
    <message>
        <source> (MB of 1,048,576 bytes; Gmail takes at most 50)</source>
        <translation type="unfinished"> (MB de 1.048.576 bytes; Gmail admite como máximo 50)</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished">línea %1: %2</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation type="unfinished">línea %1, columna %2: %3</translation>
    </message>
    <message>
        <source>the file has %1 bytes; a bulk file may have at most %2</source>
        <translation type="unfinished">el archivo tiene %1 bytes; un archivo bulk puede tener como máximo %2</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text; save it from your spreadsheet as &quot;CSV UTF-8&quot;</source>
        <translation type="unfinished">el archivo no es texto UTF-8; guárdelo desde su hoja de cálculo como «CSV UTF-8»</translation>
    </message>
    <message>
        <source>the file is empty; it needs a header row naming the columns, then one row per mailbox</source>
        <translation type="unfinished">el archivo está vacío; necesita una fila de encabezado con los nombres de las columnas y luego una fila por buzón</translation>
    </message>
    <message>
        <source>%1 (column %2)</source>
        <translation type="unfinished">%1 (columna %2)</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation type="unfinished">(sin nombre)</translation>
    </message>
    <message>
        <source>passwords never go in this file. Remove the column; give the passwords with --password-file, --passwords-stdin or the keychain.</source>
        <translation type="unfinished">las contraseñas nunca van en este archivo. Quite la columna; indique las contraseñas con --password-file, --passwords-stdin o el llavero.</translation>
    </message>
    <message>
        <source>has no name in the header row</source>
        <translation type="unfinished">no tiene nombre en la fila de encabezado</translation>
    </message>
    <message>
        <source>is not a column Mailferry knows; the columns are: %1</source>
        <translation type="unfinished">no es una columna que Mailferry conozca; las columnas son: %1</translation>
    </message>
    <message>
        <source>appears twice in the header row</source>
        <translation type="unfinished">aparece dos veces en la fila de encabezado</translation>
    </message>
    <message>
        <source>is missing from the header row; it is required</source>
        <translation type="unfinished">falta en la fila de encabezado; es obligatoria</translation>
    </message>
    <message>
        <source>the file has more than %1 mailboxes; split it</source>
        <translation type="unfinished">el archivo tiene más de %1 buzones; divídalo</translation>
    </message>
    <message>
        <source>has %1 fields, but the header row names %2 columns</source>
        <translation type="unfinished">tiene %1 campos, pero la fila de encabezado nombra %2 columnas</translation>
    </message>
    <message>
        <source>is longer than %1 characters</source>
        <translation type="unfinished">tiene más de %1 caracteres</translation>
    </message>
    <message>
        <source>contains a line break or other control character</source>
        <translation type="unfinished">contiene un salto de línea u otro carácter de control</translation>
    </message>
    <message>
        <source>%1 is already on line %2; each mailbox may appear once</source>
        <translation type="unfinished">%1 ya está en la línea %2; cada buzón solo puede aparecer una vez</translation>
    </message>
    <message>
        <source>the file has a header row but no mailbox rows</source>
        <translation type="unfinished">el archivo tiene fila de encabezado pero ninguna fila de buzón</translation>
    </message>
    <message>
        <source>the file %1 does not exist</source>
        <translation type="unfinished">el archivo %1 no existe</translation>
    </message>
    <message>
        <source>%1 is not a regular file</source>
        <translation type="unfinished">%1 no es un archivo normal</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished">%1 no se puede leer: %2</translation>
    </message>
</context>
<context>
    <name>mf::accounts::PasswordFile</name>
    <message>
        <source>The password file %1 cannot be checked: %2</source>
        <translation type="unfinished">No se puede comprobar el archivo de contraseñas %1: %2</translation>
    </message>
    <message>
        <source>The password file %1 is not a regular file.</source>
        <translation type="unfinished">El archivo de contraseñas %1 no es un archivo normal.</translation>
    </message>
    <message>
        <source>The password file %1 belongs to another user; it must be yours alone.</source>
        <translation type="unfinished">El archivo de contraseñas %1 pertenece a otro usuario; debe ser solo suyo.</translation>
    </message>
    <message>
        <source>The password file %1 can be read or changed by others (mode %2). Make it yours alone with: chmod 600 %1</source>
        <translation type="unfinished">Otros pueden leer o cambiar el archivo de contraseñas %1 (modo %2). Hágalo solo suyo con: chmod 600 %1</translation>
    </message>
    <message>
        <source>The passwords are more than %1 bytes; one line per mailbox is a few dozen.</source>
        <translation type="unfinished">Las contraseñas ocupan más de %1 bytes; una línea por buzón son unas decenas.</translation>
    </message>
    <message>
        <source>The passwords are not UTF-8 text.</source>
        <translation type="unfinished">Las contraseñas no son texto UTF-8.</translation>
    </message>
    <message>
        <source>Line %1 of the passwords has no TAB or comma between the address and the password.</source>
        <translation type="unfinished">La línea %1 de las contraseñas no tiene TAB ni coma entre la dirección y la contraseña.</translation>
    </message>
    <message>
        <source>Line %1 of the passwords does not start with an email address.</source>
        <translation type="unfinished">La línea %1 de las contraseñas no empieza con una dirección de correo.</translation>
    </message>
    <message>
        <source>Line %1 of the passwords has an empty password.</source>
        <translation type="unfinished">La línea %1 de las contraseñas tiene una contraseña vacía.</translation>
    </message>
    <message>
        <source>Line %1 of the passwords names %2 again (first on line %3).</source>
        <translation type="unfinished">La línea %1 de las contraseñas nombra %2 otra vez (primero en la línea %3).</translation>
    </message>
    <message>
        <source>The password file %1 cannot be opened: %2</source>
        <translation type="unfinished">No se puede abrir el archivo de contraseñas %1: %2</translation>
    </message>
    <message>
        <source>A password file cannot be checked for privacy on this system; give the passwords with --passwords-stdin instead.</source>
        <translation type="unfinished">En este sistema no se puede comprobar si un archivo de contraseñas es privado; indique las contraseñas con --passwords-stdin.</translation>
    </message>
    <message>
        <source>The password file %1 cannot be read: %2</source>
        <translation type="unfinished">No se puede leer el archivo de contraseñas %1: %2</translation>
    </message>
</context>
<context>
    <name>mf::app::CliRunner</name>
    <message>
        <source>%1 bytes</source>
        <translation type="unfinished">%1 bytes</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number</source>
        <translation type="unfinished">«%1» no es un número entero</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2, not %3</source>
        <translation type="unfinished">debe ser un número entero de %1 a %2, no %3</translation>
    </message>
</context>
<context>
    <name>mf::archive</name>
    <message>
        <source>There is no file or folder %1.</source>
        <translation type="unfinished">No existe ningún archivo ni carpeta %1.</translation>
    </message>
    <message>
        <source>%1 holds no mail Mailferry can read (mbox, Maildir, .eml, Apple Mail or Outlook .pst).</source>
        <translation type="unfinished">%1 no contiene correo que Mailferry pueda leer (mbox, Maildir, .eml, Apple Mail o .pst de Outlook).</translation>
    </message>
    <message>
        <source>This build of Mailferry cannot read Outlook files (%1).</source>
        <translation type="unfinished">Esta versión de Mailferry no puede leer archivos de Outlook (%1).</translation>
    </message>
    <message>
        <source>%1 holds no mail Mailferry can read.</source>
        <translation type="unfinished">%1 no contiene correo que Mailferry pueda leer.</translation>
    </message>
    <message>
        <source>The message is larger than %1 bytes.</source>
        <translation type="unfinished">El mensaje tiene más de %1 bytes.</translation>
    </message>
    <message>
        <source>The archive could not be read.</source>
        <translation type="unfinished">No se pudo leer el archivo.</translation>
    </message>
    <message>
        <source>The archive changed since it was scanned; scan it again.</source>
        <translation type="unfinished">El archivo cambió desde que se examinó; examínelo de nuevo.</translation>
    </message>
    <message>
        <source>The Apple Mail message %1 cannot be read: %2</source>
        <translation type="unfinished">No se puede leer el mensaje de Apple Mail %1: %2</translation>
    </message>
    <message>
        <source>Apple Mail keeps its attachments in other files. Export the mailbox from Apple Mail (Mailbox &gt; Export Mailbox) and add the exported mbox instead.</source>
        <translation type="unfinished">Apple Mail guarda los adjuntos en otros archivos. Exporte el buzón desde Apple Mail (Buzón &gt; Exportar buzón) y añada en su lugar el mbox exportado.</translation>
    </message>
    <message>
        <source>it does not start with the message&apos;s length.</source>
        <translation type="unfinished">no empieza por la longitud del mensaje.</translation>
    </message>
    <message>
        <source>it is cut short at byte %1 of %2.</source>
        <translation type="unfinished">se corta en el byte %1 de %2.</translation>
    </message>
    <message>
        <source>The message file %1 could not be opened.</source>
        <translation type="unfinished">No se pudo abrir el archivo de mensaje %1.</translation>
    </message>
    <message>
        <source>The message file %1 is cut short at byte %2.</source>
        <translation type="unfinished">El archivo de mensaje %1 se corta en el byte %2.</translation>
    </message>
    <message>
        <source>The mail file %1 could not be opened.</source>
        <translation type="unfinished">No se pudo abrir el archivo de correo %1.</translation>
    </message>
    <message>
        <source>The mail file %1 is cut short: it ends inside message %2 (byte %3). The messages before it were read.</source>
        <translation type="unfinished">El archivo de correo %1 está cortado: termina en medio del mensaje %2 (byte %3). Los mensajes anteriores se leyeron.</translation>
    </message>
    <message>
        <source>The mail file %1 could not be read past byte %2.</source>
        <translation type="unfinished">No se pudo leer el archivo de correo %1 más allá del byte %2.</translation>
    </message>
    <message>
        <source>%1 is not an mbox file: it does not start with &quot;From &quot;.</source>
        <translation type="unfinished">%1 no es un archivo mbox: no empieza por «From ».</translation>
    </message>
    <message>
        <source>The Outlook file %1 cannot be read: %2</source>
        <translation type="unfinished">No se puede leer el archivo de Outlook %1: %2</translation>
    </message>
    <message>
        <source>it is not an Outlook data file.</source>
        <translation type="unfinished">no es un archivo de datos de Outlook.</translation>
    </message>
    <message>
        <source>its index is damaged.</source>
        <translation type="unfinished">su índice está dañado.</translation>
    </message>
    <message>
        <source>it has no folders.</source>
        <translation type="unfinished">no tiene carpetas.</translation>
    </message>
    <message>
        <source>The message is no longer in the Outlook file %1.</source>
        <translation type="unfinished">El mensaje ya no está en el archivo de Outlook %1.</translation>
    </message>
    <message>
        <source>Apple Mail</source>
        <translation type="unfinished">Apple Mail</translation>
    </message>
    <message>
        <source>Message %1 in the Outlook file %2 cannot be read: the file is damaged or cut short there.</source>
        <translation type="unfinished">El mensaje %1 del archivo de Outlook %2 no se puede leer: el archivo está dañado o cortado en ese punto.</translation>
    </message>
    <message>
        <source>The Outlook file %1 is cut short: it holds %2 of its %3 bytes, so mail kept past the cut could not be read.</source>
        <translation type="unfinished">El archivo de Outlook %1 está cortado: contiene %2 de sus %3 bytes, así que el correo guardado después del corte no se pudo leer.</translation>
    </message>
</context>
<context>
    <name>mf::discovery::ServerDiscovery</name>
    <message>
        <source>%1 does not offer POP3, so Mailferry cannot fetch mail from it. Google&apos;s own tools can move it instead (search for &quot;Gmail import mail&quot;).</source>
        <translation type="unfinished">%1 no ofrece POP3, así que Mailferry no puede recoger el correo de ahí. Las herramientas de Google pueden trasladarlo en su lugar (busque «Gmail importar correo»).</translation>
    </message>
    <message>
        <source>These are the settings %1 publishes.</source>
        <translation type="unfinished">Esta es la configuración que publica %1.</translation>
    </message>
    <message>
        <source>This does not look like an email address yet.</source>
        <translation type="unfinished">Esto todavía no parece una dirección de correo.</translation>
    </message>
    <message>
        <source>These settings are published by %1 itself.</source>
        <translation type="unfinished">Esta configuración la publica el propio %1.</translation>
    </message>
    <message>
        <source>Your domain&apos;s mail is handled by %1; these are its settings.</source>
        <translation type="unfinished">El correo de su dominio lo gestiona %1; esta es su configuración.</translation>
    </message>
    <message>
        <source>Mailferry could not find the settings for %1. Your provider&apos;s help pages list them as &quot;POP3 server&quot; or &quot;incoming mail server&quot;.</source>
        <translation type="unfinished">Mailferry no encontró la configuración de %1. Las páginas de ayuda de su proveedor la indican como «servidor POP3» o «servidor de correo entrante».</translation>
    </message>
    <message>
        <source>This is a likely guess; &quot;Test connection&quot; will tell whether it works.</source>
        <translation type="unfinished">Es una suposición probable; «Probar la conexión» le dirá si funciona.</translation>
    </message>
</context>
<context>
    <name>mf::google::ClientConfig</name>
    <message>
        <source>Mailferry could not open the Google client file. Choose the client_secret.json you downloaded from Google Cloud Console.</source>
        <translation type="unfinished">Mailferry no pudo abrir el archivo de cliente de Google. Elija el client_secret.json que descargó de Google Cloud Console.</translation>
    </message>
    <message>
        <source>This file is not a Google client file (client_secret.json).</source>
        <translation type="unfinished">Este archivo no es un archivo de cliente de Google (client_secret.json).</translation>
    </message>
    <message>
        <source>This client is for a web application. In Google Cloud Console, create an OAuth client of type &quot;Desktop app&quot; and download its file.</source>
        <translation type="unfinished">Este cliente es para una aplicación web. En Google Cloud Console, cree un cliente OAuth de tipo «Aplicación de escritorio» y descargue su archivo.</translation>
    </message>
    <message>
        <source>The Google client file has no client id. Download it again from Google Cloud Console.</source>
        <translation type="unfinished">El archivo de cliente de Google no tiene ID de cliente. Descárguelo de nuevo de Google Cloud Console.</translation>
    </message>
    <message>
        <source>This is not a Google client file (client_secret.json). Choose the file you downloaded from Google Cloud Console.</source>
        <translation type="unfinished">Este no es un archivo de cliente de Google (client_secret.json). Elija el archivo que descargó de Google Cloud Console.</translation>
    </message>
    <message>
        <source>This file is too large to be a Google client file (client_secret.json).</source>
        <translation type="unfinished">Este archivo es demasiado grande para ser un archivo de cliente de Google (client_secret.json).</translation>
    </message>
</context>
<context>
    <name>mf::google::ConsentLifetime</name>
    <message numerus="yes">
        <source>in %n minute(s)</source>
        <translation type="unfinished">
            <numerusform>en %n minuto</numerusform>
            <numerusform>en %n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n hour(s)</source>
        <translation type="unfinished">
            <numerusform>en %n hora</numerusform>
            <numerusform>en %n horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation type="unfinished">
            <numerusform>en %n día</numerusform>
            <numerusform>en %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>Google&apos;s permission for Mailferry has expired: your Google Cloud project is in &quot;Testing&quot; status, and Google ends such permissions 7 days after you signed in.</source>
        <translation type="unfinished">El permiso de Google para Mailferry ha caducado: su proyecto de Google Cloud está en estado «Testing», y Google termina esos permisos 7 días después de iniciar sesión.</translation>
    </message>
    <message>
        <source>Google&apos;s permission for Mailferry ends %1 (%2): your Google Cloud project is in &quot;Testing&quot; status, and Google ends such permissions 7 days after you signed in.</source>
        <translation type="unfinished">El permiso de Google para Mailferry termina %1 (%2): su proyecto de Google Cloud está en estado «Testing», y Google termina esos permisos 7 días después de iniciar sesión.</translation>
    </message>
    <message>
        <source>Google&apos;s permission for Mailferry ends %1 (your Google Cloud project is in &quot;Testing&quot; status).</source>
        <translation type="unfinished">El permiso de Google para Mailferry termina %1 (su proyecto de Google Cloud está en estado «Testing»).</translation>
    </message>
    <message>
        <source>Google&apos;s permission for Mailferry expired: your Google Cloud project is in &quot;Testing&quot; status, and Google ends such permissions 7 days after you signed in. %1 %2</source>
        <translation type="unfinished">El permiso de Google para Mailferry caducó: su proyecto de Google Cloud está en estado «Testing», y Google termina esos permisos 7 días después de iniciar sesión. %1 %2</translation>
    </message>
    <message>
        <source>Google no longer accepts Mailferry&apos;s sign-in for this account (it was withdrawn, the Google password changed, or it went unused for months). %1</source>
        <translation type="unfinished">Google ya no acepta el inicio de sesión de Mailferry para esta cuenta (se retiró, cambió la contraseña de Google o lleva meses sin usarse). %1</translation>
    </message>
    <message>
        <source>Sign in with Google again to continue.</source>
        <translation type="unfinished">Vuelva a iniciar sesión en Google para continuar.</translation>
    </message>
    <message>
        <source>To stop this from happening every week, publish your project: in the Google Cloud console, open APIs &amp; Services &gt; OAuth consent screen (Audience), and click Publish app. A project that only you (or fewer than 100 people) use can stay unverified; Google then shows an &quot;unverified app&quot; screen at sign-in, where you click Advanced and continue. Then sign in again once.</source>
        <translation type="unfinished">Para que no ocurra cada semana, publique su proyecto: en la consola de Google Cloud, abra APIs &amp; Services &gt; OAuth consent screen (Audience) y haga clic en Publish app. Un proyecto que solo usa usted (o menos de 100 personas) puede quedar sin verificar; Google muestra entonces una pantalla «unverified app» al iniciar sesión, donde hace clic en Advanced y continúa. Después inicie sesión una vez más.</translation>
    </message>
</context>
<context>
    <name>mf::google::GmailClient</name>
    <message>
        <source>Mailferry could not make a secure connection to Gmail. Check the computer&apos;s date and any security software, then try again.</source>
        <translation type="unfinished">Mailferry no pudo establecer una conexión segura con Gmail. Compruebe la fecha del ordenador y su software de seguridad, y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Mailferry cannot reach Gmail. Check your internet connection; it will try again.</source>
        <translation type="unfinished">Mailferry no puede conectar con Gmail. Compruebe su conexión a Internet; lo volverá a intentar.</translation>
    </message>
    <message>
        <source>Gmail stopped answering. Mailferry will try again.</source>
        <translation type="unfinished">Gmail ha dejado de responder. Mailferry lo volverá a intentar.</translation>
    </message>
    <message>
        <source>The connection to Gmail was lost. Mailferry will try again.</source>
        <translation type="unfinished">Se perdió la conexión con Gmail. Mailferry lo volverá a intentar.</translation>
    </message>
    <message>
        <source>Gmail&apos;s daily limit for this account has been reached. Mailferry will go on later; nothing is lost.</source>
        <translation type="unfinished">Se ha alcanzado el límite diario de Gmail para esta cuenta. Mailferry seguirá más tarde; no se pierde nada.</translation>
    </message>
    <message>
        <source>Gmail asked Mailferry to slow down. It will go on by itself shortly.</source>
        <translation type="unfinished">Gmail ha pedido a Mailferry que vaya más despacio. Seguirá por sí solo en breve.</translation>
    </message>
    <message>
        <source>Gmail is busy or having trouble right now. Mailferry will try again.</source>
        <translation type="unfinished">Gmail está ocupado o tiene problemas en este momento. Mailferry lo volverá a intentar.</translation>
    </message>
    <message>
        <source>Gmail no longer accepts Mailferry&apos;s sign-in. Sign in with Google again.</source>
        <translation type="unfinished">Gmail ya no acepta el inicio de sesión de Mailferry. Vuelva a iniciar sesión con Google.</translation>
    </message>
    <message>
        <source>Gmail refused Mailferry permission to add messages to this account. Sign in again and leave every permission Mailferry asks for ticked.</source>
        <translation type="unfinished">Gmail no ha dado permiso a Mailferry para añadir mensajes a esta cuenta. Vuelva a iniciar sesión y deje marcados todos los permisos que pide Mailferry.</translation>
    </message>
    <message>
        <source>This message is too large for Gmail (the limit is 50 MB). It stays on the old server.</source>
        <translation type="unfinished">Este mensaje es demasiado grande para Gmail (el límite es de 50 MB). Se queda en el servidor antiguo.</translation>
    </message>
    <message>
        <source>Gmail lost track of an upload. Mailferry will try again.</source>
        <translation type="unfinished">Gmail perdió el rastro de una subida. Mailferry lo volverá a intentar.</translation>
    </message>
    <message>
        <source>Gmail did not accept this message (it may be damaged or malformed). It stays on the old server.</source>
        <translation type="unfinished">Gmail no aceptó este mensaje (puede estar dañado o mal formado). Se queda en el servidor antiguo.</translation>
    </message>
    <message>
        <source>Gmail&apos;s answer could not be understood. Mailferry will try again.</source>
        <translation type="unfinished">No se pudo entender la respuesta de Gmail. Mailferry lo volverá a intentar.</translation>
    </message>
    <message>
        <source>Gmail could not create the label. Mailferry will try again.</source>
        <translation type="unfinished">Gmail no pudo crear la etiqueta. Mailferry lo volverá a intentar.</translation>
    </message>
    <message>
        <source>Gmail refused Mailferry permission to manage labels. Sign in again and allow labels, or choose not to use a label.</source>
        <translation type="unfinished">Gmail no ha dado permiso a Mailferry para gestionar etiquetas. Vuelva a iniciar sesión y permita las etiquetas, o elija no usar ninguna etiqueta.</translation>
    </message>
    <message>
        <source>Gmail&apos;s answer pointed the upload to another address, so Mailferry did not send your message there. A proxy, security software or network setting may be interfering; check them, then try again.</source>
        <translation type="unfinished">La respuesta de Gmail desviaba la subida a otra dirección, así que Mailferry no envió allí su mensaje. Puede que un proxy, un programa de seguridad o un ajuste de red interfiera; revíselos y vuelva a intentarlo.</translation>
    </message>
    <message numerus="yes">
        <source>Gmail asked Mailferry to wait %n minute(s) before sending more. Mailferry stopped for now; nothing is lost. Try again after that time.</source>
        <translation type="unfinished">
            <numerusform>Gmail pidió a Mailferry que esperara %n minuto antes de enviar más. Mailferry se ha detenido por ahora; no se pierde nada. Vuelva a intentarlo pasado ese tiempo.</numerusform>
            <numerusform>Gmail pidió a Mailferry que esperara %n minutos antes de enviar más. Mailferry se ha detenido por ahora; no se pierde nada. Vuelva a intentarlo pasado ese tiempo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Gmail does not accept one of this message&apos;s attachments (a program or an archive containing one).</source>
        <translation type="unfinished">Gmail no acepta uno de los adjuntos de este mensaje (un programa, o un archivo comprimido que contiene uno).</translation>
    </message>
    <message>
        <source>A label needs a name.</source>
        <translation type="unfinished">Una etiqueta necesita un nombre.</translation>
    </message>
</context>
<context>
    <name>mf::google::GoogleSignIn</name>
    <message>
        <source>Mailferry has no Google client set up. Import the client_secret.json file of your Google Cloud project first.</source>
        <translation type="unfinished">Mailferry no tiene ningún cliente de Google configurado. Importe primero el archivo client_secret.json de su proyecto de Google Cloud.</translation>
    </message>
    <message>
        <source>Mailferry could not prepare the sign-in on this computer. Check that no security software blocks local connections, then try again.</source>
        <translation type="unfinished">Mailferry no pudo preparar el inicio de sesión en este ordenador. Compruebe que ningún software de seguridad bloquee las conexiones locales y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The sign-in took too long. Click &quot;Sign in with Google&quot; to try again.</source>
        <translation type="unfinished">El inicio de sesión tardó demasiado. Pulse «Iniciar sesión con Google» para intentarlo de nuevo.</translation>
    </message>
    <message>
        <source>Sign-in cancelled.</source>
        <translation type="unfinished">Inicio de sesión cancelado.</translation>
    </message>
    <message>
        <source>You did not allow Mailferry to add mail to Gmail. Mailferry cannot copy your messages without that permission. Sign in again when you are ready.</source>
        <translation type="unfinished">No ha permitido que Mailferry añada correo a Gmail. Sin ese permiso, Mailferry no puede copiar sus mensajes. Vuelva a iniciar sesión cuando esté listo.</translation>
    </message>
    <message>
        <source>Google did not complete the sign-in. Please try again.</source>
        <translation type="unfinished">Google no completó el inicio de sesión. Vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Mailferry could not reach Google to finish the sign-in. Check your internet connection and try again.</source>
        <translation type="unfinished">Mailferry no pudo conectar con Google para terminar el inicio de sesión. Compruebe su conexión a Internet y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Google does not recognise Mailferry&apos;s client. Import the client_secret.json of your Google Cloud project again.</source>
        <translation type="unfinished">Google no reconoce el cliente de Mailferry. Vuelva a importar el client_secret.json de su proyecto de Google Cloud.</translation>
    </message>
    <message>
        <source>Google did not accept the sign-in. Please try again.</source>
        <translation type="unfinished">Google no aceptó el inicio de sesión. Vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>You signed in, but did not tick &quot;Add emails into your Gmail mailbox&quot;. Mailferry needs that permission to copy your mail. Sign in again and leave that box ticked.</source>
        <translation type="unfinished">Ha iniciado sesión, pero no marcó la casilla para añadir correos a su buzón de Gmail («Add emails into your Gmail mailbox»). Mailferry necesita ese permiso para copiar su correo. Vuelva a iniciar sesión y deje esa casilla marcada.</translation>
    </message>
    <message>
        <source>Google&apos;s answer to the sign-in was incomplete. Please try again.</source>
        <translation type="unfinished">La respuesta de Google al inicio de sesión estaba incompleta. Vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>You are signed in</source>
        <translation type="unfinished">Ha iniciado sesión</translation>
    </message>
    <message>
        <source>Mailferry is now connected to %1.</source>
        <translation type="unfinished">Mailferry ya está conectado a %1.</translation>
    </message>
    <message>
        <source>Sign-in not completed</source>
        <translation type="unfinished">Inicio de sesión no completado</translation>
    </message>
    <message>
        <source>Not this sign-in</source>
        <translation type="unfinished">No es este inicio de sesión</translation>
    </message>
    <message>
        <source>This answer did not belong to the sign-in Mailferry is waiting for, so Mailferry ignored it. Finish signing in from the window Mailferry opened.</source>
        <translation type="unfinished">Esta respuesta no pertenecía al inicio de sesión que espera Mailferry, así que Mailferry la ignoró. Termine de iniciar sesión en la ventana que abrió Mailferry.</translation>
    </message>
</context>
<context>
    <name>mf::google::LoopbackReceiver</name>
    <message>
        <source>Not here</source>
        <translation type="unfinished">Aquí no</translation>
    </message>
    <message>
        <source>This address only receives Mailferry&apos;s sign-in.</source>
        <translation type="unfinished">Esta dirección solo recibe el inicio de sesión de Mailferry.</translation>
    </message>
    <message>
        <source>You can close this tab and return to Mailferry.</source>
        <translation type="unfinished">Puede cerrar esta pestaña y volver a Mailferry.</translation>
    </message>
</context>
<context>
    <name>mf::google::TokenManager</name>
    <message>
        <source>Google no longer accepts Mailferry&apos;s sign-in for this account (it expired or was withdrawn). Sign in with Google again to continue.</source>
        <translation type="unfinished">Google ya no acepta el inicio de sesión de Mailferry para esta cuenta (caducó o se retiró). Vuelva a iniciar sesión con Google para continuar.</translation>
    </message>
    <message>
        <source>Google does not recognise Mailferry&apos;s client any more. Import the client_secret.json of your Google Cloud project again, then sign in.</source>
        <translation type="unfinished">Google ya no reconoce el cliente de Mailferry. Vuelva a importar el client_secret.json de su proyecto de Google Cloud e inicie sesión.</translation>
    </message>
    <message>
        <source>Mailferry could not reach Google to renew its access. It will try again.</source>
        <translation type="unfinished">Mailferry no pudo conectar con Google para renovar su acceso. Lo volverá a intentar.</translation>
    </message>
    <message>
        <source>Mailferry could not reach Google to withdraw its access. You can also remove it in your Google Account under Security, Third-party access.</source>
        <translation type="unfinished">Mailferry no pudo conectar con Google para retirar su acceso. También puede quitarlo en su cuenta de Google, en Seguridad, acceso de terceros.</translation>
    </message>
</context>
<context>
    <name>mf::google::http</name>
    <message>
        <source>Mailferry&apos;s connection to Google was sent to another address, so Mailferry stopped instead of handing over your sign-in or your mail. A proxy, security software or network setting may be redirecting it; check them, then try again.</source>
        <translation type="unfinished">La conexión de Mailferry con Google se envió a otra dirección, así que Mailferry se detuvo en lugar de entregar su inicio de sesión o su correo. Puede que un proxy, un programa de seguridad o un ajuste de red la esté desviando; revíselos y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Google sent an answer far larger than any it should send, so Mailferry stopped reading it. It will try again later.</source>
        <translation type="unfinished">Google envió una respuesta mucho mayor que cualquiera que debería enviar, así que Mailferry dejó de leerla. Lo volverá a intentar más tarde.</translation>
    </message>
</context>
<context>
    <name>mf::mail::AttachmentStripper</name>
    <message>
        <source>The structure of this message is too complex or damaged for Mailferry to take its attachments apart.</source>
        <translation type="unfinished">La estructura de este mensaje es demasiado compleja o está dañada para que Mailferry separe sus adjuntos.</translation>
    </message>
    <message>
        <source>Mailferry removed the attachment &quot;%1&quot; (%2) from this copy: Gmail does not accept this type of file.</source>
        <translation type="unfinished">Mailferry quitó el adjunto «%1» (%2) de esta copia: Gmail no acepta este tipo de archivo.</translation>
    </message>
    <message>
        <source>The archive holds: %1.</source>
        <translation type="unfinished">El archivo comprimido contiene: %1.</translation>
    </message>
    <message>
        <source>The original message, with the attachment, is kept on your computer at:</source>
        <translation type="unfinished">El mensaje original, con el adjunto, se guarda en su ordenador en:</translation>
    </message>
    <message>
        <source>%1 (holds %2)</source>
        <translation type="unfinished">%1 (contiene %2)</translation>
    </message>
</context>
<context>
    <name>mf::mail::DateRescue</name>
    <message>
        <source>The Date header could not be read and no server recorded when it received the message; Gmail will show the time of the import as its date.</source>
        <translation type="unfinished">La fecha del mensaje (cabecera Date) no se pudo leer y ningún servidor anotó cuándo lo recibió; Gmail mostrará como fecha el momento de la importación.</translation>
    </message>
    <message>
        <source>The Date header was missing and no server recorded when it received the message; Gmail will show the time of the import as its date.</source>
        <translation type="unfinished">El mensaje no tenía fecha (cabecera Date) y ningún servidor anotó cuándo lo recibió; Gmail mostrará como fecha el momento de la importación.</translation>
    </message>
    <message>
        <source>The Date header could not be read; used the date the server received it (%1). The original is kept as X-Original-Date.</source>
        <translation type="unfinished">La fecha del mensaje (cabecera Date) no se pudo leer; se usó la fecha en que el servidor lo recibió (%1). La original se conserva como X-Original-Date.</translation>
    </message>
    <message>
        <source>The Date header was missing; used the date the server received it (%1).</source>
        <translation type="unfinished">El mensaje no tenía fecha (cabecera Date); se usó la fecha en que el servidor lo recibió (%1).</translation>
    </message>
</context>
<context>
    <name>mf::mail::ReportMail</name>
    <message numerus="yes">
        <source>Mailferry: %n message(s) from %1 could not be copied</source>
        <translation type="unfinished">
            <numerusform>Mailferry: no se pudo copiar %n mensaje de %1</numerusform>
            <numerusform>Mailferry: no se pudieron copiar %n mensajes de %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Mailferry finished copying mail from %1 into this Gmail account.</source>
        <translation type="unfinished">Mailferry ha terminado de copiar el correo de %1 a esta cuenta de Gmail.</translation>
    </message>
    <message>
        <source>Copied: %1</source>
        <translation type="unfinished">Copiados: %1</translation>
    </message>
    <message>
        <source>Skipped (already in Gmail, or too large): %1</source>
        <translation type="unfinished">Omitidos (ya estaban en Gmail o eran demasiado grandes): %1</translation>
    </message>
    <message>
        <source>Could not be copied: %1</source>
        <translation type="unfinished">No se pudieron copiar: %1</translation>
    </message>
    <message>
        <source>Removed from the old server after copying: %1</source>
        <translation type="unfinished">Eliminados del servidor antiguo tras copiarlos: %1</translation>
    </message>
    <message>
        <source>Uploaded again after an interruption (may appear twice): %1</source>
        <translation type="unfinished">Subidos de nuevo tras una interrupción (pueden aparecer dos veces): %1</translation>
    </message>
    <message>
        <source>The messages that could not be copied are still on the old server; nothing was deleted. The attached file lists each one with the reason. In Mailferry, &quot;Retry failed&quot; tries exactly these messages again.</source>
        <translation type="unfinished">Los mensajes que no se pudieron copiar siguen en el servidor antiguo; no se borró nada. El archivo adjunto los enumera uno a uno con el motivo. En Mailferry, «Reintentar fallidos» vuelve a intentar exactamente esos mensajes.</translation>
    </message>
    <message>
        <source>Mailferry finished copying the mail archive %1 into this Gmail account.</source>
        <translation type="unfinished">Mailferry terminó de copiar el archivo de correo %1 en esta cuenta de Gmail.</translation>
    </message>
    <message>
        <source>The messages that could not be copied are still in the archive on your computer; Mailferry never changes it. The attached file lists each one with the reason. In Mailferry, &quot;Retry failed&quot; tries exactly these messages again.</source>
        <translation type="unfinished">Los mensajes que no se pudieron copiar siguen en el archivo de su equipo; Mailferry nunca lo modifica. El archivo adjunto los enumera uno a uno con el motivo. En Mailferry, «Reintentar fallidos» vuelve a intentar exactamente esos mensajes.</translation>
    </message>
</context>
<context>
    <name>mf::mail::StandInDetector</name>
    <message>
        <source>The mail server sent a stand-in (&quot;cannot display Unicode content&quot;) instead of this message, because the message has non-ASCII headers and the server did not switch to UTF-8. It was left on the server.</source>
        <translation type="unfinished">El servidor de correo envió un sustituto («cannot display Unicode content») en lugar de este mensaje, porque el mensaje tiene encabezados no ASCII y el servidor no cambió a UTF-8. Se dejó en el servidor.</translation>
    </message>
</context>
<context>
    <name>mf::migration</name>
    <message>
        <source>Ready</source>
        <translation type="unfinished">Listo</translation>
    </message>
    <message>
        <source>Connecting to your old mailbox…</source>
        <translation type="unfinished">Conectando con su buzón antiguo…</translation>
    </message>
    <message>
        <source>Working out what is left to copy…</source>
        <translation type="unfinished">Calculando lo que queda por copiar…</translation>
    </message>
    <message>
        <source>Copying messages into Gmail</source>
        <translation type="unfinished">Copiando mensajes a Gmail</translation>
    </message>
    <message>
        <source>Pausing after the messages in progress…</source>
        <translation type="unfinished">Pausando tras los mensajes en curso…</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished">En pausa</translation>
    </message>
    <message>
        <source>Waiting for the next check</source>
        <translation type="unfinished">Esperando a la próxima comprobación</translation>
    </message>
    <message>
        <source>Finishing up…</source>
        <translation type="unfinished">Terminando…</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished">Terminado</translation>
    </message>
    <message>
        <source>Stopped because of a problem</source>
        <translation type="unfinished">Detenido por un problema</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished">Cancelado</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation type="unfinished">Inactivo</translation>
    </message>
    <message>
        <source>Waiting for another mailbox to finish</source>
        <translation type="unfinished">Esperando a que termine otro buzón</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation type="unfinished">Comprobando</translation>
    </message>
    <message>
        <source>Copying</source>
        <translation type="unfinished">Copiando</translation>
    </message>
    <message>
        <source>Waiting for Gmail&apos;s quota</source>
        <translation type="unfinished">Esperando la cuota de Gmail</translation>
    </message>
    <message>
        <source>Needs you</source>
        <translation type="unfinished">Le necesita</translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished">Terminado</translation>
    </message>
</context>
<context>
    <name>mf::migration::ArchiveCatalog</name>
    <message>
        <source>Too many damaged places; the rest of the archive was not read.</source>
        <translation type="unfinished">Demasiados puntos dañados; el resto del archivo no se leyó.</translation>
    </message>
</context>
<context>
    <name>mf::migration::ArchiveSource</name>
    <message>
        <source>Part of the archive could not be read: %1</source>
        <translation type="unfinished">No se pudo leer una parte del archivo: %1</translation>
    </message>
    <message>
        <source>The message is no longer in the archive.</source>
        <translation type="unfinished">El mensaje ya no está en el archivo.</translation>
    </message>
    <message>
        <source>Mailferry never changes a local archive.</source>
        <translation type="unfinished">Mailferry nunca cambia un archivo local.</translation>
    </message>
</context>
<context>
    <name>mf::migration::BlockedAttachments</name>
    <message>
        <source>Mailferry could not keep a copy of the original message on this computer, so it was not copied without its attachment. Check that the disk is not full.</source>
        <translation type="unfinished">Mailferry no pudo guardar una copia del mensaje original en este ordenador, así que no se copió sin su adjunto. Compruebe que el disco no esté lleno.</translation>
    </message>
    <message>
        <source>Gmail does not accept one of this message&apos;s attachments, and Mailferry could not tell which one. It stays on the old server.</source>
        <translation type="unfinished">Gmail no acepta uno de los adjuntos de este mensaje, y Mailferry no pudo saber cuál. Se queda en el servidor antiguo.</translation>
    </message>
    <message>
        <source>Gmail does not accept one of this message&apos;s attachments, and Mailferry could not tell which one. It is still in the archive.</source>
        <translation type="unfinished">Gmail no acepta uno de los adjuntos de este mensaje y Mailferry no pudo saber cuál. Sigue en el archivo.</translation>
    </message>
</context>
<context>
    <name>mf::migration::CatalogFile</name>
    <message>
        <source>Mailferry could not keep its list of the archive&apos;s messages (%1).</source>
        <translation type="unfinished">Mailferry no pudo guardar su lista de los mensajes del archivo (%1).</translation>
    </message>
    <message>
        <source>not a list Mailferry wrote</source>
        <translation type="unfinished">no es una lista escrita por Mailferry</translation>
    </message>
    <message>
        <source>the file was changed or cut short</source>
        <translation type="unfinished">el archivo se modificó o se cortó</translation>
    </message>
</context>
<context>
    <name>mf::migration::MigrationEngine</name>
    <message>
        <source>Stopping after the messages in progress…</source>
        <translation type="unfinished">Deteniendo tras los mensajes en curso…</translation>
    </message>
    <message>
        <source>The message is %1 MB, over the %2 MB limit. It was left on the server.</source>
        <translation type="unfinished">El mensaje ocupa %1 MB, más del límite de %2 MB. Se dejó en el servidor.</translation>
    </message>
    <message>
        <source>The message is empty. It was left on the server.</source>
        <translation type="unfinished">El mensaje está vacío. Se dejó en el servidor.</translation>
    </message>
    <message>
        <source>The message has no readable headers, so Gmail would refuse it. It was left on the server.</source>
        <translation type="unfinished">El mensaje no tiene cabeceras legibles, así que Gmail lo rechazaría. Se dejó en el servidor.</translation>
    </message>
    <message>
        <source>Already copied to Gmail under another server id; not copied again.</source>
        <translation type="unfinished">Ya se copió a Gmail con otro identificador del servidor; no se vuelve a copiar.</translation>
    </message>
    <message>
        <source>Mailferry stopped while this message was being uploaded, so it was uploaded again; Gmail may show it twice.</source>
        <translation type="unfinished">Mailferry se detuvo mientras se subía este mensaje, así que se volvió a subir; puede que Gmail lo muestre dos veces.</translation>
    </message>
    <message>
        <source>Removed from the old server after Gmail confirmed the copy.</source>
        <translation type="unfinished">Eliminado del servidor antiguo después de que Gmail confirmara la copia.</translation>
    </message>
    <message>
        <source>The connection to the mail server was lost.</source>
        <translation type="unfinished">Se perdió la conexión con el servidor de correo.</translation>
    </message>
    <message>
        <source>Next check in %1 minutes</source>
        <translation type="unfinished">Próxima comprobación en %1 minutos</translation>
    </message>
    <message>
        <source>Interrupted.</source>
        <translation type="unfinished">Interrumpido.</translation>
    </message>
    <message>
        <source>The connection to Gmail broke during the upload and it was sent again; Gmail may show it twice.</source>
        <translation type="unfinished">La conexión con Gmail se cortó durante la subida y el mensaje se volvió a enviar; puede que aparezca dos veces en Gmail.</translation>
    </message>
    <message>
        <source>Gmail is not taking messages now (%1). Trying again in %2 seconds (attempt %3).</source>
        <translation type="unfinished">Gmail no acepta mensajes ahora (%1). Nuevo intento en %2 segundos (intento %3).</translation>
    </message>
    <message>
        <source>%1 Trying again in %2 seconds (attempt %3 of %4).</source>
        <translation type="unfinished">%1 Nuevo intento en %2 segundos (intento %3 de %4).</translation>
    </message>
    <message>
        <source>%1 (Attempt %2 of %3.)</source>
        <translation type="unfinished">%1 (Intento %2 de %3.)</translation>
    </message>
    <message>
        <source>%1 The server asks Mailferry to wait %2 minutes, longer than it waits unattended. Try again after %3.</source>
        <translation type="unfinished">%1 El servidor pide a Mailferry que espere %2 minutos, más de lo que espera sin supervisión. Vuelva a intentarlo después de las %3.</translation>
    </message>
    <message>
        <source>Gmail could not take messages for %1 minutes (%2). Nothing more was read from the mail server; run Mailferry again later to go on where it stopped.</source>
        <translation type="unfinished">Gmail no pudo aceptar mensajes durante %1 minutos (%2). No se leyó nada más del servidor de correo; ejecute Mailferry de nuevo más tarde para seguir donde se detuvo.</translation>
    </message>
    <message>
        <source>The server broke the connection each time this message was read (%1). It was left on the server.</source>
        <translation type="unfinished">El servidor cortó la conexión cada vez que se leía este mensaje (%1). Se dejó en el servidor.</translation>
    </message>
    <message>
        <source>The message is larger than the %1 MB limit (the server announced %2 MB). It was left on the server.</source>
        <translation type="unfinished">El mensaje supera el límite de %1 MB (el servidor anunció %2 MB). Se dejó en el servidor.</translation>
    </message>
    <message>
        <source>The server sent %1 bytes of a message it announced as %2 bytes; it may be cut short. It was left on the server.</source>
        <translation type="unfinished">El servidor envió %1 bytes de un mensaje que anunció con %2 bytes; puede estar cortado. Se dejó en el servidor.</translation>
    </message>
    <message>
        <source>The server sent %1 bytes for a message it announced as %2 bytes, so the original is kept on the server.</source>
        <translation type="unfinished">El servidor envió %1 bytes de un mensaje que anunció con %2 bytes, así que el original se conserva en el servidor.</translation>
    </message>
    <message>
        <source>The server&apos;s id for this message is not reliable, so it is kept on the server.</source>
        <translation type="unfinished">El identificador del servidor para este mensaje no es fiable, así que se conserva en el servidor.</translation>
    </message>
    <message>
        <source>An earlier upload of this message failed in a way that may have stored it, so it was uploaded again; Gmail may show it twice.</source>
        <translation type="unfinished">Una subida anterior de este mensaje falló de un modo que pudo guardarlo, así que se subió otra vez; Gmail puede mostrarlo dos veces.</translation>
    </message>
    <message>
        <source>Gmail could not be reached.</source>
        <translation type="unfinished">No se pudo contactar con Gmail.</translation>
    </message>
    <message numerus="yes">
        <source>This server allows one login every %n minute(s); the next session starts in %1 seconds.</source>
        <translation type="unfinished">
            <numerusform>Este servidor permite un inicio de sesión por %n minuto; la próxima sesión empieza en %1 segundos.</numerusform>
            <numerusform>Este servidor permite un inicio de sesión cada %n minutos; la próxima sesión empieza en %1 segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 Next check in %2 minutes; the last successful check was at %3.</source>
        <translation type="unfinished">%1 Próxima comprobación en %2 minutos; la última comprobación correcta fue a las %3.</translation>
    </message>
    <message>
        <source>%1 Next check in %2 minutes; no check has succeeded yet.</source>
        <translation type="unfinished">%1 Próxima comprobación en %2 minutos; todavía no ha salido bien ninguna.</translation>
    </message>
    <message>
        <source>%1 (archive)</source>
        <translation type="unfinished">%1 (archivo)</translation>
    </message>
    <message>
        <source>Reading the archive…</source>
        <translation type="unfinished">Leyendo el archivo…</translation>
    </message>
    <message>
        <source>The message is %1 MB, over the %2 MB limit. It was not copied; it is still in the archive.</source>
        <translation type="unfinished">El mensaje ocupa %1 MB, por encima del límite de %2 MB. No se copió; sigue en el archivo.</translation>
    </message>
    <message>
        <source>The message is empty. It is still in the archive.</source>
        <translation type="unfinished">El mensaje está vacío. Sigue en el archivo.</translation>
    </message>
    <message>
        <source>The message has no readable headers, so Gmail would refuse it. It is still in the archive.</source>
        <translation type="unfinished">El mensaje no tiene encabezados legibles, así que Gmail lo rechazaría. Sigue en el archivo.</translation>
    </message>
    <message>
        <source>This message in the archive is a mail server&apos;s stand-in (&quot;cannot display Unicode content&quot;), not the original message. It was not copied.</source>
        <translation type="unfinished">Este mensaje del archivo es un sustituto de un servidor de correo («cannot display Unicode content»), no el mensaje original. No se copió.</translation>
    </message>
</context>
<context>
    <name>mf::migration::PreflightText</name>
    <message>
        <source>about a minute</source>
        <translation type="unfinished">alrededor de un minuto</translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s)</source>
        <translation type="unfinished">
            <numerusform>alrededor de %n minuto</numerusform>
            <numerusform>alrededor de %n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n hour(s)</source>
        <translation type="unfinished">
            <numerusform>alrededor de %n hora</numerusform>
            <numerusform>alrededor de %n horas</numerusform>
        </translation>
    </message>
    <message>
        <source>about %1 h %2 min</source>
        <translation type="unfinished">alrededor de %1 h %2 min</translation>
    </message>
    <message>
        <source>%1 messages, %2.</source>
        <translation type="unfinished">%1 mensajes, %2.</translation>
    </message>
    <message>
        <source>From %1 to %2.</source>
        <translation type="unfinished">Del %1 al %2.</translation>
    </message>
    <message>
        <source>Already in Gmail (copied by Mailferry before): %1.</source>
        <translation type="unfinished">Ya en Gmail (copiados antes por Mailferry): %1.</translation>
    </message>
    <message>
        <source>Larger than the chosen limit of %1, so they stay on the server: %2.</source>
        <translation type="unfinished">Más grandes que el límite elegido de %1, así que se quedan en el servidor: %2.</translation>
    </message>
    <message>
        <source>Larger than Gmail accepts (%1): %2.</source>
        <translation type="unfinished">Más grandes de lo que Gmail acepta (%1): %2.</translation>
    </message>
    <message>
        <source>Without a readable date: %1; Mailferry takes the date the server received them.</source>
        <translation type="unfinished">Sin fecha legible: %1; Mailferry toma la fecha en que el servidor los recibió.</translation>
    </message>
    <message>
        <source>For %1 of them no date is recorded at all, so Gmail will show the day they are copied.</source>
        <translation type="unfinished">Para %1 de ellos no hay ninguna fecha, así que Gmail mostrará el día en que se copien.</translation>
    </message>
    <message>
        <source>Without a Message-ID: %1; Mailferry recognises them by their content.</source>
        <translation type="unfinished">Sin Message-ID: %1; Mailferry los reconoce por su contenido.</translation>
    </message>
    <message>
        <source>Look like copies of another message in the same mailbox: %1.</source>
        <translation type="unfinished">Parecen copias de otro mensaje del mismo buzón: %1.</translation>
    </message>
    <message>
        <source>Could not be looked at: %1 (they are tried again when copying).</source>
        <translation type="unfinished">No se pudieron examinar: %1 (se reintentan al copiar).</translation>
    </message>
    <message>
        <source>With a very long header, looked at only in part: %1.</source>
        <translation type="unfinished">Con un encabezado muy largo, examinados solo en parte: %1.</translation>
    </message>
    <message>
        <source>The server does not number its messages permanently; Mailferry recognises them by their content and will not delete any.</source>
        <translation type="unfinished">El servidor no numera sus mensajes de forma permanente; Mailferry los reconoce por su contenido y no borrará ninguno.</translation>
    </message>
    <message>
        <source>To copy: %1, %2 at Gmail&apos;s pace.</source>
        <translation type="unfinished">Por copiar: %1, %2 al ritmo de Gmail.</translation>
    </message>
</context>
<context>
    <name>mf::migration::SyncHealth</name>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation type="unfinished">
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation type="unfinished">
            <numerusform>%n hora</numerusform>
            <numerusform>%n horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation type="unfinished">
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished">nunca</translation>
    </message>
    <message>
        <source>just now</source>
        <translation type="unfinished">ahora mismo</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation type="unfinished">hace %1</translation>
    </message>
    <message>
        <source>the mail server refuses the password (was it changed?)</source>
        <translation type="unfinished">el servidor de correo rechaza la contraseña (¿se cambió?)</translation>
    </message>
    <message>
        <source>the mail server does not answer or breaks the connection</source>
        <translation type="unfinished">el servidor de correo no responde o corta la conexión</translation>
    </message>
    <message>
        <source>Google&apos;s permission for Mailferry is gone</source>
        <translation type="unfinished">el permiso de Google para Mailferry ya no existe</translation>
    </message>
    <message>
        <source>Gmail&apos;s quota is used up for now</source>
        <translation type="unfinished">la cuota de Gmail está agotada por ahora</translation>
    </message>
    <message>
        <source>Google does not answer</source>
        <translation type="unfinished">Google no responde</translation>
    </message>
    <message>
        <source>the mailbox&apos;s settings need a change</source>
        <translation type="unfinished">hay que cambiar la configuración del buzón</translation>
    </message>
    <message>
        <source>an error</source>
        <translation type="unfinished">un error</translation>
    </message>
    <message>
        <source>Type the mailbox&apos;s current password in its settings.</source>
        <translation type="unfinished">Escriba la contraseña actual del buzón en su configuración.</translation>
    </message>
    <message>
        <source>Mailferry keeps trying; if this goes on, ask the mail provider whether the server is down.</source>
        <translation type="unfinished">Mailferry sigue intentándolo; si continúa, pregunte al proveedor de correo si el servidor está caído.</translation>
    </message>
    <message>
        <source>Sign in with Google again.</source>
        <translation type="unfinished">Vuelva a iniciar sesión en Google.</translation>
    </message>
    <message>
        <source>Mailferry waits for the quota and goes on by itself.</source>
        <translation type="unfinished">Mailferry espera la cuota y sigue por sí solo.</translation>
    </message>
    <message>
        <source>Mailferry keeps trying; check this computer&apos;s internet connection.</source>
        <translation type="unfinished">Mailferry sigue intentándolo; compruebe la conexión a Internet de este ordenador.</translation>
    </message>
    <message>
        <source>Open the mailbox&apos;s settings and test the connection.</source>
        <translation type="unfinished">Abra la configuración del buzón y pruebe la conexión.</translation>
    </message>
    <message>
        <source>Last checked successfully %1.</source>
        <translation type="unfinished">Última comprobación correcta %1.</translation>
    </message>
    <message>
        <source>Stopped: %1. %2</source>
        <translation type="unfinished">Detenido: %1. %2</translation>
    </message>
    <message>
        <source>No successful check for %1</source>
        <translation type="unfinished">Ninguna comprobación correcta desde hace %1</translation>
    </message>
    <message>
        <source>No successful check yet, for %1</source>
        <translation type="unfinished">Aún ninguna comprobación correcta, desde hace %1</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation type="unfinished">%1: %2.</translation>
    </message>
    <message>
        <source>%1 (it should check every %2).</source>
        <translation type="unfinished">%1 (debería comprobar cada %2).</translation>
    </message>
    <message>
        <source>Check that Mailferry is running and that this computer is online.</source>
        <translation type="unfinished">Compruebe que Mailferry está en marcha y que este ordenador tiene conexión.</translation>
    </message>
    <message>
        <source>%1 Retrying: %2.</source>
        <translation type="unfinished">%1 Reintento: %2.</translation>
    </message>
</context>
<context>
    <name>mf::migration::SyncHost</name>
    <message>
        <source>Gmail asked Mailferry to slow down; the mailboxes going into %1 share its quota</source>
        <translation type="unfinished">Gmail pidió a Mailferry que vaya más despacio; los buzones que van a %1 comparten su cuota</translation>
    </message>
</context>
<context>
    <name>mf::pop3::CertificateInfo</name>
    <message>
        <source>The certificate is self-signed: no known authority vouches for it.</source>
        <translation type="unfinished">El certificado está autofirmado: ninguna autoridad conocida lo respalda.</translation>
    </message>
    <message>
        <source>The certificate was issued by an authority this computer does not know.</source>
        <translation type="unfinished">El certificado lo emitió una autoridad que este ordenador no conoce.</translation>
    </message>
    <message>
        <source>The certificate has expired.</source>
        <translation type="unfinished">El certificado ha caducado.</translation>
    </message>
    <message>
        <source>The certificate is not valid yet (check this computer&apos;s date).</source>
        <translation type="unfinished">El certificado aún no es válido (compruebe la fecha de este ordenador).</translation>
    </message>
    <message>
        <source>The certificate belongs to a different server name.</source>
        <translation type="unfinished">El certificado pertenece a otro nombre de servidor.</translation>
    </message>
    <message>
        <source>The certificate has been revoked.</source>
        <translation type="unfinished">El certificado ha sido revocado.</translation>
    </message>
    <message>
        <source>Issued to: %1</source>
        <translation type="unfinished">Emitido para: %1</translation>
    </message>
    <message>
        <source>Issued by: %1</source>
        <translation type="unfinished">Emitido por: %1</translation>
    </message>
    <message>
        <source>Valid from %1 to %2</source>
        <translation type="unfinished">Válido del %1 al %2</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint: %1</source>
        <translation type="unfinished">Huella SHA-256: %1</translation>
    </message>
</context>
<context>
    <name>mf::pop3::Pop3Client</name>
    <message>
        <source>The server %1 did not complete an encrypted (SSL/TLS) connection within %2 seconds. Check the port and security settings: SSL/TLS usually uses port 995.</source>
        <translation type="unfinished">El servidor %1 no completó una conexión cifrada (SSL/TLS) en %2 segundos. Compruebe el puerto y la seguridad: SSL/TLS suele usar el puerto 995.</translation>
    </message>
    <message>
        <source>Mailferry could not reach the server %1 within %2 seconds. Check the server name, the port and your internet connection.</source>
        <translation type="unfinished">Mailferry no pudo conectar con el servidor %1 en %2 segundos. Compruebe el nombre del servidor, el puerto y su conexión a Internet.</translation>
    </message>
    <message>
        <source>The server %1 accepted the connection but did not greet Mailferry within %2 seconds. It may be overloaded; try again later.</source>
        <translation type="unfinished">El servidor %1 aceptó la conexión pero no saludó a Mailferry en %2 segundos. Puede que esté sobrecargado; vuelva a intentarlo más tarde.</translation>
    </message>
    <message>
        <source>The server %1 did not greet Mailferry within %2 seconds. This port probably expects an encrypted connection: choose SSL/TLS (usually port 995).</source>
        <translation type="unfinished">El servidor %1 no saludó a Mailferry en %2 segundos. Probablemente este puerto espera una conexión cifrada: elija SSL/TLS (normalmente el puerto 995).</translation>
    </message>
    <message>
        <source>The server %1 stopped answering. Mailferry will reconnect and continue.</source>
        <translation type="unfinished">El servidor %1 dejó de responder. Mailferry volverá a conectarse y continuará.</translation>
    </message>
    <message>
        <source>Already connected.</source>
        <translation type="unfinished">Ya está conectado.</translation>
    </message>
    <message>
        <source>The connection to %1 would not be encrypted, so Mailferry did not send your password. Choose SSL/TLS or STARTTLS, or allow an unencrypted connection explicitly if you trust this network.</source>
        <translation type="unfinished">La conexión con %1 no estaría cifrada, así que Mailferry no envió su contraseña. Elija SSL/TLS o STARTTLS, o permita expresamente una conexión sin cifrar si confía en esta red.</translation>
    </message>
    <message>
        <source>This looks like an IMAP server, not POP3.</source>
        <translation type="unfinished">Esto parece un servidor IMAP, no POP3.</translation>
    </message>
    <message>
        <source>This looks like a mail sending (SMTP) server, not POP3.</source>
        <translation type="unfinished">Esto parece un servidor de envío de correo (SMTP), no POP3.</translation>
    </message>
    <message>
        <source>The server %1 does not answer like a POP3 mail server. %2 Check the server name and port (995 for SSL/TLS, 110 for STARTTLS).</source>
        <translation type="unfinished">El servidor %1 no responde como un servidor de correo POP3. %2 Compruebe el nombre del servidor y el puerto (995 para SSL/TLS, 110 para STARTTLS).</translation>
    </message>
    <message>
        <source>The server %1 does not offer encryption (STARTTLS) on this port. Choose SSL/TLS (usually port 995) instead.</source>
        <translation type="unfinished">El servidor %1 no ofrece cifrado (STARTTLS) en este puerto. Elija SSL/TLS en su lugar (normalmente el puerto 995).</translation>
    </message>
    <message>
        <source>The server %1 sent unexpected data while starting encryption, so Mailferry stopped for your safety. Choose SSL/TLS (usually port 995) instead.</source>
        <translation type="unfinished">El servidor %1 envió datos inesperados al iniciar el cifrado, así que Mailferry se detuvo por su seguridad. Elija SSL/TLS en su lugar (normalmente el puerto 995).</translation>
    </message>
    <message>
        <source>The connection to %1 is not encrypted, so Mailferry did not send your password.</source>
        <translation type="unfinished">La conexión con %1 no está cifrada, así que Mailferry no envió su contraseña.</translation>
    </message>
    <message>
        <source>The server %1 does not support APOP. Choose another sign-in method.</source>
        <translation type="unfinished">El servidor %1 no admite APOP. Elija otro método de inicio de sesión.</translation>
    </message>
    <message>
        <source>The server %1 expects an encrypted connection on this port. Choose SSL/TLS (usually port 995).</source>
        <translation type="unfinished">El servidor %1 espera una conexión cifrada en este puerto. Elija SSL/TLS (normalmente el puerto 995).</translation>
    </message>
    <message>
        <source>The server %1 sent data Mailferry did not ask for. Mailferry will reconnect.</source>
        <translation type="unfinished">El servidor %1 envió datos que Mailferry no había pedido. Mailferry volverá a conectarse.</translation>
    </message>
    <message>
        <source>The server %1 sent an answer Mailferry cannot read. Mailferry will reconnect.</source>
        <translation type="unfinished">El servidor %1 envió una respuesta que Mailferry no puede leer. Mailferry volverá a conectarse.</translation>
    </message>
    <message>
        <source>The server %1 does not answer like a POP3 mail server. %2</source>
        <translation type="unfinished">El servidor %1 no responde como un servidor de correo POP3. %2</translation>
    </message>
    <message>
        <source>Check the server name and port.</source>
        <translation type="unfinished">Compruebe el nombre del servidor y el puerto.</translation>
    </message>
    <message>
        <source>Mailferry will reconnect.</source>
        <translation type="unfinished">Mailferry volverá a conectarse.</translation>
    </message>
    <message>
        <source>The connection to the mail server %1 was lost. Mailferry will reconnect and continue; nothing was deleted.</source>
        <translation type="unfinished">Se perdió la conexión con el servidor de correo %1. Mailferry volverá a conectarse y continuará; no se borró nada.</translation>
    </message>
    <message>
        <source>Mailferry is not connected to the mail server %1.</source>
        <translation type="unfinished">Mailferry no está conectado al servidor de correo %1.</translation>
    </message>
    <message>
        <source>The server %1 refused the connection. Check the server name and port: SSL/TLS usually uses port 995, STARTTLS port 110.</source>
        <translation type="unfinished">El servidor %1 rechazó la conexión. Compruebe el nombre del servidor y el puerto: SSL/TLS suele usar el puerto 995 y STARTTLS el 110.</translation>
    </message>
    <message>
        <source>The server name %1 was not found. Check its spelling and your internet connection.</source>
        <translation type="unfinished">No se encontró el nombre de servidor %1. Compruebe cómo está escrito y su conexión a Internet.</translation>
    </message>
    <message>
        <source>The identity of the server %1 could not be verified. %2 If you are sure this is your provider&apos;s server, you can choose to trust its certificate.</source>
        <translation type="unfinished">No se pudo verificar la identidad del servidor %1. %2 Si está seguro de que es el servidor de su proveedor, puede elegir confiar en su certificado.</translation>
    </message>
    <message>
        <source>Mailferry could not set up an encrypted connection with %1. This port may not use SSL/TLS: try STARTTLS on port 110, or SSL/TLS on port 995.</source>
        <translation type="unfinished">Mailferry no pudo establecer una conexión cifrada con %1. Puede que este puerto no use SSL/TLS: pruebe STARTTLS en el puerto 110 o SSL/TLS en el puerto 995.</translation>
    </message>
    <message>
        <source>The server %1 did not answer in time. Mailferry will try again.</source>
        <translation type="unfinished">El servidor %1 no respondió a tiempo. Mailferry lo volverá a intentar.</translation>
    </message>
    <message>
        <source>The server %1 closed the connection before greeting Mailferry. Check the port and security settings, or try again later.</source>
        <translation type="unfinished">El servidor %1 cerró la conexión antes de saludar a Mailferry. Compruebe el puerto y la seguridad, o vuelva a intentarlo más tarde.</translation>
    </message>
    <message>
        <source>A network error interrupted the connection to %1. Mailferry will try again.</source>
        <translation type="unfinished">Un error de red interrumpió la conexión con %1. Mailferry lo volverá a intentar.</translation>
    </message>
    <message>
        <source>The password was not accepted. Check it, or ask your provider whether the mailbox needs an app password.</source>
        <translation type="unfinished">No se aceptó la contraseña. Compruébela o pregunte a su proveedor si el buzón necesita una contraseña de aplicación.</translation>
    </message>
    <message>
        <source>The mailbox is in use by another program (or a session that ended recently). Mailferry will try again in about 10 minutes; close other mail programs meanwhile.</source>
        <translation type="unfinished">El buzón lo está usando otro programa (o una sesión que terminó hace poco). Mailferry lo volverá a intentar dentro de unos 10 minutos; mientras tanto, cierre los demás programas de correo.</translation>
    </message>
    <message numerus="yes">
        <source>The provider allows only a limited number of logins. Mailferry will try again in %n minute(s).</source>
        <translation type="unfinished">
            <numerusform>El proveedor solo permite un número limitado de inicios de sesión. Mailferry lo volverá a intentar dentro de %n minuto.</numerusform>
            <numerusform>El proveedor solo permite un número limitado de inicios de sesión. Mailferry lo volverá a intentar dentro de %n minutos.</numerusform>
        </translation>
    </message>
    <message>
        <source>The mail server has a temporary problem. Mailferry will try again later.</source>
        <translation type="unfinished">El servidor de correo tiene un problema temporal. Mailferry lo volverá a intentar más tarde.</translation>
    </message>
    <message>
        <source>The mail server reported a permanent problem with this mailbox. Contact your provider; its message was: %1</source>
        <translation type="unfinished">El servidor de correo informa de un problema permanente con este buzón. Póngase en contacto con su proveedor; su mensaje fue: %1</translation>
    </message>
    <message>
        <source>The server %1 does not give messages a permanent identity (UIDL). Mailferry can copy the mail but cannot safely delete it from the server.</source>
        <translation type="unfinished">El servidor %1 no da a los mensajes una identidad permanente (UIDL). Mailferry puede copiar el correo, pero no borrarlo del servidor con seguridad.</translation>
    </message>
    <message>
        <source>The message is no longer on the server.</source>
        <translation type="unfinished">El mensaje ya no está en el servidor.</translation>
    </message>
    <message>
        <source>The server could not provide this message; it stays on the server.</source>
        <translation type="unfinished">El servidor no pudo entregar este mensaje; se queda en el servidor.</translation>
    </message>
    <message>
        <source>The server did not finish the session properly, so messages marked for deletion may still be there. Mailferry will delete them on a later run.</source>
        <translation type="unfinished">El servidor no terminó la sesión correctamente, así que puede que los mensajes marcados para borrar sigan ahí. Mailferry los borrará en una próxima ejecución.</translation>
    </message>
    <message>
        <source>The server %1 refused the connection for now. Mailferry will try again later.</source>
        <translation type="unfinished">El servidor %1 rechaza la conexión por ahora. Mailferry lo volverá a intentar más tarde.</translation>
    </message>
    <message>
        <source>The mail server refused a command. Mailferry will reconnect and try again.</source>
        <translation type="unfinished">El servidor de correo rechazó una orden. Mailferry volverá a conectarse y lo intentará de nuevo.</translation>
    </message>
    <message>
        <source>The server %1 refused the login without saying why. This may not be a wrong password: try signing in with another mail program, or ask your provider.</source>
        <translation type="unfinished">El servidor %1 rechazó el inicio de sesión sin decir por qué. Puede que no sea una contraseña incorrecta: pruebe a iniciar sesión con otro programa de correo, o pregunte a su proveedor.</translation>
    </message>
    <message>
        <source>The server %1 refused the login and said: &quot;%2&quot;. This may not be a wrong password: check what the server said, or ask your provider.</source>
        <translation type="unfinished">El servidor %1 rechazó el inicio de sesión y dijo: «%2». Puede que no sea una contraseña incorrecta: mire lo que dijo el servidor, o pregunte a su proveedor.</translation>
    </message>
    <message>
        <source>The server %1 answers too slowly. Mailferry will reconnect and continue.</source>
        <translation type="unfinished">El servidor %1 responde demasiado despacio. Mailferry volverá a conectarse y seguirá.</translation>
    </message>
    <message>
        <source>The server %1 sends data too slowly. Mailferry will reconnect and continue.</source>
        <translation type="unfinished">El servidor %1 envía los datos demasiado despacio. Mailferry volverá a conectarse y seguirá.</translation>
    </message>
    <message>
        <source>The server %1 sent a greeting far longer than POP3 allows. Mailferry will try again later.</source>
        <translation type="unfinished">El servidor %1 envió un saludo mucho más largo de lo que permite POP3. Mailferry lo volverá a intentar más tarde.</translation>
    </message>
    <message>
        <source>The server %1 sent an answer far longer than POP3 allows. Mailferry will try again later.</source>
        <translation type="unfinished">El servidor %1 envió una respuesta mucho más larga de lo que permite POP3. Mailferry lo volverá a intentar más tarde.</translation>
    </message>
    <message>
        <source>The server %1 sent an answer far longer than POP3 allows. Mailferry will reconnect.</source>
        <translation type="unfinished">El servidor %1 envió una respuesta mucho más larga de lo que permite POP3. Mailferry volverá a conectarse.</translation>
    </message>
    <message>
        <source>The message is larger than the size limit (%1 MB); it stays on the server.</source>
        <translation type="unfinished">El mensaje supera el tamaño máximo (%1 MB); se queda en el servidor.</translation>
    </message>
    <message>
        <source>The headers of this message are far larger than usual, so Mailferry did not read them; the message stays on the server.</source>
        <translation type="unfinished">Los encabezados de este mensaje son mucho más grandes de lo normal, así que Mailferry no los leyó; el mensaje se queda en el servidor.</translation>
    </message>
    <message>
        <source>The server %1 sent an answer to %2 far larger than Mailferry accepts. Mailferry will try again later.</source>
        <translation type="unfinished">El servidor %1 envió a %2 una respuesta mucho más grande de lo que Mailferry acepta. Mailferry lo volverá a intentar más tarde.</translation>
    </message>
    <message>
        <source>The server %1 does not answer like a POP3 mail server. Check the server name and port (995 for SSL/TLS, 110 for STARTTLS).</source>
        <translation type="unfinished">El servidor %1 no responde como un servidor de correo POP3. Compruebe el nombre del servidor y el puerto (995 para SSL/TLS, 110 para STARTTLS).</translation>
    </message>
</context>
<context>
    <name>mf::secrets::KeychainCredentialStore</name>
    <message>
        <source>Mailferry has no saved password or sign-in for this account. Enter it again.</source>
        <translation type="unfinished">Mailferry no tiene guardada ninguna contraseña ni inicio de sesión para esta cuenta. Vuelva a introducirla.</translation>
    </message>
    <message>
        <source>Mailferry was not allowed to use the system keychain. Allow access when your computer asks, then try again.</source>
        <translation type="unfinished">Mailferry no tuvo permiso para usar el llavero del sistema. Permita el acceso cuando su ordenador lo pida y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Mailferry could not reach the system keychain, where it keeps passwords safely. You can keep them in memory for this session only, or unlock your keychain and try again.</source>
        <translation type="unfinished">Mailferry no pudo acceder al llavero del sistema, donde guarda las contraseñas de forma segura. Puede mantenerlas en memoria solo durante esta sesión, o desbloquear el llavero y volver a intentarlo.</translation>
    </message>
    <message>
        <source>This password is longer than the system keychain can keep (at most %1 bytes). Check that only the password was pasted.</source>
        <translation type="unfinished">Esta contraseña es más larga de lo que puede guardar el llavero del sistema (%1 bytes como máximo). Compruebe que solo se pegó la contraseña.</translation>
    </message>
</context>
<context>
    <name>mf::secrets::MemoryCredentialStore</name>
    <message>
        <source>Mailferry has no saved password or sign-in for this account. Enter it again.</source>
        <translation type="unfinished">Mailferry no tiene guardada ninguna contraseña ni inicio de sesión para esta cuenta. Vuelva a introducirla.</translation>
    </message>
</context>
<context>
    <name>mf::store::CsvExporter</name>
    <message>
        <source>Time</source>
        <translation type="unfinished">Hora</translation>
    </message>
    <message>
        <source>Source account</source>
        <translation type="unfinished">Cuenta de origen</translation>
    </message>
    <message>
        <source>UIDL</source>
        <translation type="unfinished">UIDL</translation>
    </message>
    <message>
        <source>Message-ID</source>
        <translation type="unfinished">Message-ID</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished">Asunto</translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished">De</translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished">Fecha</translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished">Tamaño</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished">Resultado</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished">Motivo</translation>
    </message>
    <message>
        <source>Gmail message id</source>
        <translation type="unfinished">ID del mensaje en Gmail</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished">Intentos</translation>
    </message>
    <message>
        <source>Error code</source>
        <translation type="unfinished">Código de error</translation>
    </message>
    <message>
        <source>Technical detail</source>
        <translation type="unfinished">Detalle técnico</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Estado</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation type="unfinished">Marcas</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation type="unfinished">Visto por primera vez</translation>
    </message>
    <message>
        <source>Copied at</source>
        <translation type="unfinished">Copiado el</translation>
    </message>
    <message>
        <source>Deleted from server at</source>
        <translation type="unfinished">Borrado del servidor el</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished">SHA-256</translation>
    </message>
    <message>
        <source>Mailferry could not write the log file. Check that the disk is not full and that the folder can be written to.</source>
        <translation type="unfinished">Mailferry no pudo escribir el archivo de registro. Compruebe que el disco no esté lleno y que se pueda escribir en la carpeta.</translation>
    </message>
    <message>
        <source>Mailferry could not write the log file.</source>
        <translation type="unfinished">Mailferry no pudo escribir el archivo de registro.</translation>
    </message>
    <message>
        <source>Mailferry could not create the log file. Check that the folder can be written to.</source>
        <translation type="unfinished">Mailferry no pudo crear el archivo de registro. Compruebe que se pueda escribir en la carpeta.</translation>
    </message>
    <message>
        <source>Mailferry could not save the log file. Check that the disk is not full.</source>
        <translation type="unfinished">Mailferry no pudo guardar el archivo de registro. Compruebe que el disco no esté lleno.</translation>
    </message>
    <message>
        <source>Size (MB)</source>
        <translation type="unfinished">Tamaño (MB)</translation>
    </message>
    <message>
        <source>Attachments removed</source>
        <translation type="unfinished">Adjuntos quitados</translation>
    </message>
    <message>
        <source>Original kept at</source>
        <translation type="unfinished">Original guardado en</translation>
    </message>
</context>
<context>
    <name>mf::store::Ledger</name>
    <message>
        <source>Mailferry could not create the folder for its records of this mailbox.</source>
        <translation type="unfinished">Mailferry no pudo crear la carpeta de su historial de este buzón.</translation>
    </message>
    <message>
        <source>These records were written by a newer version of Mailferry. Update Mailferry to continue this migration.</source>
        <translation type="unfinished">Este historial lo escribió una versión más reciente de Mailferry. Actualice Mailferry para continuar este traslado.</translation>
    </message>
    <message>
        <source>The file for this mailbox&apos;s records is not a Mailferry ledger.</source>
        <translation type="unfinished">El archivo del historial de este buzón no es de Mailferry.</translation>
    </message>
    <message>
        <source>Mailferry stopped while this message was being uploaded, so it cannot know whether Gmail received it. It will be uploaded again and may appear twice in Gmail.</source>
        <translation type="unfinished">Mailferry se detuvo mientras se subía este mensaje, así que no puede saber si Gmail lo recibió. Se volverá a subir y puede que aparezca dos veces en Gmail.</translation>
    </message>
    <message>
        <source>Mailferry refused to copy a message again that is already in Gmail.</source>
        <translation type="unfinished">Mailferry se negó a volver a copiar un mensaje que ya está en Gmail.</translation>
    </message>
    <message>
        <source>Mailferry lost track of a message it was copying.</source>
        <translation type="unfinished">Mailferry perdió el rastro de un mensaje que estaba copiando.</translation>
    </message>
    <message>
        <source>Copied again after an interrupted upload; it may appear twice in Gmail.</source>
        <translation type="unfinished">Copiado de nuevo tras una subida interrumpida; puede que aparezca dos veces en Gmail.</translation>
    </message>
    <message>
        <source>Mailferry tried to record an impossible result for a message.</source>
        <translation type="unfinished">Mailferry intentó registrar un resultado imposible para un mensaje.</translation>
    </message>
    <message>
        <source>Mailferry refused to mark a message that is already in Gmail as not copied.</source>
        <translation type="unfinished">Mailferry se negó a marcar como no copiado un mensaje que ya está en Gmail.</translation>
    </message>
    <message>
        <source>Already in Gmail: the same message (same Message-ID, size and content) was copied before.</source>
        <translation type="unfinished">Ya está en Gmail: el mismo mensaje (mismo Message-ID, tamaño y contenido) ya se copió antes.</translation>
    </message>
    <message>
        <source>Already in Gmail: the same message (same Message-ID, size and content) was copied before under the server id %1.</source>
        <translation type="unfinished">Ya está en Gmail: el mismo mensaje (mismo Message-ID, tamaño y contenido) ya se copió antes con el identificador del servidor %1.</translation>
    </message>
    <message>
        <source>Removed from the POP3 server after Gmail had confirmed it.</source>
        <translation type="unfinished">Eliminado del servidor POP3 después de que Gmail lo confirmara.</translation>
    </message>
    <message>
        <source>Mailferry recorded a message as removed from the server that was not confirmed in Gmail. Please report this problem.</source>
        <translation type="unfinished">Mailferry registró como eliminado del servidor un mensaje que no estaba confirmado en Gmail. Informe de este problema.</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished">En espera</translation>
    </message>
    <message>
        <source>Uploading</source>
        <translation type="unfinished">Subiendo</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished">Copiado</translation>
    </message>
    <message>
        <source>Skipped: already in Gmail</source>
        <translation type="unfinished">Omitido: ya está en Gmail</translation>
    </message>
    <message>
        <source>Skipped: too large</source>
        <translation type="unfinished">Omitido: demasiado grande</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished">Fallido</translation>
    </message>
    <message>
        <source>Copied and removed from the server</source>
        <translation type="unfinished">Copiado y eliminado del servidor</translation>
    </message>
    <message>
        <source>The connection to Gmail broke during the upload and it was sent again; it may appear twice in Gmail.</source>
        <translation type="unfinished">La conexión con Gmail se cortó durante la subida y el mensaje se volvió a enviar; puede que aparezca dos veces en Gmail.</translation>
    </message>
    <message>
        <source>The file with Mailferry&apos;s records of this mailbox is empty or damaged. Mailferry will not start afresh, because that would copy every message again. Restore the file from a backup, or move it away to really start over.</source>
        <translation type="unfinished">El archivo con los registros de Mailferry de este buzón está vacío o dañado. Mailferry no empezará de cero, porque eso volvería a copiar todos los mensajes. Restaure el archivo desde una copia de seguridad, o muévalo a otro sitio para empezar de nuevo de verdad.</translation>
    </message>
    <message>
        <source>Mailferry could not create its records of this mailbox.</source>
        <translation type="unfinished">Mailferry no pudo crear sus registros de este buzón.</translation>
    </message>
    <message>
        <source>Mailferry could not read its records of this mailbox.</source>
        <translation type="unfinished">Mailferry no pudo leer sus registros de este buzón.</translation>
    </message>
    <message>
        <source>Mailferry could not update its records of this mailbox to this version.</source>
        <translation type="unfinished">Mailferry no pudo actualizar sus registros de este buzón a esta versión.</translation>
    </message>
    <message>
        <source>Copied without attachment %1; original kept at %2.</source>
        <translation type="unfinished">Copiado sin el adjunto %1; original guardado en %2.</translation>
    </message>
</context>
<context>
    <name>mf::store::LedgerReader</name>
    <message>
        <source>Mailferry could not open its records of this mailbox.</source>
        <translation type="unfinished">Mailferry no pudo abrir su historial de este buzón.</translation>
    </message>
    <message>
        <source>Mailferry could not update its records of this mailbox. Check that the disk is not full and that the folder can be written to.</source>
        <translation type="unfinished">Mailferry no pudo actualizar su historial de este buzón. Compruebe que el disco no esté lleno y que se pueda escribir en la carpeta.</translation>
    </message>
</context>
<context>
    <name>mf::store::ReadOnlyLedger</name>
    <message>
        <source>Mailferry has no records of this mailbox yet.</source>
        <translation type="unfinished">Mailferry todavía no tiene registros de este buzón.</translation>
    </message>
    <message>
        <source>The file with Mailferry&apos;s records of this mailbox is empty or damaged.</source>
        <translation type="unfinished">El archivo con los registros de Mailferry de este buzón está vacío o dañado.</translation>
    </message>
    <message>
        <source>The file for this mailbox&apos;s records is not a Mailferry ledger.</source>
        <translation type="unfinished">El archivo del historial de este buzón no es de Mailferry.</translation>
    </message>
    <message>
        <source>These records were written by a newer version of Mailferry. Update Mailferry to read them.</source>
        <translation type="unfinished">Estos registros los escribió una versión más reciente de Mailferry. Actualice Mailferry para leerlos.</translation>
    </message>
</context>
<context>
    <name>mf::store::RunLock</name>
    <message>
        <source>Another Mailferry is already working on this mailbox. Wait until it has finished, or close it, then try again.</source>
        <translation type="unfinished">Otro Mailferry ya está trabajando con este buzón. Espere a que termine, o ciérrelo, y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Mailferry could not create its lock file for this mailbox. Check that the folder can be written to.</source>
        <translation type="unfinished">Mailferry no pudo crear su archivo de bloqueo para este buzón. Compruebe que se pueda escribir en la carpeta.</translation>
    </message>
</context>
<context>
    <name>mf::ui::AccountSettingsDialog</name>
    <message>
        <source>Allow labels in your browser, then come back here.</source>
        <translation type="unfinished">Permita las etiquetas en su navegador y luego vuelva aquí.</translation>
    </message>
    <message>
        <source>Sign in to Google in your browser, then come back here.</source>
        <translation type="unfinished">Inicie sesión en Google en su navegador y luego vuelva aquí.</translation>
    </message>
    <message>
        <source>Settings of %1</source>
        <translation type="unfinished">Configuración de %1</translation>
    </message>
    <message>
        <source>&amp;Old mailbox</source>
        <translation type="unfinished">&amp;Buzón antiguo</translation>
    </message>
    <message>
        <source>O&amp;ptions</source>
        <translation type="unfinished">O&amp;pciones</translation>
    </message>
    <message>
        <source>Sign &amp;in again…</source>
        <translation type="unfinished">&amp;Iniciar sesión de nuevo…</translation>
    </message>
    <message>
        <source>Opens Google&apos;s sign-in page in your web browser</source>
        <translation type="unfinished">Abre la página de inicio de sesión de Google en su navegador</translation>
    </message>
    <message>
        <source>&amp;Gmail</source>
        <translation type="unfinished">&amp;Gmail</translation>
    </message>
    <message>
        <source>Signed in again.</source>
        <translation type="unfinished">Sesión iniciada de nuevo.</translation>
    </message>
    <message>
        <source>Nothing was saved: the connection test with the new settings did not work (see &quot;Old mailbox&quot;).</source>
        <translation type="unfinished">No se guardó nada: la prueba de conexión con la nueva configuración no funcionó (vea «Buzón antiguo»).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Gmail:&lt;/b&gt; not connected</source>
        <translation type="unfinished">&lt;b&gt;Gmail:&lt;/b&gt; sin conectar</translation>
    </message>
    <message>
        <source>&lt;b&gt;Gmail:&lt;/b&gt; %1&lt;br&gt;Mailferry may add messages to this account%2.</source>
        <translation type="unfinished">&lt;b&gt;Gmail:&lt;/b&gt; %1&lt;br&gt;Mailferry puede añadir mensajes a esta cuenta%2.</translation>
    </message>
    <message>
        <source> and label them</source>
        <translation type="unfinished"> y etiquetarlos</translation>
    </message>
    <message>
        <source>Waiting for you to finish in your browser… If it did not open, check your taskbar.</source>
        <translation type="unfinished">Esperando a que termine en su navegador… Si no se abrió, mire en la barra de tareas.</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation type="unfinished">No se guardó nada: %1</translation>
    </message>
    <message>
        <source>Nothing was saved: the password could not be stored. %1</source>
        <translation type="unfinished">No se guardó nada: no se pudo guardar la contraseña. %1</translation>
    </message>
</context>
<context>
    <name>mf::ui::AccountsWindow</name>
    <message>
        <source>Mailferry</source>
        <translation type="unfinished">Mailferry</translation>
    </message>
    <message>
        <source>Old mailboxes that feed this Gmail</source>
        <translation type="unfinished">Buzones antiguos que alimentan este Gmail</translation>
    </message>
    <message>
        <source>Old mailbox</source>
        <translation type="unfinished">Buzón antiguo</translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished">Servidor</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Estado</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation type="unfinished">&amp;Sincronizar ahora</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished">&amp;Editar…</translation>
    </message>
    <message>
        <source>View &amp;log…</source>
        <translation type="unfinished">Ver el &amp;registro…</translation>
    </message>
    <message>
        <source>&amp;Add a mailbox…</source>
        <translation type="unfinished">&amp;Añadir un buzón…</translation>
    </message>
    <message>
        <source>&amp;Remove all my data…</source>
        <translation type="unfinished">E&amp;liminar todos mis datos…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Gmail:&lt;/b&gt; not connected</source>
        <translation type="unfinished">&lt;b&gt;Gmail:&lt;/b&gt; sin conectar</translation>
    </message>
    <message>
        <source>&lt;b&gt;Gmail:&lt;/b&gt; %1</source>
        <translation type="unfinished">&lt;b&gt;Gmail:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>%1 (label: %2)</source>
        <translation type="unfinished">%1 (etiqueta: %2)</translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished">En curso</translation>
    </message>
    <message>
        <source>Not run yet</source>
        <translation type="unfinished">Aún no ejecutado</translation>
    </message>
    <message numerus="yes">
        <source>%1 · every %n min</source>
        <translation type="unfinished">
            <numerusform>%1 · cada %n min</numerusform>
            <numerusform>%1 · cada %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished">nunca</translation>
    </message>
    <message>
        <source>%1 copied, %2 left</source>
        <translation type="unfinished">%1 copiados, %2 pendientes</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation type="unfinished">Vuelva a iniciar sesión</translation>
    </message>
    <message>
        <source>Mailferry is no longer signed in to Google. Use &quot;Edit&quot; to sign in again.</source>
        <translation type="unfinished">Mailferry ya no tiene la sesión de Google iniciada. Use «Editar» para volver a iniciar sesión.</translation>
    </message>
    <message>
        <source>Password needed</source>
        <translation type="unfinished">Se necesita la contraseña</translation>
    </message>
    <message>
        <source>The password for %1 is not stored on this computer. Type it to continue:</source>
        <translation type="unfinished">La contraseña de %1 no está guardada en este ordenador. Escríbala para continuar:</translation>
    </message>
    <message>
        <source>Remove all my data</source>
        <translation type="unfinished">Eliminar todos mis datos</translation>
    </message>
    <message>
        <source>&amp;Export the logs, then remove</source>
        <translation type="unfinished">&amp;Exportar los registros y luego eliminar</translation>
    </message>
    <message>
        <source>&amp;Remove without export</source>
        <translation type="unfinished">Eli&amp;minar sin exportar</translation>
    </message>
    <message>
        <source>Where should the logs go?</source>
        <translation type="unfinished">¿Dónde guardar los registros?</translation>
    </message>
    <message>
        <source>Some data could not be removed. The log of Mailferry says which.</source>
        <translation type="unfinished">Algunos datos no se pudieron eliminar. El registro de Mailferry indica cuáles.</translation>
    </message>
    <message>
        <source>The password for %1 is not stored on this computer. Open Mailferry and press &quot;Sync now&quot; to type it.</source>
        <translation type="unfinished">La contraseña de %1 no está guardada en este ordenador. Abra Mailferry y pulse «Sincronizar ahora» para escribirla.</translation>
    </message>
    <message>
        <source>Everything Mailferry kept on this computer is removed.</source>
        <translation type="unfinished">Se ha eliminado todo lo que Mailferry guardaba en este ordenador.</translation>
    </message>
    <message>
        <source>The logs could not be saved in %1, so nothing was removed. %2</source>
        <translation type="unfinished">No se pudieron guardar los registros en %1, así que no se eliminó nada. %2</translation>
    </message>
    <message>
        <source>Everything on this computer is removed, but Google could not be reached to withdraw Mailferry&apos;s permission. Remove it yourself at myaccount.google.com/permissions.</source>
        <translation type="unfinished">Se ha eliminado todo de este ordenador, pero no se pudo conectar con Google para retirar el permiso de Mailferry. Quítelo usted mismo en myaccount.google.com/permissions.</translation>
    </message>
    <message>
        <source>Records unreadable</source>
        <translation type="unfinished">Registros ilegibles</translation>
    </message>
    <message>
        <source>Stopped: %1 copied, %2 still to do</source>
        <translation type="unfinished">Detenido: %1 copiados, %2 pendientes</translation>
    </message>
    <message>
        <source>Finished: %1 copied, %2 failed</source>
        <translation type="unfinished">Terminado: %1 copiados, %2 fallidos</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation type="unfinished">Al día</translation>
    </message>
    <message>
        <source>This signs Mailferry out of Google and deletes the saved passwords and settings from this computer. It also deletes the record of what was copied and the logs: without that record, if you set up the same mailbox again, Mailferry copies everything again and Gmail gets every message twice. Your mail stays where it is, in Gmail and on your old server.

Do you want to keep a copy of the logs (CSV) first?</source>
        <translation type="unfinished">Así Mailferry cierra la sesión de Google y borra las contraseñas y los ajustes guardados en este ordenador. También borra el registro de lo que se copió y los historiales: sin ese registro, si configura de nuevo el mismo buzón, Mailferry vuelve a copiarlo todo y Gmail recibe cada mensaje dos veces. Su correo se queda donde está, en Gmail y en su servidor antiguo.

¿Quiere guardar antes una copia de los historiales (CSV)?</translation>
    </message>
    <message>
        <source>&amp;Keep the record of what was copied (only the passwords and settings go)</source>
        <translation type="unfinished">&amp;Conservar el registro de lo copiado (solo se borran las contraseñas y los ajustes)</translation>
    </message>
    <message>
        <source>Last copy</source>
        <translation type="unfinished">Última copia</translation>
    </message>
    <message>
        <source>Last check</source>
        <translation type="unfinished">Última comprobación</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation type="unfinished">&amp;Pausa</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished">%1 — %2</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation type="unfinished">Rea&amp;nudar</translation>
    </message>
</context>
<context>
    <name>mf::ui::ArchivePage</name>
    <message>
        <source>%1, profile &quot;%2&quot; (the one in use)</source>
        <translation type="unfinished">%1, perfil «%2» (el que está en uso)</translation>
    </message>
    <message>
        <source>%1, profile &quot;%2&quot;</source>
        <translation type="unfinished">%1, perfil «%2»</translation>
    </message>
    <message>
        <source>%1 file %2</source>
        <translation type="unfinished">Archivo %1 %2</translation>
    </message>
    <message>
        <source>Mail on this computer</source>
        <translation type="unfinished">El correo de este ordenador</translation>
    </message>
    <message>
        <source>Choose the mail to copy into Gmail. Mailferry only reads it: nothing on this computer is changed or deleted.</source>
        <translation type="unfinished">Elija el correo que se copiará a Gmail. Mailferry solo lo lee: en este ordenador no se cambia ni se borra nada.</translation>
    </message>
    <message>
        <source>&amp;Found on this computer:</source>
        <translation type="unfinished">Encontrado en este &amp;ordenador:</translation>
    </message>
    <message>
        <source>Mail found on this computer</source>
        <translation type="unfinished">Correo encontrado en este ordenador</translation>
    </message>
    <message>
        <source>Mailferry found no mail program&apos;s folder here. Choose the file or folder yourself.</source>
        <translation type="unfinished">Mailferry no encontró aquí ninguna carpeta de un programa de correo. Elija usted el archivo o la carpeta.</translation>
    </message>
    <message>
        <source>&amp;Choose a file or folder…</source>
        <translation type="unfinished">Elegir un archivo o &amp;carpeta…</translation>
    </message>
    <message>
        <source>A file (mbox, Outlook .pst)…</source>
        <translation type="unfinished">Un archivo (mbox, .pst de Outlook)…</translation>
    </message>
    <message>
        <source>A folder (Thunderbird, Maildir, .eml files, Apple Mail)…</source>
        <translation type="unfinished">Una carpeta (Thunderbird, Maildir, archivos .eml, Apple Mail)…</translation>
    </message>
    <message>
        <source>F&amp;olders to copy:</source>
        <translation type="unfinished">Carpe&amp;tas que copiar:</translation>
    </message>
    <message>
        <source>Folders to copy</source>
        <translation type="unfinished">Carpetas que copiar</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation type="unfinished">Carpeta</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation type="unfinished">Mensajes</translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished">Tamaño</translation>
    </message>
    <message>
        <source>Make each folder a Gmail &amp;label</source>
        <translation type="unfinished">Convertir cada carpeta en una &amp;etiqueta de Gmail</translation>
    </message>
    <message>
        <source>Allow lab&amp;els…</source>
        <translation type="unfinished">Permitir eti&amp;quetas…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Nothing on this computer is changed or deleted.&lt;/b&gt; Your mail program keeps its mail exactly as it is; Mailferry copies it and remembers what it copied.</source>
        <translation type="unfinished">&lt;b&gt;En este ordenador no se cambia ni se borra nada.&lt;/b&gt; Su programa de correo conserva su correo tal como está; Mailferry lo copia y recuerda lo que ha copiado.</translation>
    </message>
    <message>
        <source>Google did not give Mailferry permission to manage labels. Allow it, or untick this box: the folders then all go to your Inbox.</source>
        <translation type="unfinished">Google no dio permiso a Mailferry para gestionar etiquetas. Permítalo, o desmarque esta casilla: entonces todas las carpetas irán a su bandeja de entrada.</translation>
    </message>
    <message>
        <source>Choose the folder that holds your mail</source>
        <translation type="unfinished">Elija la carpeta que contiene su correo</translation>
    </message>
    <message>
        <source>Choose the file that holds your mail</source>
        <translation type="unfinished">Elija el archivo que contiene su correo</translation>
    </message>
    <message>
        <source>Mail files (*.mbox *.mbx *.pst *.ost *.eml *.emlx *);;All files (*)</source>
        <translation type="unfinished">Archivos de correo (*.mbox *.mbx *.pst *.ost *.eml *.emlx *);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation type="unfinished">Leyendo %1</translation>
    </message>
    <message>
        <source>Counting the messages…</source>
        <translation type="unfinished">Contando los mensajes…</translation>
    </message>
    <message>
        <source>Top folder</source>
        <translation type="unfinished">Carpeta principal</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation type="unfinished">
            <numerusform>%n mensaje</numerusform>
            <numerusform>%n mensajes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 messages (%2) in %n folder(s)</source>
        <translation type="unfinished">
            <numerusform>%1 mensajes (%2) en %n carpeta</numerusform>
            <numerusform>%1 mensajes (%2) en %n carpetas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished">%1: %2</translation>
    </message>
    <message>
        <source>Counting stopped at %1. Every ticked folder is still copied whole.</source>
        <translation type="unfinished">Recuento detenido en %1. Cada carpeta marcada se copia igualmente entera.</translation>
    </message>
    <message>
        <source>Counting… %1 so far. You may go on: every ticked folder is copied whole.</source>
        <translation type="unfinished">Contando… %1 hasta ahora. Puede seguir: cada carpeta marcada se copia entera.</translation>
    </message>
    <message>
        <source>%1 messages your mail program had deleted are left out.</source>
        <translation type="unfinished">Se omiten %1 mensajes que su programa de correo había borrado.</translation>
    </message>
    <message>
        <source>Part of the archive is damaged and cannot be read: %1</source>
        <translation type="unfinished">Una parte del archivo está dañada y no se puede leer: %1</translation>
    </message>
    <message>
        <source>There are no messages to copy here.</source>
        <translation type="unfinished">Aquí no hay mensajes que copiar.</translation>
    </message>
    <message>
        <source>Without labels, all the folders go to your Inbox.</source>
        <translation type="unfinished">Sin etiquetas, todas las carpetas van a su bandeja de entrada.</translation>
    </message>
    <message>
        <source>Each folder becomes a label named like it (&quot;Old mail/Invoices&quot;), nested as in your mail program.</source>
        <translation type="unfinished">Cada carpeta se convierte en una etiqueta con su nombre («Old mail/Invoices»), anidada como en su programa de correo.</translation>
    </message>
    <message>
        <source>Labels need one more permission: to manage your Gmail labels (not to read your mail). &quot;Allow labels&quot; asks Google for it.</source>
        <translation type="unfinished">Las etiquetas necesitan un permiso más: gestionar sus etiquetas de Gmail (no leer su correo). «Permitir etiquetas» se lo pide a Google.</translation>
    </message>
</context>
<context>
    <name>mf::ui::BrowserFallback</name>
    <message>
        <source>Your web browser did not open. Copy this link and paste it into your browser:</source>
        <translation type="unfinished">Su navegador no se abrió. Copie este enlace y péguelo en su navegador:</translation>
    </message>
    <message>
        <source>Link to open in your browser</source>
        <translation type="unfinished">Enlace para abrir en su navegador</translation>
    </message>
    <message>
        <source>&amp;Copy link</source>
        <translation type="unfinished">&amp;Copiar el enlace</translation>
    </message>
    <message>
        <source>The link is copied. Paste it into your browser&apos;s address bar.</source>
        <translation type="unfinished">El enlace está copiado. Péguelo en la barra de direcciones de su navegador.</translation>
    </message>
</context>
<context>
    <name>mf::ui::CertificateDialog</name>
    <message>
        <source>Is this really your mail server?</source>
        <translation type="unfinished">¿Es realmente su servidor de correo?</translation>
    </message>
    <message>
        <source>Issued to:</source>
        <translation type="unfinished">Emitido para:</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation type="unfinished">Emitido por:</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation type="unfinished">Válido:</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation type="unfinished">del %1 al %2</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation type="unfinished">Huella SHA-256:</translation>
    </message>
    <message>
        <source>Problems:</source>
        <translation type="unfinished">Problemas:</translation>
    </message>
    <message>
        <source>&amp;Trust this server</source>
        <translation type="unfinished">&amp;Confiar en este servidor</translation>
    </message>
    <message>
        <source>Do &amp;not connect</source>
        <translation type="unfinished">&amp;No conectar</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; could not prove that it is your provider&apos;s server. If it is not, someone could read your password and your mail.</source>
        <translation type="unfinished">&lt;b&gt;%1&lt;/b&gt; no pudo demostrar que es el servidor de su proveedor. Si no lo es, alguien podría leer su contraseña y su correo.</translation>
    </message>
    <message>
        <source>&lt;b&gt;If you are not sure, choose &quot;Do not connect&quot; and call your provider.&lt;/b&gt;</source>
        <translation type="unfinished">&lt;b&gt;Si no está seguro, elija «No conectar» y llame a su proveedor.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>If your provider gave you this fingerprint, compare it. If you trust the server, Mailferry accepts exactly this certificate for this mailbox and warns you if it ever changes.</source>
        <translation type="unfinished">Si su proveedor le dio esta huella, compárela. Si confía en el servidor, Mailferry acepta exactamente este certificado para este buzón y le avisa si alguna vez cambia.</translation>
    </message>
    <message>
        <source>Show &amp;details</source>
        <translation type="unfinished">Mostrar los &amp;detalles</translation>
    </message>
    <message>
        <source>Hide &amp;details</source>
        <translation type="unfinished">Ocultar los &amp;detalles</translation>
    </message>
</context>
<context>
    <name>mf::ui::ClientAssistant</name>
    <message>
        <source>&lt;b&gt;Connect Mailferry to Google (once, about 15 minutes)&lt;/b&gt;&lt;br&gt;This copy of Mailferry has no Google connection built in. Make one in your Google account: each button below opens the right Google page.</source>
        <translation type="unfinished">&lt;b&gt;Conectar Mailferry con Google (una sola vez, unos 15 minutos)&lt;/b&gt;&lt;br&gt;Esta copia de Mailferry no trae una conexión con Google. Cree una en su cuenta de Google: cada botón de abajo abre la página de Google adecuada.</translation>
    </message>
    <message>
        <source>Turn on the Gmail API: click &lt;b&gt;Enable&lt;/b&gt;. If Google asks for a project first, create one (any name, for example Mailferry).</source>
        <translation type="unfinished">Activar la API de Gmail: haga clic en &lt;b&gt;Habilitar&lt;/b&gt;. Si Google pide antes un proyecto, cree uno (cualquier nombre, por ejemplo Mailferry).</translation>
    </message>
    <message>
        <source>Open the &amp;Gmail API page</source>
        <translation type="unfinished">Abrir la página de la API de &amp;Gmail</translation>
    </message>
    <message>
        <source>Set up the consent screen: choose &lt;b&gt;External&lt;/b&gt;, type an app name (Mailferry) and your email. Add the scope &lt;tt&gt;https://www.googleapis.com/auth/gmail.insert&lt;/tt&gt;, and add your Gmail address as a &lt;b&gt;test user&lt;/b&gt;.</source>
        <translation type="unfinished">Configurar la pantalla de consentimiento: elija &lt;b&gt;Externo&lt;/b&gt;, escriba un nombre de aplicación (Mailferry) y su correo. Añada el permiso &lt;tt&gt;https://www.googleapis.com/auth/gmail.insert&lt;/tt&gt; y añada su dirección de Gmail como &lt;b&gt;usuario de prueba&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Open the c&amp;onsent screen</source>
        <translation type="unfinished">Abrir la pantalla de &amp;consentimiento</translation>
    </message>
    <message>
        <source>Create the client: as application type choose &lt;b&gt;Desktop app&lt;/b&gt;, click &lt;b&gt;Create&lt;/b&gt;, then &lt;b&gt;Download JSON&lt;/b&gt;.</source>
        <translation type="unfinished">Crear el cliente: como tipo de aplicación elija &lt;b&gt;Aplicación de escritorio&lt;/b&gt;, haga clic en &lt;b&gt;Crear&lt;/b&gt; y luego en &lt;b&gt;Descargar JSON&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Open the client &amp;page</source>
        <translation type="unfinished">Abrir la &amp;página del cliente</translation>
    </message>
    <message>
        <source>Mailferry finds the downloaded file in your Downloads folder by itself. If you saved it elsewhere, or were given one, choose it here.</source>
        <translation type="unfinished">Mailferry encuentra por sí solo el archivo descargado en su carpeta de Descargas. Si lo guardó en otro sitio, o se lo dieron, elíjalo aquí.</translation>
    </message>
    <message>
        <source>Choose the &amp;downloaded file…</source>
        <translation type="unfinished">Elegir el archivo &amp;descargado…</translation>
    </message>
    <message>
        <source>Watching your Downloads folder (%1) for the file…</source>
        <translation type="unfinished">Vigilando su carpeta de Descargas (%1) a la espera del archivo…</translation>
    </message>
    <message>
        <source>Choose the Google client file</source>
        <translation type="unfinished">Elegir el archivo de cliente de Google</translation>
    </message>
    <message>
        <source>Google client file (*.json)</source>
        <translation type="unfinished">Archivo de cliente de Google (*.json)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished">%1: %2</translation>
    </message>
    <message>
        <source>Found %1. Mailferry is connected to your Google client.</source>
        <translation type="unfinished">Se encontró %1. Mailferry está conectado con su cliente de Google.</translation>
    </message>
</context>
<context>
    <name>mf::ui::DonePage</name>
    <message>
        <source>Your mail is in Gmail</source>
        <translation type="unfinished">Su correo está en Gmail</translation>
    </message>
    <message>
        <source>&amp;Open Gmail</source>
        <translation type="unfinished">Abrir &amp;Gmail</translation>
    </message>
    <message>
        <source>Finished, with problems</source>
        <translation type="unfinished">Terminado, con problemas</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished">&amp;Cerrar</translation>
    </message>
    <message>
        <source>&amp;Open the label in Gmail</source>
        <translation type="unfinished">&amp;Abrir la etiqueta en Gmail</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation type="unfinished">
            <numerusform>%n mensaje</numerusform>
            <numerusform>%n mensajes</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2) are in your Gmail inbox, marked unread.</source>
        <translation type="unfinished">&lt;b&gt;%1&lt;/b&gt; (%2) están en su bandeja de entrada de Gmail, marcados como no leídos.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2) are in your Gmail inbox with the label &quot;%3&quot;, marked unread.</source>
        <translation type="unfinished">&lt;b&gt;%1&lt;/b&gt; (%2) están en su bandeja de entrada de Gmail con la etiqueta «%3», marcados como no leídos.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2) are in your Gmail inbox, marked read.</source>
        <translation type="unfinished">&lt;b&gt;%1&lt;/b&gt; (%2) están en su bandeja de entrada de Gmail, marcados como leídos.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2) are in your Gmail inbox with the label &quot;%3&quot;, marked read.</source>
        <translation type="unfinished">&lt;b&gt;%1&lt;/b&gt; (%2) están en su bandeja de entrada de Gmail con la etiqueta «%3», marcados como leídos.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2) are in Gmail under the label &quot;%3&quot;, marked read and out of the inbox.</source>
        <translation type="unfinished">&lt;b&gt;%1&lt;/b&gt; (%2) están en Gmail bajo la etiqueta «%3», marcados como leídos y fuera de la bandeja de entrada.</translation>
    </message>
    <message>
        <source>Show them in Gmail</source>
        <translation type="unfinished">Verlos en Gmail</translation>
    </message>
    <message>
        <source>Show the label in Gmail</source>
        <translation type="unfinished">Ver la etiqueta en Gmail</translation>
    </message>
    <message numerus="yes">
        <source>%n more were copied by Mailferry in an earlier run.</source>
        <translation type="unfinished">
            <numerusform>%n más los copió Mailferry en una ejecución anterior.</numerusform>
            <numerusform>%n más los copió Mailferry en una ejecución anterior.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped: Mailferry had copied them already, or they are too large for Gmail. The log gives the reason for each.</source>
        <translation type="unfinished">
            <numerusform>%n omitido: Mailferry ya lo había copiado, o es demasiado grande para Gmail. El historial da el motivo de cada uno.</numerusform>
            <numerusform>%n omitidos: Mailferry ya los había copiado, o son demasiado grandes para Gmail. El historial da el motivo de cada uno.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) are larger than Gmail accepts and stay on your old server; open your old provider&apos;s webmail to download them.</source>
        <translation type="unfinished">
            <numerusform>%n mensaje es más grande de lo que Gmail acepta y se queda en su servidor antiguo; abra el correo web de su antiguo proveedor para descargarlo.</numerusform>
            <numerusform>%n mensajes son más grandes de lo que Gmail acepta y se quedan en su servidor antiguo; abra el correo web de su antiguo proveedor para descargarlos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n message(s) could not be copied&lt;/b&gt;; they are still on your old server. Go back to see why (&quot;Show: Problems only&quot;) and press &quot;Retry failed&quot;.</source>
        <translation type="unfinished">
            <numerusform>&lt;b&gt;%n mensaje no se pudo copiar&lt;/b&gt;; sigue en su servidor antiguo. Vuelva atrás para ver por qué («Mostrar: Solo problemas») y pulse «Reintentar fallidos».</numerusform>
            <numerusform>&lt;b&gt;%n mensajes no se pudieron copiar&lt;/b&gt;; siguen en su servidor antiguo. Vuelva atrás para ver por qué («Mostrar: Solo problemas») y pulse «Reintentar fallidos».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) were deleted from the old server after Gmail confirmed them.</source>
        <translation type="unfinished">
            <numerusform>%n mensaje se borró del servidor antiguo después de que Gmail lo confirmara.</numerusform>
            <numerusform>%n mensajes se borraron del servidor antiguo después de que Gmail los confirmara.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) may appear twice in Gmail because a copy was interrupted; the log lists them under &quot;Possible duplicates&quot;, each with a Gmail search.</source>
        <translation type="unfinished">
            <numerusform>%n mensaje puede aparecer dos veces en Gmail porque se interrumpió una copia; el historial lo muestra en «Posibles duplicados», con una búsqueda de Gmail.</numerusform>
            <numerusform>%n mensajes pueden aparecer dos veces en Gmail porque se interrumpió una copia; el historial los muestra en «Posibles duplicados», cada uno con una búsqueda de Gmail.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;What next:&lt;/b&gt;</source>
        <translation type="unfinished">&lt;b&gt;Qué hacer ahora:&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Open a few old messages in Gmail and check their dates and attachments.</source>
        <translation type="unfinished">Abra algunos mensajes antiguos en Gmail y compruebe sus fechas y adjuntos.</translation>
    </message>
    <message>
        <source>Keep your old mailbox as it is until you are sure everything is in Gmail, for a few weeks at least. Mailferry left every message on the old server.</source>
        <translation type="unfinished">Deje su buzón antiguo como está hasta estar seguro de que todo está en Gmail, al menos unas semanas. Mailferry dejó cada mensaje en el servidor antiguo.</translation>
    </message>
    <message>
        <source>Messages are removed from the old server only after Gmail confirmed each one.</source>
        <translation type="unfinished">Los mensajes solo se quitan del servidor antiguo después de que Gmail confirme cada uno.</translation>
    </message>
    <message numerus="yes">
        <source>Mailferry keeps checking %1 every %n minute(s) and copies new mail. It stays in the tray when you close the window.</source>
        <translation type="unfinished">
            <numerusform>Mailferry sigue comprobando %1 cada %n minuto y copia el correo nuevo. Se queda en la bandeja del sistema cuando cierra la ventana.</numerusform>
            <numerusform>Mailferry sigue comprobando %1 cada %n minutos y copia el correo nuevo. Se queda en la bandeja del sistema cuando cierra la ventana.</numerusform>
        </translation>
    </message>
    <message>
        <source>When you no longer need your old mailbox, open Mailferry again and choose &quot;Remove all my data&quot;: it signs out of Google and deletes the passwords and logs from this computer. To pick up new mail later, use &quot;Sync now&quot;.</source>
        <translation type="unfinished">Cuando ya no necesite su buzón antiguo, abra de nuevo Mailferry y elija «Eliminar todos mis datos»: cierra la sesión de Google y borra las contraseñas y los historiales de este ordenador. Para recoger correo nuevo más adelante, use «Sincronizar ahora».</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) were copied without an attachment Gmail refuses (a program, or an archive holding one). The originals are kept on this computer; the log says where.</source>
        <translation type="unfinished">
            <numerusform>%n mensaje se copió sin un adjunto que Gmail rechaza (un programa, o un archivo comprimido que lo contiene). El original se guarda en este ordenador; el registro dice dónde.</numerusform>
            <numerusform>%n mensajes se copiaron sin un adjunto que Gmail rechaza (un programa, o un archivo comprimido que lo contiene). Los originales se guardan en este ordenador; el registro dice dónde.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mf::ui::GoogleSignInFlow</name>
    <message>
        <source>Sign-in was stopped. Press &quot;Sign in with Google&quot; to try again.</source>
        <translation type="unfinished">Se detuvo el inicio de sesión. Pulse «Iniciar sesión con Google» para intentarlo de nuevo.</translation>
    </message>
    <message>
        <source>Google did not answer in time. If you closed the browser tab, press &quot;Sign in with Google&quot; to start again.</source>
        <translation type="unfinished">Google no respondió a tiempo. Si cerró la pestaña del navegador, pulse «Iniciar sesión con Google» para empezar de nuevo.</translation>
    </message>
    <message>
        <source>You did not allow Mailferry to add messages to Gmail, so it cannot copy your mail. Press &quot;Sign in with Google&quot; and choose &quot;Allow&quot; to try again.</source>
        <translation type="unfinished">No permitió que Mailferry añada mensajes a Gmail, así que no puede copiar su correo. Pulse «Iniciar sesión con Google» y elija «Permitir».</translation>
    </message>
    <message>
        <source>The box &quot;Add emails into your Gmail mailbox&quot; was not ticked on Google&apos;s page. Mailferry needs it to copy your mail. Sign in again and tick it.</source>
        <translation type="unfinished">La casilla para añadir correos a su buzón de Gmail («Add emails into your Gmail mailbox») no estaba marcada en la página de Google. Mailferry la necesita para copiar su correo. Vuelva a iniciar sesión y márquela.</translation>
    </message>
    <message>
        <source>The Google client file could not be used.</source>
        <translation type="unfinished">No se pudo usar el archivo de cliente de Google.</translation>
    </message>
    <message>
        <source>Signing in did not work. Check your internet connection and try again.</source>
        <translation type="unfinished">No se pudo iniciar sesión. Compruebe su conexión a Internet e inténtelo de nuevo.</translation>
    </message>
</context>
<context>
    <name>mf::ui::HelpMenu</name>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished">A&amp;yuda</translation>
    </message>
    <message>
        <source>Your own &amp;Google client…</source>
        <translation type="unfinished">Su propio cliente de &amp;Google…</translation>
    </message>
    <message>
        <source>Open the &amp;log folder</source>
        <translation type="unfinished">Abrir la carpeta de &amp;registros</translation>
    </message>
    <message>
        <source>&amp;About Mailferry</source>
        <translation type="unfinished">&amp;Acerca de Mailferry</translation>
    </message>
    <message>
        <source>Your own Google client</source>
        <translation type="unfinished">Su propio cliente de Google</translation>
    </message>
    <message>
        <source>About Mailferry</source>
        <translation type="unfinished">Acerca de Mailferry</translation>
    </message>
    <message>
        <source>&lt;b&gt;Mailferry %1&lt;/b&gt;&lt;br&gt;Moves mail from old POP3 mailboxes into Gmail, safely.</source>
        <translation type="unfinished">&lt;b&gt;Mailferry %1&lt;/b&gt;&lt;br&gt;Mueve el correo de buzones POP3 antiguos a Gmail, de forma segura.</translation>
    </message>
    <message>
        <source>Free software under the GNU General Public License, version 3 or any later version (GPL-3.0-or-later).&lt;br&gt;&lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;</source>
        <translation type="unfinished">Software libre bajo la Licencia Pública General de GNU, versión 3 o cualquier versión posterior (GPL-3.0-or-later).&lt;br&gt;&lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Log folder</source>
        <translation type="unfinished">Carpeta de registros</translation>
    </message>
    <message>
        <source>Mailferry keeps its records and logs in this folder:
%1</source>
        <translation type="unfinished">Mailferry guarda sus registros e historiales en esta carpeta:
%1</translation>
    </message>
</context>
<context>
    <name>mf::ui::LedgerTableModel</name>
    <message>
        <source>(no subject)</source>
        <translation type="unfinished">(sin asunto)</translation>
    </message>
    <message>
        <source>Possible duplicate: an interrupted copy was repeated</source>
        <translation type="unfinished">Posible duplicado: se repitió una copia interrumpida</translation>
    </message>
    <message>
        <source>Date rebuilt from the Received: headers</source>
        <translation type="unfinished">Fecha reconstruida a partir de las cabeceras de recepción (Received:)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Estado</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished">Asunto</translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished">De</translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished">Fecha</translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished">Tamaño</translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished">Detalles</translation>
    </message>
    <message>
        <source>Message %1, %2</source>
        <translation type="unfinished">Mensaje %1, %2</translation>
    </message>
    <message>
        <source>server id %1</source>
        <translation type="unfinished">id. del servidor %1</translation>
    </message>
    <message>
        <source>It is still on your old server. Press &quot;Retry failed&quot; to try again; if it keeps failing, open your old provider&apos;s webmail and download it from there.</source>
        <translation type="unfinished">Sigue en su servidor antiguo. Pulse «Reintentar fallidos» para intentarlo de nuevo; si sigue fallando, abra el correo web de su antiguo proveedor y descárguelo desde allí.</translation>
    </message>
    <message>
        <source>It is too large for Gmail and stays on your old server. Open your old provider&apos;s webmail to download it or its attachments.</source>
        <translation type="unfinished">Es demasiado grande para Gmail y se queda en su servidor antiguo. Abra el correo web de su antiguo proveedor para descargarlo, a él o a sus adjuntos.</translation>
    </message>
    <message>
        <source>Gmail may hold this message twice. Open the Gmail search to see it, and delete one copy if there are two.</source>
        <translation type="unfinished">Gmail puede tener este mensaje dos veces. Abra la búsqueda de Gmail para verlo, y borre una copia si hay dos.</translation>
    </message>
    <message>
        <source>place in the archive %1</source>
        <translation type="unfinished">lugar en el archivo %1</translation>
    </message>
    <message>
        <source>It is still in the archive on this computer; Mailferry never changes it. Press &quot;Retry failed&quot; to try again; if it keeps failing, open the archive in the mail program that made it.</source>
        <translation type="unfinished">Sigue en el archivo de este equipo; Mailferry nunca lo modifica. Pulse «Reintentar fallidos» para volver a intentarlo; si sigue fallando, abra el archivo en el programa de correo que lo creó.</translation>
    </message>
    <message>
        <source>It is too large for Gmail and was not copied; it is still in the archive on this computer.</source>
        <translation type="unfinished">Es demasiado grande para Gmail y no se copió; sigue en el archivo de este equipo.</translation>
    </message>
</context>
<context>
    <name>mf::ui::LogView</name>
    <message>
        <source>All messages</source>
        <translation type="unfinished">Todos los mensajes</translation>
    </message>
    <message>
        <source>Problems only</source>
        <translation type="unfinished">Solo problemas</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation type="unfinished">Posibles duplicados</translation>
    </message>
    <message>
        <source>Which messages to show</source>
        <translation type="unfinished">Qué mensajes mostrar</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation type="unfinished">&amp;Mostrar:</translation>
    </message>
    <message>
        <source>&amp;Retry failed</source>
        <translation type="unfinished">&amp;Reintentar fallidos</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation type="unfinished">&amp;Exportar CSV…</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation type="unfinished">Mensajes</translation>
    </message>
    <message>
        <source>About the selected message</source>
        <translation type="unfinished">Sobre el mensaje seleccionado</translation>
    </message>
    <message>
        <source>Select a message to see what happened to it.</source>
        <translation type="unfinished">Seleccione un mensaje para ver qué le ocurrió.</translation>
    </message>
    <message>
        <source>Find it in &amp;Gmail</source>
        <translation type="unfinished">Buscarlo en &amp;Gmail</translation>
    </message>
    <message>
        <source>No message here.</source>
        <translation type="unfinished">No hay ningún mensaje aquí.</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation type="unfinished">(sin asunto)</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation type="unfinished">De %1</translation>
    </message>
</context>
<context>
    <name>mf::ui::LogWindow</name>
    <message>
        <source>Messages of %1</source>
        <translation type="unfinished">Mensajes de %1</translation>
    </message>
    <message>
        <source>Trying the failed messages again… the accounts window shows the progress.</source>
        <translation type="unfinished">Reintentando los mensajes fallidos… la ventana de cuentas muestra el progreso.</translation>
    </message>
    <message>
        <source>mailferry-log-%1.csv</source>
        <translation type="unfinished">mailferry-registro-%1.csv</translation>
    </message>
    <message>
        <source>Export the message log</source>
        <translation type="unfinished">Exportar el registro de mensajes</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation type="unfinished">Archivo CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished">La exportación falló</translation>
    </message>
    <message>
        <source>There is nothing to export yet.</source>
        <translation type="unfinished">Todavía no hay nada que exportar.</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n row(s) to %1</source>
        <translation type="unfinished">
            <numerusform>Se guardó %n fila en %1</numerusform>
            <numerusform>Se guardaron %n filas en %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mf::ui::MailboxForm</name>
    <message>
        <source>maria@example.net</source>
        <translation type="unfinished">maria@example.net</translation>
    </message>
    <message>
        <source>Old email address</source>
        <translation type="unfinished">Dirección de correo antigua</translation>
    </message>
    <message>
        <source>Incoming mail server (POP3)</source>
        <translation type="unfinished">Servidor de correo entrante (POP3)</translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished">Puerto</translation>
    </message>
    <message>
        <source>SSL/TLS (recommended)</source>
        <translation type="unfinished">SSL/TLS (recomendado)</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation type="unfinished">STARTTLS</translation>
    </message>
    <message>
        <source>None (unencrypted)</source>
        <translation type="unfinished">Ninguna (sin cifrar)</translation>
    </message>
    <message>
        <source>Connection security</source>
        <translation type="unfinished">Seguridad de la conexión</translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished">Nombre de usuario</translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished">Contraseña</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation type="unfinished">&amp;Probar la conexión</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation type="unfinished">Probar la conexión</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation type="unfinished">Resultado de la prueba de conexión</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation type="unfinished">Pu&amp;erto:</translation>
    </message>
    <message>
        <source>&amp;Email address:</source>
        <translation type="unfinished">Dirección de &amp;correo:</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished">Ser&amp;vidor:</translation>
    </message>
    <message>
        <source>Se&amp;curity:</source>
        <translation type="unfinished">Se&amp;guridad:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished">&amp;Usuario:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished">C&amp;ontraseña:</translation>
    </message>
    <message>
        <source>Saved (type a new one to change it)</source>
        <translation type="unfinished">Guardada (escriba una nueva para cambiarla)</translation>
    </message>
    <message>
        <source>Looking up the settings for %1…</source>
        <translation type="unfinished">Buscando la configuración de %1…</translation>
    </message>
    <message>
        <source>Fill in the server and the user name first (type your address above and Mailferry suggests them).</source>
        <translation type="unfinished">Rellene primero el servidor y el nombre de usuario (escriba su dirección arriba y Mailferry los propondrá).</translation>
    </message>
    <message>
        <source>Type the password of your old mailbox.</source>
        <translation type="unfinished">Escriba la contraseña de su buzón antiguo.</translation>
    </message>
    <message>
        <source>With no security your password would cross the network readable by anyone. Choose SSL/TLS or STARTTLS, or tick the box if you really want this.</source>
        <translation type="unfinished">Sin seguridad, su contraseña viajaría por la red y cualquiera podría leerla. Elija SSL/TLS o STARTTLS, o marque la casilla si de verdad lo quiere así.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished">Conectando con %1…</translation>
    </message>
    <message>
        <source>The server&apos;s certificate needs your decision.</source>
        <translation type="unfinished">El certificado del servidor necesita su decisión.</translation>
    </message>
    <message>
        <source>Mailferry did not connect, because the server could not prove who it is. Ask your provider for the right server name.</source>
        <translation type="unfinished">Mailferry no se conectó porque el servidor no pudo demostrar quién es. Pida a su proveedor el nombre de servidor correcto.</translation>
    </message>
    <message>
        <source>The server did not accept this user name and password. Check the password (mind capital letters). Some providers need an &quot;app password&quot; or want POP3 switched on in their web mail settings first.</source>
        <translation type="unfinished">El servidor no aceptó este usuario y contraseña. Compruebe la contraseña (atención a las mayúsculas). Algunos proveedores piden una «contraseña de aplicación» o activar POP3 antes en su correo web.</translation>
    </message>
    <message>
        <source>There is no server called &quot;%1&quot;. Check the server name for typing mistakes.</source>
        <translation type="unfinished">No existe ningún servidor llamado «%1». Compruebe que el nombre del servidor esté bien escrito.</translation>
    </message>
    <message>
        <source>The server &quot;%1&quot; refused a connection on port %2. It may use another port or another security setting: try SSL/TLS on 995 or STARTTLS on 110.</source>
        <translation type="unfinished">El servidor «%1» rechazó una conexión en el puerto %2. Puede que use otro puerto u otra seguridad: pruebe SSL/TLS en el 995 o STARTTLS en el 110.</translation>
    </message>
    <message>
        <source>The server did not answer in time. Check your internet connection, the server name and the port.</source>
        <translation type="unfinished">El servidor no respondió a tiempo. Compruebe su conexión a Internet, el nombre del servidor y el puerto.</translation>
    </message>
    <message>
        <source>The server and Mailferry could not agree on a secure connection. The security setting probably does not match this port: SSL/TLS usually goes with port 995, STARTTLS with port 110.</source>
        <translation type="unfinished">El servidor y Mailferry no pudieron acordar una conexión segura. Probablemente la seguridad no corresponde a este puerto: SSL/TLS suele ir con el puerto 995 y STARTTLS con el 110.</translation>
    </message>
    <message>
        <source>This server does not offer STARTTLS. Try SSL/TLS on port 995.</source>
        <translation type="unfinished">Este servidor no ofrece STARTTLS. Pruebe SSL/TLS en el puerto 995.</translation>
    </message>
    <message>
        <source>The server would want your password unencrypted. Mailferry does not send it that way unless you choose &quot;None&quot; and tick the box.</source>
        <translation type="unfinished">El servidor querría su contraseña sin cifrar. Mailferry solo la envía así si elige «Ninguna» y marca la casilla.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate changed since you trusted it, or cannot be checked. Do not continue unless your provider confirms the change.</source>
        <translation type="unfinished">El certificado del servidor ha cambiado desde que confió en él, o no se puede comprobar. No continúe a menos que su proveedor confirme el cambio.</translation>
    </message>
    <message>
        <source>The mailbox is busy: another program (perhaps a phone or a mail program) is reading it right now. Close it, wait a few minutes and test again.</source>
        <translation type="unfinished">El buzón está ocupado: otro programa (quizá un teléfono o un programa de correo) lo está leyendo ahora mismo. Ciérrelo, espere unos minutos y vuelva a probar.</translation>
    </message>
    <message>
        <source>The server asks to wait before logging in again. Wait a few minutes and test again.</source>
        <translation type="unfinished">El servidor pide esperar antes de volver a iniciar sesión. Espere unos minutos y vuelva a probar.</translation>
    </message>
    <message>
        <source>The server offers no way to log in that Mailferry can use safely.</source>
        <translation type="unfinished">El servidor no ofrece ninguna forma de iniciar sesión que Mailferry pueda usar con seguridad.</translation>
    </message>
    <message>
        <source>The connection broke off. Check your internet connection and test again.</source>
        <translation type="unfinished">La conexión se cortó. Compruebe su conexión a Internet y vuelva a probar.</translation>
    </message>
    <message>
        <source>The test did not work.</source>
        <translation type="unfinished">La prueba no funcionó.</translation>
    </message>
    <message>
        <source>Sen&amp;d my password unencrypted (anyone on the network could read it)</source>
        <translation type="unfinished">Enviar mi contraseña si&amp;n cifrar (cualquiera en la red podría leerla)</translation>
    </message>
</context>
<context>
    <name>mf::ui::MailboxPage</name>
    <message>
        <source>Your old mailbox</source>
        <translation type="unfinished">Su buzón antiguo</translation>
    </message>
    <message>
        <source>Type the email address you want to move mail from. Mailferry suggests the server settings; you only need the password.</source>
        <translation type="unfinished">Escriba la dirección de correo desde la que quiere trasladar el correo. Mailferry propone la configuración del servidor; solo necesita la contraseña.</translation>
    </message>
    <message numerus="yes">
        <source>It works: %n message(s) on the server (%1).</source>
        <translation type="unfinished">
            <numerusform>Funciona: %n mensaje en el servidor (%1).</numerusform>
            <numerusform>Funciona: %n mensajes en el servidor (%1).</numerusform>
        </translation>
    </message>
    <message>
        <source>Saving the password in the system keychain…</source>
        <translation type="unfinished">Guardando la contraseña en el llavero del sistema…</translation>
    </message>
    <message>
        <source>But the password could not be saved: %1</source>
        <translation type="unfinished">Pero no se pudo guardar la contraseña: %1</translation>
    </message>
    <message>
        <source>The password is kept in memory until you quit Mailferry.</source>
        <translation type="unfinished">La contraseña se guarda en memoria hasta que cierre Mailferry.</translation>
    </message>
    <message>
        <source>The password is saved in your system keychain.</source>
        <translation type="unfinished">La contraseña está guardada en el llavero del sistema.</translation>
    </message>
</context>
<context>
    <name>mf::ui::MailboxStatusText</name>
    <message>
        <source>open its settings</source>
        <translation type="unfinished">abra su configuración</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation type="unfinished">Inactivo</translation>
    </message>
    <message>
        <source>Waiting for its turn</source>
        <translation type="unfinished">Esperando su turno</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation type="unfinished">Comprobando</translation>
    </message>
    <message>
        <source>Copying %1 of %2</source>
        <translation type="unfinished">Copiando %1 de %2</translation>
    </message>
    <message>
        <source>Waiting for Gmail&apos;s quota (%1 of %2 copied)</source>
        <translation type="unfinished">Esperando la cuota de Gmail (%1 de %2 copiados)</translation>
    </message>
    <message>
        <source>Will try again: %1</source>
        <translation type="unfinished">Lo intentará de nuevo: %1</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation type="unfinished">Al día</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished">En pausa</translation>
    </message>
    <message>
        <source>Needs you: %1</source>
        <translation type="unfinished">Le necesita: %1</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation type="unfinished">Detenido: %1</translation>
    </message>
    <message>
        <source>Finished: %1 copied, %2 failed</source>
        <translation type="unfinished">Terminado: %1 copiados, %2 fallidos</translation>
    </message>
    <message>
        <source>Finished: %1 copied</source>
        <translation type="unfinished">Terminado: %1 copiados</translation>
    </message>
    <message numerus="yes">
        <source>%n up to date</source>
        <translation type="unfinished">
            <numerusform>%n al día</numerusform>
            <numerusform>%n al día</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n copying %1 of %2</source>
        <translation type="unfinished">
            <numerusform>%n copiando %1 de %2</numerusform>
            <numerusform>%n copiando %1 de %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n checking</source>
        <translation type="unfinished">
            <numerusform>%n comprobando</numerusform>
            <numerusform>%n comprobando</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting for you</source>
        <translation type="unfinished">
            <numerusform>%n le espera</numerusform>
            <numerusform>%n le esperan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paused</source>
        <translation type="unfinished">
            <numerusform>%n en pausa</numerusform>
            <numerusform>%n en pausa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stopped</source>
        <translation type="unfinished">
            <numerusform>%n detenido</numerusform>
            <numerusform>%n detenidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not started</source>
        <translation type="unfinished">
            <numerusform>%n sin empezar</numerusform>
            <numerusform>%n sin empezar</numerusform>
        </translation>
    </message>
    <message>
        <source>1 mailbox</source>
        <translation type="unfinished">1 buzón</translation>
    </message>
    <message numerus="yes">
        <source>%n mailboxes</source>
        <translation type="unfinished">
            <numerusform>%n buzón</numerusform>
            <numerusform>%n buzones</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished">%1: %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished">, </translation>
    </message>
    <message>
        <source>Late: %1</source>
        <translation type="unfinished">Con retraso: %1</translation>
    </message>
    <message>
        <source>Stalled: %1</source>
        <translation type="unfinished">Parado: %1</translation>
    </message>
</context>
<context>
    <name>mf::ui::OptionsForm</name>
    <message>
        <source>Once a message is safely in Gmail</source>
        <translation type="unfinished">Cuando un mensaje esté a salvo en Gmail</translation>
    </message>
    <message>
        <source>&amp;Keep it on the old server (recommended)</source>
        <translation type="unfinished">&amp;Conservarlo en el servidor antiguo (recomendado)</translation>
    </message>
    <message>
        <source>&amp;Delete it from the old server</source>
        <translation type="unfinished">&amp;Borrarlo del servidor antiguo</translation>
    </message>
    <message>
        <source>Delete it &amp;after</source>
        <translation type="unfinished">Borrarlo &amp;después de</translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"> días</translation>
    </message>
    <message>
        <source>Days before deleting</source>
        <translation type="unfinished">Días antes de borrar</translation>
    </message>
    <message>
        <source>⚠ Messages will be removed from your old mailbox after Gmail has confirmed each one. Other devices that read that mailbox will no longer see them.</source>
        <translation type="unfinished">⚠ Los mensajes se eliminarán de su buzón antiguo cuando Gmail haya confirmado cada uno. Los demás dispositivos que leen ese buzón ya no los verán.</translation>
    </message>
    <message>
        <source>In the Inbox, unread</source>
        <translation type="unfinished">En la bandeja de entrada, sin leer</translation>
    </message>
    <message>
        <source>In the Inbox, already read</source>
        <translation type="unfinished">En la bandeja de entrada, leídos</translation>
    </message>
    <message>
        <source>Archived, with a label</source>
        <translation type="unfinished">Archivados, con una etiqueta</translation>
    </message>
    <message>
        <source>Where the messages go in Gmail</source>
        <translation type="unfinished">Dónde quedan los mensajes en Gmail</translation>
    </message>
    <message>
        <source>Gmail label</source>
        <translation type="unfinished">Etiqueta de Gmail</translation>
    </message>
    <message>
        <source>Labels need one more permission from Google.</source>
        <translation type="unfinished">Las etiquetas necesitan un permiso más de Google.</translation>
    </message>
    <message>
        <source>Allow &amp;labels…</source>
        <translation type="unfinished">Permitir &amp;etiquetas…</translation>
    </message>
    <message>
        <source> MB</source>
        <translation type="unfinished"> MB</translation>
    </message>
    <message>
        <source>Largest message to copy, in megabytes</source>
        <translation type="unfinished">Mensaje más grande que se copiará, en megabytes</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation type="unfinished"> minutos</translation>
    </message>
    <message>
        <source>Minutes between checks</source>
        <translation type="unfinished">Minutos entre comprobaciones</translation>
    </message>
    <message>
        <source>Let Gmail &amp;filter spam (messages go through Gmail&apos;s spam and tab sorting)</source>
        <translation type="unfinished">Dejar que Gmail &amp;filtre el spam (los mensajes pasan por el filtro de spam y pestañas)</translation>
    </message>
    <message>
        <source>&amp;Put messages:</source>
        <translation type="unfinished">Co&amp;locar los mensajes:</translation>
    </message>
    <message>
        <source>&amp;Size limit:</source>
        <translation type="unfinished">Tamaño &amp;máximo:</translation>
    </message>
    <message>
        <source>For example: Old mail</source>
        <translation type="unfinished">Por ejemplo: Correo antiguo</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation type="unfinished">Opcional</translation>
    </message>
    <message>
        <source>Google did not give Mailferry permission to use labels, so your mail cannot be labelled. Choose &quot;In the Inbox&quot; and leave the label empty, or press &quot;Allow labels&quot; to try again.</source>
        <translation type="unfinished">Google no dio permiso a Mailferry para usar etiquetas, así que su correo no se puede etiquetar. Elija «En la bandeja de entrada» y deje la etiqueta vacía, o pulse «Permitir etiquetas» para intentarlo de nuevo.</translation>
    </message>
    <message>
        <source>Waiting for you to allow labels in your browser…</source>
        <translation type="unfinished">Esperando a que permita las etiquetas en su navegador…</translation>
    </message>
    <message>
        <source>Gmail accepts messages up to 50 MB (1 MB = 1,000,000 bytes). Larger ones stay on the old server and are listed.</source>
        <translation type="unfinished">Gmail acepta mensajes de hasta 50 MB (1 MB = 1.000.000 bytes). Los más grandes se quedan en el servidor antiguo y se enumeran.</translation>
    </message>
    <message>
        <source>Keep &amp;checking for new mail every</source>
        <translation type="unfinished">Se&amp;guir buscando correo nuevo cada</translation>
    </message>
    <message>
        <source>Start Mailferry when I log &amp;in</source>
        <translation type="unfinished">I&amp;niciar Mailferry al iniciar sesión</translation>
    </message>
    <message>
        <source>Lab&amp;el:</source>
        <translation type="unfinished">E&amp;tiqueta:</translation>
    </message>
    <message>
        <source>Tip: to keep years of old mail out of your Inbox, put it under the label &quot;%1&quot;. Labels need one more permission from Google.</source>
        <translation type="unfinished">Consejo: para que años de correo antiguo no llenen su bandeja de entrada, póngalo bajo la etiqueta «%1». Las etiquetas necesitan un permiso más de Google.</translation>
    </message>
    <message>
        <source>Ne&amp;ver send these messages to Spam</source>
        <translation type="unfinished">No en&amp;viar nunca estos mensajes a Spam</translation>
    </message>
    <message>
        <source>Also delete &amp;these messages from the server</source>
        <translation type="unfinished">B&amp;orrar también estos mensajes del servidor</translation>
    </message>
    <message>
        <source>Copy a message &amp;without an attachment Gmail refuses</source>
        <translation type="unfinished">Copiar un mensaje s&amp;in el adjunto que Gmail rechaza</translation>
    </message>
    <message>
        <source>Gmail refuses programs, and archives holding one. The whole original message is kept on this computer, and the copy says where.</source>
        <translation type="unfinished">Gmail rechaza los programas, y los archivos comprimidos que contienen uno. El mensaje original completo se guarda en este ordenador, y la copia dice dónde.</translation>
    </message>
</context>
<context>
    <name>mf::ui::OptionsPage</name>
    <message>
        <source>Choose how to move your mail</source>
        <translation type="unfinished">Elija cómo trasladar su correo</translation>
    </message>
    <message>
        <source>The defaults are safe: everything stays on your old server, and nothing is deleted anywhere.</source>
        <translation type="unfinished">Los ajustes por defecto son seguros: todo se queda en su servidor antiguo y no se borra nada en ningún sitio.</translation>
    </message>
</context>
<context>
    <name>mf::ui::ProgressPage</name>
    <message>
        <source>Moving your mail</source>
        <translation type="unfinished">Trasladando su correo</translation>
    </message>
    <message>
        <source>What Mailferry is doing</source>
        <translation type="unfinished">Lo que está haciendo Mailferry</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished">Progreso</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished">Copiados</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished">Omitidos</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished">Fallidos</translation>
    </message>
    <message>
        <source>Left</source>
        <translation type="unfinished">Pendientes</translation>
    </message>
    <message>
        <source>Current message</source>
        <translation type="unfinished">Mensaje actual</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation type="unfinished">&amp;Pausa</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation type="unfinished">&amp;Detener</translation>
    </message>
    <message>
        <source>Stop the migration</source>
        <translation type="unfinished">Detener el traslado</translation>
    </message>
    <message>
        <source>Stopping after the messages in progress…</source>
        <translation type="unfinished">Deteniendo tras los mensajes en curso…</translation>
    </message>
    <message>
        <source>less than a minute left</source>
        <translation type="unfinished">menos de un minuto restante</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) left</source>
        <translation type="unfinished">
            <numerusform>%n minuto restante</numerusform>
            <numerusform>%n minutos restantes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min left</source>
        <translation type="unfinished">%1 h %2 min restantes</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished">%1 de %2</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation type="unfinished">Ahora: %1</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation type="unfinished">&amp;Reanudar</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished">Reanudar</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished">Pausa</translation>
    </message>
    <message>
        <source>There is nothing to export yet.</source>
        <translation type="unfinished">Todavía no hay nada que exportar.</translation>
    </message>
    <message>
        <source>mailferry-log-%1.csv</source>
        <translation type="unfinished">mailferry-registro-%1.csv</translation>
    </message>
    <message>
        <source>Export the message log</source>
        <translation type="unfinished">Exportar el registro de mensajes</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation type="unfinished">Archivo CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished">La exportación falló</translation>
    </message>
    <message>
        <source>Mailferry is no longer signed in to Google. Go back and sign in again.</source>
        <translation type="unfinished">Mailferry ya no tiene la sesión de Google iniciada. Vuelva atrás e inicie sesión de nuevo.</translation>
    </message>
    <message>
        <source>You can keep working meanwhile. If you close this window, Mailferry asks whether to stop or to go on in the background.</source>
        <translation type="unfinished">Puede seguir trabajando mientras tanto. Si cierra esta ventana, Mailferry le pregunta si debe parar o seguir en segundo plano.</translation>
    </message>
    <message>
        <source>%1 messages a minute (%2 a second)</source>
        <translation type="unfinished">%1 mensajes por minuto (%2 por segundo)</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished">En pausa</translation>
    </message>
    <message>
        <source>Paused while waiting</source>
        <translation type="unfinished">En pausa mientras espera</translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished">Terminado</translation>
    </message>
    <message>
        <source>%1 of %2 copied</source>
        <translation type="unfinished">%1 de %2 copiados</translation>
    </message>
    <message numerus="yes">
        <source>trying again in %n s</source>
        <translation type="unfinished">
            <numerusform>nuevo intento en %n s</numerusform>
            <numerusform>nuevo intento en %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>trying again now</source>
        <translation type="unfinished">nuevo intento ahora</translation>
    </message>
    <message>
        <source>Waiting for Gmail…</source>
        <translation type="unfinished">Esperando a Gmail…</translation>
    </message>
    <message>
        <source>Waiting for Gmail… %1</source>
        <translation type="unfinished">Esperando a Gmail… %1</translation>
    </message>
    <message>
        <source>Your old mail server stopped answering. Mailferry keeps trying; nothing is lost.</source>
        <translation type="unfinished">Su antiguo servidor de correo dejó de responder. Mailferry sigue intentándolo; no se pierde nada.</translation>
    </message>
    <message>
        <source>What happened: %1</source>
        <translation type="unfinished">Qué ocurrió: %1</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished">Detenido</translation>
    </message>
    <message>
        <source>Mailferry is copying your mail</source>
        <translation type="unfinished">Mailferry está copiando su correo</translation>
    </message>
    <message>
        <source>Do you want to stop copying, or let Mailferry go on in the background? Nothing is lost either way: a stopped copy goes on where it stopped next time.</source>
        <translation type="unfinished">¿Quiere dejar de copiar, o dejar que Mailferry siga en segundo plano? No se pierde nada en ningún caso: una copia detenida sigue donde se quedó la próxima vez.</translation>
    </message>
    <message>
        <source>&amp;Keep copying in the background</source>
        <translation type="unfinished">Seguir copiando en &amp;segundo plano</translation>
    </message>
    <message>
        <source>&amp;Stop copying</source>
        <translation type="unfinished">De&amp;tener la copia</translation>
    </message>
    <message>
        <source>&amp;Go back to the progress</source>
        <translation type="unfinished">&amp;Volver al progreso</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n row(s) to %1</source>
        <translation type="unfinished">
            <numerusform>Se guardó %n fila en %1</numerusform>
            <numerusform>Se guardaron %n filas en %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2 without an attachment Gmail refuses)</source>
        <translation type="unfinished">%1 (%2 sin un adjunto que Gmail rechaza)</translation>
    </message>
</context>
<context>
    <name>mf::ui::ReviewPage</name>
    <message>
        <source>Ready to move your mail</source>
        <translation type="unfinished">Listo para trasladar su correo</translation>
    </message>
    <message>
        <source>Check that this is what you want. You can pause or stop at any time; nothing is copied twice.</source>
        <translation type="unfinished">Compruebe que es lo que desea. Puede pausar o detener en cualquier momento; nada se copia dos veces.</translation>
    </message>
    <message>
        <source>&amp;Try it first without copying (dry run)</source>
        <translation type="unfinished">&amp;Probar antes sin copiar (simulación)</translation>
    </message>
    <message>
        <source>Dry run</source>
        <translation type="unfinished">Simulación</translation>
    </message>
    <message>
        <source>&amp;Start moving mail</source>
        <translation type="unfinished">&amp;Empezar a trasladar</translation>
    </message>
    <message>
        <source>about a minute</source>
        <translation type="unfinished">alrededor de un minuto</translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s)</source>
        <translation type="unfinished">
            <numerusform>alrededor de %n minuto</numerusform>
            <numerusform>alrededor de %n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n hour(s)</source>
        <translation type="unfinished">
            <numerusform>alrededor de %n hora</numerusform>
            <numerusform>alrededor de %n horas</numerusform>
        </translation>
    </message>
    <message>
        <source>about %1 h %2 min</source>
        <translation type="unfinished">alrededor de %1 h %2 min</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;From:&lt;/b&gt; %1 (%2)&lt;br&gt;&lt;b&gt;To:&lt;/b&gt; %3&lt;/p&gt;&lt;p&gt;&lt;b&gt;%4&lt;/b&gt; messages, &lt;b&gt;%5&lt;/b&gt;. At Gmail&apos;s pace of about 600 messages a minute this takes &lt;b&gt;%6&lt;/b&gt;.&lt;/p&gt;</source>
        <translation type="unfinished">&lt;p&gt;&lt;b&gt;De:&lt;/b&gt; %1 (%2)&lt;br&gt;&lt;b&gt;A:&lt;/b&gt; %3&lt;/p&gt;&lt;p&gt;&lt;b&gt;%4&lt;/b&gt; mensajes, &lt;b&gt;%5&lt;/b&gt;. Al ritmo de Gmail, unos 600 mensajes por minuto, esto tarda &lt;b&gt;%6&lt;/b&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Messages arrive in your Gmail inbox as unread, with their original dates.</source>
        <translation type="unfinished">Los mensajes llegan a su bandeja de entrada de Gmail sin leer, con su fecha original.</translation>
    </message>
    <message>
        <source>Messages arrive in your Gmail inbox as read, with their original dates.</source>
        <translation type="unfinished">Los mensajes llegan a su bandeja de entrada de Gmail como leídos, con su fecha original.</translation>
    </message>
    <message>
        <source>Messages are archived under the label &quot;%1&quot;, with their original dates.</source>
        <translation type="unfinished">Los mensajes se archivan con la etiqueta «%1», con su fecha original.</translation>
    </message>
    <message>
        <source>Each one also gets the label &quot;%1&quot;.</source>
        <translation type="unfinished">Cada uno recibe también la etiqueta «%1».</translation>
    </message>
    <message>
        <source>Everything stays on your old server.</source>
        <translation type="unfinished">Todo se queda en su servidor antiguo.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Each message is deleted from your old server&lt;/b&gt; once Gmail has it.</source>
        <translation type="unfinished">&lt;b&gt;Cada mensaje se borra de su servidor antiguo&lt;/b&gt; en cuanto Gmail lo tiene.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Messages are deleted from your old server %n day(s)&lt;/b&gt; after they were copied.</source>
        <translation type="unfinished">
            <numerusform>&lt;b&gt;Los mensajes se borran de su servidor antiguo %n día&lt;/b&gt; después de copiarlos.</numerusform>
            <numerusform>&lt;b&gt;Los mensajes se borran de su servidor antiguo %n días&lt;/b&gt; después de copiarlos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Messages larger than %1 stay on the server and are listed.</source>
        <translation type="unfinished">Los mensajes de más de %1 se quedan en el servidor y se enumeran.</translation>
    </message>
    <message numerus="yes">
        <source>Afterwards Mailferry checks for new mail every %n minute(s) while it runs.</source>
        <translation type="unfinished">
            <numerusform>Después, mientras esté abierto, Mailferry busca correo nuevo cada %n minuto.</numerusform>
            <numerusform>Después, mientras esté abierto, Mailferry busca correo nuevo cada %n minutos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Gmail filters the messages for spam as if they had just arrived.</source>
        <translation type="unfinished">Gmail filtra el spam de los mensajes como si acabaran de llegar.</translation>
    </message>
    <message>
        <source>Looking at your mailbox without copying anything…</source>
        <translation type="unfinished">Revisando su buzón sin copiar nada…</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) are too large and would stay on the server.</source>
        <translation type="unfinished">
            <numerusform>%n mensaje es demasiado grande y se quedaría en el servidor.</numerusform>
            <numerusform>%n mensajes son demasiado grandes y se quedarían en el servidor.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) would be deleted from the old server.</source>
        <translation type="unfinished">
            <numerusform>%n mensaje se borraría del servidor antiguo.</numerusform>
            <numerusform>%n mensajes se borrarían del servidor antiguo.</numerusform>
        </translation>
    </message>
    <message>
        <source>This server does not number its messages permanently; Mailferry recognises them by their content instead and will not delete any.</source>
        <translation type="unfinished">Este servidor no numera sus mensajes de forma permanente; Mailferry los reconoce por su contenido y no borrará ninguno.</translation>
    </message>
    <message>
        <source>Estimated time: %1.</source>
        <translation type="unfinished">Tiempo estimado: %1.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Dry run:&lt;/b&gt; %1 messages would be copied (%2); %3 were already copied by Mailferry.</source>
        <translation type="unfinished">&lt;b&gt;Simulación:&lt;/b&gt; se copiarían %1 mensajes (%2); %3 ya los copió Mailferry.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) have no reliable server id; Mailferry reads each one to recognise those it copied before.</source>
        <translation type="unfinished">
            <numerusform>%n mensaje no tiene un identificador fiable en el servidor; Mailferry lo lee para saber si ya lo copió.</numerusform>
            <numerusform>%n mensajes no tienen un identificador fiable en el servidor; Mailferry lee cada uno para reconocer los que ya copió.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) failed before and stay on the server until you choose &quot;Retry failed&quot;.</source>
        <translation type="unfinished">
            <numerusform>%n mensaje falló antes y se queda en el servidor hasta que elija «Reintentar fallidos».</numerusform>
            <numerusform>%n mensajes fallaron antes y se quedan en el servidor hasta que elija «Reintentar fallidos».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This server gives %n message(s) an id that is not unique or has changed; Mailferry recognises them by their content and will not delete them.</source>
        <translation type="unfinished">
            <numerusform>Este servidor da a %n mensaje un identificador que no es único o que cambió; Mailferry lo reconoce por su contenido y no lo borrará.</numerusform>
            <numerusform>Este servidor da a %n mensajes un identificador que no es único o que cambió; Mailferry los reconoce por su contenido y no los borrará.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Warning:&lt;/b&gt; this server deletes every message as soon as it is downloaded (EXPIRE 0), whatever you choose here. Mailferry copies each one to Gmail first.</source>
        <translation type="unfinished">&lt;b&gt;Aviso:&lt;/b&gt; este servidor borra cada mensaje en cuanto se descarga (EXPIRE 0), elija lo que elija aquí. Mailferry copia primero cada uno a Gmail.</translation>
    </message>
    <message numerus="yes">
        <source>Note: this server deletes downloaded messages by itself after %n day(s) (EXPIRE).</source>
        <translation type="unfinished">
            <numerusform>Nota: este servidor borra por sí mismo los mensajes descargados al cabo de %n día (EXPIRE).</numerusform>
            <numerusform>Nota: este servidor borra por sí mismo los mensajes descargados al cabo de %n días (EXPIRE).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This server allows one login every %n minute(s); Mailferry keeps its sessions long to respect that.</source>
        <translation type="unfinished">
            <numerusform>Este servidor permite un inicio de sesión por %n minuto; Mailferry mantiene largas sus sesiones para respetarlo.</numerusform>
            <numerusform>Este servidor permite un inicio de sesión cada %n minutos; Mailferry mantiene largas sus sesiones para respetarlo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Looking at the headers of your mail (nothing is copied yet)…</source>
        <translation type="unfinished">Revisando los encabezados de su correo (aún no se copia nada)…</translation>
    </message>
    <message>
        <source>Checking %1 of %2…</source>
        <translation type="unfinished">Comprobando %1 de %2…</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation type="unfinished">Comprobando %1…</translation>
    </message>
    <message>
        <source>&lt;b&gt;What your mail holds&lt;/b&gt; (from its headers):</source>
        <translation type="unfinished">&lt;b&gt;Lo que contiene su correo&lt;/b&gt; (según sus encabezados):</translation>
    </message>
    <message>
        <source>Mailferry could not look at your mail ahead: %1</source>
        <translation type="unfinished">Mailferry no pudo revisar su correo por adelantado: %1</translation>
    </message>
</context>
<context>
    <name>mf::ui::SecretSaver</name>
    <message>
        <source>No password store on this computer</source>
        <translation type="unfinished">No hay almacén de contraseñas en este equipo</translation>
    </message>
    <message>
        <source>Mailferry keeps passwords in your computer&apos;s password store (the keychain), but this computer does not have one running.

Mailferry can keep the password in memory until you quit it. You will then have to type it again next time. It is never written to a file.</source>
        <translation type="unfinished">Mailferry guarda las contraseñas en el almacén de contraseñas de su equipo (el llavero), pero en este equipo no hay ninguno en marcha.

Mailferry puede conservar la contraseña en memoria hasta que lo cierre. La próxima vez tendrá que escribirla de nuevo. Nunca se escribe en un archivo.</translation>
    </message>
    <message>
        <source>Keep it for this session only</source>
        <translation type="unfinished">Conservarla solo durante esta sesión</translation>
    </message>
</context>
<context>
    <name>mf::ui::SetupWizard</name>
    <message>
        <source>Mailferry</source>
        <translation type="unfinished">Mailferry</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation type="unfinished">&amp;Siguiente</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished">&amp;Atrás</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation type="unfinished">&amp;Finalizar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Cancelar</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished">A&amp;yuda</translation>
    </message>
    <message>
        <source>Quit setup?</source>
        <translation type="unfinished">¿Salir de la configuración?</translation>
    </message>
    <message>
        <source>What you entered here is not kept. Your Google sign-in is kept.</source>
        <translation type="unfinished">Lo que escribió aquí no se guarda. Su inicio de sesión en Google se conserva.</translation>
    </message>
    <message>
        <source>What you entered here is not kept.</source>
        <translation type="unfinished">Lo que escribió aquí no se guarda.</translation>
    </message>
    <message>
        <source>&amp;Quit setup</source>
        <translation type="unfinished">Sa&amp;lir de la configuración</translation>
    </message>
    <message>
        <source>&amp;Continue setup</source>
        <translation type="unfinished">&amp;Continuar la configuración</translation>
    </message>
    <message>
        <source>Your mail stays on this computer as it is; these choices are about Gmail.</source>
        <translation type="unfinished">Su correo se queda tal cual en este ordenador; estas opciones se refieren a Gmail.</translation>
    </message>
</context>
<context>
    <name>mf::ui::Shell</name>
    <message>
        <source>Mailferry: %1</source>
        <translation type="unfinished">Mailferry: %1</translation>
    </message>
    <message>
        <source>Mailferry stopped</source>
        <translation type="unfinished">Mailferry se detuvo</translation>
    </message>
    <message>
        <source>Some messages could not be copied</source>
        <translation type="unfinished">Algunos mensajes no se pudieron copiar</translation>
    </message>
    <message>
        <source>%1 copied, %2 failed. Open Mailferry to see why.</source>
        <translation type="unfinished">%1 copiados, %2 fallidos. Abra Mailferry para ver por qué.</translation>
    </message>
    <message>
        <source>Mail moved to Gmail</source>
        <translation type="unfinished">Correo trasladado a Gmail</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) copied.</source>
        <translation type="unfinished">
            <numerusform>%n mensaje copiado.</numerusform>
            <numerusform>%n mensajes copiados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Mailferry</source>
        <translation type="unfinished">Mailferry</translation>
    </message>
    <message>
        <source>Open Mailferry</source>
        <translation type="unfinished">Abrir Mailferry</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished">Salir</translation>
    </message>
    <message>
        <source>Sync all now</source>
        <translation type="unfinished">Sincronizar todo ahora</translation>
    </message>
    <message>
        <source>%1 needs you</source>
        <translation type="unfinished">%1 le necesita</translation>
    </message>
    <message>
        <source>Its password or the Google sign-in is missing. Open Mailferry and press &quot;Sync now&quot;.</source>
        <translation type="unfinished">Falta su contraseña o el inicio de sesión de Google. Abra Mailferry y pulse «Sincronizar ahora».</translation>
    </message>
    <message>
        <source>Sign in to Google again…</source>
        <translation type="unfinished">Volver a iniciar sesión en Google…</translation>
    </message>
    <message>
        <source>%1
The other mailboxes go on.</source>
        <translation type="unfinished">%1
Los demás buzones siguen.</translation>
    </message>
    <message>
        <source>Mailferry stopped copying %1</source>
        <translation type="unfinished">Mailferry dejó de copiar %1</translation>
    </message>
    <message>
        <source>Some messages of %1 could not be copied</source>
        <translation type="unfinished">Algunos mensajes de %1 no se pudieron copiar</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n message(s) copied.</source>
        <translation type="unfinished">
            <numerusform>%1: %n mensaje copiado.</numerusform>
            <numerusform>%1: %n mensajes copiados.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has not been checked for a while</source>
        <translation type="unfinished">%1 lleva un tiempo sin comprobarse</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation type="unfinished">%1 %2. {1
%2?}</translation>
    </message>
    <message>
        <source>Sign in to Google again</source>
        <translation type="unfinished">Volver a iniciar sesión en Google</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation type="unfinished">Vuelva a iniciar sesión</translation>
    </message>
    <message>
        <source>Mailferry is no longer signed in to Google, so %1 is not being copied. Open Mailferry and use &quot;Edit&quot; to sign in again.</source>
        <translation type="unfinished">Mailferry ya no tiene sesión en Google, así que %1 no se está copiando. Abra Mailferry y use «Editar» para volver a iniciar sesión.</translation>
    </message>
    <message>
        <source>Password needed</source>
        <translation type="unfinished">Se necesita la contraseña</translation>
    </message>
    <message>
        <source>The password for %1 is not stored on this computer. Open Mailferry and press &quot;Sync now&quot; to type it.</source>
        <translation type="unfinished">La contraseña de %1 no está guardada en este ordenador. Abra Mailferry y pulse «Sincronizar ahora» para escribirla.</translation>
    </message>
</context>
<context>
    <name>mf::ui::SignInPage</name>
    <message>
        <source>Sign in with Google</source>
        <translation type="unfinished">Iniciar sesión con Google</translation>
    </message>
    <message>
        <source>Your browser opens on Google&apos;s page. Choose the Gmail account that should receive your old mail and allow Mailferry to add messages to it.</source>
        <translation type="unfinished">Su navegador se abre en la página de Google. Elija la cuenta de Gmail que recibirá su correo antiguo y permita que Mailferry añada mensajes.</translation>
    </message>
    <message>
        <source>Mailferry asks only for permission to &lt;b&gt;add&lt;/b&gt; messages to your Gmail. It cannot read, change or delete anything that is already there.</source>
        <translation type="unfinished">Mailferry solo pide permiso para &lt;b&gt;añadir&lt;/b&gt; mensajes a su Gmail. No puede leer, cambiar ni borrar nada de lo que ya hay.</translation>
    </message>
    <message>
        <source>&amp;Sign in with Google</source>
        <translation type="unfinished">&amp;Iniciar sesión con Google</translation>
    </message>
    <message>
        <source>Opens Google&apos;s sign-in page in your web browser</source>
        <translation type="unfinished">Abre la página de inicio de sesión de Google en su navegador</translation>
    </message>
    <message>
        <source>Stop &amp;waiting</source>
        <translation type="unfinished">&amp;Dejar de esperar</translation>
    </message>
    <message>
        <source>Stop waiting for the browser</source>
        <translation type="unfinished">Dejar de esperar al navegador</translation>
    </message>
    <message>
        <source>Sign-in status</source>
        <translation type="unfinished">Estado del inicio de sesión</translation>
    </message>
    <message>
        <source>Development mode: Google&apos;s address is redirected to %1.</source>
        <translation type="unfinished">Modo de desarrollo: la dirección de Google se redirige a %1.</translation>
    </message>
    <message>
        <source>You did not allow labels, so your mail will go to the Inbox.</source>
        <translation type="unfinished">No permitió las etiquetas, así que su correo irá a la bandeja de entrada.</translation>
    </message>
    <message>
        <source>Waiting for you to finish in your browser… If it did not open, check your taskbar.</source>
        <translation type="unfinished">Esperando a que termine en su navegador… Si no se abrió, mire en la barra de tareas.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Connected:&lt;/b&gt; %1</source>
        <translation type="unfinished">&lt;b&gt;Conectado:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&amp;Sign in with another account</source>
        <translation type="unfinished">&amp;Iniciar sesión con otra cuenta</translation>
    </message>
    <message>
        <source>Your Google client is ready. Now press &quot;Sign in with Google&quot;.</source>
        <translation type="unfinished">Su cliente de Google está listo. Ahora pulse «Iniciar sesión con Google».</translation>
    </message>
    <message>
        <source>Allow labels in your browser, then come back here.</source>
        <translation type="unfinished">Permita las etiquetas en su navegador y luego vuelva aquí.</translation>
    </message>
    <message>
        <source>Waiting for you to sign in with the link below…</source>
        <translation type="unfinished">Esperando a que inicie sesión con el enlace de abajo…</translation>
    </message>
</context>
<context>
    <name>mf::ui::SignInWaitDialog</name>
    <message>
        <source>Waiting for your browser</source>
        <translation type="unfinished">Esperando a su navegador</translation>
    </message>
    <message>
        <source>Stop &amp;waiting</source>
        <translation type="unfinished">&amp;Dejar de esperar</translation>
    </message>
    <message>
        <source>Stop waiting for the browser</source>
        <translation type="unfinished">Dejar de esperar al navegador</translation>
    </message>
</context>
<context>
    <name>mf::ui::SourcePage</name>
    <message>
        <source>What do you want to move?</source>
        <translation type="unfinished">¿Qué quiere mover?</translation>
    </message>
    <message>
        <source>Mailferry copies mail from an old mailbox on a server, or from the mail your mail program already downloaded to this computer.</source>
        <translation type="unfinished">Mailferry copia el correo de un buzón antiguo en un servidor, o el que su programa de correo ya descargó a este ordenador.</translation>
    </message>
    <message>
        <source>An old &amp;mailbox on a server</source>
        <translation type="unfinished">Un &amp;buzón antiguo en un servidor</translation>
    </message>
    <message>
        <source>Mail still kept by your old provider, which your mail program fetches with POP3. You need the address and its password.</source>
        <translation type="unfinished">Correo que aún guarda su proveedor antiguo y que su programa de correo recoge con POP3. Necesita la dirección y su contraseña.</translation>
    </message>
    <message>
        <source>Mail on this &amp;computer</source>
        <translation type="unfinished">El correo de este &amp;ordenador</translation>
    </message>
    <message>
        <source>Mail your mail program already took home: Thunderbird, Outlook (.pst), Apple Mail, Windows Live Mail, or mbox, Maildir and .eml files. Mailferry only reads it: nothing on this computer is changed or deleted.</source>
        <translation type="unfinished">Correo que su programa de correo ya se llevó a casa: Thunderbird, Outlook (.pst), Apple Mail, Windows Live Mail, o archivos mbox, Maildir y .eml. Mailferry solo lo lee: en este ordenador no se cambia ni se borra nada.</translation>
    </message>
    <message>
        <source>Often it is both: what is left on the server, and the years of mail already on your computer. Set up one now and the other afterwards.</source>
        <translation type="unfinished">A menudo son las dos cosas: lo que queda en el servidor y años de correo en su ordenador. Configure uno ahora y el otro después.</translation>
    </message>
</context>
<context>
    <name>mf::ui::WelcomePage</name>
    <message>
        <source>Move your old mail into Gmail</source>
        <translation type="unfinished">Traslade su correo antiguo a Gmail</translation>
    </message>
    <message>
        <source>Mailferry copies every message from your old mailbox into your Gmail account, and keeps doing it for new mail if you wish.</source>
        <translation type="unfinished">Mailferry copia cada mensaje de su buzón antiguo a su cuenta de Gmail y, si lo desea, sigue haciéndolo con el correo nuevo.</translation>
    </message>
    <message>
        <source>You will sign in with Google, tell Mailferry where your old mail is, and choose what happens to it once it is safely in Gmail. Nothing is deleted unless you ask for it.</source>
        <translation type="unfinished">Iniciará sesión con Google, indicará a Mailferry dónde está su correo antiguo y elegirá qué hacer con él una vez esté a salvo en Gmail. No se borra nada a menos que usted lo pida.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your privacy&lt;/b&gt;&lt;ul&gt;&lt;li&gt;Mailferry asks Google only for permission to &lt;i&gt;add&lt;/i&gt; messages. It can never read, change or delete the mail already in your Gmail.&lt;/li&gt;&lt;li&gt;Your passwords are kept in your computer&apos;s own password store (the system keychain), never in a file.&lt;/li&gt;&lt;li&gt;Your mail goes straight from your old mailbox to Google. No one else sees it.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation type="unfinished">&lt;b&gt;Su privacidad&lt;/b&gt;&lt;ul&gt;&lt;li&gt;Mailferry solo pide a Google permiso para &lt;i&gt;añadir&lt;/i&gt; mensajes. Nunca puede leer, cambiar ni borrar el correo que ya está en su Gmail.&lt;/li&gt;&lt;li&gt;Sus contraseñas se guardan en el almacén de contraseñas de su ordenador (el llavero del sistema), nunca en un archivo.&lt;/li&gt;&lt;li&gt;Su correo va directamente de su buzón antiguo a Google. Nadie más lo ve.&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;about 10 minutes; the copying then goes on by itself&lt;/li&gt;</source>
        <translation type="unfinished">&lt;li&gt;unos 10 minutos; después la copia sigue sola&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;about 25 minutes, as Mailferry must first be connected to Google once (it shows you how); the copying then goes on by itself&lt;/li&gt;</source>
        <translation type="unfinished">&lt;li&gt;unos 25 minutos, porque antes hay que conectar Mailferry con Google una vez (le enseña cómo); después la copia sigue sola&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Have this at hand&lt;/b&gt;&lt;ul&gt;%1&lt;/ul&gt;</source>
        <translation type="unfinished">&lt;b&gt;Tenga esto a mano&lt;/b&gt;&lt;ul&gt;%1&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;the address and password of your old mailbox, if your mail is on a server (mail already on this computer needs nothing more)&lt;/li&gt;&lt;li&gt;your Google account (Gmail) and its password&lt;/li&gt;</source>
        <translation type="unfinished">&lt;li&gt;la dirección y la contraseña de su buzón antiguo, si su correo está en un servidor (el correo que ya está en este ordenador no necesita nada más)&lt;/li&gt;&lt;li&gt;su cuenta de Google (Gmail) y su contraseña&lt;/li&gt;</translation>
    </message>
</context>
</TS>
