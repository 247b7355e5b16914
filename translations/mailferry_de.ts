<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>BulkCommand</name>
    <message>
        <source>migrate: every saved mailbox at once, each with its saved settings.</source>
        <translation type="unfinished">migrate: jedes gespeicherte Postfach auf einmal, jedes mit seinen gespeicherten Einstellungen.</translation>
    </message>
    <message>
        <source>bulk: the CSV file with one row per mailbox (see the README, &quot;Moving a whole office&quot;).</source>
        <translation type="unfinished">bulk: die CSV-Datei mit einer Zeile pro Postfach (siehe README, „Moving a whole office“).</translation>
    </message>
    <message>
        <source>bulk and migrate --all: mailboxes copying at once, 1 to %1 (default %2). Mailboxes into the same Gmail account share its quota.</source>
        <translation type="unfinished">bulk und migrate --all: gleichzeitig kopierende Postfächer, 1 bis %1 (Standard %2). Postfächer, die in dasselbe Gmail-Konto gehen, teilen sich dessen Kontingent.</translation>
    </message>
    <message>
        <source>bulk and migrate --all: the POP3 passwords, one &quot;address&lt;TAB&gt;password&quot; (or &quot;address,password&quot;) a line; refused unless only you can read the file (chmod 600).</source>
        <translation type="unfinished">bulk und migrate --all: die POP3-Passwörter, eine Zeile „Adresse&lt;TAB&gt;Passwort“ (oder „Adresse,Passwort“) pro Postfach; abgelehnt, wenn nicht nur Sie die Datei lesen können (chmod 600).</translation>
    </message>
    <message>
        <source>bulk and migrate --all: read the passwords, in the same lines, from standard input.</source>
        <translation type="unfinished">bulk und migrate --all: die Passwörter in denselben Zeilen von der Standardeingabe lesen.</translation>
    </message>
    <message>
        <source>--all applies to migrate only, not to %1.</source>
        <translation type="unfinished">--all gilt nur für migrate, nicht für %1.</translation>
    </message>
    <message>
        <source>--%1 applies to bulk and migrate --all only, not to %2.</source>
        <translation type="unfinished">--%1 gilt nur für bulk und migrate --all, nicht für %2.</translation>
    </message>
    <message>
        <source>--%1 does not apply to bulk: the CSV&apos;s columns give each mailbox&apos;s settings.</source>
        <translation type="unfinished">--%1 gilt nicht für bulk: die Spalten der CSV-Datei geben die Einstellungen jedes Postfachs an.</translation>
    </message>
    <message>
        <source>--%1 does not apply to migrate --all, which runs every saved mailbox with its saved settings.</source>
        <translation type="unfinished">--%1 gilt nicht für migrate --all, das jedes gespeicherte Postfach mit seinen gespeicherten Einstellungen ausführt.</translation>
    </message>
    <message>
        <source>--%1 does not apply to signin.</source>
        <translation type="unfinished">--%1 gilt nicht für signin.</translation>
    </message>
    <message>
        <source>bulk needs --csv with the file of mailboxes.</source>
        <translation type="unfinished">bulk braucht --csv mit der Datei der Postfächer.</translation>
    </message>
    <message>
        <source>signin needs --gmail with the Google address to sign in.</source>
        <translation type="unfinished">signin braucht --gmail mit der Google-Adresse, die angemeldet werden soll.</translation>
    </message>
    <message>
        <source>--password-file and --passwords-stdin cannot be combined; choose one.</source>
        <translation type="unfinished">--password-file und --passwords-stdin können nicht kombiniert werden; wählen Sie eines.</translation>
    </message>
    <message>
        <source>--%1 %2.</source>
        <translation type="unfinished">--%1 %2.</translation>
    </message>
    <message>
        <source>--passwords-stdin was given, but standard input cannot be read.</source>
        <translation type="unfinished">--passwords-stdin wurde angegeben, aber die Standardeingabe kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>its saved settings delete messages %1 days after copying, which is not 1 to %2; fix it in the app</source>
        <translation type="unfinished">seine gespeicherten Einstellungen löschen Nachrichten %1 Tage nach dem Kopieren, das liegt nicht zwischen 1 und %2; korrigieren Sie es in der App</translation>
    </message>
    <message>
        <source>Nothing was started: correct the file and run again.</source>
        <translation type="unfinished">Nichts wurde gestartet: korrigieren Sie die Datei und starten Sie erneut.</translation>
    </message>
    <message>
        <source>No accounts are saved. Set them up in the app, or with &apos;mailferry migrate … --save&apos;, or run &apos;mailferry bulk --csv FILE&apos;.</source>
        <translation type="unfinished">Es sind keine Konten gespeichert. Richten Sie sie in der App ein, oder mit &apos;mailferry migrate … --save&apos;, oder starten Sie &apos;mailferry bulk --csv DATEI&apos;.</translation>
    </message>
    <message>
        <source>Nothing was started.</source>
        <translation type="unfinished">Nichts wurde gestartet.</translation>
    </message>
    <message>
        <source>No Google client is configured. Sign in once in the app, or give --client-secret with the client_secret.json of your Google Cloud project.</source>
        <translation type="unfinished">Es ist kein Google-Client eingerichtet. Melden Sie sich einmal in der App an, oder geben Sie --client-secret mit der client_secret.json Ihres Google-Cloud-Projekts an.</translation>
    </message>
    <message>
        <source>no POP3 password: put &quot;%1&lt;TAB&gt;password&quot; in the --password-file (or on standard input with --passwords-stdin), or save it in the app</source>
        <translation type="unfinished">kein POP3-Passwort: schreiben Sie „%1&lt;TAB&gt;Passwort“ in die --password-file (oder auf die Standardeingabe mit --passwords-stdin), oder speichern Sie es in der App</translation>
    </message>
    <message>
        <source>no Google account to copy into; set one in the app</source>
        <translation type="unfinished">kein Google-Konto, in das kopiert werden kann; legen Sie eines in der App fest</translation>
    </message>
    <message>
        <source>sign in first: mailferry signin --gmail %1</source>
        <translation type="unfinished">zuerst anmelden: mailferry signin --gmail %1</translation>
    </message>
    <message>
        <source>%1: the password could not be saved in the keychain; it is used for this run only.</source>
        <translation type="unfinished">%1: Der Schlüsselbund konnte das Passwort nicht speichern; es gilt nur für diesen Lauf.</translation>
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
        <translation type="unfinished">Zieht E-Mails sicher aus POP3-Postfächern zu Gmail um.

Befehle:
  migrate        die E-Mails des Kontos nach Gmail kopieren (setzt dort fort, wo es aufhörte);
                 --all: jedes gespeicherte Postfach auf einmal
  retry-failed   genau die zuvor gescheiterten Nachrichten erneut versuchen, dann weitermachen
  status         was das Protokoll sagt: kopiert, übersprungen, gescheitert, offen
  export-log     das Nachrichtenprotokoll als CSV schreiben (Excel-sicher)
  preflight      was ein Postfach enthält, nur aus den Kopfzeilen, vor dem Kopieren: Anzahl, Daten,
                 Duplikate, Größen, Dauer in Gmails Tempo (--path: E-Mails auf diesem Computer)
  bulk           viele Postfächer auf einmal kopieren, eine Zeile pro Postfach in --csv DATEI, Passwörter aus
                 --password-file, --passwords-stdin oder dem Schlüsselbund
  signin         ein Google-Konto anmelden (--gmail ADRESSE) für bulk und migrate --all
  accounts       die eingerichteten Konten auflisten
  forget         ein Konto von diesem Computer entfernen: seine Einstellungen, sein gespeichertes Passwort und
                 die Aufzeichnung des Kopierten (--keep-record behält diese Aufzeichnung)
  import         die E-Mails kopieren, die schon auf diesem Computer sind (--path: eine mbox, der Mail-Ordner
                 eines Thunderbird-Profils, ein Maildir, .eml-Dateien, Apple Mail, eine Outlook-.pst); auf diesem
                 Computer wird nichts geändert oder gelöscht

Exit-Codes: 0 fertig, 1 Nachrichten sind gescheitert und noch zu erledigen (siehe export-log --failures), 2 Aufruf falsch, 3 das Konto braucht Sie (Passwort, Google-Zustimmung, Zertifikat), 4 nicht erreichbar, 5 läuft bereits, 6 interner Fehler, 130 unterbrochen (erneut starten, um fertig zu werden). Bei vielen Postfächern (bulk, migrate --all) hat jedes seinen eigenen Status in der Zusammenfassung, und der Exit-Code ist der schlechteste davon, in dieser Reihenfolge: 0, 1, 4, 5, 3, 6, 130.
Größen sind in MB zu 1.048.576 Byte (MiB), wie bei --size-limit-mb.
Die Wörter dafür, wo eine Nachricht steht, sind in jeder Ausgabe dieselben: copied, copied-possibly-twice, skipped-duplicate, skipped-oversize, failed, deleted-from-server, waiting.
Das POP3-Passwort kommt aus dem Schlüsselbund des Systems, von der Standardeingabe mit --password-stdin oder aus der Umgebungsvariablen MAILFERRY_POP3_PASSWORD; nie von der Befehlszeile.</translation>
    </message>
    <message>
        <source>migrate, retry-failed, import, status, export-log, accounts or forget</source>
        <translation type="unfinished">migrate, retry-failed, import, status, export-log, accounts oder forget</translation>
    </message>
    <message>
        <source>The account id (see &apos;accounts&apos;); default: the only one.</source>
        <translation type="unfinished">Die Konto-ID (siehe „accounts“); Standard: das einzige Konto.</translation>
    </message>
    <message>
        <source>Print JSON lines instead of a progress bar.</source>
        <translation type="unfinished">JSON-Zeilen statt eines Fortschrittsbalkens ausgeben.</translation>
    </message>
    <message>
        <source>Plan only: show what would be copied; nothing is written anywhere.</source>
        <translation type="unfinished">Nur planen: zeigen, was kopiert würde; nirgends wird etwas geschrieben.</translation>
    </message>
    <message>
        <source>Read the POP3 password from the first line of standard input.</source>
        <translation type="unfinished">Das POP3-Passwort aus der ersten Zeile der Standardeingabe lesen.</translation>
    </message>
    <message>
        <source>The old address (for an account not set up in the app); it also names the account&apos;s record, so status and export-log find it with the same --email.</source>
        <translation type="unfinished">Die alte Adresse (für ein Konto, das nicht in der App eingerichtet ist); sie benennt auch die Aufzeichnungen des Kontos, sodass status und export-log sie mit demselben --email finden.</translation>
    </message>
    <message>
        <source>POP3 server.</source>
        <translation type="unfinished">POP3-Server.</translation>
    </message>
    <message>
        <source>POP3 port, 1 to 65535 (995 for TLS, 110 for STARTTLS).</source>
        <translation type="unfinished">POP3-Port, 1 bis 65535 (995 für TLS, 110 für STARTTLS).</translation>
    </message>
    <message>
        <source>tls (default), starttls or plain.</source>
        <translation type="unfinished">tls (Standard), starttls oder plain.</translation>
    </message>
    <message>
        <source>POP3 user name (default: the address).</source>
        <translation type="unfinished">POP3-Benutzername (Standard: die Adresse).</translation>
    </message>
    <message>
        <source>Trust the server certificate with this SHA-256 fingerprint (64 hex digits, colons allowed), as shown when the certificate could not be verified.</source>
        <translation type="unfinished">Dem Serverzertifikat mit diesem SHA-256-Fingerabdruck vertrauen (64 Hexadezimalziffern, Doppelpunkte erlaubt), wie er angezeigt wurde, als das Zertifikat nicht geprüft werden konnte.</translation>
    </message>
    <message>
        <source>The Google account to copy into.</source>
        <translation type="unfinished">Das Google-Konto, in das kopiert wird.</translation>
    </message>
    <message>
        <source>A Google Cloud client_secret.json to use (at most 64 KiB).</source>
        <translation type="unfinished">Eine client_secret.json aus Google Cloud, die verwendet werden soll (höchstens 64 KiB).</translation>
    </message>
    <message>
        <source>Delete each message from the server once Gmail has it.</source>
        <translation type="unfinished">Jede Nachricht vom Server löschen, sobald Gmail sie hat.</translation>
    </message>
    <message>
        <source>Delete messages this many days after they were copied (1 to 3650).</source>
        <translation type="unfinished">Nachrichten so viele Tage nach dem Kopieren löschen (1 bis 3650).</translation>
    </message>
    <message>
        <source>Put the messages under this Gmail label.</source>
        <translation type="unfinished">Die Nachrichten unter dieses Gmail-Label legen.</translation>
    </message>
    <message>
        <source>Archive (skip the Inbox); needs --label.</source>
        <translation type="unfinished">Archivieren (am Posteingang vorbei); braucht --label.</translation>
    </message>
    <message>
        <source>Mark the messages as read.</source>
        <translation type="unfinished">Die Nachrichten als gelesen markieren.</translation>
    </message>
    <message>
        <source>Let Gmail filter spam (messages.import instead of insert).</source>
        <translation type="unfinished">Gmail Spam filtern lassen (messages.import statt insert).</translation>
    </message>
    <message>
        <source>With --import: Gmail may put messages in Spam (by default it never does).</source>
        <translation type="unfinished">Mit --import: Gmail darf Nachrichten in den Spam legen (standardmäßig nie).</translation>
    </message>
    <message>
        <source>A message Gmail refuses for a blocked attachment type (.exe, or a .zip holding one) stays failed and on the server, instead of being copied without that attachment.</source>
        <translation type="unfinished">Eine Nachricht, die Gmail wegen eines gesperrten Anhangtyps ablehnt (.exe oder eine .zip, die eine enthält), bleibt gescheitert und auf dem Server, statt ohne diesen Anhang kopiert zu werden.</translation>
    </message>
    <message>
        <source>Messages copied without a blocked attachment are deleted from the server too (with --delete or --delete-after; by default they stay).</source>
        <translation type="unfinished">Ohne gesperrten Anhang kopierte Nachrichten werden auch vom Server gelöscht (mit --delete oder --delete-after; standardmäßig bleiben sie).</translation>
    </message>
    <message>
        <source>Skip messages larger than this many MB (MiB, 1,048,576 bytes); default and maximum 50, Gmail&apos;s limit.</source>
        <translation type="unfinished">Nachrichten überspringen, die größer als so viele MB sind (MiB, 1.048.576 Bytes); Standard und Höchstwert 50, die Grenze von Gmail.</translation>
    </message>
    <message>
        <source>Messages per POP3 session, 1 to 1000 (default 50).</source>
        <translation type="unfinished">Nachrichten pro POP3-Sitzung, 1 bis 1000 (Standard 50).</translation>
    </message>
    <message>
        <source>Keep checking every N minutes, 1 to 10080 (until interrupted).</source>
        <translation type="unfinished">Alle N Minuten weiter nachsehen, 1 bis 10080 (bis zum Abbruch).</translation>
    </message>
    <message>
        <source>Save these settings as an account for later runs and the app.</source>
        <translation type="unfinished">Diese Einstellungen als Konto für spätere Läufe und die App speichern.</translation>
    </message>
    <message>
        <source>export-log: the CSV file to write (default: standard output).</source>
        <translation type="unfinished">export-log: die CSV-Datei, die geschrieben wird (Standard: Standardausgabe).</translation>
    </message>
    <message>
        <source>export-log: only the messages that were not copied.</source>
        <translation type="unfinished">export-log: nur die Nachrichten, die nicht kopiert wurden.</translation>
    </message>
    <message>
        <source>import: the mail file or folder to copy; its format is found by itself.</source>
        <translation type="unfinished">import: die E-Mail-Datei oder der Ordner zum Kopieren; das Format wird selbst erkannt.</translation>
    </message>
    <message>
        <source>import: only these folders, separated by commas (&quot;Inbox,Old mail/2019&quot;); default: all.</source>
        <translation type="unfinished">import: nur diese Ordner, durch Kommas getrennt („Inbox,Old mail/2019“); Standard: alle.</translation>
    </message>
    <message>
        <source>import: make each folder a Gmail label, nested with &quot;/&quot; (asks Google to manage labels).</source>
        <translation type="unfinished">import: jeden Ordner zu einem Gmail-Label machen, verschachtelt mit „/“ (bittet Google um die Verwaltung von Labels).</translation>
    </message>
    <message>
        <source>forget: keep the record of what was copied, so that setting up the same mailbox again does not copy everything again.</source>
        <translation type="unfinished">forget: die Aufzeichnung behalten, was kopiert wurde, damit beim erneuten Einrichten desselben Postfachs nicht alles noch einmal kopiert wird.</translation>
    </message>
    <message>
        <source>No command given. See mailferry --help.</source>
        <translation type="unfinished">Kein Befehl angegeben. Siehe mailferry --help.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. See mailferry --help.</source>
        <translation type="unfinished">Unbekannter Befehl „%1“. Siehe mailferry --help.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot; after the command %2.</source>
        <translation type="unfinished">Unerwartetes Argument „%1“ nach dem Befehl %2.</translation>
    </message>
    <message>
        <source>--%1 is given more than once.</source>
        <translation type="unfinished">--%1 ist mehr als einmal angegeben.</translation>
    </message>
    <message>
        <source>forget needs --account with the id of the account to remove (see &apos;accounts&apos;).</source>
        <translation type="unfinished">forget braucht --account mit der ID des Kontos, das entfernt werden soll (siehe „accounts“).</translation>
    </message>
    <message>
        <source>--%1 applies to import only, not to %2.</source>
        <translation type="unfinished">--%1 gilt nur für import, nicht für %2.</translation>
    </message>
    <message>
        <source>--%1 applies to migrate, retry-failed and import only, not to %2.</source>
        <translation type="unfinished">--%1 gilt nur für migrate, retry-failed und import, nicht für %2.</translation>
    </message>
    <message>
        <source>--%1 applies to forget only, not to %2.</source>
        <translation type="unfinished">--%1 gilt nur für forget, nicht für %2.</translation>
    </message>
    <message>
        <source>--%1 applies to export-log only, not to %2.</source>
        <translation type="unfinished">--%1 gilt nur für export-log, nicht für %2.</translation>
    </message>
    <message>
        <source>--%1 does not apply to accounts, which lists every account.</source>
        <translation type="unfinished">--%1 gilt nicht für accounts, das alle Konten auflistet.</translation>
    </message>
    <message>
        <source>--%1 %2.</source>
        <translation type="unfinished">--%1 %2.</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation type="unfinished">ist leer</translation>
    </message>
    <message>
        <source>contains control characters</source>
        <translation type="unfinished">enthält Steuerzeichen</translation>
    </message>
    <message>
        <source>is longer than 1024 characters</source>
        <translation type="unfinished">ist länger als 1024 Zeichen</translation>
    </message>
    <message>
        <source>is not an email address (name@domain)</source>
        <translation type="unfinished">ist keine E-Mail-Adresse (name@domain)</translation>
    </message>
    <message>
        <source>is not a server name or IP address</source>
        <translation type="unfinished">ist kein Servername und keine IP-Adresse</translation>
    </message>
    <message>
        <source>is longer than Gmail&apos;s 225 characters</source>
        <translation type="unfinished">ist länger als die 225 Zeichen von Gmail</translation>
    </message>
    <message>
        <source>must be tls, starttls or plain, not &quot;%1&quot;</source>
        <translation type="unfinished">muss tls, starttls oder plain sein, nicht „%1“</translation>
    </message>
    <message>
        <source>must be a SHA-256 fingerprint: 64 hex digits</source>
        <translation type="unfinished">muss ein SHA-256-Fingerabdruck sein: 64 Hexadezimalziffern</translation>
    </message>
    <message>
        <source>cannot be combined with --delete; choose one</source>
        <translation type="unfinished">lässt sich nicht mit --delete kombinieren; wählen Sie eines</translation>
    </message>
    <message>
        <source>Note: --size-limit-mb %1 is above Gmail&apos;s maximum of %2 MB (MiB) per message; using %2 MB.</source>
        <translation type="unfinished">Hinweis: --size-limit-mb %1 liegt über dem Höchstwert von Gmail von %2 MB (MiB) pro Nachricht; es werden %2 MB verwendet.</translation>
    </message>
    <message>
        <source>cannot be combined with --read; archived messages skip the Inbox</source>
        <translation type="unfinished">lässt sich nicht mit --read kombinieren; archivierte Nachrichten umgehen den Posteingang</translation>
    </message>
    <message>
        <source>names a file that does not exist: %1</source>
        <translation type="unfinished">nennt eine Datei, die es nicht gibt: %1</translation>
    </message>
    <message>
        <source>must name a regular file (a client_secret.json), and %1 is not one</source>
        <translation type="unfinished">muss eine normale Datei nennen (eine client_secret.json), und %1 ist keine</translation>
    </message>
    <message>
        <source>names a file of %1 bytes; a client_secret.json is at most %2 bytes</source>
        <translation type="unfinished">nennt eine Datei mit %1 Bytes; eine client_secret.json hat höchstens %2 Bytes</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation type="unfinished">kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>names a file larger than %1 bytes; a client_secret.json is a few hundred</source>
        <translation type="unfinished">nennt eine Datei mit mehr als %1 Bytes; eine client_secret.json hat nur einige hundert</translation>
    </message>
    <message>
        <source>import: try again the messages that failed in earlier runs, then go on.</source>
        <translation type="unfinished">import: die Nachrichten, die in früheren Läufen scheiterten, erneut versuchen, dann weitermachen.</translation>
    </message>
