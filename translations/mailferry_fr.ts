<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>BulkCommand</name>
    <message>
        <source>migrate: every saved mailbox at once, each with its saved settings.</source>
        <translation type="unfinished">migrate : toutes les boîtes enregistrées à la fois, chacune avec ses réglages enregistrés.</translation>
    </message>
    <message>
        <source>bulk: the CSV file with one row per mailbox (see the README, &quot;Moving a whole office&quot;).</source>
        <translation type="unfinished">bulk : le fichier CSV avec une ligne par boîte (voir le README, « Moving a whole office »).</translation>
    </message>
    <message>
        <source>bulk and migrate --all: mailboxes copying at once, 1 to %1 (default %2). Mailboxes into the same Gmail account share its quota.</source>
        <translation type="unfinished">bulk et migrate --all : boîtes copiées en même temps, de 1 à %1 (par défaut %2). Les boîtes qui vont dans le même compte Gmail partagent son quota.</translation>
    </message>
    <message>
        <source>bulk and migrate --all: the POP3 passwords, one &quot;address&lt;TAB&gt;password&quot; (or &quot;address,password&quot;) a line; refused unless only you can read the file (chmod 600).</source>
        <translation type="unfinished">bulk et migrate --all : les mots de passe POP3, une ligne « adresse&lt;TAB&gt;mot de passe » (ou « adresse,mot de passe ») par boîte ; refusé si d&apos;autres que vous peuvent lire le fichier (chmod 600).</translation>
    </message>
    <message>
        <source>bulk and migrate --all: read the passwords, in the same lines, from standard input.</source>
        <translation type="unfinished">bulk et migrate --all : lire les mots de passe, avec les mêmes lignes, sur l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>--all applies to migrate only, not to %1.</source>
        <translation type="unfinished">--all ne s&apos;applique qu&apos;à migrate, pas à %1.</translation>
    </message>
    <message>
        <source>--%1 applies to bulk and migrate --all only, not to %2.</source>
        <translation type="unfinished">--%1 ne s&apos;applique qu&apos;à bulk et migrate --all, pas à %2.</translation>
    </message>
    <message>
        <source>--%1 does not apply to bulk: the CSV&apos;s columns give each mailbox&apos;s settings.</source>
        <translation type="unfinished">--%1 ne s&apos;applique pas à bulk : les colonnes du CSV donnent les réglages de chaque boîte.</translation>
    </message>
    <message>
        <source>--%1 does not apply to migrate --all, which runs every saved mailbox with its saved settings.</source>
        <translation type="unfinished">--%1 ne s&apos;applique pas à migrate --all, qui traite chaque boîte enregistrée avec ses réglages enregistrés.</translation>
    </message>
    <message>
        <source>--%1 does not apply to signin.</source>
        <translation type="unfinished">--%1 ne s&apos;applique pas à signin.</translation>
    </message>
    <message>
        <source>bulk needs --csv with the file of mailboxes.</source>
        <translation type="unfinished">bulk a besoin de --csv avec le fichier des boîtes.</translation>
    </message>
    <message>
        <source>signin needs --gmail with the Google address to sign in.</source>
        <translation type="unfinished">signin a besoin de --gmail avec l&apos;adresse Google à connecter.</translation>
    </message>
    <message>
        <source>--password-file and --passwords-stdin cannot be combined; choose one.</source>
        <translation type="unfinished">--password-file et --passwords-stdin ne peuvent pas être combinés ; choisissez l&apos;un des deux.</translation>
    </message>
    <message>
        <source>--%1 %2.</source>
        <translation type="unfinished">--%1 %2.</translation>
    </message>
    <message>
        <source>--passwords-stdin was given, but standard input cannot be read.</source>
        <translation type="unfinished">--passwords-stdin a été donné, mais l&apos;entrée standard ne peut pas être lue.</translation>
    </message>
    <message>
        <source>its saved settings delete messages %1 days after copying, which is not 1 to %2; fix it in the app</source>
        <translation type="unfinished">ses réglages enregistrés suppriment les messages %1 jours après la copie, ce qui n&apos;est pas entre 1 et %2 ; corrigez-le dans l&apos;application</translation>
    </message>
    <message>
        <source>Nothing was started: correct the file and run again.</source>
        <translation type="unfinished">Rien n&apos;a été lancé : corrigez le fichier et relancez.</translation>
    </message>
    <message>
        <source>No accounts are saved. Set them up in the app, or with &apos;mailferry migrate … --save&apos;, or run &apos;mailferry bulk --csv FILE&apos;.</source>
        <translation type="unfinished">Aucun compte n&apos;est enregistré. Configurez-les dans l&apos;application, ou avec &apos;mailferry migrate … --save&apos;, ou lancez &apos;mailferry bulk --csv FICHIER&apos;.</translation>
    </message>
    <message>
        <source>Nothing was started.</source>
        <translation type="unfinished">Rien n&apos;a été lancé.</translation>
    </message>
    <message>
        <source>No Google client is configured. Sign in once in the app, or give --client-secret with the client_secret.json of your Google Cloud project.</source>
        <translation type="unfinished">Aucun client Google n&apos;est configuré. Connectez-vous une fois dans l&apos;application, ou donnez --client-secret avec le client_secret.json de votre projet Google Cloud.</translation>
    </message>
    <message>
        <source>no POP3 password: put &quot;%1&lt;TAB&gt;password&quot; in the --password-file (or on standard input with --passwords-stdin), or save it in the app</source>
        <translation type="unfinished">pas de mot de passe POP3 : mettez « %1&lt;TAB&gt;mot de passe » dans le --password-file (ou sur l&apos;entrée standard avec --passwords-stdin), ou enregistrez-le dans l&apos;application</translation>
    </message>
    <message>
        <source>no Google account to copy into; set one in the app</source>
        <translation type="unfinished">aucun compte Google où copier ; choisissez-en un dans l&apos;application</translation>
    </message>
    <message>
        <source>sign in first: mailferry signin --gmail %1</source>
        <translation type="unfinished">connectez-vous d&apos;abord : mailferry signin --gmail %1</translation>
    </message>
    <message>
        <source>%1: the password could not be saved in the keychain; it is used for this run only.</source>
        <translation type="unfinished">%1 : le trousseau n&apos;a pas pu enregistrer le mot de passe ; il ne sert que pour cette exécution.</translation>
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
        <translation type="unfinished">Déplace le courrier des boîtes POP3 vers Gmail, en toute sécurité.

Commandes :
  migrate        copier le courrier du compte dans Gmail (reprend là où il s&apos;était arrêté) ;
                 --all : toutes les boîtes enregistrées à la fois
  retry-failed   réessayer exactement les messages qui ont échoué, puis continuer
  status         ce que dit le registre : copiés, ignorés, en échec, restants
  export-log     écrire le journal des messages en CSV (compatible Excel)
  preflight      ce que contient une boîte, d&apos;après ses en-têtes seuls, avant de copier : nombres, dates,
                 doublons, tailles, durée au rythme de Gmail (--path : le courrier de cet ordinateur)
  bulk           copier plusieurs boîtes à la fois, une ligne chacune dans --csv FICHIER, mots de passe par
                 --password-file, --passwords-stdin ou le trousseau
  signin         connecter un compte Google (--gmail ADRESSE) pour bulk et migrate --all
  accounts       lister les comptes configurés
  forget         retirer un compte de cet ordinateur : ses réglages, son mot de passe enregistré et
                 le registre de ce qui a été copié (--keep-record garde ce registre)
  import         copier le courrier déjà présent sur cet ordinateur (--path : un mbox, le dossier Mail d&apos;un
                 profil Thunderbird, un Maildir, des fichiers .eml, Apple Mail, un .pst d&apos;Outlook) ; rien sur cet
                 ordinateur n&apos;est modifié ni supprimé

Codes de sortie : 0 terminé, 1 des messages ont échoué et restent à faire (voir export-log --failures), 2 utilisation, 3 le compte a besoin de vous (mot de passe, autorisation Google, certificat), 4 injoignable, 5 déjà en cours, 6 erreur interne, 130 interrompu (relancez pour terminer). Avec plusieurs boîtes (bulk, migrate --all), chacune a son propre statut dans le résumé, et le code de sortie est le pire d&apos;entre eux, dans cet ordre : 0, 1, 4, 5, 3, 6, 130.
Les tailles sont en Mo de 1 048 576 octets (Mio), comme --size-limit-mb.
Les mots qui disent où en est un message sont les mêmes dans chaque sortie : copied, copied-possibly-twice, skipped-duplicate, skipped-oversize, failed, deleted-from-server, waiting.
Le mot de passe POP3 vient du trousseau du système, de l&apos;entrée standard avec --password-stdin, ou de la variable d&apos;environnement MAILFERRY_POP3_PASSWORD ; jamais de la ligne de commande.</translation>
    </message>
    <message>
        <source>migrate, retry-failed, import, status, export-log, accounts or forget</source>
        <translation type="unfinished">migrate, retry-failed, import, status, export-log, accounts ou forget</translation>
    </message>
    <message>
        <source>The account id (see &apos;accounts&apos;); default: the only one.</source>
        <translation type="unfinished">L&apos;identifiant du compte (voir « accounts ») ; par défaut : le seul compte.</translation>
    </message>
    <message>
        <source>Print JSON lines instead of a progress bar.</source>
        <translation type="unfinished">Écrire des lignes JSON au lieu d&apos;une barre de progression.</translation>
    </message>
    <message>
        <source>Plan only: show what would be copied; nothing is written anywhere.</source>
        <translation type="unfinished">Planifier seulement : montrer ce qui serait copié ; rien n&apos;est écrit nulle part.</translation>
    </message>
    <message>
        <source>Read the POP3 password from the first line of standard input.</source>
        <translation type="unfinished">Lire le mot de passe POP3 sur la première ligne de l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>The old address (for an account not set up in the app); it also names the account&apos;s record, so status and export-log find it with the same --email.</source>
        <translation type="unfinished">L&apos;ancienne adresse (pour un compte qui n&apos;est pas configuré dans l&apos;application) ; elle nomme aussi le registre du compte, pour que status et export-log le retrouvent avec le même --email.</translation>
    </message>
    <message>
        <source>POP3 server.</source>
        <translation type="unfinished">Serveur POP3.</translation>
    </message>
    <message>
        <source>POP3 port, 1 to 65535 (995 for TLS, 110 for STARTTLS).</source>
        <translation type="unfinished">Port POP3, de 1 à 65535 (995 pour TLS, 110 pour STARTTLS).</translation>
    </message>
    <message>
        <source>tls (default), starttls or plain.</source>
        <translation type="unfinished">tls (par défaut), starttls ou plain.</translation>
    </message>
    <message>
        <source>POP3 user name (default: the address).</source>
        <translation type="unfinished">Nom d&apos;utilisateur POP3 (par défaut : l&apos;adresse).</translation>
    </message>
    <message>
        <source>Trust the server certificate with this SHA-256 fingerprint (64 hex digits, colons allowed), as shown when the certificate could not be verified.</source>
        <translation type="unfinished">Faire confiance au certificat du serveur qui a cette empreinte SHA-256 (64 chiffres hexadécimaux, deux-points permis), telle qu&apos;affichée quand le certificat n&apos;a pas pu être vérifié.</translation>
    </message>
    <message>
        <source>The Google account to copy into.</source>
        <translation type="unfinished">Le compte Google dans lequel copier.</translation>
    </message>
    <message>
        <source>A Google Cloud client_secret.json to use (at most 64 KiB).</source>
        <translation type="unfinished">Un fichier client_secret.json de Google Cloud à utiliser (64 Kio au plus).</translation>
    </message>
    <message>
        <source>Delete each message from the server once Gmail has it.</source>
        <translation type="unfinished">Supprimer chaque message du serveur dès que Gmail l&apos;a reçu.</translation>
    </message>
    <message>
        <source>Delete messages this many days after they were copied (1 to 3650).</source>
        <translation type="unfinished">Supprimer les messages ce nombre de jours après leur copie (1 à 3650).</translation>
    </message>
    <message>
        <source>Put the messages under this Gmail label.</source>
        <translation type="unfinished">Ranger les messages sous ce libellé Gmail.</translation>
    </message>
    <message>
        <source>Archive (skip the Inbox); needs --label.</source>
        <translation type="unfinished">Archiver (sans passer par la boîte de réception) ; nécessite --label.</translation>
    </message>
    <message>
        <source>Mark the messages as read.</source>
        <translation type="unfinished">Marquer les messages comme lus.</translation>
    </message>
    <message>
        <source>Let Gmail filter spam (messages.import instead of insert).</source>
        <translation type="unfinished">Laisser Gmail filtrer le spam (messages.import au lieu de insert).</translation>
    </message>
    <message>
        <source>With --import: Gmail may put messages in Spam (by default it never does).</source>
        <translation type="unfinished">Avec --import : Gmail peut mettre des messages dans le spam (par défaut, jamais).</translation>
    </message>
    <message>
        <source>A message Gmail refuses for a blocked attachment type (.exe, or a .zip holding one) stays failed and on the server, instead of being copied without that attachment.</source>
        <translation type="unfinished">Un message que Gmail refuse à cause d&apos;un type de pièce jointe bloqué (.exe, ou un .zip qui en contient un) reste en échec et sur le serveur, au lieu d&apos;être copié sans cette pièce jointe.</translation>
    </message>
    <message>
        <source>Messages copied without a blocked attachment are deleted from the server too (with --delete or --delete-after; by default they stay).</source>
        <translation type="unfinished">Les messages copiés sans une pièce jointe bloquée sont aussi supprimés du serveur (avec --delete ou --delete-after ; par défaut ils restent).</translation>
    </message>
    <message>
        <source>Skip messages larger than this many MB (MiB, 1,048,576 bytes); default and maximum 50, Gmail&apos;s limit.</source>
        <translation type="unfinished">Ignorer les messages de plus de ce nombre de Mo (Mio, 1 048 576 octets) ; par défaut et au maximum 50, la limite de Gmail.</translation>
    </message>
    <message>
        <source>Messages per POP3 session, 1 to 1000 (default 50).</source>
        <translation type="unfinished">Messages par session POP3, de 1 à 1000 (50 par défaut).</translation>
    </message>
    <message>
        <source>Keep checking every N minutes, 1 to 10080 (until interrupted).</source>
        <translation type="unfinished">Continuer à relever toutes les N minutes, de 1 à 10080 (jusqu&apos;à interruption).</translation>
    </message>
    <message>
        <source>Save these settings as an account for later runs and the app.</source>
        <translation type="unfinished">Enregistrer ces réglages comme compte pour les prochaines exécutions et l&apos;application.</translation>
    </message>
    <message>
        <source>export-log: the CSV file to write (default: standard output).</source>
        <translation type="unfinished">export-log : le fichier CSV à écrire (par défaut : la sortie standard).</translation>
    </message>
    <message>
        <source>export-log: only the messages that were not copied.</source>
        <translation type="unfinished">export-log : seulement les messages qui n&apos;ont pas été copiés.</translation>
    </message>
    <message>
        <source>import: the mail file or folder to copy; its format is found by itself.</source>
        <translation type="unfinished">import : le fichier ou dossier de courrier à copier ; son format est détecté tout seul.</translation>
    </message>
    <message>
        <source>import: only these folders, separated by commas (&quot;Inbox,Old mail/2019&quot;); default: all.</source>
        <translation type="unfinished">import : seulement ces dossiers, séparés par des virgules (« Inbox,Old mail/2019 ») ; par défaut : tous.</translation>
    </message>
    <message>
        <source>import: make each folder a Gmail label, nested with &quot;/&quot; (asks Google to manage labels).</source>
        <translation type="unfinished">import : faire de chaque dossier un libellé Gmail, imbriqué avec « / » (demande à Google de gérer les libellés).</translation>
    </message>
    <message>
        <source>forget: keep the record of what was copied, so that setting up the same mailbox again does not copy everything again.</source>
        <translation type="unfinished">forget : garder le registre de ce qui a été copié, pour que reconfigurer la même boîte ne recopie pas tout.</translation>
    </message>
    <message>
        <source>No command given. See mailferry --help.</source>
        <translation type="unfinished">Aucune commande donnée. Voir mailferry --help.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. See mailferry --help.</source>
        <translation type="unfinished">Commande inconnue « %1 ». Voir mailferry --help.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot; after the command %2.</source>
        <translation type="unfinished">Argument inattendu « %1 » après la commande %2.</translation>
    </message>
    <message>
        <source>--%1 is given more than once.</source>
        <translation type="unfinished">--%1 est donné plus d&apos;une fois.</translation>
    </message>
    <message>
        <source>forget needs --account with the id of the account to remove (see &apos;accounts&apos;).</source>
        <translation type="unfinished">forget nécessite --account avec l&apos;identifiant du compte à retirer (voir « accounts »).</translation>
    </message>
    <message>
        <source>--%1 applies to import only, not to %2.</source>
        <translation type="unfinished">--%1 ne s&apos;applique qu&apos;à import, pas à %2.</translation>
    </message>
    <message>
        <source>--%1 applies to migrate, retry-failed and import only, not to %2.</source>
        <translation type="unfinished">--%1 ne s&apos;applique qu&apos;à migrate, retry-failed et import, pas à %2.</translation>
    </message>
    <message>
        <source>--%1 applies to forget only, not to %2.</source>
        <translation type="unfinished">--%1 ne s&apos;applique qu&apos;à forget, pas à %2.</translation>
    </message>
    <message>
        <source>--%1 applies to export-log only, not to %2.</source>
        <translation type="unfinished">--%1 ne s&apos;applique qu&apos;à export-log, pas à %2.</translation>
    </message>
    <message>
        <source>--%1 does not apply to accounts, which lists every account.</source>
        <translation type="unfinished">--%1 ne s&apos;applique pas à accounts, qui liste tous les comptes.</translation>
    </message>
    <message>
        <source>--%1 %2.</source>
        <translation type="unfinished">--%1 %2.</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation type="unfinished">est vide</translation>
    </message>
    <message>
        <source>contains control characters</source>
        <translation type="unfinished">contient des caractères de contrôle</translation>
    </message>
    <message>
        <source>is longer than 1024 characters</source>
        <translation type="unfinished">fait plus de 1024 caractères</translation>
    </message>
    <message>
        <source>is not an email address (name@domain)</source>
        <translation type="unfinished">n&apos;est pas une adresse e-mail (nom@domaine)</translation>
    </message>
    <message>
        <source>is not a server name or IP address</source>
        <translation type="unfinished">n&apos;est ni un nom de serveur ni une adresse IP</translation>
    </message>
    <message>
        <source>is longer than Gmail&apos;s 225 characters</source>
        <translation type="unfinished">dépasse les 225 caractères de Gmail</translation>
    </message>
    <message>
        <source>must be tls, starttls or plain, not &quot;%1&quot;</source>
        <translation type="unfinished">doit être tls, starttls ou plain, pas « %1 »</translation>
    </message>
    <message>
        <source>must be a SHA-256 fingerprint: 64 hex digits</source>
        <translation type="unfinished">doit être une empreinte SHA-256 : 64 chiffres hexadécimaux</translation>
    </message>
    <message>
        <source>cannot be combined with --delete; choose one</source>
        <translation type="unfinished">ne peut pas être combiné avec --delete ; choisissez l&apos;un des deux</translation>
    </message>
    <message>
        <source>Note: --size-limit-mb %1 is above Gmail&apos;s maximum of %2 MB (MiB) per message; using %2 MB.</source>
        <translation type="unfinished">Remarque : --size-limit-mb %1 dépasse le maximum de Gmail de %2 Mo (Mio) par message ; %2 Mo sont utilisés.</translation>
    </message>
    <message>
        <source>cannot be combined with --read; archived messages skip the Inbox</source>
        <translation type="unfinished">ne peut pas être combiné avec --read ; les messages archivés ne passent pas par la boîte de réception</translation>
    </message>
    <message>
        <source>names a file that does not exist: %1</source>
        <translation type="unfinished">désigne un fichier qui n&apos;existe pas : %1</translation>
    </message>
    <message>
        <source>must name a regular file (a client_secret.json), and %1 is not one</source>
        <translation type="unfinished">doit désigner un fichier ordinaire (un client_secret.json), et %1 n&apos;en est pas un</translation>
    </message>
    <message>
        <source>names a file of %1 bytes; a client_secret.json is at most %2 bytes</source>
        <translation type="unfinished">désigne un fichier de %1 octets ; un client_secret.json fait au plus %2 octets</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation type="unfinished">ne peut pas être lu : %1</translation>
    </message>
    <message>
        <source>names a file larger than %1 bytes; a client_secret.json is a few hundred</source>
        <translation type="unfinished">désigne un fichier de plus de %1 octets ; un client_secret.json n&apos;en fait que quelques centaines</translation>
    </message>
    <message>
        <source>import: try again the messages that failed in earlier runs, then go on.</source>
        <translation type="unfinished">import : réessayer les messages qui ont échoué lors des exécutions précédentes, puis continuer.</translation>
    </message>
