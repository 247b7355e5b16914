<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
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
    <name>mf::ui::DonePage</name>
    <message numerus="yes">
        <source>&lt;b&gt;Next:&lt;/b&gt; Mailferry keeps checking %1 every %n minute(s) and copies new mail. It stays in the tray when you close the window.</source>
        <translation type="unfinished">
            <numerusform>&lt;b&gt;Next:&lt;/b&gt; Mailferry keeps checking %1 every %n minute and copies new mail. It stays in the tray when you close the window.</numerusform>
            <numerusform>&lt;b&gt;Next:&lt;/b&gt; Mailferry keeps checking %1 every %n minutes and copies new mail. It stays in the tray when you close the window.</numerusform>
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
    <name>mf::ui::ProgressPage</name>
    <message numerus="yes">
        <source>%n minute(s) left</source>
        <translation type="unfinished">
            <numerusform>%n minute left</numerusform>
            <numerusform>%n minutes left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n row(s) to %1.</source>
        <translation type="unfinished">
            <numerusform>Saved %n row to %1.</numerusform>
            <numerusform>Saved %n rows to %1.</numerusform>
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
</context>
</TS>