</context>
<context>
    <name>CliRunner</name>
    <message>
        <source>See mailferry --help.</source>
        <translation type="unfinished">Siehe mailferry --help.</translation>
    </message>
    <message>
        <source>There is no account &quot;%1&quot; (see &apos;mailferry accounts&apos;), and no --host to set one up.</source>
        <translation type="unfinished">Es gibt kein Konto „%1“ (siehe „mailferry accounts“) und kein --host, um eines einzurichten.</translation>
    </message>
    <message>
        <source>There are several accounts; choose one with --account (see &apos;mailferry accounts&apos;).</source>
        <translation type="unfinished">Es gibt mehrere Konten; wählen Sie eines mit --account (siehe „mailferry accounts“).</translation>
    </message>
    <message>
        <source>No account is set up. Set one up in the app, or give --email and --host.</source>
        <translation type="unfinished">Es ist kein Konto eingerichtet. Richten Sie eines in der App ein, oder geben Sie --email und --host an.</translation>
    </message>
    <message>
        <source>Give --email (or at least --user): it names the account&apos;s record of what was copied.</source>
        <translation type="unfinished">Geben Sie --email an (oder wenigstens --user): es benennt die Aufzeichnungen des Kontos darüber, was kopiert wurde.</translation>
    </message>
    <message>
        <source>Note: the saved size limit of %1 is above Gmail&apos;s maximum; using %2.</source>
        <translation type="unfinished">Hinweis: Die gespeicherte Größengrenze von %1 liegt über dem Höchstwert von Gmail; es wird %2 verwendet.</translation>
    </message>
    <message>
        <source>The saved account deletes messages %1 days after copying, which is not 1 to %2. Give --delete-after with the days you want.</source>
        <translation type="unfinished">Das gespeicherte Konto löscht Nachrichten %1 Tage nach dem Kopieren, und das liegt nicht zwischen 1 und %2. Geben Sie --delete-after mit den gewünschten Tagen an.</translation>
    </message>
    <message>
        <source>--archive needs --label: archived messages without a label would be found only under All Mail.</source>
        <translation type="unfinished">--archive braucht --label: archivierte Nachrichten ohne Label fänden sich nur unter „Alle Nachrichten“.</translation>
    </message>
    <message>
        <source>The account is missing its server or user name (give --host and --user).</source>
        <translation type="unfinished">Dem Konto fehlen Server oder Benutzername (geben Sie --host und --user an).</translation>
    </message>
    <message>
        <source>Which mailbox? Give --account, or the --email the migrate was given.</source>
        <translation type="unfinished">Welches Postfach? Geben Sie --account an oder das --email, mit dem migrate gestartet wurde.</translation>
    </message>
    <message>
        <source>--password-stdin was given, but standard input cannot be read.</source>
        <translation type="unfinished">--password-stdin wurde angegeben, aber die Standardeingabe lässt sich nicht lesen.</translation>
    </message>
    <message>
        <source>--password-stdin was given, but standard input held no password.</source>
        <translation type="unfinished">--password-stdin wurde angegeben, aber die Standardeingabe enthielt kein Passwort.</translation>
    </message>
    <message>
        <source>No password is stored for %1. Give it with --password-stdin, or set it up in the app.</source>
        <translation type="unfinished">Für %1 ist kein Passwort gespeichert. Geben Sie es mit --password-stdin an, oder richten Sie es in der App ein.</translation>
    </message>
    <message>
        <source>The Google client file %1 %2.</source>
        <translation type="unfinished">Die Google-Client-Datei %1 %2.</translation>
    </message>
    <message>
        <source>No Google client is configured. Sign in once in the app, or give --client-secret with the client_secret.json of your Google Cloud project.</source>
        <translation type="unfinished">Es ist kein Google-Client eingerichtet. Melden Sie sich einmal in der App an, oder geben Sie --client-secret mit der client_secret.json Ihres Google-Cloud-Projekts an.</translation>
    </message>
    <message>
        <source>Check finished at %1: copied %2, failed %3. Next check in %4 minutes.</source>
        <translation type="unfinished">Abruf um %1 beendet: %2 kopiert, %3 fehlgeschlagen. Nächster Abruf in %4 Minuten.</translation>
    </message>
    <message>
        <source>MAILFERRY_PROGRESS_INTERVAL_MS %1.</source>
        <translation type="unfinished">MAILFERRY_PROGRESS_INTERVAL_MS %1.</translation>
    </message>
    <message>
        <source>Stopping after the messages in progress (Ctrl+C again to stop at once)…</source>
        <translation type="unfinished">Halte nach den Nachrichten an, die gerade unterwegs sind (noch einmal Strg+C, um sofort anzuhalten)…</translation>
    </message>
    <message>
        <source>%1 messages in the archive (%2); %3 to copy (%4), %5 already in Gmail</source>
        <translation type="unfinished">%1 Nachrichten im Archiv (%2); %3 zu kopieren (%4), %5 schon in Gmail</translation>
    </message>
    <message>
        <source>%1 messages on the server (%2); %3 to copy (%4), %5 already in Gmail</source>
        <translation type="unfinished">%1 Nachrichten auf dem Server (%2); %3 zu kopieren (%4), %5 schon in Gmail</translation>
    </message>
    <message>
        <source>, %1 failed earlier (retry-failed tries them again)</source>
        <translation type="unfinished">, %1 früher fehlgeschlagen (retry-failed versucht sie erneut)</translation>
    </message>
    <message>
        <source>, %1 over the size limit (not copied)</source>
        <translation type="unfinished">, %1 über der Größengrenze (nicht kopiert)</translation>
    </message>
    <message>
        <source>, %1 over the size limit (left on the server)</source>
        <translation type="unfinished">, %1 über der Größengrenze (bleiben auf dem Server)</translation>
    </message>
    <message>
        <source>, %1 to remove from the server</source>
        <translation type="unfinished">, %1 vom Server zu entfernen</translation>
    </message>
    <message>
        <source>. About %1 at Gmail&apos;s pace.</source>
        <translation type="unfinished">. Etwa %1 im Tempo von Gmail.</translation>
    </message>
    <message>
        <source>Note: the server names %1 messages unreliably (a UIDL listed twice, or one that changed); they are matched by content and never deleted on their UIDL alone.</source>
        <translation type="unfinished">Hinweis: Der Server benennt %1 Nachrichten unzuverlässig (eine UIDL doppelt oder geändert); sie werden am Inhalt erkannt und nie allein wegen ihrer UIDL gelöscht.</translation>
    </message>
    <message>
        <source>Note: the server has no UIDL; messages are matched by content, and nothing is deleted.</source>
        <translation type="unfinished">Hinweis: Der Server kennt keine UIDL; Nachrichten werden am Inhalt erkannt, und nichts wird gelöscht.</translation>
    </message>
    <message>
        <source>Warning: the server deletes mail as soon as it is downloaded (EXPIRE 0), whatever Mailferry is told to keep.</source>
        <translation type="unfinished">Warnung: Der Server löscht E-Mails, sobald sie heruntergeladen sind (EXPIRE 0), egal was Mailferry behalten soll.</translation>
    </message>
    <message>
        <source>Note: the server deletes downloaded mail by itself after %1 days (EXPIRE).</source>
        <translation type="unfinished">Hinweis: Der Server löscht heruntergeladene E-Mails nach %1 Tagen von selbst (EXPIRE).</translation>
    </message>
    <message>
        <source>Note: the server allows one login every %1 seconds (LOGIN-DELAY); sessions are sized for it.</source>
        <translation type="unfinished">Hinweis: Der Server erlaubt eine Anmeldung alle %1 Sekunden (LOGIN-DELAY); die Sitzungen sind darauf abgestimmt.</translation>
    </message>
    <message>
        <source>This run: copied %1, skipped %2, failed %3. Nothing on this computer was changed.</source>
        <translation type="unfinished">Dieser Lauf: %1 kopiert, %2 übersprungen, %3 gescheitert. Auf diesem Computer wurde nichts geändert.</translation>
    </message>
    <message>
        <source>This run: copied %1, skipped %2, failed %3, removed from the server %4.</source>
        <translation type="unfinished">Dieser Lauf: %1 kopiert, %2 übersprungen, %3 fehlgeschlagen, %4 vom Server entfernt.</translation>
    </message>
    <message>
        <source>%1 copied-possibly-twice: an interrupted upload was repeated, so Gmail may hold them twice (see export-log).</source>
        <translation type="unfinished">%1 copied-possibly-twice: Ein unterbrochener Upload wurde wiederholt, daher hat Gmail sie vielleicht doppelt (siehe export-log).</translation>
    </message>
    <message>
        <source>%1 copied without an attachment Gmail refuses (a program, or an archive holding one); the originals are kept on this computer (see export-log).</source>
        <translation type="unfinished">%1 ohne einen Anhang kopiert, den Gmail ablehnt (ein Programm oder ein Archiv, das eines enthält); die Originale bleiben auf diesem Computer (siehe export-log).</translation>
    </message>
    <message>
        <source>Interrupted.</source>
        <translation type="unfinished">Unterbrochen.</translation>
    </message>
    <message>
        <source>%1 copied messages are still on the server (the next run removes them without copying them again).</source>
        <translation type="unfinished">%1 kopierte Nachrichten liegen noch auf dem Server (der nächste Lauf entfernt sie, ohne sie erneut zu kopieren).</translation>
    </message>
    <message>
        <source>%1 messages were left to copy.</source>
        <translation type="unfinished">%1 Nachrichten waren noch zu kopieren.</translation>
    </message>
    <message>
        <source>Run the same command again to finish.</source>
        <translation type="unfinished">Starten Sie denselben Befehl noch einmal, um fertig zu werden.</translation>
    </message>
    <message>
        <source>%1 messages failed and are still on the server. Try them again with: mailferry retry-failed --account %2; see which with: mailferry export-log --failures --account %2</source>
        <translation type="unfinished">%1 Nachrichten sind fehlgeschlagen und liegen noch auf dem Server. Erneut versuchen mit: mailferry retry-failed --account %2; welche es sind, zeigt: mailferry export-log --failures --account %2</translation>
    </message>
    <message>
        <source>%1 messages are over the size limit of %2 and were not copied.</source>
        <translation type="unfinished">%1 Nachrichten sind über der Größengrenze von %2 und wurden nicht kopiert.</translation>
    </message>
    <message>
        <source>%1 messages are over the size limit of %2 and stay on the server.</source>
        <translation type="unfinished">%1 Nachrichten sind größer als die Grenze von %2 und bleiben auf dem Server.</translation>
    </message>
    <message>
        <source>%1 messages were named unreliably by the server and were matched by content.</source>
        <translation type="unfinished">%1 Nachrichten hat der Server unzuverlässig benannt; sie wurden am Inhalt erkannt.</translation>
    </message>
    <message>
        <source>The certificate of %1 does not match the pinned certificate.</source>
        <translation type="unfinished">Das Zertifikat von %1 stimmt nicht mit dem gespeicherten Zertifikat überein.</translation>
    </message>
    <message>
        <source>  pinned:  %1</source>
        <translation type="unfinished">  gespeichert:  %1</translation>
    </message>
    <message>
        <source>  server:  %1</source>
        <translation type="unfinished">  Server:  %1</translation>
    </message>
    <message>
        <source>(could not be read)</source>
        <translation type="unfinished">(konnte nicht gelesen werden)</translation>
    </message>
    <message>
        <source>If the provider changed its certificate and you trust the new one, run again with:</source>
        <translation type="unfinished">Wenn der Anbieter sein Zertifikat geändert hat und Sie dem neuen vertrauen, starten Sie erneut mit:</translation>
    </message>
    <message>
        <source>The identity of the server %1 could not be verified: its certificate is not trusted.</source>
        <translation type="unfinished">Die Identität des Servers %1 ließ sich nicht prüfen: seinem Zertifikat wird nicht vertraut.</translation>
    </message>
    <message>
        <source>Mailferry could not read the certificate again to show its fingerprint.</source>
        <translation type="unfinished">Mailferry konnte das Zertifikat nicht noch einmal lesen, um seinen Fingerabdruck zu zeigen.</translation>
    </message>
    <message>
        <source>  SHA-256 fingerprint: %1</source>
        <translation type="unfinished">  SHA-256-Fingerabdruck: %1</translation>
    </message>
    <message>
        <source>If you are sure this is your provider&apos;s server (compare the fingerprint with the one your provider publishes), run again with:</source>
        <translation type="unfinished">Wenn Sie sicher sind, dass das der Server Ihres Anbieters ist (vergleichen Sie den Fingerabdruck mit dem, den Ihr Anbieter veröffentlicht), starten Sie erneut mit:</translation>
    </message>
    <message>
        <source>There is no record for %1 yet (looked for %2): nothing has been copied from it with this account id. The record is named by --account, or by the --email the migrate was given.</source>
        <translation type="unfinished">Für %1 gibt es noch keine Aufzeichnungen (gesucht unter %2): mit dieser Konto-ID wurde von dort noch nichts kopiert. Die Aufzeichnungen sind nach --account benannt oder nach dem --email, mit dem migrate gestartet wurde.</translation>
    </message>
    <message>
        <source>in Gmail</source>
        <translation type="unfinished">in Gmail</translation>
    </message>
    <message>
        <source>%1 copied (MB = 1,048,576 bytes)</source>
        <translation type="unfinished">%1 kopiert (MB = 1.048.576 Bytes)</translation>
    </message>
    <message>
        <source>copied, still on the server</source>
        <translation type="unfinished">kopiert, noch auf dem Server</translation>
    </message>
    <message>
        <source>Gmail may hold these twice (an interrupted upload was repeated)</source>
        <translation type="unfinished">Gmail hat diese vielleicht doppelt (ein unterbrochener Upload wurde wiederholt)</translation>
    </message>
    <message>
        <source>copied, then removed from the server</source>
        <translation type="unfinished">kopiert, dann vom Server entfernt</translation>
    </message>
    <message>
        <source>already in Gmail</source>
        <translation type="unfinished">schon in Gmail</translation>
    </message>
    <message>
        <source>too large; left on the server</source>
        <translation type="unfinished">zu groß; auf dem Server gelassen</translation>
    </message>
    <message>
        <source>left on the server; retry-failed tries them again</source>
        <translation type="unfinished">auf dem Server gelassen; retry-failed versucht sie erneut</translation>
    </message>
    <message>
        <source>still to do</source>
        <translation type="unfinished">noch offen</translation>
    </message>
    <message>
        <source>  last run: %1 (%2)</source>
        <translation type="unfinished">  letzter Lauf: %1 (%2)</translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished">nie</translation>
    </message>
    <message>
        <source>There is no record for %1 (looked for %2), so there is no log to export. The record is named by --account, or by the --email the migrate was given.</source>
        <translation type="unfinished">Für %1 gibt es keine Aufzeichnungen (gesucht unter %2), also kein Protokoll zum Exportieren. Die Aufzeichnungen sind nach --account benannt oder nach dem --email, mit dem migrate gestartet wurde.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished">%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>standard output</source>
        <translation type="unfinished">Standardausgabe</translation>
    </message>
    <message>
        <source>The log could not be written completely to %1: %2</source>
        <translation type="unfinished">Das Protokoll konnte nicht vollständig nach %1 geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The log was not written to %1: %2 (%3)</source>
        <translation type="unfinished">Das Protokoll wurde nicht nach %1 geschrieben: %2 (%3)</translation>
    </message>
    <message>
        <source>Wrote %1 rows to %2.</source>
        <translation type="unfinished">%1 Zeilen nach %2 geschrieben.</translation>
    </message>
    <message>
        <source>There is no account %1 on this computer (see &apos;mailferry accounts&apos;).</source>
        <translation type="unfinished">Auf diesem Computer gibt es kein Konto %1 (siehe „mailferry accounts“).</translation>
    </message>
    <message>
        <source>Forgot %1: its settings and saved password are removed. The record of what was copied is kept, so setting up the same mailbox again does not copy everything again.</source>
        <translation type="unfinished">%1 vergessen: Einstellungen und gespeichertes Passwort sind entfernt. Die Aufzeichnung, was kopiert wurde, bleibt, damit beim erneuten Einrichten desselben Postfachs nicht alles noch einmal kopiert wird.</translation>
    </message>
    <message>
        <source>Forgot %1: its settings, saved password and the record of what was copied are removed.</source>
        <translation type="unfinished">%1 vergessen: Einstellungen, gespeichertes Passwort und die Aufzeichnung, was kopiert wurde, sind entfernt.</translation>
    </message>
    <message>
        <source>Not removed: %1</source>
        <translation type="unfinished">Nicht entfernt: %1</translation>
    </message>
    <message>
        <source>No accounts yet. Set one up in the app, or run &apos;mailferry migrate --email … --host … --save&apos;.</source>
        <translation type="unfinished">Noch keine Konten. Richten Sie eines in der App ein, oder starten Sie „mailferry migrate --email … --host … --save“.</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished">übersprungen</translation>
    </message>
    <message>
        <source>last success %1</source>
        <translation type="unfinished">letzter Erfolg %1</translation>
    </message>
    <message>
        <source>progress: connecting…</source>
        <translation type="unfinished">Fortschritt: verbinde…</translation>
    </message>
    <message>
        <source>progress: copied %1/%2, skipped %3, failed %4, %5 msg/min</source>
        <translation type="unfinished">Fortschritt: %1/%2 kopiert, %3 übersprungen, %4 fehlgeschlagen, %5 Nachr./Min.</translation>
    </message>
    <message>
        <source>, ETA %1</source>
        <translation type="unfinished">, fertig in %1</translation>
    </message>
    <message>
        <source> (last success %1)</source>
        <translation type="unfinished"> (letzter Erfolg %1)</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation type="unfinished">von %1</translation>
    </message>
    <message>
        <source>date %1</source>
        <translation type="unfinished">Datum %1</translation>
    </message>
    <message>
        <source>server id %1</source>
        <translation type="unfinished">Server-ID %1</translation>
    </message>
    <message>
        <source>, %1 failed earlier (import --retry-failed tries them again)</source>
        <translation type="unfinished">, %1 früher gescheitert (import --retry-failed versucht sie erneut)</translation>
    </message>
    <message>
        <source>%1 messages failed; they are still in the archive. Try them again with: mailferry import --path &quot;%2&quot; --retry-failed; see which with: mailferry export-log --failures --account %3</source>
        <translation type="unfinished">%1 Nachrichten sind gescheitert; sie sind weiterhin im Archiv. Erneut versuchen mit: mailferry import --path &quot;%2&quot; --retry-failed; welche es sind, zeigt: mailferry export-log --failures --account %3</translation>
    </message>
    <message>
        <source>copied; the archive is never changed</source>
        <translation type="unfinished">kopiert; das Archiv wird nie verändert</translation>
    </message>
    <message>
        <source>too large; not copied</source>
        <translation type="unfinished">zu groß; nicht kopiert</translation>
    </message>
    <message>
        <source>still in the archive; import --retry-failed tries them again</source>
        <translation type="unfinished">weiterhin im Archiv; import --retry-failed versucht sie erneut</translation>
    </message>
    <message>
        <source>place in the archive %1</source>
        <translation type="unfinished">Stelle im Archiv %1</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>--%1 does not apply to import: Mailferry never changes or deletes anything on this computer.</source>
        <translation type="unfinished">--%1 gilt nicht für import: Mailferry ändert oder löscht nie etwas auf diesem Computer.</translation>
    </message>
    <message>
        <source>--%1 applies to a mailbox on a server (migrate), not to import.</source>
        <translation type="unfinished">--%1 gilt für ein Postfach auf einem Server (migrate), nicht für import.</translation>
    </message>
    <message>
        <source>import needs --path with the mail file or folder to copy (an mbox, a Thunderbird profile&apos;s Mail folder, a Maildir, a folder of .eml files, Apple Mail&apos;s folder or an Outlook .pst).</source>
        <translation type="unfinished">import braucht --path mit der E-Mail-Datei oder dem Ordner zum Kopieren (eine mbox, der Mail-Ordner eines Thunderbird-Profils, ein Maildir, ein Ordner mit .eml-Dateien, der Ordner von Apple Mail oder eine Outlook-.pst).</translation>
    </message>
    <message>
        <source>--path is empty.</source>
        <translation type="unfinished">--path ist leer.</translation>
    </message>
    <message>
        <source>--path is longer than 4096 characters.</source>
        <translation type="unfinished">--path ist länger als 4096 Zeichen.</translation>
    </message>
    <message>
        <source>--folders names no folder; give folder names separated by commas, such as Inbox,Old mail/2019.</source>
        <translation type="unfinished">--folders nennt keinen Ordner; geben Sie Ordnernamen durch Kommas getrennt an, etwa Inbox,Old mail/2019.</translation>
    </message>
    <message>
        <source>--folders contains control characters.</source>
        <translation type="unfinished">--folders enthält Steuerzeichen.</translation>
    </message>
    <message>
        <source>There is no file or folder %1.</source>
        <translation type="unfinished">Es gibt keine Datei und keinen Ordner %1.</translation>
    </message>
    <message>
        <source>%1 cannot be read (check its permissions).</source>
        <translation type="unfinished">%1 kann nicht gelesen werden (prüfen Sie die Berechtigungen).</translation>
    </message>
    <message>
        <source>%1 holds no mail Mailferry can read (mbox, Maildir, .eml, Apple Mail or Outlook .pst).</source>
        <translation type="unfinished">%1 enthält keine E-Mails, die Mailferry lesen kann (mbox, Maildir, .eml, Apple Mail oder Outlook-.pst).</translation>
    </message>
    <message>
        <source>This build of Mailferry cannot read Outlook files (%1).</source>
        <translation type="unfinished">Diese Version von Mailferry kann keine Outlook-Dateien lesen (%1).</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; is a mailbox on a server; use migrate for it.</source>
        <translation type="unfinished">Das Konto „%1“ ist ein Postfach auf einem Server; verwenden Sie dafür migrate.</translation>
    </message>
    <message>
        <source>There is no account &quot;%1&quot; (see &apos;mailferry accounts&apos;), and no --path to import.</source>
        <translation type="unfinished">Es gibt kein Konto „%1“ (siehe &apos;mailferry accounts&apos;) und kein --path zum Importieren.</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; imports %2, which is no longer there.</source>
        <translation type="unfinished">Das Konto „%1“ importiert %2, das nicht mehr vorhanden ist.</translation>
    </message>
</context>
<context>
    <name>MultiRun</name>
    <message>
        <source>the mailbox could not be added to the run (its settings are incomplete)</source>
        <translation type="unfinished">das Postfach konnte dem Lauf nicht hinzugefügt werden (seine Einstellungen sind unvollständig)</translation>
    </message>
    <message>
        <source>Stopping every mailbox after the messages in progress (Ctrl+C again to stop at once)…</source>
        <translation type="unfinished">Jedes Postfach hält nach den Nachrichten an, die gerade laufen (erneut Strg+C hält sofort an)…</translation>
    </message>
    <message>
        <source>the mailbox&apos;s run ended without a report</source>
        <translation type="unfinished">der Lauf des Postfachs endete ohne Bericht</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation type="unfinished">von %1</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation type="unfinished">%1 gescheitert</translation>
    </message>
    <message>
        <source>%1 msg/min</source>
        <translation type="unfinished">%1 Nachr./min</translation>
    </message>
    <message>
        <source>address</source>
        <translation type="unfinished">Adresse</translation>
    </message>
    <message>
        <source>into</source>
        <translation type="unfinished">nach</translation>
    </message>
    <message>
        <source>copied</source>
        <translation type="unfinished">kopiert</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished">übersprungen</translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished">gescheitert</translation>
    </message>
    <message>
        <source>left</source>
        <translation type="unfinished">offen</translation>
    </message>
    <message>
        <source>status</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <source>Exit status %1 (%2): the worst of all mailboxes.</source>
        <translation type="unfinished">Exit-Status %1 (%2): der schlechteste aller Postfächer.</translation>
    </message>
</context>
<context>
    <name>PreflightCommand</name>
    <message>
        <source>Checking %1 of %2…</source>
        <translation type="unfinished">Prüfe %1 von %2…</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation type="unfinished">Prüfe %1…</translation>
    </message>
    <message>
        <source>The pre-flight ended without a report.</source>
        <translation type="unfinished">Die Vorabprüfung endete ohne Bericht.</translation>
    </message>
    <message>
        <source>Pre-flight of %1 (headers only; nothing was copied or changed):</source>
        <translation type="unfinished">Vorabprüfung von %1 (nur Kopfzeilen; nichts wurde kopiert oder geändert):</translation>
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
        <translation type="unfinished">Es ist kein Google-Client eingerichtet. Geben Sie --client-secret mit der client_secret.json Ihres Google-Cloud-Projekts an.</translation>
    </message>
    <message>
        <source>Your browser should open Google&apos;s page. Sign in as %1 and allow Mailferry to add mail. If it did not open, open this link:</source>
        <translation type="unfinished">Ihr Browser sollte Googles Seite öffnen. Melden Sie sich als %1 an und erlauben Sie Mailferry, E-Mails hinzuzufügen. Falls er sich nicht geöffnet hat, öffnen Sie diesen Link:</translation>
    </message>
    <message>
        <source>Open this link in a browser on this computer, sign in as %1 and allow Mailferry to add mail:</source>
        <translation type="unfinished">Öffnen Sie diesen Link in einem Browser auf diesem Computer, melden Sie sich als %1 an und erlauben Sie Mailferry, E-Mails hinzuzufügen:</translation>
    </message>
    <message>
        <source>Waiting for Google (Ctrl+C to stop)…</source>
        <translation type="unfinished">Warte auf Google (Strg+C zum Anhalten)…</translation>
    </message>
    <message>
        <source>Sign-in was stopped; nothing was stored.</source>
        <translation type="unfinished">Die Anmeldung wurde angehalten; nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>You did not allow Mailferry to add messages to Gmail; nothing was stored.</source>
        <translation type="unfinished">Sie haben Mailferry nicht erlaubt, Nachrichten zu Gmail hinzuzufügen; nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>Signing in did not work (%1).</source>
        <translation type="unfinished">Die Anmeldung hat nicht funktioniert (%1).</translation>
    </message>
    <message>
        <source>The box &quot;Add emails into your Gmail mailbox&quot; was not ticked on Google&apos;s page. Mailferry needs it; run signin again and tick it.</source>
        <translation type="unfinished">Das Kästchen „Add emails into your Gmail mailbox“ war auf Googles Seite nicht angekreuzt. Mailferry braucht es; starten Sie signin erneut und kreuzen Sie es an.</translation>
    </message>
    <message>
        <source>You signed in as %1, but asked for %2. Nothing was stored. Run &apos;mailferry signin --gmail %2&apos; again and choose %2 on Google&apos;s page.</source>
        <translation type="unfinished">Sie haben sich als %1 angemeldet, aber %2 angefragt. Nichts wurde gespeichert. Starten Sie &apos;mailferry signin --gmail %2&apos; erneut und wählen Sie auf Googles Seite %2.</translation>
    </message>
    <message>
        <source>Signed in as %1, but the keychain refused to keep the link to Google: %2</source>
        <translation type="unfinished">Als %1 angemeldet, aber der Schlüsselbund hat die Verbindung zu Google nicht behalten: %2</translation>
    </message>
    <message>
        <source>Signed in as %1. The link to Google is kept in the keychain; &apos;mailferry bulk&apos; and &apos;migrate --all&apos; use it for every mailbox that goes into %1.</source>
        <translation type="unfinished">Als %1 angemeldet. Die Verbindung zu Google liegt im Schlüsselbund; &apos;mailferry bulk&apos; und &apos;migrate --all&apos; verwenden sie für jedes Postfach, das in %1 geht.</translation>
    </message>
</context>
<context>
    <name>StatusHealth</name>
    <message>
        <source>never</source>
        <translation type="unfinished">nie</translation>
    </message>
    <message>
        <source>  last checked OK: %1; last copied: %2</source>
        <translation type="unfinished">  zuletzt erfolgreich geprüft: %1; zuletzt kopiert: %2</translation>
    </message>
    <message>
        <source>  warning: %1</source>
        <translation type="unfinished">  Warnung: %1</translation>
    </message>
    <message>
        <source>  what to do: %1</source>
        <translation type="unfinished">  was zu tun ist: %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Start quietly in the tray (used when starting at login): no window opens, and continuous sync starts for the mailboxes that have it.</source>
        <translation type="unfinished">Still im Infobereich starten (beim Start mit der Anmeldung verwendet): Es öffnet sich kein Fenster, und der fortlaufende Abgleich startet für die Postfächer, die ihn nutzen.</translation>
    </message>
    <message>
        <source>Use this Google client file (client_secret.json) for signing in, then open the setup wizard.</source>
        <translation type="unfinished">Diese Google-Client-Datei (client_secret.json) für die Anmeldung verwenden und dann den Einrichtungsassistenten öffnen.</translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished">Datei</translation>
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
        <translation type="unfinished">Zieht E-Mails sicher aus POP3-Postfächern zu Gmail um.

Ohne Befehl öffnet sich die App. Befehle für Skripte und unbeaufsichtigte Läufe:
  migrate, retry-failed, import, preflight, bulk, signin, status, export-log, accounts, forget
  (siehe: mailferry migrate --help)</translation>
    </message>
    <message>
        <source>Moves mail from POP3 mailboxes into Gmail, safely.

Commands (this build has no window):
  migrate, retry-failed, import, preflight, bulk, signin, status, export-log, accounts, forget
  (see: mailferry migrate --help)</source>
        <translation type="unfinished">Zieht E-Mails sicher aus POP3-Postfächern zu Gmail um.

Befehle (dieser Build hat kein Fenster):
  migrate, retry-failed, import, preflight, bulk, signin, status, export-log, accounts, forget
  (siehe: mailferry migrate --help)</translation>
    </message>
</context>
<context>
    <name>mf::Error</name>
    <message>
        <source>Stopped.</source>
        <translation type="unfinished">Angehalten.</translation>
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
        <translation type="unfinished">Die Google-Client-Datei %1 enthält keine Client-ID.</translation>
    </message>
    <message>
        <source>No Google client is configured. Sign in once in the app, or give --client-secret with the client_secret.json of your Google Cloud project.</source>
        <translation type="unfinished">Es ist kein Google-Client eingerichtet. Melden Sie sich einmal in der App an, oder geben Sie --client-secret mit der client_secret.json Ihres Google-Cloud-Projekts an.</translation>
    </message>
    <message>
        <source>Mailferry is not signed in to Google. Open the app and sign in with Google first.</source>
        <translation type="unfinished">Mailferry ist nicht bei Google angemeldet. Öffnen Sie zuerst die App und melden Sie sich mit Google an.</translation>
    </message>
</context>
<context>
    <name>mf::accounts::BulkCsv</name>
    <message>
        <source>a quote (&quot;) inside a field that does not start with one; a field with quotes must be quoted whole, with each quote doubled (&quot;&quot;)</source>
        <translation type="unfinished">ein Anführungszeichen (&quot;) in einem Feld, das nicht mit einem beginnt; ein Feld mit Anführungszeichen muss ganz in Anführungszeichen stehen, jedes davon verdoppelt (&quot;&quot;)</translation>
    </message>
    <message>
        <source>text after the closing quote of a field; a quote inside a quoted field is written twice (&quot;&quot;)</source>
        <translation type="unfinished">Text nach dem schließenden Anführungszeichen eines Feldes; ein Anführungszeichen in einem Feld in Anführungszeichen wird doppelt geschrieben (&quot;&quot;)</translation>
    </message>
    <message>
        <source>a quoted field that never ends (its closing quote is missing)</source>
        <translation type="unfinished">ein Feld in Anführungszeichen, das nie endet (das schließende Anführungszeichen fehlt)</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2, not &quot;%3&quot;</source>
        <translation type="unfinished">muss eine ganze Zahl von %1 bis %2 sein, nicht „%3“</translation>
    </message>
    <message>
        <source>must be yes or no (or empty for no), not &quot;%1&quot;</source>
        <translation type="unfinished">muss yes oder no sein (oder leer für no), nicht „%1“</translation>
    </message>
    <message>
        <source>is empty; every row needs the old address</source>
        <translation type="unfinished">ist leer; jede Zeile braucht die alte Adresse</translation>
    </message>
    <message>
        <source>is not an email address (name@domain): &quot;%1&quot;</source>
        <translation type="unfinished">ist keine E-Mail-Adresse (name@domain): „%1“</translation>
    </message>
    <message>
        <source>is empty; every row needs the POP3 server</source>
        <translation type="unfinished">ist leer; jede Zeile braucht den POP3-Server</translation>
    </message>
    <message>
        <source>is not a server name or IP address: &quot;%1&quot;</source>
        <translation type="unfinished">ist kein Servername und keine IP-Adresse: „%1“</translation>
    </message>
    <message>
        <source>must be tls, starttls or plain, not &quot;%1&quot;</source>
        <translation type="unfinished">muss tls, starttls oder plain sein, nicht „%1“</translation>
    </message>
    <message>
        <source>is empty; every row needs the Gmail or Workspace address to copy into</source>
        <translation type="unfinished">ist leer; jede Zeile braucht die Gmail- oder Workspace-Adresse, in die kopiert wird</translation>
    </message>
    <message>
        <source>must be a SHA-256 fingerprint: 64 hex digits</source>
        <translation type="unfinished">muss ein SHA-256-Fingerabdruck sein: 64 Hexadezimalziffern</translation>
    </message>
    <message>
        <source>is longer than Gmail&apos;s %1 characters</source>
        <translation type="unfinished">ist länger als Gmails %1 Zeichen</translation>
    </message>
    <message>
        <source>cannot be combined with delete; choose one</source>
        <translation type="unfinished">kann nicht mit delete kombiniert werden; wählen Sie eines</translation>
    </message>
    <message>
        <source>cannot be combined with read; archived messages skip the Inbox</source>
        <translation type="unfinished">kann nicht mit read kombiniert werden; archivierte Nachrichten umgehen den Posteingang</translation>
    </message>
    <message>
        <source>needs a label: archived messages without one would be found only under All Mail</source>
        <translation type="unfinished">braucht ein Label: archivierte Nachrichten ohne Label fänden sich nur unter „Alle Nachrichten“</translation>
    </message>
    <message>
        <source> (MB of 1,048,576 bytes; Gmail takes at most 50)</source>
        <translation type="unfinished"> (MB zu 1.048.576 Byte; Gmail nimmt höchstens 50)</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished">Zeile %1: %2</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation type="unfinished">Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>the file has %1 bytes; a bulk file may have at most %2</source>
        <translation type="unfinished">die Datei hat %1 Byte; eine Bulk-Datei darf höchstens %2 haben</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text; save it from your spreadsheet as &quot;CSV UTF-8&quot;</source>
        <translation type="unfinished">die Datei ist kein UTF-8-Text; speichern Sie sie aus Ihrer Tabellenkalkulation als „CSV UTF-8“</translation>
    </message>
    <message>
        <source>the file is empty; it needs a header row naming the columns, then one row per mailbox</source>
        <translation type="unfinished">die Datei ist leer; sie braucht eine Kopfzeile mit den Spaltennamen, dann eine Zeile pro Postfach</translation>
    </message>
    <message>
        <source>%1 (column %2)</source>
        <translation type="unfinished">%1 (Spalte %2)</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation type="unfinished">(ohne Namen)</translation>
    </message>
    <message>
        <source>passwords never go in this file. Remove the column; give the passwords with --password-file, --passwords-stdin or the keychain.</source>
        <translation type="unfinished">Passwörter gehören nie in diese Datei. Entfernen Sie die Spalte; geben Sie die Passwörter mit --password-file, --passwords-stdin oder über den Schlüsselbund an.</translation>
    </message>
    <message>
        <source>has no name in the header row</source>
        <translation type="unfinished">hat keinen Namen in der Kopfzeile</translation>
    </message>
    <message>
        <source>is not a column Mailferry knows; the columns are: %1</source>
        <translation type="unfinished">ist keine Spalte, die Mailferry kennt; die Spalten sind: %1</translation>
    </message>
    <message>
        <source>appears twice in the header row</source>
        <translation type="unfinished">steht zweimal in der Kopfzeile</translation>
    </message>
    <message>
        <source>is missing from the header row; it is required</source>
        <translation type="unfinished">fehlt in der Kopfzeile; sie ist erforderlich</translation>
    </message>
    <message>
        <source>the file has more than %1 mailboxes; split it</source>
        <translation type="unfinished">die Datei hat mehr als %1 Postfächer; teilen Sie sie auf</translation>
    </message>
    <message>
        <source>has %1 fields, but the header row names %2 columns</source>
        <translation type="unfinished">hat %1 Felder, aber die Kopfzeile nennt %2 Spalten</translation>
    </message>
    <message>
        <source>is longer than %1 characters</source>
        <translation type="unfinished">ist länger als %1 Zeichen</translation>
    </message>
    <message>
        <source>contains a line break or other control character</source>
        <translation type="unfinished">enthält einen Zeilenumbruch oder ein anderes Steuerzeichen</translation>
    </message>
    <message>
        <source>%1 is already on line %2; each mailbox may appear once</source>
        <translation type="unfinished">%1 steht schon in Zeile %2; jedes Postfach darf nur einmal vorkommen</translation>
    </message>
    <message>
        <source>the file has a header row but no mailbox rows</source>
        <translation type="unfinished">die Datei hat eine Kopfzeile, aber keine Postfachzeilen</translation>
    </message>
    <message>
        <source>the file %1 does not exist</source>
        <translation type="unfinished">die Datei %1 existiert nicht</translation>
    </message>
    <message>
        <source>%1 is not a regular file</source>
        <translation type="unfinished">%1 ist keine normale Datei</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished">%1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>mf::accounts::PasswordFile</name>
    <message>
        <source>The password file %1 cannot be checked: %2</source>
        <translation type="unfinished">Die Passwortdatei %1 kann nicht geprüft werden: %2</translation>
    </message>
    <message>
        <source>The password file %1 is not a regular file.</source>
        <translation type="unfinished">Die Passwortdatei %1 ist keine normale Datei.</translation>
    </message>
    <message>
        <source>The password file %1 belongs to another user; it must be yours alone.</source>
        <translation type="unfinished">Die Passwortdatei %1 gehört einem anderen Benutzer; sie muss allein Ihnen gehören.</translation>
    </message>
    <message>
        <source>The password file %1 can be read or changed by others (mode %2). Make it yours alone with: chmod 600 %1</source>
        <translation type="unfinished">Die Passwortdatei %1 kann von anderen gelesen oder geändert werden (Modus %2). Machen Sie sie allein zu Ihrer mit: chmod 600 %1</translation>
    </message>
    <message>
        <source>The passwords are more than %1 bytes; one line per mailbox is a few dozen.</source>
        <translation type="unfinished">Die Passwörter sind mehr als %1 Byte; eine Zeile pro Postfach sind ein paar Dutzend.</translation>
    </message>
    <message>
        <source>The passwords are not UTF-8 text.</source>
        <translation type="unfinished">Die Passwörter sind kein UTF-8-Text.</translation>
    </message>
    <message>
        <source>Line %1 of the passwords has no TAB or comma between the address and the password.</source>
        <translation type="unfinished">Zeile %1 der Passwörter hat kein TAB und kein Komma zwischen Adresse und Passwort.</translation>
    </message>
    <message>
        <source>Line %1 of the passwords does not start with an email address.</source>
        <translation type="unfinished">Zeile %1 der Passwörter beginnt nicht mit einer E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>Line %1 of the passwords has an empty password.</source>
        <translation type="unfinished">Zeile %1 der Passwörter hat ein leeres Passwort.</translation>
    </message>
    <message>
        <source>Line %1 of the passwords names %2 again (first on line %3).</source>
        <translation type="unfinished">Zeile %1 der Passwörter nennt %2 erneut (zuerst in Zeile %3).</translation>
    </message>
    <message>
        <source>The password file %1 cannot be opened: %2</source>
        <translation type="unfinished">Die Passwortdatei %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>A password file cannot be checked for privacy on this system; give the passwords with --passwords-stdin instead.</source>
        <translation type="unfinished">Auf diesem System kann nicht geprüft werden, ob eine Passwortdatei privat ist; geben Sie die Passwörter stattdessen mit --passwords-stdin an.</translation>
    </message>
    <message>
        <source>The password file %1 cannot be read: %2</source>
        <translation type="unfinished">Die Passwortdatei %1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>mf::app::CliRunner</name>
    <message>
        <source>%1 bytes</source>
        <translation type="unfinished">%1 Bytes</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number</source>
        <translation type="unfinished">„%1“ ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2, not %3</source>
        <translation type="unfinished">muss eine ganze Zahl von %1 bis %2 sein, nicht %3</translation>
    </message>
