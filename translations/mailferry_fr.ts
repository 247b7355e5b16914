<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>main</name>
    <message>
        <source>Start quietly in the tray (used when starting at login): no window opens, and continuous sync starts for the mailboxes that have it.</source>
        <translation type="unfinished">Démarrer discrètement dans la zone de notification (utilisé au lancement à l&apos;ouverture de session) : aucune fenêtre ne s&apos;ouvre, et la synchronisation continue démarre pour les boîtes qui l&apos;utilisent.</translation>
    </message>
</context>
<context>
    <name>mf::Error</name>
    <message>
        <source>Stopped.</source>
        <translation type="unfinished">Arrêté.</translation>
    </message>
</context>
<context>
    <name>mf::discovery::ServerDiscovery</name>
    <message>
        <source>%1 does not offer POP3, so Mailferry cannot fetch mail from it. Google&apos;s own tools can move it instead (search for &quot;Gmail import mail&quot;).</source>
        <translation type="unfinished">%1 ne propose pas POP3 : Mailferry ne peut donc pas y relever le courrier. Les outils de Google peuvent le transférer à la place (cherchez « Gmail importer des e-mails »).</translation>
    </message>
    <message>
        <source>These are the settings %1 publishes.</source>
        <translation type="unfinished">Voici les réglages publiés par %1.</translation>
    </message>
    <message>
        <source>This does not look like an email address yet.</source>
        <translation type="unfinished">Cela ne ressemble pas encore à une adresse e-mail.</translation>
    </message>
    <message>
        <source>These settings are published by %1 itself.</source>
        <translation type="unfinished">Ces réglages sont publiés par %1 lui-même.</translation>
    </message>
    <message>
        <source>Your domain&apos;s mail is handled by %1; these are its settings.</source>
        <translation type="unfinished">Le courrier de votre domaine est géré par %1 ; voici ses réglages.</translation>
    </message>
    <message>
        <source>Mailferry could not find the settings for %1. Your provider&apos;s help pages list them as &quot;POP3 server&quot; or &quot;incoming mail server&quot;.</source>
        <translation type="unfinished">Mailferry n&apos;a pas trouvé les réglages pour %1. Les pages d&apos;aide de votre fournisseur les indiquent sous « serveur POP3 » ou « serveur de courrier entrant ».</translation>
    </message>
    <message>
        <source>This is a likely guess; &quot;Test connection&quot; will tell whether it works.</source>
        <translation type="unfinished">C&apos;est une supposition probable ; « Tester la connexion » dira si elle fonctionne.</translation>
    </message>
</context>
<context>
    <name>mf::google::ClientConfig</name>
    <message>
        <source>Mailferry could not open the Google client file. Choose the client_secret.json you downloaded from Google Cloud Console.</source>
        <translation type="unfinished">Mailferry n&apos;a pas pu ouvrir le fichier client Google. Choisissez le fichier client_secret.json téléchargé depuis la Google Cloud Console.</translation>
    </message>
    <message>
        <source>This file is not a Google client file (client_secret.json).</source>
        <translation type="unfinished">Ce fichier n&apos;est pas un fichier client Google (client_secret.json).</translation>
    </message>
    <message>
        <source>This client is for a web application. In Google Cloud Console, create an OAuth client of type &quot;Desktop app&quot; and download its file.</source>
        <translation type="unfinished">Ce client est destiné à une application Web. Dans la Google Cloud Console, créez un client OAuth de type « Application de bureau » et téléchargez son fichier.</translation>
    </message>
    <message>
        <source>The Google client file has no client id. Download it again from Google Cloud Console.</source>
        <translation type="unfinished">Le fichier client Google ne contient pas d&apos;identifiant client. Téléchargez-le à nouveau depuis la Google Cloud Console.</translation>
    </message>
</context>
<context>
    <name>mf::google::GmailClient</name>
    <message>
        <source>Mailferry could not make a secure connection to Gmail. Check the computer&apos;s date and any security software, then try again.</source>
        <translation type="unfinished">Mailferry n&apos;a pas pu établir de connexion sécurisée avec Gmail. Vérifiez la date de l&apos;ordinateur et votre logiciel de sécurité, puis réessayez.</translation>
    </message>
    <message>
        <source>Mailferry cannot reach Gmail. Check your internet connection; it will try again.</source>
        <translation type="unfinished">Mailferry ne parvient pas à joindre Gmail. Vérifiez votre connexion Internet ; il réessaiera.</translation>
    </message>
    <message>
        <source>Gmail stopped answering. Mailferry will try again.</source>
        <translation type="unfinished">Gmail ne répond plus. Mailferry va réessayer.</translation>
    </message>
    <message>
        <source>The connection to Gmail was lost. Mailferry will try again.</source>
        <translation type="unfinished">La connexion à Gmail a été perdue. Mailferry va réessayer.</translation>
    </message>
    <message>
        <source>Gmail&apos;s daily limit for this account has been reached. Mailferry will go on later; nothing is lost.</source>
        <translation type="unfinished">La limite quotidienne de Gmail pour ce compte est atteinte. Mailferry continuera plus tard ; rien n&apos;est perdu.</translation>
    </message>
    <message>
        <source>Gmail asked Mailferry to slow down. It will go on by itself shortly.</source>
        <translation type="unfinished">Gmail a demandé à Mailferry de ralentir. Il reprendra tout seul dans un instant.</translation>
    </message>
    <message>
        <source>Gmail is busy or having trouble right now. Mailferry will try again.</source>
        <translation type="unfinished">Gmail est occupé ou rencontre des difficultés en ce moment. Mailferry va réessayer.</translation>
    </message>
    <message>
        <source>Gmail no longer accepts Mailferry&apos;s sign-in. Sign in with Google again.</source>
        <translation type="unfinished">Gmail n&apos;accepte plus la connexion de Mailferry. Reconnectez-vous avec Google.</translation>
    </message>
    <message>
        <source>Gmail refused Mailferry permission to add messages to this account. Sign in again and leave every permission Mailferry asks for ticked.</source>
        <translation type="unfinished">Gmail a refusé à Mailferry l&apos;autorisation d&apos;ajouter des messages à ce compte. Reconnectez-vous et laissez cochées toutes les autorisations demandées par Mailferry.</translation>
    </message>
    <message>
        <source>This message is too large for Gmail (the limit is 50 MB). It stays on the old server.</source>
        <translation type="unfinished">Ce message est trop volumineux pour Gmail (la limite est de 50 Mo). Il reste sur l&apos;ancien serveur.</translation>
    </message>
    <message>
        <source>Gmail lost track of an upload. Mailferry will try again.</source>
        <translation type="unfinished">Gmail a perdu la trace d&apos;un envoi. Mailferry va réessayer.</translation>
    </message>
    <message>
        <source>Gmail did not accept this message (it may be damaged or malformed). It stays on the old server.</source>
        <translation type="unfinished">Gmail n&apos;a pas accepté ce message (il est peut-être endommagé ou mal formé). Il reste sur l&apos;ancien serveur.</translation>
    </message>
    <message>
        <source>Gmail&apos;s answer could not be understood. Mailferry will try again.</source>
        <translation type="unfinished">La réponse de Gmail n&apos;a pas pu être comprise. Mailferry va réessayer.</translation>
    </message>
    <message>
        <source>Gmail could not create the label. Mailferry will try again.</source>
        <translation type="unfinished">Gmail n&apos;a pas pu créer le libellé. Mailferry va réessayer.</translation>
    </message>
    <message>
        <source>Gmail refused Mailferry permission to manage labels. Sign in again and allow labels, or choose not to use a label.</source>
        <translation type="unfinished">Gmail a refusé à Mailferry l&apos;autorisation de gérer les libellés. Reconnectez-vous et autorisez les libellés, ou choisissez de ne pas utiliser de libellé.</translation>
    </message>
</context>
<context>
    <name>mf::google::GoogleSignIn</name>
    <message>
        <source>Mailferry has no Google client set up. Import the client_secret.json file of your Google Cloud project first.</source>
        <translation type="unfinished">Aucun client Google n&apos;est configuré dans Mailferry. Importez d&apos;abord le fichier client_secret.json de votre projet Google Cloud.</translation>
    </message>
    <message>
        <source>Mailferry could not prepare the sign-in on this computer. Check that no security software blocks local connections, then try again.</source>
        <translation type="unfinished">Mailferry n&apos;a pas pu préparer la connexion sur cet ordinateur. Vérifiez qu&apos;aucun logiciel de sécurité ne bloque les connexions locales, puis réessayez.</translation>
    </message>
    <message>
        <source>The sign-in took too long. Click &quot;Sign in with Google&quot; to try again.</source>
        <translation type="unfinished">La connexion a pris trop de temps. Cliquez sur « Se connecter avec Google » pour réessayer.</translation>
    </message>
    <message>
        <source>Sign-in cancelled.</source>
        <translation type="unfinished">Connexion annulée.</translation>
    </message>
    <message>
        <source>The answer from the browser did not belong to this sign-in, so Mailferry ignored it. Please try signing in again.</source>
        <translation type="unfinished">La réponse du navigateur ne correspondait pas à cette connexion : Mailferry l&apos;a donc ignorée. Veuillez vous reconnecter.</translation>
    </message>
    <message>
        <source>You did not allow Mailferry to add mail to Gmail. Mailferry cannot copy your messages without that permission. Sign in again when you are ready.</source>
        <translation type="unfinished">Vous n&apos;avez pas autorisé Mailferry à ajouter du courrier à Gmail. Sans cette autorisation, Mailferry ne peut pas copier vos messages. Reconnectez-vous quand vous serez prêt.</translation>
    </message>
    <message>
        <source>Google did not complete the sign-in. Please try again.</source>
        <translation type="unfinished">Google n&apos;a pas terminé la connexion. Veuillez réessayer.</translation>
    </message>
    <message>
        <source>Mailferry could not reach Google to finish the sign-in. Check your internet connection and try again.</source>
        <translation type="unfinished">Mailferry n&apos;a pas pu joindre Google pour terminer la connexion. Vérifiez votre connexion Internet et réessayez.</translation>
    </message>
    <message>
        <source>Google does not recognise Mailferry&apos;s client. Import the client_secret.json of your Google Cloud project again.</source>
        <translation type="unfinished">Google ne reconnaît pas le client de Mailferry. Importez à nouveau le fichier client_secret.json de votre projet Google Cloud.</translation>
    </message>
    <message>
        <source>Google did not accept the sign-in. Please try again.</source>
        <translation type="unfinished">Google n&apos;a pas accepté la connexion. Veuillez réessayer.</translation>
    </message>
    <message>
        <source>You signed in, but did not tick &quot;Add emails into your Gmail mailbox&quot;. Mailferry needs that permission to copy your mail. Sign in again and leave that box ticked.</source>
        <translation type="unfinished">Vous vous êtes connecté, mais sans cocher la case permettant d&apos;ajouter des e-mails à votre boîte Gmail (« Add emails into your Gmail mailbox »). Mailferry a besoin de cette autorisation pour copier votre courrier. Reconnectez-vous en laissant cette case cochée.</translation>
    </message>
    <message>
        <source>Google&apos;s answer to the sign-in was incomplete. Please try again.</source>
        <translation type="unfinished">La réponse de Google à la connexion était incomplète. Veuillez réessayer.</translation>
    </message>
    <message>
        <source>You are signed in</source>
        <translation type="unfinished">Vous êtes connecté</translation>
    </message>
    <message>
        <source>Mailferry is now connected to %1.</source>
        <translation type="unfinished">Mailferry est maintenant connecté à %1.</translation>
    </message>
    <message>
        <source>Sign-in not completed</source>
        <translation type="unfinished">Connexion non terminée</translation>
    </message>