</context>
<context>
    <name>CliRunner</name>
    <message>
        <source>See mailferry --help.</source>
        <translation type="unfinished">Voir mailferry --help.</translation>
    </message>
    <message>
        <source>There is no account &quot;%1&quot; (see &apos;mailferry accounts&apos;), and no --host to set one up.</source>
        <translation type="unfinished">Il n&apos;y a pas de compte « %1 » (voir « mailferry accounts ») ni de --host pour en configurer un.</translation>
    </message>
    <message>
        <source>There are several accounts; choose one with --account (see &apos;mailferry accounts&apos;).</source>
        <translation type="unfinished">Il y a plusieurs comptes ; choisissez-en un avec --account (voir « mailferry accounts »).</translation>
    </message>
    <message>
        <source>No account is set up. Set one up in the app, or give --email and --host.</source>
        <translation type="unfinished">Aucun compte n&apos;est configuré. Configurez-en un dans l&apos;application, ou donnez --email et --host.</translation>
    </message>
    <message>
        <source>Give --email (or at least --user): it names the account&apos;s record of what was copied.</source>
        <translation type="unfinished">Donnez --email (ou au moins --user) : il nomme le registre du compte de ce qui a été copié.</translation>
    </message>
    <message>
        <source>Note: the saved size limit of %1 is above Gmail&apos;s maximum; using %2.</source>
        <translation type="unfinished">Remarque : la taille maximale enregistrée de %1 dépasse le maximum de Gmail ; %2 est utilisé.</translation>
    </message>
    <message>
        <source>The saved account deletes messages %1 days after copying, which is not 1 to %2. Give --delete-after with the days you want.</source>
        <translation type="unfinished">Le compte enregistré supprime les messages %1 jours après la copie, ce qui n&apos;est pas entre 1 et %2. Donnez --delete-after avec le nombre de jours voulu.</translation>
    </message>
    <message>
        <source>--archive needs --label: archived messages without a label would be found only under All Mail.</source>
        <translation type="unfinished">--archive nécessite --label : des messages archivés sans libellé ne se trouveraient que dans « Tous les messages ».</translation>
    </message>
    <message>
        <source>The account is missing its server or user name (give --host and --user).</source>
        <translation type="unfinished">Il manque au compte son serveur ou son nom d&apos;utilisateur (donnez --host et --user).</translation>
    </message>
    <message>
        <source>Which mailbox? Give --account, or the --email the migrate was given.</source>
        <translation type="unfinished">Quelle boîte ? Donnez --account, ou le --email donné à migrate.</translation>
    </message>
    <message>
        <source>--password-stdin was given, but standard input cannot be read.</source>
        <translation type="unfinished">--password-stdin a été donné, mais l&apos;entrée standard ne peut pas être lue.</translation>
    </message>
    <message>
        <source>--password-stdin was given, but standard input held no password.</source>
        <translation type="unfinished">--password-stdin a été donné, mais l&apos;entrée standard ne contenait pas de mot de passe.</translation>
    </message>
    <message>
        <source>No password is stored for %1. Give it with --password-stdin, or set it up in the app.</source>
        <translation type="unfinished">Aucun mot de passe n&apos;est enregistré pour %1. Donnez-le avec --password-stdin, ou configurez-le dans l&apos;application.</translation>
    </message>
    <message>
        <source>The Google client file %1 %2.</source>
        <translation type="unfinished">Le fichier client Google %1 %2.</translation>
    </message>
    <message>
        <source>No Google client is configured. Sign in once in the app, or give --client-secret with the client_secret.json of your Google Cloud project.</source>
        <translation type="unfinished">Aucun client Google n&apos;est configuré. Connectez-vous une fois dans l&apos;application, ou donnez --client-secret avec le client_secret.json de votre projet Google Cloud.</translation>
    </message>
    <message>
        <source>Check finished at %1: copied %2, failed %3. Next check in %4 minutes.</source>
        <translation type="unfinished">Relève terminée à %1 : %2 copiés, %3 en échec. Prochaine relève dans %4 minutes.</translation>
    </message>
    <message>
        <source>MAILFERRY_PROGRESS_INTERVAL_MS %1.</source>
        <translation type="unfinished">MAILFERRY_PROGRESS_INTERVAL_MS %1.</translation>
    </message>
    <message>
        <source>Stopping after the messages in progress (Ctrl+C again to stop at once)…</source>
        <translation type="unfinished">Arrêt après les messages en cours (Ctrl+C encore une fois pour arrêter tout de suite)…</translation>
    </message>
    <message>
        <source>%1 messages in the archive (%2); %3 to copy (%4), %5 already in Gmail</source>
        <translation type="unfinished">%1 messages dans l&apos;archive (%2) ; %3 à copier (%4), %5 déjà dans Gmail</translation>
    </message>
    <message>
        <source>%1 messages on the server (%2); %3 to copy (%4), %5 already in Gmail</source>
        <translation type="unfinished">%1 messages sur le serveur (%2) ; %3 à copier (%4), %5 déjà dans Gmail</translation>
    </message>
    <message>
        <source>, %1 failed earlier (retry-failed tries them again)</source>
        <translation type="unfinished">, %1 en échec auparavant (retry-failed les réessaie)</translation>
    </message>
    <message>
        <source>, %1 over the size limit (not copied)</source>
        <translation type="unfinished">, %1 au-dessus de la limite de taille (non copiés)</translation>
    </message>
    <message>
        <source>, %1 over the size limit (left on the server)</source>
        <translation type="unfinished">, %1 au-delà de la taille maximale (laissés sur le serveur)</translation>
    </message>
    <message>
        <source>, %1 to remove from the server</source>
        <translation type="unfinished">, %1 à retirer du serveur</translation>
    </message>
    <message>
        <source>. About %1 at Gmail&apos;s pace.</source>
        <translation type="unfinished">. Environ %1 au rythme de Gmail.</translation>
    </message>
    <message>
        <source>Note: the server names %1 messages unreliably (a UIDL listed twice, or one that changed); they are matched by content and never deleted on their UIDL alone.</source>
        <translation type="unfinished">Remarque : le serveur nomme %1 messages de façon peu fiable (un UIDL en double, ou qui a changé) ; ils sont reconnus par leur contenu et jamais supprimés sur la seule foi de leur UIDL.</translation>
    </message>
    <message>
        <source>Note: the server has no UIDL; messages are matched by content, and nothing is deleted.</source>
        <translation type="unfinished">Remarque : le serveur n&apos;a pas d&apos;UIDL ; les messages sont reconnus par leur contenu, et rien n&apos;est supprimé.</translation>
    </message>
    <message>
        <source>Warning: the server deletes mail as soon as it is downloaded (EXPIRE 0), whatever Mailferry is told to keep.</source>
        <translation type="unfinished">Attention : le serveur supprime le courrier dès qu&apos;il est téléchargé (EXPIRE 0), quoi que Mailferry ait pour consigne de garder.</translation>
    </message>
    <message>
        <source>Note: the server deletes downloaded mail by itself after %1 days (EXPIRE).</source>
        <translation type="unfinished">Remarque : le serveur supprime de lui-même le courrier téléchargé après %1 jours (EXPIRE).</translation>
    </message>
    <message>
        <source>Note: the server allows one login every %1 seconds (LOGIN-DELAY); sessions are sized for it.</source>
        <translation type="unfinished">Remarque : le serveur permet une connexion toutes les %1 secondes (LOGIN-DELAY) ; les sessions sont dimensionnées en conséquence.</translation>
    </message>
    <message>
        <source>This run: copied %1, skipped %2, failed %3. Nothing on this computer was changed.</source>
        <translation type="unfinished">Cette exécution : %1 copiés, %2 ignorés, %3 en échec. Rien n&apos;a été modifié sur cet ordinateur.</translation>
    </message>
    <message>
        <source>This run: copied %1, skipped %2, failed %3, removed from the server %4.</source>
        <translation type="unfinished">Cette exécution : %1 copiés, %2 ignorés, %3 en échec, %4 retirés du serveur.</translation>
    </message>
    <message>
        <source>%1 copied-possibly-twice: an interrupted upload was repeated, so Gmail may hold them twice (see export-log).</source>
        <translation type="unfinished">%1 copied-possibly-twice : un envoi interrompu a été répété, Gmail les a donc peut-être en double (voir export-log).</translation>
    </message>
    <message>
        <source>%1 copied without an attachment Gmail refuses (a program, or an archive holding one); the originals are kept on this computer (see export-log).</source>
        <translation type="unfinished">%1 copiés sans une pièce jointe que Gmail refuse (un programme, ou une archive qui en contient un) ; les originaux sont gardés sur cet ordinateur (voir export-log).</translation>
    </message>
    <message>
        <source>Interrupted.</source>
        <translation type="unfinished">Interrompu.</translation>
    </message>
    <message>
        <source>%1 copied messages are still on the server (the next run removes them without copying them again).</source>
        <translation type="unfinished">%1 messages copiés sont encore sur le serveur (la prochaine exécution les retire sans les copier de nouveau).</translation>
    </message>
    <message>
        <source>%1 messages were left to copy.</source>
        <translation type="unfinished">Il restait %1 messages à copier.</translation>
    </message>
    <message>
        <source>Run the same command again to finish.</source>
        <translation type="unfinished">Relancez la même commande pour terminer.</translation>
    </message>
    <message>
        <source>%1 messages failed and are still on the server. Try them again with: mailferry retry-failed --account %2; see which with: mailferry export-log --failures --account %2</source>
        <translation type="unfinished">%1 messages sont en échec et toujours sur le serveur. Réessayez-les avec : mailferry retry-failed --account %2 ; voyez lesquels avec : mailferry export-log --failures --account %2</translation>
    </message>
    <message>
        <source>%1 messages are over the size limit of %2 and were not copied.</source>
        <translation type="unfinished">%1 messages dépassent la limite de taille de %2 et n&apos;ont pas été copiés.</translation>
    </message>
    <message>
        <source>%1 messages are over the size limit of %2 and stay on the server.</source>
        <translation type="unfinished">%1 messages dépassent la taille maximale de %2 et restent sur le serveur.</translation>
    </message>
    <message>
        <source>%1 messages were named unreliably by the server and were matched by content.</source>
        <translation type="unfinished">%1 messages ont été nommés de façon peu fiable par le serveur et ont été reconnus par leur contenu.</translation>
    </message>
    <message>
        <source>The certificate of %1 does not match the pinned certificate.</source>
        <translation type="unfinished">Le certificat de %1 ne correspond pas au certificat enregistré.</translation>
    </message>
    <message>
        <source>  pinned:  %1</source>
        <translation type="unfinished">  enregistré :  %1</translation>
    </message>
    <message>
        <source>  server:  %1</source>
        <translation type="unfinished">  serveur :  %1</translation>
    </message>
    <message>
        <source>(could not be read)</source>
        <translation type="unfinished">(n&apos;a pas pu être lu)</translation>
    </message>
    <message>
        <source>If the provider changed its certificate and you trust the new one, run again with:</source>
        <translation type="unfinished">Si le fournisseur a changé son certificat et que vous faites confiance au nouveau, relancez avec :</translation>
    </message>
    <message>
        <source>The identity of the server %1 could not be verified: its certificate is not trusted.</source>
        <translation type="unfinished">L&apos;identité du serveur %1 n&apos;a pas pu être vérifiée : son certificat n&apos;est pas reconnu.</translation>
    </message>
    <message>
        <source>Mailferry could not read the certificate again to show its fingerprint.</source>
        <translation type="unfinished">Mailferry n&apos;a pas pu relire le certificat pour montrer son empreinte.</translation>
    </message>
    <message>
        <source>  SHA-256 fingerprint: %1</source>
        <translation type="unfinished">  Empreinte SHA-256 : %1</translation>
    </message>
    <message>
        <source>If you are sure this is your provider&apos;s server (compare the fingerprint with the one your provider publishes), run again with:</source>
        <translation type="unfinished">Si vous êtes sûr qu&apos;il s&apos;agit du serveur de votre fournisseur (comparez l&apos;empreinte avec celle que publie votre fournisseur), relancez avec :</translation>
    </message>
    <message>
        <source>There is no record for %1 yet (looked for %2): nothing has been copied from it with this account id. The record is named by --account, or by the --email the migrate was given.</source>
        <translation type="unfinished">Il n&apos;y a pas encore de registre pour %1 (cherché dans %2) : rien n&apos;en a été copié avec cet identifiant de compte. Le registre porte le nom donné par --account, ou par le --email donné à migrate.</translation>
    </message>
    <message>
        <source>in Gmail</source>
        <translation type="unfinished">dans Gmail</translation>
    </message>
    <message>
        <source>%1 copied (MB = 1,048,576 bytes)</source>
        <translation type="unfinished">%1 copiés (Mo = 1 048 576 octets)</translation>
    </message>
    <message>
        <source>copied, still on the server</source>
        <translation type="unfinished">copiés, encore sur le serveur</translation>
    </message>
    <message>
        <source>Gmail may hold these twice (an interrupted upload was repeated)</source>
        <translation type="unfinished">Gmail les a peut-être en double (un envoi interrompu a été répété)</translation>
    </message>
    <message>
        <source>copied, then removed from the server</source>
        <translation type="unfinished">copiés, puis retirés du serveur</translation>
    </message>
    <message>
        <source>already in Gmail</source>
        <translation type="unfinished">déjà dans Gmail</translation>
    </message>
    <message>
        <source>too large; left on the server</source>
        <translation type="unfinished">trop gros ; laissés sur le serveur</translation>
    </message>
    <message>
        <source>left on the server; retry-failed tries them again</source>
        <translation type="unfinished">laissés sur le serveur ; retry-failed les réessaie</translation>
    </message>
    <message>
        <source>still to do</source>
        <translation type="unfinished">reste à faire</translation>
    </message>
    <message>
        <source>  last run: %1 (%2)</source>
        <translation type="unfinished">  dernière exécution : %1 (%2)</translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished">jamais</translation>
    </message>
    <message>
        <source>There is no record for %1 (looked for %2), so there is no log to export. The record is named by --account, or by the --email the migrate was given.</source>
        <translation type="unfinished">Il n&apos;y a pas de registre pour %1 (cherché dans %2), donc pas de journal à exporter. Le registre porte le nom donné par --account, ou par le --email donné à migrate.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished">Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>standard output</source>
        <translation type="unfinished">sortie standard</translation>
    </message>
    <message>
        <source>The log could not be written completely to %1: %2</source>
        <translation type="unfinished">Le journal n&apos;a pas pu être écrit entièrement dans %1 : %2</translation>
    </message>
    <message>
        <source>The log was not written to %1: %2 (%3)</source>
        <translation type="unfinished">Le journal n&apos;a pas été écrit dans %1 : %2 (%3)</translation>
    </message>
    <message>
        <source>Wrote %1 rows to %2.</source>
        <translation type="unfinished">%1 lignes écrites dans %2.</translation>
    </message>
    <message>
        <source>There is no account %1 on this computer (see &apos;mailferry accounts&apos;).</source>
        <translation type="unfinished">Il n&apos;y a pas de compte %1 sur cet ordinateur (voir « mailferry accounts »).</translation>
    </message>
    <message>
        <source>Forgot %1: its settings and saved password are removed. The record of what was copied is kept, so setting up the same mailbox again does not copy everything again.</source>
        <translation type="unfinished">%1 oublié : ses réglages et son mot de passe enregistré sont retirés. Le registre de ce qui a été copié est gardé, pour que reconfigurer la même boîte ne recopie pas tout.</translation>
    </message>
    <message>
        <source>Forgot %1: its settings, saved password and the record of what was copied are removed.</source>
        <translation type="unfinished">%1 oublié : ses réglages, son mot de passe enregistré et le registre de ce qui a été copié sont retirés.</translation>
    </message>
    <message>
        <source>Not removed: %1</source>
        <translation type="unfinished">Non retiré : %1</translation>
    </message>
    <message>
        <source>No accounts yet. Set one up in the app, or run &apos;mailferry migrate --email … --host … --save&apos;.</source>
        <translation type="unfinished">Pas encore de compte. Configurez-en un dans l&apos;application, ou lancez « mailferry migrate --email … --host … --save ».</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished">ignorés</translation>
    </message>
    <message>
        <source>last success %1</source>
        <translation type="unfinished">dernier succès %1</translation>
    </message>
    <message>
        <source>progress: connecting…</source>
        <translation type="unfinished">progression : connexion…</translation>
    </message>
    <message>
        <source>progress: copied %1/%2, skipped %3, failed %4, %5 msg/min</source>
        <translation type="unfinished">progression : %1/%2 copiés, %3 ignorés, %4 en échec, %5 msg/min</translation>
    </message>
    <message>
        <source>, ETA %1</source>
        <translation type="unfinished">, fin dans %1</translation>
    </message>
    <message>
        <source> (last success %1)</source>
        <translation type="unfinished"> (dernier succès %1)</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation type="unfinished">de %1</translation>
    </message>
    <message>
        <source>date %1</source>
        <translation type="unfinished">date %1</translation>
    </message>
    <message>
        <source>server id %1</source>
        <translation type="unfinished">id. serveur %1</translation>
    </message>
    <message>
        <source>, %1 failed earlier (import --retry-failed tries them again)</source>
        <translation type="unfinished">, %1 en échec précédemment (import --retry-failed les réessaie)</translation>
    </message>
    <message>
        <source>%1 messages failed; they are still in the archive. Try them again with: mailferry import --path &quot;%2&quot; --retry-failed; see which with: mailferry export-log --failures --account %3</source>
        <translation type="unfinished">%1 messages ont échoué ; ils sont toujours dans l&apos;archive. Réessayez avec : mailferry import --path &quot;%2&quot; --retry-failed ; voyez lesquels avec : mailferry export-log --failures --account %3</translation>
    </message>
    <message>
        <source>copied; the archive is never changed</source>
        <translation type="unfinished">copiés ; l&apos;archive n&apos;est jamais modifiée</translation>
    </message>
    <message>
        <source>too large; not copied</source>
        <translation type="unfinished">trop gros ; non copiés</translation>
    </message>
    <message>
        <source>still in the archive; import --retry-failed tries them again</source>
        <translation type="unfinished">toujours dans l&apos;archive ; import --retry-failed les réessaie</translation>
    </message>
    <message>
        <source>place in the archive %1</source>
        <translation type="unfinished">emplacement dans l&apos;archive %1</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>--%1 does not apply to import: Mailferry never changes or deletes anything on this computer.</source>
        <translation type="unfinished">--%1 ne s&apos;applique pas à import : Mailferry ne modifie ni ne supprime jamais rien sur cet ordinateur.</translation>
    </message>
    <message>
        <source>--%1 applies to a mailbox on a server (migrate), not to import.</source>
        <translation type="unfinished">--%1 s&apos;applique à une boîte sur un serveur (migrate), pas à import.</translation>
    </message>
    <message>
        <source>import needs --path with the mail file or folder to copy (an mbox, a Thunderbird profile&apos;s Mail folder, a Maildir, a folder of .eml files, Apple Mail&apos;s folder or an Outlook .pst).</source>
        <translation type="unfinished">import a besoin de --path avec le fichier ou dossier de courrier à copier (un mbox, le dossier Mail d&apos;un profil Thunderbird, un Maildir, un dossier de fichiers .eml, le dossier d&apos;Apple Mail ou un .pst d&apos;Outlook).</translation>
    </message>
    <message>
        <source>--path is empty.</source>
        <translation type="unfinished">--path est vide.</translation>
    </message>
    <message>
        <source>--path is longer than 4096 characters.</source>
        <translation type="unfinished">--path dépasse 4096 caractères.</translation>
    </message>
    <message>
        <source>--folders names no folder; give folder names separated by commas, such as Inbox,Old mail/2019.</source>
        <translation type="unfinished">--folders ne nomme aucun dossier ; donnez des noms de dossiers séparés par des virgules, comme Inbox,Old mail/2019.</translation>
    </message>
    <message>
        <source>--folders contains control characters.</source>
        <translation type="unfinished">--folders contient des caractères de contrôle.</translation>
    </message>
    <message>
        <source>There is no file or folder %1.</source>
        <translation type="unfinished">Il n&apos;y a pas de fichier ni de dossier %1.</translation>
    </message>
    <message>
        <source>%1 cannot be read (check its permissions).</source>
        <translation type="unfinished">%1 ne peut pas être lu (vérifiez ses permissions).</translation>
    </message>
    <message>
        <source>%1 holds no mail Mailferry can read (mbox, Maildir, .eml, Apple Mail or Outlook .pst).</source>
        <translation type="unfinished">%1 ne contient pas de courrier que Mailferry sait lire (mbox, Maildir, .eml, Apple Mail ou .pst d&apos;Outlook).</translation>
    </message>
    <message>
        <source>This build of Mailferry cannot read Outlook files (%1).</source>
        <translation type="unfinished">Cette version de Mailferry ne sait pas lire les fichiers Outlook (%1).</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; is a mailbox on a server; use migrate for it.</source>
        <translation type="unfinished">Le compte « %1 » est une boîte sur un serveur ; utilisez migrate pour lui.</translation>
    </message>
    <message>
        <source>There is no account &quot;%1&quot; (see &apos;mailferry accounts&apos;), and no --path to import.</source>
        <translation type="unfinished">Il n&apos;y a pas de compte « %1 » (voir &apos;mailferry accounts&apos;), ni de --path à importer.</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; imports %2, which is no longer there.</source>
        <translation type="unfinished">Le compte « %1 » importe %2, qui n&apos;existe plus.</translation>
    </message>
