<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr">
<context>
    <name>mf::Error</name>
    <message>
        <source>Stopped.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>mf::discovery::ServerDiscovery</name>
    <message>
        <source>%1 does not offer POP3, so Mailferry cannot fetch mail from it. Google's own tools can move it instead (search for "Gmail import mail").</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>These are the settings %1 publishes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This does not look like an email address yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>These settings are published by %1 itself.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your domain's mail is handled by %1; these are its settings.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mailferry could not find the settings for %1. Your provider's help pages list them as "POP3 server" or "incoming mail server".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This is a likely guess; "Test connection" will tell whether it works.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>mf::google::ClientConfig</name>
    <message>
        <source>Mailferry could not open the Google client file. Choose the client_secret.json you downloaded from Google Cloud Console.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This file is not a Google client file (client_secret.json).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This client is for a web application. In Google Cloud Console, create an OAuth client of type "Desktop app" and download its file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The Google client file has no client id. Download it again from Google Cloud Console.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>mf::google::GmailClient</name>
    <message>
        <source>Mailferry could not make a secure connection to Gmail. Check the computer's date and any security software, then try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mailferry cannot reach Gmail. Check your internet connection; it will try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Gmail stopped answering. Mailferry will try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The connection to Gmail was lost. Mailferry will try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Gmail's daily limit for this account has been reached. Mailferry will go on later; nothing is lost.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Gmail asked Mailferry to slow down. It will go on by itself shortly.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Gmail is busy or having trouble right now. Mailferry will try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Gmail no longer accepts Mailferry's sign-in. Sign in with Google again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Gmail refused Mailferry permission to add messages to this account. Sign in again and leave every permission Mailferry asks for ticked.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This message is too large for Gmail (the limit is 50 MB). It stays on the old server.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Gmail lost track of an upload. Mailferry will try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Gmail did not accept this message (it may be damaged or malformed). It stays on the old server.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Gmail's answer could not be understood. Mailferry will try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Gmail could not create the label. Mailferry will try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Gmail refused Mailferry permission to manage labels. Sign in again and allow labels, or choose not to use a label.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>mf::google::GoogleSignIn</name>
    <message>
        <source>Mailferry has no Google client set up. Import the client_secret.json file of your Google Cloud project first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mailferry could not prepare the sign-in on this computer. Check that no security software blocks local connections, then try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The sign-in took too long. Click "Sign in with Google" to try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign-in cancelled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The answer from the browser did not belong to this sign-in, so Mailferry ignored it. Please try signing in again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>You did not allow Mailferry to add mail to Gmail. Mailferry cannot copy your messages without that permission. Sign in again when you are ready.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Google did not complete the sign-in. Please try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mailferry could not reach Google to finish the sign-in. Check your internet connection and try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Google does not recognise Mailferry's client. Import the client_secret.json of your Google Cloud project again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Google did not accept the sign-in. Please try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>You signed in, but did not tick "Add emails into your Gmail mailbox". Mailferry needs that permission to copy your mail. Sign in again and leave that box ticked.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Google's answer to the sign-in was incomplete. Please try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>You are signed in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mailferry is now connected to %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign-in not completed</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>mf::google::LoopbackReceiver</name>
    <message>
        <source>Not here</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This address only receives Mailferry's sign-in.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>You can close this tab and return to Mailferry.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>mf::google::TokenManager</name>
    <message>
        <source>Google no longer accepts Mailferry's sign-in for this account (it expired or was withdrawn). Sign in with Google again to continue.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Google does not recognise Mailferry's client any more. Import the client_secret.json of your Google Cloud project again, then sign in.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mailferry could not reach Google to renew its access. It will try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mailferry could not reach Google to withdraw its access. You can also remove it in your Google Account under Security, Third-party access.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>mf::migration</name>
    <message>
        <source>Ready</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connecting to your old mailbox…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Working out what is left to copy…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copying messages into Gmail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pausing after the messages in progress…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Waiting for the next check</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Finishing up…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stopped because of a problem</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>mf::migration::DateRescue</name>
    <message>
        <source>The Date header could not be read and no server recorded when it received the message; Gmail will show the time of the import as its date.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The Date header was missing and no server recorded when it received the message; Gmail will show the time of the import as its date.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The Date header could not be read; used the date the server received it (%1). The original is kept as X-Original-Date.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The Date header was missing; used the date the server received it (%1).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>mf::migration::MigrationEngine</name>
    <message>
        <source>Stopping after the messages in progress…</source>
        <translation>Arrêt après les messages en cours…</translation>
    </message>
    <message>
        <source>The message is %1 MB, over the %2 MB limit. It was left on the server.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The message is empty. It was left on the server.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The message has no readable headers, so Gmail would refuse it. It was left on the server.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Already copied to Gmail under another server id; not copied again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mailferry stopped while this message was being uploaded, so it was uploaded again; Gmail may show it twice.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Removed from the old server after Gmail confirmed the copy.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The connection to the mail server was lost.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next check in %1 minutes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 Trying again in %2 seconds.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Interrupted.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>mf::migration::ReportMail</name>
    <message>
        <source>Mailferry: %n message(s) from %1 could not be copied</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mailferry finished copying mail from %1 into this Gmail account.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copied: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Skipped (already in Gmail, or too large): %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not be copied: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Removed from the old server after copying: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Uploaded again after an interruption (may appear twice): %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The messages that could not be copied are still on the old server; nothing was deleted. The attached file lists each one with the reason. In Mailferry, "Retry failed" tries exactly these messages again.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>mf::pop3::CertificateInfo</name>
    <message>
        <source>The certificate is self-signed: no known authority vouches for it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The certificate was issued by an authority this computer does not know.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The certificate has expired.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The certificate is not valid yet (check this computer's date).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The certificate belongs to a different server name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The certificate has been revoked.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Issued to: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Issued by: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Valid from %1 to %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SHA-256 fingerprint: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>mf::pop3::Pop3Client</name>
    <message>
        <source>The server %1 did not complete an encrypted (SSL/TLS) connection within %2 seconds. Check the port and security settings: SSL/TLS usually uses port 995.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mailferry could not reach the server %1 within %2 seconds. Check the server name, the port and your internet connection.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server %1 accepted the connection but did not greet Mailferry within %2 seconds. It may be overloaded; try again later.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server %1 did not greet Mailferry within %2 seconds. This port probably expects an encrypted connection: choose SSL/TLS (usually port 995).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server %1 stopped answering. Mailferry will reconnect and continue.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Already connected.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The connection to %1 would not be encrypted, so Mailferry did not send your password. Choose SSL/TLS or STARTTLS, or allow an unencrypted connection explicitly if you trust this network.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This looks like an IMAP server, not POP3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This looks like a mail sending (SMTP) server, not POP3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server %1 does not answer like a POP3 mail server. %2 Check the server name and port (995 for SSL/TLS, 110 for STARTTLS).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server %1 does not offer encryption (STARTTLS) on this port. Choose SSL/TLS (usually port 995) instead.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server %1 sent unexpected data while starting encryption, so Mailferry stopped for your safety. Choose SSL/TLS (usually port 995) instead.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The connection to %1 is not encrypted, so Mailferry did not send your password.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server %1 does not support APOP. Choose another sign-in method.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server %1 expects an encrypted connection on this port. Choose SSL/TLS (usually port 995).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server %1 sent data Mailferry did not ask for. Mailferry will reconnect.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server %1 sent an answer Mailferry cannot read. Mailferry will reconnect.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server %1 does not answer like a POP3 mail server. %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check the server name and port.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mailferry will reconnect.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The connection to the mail server %1 was lost. Mailferry will reconnect and continue; nothing was deleted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mailferry is not connected to the mail server %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server %1 refused the connection. Check the server name and port: SSL/TLS usually uses port 995, STARTTLS port 110.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server name %1 was not found. Check its spelling and your internet connection.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The identity of the server %1 could not be verified. %2 If you are sure this is your provider's server, you can choose to trust its certificate.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mailferry could not set up an encrypted connection with %1. This port may not use SSL/TLS: try STARTTLS on port 110, or SSL/TLS on port 995.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server %1 did not answer in time. Mailferry will try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server %1 closed the connection before greeting Mailferry. Check the port and security settings, or try again later.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A network error interrupted the connection to %1. Mailferry will try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The password was not accepted. Check it, or ask your provider whether the mailbox needs an app password.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The mailbox is in use by another program (or a session that ended recently). Mailferry will try again in about 10 minutes; close other mail programs meanwhile.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>The provider allows only a limited number of logins. Mailferry will try again in %n minute(s).</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>The mail server has a temporary problem. Mailferry will try again later.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The mail server reported a permanent problem with this mailbox. Contact your provider; its message was: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server %1 does not give messages a permanent identity (UIDL). Mailferry can copy the mail but cannot safely delete it from the server.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The message is no longer on the server.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server could not provide this message; it stays on the server.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server did not finish the session properly, so messages marked for deletion may still be there. Mailferry will delete them on a later run.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server %1 refused the connection for now. Mailferry will try again later.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The mail server refused a command. Mailferry will reconnect and try again.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>mf::secrets::KeychainCredentialStore</name>
    <message>
        <source>Mailferry has no saved password or sign-in for this account. Enter it again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mailferry was not allowed to use the system keychain. Allow access when your computer asks, then try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mailferry could not reach the system keychain, where it keeps passwords safely. You can keep them in memory for this session only, or unlock your keychain and try again.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>mf::secrets::MemoryCredentialStore</name>
    <message>
        <source>Mailferry has no saved password or sign-in for this account. Enter it again.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>mf::store::CsvExporter</name>
    <message>
        <source>Time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Source account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>UIDL</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Message-ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Gmail message id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Error code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Technical detail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>First seen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copied at</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deleted from server at</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mailferry could not write the log file. Check that the disk is not full and that the folder can be written to.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mailferry could not write the log file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mailferry could not create the log file. Check that the folder can be written to.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mailferry could not save the log file. Check that the disk is not full.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>mf::store::Ledger</name>
    <message>
        <source>Mailferry could not create the folder for its records of this mailbox.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mailferry could not open its records of this mailbox.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>These records were written by a newer version of Mailferry. Update Mailferry to continue this migration.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file for this mailbox's records is not a Mailferry ledger.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mailferry could not update its records of this mailbox. Check that the disk is not full and that the folder can be written to.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mailferry stopped while this message was being uploaded, so it cannot know whether Gmail received it. It will be uploaded again and may appear twice in Gmail.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mailferry refused to copy a message again that is already in Gmail.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mailferry lost track of a message it was copying.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copied again after an interrupted upload; it may appear twice in Gmail.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mailferry tried to record an impossible result for a message.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mailferry refused to mark a message that is already in Gmail as not copied.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Already in Gmail: the same message (same Message-ID, size and content) was copied before.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Already in Gmail: the same message (same Message-ID, size and content) was copied before under the server id %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Removed from the POP3 server after Gmail had confirmed it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mailferry recorded a message as removed from the server that was not confirmed in Gmail. Please report this problem.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Uploading</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiés</translation>
    </message>
    <message>
        <source>Skipped: already in Gmail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Skipped: too large</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Failed</source>
        <translation>Échecs</translation>
    </message>
    <message>
        <source>Copied and removed from the server</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>mf::store::RunLock</name>
    <message>
        <source>Another Mailferry is already working on this mailbox. Wait until it has finished, or close it, then try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mailferry could not create its lock file for this mailbox. Check that the folder can be written to.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>mf::ui::AccountsWindow</name>
    <message>
        <source>Mailferry</source>
        <translation>Mailferry</translation>
    </message>
    <message>
        <source>Old mailboxes that feed this Gmail</source>
        <translation>Anciennes boîtes qui alimentent ce Gmail</translation>
    </message>
    <message>
        <source>Old mailbox</source>
        <translation>Ancienne boîte</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>Dernier passage</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Synchroniser maintenant</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>View &amp;log…</source>
        <translation>Voir le &amp;journal…</translation>
    </message>
    <message>
        <source>&amp;Add a mailbox…</source>
        <translation>&amp;Ajouter une boîte…</translation>
    </message>
    <message>
        <source>&amp;Remove all my data…</source>
        <translation>&amp;Supprimer toutes mes données…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Gmail:&lt;/b&gt; not connected</source>
        <translation>&lt;b&gt;Gmail :&lt;/b&gt; non connecté</translation>
    </message>
    <message>
        <source>&lt;b&gt;Gmail:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Gmail :&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>%1 (label: %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Not run yet</source>
        <translation>Jamais lancé</translation>
    </message>
    <message numerus="yes">
        <source>%1 · every %n min</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>%1 copied, %2 left</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign in again</source>
        <translation>Reconnectez-vous</translation>
    </message>
    <message>
        <source>Mailferry is no longer signed in to Google. Use "Edit" to sign in again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Password needed</source>
        <translation>Mot de passe requis</translation>
    </message>
    <message>
        <source>The password for %1 is not stored on this computer. Type it to continue:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Messages of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show &amp;failures only</source>
        <translation>N'afficher que les &amp;échecs</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exporter en CSV…</translation>
    </message>
    <message>
        <source>Export the message log</source>
        <translation>Exporter le journal des messages</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>Fichier CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>L'export a échoué</translation>
    </message>
    <message>
        <source>Remove all my data</source>
        <translation>Supprimer toutes mes données</translation>
    </message>
    <message>
        <source>This signs Mailferry out of Google, deletes the saved passwords, and deletes the record of what was copied and the logs from this computer. Your mail stays where it is, in Gmail and on your old server.

Do you want to keep a copy of the logs (CSV) first?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Export the logs, then remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Remove without export</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Where should the logs go?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Some data could not be removed. The log of Mailferry says which.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>mf::ui::CertificateDialog</name>
    <message>
        <source>Is this really your mail server?</source>
        <translation>Est-ce vraiment votre serveur de courrier ?</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; sent a security certificate that your computer cannot check. This is common for small providers and company servers, but it can also mean that someone is listening in.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Issued to:</source>
        <translation>Délivré à :</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation>Délivré par :</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>Valide :</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>Empreinte SHA-256</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>Empreinte SHA-256 :</translation>
    </message>
    <message>
        <source>Problems:</source>
        <translation>Problèmes :</translation>
    </message>
    <message>
        <source>If your provider or your IT person gave you this fingerprint, compare it. Trust the server only if they match or you are sure this is your provider. Mailferry will then accept exactly this certificate for this mailbox, and warn you if it ever changes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Trust this server</source>
        <translation>&amp;Faire confiance à ce serveur</translation>
    </message>
    <message>
        <source>Do &amp;not connect</source>
        <translation>Ne &amp;pas se connecter</translation>
    </message>
</context>
<context>
    <name>mf::ui::DonePage</name>
    <message>
        <source>Your mail is in Gmail</source>
        <translation>Votre courrier est dans Gmail</translation>
    </message>
    <message>
        <source>&amp;Open Gmail</source>
        <translation>&amp;Ouvrir Gmail</translation>
    </message>
    <message>
        <source>Finished, with problems</source>
        <translation>Terminé, avec des problèmes</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; messages copied (%2).</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; messages copiés (%2).</translation>
    </message>
    <message>
        <source>%1 were already in Gmail from an earlier run.</source>
        <translation>%1 étaient déjà dans Gmail depuis un passage précédent.</translation>
    </message>
    <message>
        <source>%1 skipped (duplicates, or too large for Gmail).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;%1 could not be copied&lt;/b&gt;; they are still on your old server. The log says why, and "Retry failed" tries them again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 deleted from the old server after Gmail confirmed them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 may appear twice in Gmail because a copy was interrupted; they are marked in the log.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Next:&lt;/b&gt; Mailferry keeps checking %1 every %n minute(s) and copies new mail. It stays in the tray when you close the window.</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Next:&lt;/b&gt; when you no longer need your old mailbox, open Mailferry again and choose "Remove all my data": it signs out of Google and deletes the passwords and logs from this computer. To pick up new mail later, use "Sync now".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
</context>
<context>
    <name>mf::ui::LedgerTableModel</name>
    <message>
        <source>(no subject)</source>
        <translation>(sans objet)</translation>
    </message>
    <message>
        <source>Possible duplicate: an interrupted copy was repeated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Date rebuilt from the Received: headers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
</context>
<context>
    <name>mf::ui::MailboxPage</name>
    <message>
        <source>Your old mailbox</source>
        <translation>Votre ancienne boîte aux lettres</translation>
    </message>
    <message>
        <source>Type the email address you want to move mail from. Mailferry suggests the server settings; you only need the password.</source>
        <translation>Saisissez l'adresse e-mail dont vous voulez transférer le courrier. Mailferry propose les réglages du serveur ; il vous suffit du mot de passe.</translation>
    </message>
    <message>
        <source>maria@example.net</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Old email address</source>
        <translation>Ancienne adresse e-mail</translation>
    </message>
    <message>
        <source>Incoming mail server (POP3)</source>
        <translation>Serveur de courrier entrant (POP3)</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>SSL/TLS (recommended)</source>
        <translation>SSL/TLS (recommandé)</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>None (unencrypted)</source>
        <translation>Aucune (non chiffré)</translation>
    </message>
    <message>
        <source>Connection security</source>
        <translation>Sécurité de la connexion</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d'utilisateur</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Send my password &amp;unencrypted (anyone on the network could read it)</source>
        <translation>Envoyer mon mot de passe &amp;en clair (n'importe qui sur le réseau pourrait le lire)</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Résultat du test de connexion</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort :</translation>
    </message>
    <message>
        <source>&amp;Email address:</source>
        <translation>Adresse &amp;e-mail :</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur :</translation>
    </message>
    <message>
        <source>Se&amp;curity:</source>
        <translation>Sé&amp;curité :</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nom d'&amp;utilisateur :</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>Looking up the settings for %1…</source>
        <translation>Recherche des réglages pour %1…</translation>
    </message>
    <message>
        <source>Fill in the server and the user name first (type your address above and Mailferry suggests them).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type the password of your old mailbox.</source>
        <translation>Saisissez le mot de passe de votre ancienne boîte.</translation>
    </message>
    <message>
        <source>With no security your password would cross the network readable by anyone. Choose SSL/TLS or STARTTLS, or tick the box if you really want this.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>The server's certificate needs your decision.</source>
        <translation>Le certificat du serveur demande votre décision.</translation>
    </message>
    <message>
        <source>Mailferry did not connect, because the server could not prove who it is. Ask your provider for the right server name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server did not accept this user name and password. Check the password (mind capital letters). Some providers need an "app password" or want POP3 switched on in their web mail settings first.</source>
        <translation>Le serveur n'a pas accepté ce nom d'utilisateur et ce mot de passe. Vérifiez le mot de passe (attention aux majuscules). Certains fournisseurs exigent un « mot de passe d'application » ou l'activation de POP3 dans leur webmail.</translation>
    </message>
    <message>
        <source>There is no server called "%1". Check the server name for typing mistakes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server "%1" refused a connection on port %2. It may use another port or another security setting: try SSL/TLS on 995 or STARTTLS on 110.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server did not answer in time. Check your internet connection, the server name and the port.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server and Mailferry could not agree on a secure connection. The security setting probably does not match this port: SSL/TLS usually goes with port 995, STARTTLS with port 110.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This server does not offer STARTTLS. Try SSL/TLS on port 995.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server would want your password unencrypted. Mailferry does not send it that way unless you choose "None" and tick the box.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server's certificate changed since you trusted it, or cannot be checked. Do not continue unless your provider confirms the change.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The mailbox is busy: another program (perhaps a phone or a mail program) is reading it right now. Close it, wait a few minutes and test again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server asks to wait before logging in again. Wait a few minutes and test again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server offers no way to log in that Mailferry can use safely.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The connection broke off. Check your internet connection and test again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The test did not work.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>It works: %n message(s) on the server (%1).</source>
        <translation><numerusform>Ça marche : %n message sur le serveur (%1).</numerusform><numerusform>Ça marche : %n messages sur le serveur (%1).</numerusform></translation>
    </message>
    <message>
        <source>Saving the password in the system keychain…</source>
        <translation>Enregistrement du mot de passe dans le trousseau…</translation>
    </message>
    <message>
        <source>But the password could not be saved: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The password is kept in memory until you quit Mailferry.</source>
        <translation>Le mot de passe reste en mémoire jusqu'à ce que vous quittiez Mailferry.</translation>
    </message>
    <message>
        <source>The password is saved in your system keychain.</source>
        <translation>Le mot de passe est enregistré dans votre trousseau.</translation>
    </message>
</context>
<context>
    <name>mf::ui::OptionsPage</name>
    <message>
        <source>Choose how to move your mail</source>
        <translation>Choisissez comment transférer votre courrier</translation>
    </message>
    <message>
        <source>The defaults are safe: everything stays on your old server and arrives in your Gmail inbox.</source>
        <translation>Les réglages par défaut sont sûrs : tout reste sur l'ancien serveur et arrive dans votre boîte de réception Gmail.</translation>
    </message>
    <message>
        <source>Once a message is safely in Gmail</source>
        <translation>Une fois un message en sécurité dans Gmail</translation>
    </message>
    <message>
        <source>&amp;Keep it on the old server (recommended)</source>
        <translation>Le &amp;garder sur l'ancien serveur (recommandé)</translation>
    </message>
    <message>
        <source>&amp;Delete it from the old server</source>
        <translation>Le &amp;supprimer de l'ancien serveur</translation>
    </message>
    <message>
        <source>Delete it &amp;after</source>
        <translation>Le supprimer &amp;après</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Days before deleting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>⚠ Messages will be removed from your old mailbox after Gmail has confirmed each one. Other devices that read that mailbox will no longer see them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In the Inbox, unread</source>
        <translation>Dans la boîte de réception, non lus</translation>
    </message>
    <message>
        <source>In the Inbox, already read</source>
        <translation>Dans la boîte de réception, déjà lus</translation>
    </message>
    <message>
        <source>Archived, with a label</source>
        <translation>Archivés, avec un libellé</translation>
    </message>
    <message>
        <source>Where the messages go in Gmail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Gmail label</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Labels need one more permission from Google.</source>
        <translation>Les libellés demandent une autorisation de plus à Google.</translation>
    </message>
    <message>
        <source>Allow &amp;labels…</source>
        <translation>Autoriser les &amp;libellés…</translation>
    </message>
    <message>
        <source> MB</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Largest message to copy, in megabytes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Gmail accepts messages up to 50 MB. Larger ones stay on the old server and are listed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Keep checking for new mail every</source>
        <translation>&amp;Continuer à relever le courrier toutes les</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> minutes</translation>
    </message>
    <message>
        <source>Minutes between checks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start Mailferry when I log in</source>
        <translation>Lancer Mailferry à l'ouverture de session</translation>
    </message>
    <message>
        <source>Let Gmail &amp;filter spam (messages go through Gmail's spam and tab sorting)</source>
        <translation>Laisser Gmail &amp;filtrer le spam (les messages passent par le tri du spam et des onglets)</translation>
    </message>
    <message>
        <source>&amp;Put messages:</source>
        <translation>&amp;Placer les messages :</translation>
    </message>
    <message>
        <source>L&amp;abel:</source>
        <translation>L&amp;ibellé :</translation>
    </message>
    <message>
        <source>&amp;Size limit:</source>
        <translation>&amp;Taille maximale :</translation>
    </message>
    <message>
        <source>Waiting for you to allow labels in your browser…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>For example: Old mail</source>
        <translation>Par exemple : Ancien courrier</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Facultatif</translation>
    </message>
</context>
<context>
    <name>mf::ui::ProgressPage</name>
    <message>
        <source>Moving your mail</source>
        <translation>Transfert de votre courrier</translation>
    </message>
    <message>
        <source>You can keep working meanwhile. If you close this window, Mailferry goes on from the tray, or continues where it stopped next time.</source>
        <translation>Vous pouvez continuer à travailler. Si vous fermez cette fenêtre, Mailferry continue depuis la zone de notification, ou reprend là où il s'était arrêté la prochaine fois.</translation>
    </message>
    <message>
        <source>What Mailferry is doing</source>
        <translation>Ce que fait Mailferry</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiés</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ignorés</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échecs</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Restants</translation>
    </message>
    <message>
        <source>Current message</source>
        <translation>Message en cours</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <source>Stop the migration</source>
        <translation>Arrêter le transfert</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Show &amp;failures only</source>
        <translation>N'afficher que les &amp;échecs</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exporter en CSV…</translation>
    </message>
    <message>
        <source>&amp;Retry failed</source>
        <translation>&amp;Réessayer les échecs</translation>
    </message>
    <message>
        <source>Stopping after the messages in progress…</source>
        <translation>Arrêt après les messages en cours…</translation>
    </message>
    <message>
        <source>less than a minute left</source>
        <translation>moins d'une minute restante</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) left</source>
        <translation><numerusform>%n minute restante</numerusform><numerusform>%n minutes restantes</numerusform></translation>
    </message>
    <message>
        <source>%1 h %2 min left</source>
        <translation>%1 h %2 min restantes</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>%1 messages a minute (%2/s)</source>
        <translation>%1 messages par minute (%2/s)</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>En cours : %1</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>There is nothing to export yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>mailferry-log-%1.csv</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export the message log</source>
        <translation>Exporter le journal des messages</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>Fichier CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>L'export a échoué</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n row(s) to %1.</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
</context>
<context>
    <name>mf::ui::ReviewPage</name>
    <message>
        <source>Ready to move your mail</source>
        <translation>Prêt à transférer votre courrier</translation>
    </message>
    <message>
        <source>Check that this is what you want. You can pause or stop at any time; nothing is copied twice.</source>
        <translation>Vérifiez que c'est bien ce que vous voulez. Vous pouvez mettre en pause ou arrêter à tout moment ; rien n'est copié deux fois.</translation>
    </message>
    <message>
        <source>&amp;Try it first without copying (dry run)</source>
        <translation>&amp;Essayer d'abord sans copier (simulation)</translation>
    </message>
    <message>
        <source>Dry run</source>
        <translation>Simulation</translation>
    </message>
    <message>
        <source>&amp;Start moving mail</source>
        <translation>&amp;Lancer le transfert</translation>
    </message>
    <message>
        <source>about a minute</source>
        <translation>environ une minute</translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s)</source>
        <translation><numerusform>environ %n minute</numerusform><numerusform>environ %n minutes</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>about %n hour(s)</source>
        <translation><numerusform>environ %n heure</numerusform><numerusform>environ %n heures</numerusform></translation>
    </message>
    <message>
        <source>about %1 h %2 min</source>
        <translation>environ %1 h %2 min</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;From:&lt;/b&gt; %1 (%2)&lt;br&gt;&lt;b&gt;To:&lt;/b&gt; %3&lt;/p&gt;&lt;p&gt;&lt;b&gt;%4&lt;/b&gt; messages, &lt;b&gt;%5&lt;/b&gt;. At Gmail's pace of about 600 messages a minute this takes &lt;b&gt;%6&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;De :&lt;/b&gt; %1 (%2)&lt;br&gt;&lt;b&gt;Vers :&lt;/b&gt; %3&lt;/p&gt;&lt;p&gt;&lt;b&gt;%4&lt;/b&gt; messages, &lt;b&gt;%5&lt;/b&gt;. Au rythme de Gmail, environ 600 messages par minute, cela prend &lt;b&gt;%6&lt;/b&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Messages arrive in your Gmail inbox as unread, with their original dates.</source>
        <translation>Les messages arrivent non lus dans votre boîte Gmail, avec leur date d'origine.</translation>
    </message>
    <message>
        <source>Messages arrive in your Gmail inbox as read, with their original dates.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Messages are archived under the label "%1", with their original dates.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Each one also gets the label "%1".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Everything stays on your old server.</source>
        <translation>Tout reste sur votre ancien serveur.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Each message is deleted from your old server&lt;/b&gt; once Gmail has it.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Messages are deleted from your old server %n day(s)&lt;/b&gt; after they were copied.</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Messages larger than %1 stay on the server and are listed.</source>
        <translation>Les messages de plus de %1 restent sur le serveur et sont listés.</translation>
    </message>
    <message numerus="yes">
        <source>Afterwards Mailferry checks for new mail every %n minute(s) while it runs.</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Gmail filters the messages for spam as if they had just arrived.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Looking at your mailbox without copying anything…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;Dry run:&lt;/b&gt; %1 messages would be copied (%2), %3 are already in Gmail.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n message(s) are too large and would stay on the server.</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) would be deleted from the old server.</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>This server does not number its messages permanently; Mailferry recognises them by their content instead and will not delete any.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Estimated time: %1.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>mf::ui::SetupWizard</name>
    <message>
        <source>Mailferry</source>
        <translation>Mailferry</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Suivant</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Précédent</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Terminer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>mf::ui::Shell</name>
    <message>
        <source>Mailferry: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mailferry stopped</source>
        <translation>Mailferry s'est arrêté</translation>
    </message>
    <message>
        <source>Some messages could not be copied</source>
        <translation>Certains messages n'ont pas pu être copiés</translation>
    </message>
    <message>
        <source>%1 copied, %2 failed. Open Mailferry to see why.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mail moved to Gmail</source>
        <translation>Courrier transféré dans Gmail</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) copied.</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Mailferry</source>
        <translation>Mailferry</translation>
    </message>
    <message>
        <source>Open Mailferry</source>
        <translation>Ouvrir Mailferry</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Synchroniser maintenant</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
</context>
<context>
    <name>mf::ui::SignInPage</name>
    <message>
        <source>Sign in with Google</source>
        <translation>Se connecter avec Google</translation>
    </message>
    <message>
        <source>Your browser opens on Google's page. Choose the Gmail account that should receive your old mail and allow Mailferry to add messages to it.</source>
        <translation>Votre navigateur s'ouvre sur la page de Google. Choisissez le compte Gmail qui recevra votre ancien courrier et autorisez Mailferry à y ajouter des messages.</translation>
    </message>
    <message>
        <source>Mailferry asks only for permission to &lt;b&gt;add&lt;/b&gt; messages to your Gmail. It cannot read, change or delete anything that is already there.</source>
        <translation>Mailferry demande seulement l'autorisation d'&lt;b&gt;ajouter&lt;/b&gt; des messages à votre Gmail. Il ne peut rien lire, modifier ni supprimer de ce qui s'y trouve déjà.</translation>
    </message>
    <message>
        <source>&amp;Sign in with Google</source>
        <translation>&amp;Se connecter avec Google</translation>
    </message>
    <message>
        <source>Opens Google's sign-in page in your web browser</source>
        <translation>Ouvre la page de connexion de Google dans votre navigateur</translation>
    </message>
    <message>
        <source>Stop &amp;waiting</source>
        <translation>&amp;Arrêter d'attendre</translation>
    </message>
    <message>
        <source>Stop waiting for the browser</source>
        <translation>Arrêter d'attendre le navigateur</translation>
    </message>
    <message>
        <source>Sign-in status</source>
        <translation>État de la connexion</translation>
    </message>
    <message>
        <source>&amp;Use my own Google Cloud client (client_secret.json)…</source>
        <translation>&amp;Utiliser mon propre client Google Cloud (client_secret.json)…</translation>
    </message>
    <message>
        <source>Import a client_secret.json file</source>
        <translation>Importer un fichier client_secret.json</translation>
    </message>
    <message>
        <source>Development mode: Google's address is redirected to %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This copy of Mailferry has no Google client built in. Create a "Desktop app" client in your own Google Cloud project, download its client_secret.json and choose it here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose your client_secret.json</source>
        <translation>Choisissez votre client_secret.json</translation>
    </message>
    <message>
        <source>Google client file (*.json)</source>
        <translation>Fichier client Google (*.json)</translation>
    </message>
    <message>
        <source>Your Google client is ready. Now sign in.</source>
        <translation>Votre client Google est prêt. Connectez-vous maintenant.</translation>
    </message>
    <message>
        <source>Saving your sign-in in the system keychain…</source>
        <translation>Enregistrement de la connexion dans le trousseau…</translation>
    </message>
    <message>
        <source>You did not allow labels, so your mail will go to the Inbox.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Waiting for you to finish in your browser… If it did not open, check your taskbar.</source>
        <translation>En attente de la fin dans votre navigateur… S'il ne s'est pas ouvert, regardez dans la barre des tâches.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Connected:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Connecté :&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&amp;Sign in with another account</source>
        <translation>&amp;Se connecter avec un autre compte</translation>
    </message>
    <message>
        <source>Sign-in was stopped. Press "Sign in with Google" to try again.</source>
        <translation>La connexion a été interrompue. Cliquez sur « Se connecter avec Google » pour réessayer.</translation>
    </message>
    <message>
        <source>Google did not answer in time. If you closed the browser tab, press "Sign in with Google" to start again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>You did not allow Mailferry to add messages to Gmail, so it cannot copy your mail. Press "Sign in with Google" and choose "Allow" to try again.</source>
        <translation>Vous n'avez pas autorisé Mailferry à ajouter des messages à Gmail : il ne peut donc pas copier votre courrier. Cliquez sur « Se connecter avec Google » et choisissez « Autoriser ».</translation>
    </message>
    <message>
        <source>The box "Add emails into your Gmail mailbox" was not ticked on Google's page. Mailferry needs it to copy your mail. Sign in again and tick it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The Google client file could not be used.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signing in did not work. Check your internet connection and try again.</source>
        <translation>La connexion a échoué. Vérifiez votre connexion Internet et réessayez.</translation>
    </message>
</context>
<context>
    <name>mf::ui::WelcomePage</name>
    <message>
        <source>Move your old mail into Gmail</source>
        <translation>Transférez vos anciens e-mails dans Gmail</translation>
    </message>
    <message>
        <source>Mailferry copies every message from your old mailbox into your Gmail account, and keeps doing it for new mail if you wish.</source>
        <translation>Mailferry copie chaque message de votre ancienne boîte dans votre compte Gmail, et continue pour le nouveau courrier si vous le souhaitez.</translation>
    </message>
    <message>
        <source>You will sign in with Google, tell Mailferry where your old mail is, and choose what happens to it once it is safely in Gmail. Nothing is deleted unless you ask for it.</source>
        <translation>Vous vous connectez à Google, indiquez à Mailferry où se trouve votre ancien courrier, puis choisissez ce qu'il devient une fois en sécurité dans Gmail. Rien n'est supprimé sans votre accord.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your privacy&lt;/b&gt;&lt;ul&gt;&lt;li&gt;Mailferry asks Google only for permission to &lt;i&gt;add&lt;/i&gt; messages. It can never read, change or delete the mail already in your Gmail.&lt;/li&gt;&lt;li&gt;Your passwords are kept in your computer's own password store (the system keychain), never in a file.&lt;/li&gt;&lt;li&gt;Your mail goes straight from your old mailbox to Google. No one else sees it.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;b&gt;Votre vie privée&lt;/b&gt;&lt;ul&gt;&lt;li&gt;Mailferry demande à Google uniquement l'autorisation d'&lt;i&gt;ajouter&lt;/i&gt; des messages. Il ne peut jamais lire, modifier ni supprimer le courrier déjà présent dans Gmail.&lt;/li&gt;&lt;li&gt;Vos mots de passe sont conservés dans le trousseau de votre ordinateur, jamais dans un fichier.&lt;/li&gt;&lt;li&gt;Votre courrier va directement de votre ancienne boîte à Google. Personne d'autre ne le voit.&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
</context>
</TS>