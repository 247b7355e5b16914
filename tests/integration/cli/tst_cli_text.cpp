// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

// What the command line prints of a sender's text, and how it reads numbers typed by a person.
#include "cli/StrictNumbers.h"
#include "cli/TerminalText.h"

#include <QtTest/QtTest>

using mf::app::parseWholeNumber;
using mf::app::terminalSafe;

class TestCliText : public QObject {
    Q_OBJECT
private slots:
    void controlsAndEscapesRemoved_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << QStringLiteral("Hello") << QStringLiteral("Hello");
        QTest::newRow("csi colour") << QStringLiteral("a\x1b[31mred\x1b[0m") << QStringLiteral("ared");
        QTest::newRow("osc title bel") << QStringLiteral("x\x1b]0;pwned\x07y") << QStringLiteral("xy");
        QTest::newRow("osc title st") << QStringLiteral("x\x1b]8;;http://e\x1b\\y") << QStringLiteral("xy");
        QTest::newRow("8-bit csi") << QStringLiteral("x\u009b2Jy") << QStringLiteral("xy");
        QTest::newRow("clear screen") << QStringLiteral("\x1b[2J\x1b[Hz") << QStringLiteral("z");
        QTest::newRow("esc single") << QStringLiteral("a\x1b"
                                                      "cb")
                                    << QStringLiteral("ab");
        QTest::newRow("trailing esc") << QStringLiteral("a\x1b") << QStringLiteral("a");
        QTest::newRow("bell backspace") << QStringLiteral("a\x07\x08"
                                                          "b")
                                        << QStringLiteral("ab");
        QTest::newRow("newlines") << QStringLiteral("a\r\nb\tc") << QStringLiteral("a b c");
        QTest::newRow("bidi override") << QStringLiteral("inv\u202Egnp.exe\u202C") << QStringLiteral("invgnp.exe");
        QTest::newRow("bidi isolate") << QStringLiteral("a\u2066b\u2069") << QStringLiteral("ab");
        QTest::newRow("zero width") << QStringLiteral("pa\u200Bypal") << QStringLiteral("paypal");
        QTest::newRow("unicode kept") << QStringLiteral("Caf\u00e9 \u4f60\u597d \U0001F600")
                                      << QStringLiteral("Caf\u00e9 \u4f60\u597d \U0001F600");
        QTest::newRow("c1") << QStringLiteral("a\u0085b\u0086c") << QStringLiteral("a bc");
    }
    void controlsAndEscapesRemoved()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(terminalSafe(input), expected);
    }

    void longTextCut()
    {
        const QString out = terminalSafe(QString(5000, QLatin1Char('x')), 100);
        QCOMPARE(out.size(), 101);
        QVERIFY(out.endsWith(QChar(0x2026)));
    }

    void wholeNumbers_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("min");
        QTest::addColumn<qint64>("max");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<qint64>("value");
        QTest::newRow("995") << QStringLiteral("995") << 1LL << 65535LL << true << 995LL;
        QTest::newRow("spaces") << QStringLiteral(" 30 ") << 1LL << 3650LL << true << 30LL;
        QTest::newRow("79659") << QStringLiteral("79659") << 1LL << 65535LL << false << 0LL;
        QTest::newRow("3O") << QStringLiteral("3O") << 1LL << 3650LL << false << 0LL;
        QTest::newRow("plus") << QStringLiteral("+3") << 1LL << 3650LL << false << 0LL;
        QTest::newRow("minus") << QStringLiteral("-3") << 1LL << 3650LL << false << 0LL;
        QTest::newRow("hex") << QStringLiteral("0x10") << 1LL << 3650LL << false << 0LL;
        QTest::newRow("fraction") << QStringLiteral("1.5") << 1LL << 3650LL << false << 0LL;
        QTest::newRow("empty") << QString() << 1LL << 3650LL << false << 0LL;
        QTest::newRow("zero") << QStringLiteral("0") << 1LL << 3650LL << false << 0LL;
        QTest::newRow("huge") << QStringLiteral("99999999999999999999999999") << 1LL << 1000LL << false << 0LL;
        QTest::newRow("arabic digits") << QStringLiteral("\u0663") << 1LL << 3650LL << false << 0LL;
        QTest::newRow("leading zeros") << QStringLiteral("007") << 1LL << 3650LL << true << 7LL;
    }
    void wholeNumbers()
    {
        QFETCH(QString, text);
        QFETCH(qint64, min);
        QFETCH(qint64, max);
        QFETCH(bool, ok);
        QFETCH(qint64, value);
        const auto n = parseWholeNumber(text, min, max);
        QCOMPARE(n.value.has_value(), ok);
        if (ok)
            QCOMPARE(*n.value, value);
        else
            QVERIFY(!n.problem.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCliText)
#include "tst_cli_text.moc"
