// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

// Mailferry's translations (translations/*.ts, compiled to the .qm files the UI embeds): every string
// has a translation in German, French and Spanish (reviewed or not: a translation nobody has read
// stays "unfinished" in Qt's sense and is shipped all the same), placeholders, accelerators and plural
// forms survive, and the core's error messages come out translated once the translator is installed.
#include "common/Error.h"
#include "store/LedgerTypes.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QTranslator>
#include <QXmlStreamReader>
#include <QtTest/QtTest>

#include <memory>

using namespace mf;

namespace {

/// One <message> of a .ts file.
struct TsMessage {
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString type;      ///< empty (finished), "unfinished", "vanished" or "obsolete"
    QStringList forms; ///< the translation, or its plural forms
};

QString tsPath(const QString &lang)
{
    return QStringLiteral(MF_TS_DIR "/mailferry_%1.ts").arg(lang);
}

QString qmPath(const QString &lang)
{
    return QStringLiteral(MF_QM_DIR "/mailferry_%1.qm").arg(lang);
}

QList<TsMessage> readTs(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<TsMessage> messages;
    QString context;
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"name") {
            context = xml.readElementText();
            continue;
        }
        if (xml.name() != u"message")
            continue; // <TS>, <context>: descend
        TsMessage msg;
        msg.context = context;
        msg.numerus = xml.attributes().value(QStringLiteral("numerus")) == u"yes";
        while (xml.readNextStartElement()) {
            if (xml.name() == u"source") {
                msg.source = xml.readElementText();
            } else if (xml.name() == u"comment") {
                msg.comment = xml.readElementText();
            } else if (xml.name() == u"translation") {
                msg.type = xml.attributes().value(QStringLiteral("type")).toString();
                if (msg.numerus) {
                    while (xml.readNextStartElement())
                        msg.forms << xml.readElementText();
                } else {
                    msg.forms << xml.readElementText();
                }
            } else {
                xml.skipCurrentElement();
            }
        }
        messages << msg;
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

/// The placeholders %1..%99 (also %L1) and %n, as a set: a translation may reorder them.
QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%L?(\\d{1,2}|n)"));
    QSet<QString> found;
    for (const auto &m : re.globalMatch(text))
        found << m.captured(1);
    return found;
}

bool hasAccelerator(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("&[^\\s&]"));
    return re.match(text).hasMatch();
}

/// The accelerator letter of a text ("&Export" -> 'e'), lowercase; null if it has none.
QChar acceleratorOf(const QString &text)
{
    for (int i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        if (text.at(i + 1) == u'&') { // "&&" is a literal ampersand
            ++i;
            continue;
        }
        if (!text.at(i + 1).isSpace())
            return text.at(i + 1).toLower();
    }
    return {};
}

QString describe(const QString &lang, const TsMessage &msg)
{
    return QStringLiteral("[%1] %2: \"%3\"").arg(lang, msg.context, msg.source.left(70));
}

QString report(const QStringList &failures)
{
    return QStringLiteral("%1 problem(s):\n  ").arg(failures.size()) + failures.mid(0, 15).join(QStringLiteral("\n  "));
}

} // namespace

class TestTranslations : public QObject {
    Q_OBJECT
private slots:
    void everyStringHasATranslation_data() { languages(); }
    void everyStringHasATranslation()
    {
        QFETCH(QString, lang);
        const QList<TsMessage> messages = load(lang);
        QVERIFY(!QTest::currentTestFailed());
        QStringList failures;
        int translated = 0;
        int reviewed = 0;
        for (const TsMessage &msg : messages) {
            const bool empty = msg.forms.isEmpty()
                || std::any_of(msg.forms.begin(), msg.forms.end(), [](const QString &f) { return f.isEmpty(); });
            // German, French, Spanish and English all have two plural forms in Qt's rules.
            const int expectedForms = msg.numerus ? 2 : 1;
            // A vanished or obsolete message is one lupdate no longer finds in the code: lrelease
            // leaves it out, so the string it stood for would show in English.
            if (msg.type == u"vanished" || msg.type == u"obsolete")
                failures << describe(lang, msg) + QStringLiteral(" is %1 (refresh with lupdate)").arg(msg.type);
            else if (empty)
                failures << describe(lang, msg) + QStringLiteral(" is not translated");
            else if (msg.forms.size() != expectedForms)
                failures << describe(lang, msg)
                        + QStringLiteral(" has %1 forms, not %2").arg(msg.forms.size()).arg(expectedForms);
            else
                ++translated;
            if (msg.type.isEmpty())
                ++reviewed;
        }
        qInfo("%s: %d of %lld strings translated, %d of them reviewed", qPrintable(lang), translated, qlonglong(messages.size()),
              reviewed);
        QVERIFY2(failures.isEmpty(), qPrintable(report(failures)));
        // English holds only plural forms; the others hold every string the UI and the core show.
        QVERIFY(messages.size() >= (lang == u"en" ? 5 : 300));
    }

