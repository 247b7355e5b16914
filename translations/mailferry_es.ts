<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>main</name>
    <message>
        <source>Start quietly in the tray (used when starting at login): no window opens, and continuous sync starts for the mailboxes that have it.</source>
        <translation type="unfinished">Iniciar en silencio en la bandeja del sistema (se usa al arrancar con el inicio de sesión): no se abre ninguna ventana y la sincronización continua empieza para los buzones que la tienen.</translation>
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
        <source>The answer from the browser did not belong to this sign-in, so Mailferry ignored it. Please try signing in again.</source>
        <translation type="unfinished">La respuesta del navegador no correspondía a este inicio de sesión, así que Mailferry la ignoró. Vuelva a iniciar sesión.</translation>
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
        <source>%1 Trying again in %2 seconds.</source>
        <translation type="unfinished">%1 Nuevo intento en %2 segundos.</translation>
    </message>
    <message>
        <source>Interrupted.</source>
        <translation type="unfinished">Interrumpido.</translation>
    </message>
    <message>
        <source>The connection to Gmail broke during the upload and it was sent again; Gmail may show it twice.</source>
        <translation type="unfinished">La conexión con Gmail se cortó durante la subida y el mensaje se volvió a enviar; puede que aparezca dos veces en Gmail.</translation>
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
</context>
<context>
    <name>mf::store::Ledger</name>
    <message>
        <source>Mailferry could not create the folder for its records of this mailbox.</source>
        <translation type="unfinished">Mailferry no pudo crear la carpeta de su historial de este buzón.</translation>
    </message>
    <message>
        <source>Mailferry could not open its records of this mailbox.</source>
        <translation type="unfinished">Mailferry no pudo abrir su historial de este buzón.</translation>
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
        <source>Mailferry could not update its records of this mailbox. Check that the disk is not full and that the folder can be written to.</source>
        <translation type="unfinished">Mailferry no pudo actualizar su historial de este buzón. Compruebe que el disco no esté lleno y que se pueda escribir en la carpeta.</translation>
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
        <source>Last run</source>
        <translation type="unfinished">Última ejecución</translation>
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
        <translation type="unfinished">&amp;Eliminar todos mis datos…</translation>
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
        <source>Messages of %1</source>
        <translation type="unfinished">Mensajes de %1</translation>
    </message>
    <message>
        <source>Show &amp;failures only</source>
        <translation type="unfinished">Mostrar solo los &amp;fallos</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation type="unfinished">&amp;Exportar CSV…</translation>
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
        <source>Remove all my data</source>
        <translation type="unfinished">Eliminar todos mis datos</translation>
    </message>
    <message>
        <source>This signs Mailferry out of Google, deletes the saved passwords, and deletes the record of what was copied and the logs from this computer. Your mail stays where it is, in Gmail and on your old server.

Do you want to keep a copy of the logs (CSV) first?</source>
        <translation type="unfinished">Esto cierra la sesión de Mailferry en Google, borra las contraseñas guardadas y borra de este ordenador el historial de lo que se copió y los registros. Su correo se queda donde está, en Gmail y en su servidor antiguo.