</context>
<context>
    <name>MultiRun</name>
    <message>
        <source>the mailbox could not be added to the run (its settings are incomplete)</source>
        <translation type="unfinished">la boîte n&apos;a pas pu être ajoutée à l&apos;exécution (ses réglages sont incomplets)</translation>
    </message>
    <message>
        <source>Stopping every mailbox after the messages in progress (Ctrl+C again to stop at once)…</source>
        <translation type="unfinished">Arrêt de chaque boîte après les messages en cours (Ctrl+C à nouveau pour arrêter tout de suite)…</translation>
    </message>
    <message>
        <source>the mailbox&apos;s run ended without a report</source>
        <translation type="unfinished">l&apos;exécution de la boîte s&apos;est terminée sans rapport</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation type="unfinished">de %1</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation type="unfinished">%1 en échec</translation>
    </message>
    <message>
        <source>%1 msg/min</source>
        <translation type="unfinished">%1 msg/min</translation>
    </message>
    <message>
        <source>address</source>
        <translation type="unfinished">adresse</translation>
    </message>
    <message>
        <source>into</source>
        <translation type="unfinished">vers</translation>
    </message>
    <message>
        <source>copied</source>
        <translation type="unfinished">copiés</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished">ignorés</translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished">échecs</translation>
    </message>
    <message>
        <source>left</source>
        <translation type="unfinished">restants</translation>
    </message>
    <message>
        <source>status</source>
        <translation type="unfinished">statut</translation>
    </message>
    <message>
        <source>Exit status %1 (%2): the worst of all mailboxes.</source>
        <translation type="unfinished">Statut de sortie %1 (%2) : le pire de toutes les boîtes.</translation>
    </message>
</context>
<context>
    <name>PreflightCommand</name>
    <message>
        <source>Checking %1 of %2…</source>
        <translation type="unfinished">Vérification de %1 sur %2…</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation type="unfinished">Vérification de %1…</translation>
    </message>
    <message>
        <source>The pre-flight ended without a report.</source>
        <translation type="unfinished">La vérification préalable s&apos;est terminée sans rapport.</translation>
    </message>
    <message>
        <source>Pre-flight of %1 (headers only; nothing was copied or changed):</source>
        <translation type="unfinished">Vérification préalable de %1 (en-têtes seulement ; rien n&apos;a été copié ni modifié) :</translation>
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
        <translation type="unfinished">Aucun client Google n&apos;est configuré. Donnez --client-secret avec le client_secret.json de votre projet Google Cloud.</translation>
    </message>
    <message>
        <source>Your browser should open Google&apos;s page. Sign in as %1 and allow Mailferry to add mail. If it did not open, open this link:</source>
        <translation type="unfinished">Votre navigateur devrait ouvrir la page de Google. Connectez-vous en tant que %1 et autorisez Mailferry à ajouter du courrier. S&apos;il ne s&apos;est pas ouvert, ouvrez ce lien :</translation>
    </message>
    <message>
        <source>Open this link in a browser on this computer, sign in as %1 and allow Mailferry to add mail:</source>
        <translation type="unfinished">Ouvrez ce lien dans un navigateur de cet ordinateur, connectez-vous en tant que %1 et autorisez Mailferry à ajouter du courrier :</translation>
    </message>
    <message>
        <source>Waiting for Google (Ctrl+C to stop)…</source>
        <translation type="unfinished">En attente de Google (Ctrl+C pour arrêter)…</translation>
    </message>
    <message>
        <source>Sign-in was stopped; nothing was stored.</source>
        <translation type="unfinished">La connexion a été arrêtée ; rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>You did not allow Mailferry to add messages to Gmail; nothing was stored.</source>
        <translation type="unfinished">Vous n&apos;avez pas autorisé Mailferry à ajouter des messages à Gmail ; rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>Signing in did not work (%1).</source>
        <translation type="unfinished">La connexion n&apos;a pas fonctionné (%1).</translation>
    </message>
    <message>
        <source>The box &quot;Add emails into your Gmail mailbox&quot; was not ticked on Google&apos;s page. Mailferry needs it; run signin again and tick it.</source>
        <translation type="unfinished">La case « Add emails into your Gmail mailbox » n&apos;était pas cochée sur la page de Google. Mailferry en a besoin ; relancez signin et cochez-la.</translation>
    </message>
    <message>
        <source>You signed in as %1, but asked for %2. Nothing was stored. Run &apos;mailferry signin --gmail %2&apos; again and choose %2 on Google&apos;s page.</source>
        <translation type="unfinished">Vous vous êtes connecté en tant que %1, mais avez demandé %2. Rien n&apos;a été enregistré. Relancez &apos;mailferry signin --gmail %2&apos; et choisissez %2 sur la page de Google.</translation>
    </message>
    <message>
        <source>Signed in as %1, but the keychain refused to keep the link to Google: %2</source>
        <translation type="unfinished">Connecté en tant que %1, mais le trousseau a refusé de garder le lien avec Google : %2</translation>
    </message>
    <message>
        <source>Signed in as %1. The link to Google is kept in the keychain; &apos;mailferry bulk&apos; and &apos;migrate --all&apos; use it for every mailbox that goes into %1.</source>
        <translation type="unfinished">Connecté en tant que %1. Le lien avec Google est gardé dans le trousseau ; &apos;mailferry bulk&apos; et &apos;migrate --all&apos; l&apos;utilisent pour chaque boîte qui va dans %1.</translation>
    </message>
</context>
<context>
    <name>StatusHealth</name>
    <message>
        <source>never</source>
        <translation type="unfinished">jamais</translation>
    </message>
    <message>
        <source>  last checked OK: %1; last copied: %2</source>
        <translation type="unfinished">  dernière vérification réussie : %1 ; dernière copie : %2</translation>
    </message>
    <message>
        <source>  warning: %1</source>
        <translation type="unfinished">  attention : %1</translation>
    </message>
    <message>
        <source>  what to do: %1</source>
        <translation type="unfinished">  que faire : %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Start quietly in the tray (used when starting at login): no window opens, and continuous sync starts for the mailboxes that have it.</source>
        <translation type="unfinished">Démarrer discrètement dans la zone de notification (utilisé au lancement à l&apos;ouverture de session) : aucune fenêtre ne s&apos;ouvre, et la synchronisation continue démarre pour les boîtes qui l&apos;utilisent.</translation>
    </message>
    <message>
        <source>Use this Google client file (client_secret.json) for signing in, then open the setup wizard.</source>
        <translation type="unfinished">Utiliser ce fichier client Google (client_secret.json) pour la connexion, puis ouvrir l&apos;assistant de configuration.</translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished">fichier</translation>
    </message>
    <message>
        <source>Mailferry: %1</source>
        <translation type="unfinished">Mailferry : %1</translation>
    </message>
    <message>
        <source>Moves mail from POP3 mailboxes into Gmail, safely.

Without a command, the app opens. Commands for scripts and unattended runs:
  migrate, retry-failed, import, preflight, bulk, signin, status, export-log, accounts, forget
  (see: mailferry migrate --help)</source>
        <translation type="unfinished">Déplace le courrier des boîtes POP3 vers Gmail, en toute sécurité.

Sans commande, l&apos;application s&apos;ouvre. Commandes pour les scripts et les exécutions sans surveillance :
  migrate, retry-failed, import, preflight, bulk, signin, status, export-log, accounts, forget
  (voir : mailferry migrate --help)</translation>
    </message>
    <message>
        <source>Moves mail from POP3 mailboxes into Gmail, safely.

Commands (this build has no window):
  migrate, retry-failed, import, preflight, bulk, signin, status, export-log, accounts, forget
  (see: mailferry migrate --help)</source>
        <translation type="unfinished">Déplace le courrier des boîtes POP3 vers Gmail, en toute sécurité.

Commandes (cette version n&apos;a pas de fenêtre) :
  migrate, retry-failed, import, preflight, bulk, signin, status, export-log, accounts, forget
  (voir : mailferry migrate --help)</translation>
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
    <name>mf::SizeText</name>
    <message>
        <source>%1 MB</source>
        <translation type="unfinished">%1 Mo</translation>
    </message>
</context>
<context>
    <name>mf::accounts::AccountService</name>
    <message>
        <source>The Google client file %1 has no client id.</source>
        <translation type="unfinished">Le fichier client Google %1 n&apos;a pas d&apos;identifiant client.</translation>
    </message>
    <message>
        <source>No Google client is configured. Sign in once in the app, or give --client-secret with the client_secret.json of your Google Cloud project.</source>
        <translation type="unfinished">Aucun client Google n&apos;est configuré. Connectez-vous une fois dans l&apos;application, ou donnez --client-secret avec le client_secret.json de votre projet Google Cloud.</translation>
    </message>
    <message>
        <source>Mailferry is not signed in to Google. Open the app and sign in with Google first.</source>
        <translation type="unfinished">Mailferry n&apos;est pas connecté à Google. Ouvrez d&apos;abord l&apos;application et connectez-vous avec Google.</translation>
    </message>
</context>
<context>
    <name>mf::accounts::BulkCsv</name>
    <message>
        <source>a quote (&quot;) inside a field that does not start with one; a field with quotes must be quoted whole, with each quote doubled (&quot;&quot;)</source>
        <translation type="unfinished">un guillemet (&quot;) dans un champ qui ne commence pas par un guillemet ; un champ avec des guillemets doit être entièrement entre guillemets, chacun doublé (&quot;&quot;)</translation>
    </message>
    <message>
        <source>text after the closing quote of a field; a quote inside a quoted field is written twice (&quot;&quot;)</source>
        <translation type="unfinished">du texte après le guillemet fermant d&apos;un champ ; un guillemet dans un champ entre guillemets s&apos;écrit deux fois (&quot;&quot;)</translation>
    </message>
    <message>
        <source>a quoted field that never ends (its closing quote is missing)</source>
        <translation type="unfinished">un champ entre guillemets qui ne se termine jamais (le guillemet fermant manque)</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2, not &quot;%3&quot;</source>
        <translation type="unfinished">doit être un nombre entier de %1 à %2, pas « %3 »</translation>
    </message>
    <message>
        <source>must be yes or no (or empty for no), not &quot;%1&quot;</source>
        <translation type="unfinished">doit être yes ou no (ou vide pour no), pas « %1 »</translation>
    </message>
    <message>
        <source>is empty; every row needs the old address</source>
        <translation type="unfinished">est vide ; chaque ligne a besoin de l&apos;ancienne adresse</translation>
    </message>
    <message>
        <source>is not an email address (name@domain): &quot;%1&quot;</source>
        <translation type="unfinished">n&apos;est pas une adresse e-mail (nom@domaine) : « %1 »</translation>
    </message>
    <message>
        <source>is empty; every row needs the POP3 server</source>
        <translation type="unfinished">est vide ; chaque ligne a besoin du serveur POP3</translation>
    </message>
    <message>
        <source>is not a server name or IP address: &quot;%1&quot;</source>
        <translation type="unfinished">n&apos;est pas un nom de serveur ni une adresse IP : « %1 »</translation>
    </message>
    <message>
        <source>must be tls, starttls or plain, not &quot;%1&quot;</source>
        <translation type="unfinished">doit être tls, starttls ou plain, pas « %1 »</translation>
    </message>
    <message>
        <source>is empty; every row needs the Gmail or Workspace address to copy into</source>
        <translation type="unfinished">est vide ; chaque ligne a besoin de l&apos;adresse Gmail ou Workspace où copier</translation>
    </message>
    <message>
        <source>must be a SHA-256 fingerprint: 64 hex digits</source>
        <translation type="unfinished">doit être une empreinte SHA-256 : 64 chiffres hexadécimaux</translation>
    </message>
    <message>
        <source>is longer than Gmail&apos;s %1 characters</source>
        <translation type="unfinished">dépasse les %1 caractères de Gmail</translation>
    </message>
    <message>
        <source>cannot be combined with delete; choose one</source>
        <translation type="unfinished">ne peut pas être combiné avec delete ; choisissez l&apos;un des deux</translation>
    </message>
    <message>
        <source>cannot be combined with read; archived messages skip the Inbox</source>
        <translation type="unfinished">ne peut pas être combiné avec read ; les messages archivés ne passent pas par la boîte de réception</translation>
    </message>
    <message>
        <source>needs a label: archived messages without one would be found only under All Mail</source>
        <translation type="unfinished">a besoin d&apos;un libellé : les messages archivés sans libellé ne se trouveraient que dans « Tous les messages »</translation>
    </message>
    <message>
        <source> (MB of 1,048,576 bytes; Gmail takes at most 50)</source>
        <translation type="unfinished"> (Mo de 1 048 576 octets ; Gmail accepte au plus 50)</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished">ligne %1 : %2</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation type="unfinished">ligne %1, colonne %2 : %3</translation>
    </message>
    <message>
        <source>the file has %1 bytes; a bulk file may have at most %2</source>
        <translation type="unfinished">le fichier fait %1 octets ; un fichier bulk peut en avoir au plus %2</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text; save it from your spreadsheet as &quot;CSV UTF-8&quot;</source>
        <translation type="unfinished">le fichier n&apos;est pas du texte UTF-8 ; enregistrez-le depuis votre tableur au format « CSV UTF-8 »</translation>
    </message>
    <message>
        <source>the file is empty; it needs a header row naming the columns, then one row per mailbox</source>
        <translation type="unfinished">le fichier est vide ; il lui faut une ligne d&apos;en-tête nommant les colonnes, puis une ligne par boîte</translation>
    </message>
    <message>
        <source>%1 (column %2)</source>
        <translation type="unfinished">%1 (colonne %2)</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation type="unfinished">(sans nom)</translation>
    </message>
    <message>
        <source>passwords never go in this file. Remove the column; give the passwords with --password-file, --passwords-stdin or the keychain.</source>
        <translation type="unfinished">les mots de passe ne vont jamais dans ce fichier. Retirez la colonne ; donnez les mots de passe avec --password-file, --passwords-stdin ou le trousseau.</translation>
    </message>
    <message>
        <source>has no name in the header row</source>
        <translation type="unfinished">n&apos;a pas de nom dans la ligne d&apos;en-tête</translation>
    </message>
    <message>
        <source>is not a column Mailferry knows; the columns are: %1</source>
        <translation type="unfinished">n&apos;est pas une colonne que Mailferry connaît ; les colonnes sont : %1</translation>
    </message>
    <message>
        <source>appears twice in the header row</source>
        <translation type="unfinished">apparaît deux fois dans la ligne d&apos;en-tête</translation>
    </message>
    <message>
        <source>is missing from the header row; it is required</source>
        <translation type="unfinished">manque dans la ligne d&apos;en-tête ; elle est obligatoire</translation>
    </message>
    <message>
        <source>the file has more than %1 mailboxes; split it</source>
        <translation type="unfinished">le fichier a plus de %1 boîtes ; divisez-le</translation>
    </message>
    <message>
        <source>has %1 fields, but the header row names %2 columns</source>
        <translation type="unfinished">a %1 champs, mais la ligne d&apos;en-tête nomme %2 colonnes</translation>
    </message>
    <message>
        <source>is longer than %1 characters</source>
        <translation type="unfinished">dépasse %1 caractères</translation>
    </message>
    <message>
        <source>contains a line break or other control character</source>
        <translation type="unfinished">contient un saut de ligne ou un autre caractère de contrôle</translation>
    </message>
    <message>
        <source>%1 is already on line %2; each mailbox may appear once</source>
        <translation type="unfinished">%1 est déjà à la ligne %2 ; chaque boîte ne peut apparaître qu&apos;une fois</translation>
    </message>
    <message>
        <source>the file has a header row but no mailbox rows</source>
        <translation type="unfinished">le fichier a une ligne d&apos;en-tête mais aucune ligne de boîte</translation>
    </message>
    <message>
        <source>the file %1 does not exist</source>
        <translation type="unfinished">le fichier %1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>%1 is not a regular file</source>
        <translation type="unfinished">%1 n&apos;est pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished">%1 ne peut pas être lu : %2</translation>
    </message>