</context>
<context>
    <name>mf::google::LoopbackReceiver</name>
    <message>
        <source>Not here</source>
        <translation type="unfinished">Pas ici</translation>
    </message>
    <message>
        <source>This address only receives Mailferry&apos;s sign-in.</source>
        <translation type="unfinished">Cette adresse ne reçoit que la connexion de Mailferry.</translation>
    </message>
    <message>
        <source>You can close this tab and return to Mailferry.</source>
        <translation type="unfinished">Vous pouvez fermer cet onglet et revenir à Mailferry.</translation>
    </message>
</context>
<context>
    <name>mf::google::TokenManager</name>
    <message>
        <source>Google no longer accepts Mailferry&apos;s sign-in for this account (it expired or was withdrawn). Sign in with Google again to continue.</source>
        <translation type="unfinished">Google n&apos;accepte plus la connexion de Mailferry pour ce compte (elle a expiré ou a été révoquée). Reconnectez-vous avec Google pour continuer.</translation>
    </message>
    <message>
        <source>Google does not recognise Mailferry&apos;s client any more. Import the client_secret.json of your Google Cloud project again, then sign in.</source>
        <translation type="unfinished">Google ne reconnaît plus le client de Mailferry. Importez à nouveau le fichier client_secret.json de votre projet Google Cloud, puis connectez-vous.</translation>
    </message>
    <message>
        <source>Mailferry could not reach Google to renew its access. It will try again.</source>
        <translation type="unfinished">Mailferry n&apos;a pas pu joindre Google pour renouveler son accès. Il va réessayer.</translation>
    </message>
    <message>
        <source>Mailferry could not reach Google to withdraw its access. You can also remove it in your Google Account under Security, Third-party access.</source>
        <translation type="unfinished">Mailferry n&apos;a pas pu joindre Google pour retirer son accès. Vous pouvez aussi le supprimer dans votre compte Google, rubrique Sécurité, accès des applications tierces.</translation>
    </message>
</context>
<context>
    <name>mf::migration</name>
    <message>
        <source>Ready</source>
        <translation type="unfinished">Prêt</translation>
    </message>
    <message>
        <source>Connecting to your old mailbox…</source>
        <translation type="unfinished">Connexion à votre ancienne boîte…</translation>
    </message>
    <message>
        <source>Working out what is left to copy…</source>
        <translation type="unfinished">Calcul de ce qu&apos;il reste à copier…</translation>
    </message>
    <message>
        <source>Copying messages into Gmail</source>
        <translation type="unfinished">Copie des messages dans Gmail</translation>
    </message>
    <message>
        <source>Pausing after the messages in progress…</source>
        <translation type="unfinished">Pause après les messages en cours…</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished">En pause</translation>
    </message>
    <message>
        <source>Waiting for the next check</source>
        <translation type="unfinished">En attente de la prochaine vérification</translation>
    </message>
    <message>
        <source>Finishing up…</source>
        <translation type="unfinished">Finalisation…</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished">Terminé</translation>
    </message>
    <message>
        <source>Stopped because of a problem</source>
        <translation type="unfinished">Arrêté à cause d&apos;un problème</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished">Annulé</translation>
    </message>
</context>
<context>
    <name>mf::mail::DateRescue</name>
    <message>
        <source>The Date header could not be read and no server recorded when it received the message; Gmail will show the time of the import as its date.</source>
        <translation type="unfinished">La date du message (en-tête Date) était illisible et aucun serveur n&apos;a noté quand il l&apos;a reçu ; Gmail affichera l&apos;heure de l&apos;import comme date.</translation>
    </message>
    <message>
        <source>The Date header was missing and no server recorded when it received the message; Gmail will show the time of the import as its date.</source>
        <translation type="unfinished">Le message n&apos;avait pas de date (en-tête Date) et aucun serveur n&apos;a noté quand il l&apos;a reçu ; Gmail affichera l&apos;heure de l&apos;import comme date.</translation>
    </message>
    <message>
        <source>The Date header could not be read; used the date the server received it (%1). The original is kept as X-Original-Date.</source>
        <translation type="unfinished">La date du message (en-tête Date) était illisible ; la date de réception par le serveur (%1) a été utilisée. L&apos;original est conservé dans X-Original-Date.</translation>
    </message>
    <message>
        <source>The Date header was missing; used the date the server received it (%1).</source>
        <translation type="unfinished">Le message n&apos;avait pas de date (en-tête Date) ; la date de réception par le serveur (%1) a été utilisée.</translation>
    </message>
</context>
<context>
    <name>mf::migration::MigrationEngine</name>
    <message>
        <source>Stopping after the messages in progress…</source>
        <translation type="unfinished">Arrêt après les messages en cours…</translation>
    </message>
    <message>
        <source>The message is %1 MB, over the %2 MB limit. It was left on the server.</source>
        <translation type="unfinished">Le message fait %1 Mo, au-delà de la limite de %2 Mo. Il a été laissé sur le serveur.</translation>
    </message>
    <message>
        <source>The message is empty. It was left on the server.</source>
        <translation type="unfinished">Le message est vide. Il a été laissé sur le serveur.</translation>
    </message>
    <message>
        <source>The message has no readable headers, so Gmail would refuse it. It was left on the server.</source>
        <translation type="unfinished">Le message n&apos;a pas d&apos;en-têtes lisibles, Gmail le refuserait donc. Il a été laissé sur le serveur.</translation>
    </message>
    <message>
        <source>Already copied to Gmail under another server id; not copied again.</source>
        <translation type="unfinished">Déjà copié dans Gmail sous un autre identifiant de serveur ; pas copié une seconde fois.</translation>
    </message>
    <message>
        <source>Mailferry stopped while this message was being uploaded, so it was uploaded again; Gmail may show it twice.</source>
        <translation type="unfinished">Mailferry s&apos;est arrêté pendant l&apos;envoi de ce message : il a donc été envoyé à nouveau ; Gmail l&apos;affichera peut-être deux fois.</translation>
    </message>
    <message>
        <source>Removed from the old server after Gmail confirmed the copy.</source>
        <translation type="unfinished">Supprimé de l&apos;ancien serveur après confirmation de la copie par Gmail.</translation>
    </message>
    <message>
        <source>The connection to the mail server was lost.</source>
        <translation type="unfinished">La connexion au serveur de courrier a été perdue.</translation>
    </message>
    <message>
        <source>Next check in %1 minutes</source>
        <translation type="unfinished">Prochaine vérification dans %1 minutes</translation>
    </message>
    <message>
        <source>%1 Trying again in %2 seconds.</source>
        <translation type="unfinished">%1 Nouvel essai dans %2 secondes.</translation>
    </message>
    <message>
        <source>Interrupted.</source>
        <translation type="unfinished">Interrompu.</translation>
    </message>
    <message>
        <source>The connection to Gmail broke during the upload and it was sent again; Gmail may show it twice.</source>
        <translation type="unfinished">La connexion à Gmail a été coupée pendant l&apos;envoi et le message a été renvoyé ; il apparaîtra peut-être deux fois dans Gmail.</translation>
    </message>
</context>
<context>
    <name>mf::mail::ReportMail</name>
    <message numerus="yes">
        <source>Mailferry: %n message(s) from %1 could not be copied</source>
        <translation type="unfinished">
            <numerusform>Mailferry : %n message de %1 n&apos;a pas pu être copié</numerusform>
            <numerusform>Mailferry : %n messages de %1 n&apos;ont pas pu être copiés</numerusform>
        </translation>
    </message>
    <message>
        <source>Mailferry finished copying mail from %1 into this Gmail account.</source>
        <translation type="unfinished">Mailferry a fini de copier le courrier de %1 dans ce compte Gmail.</translation>
    </message>
    <message>
        <source>Copied: %1</source>
        <translation type="unfinished">Copiés : %1</translation>
    </message>
    <message>
        <source>Skipped (already in Gmail, or too large): %1</source>
        <translation type="unfinished">Ignorés (déjà dans Gmail ou trop volumineux) : %1</translation>
    </message>
    <message>
        <source>Could not be copied: %1</source>
        <translation type="unfinished">Non copiés : %1</translation>
    </message>
    <message>
        <source>Removed from the old server after copying: %1</source>
        <translation type="unfinished">Supprimés de l&apos;ancien serveur après la copie : %1</translation>
    </message>
    <message>
        <source>Uploaded again after an interruption (may appear twice): %1</source>
        <translation type="unfinished">Envoyés à nouveau après une interruption (peuvent apparaître deux fois) : %1</translation>
    </message>
    <message>
        <source>The messages that could not be copied are still on the old server; nothing was deleted. The attached file lists each one with the reason. In Mailferry, &quot;Retry failed&quot; tries exactly these messages again.</source>
        <translation type="unfinished">Les messages qui n&apos;ont pas pu être copiés sont toujours sur l&apos;ancien serveur ; rien n&apos;a été supprimé. Le fichier joint les liste un par un avec la raison. Dans Mailferry, « Réessayer les échecs » retente exactement ces messages.</translation>
    </message>
</context>
<context>
    <name>mf::pop3::CertificateInfo</name>
    <message>
        <source>The certificate is self-signed: no known authority vouches for it.</source>
        <translation type="unfinished">Le certificat est auto-signé : aucune autorité connue ne s&apos;en porte garante.</translation>
    </message>
    <message>
        <source>The certificate was issued by an authority this computer does not know.</source>
        <translation type="unfinished">Le certificat a été délivré par une autorité que cet ordinateur ne connaît pas.</translation>
    </message>
    <message>
        <source>The certificate has expired.</source>
        <translation type="unfinished">Le certificat a expiré.</translation>
    </message>
    <message>
        <source>The certificate is not valid yet (check this computer&apos;s date).</source>
        <translation type="unfinished">Le certificat n&apos;est pas encore valide (vérifiez la date de cet ordinateur).</translation>
    </message>
    <message>
        <source>The certificate belongs to a different server name.</source>
        <translation type="unfinished">Le certificat appartient à un autre nom de serveur.</translation>
    </message>
    <message>
        <source>The certificate has been revoked.</source>
        <translation type="unfinished">Le certificat a été révoqué.</translation>
    </message>
    <message>
        <source>Issued to: %1</source>
        <translation type="unfinished">Délivré à : %1</translation>
    </message>
    <message>
        <source>Issued by: %1</source>
        <translation type="unfinished">Délivré par : %1</translation>
    </message>
    <message>
        <source>Valid from %1 to %2</source>
        <translation type="unfinished">Valide du %1 au %2</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint: %1</source>
        <translation type="unfinished">Empreinte SHA-256 : %1</translation>
    </message>