¿Quiere guardar antes una copia de los registros (CSV)?</translation>
    </message>
    <message>
        <source>&amp;Export the logs, then remove</source>
        <translation type="unfinished">&amp;Exportar los registros y luego eliminar</translation>
    </message>
    <message>
        <source>&amp;Remove without export</source>
        <translation type="unfinished">&amp;Eliminar sin exportar</translation>
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
</context>
<context>
    <name>mf::ui::CertificateDialog</name>
    <message>
        <source>Is this really your mail server?</source>
        <translation type="unfinished">¿Es realmente su servidor de correo?</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; sent a security certificate that your computer cannot check. This is common for small providers and company servers, but it can also mean that someone is listening in.</source>
        <translation type="unfinished">&lt;b&gt;%1&lt;/b&gt; envió un certificado de seguridad que su ordenador no puede comprobar. Es habitual en proveedores pequeños y servidores de empresa, pero también puede significar que alguien está escuchando.</translation>
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
        <source>SHA-256 fingerprint</source>
        <translation type="unfinished">Huella SHA-256</translation>
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
        <source>If your provider or your IT person gave you this fingerprint, compare it. Trust the server only if they match or you are sure this is your provider. Mailferry will then accept exactly this certificate for this mailbox, and warn you if it ever changes.</source>
        <translation type="unfinished">Si su proveedor o su informático le dio esta huella, compárela. Confíe en el servidor solo si coinciden o si está seguro de que es su proveedor. Mailferry aceptará entonces exactamente este certificado para este buzón y le avisará si alguna vez cambia.</translation>
    </message>
    <message>
        <source>&amp;Trust this server</source>
        <translation type="unfinished">&amp;Confiar en este servidor</translation>
    </message>
    <message>
        <source>Do &amp;not connect</source>
        <translation type="unfinished">&amp;No conectar</translation>
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
        <translation type="unfinished">&amp;Abrir Gmail</translation>
    </message>
    <message>
        <source>Finished, with problems</source>
        <translation type="unfinished">Terminado, con problemas</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; messages copied (%2).</source>
        <translation type="unfinished">&lt;b&gt;%1&lt;/b&gt; mensajes copiados (%2).</translation>
    </message>
    <message>
        <source>%1 were already in Gmail from an earlier run.</source>
        <translation type="unfinished">%1 ya estaban en Gmail de una ejecución anterior.</translation>
    </message>
    <message>
        <source>%1 skipped (duplicates, or too large for Gmail).</source>
        <translation type="unfinished">%1 omitidos (duplicados, o demasiado grandes para Gmail).</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 could not be copied&lt;/b&gt;; they are still on your old server. The log says why, and &quot;Retry failed&quot; tries them again.</source>
        <translation type="unfinished">&lt;b&gt;No se pudieron copiar %1&lt;/b&gt;; siguen en su servidor antiguo. El registro indica por qué, y «Reintentar fallidos» los vuelve a intentar.</translation>
    </message>
    <message>
        <source>%1 deleted from the old server after Gmail confirmed them.</source>
        <translation type="unfinished">%1 borrados del servidor antiguo después de que Gmail los confirmara.</translation>
    </message>
    <message>
        <source>%1 may appear twice in Gmail because a copy was interrupted; they are marked in the log.</source>
        <translation type="unfinished">%1 pueden aparecer dos veces en Gmail porque se interrumpió una copia; están marcados en el registro.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Next:&lt;/b&gt; Mailferry keeps checking %1 every %n minute(s) and copies new mail. It stays in the tray when you close the window.</source>
        <translation type="unfinished">
            <numerusform>&lt;b&gt;Después:&lt;/b&gt; Mailferry sigue revisando %1 cada %n minuto y copia el correo nuevo. Se queda en la bandeja del sistema cuando cierra la ventana.</numerusform>
            <numerusform>&lt;b&gt;Después:&lt;/b&gt; Mailferry sigue revisando %1 cada %n minutos y copia el correo nuevo. Se queda en la bandeja del sistema cuando cierra la ventana.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Next:&lt;/b&gt; when you no longer need your old mailbox, open Mailferry again and choose &quot;Remove all my data&quot;: it signs out of Google and deletes the passwords and logs from this computer. To pick up new mail later, use &quot;Sync now&quot;.</source>
        <translation type="unfinished">&lt;b&gt;Después:&lt;/b&gt; cuando ya no necesite su buzón antiguo, vuelva a abrir Mailferry y elija «Eliminar todos mis datos»: cierra la sesión de Google y borra las contraseñas y los registros de este ordenador. Para recoger el correo nuevo más adelante, use «Sincronizar ahora».</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished">&amp;Cerrar</translation>
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
        <source>Send my password &amp;unencrypted (anyone on the network could read it)</source>
        <translation type="unfinished">Enviar mi contraseña &amp;sin cifrar (cualquiera en la red podría leerla)</translation>
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
        <translation type="unfinished">P&amp;uerto:</translation>
    </message>
    <message>
        <source>&amp;Email address:</source>
        <translation type="unfinished">Dirección de &amp;correo:</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished">&amp;Servidor:</translation>
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
        <translation type="unfinished">&amp;Contraseña:</translation>
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
        <source>Gmail accepts messages up to 50 MB. Larger ones stay on the old server and are listed.</source>
        <translation type="unfinished">Gmail acepta mensajes de hasta 50 MB. Los más grandes se quedan en el servidor antiguo y se enumeran.</translation>
    </message>
    <message>
        <source>&amp;Keep checking for new mail every</source>
        <translation type="unfinished">&amp;Seguir buscando correo nuevo cada</translation>
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
        <source>Start Mailferry when I log in</source>
        <translation type="unfinished">Iniciar Mailferry al iniciar sesión</translation>
    </message>
    <message>
        <source>Let Gmail &amp;filter spam (messages go through Gmail&apos;s spam and tab sorting)</source>
        <translation type="unfinished">Dejar que Gmail &amp;filtre el spam (los mensajes pasan por el filtro de spam y pestañas)</translation>
    </message>
    <message>
        <source>&amp;Put messages:</source>
        <translation type="unfinished">&amp;Colocar los mensajes:</translation>
    </message>
    <message>
        <source>L&amp;abel:</source>
        <translation type="unfinished">E&amp;tiqueta:</translation>
    </message>
    <message>
        <source>&amp;Size limit:</source>
        <translation type="unfinished">&amp;Tamaño máximo:</translation>
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
</context>
<context>
    <name>mf::ui::OptionsPage</name>
    <message>
        <source>Choose how to move your mail</source>
        <translation type="unfinished">Elija cómo trasladar su correo</translation>
    </message>
    <message>
        <source>The defaults are safe: everything stays on your old server and arrives in your Gmail inbox.</source>
        <translation type="unfinished">Los valores por defecto son seguros: todo se queda en el servidor antiguo y llega a su bandeja de entrada de Gmail.</translation>
    </message>
