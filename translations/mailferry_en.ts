<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>mf::google::ConsentLifetime</name>
    <message numerus="yes">
        <source>in %n minute(s)</source>
        <translation type="unfinished">
            <numerusform>in %n minute</numerusform>
            <numerusform>in %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n hour(s)</source>
        <translation type="unfinished">
            <numerusform>in %n hour</numerusform>
            <numerusform>in %n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation type="unfinished">
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mf::google::GmailClient</name>
    <message numerus="yes">
        <source>Gmail asked Mailferry to wait %n minute(s) before sending more. Mailferry stopped for now; nothing is lost. Try again after that time.</source>
        <translation type="unfinished">
            <numerusform>Gmail asked Mailferry to wait %n minute before sending more. Mailferry stopped for now; nothing is lost. Try again after that time.</numerusform>
            <numerusform>Gmail asked Mailferry to wait %n minutes before sending more. Mailferry stopped for now; nothing is lost. Try again after that time.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mf::mail::ReportMail</name>
    <message numerus="yes">
        <source>Mailferry: %n message(s) from %1 could not be copied</source>
        <translation type="unfinished">
            <numerusform>Mailferry: %n message from %1 could not be copied</numerusform>
            <numerusform>Mailferry: %n messages from %1 could not be copied</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mf::migration::MigrationEngine</name>
    <message numerus="yes">
        <source>This server allows one login every %n minute(s); the next session starts in %1 seconds.</source>
        <translation type="unfinished">
            <numerusform>This server allows one login every %n minute; the next session starts in %1 seconds.</numerusform>
            <numerusform>This server allows one login every %n minutes; the next session starts in %1 seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mf::migration::PreflightText</name>
    <message numerus="yes">
        <source>about %n minute(s)</source>
        <translation type="unfinished">
            <numerusform>about %n minute</numerusform>
            <numerusform>about %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n hour(s)</source>
        <translation type="unfinished">
            <numerusform>about %n hour</numerusform>
            <numerusform>about %n hours</numerusform>
        </translation>
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
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation type="unfinished">
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mf::pop3::Pop3Client</name>
    <message numerus="yes">
        <source>The provider allows only a limited number of logins. Mailferry will try again in %n minute(s).</source>
        <translation type="unfinished">
            <numerusform>The provider allows only a limited number of logins. Mailferry will try again in %n minute.</numerusform>
            <numerusform>The provider allows only a limited number of logins. Mailferry will try again in %n minutes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mf::ui::AccountsWindow</name>
    <message numerus="yes">
        <source>%1 · every %n min</source>
        <translation type="unfinished">
            <numerusform>%1 · every %n min</numerusform>
            <numerusform>%1 · every %n min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mf::ui::ArchivePage</name>
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
            <numerusform>%1 messages (%2) in %n folder</numerusform>
            <numerusform>%1 messages (%2) in %n folders</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mf::ui::DonePage</name>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation type="unfinished">
            <numerusform>%n message</numerusform>
            <numerusform>%n messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more were copied by Mailferry in an earlier run.</source>
        <translation type="unfinished">
            <numerusform>%n more were copied by Mailferry in an earlier run.</numerusform>
            <numerusform>%n more were copied by Mailferry in an earlier run.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped: Mailferry had copied them already, or they are too large for Gmail. The log gives the reason for each.</source>
        <translation type="unfinished">
            <numerusform>%n skipped: Mailferry had copied them already, or they are too large for Gmail. The log gives the reason for each.</numerusform>
            <numerusform>%n skipped: Mailferry had copied them already, or they are too large for Gmail. The log gives the reason for each.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) are larger than Gmail accepts and stay on your old server; open your old provider&apos;s webmail to download them.</source>
        <translation type="unfinished">
            <numerusform>%n message is larger than Gmail accepts and stay on your old server; open your old provider&apos;s webmail to download them.</numerusform>
            <numerusform>%n messages are larger than Gmail accepts and stay on your old server; open your old provider&apos;s webmail to download them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n message(s) could not be copied&lt;/b&gt;; they are still on your old server. Go back to see why (&quot;Show: Problems only&quot;) and press &quot;Retry failed&quot;.</source>
        <translation type="unfinished">
            <numerusform>&lt;b&gt;%n message could not be copied&lt;/b&gt;; they are still on your old server. Go back to see why (&quot;Show: Problems only&quot;) and press &quot;Retry failed&quot;.</numerusform>
            <numerusform>&lt;b&gt;%n messages could not be copied&lt;/b&gt;; they are still on your old server. Go back to see why (&quot;Show: Problems only&quot;) and press &quot;Retry failed&quot;.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) were deleted from the old server after Gmail confirmed them.</source>
        <translation type="unfinished">
            <numerusform>%n message was deleted from the old server after Gmail confirmed them.</numerusform>
            <numerusform>%n messages were deleted from the old server after Gmail confirmed them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) may appear twice in Gmail because a copy was interrupted; the log lists them under &quot;Possible duplicates&quot;, each with a Gmail search.</source>
        <translation type="unfinished">
            <numerusform>%n message may appear twice in Gmail because a copy was interrupted; the log lists them under &quot;Possible duplicates&quot;, each with a Gmail search.</numerusform>
            <numerusform>%n messages may appear twice in Gmail because a copy was interrupted; the log lists them under &quot;Possible duplicates&quot;, each with a Gmail search.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mailferry keeps checking %1 every %n minute(s) and copies new mail. It stays in the tray when you close the window.</source>
        <translation type="unfinished">
            <numerusform>Mailferry keeps checking %1 every %n minute and copies new mail. It stays in the tray when you close the window.</numerusform>
            <numerusform>Mailferry keeps checking %1 every %n minutes and copies new mail. It stays in the tray when you close the window.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) were copied without an attachment Gmail refuses (a program, or an archive holding one). The originals are kept on this computer; the log says where.</source>
        <translation type="unfinished">
            <numerusform>%n message was copied without an attachment Gmail refuses (a program, or an archive holding one). The originals are kept on this computer; the log says where.</numerusform>
            <numerusform>%n messages were copied without an attachment Gmail refuses (a program, or an archive holding one). The originals are kept on this computer; the log says where.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mf::ui::LogWindow</name>
    <message numerus="yes">
        <source>Saved %n row(s) to %1</source>
        <translation type="unfinished">
            <numerusform>Saved %n row to %1</numerusform>
            <numerusform>Saved %n rows to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mf::ui::MailboxPage</name>
    <message numerus="yes">
        <source>It works: %n message(s) on the server (%1).</source>
        <translation type="unfinished">
            <numerusform>It works: %n message on the server (%1).</numerusform>
            <numerusform>It works: %n messages on the server (%1).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mf::ui::MailboxStatusText</name>
    <message numerus="yes">
        <source>%n up to date</source>
        <translation type="unfinished">
            <numerusform>%n up to date</numerusform>
            <numerusform>%n up to date</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n copying %1 of %2</source>
        <translation type="unfinished">
            <numerusform>%n copying %1 of %2</numerusform>
            <numerusform>%n copying %1 of %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n checking</source>
        <translation type="unfinished">
            <numerusform>%n checking</numerusform>
            <numerusform>%n checking</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting for you</source>
        <translation type="unfinished">
            <numerusform>%n waiting for you</numerusform>
            <numerusform>%n waiting for you</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paused</source>
        <translation type="unfinished">
            <numerusform>%n paused</numerusform>
            <numerusform>%n paused</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stopped</source>
        <translation type="unfinished">
            <numerusform>%n stopped</numerusform>
            <numerusform>%n stopped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not started</source>
        <translation type="unfinished">
            <numerusform>%n not started</numerusform>
            <numerusform>%n not started</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mailboxes</source>
        <translation type="unfinished">
            <numerusform>%n mailboxes</numerusform>
            <numerusform>%n mailboxes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mf::ui::ProgressPage</name>
    <message numerus="yes">
        <source>%n minute(s) left</source>
        <translation type="unfinished">
            <numerusform>%n minute left</numerusform>
            <numerusform>%n minutes left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>trying again in %n s</source>
        <translation type="unfinished">
            <numerusform>trying again in %n s</numerusform>
            <numerusform>trying again in %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n row(s) to %1</source>
        <translation type="unfinished">
            <numerusform>Saved %n row to %1</numerusform>
            <numerusform>Saved %n rows to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mf::ui::ReviewPage</name>
    <message numerus="yes">
        <source>about %n minute(s)</source>
        <translation type="unfinished">
            <numerusform>about %n minute</numerusform>
            <numerusform>about %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n hour(s)</source>
        <translation type="unfinished">
            <numerusform>about %n hour</numerusform>
            <numerusform>about %n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Messages are deleted from your old server %n day(s)&lt;/b&gt; after they were copied.</source>
        <translation type="unfinished">
            <numerusform>&lt;b&gt;Messages are deleted from your old server %n day&lt;/b&gt; after they were copied.</numerusform>
            <numerusform>&lt;b&gt;Messages are deleted from your old server %n days&lt;/b&gt; after they were copied.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Afterwards Mailferry checks for new mail every %n minute(s) while it runs.</source>
        <translation type="unfinished">
            <numerusform>Afterwards Mailferry checks for new mail every %n minute while it runs.</numerusform>
            <numerusform>Afterwards Mailferry checks for new mail every %n minutes while it runs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) are too large and would stay on the server.</source>
        <translation type="unfinished">
            <numerusform>%n message is too large and would stay on the server.</numerusform>
            <numerusform>%n messages are too large and would stay on the server.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) would be deleted from the old server.</source>
        <translation type="unfinished">
            <numerusform>%n message would be deleted from the old server.</numerusform>
            <numerusform>%n messages would be deleted from the old server.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) have no reliable server id; Mailferry reads each one to recognise those it copied before.</source>
        <translation type="unfinished">
            <numerusform>%n message have no reliable server id; Mailferry reads each one to recognise those it copied before.</numerusform>
            <numerusform>%n messages have no reliable server id; Mailferry reads each one to recognise those it copied before.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) failed before and stay on the server until you choose &quot;Retry failed&quot;.</source>
        <translation type="unfinished">
            <numerusform>%n message failed before and stay on the server until you choose &quot;Retry failed&quot;.</numerusform>
            <numerusform>%n messages failed before and stay on the server until you choose &quot;Retry failed&quot;.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This server gives %n message(s) an id that is not unique or has changed; Mailferry recognises them by their content and will not delete them.</source>
        <translation type="unfinished">
            <numerusform>This server gives %n message an id that is not unique or has changed; Mailferry recognises them by their content and will not delete them.</numerusform>
            <numerusform>This server gives %n messages an id that is not unique or has changed; Mailferry recognises them by their content and will not delete them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Note: this server deletes downloaded messages by itself after %n day(s) (EXPIRE).</source>
        <translation type="unfinished">
            <numerusform>Note: this server deletes downloaded messages by itself after %n day (EXPIRE).</numerusform>
            <numerusform>Note: this server deletes downloaded messages by itself after %n days (EXPIRE).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This server allows one login every %n minute(s); Mailferry keeps its sessions long to respect that.</source>
        <translation type="unfinished">
            <numerusform>This server allows one login every %n minute; Mailferry keeps its sessions long to respect that.</numerusform>
            <numerusform>This server allows one login every %n minutes; Mailferry keeps its sessions long to respect that.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mf::ui::Shell</name>
    <message numerus="yes">
        <source>%n message(s) copied.</source>
        <translation type="unfinished">
            <numerusform>%n message copied.</numerusform>
            <numerusform>%n messages copied.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n message(s) copied.</source>
        <translation type="unfinished">
            <numerusform>%1: %n message copied.</numerusform>
            <numerusform>%1: %n messages copied.</numerusform>
        </translation>
    </message>
</context>
</TS>