</context>
<context>
    <name>mf::pop3::Pop3Client</name>
    <message>
        <source>The server %1 did not complete an encrypted (SSL/TLS) connection within %2 seconds. Check the port and security settings: SSL/TLS usually uses port 995.</source>
        <translation type="unfinished">Le serveur %1 n&apos;a pas établi de connexion chiffrée (SSL/TLS) en %2 secondes. Vérifiez le port et la sécurité : SSL/TLS utilise généralement le port 995.</translation>
    </message>
    <message>
        <source>Mailferry could not reach the server %1 within %2 seconds. Check the server name, the port and your internet connection.</source>
        <translation type="unfinished">Mailferry n&apos;a pas pu joindre le serveur %1 en %2 secondes. Vérifiez le nom du serveur, le port et votre connexion Internet.</translation>
    </message>
    <message>
        <source>The server %1 accepted the connection but did not greet Mailferry within %2 seconds. It may be overloaded; try again later.</source>
        <translation type="unfinished">Le serveur %1 a accepté la connexion mais n&apos;a pas salué Mailferry en %2 secondes. Il est peut-être surchargé ; réessayez plus tard.</translation>
    </message>
    <message>
        <source>The server %1 did not greet Mailferry within %2 seconds. This port probably expects an encrypted connection: choose SSL/TLS (usually port 995).</source>
        <translation type="unfinished">Le serveur %1 n&apos;a pas salué Mailferry en %2 secondes. Ce port attend probablement une connexion chiffrée : choisissez SSL/TLS (généralement le port 995).</translation>
    </message>
    <message>
        <source>The server %1 stopped answering. Mailferry will reconnect and continue.</source>
        <translation type="unfinished">Le serveur %1 ne répond plus. Mailferry va se reconnecter et continuer.</translation>
    </message>
    <message>
        <source>Already connected.</source>
        <translation type="unfinished">Déjà connecté.</translation>
    </message>
    <message>
        <source>The connection to %1 would not be encrypted, so Mailferry did not send your password. Choose SSL/TLS or STARTTLS, or allow an unencrypted connection explicitly if you trust this network.</source>
        <translation type="unfinished">La connexion à %1 ne serait pas chiffrée : Mailferry n&apos;a donc pas envoyé votre mot de passe. Choisissez SSL/TLS ou STARTTLS, ou autorisez explicitement une connexion non chiffrée si vous faites confiance à ce réseau.</translation>
    </message>
    <message>
        <source>This looks like an IMAP server, not POP3.</source>
        <translation type="unfinished">Cela ressemble à un serveur IMAP, pas POP3.</translation>
    </message>
    <message>
        <source>This looks like a mail sending (SMTP) server, not POP3.</source>
        <translation type="unfinished">Cela ressemble à un serveur d&apos;envoi de courrier (SMTP), pas POP3.</translation>
    </message>
    <message>
        <source>The server %1 does not answer like a POP3 mail server. %2 Check the server name and port (995 for SSL/TLS, 110 for STARTTLS).</source>
        <translation type="unfinished">Le serveur %1 ne répond pas comme un serveur de courrier POP3. %2 Vérifiez le nom du serveur et le port (995 pour SSL/TLS, 110 pour STARTTLS).</translation>
    </message>
    <message>
        <source>The server %1 does not offer encryption (STARTTLS) on this port. Choose SSL/TLS (usually port 995) instead.</source>
        <translation type="unfinished">Le serveur %1 ne propose pas de chiffrement (STARTTLS) sur ce port. Choisissez plutôt SSL/TLS (généralement le port 995).</translation>
    </message>
    <message>
        <source>The server %1 sent unexpected data while starting encryption, so Mailferry stopped for your safety. Choose SSL/TLS (usually port 995) instead.</source>
        <translation type="unfinished">Le serveur %1 a envoyé des données inattendues au démarrage du chiffrement : Mailferry s&apos;est donc arrêté pour votre sécurité. Choisissez plutôt SSL/TLS (généralement le port 995).</translation>
    </message>
    <message>
        <source>The connection to %1 is not encrypted, so Mailferry did not send your password.</source>
        <translation type="unfinished">La connexion à %1 n&apos;est pas chiffrée : Mailferry n&apos;a donc pas envoyé votre mot de passe.</translation>
    </message>
    <message>
        <source>The server %1 does not support APOP. Choose another sign-in method.</source>
        <translation type="unfinished">Le serveur %1 ne prend pas en charge APOP. Choisissez une autre méthode de connexion.</translation>
    </message>
    <message>
        <source>The server %1 expects an encrypted connection on this port. Choose SSL/TLS (usually port 995).</source>
        <translation type="unfinished">Le serveur %1 attend une connexion chiffrée sur ce port. Choisissez SSL/TLS (généralement le port 995).</translation>
    </message>
    <message>
        <source>The server %1 sent data Mailferry did not ask for. Mailferry will reconnect.</source>
        <translation type="unfinished">Le serveur %1 a envoyé des données que Mailferry n&apos;avait pas demandées. Mailferry va se reconnecter.</translation>
    </message>
    <message>
        <source>The server %1 sent an answer Mailferry cannot read. Mailferry will reconnect.</source>
        <translation type="unfinished">Le serveur %1 a envoyé une réponse que Mailferry ne sait pas lire. Mailferry va se reconnecter.</translation>
    </message>
    <message>
        <source>The server %1 does not answer like a POP3 mail server. %2</source>
        <translation type="unfinished">Le serveur %1 ne répond pas comme un serveur de courrier POP3. %2</translation>
    </message>
    <message>
        <source>Check the server name and port.</source>
        <translation type="unfinished">Vérifiez le nom du serveur et le port.</translation>
    </message>
    <message>
        <source>Mailferry will reconnect.</source>
        <translation type="unfinished">Mailferry va se reconnecter.</translation>
    </message>
    <message>
        <source>The connection to the mail server %1 was lost. Mailferry will reconnect and continue; nothing was deleted.</source>
        <translation type="unfinished">La connexion au serveur de courrier %1 a été perdue. Mailferry va se reconnecter et continuer ; rien n&apos;a été supprimé.</translation>
    </message>
    <message>
        <source>Mailferry is not connected to the mail server %1.</source>
        <translation type="unfinished">Mailferry n&apos;est pas connecté au serveur de courrier %1.</translation>
    </message>
    <message>
        <source>The server %1 refused the connection. Check the server name and port: SSL/TLS usually uses port 995, STARTTLS port 110.</source>
        <translation type="unfinished">Le serveur %1 a refusé la connexion. Vérifiez le nom du serveur et le port : SSL/TLS utilise généralement le port 995, STARTTLS le port 110.</translation>
    </message>
    <message>
        <source>The server name %1 was not found. Check its spelling and your internet connection.</source>
        <translation type="unfinished">Le nom de serveur %1 est introuvable. Vérifiez son orthographe et votre connexion Internet.</translation>
    </message>
    <message>
        <source>The identity of the server %1 could not be verified. %2 If you are sure this is your provider&apos;s server, you can choose to trust its certificate.</source>
        <translation type="unfinished">L&apos;identité du serveur %1 n&apos;a pas pu être vérifiée. %2 Si vous êtes sûr qu&apos;il s&apos;agit du serveur de votre fournisseur, vous pouvez choisir de faire confiance à son certificat.</translation>
    </message>
    <message>
        <source>Mailferry could not set up an encrypted connection with %1. This port may not use SSL/TLS: try STARTTLS on port 110, or SSL/TLS on port 995.</source>
        <translation type="unfinished">Mailferry n&apos;a pas pu établir de connexion chiffrée avec %1. Ce port n&apos;utilise peut-être pas SSL/TLS : essayez STARTTLS sur le port 110, ou SSL/TLS sur le port 995.</translation>
    </message>
    <message>
        <source>The server %1 did not answer in time. Mailferry will try again.</source>
        <translation type="unfinished">Le serveur %1 n&apos;a pas répondu à temps. Mailferry va réessayer.</translation>
    </message>
    <message>
        <source>The server %1 closed the connection before greeting Mailferry. Check the port and security settings, or try again later.</source>
        <translation type="unfinished">Le serveur %1 a fermé la connexion avant de saluer Mailferry. Vérifiez le port et la sécurité, ou réessayez plus tard.</translation>
    </message>
    <message>
        <source>A network error interrupted the connection to %1. Mailferry will try again.</source>
        <translation type="unfinished">Une erreur réseau a interrompu la connexion à %1. Mailferry va réessayer.</translation>
    </message>
    <message>
        <source>The password was not accepted. Check it, or ask your provider whether the mailbox needs an app password.</source>
        <translation type="unfinished">Le mot de passe n&apos;a pas été accepté. Vérifiez-le, ou demandez à votre fournisseur si la boîte a besoin d&apos;un mot de passe d&apos;application.</translation>
    </message>
    <message>
        <source>The mailbox is in use by another program (or a session that ended recently). Mailferry will try again in about 10 minutes; close other mail programs meanwhile.</source>
        <translation type="unfinished">La boîte est utilisée par un autre programme (ou par une session terminée récemment). Mailferry réessaiera dans environ 10 minutes ; fermez les autres logiciels de messagerie en attendant.</translation>
    </message>
    <message numerus="yes">
        <source>The provider allows only a limited number of logins. Mailferry will try again in %n minute(s).</source>
        <translation type="unfinished">
            <numerusform>Le fournisseur n&apos;autorise qu&apos;un nombre limité de connexions. Mailferry réessaiera dans %n minute.</numerusform>
            <numerusform>Le fournisseur n&apos;autorise qu&apos;un nombre limité de connexions. Mailferry réessaiera dans %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>The mail server has a temporary problem. Mailferry will try again later.</source>
        <translation type="unfinished">Le serveur de courrier a un problème temporaire. Mailferry réessaiera plus tard.</translation>
    </message>
    <message>
        <source>The mail server reported a permanent problem with this mailbox. Contact your provider; its message was: %1</source>
        <translation type="unfinished">Le serveur de courrier signale un problème permanent avec cette boîte. Contactez votre fournisseur ; son message était : %1</translation>
    </message>
    <message>
        <source>The server %1 does not give messages a permanent identity (UIDL). Mailferry can copy the mail but cannot safely delete it from the server.</source>
        <translation type="unfinished">Le serveur %1 ne donne pas d&apos;identité permanente aux messages (UIDL). Mailferry peut copier le courrier mais ne peut pas le supprimer du serveur en toute sécurité.</translation>
    </message>
    <message>
        <source>The message is no longer on the server.</source>
        <translation type="unfinished">Le message n&apos;est plus sur le serveur.</translation>
    </message>
    <message>
        <source>The server could not provide this message; it stays on the server.</source>
        <translation type="unfinished">Le serveur n&apos;a pas pu fournir ce message ; il reste sur le serveur.</translation>
    </message>
    <message>
        <source>The server did not finish the session properly, so messages marked for deletion may still be there. Mailferry will delete them on a later run.</source>
        <translation type="unfinished">Le serveur n&apos;a pas terminé la session correctement : les messages marqués pour suppression sont peut-être toujours là. Mailferry les supprimera lors d&apos;un prochain passage.</translation>
    </message>
    <message>
        <source>The server %1 refused the connection for now. Mailferry will try again later.</source>
        <translation type="unfinished">Le serveur %1 refuse la connexion pour le moment. Mailferry réessaiera plus tard.</translation>
    </message>
    <message>
        <source>The mail server refused a command. Mailferry will reconnect and try again.</source>
        <translation type="unfinished">Le serveur de courrier a refusé une commande. Mailferry va se reconnecter et réessayer.</translation>
    </message>