</context>
<context>
    <name>mf::ui::ProgressPage</name>
    <message>
        <source>Moving your mail</source>
        <translation type="unfinished">Trasladando su correo</translation>
    </message>
    <message>
        <source>You can keep working meanwhile. If you close this window, Mailferry goes on from the tray, or continues where it stopped next time.</source>
        <translation type="unfinished">Puede seguir trabajando mientras tanto. Si cierra esta ventana, Mailferry continúa desde la bandeja del sistema o retoma donde se quedó la próxima vez.</translation>
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
        <source>Messages</source>
        <translation type="unfinished">Mensajes</translation>
    </message>
    <message>
        <source>Show &amp;failures only</source>
        <translation type="unfinished">Mostrar solo los &amp;fallos</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation type="unfinished">&amp;Exportar CSV…</translation>
    </message>
    <message>
        <source>&amp;Retry failed</source>
        <translation type="unfinished">&amp;Reintentar fallidos</translation>
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
        <source>%1 messages a minute (%2/s)</source>
        <translation type="unfinished">%1 mensajes por minuto (%2/s)</translation>
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
    <message numerus="yes">
        <source>Saved %n row(s) to %1.</source>
        <translation type="unfinished">
            <numerusform>Se guardó %n fila en %1.</numerusform>
            <numerusform>Se guardaron %n filas en %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Mailferry is no longer signed in to Google. Go back and sign in again.</source>
        <translation type="unfinished">Mailferry ya no tiene la sesión de Google iniciada. Vuelva atrás e inicie sesión de nuevo.</translation>
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
    <message>
        <source>&lt;b&gt;Dry run:&lt;/b&gt; %1 messages would be copied (%2), %3 are already in Gmail.</source>
        <translation type="unfinished">&lt;b&gt;Simulación:&lt;/b&gt; se copiarían %1 mensajes (%2), %3 ya están en Gmail.</translation>
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
        <source>Sync now</source>
        <translation type="unfinished">Sincronizar ahora</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished">Salir</translation>
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
        <source>&amp;Use my own Google Cloud client (client_secret.json)…</source>
        <translation type="unfinished">&amp;Usar mi propio cliente de Google Cloud (client_secret.json)…</translation>
    </message>
    <message>
        <source>Import a client_secret.json file</source>
        <translation type="unfinished">Importar un archivo client_secret.json</translation>
    </message>
    <message>
        <source>Development mode: Google&apos;s address is redirected to %1.</source>
        <translation type="unfinished">Modo de desarrollo: la dirección de Google se redirige a %1.</translation>
    </message>
    <message>
        <source>This copy of Mailferry has no Google client built in. Create a &quot;Desktop app&quot; client in your own Google Cloud project, download its client_secret.json and choose it here.</source>
        <translation type="unfinished">Esta copia de Mailferry no trae un cliente de Google integrado. Cree un cliente de tipo «Aplicación de escritorio» en su propio proyecto de Google Cloud, descargue su client_secret.json y elíjalo aquí.</translation>
    </message>
    <message>
        <source>Choose your client_secret.json</source>
        <translation type="unfinished">Elija su client_secret.json</translation>
    </message>
    <message>
        <source>Google client file (*.json)</source>
        <translation type="unfinished">Archivo de cliente de Google (*.json)</translation>
    </message>
    <message>
        <source>Your Google client is ready. Now sign in.</source>
        <translation type="unfinished">Su cliente de Google está listo. Ahora inicie sesión.</translation>
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
</context>
</TS>