</context>
<context>
    <name>mf::archive</name>
    <message>
        <source>There is no file or folder %1.</source>
        <translation type="unfinished">Es gibt keine Datei und keinen Ordner %1.</translation>
    </message>
    <message>
        <source>%1 holds no mail Mailferry can read (mbox, Maildir, .eml, Apple Mail or Outlook .pst).</source>
        <translation type="unfinished">%1 enthält keine E-Mails, die Mailferry lesen kann (mbox, Maildir, .eml, Apple Mail oder Outlook-.pst).</translation>
    </message>
    <message>
        <source>This build of Mailferry cannot read Outlook files (%1).</source>
        <translation type="unfinished">Diese Version von Mailferry kann keine Outlook-Dateien lesen (%1).</translation>
    </message>
    <message>
        <source>%1 holds no mail Mailferry can read.</source>
        <translation type="unfinished">%1 enthält keine E-Mails, die Mailferry lesen kann.</translation>
    </message>
    <message>
        <source>The message is larger than %1 bytes.</source>
        <translation type="unfinished">Die Nachricht ist größer als %1 Bytes.</translation>
    </message>
    <message>
        <source>The archive could not be read.</source>
        <translation type="unfinished">Das Archiv konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The archive changed since it was scanned; scan it again.</source>
        <translation type="unfinished">Das Archiv hat sich seit dem Durchsuchen geändert; durchsuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>The Apple Mail message %1 cannot be read: %2</source>
        <translation type="unfinished">Die Apple-Mail-Nachricht %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Apple Mail keeps its attachments in other files. Export the mailbox from Apple Mail (Mailbox &gt; Export Mailbox) and add the exported mbox instead.</source>
        <translation type="unfinished">Apple Mail bewahrt die Anhänge in anderen Dateien auf. Exportieren Sie das Postfach aus Apple Mail (Postfach &gt; Postfach exportieren) und fügen Sie stattdessen die exportierte mbox hinzu.</translation>
    </message>
    <message>
        <source>it does not start with the message&apos;s length.</source>
        <translation type="unfinished">sie beginnt nicht mit der Länge der Nachricht.</translation>
    </message>
    <message>
        <source>it is cut short at byte %1 of %2.</source>
        <translation type="unfinished">sie bricht bei Byte %1 von %2 ab.</translation>
    </message>
    <message>
        <source>The message file %1 could not be opened.</source>
        <translation type="unfinished">Die Nachrichtendatei %1 konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>The message file %1 is cut short at byte %2.</source>
        <translation type="unfinished">Die Nachrichtendatei %1 bricht bei Byte %2 ab.</translation>
    </message>
    <message>
        <source>The mail file %1 could not be opened.</source>
        <translation type="unfinished">Die Maildatei %1 konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>The mail file %1 is cut short: it ends inside message %2 (byte %3). The messages before it were read.</source>
        <translation type="unfinished">Die Maildatei %1 ist abgeschnitten: sie endet mitten in Nachricht %2 (Byte %3). Die Nachrichten davor wurden gelesen.</translation>
    </message>
    <message>
        <source>The mail file %1 could not be read past byte %2.</source>
        <translation type="unfinished">Die Maildatei %1 ließ sich nicht über Byte %2 hinaus lesen.</translation>
    </message>
    <message>
        <source>%1 is not an mbox file: it does not start with &quot;From &quot;.</source>
        <translation type="unfinished">%1 ist keine mbox-Datei: sie beginnt nicht mit „From “.</translation>
    </message>
    <message>
        <source>The Outlook file %1 cannot be read: %2</source>
        <translation type="unfinished">Die Outlook-Datei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>it is not an Outlook data file.</source>
        <translation type="unfinished">sie ist keine Outlook-Datendatei.</translation>
    </message>
    <message>
        <source>its index is damaged.</source>
        <translation type="unfinished">ihr Verzeichnis ist beschädigt.</translation>
    </message>
    <message>
        <source>it has no folders.</source>
        <translation type="unfinished">sie hat keine Ordner.</translation>
    </message>
    <message>
        <source>The message is no longer in the Outlook file %1.</source>
        <translation type="unfinished">Die Nachricht ist nicht mehr in der Outlook-Datei %1.</translation>
    </message>
    <message>
        <source>Apple Mail</source>
        <translation type="unfinished">Apple Mail</translation>
    </message>
    <message>
        <source>Message %1 in the Outlook file %2 cannot be read: the file is damaged or cut short there.</source>
        <translation type="unfinished">Nachricht %1 in der Outlook-Datei %2 kann nicht gelesen werden: Die Datei ist an dieser Stelle beschädigt oder abgeschnitten.</translation>
    </message>
    <message>
        <source>The Outlook file %1 is cut short: it holds %2 of its %3 bytes, so mail kept past the cut could not be read.</source>
        <translation type="unfinished">Die Outlook-Datei %1 ist abgeschnitten: Sie enthält %2 ihrer %3 Bytes, daher konnte Mail hinter der Schnittstelle nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>mf::discovery::ServerDiscovery</name>
    <message>
        <source>%1 does not offer POP3, so Mailferry cannot fetch mail from it. Google&apos;s own tools can move it instead (search for &quot;Gmail import mail&quot;).</source>
        <translation type="unfinished">%1 bietet kein POP3 an, daher kann Mailferry dort keine E-Mails abholen. Googles eigene Werkzeuge können sie stattdessen umziehen (suchen Sie nach „Gmail E-Mails importieren“).</translation>
    </message>
    <message>
        <source>These are the settings %1 publishes.</source>
        <translation type="unfinished">Dies sind die Einstellungen, die %1 veröffentlicht.</translation>
    </message>
    <message>
        <source>This does not look like an email address yet.</source>
        <translation type="unfinished">Das sieht noch nicht wie eine E-Mail-Adresse aus.</translation>
    </message>
    <message>
        <source>These settings are published by %1 itself.</source>
        <translation type="unfinished">Diese Einstellungen veröffentlicht %1 selbst.</translation>
    </message>
    <message>
        <source>Your domain&apos;s mail is handled by %1; these are its settings.</source>
        <translation type="unfinished">Die E-Mails Ihrer Domain werden von %1 betreut; dies sind dessen Einstellungen.</translation>
    </message>
    <message>
        <source>Mailferry could not find the settings for %1. Your provider&apos;s help pages list them as &quot;POP3 server&quot; or &quot;incoming mail server&quot;.</source>
        <translation type="unfinished">Mailferry hat die Einstellungen für %1 nicht gefunden. Die Hilfeseiten Ihres Anbieters nennen sie „POP3-Server“ oder „Posteingangsserver“.</translation>
    </message>
    <message>
        <source>This is a likely guess; &quot;Test connection&quot; will tell whether it works.</source>
        <translation type="unfinished">Das ist eine wahrscheinliche Vermutung; „Verbindung testen“ zeigt, ob sie stimmt.</translation>
    </message>
</context>
<context>
    <name>mf::google::ClientConfig</name>
    <message>
        <source>Mailferry could not open the Google client file. Choose the client_secret.json you downloaded from Google Cloud Console.</source>
        <translation type="unfinished">Mailferry konnte die Google-Client-Datei nicht öffnen. Wählen Sie die client_secret.json, die Sie aus der Google Cloud Console heruntergeladen haben.</translation>
    </message>
    <message>
        <source>This file is not a Google client file (client_secret.json).</source>
        <translation type="unfinished">Diese Datei ist keine Google-Client-Datei (client_secret.json).</translation>
    </message>
    <message>
        <source>This client is for a web application. In Google Cloud Console, create an OAuth client of type &quot;Desktop app&quot; and download its file.</source>
        <translation type="unfinished">Dieser Client ist für eine Webanwendung. Erstellen Sie in der Google Cloud Console einen OAuth-Client vom Typ „Desktop-App“ und laden Sie dessen Datei herunter.</translation>
    </message>
    <message>
        <source>The Google client file has no client id. Download it again from Google Cloud Console.</source>
        <translation type="unfinished">Die Google-Client-Datei enthält keine Client-ID. Laden Sie sie erneut aus der Google Cloud Console herunter.</translation>
    </message>
    <message>
        <source>This is not a Google client file (client_secret.json). Choose the file you downloaded from Google Cloud Console.</source>
        <translation type="unfinished">Das ist keine Google-Client-Datei (client_secret.json). Wählen Sie die Datei, die Sie aus der Google Cloud Console heruntergeladen haben.</translation>
    </message>
    <message>
        <source>This file is too large to be a Google client file (client_secret.json).</source>
        <translation type="unfinished">Diese Datei ist zu groß für eine Google-Client-Datei (client_secret.json).</translation>
    </message>
</context>
<context>
    <name>mf::google::ConsentLifetime</name>
    <message numerus="yes">
        <source>in %n minute(s)</source>
        <translation type="unfinished">
            <numerusform>in %n Minute</numerusform>
            <numerusform>in %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n hour(s)</source>
        <translation type="unfinished">
            <numerusform>in %n Stunde</numerusform>
            <numerusform>in %n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation type="unfinished">
            <numerusform>in %n Tag</numerusform>
            <numerusform>in %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Google&apos;s permission for Mailferry has expired: your Google Cloud project is in &quot;Testing&quot; status, and Google ends such permissions 7 days after you signed in.</source>
        <translation type="unfinished">Googles Erlaubnis für Mailferry ist abgelaufen: Ihr Google-Cloud-Projekt hat den Status „Testing“, und Google beendet solche Erlaubnisse 7 Tage nach der Anmeldung.</translation>
    </message>
    <message>
        <source>Google&apos;s permission for Mailferry ends %1 (%2): your Google Cloud project is in &quot;Testing&quot; status, and Google ends such permissions 7 days after you signed in.</source>
        <translation type="unfinished">Googles Erlaubnis für Mailferry endet %1 (%2): Ihr Google-Cloud-Projekt hat den Status „Testing“, und Google beendet solche Erlaubnisse 7 Tage nach der Anmeldung.</translation>
    </message>
    <message>
        <source>Google&apos;s permission for Mailferry ends %1 (your Google Cloud project is in &quot;Testing&quot; status).</source>
        <translation type="unfinished">Googles Erlaubnis für Mailferry endet %1 (Ihr Google-Cloud-Projekt hat den Status „Testing“).</translation>
    </message>
    <message>
        <source>Google&apos;s permission for Mailferry expired: your Google Cloud project is in &quot;Testing&quot; status, and Google ends such permissions 7 days after you signed in. %1 %2</source>
        <translation type="unfinished">Googles Erlaubnis für Mailferry ist abgelaufen: Ihr Google-Cloud-Projekt hat den Status „Testing“, und Google beendet solche Erlaubnisse 7 Tage nach der Anmeldung. %1 %2</translation>
    </message>
    <message>
        <source>Google no longer accepts Mailferry&apos;s sign-in for this account (it was withdrawn, the Google password changed, or it went unused for months). %1</source>
        <translation type="unfinished">Google nimmt Mailferrys Anmeldung für dieses Konto nicht mehr an (sie wurde widerrufen, das Google-Passwort wurde geändert, oder sie war monatelang unbenutzt). %1</translation>
    </message>
    <message>
        <source>Sign in with Google again to continue.</source>
        <translation type="unfinished">Melden Sie sich erneut bei Google an, um fortzufahren.</translation>
    </message>
    <message>
        <source>To stop this from happening every week, publish your project: in the Google Cloud console, open APIs &amp; Services &gt; OAuth consent screen (Audience), and click Publish app. A project that only you (or fewer than 100 people) use can stay unverified; Google then shows an &quot;unverified app&quot; screen at sign-in, where you click Advanced and continue. Then sign in again once.</source>
        <translation type="unfinished">Damit das nicht jede Woche passiert, veröffentlichen Sie Ihr Projekt: Öffnen Sie in der Google Cloud Console APIs &amp; Services &gt; OAuth consent screen (Audience) und klicken Sie auf Publish app. Ein Projekt, das nur Sie (oder weniger als 100 Personen) nutzen, kann unbestätigt bleiben; Google zeigt dann bei der Anmeldung eine Seite „unverified app“, auf der Sie auf Advanced klicken und fortfahren. Melden Sie sich danach einmal erneut an.</translation>
    </message>
</context>
<context>
    <name>mf::google::GmailClient</name>
    <message>
        <source>Mailferry could not make a secure connection to Gmail. Check the computer&apos;s date and any security software, then try again.</source>
        <translation type="unfinished">Mailferry konnte keine sichere Verbindung zu Gmail herstellen. Prüfen Sie das Datum des Computers und etwaige Sicherheitssoftware und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Mailferry cannot reach Gmail. Check your internet connection; it will try again.</source>
        <translation type="unfinished">Mailferry erreicht Gmail nicht. Prüfen Sie Ihre Internetverbindung; es versucht es erneut.</translation>
    </message>
    <message>
        <source>Gmail stopped answering. Mailferry will try again.</source>
        <translation type="unfinished">Gmail antwortet nicht mehr. Mailferry versucht es erneut.</translation>
    </message>
    <message>
        <source>The connection to Gmail was lost. Mailferry will try again.</source>
        <translation type="unfinished">Die Verbindung zu Gmail ist abgebrochen. Mailferry versucht es erneut.</translation>
    </message>
    <message>
        <source>Gmail&apos;s daily limit for this account has been reached. Mailferry will go on later; nothing is lost.</source>
        <translation type="unfinished">Das Tageslimit von Gmail für dieses Konto ist erreicht. Mailferry macht später weiter; nichts geht verloren.</translation>
    </message>
    <message>
        <source>Gmail asked Mailferry to slow down. It will go on by itself shortly.</source>
        <translation type="unfinished">Gmail hat Mailferry gebeten, langsamer zu machen. Es geht gleich von selbst weiter.</translation>
    </message>
    <message>
        <source>Gmail is busy or having trouble right now. Mailferry will try again.</source>
        <translation type="unfinished">Gmail ist gerade ausgelastet oder hat Probleme. Mailferry versucht es erneut.</translation>
    </message>
    <message>
        <source>Gmail no longer accepts Mailferry&apos;s sign-in. Sign in with Google again.</source>
        <translation type="unfinished">Gmail akzeptiert die Anmeldung von Mailferry nicht mehr. Melden Sie sich erneut mit Google an.</translation>
    </message>
    <message>
        <source>Gmail refused Mailferry permission to add messages to this account. Sign in again and leave every permission Mailferry asks for ticked.</source>
        <translation type="unfinished">Gmail hat Mailferry nicht erlaubt, diesem Konto Nachrichten hinzuzufügen. Melden Sie sich erneut an und lassen Sie alle Berechtigungen, um die Mailferry bittet, angehakt.</translation>
    </message>
    <message>
        <source>This message is too large for Gmail (the limit is 50 MB). It stays on the old server.</source>
        <translation type="unfinished">Diese Nachricht ist zu groß für Gmail (die Grenze liegt bei 50 MB). Sie bleibt auf dem alten Server.</translation>
    </message>
    <message>
        <source>Gmail lost track of an upload. Mailferry will try again.</source>
        <translation type="unfinished">Gmail hat einen Upload verloren. Mailferry versucht es erneut.</translation>
    </message>
    <message>
        <source>Gmail did not accept this message (it may be damaged or malformed). It stays on the old server.</source>
        <translation type="unfinished">Gmail hat diese Nachricht nicht angenommen (sie ist vielleicht beschädigt oder fehlerhaft). Sie bleibt auf dem alten Server.</translation>
    </message>
    <message>
        <source>Gmail&apos;s answer could not be understood. Mailferry will try again.</source>
        <translation type="unfinished">Die Antwort von Gmail war unverständlich. Mailferry versucht es erneut.</translation>
    </message>
    <message>
        <source>Gmail could not create the label. Mailferry will try again.</source>
        <translation type="unfinished">Gmail konnte das Label nicht anlegen. Mailferry versucht es erneut.</translation>
    </message>
    <message>
        <source>Gmail refused Mailferry permission to manage labels. Sign in again and allow labels, or choose not to use a label.</source>
        <translation type="unfinished">Gmail hat Mailferry nicht erlaubt, Labels zu verwalten. Melden Sie sich erneut an und erlauben Sie Labels, oder verzichten Sie auf ein Label.</translation>
    </message>
    <message>
        <source>Gmail&apos;s answer pointed the upload to another address, so Mailferry did not send your message there. A proxy, security software or network setting may be interfering; check them, then try again.</source>
        <translation type="unfinished">Die Antwort von Gmail hat den Upload an eine andere Adresse umgeleitet, daher hat Mailferry Ihre Nachricht nicht dorthin geschickt. Ein Proxy, Sicherheitssoftware oder eine Netzwerkeinstellung könnte dazwischenfunken; prüfen Sie diese und versuchen Sie es dann erneut.</translation>
    </message>
    <message numerus="yes">
        <source>Gmail asked Mailferry to wait %n minute(s) before sending more. Mailferry stopped for now; nothing is lost. Try again after that time.</source>
        <translation type="unfinished">
            <numerusform>Gmail hat Mailferry gebeten, %n Minute zu warten, bevor mehr gesendet wird. Mailferry hat vorerst aufgehört; nichts geht verloren. Versuchen Sie es nach dieser Zeit erneut.</numerusform>
            <numerusform>Gmail hat Mailferry gebeten, %n Minuten zu warten, bevor mehr gesendet wird. Mailferry hat vorerst aufgehört; nichts geht verloren. Versuchen Sie es nach dieser Zeit erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>Gmail does not accept one of this message&apos;s attachments (a program or an archive containing one).</source>
        <translation type="unfinished">Gmail nimmt einen der Anhänge dieser Nachricht nicht an (ein Programm oder ein Archiv, das eines enthält).</translation>
    </message>
    <message>
        <source>A label needs a name.</source>
        <translation type="unfinished">Ein Label braucht einen Namen.</translation>
    </message>
</context>
<context>
    <name>mf::google::GoogleSignIn</name>
    <message>
        <source>Mailferry has no Google client set up. Import the client_secret.json file of your Google Cloud project first.</source>
        <translation type="unfinished">Für Mailferry ist kein Google-Client eingerichtet. Importieren Sie zuerst die Datei client_secret.json Ihres Google-Cloud-Projekts.</translation>
    </message>
    <message>
        <source>Mailferry could not prepare the sign-in on this computer. Check that no security software blocks local connections, then try again.</source>
        <translation type="unfinished">Mailferry konnte die Anmeldung auf diesem Computer nicht vorbereiten. Prüfen Sie, dass keine Sicherheitssoftware lokale Verbindungen blockiert, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The sign-in took too long. Click &quot;Sign in with Google&quot; to try again.</source>
        <translation type="unfinished">Die Anmeldung hat zu lange gedauert. Klicken Sie auf „Mit Google anmelden“, um es erneut zu versuchen.</translation>
    </message>
    <message>
        <source>Sign-in cancelled.</source>
        <translation type="unfinished">Anmeldung abgebrochen.</translation>
    </message>
    <message>
        <source>You did not allow Mailferry to add mail to Gmail. Mailferry cannot copy your messages without that permission. Sign in again when you are ready.</source>
        <translation type="unfinished">Sie haben Mailferry nicht erlaubt, E-Mails zu Gmail hinzuzufügen. Ohne diese Erlaubnis kann Mailferry Ihre Nachrichten nicht kopieren. Melden Sie sich erneut an, wenn Sie bereit sind.</translation>
    </message>
    <message>
        <source>Google did not complete the sign-in. Please try again.</source>
        <translation type="unfinished">Google hat die Anmeldung nicht abgeschlossen. Bitte versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Mailferry could not reach Google to finish the sign-in. Check your internet connection and try again.</source>
        <translation type="unfinished">Mailferry konnte Google nicht erreichen, um die Anmeldung abzuschließen. Prüfen Sie Ihre Internetverbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Google does not recognise Mailferry&apos;s client. Import the client_secret.json of your Google Cloud project again.</source>
        <translation type="unfinished">Google erkennt den Client von Mailferry nicht. Importieren Sie die client_secret.json Ihres Google-Cloud-Projekts erneut.</translation>
    </message>
    <message>
        <source>Google did not accept the sign-in. Please try again.</source>
        <translation type="unfinished">Google hat die Anmeldung nicht akzeptiert. Bitte versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>You signed in, but did not tick &quot;Add emails into your Gmail mailbox&quot;. Mailferry needs that permission to copy your mail. Sign in again and leave that box ticked.</source>
        <translation type="unfinished">Sie haben sich angemeldet, aber das Kästchen zum Hinzufügen von E-Mails in Ihr Gmail-Postfach („Add emails into your Gmail mailbox“) nicht angehakt. Mailferry braucht diese Erlaubnis, um Ihre E-Mails zu kopieren. Melden Sie sich erneut an und lassen Sie das Kästchen angehakt.</translation>
    </message>
    <message>
        <source>Google&apos;s answer to the sign-in was incomplete. Please try again.</source>
        <translation type="unfinished">Die Antwort von Google auf die Anmeldung war unvollständig. Bitte versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>You are signed in</source>
        <translation type="unfinished">Sie sind angemeldet</translation>
    </message>
    <message>
        <source>Mailferry is now connected to %1.</source>
        <translation type="unfinished">Mailferry ist jetzt mit %1 verbunden.</translation>
    </message>
    <message>
        <source>Sign-in not completed</source>
        <translation type="unfinished">Anmeldung nicht abgeschlossen</translation>
    </message>
    <message>
        <source>Not this sign-in</source>
        <translation type="unfinished">Nicht diese Anmeldung</translation>
    </message>
    <message>
        <source>This answer did not belong to the sign-in Mailferry is waiting for, so Mailferry ignored it. Finish signing in from the window Mailferry opened.</source>
        <translation type="unfinished">Diese Antwort gehörte nicht zu der Anmeldung, auf die Mailferry wartet, deshalb hat Mailferry sie nicht beachtet. Melden Sie sich in dem Fenster fertig an, das Mailferry geöffnet hat.</translation>
    </message>
</context>
<context>
    <name>mf::google::LoopbackReceiver</name>
    <message>
        <source>Not here</source>
        <translation type="unfinished">Nicht hier</translation>
    </message>
    <message>
        <source>This address only receives Mailferry&apos;s sign-in.</source>
        <translation type="unfinished">Diese Adresse empfängt nur die Anmeldung von Mailferry.</translation>
    </message>
    <message>
        <source>You can close this tab and return to Mailferry.</source>
        <translation type="unfinished">Sie können diesen Tab schließen und zu Mailferry zurückkehren.</translation>
    </message>
</context>
<context>
    <name>mf::google::TokenManager</name>
    <message>
        <source>Google no longer accepts Mailferry&apos;s sign-in for this account (it expired or was withdrawn). Sign in with Google again to continue.</source>
        <translation type="unfinished">Google akzeptiert die Anmeldung von Mailferry für dieses Konto nicht mehr (sie ist abgelaufen oder wurde widerrufen). Melden Sie sich erneut mit Google an, um fortzufahren.</translation>
    </message>
    <message>
        <source>Google does not recognise Mailferry&apos;s client any more. Import the client_secret.json of your Google Cloud project again, then sign in.</source>
        <translation type="unfinished">Google erkennt den Client von Mailferry nicht mehr. Importieren Sie die client_secret.json Ihres Google-Cloud-Projekts erneut und melden Sie sich dann an.</translation>
    </message>
    <message>
        <source>Mailferry could not reach Google to renew its access. It will try again.</source>
        <translation type="unfinished">Mailferry konnte Google nicht erreichen, um den Zugang zu erneuern. Es versucht es erneut.</translation>
    </message>
    <message>
        <source>Mailferry could not reach Google to withdraw its access. You can also remove it in your Google Account under Security, Third-party access.</source>
        <translation type="unfinished">Mailferry konnte Google nicht erreichen, um den Zugang zu widerrufen. Sie können ihn auch in Ihrem Google-Konto unter „Sicherheit“ bei den Drittanbieter-Zugriffen entfernen.</translation>
    </message>
</context>
<context>
    <name>mf::google::http</name>
    <message>
        <source>Mailferry&apos;s connection to Google was sent to another address, so Mailferry stopped instead of handing over your sign-in or your mail. A proxy, security software or network setting may be redirecting it; check them, then try again.</source>
        <translation type="unfinished">Die Verbindung von Mailferry zu Google wurde an eine andere Adresse geleitet, deshalb hat Mailferry angehalten, statt Ihre Anmeldung oder Ihre E-Mails herauszugeben. Ein Proxy, Sicherheitssoftware oder eine Netzwerkeinstellung leitet sie vielleicht um; prüfen Sie diese und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Google sent an answer far larger than any it should send, so Mailferry stopped reading it. It will try again later.</source>
        <translation type="unfinished">Google hat eine Antwort geschickt, die viel größer ist als jede, die es schicken sollte, deshalb hat Mailferry aufgehört, sie zu lesen. Es versucht es später erneut.</translation>
    </message>