    void placeholdersAcceleratorsAndEllipsesMatchTheSource_data() { languages(); }
    void placeholdersAcceleratorsAndEllipsesMatchTheSource()
    {
        QFETCH(QString, lang);
        const QList<TsMessage> messages = load(lang);
        QStringList failures;
        for (const TsMessage &msg : messages) {
            const QSet<QString> expected = placeholders(msg.source);
            for (const QString &form : msg.forms) {
                if (placeholders(form) != expected)
                    failures << describe(lang, msg) + QStringLiteral(" -> \"%1\": placeholders differ").arg(form.left(70));
                if (hasAccelerator(msg.source) != hasAccelerator(form))
                    failures << describe(lang, msg) + QStringLiteral(" -> \"%1\": accelerator (&) differs").arg(form);
                if (msg.source.endsWith(u'…') != form.endsWith(u'…'))
                    failures << describe(lang, msg) + QStringLiteral(" -> \"%1\": ellipsis differs").arg(form.right(40));
                if (msg.source.endsWith(u':') != form.endsWith(u':'))
                    failures << describe(lang, msg) + QStringLiteral(" -> \"%1\": colon differs").arg(form.right(40));
            }
        }
        QVERIFY2(failures.isEmpty(), qPrintable(report(failures)));
    }

    // Alt+letter must reach one control: where the English gives two strings of one class (a window,
    // a page, a form) different accelerator letters, the translation does too.
    void acceleratorsStayAsDistinctAsTheEnglish_data() { languages(); }
    void acceleratorsStayAsDistinctAsTheEnglish()
    {
        QFETCH(QString, lang);
        const QList<TsMessage> messages = load(lang);
        QStringList failures;
        for (int i = 0; i < messages.size(); ++i) {
            const TsMessage &a = messages.at(i);
            const QChar letterA = acceleratorOf(a.forms.value(0));
            if (letterA.isNull())
                continue;
            for (int j = i + 1; j < messages.size(); ++j) {
                const TsMessage &b = messages.at(j);
                if (b.context != a.context || acceleratorOf(b.forms.value(0)) != letterA)
                    continue;
                if (acceleratorOf(a.source) != acceleratorOf(b.source))
                    failures << describe(lang, a)
                            + QStringLiteral(" and \"%1\" both use Alt+%2 (\"%3\", \"%4\")")
                                  .arg(b.source.left(40), letterA, a.forms.value(0), b.forms.value(0));
            }
        }
        QVERIFY2(failures.isEmpty(), qPrintable(report(failures)));
    }

    // The compiled .qm (what the UI embeds) gives back the .ts translation, plural forms included.
    void compiledTranslationsMatchTheTsFiles_data() { languages(); }
    void compiledTranslationsMatchTheTsFiles()
    {
        QFETCH(QString, lang);
        const QList<TsMessage> messages = load(lang);
        QTranslator translator;
        QVERIFY2(translator.load(qmPath(lang)), qPrintable(qmPath(lang)));
        QCOMPARE(translator.language(), lang);
        QStringList failures;
        for (const TsMessage &msg : messages) {
            const QByteArray context = msg.context.toUtf8();
            const QByteArray source = msg.source.toUtf8();
            const QByteArray comment = msg.comment.toUtf8();
            const char *disambiguation = msg.comment.isEmpty() ? nullptr : comment.constData();
            if (msg.numerus && msg.forms.size() == 2) {
                const QString one = translator.translate(context.constData(), source.constData(), disambiguation, 1);
                const QString many = translator.translate(context.constData(), source.constData(), disambiguation, 5);
                if (one != msg.forms.at(0) || many != msg.forms.at(1))
                    failures << describe(lang, msg) + QStringLiteral(" -> \"%1\" / \"%2\"").arg(one, many);
            } else if (!msg.numerus) {
                const QString text = translator.translate(context.constData(), source.constData(), disambiguation);
                if (text != msg.forms.value(0))
                    failures << describe(lang, msg) + QStringLiteral(" -> \"%1\"").arg(text.left(70));
            }
        }
        QVERIFY2(failures.isEmpty(), qPrintable(report(failures)));
    }

