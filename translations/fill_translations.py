#!/usr/bin/env python3
"""Fills translations/mailferry_{de,fr,es}.ts from the table below (run after lupdate).

The table holds the UI's translations; strings missing from it stay "unfinished" and show in
English. Plural forms (%n) give [singular, plural]."""
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

T = {
# --- wizard frame and welcome
"Mailferry": ("Mailferry", "Mailferry", "Mailferry"),
"&Next": ("&Weiter", "&Suivant", "&Siguiente"),
"&Back": ("&Zurück", "&Précédent", "&Atrás"),
"&Finish": ("&Fertig", "&Terminer", "&Finalizar"),
"Cancel": ("Abbrechen", "Annuler", "Cancelar"),
"&Close": ("&Schließen", "&Fermer", "&Cerrar"),
"Move your old mail into Gmail": ("Alte E-Mails nach Gmail umziehen", "Transférez vos anciens e-mails dans Gmail", "Traslade su correo antiguo a Gmail"),
"Mailferry copies every message from your old mailbox into your Gmail account, and keeps doing it for new mail if you wish.":
 ("Mailferry kopiert jede Nachricht aus Ihrem alten Postfach in Ihr Gmail-Konto und auf Wunsch auch jede neue.",
  "Mailferry copie chaque message de votre ancienne boîte dans votre compte Gmail, et continue pour le nouveau courrier si vous le souhaitez.",
  "Mailferry copia cada mensaje de su buzón antiguo a su cuenta de Gmail y, si lo desea, sigue haciéndolo con el correo nuevo."),
"You will sign in with Google, tell Mailferry where your old mail is, and choose what happens to it once it is safely in Gmail. Nothing is deleted unless you ask for it.":
 ("Sie melden sich bei Google an, sagen Mailferry, wo Ihre alten E-Mails liegen, und wählen, was mit ihnen geschieht, sobald sie sicher in Gmail sind. Gelöscht wird nur, wenn Sie es wünschen.",
  "Vous vous connectez à Google, indiquez à Mailferry où se trouve votre ancien courrier, puis choisissez ce qu'il devient une fois en sécurité dans Gmail. Rien n'est supprimé sans votre accord.",
  "Iniciará sesión con Google, indicará a Mailferry dónde está su correo antiguo y elegirá qué hacer con él una vez esté a salvo en Gmail. No se borra nada a menos que usted lo pida."),
"<b>Your privacy</b><ul><li>Mailferry asks Google only for permission to <i>add</i> messages. It can never read, change or delete the mail already in your Gmail.</li><li>Your passwords are kept in your computer's own password store (the system keychain), never in a file.</li><li>Your mail goes straight from your old mailbox to Google. No one else sees it.</li></ul>":
 ("<b>Ihre Privatsphäre</b><ul><li>Mailferry bittet Google nur um die Erlaubnis, Nachrichten <i>hinzuzufügen</i>. Es kann die E-Mails in Ihrem Gmail nie lesen, ändern oder löschen.</li><li>Ihre Passwörter liegen im Passwortspeicher Ihres Computers (dem System-Schlüsselbund), nie in einer Datei.</li><li>Ihre E-Mails gehen direkt von Ihrem alten Postfach zu Google. Niemand sonst sieht sie.</li></ul>",
  "<b>Votre vie privée</b><ul><li>Mailferry demande à Google uniquement l'autorisation d'<i>ajouter</i> des messages. Il ne peut jamais lire, modifier ni supprimer le courrier déjà présent dans Gmail.</li><li>Vos mots de passe sont conservés dans le trousseau de votre ordinateur, jamais dans un fichier.</li><li>Votre courrier va directement de votre ancienne boîte à Google. Personne d'autre ne le voit.</li></ul>",
  "<b>Su privacidad</b><ul><li>Mailferry solo pide a Google permiso para <i>añadir</i> mensajes. Nunca puede leer, cambiar ni borrar el correo que ya está en su Gmail.</li><li>Sus contraseñas se guardan en el almacén de contraseñas de su ordenador (el llavero del sistema), nunca en un archivo.</li><li>Su correo va directamente de su buzón antiguo a Google. Nadie más lo ve.</li></ul>"),
# --- sign in
"Sign in with Google": ("Mit Google anmelden", "Se connecter avec Google", "Iniciar sesión con Google"),
"&Sign in with Google": ("Mit Google &anmelden", "&Se connecter avec Google", "&Iniciar sesión con Google"),
"Your browser opens on Google's page. Choose the Gmail account that should receive your old mail and allow Mailferry to add messages to it.":
 ("Ihr Browser öffnet die Seite von Google. Wählen Sie das Gmail-Konto, das Ihre alten E-Mails erhalten soll, und erlauben Sie Mailferry, Nachrichten hinzuzufügen.",
  "Votre navigateur s'ouvre sur la page de Google. Choisissez le compte Gmail qui recevra votre ancien courrier et autorisez Mailferry à y ajouter des messages.",
  "Su navegador se abre en la página de Google. Elija la cuenta de Gmail que recibirá su correo antiguo y permita que Mailferry añada mensajes."),
"Mailferry asks only for permission to <b>add</b> messages to your Gmail. It cannot read, change or delete anything that is already there.":
 ("Mailferry bittet nur um die Erlaubnis, Nachrichten zu Ihrem Gmail <b>hinzuzufügen</b>. Es kann nichts lesen, ändern oder löschen, was schon dort ist.",
  "Mailferry demande seulement l'autorisation d'<b>ajouter</b> des messages à votre Gmail. Il ne peut rien lire, modifier ni supprimer de ce qui s'y trouve déjà.",
  "Mailferry solo pide permiso para <b>añadir</b> mensajes a su Gmail. No puede leer, cambiar ni borrar nada de lo que ya hay."),
"Opens Google's sign-in page in your web browser": ("Öffnet die Anmeldeseite von Google in Ihrem Browser", "Ouvre la page de connexion de Google dans votre navigateur", "Abre la página de inicio de sesión de Google en su navegador"),
"Stop &waiting": ("&Nicht mehr warten", "&Arrêter d'attendre", "&Dejar de esperar"),
"Stop waiting for the browser": ("Nicht mehr auf den Browser warten", "Arrêter d'attendre le navigateur", "Dejar de esperar al navegador"),
"Sign-in status": ("Anmeldestatus", "État de la connexion", "Estado del inicio de sesión"),
"&Use my own Google Cloud client (client_secret.json)…": ("Eigenen Google-Cloud-Client &verwenden (client_secret.json)…", "&Utiliser mon propre client Google Cloud (client_secret.json)…", "&Usar mi propio cliente de Google Cloud (client_secret.json)…"),
"Import a client_secret.json file": ("Eine client_secret.json importieren", "Importer un fichier client_secret.json", "Importar un archivo client_secret.json"),
"Choose your client_secret.json": ("client_secret.json auswählen", "Choisissez votre client_secret.json", "Elija su client_secret.json"),
"Google client file (*.json)": ("Google-Client-Datei (*.json)", "Fichier client Google (*.json)", "Archivo de cliente de Google (*.json)"),
"Your Google client is ready. Now sign in.": ("Ihr Google-Client ist bereit. Melden Sie sich jetzt an.", "Votre client Google est prêt. Connectez-vous maintenant.", "Su cliente de Google está listo. Ahora inicie sesión."),
"Saving your sign-in in the system keychain…": ("Anmeldung wird im System-Schlüsselbund gespeichert…", "Enregistrement de la connexion dans le trousseau…", "Guardando el inicio de sesión en el llavero del sistema…"),
"Waiting for you to finish in your browser… If it did not open, check your taskbar.": ("Warte, bis Sie im Browser fertig sind… Falls er sich nicht geöffnet hat, sehen Sie in der Taskleiste nach.", "En attente de la fin dans votre navigateur… S'il ne s'est pas ouvert, regardez dans la barre des tâches.", "Esperando a que termine en su navegador… Si no se abrió, mire en la barra de tareas."),
"<b>Connected:</b> %1": ("<b>Verbunden:</b> %1", "<b>Connecté :</b> %1", "<b>Conectado:</b> %1"),
"&Sign in with another account": ("Mit anderem Konto an&melden", "&Se connecter avec un autre compte", "&Iniciar sesión con otra cuenta"),
"Sign-in was stopped. Press \"Sign in with Google\" to try again.": ("Die Anmeldung wurde abgebrochen. Klicken Sie auf „Mit Google anmelden“, um es erneut zu versuchen.", "La connexion a été interrompue. Cliquez sur « Se connecter avec Google » pour réessayer.", "Se detuvo el inicio de sesión. Pulse «Iniciar sesión con Google» para intentarlo de nuevo."),
"You did not allow Mailferry to add messages to Gmail, so it cannot copy your mail. Press \"Sign in with Google\" and choose \"Allow\" to try again.":
 ("Sie haben Mailferry nicht erlaubt, Nachrichten zu Gmail hinzuzufügen, daher kann es Ihre E-Mails nicht kopieren. Klicken Sie auf „Mit Google anmelden“ und wählen Sie „Zulassen“.",
  "Vous n'avez pas autorisé Mailferry à ajouter des messages à Gmail : il ne peut donc pas copier votre courrier. Cliquez sur « Se connecter avec Google » et choisissez « Autoriser ».",
  "No permitió que Mailferry añada mensajes a Gmail, así que no puede copiar su correo. Pulse «Iniciar sesión con Google» y elija «Permitir»."),
"Signing in did not work. Check your internet connection and try again.": ("Die Anmeldung hat nicht geklappt. Prüfen Sie Ihre Internetverbindung und versuchen Sie es erneut.", "La connexion a échoué. Vérifiez votre connexion Internet et réessayez.", "No se pudo iniciar sesión. Compruebe su conexión a Internet e inténtelo de nuevo."),
# --- mailbox
"Your old mailbox": ("Ihr altes Postfach", "Votre ancienne boîte aux lettres", "Su buzón antiguo"),
"Type the email address you want to move mail from. Mailferry suggests the server settings; you only need the password.":
 ("Geben Sie die E-Mail-Adresse ein, deren Nachrichten umziehen sollen. Mailferry schlägt die Servereinstellungen vor; Sie brauchen nur das Passwort.",
  "Saisissez l'adresse e-mail dont vous voulez transférer le courrier. Mailferry propose les réglages du serveur ; il vous suffit du mot de passe.",
  "Escriba la dirección de correo desde la que quiere trasladar el correo. Mailferry propone la configuración del servidor; solo necesita la contraseña."),
"Old email address": ("Alte E-Mail-Adresse", "Ancienne adresse e-mail", "Dirección de correo antigua"),
"Incoming mail server (POP3)": ("Posteingangsserver (POP3)", "Serveur de courrier entrant (POP3)", "Servidor de correo entrante (POP3)"),
"Port": ("Port", "Port", "Puerto"),
"SSL/TLS (recommended)": ("SSL/TLS (empfohlen)", "SSL/TLS (recommandé)", "SSL/TLS (recomendado)"),
"None (unencrypted)": ("Keine (unverschlüsselt)", "Aucune (non chiffré)", "Ninguna (sin cifrar)"),
"Connection security": ("Verbindungssicherheit", "Sécurité de la connexion", "Seguridad de la conexión"),
"User name": ("Benutzername", "Nom d'utilisateur", "Nombre de usuario"),
"Password": ("Passwort", "Mot de passe", "Contraseña"),
"&Test connection": ("Verbindung &testen", "&Tester la connexion", "&Probar la conexión"),
"Test connection": ("Verbindung testen", "Tester la connexion", "Probar la conexión"),
"Connection test result": ("Ergebnis des Verbindungstests", "Résultat du test de connexion", "Resultado de la prueba de conexión"),
"P&ort:": ("P&ort:", "P&ort :", "P&uerto:"),
"&Email address:": ("&E-Mail-Adresse:", "Adresse &e-mail :", "Dirección de &correo:"),
"&Server:": ("&Server:", "&Serveur :", "&Servidor:"),
"Se&curity:": ("Si&cherheit:", "Sé&curité :", "Se&guridad:"),
"&User name:": ("&Benutzername:", "Nom d'&utilisateur :", "&Usuario:"),
"&Password:": ("&Passwort:", "&Mot de passe :", "&Contraseña:"),
"Send my password &unencrypted (anyone on the network could read it)": ("Passwort &unverschlüsselt senden (jeder im Netzwerk könnte es lesen)", "Envoyer mon mot de passe &en clair (n'importe qui sur le réseau pourrait le lire)", "Enviar mi contraseña &sin cifrar (cualquiera en la red podría leerla)"),
"Looking up the settings for %1…": ("Einstellungen für %1 werden gesucht…", "Recherche des réglages pour %1…", "Buscando la configuración de %1…"),
"Type the password of your old mailbox.": ("Geben Sie das Passwort Ihres alten Postfachs ein.", "Saisissez le mot de passe de votre ancienne boîte.", "Escriba la contraseña de su buzón antiguo."),
"Connecting to %1…": ("Verbindung zu %1…", "Connexion à %1…", "Conectando con %1…"),
"The server's certificate needs your decision.": ("Das Zertifikat des Servers braucht Ihre Entscheidung.", "Le certificat du serveur demande votre décision.", "El certificado del servidor necesita su decisión."),
"The server did not accept this user name and password. Check the password (mind capital letters). Some providers need an \"app password\" or want POP3 switched on in their web mail settings first.":
 ("Der Server hat Benutzername und Passwort nicht akzeptiert. Prüfen Sie das Passwort (Groß- und Kleinschreibung). Manche Anbieter verlangen ein „App-Passwort“ oder dass POP3 zuerst im Webmail eingeschaltet wird.",
  "Le serveur n'a pas accepté ce nom d'utilisateur et ce mot de passe. Vérifiez le mot de passe (attention aux majuscules). Certains fournisseurs exigent un « mot de passe d'application » ou l'activation de POP3 dans leur webmail.",
  "El servidor no aceptó este usuario y contraseña. Compruebe la contraseña (atención a las mayúsculas). Algunos proveedores piden una «contraseña de aplicación» o activar POP3 antes en su correo web."),
"It works: %n message(s) on the server (%1).": (["Es funktioniert: %n Nachricht auf dem Server (%1).", "Es funktioniert: %n Nachrichten auf dem Server (%1)."],
  ["Ça marche : %n message sur le serveur (%1).", "Ça marche : %n messages sur le serveur (%1)."],
  ["Funciona: %n mensaje en el servidor (%1).", "Funciona: %n mensajes en el servidor (%1)."]),
"Saving the password in the system keychain…": ("Passwort wird im System-Schlüsselbund gespeichert…", "Enregistrement du mot de passe dans le trousseau…", "Guardando la contraseña en el llavero del sistema…"),
"The password is kept in memory until you quit Mailferry.": ("Das Passwort bleibt im Speicher, bis Sie Mailferry beenden.", "Le mot de passe reste en mémoire jusqu'à ce que vous quittiez Mailferry.", "La contraseña se guarda en memoria hasta que cierre Mailferry."),
"The password is saved in your system keychain.": ("Das Passwort ist in Ihrem System-Schlüsselbund gespeichert.", "Le mot de passe est enregistré dans votre trousseau.", "La contraseña está guardada en el llavero del sistema."),
# --- certificate
"Is this really your mail server?": ("Ist das wirklich Ihr Mailserver?", "Est-ce vraiment votre serveur de courrier ?", "¿Es realmente su servidor de correo?"),
"Issued to:": ("Ausgestellt für:", "Délivré à :", "Emitido para:"),
"Issued by:": ("Ausgestellt von:", "Délivré par :", "Emitido por:"),
"Valid:": ("Gültig:", "Valide :", "Válido:"),
"from %1 to %2": ("vom %1 bis %2", "du %1 au %2", "del %1 al %2"),
"SHA-256 fingerprint": ("SHA-256-Fingerabdruck", "Empreinte SHA-256", "Huella SHA-256"),
"SHA-256 fingerprint:": ("SHA-256-Fingerabdruck:", "Empreinte SHA-256 :", "Huella SHA-256:"),
"Problems:": ("Probleme:", "Problèmes :", "Problemas:"),
"&Trust this server": ("Diesem Server &vertrauen", "&Faire confiance à ce serveur", "&Confiar en este servidor"),
"Do &not connect": ("&Nicht verbinden", "Ne &pas se connecter", "&No conectar"),
# --- options
"Choose how to move your mail": ("Wählen Sie, wie Ihre E-Mails umziehen", "Choisissez comment transférer votre courrier", "Elija cómo trasladar su correo"),
"The defaults are safe: everything stays on your old server and arrives in your Gmail inbox.": ("Die Voreinstellungen sind sicher: Alles bleibt auf dem alten Server und landet im Gmail-Posteingang.", "Les réglages par défaut sont sûrs : tout reste sur l'ancien serveur et arrive dans votre boîte de réception Gmail.", "Los valores por defecto son seguros: todo se queda en el servidor antiguo y llega a su bandeja de entrada de Gmail."),
"Once a message is safely in Gmail": ("Sobald eine Nachricht sicher in Gmail ist", "Une fois un message en sécurité dans Gmail", "Cuando un mensaje esté a salvo en Gmail"),
"&Keep it on the old server (recommended)": ("Auf dem alten Server &behalten (empfohlen)", "Le &garder sur l'ancien serveur (recommandé)", "&Conservarlo en el servidor antiguo (recomendado)"),
"&Delete it from the old server": ("Vom alten Server &löschen", "Le &supprimer de l'ancien serveur", "&Borrarlo del servidor antiguo"),
"Delete it &after": ("Löschen &nach", "Le supprimer &après", "Borrarlo &después de"),
" days": (" Tagen", " jours", " días"),
"In the Inbox, unread": ("Im Posteingang, ungelesen", "Dans la boîte de réception, non lus", "En la bandeja de entrada, sin leer"),
"In the Inbox, already read": ("Im Posteingang, gelesen", "Dans la boîte de réception, déjà lus", "En la bandeja de entrada, leídos"),
"Archived, with a label": ("Archiviert, mit einem Label", "Archivés, avec un libellé", "Archivados, con una etiqueta"),
"Labels need one more permission from Google.": ("Labels brauchen eine weitere Erlaubnis von Google.", "Les libellés demandent une autorisation de plus à Google.", "Las etiquetas necesitan un permiso más de Google."),
"Allow &labels…": ("&Labels erlauben…", "Autoriser les &libellés…", "Permitir &etiquetas…"),
"&Keep checking for new mail every": ("Neue E-Mails &weiter abrufen alle", "&Continuer à relever le courrier toutes les", "&Seguir buscando correo nuevo cada"),
" minutes": (" Minuten", " minutes", " minutos"),
"Start Mailferry when I log in": ("Mailferry bei der Anmeldung starten", "Lancer Mailferry à l'ouverture de session", "Iniciar Mailferry al iniciar sesión"),
"&Put messages:": ("Nachrichten &ablegen:", "&Placer les messages :", "&Colocar los mensajes:"),
"L&abel:": ("L&abel:", "L&ibellé :", "E&tiqueta:"),
"&Size limit:": ("&Größenlimit:", "&Taille maximale :", "&Tamaño máximo:"),
"For example: Old mail": ("Zum Beispiel: Alte E-Mails", "Par exemple : Ancien courrier", "Por ejemplo: Correo antiguo"),
"Optional": ("Optional", "Facultatif", "Opcional"),
"Let Gmail &filter spam (messages go through Gmail's spam and tab sorting)": ("Gmail &Spam filtern lassen (Nachrichten durchlaufen Gmails Spam- und Tab-Sortierung)", "Laisser Gmail &filtrer le spam (les messages passent par le tri du spam et des onglets)", "Dejar que Gmail &filtre el spam (los mensajes pasan por el filtro de spam y pestañas)"),
# --- review
"Ready to move your mail": ("Bereit zum Umzug", "Prêt à transférer votre courrier", "Listo para trasladar su correo"),
"Check that this is what you want. You can pause or stop at any time; nothing is copied twice.": ("Prüfen Sie, ob das so gewünscht ist. Sie können jederzeit pausieren oder anhalten; nichts wird doppelt kopiert.", "Vérifiez que c'est bien ce que vous voulez. Vous pouvez mettre en pause ou arrêter à tout moment ; rien n'est copié deux fois.", "Compruebe que es lo que desea. Puede pausar o detener en cualquier momento; nada se copia dos veces."),
"&Try it first without copying (dry run)": ("Erst &ohne Kopieren ausprobieren (Probelauf)", "&Essayer d'abord sans copier (simulation)", "&Probar antes sin copiar (simulación)"),
"Dry run": ("Probelauf", "Simulation", "Simulación"),
"&Start moving mail": ("Umzug &starten", "&Lancer le transfert", "&Empezar a trasladar"),
"Everything stays on your old server.": ("Alles bleibt auf Ihrem alten Server.", "Tout reste sur votre ancien serveur.", "Todo se queda en su servidor antiguo."),
"about a minute": ("etwa eine Minute", "environ une minute", "alrededor de un minuto"),
"about %n minute(s)": (["etwa %n Minute", "etwa %n Minuten"], ["environ %n minute", "environ %n minutes"], ["alrededor de %n minuto", "alrededor de %n minutos"]),
"about %n hour(s)": (["etwa %n Stunde", "etwa %n Stunden"], ["environ %n heure", "environ %n heures"], ["alrededor de %n hora", "alrededor de %n horas"]),
"about %1 h %2 min": ("etwa %1 Std. %2 Min.", "environ %1 h %2 min", "alrededor de %1 h %2 min"),
"<p><b>From:</b> %1 (%2)<br><b>To:</b> %3</p><p><b>%4</b> messages, <b>%5</b>. At Gmail's pace of about 600 messages a minute this takes <b>%6</b>.</p>":
 ("<p><b>Von:</b> %1 (%2)<br><b>Nach:</b> %3</p><p><b>%4</b> Nachrichten, <b>%5</b>. Bei Gmails Tempo von etwa 600 Nachrichten pro Minute dauert das <b>%6</b>.</p>",
  "<p><b>De :</b> %1 (%2)<br><b>Vers :</b> %3</p><p><b>%4</b> messages, <b>%5</b>. Au rythme de Gmail, environ 600 messages par minute, cela prend <b>%6</b>.</p>",
  "<p><b>De:</b> %1 (%2)<br><b>A:</b> %3</p><p><b>%4</b> mensajes, <b>%5</b>. Al ritmo de Gmail, unos 600 mensajes por minuto, esto tarda <b>%6</b>.</p>"),
"Messages arrive in your Gmail inbox as unread, with their original dates.": ("Die Nachrichten kommen ungelesen und mit ihrem ursprünglichen Datum in Ihren Gmail-Posteingang.", "Les messages arrivent non lus dans votre boîte Gmail, avec leur date d'origine.", "Los mensajes llegan a su bandeja de entrada de Gmail sin leer, con su fecha original."),
"Messages larger than %1 stay on the server and are listed.": ("Nachrichten über %1 bleiben auf dem Server und werden aufgelistet.", "Les messages de plus de %1 restent sur le serveur et sont listés.", "Los mensajes de más de %1 se quedan en el servidor y se enumeran."),
# --- progress
"Moving your mail": ("Ihre E-Mails ziehen um", "Transfert de votre courrier", "Trasladando su correo"),
"You can keep working meanwhile. If you close this window, Mailferry goes on from the tray, or continues where it stopped next time.":
 ("Sie können währenddessen weiterarbeiten. Wenn Sie dieses Fenster schließen, macht Mailferry im Infobereich weiter oder beim nächsten Mal dort, wo es aufgehört hat.",
  "Vous pouvez continuer à travailler. Si vous fermez cette fenêtre, Mailferry continue depuis la zone de notification, ou reprend là où il s'était arrêté la prochaine fois.",
  "Puede seguir trabajando mientras tanto. Si cierra esta ventana, Mailferry continúa desde la bandeja del sistema o retoma donde se quedó la próxima vez."),
"What Mailferry is doing": ("Was Mailferry gerade tut", "Ce que fait Mailferry", "Lo que está haciendo Mailferry"),
"Progress": ("Fortschritt", "Progression", "Progreso"),
"Copied": ("Kopiert", "Copiés", "Copiados"),
"Skipped": ("Übersprungen", "Ignorés", "Omitidos"),
"Failed": ("Fehlgeschlagen", "Échecs", "Fallidos"),
"Left": ("Übrig", "Restants", "Pendientes"),
"Current message": ("Aktuelle Nachricht", "Message en cours", "Mensaje actual"),
"&Pause": ("&Pause", "&Pause", "&Pausa"),
"Pause": ("Pause", "Pause", "Pausa"),
"&Resume": ("&Fortsetzen", "&Reprendre", "&Reanudar"),
"Resume": ("Fortsetzen", "Reprendre", "Reanudar"),
"S&top": ("&Anhalten", "&Arrêter", "&Detener"),
"Stop the migration": ("Umzug anhalten", "Arrêter le transfert", "Detener el traslado"),
"Messages": ("Nachrichten", "Messages", "Mensajes"),
"Show &failures only": ("Nur &Fehler zeigen", "N'afficher que les &échecs", "Mostrar solo los &fallos"),
"&Export CSV…": ("Als CSV &exportieren…", "&Exporter en CSV…", "&Exportar CSV…"),
"&Retry failed": ("Fehlgeschlagene &wiederholen", "&Réessayer les échecs", "&Reintentar fallidos"),
"Stopping after the messages in progress…": ("Wird nach den laufenden Nachrichten angehalten…", "Arrêt après les messages en cours…", "Deteniendo tras los mensajes en curso…"),
"less than a minute left": ("weniger als eine Minute übrig", "moins d'une minute restante", "menos de un minuto restante"),
"%n minute(s) left": (["%n Minute übrig", "%n Minuten übrig"], ["%n minute restante", "%n minutes restantes"], ["%n minuto restante", "%n minutos restantes"]),
"%1 h %2 min left": ("%1 Std. %2 Min. übrig", "%1 h %2 min restantes", "%1 h %2 min restantes"),
"%1 of %2": ("%1 von %2", "%1 sur %2", "%1 de %2"),
"%1 messages a minute (%2/s)": ("%1 Nachrichten pro Minute (%2/s)", "%1 messages par minute (%2/s)", "%1 mensajes por minuto (%2/s)"),
"Now: %1": ("Jetzt: %1", "En cours : %1", "Ahora: %1"),
"Export the message log": ("Nachrichtenprotokoll exportieren", "Exporter le journal des messages", "Exportar el registro de mensajes"),
"CSV file (*.csv)": ("CSV-Datei (*.csv)", "Fichier CSV (*.csv)", "Archivo CSV (*.csv)"),
"Export failed": ("Export fehlgeschlagen", "L'export a échoué", "La exportación falló"),
"Status": ("Status", "État", "Estado"),
"Subject": ("Betreff", "Objet", "Asunto"),
"From": ("Von", "De", "De"),
"Date": ("Datum", "Date", "Fecha"),
"Size": ("Größe", "Taille", "Tamaño"),
"Details": ("Details", "Détails", "Detalles"),
"(no subject)": ("(kein Betreff)", "(sans objet)", "(sin asunto)"),
# --- done
"Your mail is in Gmail": ("Ihre E-Mails sind in Gmail", "Votre courrier est dans Gmail", "Su correo está en Gmail"),
"Finished, with problems": ("Fertig, mit Problemen", "Terminé, avec des problèmes", "Terminado, con problemas"),
"&Open Gmail": ("Gmail ö&ffnen", "&Ouvrir Gmail", "&Abrir Gmail"),
"<b>%1</b> messages copied (%2).": ("<b>%1</b> Nachrichten kopiert (%2).", "<b>%1</b> messages copiés (%2).", "<b>%1</b> mensajes copiados (%2)."),
"%1 were already in Gmail from an earlier run.": ("%1 waren schon von einem früheren Lauf in Gmail.", "%1 étaient déjà dans Gmail depuis un passage précédent.", "%1 ya estaban en Gmail de una ejecución anterior."),
# --- accounts window, tray
"Old mailboxes that feed this Gmail": ("Alte Postfächer, die dieses Gmail füllen", "Anciennes boîtes qui alimentent ce Gmail", "Buzones antiguos que alimentan este Gmail"),
"Old mailbox": ("Altes Postfach", "Ancienne boîte", "Buzón antiguo"),
"Server": ("Server", "Serveur", "Servidor"),
"Last run": ("Letzter Lauf", "Dernier passage", "Última ejecución"),
"&Sync now": ("Jetzt &abgleichen", "&Synchroniser maintenant", "&Sincronizar ahora"),
"Sync now": ("Jetzt abgleichen", "Synchroniser maintenant", "Sincronizar ahora"),
"&Edit…": ("&Bearbeiten…", "&Modifier…", "&Editar…"),
"View &log…": ("&Protokoll ansehen…", "Voir le &journal…", "Ver el &registro…"),
"&Add a mailbox…": ("Postfach &hinzufügen…", "&Ajouter une boîte…", "&Añadir un buzón…"),
"&Remove all my data…": ("Alle meine Daten &entfernen…", "&Supprimer toutes mes données…", "&Eliminar todos mis datos…"),
"Remove all my data": ("Alle meine Daten entfernen", "Supprimer toutes mes données", "Eliminar todos mis datos"),
"<b>Gmail:</b> not connected": ("<b>Gmail:</b> nicht verbunden", "<b>Gmail :</b> non connecté", "<b>Gmail:</b> sin conectar"),
"<b>Gmail:</b> %1": ("<b>Gmail:</b> %1", "<b>Gmail :</b> %1", "<b>Gmail:</b> %1"),
"Running": ("Läuft", "En cours", "En curso"),
"Not run yet": ("Noch nicht gelaufen", "Jamais lancé", "Aún no ejecutado"),
"never": ("nie", "jamais", "nunca"),
"Sign in again": ("Erneut anmelden", "Reconnectez-vous", "Vuelva a iniciar sesión"),
"Password needed": ("Passwort nötig", "Mot de passe requis", "Se necesita la contraseña"),
"Open Mailferry": ("Mailferry öffnen", "Ouvrir Mailferry", "Abrir Mailferry"),
"Quit": ("Beenden", "Quitter", "Salir"),
"Mail moved to Gmail": ("E-Mails nach Gmail verschoben", "Courrier transféré dans Gmail", "Correo trasladado a Gmail"),
"Mailferry stopped": ("Mailferry hat angehalten", "Mailferry s'est arrêté", "Mailferry se detuvo"),
"Some messages could not be copied": ("Einige Nachrichten konnten nicht kopiert werden", "Certains messages n'ont pas pu être copiés", "Algunos mensajes no se pudieron copiar"),
"No password store on this computer": ("Kein Passwortspeicher auf diesem Computer", "Aucun trousseau sur cet ordinateur", "No hay almacén de contraseñas en este ordenador"),
"Keep it for this session only": ("Nur für diese Sitzung behalten", "Le garder pour cette session seulement", "Guardarla solo durante esta sesión"),
}