</context>
<context>
    <name>mf::mail::AttachmentStripper</name>
    <message>
        <source>The structure of this message is too complex or damaged for Mailferry to take its attachments apart.</source>
        <translation type="unfinished">Der Aufbau dieser Nachricht ist zu verschachtelt oder beschädigt, als dass Mailferry ihre Anhänge zerlegen könnte.</translation>
    </message>
    <message>
        <source>Mailferry removed the attachment &quot;%1&quot; (%2) from this copy: Gmail does not accept this type of file.</source>
        <translation type="unfinished">Mailferry hat den Anhang „%1“ (%2) aus dieser Kopie entfernt: Gmail nimmt diesen Dateityp nicht an.</translation>
    </message>
    <message>
        <source>The archive holds: %1.</source>
        <translation type="unfinished">Das Archiv enthält: %1.</translation>
    </message>
    <message>
        <source>The original message, with the attachment, is kept on your computer at:</source>
        <translation type="unfinished">Die Originalnachricht mit dem Anhang liegt auf Ihrem Computer unter:</translation>
    </message>
    <message>
        <source>%1 (holds %2)</source>
        <translation type="unfinished">%1 (enthält %2)</translation>
    </message>
</context>
<context>
    <name>mf::mail::DateRescue</name>
    <message>
        <source>The Date header could not be read and no server recorded when it received the message; Gmail will show the time of the import as its date.</source>
        <translation type="unfinished">Das Datum der Nachricht (Date-Kopfzeile) war nicht lesbar, und kein Server hat notiert, wann er sie empfangen hat; Gmail zeigt als Datum den Zeitpunkt des Imports.</translation>
    </message>
    <message>
        <source>The Date header was missing and no server recorded when it received the message; Gmail will show the time of the import as its date.</source>
        <translation type="unfinished">Die Nachricht hatte kein Datum (Date-Kopfzeile), und kein Server hat notiert, wann er sie empfangen hat; Gmail zeigt als Datum den Zeitpunkt des Imports.</translation>
    </message>
    <message>
        <source>The Date header could not be read; used the date the server received it (%1). The original is kept as X-Original-Date.</source>
        <translation type="unfinished">Das Datum der Nachricht (Date-Kopfzeile) war nicht lesbar; verwendet wurde das Empfangsdatum des Servers (%1). Das Original bleibt als X-Original-Date erhalten.</translation>
    </message>
    <message>
        <source>The Date header was missing; used the date the server received it (%1).</source>
        <translation type="unfinished">Die Nachricht hatte kein Datum (Date-Kopfzeile); verwendet wurde das Empfangsdatum des Servers (%1).</translation>
    </message>
</context>
<context>
    <name>mf::mail::ReportMail</name>
    <message numerus="yes">
        <source>Mailferry: %n message(s) from %1 could not be copied</source>
        <translation type="unfinished">
            <numerusform>Mailferry: %n Nachricht von %1 konnte nicht kopiert werden</numerusform>
            <numerusform>Mailferry: %n Nachrichten von %1 konnten nicht kopiert werden</numerusform>
        </translation>
    </message>
    <message>
        <source>Mailferry finished copying mail from %1 into this Gmail account.</source>
        <translation type="unfinished">Mailferry hat das Kopieren der E-Mails von %1 in dieses Gmail-Konto abgeschlossen.</translation>
    </message>
    <message>
        <source>Copied: %1</source>
        <translation type="unfinished">Kopiert: %1</translation>
    </message>
    <message>
        <source>Skipped (already in Gmail, or too large): %1</source>
        <translation type="unfinished">Übersprungen (schon in Gmail oder zu groß): %1</translation>
    </message>
    <message>
        <source>Could not be copied: %1</source>
        <translation type="unfinished">Nicht kopierbar: %1</translation>
    </message>
    <message>
        <source>Removed from the old server after copying: %1</source>
        <translation type="unfinished">Nach dem Kopieren vom alten Server entfernt: %1</translation>
    </message>
    <message>
        <source>Uploaded again after an interruption (may appear twice): %1</source>
        <translation type="unfinished">Nach einer Unterbrechung erneut hochgeladen (erscheinen vielleicht doppelt): %1</translation>
    </message>
    <message>
        <source>The messages that could not be copied are still on the old server; nothing was deleted. The attached file lists each one with the reason. In Mailferry, &quot;Retry failed&quot; tries exactly these messages again.</source>
        <translation type="unfinished">Die Nachrichten, die nicht kopiert werden konnten, liegen noch auf dem alten Server; nichts wurde gelöscht. Die angehängte Datei listet jede mit dem Grund auf. In Mailferry versucht „Fehlgeschlagene wiederholen“ genau diese Nachrichten erneut.</translation>
    </message>
    <message>
        <source>Mailferry finished copying the mail archive %1 into this Gmail account.</source>
        <translation type="unfinished">Mailferry hat das Mail-Archiv %1 fertig in dieses Gmail-Konto kopiert.</translation>
    </message>
    <message>
        <source>The messages that could not be copied are still in the archive on your computer; Mailferry never changes it. The attached file lists each one with the reason. In Mailferry, &quot;Retry failed&quot; tries exactly these messages again.</source>
        <translation type="unfinished">Die Nachrichten, die nicht kopiert werden konnten, sind weiterhin im Archiv auf Ihrem Computer; Mailferry verändert es nie. Die angehängte Datei nennt jede mit dem Grund. In Mailferry versucht „Fehlgeschlagene wiederholen“ genau diese Nachrichten erneut.</translation>
    </message>
</context>
<context>
    <name>mf::mail::StandInDetector</name>
    <message>
        <source>The mail server sent a stand-in (&quot;cannot display Unicode content&quot;) instead of this message, because the message has non-ASCII headers and the server did not switch to UTF-8. It was left on the server.</source>
        <translation type="unfinished">Der Mailserver hat statt dieser Nachricht einen Platzhalter („cannot display Unicode content“) geschickt, weil die Nachricht Kopfzeilen mit Nicht-ASCII-Zeichen hat und der Server nicht auf UTF-8 umgestellt hat. Sie wurde auf dem Server gelassen.</translation>
    </message>
</context>
<context>
    <name>mf::migration</name>
    <message>
        <source>Ready</source>
        <translation type="unfinished">Bereit</translation>
    </message>
    <message>
        <source>Connecting to your old mailbox…</source>
        <translation type="unfinished">Verbindung zu Ihrem alten Postfach…</translation>
    </message>
    <message>
        <source>Working out what is left to copy…</source>
        <translation type="unfinished">Es wird ermittelt, was noch zu kopieren ist…</translation>
    </message>
    <message>
        <source>Copying messages into Gmail</source>
        <translation type="unfinished">Nachrichten werden nach Gmail kopiert</translation>
    </message>
    <message>
        <source>Pausing after the messages in progress…</source>
        <translation type="unfinished">Pause nach den laufenden Nachrichten…</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished">Pausiert</translation>
    </message>
    <message>
        <source>Waiting for the next check</source>
        <translation type="unfinished">Wartet auf die nächste Prüfung</translation>
    </message>
    <message>
        <source>Finishing up…</source>
        <translation type="unfinished">Wird abgeschlossen…</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished">Fertig</translation>
    </message>
    <message>
        <source>Stopped because of a problem</source>
        <translation type="unfinished">Wegen eines Problems angehalten</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished">Abgebrochen</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation type="unfinished">Untätig</translation>
    </message>
    <message>
        <source>Waiting for another mailbox to finish</source>
        <translation type="unfinished">Wartet, bis ein anderes Postfach fertig ist</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation type="unfinished">Prüft</translation>
    </message>
    <message>
        <source>Copying</source>
        <translation type="unfinished">Kopiert</translation>
    </message>
    <message>
        <source>Waiting for Gmail&apos;s quota</source>
        <translation type="unfinished">Wartet auf Gmails Kontingent</translation>
    </message>
    <message>
        <source>Needs you</source>
        <translation type="unfinished">Braucht Sie</translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished">Fertig</translation>
    </message>
</context>
<context>
    <name>mf::migration::ArchiveCatalog</name>
    <message>
        <source>Too many damaged places; the rest of the archive was not read.</source>
        <translation type="unfinished">Zu viele beschädigte Stellen; der Rest des Archivs wurde nicht gelesen.</translation>
    </message>
</context>
<context>
    <name>mf::migration::ArchiveSource</name>
    <message>
        <source>Part of the archive could not be read: %1</source>
        <translation type="unfinished">Ein Teil des Archivs konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The message is no longer in the archive.</source>
        <translation type="unfinished">Die Nachricht ist nicht mehr im Archiv.</translation>
    </message>
    <message>
        <source>Mailferry never changes a local archive.</source>
        <translation type="unfinished">Mailferry ändert nie ein lokales Archiv.</translation>
    </message>
</context>
<context>
    <name>mf::migration::BlockedAttachments</name>
    <message>
        <source>Mailferry could not keep a copy of the original message on this computer, so it was not copied without its attachment. Check that the disk is not full.</source>
        <translation type="unfinished">Mailferry konnte keine Kopie der Originalnachricht auf diesem Computer anlegen, daher wurde sie nicht ohne ihren Anhang kopiert. Prüfen Sie, ob die Festplatte voll ist.</translation>
    </message>
    <message>
        <source>Gmail does not accept one of this message&apos;s attachments, and Mailferry could not tell which one. It stays on the old server.</source>
        <translation type="unfinished">Gmail nimmt einen der Anhänge dieser Nachricht nicht an, und Mailferry konnte nicht erkennen, welchen. Sie bleibt auf dem alten Server.</translation>
    </message>
    <message>
        <source>Gmail does not accept one of this message&apos;s attachments, and Mailferry could not tell which one. It is still in the archive.</source>
        <translation type="unfinished">Gmail nimmt einen der Anhänge dieser Nachricht nicht an, und Mailferry konnte nicht erkennen, welchen. Sie ist weiterhin im Archiv.</translation>
    </message>
</context>
<context>
    <name>mf::migration::CatalogFile</name>
    <message>
        <source>Mailferry could not keep its list of the archive&apos;s messages (%1).</source>
        <translation type="unfinished">Mailferry konnte seine Liste der Nachrichten des Archivs nicht speichern (%1).</translation>
    </message>
    <message>
        <source>not a list Mailferry wrote</source>
        <translation type="unfinished">keine Liste, die Mailferry geschrieben hat</translation>
    </message>
    <message>
        <source>the file was changed or cut short</source>
        <translation type="unfinished">die Datei wurde verändert oder abgeschnitten</translation>
    </message>
</context>
<context>
    <name>mf::migration::MigrationEngine</name>
    <message>
        <source>Stopping after the messages in progress…</source>
        <translation type="unfinished">Wird nach den laufenden Nachrichten angehalten…</translation>
    </message>
    <message>
        <source>The message is %1 MB, over the %2 MB limit. It was left on the server.</source>
        <translation type="unfinished">Die Nachricht ist %1 MB groß und damit über der Grenze von %2 MB. Sie wurde auf dem Server gelassen.</translation>
    </message>
    <message>
        <source>The message is empty. It was left on the server.</source>
        <translation type="unfinished">Die Nachricht ist leer. Sie wurde auf dem Server gelassen.</translation>
    </message>
    <message>
        <source>The message has no readable headers, so Gmail would refuse it. It was left on the server.</source>
        <translation type="unfinished">Die Nachricht hat keine lesbaren Kopfzeilen, daher würde Gmail sie ablehnen. Sie wurde auf dem Server gelassen.</translation>
    </message>
    <message>
        <source>Already copied to Gmail under another server id; not copied again.</source>
        <translation type="unfinished">Schon unter einer anderen Server-Kennung nach Gmail kopiert; nicht noch einmal kopiert.</translation>
    </message>
    <message>
        <source>Mailferry stopped while this message was being uploaded, so it was uploaded again; Gmail may show it twice.</source>
        <translation type="unfinished">Mailferry wurde beendet, während diese Nachricht hochgeladen wurde, daher wurde sie erneut hochgeladen; Gmail zeigt sie vielleicht doppelt.</translation>
    </message>
    <message>
        <source>Removed from the old server after Gmail confirmed the copy.</source>
        <translation type="unfinished">Vom alten Server entfernt, nachdem Gmail die Kopie bestätigt hatte.</translation>
    </message>
    <message>
        <source>The connection to the mail server was lost.</source>
        <translation type="unfinished">Die Verbindung zum Mailserver ist abgebrochen.</translation>
    </message>
    <message>
        <source>Next check in %1 minutes</source>
        <translation type="unfinished">Nächste Prüfung in %1 Minuten</translation>
    </message>
    <message>
        <source>Interrupted.</source>
        <translation type="unfinished">Unterbrochen.</translation>
    </message>
    <message>
        <source>The connection to Gmail broke during the upload and it was sent again; Gmail may show it twice.</source>
        <translation type="unfinished">Die Verbindung zu Gmail ist beim Hochladen abgebrochen, und die Nachricht wurde erneut gesendet; sie erscheint in Gmail vielleicht doppelt.</translation>
    </message>
    <message>
        <source>Gmail is not taking messages now (%1). Trying again in %2 seconds (attempt %3).</source>
        <translation type="unfinished">Gmail nimmt gerade keine Nachrichten an (%1). Neuer Versuch in %2 Sekunden (Versuch %3).</translation>
    </message>
    <message>
        <source>%1 Trying again in %2 seconds (attempt %3 of %4).</source>
        <translation type="unfinished">%1 Neuer Versuch in %2 Sekunden (Versuch %3 von %4).</translation>
    </message>
    <message>
        <source>%1 (Attempt %2 of %3.)</source>
        <translation type="unfinished">%1 (Versuch %2 von %3.)</translation>
    </message>
    <message>
        <source>%1 The server asks Mailferry to wait %2 minutes, longer than it waits unattended. Try again after %3.</source>
        <translation type="unfinished">%1 Der Server bittet Mailferry, %2 Minuten zu warten, länger als es unbeaufsichtigt wartet. Versuchen Sie es nach %3 erneut.</translation>
    </message>
    <message>
        <source>Gmail could not take messages for %1 minutes (%2). Nothing more was read from the mail server; run Mailferry again later to go on where it stopped.</source>
        <translation type="unfinished">Gmail konnte %1 Minuten lang keine Nachrichten annehmen (%2). Vom Mailserver wurde nichts mehr gelesen; starten Sie Mailferry später noch einmal, dann macht es dort weiter, wo es aufgehört hat.</translation>
    </message>
    <message>
        <source>The server broke the connection each time this message was read (%1). It was left on the server.</source>
        <translation type="unfinished">Der Server hat die Verbindung jedes Mal abgebrochen, wenn diese Nachricht gelesen wurde (%1). Sie wurde auf dem Server gelassen.</translation>
    </message>
    <message>
        <source>The message is larger than the %1 MB limit (the server announced %2 MB). It was left on the server.</source>
        <translation type="unfinished">Die Nachricht ist größer als die Grenze von %1 MB (der Server hat %2 MB angekündigt). Sie wurde auf dem Server gelassen.</translation>
    </message>
    <message>
        <source>The server sent %1 bytes of a message it announced as %2 bytes; it may be cut short. It was left on the server.</source>
        <translation type="unfinished">Der Server hat %1 Bytes einer Nachricht geschickt, die er mit %2 Bytes angekündigt hat; sie ist vielleicht abgeschnitten. Sie wurde auf dem Server gelassen.</translation>
    </message>
    <message>
        <source>The server sent %1 bytes for a message it announced as %2 bytes, so the original is kept on the server.</source>
        <translation type="unfinished">Der Server hat %1 Bytes für eine Nachricht geschickt, die er mit %2 Bytes angekündigt hat, deshalb bleibt das Original auf dem Server.</translation>
    </message>
    <message>
        <source>The server&apos;s id for this message is not reliable, so it is kept on the server.</source>
        <translation type="unfinished">Die Kennung des Servers für diese Nachricht ist nicht zuverlässig, deshalb bleibt sie auf dem Server.</translation>
    </message>
    <message>
        <source>An earlier upload of this message failed in a way that may have stored it, so it was uploaded again; Gmail may show it twice.</source>
        <translation type="unfinished">Ein früherer Upload dieser Nachricht ist so fehlgeschlagen, dass sie vielleicht doch gespeichert wurde; deshalb wurde sie noch einmal hochgeladen. Gmail zeigt sie vielleicht doppelt.</translation>
    </message>
    <message>
        <source>Gmail could not be reached.</source>
        <translation type="unfinished">Gmail war nicht erreichbar.</translation>
    </message>
    <message numerus="yes">
        <source>This server allows one login every %n minute(s); the next session starts in %1 seconds.</source>
        <translation type="unfinished">
            <numerusform>Dieser Server erlaubt eine Anmeldung pro %n Minute; die nächste Sitzung beginnt in %1 Sekunden.</numerusform>
            <numerusform>Dieser Server erlaubt eine Anmeldung alle %n Minuten; die nächste Sitzung beginnt in %1 Sekunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 Next check in %2 minutes; the last successful check was at %3.</source>
        <translation type="unfinished">%1 Nächster Abruf in %2 Minuten; der letzte erfolgreiche Abruf war um %3.</translation>
    </message>
    <message>
        <source>%1 Next check in %2 minutes; no check has succeeded yet.</source>
        <translation type="unfinished">%1 Nächster Abruf in %2 Minuten; noch kein Abruf war erfolgreich.</translation>
    </message>
    <message>
        <source>%1 (archive)</source>
        <translation type="unfinished">%1 (Archiv)</translation>
    </message>
    <message>
        <source>Reading the archive…</source>
        <translation type="unfinished">Lese das Archiv…</translation>
    </message>
    <message>
        <source>The message is %1 MB, over the %2 MB limit. It was not copied; it is still in the archive.</source>
        <translation type="unfinished">Die Nachricht ist %1 MB groß, über der Grenze von %2 MB. Sie wurde nicht kopiert; sie ist weiterhin im Archiv.</translation>
    </message>
    <message>
        <source>The message is empty. It is still in the archive.</source>
        <translation type="unfinished">Die Nachricht ist leer. Sie ist weiterhin im Archiv.</translation>
    </message>
    <message>
        <source>The message has no readable headers, so Gmail would refuse it. It is still in the archive.</source>
        <translation type="unfinished">Die Nachricht hat keine lesbaren Kopfzeilen, Gmail würde sie daher ablehnen. Sie ist weiterhin im Archiv.</translation>
    </message>
    <message>
        <source>This message in the archive is a mail server&apos;s stand-in (&quot;cannot display Unicode content&quot;), not the original message. It was not copied.</source>
        <translation type="unfinished">Diese Nachricht im Archiv ist ein Platzhalter eines Mailservers („cannot display Unicode content“), nicht die ursprüngliche Nachricht. Sie wurde nicht kopiert.</translation>
    </message>
</context>
<context>
    <name>mf::migration::PreflightText</name>
    <message>
        <source>about a minute</source>
        <translation type="unfinished">etwa eine Minute</translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s)</source>
        <translation type="unfinished">
            <numerusform>etwa %n Minute</numerusform>
            <numerusform>etwa %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n hour(s)</source>
        <translation type="unfinished">
            <numerusform>etwa %n Stunde</numerusform>
            <numerusform>etwa %n Stunden</numerusform>
        </translation>
    </message>
    <message>
        <source>about %1 h %2 min</source>
        <translation type="unfinished">etwa %1 Std. %2 Min.</translation>
    </message>
    <message>
        <source>%1 messages, %2.</source>
        <translation type="unfinished">%1 Nachrichten, %2.</translation>
    </message>
    <message>
        <source>From %1 to %2.</source>
        <translation type="unfinished">Vom %1 bis %2.</translation>
    </message>
    <message>
        <source>Already in Gmail (copied by Mailferry before): %1.</source>
        <translation type="unfinished">Schon in Gmail (früher von Mailferry kopiert): %1.</translation>
    </message>
    <message>
        <source>Larger than the chosen limit of %1, so they stay on the server: %2.</source>
        <translation type="unfinished">Größer als die gewählte Grenze von %1, bleiben daher auf dem Server: %2.</translation>
    </message>
    <message>
        <source>Larger than Gmail accepts (%1): %2.</source>
        <translation type="unfinished">Größer, als Gmail annimmt (%1): %2.</translation>
    </message>
    <message>
        <source>Without a readable date: %1; Mailferry takes the date the server received them.</source>
        <translation type="unfinished">Ohne lesbares Datum: %1; Mailferry nimmt das Datum, an dem der Server sie empfangen hat.</translation>
    </message>
    <message>
        <source>For %1 of them no date is recorded at all, so Gmail will show the day they are copied.</source>
        <translation type="unfinished">Für %1 davon ist gar kein Datum festgehalten, daher zeigt Gmail den Tag, an dem sie kopiert werden.</translation>
    </message>
    <message>
        <source>Without a Message-ID: %1; Mailferry recognises them by their content.</source>
        <translation type="unfinished">Ohne Message-ID: %1; Mailferry erkennt sie an ihrem Inhalt.</translation>
    </message>
    <message>
        <source>Look like copies of another message in the same mailbox: %1.</source>
        <translation type="unfinished">Sehen aus wie Kopien einer anderen Nachricht im selben Postfach: %1.</translation>
    </message>
    <message>
        <source>Could not be looked at: %1 (they are tried again when copying).</source>
        <translation type="unfinished">Konnten nicht angesehen werden: %1 (sie werden beim Kopieren erneut versucht).</translation>
    </message>
    <message>
        <source>With a very long header, looked at only in part: %1.</source>
        <translation type="unfinished">Mit sehr langem Kopf, nur teilweise angesehen: %1.</translation>
    </message>
    <message>
        <source>The server does not number its messages permanently; Mailferry recognises them by their content and will not delete any.</source>
        <translation type="unfinished">Der Server nummeriert seine Nachrichten nicht dauerhaft; Mailferry erkennt sie an ihrem Inhalt und löscht keine davon.</translation>
    </message>
    <message>
        <source>To copy: %1, %2 at Gmail&apos;s pace.</source>
        <translation type="unfinished">Zu kopieren: %1, %2 in Gmails Tempo.</translation>
    </message>
</context>
<context>
    <name>mf::migration::SyncHealth</name>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation type="unfinished">
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation type="unfinished">
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation type="unfinished">
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished">nie</translation>
    </message>
    <message>
        <source>just now</source>
        <translation type="unfinished">gerade eben</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation type="unfinished">vor %1</translation>
    </message>
    <message>
        <source>the mail server refuses the password (was it changed?)</source>
        <translation type="unfinished">der Mailserver lehnt das Passwort ab (wurde es geändert?)</translation>
    </message>
    <message>
        <source>the mail server does not answer or breaks the connection</source>
        <translation type="unfinished">der Mailserver antwortet nicht oder bricht die Verbindung ab</translation>
    </message>
    <message>
        <source>Google&apos;s permission for Mailferry is gone</source>
        <translation type="unfinished">Googles Erlaubnis für Mailferry ist weg</translation>
    </message>
    <message>
        <source>Gmail&apos;s quota is used up for now</source>
        <translation type="unfinished">Gmails Kontingent ist vorerst aufgebraucht</translation>
    </message>
    <message>
        <source>Google does not answer</source>
        <translation type="unfinished">Google antwortet nicht</translation>
    </message>
    <message>
        <source>the mailbox&apos;s settings need a change</source>
        <translation type="unfinished">die Einstellungen des Postfachs müssen geändert werden</translation>
    </message>
    <message>
        <source>an error</source>
        <translation type="unfinished">ein Fehler</translation>
    </message>
    <message>
        <source>Type the mailbox&apos;s current password in its settings.</source>
        <translation type="unfinished">Geben Sie das aktuelle Passwort des Postfachs in seinen Einstellungen ein.</translation>
    </message>
    <message>
        <source>Mailferry keeps trying; if this goes on, ask the mail provider whether the server is down.</source>
        <translation type="unfinished">Mailferry versucht es weiter; wenn das anhält, fragen Sie den E-Mail-Anbieter, ob der Server ausgefallen ist.</translation>
    </message>
    <message>
        <source>Sign in with Google again.</source>
        <translation type="unfinished">Melden Sie sich erneut bei Google an.</translation>
    </message>
    <message>
        <source>Mailferry waits for the quota and goes on by itself.</source>
        <translation type="unfinished">Mailferry wartet auf das Kontingent und macht von selbst weiter.</translation>
    </message>
    <message>
        <source>Mailferry keeps trying; check this computer&apos;s internet connection.</source>
        <translation type="unfinished">Mailferry versucht es weiter; prüfen Sie die Internetverbindung dieses Computers.</translation>
    </message>
    <message>
        <source>Open the mailbox&apos;s settings and test the connection.</source>
        <translation type="unfinished">Öffnen Sie die Einstellungen des Postfachs und testen Sie die Verbindung.</translation>
    </message>
    <message>
        <source>Last checked successfully %1.</source>
        <translation type="unfinished">Zuletzt erfolgreich geprüft %1.</translation>
    </message>
    <message>
        <source>Stopped: %1. %2</source>
        <translation type="unfinished">Angehalten: %1. %2</translation>
    </message>
    <message>
        <source>No successful check for %1</source>
        <translation type="unfinished">Keine erfolgreiche Prüfung seit %1</translation>
    </message>
    <message>
        <source>No successful check yet, for %1</source>
        <translation type="unfinished">Noch keine erfolgreiche Prüfung, seit %1</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation type="unfinished">%1: %2.</translation>
    </message>
    <message>
        <source>%1 (it should check every %2).</source>
        <translation type="unfinished">%1 (es sollte alle %2 prüfen).</translation>
    </message>
    <message>
        <source>Check that Mailferry is running and that this computer is online.</source>
        <translation type="unfinished">Prüfen Sie, ob Mailferry läuft und dieser Computer online ist.</translation>
    </message>
    <message>
        <source>%1 Retrying: %2.</source>
        <translation type="unfinished">%1 Neuer Versuch: %2.</translation>
    </message>
</context>
<context>
    <name>mf::migration::SyncHost</name>
    <message>
        <source>Gmail asked Mailferry to slow down; the mailboxes going into %1 share its quota</source>
        <translation type="unfinished">Gmail hat Mailferry gebeten, langsamer zu machen; die Postfächer, die in %1 gehen, teilen sich dessen Kontingent</translation>
    </message>
</context>
<context>
    <name>mf::pop3::CertificateInfo</name>
    <message>
        <source>The certificate is self-signed: no known authority vouches for it.</source>
        <translation type="unfinished">Das Zertifikat ist selbst ausgestellt: Keine bekannte Stelle bürgt dafür.</translation>
    </message>
    <message>
        <source>The certificate was issued by an authority this computer does not know.</source>
        <translation type="unfinished">Das Zertifikat wurde von einer Stelle ausgestellt, die dieser Computer nicht kennt.</translation>
    </message>
    <message>
        <source>The certificate has expired.</source>
        <translation type="unfinished">Das Zertifikat ist abgelaufen.</translation>
    </message>
    <message>
        <source>The certificate is not valid yet (check this computer&apos;s date).</source>
        <translation type="unfinished">Das Zertifikat ist noch nicht gültig (prüfen Sie das Datum dieses Computers).</translation>
    </message>
    <message>
        <source>The certificate belongs to a different server name.</source>
        <translation type="unfinished">Das Zertifikat gehört zu einem anderen Servernamen.</translation>
    </message>
    <message>
        <source>The certificate has been revoked.</source>
        <translation type="unfinished">Das Zertifikat wurde widerrufen.</translation>
    </message>
    <message>
        <source>Issued to: %1</source>
        <translation type="unfinished">Ausgestellt für: %1</translation>
    </message>
    <message>
        <source>Issued by: %1</source>
        <translation type="unfinished">Ausgestellt von: %1</translation>
    </message>
    <message>
        <source>Valid from %1 to %2</source>
        <translation type="unfinished">Gültig vom %1 bis %2</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint: %1</source>
        <translation type="unfinished">SHA-256-Fingerabdruck: %1</translation>
    </message>