</context>
<context>
    <name>mf::secrets::KeychainCredentialStore</name>
    <message>
        <source>Mailferry has no saved password or sign-in for this account. Enter it again.</source>
        <translation type="unfinished">Mailferry n&apos;a ni mot de passe ni connexion enregistrés pour ce compte. Saisissez-le à nouveau.</translation>
    </message>
    <message>
        <source>Mailferry was not allowed to use the system keychain. Allow access when your computer asks, then try again.</source>
        <translation type="unfinished">Mailferry n&apos;a pas été autorisé à utiliser le trousseau du système. Autorisez l&apos;accès quand votre ordinateur le demande, puis réessayez.</translation>
    </message>
    <message>
        <source>Mailferry could not reach the system keychain, where it keeps passwords safely. You can keep them in memory for this session only, or unlock your keychain and try again.</source>
        <translation type="unfinished">Mailferry n&apos;a pas pu accéder au trousseau du système, où il conserve les mots de passe en sécurité. Vous pouvez les garder en mémoire pour cette session seulement, ou déverrouiller votre trousseau et réessayer.</translation>
    </message>
</context>
<context>
    <name>mf::secrets::MemoryCredentialStore</name>
    <message>
        <source>Mailferry has no saved password or sign-in for this account. Enter it again.</source>
        <translation type="unfinished">Mailferry n&apos;a ni mot de passe ni connexion enregistrés pour ce compte. Saisissez-le à nouveau.</translation>
    </message>
</context>
<context>
    <name>mf::store::CsvExporter</name>
    <message>
        <source>Time</source>
        <translation type="unfinished">Heure</translation>
    </message>
    <message>
        <source>Source account</source>
        <translation type="unfinished">Compte source</translation>
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
        <translation type="unfinished">Objet</translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished">De</translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished">Date</translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished">Taille</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished">Résultat</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished">Raison</translation>
    </message>
    <message>
        <source>Gmail message id</source>
        <translation type="unfinished">Identifiant du message Gmail</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished">Tentatives</translation>
    </message>
    <message>
        <source>Error code</source>
        <translation type="unfinished">Code d&apos;erreur</translation>
    </message>
    <message>
        <source>Technical detail</source>
        <translation type="unfinished">Détail technique</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">État</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation type="unfinished">Indicateurs</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation type="unfinished">Vu pour la première fois</translation>
    </message>
    <message>
        <source>Copied at</source>
        <translation type="unfinished">Copié le</translation>
    </message>
    <message>
        <source>Deleted from server at</source>
        <translation type="unfinished">Supprimé du serveur le</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished">SHA-256</translation>
    </message>
    <message>
        <source>Mailferry could not write the log file. Check that the disk is not full and that the folder can be written to.</source>
        <translation type="unfinished">Mailferry n&apos;a pas pu écrire le fichier journal. Vérifiez que le disque n&apos;est pas plein et que le dossier est accessible en écriture.</translation>
    </message>
    <message>
        <source>Mailferry could not write the log file.</source>
        <translation type="unfinished">Mailferry n&apos;a pas pu écrire le fichier journal.</translation>
    </message>
    <message>
        <source>Mailferry could not create the log file. Check that the folder can be written to.</source>
        <translation type="unfinished">Mailferry n&apos;a pas pu créer le fichier journal. Vérifiez que le dossier est accessible en écriture.</translation>
    </message>
    <message>
        <source>Mailferry could not save the log file. Check that the disk is not full.</source>
        <translation type="unfinished">Mailferry n&apos;a pas pu enregistrer le fichier journal. Vérifiez que le disque n&apos;est pas plein.</translation>
    </message>
</context>
<context>
    <name>mf::store::Ledger</name>
    <message>
        <source>Mailferry could not create the folder for its records of this mailbox.</source>
        <translation type="unfinished">Mailferry n&apos;a pas pu créer le dossier de son suivi pour cette boîte.</translation>
    </message>
    <message>
        <source>Mailferry could not open its records of this mailbox.</source>
        <translation type="unfinished">Mailferry n&apos;a pas pu ouvrir son suivi de cette boîte.</translation>
    </message>
    <message>
        <source>These records were written by a newer version of Mailferry. Update Mailferry to continue this migration.</source>
        <translation type="unfinished">Ce suivi a été écrit par une version plus récente de Mailferry. Mettez Mailferry à jour pour poursuivre ce transfert.</translation>
    </message>
    <message>
        <source>The file for this mailbox&apos;s records is not a Mailferry ledger.</source>
        <translation type="unfinished">Le fichier de suivi de cette boîte n&apos;est pas un registre Mailferry.</translation>
    </message>
    <message>
        <source>Mailferry could not update its records of this mailbox. Check that the disk is not full and that the folder can be written to.</source>
        <translation type="unfinished">Mailferry n&apos;a pas pu mettre à jour son suivi de cette boîte. Vérifiez que le disque n&apos;est pas plein et que le dossier est accessible en écriture.</translation>
    </message>
    <message>
        <source>Mailferry stopped while this message was being uploaded, so it cannot know whether Gmail received it. It will be uploaded again and may appear twice in Gmail.</source>
        <translation type="unfinished">Mailferry s&apos;est arrêté pendant l&apos;envoi de ce message et ne peut donc pas savoir si Gmail l&apos;a reçu. Il sera envoyé à nouveau et apparaîtra peut-être deux fois dans Gmail.</translation>
    </message>
    <message>
        <source>Mailferry refused to copy a message again that is already in Gmail.</source>
        <translation type="unfinished">Mailferry a refusé de copier à nouveau un message déjà présent dans Gmail.</translation>
    </message>
    <message>
        <source>Mailferry lost track of a message it was copying.</source>
        <translation type="unfinished">Mailferry a perdu la trace d&apos;un message qu&apos;il copiait.</translation>
    </message>
    <message>
        <source>Copied again after an interrupted upload; it may appear twice in Gmail.</source>
        <translation type="unfinished">Copié à nouveau après un envoi interrompu ; il apparaîtra peut-être deux fois dans Gmail.</translation>
    </message>
    <message>
        <source>Mailferry tried to record an impossible result for a message.</source>
        <translation type="unfinished">Mailferry a tenté d&apos;enregistrer un résultat impossible pour un message.</translation>
    </message>
    <message>
        <source>Mailferry refused to mark a message that is already in Gmail as not copied.</source>
        <translation type="unfinished">Mailferry a refusé de marquer comme non copié un message déjà présent dans Gmail.</translation>
    </message>
    <message>
        <source>Already in Gmail: the same message (same Message-ID, size and content) was copied before.</source>
        <translation type="unfinished">Déjà dans Gmail : le même message (même Message-ID, même taille et même contenu) a déjà été copié.</translation>
    </message>
    <message>
        <source>Already in Gmail: the same message (same Message-ID, size and content) was copied before under the server id %1.</source>
        <translation type="unfinished">Déjà dans Gmail : le même message (même Message-ID, même taille et même contenu) a déjà été copié sous l&apos;identifiant de serveur %1.</translation>
    </message>
    <message>
        <source>Removed from the POP3 server after Gmail had confirmed it.</source>
        <translation type="unfinished">Supprimé du serveur POP3 après confirmation par Gmail.</translation>
    </message>
    <message>
        <source>Mailferry recorded a message as removed from the server that was not confirmed in Gmail. Please report this problem.</source>
        <translation type="unfinished">Mailferry a noté comme supprimé du serveur un message qui n&apos;était pas confirmé dans Gmail. Veuillez signaler ce problème.</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished">En attente</translation>
    </message>
    <message>
        <source>Uploading</source>
        <translation type="unfinished">Envoi en cours</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished">Copié</translation>
    </message>
    <message>
        <source>Skipped: already in Gmail</source>
        <translation type="unfinished">Ignoré : déjà dans Gmail</translation>
    </message>
    <message>
        <source>Skipped: too large</source>
        <translation type="unfinished">Ignoré : trop volumineux</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished">Échec</translation>
    </message>
    <message>
        <source>Copied and removed from the server</source>
        <translation type="unfinished">Copié et supprimé du serveur</translation>
    </message>
    <message>
        <source>The connection to Gmail broke during the upload and it was sent again; it may appear twice in Gmail.</source>
        <translation type="unfinished">La connexion à Gmail a été coupée pendant l&apos;envoi et le message a été renvoyé ; il apparaîtra peut-être deux fois dans Gmail.</translation>
    </message>
</context>
<context>
    <name>mf::store::RunLock</name>
    <message>
        <source>Another Mailferry is already working on this mailbox. Wait until it has finished, or close it, then try again.</source>
        <translation type="unfinished">Un autre Mailferry travaille déjà sur cette boîte. Attendez qu&apos;il ait fini, ou fermez-le, puis réessayez.</translation>
    </message>
    <message>
        <source>Mailferry could not create its lock file for this mailbox. Check that the folder can be written to.</source>
        <translation type="unfinished">Mailferry n&apos;a pas pu créer son fichier de verrou pour cette boîte. Vérifiez que le dossier est accessible en écriture.</translation>
    </message>