</context>
<context>
    <name>mf::accounts::PasswordFile</name>
    <message>
        <source>The password file %1 cannot be checked: %2</source>
        <translation type="unfinished">Le fichier de mots de passe %1 ne peut pas être vérifié : %2</translation>
    </message>
    <message>
        <source>The password file %1 is not a regular file.</source>
        <translation type="unfinished">Le fichier de mots de passe %1 n&apos;est pas un fichier ordinaire.</translation>
    </message>
    <message>
        <source>The password file %1 belongs to another user; it must be yours alone.</source>
        <translation type="unfinished">Le fichier de mots de passe %1 appartient à un autre utilisateur ; il doit être à vous seul.</translation>
    </message>
    <message>
        <source>The password file %1 can be read or changed by others (mode %2). Make it yours alone with: chmod 600 %1</source>
        <translation type="unfinished">Le fichier de mots de passe %1 peut être lu ou modifié par d&apos;autres (mode %2). Rendez-le à vous seul avec : chmod 600 %1</translation>
    </message>
    <message>
        <source>The passwords are more than %1 bytes; one line per mailbox is a few dozen.</source>
        <translation type="unfinished">Les mots de passe font plus de %1 octets ; une ligne par boîte en fait quelques dizaines.</translation>
    </message>
    <message>
        <source>The passwords are not UTF-8 text.</source>
        <translation type="unfinished">Les mots de passe ne sont pas du texte UTF-8.</translation>
    </message>
    <message>
        <source>Line %1 of the passwords has no TAB or comma between the address and the password.</source>
        <translation type="unfinished">La ligne %1 des mots de passe n&apos;a ni TAB ni virgule entre l&apos;adresse et le mot de passe.</translation>
    </message>
    <message>
        <source>Line %1 of the passwords does not start with an email address.</source>
        <translation type="unfinished">La ligne %1 des mots de passe ne commence pas par une adresse e-mail.</translation>
    </message>
    <message>
        <source>Line %1 of the passwords has an empty password.</source>
        <translation type="unfinished">La ligne %1 des mots de passe a un mot de passe vide.</translation>
    </message>
    <message>
        <source>Line %1 of the passwords names %2 again (first on line %3).</source>
        <translation type="unfinished">La ligne %1 des mots de passe nomme de nouveau %2 (d&apos;abord à la ligne %3).</translation>
    </message>
    <message>
        <source>The password file %1 cannot be opened: %2</source>
        <translation type="unfinished">Le fichier de mots de passe %1 ne peut pas être ouvert : %2</translation>
    </message>
    <message>
        <source>A password file cannot be checked for privacy on this system; give the passwords with --passwords-stdin instead.</source>
        <translation type="unfinished">Sur ce système, on ne peut pas vérifier qu&apos;un fichier de mots de passe est privé ; donnez plutôt les mots de passe avec --passwords-stdin.</translation>
    </message>
    <message>
        <source>The password file %1 cannot be read: %2</source>
        <translation type="unfinished">Le fichier de mots de passe %1 ne peut pas être lu : %2</translation>
    </message>
</context>
<context>
    <name>mf::app::CliRunner</name>
    <message>
        <source>%1 bytes</source>
        <translation type="unfinished">%1 octets</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number</source>
        <translation type="unfinished">« %1 » n&apos;est pas un nombre entier</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2, not %3</source>
        <translation type="unfinished">doit être un nombre entier de %1 à %2, pas %3</translation>
    </message>
</context>
<context>
    <name>mf::archive</name>
    <message>
        <source>There is no file or folder %1.</source>
        <translation type="unfinished">Il n&apos;y a pas de fichier ni de dossier %1.</translation>
    </message>
    <message>
        <source>%1 holds no mail Mailferry can read (mbox, Maildir, .eml, Apple Mail or Outlook .pst).</source>
        <translation type="unfinished">%1 ne contient pas de courrier que Mailferry sait lire (mbox, Maildir, .eml, Apple Mail ou .pst d&apos;Outlook).</translation>
    </message>
    <message>
        <source>This build of Mailferry cannot read Outlook files (%1).</source>
        <translation type="unfinished">Cette version de Mailferry ne sait pas lire les fichiers Outlook (%1).</translation>
    </message>
    <message>
        <source>%1 holds no mail Mailferry can read.</source>
        <translation type="unfinished">%1 ne contient pas de courrier que Mailferry sait lire.</translation>
    </message>
    <message>
        <source>The message is larger than %1 bytes.</source>
        <translation type="unfinished">Le message fait plus de %1 octets.</translation>
    </message>
    <message>
        <source>The archive could not be read.</source>
        <translation type="unfinished">L&apos;archive n&apos;a pas pu être lue.</translation>
    </message>
    <message>
        <source>The archive changed since it was scanned; scan it again.</source>
        <translation type="unfinished">L&apos;archive a changé depuis son examen ; examinez-la de nouveau.</translation>
    </message>
    <message>
        <source>The Apple Mail message %1 cannot be read: %2</source>
        <translation type="unfinished">Le message Apple Mail %1 ne peut pas être lu : %2</translation>
    </message>
    <message>
        <source>Apple Mail keeps its attachments in other files. Export the mailbox from Apple Mail (Mailbox &gt; Export Mailbox) and add the exported mbox instead.</source>
        <translation type="unfinished">Apple Mail garde les pièces jointes dans d&apos;autres fichiers. Exportez la boîte depuis Apple Mail (BAL &gt; Exporter la boîte aux lettres) et ajoutez plutôt le fichier mbox exporté.</translation>
    </message>
    <message>
        <source>it does not start with the message&apos;s length.</source>
        <translation type="unfinished">il ne commence pas par la longueur du message.</translation>
    </message>
    <message>
        <source>it is cut short at byte %1 of %2.</source>
        <translation type="unfinished">il s&apos;arrête à l&apos;octet %1 sur %2.</translation>
    </message>
    <message>
        <source>The message file %1 could not be opened.</source>
        <translation type="unfinished">Le fichier de message %1 n&apos;a pas pu être ouvert.</translation>
    </message>
    <message>
        <source>The message file %1 is cut short at byte %2.</source>
        <translation type="unfinished">Le fichier de message %1 s&apos;arrête à l&apos;octet %2.</translation>
    </message>
    <message>
        <source>The mail file %1 could not be opened.</source>
        <translation type="unfinished">Le fichier de courrier %1 n&apos;a pas pu être ouvert.</translation>
    </message>
    <message>
        <source>The mail file %1 is cut short: it ends inside message %2 (byte %3). The messages before it were read.</source>
        <translation type="unfinished">Le fichier de courrier %1 est tronqué : il se termine au milieu du message %2 (octet %3). Les messages qui le précèdent ont été lus.</translation>
    </message>
    <message>
        <source>The mail file %1 could not be read past byte %2.</source>
        <translation type="unfinished">Le fichier de courrier %1 n&apos;a pas pu être lu au-delà de l&apos;octet %2.</translation>
    </message>
    <message>
        <source>%1 is not an mbox file: it does not start with &quot;From &quot;.</source>
        <translation type="unfinished">%1 n&apos;est pas un fichier mbox : il ne commence pas par « From ».</translation>
    </message>
    <message>
        <source>The Outlook file %1 cannot be read: %2</source>
        <translation type="unfinished">Le fichier Outlook %1 ne peut pas être lu : %2</translation>
    </message>
    <message>
        <source>it is not an Outlook data file.</source>
        <translation type="unfinished">ce n&apos;est pas un fichier de données Outlook.</translation>
    </message>
    <message>
        <source>its index is damaged.</source>
        <translation type="unfinished">son index est endommagé.</translation>
    </message>
    <message>
        <source>it has no folders.</source>
        <translation type="unfinished">il n&apos;a aucun dossier.</translation>
    </message>
    <message>
        <source>The message is no longer in the Outlook file %1.</source>
        <translation type="unfinished">Le message n&apos;est plus dans le fichier Outlook %1.</translation>
    </message>
    <message>
        <source>Apple Mail</source>
        <translation type="unfinished">Apple Mail</translation>
    </message>
    <message>
        <source>Message %1 in the Outlook file %2 cannot be read: the file is damaged or cut short there.</source>
        <translation type="unfinished">Le message %1 du fichier Outlook %2 ne peut pas être lu : le fichier est endommagé ou tronqué à cet endroit.</translation>
    </message>
    <message>
        <source>The Outlook file %1 is cut short: it holds %2 of its %3 bytes, so mail kept past the cut could not be read.</source>
        <translation type="unfinished">Le fichier Outlook %1 est tronqué : il contient %2 de ses %3 octets, le courrier situé après la coupure n&apos;a donc pas pu être lu.</translation>
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
    <message>
        <source>This is not a Google client file (client_secret.json). Choose the file you downloaded from Google Cloud Console.</source>
        <translation type="unfinished">Ce n&apos;est pas un fichier client Google (client_secret.json). Choisissez le fichier que vous avez téléchargé depuis Google Cloud Console.</translation>
    </message>
    <message>
        <source>This file is too large to be a Google client file (client_secret.json).</source>
        <translation type="unfinished">Ce fichier est trop gros pour être un fichier client Google (client_secret.json).</translation>
    </message>
</context>
<context>
    <name>mf::google::ConsentLifetime</name>
    <message numerus="yes">
        <source>in %n minute(s)</source>
        <translation type="unfinished">
            <numerusform>dans %n minute</numerusform>
            <numerusform>dans %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n hour(s)</source>
        <translation type="unfinished">
            <numerusform>dans %n heure</numerusform>
            <numerusform>dans %n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation type="unfinished">
            <numerusform>dans %n jour</numerusform>
            <numerusform>dans %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Google&apos;s permission for Mailferry has expired: your Google Cloud project is in &quot;Testing&quot; status, and Google ends such permissions 7 days after you signed in.</source>
        <translation type="unfinished">L&apos;autorisation de Google pour Mailferry a expiré : votre projet Google Cloud est en état « Testing », et Google met fin à ces autorisations 7 jours après la connexion.</translation>
    </message>
    <message>
        <source>Google&apos;s permission for Mailferry ends %1 (%2): your Google Cloud project is in &quot;Testing&quot; status, and Google ends such permissions 7 days after you signed in.</source>
        <translation type="unfinished">L&apos;autorisation de Google pour Mailferry prend fin %1 (%2) : votre projet Google Cloud est en état « Testing », et Google met fin à ces autorisations 7 jours après la connexion.</translation>
    </message>
    <message>
        <source>Google&apos;s permission for Mailferry ends %1 (your Google Cloud project is in &quot;Testing&quot; status).</source>
        <translation type="unfinished">L&apos;autorisation de Google pour Mailferry prend fin %1 (votre projet Google Cloud est en état « Testing »).</translation>
    </message>
    <message>
        <source>Google&apos;s permission for Mailferry expired: your Google Cloud project is in &quot;Testing&quot; status, and Google ends such permissions 7 days after you signed in. %1 %2</source>
        <translation type="unfinished">L&apos;autorisation de Google pour Mailferry a expiré : votre projet Google Cloud est en état « Testing », et Google met fin à ces autorisations 7 jours après la connexion. %1 %2</translation>
    </message>
    <message>
        <source>Google no longer accepts Mailferry&apos;s sign-in for this account (it was withdrawn, the Google password changed, or it went unused for months). %1</source>
        <translation type="unfinished">Google n&apos;accepte plus la connexion de Mailferry pour ce compte (elle a été retirée, le mot de passe Google a changé, ou elle est restée inutilisée des mois). %1</translation>
    </message>
    <message>
        <source>Sign in with Google again to continue.</source>
        <translation type="unfinished">Reconnectez-vous à Google pour continuer.</translation>
    </message>
    <message>
        <source>To stop this from happening every week, publish your project: in the Google Cloud console, open APIs &amp; Services &gt; OAuth consent screen (Audience), and click Publish app. A project that only you (or fewer than 100 people) use can stay unverified; Google then shows an &quot;unverified app&quot; screen at sign-in, where you click Advanced and continue. Then sign in again once.</source>
        <translation type="unfinished">Pour que cela n&apos;arrive plus chaque semaine, publiez votre projet : dans la console Google Cloud, ouvrez APIs &amp; Services &gt; OAuth consent screen (Audience) et cliquez sur Publish app. Un projet utilisé par vous seul (ou moins de 100 personnes) peut rester non validé ; Google affiche alors un écran « unverified app » à la connexion, où vous cliquez sur Advanced puis continuez. Reconnectez-vous ensuite une fois.</translation>
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
    <message>
        <source>Gmail&apos;s answer pointed the upload to another address, so Mailferry did not send your message there. A proxy, security software or network setting may be interfering; check them, then try again.</source>
        <translation type="unfinished">La réponse de Gmail dirigeait l&apos;envoi vers une autre adresse, donc Mailferry n&apos;y a pas envoyé votre message. Un proxy, un logiciel de sécurité ou un réglage réseau peut s&apos;en mêler ; vérifiez-les, puis réessayez.</translation>
    </message>
    <message numerus="yes">
        <source>Gmail asked Mailferry to wait %n minute(s) before sending more. Mailferry stopped for now; nothing is lost. Try again after that time.</source>
        <translation type="unfinished">
            <numerusform>Gmail a demandé à Mailferry d&apos;attendre %n minute avant d&apos;en envoyer davantage. Mailferry s&apos;est arrêté pour l&apos;instant ; rien n&apos;est perdu. Réessayez après ce délai.</numerusform>
            <numerusform>Gmail a demandé à Mailferry d&apos;attendre %n minutes avant d&apos;en envoyer davantage. Mailferry s&apos;est arrêté pour l&apos;instant ; rien n&apos;est perdu. Réessayez après ce délai.</numerusform>
        </translation>
    </message>
    <message>
        <source>Gmail does not accept one of this message&apos;s attachments (a program or an archive containing one).</source>
        <translation type="unfinished">Gmail n&apos;accepte pas l&apos;une des pièces jointes de ce message (un programme, ou une archive qui en contient un).</translation>
    </message>
    <message>
        <source>A label needs a name.</source>
        <translation type="unfinished">Un libellé a besoin d&apos;un nom.</translation>
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
    <message>
        <source>Not this sign-in</source>
        <translation type="unfinished">Pas cette connexion</translation>
    </message>
    <message>
        <source>This answer did not belong to the sign-in Mailferry is waiting for, so Mailferry ignored it. Finish signing in from the window Mailferry opened.</source>
        <translation type="unfinished">Cette réponse n&apos;appartenait pas à la connexion qu&apos;attend Mailferry, donc Mailferry l&apos;a ignorée. Terminez la connexion dans la fenêtre que Mailferry a ouverte.</translation>
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
    <name>mf::google::http</name>
    <message>
        <source>Mailferry&apos;s connection to Google was sent to another address, so Mailferry stopped instead of handing over your sign-in or your mail. A proxy, security software or network setting may be redirecting it; check them, then try again.</source>
        <translation type="unfinished">La connexion de Mailferry à Google a été envoyée vers une autre adresse, donc Mailferry s&apos;est arrêté au lieu de livrer votre connexion ou votre courrier. Un proxy, un logiciel de sécurité ou un réglage réseau la redirige peut-être ; vérifiez-les, puis réessayez.</translation>
    </message>
    <message>
        <source>Google sent an answer far larger than any it should send, so Mailferry stopped reading it. It will try again later.</source>
        <translation type="unfinished">Google a envoyé une réponse bien plus grande que toutes celles qu&apos;il devrait envoyer, donc Mailferry a cessé de la lire. Il réessaiera plus tard.</translation>
    </message>
</context>
<context>
    <name>mf::mail::AttachmentStripper</name>
    <message>
        <source>The structure of this message is too complex or damaged for Mailferry to take its attachments apart.</source>
        <translation type="unfinished">La structure de ce message est trop complexe ou endommagée pour que Mailferry puisse en séparer les pièces jointes.</translation>
    </message>
    <message>
        <source>Mailferry removed the attachment &quot;%1&quot; (%2) from this copy: Gmail does not accept this type of file.</source>
        <translation type="unfinished">Mailferry a retiré la pièce jointe « %1 » (%2) de cette copie : Gmail n&apos;accepte pas ce type de fichier.</translation>
    </message>
    <message>
        <source>The archive holds: %1.</source>
        <translation type="unfinished">L&apos;archive contient : %1.</translation>
    </message>
    <message>
        <source>The original message, with the attachment, is kept on your computer at:</source>
        <translation type="unfinished">Le message original, avec la pièce jointe, est gardé sur votre ordinateur ici :</translation>
    </message>
    <message>
        <source>%1 (holds %2)</source>
        <translation type="unfinished">%1 (contient %2)</translation>
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
    <message>
        <source>Mailferry finished copying the mail archive %1 into this Gmail account.</source>
        <translation type="unfinished">Mailferry a fini de copier l&apos;archive de courrier %1 dans ce compte Gmail.</translation>
    </message>
    <message>
        <source>The messages that could not be copied are still in the archive on your computer; Mailferry never changes it. The attached file lists each one with the reason. In Mailferry, &quot;Retry failed&quot; tries exactly these messages again.</source>
        <translation type="unfinished">Les messages qui n&apos;ont pas pu être copiés sont toujours dans l&apos;archive sur votre ordinateur ; Mailferry ne la modifie jamais. Le fichier joint les liste un par un avec la raison. Dans Mailferry, « Réessayer les échecs » réessaie exactement ces messages.</translation>
    </message>