</context>
<context>
    <name>mf::pop3::Pop3Client</name>
    <message>
        <source>The server %1 did not complete an encrypted (SSL/TLS) connection within %2 seconds. Check the port and security settings: SSL/TLS usually uses port 995.</source>
        <translation type="unfinished">Der Server %1 hat innerhalb von %2 Sekunden keine verschlüsselte (SSL/TLS-)Verbindung aufgebaut. Prüfen Sie Port und Sicherheitseinstellung: SSL/TLS nutzt meist Port 995.</translation>
    </message>
    <message>
        <source>Mailferry could not reach the server %1 within %2 seconds. Check the server name, the port and your internet connection.</source>
        <translation type="unfinished">Mailferry hat den Server %1 innerhalb von %2 Sekunden nicht erreicht. Prüfen Sie den Servernamen, den Port und Ihre Internetverbindung.</translation>
    </message>
    <message>
        <source>The server %1 accepted the connection but did not greet Mailferry within %2 seconds. It may be overloaded; try again later.</source>
        <translation type="unfinished">Der Server %1 hat die Verbindung angenommen, sich aber nicht innerhalb von %2 Sekunden gemeldet. Vielleicht ist er überlastet; versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The server %1 did not greet Mailferry within %2 seconds. This port probably expects an encrypted connection: choose SSL/TLS (usually port 995).</source>
        <translation type="unfinished">Der Server %1 hat sich nicht innerhalb von %2 Sekunden gemeldet. Dieser Port erwartet wahrscheinlich eine verschlüsselte Verbindung: Wählen Sie SSL/TLS (meist Port 995).</translation>
    </message>
    <message>
        <source>The server %1 stopped answering. Mailferry will reconnect and continue.</source>
        <translation type="unfinished">Der Server %1 antwortet nicht mehr. Mailferry verbindet sich neu und macht weiter.</translation>
    </message>
    <message>
        <source>Already connected.</source>
        <translation type="unfinished">Bereits verbunden.</translation>
    </message>
    <message>
        <source>The connection to %1 would not be encrypted, so Mailferry did not send your password. Choose SSL/TLS or STARTTLS, or allow an unencrypted connection explicitly if you trust this network.</source>
        <translation type="unfinished">Die Verbindung zu %1 wäre nicht verschlüsselt, daher hat Mailferry Ihr Passwort nicht gesendet. Wählen Sie SSL/TLS oder STARTTLS oder erlauben Sie ausdrücklich eine unverschlüsselte Verbindung, wenn Sie diesem Netzwerk vertrauen.</translation>
    </message>
    <message>
        <source>This looks like an IMAP server, not POP3.</source>
        <translation type="unfinished">Das sieht nach einem IMAP-Server aus, nicht nach POP3.</translation>
    </message>
    <message>
        <source>This looks like a mail sending (SMTP) server, not POP3.</source>
        <translation type="unfinished">Das sieht nach einem Server zum Versenden von E-Mails (SMTP) aus, nicht nach POP3.</translation>
    </message>
    <message>
        <source>The server %1 does not answer like a POP3 mail server. %2 Check the server name and port (995 for SSL/TLS, 110 for STARTTLS).</source>
        <translation type="unfinished">Der Server %1 antwortet nicht wie ein POP3-Mailserver. %2 Prüfen Sie Servernamen und Port (995 für SSL/TLS, 110 für STARTTLS).</translation>
    </message>
    <message>
        <source>The server %1 does not offer encryption (STARTTLS) on this port. Choose SSL/TLS (usually port 995) instead.</source>
        <translation type="unfinished">Der Server %1 bietet auf diesem Port keine Verschlüsselung (STARTTLS) an. Wählen Sie stattdessen SSL/TLS (meist Port 995).</translation>
    </message>
    <message>
        <source>The server %1 sent unexpected data while starting encryption, so Mailferry stopped for your safety. Choose SSL/TLS (usually port 995) instead.</source>
        <translation type="unfinished">Der Server %1 hat beim Start der Verschlüsselung unerwartete Daten gesendet, daher hat Mailferry zu Ihrer Sicherheit abgebrochen. Wählen Sie stattdessen SSL/TLS (meist Port 995).</translation>
    </message>
    <message>
        <source>The connection to %1 is not encrypted, so Mailferry did not send your password.</source>
        <translation type="unfinished">Die Verbindung zu %1 ist nicht verschlüsselt, daher hat Mailferry Ihr Passwort nicht gesendet.</translation>
    </message>
    <message>
        <source>The server %1 does not support APOP. Choose another sign-in method.</source>
        <translation type="unfinished">Der Server %1 unterstützt APOP nicht. Wählen Sie eine andere Anmeldemethode.</translation>
    </message>
    <message>
        <source>The server %1 expects an encrypted connection on this port. Choose SSL/TLS (usually port 995).</source>
        <translation type="unfinished">Der Server %1 erwartet auf diesem Port eine verschlüsselte Verbindung. Wählen Sie SSL/TLS (meist Port 995).</translation>
    </message>
    <message>
        <source>The server %1 sent data Mailferry did not ask for. Mailferry will reconnect.</source>
        <translation type="unfinished">Der Server %1 hat Daten gesendet, nach denen Mailferry nicht gefragt hat. Mailferry verbindet sich neu.</translation>
    </message>
    <message>
        <source>The server %1 sent an answer Mailferry cannot read. Mailferry will reconnect.</source>
        <translation type="unfinished">Der Server %1 hat eine Antwort gesendet, die Mailferry nicht lesen kann. Mailferry verbindet sich neu.</translation>
    </message>
    <message>
        <source>The server %1 does not answer like a POP3 mail server. %2</source>
        <translation type="unfinished">Der Server %1 antwortet nicht wie ein POP3-Mailserver. %2</translation>
    </message>
    <message>
        <source>Check the server name and port.</source>
        <translation type="unfinished">Prüfen Sie Servernamen und Port.</translation>
    </message>
    <message>
        <source>Mailferry will reconnect.</source>
        <translation type="unfinished">Mailferry verbindet sich neu.</translation>
    </message>
    <message>
        <source>The connection to the mail server %1 was lost. Mailferry will reconnect and continue; nothing was deleted.</source>
        <translation type="unfinished">Die Verbindung zum Mailserver %1 ist abgebrochen. Mailferry verbindet sich neu und macht weiter; nichts wurde gelöscht.</translation>
    </message>
    <message>
        <source>Mailferry is not connected to the mail server %1.</source>
        <translation type="unfinished">Mailferry ist nicht mit dem Mailserver %1 verbunden.</translation>
    </message>
    <message>
        <source>The server %1 refused the connection. Check the server name and port: SSL/TLS usually uses port 995, STARTTLS port 110.</source>
        <translation type="unfinished">Der Server %1 hat die Verbindung abgelehnt. Prüfen Sie Servernamen und Port: SSL/TLS nutzt meist Port 995, STARTTLS Port 110.</translation>
    </message>
    <message>
        <source>The server name %1 was not found. Check its spelling and your internet connection.</source>
        <translation type="unfinished">Der Servername %1 wurde nicht gefunden. Prüfen Sie die Schreibweise und Ihre Internetverbindung.</translation>
    </message>
    <message>
        <source>The identity of the server %1 could not be verified. %2 If you are sure this is your provider&apos;s server, you can choose to trust its certificate.</source>
        <translation type="unfinished">Die Identität des Servers %1 konnte nicht überprüft werden. %2 Wenn Sie sicher sind, dass dies der Server Ihres Anbieters ist, können Sie seinem Zertifikat vertrauen.</translation>
    </message>
    <message>
        <source>Mailferry could not set up an encrypted connection with %1. This port may not use SSL/TLS: try STARTTLS on port 110, or SSL/TLS on port 995.</source>
        <translation type="unfinished">Mailferry konnte keine verschlüsselte Verbindung mit %1 aufbauen. Dieser Port nutzt vielleicht kein SSL/TLS: Versuchen Sie STARTTLS auf Port 110 oder SSL/TLS auf Port 995.</translation>
    </message>
    <message>
        <source>The server %1 did not answer in time. Mailferry will try again.</source>
        <translation type="unfinished">Der Server %1 hat nicht rechtzeitig geantwortet. Mailferry versucht es erneut.</translation>
    </message>
    <message>
        <source>The server %1 closed the connection before greeting Mailferry. Check the port and security settings, or try again later.</source>
        <translation type="unfinished">Der Server %1 hat die Verbindung geschlossen, bevor er sich gemeldet hat. Prüfen Sie Port und Sicherheitseinstellung oder versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>A network error interrupted the connection to %1. Mailferry will try again.</source>
        <translation type="unfinished">Ein Netzwerkfehler hat die Verbindung zu %1 unterbrochen. Mailferry versucht es erneut.</translation>
    </message>
    <message>
        <source>The password was not accepted. Check it, or ask your provider whether the mailbox needs an app password.</source>
        <translation type="unfinished">Das Passwort wurde nicht akzeptiert. Prüfen Sie es oder fragen Sie Ihren Anbieter, ob das Postfach ein App-Passwort braucht.</translation>
    </message>
    <message>
        <source>The mailbox is in use by another program (or a session that ended recently). Mailferry will try again in about 10 minutes; close other mail programs meanwhile.</source>
        <translation type="unfinished">Das Postfach wird von einem anderen Programm benutzt (oder von einer gerade beendeten Sitzung). Mailferry versucht es in etwa 10 Minuten erneut; schließen Sie solange andere E-Mail-Programme.</translation>
    </message>
    <message numerus="yes">
        <source>The provider allows only a limited number of logins. Mailferry will try again in %n minute(s).</source>
        <translation type="unfinished">
            <numerusform>Der Anbieter erlaubt nur eine begrenzte Zahl von Anmeldungen. Mailferry versucht es in %n Minute erneut.</numerusform>
            <numerusform>Der Anbieter erlaubt nur eine begrenzte Zahl von Anmeldungen. Mailferry versucht es in %n Minuten erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>The mail server has a temporary problem. Mailferry will try again later.</source>
        <translation type="unfinished">Der Mailserver hat ein vorübergehendes Problem. Mailferry versucht es später erneut.</translation>
    </message>
    <message>
        <source>The mail server reported a permanent problem with this mailbox. Contact your provider; its message was: %1</source>
        <translation type="unfinished">Der Mailserver meldet ein dauerhaftes Problem mit diesem Postfach. Wenden Sie sich an Ihren Anbieter; seine Meldung lautete: %1</translation>
    </message>
    <message>
        <source>The server %1 does not give messages a permanent identity (UIDL). Mailferry can copy the mail but cannot safely delete it from the server.</source>
        <translation type="unfinished">Der Server %1 gibt Nachrichten keine dauerhafte Kennung (UIDL). Mailferry kann die E-Mails kopieren, sie aber nicht sicher vom Server löschen.</translation>
    </message>
    <message>
        <source>The message is no longer on the server.</source>
        <translation type="unfinished">Die Nachricht ist nicht mehr auf dem Server.</translation>
    </message>
    <message>
        <source>The server could not provide this message; it stays on the server.</source>
        <translation type="unfinished">Der Server konnte diese Nachricht nicht liefern; sie bleibt auf dem Server.</translation>
    </message>
    <message>
        <source>The server did not finish the session properly, so messages marked for deletion may still be there. Mailferry will delete them on a later run.</source>
        <translation type="unfinished">Der Server hat die Sitzung nicht ordentlich beendet, daher sind zum Löschen markierte Nachrichten vielleicht noch da. Mailferry löscht sie bei einem späteren Lauf.</translation>
    </message>
    <message>
        <source>The server %1 refused the connection for now. Mailferry will try again later.</source>
        <translation type="unfinished">Der Server %1 lehnt die Verbindung vorerst ab. Mailferry versucht es später erneut.</translation>
    </message>
    <message>
        <source>The mail server refused a command. Mailferry will reconnect and try again.</source>
        <translation type="unfinished">Der Mailserver hat einen Befehl abgelehnt. Mailferry verbindet sich neu und versucht es erneut.</translation>
    </message>
    <message>
        <source>The server %1 refused the login without saying why. This may not be a wrong password: try signing in with another mail program, or ask your provider.</source>
        <translation type="unfinished">Der Server %1 hat die Anmeldung abgelehnt, ohne zu sagen, warum. Das muss kein falsches Passwort sein: versuchen Sie, sich mit einem anderen E-Mail-Programm anzumelden, oder fragen Sie Ihren Anbieter.</translation>
    </message>
    <message>
        <source>The server %1 refused the login and said: &quot;%2&quot;. This may not be a wrong password: check what the server said, or ask your provider.</source>
        <translation type="unfinished">Der Server %1 hat die Anmeldung abgelehnt und gesagt: „%2“. Das muss kein falsches Passwort sein: prüfen Sie, was der Server gesagt hat, oder fragen Sie Ihren Anbieter.</translation>
    </message>
    <message>
        <source>The server %1 answers too slowly. Mailferry will reconnect and continue.</source>
        <translation type="unfinished">Der Server %1 antwortet zu langsam. Mailferry verbindet sich neu und macht weiter.</translation>
    </message>
    <message>
        <source>The server %1 sends data too slowly. Mailferry will reconnect and continue.</source>
        <translation type="unfinished">Der Server %1 schickt Daten zu langsam. Mailferry verbindet sich neu und macht weiter.</translation>
    </message>
    <message>
        <source>The server %1 sent a greeting far longer than POP3 allows. Mailferry will try again later.</source>
        <translation type="unfinished">Der Server %1 hat eine Begrüßung geschickt, die viel länger ist, als POP3 erlaubt. Mailferry versucht es später erneut.</translation>
    </message>
    <message>
        <source>The server %1 sent an answer far longer than POP3 allows. Mailferry will try again later.</source>
        <translation type="unfinished">Der Server %1 hat eine Antwort geschickt, die viel länger ist, als POP3 erlaubt. Mailferry versucht es später erneut.</translation>
    </message>
    <message>
        <source>The server %1 sent an answer far longer than POP3 allows. Mailferry will reconnect.</source>
        <translation type="unfinished">Der Server %1 hat eine Antwort geschickt, die viel länger ist, als POP3 erlaubt. Mailferry verbindet sich neu.</translation>
    </message>
    <message>
        <source>The message is larger than the size limit (%1 MB); it stays on the server.</source>
        <translation type="unfinished">Die Nachricht ist größer als die Größengrenze (%1 MB); sie bleibt auf dem Server.</translation>
    </message>
    <message>
        <source>The headers of this message are far larger than usual, so Mailferry did not read them; the message stays on the server.</source>
        <translation type="unfinished">Die Kopfzeilen dieser Nachricht sind viel größer als üblich, deshalb hat Mailferry sie nicht gelesen; die Nachricht bleibt auf dem Server.</translation>
    </message>
    <message>
        <source>The server %1 sent an answer to %2 far larger than Mailferry accepts. Mailferry will try again later.</source>
        <translation type="unfinished">Der Server %1 hat auf %2 eine Antwort geschickt, die viel größer ist, als Mailferry annimmt. Mailferry versucht es später erneut.</translation>
    </message>
    <message>
        <source>The server %1 does not answer like a POP3 mail server. Check the server name and port (995 for SSL/TLS, 110 for STARTTLS).</source>
        <translation type="unfinished">Der Server %1 antwortet nicht wie ein POP3-Mailserver. Prüfen Sie Servername und Port (995 für SSL/TLS, 110 für STARTTLS).</translation>
    </message>
</context>
<context>
    <name>mf::secrets::KeychainCredentialStore</name>
    <message>
        <source>Mailferry has no saved password or sign-in for this account. Enter it again.</source>
        <translation type="unfinished">Mailferry hat für dieses Konto kein gespeichertes Passwort und keine Anmeldung. Geben Sie es erneut ein.</translation>
    </message>
    <message>
        <source>Mailferry was not allowed to use the system keychain. Allow access when your computer asks, then try again.</source>
        <translation type="unfinished">Mailferry durfte den System-Schlüsselbund nicht verwenden. Erlauben Sie den Zugriff, wenn Ihr Computer danach fragt, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Mailferry could not reach the system keychain, where it keeps passwords safely. You can keep them in memory for this session only, or unlock your keychain and try again.</source>
        <translation type="unfinished">Mailferry erreicht den System-Schlüsselbund nicht, in dem es Passwörter sicher aufbewahrt. Sie können sie nur für diese Sitzung im Speicher behalten oder Ihren Schlüsselbund entsperren und es erneut versuchen.</translation>
    </message>
    <message>
        <source>This password is longer than the system keychain can keep (at most %1 bytes). Check that only the password was pasted.</source>
        <translation type="unfinished">Dieses Passwort ist länger, als der Schlüsselbund des Systems aufbewahren kann (höchstens %1 Bytes). Prüfen Sie, ob nur das Passwort eingefügt wurde.</translation>
    </message>
</context>
<context>
    <name>mf::secrets::MemoryCredentialStore</name>
    <message>
        <source>Mailferry has no saved password or sign-in for this account. Enter it again.</source>
        <translation type="unfinished">Mailferry hat für dieses Konto kein gespeichertes Passwort und keine Anmeldung. Geben Sie es erneut ein.</translation>
    </message>
</context>
<context>
    <name>mf::store::CsvExporter</name>
    <message>
        <source>Time</source>
        <translation type="unfinished">Zeit</translation>
    </message>
    <message>
        <source>Source account</source>
        <translation type="unfinished">Quellkonto</translation>
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
        <translation type="unfinished">Betreff</translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished">Von</translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished">Datum</translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished">Größe</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished">Ergebnis</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished">Grund</translation>
    </message>
    <message>
        <source>Gmail message id</source>
        <translation type="unfinished">Gmail-Nachrichten-ID</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished">Versuche</translation>
    </message>
    <message>
        <source>Error code</source>
        <translation type="unfinished">Fehlercode</translation>
    </message>
    <message>
        <source>Technical detail</source>
        <translation type="unfinished">Technische Details</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation type="unfinished">Markierungen</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation type="unfinished">Zuerst gesehen</translation>
    </message>
    <message>
        <source>Copied at</source>
        <translation type="unfinished">Kopiert am</translation>
    </message>
    <message>
        <source>Deleted from server at</source>
        <translation type="unfinished">Vom Server gelöscht am</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished">SHA-256</translation>
    </message>
    <message>
        <source>Mailferry could not write the log file. Check that the disk is not full and that the folder can be written to.</source>
        <translation type="unfinished">Mailferry konnte die Protokolldatei nicht schreiben. Prüfen Sie, ob die Festplatte voll ist und ob in den Ordner geschrieben werden darf.</translation>
    </message>
    <message>
        <source>Mailferry could not write the log file.</source>
        <translation type="unfinished">Mailferry konnte die Protokolldatei nicht schreiben.</translation>
    </message>
    <message>
        <source>Mailferry could not create the log file. Check that the folder can be written to.</source>
        <translation type="unfinished">Mailferry konnte die Protokolldatei nicht anlegen. Prüfen Sie, ob in den Ordner geschrieben werden darf.</translation>
    </message>
    <message>
        <source>Mailferry could not save the log file. Check that the disk is not full.</source>
        <translation type="unfinished">Mailferry konnte die Protokolldatei nicht speichern. Prüfen Sie, ob die Festplatte voll ist.</translation>
    </message>
    <message>
        <source>Size (MB)</source>
        <translation type="unfinished">Größe (MB)</translation>
    </message>
    <message>
        <source>Attachments removed</source>
        <translation type="unfinished">Anhänge entfernt</translation>
    </message>
    <message>
        <source>Original kept at</source>
        <translation type="unfinished">Original aufbewahrt unter</translation>
    </message>
</context>
<context>
    <name>mf::store::Ledger</name>
    <message>
        <source>Mailferry could not create the folder for its records of this mailbox.</source>
        <translation type="unfinished">Mailferry konnte den Ordner für seine Aufzeichnungen zu diesem Postfach nicht anlegen.</translation>
    </message>
    <message>
        <source>These records were written by a newer version of Mailferry. Update Mailferry to continue this migration.</source>
        <translation type="unfinished">Diese Aufzeichnungen stammen von einer neueren Version von Mailferry. Aktualisieren Sie Mailferry, um diesen Umzug fortzusetzen.</translation>
    </message>
    <message>
        <source>The file for this mailbox&apos;s records is not a Mailferry ledger.</source>
        <translation type="unfinished">Die Datei mit den Aufzeichnungen zu diesem Postfach gehört nicht zu Mailferry.</translation>
    </message>
    <message>
        <source>Mailferry stopped while this message was being uploaded, so it cannot know whether Gmail received it. It will be uploaded again and may appear twice in Gmail.</source>
        <translation type="unfinished">Mailferry wurde beendet, während diese Nachricht hochgeladen wurde, und kann daher nicht wissen, ob Gmail sie erhalten hat. Sie wird erneut hochgeladen und erscheint in Gmail vielleicht doppelt.</translation>
    </message>
    <message>
        <source>Mailferry refused to copy a message again that is already in Gmail.</source>
        <translation type="unfinished">Mailferry hat es abgelehnt, eine Nachricht erneut zu kopieren, die schon in Gmail ist.</translation>
    </message>
    <message>
        <source>Mailferry lost track of a message it was copying.</source>
        <translation type="unfinished">Mailferry hat eine Nachricht aus den Augen verloren, die es gerade kopierte.</translation>
    </message>
    <message>
        <source>Copied again after an interrupted upload; it may appear twice in Gmail.</source>
        <translation type="unfinished">Nach einem unterbrochenen Upload erneut kopiert; erscheint in Gmail vielleicht doppelt.</translation>
    </message>
    <message>
        <source>Mailferry tried to record an impossible result for a message.</source>
        <translation type="unfinished">Mailferry wollte für eine Nachricht ein unmögliches Ergebnis aufzeichnen.</translation>
    </message>
    <message>
        <source>Mailferry refused to mark a message that is already in Gmail as not copied.</source>
        <translation type="unfinished">Mailferry hat es abgelehnt, eine Nachricht, die schon in Gmail ist, als nicht kopiert zu markieren.</translation>
    </message>
    <message>
        <source>Already in Gmail: the same message (same Message-ID, size and content) was copied before.</source>
        <translation type="unfinished">Schon in Gmail: Dieselbe Nachricht (gleiche Message-ID, Größe und Inhalt) wurde bereits kopiert.</translation>
    </message>
    <message>
        <source>Already in Gmail: the same message (same Message-ID, size and content) was copied before under the server id %1.</source>
        <translation type="unfinished">Schon in Gmail: Dieselbe Nachricht (gleiche Message-ID, Größe und Inhalt) wurde bereits unter der Server-Kennung %1 kopiert.</translation>
    </message>
    <message>
        <source>Removed from the POP3 server after Gmail had confirmed it.</source>
        <translation type="unfinished">Vom POP3-Server entfernt, nachdem Gmail sie bestätigt hatte.</translation>
    </message>
    <message>
        <source>Mailferry recorded a message as removed from the server that was not confirmed in Gmail. Please report this problem.</source>
        <translation type="unfinished">Mailferry hat eine Nachricht als vom Server entfernt vermerkt, die in Gmail nicht bestätigt war. Bitte melden Sie dieses Problem.</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished">Wartet</translation>
    </message>
    <message>
        <source>Uploading</source>
        <translation type="unfinished">Wird hochgeladen</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished">Kopiert</translation>
    </message>
    <message>
        <source>Skipped: already in Gmail</source>
        <translation type="unfinished">Übersprungen: schon in Gmail</translation>
    </message>
    <message>
        <source>Skipped: too large</source>
        <translation type="unfinished">Übersprungen: zu groß</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished">Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Copied and removed from the server</source>
        <translation type="unfinished">Kopiert und vom Server entfernt</translation>
    </message>
    <message>
        <source>The connection to Gmail broke during the upload and it was sent again; it may appear twice in Gmail.</source>
        <translation type="unfinished">Die Verbindung zu Gmail ist beim Hochladen abgebrochen, und die Nachricht wurde erneut gesendet; sie erscheint in Gmail vielleicht doppelt.</translation>
    </message>
    <message>
        <source>The file with Mailferry&apos;s records of this mailbox is empty or damaged. Mailferry will not start afresh, because that would copy every message again. Restore the file from a backup, or move it away to really start over.</source>
        <translation type="unfinished">Die Datei mit den Aufzeichnungen von Mailferry zu diesem Postfach ist leer oder beschädigt. Mailferry fängt nicht von vorn an, denn dann würde jede Nachricht noch einmal kopiert. Stellen Sie die Datei aus einer Sicherung wieder her, oder verschieben Sie sie, um wirklich neu anzufangen.</translation>
    </message>
    <message>
        <source>Mailferry could not create its records of this mailbox.</source>
        <translation type="unfinished">Mailferry konnte keine Aufzeichnungen zu diesem Postfach anlegen.</translation>
    </message>
    <message>
        <source>Mailferry could not read its records of this mailbox.</source>
        <translation type="unfinished">Mailferry konnte seine Aufzeichnungen zu diesem Postfach nicht lesen.</translation>
    </message>
    <message>
        <source>Mailferry could not update its records of this mailbox to this version.</source>
        <translation type="unfinished">Mailferry konnte seine Aufzeichnungen zu diesem Postfach nicht auf diese Version bringen.</translation>
    </message>
    <message>
        <source>Copied without attachment %1; original kept at %2.</source>
        <translation type="unfinished">Ohne Anhang %1 kopiert; Original aufbewahrt unter %2.</translation>
    </message>
</context>
<context>
    <name>mf::store::LedgerReader</name>
    <message>
        <source>Mailferry could not open its records of this mailbox.</source>
        <translation type="unfinished">Mailferry konnte seine Aufzeichnungen zu diesem Postfach nicht öffnen.</translation>
    </message>
    <message>
        <source>Mailferry could not update its records of this mailbox. Check that the disk is not full and that the folder can be written to.</source>
        <translation type="unfinished">Mailferry konnte seine Aufzeichnungen zu diesem Postfach nicht aktualisieren. Prüfen Sie, ob die Festplatte voll ist und ob in den Ordner geschrieben werden darf.</translation>
    </message>
</context>
<context>
    <name>mf::store::ReadOnlyLedger</name>
    <message>
        <source>Mailferry has no records of this mailbox yet.</source>
        <translation type="unfinished">Mailferry hat noch keine Aufzeichnungen zu diesem Postfach.</translation>
    </message>
    <message>
        <source>The file with Mailferry&apos;s records of this mailbox is empty or damaged.</source>
        <translation type="unfinished">Die Datei mit den Aufzeichnungen von Mailferry zu diesem Postfach ist leer oder beschädigt.</translation>
    </message>
    <message>
        <source>The file for this mailbox&apos;s records is not a Mailferry ledger.</source>
        <translation type="unfinished">Die Datei mit den Aufzeichnungen zu diesem Postfach gehört nicht zu Mailferry.</translation>
    </message>
    <message>
        <source>These records were written by a newer version of Mailferry. Update Mailferry to read them.</source>
        <translation type="unfinished">Diese Aufzeichnungen wurden von einer neueren Version von Mailferry geschrieben. Aktualisieren Sie Mailferry, um sie zu lesen.</translation>
    </message>
</context>
<context>
    <name>mf::store::RunLock</name>
    <message>
        <source>Another Mailferry is already working on this mailbox. Wait until it has finished, or close it, then try again.</source>
        <translation type="unfinished">Ein anderes Mailferry arbeitet bereits an diesem Postfach. Warten Sie, bis es fertig ist, oder schließen Sie es und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Mailferry could not create its lock file for this mailbox. Check that the folder can be written to.</source>
        <translation type="unfinished">Mailferry konnte seine Sperrdatei für dieses Postfach nicht anlegen. Prüfen Sie, ob in den Ordner geschrieben werden darf.</translation>
    </message>