</context>
<context>
    <name>mf::ui::AccountSettingsDialog</name>
    <message>
        <source>Settings of %1</source>
        <translation type="unfinished">Réglages de %1</translation>
    </message>
    <message>
        <source>&amp;Old mailbox</source>
        <translation type="unfinished">&amp;Ancienne boîte</translation>
    </message>
    <message>
        <source>O&amp;ptions</source>
        <translation type="unfinished">O&amp;ptions</translation>
    </message>
    <message>
        <source>Sign &amp;in again…</source>
        <translation type="unfinished">Se re&amp;connecter…</translation>
    </message>
    <message>
        <source>Opens Google&apos;s sign-in page in your web browser</source>
        <translation type="unfinished">Ouvre la page de connexion de Google dans votre navigateur</translation>
    </message>
    <message>
        <source>&amp;Gmail</source>
        <translation type="unfinished">&amp;Gmail</translation>
    </message>
    <message>
        <source>Signed in again.</source>
        <translation type="unfinished">Reconnecté.</translation>
    </message>
    <message>
        <source>Nothing was saved: the connection test with the new settings did not work (see &quot;Old mailbox&quot;).</source>
        <translation type="unfinished">Rien n&apos;a été enregistré : le test de connexion avec les nouveaux réglages n&apos;a pas fonctionné (voir « Ancienne boîte »).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Gmail:&lt;/b&gt; not connected</source>
        <translation type="unfinished">&lt;b&gt;Gmail :&lt;/b&gt; non connecté</translation>
    </message>
    <message>
        <source>&lt;b&gt;Gmail:&lt;/b&gt; %1&lt;br&gt;Mailferry may add messages to this account%2.</source>
        <translation type="unfinished">&lt;b&gt;Gmail :&lt;/b&gt; %1&lt;br&gt;Mailferry peut ajouter des messages à ce compte%2.</translation>
    </message>
    <message>
        <source> and label them</source>
        <translation type="unfinished"> et leur attribuer des libellés</translation>
    </message>
    <message>
        <source>Waiting for you to finish in your browser… If it did not open, check your taskbar.</source>
        <translation type="unfinished">En attente de la fin dans votre navigateur… S&apos;il ne s&apos;est pas ouvert, regardez dans la barre des tâches.</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation type="unfinished">Rien n&apos;a été enregistré : %1</translation>
    </message>
    <message>
        <source>Nothing was saved: the password could not be stored. %1</source>
        <translation type="unfinished">Rien n&apos;a été enregistré : le mot de passe n&apos;a pas pu être conservé. %1</translation>
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
        <translation type="unfinished">Anciennes boîtes qui alimentent ce Gmail</translation>
    </message>
    <message>
        <source>Old mailbox</source>
        <translation type="unfinished">Ancienne boîte</translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished">Serveur</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">État</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation type="unfinished">Dernier passage</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation type="unfinished">&amp;Synchroniser maintenant</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished">&amp;Modifier…</translation>
    </message>
    <message>
        <source>View &amp;log…</source>
        <translation type="unfinished">Voir le &amp;journal…</translation>
    </message>
    <message>
        <source>&amp;Add a mailbox…</source>
        <translation type="unfinished">&amp;Ajouter une boîte…</translation>
    </message>
    <message>
        <source>&amp;Remove all my data…</source>
        <translation type="unfinished">&amp;Supprimer toutes mes données…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Gmail:&lt;/b&gt; not connected</source>
        <translation type="unfinished">&lt;b&gt;Gmail :&lt;/b&gt; non connecté</translation>
    </message>
    <message>
        <source>&lt;b&gt;Gmail:&lt;/b&gt; %1</source>
        <translation type="unfinished">&lt;b&gt;Gmail :&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>%1 (label: %2)</source>
        <translation type="unfinished">%1 (libellé : %2)</translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished">En cours</translation>
    </message>
    <message>
        <source>Not run yet</source>
        <translation type="unfinished">Jamais lancé</translation>
    </message>
    <message numerus="yes">
        <source>%1 · every %n min</source>
        <translation type="unfinished">
            <numerusform>%1 · intervalle : %n min</numerusform>
            <numerusform>%1 · intervalle : %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished">jamais</translation>
    </message>
    <message>
        <source>%1 copied, %2 left</source>
        <translation type="unfinished">%1 copiés, %2 restants</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation type="unfinished">Reconnectez-vous</translation>
    </message>
    <message>
        <source>Mailferry is no longer signed in to Google. Use &quot;Edit&quot; to sign in again.</source>
        <translation type="unfinished">Mailferry n&apos;est plus connecté à Google. Utilisez « Modifier » pour vous reconnecter.</translation>
    </message>
    <message>
        <source>Password needed</source>
        <translation type="unfinished">Mot de passe requis</translation>
    </message>
    <message>
        <source>The password for %1 is not stored on this computer. Type it to continue:</source>
        <translation type="unfinished">Le mot de passe de %1 n&apos;est pas enregistré sur cet ordinateur. Saisissez-le pour continuer :</translation>
    </message>
    <message>
        <source>Messages of %1</source>
        <translation type="unfinished">Messages de %1</translation>
    </message>
    <message>
        <source>Show &amp;failures only</source>
        <translation type="unfinished">N&apos;afficher que les &amp;échecs</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation type="unfinished">&amp;Exporter en CSV…</translation>
    </message>
    <message>
        <source>Export the message log</source>
        <translation type="unfinished">Exporter le journal des messages</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation type="unfinished">Fichier CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished">L&apos;export a échoué</translation>
    </message>
    <message>
        <source>Remove all my data</source>
        <translation type="unfinished">Supprimer toutes mes données</translation>
    </message>
    <message>
        <source>This signs Mailferry out of Google, deletes the saved passwords, and deletes the record of what was copied and the logs from this computer. Your mail stays where it is, in Gmail and on your old server.

Do you want to keep a copy of the logs (CSV) first?</source>
        <translation type="unfinished">Mailferry sera déconnecté de Google, les mots de passe enregistrés seront supprimés, ainsi que le suivi de ce qui a été copié et les journaux de cet ordinateur. Votre courrier reste où il est, dans Gmail et sur votre ancien serveur.

Voulez-vous d&apos;abord garder une copie des journaux (CSV) ?</translation>
    </message>
    <message>
        <source>&amp;Export the logs, then remove</source>
        <translation type="unfinished">&amp;Exporter les journaux, puis supprimer</translation>
    </message>
    <message>
        <source>&amp;Remove without export</source>
        <translation type="unfinished">&amp;Supprimer sans exporter</translation>
    </message>
    <message>
        <source>Where should the logs go?</source>
        <translation type="unfinished">Où enregistrer les journaux ?</translation>
    </message>
    <message>
        <source>Some data could not be removed. The log of Mailferry says which.</source>
        <translation type="unfinished">Certaines données n&apos;ont pas pu être supprimées. Le journal de Mailferry indique lesquelles.</translation>
    </message>
    <message>
        <source>The password for %1 is not stored on this computer. Open Mailferry and press &quot;Sync now&quot; to type it.</source>
        <translation type="unfinished">Le mot de passe de %1 n&apos;est pas enregistré sur cet ordinateur. Ouvrez Mailferry et cliquez sur « Synchroniser maintenant » pour le saisir.</translation>
    </message>
    <message>
        <source>Everything Mailferry kept on this computer is removed.</source>
        <translation type="unfinished">Tout ce que Mailferry conservait sur cet ordinateur a été supprimé.</translation>
    </message>
    <message>
        <source>The logs could not be saved in %1, so nothing was removed. %2</source>
        <translation type="unfinished">Les journaux n&apos;ont pas pu être enregistrés dans %1 : rien n&apos;a donc été supprimé. %2</translation>
    </message>
    <message>
        <source>Everything on this computer is removed, but Google could not be reached to withdraw Mailferry&apos;s permission. Remove it yourself at myaccount.google.com/permissions.</source>
        <translation type="unfinished">Tout a été supprimé de cet ordinateur, mais Google n&apos;a pas pu être joint pour retirer l&apos;autorisation de Mailferry. Retirez-la vous-même sur myaccount.google.com/permissions.</translation>
    </message>
</context>
<context>
    <name>mf::ui::CertificateDialog</name>
    <message>
        <source>Is this really your mail server?</source>
        <translation type="unfinished">Est-ce vraiment votre serveur de courrier ?</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; sent a security certificate that your computer cannot check. This is common for small providers and company servers, but it can also mean that someone is listening in.</source>
        <translation type="unfinished">&lt;b&gt;%1&lt;/b&gt; a envoyé un certificat de sécurité que votre ordinateur ne peut pas vérifier. C&apos;est courant chez les petits fournisseurs et sur les serveurs d&apos;entreprise, mais cela peut aussi signifier que quelqu&apos;un écoute.</translation>
    </message>
    <message>
        <source>Issued to:</source>
        <translation type="unfinished">Délivré à :</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation type="unfinished">Délivré par :</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation type="unfinished">Valide :</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation type="unfinished">du %1 au %2</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation type="unfinished">Empreinte SHA-256</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation type="unfinished">Empreinte SHA-256 :</translation>
    </message>
    <message>
        <source>Problems:</source>
        <translation type="unfinished">Problèmes :</translation>
    </message>
    <message>
        <source>If your provider or your IT person gave you this fingerprint, compare it. Trust the server only if they match or you are sure this is your provider. Mailferry will then accept exactly this certificate for this mailbox, and warn you if it ever changes.</source>
        <translation type="unfinished">Si votre fournisseur ou votre informaticien vous a donné cette empreinte, comparez-la. Ne faites confiance au serveur que si elles correspondent ou si vous êtes sûr qu&apos;il s&apos;agit de votre fournisseur. Mailferry acceptera alors exactement ce certificat pour cette boîte, et vous avertira s&apos;il change un jour.</translation>
    </message>
    <message>
        <source>&amp;Trust this server</source>
        <translation type="unfinished">&amp;Faire confiance à ce serveur</translation>
    </message>
    <message>
        <source>Do &amp;not connect</source>
        <translation type="unfinished">Ne &amp;pas se connecter</translation>
    </message>
</context>
<context>
    <name>mf::ui::DonePage</name>
    <message>
        <source>Your mail is in Gmail</source>
        <translation type="unfinished">Votre courrier est dans Gmail</translation>
    </message>
    <message>
        <source>&amp;Open Gmail</source>
        <translation type="unfinished">&amp;Ouvrir Gmail</translation>
    </message>
    <message>
        <source>Finished, with problems</source>
        <translation type="unfinished">Terminé, avec des problèmes</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; messages copied (%2).</source>
        <translation type="unfinished">&lt;b&gt;%1&lt;/b&gt; messages copiés (%2).</translation>
    </message>
    <message>
        <source>%1 were already in Gmail from an earlier run.</source>
        <translation type="unfinished">%1 étaient déjà dans Gmail depuis un passage précédent.</translation>
    </message>
    <message>
        <source>%1 skipped (duplicates, or too large for Gmail).</source>
        <translation type="unfinished">%1 ignorés (doublons, ou trop volumineux pour Gmail).</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 could not be copied&lt;/b&gt;; they are still on your old server. The log says why, and &quot;Retry failed&quot; tries them again.</source>
        <translation type="unfinished">&lt;b&gt;%1 n&apos;ont pas pu être copiés&lt;/b&gt; ; ils sont toujours sur votre ancien serveur. Le journal indique pourquoi, et « Réessayer les échecs » les retente.</translation>
    </message>
    <message>
        <source>%1 deleted from the old server after Gmail confirmed them.</source>
        <translation type="unfinished">%1 supprimés de l&apos;ancien serveur après confirmation par Gmail.</translation>
    </message>
    <message>
        <source>%1 may appear twice in Gmail because a copy was interrupted; they are marked in the log.</source>
        <translation type="unfinished">%1 apparaîtront peut-être deux fois dans Gmail car une copie a été interrompue ; ils sont signalés dans le journal.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Next:&lt;/b&gt; Mailferry keeps checking %1 every %n minute(s) and copies new mail. It stays in the tray when you close the window.</source>
        <translation type="unfinished">
            <numerusform>&lt;b&gt;Ensuite :&lt;/b&gt; Mailferry continue de vérifier %1 avec %n minute d&apos;intervalle et copie le nouveau courrier. Il reste dans la zone de notification quand vous fermez la fenêtre.</numerusform>
            <numerusform>&lt;b&gt;Ensuite :&lt;/b&gt; Mailferry continue de vérifier %1 avec %n minutes d&apos;intervalle et copie le nouveau courrier. Il reste dans la zone de notification quand vous fermez la fenêtre.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Next:&lt;/b&gt; when you no longer need your old mailbox, open Mailferry again and choose &quot;Remove all my data&quot;: it signs out of Google and deletes the passwords and logs from this computer. To pick up new mail later, use &quot;Sync now&quot;.</source>
        <translation type="unfinished">&lt;b&gt;Ensuite :&lt;/b&gt; quand vous n&apos;aurez plus besoin de votre ancienne boîte, rouvrez Mailferry et choisissez « Supprimer toutes mes données » : il se déconnecte de Google et supprime les mots de passe et les journaux de cet ordinateur. Pour récupérer le nouveau courrier plus tard, utilisez « Synchroniser maintenant ».</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished">&amp;Fermer</translation>
    </message>