</context>
<context>
    <name>mf::mail::StandInDetector</name>
    <message>
        <source>The mail server sent a stand-in (&quot;cannot display Unicode content&quot;) instead of this message, because the message has non-ASCII headers and the server did not switch to UTF-8. It was left on the server.</source>
        <translation type="unfinished">Le serveur de courrier a envoyé un message de remplacement (« cannot display Unicode content ») au lieu de ce message, car le message a des en-têtes non ASCII et le serveur n&apos;est pas passé en UTF-8. Il a été laissé sur le serveur.</translation>
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
    <message>
        <source>Idle</source>
        <translation type="unfinished">Inactif</translation>
    </message>
    <message>
        <source>Waiting for another mailbox to finish</source>
        <translation type="unfinished">En attente qu&apos;une autre boîte termine</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation type="unfinished">Vérification</translation>
    </message>
    <message>
        <source>Copying</source>
        <translation type="unfinished">Copie</translation>
    </message>
    <message>
        <source>Waiting for Gmail&apos;s quota</source>
        <translation type="unfinished">En attente du quota de Gmail</translation>
    </message>
    <message>
        <source>Needs you</source>
        <translation type="unfinished">A besoin de vous</translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished">Terminé</translation>
    </message>
</context>
<context>
    <name>mf::migration::ArchiveCatalog</name>
    <message>
        <source>Too many damaged places; the rest of the archive was not read.</source>
        <translation type="unfinished">Trop d&apos;endroits endommagés ; le reste de l&apos;archive n&apos;a pas été lu.</translation>
    </message>
</context>
<context>
    <name>mf::migration::ArchiveSource</name>
    <message>
        <source>Part of the archive could not be read: %1</source>
        <translation type="unfinished">Une partie de l&apos;archive n&apos;a pas pu être lue : %1</translation>
    </message>
    <message>
        <source>The message is no longer in the archive.</source>
        <translation type="unfinished">Le message n&apos;est plus dans l&apos;archive.</translation>
    </message>
    <message>
        <source>Mailferry never changes a local archive.</source>
        <translation type="unfinished">Mailferry ne modifie jamais une archive locale.</translation>
    </message>
</context>
<context>
    <name>mf::migration::BlockedAttachments</name>
    <message>
        <source>Mailferry could not keep a copy of the original message on this computer, so it was not copied without its attachment. Check that the disk is not full.</source>
        <translation type="unfinished">Mailferry n&apos;a pas pu garder une copie du message original sur cet ordinateur ; il n&apos;a donc pas été copié sans sa pièce jointe. Vérifiez que le disque n&apos;est pas plein.</translation>
    </message>
    <message>
        <source>Gmail does not accept one of this message&apos;s attachments, and Mailferry could not tell which one. It stays on the old server.</source>
        <translation type="unfinished">Gmail n&apos;accepte pas l&apos;une des pièces jointes de ce message, et Mailferry n&apos;a pas pu savoir laquelle. Il reste sur l&apos;ancien serveur.</translation>
    </message>
    <message>
        <source>Gmail does not accept one of this message&apos;s attachments, and Mailferry could not tell which one. It is still in the archive.</source>
        <translation type="unfinished">Gmail n&apos;accepte pas l&apos;une des pièces jointes de ce message, et Mailferry n&apos;a pas pu déterminer laquelle. Il est toujours dans l&apos;archive.</translation>
    </message>
</context>
<context>
    <name>mf::migration::CatalogFile</name>
    <message>
        <source>Mailferry could not keep its list of the archive&apos;s messages (%1).</source>
        <translation type="unfinished">Mailferry n&apos;a pas pu conserver sa liste des messages de l&apos;archive (%1).</translation>
    </message>
    <message>
        <source>not a list Mailferry wrote</source>
        <translation type="unfinished">ce n&apos;est pas une liste écrite par Mailferry</translation>
    </message>
    <message>
        <source>the file was changed or cut short</source>
        <translation type="unfinished">le fichier a été modifié ou tronqué</translation>
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
        <source>Interrupted.</source>
        <translation type="unfinished">Interrompu.</translation>
    </message>
    <message>
        <source>The connection to Gmail broke during the upload and it was sent again; Gmail may show it twice.</source>
        <translation type="unfinished">La connexion à Gmail a été coupée pendant l&apos;envoi et le message a été renvoyé ; il apparaîtra peut-être deux fois dans Gmail.</translation>
    </message>
    <message>
        <source>Gmail is not taking messages now (%1). Trying again in %2 seconds (attempt %3).</source>
        <translation type="unfinished">Gmail n&apos;accepte pas de messages en ce moment (%1). Nouvel essai dans %2 secondes (essai %3).</translation>
    </message>
    <message>
        <source>%1 Trying again in %2 seconds (attempt %3 of %4).</source>
        <translation type="unfinished">%1 Nouvel essai dans %2 secondes (essai %3 sur %4).</translation>
    </message>
    <message>
        <source>%1 (Attempt %2 of %3.)</source>
        <translation type="unfinished">%1 (Essai %2 sur %3.)</translation>
    </message>
    <message>
        <source>%1 The server asks Mailferry to wait %2 minutes, longer than it waits unattended. Try again after %3.</source>
        <translation type="unfinished">%1 Le serveur demande à Mailferry d&apos;attendre %2 minutes, plus longtemps qu&apos;il n&apos;attend sans surveillance. Réessayez après %3.</translation>
    </message>
    <message>
        <source>Gmail could not take messages for %1 minutes (%2). Nothing more was read from the mail server; run Mailferry again later to go on where it stopped.</source>
        <translation type="unfinished">Gmail n&apos;a pas pu accepter de messages pendant %1 minutes (%2). Rien de plus n&apos;a été lu sur le serveur de courrier ; relancez Mailferry plus tard pour reprendre là où il s&apos;est arrêté.</translation>
    </message>
    <message>
        <source>The server broke the connection each time this message was read (%1). It was left on the server.</source>
        <translation type="unfinished">Le serveur a coupé la connexion chaque fois que ce message était lu (%1). Il a été laissé sur le serveur.</translation>
    </message>
    <message>
        <source>The message is larger than the %1 MB limit (the server announced %2 MB). It was left on the server.</source>
        <translation type="unfinished">Le message dépasse la limite de %1 Mo (le serveur a annoncé %2 Mo). Il a été laissé sur le serveur.</translation>
    </message>
    <message>
        <source>The server sent %1 bytes of a message it announced as %2 bytes; it may be cut short. It was left on the server.</source>
        <translation type="unfinished">Le serveur a envoyé %1 octets d&apos;un message annoncé à %2 octets ; il est peut-être tronqué. Il a été laissé sur le serveur.</translation>
    </message>
    <message>
        <source>The server sent %1 bytes for a message it announced as %2 bytes, so the original is kept on the server.</source>
        <translation type="unfinished">Le serveur a envoyé %1 octets pour un message annoncé à %2 octets, donc l&apos;original est gardé sur le serveur.</translation>
    </message>
    <message>
        <source>The server&apos;s id for this message is not reliable, so it is kept on the server.</source>
        <translation type="unfinished">L&apos;identifiant du serveur pour ce message n&apos;est pas fiable, donc il est gardé sur le serveur.</translation>
    </message>
    <message>
        <source>An earlier upload of this message failed in a way that may have stored it, so it was uploaded again; Gmail may show it twice.</source>
        <translation type="unfinished">Un envoi précédent de ce message a échoué d&apos;une façon qui a pu l&apos;enregistrer, il a donc été envoyé de nouveau ; Gmail l&apos;affichera peut-être en double.</translation>
    </message>
    <message>
        <source>Gmail could not be reached.</source>
        <translation type="unfinished">Gmail n&apos;a pas pu être joint.</translation>
    </message>
    <message numerus="yes">
        <source>This server allows one login every %n minute(s); the next session starts in %1 seconds.</source>
        <translation type="unfinished">
            <numerusform>Ce serveur permet une connexion par %n minute ; la prochaine session commence dans %1 secondes.</numerusform>
            <numerusform>Ce serveur permet une connexion toutes les %n minutes ; la prochaine session commence dans %1 secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 Next check in %2 minutes; the last successful check was at %3.</source>
        <translation type="unfinished">%1 Prochaine relève dans %2 minutes ; la dernière relève réussie date de %3.</translation>
    </message>
    <message>
        <source>%1 Next check in %2 minutes; no check has succeeded yet.</source>
        <translation type="unfinished">%1 Prochaine relève dans %2 minutes ; aucune relève n&apos;a encore réussi.</translation>
    </message>
    <message>
        <source>%1 (archive)</source>
        <translation type="unfinished">%1 (archive)</translation>
    </message>
    <message>
        <source>Reading the archive…</source>
        <translation type="unfinished">Lecture de l&apos;archive…</translation>
    </message>
    <message>
        <source>The message is %1 MB, over the %2 MB limit. It was not copied; it is still in the archive.</source>
        <translation type="unfinished">Le message fait %1 Mo, au-delà de la limite de %2 Mo. Il n&apos;a pas été copié ; il est toujours dans l&apos;archive.</translation>
    </message>
    <message>
        <source>The message is empty. It is still in the archive.</source>
        <translation type="unfinished">Le message est vide. Il est toujours dans l&apos;archive.</translation>
    </message>
    <message>
        <source>The message has no readable headers, so Gmail would refuse it. It is still in the archive.</source>
        <translation type="unfinished">Le message n&apos;a pas d&apos;en-têtes lisibles, Gmail le refuserait donc. Il est toujours dans l&apos;archive.</translation>
    </message>
    <message>
        <source>This message in the archive is a mail server&apos;s stand-in (&quot;cannot display Unicode content&quot;), not the original message. It was not copied.</source>
        <translation type="unfinished">Ce message de l&apos;archive est un substitut envoyé par un serveur de messagerie (« cannot display Unicode content »), pas le message original. Il n&apos;a pas été copié.</translation>
    </message>
</context>
<context>
    <name>mf::migration::PreflightText</name>
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
        <source>%1 messages, %2.</source>
        <translation type="unfinished">%1 messages, %2.</translation>
    </message>
    <message>
        <source>From %1 to %2.</source>
        <translation type="unfinished">Du %1 au %2.</translation>
    </message>
    <message>
        <source>Already in Gmail (copied by Mailferry before): %1.</source>
        <translation type="unfinished">Déjà dans Gmail (copiés par Mailferry auparavant) : %1.</translation>
    </message>
    <message>
        <source>Larger than the chosen limit of %1, so they stay on the server: %2.</source>
        <translation type="unfinished">Plus grands que la limite choisie de %1, ils restent donc sur le serveur : %2.</translation>
    </message>
    <message>
        <source>Larger than Gmail accepts (%1): %2.</source>
        <translation type="unfinished">Plus grands que ce que Gmail accepte (%1) : %2.</translation>
    </message>
    <message>
        <source>Without a readable date: %1; Mailferry takes the date the server received them.</source>
        <translation type="unfinished">Sans date lisible : %1 ; Mailferry prend la date à laquelle le serveur les a reçus.</translation>
    </message>
    <message>
        <source>For %1 of them no date is recorded at all, so Gmail will show the day they are copied.</source>
        <translation type="unfinished">Pour %1 d&apos;entre eux, aucune date n&apos;est enregistrée, donc Gmail affichera le jour de leur copie.</translation>
    </message>
    <message>
        <source>Without a Message-ID: %1; Mailferry recognises them by their content.</source>
        <translation type="unfinished">Sans Message-ID : %1 ; Mailferry les reconnaît à leur contenu.</translation>
    </message>
    <message>
        <source>Look like copies of another message in the same mailbox: %1.</source>
        <translation type="unfinished">Ressemblent à des copies d&apos;un autre message de la même boîte : %1.</translation>
    </message>
    <message>
        <source>Could not be looked at: %1 (they are tried again when copying).</source>
        <translation type="unfinished">N&apos;ont pas pu être examinés : %1 (ils seront réessayés lors de la copie).</translation>
    </message>
    <message>
        <source>With a very long header, looked at only in part: %1.</source>
        <translation type="unfinished">Avec un en-tête très long, examinés en partie seulement : %1.</translation>
    </message>
    <message>
        <source>The server does not number its messages permanently; Mailferry recognises them by their content and will not delete any.</source>
        <translation type="unfinished">Le serveur ne numérote pas ses messages de façon permanente ; Mailferry les reconnaît à leur contenu et n&apos;en supprimera aucun.</translation>
    </message>
    <message>
        <source>To copy: %1, %2 at Gmail&apos;s pace.</source>
        <translation type="unfinished">À copier : %1, %2 au rythme de Gmail.</translation>
    </message>
</context>
<context>
    <name>mf::migration::SyncHealth</name>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation type="unfinished">
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation type="unfinished">
            <numerusform>%n heure</numerusform>
            <numerusform>%n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation type="unfinished">
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished">jamais</translation>
    </message>
    <message>
        <source>just now</source>
        <translation type="unfinished">à l&apos;instant</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation type="unfinished">il y a %1</translation>
    </message>
    <message>
        <source>the mail server refuses the password (was it changed?)</source>
        <translation type="unfinished">le serveur de courrier refuse le mot de passe (a-t-il changé ?)</translation>
    </message>
    <message>
        <source>the mail server does not answer or breaks the connection</source>
        <translation type="unfinished">le serveur de courrier ne répond pas ou coupe la connexion</translation>
    </message>
    <message>
        <source>Google&apos;s permission for Mailferry is gone</source>
        <translation type="unfinished">l&apos;autorisation de Google pour Mailferry a disparu</translation>
    </message>
    <message>
        <source>Gmail&apos;s quota is used up for now</source>
        <translation type="unfinished">le quota de Gmail est épuisé pour l&apos;instant</translation>
    </message>
    <message>
        <source>Google does not answer</source>
        <translation type="unfinished">Google ne répond pas</translation>
    </message>
    <message>
        <source>the mailbox&apos;s settings need a change</source>
        <translation type="unfinished">les réglages de la boîte doivent être modifiés</translation>
    </message>
    <message>
        <source>an error</source>
        <translation type="unfinished">une erreur</translation>
    </message>
    <message>
        <source>Type the mailbox&apos;s current password in its settings.</source>
        <translation type="unfinished">Saisissez le mot de passe actuel de la boîte dans ses réglages.</translation>
    </message>
    <message>
        <source>Mailferry keeps trying; if this goes on, ask the mail provider whether the server is down.</source>
        <translation type="unfinished">Mailferry continue d&apos;essayer ; si cela dure, demandez au fournisseur de courrier si le serveur est en panne.</translation>
    </message>
    <message>
        <source>Sign in with Google again.</source>
        <translation type="unfinished">Reconnectez-vous à Google.</translation>
    </message>
    <message>
        <source>Mailferry waits for the quota and goes on by itself.</source>
        <translation type="unfinished">Mailferry attend le quota et reprend tout seul.</translation>
    </message>
    <message>
        <source>Mailferry keeps trying; check this computer&apos;s internet connection.</source>
        <translation type="unfinished">Mailferry continue d&apos;essayer ; vérifiez la connexion Internet de cet ordinateur.</translation>
    </message>
    <message>
        <source>Open the mailbox&apos;s settings and test the connection.</source>
        <translation type="unfinished">Ouvrez les réglages de la boîte et testez la connexion.</translation>
    </message>
    <message>
        <source>Last checked successfully %1.</source>
        <translation type="unfinished">Dernière vérification réussie %1.</translation>
    </message>
    <message>
        <source>Stopped: %1. %2</source>
        <translation type="unfinished">Arrêté : %1. %2</translation>
    </message>
    <message>
        <source>No successful check for %1</source>
        <translation type="unfinished">Aucune vérification réussie depuis %1</translation>
    </message>
    <message>
        <source>No successful check yet, for %1</source>
        <translation type="unfinished">Pas encore de vérification réussie, depuis %1</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation type="unfinished">%1 : %2.</translation>
    </message>
    <message>
        <source>%1 (it should check every %2).</source>
        <translation type="unfinished">%1 (elle devrait vérifier toutes les %2).</translation>
    </message>
    <message>
        <source>Check that Mailferry is running and that this computer is online.</source>
        <translation type="unfinished">Vérifiez que Mailferry fonctionne et que cet ordinateur est en ligne.</translation>
    </message>
    <message>
        <source>%1 Retrying: %2.</source>
        <translation type="unfinished">%1 Nouvel essai : %2.</translation>
    </message>
</context>
<context>
    <name>mf::migration::SyncHost</name>
    <message>
        <source>Gmail asked Mailferry to slow down; the mailboxes going into %1 share its quota</source>
        <translation type="unfinished">Gmail a demandé à Mailferry de ralentir ; les boîtes qui vont dans %1 partagent son quota</translation>
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
    <message>
        <source>The server %1 refused the login without saying why. This may not be a wrong password: try signing in with another mail program, or ask your provider.</source>
        <translation type="unfinished">Le serveur %1 a refusé la connexion sans dire pourquoi. Ce n&apos;est peut-être pas un mauvais mot de passe : essayez de vous connecter avec un autre logiciel de courrier, ou demandez à votre fournisseur.</translation>
    </message>
    <message>
        <source>The server %1 refused the login and said: &quot;%2&quot;. This may not be a wrong password: check what the server said, or ask your provider.</source>
        <translation type="unfinished">Le serveur %1 a refusé la connexion en disant : « %2 ». Ce n&apos;est peut-être pas un mauvais mot de passe : regardez ce qu&apos;a dit le serveur, ou demandez à votre fournisseur.</translation>
    </message>
    <message>
        <source>The server %1 answers too slowly. Mailferry will reconnect and continue.</source>
        <translation type="unfinished">Le serveur %1 répond trop lentement. Mailferry va se reconnecter et continuer.</translation>
    </message>
    <message>
        <source>The server %1 sends data too slowly. Mailferry will reconnect and continue.</source>
        <translation type="unfinished">Le serveur %1 envoie les données trop lentement. Mailferry va se reconnecter et continuer.</translation>
    </message>
    <message>
        <source>The server %1 sent a greeting far longer than POP3 allows. Mailferry will try again later.</source>
        <translation type="unfinished">Le serveur %1 a envoyé un message d&apos;accueil bien plus long que ce que POP3 permet. Mailferry réessaiera plus tard.</translation>
    </message>
    <message>
        <source>The server %1 sent an answer far longer than POP3 allows. Mailferry will try again later.</source>
        <translation type="unfinished">Le serveur %1 a envoyé une réponse bien plus longue que ce que POP3 permet. Mailferry réessaiera plus tard.</translation>
    </message>
    <message>
        <source>The server %1 sent an answer far longer than POP3 allows. Mailferry will reconnect.</source>
        <translation type="unfinished">Le serveur %1 a envoyé une réponse bien plus longue que ce que POP3 permet. Mailferry va se reconnecter.</translation>
    </message>
    <message>
        <source>The message is larger than the size limit (%1 MB); it stays on the server.</source>
        <translation type="unfinished">Le message dépasse la taille maximale (%1 Mo) ; il reste sur le serveur.</translation>
    </message>
    <message>
        <source>The headers of this message are far larger than usual, so Mailferry did not read them; the message stays on the server.</source>
        <translation type="unfinished">Les en-têtes de ce message sont bien plus grands que d&apos;habitude, donc Mailferry ne les a pas lus ; le message reste sur le serveur.</translation>
    </message>
    <message>
        <source>The server %1 sent an answer to %2 far larger than Mailferry accepts. Mailferry will try again later.</source>
        <translation type="unfinished">Le serveur %1 a envoyé à %2 une réponse bien plus grande que ce que Mailferry accepte. Mailferry réessaiera plus tard.</translation>
    </message>
    <message>
        <source>The server %1 does not answer like a POP3 mail server. Check the server name and port (995 for SSL/TLS, 110 for STARTTLS).</source>
        <translation type="unfinished">Le serveur %1 ne répond pas comme un serveur de courrier POP3. Vérifiez le nom du serveur et le port (995 pour SSL/TLS, 110 pour STARTTLS).</translation>
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
    <message>
        <source>This password is longer than the system keychain can keep (at most %1 bytes). Check that only the password was pasted.</source>
        <translation type="unfinished">Ce mot de passe est plus long que ce que le trousseau du système peut garder (%1 octets au plus). Vérifiez que seul le mot de passe a été collé.</translation>
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
    <message>
        <source>Size (MB)</source>
        <translation type="unfinished">Taille (Mo)</translation>
    </message>
    <message>
        <source>Attachments removed</source>
        <translation type="unfinished">Pièces jointes retirées</translation>
    </message>
    <message>
        <source>Original kept at</source>
        <translation type="unfinished">Original gardé à</translation>
    </message>