</context>
<context>
    <name>mf::ui::AccountSettingsDialog</name>
    <message>
        <source>Allow labels in your browser, then come back here.</source>
        <translation type="unfinished">Erlauben Sie Labels in Ihrem Browser und kommen Sie dann hierher zurück.</translation>
    </message>
    <message>
        <source>Sign in to Google in your browser, then come back here.</source>
        <translation type="unfinished">Melden Sie sich in Ihrem Browser bei Google an und kommen Sie dann hierher zurück.</translation>
    </message>
    <message>
        <source>Settings of %1</source>
        <translation type="unfinished">Einstellungen von %1</translation>
    </message>
    <message>
        <source>&amp;Old mailbox</source>
        <translation type="unfinished">&amp;Altes Postfach</translation>
    </message>
    <message>
        <source>O&amp;ptions</source>
        <translation type="unfinished">O&amp;ptionen</translation>
    </message>
    <message>
        <source>Sign &amp;in again…</source>
        <translation type="unfinished">Erneut an&amp;melden…</translation>
    </message>
    <message>
        <source>Opens Google&apos;s sign-in page in your web browser</source>
        <translation type="unfinished">Öffnet die Anmeldeseite von Google in Ihrem Browser</translation>
    </message>
    <message>
        <source>&amp;Gmail</source>
        <translation type="unfinished">&amp;Gmail</translation>
    </message>
    <message>
        <source>Signed in again.</source>
        <translation type="unfinished">Erneut angemeldet.</translation>
    </message>
    <message>
        <source>Nothing was saved: the connection test with the new settings did not work (see &quot;Old mailbox&quot;).</source>
        <translation type="unfinished">Nichts wurde gespeichert: Der Verbindungstest mit den neuen Einstellungen hat nicht funktioniert (siehe „Altes Postfach“).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Gmail:&lt;/b&gt; not connected</source>
        <translation type="unfinished">&lt;b&gt;Gmail:&lt;/b&gt; nicht verbunden</translation>
    </message>
    <message>
        <source>&lt;b&gt;Gmail:&lt;/b&gt; %1&lt;br&gt;Mailferry may add messages to this account%2.</source>
        <translation type="unfinished">&lt;b&gt;Gmail:&lt;/b&gt; %1&lt;br&gt;Mailferry darf diesem Konto Nachrichten hinzufügen%2.</translation>
    </message>
    <message>
        <source> and label them</source>
        <translation type="unfinished"> und mit Labels versehen</translation>
    </message>
    <message>
        <source>Waiting for you to finish in your browser… If it did not open, check your taskbar.</source>
        <translation type="unfinished">Warte, bis Sie im Browser fertig sind… Falls er sich nicht geöffnet hat, sehen Sie in der Taskleiste nach.</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation type="unfinished">Nichts wurde gespeichert: %1</translation>
    </message>
    <message>
        <source>Nothing was saved: the password could not be stored. %1</source>
        <translation type="unfinished">Nichts wurde gespeichert: Das Passwort konnte nicht gespeichert werden. %1</translation>
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
        <translation type="unfinished">Alte Postfächer, die dieses Gmail füllen</translation>
    </message>
    <message>
        <source>Old mailbox</source>
        <translation type="unfinished">Altes Postfach</translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished">Server</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation type="unfinished">Jetzt &amp;abgleichen</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished">&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>View &amp;log…</source>
        <translation type="unfinished">&amp;Protokoll ansehen…</translation>
    </message>
    <message>
        <source>&amp;Add a mailbox…</source>
        <translation type="unfinished">Postfach &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Remove all my data…</source>
        <translation type="unfinished">Alle meine &amp;Daten entfernen…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Gmail:&lt;/b&gt; not connected</source>
        <translation type="unfinished">&lt;b&gt;Gmail:&lt;/b&gt; nicht verbunden</translation>
    </message>
    <message>
        <source>&lt;b&gt;Gmail:&lt;/b&gt; %1</source>
        <translation type="unfinished">&lt;b&gt;Gmail:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>%1 (label: %2)</source>
        <translation type="unfinished">%1 (Label: %2)</translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished">Läuft</translation>
    </message>
    <message>
        <source>Not run yet</source>
        <translation type="unfinished">Noch nicht gelaufen</translation>
    </message>
    <message numerus="yes">
        <source>%1 · every %n min</source>
        <translation type="unfinished">
            <numerusform>%1 · alle %n Min.</numerusform>
            <numerusform>%1 · alle %n Min.</numerusform>
        </translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished">nie</translation>
    </message>
    <message>
        <source>%1 copied, %2 left</source>
        <translation type="unfinished">%1 kopiert, %2 übrig</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation type="unfinished">Erneut anmelden</translation>
    </message>
    <message>
        <source>Mailferry is no longer signed in to Google. Use &quot;Edit&quot; to sign in again.</source>
        <translation type="unfinished">Mailferry ist nicht mehr bei Google angemeldet. Melden Sie sich über „Bearbeiten“ erneut an.</translation>
    </message>
    <message>
        <source>Password needed</source>
        <translation type="unfinished">Passwort nötig</translation>
    </message>
    <message>
        <source>The password for %1 is not stored on this computer. Type it to continue:</source>
        <translation type="unfinished">Das Passwort für %1 ist auf diesem Computer nicht gespeichert. Geben Sie es ein, um fortzufahren:</translation>
    </message>
    <message>
        <source>Remove all my data</source>
        <translation type="unfinished">Alle meine Daten entfernen</translation>
    </message>
    <message>
        <source>&amp;Export the logs, then remove</source>
        <translation type="unfinished">Protokolle &amp;exportieren, dann entfernen</translation>
    </message>
    <message>
        <source>&amp;Remove without export</source>
        <translation type="unfinished">&amp;Ohne Export entfernen</translation>
    </message>
    <message>
        <source>Where should the logs go?</source>
        <translation type="unfinished">Wohin sollen die Protokolle?</translation>
    </message>
    <message>
        <source>Some data could not be removed. The log of Mailferry says which.</source>
        <translation type="unfinished">Einige Daten konnten nicht entfernt werden. Das Protokoll von Mailferry sagt, welche.</translation>
    </message>
    <message>
        <source>The password for %1 is not stored on this computer. Open Mailferry and press &quot;Sync now&quot; to type it.</source>
        <translation type="unfinished">Das Passwort für %1 ist auf diesem Computer nicht gespeichert. Öffnen Sie Mailferry und klicken Sie auf „Jetzt abgleichen“, um es einzugeben.</translation>
    </message>
    <message>
        <source>Everything Mailferry kept on this computer is removed.</source>
        <translation type="unfinished">Alles, was Mailferry auf diesem Computer gespeichert hatte, ist entfernt.</translation>
    </message>
    <message>
        <source>The logs could not be saved in %1, so nothing was removed. %2</source>
        <translation type="unfinished">Die Protokolle konnten nicht in %1 gespeichert werden, daher wurde nichts entfernt. %2</translation>
    </message>
    <message>
        <source>Everything on this computer is removed, but Google could not be reached to withdraw Mailferry&apos;s permission. Remove it yourself at myaccount.google.com/permissions.</source>
        <translation type="unfinished">Alles auf diesem Computer ist entfernt, aber Google war nicht erreichbar, um die Erlaubnis für Mailferry zu widerrufen. Entfernen Sie sie selbst unter myaccount.google.com/permissions.</translation>
    </message>
    <message>
        <source>Records unreadable</source>
        <translation type="unfinished">Aufzeichnungen unlesbar</translation>
    </message>
    <message>
        <source>Stopped: %1 copied, %2 still to do</source>
        <translation type="unfinished">Angehalten: %1 kopiert, %2 noch offen</translation>
    </message>
    <message>
        <source>Finished: %1 copied, %2 failed</source>
        <translation type="unfinished">Fertig: %1 kopiert, %2 fehlgeschlagen</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation type="unfinished">Auf dem neuesten Stand</translation>
    </message>
    <message>
        <source>This signs Mailferry out of Google and deletes the saved passwords and settings from this computer. It also deletes the record of what was copied and the logs: without that record, if you set up the same mailbox again, Mailferry copies everything again and Gmail gets every message twice. Your mail stays where it is, in Gmail and on your old server.

Do you want to keep a copy of the logs (CSV) first?</source>
        <translation type="unfinished">Damit meldet sich Mailferry bei Google ab und löscht die gespeicherten Passwörter und Einstellungen auf diesem Computer. Es löscht auch die Aufzeichnung, was kopiert wurde, und die Protokolle: ohne diese Aufzeichnung kopiert Mailferry alles noch einmal, wenn Sie dasselbe Postfach erneut einrichten, und Gmail bekommt jede Nachricht doppelt. Ihre E-Mails bleiben, wo sie sind, in Gmail und auf Ihrem alten Server.

Möchten Sie vorher eine Kopie der Protokolle (CSV) behalten?</translation>
    </message>
    <message>
        <source>&amp;Keep the record of what was copied (only the passwords and settings go)</source>
        <translation type="unfinished">Aufzeichnung des &amp;Kopierten behalten (nur Passwörter und Einstellungen werden gelöscht)</translation>
    </message>
    <message>
        <source>Last copy</source>
        <translation type="unfinished">Letzte Kopie</translation>
    </message>
    <message>
        <source>Last check</source>
        <translation type="unfinished">Letzte Prüfung</translation>
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
        <translation type="unfinished">&amp;Fortsetzen</translation>
    </message>
</context>
<context>
    <name>mf::ui::ArchivePage</name>
    <message>
        <source>%1, profile &quot;%2&quot; (the one in use)</source>
        <translation type="unfinished">%1, Profil „%2“ (das verwendete)</translation>
    </message>
    <message>
        <source>%1, profile &quot;%2&quot;</source>
        <translation type="unfinished">%1, Profil „%2“</translation>
    </message>
    <message>
        <source>%1 file %2</source>
        <translation type="unfinished">%1-Datei %2</translation>
    </message>
    <message>
        <source>Mail on this computer</source>
        <translation type="unfinished">E-Mails auf diesem Computer</translation>
    </message>
    <message>
        <source>Choose the mail to copy into Gmail. Mailferry only reads it: nothing on this computer is changed or deleted.</source>
        <translation type="unfinished">Wählen Sie die E-Mails, die nach Gmail kopiert werden sollen. Mailferry liest sie nur: auf diesem Computer wird nichts geändert oder gelöscht.</translation>
    </message>
    <message>
        <source>&amp;Found on this computer:</source>
        <translation type="unfinished">&amp;Auf diesem Computer gefunden:</translation>
    </message>
    <message>
        <source>Mail found on this computer</source>
        <translation type="unfinished">Auf diesem Computer gefundene E-Mails</translation>
    </message>
    <message>
        <source>Mailferry found no mail program&apos;s folder here. Choose the file or folder yourself.</source>
        <translation type="unfinished">Mailferry hat hier keinen Ordner eines E-Mail-Programms gefunden. Wählen Sie die Datei oder den Ordner selbst.</translation>
    </message>
    <message>
        <source>&amp;Choose a file or folder…</source>
        <translation type="unfinished">&amp;Datei oder Ordner wählen…</translation>
    </message>
    <message>
        <source>A file (mbox, Outlook .pst)…</source>
        <translation type="unfinished">Eine Datei (mbox, Outlook-.pst)…</translation>
    </message>
    <message>
        <source>A folder (Thunderbird, Maildir, .eml files, Apple Mail)…</source>
        <translation type="unfinished">Ein Ordner (Thunderbird, Maildir, .eml-Dateien, Apple Mail)…</translation>
    </message>
    <message>
        <source>F&amp;olders to copy:</source>
        <translation type="unfinished">&amp;Ordner zum Kopieren:</translation>
    </message>
    <message>
        <source>Folders to copy</source>
        <translation type="unfinished">Ordner zum Kopieren</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation type="unfinished">Ordner</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation type="unfinished">Nachrichten</translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished">Größe</translation>
    </message>
    <message>
        <source>Make each folder a Gmail &amp;label</source>
        <translation type="unfinished">Jeden Ordner zu einem Gmail-&amp;Label machen</translation>
    </message>
    <message>
        <source>Allow lab&amp;els…</source>
        <translation type="unfinished">Labels e&amp;rlauben…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Nothing on this computer is changed or deleted.&lt;/b&gt; Your mail program keeps its mail exactly as it is; Mailferry copies it and remembers what it copied.</source>
        <translation type="unfinished">&lt;b&gt;Auf diesem Computer wird nichts geändert oder gelöscht.&lt;/b&gt; Ihr E-Mail-Programm behält seine E-Mails genau so, wie sie sind; Mailferry kopiert sie und merkt sich, was es kopiert hat.</translation>
    </message>
    <message>
        <source>Google did not give Mailferry permission to manage labels. Allow it, or untick this box: the folders then all go to your Inbox.</source>
        <translation type="unfinished">Google hat Mailferry nicht erlaubt, Labels zu verwalten. Erlauben Sie es, oder entfernen Sie das Häkchen: alle Ordner gehen dann in Ihren Posteingang.</translation>
    </message>
    <message>
        <source>Choose the folder that holds your mail</source>
        <translation type="unfinished">Wählen Sie den Ordner mit Ihren E-Mails</translation>
    </message>
    <message>
        <source>Choose the file that holds your mail</source>
        <translation type="unfinished">Wählen Sie die Datei mit Ihren E-Mails</translation>
    </message>
    <message>
        <source>Mail files (*.mbox *.mbx *.pst *.ost *.eml *.emlx *);;All files (*)</source>
        <translation type="unfinished">E-Mail-Dateien (*.mbox *.mbx *.pst *.ost *.eml *.emlx *);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation type="unfinished">Lese %1</translation>
    </message>
    <message>
        <source>Counting the messages…</source>
        <translation type="unfinished">Zähle die Nachrichten…</translation>
    </message>
    <message>
        <source>Top folder</source>
        <translation type="unfinished">Oberster Ordner</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation type="unfinished">
            <numerusform>%n Nachricht</numerusform>
            <numerusform>%n Nachrichten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 messages (%2) in %n folder(s)</source>
        <translation type="unfinished">
            <numerusform>%1 Nachrichten (%2) in %n Ordner</numerusform>
            <numerusform>%1 Nachrichten (%2) in %n Ordnern</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished">%1: %2</translation>
    </message>
    <message>
        <source>Counting stopped at %1. Every ticked folder is still copied whole.</source>
        <translation type="unfinished">Zählen bei %1 angehalten. Jeder angekreuzte Ordner wird trotzdem ganz kopiert.</translation>
    </message>
    <message>
        <source>Counting… %1 so far. You may go on: every ticked folder is copied whole.</source>
        <translation type="unfinished">Zähle… bisher %1. Sie können weitermachen: jeder angekreuzte Ordner wird ganz kopiert.</translation>
    </message>
    <message>
        <source>%1 messages your mail program had deleted are left out.</source>
        <translation type="unfinished">%1 Nachrichten, die Ihr E-Mail-Programm gelöscht hatte, werden ausgelassen.</translation>
    </message>
    <message>
        <source>Part of the archive is damaged and cannot be read: %1</source>
        <translation type="unfinished">Ein Teil des Archivs ist beschädigt und kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>There are no messages to copy here.</source>
        <translation type="unfinished">Hier gibt es keine Nachrichten zum Kopieren.</translation>
    </message>
    <message>
        <source>Without labels, all the folders go to your Inbox.</source>
        <translation type="unfinished">Ohne Labels gehen alle Ordner in Ihren Posteingang.</translation>
    </message>
    <message>
        <source>Each folder becomes a label named like it (&quot;Old mail/Invoices&quot;), nested as in your mail program.</source>
        <translation type="unfinished">Jeder Ordner wird ein gleichnamiges Label („Old mail/Invoices“), verschachtelt wie in Ihrem E-Mail-Programm.</translation>
    </message>
    <message>
        <source>Labels need one more permission: to manage your Gmail labels (not to read your mail). &quot;Allow labels&quot; asks Google for it.</source>
        <translation type="unfinished">Labels brauchen eine weitere Erlaubnis: Ihre Gmail-Labels zu verwalten (nicht Ihre E-Mails zu lesen). „Labels erlauben“ bittet Google darum.</translation>
    </message>
</context>
<context>
    <name>mf::ui::BrowserFallback</name>
    <message>
        <source>Your web browser did not open. Copy this link and paste it into your browser:</source>
        <translation type="unfinished">Ihr Webbrowser hat sich nicht geöffnet. Kopieren Sie diesen Link und fügen Sie ihn in Ihren Browser ein:</translation>
    </message>
    <message>
        <source>Link to open in your browser</source>
        <translation type="unfinished">Link zum Öffnen in Ihrem Browser</translation>
    </message>
    <message>
        <source>&amp;Copy link</source>
        <translation type="unfinished">Link &amp;kopieren</translation>
    </message>
    <message>
        <source>The link is copied. Paste it into your browser&apos;s address bar.</source>
        <translation type="unfinished">Der Link ist kopiert. Fügen Sie ihn in die Adressleiste Ihres Browsers ein.</translation>
    </message>
</context>
<context>
    <name>mf::ui::CertificateDialog</name>
    <message>
        <source>Is this really your mail server?</source>
        <translation type="unfinished">Ist das wirklich Ihr Mailserver?</translation>
    </message>
    <message>
        <source>Issued to:</source>
        <translation type="unfinished">Ausgestellt für:</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation type="unfinished">Ausgestellt von:</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation type="unfinished">Gültig:</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation type="unfinished">vom %1 bis %2</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation type="unfinished">SHA-256-Fingerabdruck:</translation>
    </message>
    <message>
        <source>Problems:</source>
        <translation type="unfinished">Probleme:</translation>
    </message>
    <message>
        <source>&amp;Trust this server</source>
        <translation type="unfinished">Diesem Server &amp;vertrauen</translation>
    </message>
    <message>
        <source>Do &amp;not connect</source>
        <translation type="unfinished">&amp;Nicht verbinden</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; could not prove that it is your provider&apos;s server. If it is not, someone could read your password and your mail.</source>
        <translation type="unfinished">&lt;b&gt;%1&lt;/b&gt; konnte nicht beweisen, dass es der Server Ihres Anbieters ist. Wenn nicht, könnte jemand Ihr Passwort und Ihre E-Mails lesen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;If you are not sure, choose &quot;Do not connect&quot; and call your provider.&lt;/b&gt;</source>
        <translation type="unfinished">&lt;b&gt;Wenn Sie unsicher sind, wählen Sie „Nicht verbinden“ und rufen Sie Ihren Anbieter an.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>If your provider gave you this fingerprint, compare it. If you trust the server, Mailferry accepts exactly this certificate for this mailbox and warns you if it ever changes.</source>
        <translation type="unfinished">Wenn Ihr Anbieter Ihnen diesen Fingerabdruck gegeben hat, vergleichen Sie ihn. Wenn Sie dem Server vertrauen, nimmt Mailferry genau dieses Zertifikat für dieses Postfach an und warnt Sie, falls es sich je ändert.</translation>
    </message>
    <message>
        <source>Show &amp;details</source>
        <translation type="unfinished">&amp;Details anzeigen</translation>
    </message>
    <message>
        <source>Hide &amp;details</source>
        <translation type="unfinished">&amp;Details ausblenden</translation>
    </message>
</context>
<context>
    <name>mf::ui::ClientAssistant</name>
    <message>
        <source>&lt;b&gt;Connect Mailferry to Google (once, about 15 minutes)&lt;/b&gt;&lt;br&gt;This copy of Mailferry has no Google connection built in. Make one in your Google account: each button below opens the right Google page.</source>
        <translation type="unfinished">&lt;b&gt;Mailferry mit Google verbinden (einmalig, etwa 15 Minuten)&lt;/b&gt;&lt;br&gt;In diese Kopie von Mailferry ist keine Google-Verbindung eingebaut. Legen Sie eine in Ihrem Google-Konto an: jede Schaltfläche unten öffnet die richtige Google-Seite.</translation>
    </message>
    <message>
        <source>Turn on the Gmail API: click &lt;b&gt;Enable&lt;/b&gt;. If Google asks for a project first, create one (any name, for example Mailferry).</source>
        <translation type="unfinished">Die Gmail-API einschalten: klicken Sie auf &lt;b&gt;Aktivieren&lt;/b&gt;. Wenn Google zuerst nach einem Projekt fragt, legen Sie eines an (beliebiger Name, zum Beispiel Mailferry).</translation>
    </message>
    <message>
        <source>Open the &amp;Gmail API page</source>
        <translation type="unfinished">&amp;Gmail-API-Seite öffnen</translation>
    </message>
    <message>
        <source>Set up the consent screen: choose &lt;b&gt;External&lt;/b&gt;, type an app name (Mailferry) and your email. Add the scope &lt;tt&gt;https://www.googleapis.com/auth/gmail.insert&lt;/tt&gt;, and add your Gmail address as a &lt;b&gt;test user&lt;/b&gt;.</source>
        <translation type="unfinished">Den Zustimmungsbildschirm einrichten: wählen Sie &lt;b&gt;Extern&lt;/b&gt;, geben Sie einen App-Namen (Mailferry) und Ihre E-Mail-Adresse ein. Fügen Sie den Bereich &lt;tt&gt;https://www.googleapis.com/auth/gmail.insert&lt;/tt&gt; hinzu und tragen Sie Ihre Gmail-Adresse als &lt;b&gt;Testnutzer&lt;/b&gt; ein.</translation>
    </message>
    <message>
        <source>Open the c&amp;onsent screen</source>
        <translation type="unfinished">&amp;Zustimmungsbildschirm öffnen</translation>
    </message>
    <message>
        <source>Create the client: as application type choose &lt;b&gt;Desktop app&lt;/b&gt;, click &lt;b&gt;Create&lt;/b&gt;, then &lt;b&gt;Download JSON&lt;/b&gt;.</source>
        <translation type="unfinished">Den Client anlegen: wählen Sie als Anwendungstyp &lt;b&gt;Desktop-App&lt;/b&gt;, klicken Sie auf &lt;b&gt;Erstellen&lt;/b&gt; und dann auf &lt;b&gt;JSON herunterladen&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Open the client &amp;page</source>
        <translation type="unfinished">Client-&amp;Seite öffnen</translation>
    </message>
    <message>
        <source>Mailferry finds the downloaded file in your Downloads folder by itself. If you saved it elsewhere, or were given one, choose it here.</source>
        <translation type="unfinished">Mailferry findet die heruntergeladene Datei von selbst in Ihrem Download-Ordner. Wenn Sie sie anderswo gespeichert haben oder eine bekommen haben, wählen Sie sie hier.</translation>
    </message>
    <message>
        <source>Choose the &amp;downloaded file…</source>
        <translation type="unfinished">&amp;Heruntergeladene Datei wählen…</translation>
    </message>
    <message>
        <source>Watching your Downloads folder (%1) for the file…</source>
        <translation type="unfinished">Der Download-Ordner (%1) wird nach der Datei durchsucht…</translation>
    </message>
    <message>
        <source>Choose the Google client file</source>
        <translation type="unfinished">Google-Client-Datei wählen</translation>
    </message>
    <message>
        <source>Google client file (*.json)</source>
        <translation type="unfinished">Google-Client-Datei (*.json)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished">%1: %2</translation>
    </message>
    <message>
        <source>Found %1. Mailferry is connected to your Google client.</source>
        <translation type="unfinished">%1 gefunden. Mailferry ist mit Ihrem Google-Client verbunden.</translation>
    </message>
</context>
<context>
    <name>mf::ui::DonePage</name>
    <message>
        <source>Your mail is in Gmail</source>
        <translation type="unfinished">Ihre E-Mails sind in Gmail</translation>
    </message>
    <message>
        <source>&amp;Open Gmail</source>
        <translation type="unfinished">Gmail ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Finished, with problems</source>
        <translation type="unfinished">Fertig, mit Problemen</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished">&amp;Schließen</translation>
    </message>
    <message>
        <source>&amp;Open the label in Gmail</source>
        <translation type="unfinished">Label in Gmail ö&amp;ffnen</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation type="unfinished">
            <numerusform>%n Nachricht</numerusform>
            <numerusform>%n Nachrichten</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2) are in your Gmail inbox, marked unread.</source>
        <translation type="unfinished">&lt;b&gt;%1&lt;/b&gt; (%2) sind in Ihrem Gmail-Posteingang, als ungelesen markiert.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2) are in your Gmail inbox with the label &quot;%3&quot;, marked unread.</source>
        <translation type="unfinished">&lt;b&gt;%1&lt;/b&gt; (%2) sind in Ihrem Gmail-Posteingang mit dem Label „%3“, als ungelesen markiert.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2) are in your Gmail inbox, marked read.</source>
        <translation type="unfinished">&lt;b&gt;%1&lt;/b&gt; (%2) sind in Ihrem Gmail-Posteingang, als gelesen markiert.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2) are in your Gmail inbox with the label &quot;%3&quot;, marked read.</source>
        <translation type="unfinished">&lt;b&gt;%1&lt;/b&gt; (%2) sind in Ihrem Gmail-Posteingang mit dem Label „%3“, als gelesen markiert.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2) are in Gmail under the label &quot;%3&quot;, marked read and out of the inbox.</source>
        <translation type="unfinished">&lt;b&gt;%1&lt;/b&gt; (%2) sind in Gmail unter dem Label „%3“, als gelesen markiert und nicht im Posteingang.</translation>
    </message>
    <message>
        <source>Show them in Gmail</source>
        <translation type="unfinished">In Gmail zeigen</translation>
    </message>
    <message>
        <source>Show the label in Gmail</source>
        <translation type="unfinished">Das Label in Gmail zeigen</translation>
    </message>
    <message numerus="yes">
        <source>%n more were copied by Mailferry in an earlier run.</source>
        <translation type="unfinished">
            <numerusform>%n weitere hat Mailferry schon bei einem früheren Lauf kopiert.</numerusform>
            <numerusform>%n weitere hat Mailferry schon bei einem früheren Lauf kopiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped: Mailferry had copied them already, or they are too large for Gmail. The log gives the reason for each.</source>
        <translation type="unfinished">
            <numerusform>%n übersprungen: Mailferry hatte sie schon kopiert, oder sie sind zu groß für Gmail. Das Protokoll nennt für jede den Grund.</numerusform>
            <numerusform>%n übersprungen: Mailferry hatte sie schon kopiert, oder sie sind zu groß für Gmail. Das Protokoll nennt für jede den Grund.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) are larger than Gmail accepts and stay on your old server; open your old provider&apos;s webmail to download them.</source>
        <translation type="unfinished">
            <numerusform>%n Nachricht ist größer, als Gmail annimmt, und bleibt auf Ihrem alten Server; laden Sie sie über das Webmail Ihres alten Anbieters herunter.</numerusform>
            <numerusform>%n Nachrichten sind größer, als Gmail annimmt, und bleiben auf Ihrem alten Server; laden Sie sie über das Webmail Ihres alten Anbieters herunter.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n message(s) could not be copied&lt;/b&gt;; they are still on your old server. Go back to see why (&quot;Show: Problems only&quot;) and press &quot;Retry failed&quot;.</source>
        <translation type="unfinished">
            <numerusform>&lt;b&gt;%n Nachricht konnte nicht kopiert werden&lt;/b&gt;; sie liegt noch auf Ihrem alten Server. Gehen Sie zurück, um zu sehen, warum („Anzeigen: Nur Probleme“), und drücken Sie „Fehlgeschlagene wiederholen“.</numerusform>
            <numerusform>&lt;b&gt;%n Nachrichten konnten nicht kopiert werden&lt;/b&gt;; sie liegen noch auf Ihrem alten Server. Gehen Sie zurück, um zu sehen, warum („Anzeigen: Nur Probleme“), und drücken Sie „Fehlgeschlagene wiederholen“.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) were deleted from the old server after Gmail confirmed them.</source>
        <translation type="unfinished">
            <numerusform>%n Nachricht wurde vom alten Server gelöscht, nachdem Gmail sie bestätigt hatte.</numerusform>
            <numerusform>%n Nachrichten wurden vom alten Server gelöscht, nachdem Gmail sie bestätigt hatte.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) may appear twice in Gmail because a copy was interrupted; the log lists them under &quot;Possible duplicates&quot;, each with a Gmail search.</source>
        <translation type="unfinished">
            <numerusform>%n Nachricht erscheint vielleicht doppelt in Gmail, weil ein Kopiervorgang unterbrochen wurde; das Protokoll listet sie unter „Mögliche Doppelte“, jeweils mit einer Gmail-Suche.</numerusform>
            <numerusform>%n Nachrichten erscheinen vielleicht doppelt in Gmail, weil ein Kopiervorgang unterbrochen wurde; das Protokoll listet sie unter „Mögliche Doppelte“, jeweils mit einer Gmail-Suche.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;What next:&lt;/b&gt;</source>
        <translation type="unfinished">&lt;b&gt;Wie es weitergeht:&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Open a few old messages in Gmail and check their dates and attachments.</source>
        <translation type="unfinished">Öffnen Sie in Gmail ein paar alte Nachrichten und prüfen Sie Datum und Anhänge.</translation>
    </message>
    <message>
        <source>Keep your old mailbox as it is until you are sure everything is in Gmail, for a few weeks at least. Mailferry left every message on the old server.</source>
        <translation type="unfinished">Lassen Sie Ihr altes Postfach so, wie es ist, bis Sie sicher sind, dass alles in Gmail ist, mindestens ein paar Wochen lang. Mailferry hat jede Nachricht auf dem alten Server gelassen.</translation>
    </message>
    <message>
        <source>Messages are removed from the old server only after Gmail confirmed each one.</source>
        <translation type="unfinished">Nachrichten werden erst dann vom alten Server entfernt, wenn Gmail jede einzelne bestätigt hat.</translation>
    </message>
    <message numerus="yes">
        <source>Mailferry keeps checking %1 every %n minute(s) and copies new mail. It stays in the tray when you close the window.</source>
        <translation type="unfinished">
            <numerusform>Mailferry sieht weiter jede %n Minute bei %1 nach und kopiert neue E-Mails. Es bleibt im Infobereich, wenn Sie das Fenster schließen.</numerusform>
            <numerusform>Mailferry sieht weiter alle %n Minuten bei %1 nach und kopiert neue E-Mails. Es bleibt im Infobereich, wenn Sie das Fenster schließen.</numerusform>
        </translation>
    </message>
    <message>
        <source>When you no longer need your old mailbox, open Mailferry again and choose &quot;Remove all my data&quot;: it signs out of Google and deletes the passwords and logs from this computer. To pick up new mail later, use &quot;Sync now&quot;.</source>
        <translation type="unfinished">Wenn Sie Ihr altes Postfach nicht mehr brauchen, öffnen Sie Mailferry noch einmal und wählen Sie „Alle meine Daten entfernen“: es meldet sich bei Google ab und löscht die Passwörter und Protokolle auf diesem Computer. Um später neue E-Mails zu holen, nehmen Sie „Jetzt abgleichen“.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) were copied without an attachment Gmail refuses (a program, or an archive holding one). The originals are kept on this computer; the log says where.</source>
        <translation type="unfinished">
            <numerusform>%n Nachricht wurde ohne einen Anhang kopiert, den Gmail ablehnt (ein Programm oder ein Archiv, das eines enthält). Das Original liegt auf diesem Computer; das Protokoll sagt, wo.</numerusform>
            <numerusform>%n Nachrichten wurden ohne einen Anhang kopiert, den Gmail ablehnt (ein Programm oder ein Archiv, das eines enthält). Die Originale liegen auf diesem Computer; das Protokoll sagt, wo.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mf::ui::GoogleSignInFlow</name>
    <message>
        <source>Sign-in was stopped. Press &quot;Sign in with Google&quot; to try again.</source>
        <translation type="unfinished">Die Anmeldung wurde abgebrochen. Klicken Sie auf „Mit Google anmelden“, um es erneut zu versuchen.</translation>
    </message>
    <message>
        <source>Google did not answer in time. If you closed the browser tab, press &quot;Sign in with Google&quot; to start again.</source>
        <translation type="unfinished">Google hat nicht rechtzeitig geantwortet. Wenn Sie den Browser-Tab geschlossen haben, klicken Sie auf „Mit Google anmelden“, um neu zu beginnen.</translation>
    </message>
    <message>
        <source>You did not allow Mailferry to add messages to Gmail, so it cannot copy your mail. Press &quot;Sign in with Google&quot; and choose &quot;Allow&quot; to try again.</source>
        <translation type="unfinished">Sie haben Mailferry nicht erlaubt, Nachrichten zu Gmail hinzuzufügen, daher kann es Ihre E-Mails nicht kopieren. Klicken Sie auf „Mit Google anmelden“ und wählen Sie „Zulassen“.</translation>
    </message>
    <message>
        <source>The box &quot;Add emails into your Gmail mailbox&quot; was not ticked on Google&apos;s page. Mailferry needs it to copy your mail. Sign in again and tick it.</source>
        <translation type="unfinished">Das Kästchen zum Hinzufügen von E-Mails in Ihr Gmail-Postfach („Add emails into your Gmail mailbox“) war auf der Seite von Google nicht angehakt. Mailferry braucht es, um Ihre E-Mails zu kopieren. Melden Sie sich erneut an und haken Sie es an.</translation>
    </message>
    <message>
        <source>The Google client file could not be used.</source>
        <translation type="unfinished">Die Google-Client-Datei konnte nicht verwendet werden.</translation>
    </message>
    <message>
        <source>Signing in did not work. Check your internet connection and try again.</source>
        <translation type="unfinished">Die Anmeldung hat nicht geklappt. Prüfen Sie Ihre Internetverbindung und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>mf::ui::HelpMenu</name>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished">&amp;Hilfe</translation>
    </message>
    <message>
        <source>Your own &amp;Google client…</source>
        <translation type="unfinished">Eigener &amp;Google-Client…</translation>
    </message>
    <message>
        <source>Open the &amp;log folder</source>
        <translation type="unfinished">&amp;Protokollordner öffnen</translation>
    </message>
    <message>
        <source>&amp;About Mailferry</source>
        <translation type="unfinished">Ü&amp;ber Mailferry</translation>
    </message>
    <message>
        <source>Your own Google client</source>
        <translation type="unfinished">Eigener Google-Client</translation>
    </message>
    <message>
        <source>About Mailferry</source>
        <translation type="unfinished">Über Mailferry</translation>
    </message>
    <message>
        <source>&lt;b&gt;Mailferry %1&lt;/b&gt;&lt;br&gt;Moves mail from old POP3 mailboxes into Gmail, safely.</source>
        <translation type="unfinished">&lt;b&gt;Mailferry %1&lt;/b&gt;&lt;br&gt;Zieht E-Mails sicher aus alten POP3-Postfächern zu Gmail um.</translation>
    </message>
    <message>
        <source>Free software under the GNU General Public License, version 3 or any later version (GPL-3.0-or-later).&lt;br&gt;&lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;</source>
        <translation type="unfinished">Freie Software unter der GNU General Public License, Version 3 oder jede spätere Version (GPL-3.0-or-later).&lt;br&gt;&lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Log folder</source>
        <translation type="unfinished">Protokollordner</translation>
    </message>
    <message>
        <source>Mailferry keeps its records and logs in this folder:
%1</source>
        <translation type="unfinished">Mailferry bewahrt seine Aufzeichnungen und Protokolle in diesem Ordner auf:
%1</translation>
    </message>
</context>
<context>
    <name>mf::ui::LedgerTableModel</name>
    <message>
        <source>(no subject)</source>
        <translation type="unfinished">(kein Betreff)</translation>
    </message>
    <message>
        <source>Possible duplicate: an interrupted copy was repeated</source>
        <translation type="unfinished">Mögliches Duplikat: Ein unterbrochener Kopiervorgang wurde wiederholt</translation>
    </message>
    <message>
        <source>Date rebuilt from the Received: headers</source>
        <translation type="unfinished">Datum aus den Received:-Kopfzeilen wiederhergestellt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished">Betreff</translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished">Von</translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished">Datum</translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished">Größe</translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished">Details</translation>
    </message>
    <message>
        <source>Message %1, %2</source>
        <translation type="unfinished">Nachricht %1, %2</translation>
    </message>
    <message>
        <source>server id %1</source>
        <translation type="unfinished">Server-ID %1</translation>
    </message>
    <message>
        <source>It is still on your old server. Press &quot;Retry failed&quot; to try again; if it keeps failing, open your old provider&apos;s webmail and download it from there.</source>
        <translation type="unfinished">Sie liegt noch auf Ihrem alten Server. Drücken Sie „Fehlgeschlagene wiederholen“, um es erneut zu versuchen; wenn es weiter fehlschlägt, öffnen Sie das Webmail Ihres alten Anbieters und laden Sie sie dort herunter.</translation>
    </message>
    <message>
        <source>It is too large for Gmail and stays on your old server. Open your old provider&apos;s webmail to download it or its attachments.</source>
        <translation type="unfinished">Sie ist zu groß für Gmail und bleibt auf Ihrem alten Server. Öffnen Sie das Webmail Ihres alten Anbieters, um sie oder ihre Anhänge herunterzuladen.</translation>
    </message>
    <message>
        <source>Gmail may hold this message twice. Open the Gmail search to see it, and delete one copy if there are two.</source>
        <translation type="unfinished">Gmail hat diese Nachricht vielleicht doppelt. Öffnen Sie die Gmail-Suche, um nachzusehen, und löschen Sie eine Kopie, wenn es zwei gibt.</translation>
    </message>
    <message>
        <source>place in the archive %1</source>
        <translation type="unfinished">Stelle im Archiv %1</translation>
    </message>
    <message>
        <source>It is still in the archive on this computer; Mailferry never changes it. Press &quot;Retry failed&quot; to try again; if it keeps failing, open the archive in the mail program that made it.</source>
        <translation type="unfinished">Sie ist weiterhin im Archiv auf diesem Computer; Mailferry verändert es nie. Drücken Sie „Fehlgeschlagene wiederholen“, um es erneut zu versuchen; scheitert es weiter, öffnen Sie das Archiv in dem Mailprogramm, das es angelegt hat.</translation>
    </message>
    <message>
        <source>It is too large for Gmail and was not copied; it is still in the archive on this computer.</source>
        <translation type="unfinished">Sie ist zu groß für Gmail und wurde nicht kopiert; sie ist weiterhin im Archiv auf diesem Computer.</translation>
    </message>
</context>
<context>
    <name>mf::ui::LogView</name>
    <message>
        <source>All messages</source>
        <translation type="unfinished">Alle Nachrichten</translation>
    </message>
    <message>
        <source>Problems only</source>
        <translation type="unfinished">Nur Probleme</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation type="unfinished">Mögliche Doppelte</translation>
    </message>
    <message>
        <source>Which messages to show</source>
        <translation type="unfinished">Welche Nachrichten gezeigt werden</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation type="unfinished">A&amp;nzeigen:</translation>
    </message>
    <message>
        <source>&amp;Retry failed</source>
        <translation type="unfinished">Fehlgeschlagene wiede&amp;rholen</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation type="unfinished">Als CSV &amp;exportieren…</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation type="unfinished">Nachrichten</translation>
    </message>
    <message>
        <source>About the selected message</source>
        <translation type="unfinished">Zur ausgewählten Nachricht</translation>
    </message>
    <message>
        <source>Select a message to see what happened to it.</source>
        <translation type="unfinished">Wählen Sie eine Nachricht, um zu sehen, was mit ihr geschehen ist.</translation>
    </message>
    <message>
        <source>Find it in &amp;Gmail</source>
        <translation type="unfinished">In &amp;Gmail finden</translation>
    </message>
    <message>
        <source>No message here.</source>
        <translation type="unfinished">Hier ist keine Nachricht.</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation type="unfinished">(kein Betreff)</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation type="unfinished">Von %1</translation>
    </message>
</context>
<context>
    <name>mf::ui::LogWindow</name>
    <message>
        <source>Messages of %1</source>
        <translation type="unfinished">Nachrichten von %1</translation>
    </message>
    <message>
        <source>Trying the failed messages again… the accounts window shows the progress.</source>
        <translation type="unfinished">Die fehlgeschlagenen Nachrichten werden erneut versucht… das Kontenfenster zeigt den Fortschritt.</translation>
    </message>
    <message>
        <source>mailferry-log-%1.csv</source>
        <translation type="unfinished">mailferry-protokoll-%1.csv</translation>
    </message>
    <message>
        <source>Export the message log</source>
        <translation type="unfinished">Nachrichtenprotokoll exportieren</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation type="unfinished">CSV-Datei (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished">Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>There is nothing to export yet.</source>
        <translation type="unfinished">Es gibt noch nichts zu exportieren.</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n row(s) to %1</source>
        <translation type="unfinished">
            <numerusform>%n Zeile nach %1 gespeichert</numerusform>
            <numerusform>%n Zeilen nach %1 gespeichert</numerusform>
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
        <translation type="unfinished">Alte E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Incoming mail server (POP3)</source>
        <translation type="unfinished">Posteingangsserver (POP3)</translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished">Port</translation>
    </message>
    <message>
        <source>SSL/TLS (recommended)</source>
        <translation type="unfinished">SSL/TLS (empfohlen)</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation type="unfinished">STARTTLS</translation>
    </message>
    <message>
        <source>None (unencrypted)</source>
        <translation type="unfinished">Keine (unverschlüsselt)</translation>
    </message>
    <message>
        <source>Connection security</source>
        <translation type="unfinished">Verbindungssicherheit</translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished">Benutzername</translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished">Passwort</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation type="unfinished">Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation type="unfinished">Verbindung testen</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation type="unfinished">Ergebnis des Verbindungstests</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation type="unfinished">P&amp;ort:</translation>
    </message>
    <message>
        <source>&amp;Email address:</source>
        <translation type="unfinished">&amp;E-Mail-Adresse:</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished">&amp;Server:</translation>
    </message>
    <message>
        <source>Se&amp;curity:</source>
        <translation type="unfinished">Si&amp;cherheit:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished">&amp;Benutzername:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished">&amp;Passwort:</translation>
    </message>
    <message>
        <source>Saved (type a new one to change it)</source>
        <translation type="unfinished">Gespeichert (geben Sie ein neues ein, um es zu ändern)</translation>
    </message>
    <message>
        <source>Looking up the settings for %1…</source>
        <translation type="unfinished">Einstellungen für %1 werden gesucht…</translation>
    </message>
    <message>
        <source>Fill in the server and the user name first (type your address above and Mailferry suggests them).</source>
        <translation type="unfinished">Füllen Sie zuerst Server und Benutzernamen aus (geben Sie oben Ihre Adresse ein, dann schlägt Mailferry sie vor).</translation>
    </message>
    <message>
        <source>Type the password of your old mailbox.</source>
        <translation type="unfinished">Geben Sie das Passwort Ihres alten Postfachs ein.</translation>
    </message>
    <message>
        <source>With no security your password would cross the network readable by anyone. Choose SSL/TLS or STARTTLS, or tick the box if you really want this.</source>
        <translation type="unfinished">Ohne Sicherheit ginge Ihr Passwort lesbar für jeden durch das Netzwerk. Wählen Sie SSL/TLS oder STARTTLS oder haken Sie das Kästchen an, wenn Sie das wirklich wollen.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished">Verbindung zu %1…</translation>
    </message>
    <message>
        <source>The server&apos;s certificate needs your decision.</source>
        <translation type="unfinished">Das Zertifikat des Servers braucht Ihre Entscheidung.</translation>
    </message>
    <message>
        <source>Mailferry did not connect, because the server could not prove who it is. Ask your provider for the right server name.</source>
        <translation type="unfinished">Mailferry hat sich nicht verbunden, weil der Server nicht nachweisen konnte, wer er ist. Fragen Sie Ihren Anbieter nach dem richtigen Servernamen.</translation>
    </message>
    <message>
        <source>The server did not accept this user name and password. Check the password (mind capital letters). Some providers need an &quot;app password&quot; or want POP3 switched on in their web mail settings first.</source>
        <translation type="unfinished">Der Server hat Benutzername und Passwort nicht akzeptiert. Prüfen Sie das Passwort (Groß- und Kleinschreibung). Manche Anbieter verlangen ein „App-Passwort“ oder dass POP3 zuerst im Webmail eingeschaltet wird.</translation>
    </message>
    <message>
        <source>There is no server called &quot;%1&quot;. Check the server name for typing mistakes.</source>
        <translation type="unfinished">Es gibt keinen Server namens „%1“. Prüfen Sie den Servernamen auf Tippfehler.</translation>
    </message>
    <message>
        <source>The server &quot;%1&quot; refused a connection on port %2. It may use another port or another security setting: try SSL/TLS on 995 or STARTTLS on 110.</source>
        <translation type="unfinished">Der Server „%1“ hat eine Verbindung auf Port %2 abgelehnt. Vielleicht nutzt er einen anderen Port oder eine andere Sicherheitseinstellung: Versuchen Sie SSL/TLS auf 995 oder STARTTLS auf 110.</translation>
    </message>
    <message>
        <source>The server did not answer in time. Check your internet connection, the server name and the port.</source>
        <translation type="unfinished">Der Server hat nicht rechtzeitig geantwortet. Prüfen Sie Ihre Internetverbindung, den Servernamen und den Port.</translation>
    </message>
    <message>
        <source>The server and Mailferry could not agree on a secure connection. The security setting probably does not match this port: SSL/TLS usually goes with port 995, STARTTLS with port 110.</source>
        <translation type="unfinished">Server und Mailferry konnten sich nicht auf eine sichere Verbindung einigen. Die Sicherheitseinstellung passt wahrscheinlich nicht zu diesem Port: SSL/TLS gehört meist zu Port 995, STARTTLS zu Port 110.</translation>
    </message>
    <message>
        <source>This server does not offer STARTTLS. Try SSL/TLS on port 995.</source>
        <translation type="unfinished">Dieser Server bietet kein STARTTLS an. Versuchen Sie SSL/TLS auf Port 995.</translation>
    </message>
    <message>
        <source>The server would want your password unencrypted. Mailferry does not send it that way unless you choose &quot;None&quot; and tick the box.</source>
        <translation type="unfinished">Der Server möchte Ihr Passwort unverschlüsselt. Mailferry sendet es so nur, wenn Sie „Keine“ wählen und das Kästchen anhaken.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate changed since you trusted it, or cannot be checked. Do not continue unless your provider confirms the change.</source>
        <translation type="unfinished">Das Zertifikat des Servers hat sich geändert, seit Sie ihm vertraut haben, oder kann nicht geprüft werden. Machen Sie nur weiter, wenn Ihr Anbieter die Änderung bestätigt.</translation>
    </message>
    <message>
        <source>The mailbox is busy: another program (perhaps a phone or a mail program) is reading it right now. Close it, wait a few minutes and test again.</source>
        <translation type="unfinished">Das Postfach ist belegt: Ein anderes Programm (vielleicht ein Telefon oder ein E-Mail-Programm) liest es gerade. Schließen Sie es, warten Sie ein paar Minuten und testen Sie erneut.</translation>
    </message>
    <message>
        <source>The server asks to wait before logging in again. Wait a few minutes and test again.</source>
        <translation type="unfinished">Der Server bittet, vor der nächsten Anmeldung zu warten. Warten Sie ein paar Minuten und testen Sie erneut.</translation>
    </message>
    <message>
        <source>The server offers no way to log in that Mailferry can use safely.</source>
        <translation type="unfinished">Der Server bietet keine Anmeldeart, die Mailferry sicher nutzen kann.</translation>
    </message>
    <message>
        <source>The connection broke off. Check your internet connection and test again.</source>
        <translation type="unfinished">Die Verbindung ist abgebrochen. Prüfen Sie Ihre Internetverbindung und testen Sie erneut.</translation>
    </message>
    <message>
        <source>The test did not work.</source>
        <translation type="unfinished">Der Test hat nicht funktioniert.</translation>
    </message>
    <message>
        <source>Sen&amp;d my password unencrypted (anyone on the network could read it)</source>
        <translation type="unfinished">Passwort u&amp;nverschlüsselt senden (jeder im Netzwerk könnte es lesen)</translation>
    </message>
</context>
<context>
    <name>mf::ui::MailboxPage</name>
    <message>
        <source>Your old mailbox</source>
        <translation type="unfinished">Ihr altes Postfach</translation>
    </message>
    <message>
        <source>Type the email address you want to move mail from. Mailferry suggests the server settings; you only need the password.</source>
        <translation type="unfinished">Geben Sie die E-Mail-Adresse ein, deren Nachrichten umziehen sollen. Mailferry schlägt die Servereinstellungen vor; Sie brauchen nur das Passwort.</translation>
    </message>
    <message numerus="yes">
        <source>It works: %n message(s) on the server (%1).</source>
        <translation type="unfinished">
            <numerusform>Es funktioniert: %n Nachricht auf dem Server (%1).</numerusform>
            <numerusform>Es funktioniert: %n Nachrichten auf dem Server (%1).</numerusform>
        </translation>
    </message>
    <message>
        <source>Saving the password in the system keychain…</source>
        <translation type="unfinished">Passwort wird im System-Schlüsselbund gespeichert…</translation>
    </message>
    <message>
        <source>But the password could not be saved: %1</source>
        <translation type="unfinished">Aber das Passwort konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The password is kept in memory until you quit Mailferry.</source>
        <translation type="unfinished">Das Passwort bleibt im Speicher, bis Sie Mailferry beenden.</translation>
    </message>
    <message>
        <source>The password is saved in your system keychain.</source>
        <translation type="unfinished">Das Passwort ist in Ihrem System-Schlüsselbund gespeichert.</translation>
    </message>
</context>
<context>
    <name>mf::ui::MailboxStatusText</name>
    <message>
        <source>open its settings</source>
        <translation type="unfinished">öffnen Sie seine Einstellungen</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation type="unfinished">Untätig</translation>
    </message>
    <message>
        <source>Waiting for its turn</source>
        <translation type="unfinished">Wartet, bis es an der Reihe ist</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation type="unfinished">Prüft</translation>
    </message>
    <message>
        <source>Copying %1 of %2</source>
        <translation type="unfinished">Kopiert %1 von %2</translation>
    </message>
    <message>
        <source>Waiting for Gmail&apos;s quota (%1 of %2 copied)</source>
        <translation type="unfinished">Wartet auf Gmails Kontingent (%1 von %2 kopiert)</translation>
    </message>
    <message>
        <source>Will try again: %1</source>
        <translation type="unfinished">Versucht es erneut: %1</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation type="unfinished">Auf dem neuesten Stand</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished">Pausiert</translation>
    </message>
    <message>
        <source>Needs you: %1</source>
        <translation type="unfinished">Braucht Sie: %1</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation type="unfinished">Angehalten: %1</translation>
    </message>
    <message>
        <source>Finished: %1 copied, %2 failed</source>
        <translation type="unfinished">Fertig: %1 kopiert, %2 fehlgeschlagen</translation>
    </message>
    <message>
        <source>Finished: %1 copied</source>
        <translation type="unfinished">Fertig: %1 kopiert</translation>
    </message>
    <message numerus="yes">
        <source>%n up to date</source>
        <translation type="unfinished">
            <numerusform>%n aktuell</numerusform>
            <numerusform>%n aktuell</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n copying %1 of %2</source>
        <translation type="unfinished">
            <numerusform>%n kopiert %1 von %2</numerusform>
            <numerusform>%n kopieren %1 von %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n checking</source>
        <translation type="unfinished">
            <numerusform>%n prüft</numerusform>
            <numerusform>%n prüfen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting for you</source>
        <translation type="unfinished">
            <numerusform>%n wartet auf Sie</numerusform>
            <numerusform>%n warten auf Sie</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paused</source>
        <translation type="unfinished">
            <numerusform>%n pausiert</numerusform>
            <numerusform>%n pausiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stopped</source>
        <translation type="unfinished">
            <numerusform>%n angehalten</numerusform>
            <numerusform>%n angehalten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not started</source>
        <translation type="unfinished">
            <numerusform>%n nicht gestartet</numerusform>
            <numerusform>%n nicht gestartet</numerusform>
        </translation>
    </message>
    <message>
        <source>1 mailbox</source>
        <translation type="unfinished">1 Postfach</translation>
    </message>
    <message numerus="yes">
        <source>%n mailboxes</source>
        <translation type="unfinished">
            <numerusform>%n Postfach</numerusform>
            <numerusform>%n Postfächer</numerusform>
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
        <translation type="unfinished">Verspätet: %1</translation>
    </message>
    <message>
        <source>Stalled: %1</source>
        <translation type="unfinished">Steht still: %1</translation>
    </message>
</context>
<context>
    <name>mf::ui::OptionsForm</name>
    <message>
        <source>Once a message is safely in Gmail</source>
        <translation type="unfinished">Sobald eine Nachricht sicher in Gmail ist</translation>
    </message>
    <message>
        <source>&amp;Keep it on the old server (recommended)</source>
        <translation type="unfinished">Auf dem alten Server &amp;behalten (empfohlen)</translation>
    </message>
    <message>
        <source>&amp;Delete it from the old server</source>
        <translation type="unfinished">Vom alten Server &amp;löschen</translation>
    </message>
    <message>
        <source>Delete it &amp;after</source>
        <translation type="unfinished">Löschen &amp;nach</translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"> Tagen</translation>
    </message>
    <message>
        <source>Days before deleting</source>
        <translation type="unfinished">Tage bis zum Löschen</translation>
    </message>
    <message>
        <source>⚠ Messages will be removed from your old mailbox after Gmail has confirmed each one. Other devices that read that mailbox will no longer see them.</source>
        <translation type="unfinished">⚠ Die Nachrichten werden aus Ihrem alten Postfach entfernt, sobald Gmail jede einzelne bestätigt hat. Andere Geräte, die dieses Postfach lesen, sehen sie dann nicht mehr.</translation>
    </message>
    <message>
        <source>In the Inbox, unread</source>
        <translation type="unfinished">Im Posteingang, ungelesen</translation>
    </message>
    <message>
        <source>In the Inbox, already read</source>
        <translation type="unfinished">Im Posteingang, gelesen</translation>
    </message>
    <message>
        <source>Archived, with a label</source>
        <translation type="unfinished">Archiviert, mit einem Label</translation>
    </message>
    <message>
        <source>Where the messages go in Gmail</source>
        <translation type="unfinished">Wo die Nachrichten in Gmail landen</translation>
    </message>
    <message>
        <source>Gmail label</source>
        <translation type="unfinished">Gmail-Label</translation>
    </message>
    <message>
        <source>Labels need one more permission from Google.</source>
        <translation type="unfinished">Labels brauchen eine weitere Erlaubnis von Google.</translation>
    </message>
    <message>
        <source>Allow &amp;labels…</source>
        <translation type="unfinished">Labels e&amp;rlauben…</translation>
    </message>
    <message>
        <source> MB</source>
        <translation type="unfinished"> MB</translation>
    </message>
    <message>
        <source>Largest message to copy, in megabytes</source>
        <translation type="unfinished">Größte zu kopierende Nachricht, in Megabyte</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation type="unfinished"> Minuten</translation>
    </message>
    <message>
        <source>Minutes between checks</source>
        <translation type="unfinished">Minuten zwischen den Prüfungen</translation>
    </message>
    <message>
        <source>Let Gmail &amp;filter spam (messages go through Gmail&apos;s spam and tab sorting)</source>
        <translation type="unfinished">Gmail &amp;Spam filtern lassen (Nachrichten durchlaufen Gmails Spam- und Tab-Sortierung)</translation>
    </message>
    <message>
        <source>&amp;Put messages:</source>
        <translation type="unfinished">Nachrichten &amp;ablegen:</translation>
    </message>
    <message>
        <source>&amp;Size limit:</source>
        <translation type="unfinished">&amp;Größenlimit:</translation>
    </message>
    <message>
        <source>For example: Old mail</source>
        <translation type="unfinished">Zum Beispiel: Alte E-Mails</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation type="unfinished">Optional</translation>
    </message>
    <message>
        <source>Google did not give Mailferry permission to use labels, so your mail cannot be labelled. Choose &quot;In the Inbox&quot; and leave the label empty, or press &quot;Allow labels&quot; to try again.</source>
        <translation type="unfinished">Google hat Mailferry nicht erlaubt, Labels zu verwenden, daher können Ihre E-Mails kein Label bekommen. Wählen Sie „Im Posteingang“ und lassen Sie das Label leer, oder klicken Sie auf „Labels erlauben“, um es erneut zu versuchen.</translation>
    </message>
    <message>
        <source>Waiting for you to allow labels in your browser…</source>
        <translation type="unfinished">Warte, bis Sie Labels in Ihrem Browser erlauben…</translation>
    </message>
    <message>
        <source>Gmail accepts messages up to 50 MB (1 MB = 1,000,000 bytes). Larger ones stay on the old server and are listed.</source>
        <translation type="unfinished">Gmail nimmt Nachrichten bis 50 MB an (1 MB = 1.000.000 Bytes). Größere bleiben auf dem alten Server und werden aufgelistet.</translation>
    </message>
    <message>
        <source>Keep &amp;checking for new mail every</source>
        <translation type="unfinished">Neue E-&amp;Mails weiter abrufen alle</translation>
    </message>
    <message>
        <source>Start Mailferry when I log &amp;in</source>
        <translation type="unfinished">Mailferry beim Anmelden s&amp;tarten</translation>
    </message>
    <message>
        <source>Lab&amp;el:</source>
        <translation type="unfinished">Lab&amp;el:</translation>
    </message>
    <message>
        <source>Tip: to keep years of old mail out of your Inbox, put it under the label &quot;%1&quot;. Labels need one more permission from Google.</source>
        <translation type="unfinished">Tipp: Damit Jahre alter E-Mails nicht im Posteingang landen, legen Sie sie unter das Label „%1“. Labels brauchen eine weitere Erlaubnis von Google.</translation>
    </message>
    <message>
        <source>Ne&amp;ver send these messages to Spam</source>
        <translation type="unfinished">&amp;Diese Nachrichten nie in den Spam legen</translation>
    </message>
    <message>
        <source>Also delete &amp;these messages from the server</source>
        <translation type="unfinished">Diese Nachrichten a&amp;uch vom Server löschen</translation>
    </message>
    <message>
        <source>Copy a message &amp;without an attachment Gmail refuses</source>
        <translation type="unfinished">Eine Nachricht &amp;ohne einen Anhang kopieren, den Gmail ablehnt</translation>
    </message>
    <message>
        <source>Gmail refuses programs, and archives holding one. The whole original message is kept on this computer, and the copy says where.</source>
        <translation type="unfinished">Gmail lehnt Programme ab, und Archive, die eines enthalten. Die ganze Originalnachricht bleibt auf diesem Computer, und die Kopie sagt, wo.</translation>
    </message>
</context>
<context>
    <name>mf::ui::OptionsPage</name>
    <message>
        <source>Choose how to move your mail</source>
        <translation type="unfinished">Wählen Sie, wie Ihre E-Mails umziehen</translation>
    </message>
    <message>
        <source>The defaults are safe: everything stays on your old server, and nothing is deleted anywhere.</source>
        <translation type="unfinished">Die Voreinstellungen sind sicher: alles bleibt auf Ihrem alten Server, und nirgends wird etwas gelöscht.</translation>
    </message>
</context>
<context>
    <name>mf::ui::ProgressPage</name>
    <message>
        <source>Moving your mail</source>
        <translation type="unfinished">Ihre E-Mails ziehen um</translation>
    </message>
    <message>
        <source>What Mailferry is doing</source>
        <translation type="unfinished">Was Mailferry gerade tut</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished">Fortschritt</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished">Kopiert</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished">Übersprungen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished">Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Left</source>
        <translation type="unfinished">Übrig</translation>
    </message>
    <message>
        <source>Current message</source>
        <translation type="unfinished">Aktuelle Nachricht</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation type="unfinished">&amp;Pause</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation type="unfinished">&amp;Anhalten</translation>
    </message>
    <message>
        <source>Stop the migration</source>
        <translation type="unfinished">Umzug anhalten</translation>
    </message>
    <message>
        <source>Stopping after the messages in progress…</source>
        <translation type="unfinished">Wird nach den laufenden Nachrichten angehalten…</translation>
    </message>
    <message>
        <source>less than a minute left</source>
        <translation type="unfinished">weniger als eine Minute übrig</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) left</source>
        <translation type="unfinished">
            <numerusform>%n Minute übrig</numerusform>
            <numerusform>%n Minuten übrig</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min left</source>
        <translation type="unfinished">%1 Std. %2 Min. übrig</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished">%1 von %2</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation type="unfinished">Jetzt: %1</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation type="unfinished">F&amp;ortsetzen</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished">Fortsetzen</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished">Pause</translation>
    </message>
    <message>
        <source>There is nothing to export yet.</source>
        <translation type="unfinished">Es gibt noch nichts zu exportieren.</translation>
    </message>
    <message>
        <source>mailferry-log-%1.csv</source>
        <translation type="unfinished">mailferry-protokoll-%1.csv</translation>
    </message>
    <message>
        <source>Export the message log</source>
        <translation type="unfinished">Nachrichtenprotokoll exportieren</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation type="unfinished">CSV-Datei (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished">Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Mailferry is no longer signed in to Google. Go back and sign in again.</source>
        <translation type="unfinished">Mailferry ist nicht mehr bei Google angemeldet. Gehen Sie zurück und melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>You can keep working meanwhile. If you close this window, Mailferry asks whether to stop or to go on in the background.</source>
        <translation type="unfinished">Sie können währenddessen weiterarbeiten. Wenn Sie dieses Fenster schließen, fragt Mailferry, ob es aufhören oder im Hintergrund weitermachen soll.</translation>
    </message>
    <message>
        <source>%1 messages a minute (%2 a second)</source>
        <translation type="unfinished">%1 Nachrichten pro Minute (%2 pro Sekunde)</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished">Pausiert</translation>
    </message>
    <message>
        <source>Paused while waiting</source>
        <translation type="unfinished">Pausiert während des Wartens</translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished">Fertig</translation>
    </message>
    <message>
        <source>%1 of %2 copied</source>
        <translation type="unfinished">%1 von %2 kopiert</translation>
    </message>
    <message numerus="yes">
        <source>trying again in %n s</source>
        <translation type="unfinished">
            <numerusform>neuer Versuch in %n s</numerusform>
            <numerusform>neuer Versuch in %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>trying again now</source>
        <translation type="unfinished">neuer Versuch jetzt</translation>
    </message>
    <message>
        <source>Waiting for Gmail…</source>
        <translation type="unfinished">Warte auf Gmail…</translation>
    </message>
    <message>
        <source>Waiting for Gmail… %1</source>
        <translation type="unfinished">Warte auf Gmail… %1</translation>
    </message>
    <message>
        <source>Your old mail server stopped answering. Mailferry keeps trying; nothing is lost.</source>
        <translation type="unfinished">Ihr alter Mailserver antwortet nicht mehr. Mailferry versucht es weiter; nichts geht verloren.</translation>
    </message>
    <message>
        <source>What happened: %1</source>
        <translation type="unfinished">Was passiert ist: %1</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished">Angehalten</translation>
    </message>
    <message>
        <source>Mailferry is copying your mail</source>
        <translation type="unfinished">Mailferry kopiert Ihre E-Mails</translation>
    </message>
    <message>
        <source>Do you want to stop copying, or let Mailferry go on in the background? Nothing is lost either way: a stopped copy goes on where it stopped next time.</source>
        <translation type="unfinished">Möchten Sie das Kopieren beenden oder Mailferry im Hintergrund weitermachen lassen? Es geht so oder so nichts verloren: ein beendeter Kopiervorgang macht beim nächsten Mal dort weiter, wo er aufgehört hat.</translation>
    </message>
    <message>
        <source>&amp;Keep copying in the background</source>
        <translation type="unfinished">Im &amp;Hintergrund weiterkopieren</translation>
    </message>
    <message>
        <source>&amp;Stop copying</source>
        <translation type="unfinished">Kopieren &amp;beenden</translation>
    </message>
    <message>
        <source>&amp;Go back to the progress</source>
        <translation type="unfinished">&amp;Zurück zum Fortschritt</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n row(s) to %1</source>
        <translation type="unfinished">
            <numerusform>%n Zeile nach %1 gespeichert</numerusform>
            <numerusform>%n Zeilen nach %1 gespeichert</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2 without an attachment Gmail refuses)</source>
        <translation type="unfinished">%1 (%2 ohne einen Anhang, den Gmail ablehnt)</translation>
    </message>