</context>
<context>
    <name>mf::ui::GoogleSignInFlow</name>
    <message>
        <source>Sign-in was stopped. Press &quot;Sign in with Google&quot; to try again.</source>
        <translation type="unfinished">La connexion a été interrompue. Cliquez sur « Se connecter avec Google » pour réessayer.</translation>
    </message>
    <message>
        <source>Google did not answer in time. If you closed the browser tab, press &quot;Sign in with Google&quot; to start again.</source>
        <translation type="unfinished">Google n&apos;a pas répondu à temps. Si vous avez fermé l&apos;onglet du navigateur, cliquez sur « Se connecter avec Google » pour recommencer.</translation>
    </message>
    <message>
        <source>You did not allow Mailferry to add messages to Gmail, so it cannot copy your mail. Press &quot;Sign in with Google&quot; and choose &quot;Allow&quot; to try again.</source>
        <translation type="unfinished">Vous n&apos;avez pas autorisé Mailferry à ajouter des messages à Gmail : il ne peut donc pas copier votre courrier. Cliquez sur « Se connecter avec Google » et choisissez « Autoriser ».</translation>
    </message>
    <message>
        <source>The box &quot;Add emails into your Gmail mailbox&quot; was not ticked on Google&apos;s page. Mailferry needs it to copy your mail. Sign in again and tick it.</source>
        <translation type="unfinished">La case permettant d&apos;ajouter des e-mails à votre boîte Gmail (« Add emails into your Gmail mailbox ») n&apos;était pas cochée sur la page de Google. Mailferry en a besoin pour copier votre courrier. Reconnectez-vous et cochez-la.</translation>
    </message>
    <message>
        <source>The Google client file could not be used.</source>
        <translation type="unfinished">Le fichier client Google n&apos;a pas pu être utilisé.</translation>
    </message>
    <message>
        <source>Signing in did not work. Check your internet connection and try again.</source>
        <translation type="unfinished">La connexion a échoué. Vérifiez votre connexion Internet et réessayez.</translation>
    </message>
</context>
<context>
    <name>mf::ui::LedgerTableModel</name>
    <message>
        <source>(no subject)</source>
        <translation type="unfinished">(sans objet)</translation>
    </message>
    <message>
        <source>Possible duplicate: an interrupted copy was repeated</source>
        <translation type="unfinished">Doublon possible : une copie interrompue a été refaite</translation>
    </message>
    <message>
        <source>Date rebuilt from the Received: headers</source>
        <translation type="unfinished">Date reconstituée à partir des en-têtes de réception (Received:)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">État</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished">Objet</translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished">De</translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished">Date</translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished">Taille</translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished">Détails</translation>
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
        <translation type="unfinished">Ancienne adresse e-mail</translation>
    </message>
    <message>
        <source>Incoming mail server (POP3)</source>
        <translation type="unfinished">Serveur de courrier entrant (POP3)</translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished">Port</translation>
    </message>
    <message>
        <source>SSL/TLS (recommended)</source>
        <translation type="unfinished">SSL/TLS (recommandé)</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation type="unfinished">STARTTLS</translation>
    </message>
    <message>
        <source>None (unencrypted)</source>
        <translation type="unfinished">Aucune (non chiffré)</translation>
    </message>
    <message>
        <source>Connection security</source>
        <translation type="unfinished">Sécurité de la connexion</translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished">Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished">Mot de passe</translation>
    </message>
    <message>
        <source>Send my password &amp;unencrypted (anyone on the network could read it)</source>
        <translation type="unfinished">Envoyer mon mot de passe &amp;en clair (n&apos;importe qui sur le réseau pourrait le lire)</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation type="unfinished">&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation type="unfinished">Tester la connexion</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation type="unfinished">Résultat du test de connexion</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation type="unfinished">P&amp;ort :</translation>
    </message>
    <message>
        <source>&amp;Email address:</source>
        <translation type="unfinished">Adresse &amp;e-mail :</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished">&amp;Serveur :</translation>
    </message>
    <message>
        <source>Se&amp;curity:</source>
        <translation type="unfinished">Sé&amp;curité :</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished">Nom d&apos;&amp;utilisateur :</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished">&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>Saved (type a new one to change it)</source>
        <translation type="unfinished">Enregistré (saisissez-en un nouveau pour le changer)</translation>
    </message>
    <message>
        <source>Looking up the settings for %1…</source>
        <translation type="unfinished">Recherche des réglages pour %1…</translation>
    </message>
    <message>
        <source>Fill in the server and the user name first (type your address above and Mailferry suggests them).</source>
        <translation type="unfinished">Renseignez d&apos;abord le serveur et le nom d&apos;utilisateur (saisissez votre adresse ci-dessus et Mailferry les propose).</translation>
    </message>
    <message>
        <source>Type the password of your old mailbox.</source>
        <translation type="unfinished">Saisissez le mot de passe de votre ancienne boîte.</translation>
    </message>
    <message>
        <source>With no security your password would cross the network readable by anyone. Choose SSL/TLS or STARTTLS, or tick the box if you really want this.</source>
        <translation type="unfinished">Sans sécurité, votre mot de passe traverserait le réseau lisible par n&apos;importe qui. Choisissez SSL/TLS ou STARTTLS, ou cochez la case si vous le voulez vraiment.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished">Connexion à %1…</translation>
    </message>
    <message>
        <source>The server&apos;s certificate needs your decision.</source>
        <translation type="unfinished">Le certificat du serveur demande votre décision.</translation>
    </message>
    <message>
        <source>Mailferry did not connect, because the server could not prove who it is. Ask your provider for the right server name.</source>
        <translation type="unfinished">Mailferry ne s&apos;est pas connecté, car le serveur n&apos;a pas pu prouver son identité. Demandez le bon nom de serveur à votre fournisseur.</translation>
    </message>
    <message>
        <source>The server did not accept this user name and password. Check the password (mind capital letters). Some providers need an &quot;app password&quot; or want POP3 switched on in their web mail settings first.</source>
        <translation type="unfinished">Le serveur n&apos;a pas accepté ce nom d&apos;utilisateur et ce mot de passe. Vérifiez le mot de passe (attention aux majuscules). Certains fournisseurs exigent un « mot de passe d&apos;application » ou l&apos;activation de POP3 dans leur webmail.</translation>
    </message>
    <message>
        <source>There is no server called &quot;%1&quot;. Check the server name for typing mistakes.</source>
        <translation type="unfinished">Il n&apos;existe aucun serveur nommé « %1 ». Vérifiez le nom du serveur.</translation>
    </message>
    <message>
        <source>The server &quot;%1&quot; refused a connection on port %2. It may use another port or another security setting: try SSL/TLS on 995 or STARTTLS on 110.</source>
        <translation type="unfinished">Le serveur « %1 » a refusé une connexion sur le port %2. Il utilise peut-être un autre port ou une autre sécurité : essayez SSL/TLS sur 995 ou STARTTLS sur 110.</translation>
    </message>
    <message>
        <source>The server did not answer in time. Check your internet connection, the server name and the port.</source>
        <translation type="unfinished">Le serveur n&apos;a pas répondu à temps. Vérifiez votre connexion Internet, le nom du serveur et le port.</translation>
    </message>
    <message>
        <source>The server and Mailferry could not agree on a secure connection. The security setting probably does not match this port: SSL/TLS usually goes with port 995, STARTTLS with port 110.</source>
        <translation type="unfinished">Le serveur et Mailferry n&apos;ont pas pu s&apos;accorder sur une connexion sécurisée. La sécurité choisie ne correspond probablement pas à ce port : SSL/TLS va généralement avec le port 995, STARTTLS avec le port 110.</translation>
    </message>
    <message>
        <source>This server does not offer STARTTLS. Try SSL/TLS on port 995.</source>
        <translation type="unfinished">Ce serveur ne propose pas STARTTLS. Essayez SSL/TLS sur le port 995.</translation>
    </message>
    <message>
        <source>The server would want your password unencrypted. Mailferry does not send it that way unless you choose &quot;None&quot; and tick the box.</source>
        <translation type="unfinished">Le serveur voudrait votre mot de passe en clair. Mailferry ne l&apos;envoie ainsi que si vous choisissez « Aucune » et cochez la case.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate changed since you trusted it, or cannot be checked. Do not continue unless your provider confirms the change.</source>
        <translation type="unfinished">Le certificat du serveur a changé depuis que vous lui avez fait confiance, ou ne peut pas être vérifié. Ne continuez que si votre fournisseur confirme le changement.</translation>
    </message>
    <message>
        <source>The mailbox is busy: another program (perhaps a phone or a mail program) is reading it right now. Close it, wait a few minutes and test again.</source>
        <translation type="unfinished">La boîte est occupée : un autre programme (peut-être un téléphone ou un logiciel de messagerie) est en train de la lire. Fermez-le, attendez quelques minutes et refaites le test.</translation>
    </message>
    <message>
        <source>The server asks to wait before logging in again. Wait a few minutes and test again.</source>
        <translation type="unfinished">Le serveur demande d&apos;attendre avant de se reconnecter. Attendez quelques minutes et refaites le test.</translation>
    </message>
    <message>
        <source>The server offers no way to log in that Mailferry can use safely.</source>
        <translation type="unfinished">Le serveur ne propose aucune méthode de connexion que Mailferry puisse utiliser en toute sécurité.</translation>
    </message>
    <message>
        <source>The connection broke off. Check your internet connection and test again.</source>
        <translation type="unfinished">La connexion a été coupée. Vérifiez votre connexion Internet et refaites le test.</translation>
    </message>
    <message>
        <source>The test did not work.</source>
        <translation type="unfinished">Le test n&apos;a pas fonctionné.</translation>
    </message>
</context>
<context>
    <name>mf::ui::MailboxPage</name>
    <message>
        <source>Your old mailbox</source>
        <translation type="unfinished">Votre ancienne boîte aux lettres</translation>
    </message>
    <message>
        <source>Type the email address you want to move mail from. Mailferry suggests the server settings; you only need the password.</source>
        <translation type="unfinished">Saisissez l&apos;adresse e-mail dont vous voulez transférer le courrier. Mailferry propose les réglages du serveur ; il vous suffit du mot de passe.</translation>
    </message>
    <message numerus="yes">
        <source>It works: %n message(s) on the server (%1).</source>
        <translation type="unfinished">
            <numerusform>Ça marche : %n message sur le serveur (%1).</numerusform>
            <numerusform>Ça marche : %n messages sur le serveur (%1).</numerusform>
        </translation>
    </message>
    <message>
        <source>Saving the password in the system keychain…</source>
        <translation type="unfinished">Enregistrement du mot de passe dans le trousseau…</translation>
    </message>
    <message>
        <source>But the password could not be saved: %1</source>
        <translation type="unfinished">Mais le mot de passe n&apos;a pas pu être enregistré : %1</translation>
    </message>
    <message>
        <source>The password is kept in memory until you quit Mailferry.</source>
        <translation type="unfinished">Le mot de passe reste en mémoire jusqu&apos;à ce que vous quittiez Mailferry.</translation>
    </message>
    <message>
        <source>The password is saved in your system keychain.</source>
        <translation type="unfinished">Le mot de passe est enregistré dans votre trousseau.</translation>
    </message>
