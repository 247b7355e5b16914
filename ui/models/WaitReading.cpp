// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "models/WaitReading.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace mf::ui {
namespace {

constexpr char kEngineContext[] = "mf::migration::MigrationEngine";

/// A regular expression for a translated engine template: %N becomes a group, the rest is literal.
/// `secondsArg` is the argument holding the seconds, `reasonArg` the one holding the message.
struct Template {
    const char *source;
    WaitReading::Side side;
    int reasonArg;
    int secondsArg; ///< 0: the template has none
};

const Template kTemplates[] = {
    {QT_TRANSLATE_NOOP("mf::migration::MigrationEngine",
                       "Gmail is not taking messages now (%1). Trying again in %2 seconds (attempt %3)."),
     WaitReading::Side::Gmail, 1, 2},
    {QT_TRANSLATE_NOOP("mf::migration::MigrationEngine", "%1 Trying again in %2 seconds (attempt %3 of %4)."),
     WaitReading::Side::MailServer, 1, 2},
    {QT_TRANSLATE_NOOP("mf::migration::MigrationEngine", "%1 (Attempt %2 of %3.)"), WaitReading::Side::MailServer, 1, 0},
};

std::optional<WaitReading> match(const Template &t, const QString &text, bool translated)
{
    const QString pattern = translated ? QCoreApplication::translate(kEngineContext, t.source) : QString::fromLatin1(t.source);
    static const QRegularExpression arg(QStringLiteral("%(\\d)"));
    QString regex = QStringLiteral("^");
    QList<int> order; // which argument each capture group holds
    qsizetype at = 0;
    auto it = arg.globalMatch(pattern);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        regex += QRegularExpression::escape(pattern.mid(at, m.capturedStart() - at));
        const int n = m.captured(1).toInt();
        regex += n == t.secondsArg ? QStringLiteral("(\\d+)") : QStringLiteral("(.*?)");
        order << n;
        at = m.capturedEnd();
    }
    regex += QRegularExpression::escape(pattern.mid(at)) + QStringLiteral("$");
    const QRegularExpressionMatch m = QRegularExpression(regex, QRegularExpression::DotMatchesEverythingOption).match(text);
    if (!m.hasMatch())
        return std::nullopt;
    WaitReading r;
    r.side = t.side;
    for (int i = 0; i < order.size(); ++i) {
        if (order[i] == t.reasonArg)
            r.reason = m.captured(i + 1).trimmed();
        else if (order[i] == t.secondsArg)
            r.seconds = m.captured(i + 1).toInt();
    }
    return r;
}

} // namespace

WaitReading WaitReading::read(const QString &statusText)
{
    const QString text = statusText.trimmed();
    for (bool translated : {true, false}) {
        for (const Template &t : kTemplates) {
            if (auto r = match(t, text, translated))
                return *r;
        }
    }
    WaitReading unknown;
    unknown.reason = text;
    return unknown;
}

} // namespace mf::ui