    // Messages built by the core itself (not looked up by the test) come out in the user's language.
    void coreMessagesAreTranslatedAtRunTime_data()
    {
        QTest::addColumn<QString>("lang");
        for (const char *lang : {"de", "fr", "es"})
            QTest::newRow(lang) << QString::fromLatin1(lang);
    }
    void coreMessagesAreTranslatedAtRunTime()
    {
        QFETCH(QString, lang);
        const QList<TsMessage> messages = load(lang);
        auto translator = std::make_unique<QTranslator>();
        QVERIFY(translator->load(qmPath(lang)));
        QVERIFY(QCoreApplication::installTranslator(translator.get()));
        auto cleanup = qScopeGuard([&] { QCoreApplication::removeTranslator(translator.get()); });

        const QString stopped = Error::cancelled().message;
        QVERIFY(!stopped.isEmpty());
        QVERIFY2(stopped != QStringLiteral("Stopped."), qPrintable(stopped));
        const QString copied = store::statusLabel(store::ItemStatus::Copied);
        QVERIFY2(copied != QStringLiteral("Copied"), qPrintable(copied));
        QVERIFY2(store::statusLabel(store::ItemStatus::SkippedOversize) != QStringLiteral("Skipped: too large"),
                 qPrintable(store::statusLabel(store::ItemStatus::SkippedOversize)));
        if (lang == u"de") {
            QCOMPARE(stopped, QStringLiteral("Angehalten."));
            QCOMPARE(copied, QStringLiteral("Kopiert"));
        }

        // The messages Maria is most likely to meet, by context and the start of their source text.
        const QList<QPair<QString, QString>> important = {
            {QStringLiteral("mf::pop3::Pop3Client"), QStringLiteral("The password was not accepted.")},
            {QStringLiteral("mf::pop3::Pop3Client"), QStringLiteral("The server name %1 was not found.")},
            {QStringLiteral("mf::google::TokenManager"), QStringLiteral("Google no longer accepts Mailferry's sign-in")},
            {QStringLiteral("mf::google::GmailClient"), QStringLiteral("This message is too large for Gmail")},
            {QStringLiteral("mf::secrets::KeychainCredentialStore"),
             QStringLiteral("Mailferry could not reach the system keychain")},
        };
        for (const auto &[context, start] : important) {
            const auto it = std::find_if(messages.begin(), messages.end(),
                                         [&](const TsMessage &m) { return m.context == context && m.source.startsWith(start); });
            QVERIFY2(it != messages.end(),
                     qPrintable(QStringLiteral("%1: \"%2…\" is gone from the .ts file").arg(context, start)));
            const QString translated = QCoreApplication::translate(context.toUtf8().constData(), it->source.toUtf8().constData());
            QVERIFY2(translated != it->source, qPrintable(describe(lang, *it) + QStringLiteral(" stays English")));
            QCOMPARE(translated, it->forms.value(0));
        }
    }

private:
    void languages()
    {
        QTest::addColumn<QString>("lang");
        for (const char *lang : {"de", "fr", "es", "en"})
            QTest::newRow(lang) << QString::fromLatin1(lang);
    }

    QList<TsMessage> load(const QString &lang)
    {
        QString error;
        QList<TsMessage> messages = readTs(tsPath(lang), &error);
        if (!error.isEmpty())
            QTest::qFail(qPrintable(tsPath(lang) + QStringLiteral(": ") + error), __FILE__, __LINE__);
        return messages;
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