</context>
<context>
    <name>mf::store::Ledger</name>
    <message>
        <source>Mailferry could not create the folder for its records of this mailbox.</source>
        <translation type="unfinished">Mailferry n&apos;a pas pu créer le dossier de son suivi pour cette boîte.</translation>
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
    <message>
        <source>The file with Mailferry&apos;s records of this mailbox is empty or damaged. Mailferry will not start afresh, because that would copy every message again. Restore the file from a backup, or move it away to really start over.</source>
        <translation type="unfinished">Le fichier où Mailferry note ce qu&apos;il a fait pour cette boîte est vide ou endommagé. Mailferry ne repart pas de zéro, car cela copierait de nouveau chaque message. Restaurez le fichier depuis une sauvegarde, ou déplacez-le pour vraiment recommencer.</translation>
    </message>
    <message>
        <source>Mailferry could not create its records of this mailbox.</source>
        <translation type="unfinished">Mailferry n&apos;a pas pu créer son registre pour cette boîte.</translation>
    </message>
    <message>
        <source>Mailferry could not read its records of this mailbox.</source>
        <translation type="unfinished">Mailferry n&apos;a pas pu lire son registre pour cette boîte.</translation>
    </message>
    <message>
        <source>Mailferry could not update its records of this mailbox to this version.</source>
        <translation type="unfinished">Mailferry n&apos;a pas pu mettre à jour son registre pour cette boîte vers cette version.</translation>
    </message>
    <message>
        <source>Copied without attachment %1; original kept at %2.</source>
        <translation type="unfinished">Copié sans la pièce jointe %1 ; original gardé à %2.</translation>
    </message>
</context>
<context>
    <name>mf::store::LedgerReader</name>
    <message>
        <source>Mailferry could not open its records of this mailbox.</source>
        <translation type="unfinished">Mailferry n&apos;a pas pu ouvrir son suivi de cette boîte.</translation>
    </message>
    <message>
        <source>Mailferry could not update its records of this mailbox. Check that the disk is not full and that the folder can be written to.</source>
        <translation type="unfinished">Mailferry n&apos;a pas pu mettre à jour son suivi de cette boîte. Vérifiez que le disque n&apos;est pas plein et que le dossier est accessible en écriture.</translation>
    </message>
</context>
<context>
    <name>mf::store::ReadOnlyLedger</name>
    <message>
        <source>Mailferry has no records of this mailbox yet.</source>
        <translation type="unfinished">Mailferry n&apos;a pas encore de registre pour cette boîte.</translation>
    </message>
    <message>
        <source>The file with Mailferry&apos;s records of this mailbox is empty or damaged.</source>
        <translation type="unfinished">Le fichier où Mailferry note ce qu&apos;il a fait pour cette boîte est vide ou endommagé.</translation>
    </message>
    <message>
        <source>The file for this mailbox&apos;s records is not a Mailferry ledger.</source>
        <translation type="unfinished">Le fichier de suivi de cette boîte n&apos;est pas un registre Mailferry.</translation>
    </message>
    <message>
        <source>These records were written by a newer version of Mailferry. Update Mailferry to read them.</source>
        <translation type="unfinished">Ce registre a été écrit par une version plus récente de Mailferry. Mettez Mailferry à jour pour le lire.</translation>
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
        <source>Allow labels in your browser, then come back here.</source>
        <translation type="unfinished">Autorisez les libellés dans votre navigateur, puis revenez ici.</translation>
    </message>
    <message>
        <source>Sign in to Google in your browser, then come back here.</source>
        <translation type="unfinished">Connectez-vous à Google dans votre navigateur, puis revenez ici.</translation>
    </message>
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
        <translation type="unfinished">Supprimer &amp;toutes mes données…</translation>
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
        <source>Remove all my data</source>
        <translation type="unfinished">Supprimer toutes mes données</translation>
    </message>
    <message>
        <source>&amp;Export the logs, then remove</source>
        <translation type="unfinished">&amp;Exporter les journaux, puis supprimer</translation>
    </message>
    <message>
        <source>&amp;Remove without export</source>
        <translation type="unfinished">Su&amp;pprimer sans exporter</translation>
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
    <message>
        <source>Records unreadable</source>
        <translation type="unfinished">Registre illisible</translation>
    </message>
    <message>
        <source>Stopped: %1 copied, %2 still to do</source>
        <translation type="unfinished">Arrêté : %1 copiés, %2 restent à faire</translation>
    </message>
    <message>
        <source>Finished: %1 copied, %2 failed</source>
        <translation type="unfinished">Terminé : %1 copiés, %2 en échec</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation type="unfinished">À jour</translation>
    </message>
    <message>
        <source>This signs Mailferry out of Google and deletes the saved passwords and settings from this computer. It also deletes the record of what was copied and the logs: without that record, if you set up the same mailbox again, Mailferry copies everything again and Gmail gets every message twice. Your mail stays where it is, in Gmail and on your old server.

Do you want to keep a copy of the logs (CSV) first?</source>
        <translation type="unfinished">Mailferry se déconnecte alors de Google et efface les mots de passe et réglages enregistrés sur cet ordinateur. Il efface aussi le registre de ce qui a été copié et les journaux : sans ce registre, si vous reconfigurez la même boîte, Mailferry recopie tout et Gmail reçoit chaque message en double. Votre courrier reste où il est, dans Gmail et sur votre ancien serveur.

Voulez-vous d&apos;abord garder une copie des journaux (CSV) ?</translation>
    </message>
    <message>
        <source>&amp;Keep the record of what was copied (only the passwords and settings go)</source>
        <translation type="unfinished">&amp;Garder le registre de ce qui a été copié (seuls les mots de passe et les réglages partent)</translation>
    </message>
    <message>
        <source>Last copy</source>
        <translation type="unfinished">Dernière copie</translation>
    </message>
    <message>
        <source>Last check</source>
        <translation type="unfinished">Dernière vérification</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation type="unfinished">Pa&amp;use</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished">%1 — %2</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation type="unfinished">&amp;Reprendre</translation>
    </message>
</context>
<context>
    <name>mf::ui::ArchivePage</name>
    <message>
        <source>%1, profile &quot;%2&quot; (the one in use)</source>
        <translation type="unfinished">%1, profil « %2 » (celui utilisé)</translation>
    </message>
    <message>
        <source>%1, profile &quot;%2&quot;</source>
        <translation type="unfinished">%1, profil « %2 »</translation>
    </message>
    <message>
        <source>%1 file %2</source>
        <translation type="unfinished">Fichier %1 %2</translation>
    </message>
    <message>
        <source>Mail on this computer</source>
        <translation type="unfinished">Le courrier de cet ordinateur</translation>
    </message>
    <message>
        <source>Choose the mail to copy into Gmail. Mailferry only reads it: nothing on this computer is changed or deleted.</source>
        <translation type="unfinished">Choisissez le courrier à copier dans Gmail. Mailferry ne fait que le lire : rien n&apos;est modifié ni supprimé sur cet ordinateur.</translation>
    </message>
    <message>
        <source>&amp;Found on this computer:</source>
        <translation type="unfinished">&amp;Trouvé sur cet ordinateur :</translation>
    </message>
    <message>
        <source>Mail found on this computer</source>
        <translation type="unfinished">Courrier trouvé sur cet ordinateur</translation>
    </message>
    <message>
        <source>Mailferry found no mail program&apos;s folder here. Choose the file or folder yourself.</source>
        <translation type="unfinished">Mailferry n&apos;a trouvé ici aucun dossier de logiciel de messagerie. Choisissez vous-même le fichier ou le dossier.</translation>
    </message>
    <message>
        <source>&amp;Choose a file or folder…</source>
        <translation type="unfinished">&amp;Choisir un fichier ou un dossier…</translation>
    </message>
    <message>
        <source>A file (mbox, Outlook .pst)…</source>
        <translation type="unfinished">Un fichier (mbox, .pst d&apos;Outlook)…</translation>
    </message>
    <message>
        <source>A folder (Thunderbird, Maildir, .eml files, Apple Mail)…</source>
        <translation type="unfinished">Un dossier (Thunderbird, Maildir, fichiers .eml, Apple Mail)…</translation>
    </message>
    <message>
        <source>F&amp;olders to copy:</source>
        <translation type="unfinished">&amp;Dossiers à copier :</translation>
    </message>
    <message>
        <source>Folders to copy</source>
        <translation type="unfinished">Dossiers à copier</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation type="unfinished">Dossier</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation type="unfinished">Messages</translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished">Taille</translation>
    </message>
    <message>
        <source>Make each folder a Gmail &amp;label</source>
        <translation type="unfinished">Faire de chaque dossier un &amp;libellé Gmail</translation>
    </message>
    <message>
        <source>Allow lab&amp;els…</source>
        <translation type="unfinished">A&amp;utoriser les libellés…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Nothing on this computer is changed or deleted.&lt;/b&gt; Your mail program keeps its mail exactly as it is; Mailferry copies it and remembers what it copied.</source>
        <translation type="unfinished">&lt;b&gt;Rien n&apos;est modifié ni supprimé sur cet ordinateur.&lt;/b&gt; Votre logiciel de messagerie garde son courrier exactement tel quel ; Mailferry le copie et se souvient de ce qu&apos;il a copié.</translation>
    </message>
    <message>
        <source>Google did not give Mailferry permission to manage labels. Allow it, or untick this box: the folders then all go to your Inbox.</source>
        <translation type="unfinished">Google n&apos;a pas autorisé Mailferry à gérer les libellés. Autorisez-le, ou décochez cette case : tous les dossiers iront alors dans votre boîte de réception.</translation>
    </message>
    <message>
        <source>Choose the folder that holds your mail</source>
        <translation type="unfinished">Choisissez le dossier qui contient votre courrier</translation>
    </message>
    <message>
        <source>Choose the file that holds your mail</source>
        <translation type="unfinished">Choisissez le fichier qui contient votre courrier</translation>
    </message>
    <message>
        <source>Mail files (*.mbox *.mbx *.pst *.ost *.eml *.emlx *);;All files (*)</source>
        <translation type="unfinished">Fichiers de courrier (*.mbox *.mbx *.pst *.ost *.eml *.emlx *);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation type="unfinished">Lecture de %1</translation>
    </message>
    <message>
        <source>Counting the messages…</source>
        <translation type="unfinished">Comptage des messages…</translation>
    </message>
    <message>
        <source>Top folder</source>
        <translation type="unfinished">Dossier principal</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation type="unfinished">
            <numerusform>%n message</numerusform>
            <numerusform>%n messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 messages (%2) in %n folder(s)</source>
        <translation type="unfinished">
            <numerusform>%1 messages (%2) dans %n dossier</numerusform>
            <numerusform>%1 messages (%2) dans %n dossiers</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished">%1 : %2</translation>
    </message>
    <message>
        <source>Counting stopped at %1. Every ticked folder is still copied whole.</source>
        <translation type="unfinished">Comptage arrêté à %1. Chaque dossier coché est tout de même copié en entier.</translation>
    </message>
    <message>
        <source>Counting… %1 so far. You may go on: every ticked folder is copied whole.</source>
        <translation type="unfinished">Comptage… %1 jusqu&apos;ici. Vous pouvez continuer : chaque dossier coché est copié en entier.</translation>
    </message>
    <message>
        <source>%1 messages your mail program had deleted are left out.</source>
        <translation type="unfinished">%1 messages que votre logiciel de messagerie avait supprimés sont laissés de côté.</translation>
    </message>
    <message>
        <source>Part of the archive is damaged and cannot be read: %1</source>
        <translation type="unfinished">Une partie de l&apos;archive est endommagée et ne peut pas être lue : %1</translation>
    </message>
    <message>
        <source>There are no messages to copy here.</source>
        <translation type="unfinished">Il n&apos;y a aucun message à copier ici.</translation>
    </message>
    <message>
        <source>Without labels, all the folders go to your Inbox.</source>
        <translation type="unfinished">Sans libellés, tous les dossiers vont dans votre boîte de réception.</translation>
    </message>
    <message>
        <source>Each folder becomes a label named like it (&quot;Old mail/Invoices&quot;), nested as in your mail program.</source>
        <translation type="unfinished">Chaque dossier devient un libellé du même nom (« Old mail/Invoices »), imbriqué comme dans votre logiciel de messagerie.</translation>
    </message>
    <message>
        <source>Labels need one more permission: to manage your Gmail labels (not to read your mail). &quot;Allow labels&quot; asks Google for it.</source>
        <translation type="unfinished">Les libellés demandent une autorisation de plus : gérer vos libellés Gmail (pas lire votre courrier). « Autoriser les libellés » la demande à Google.</translation>
    </message>
</context>
<context>
    <name>mf::ui::BrowserFallback</name>
    <message>
        <source>Your web browser did not open. Copy this link and paste it into your browser:</source>
        <translation type="unfinished">Votre navigateur ne s&apos;est pas ouvert. Copiez ce lien et collez-le dans votre navigateur :</translation>
    </message>
    <message>
        <source>Link to open in your browser</source>
        <translation type="unfinished">Lien à ouvrir dans votre navigateur</translation>
    </message>
    <message>
        <source>&amp;Copy link</source>
        <translation type="unfinished">&amp;Copier le lien</translation>
    </message>
    <message>
        <source>The link is copied. Paste it into your browser&apos;s address bar.</source>
        <translation type="unfinished">Le lien est copié. Collez-le dans la barre d&apos;adresse de votre navigateur.</translation>
    </message>
</context>
<context>
    <name>mf::ui::CertificateDialog</name>
    <message>
        <source>Is this really your mail server?</source>
        <translation type="unfinished">Est-ce vraiment votre serveur de courrier ?</translation>
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
        <source>SHA-256 fingerprint:</source>
        <translation type="unfinished">Empreinte SHA-256 :</translation>
    </message>
    <message>
        <source>Problems:</source>
        <translation type="unfinished">Problèmes :</translation>
    </message>
    <message>
        <source>&amp;Trust this server</source>
        <translation type="unfinished">&amp;Faire confiance à ce serveur</translation>
    </message>
    <message>
        <source>Do &amp;not connect</source>
        <translation type="unfinished">Ne &amp;pas se connecter</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; could not prove that it is your provider&apos;s server. If it is not, someone could read your password and your mail.</source>
        <translation type="unfinished">&lt;b&gt;%1&lt;/b&gt; n&apos;a pas pu prouver qu&apos;il est bien le serveur de votre fournisseur. Si ce n&apos;est pas le cas, quelqu&apos;un pourrait lire votre mot de passe et votre courrier.</translation>
    </message>
    <message>
        <source>&lt;b&gt;If you are not sure, choose &quot;Do not connect&quot; and call your provider.&lt;/b&gt;</source>
        <translation type="unfinished">&lt;b&gt;Dans le doute, choisissez « Ne pas se connecter » et appelez votre fournisseur.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>If your provider gave you this fingerprint, compare it. If you trust the server, Mailferry accepts exactly this certificate for this mailbox and warns you if it ever changes.</source>
        <translation type="unfinished">Si votre fournisseur vous a donné cette empreinte, comparez-la. Si vous faites confiance au serveur, Mailferry accepte exactement ce certificat pour cette boîte et vous prévient s&apos;il change un jour.</translation>
    </message>
    <message>
        <source>Show &amp;details</source>
        <translation type="unfinished">Afficher les &amp;détails</translation>
    </message>
    <message>
        <source>Hide &amp;details</source>
        <translation type="unfinished">Masquer les &amp;détails</translation>
    </message>