</context>
<context>
    <name>mf::ui::OptionsForm</name>
    <message>
        <source>Once a message is safely in Gmail</source>
        <translation type="unfinished">Une fois un message en sécurité dans Gmail</translation>
    </message>
    <message>
        <source>&amp;Keep it on the old server (recommended)</source>
        <translation type="unfinished">Le &amp;garder sur l&apos;ancien serveur (recommandé)</translation>
    </message>
    <message>
        <source>&amp;Delete it from the old server</source>
        <translation type="unfinished">Le &amp;supprimer de l&apos;ancien serveur</translation>
    </message>
    <message>
        <source>Delete it &amp;after</source>
        <translation type="unfinished">Le supprimer &amp;après</translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"> jours</translation>
    </message>
    <message>
        <source>Days before deleting</source>
        <translation type="unfinished">Jours avant suppression</translation>
    </message>
    <message>
        <source>⚠ Messages will be removed from your old mailbox after Gmail has confirmed each one. Other devices that read that mailbox will no longer see them.</source>
        <translation type="unfinished">⚠ Les messages seront supprimés de votre ancienne boîte une fois que Gmail aura confirmé chacun d&apos;eux. Les autres appareils qui lisent cette boîte ne les verront plus.</translation>
    </message>
    <message>
        <source>In the Inbox, unread</source>
        <translation type="unfinished">Dans la boîte de réception, non lus</translation>
    </message>
    <message>
        <source>In the Inbox, already read</source>
        <translation type="unfinished">Dans la boîte de réception, déjà lus</translation>
    </message>
    <message>
        <source>Archived, with a label</source>
        <translation type="unfinished">Archivés, avec un libellé</translation>
    </message>
    <message>
        <source>Where the messages go in Gmail</source>
        <translation type="unfinished">Où les messages arrivent dans Gmail</translation>
    </message>
    <message>
        <source>Gmail label</source>
        <translation type="unfinished">Libellé Gmail</translation>
    </message>
    <message>
        <source>Labels need one more permission from Google.</source>
        <translation type="unfinished">Les libellés demandent une autorisation de plus à Google.</translation>
    </message>
    <message>
        <source>Allow &amp;labels…</source>
        <translation type="unfinished">Autoriser les &amp;libellés…</translation>
    </message>
    <message>
        <source> MB</source>
        <translation type="unfinished"> Mo</translation>
    </message>
    <message>
        <source>Largest message to copy, in megabytes</source>
        <translation type="unfinished">Plus gros message à copier, en mégaoctets</translation>
    </message>
    <message>
        <source>Gmail accepts messages up to 50 MB. Larger ones stay on the old server and are listed.</source>
        <translation type="unfinished">Gmail accepte les messages jusqu&apos;à 50 Mo. Les plus gros restent sur l&apos;ancien serveur et sont listés.</translation>
    </message>
    <message>
        <source>&amp;Keep checking for new mail every</source>
        <translation type="unfinished">&amp;Continuer à relever le courrier toutes les</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation type="unfinished"> minutes</translation>
    </message>
    <message>
        <source>Minutes between checks</source>
        <translation type="unfinished">Minutes entre deux vérifications</translation>
    </message>
    <message>
        <source>Start Mailferry when I log in</source>
        <translation type="unfinished">Lancer Mailferry à l&apos;ouverture de session</translation>
    </message>
    <message>
        <source>Let Gmail &amp;filter spam (messages go through Gmail&apos;s spam and tab sorting)</source>
        <translation type="unfinished">Laisser Gmail &amp;filtrer le spam (les messages passent par le tri du spam et des onglets)</translation>
    </message>
    <message>
        <source>&amp;Put messages:</source>
        <translation type="unfinished">&amp;Placer les messages :</translation>
    </message>
    <message>
        <source>L&amp;abel:</source>
        <translation type="unfinished">L&amp;ibellé :</translation>
    </message>
    <message>
        <source>&amp;Size limit:</source>
        <translation type="unfinished">&amp;Taille maximale :</translation>
    </message>
    <message>
        <source>For example: Old mail</source>
        <translation type="unfinished">Par exemple : Ancien courrier</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation type="unfinished">Facultatif</translation>
    </message>
    <message>
        <source>Google did not give Mailferry permission to use labels, so your mail cannot be labelled. Choose &quot;In the Inbox&quot; and leave the label empty, or press &quot;Allow labels&quot; to try again.</source>
        <translation type="unfinished">Google n&apos;a pas autorisé Mailferry à utiliser les libellés : votre courrier ne peut donc pas recevoir de libellé. Choisissez « Dans la boîte de réception » et laissez le libellé vide, ou cliquez sur « Autoriser les libellés » pour réessayer.</translation>
    </message>
    <message>
        <source>Waiting for you to allow labels in your browser…</source>
        <translation type="unfinished">En attente de votre autorisation des libellés dans le navigateur…</translation>
    </message>
</context>
<context>
    <name>mf::ui::OptionsPage</name>
    <message>
        <source>Choose how to move your mail</source>
        <translation type="unfinished">Choisissez comment transférer votre courrier</translation>
    </message>
    <message>
        <source>The defaults are safe: everything stays on your old server and arrives in your Gmail inbox.</source>
        <translation type="unfinished">Les réglages par défaut sont sûrs : tout reste sur l&apos;ancien serveur et arrive dans votre boîte de réception Gmail.</translation>
    </message>
</context>
<context>
    <name>mf::ui::ProgressPage</name>
    <message>
        <source>Moving your mail</source>
        <translation type="unfinished">Transfert de votre courrier</translation>
    </message>
    <message>
        <source>You can keep working meanwhile. If you close this window, Mailferry goes on from the tray, or continues where it stopped next time.</source>
        <translation type="unfinished">Vous pouvez continuer à travailler. Si vous fermez cette fenêtre, Mailferry continue depuis la zone de notification, ou reprend là où il s&apos;était arrêté la prochaine fois.</translation>
    </message>
    <message>
        <source>What Mailferry is doing</source>
        <translation type="unfinished">Ce que fait Mailferry</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished">Progression</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished">Copiés</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished">Ignorés</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished">Échecs</translation>
    </message>
    <message>
        <source>Left</source>
        <translation type="unfinished">Restants</translation>
    </message>
    <message>
        <source>Current message</source>
        <translation type="unfinished">Message en cours</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation type="unfinished">&amp;Pause</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation type="unfinished">&amp;Arrêter</translation>
    </message>
    <message>
        <source>Stop the migration</source>
        <translation type="unfinished">Arrêter le transfert</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation type="unfinished">Messages</translation>
    </message>
    <message>
        <source>Show &amp;failures only</source>
        <translation type="unfinished">N&apos;afficher que les &amp;échecs</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation type="unfinished">&amp;Exporter en CSV…</translation>
    </message>
    <message>
        <source>&amp;Retry failed</source>
        <translation type="unfinished">&amp;Réessayer les échecs</translation>
    </message>
    <message>
        <source>Stopping after the messages in progress…</source>
        <translation type="unfinished">Arrêt après les messages en cours…</translation>
    </message>
    <message>
        <source>less than a minute left</source>
        <translation type="unfinished">moins d&apos;une minute restante</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) left</source>
        <translation type="unfinished">
            <numerusform>%n minute restante</numerusform>
            <numerusform>%n minutes restantes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min left</source>
        <translation type="unfinished">%1 h %2 min restantes</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished">%1 sur %2</translation>
    </message>
    <message>
        <source>%1 messages a minute (%2/s)</source>
        <translation type="unfinished">%1 messages par minute (%2/s)</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation type="unfinished">En cours : %1</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation type="unfinished">&amp;Reprendre</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished">Reprendre</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished">Pause</translation>
    </message>
    <message>
        <source>There is nothing to export yet.</source>
        <translation type="unfinished">Il n&apos;y a encore rien à exporter.</translation>
    </message>
    <message>
        <source>mailferry-log-%1.csv</source>
        <translation type="unfinished">mailferry-journal-%1.csv</translation>
    </message>
    <message>
        <source>Export the message log</source>
        <translation type="unfinished">Exporter le journal des messages</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation type="unfinished">Fichier CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished">L&apos;export a échoué</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n row(s) to %1.</source>
        <translation type="unfinished">
            <numerusform>%n ligne enregistrée dans %1.</numerusform>
            <numerusform>%n lignes enregistrées dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Mailferry is no longer signed in to Google. Go back and sign in again.</source>
        <translation type="unfinished">Mailferry n&apos;est plus connecté à Google. Revenez en arrière et reconnectez-vous.</translation>
    </message>
</context>
<context>
    <name>mf::ui::ReviewPage</name>
    <message>
        <source>Ready to move your mail</source>
        <translation type="unfinished">Prêt à transférer votre courrier</translation>
    </message>
    <message>
        <source>Check that this is what you want. You can pause or stop at any time; nothing is copied twice.</source>
        <translation type="unfinished">Vérifiez que c&apos;est bien ce que vous voulez. Vous pouvez mettre en pause ou arrêter à tout moment ; rien n&apos;est copié deux fois.</translation>
    </message>
    <message>
        <source>&amp;Try it first without copying (dry run)</source>
        <translation type="unfinished">&amp;Essayer d&apos;abord sans copier (simulation)</translation>
    </message>
    <message>
        <source>Dry run</source>
        <translation type="unfinished">Simulation</translation>
    </message>
    <message>
        <source>&amp;Start moving mail</source>
        <translation type="unfinished">&amp;Lancer le transfert</translation>
    </message>
    <message>
        <source>about a minute</source>
        <translation type="unfinished">environ une minute</translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s)</source>
        <translation type="unfinished">
            <numerusform>environ %n minute</numerusform>
            <numerusform>environ %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n hour(s)</source>
        <translation type="unfinished">
            <numerusform>environ %n heure</numerusform>
            <numerusform>environ %n heures</numerusform>
        </translation>
    </message>
    <message>
        <source>about %1 h %2 min</source>
        <translation type="unfinished">environ %1 h %2 min</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;From:&lt;/b&gt; %1 (%2)&lt;br&gt;&lt;b&gt;To:&lt;/b&gt; %3&lt;/p&gt;&lt;p&gt;&lt;b&gt;%4&lt;/b&gt; messages, &lt;b&gt;%5&lt;/b&gt;. At Gmail&apos;s pace of about 600 messages a minute this takes &lt;b&gt;%6&lt;/b&gt;.&lt;/p&gt;</source>
        <translation type="unfinished">&lt;p&gt;&lt;b&gt;De :&lt;/b&gt; %1 (%2)&lt;br&gt;&lt;b&gt;Vers :&lt;/b&gt; %3&lt;/p&gt;&lt;p&gt;&lt;b&gt;%4&lt;/b&gt; messages, &lt;b&gt;%5&lt;/b&gt;. Au rythme de Gmail, environ 600 messages par minute, cela prend &lt;b&gt;%6&lt;/b&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Messages arrive in your Gmail inbox as unread, with their original dates.</source>
        <translation type="unfinished">Les messages arrivent non lus dans votre boîte Gmail, avec leur date d&apos;origine.</translation>
    </message>
    <message>
        <source>Messages arrive in your Gmail inbox as read, with their original dates.</source>
        <translation type="unfinished">Les messages arrivent lus dans votre boîte Gmail, avec leur date d&apos;origine.</translation>
    </message>
    <message>
        <source>Messages are archived under the label &quot;%1&quot;, with their original dates.</source>
        <translation type="unfinished">Les messages sont archivés sous le libellé « %1 », avec leur date d&apos;origine.</translation>
    </message>
    <message>
        <source>Each one also gets the label &quot;%1&quot;.</source>
        <translation type="unfinished">Chacun reçoit aussi le libellé « %1 ».</translation>
    </message>
    <message>
        <source>Everything stays on your old server.</source>
        <translation type="unfinished">Tout reste sur votre ancien serveur.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Each message is deleted from your old server&lt;/b&gt; once Gmail has it.</source>
        <translation type="unfinished">&lt;b&gt;Chaque message est supprimé de votre ancien serveur&lt;/b&gt; dès que Gmail l&apos;a reçu.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Messages are deleted from your old server %n day(s)&lt;/b&gt; after they were copied.</source>
        <translation type="unfinished">
            <numerusform>&lt;b&gt;Les messages sont supprimés de votre ancien serveur %n jour&lt;/b&gt; après leur copie.</numerusform>
            <numerusform>&lt;b&gt;Les messages sont supprimés de votre ancien serveur %n jours&lt;/b&gt; après leur copie.</numerusform>
        </translation>
    </message>
    <message>
        <source>Messages larger than %1 stay on the server and are listed.</source>
        <translation type="unfinished">Les messages de plus de %1 restent sur le serveur et sont listés.</translation>
    </message>
    <message numerus="yes">
        <source>Afterwards Mailferry checks for new mail every %n minute(s) while it runs.</source>
        <translation type="unfinished">
            <numerusform>Ensuite, tant qu&apos;il est ouvert, Mailferry cherche le nouveau courrier avec %n minute d&apos;intervalle.</numerusform>
            <numerusform>Ensuite, tant qu&apos;il est ouvert, Mailferry cherche le nouveau courrier avec %n minutes d&apos;intervalle.</numerusform>
        </translation>
    </message>
    <message>
        <source>Gmail filters the messages for spam as if they had just arrived.</source>
        <translation type="unfinished">Gmail filtre le spam dans ces messages comme s&apos;ils venaient d&apos;arriver.</translation>
    </message>
    <message>
        <source>Looking at your mailbox without copying anything…</source>
        <translation type="unfinished">Examen de votre boîte sans rien copier…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Dry run:&lt;/b&gt; %1 messages would be copied (%2), %3 are already in Gmail.</source>
        <translation type="unfinished">&lt;b&gt;Simulation :&lt;/b&gt; %1 messages seraient copiés (%2), %3 sont déjà dans Gmail.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) are too large and would stay on the server.</source>
        <translation type="unfinished">
            <numerusform>%n message est trop volumineux et resterait sur le serveur.</numerusform>
            <numerusform>%n messages sont trop volumineux et resteraient sur le serveur.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) would be deleted from the old server.</source>
        <translation type="unfinished">
            <numerusform>%n message serait supprimé de l&apos;ancien serveur.</numerusform>
            <numerusform>%n messages seraient supprimés de l&apos;ancien serveur.</numerusform>
        </translation>
    </message>
    <message>
        <source>This server does not number its messages permanently; Mailferry recognises them by their content instead and will not delete any.</source>
        <translation type="unfinished">Ce serveur ne numérote pas ses messages de façon permanente ; Mailferry les reconnaît plutôt à leur contenu et n&apos;en supprimera aucun.</translation>
    </message>
    <message>
        <source>Estimated time: %1.</source>
        <translation type="unfinished">Durée estimée : %1.</translation>
    </message>