</context>
<context>
    <name>mf::ui::ReviewPage</name>
    <message>
        <source>Ready to move your mail</source>
        <translation type="unfinished">Bereit zum Umzug</translation>
    </message>
    <message>
        <source>Check that this is what you want. You can pause or stop at any time; nothing is copied twice.</source>
        <translation type="unfinished">Prüfen Sie, ob das so gewünscht ist. Sie können jederzeit pausieren oder anhalten; nichts wird doppelt kopiert.</translation>
    </message>
    <message>
        <source>&amp;Try it first without copying (dry run)</source>
        <translation type="unfinished">Erst &amp;ohne Kopieren ausprobieren (Probelauf)</translation>
    </message>
    <message>
        <source>Dry run</source>
        <translation type="unfinished">Probelauf</translation>
    </message>
    <message>
        <source>&amp;Start moving mail</source>
        <translation type="unfinished">Umzug &amp;starten</translation>
    </message>
    <message>
        <source>about a minute</source>
        <translation type="unfinished">etwa eine Minute</translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s)</source>
        <translation type="unfinished">
            <numerusform>etwa %n Minute</numerusform>
            <numerusform>etwa %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n hour(s)</source>
        <translation type="unfinished">
            <numerusform>etwa %n Stunde</numerusform>
            <numerusform>etwa %n Stunden</numerusform>
        </translation>
    </message>
    <message>
        <source>about %1 h %2 min</source>
        <translation type="unfinished">etwa %1 Std. %2 Min.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;From:&lt;/b&gt; %1 (%2)&lt;br&gt;&lt;b&gt;To:&lt;/b&gt; %3&lt;/p&gt;&lt;p&gt;&lt;b&gt;%4&lt;/b&gt; messages, &lt;b&gt;%5&lt;/b&gt;. At Gmail&apos;s pace of about 600 messages a minute this takes &lt;b&gt;%6&lt;/b&gt;.&lt;/p&gt;</source>
        <translation type="unfinished">&lt;p&gt;&lt;b&gt;Von:&lt;/b&gt; %1 (%2)&lt;br&gt;&lt;b&gt;Nach:&lt;/b&gt; %3&lt;/p&gt;&lt;p&gt;&lt;b&gt;%4&lt;/b&gt; Nachrichten, &lt;b&gt;%5&lt;/b&gt;. Bei Gmails Tempo von etwa 600 Nachrichten pro Minute dauert das &lt;b&gt;%6&lt;/b&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Messages arrive in your Gmail inbox as unread, with their original dates.</source>
        <translation type="unfinished">Die Nachrichten kommen ungelesen und mit ihrem ursprünglichen Datum in Ihren Gmail-Posteingang.</translation>
    </message>
    <message>
        <source>Messages arrive in your Gmail inbox as read, with their original dates.</source>
        <translation type="unfinished">Die Nachrichten kommen gelesen und mit ihrem ursprünglichen Datum in Ihren Gmail-Posteingang.</translation>
    </message>
    <message>
        <source>Messages are archived under the label &quot;%1&quot;, with their original dates.</source>
        <translation type="unfinished">Die Nachrichten werden mit ihrem ursprünglichen Datum unter dem Label „%1“ archiviert.</translation>
    </message>
    <message>
        <source>Each one also gets the label &quot;%1&quot;.</source>
        <translation type="unfinished">Jede bekommt außerdem das Label „%1“.</translation>
    </message>
    <message>
        <source>Everything stays on your old server.</source>
        <translation type="unfinished">Alles bleibt auf Ihrem alten Server.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Each message is deleted from your old server&lt;/b&gt; once Gmail has it.</source>
        <translation type="unfinished">&lt;b&gt;Jede Nachricht wird von Ihrem alten Server gelöscht&lt;/b&gt;, sobald Gmail sie hat.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Messages are deleted from your old server %n day(s)&lt;/b&gt; after they were copied.</source>
        <translation type="unfinished">
            <numerusform>&lt;b&gt;Die Nachrichten werden %n Tag&lt;/b&gt; nach dem Kopieren &lt;b&gt;von Ihrem alten Server gelöscht&lt;/b&gt;.</numerusform>
            <numerusform>&lt;b&gt;Die Nachrichten werden %n Tage&lt;/b&gt; nach dem Kopieren &lt;b&gt;von Ihrem alten Server gelöscht&lt;/b&gt;.</numerusform>
        </translation>
    </message>
    <message>
        <source>Messages larger than %1 stay on the server and are listed.</source>
        <translation type="unfinished">Nachrichten über %1 bleiben auf dem Server und werden aufgelistet.</translation>
    </message>
    <message numerus="yes">
        <source>Afterwards Mailferry checks for new mail every %n minute(s) while it runs.</source>
        <translation type="unfinished">
            <numerusform>Danach sucht Mailferry, solange es läuft, im Abstand von %n Minute nach neuen E-Mails.</numerusform>
            <numerusform>Danach sucht Mailferry, solange es läuft, im Abstand von %n Minuten nach neuen E-Mails.</numerusform>
        </translation>
    </message>
    <message>
        <source>Gmail filters the messages for spam as if they had just arrived.</source>
        <translation type="unfinished">Gmail prüft die Nachrichten auf Spam, als wären sie gerade angekommen.</translation>
    </message>
    <message>
        <source>Looking at your mailbox without copying anything…</source>
        <translation type="unfinished">Ihr Postfach wird geprüft, ohne etwas zu kopieren…</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) are too large and would stay on the server.</source>
        <translation type="unfinished">
            <numerusform>%n Nachricht ist zu groß und würde auf dem Server bleiben.</numerusform>
            <numerusform>%n Nachrichten sind zu groß und würden auf dem Server bleiben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) would be deleted from the old server.</source>
        <translation type="unfinished">
            <numerusform>%n Nachricht würde vom alten Server gelöscht.</numerusform>
            <numerusform>%n Nachrichten würden vom alten Server gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>This server does not number its messages permanently; Mailferry recognises them by their content instead and will not delete any.</source>
        <translation type="unfinished">Dieser Server nummeriert seine Nachrichten nicht dauerhaft; Mailferry erkennt sie stattdessen an ihrem Inhalt und löscht keine.</translation>
    </message>
    <message>
        <source>Estimated time: %1.</source>
        <translation type="unfinished">Geschätzte Dauer: %1.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Dry run:&lt;/b&gt; %1 messages would be copied (%2); %3 were already copied by Mailferry.</source>
        <translation type="unfinished">&lt;b&gt;Probelauf:&lt;/b&gt; %1 Nachrichten würden kopiert (%2); %3 hat Mailferry schon kopiert.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) have no reliable server id; Mailferry reads each one to recognise those it copied before.</source>
        <translation type="unfinished">
            <numerusform>%n Nachricht hat keine zuverlässige Server-ID; Mailferry liest sie, um zu erkennen, ob sie schon kopiert wurde.</numerusform>
            <numerusform>%n Nachrichten haben keine zuverlässige Server-ID; Mailferry liest jede, um die schon kopierten zu erkennen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) failed before and stay on the server until you choose &quot;Retry failed&quot;.</source>
        <translation type="unfinished">
            <numerusform>%n Nachricht ist früher fehlgeschlagen und bleibt auf dem Server, bis Sie „Fehlgeschlagene wiederholen“ wählen.</numerusform>
            <numerusform>%n Nachrichten sind früher fehlgeschlagen und bleiben auf dem Server, bis Sie „Fehlgeschlagene wiederholen“ wählen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This server gives %n message(s) an id that is not unique or has changed; Mailferry recognises them by their content and will not delete them.</source>
        <translation type="unfinished">
            <numerusform>Dieser Server gibt %n Nachricht eine Kennung, die nicht eindeutig ist oder sich geändert hat; Mailferry erkennt sie am Inhalt und löscht sie nicht.</numerusform>
            <numerusform>Dieser Server gibt %n Nachrichten eine Kennung, die nicht eindeutig ist oder sich geändert hat; Mailferry erkennt sie am Inhalt und löscht sie nicht.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Warning:&lt;/b&gt; this server deletes every message as soon as it is downloaded (EXPIRE 0), whatever you choose here. Mailferry copies each one to Gmail first.</source>
        <translation type="unfinished">&lt;b&gt;Warnung:&lt;/b&gt; Dieser Server löscht jede Nachricht, sobald sie heruntergeladen ist (EXPIRE 0), egal was Sie hier wählen. Mailferry kopiert jede zuerst zu Gmail.</translation>
    </message>
    <message numerus="yes">
        <source>Note: this server deletes downloaded messages by itself after %n day(s) (EXPIRE).</source>
        <translation type="unfinished">
            <numerusform>Hinweis: Dieser Server löscht heruntergeladene Nachrichten nach %n Tag von selbst (EXPIRE).</numerusform>
            <numerusform>Hinweis: Dieser Server löscht heruntergeladene Nachrichten nach %n Tagen von selbst (EXPIRE).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This server allows one login every %n minute(s); Mailferry keeps its sessions long to respect that.</source>
        <translation type="unfinished">
            <numerusform>Dieser Server erlaubt eine Anmeldung pro %n Minute; Mailferry hält seine Sitzungen lang, um das einzuhalten.</numerusform>
            <numerusform>Dieser Server erlaubt eine Anmeldung alle %n Minuten; Mailferry hält seine Sitzungen lang, um das einzuhalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Looking at the headers of your mail (nothing is copied yet)…</source>
        <translation type="unfinished">Sehe mir die Kopfzeilen Ihrer E-Mails an (noch wird nichts kopiert)…</translation>
    </message>
    <message>
        <source>Checking %1 of %2…</source>
        <translation type="unfinished">Prüfe %1 von %2…</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation type="unfinished">Prüfe %1…</translation>
    </message>
    <message>
        <source>&lt;b&gt;What your mail holds&lt;/b&gt; (from its headers):</source>
        <translation type="unfinished">&lt;b&gt;Was Ihre E-Mails enthalten&lt;/b&gt; (aus ihren Kopfzeilen):</translation>
    </message>
    <message>
        <source>Mailferry could not look at your mail ahead: %1</source>
        <translation type="unfinished">Mailferry konnte Ihre E-Mails nicht vorab ansehen: %1</translation>
    </message>
</context>
<context>
    <name>mf::ui::SecretSaver</name>
    <message>
        <source>No password store on this computer</source>
        <translation type="unfinished">Kein Passwortspeicher auf diesem Computer</translation>
    </message>
    <message>
        <source>Mailferry keeps passwords in your computer&apos;s password store (the keychain), but this computer does not have one running.

Mailferry can keep the password in memory until you quit it. You will then have to type it again next time. It is never written to a file.</source>
        <translation type="unfinished">Mailferry bewahrt Passwörter im Passwortspeicher Ihres Computers (dem Schlüsselbund) auf, aber auf diesem Computer läuft keiner.

Mailferry kann das Passwort im Arbeitsspeicher behalten, bis Sie das Programm beenden. Beim nächsten Mal müssen Sie es dann erneut eingeben. Es wird nie in eine Datei geschrieben.</translation>
    </message>
    <message>
        <source>Keep it for this session only</source>
        <translation type="unfinished">Nur für diese Sitzung behalten</translation>
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
        <translation type="unfinished">&amp;Weiter</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished">&amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation type="unfinished">&amp;Fertig</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished">&amp;Hilfe</translation>
    </message>
    <message>
        <source>Quit setup?</source>
        <translation type="unfinished">Einrichtung beenden?</translation>
    </message>
    <message>
        <source>What you entered here is not kept. Your Google sign-in is kept.</source>
        <translation type="unfinished">Was Sie hier eingegeben haben, wird nicht behalten. Ihre Google-Anmeldung bleibt erhalten.</translation>
    </message>
    <message>
        <source>What you entered here is not kept.</source>
        <translation type="unfinished">Was Sie hier eingegeben haben, wird nicht behalten.</translation>
    </message>
    <message>
        <source>&amp;Quit setup</source>
        <translation type="unfinished">Einrichtung &amp;beenden</translation>
    </message>
    <message>
        <source>&amp;Continue setup</source>
        <translation type="unfinished">Einrichtung f&amp;ortsetzen</translation>
    </message>
    <message>
        <source>Your mail stays on this computer as it is; these choices are about Gmail.</source>
        <translation type="unfinished">Ihre E-Mails bleiben unverändert auf diesem Computer; diese Einstellungen betreffen Gmail.</translation>
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
        <translation type="unfinished">Mailferry hat angehalten</translation>
    </message>
    <message>
        <source>Some messages could not be copied</source>
        <translation type="unfinished">Einige Nachrichten konnten nicht kopiert werden</translation>
    </message>
    <message>
        <source>%1 copied, %2 failed. Open Mailferry to see why.</source>
        <translation type="unfinished">%1 kopiert, %2 fehlgeschlagen. Öffnen Sie Mailferry, um zu sehen, warum.</translation>
    </message>
    <message>
        <source>Mail moved to Gmail</source>
        <translation type="unfinished">E-Mails nach Gmail verschoben</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) copied.</source>
        <translation type="unfinished">
            <numerusform>%n Nachricht kopiert.</numerusform>
            <numerusform>%n Nachrichten kopiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Mailferry</source>
        <translation type="unfinished">Mailferry</translation>
    </message>
    <message>
        <source>Open Mailferry</source>
        <translation type="unfinished">Mailferry öffnen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished">Beenden</translation>
    </message>
    <message>
        <source>Sync all now</source>
        <translation type="unfinished">Alle jetzt abgleichen</translation>
    </message>
    <message>
        <source>%1 needs you</source>
        <translation type="unfinished">%1 braucht Sie</translation>
    </message>
    <message>
        <source>Its password or the Google sign-in is missing. Open Mailferry and press &quot;Sync now&quot;.</source>
        <translation type="unfinished">Sein Passwort oder die Google-Anmeldung fehlt. Öffnen Sie Mailferry und drücken Sie „Jetzt abgleichen“.</translation>
    </message>
    <message>
        <source>Sign in to Google again…</source>
        <translation type="unfinished">Erneut bei Google anmelden…</translation>
    </message>
    <message>
        <source>%1
The other mailboxes go on.</source>
        <translation type="unfinished">%1
Die anderen Postfächer laufen weiter.</translation>
    </message>
    <message>
        <source>Mailferry stopped copying %1</source>
        <translation type="unfinished">Mailferry hat aufgehört, %1 zu kopieren</translation>
    </message>
    <message>
        <source>Some messages of %1 could not be copied</source>
        <translation type="unfinished">Einige Nachrichten von %1 konnten nicht kopiert werden</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n message(s) copied.</source>
        <translation type="unfinished">
            <numerusform>%1: %n Nachricht kopiert.</numerusform>
            <numerusform>%1: %n Nachrichten kopiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has not been checked for a while</source>
        <translation type="unfinished">%1 wurde eine Weile nicht geprüft</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation type="unfinished">%1 %2. {1
%2?}</translation>
    </message>
    <message>
        <source>Sign in to Google again</source>
        <translation type="unfinished">Erneut bei Google anmelden</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation type="unfinished">Erneut anmelden</translation>
    </message>
    <message>
        <source>Mailferry is no longer signed in to Google, so %1 is not being copied. Open Mailferry and use &quot;Edit&quot; to sign in again.</source>
        <translation type="unfinished">Mailferry ist nicht mehr bei Google angemeldet, daher wird %1 nicht kopiert. Öffnen Sie Mailferry und melden Sie sich über „Bearbeiten“ erneut an.</translation>
    </message>
    <message>
        <source>Password needed</source>
        <translation type="unfinished">Passwort nötig</translation>
    </message>
    <message>
        <source>The password for %1 is not stored on this computer. Open Mailferry and press &quot;Sync now&quot; to type it.</source>
        <translation type="unfinished">Das Passwort für %1 ist auf diesem Computer nicht gespeichert. Öffnen Sie Mailferry und klicken Sie auf „Jetzt abgleichen“, um es einzugeben.</translation>
    </message>
</context>
<context>
    <name>mf::ui::SignInPage</name>
    <message>
        <source>Sign in with Google</source>
        <translation type="unfinished">Mit Google anmelden</translation>
    </message>
    <message>
        <source>Your browser opens on Google&apos;s page. Choose the Gmail account that should receive your old mail and allow Mailferry to add messages to it.</source>
        <translation type="unfinished">Ihr Browser öffnet die Seite von Google. Wählen Sie das Gmail-Konto, das Ihre alten E-Mails erhalten soll, und erlauben Sie Mailferry, Nachrichten hinzuzufügen.</translation>
    </message>
    <message>
        <source>Mailferry asks only for permission to &lt;b&gt;add&lt;/b&gt; messages to your Gmail. It cannot read, change or delete anything that is already there.</source>
        <translation type="unfinished">Mailferry bittet nur um die Erlaubnis, Nachrichten zu Ihrem Gmail &lt;b&gt;hinzuzufügen&lt;/b&gt;. Es kann nichts lesen, ändern oder löschen, was schon dort ist.</translation>
    </message>
    <message>
        <source>&amp;Sign in with Google</source>
        <translation type="unfinished">Mit Google &amp;anmelden</translation>
    </message>
    <message>
        <source>Opens Google&apos;s sign-in page in your web browser</source>
        <translation type="unfinished">Öffnet die Anmeldeseite von Google in Ihrem Browser</translation>
    </message>
    <message>
        <source>Stop &amp;waiting</source>
        <translation type="unfinished">&amp;Nicht mehr warten</translation>
    </message>
    <message>
        <source>Stop waiting for the browser</source>
        <translation type="unfinished">Nicht mehr auf den Browser warten</translation>
    </message>
    <message>
        <source>Sign-in status</source>
        <translation type="unfinished">Anmeldestatus</translation>
    </message>
    <message>
        <source>Development mode: Google&apos;s address is redirected to %1.</source>
        <translation type="unfinished">Entwicklungsmodus: Die Adresse von Google wird auf %1 umgeleitet.</translation>
    </message>
    <message>
        <source>You did not allow labels, so your mail will go to the Inbox.</source>
        <translation type="unfinished">Sie haben Labels nicht erlaubt, daher kommen Ihre E-Mails in den Posteingang.</translation>
    </message>
    <message>
        <source>Waiting for you to finish in your browser… If it did not open, check your taskbar.</source>
        <translation type="unfinished">Warte, bis Sie im Browser fertig sind… Falls er sich nicht geöffnet hat, sehen Sie in der Taskleiste nach.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Connected:&lt;/b&gt; %1</source>
        <translation type="unfinished">&lt;b&gt;Verbunden:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&amp;Sign in with another account</source>
        <translation type="unfinished">Mit anderem Konto an&amp;melden</translation>
    </message>
    <message>
        <source>Your Google client is ready. Now press &quot;Sign in with Google&quot;.</source>
        <translation type="unfinished">Ihr Google-Client ist bereit. Drücken Sie jetzt „Mit Google anmelden“.</translation>
    </message>
    <message>
        <source>Allow labels in your browser, then come back here.</source>
        <translation type="unfinished">Erlauben Sie Labels in Ihrem Browser und kommen Sie dann hierher zurück.</translation>
    </message>
    <message>
        <source>Waiting for you to sign in with the link below…</source>
        <translation type="unfinished">Warte, bis Sie sich über den Link unten anmelden…</translation>
    </message>
</context>
<context>
    <name>mf::ui::SignInWaitDialog</name>
    <message>
        <source>Waiting for your browser</source>
        <translation type="unfinished">Warte auf Ihren Browser</translation>
    </message>
    <message>
        <source>Stop &amp;waiting</source>
        <translation type="unfinished">&amp;Nicht mehr warten</translation>
    </message>
    <message>
        <source>Stop waiting for the browser</source>
        <translation type="unfinished">Nicht mehr auf den Browser warten</translation>
    </message>
</context>
<context>
    <name>mf::ui::SourcePage</name>
    <message>
        <source>What do you want to move?</source>
        <translation type="unfinished">Was möchten Sie umziehen?</translation>
    </message>
    <message>
        <source>Mailferry copies mail from an old mailbox on a server, or from the mail your mail program already downloaded to this computer.</source>
        <translation type="unfinished">Mailferry kopiert E-Mails aus einem alten Postfach auf einem Server oder die E-Mails, die Ihr E-Mail-Programm schon auf diesen Computer geladen hat.</translation>
    </message>
    <message>
        <source>An old &amp;mailbox on a server</source>
        <translation type="unfinished">Ein altes &amp;Postfach auf einem Server</translation>
    </message>
    <message>
        <source>Mail still kept by your old provider, which your mail program fetches with POP3. You need the address and its password.</source>
        <translation type="unfinished">E-Mails, die Ihr alter Anbieter noch aufbewahrt und die Ihr E-Mail-Programm mit POP3 abruft. Sie brauchen die Adresse und ihr Passwort.</translation>
    </message>
    <message>
        <source>Mail on this &amp;computer</source>
        <translation type="unfinished">E-Mails auf diesem &amp;Computer</translation>
    </message>
    <message>
        <source>Mail your mail program already took home: Thunderbird, Outlook (.pst), Apple Mail, Windows Live Mail, or mbox, Maildir and .eml files. Mailferry only reads it: nothing on this computer is changed or deleted.</source>
        <translation type="unfinished">E-Mails, die Ihr E-Mail-Programm schon nach Hause geholt hat: Thunderbird, Outlook (.pst), Apple Mail, Windows Live Mail oder mbox-, Maildir- und .eml-Dateien. Mailferry liest sie nur: auf diesem Computer wird nichts geändert oder gelöscht.</translation>
    </message>
    <message>
        <source>Often it is both: what is left on the server, and the years of mail already on your computer. Set up one now and the other afterwards.</source>
        <translation type="unfinished">Oft ist es beides: was noch auf dem Server liegt, und die Jahre an E-Mails auf Ihrem Computer. Richten Sie jetzt das eine ein und danach das andere.</translation>
    </message>
</context>
<context>
    <name>mf::ui::WelcomePage</name>
    <message>
        <source>Move your old mail into Gmail</source>
        <translation type="unfinished">Alte E-Mails nach Gmail umziehen</translation>
    </message>
    <message>
        <source>Mailferry copies every message from your old mailbox into your Gmail account, and keeps doing it for new mail if you wish.</source>
        <translation type="unfinished">Mailferry kopiert jede Nachricht aus Ihrem alten Postfach in Ihr Gmail-Konto und auf Wunsch auch jede neue.</translation>
    </message>
    <message>
        <source>You will sign in with Google, tell Mailferry where your old mail is, and choose what happens to it once it is safely in Gmail. Nothing is deleted unless you ask for it.</source>
        <translation type="unfinished">Sie melden sich bei Google an, sagen Mailferry, wo Ihre alten E-Mails liegen, und wählen, was mit ihnen geschieht, sobald sie sicher in Gmail sind. Gelöscht wird nur, wenn Sie es wünschen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your privacy&lt;/b&gt;&lt;ul&gt;&lt;li&gt;Mailferry asks Google only for permission to &lt;i&gt;add&lt;/i&gt; messages. It can never read, change or delete the mail already in your Gmail.&lt;/li&gt;&lt;li&gt;Your passwords are kept in your computer&apos;s own password store (the system keychain), never in a file.&lt;/li&gt;&lt;li&gt;Your mail goes straight from your old mailbox to Google. No one else sees it.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation type="unfinished">&lt;b&gt;Ihre Privatsphäre&lt;/b&gt;&lt;ul&gt;&lt;li&gt;Mailferry bittet Google nur um die Erlaubnis, Nachrichten &lt;i&gt;hinzuzufügen&lt;/i&gt;. Es kann die E-Mails in Ihrem Gmail nie lesen, ändern oder löschen.&lt;/li&gt;&lt;li&gt;Ihre Passwörter liegen im Passwortspeicher Ihres Computers (dem System-Schlüsselbund), nie in einer Datei.&lt;/li&gt;&lt;li&gt;Ihre E-Mails gehen direkt von Ihrem alten Postfach zu Google. Niemand sonst sieht sie.&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;about 10 minutes; the copying then goes on by itself&lt;/li&gt;</source>
        <translation type="unfinished">&lt;li&gt;etwa 10 Minuten; das Kopieren läuft dann von selbst&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;about 25 minutes, as Mailferry must first be connected to Google once (it shows you how); the copying then goes on by itself&lt;/li&gt;</source>
        <translation type="unfinished">&lt;li&gt;etwa 25 Minuten, denn Mailferry muss zuerst einmal mit Google verbunden werden (es zeigt Ihnen, wie); das Kopieren läuft dann von selbst&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Have this at hand&lt;/b&gt;&lt;ul&gt;%1&lt;/ul&gt;</source>
        <translation type="unfinished">&lt;b&gt;Legen Sie das bereit&lt;/b&gt;&lt;ul&gt;%1&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;the address and password of your old mailbox, if your mail is on a server (mail already on this computer needs nothing more)&lt;/li&gt;&lt;li&gt;your Google account (Gmail) and its password&lt;/li&gt;</source>
        <translation type="unfinished">&lt;li&gt;die Adresse und das Passwort Ihres alten Postfachs, wenn Ihre E-Mails auf einem Server liegen (E-Mails auf diesem Computer brauchen nichts weiter)&lt;/li&gt;&lt;li&gt;Ihr Google-Konto (Gmail) und sein Passwort&lt;/li&gt;</translation>
    </message>
</context>
</TS>