</context>
<context>
    <name>mf::ui::ClientAssistant</name>
    <message>
        <source>&lt;b&gt;Connect Mailferry to Google (once, about 15 minutes)&lt;/b&gt;&lt;br&gt;This copy of Mailferry has no Google connection built in. Make one in your Google account: each button below opens the right Google page.</source>
        <translation type="unfinished">&lt;b&gt;Relier Mailferry à Google (une seule fois, environ 15 minutes)&lt;/b&gt;&lt;br&gt;Cette copie de Mailferry n&apos;a pas de connexion Google intégrée. Créez-en une dans votre compte Google : chaque bouton ci-dessous ouvre la bonne page Google.</translation>
    </message>
    <message>
        <source>Turn on the Gmail API: click &lt;b&gt;Enable&lt;/b&gt;. If Google asks for a project first, create one (any name, for example Mailferry).</source>
        <translation type="unfinished">Activer l&apos;API Gmail : cliquez sur &lt;b&gt;Activer&lt;/b&gt;. Si Google demande d&apos;abord un projet, créez-en un (n&apos;importe quel nom, par exemple Mailferry).</translation>
    </message>
    <message>
        <source>Open the &amp;Gmail API page</source>
        <translation type="unfinished">Ouvrir la page de l&apos;API &amp;Gmail</translation>
    </message>
    <message>
        <source>Set up the consent screen: choose &lt;b&gt;External&lt;/b&gt;, type an app name (Mailferry) and your email. Add the scope &lt;tt&gt;https://www.googleapis.com/auth/gmail.insert&lt;/tt&gt;, and add your Gmail address as a &lt;b&gt;test user&lt;/b&gt;.</source>
        <translation type="unfinished">Configurer l&apos;écran de consentement : choisissez &lt;b&gt;Externe&lt;/b&gt;, saisissez un nom d&apos;application (Mailferry) et votre adresse e-mail. Ajoutez le champ d&apos;application &lt;tt&gt;https://www.googleapis.com/auth/gmail.insert&lt;/tt&gt;, et ajoutez votre adresse Gmail comme &lt;b&gt;utilisateur test&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Open the c&amp;onsent screen</source>
        <translation type="unfinished">Ouvrir l&apos;écran de &amp;consentement</translation>
    </message>
    <message>
        <source>Create the client: as application type choose &lt;b&gt;Desktop app&lt;/b&gt;, click &lt;b&gt;Create&lt;/b&gt;, then &lt;b&gt;Download JSON&lt;/b&gt;.</source>
        <translation type="unfinished">Créer le client : comme type d&apos;application, choisissez &lt;b&gt;Application de bureau&lt;/b&gt;, cliquez sur &lt;b&gt;Créer&lt;/b&gt;, puis sur &lt;b&gt;Télécharger le fichier JSON&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Open the client &amp;page</source>
        <translation type="unfinished">Ouvrir la &amp;page du client</translation>
    </message>
    <message>
        <source>Mailferry finds the downloaded file in your Downloads folder by itself. If you saved it elsewhere, or were given one, choose it here.</source>
        <translation type="unfinished">Mailferry trouve tout seul le fichier téléchargé dans votre dossier Téléchargements. Si vous l&apos;avez enregistré ailleurs, ou si on vous l&apos;a donné, choisissez-le ici.</translation>
    </message>
    <message>
        <source>Choose the &amp;downloaded file…</source>
        <translation type="unfinished">Choisir le fichier &amp;téléchargé…</translation>
    </message>
    <message>
        <source>Watching your Downloads folder (%1) for the file…</source>
        <translation type="unfinished">Surveillance de votre dossier Téléchargements (%1) en attendant le fichier…</translation>
    </message>
    <message>
        <source>Choose the Google client file</source>
        <translation type="unfinished">Choisir le fichier client Google</translation>
    </message>
    <message>
        <source>Google client file (*.json)</source>
        <translation type="unfinished">Fichier client Google (*.json)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished">%1 : %2</translation>
    </message>
    <message>
        <source>Found %1. Mailferry is connected to your Google client.</source>
        <translation type="unfinished">%1 trouvé. Mailferry est relié à votre client Google.</translation>
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
        <source>&amp;Close</source>
        <translation type="unfinished">&amp;Fermer</translation>
    </message>
    <message>
        <source>&amp;Open the label in Gmail</source>
        <translation type="unfinished">&amp;Ouvrir le libellé dans Gmail</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation type="unfinished">
            <numerusform>%n message</numerusform>
            <numerusform>%n messages</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2) are in your Gmail inbox, marked unread.</source>
        <translation type="unfinished">&lt;b&gt;%1&lt;/b&gt; (%2) sont dans votre boîte de réception Gmail, marqués comme non lus.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2) are in your Gmail inbox with the label &quot;%3&quot;, marked unread.</source>
        <translation type="unfinished">&lt;b&gt;%1&lt;/b&gt; (%2) sont dans votre boîte de réception Gmail avec le libellé « %3 », marqués comme non lus.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2) are in your Gmail inbox, marked read.</source>
        <translation type="unfinished">&lt;b&gt;%1&lt;/b&gt; (%2) sont dans votre boîte de réception Gmail, marqués comme lus.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2) are in your Gmail inbox with the label &quot;%3&quot;, marked read.</source>
        <translation type="unfinished">&lt;b&gt;%1&lt;/b&gt; (%2) sont dans votre boîte de réception Gmail avec le libellé « %3 », marqués comme lus.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2) are in Gmail under the label &quot;%3&quot;, marked read and out of the inbox.</source>
        <translation type="unfinished">&lt;b&gt;%1&lt;/b&gt; (%2) sont dans Gmail sous le libellé « %3 », marqués comme lus et hors de la boîte de réception.</translation>
    </message>
    <message>
        <source>Show them in Gmail</source>
        <translation type="unfinished">Les voir dans Gmail</translation>
    </message>
    <message>
        <source>Show the label in Gmail</source>
        <translation type="unfinished">Voir le libellé dans Gmail</translation>
    </message>
    <message numerus="yes">
        <source>%n more were copied by Mailferry in an earlier run.</source>
        <translation type="unfinished">
            <numerusform>%n autre avait déjà été copié par Mailferry lors d&apos;une exécution précédente.</numerusform>
            <numerusform>%n autres avaient déjà été copiés par Mailferry lors d&apos;une exécution précédente.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped: Mailferry had copied them already, or they are too large for Gmail. The log gives the reason for each.</source>
        <translation type="unfinished">
            <numerusform>%n ignoré : Mailferry l&apos;avait déjà copié, ou il est trop gros pour Gmail. Le journal donne la raison pour chacun.</numerusform>
            <numerusform>%n ignorés : Mailferry les avait déjà copiés, ou ils sont trop gros pour Gmail. Le journal donne la raison pour chacun.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) are larger than Gmail accepts and stay on your old server; open your old provider&apos;s webmail to download them.</source>
        <translation type="unfinished">
            <numerusform>%n message est plus gros que ce que Gmail accepte et reste sur votre ancien serveur ; ouvrez le webmail de votre ancien fournisseur pour le télécharger.</numerusform>
            <numerusform>%n messages sont plus gros que ce que Gmail accepte et restent sur votre ancien serveur ; ouvrez le webmail de votre ancien fournisseur pour les télécharger.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n message(s) could not be copied&lt;/b&gt;; they are still on your old server. Go back to see why (&quot;Show: Problems only&quot;) and press &quot;Retry failed&quot;.</source>
        <translation type="unfinished">
            <numerusform>&lt;b&gt;%n message n&apos;a pas pu être copié&lt;/b&gt; ; il est toujours sur votre ancien serveur. Revenez en arrière pour voir pourquoi (« Afficher : Problèmes seulement ») et appuyez sur « Réessayer les échecs ».</numerusform>
            <numerusform>&lt;b&gt;%n messages n&apos;ont pas pu être copiés&lt;/b&gt; ; ils sont toujours sur votre ancien serveur. Revenez en arrière pour voir pourquoi (« Afficher : Problèmes seulement ») et appuyez sur « Réessayer les échecs ».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) were deleted from the old server after Gmail confirmed them.</source>
        <translation type="unfinished">
            <numerusform>%n message a été supprimé de l&apos;ancien serveur après confirmation de Gmail.</numerusform>
            <numerusform>%n messages ont été supprimés de l&apos;ancien serveur après confirmation de Gmail.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) may appear twice in Gmail because a copy was interrupted; the log lists them under &quot;Possible duplicates&quot;, each with a Gmail search.</source>
        <translation type="unfinished">
            <numerusform>%n message apparaîtra peut-être deux fois dans Gmail parce qu&apos;une copie a été interrompue ; le journal le liste sous « Doublons possibles », avec une recherche Gmail.</numerusform>
            <numerusform>%n messages apparaîtront peut-être deux fois dans Gmail parce qu&apos;une copie a été interrompue ; le journal les liste sous « Doublons possibles », chacun avec une recherche Gmail.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;What next:&lt;/b&gt;</source>
        <translation type="unfinished">&lt;b&gt;Et maintenant :&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Open a few old messages in Gmail and check their dates and attachments.</source>
        <translation type="unfinished">Ouvrez quelques anciens messages dans Gmail et vérifiez leurs dates et leurs pièces jointes.</translation>
    </message>
    <message>
        <source>Keep your old mailbox as it is until you are sure everything is in Gmail, for a few weeks at least. Mailferry left every message on the old server.</source>
        <translation type="unfinished">Gardez votre ancienne boîte telle quelle jusqu&apos;à être sûr que tout est dans Gmail, au moins quelques semaines. Mailferry a laissé chaque message sur l&apos;ancien serveur.</translation>
    </message>
    <message>
        <source>Messages are removed from the old server only after Gmail confirmed each one.</source>
        <translation type="unfinished">Les messages ne sont retirés de l&apos;ancien serveur qu&apos;après confirmation de chacun par Gmail.</translation>
    </message>
    <message numerus="yes">
        <source>Mailferry keeps checking %1 every %n minute(s) and copies new mail. It stays in the tray when you close the window.</source>
        <translation type="unfinished">
            <numerusform>Mailferry continue de relever %1 toutes les %n minute et copie le nouveau courrier. Il reste dans la zone de notification quand vous fermez la fenêtre.</numerusform>
            <numerusform>Mailferry continue de relever %1 toutes les %n minutes et copie le nouveau courrier. Il reste dans la zone de notification quand vous fermez la fenêtre.</numerusform>
        </translation>
    </message>
    <message>
        <source>When you no longer need your old mailbox, open Mailferry again and choose &quot;Remove all my data&quot;: it signs out of Google and deletes the passwords and logs from this computer. To pick up new mail later, use &quot;Sync now&quot;.</source>
        <translation type="unfinished">Quand vous n&apos;avez plus besoin de votre ancienne boîte, rouvrez Mailferry et choisissez « Supprimer toutes mes données » : il se déconnecte de Google et efface les mots de passe et les journaux de cet ordinateur. Pour récupérer du nouveau courrier plus tard, utilisez « Synchroniser maintenant ».</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) were copied without an attachment Gmail refuses (a program, or an archive holding one). The originals are kept on this computer; the log says where.</source>
        <translation type="unfinished">
            <numerusform>%n message a été copié sans une pièce jointe que Gmail refuse (un programme, ou une archive qui en contient un). L&apos;original est gardé sur cet ordinateur ; le journal dit où.</numerusform>
            <numerusform>%n messages ont été copiés sans une pièce jointe que Gmail refuse (un programme, ou une archive qui en contient un). Les originaux sont gardés sur cet ordinateur ; le journal dit où.</numerusform>
        </translation>
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
    <name>mf::ui::HelpMenu</name>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished">&amp;Aide</translation>
    </message>
    <message>
        <source>Your own &amp;Google client…</source>
        <translation type="unfinished">Votre propre client &amp;Google…</translation>
    </message>
    <message>
        <source>Open the &amp;log folder</source>
        <translation type="unfinished">Ouvrir le dossier des &amp;journaux</translation>
    </message>
    <message>
        <source>&amp;About Mailferry</source>
        <translation type="unfinished">À &amp;propos de Mailferry</translation>
    </message>
    <message>
        <source>Your own Google client</source>
        <translation type="unfinished">Votre propre client Google</translation>
    </message>
    <message>
        <source>About Mailferry</source>
        <translation type="unfinished">À propos de Mailferry</translation>
    </message>
    <message>
        <source>&lt;b&gt;Mailferry %1&lt;/b&gt;&lt;br&gt;Moves mail from old POP3 mailboxes into Gmail, safely.</source>
        <translation type="unfinished">&lt;b&gt;Mailferry %1&lt;/b&gt;&lt;br&gt;Déplace le courrier des anciennes boîtes POP3 vers Gmail, en toute sécurité.</translation>
    </message>
    <message>
        <source>Free software under the GNU General Public License, version 3 or any later version (GPL-3.0-or-later).&lt;br&gt;&lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;</source>
        <translation type="unfinished">Logiciel libre sous la licence publique générale GNU, version 3 ou toute version ultérieure (GPL-3.0-or-later).&lt;br&gt;&lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Log folder</source>
        <translation type="unfinished">Dossier des journaux</translation>
    </message>
    <message>
        <source>Mailferry keeps its records and logs in this folder:
%1</source>
        <translation type="unfinished">Mailferry garde son registre et ses journaux dans ce dossier :
%1</translation>
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
    <message>
        <source>Message %1, %2</source>
        <translation type="unfinished">Message %1, %2</translation>
    </message>
    <message>
        <source>server id %1</source>
        <translation type="unfinished">id. serveur %1</translation>
    </message>
    <message>
        <source>It is still on your old server. Press &quot;Retry failed&quot; to try again; if it keeps failing, open your old provider&apos;s webmail and download it from there.</source>
        <translation type="unfinished">Il est toujours sur votre ancien serveur. Appuyez sur « Réessayer les échecs » pour réessayer ; si cela échoue encore, ouvrez le webmail de votre ancien fournisseur et téléchargez-le depuis là.</translation>
    </message>
    <message>
        <source>It is too large for Gmail and stays on your old server. Open your old provider&apos;s webmail to download it or its attachments.</source>
        <translation type="unfinished">Il est trop gros pour Gmail et reste sur votre ancien serveur. Ouvrez le webmail de votre ancien fournisseur pour le télécharger, lui ou ses pièces jointes.</translation>
    </message>
    <message>
        <source>Gmail may hold this message twice. Open the Gmail search to see it, and delete one copy if there are two.</source>
        <translation type="unfinished">Gmail a peut-être ce message en double. Ouvrez la recherche Gmail pour le voir, et supprimez une copie s&apos;il y en a deux.</translation>
    </message>
    <message>
        <source>place in the archive %1</source>
        <translation type="unfinished">emplacement dans l&apos;archive %1</translation>
    </message>
    <message>
        <source>It is still in the archive on this computer; Mailferry never changes it. Press &quot;Retry failed&quot; to try again; if it keeps failing, open the archive in the mail program that made it.</source>
        <translation type="unfinished">Il est toujours dans l&apos;archive sur cet ordinateur ; Mailferry ne la modifie jamais. Appuyez sur « Réessayer les échecs » pour réessayer ; si l&apos;échec persiste, ouvrez l&apos;archive dans le programme de messagerie qui l&apos;a créée.</translation>
    </message>
    <message>
        <source>It is too large for Gmail and was not copied; it is still in the archive on this computer.</source>
        <translation type="unfinished">Il est trop gros pour Gmail et n&apos;a pas été copié ; il est toujours dans l&apos;archive sur cet ordinateur.</translation>
    </message>
</context>
<context>
    <name>mf::ui::LogView</name>
    <message>
        <source>All messages</source>
        <translation type="unfinished">Tous les messages</translation>
    </message>
    <message>
        <source>Problems only</source>
        <translation type="unfinished">Problèmes seulement</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation type="unfinished">Doublons possibles</translation>
    </message>
    <message>
        <source>Which messages to show</source>
        <translation type="unfinished">Quels messages afficher</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation type="unfinished">A&amp;fficher :</translation>
    </message>
    <message>
        <source>&amp;Retry failed</source>
        <translation type="unfinished">&amp;Réessayer les échecs</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation type="unfinished">&amp;Exporter en CSV…</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation type="unfinished">Messages</translation>
    </message>
    <message>
        <source>About the selected message</source>
        <translation type="unfinished">À propos du message sélectionné</translation>
    </message>
    <message>
        <source>Select a message to see what happened to it.</source>
        <translation type="unfinished">Sélectionnez un message pour voir ce qui lui est arrivé.</translation>
    </message>
    <message>
        <source>Find it in &amp;Gmail</source>
        <translation type="unfinished">Le trouver dans &amp;Gmail</translation>
    </message>
    <message>
        <source>No message here.</source>
        <translation type="unfinished">Aucun message ici.</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation type="unfinished">(sans objet)</translation>
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
        <translation type="unfinished">Messages de %1</translation>
    </message>
    <message>
        <source>Trying the failed messages again… the accounts window shows the progress.</source>
        <translation type="unfinished">Nouvel essai des messages en échec… la fenêtre des comptes montre la progression.</translation>
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
    <message>
        <source>There is nothing to export yet.</source>
        <translation type="unfinished">Il n&apos;y a encore rien à exporter.</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n row(s) to %1</source>
        <translation type="unfinished">
            <numerusform>%n ligne enregistrée dans %1</numerusform>
            <numerusform>%n lignes enregistrées dans %1</numerusform>
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
        <translation type="unfinished">Se&amp;rveur :</translation>
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
    <message>
        <source>Sen&amp;d my password unencrypted (anyone on the network could read it)</source>
        <translation type="unfinished">Envoyer mon mot de passe en c&amp;lair (n&apos;importe qui sur le réseau pourrait le lire)</translation>
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
    <name>mf::ui::MailboxStatusText</name>
    <message>
        <source>open its settings</source>
        <translation type="unfinished">ouvrez ses réglages</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation type="unfinished">Inactif</translation>
    </message>
    <message>
        <source>Waiting for its turn</source>
        <translation type="unfinished">En attente de son tour</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation type="unfinished">Vérification</translation>
    </message>
    <message>
        <source>Copying %1 of %2</source>
        <translation type="unfinished">Copie de %1 sur %2</translation>
    </message>
    <message>
        <source>Waiting for Gmail&apos;s quota (%1 of %2 copied)</source>
        <translation type="unfinished">En attente du quota de Gmail (%1 sur %2 copiés)</translation>
    </message>
    <message>
        <source>Will try again: %1</source>
        <translation type="unfinished">Nouvel essai : %1</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation type="unfinished">À jour</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished">En pause</translation>
    </message>
    <message>
        <source>Needs you: %1</source>
        <translation type="unfinished">A besoin de vous : %1</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation type="unfinished">Arrêté : %1</translation>
    </message>
    <message>
        <source>Finished: %1 copied, %2 failed</source>
        <translation type="unfinished">Terminé : %1 copiés, %2 en échec</translation>
    </message>
    <message>
        <source>Finished: %1 copied</source>
        <translation type="unfinished">Terminé : %1 copiés</translation>
    </message>
    <message numerus="yes">
        <source>%n up to date</source>
        <translation type="unfinished">
            <numerusform>%n à jour</numerusform>
            <numerusform>%n à jour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n copying %1 of %2</source>
        <translation type="unfinished">
            <numerusform>%n copie %1 sur %2</numerusform>
            <numerusform>%n copient %1 sur %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n checking</source>
        <translation type="unfinished">
            <numerusform>%n en vérification</numerusform>
            <numerusform>%n en vérification</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting for you</source>
        <translation type="unfinished">
            <numerusform>%n vous attend</numerusform>
            <numerusform>%n vous attendent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paused</source>
        <translation type="unfinished">
            <numerusform>%n en pause</numerusform>
            <numerusform>%n en pause</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stopped</source>
        <translation type="unfinished">
            <numerusform>%n arrêtée</numerusform>
            <numerusform>%n arrêtées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not started</source>
        <translation type="unfinished">
            <numerusform>%n pas démarrée</numerusform>
            <numerusform>%n pas démarrées</numerusform>
        </translation>
    </message>
    <message>
        <source>1 mailbox</source>
        <translation type="unfinished">1 boîte</translation>
    </message>
    <message numerus="yes">
        <source>%n mailboxes</source>
        <translation type="unfinished">
            <numerusform>%n boîte</numerusform>
            <numerusform>%n boîtes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished">%1 : %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished">, </translation>
    </message>
    <message>
        <source>Late: %1</source>
        <translation type="unfinished">En retard : %1</translation>
    </message>
    <message>
        <source>Stalled: %1</source>
        <translation type="unfinished">Bloquée : %1</translation>
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
        <translation type="unfinished">Le supprimer &amp;de l&apos;ancien serveur</translation>
    </message>
    <message>
        <source>Delete it &amp;after</source>
        <translation type="unfinished">Le supprimer ap&amp;rès</translation>
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
        <source> minutes</source>
        <translation type="unfinished"> minutes</translation>
    </message>
    <message>
        <source>Minutes between checks</source>
        <translation type="unfinished">Minutes entre deux vérifications</translation>
    </message>
    <message>
        <source>Let Gmail &amp;filter spam (messages go through Gmail&apos;s spam and tab sorting)</source>
        <translation type="unfinished">Laisser Gmail &amp;filtrer le spam (les messages passent par le tri du spam et des onglets)</translation>
    </message>
    <message>
        <source>&amp;Put messages:</source>
        <translation type="unfinished">Placer les &amp;messages :</translation>
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
    <message>
        <source>Gmail accepts messages up to 50 MB (1 MB = 1,000,000 bytes). Larger ones stay on the old server and are listed.</source>
        <translation type="unfinished">Gmail accepte les messages jusqu&apos;à 50 Mo (1 Mo = 1 000 000 octets). Les plus gros restent sur l&apos;ancien serveur et sont listés.</translation>
    </message>
    <message>
        <source>Keep &amp;checking for new mail every</source>
        <translation type="unfinished">&amp;Continuer à relever le courrier toutes les</translation>
    </message>
    <message>
        <source>Start Mailferry when I log &amp;in</source>
        <translation type="unfinished">Démarrer Mailferry à l&apos;&amp;ouverture de session</translation>
    </message>
    <message>
        <source>Lab&amp;el:</source>
        <translation type="unfinished">L&amp;ibellé :</translation>
    </message>
    <message>
        <source>Tip: to keep years of old mail out of your Inbox, put it under the label &quot;%1&quot;. Labels need one more permission from Google.</source>
        <translation type="unfinished">Astuce : pour que des années d&apos;anciens courriers n&apos;encombrent pas votre boîte de réception, rangez-les sous le libellé « %1 ». Les libellés demandent une autorisation de plus à Google.</translation>
    </message>
    <message>
        <source>Ne&amp;ver send these messages to Spam</source>
        <translation type="unfinished">&amp;Ne jamais mettre ces messages dans le spam</translation>
    </message>
    <message>
        <source>Also delete &amp;these messages from the server</source>
        <translation type="unfinished">Supprimer a&amp;ussi ces messages du serveur</translation>
    </message>
    <message>
        <source>Copy a message &amp;without an attachment Gmail refuses</source>
        <translation type="unfinished">Copier un m&amp;essage sans la pièce jointe refusée par Gmail</translation>
    </message>
    <message>
        <source>Gmail refuses programs, and archives holding one. The whole original message is kept on this computer, and the copy says where.</source>
        <translation type="unfinished">Gmail refuse les programmes, et les archives qui en contiennent un. Le message original entier est gardé sur cet ordinateur, et la copie dit où.</translation>
    </message>