LANGS = {"de": 0, "fr": 1, "es": 2}

def fill(path, idx):
    tree = ET.parse(path)
    done = total = 0
    for msg in tree.getroot().iter("message"):
        total += 1
        src = msg.find("source").text or ""
        tr = msg.find("translation")
        if src not in T:
            continue
        value = T[src][idx]
        for child in list(tr):
            tr.remove(child)
        if msg.get("numerus") == "yes":
            forms = value if isinstance(value, list) else [value, value]
            tr.text = None
            for f in forms:
                ET.SubElement(tr, "numerusform").text = f
        else:
            tr.text = value if isinstance(value, str) else value[-1]
        tr.attrib.pop("type", None)
        done += 1
    tree.write(path, encoding="utf-8", xml_declaration=True)
    print(f"{path}: {done} of {total} translated")

def fill_english_plurals(path):
    """English needs only the plural forms: "%n message(s)" -> "1 message" / "2 messages"."""
    tree = ET.parse(path)
    n = 0
    for msg in tree.getroot().iter("message"):
        if msg.get("numerus") != "yes":
            continue
        src = msg.find("source").text or ""
        one = src.replace("(s) are ", " is ").replace("(s) were ", " was ").replace("(s)", "")
        many = src.replace("(s)", "s")
        tr = msg.find("translation")
        for child in list(tr):
            tr.remove(child)
        tr.text = None
        for f in (one, many):
            ET.SubElement(tr, "numerusform").text = f
        tr.attrib.pop("type", None)
        n += 1
    tree.write(path, encoding="utf-8", xml_declaration=True)
    print(f"{path}: {n} plural forms")

here = Path(__file__).resolve().parent
for lang, idx in LANGS.items():
    fill(here / f"mailferry_{lang}.ts", idx)
if (here / "mailferry_en.ts").exists():
    fill_english_plurals(here / "mailferry_en.ts")