</context>
<context>
    <name>mf::ui::SecretSaver</name>
    <message>
        <source>No password store on this computer</source>
        <translation type="unfinished">Aucun gestionnaire de mots de passe sur cet ordinateur</translation>
    </message>
    <message>
        <source>Mailferry keeps passwords in your computer&apos;s password store (the keychain), but this computer does not have one running.

Mailferry can keep the password in memory until you quit it. You will then have to type it again next time. It is never written to a file.</source>
        <translation type="unfinished">Mailferry conserve les mots de passe dans le gestionnaire de mots de passe de votre ordinateur (le trousseau), mais aucun n&apos;est actif sur cet ordinateur.

Mailferry peut garder le mot de passe en mémoire jusqu&apos;à ce que vous le quittiez. Vous devrez alors le saisir à nouveau la prochaine fois. Il n&apos;est jamais écrit dans un fichier.</translation>
    </message>
    <message>
        <source>Keep it for this session only</source>
        <translation type="unfinished">La garder pour cette session uniquement</translation>
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
        <translation type="unfinished">&amp;Suivant</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished">&amp;Précédent</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation type="unfinished">&amp;Terminer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Annuler</translation>
    </message>
</context>
<context>
    <name>mf::ui::Shell</name>
    <message>
        <source>Mailferry: %1</source>
        <translation type="unfinished">Mailferry : %1</translation>
    </message>
    <message>
        <source>Mailferry stopped</source>
        <translation type="unfinished">Mailferry s&apos;est arrêté</translation>
    </message>
    <message>
        <source>Some messages could not be copied</source>
        <translation type="unfinished">Certains messages n&apos;ont pas pu être copiés</translation>
    </message>
    <message>
        <source>%1 copied, %2 failed. Open Mailferry to see why.</source>
        <translation type="unfinished">%1 copiés, %2 en échec. Ouvrez Mailferry pour voir pourquoi.</translation>
    </message>
    <message>
        <source>Mail moved to Gmail</source>
        <translation type="unfinished">Courrier transféré dans Gmail</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) copied.</source>
        <translation type="unfinished">
            <numerusform>%n message copié.</numerusform>
            <numerusform>%n messages copiés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Mailferry</source>
        <translation type="unfinished">Mailferry</translation>
    </message>
    <message>
        <source>Open Mailferry</source>
        <translation type="unfinished">Ouvrir Mailferry</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation type="unfinished">Synchroniser maintenant</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished">Quitter</translation>
    </message>
</context>
<context>
    <name>mf::ui::SignInPage</name>
    <message>
        <source>Sign in with Google</source>
        <translation type="unfinished">Se connecter avec Google</translation>
    </message>
    <message>
        <source>Your browser opens on Google&apos;s page. Choose the Gmail account that should receive your old mail and allow Mailferry to add messages to it.</source>
        <translation type="unfinished">Votre navigateur s&apos;ouvre sur la page de Google. Choisissez le compte Gmail qui recevra votre ancien courrier et autorisez Mailferry à y ajouter des messages.</translation>
    </message>
    <message>
        <source>Mailferry asks only for permission to &lt;b&gt;add&lt;/b&gt; messages to your Gmail. It cannot read, change or delete anything that is already there.</source>
        <translation type="unfinished">Mailferry demande seulement l&apos;autorisation d&apos;&lt;b&gt;ajouter&lt;/b&gt; des messages à votre Gmail. Il ne peut rien lire, modifier ni supprimer de ce qui s&apos;y trouve déjà.</translation>
    </message>
    <message>
        <source>&amp;Sign in with Google</source>
        <translation type="unfinished">&amp;Se connecter avec Google</translation>
    </message>
    <message>
        <source>Opens Google&apos;s sign-in page in your web browser</source>
        <translation type="unfinished">Ouvre la page de connexion de Google dans votre navigateur</translation>
    </message>
    <message>
        <source>Stop &amp;waiting</source>
        <translation type="unfinished">&amp;Arrêter d&apos;attendre</translation>
    </message>
    <message>
        <source>Stop waiting for the browser</source>
        <translation type="unfinished">Arrêter d&apos;attendre le navigateur</translation>
    </message>
    <message>
        <source>Sign-in status</source>
        <translation type="unfinished">État de la connexion</translation>
    </message>
    <message>
        <source>&amp;Use my own Google Cloud client (client_secret.json)…</source>
        <translation type="unfinished">&amp;Utiliser mon propre client Google Cloud (client_secret.json)…</translation>
    </message>
    <message>
        <source>Import a client_secret.json file</source>
        <translation type="unfinished">Importer un fichier client_secret.json</translation>
    </message>
    <message>
        <source>Development mode: Google&apos;s address is redirected to %1.</source>
        <translation type="unfinished">Mode développement : l&apos;adresse de Google est redirigée vers %1.</translation>
    </message>
    <message>
        <source>This copy of Mailferry has no Google client built in. Create a &quot;Desktop app&quot; client in your own Google Cloud project, download its client_secret.json and choose it here.</source>
        <translation type="unfinished">Cet exemplaire de Mailferry n&apos;a pas de client Google intégré. Créez un client « Application de bureau » dans votre propre projet Google Cloud, téléchargez son fichier client_secret.json et choisissez-le ici.</translation>
    </message>
    <message>
        <source>Choose your client_secret.json</source>
        <translation type="unfinished">Choisissez votre client_secret.json</translation>
    </message>
    <message>
        <source>Google client file (*.json)</source>
        <translation type="unfinished">Fichier client Google (*.json)</translation>
    </message>
    <message>
        <source>Your Google client is ready. Now sign in.</source>
        <translation type="unfinished">Votre client Google est prêt. Connectez-vous maintenant.</translation>
    </message>
    <message>
        <source>You did not allow labels, so your mail will go to the Inbox.</source>
        <translation type="unfinished">Vous n&apos;avez pas autorisé les libellés : votre courrier ira donc dans la boîte de réception.</translation>
    </message>
    <message>
        <source>Waiting for you to finish in your browser… If it did not open, check your taskbar.</source>
        <translation type="unfinished">En attente de la fin dans votre navigateur… S&apos;il ne s&apos;est pas ouvert, regardez dans la barre des tâches.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Connected:&lt;/b&gt; %1</source>
        <translation type="unfinished">&lt;b&gt;Connecté :&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&amp;Sign in with another account</source>
        <translation type="unfinished">&amp;Se connecter avec un autre compte</translation>
    </message>
</context>
<context>
    <name>mf::ui::WelcomePage</name>
    <message>
        <source>Move your old mail into Gmail</source>
        <translation type="unfinished">Transférez vos anciens e-mails dans Gmail</translation>
    </message>
    <message>
        <source>Mailferry copies every message from your old mailbox into your Gmail account, and keeps doing it for new mail if you wish.</source>
        <translation type="unfinished">Mailferry copie chaque message de votre ancienne boîte dans votre compte Gmail, et continue pour le nouveau courrier si vous le souhaitez.</translation>
    </message>
    <message>
        <source>You will sign in with Google, tell Mailferry where your old mail is, and choose what happens to it once it is safely in Gmail. Nothing is deleted unless you ask for it.</source>
        <translation type="unfinished">Vous vous connectez à Google, indiquez à Mailferry où se trouve votre ancien courrier, puis choisissez ce qu&apos;il devient une fois en sécurité dans Gmail. Rien n&apos;est supprimé sans votre accord.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your privacy&lt;/b&gt;&lt;ul&gt;&lt;li&gt;Mailferry asks Google only for permission to &lt;i&gt;add&lt;/i&gt; messages. It can never read, change or delete the mail already in your Gmail.&lt;/li&gt;&lt;li&gt;Your passwords are kept in your computer&apos;s own password store (the system keychain), never in a file.&lt;/li&gt;&lt;li&gt;Your mail goes straight from your old mailbox to Google. No one else sees it.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation type="unfinished">&lt;b&gt;Votre vie privée&lt;/b&gt;&lt;ul&gt;&lt;li&gt;Mailferry demande à Google uniquement l&apos;autorisation d&apos;&lt;i&gt;ajouter&lt;/i&gt; des messages. Il ne peut jamais lire, modifier ni supprimer le courrier déjà présent dans Gmail.&lt;/li&gt;&lt;li&gt;Vos mots de passe sont conservés dans le trousseau de votre ordinateur, jamais dans un fichier.&lt;/li&gt;&lt;li&gt;Votre courrier va directement de votre ancienne boîte à Google. Personne d&apos;autre ne le voit.&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
</context>
</TS>