</context>
<context>
    <name>mf::ui::OptionsPage</name>
    <message>
        <source>Choose how to move your mail</source>
        <translation type="unfinished">Choisissez comment transférer votre courrier</translation>
    </message>
    <message>
        <source>The defaults are safe: everything stays on your old server, and nothing is deleted anywhere.</source>
        <translation type="unfinished">Les réglages par défaut sont sûrs : tout reste sur votre ancien serveur, et rien n&apos;est supprimé nulle part.</translation>
    </message>
</context>
<context>
    <name>mf::ui::ProgressPage</name>
    <message>
        <source>Moving your mail</source>
        <translation type="unfinished">Transfert de votre courrier</translation>
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
        <translation type="unfinished">Pa&amp;use</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation type="unfinished">Arrê&amp;ter</translation>
    </message>
    <message>
        <source>Stop the migration</source>
        <translation type="unfinished">Arrêter le transfert</translation>
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
    <message>
        <source>Mailferry is no longer signed in to Google. Go back and sign in again.</source>
        <translation type="unfinished">Mailferry n&apos;est plus connecté à Google. Revenez en arrière et reconnectez-vous.</translation>
    </message>
    <message>
        <source>You can keep working meanwhile. If you close this window, Mailferry asks whether to stop or to go on in the background.</source>
        <translation type="unfinished">Vous pouvez continuer à travailler pendant ce temps. Si vous fermez cette fenêtre, Mailferry demande s&apos;il doit s&apos;arrêter ou continuer en arrière-plan.</translation>
    </message>
    <message>
        <source>%1 messages a minute (%2 a second)</source>
        <translation type="unfinished">%1 messages par minute (%2 par seconde)</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished">En pause</translation>
    </message>
    <message>
        <source>Paused while waiting</source>
        <translation type="unfinished">En pause pendant l&apos;attente</translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished">Terminé</translation>
    </message>
    <message>
        <source>%1 of %2 copied</source>
        <translation type="unfinished">%1 sur %2 copiés</translation>
    </message>
    <message numerus="yes">
        <source>trying again in %n s</source>
        <translation type="unfinished">
            <numerusform>nouvel essai dans %n s</numerusform>
            <numerusform>nouvel essai dans %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>trying again now</source>
        <translation type="unfinished">nouvel essai maintenant</translation>
    </message>
    <message>
        <source>Waiting for Gmail…</source>
        <translation type="unfinished">En attente de Gmail…</translation>
    </message>
    <message>
        <source>Waiting for Gmail… %1</source>
        <translation type="unfinished">En attente de Gmail… %1</translation>
    </message>
    <message>
        <source>Your old mail server stopped answering. Mailferry keeps trying; nothing is lost.</source>
        <translation type="unfinished">Votre ancien serveur de courrier ne répond plus. Mailferry continue d&apos;essayer ; rien n&apos;est perdu.</translation>
    </message>
    <message>
        <source>What happened: %1</source>
        <translation type="unfinished">Ce qui s&apos;est passé : %1</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished">Arrêté</translation>
    </message>
    <message>
        <source>Mailferry is copying your mail</source>
        <translation type="unfinished">Mailferry copie votre courrier</translation>
    </message>
    <message>
        <source>Do you want to stop copying, or let Mailferry go on in the background? Nothing is lost either way: a stopped copy goes on where it stopped next time.</source>
        <translation type="unfinished">Voulez-vous arrêter la copie, ou laisser Mailferry continuer en arrière-plan ? Rien n&apos;est perdu dans les deux cas : une copie arrêtée reprend là où elle s&apos;est arrêtée la fois suivante.</translation>
    </message>
    <message>
        <source>&amp;Keep copying in the background</source>
        <translation type="unfinished">&amp;Continuer la copie en arrière-plan</translation>
    </message>
    <message>
        <source>&amp;Stop copying</source>
        <translation type="unfinished">&amp;Interrompre la copie</translation>
    </message>
    <message>
        <source>&amp;Go back to the progress</source>
        <translation type="unfinished">Re&amp;venir à la progression</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n row(s) to %1</source>
        <translation type="unfinished">
            <numerusform>%n ligne enregistrée dans %1</numerusform>
            <numerusform>%n lignes enregistrées dans %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2 without an attachment Gmail refuses)</source>
        <translation type="unfinished">%1 (%2 sans une pièce jointe que Gmail refuse)</translation>
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
    <message>
        <source>&lt;b&gt;Dry run:&lt;/b&gt; %1 messages would be copied (%2); %3 were already copied by Mailferry.</source>
        <translation type="unfinished">&lt;b&gt;Simulation :&lt;/b&gt; %1 messages seraient copiés (%2) ; %3 ont déjà été copiés par Mailferry.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) have no reliable server id; Mailferry reads each one to recognise those it copied before.</source>
        <translation type="unfinished">
            <numerusform>%n message n&apos;a pas d&apos;identifiant fiable sur le serveur ; Mailferry le lit pour savoir s&apos;il l&apos;a déjà copié.</numerusform>
            <numerusform>%n messages n&apos;ont pas d&apos;identifiant fiable sur le serveur ; Mailferry lit chacun pour reconnaître ceux qu&apos;il a déjà copiés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) failed before and stay on the server until you choose &quot;Retry failed&quot;.</source>
        <translation type="unfinished">
            <numerusform>%n message a échoué auparavant et reste sur le serveur jusqu&apos;à ce que vous choisissiez « Réessayer les échecs ».</numerusform>
            <numerusform>%n messages ont échoué auparavant et restent sur le serveur jusqu&apos;à ce que vous choisissiez « Réessayer les échecs ».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This server gives %n message(s) an id that is not unique or has changed; Mailferry recognises them by their content and will not delete them.</source>
        <translation type="unfinished">
            <numerusform>Ce serveur donne à %n message un identifiant qui n&apos;est pas unique ou qui a changé ; Mailferry le reconnaît par son contenu et ne le supprimera pas.</numerusform>
            <numerusform>Ce serveur donne à %n messages un identifiant qui n&apos;est pas unique ou qui a changé ; Mailferry les reconnaît par leur contenu et ne les supprimera pas.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Warning:&lt;/b&gt; this server deletes every message as soon as it is downloaded (EXPIRE 0), whatever you choose here. Mailferry copies each one to Gmail first.</source>
        <translation type="unfinished">&lt;b&gt;Attention :&lt;/b&gt; ce serveur supprime chaque message dès qu&apos;il est téléchargé (EXPIRE 0), quoi que vous choisissiez ici. Mailferry copie d&apos;abord chacun dans Gmail.</translation>
    </message>
    <message numerus="yes">
        <source>Note: this server deletes downloaded messages by itself after %n day(s) (EXPIRE).</source>
        <translation type="unfinished">
            <numerusform>Remarque : ce serveur supprime de lui-même les messages téléchargés après %n jour (EXPIRE).</numerusform>
            <numerusform>Remarque : ce serveur supprime de lui-même les messages téléchargés après %n jours (EXPIRE).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This server allows one login every %n minute(s); Mailferry keeps its sessions long to respect that.</source>
        <translation type="unfinished">
            <numerusform>Ce serveur permet une connexion par %n minute ; Mailferry garde ses sessions longues pour le respecter.</numerusform>
            <numerusform>Ce serveur permet une connexion toutes les %n minutes ; Mailferry garde ses sessions longues pour le respecter.</numerusform>
        </translation>
    </message>
    <message>
        <source>Looking at the headers of your mail (nothing is copied yet)…</source>
        <translation type="unfinished">Examen des en-têtes de votre courrier (rien n&apos;est encore copié)…</translation>
    </message>
    <message>
        <source>Checking %1 of %2…</source>
        <translation type="unfinished">Vérification de %1 sur %2…</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation type="unfinished">Vérification de %1…</translation>
    </message>
    <message>
        <source>&lt;b&gt;What your mail holds&lt;/b&gt; (from its headers):</source>
        <translation type="unfinished">&lt;b&gt;Ce que contient votre courrier&lt;/b&gt; (d&apos;après ses en-têtes) :</translation>
    </message>
    <message>
        <source>Mailferry could not look at your mail ahead: %1</source>
        <translation type="unfinished">Mailferry n&apos;a pas pu examiner votre courrier à l&apos;avance : %1</translation>
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
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished">&amp;Aide</translation>
    </message>
    <message>
        <source>Quit setup?</source>
        <translation type="unfinished">Quitter la configuration ?</translation>
    </message>
    <message>
        <source>What you entered here is not kept. Your Google sign-in is kept.</source>
        <translation type="unfinished">Ce que vous avez saisi ici n&apos;est pas gardé. Votre connexion Google est gardée.</translation>
    </message>
    <message>
        <source>What you entered here is not kept.</source>
        <translation type="unfinished">Ce que vous avez saisi ici n&apos;est pas gardé.</translation>
    </message>
    <message>
        <source>&amp;Quit setup</source>
        <translation type="unfinished">&amp;Quitter la configuration</translation>
    </message>
    <message>
        <source>&amp;Continue setup</source>
        <translation type="unfinished">&amp;Continuer la configuration</translation>
    </message>
    <message>
        <source>Your mail stays on this computer as it is; these choices are about Gmail.</source>
        <translation type="unfinished">Votre courrier reste tel quel sur cet ordinateur ; ces choix concernent Gmail.</translation>
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
        <source>Quit</source>
        <translation type="unfinished">Quitter</translation>
    </message>
    <message>
        <source>Sync all now</source>
        <translation type="unfinished">Tout synchroniser maintenant</translation>
    </message>
    <message>
        <source>%1 needs you</source>
        <translation type="unfinished">%1 a besoin de vous</translation>
    </message>
    <message>
        <source>Its password or the Google sign-in is missing. Open Mailferry and press &quot;Sync now&quot;.</source>
        <translation type="unfinished">Son mot de passe ou la connexion Google manque. Ouvrez Mailferry et appuyez sur « Synchroniser maintenant ».</translation>
    </message>
    <message>
        <source>Sign in to Google again…</source>
        <translation type="unfinished">Se reconnecter à Google…</translation>
    </message>
    <message>
        <source>%1
The other mailboxes go on.</source>
        <translation type="unfinished">%1
Les autres boîtes continuent.</translation>
    </message>
    <message>
        <source>Mailferry stopped copying %1</source>
        <translation type="unfinished">Mailferry a arrêté de copier %1</translation>
    </message>
    <message>
        <source>Some messages of %1 could not be copied</source>
        <translation type="unfinished">Certains messages de %1 n&apos;ont pas pu être copiés</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n message(s) copied.</source>
        <translation type="unfinished">
            <numerusform>%1 : %n message copié.</numerusform>
            <numerusform>%1 : %n messages copiés.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has not been checked for a while</source>
        <translation type="unfinished">%1 n&apos;a pas été vérifiée depuis un moment</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation type="unfinished">%1 %2. {1
%2?}</translation>
    </message>
    <message>
        <source>Sign in to Google again</source>
        <translation type="unfinished">Se reconnecter à Google</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation type="unfinished">Reconnectez-vous</translation>
    </message>
    <message>
        <source>Mailferry is no longer signed in to Google, so %1 is not being copied. Open Mailferry and use &quot;Edit&quot; to sign in again.</source>
        <translation type="unfinished">Mailferry n&apos;est plus connecté à Google, donc %1 n&apos;est pas copiée. Ouvrez Mailferry et utilisez « Modifier » pour vous reconnecter.</translation>
    </message>
    <message>
        <source>Password needed</source>
        <translation type="unfinished">Mot de passe requis</translation>
    </message>
    <message>
        <source>The password for %1 is not stored on this computer. Open Mailferry and press &quot;Sync now&quot; to type it.</source>
        <translation type="unfinished">Le mot de passe de %1 n&apos;est pas enregistré sur cet ordinateur. Ouvrez Mailferry et cliquez sur « Synchroniser maintenant » pour le saisir.</translation>
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
        <translation type="unfinished">Se connecter avec &amp;Google</translation>
    </message>
    <message>
        <source>Opens Google&apos;s sign-in page in your web browser</source>
        <translation type="unfinished">Ouvre la page de connexion de Google dans votre navigateur</translation>
    </message>
    <message>
        <source>Stop &amp;waiting</source>
        <translation type="unfinished">A&amp;rrêter d&apos;attendre</translation>
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
        <source>Development mode: Google&apos;s address is redirected to %1.</source>
        <translation type="unfinished">Mode développement : l&apos;adresse de Google est redirigée vers %1.</translation>
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
    <message>
        <source>Your Google client is ready. Now press &quot;Sign in with Google&quot;.</source>
        <translation type="unfinished">Votre client Google est prêt. Appuyez maintenant sur « Se connecter avec Google ».</translation>
    </message>
    <message>
        <source>Allow labels in your browser, then come back here.</source>
        <translation type="unfinished">Autorisez les libellés dans votre navigateur, puis revenez ici.</translation>
    </message>
    <message>
        <source>Waiting for you to sign in with the link below…</source>
        <translation type="unfinished">En attente de votre connexion par le lien ci-dessous…</translation>
    </message>
</context>
<context>
    <name>mf::ui::SignInWaitDialog</name>
    <message>
        <source>Waiting for your browser</source>
        <translation type="unfinished">En attente de votre navigateur</translation>
    </message>
    <message>
        <source>Stop &amp;waiting</source>
        <translation type="unfinished">&amp;Arrêter d&apos;attendre</translation>
    </message>
    <message>
        <source>Stop waiting for the browser</source>
        <translation type="unfinished">Arrêter d&apos;attendre le navigateur</translation>
    </message>
</context>
<context>
    <name>mf::ui::SourcePage</name>
    <message>
        <source>What do you want to move?</source>
        <translation type="unfinished">Que voulez-vous déplacer ?</translation>
    </message>
    <message>
        <source>Mailferry copies mail from an old mailbox on a server, or from the mail your mail program already downloaded to this computer.</source>
        <translation type="unfinished">Mailferry copie le courrier d&apos;une ancienne boîte sur un serveur, ou celui que votre logiciel de messagerie a déjà téléchargé sur cet ordinateur.</translation>
    </message>
    <message>
        <source>An old &amp;mailbox on a server</source>
        <translation type="unfinished">Une ancienne &amp;boîte sur un serveur</translation>
    </message>
    <message>
        <source>Mail still kept by your old provider, which your mail program fetches with POP3. You need the address and its password.</source>
        <translation type="unfinished">Le courrier encore gardé par votre ancien fournisseur, que votre logiciel de messagerie relève en POP3. Il vous faut l&apos;adresse et son mot de passe.</translation>
    </message>
    <message>
        <source>Mail on this &amp;computer</source>
        <translation type="unfinished">Le courrier de cet &amp;ordinateur</translation>
    </message>
    <message>
        <source>Mail your mail program already took home: Thunderbird, Outlook (.pst), Apple Mail, Windows Live Mail, or mbox, Maildir and .eml files. Mailferry only reads it: nothing on this computer is changed or deleted.</source>
        <translation type="unfinished">Le courrier que votre logiciel de messagerie a déjà rapatrié : Thunderbird, Outlook (.pst), Apple Mail, Windows Live Mail, ou des fichiers mbox, Maildir et .eml. Mailferry ne fait que le lire : rien n&apos;est modifié ni supprimé sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Often it is both: what is left on the server, and the years of mail already on your computer. Set up one now and the other afterwards.</source>
        <translation type="unfinished">Souvent, c&apos;est les deux : ce qui reste sur le serveur, et des années de courrier sur votre ordinateur. Configurez l&apos;un maintenant et l&apos;autre ensuite.</translation>
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
    <message>
        <source>&lt;li&gt;about 10 minutes; the copying then goes on by itself&lt;/li&gt;</source>
        <translation type="unfinished">&lt;li&gt;environ 10 minutes ; la copie se poursuit ensuite toute seule&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;about 25 minutes, as Mailferry must first be connected to Google once (it shows you how); the copying then goes on by itself&lt;/li&gt;</source>
        <translation type="unfinished">&lt;li&gt;environ 25 minutes, car Mailferry doit d&apos;abord être relié une fois à Google (il vous montre comment) ; la copie se poursuit ensuite toute seule&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Have this at hand&lt;/b&gt;&lt;ul&gt;%1&lt;/ul&gt;</source>
        <translation type="unfinished">&lt;b&gt;Ayez ceci sous la main&lt;/b&gt;&lt;ul&gt;%1&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;the address and password of your old mailbox, if your mail is on a server (mail already on this computer needs nothing more)&lt;/li&gt;&lt;li&gt;your Google account (Gmail) and its password&lt;/li&gt;</source>
        <translation type="unfinished">&lt;li&gt;l&apos;adresse et le mot de passe de votre ancienne boîte, si votre courrier est sur un serveur (le courrier déjà sur cet ordinateur n&apos;a besoin de rien d&apos;autre)&lt;/li&gt;&lt;li&gt;votre compte Google (Gmail) et son mot de passe&lt;/li&gt;</translation>
    </message>
</context>
</TS>
