// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "google/ConsentLifetime.h"

#include <QJsonValue>

#include <cmath>

namespace mf::google {

namespace {

/// Clocks differ: an invalid_grant this close to the announced end is that end.
constexpr qint64 kClockSlackSecs = 10 * 60;

QString untilText(qint64 secs)
{
    if (secs < 3600) {
        const int minutes = int(std::max<qint64>(1, secs / 60));
        return ConsentLifetime::tr("in %n minute(s)", nullptr, minutes);
    }
    if (secs < 48 * 3600) {
        const int hours = int(secs / 3600);
        return ConsentLifetime::tr("in %n hour(s)", nullptr, hours);
    }
    return ConsentLifetime::tr("in %n day(s)", nullptr, int(secs / 86400));
}

} // namespace

std::optional<qint64> ConsentLifetime::refreshTokenLifetime(const QJsonObject &tokenResponse)
{
    const QJsonValue v = tokenResponse.value(QLatin1String("refresh_token_expires_in"));
    double secs = 0;
    if (v.isDouble())
        secs = v.toDouble();
    else if (v.isString())
        secs = v.toString().toDouble();
    if (!std::isfinite(secs) || secs <= 0 || secs > 10.0 * 365 * 86400)
        return std::nullopt;
    return qint64(secs);
}

ConsentRecord ConsentLifetime::fromTokenResponse(const QJsonObject &tokenResponse, const QDateTime &now)
{
    ConsentRecord r;
    r.issuedAt = now.toUTC();
    if (const auto secs = refreshTokenLifetime(tokenResponse))
        r.expiresAt = r.issuedAt.addSecs(*secs);
    return r;
}

ConsentVerdict ConsentLifetime::assess(const ConsentRecord &record, const QDateTime &now)
{
    ConsentVerdict v;
    if (!record.isLimited())
        return v;
    v.expiresAt = record.expiresAt;
    const qint64 left = now.secsTo(record.expiresAt);
    if (left <= 0) {
        v.state = ConsentState::Expired;
        v.warn = true;
        v.message = tr("Google's permission for Mailferry has expired: your Google Cloud project is in \"Testing\" "
                       "status, and Google ends such permissions 7 days after you signed in.");
        v.advice = signInAgainAdvice() + QLatin1Char(' ') + publishProjectAdvice();
        return v;
    }
    if (left <= qint64(std::chrono::duration_cast<std::chrono::seconds>(kWarnAhead).count())) {
        v.state = ConsentState::ExpiresSoon;
        v.warn = true;
        v.message = tr("Google's permission for Mailferry ends %1 (%2): your Google Cloud project is in \"Testing\" "
                       "status, and Google ends such permissions 7 days after you signed in.")
                        .arg(untilText(left), record.expiresAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
        v.advice = signInAgainAdvice() + QLatin1Char(' ') + publishProjectAdvice();
        return v;
    }
    v.state = ConsentState::Valid;
    v.message = tr("Google's permission for Mailferry ends %1 (your Google Cloud project is in \"Testing\" status).")
                    .arg(untilText(left));
    v.advice = publishProjectAdvice();
    return v;
}

GrantLoss ConsentLifetime::classifyInvalidGrant(const ConsentRecord &record, const QDateTime &now,
                                                const QString &errorDescription)
{
    if (!record.isLimited())
        return GrantLoss::Revoked;
    if (now.secsTo(record.expiresAt) <= kClockSlackSecs)
        return GrantLoss::ConsentExpired;
    // Before the announced end Google only says "expired or revoked"; that is a revocation.
    Q_UNUSED(errorDescription);
    return GrantLoss::Revoked;
}

QString ConsentLifetime::lossMessage(GrantLoss loss)
{
    if (loss == GrantLoss::ConsentExpired)
        return tr("Google's permission for Mailferry expired: your Google Cloud project is in \"Testing\" status, and "
                  "Google ends such permissions 7 days after you signed in. %1 %2")
            .arg(signInAgainAdvice(), publishProjectAdvice());
    return tr("Google no longer accepts Mailferry's sign-in for this account (it was withdrawn, the Google password "
              "changed, or it went unused for months). %1")
        .arg(signInAgainAdvice());
}

QString ConsentLifetime::signInAgainAdvice()
{
    return tr("Sign in with Google again to continue.");
}

QString ConsentLifetime::publishProjectAdvice()
{
    return tr("To stop this from happening every week, publish your project: in the Google Cloud console, open APIs & "
              "Services > OAuth consent screen (Audience), and click Publish app. A project that only you (or fewer "
              "than 100 people) use can stay unverified; Google then shows an \"unverified app\" screen at sign-in, "
              "where you click Advanced and continue. Then sign in again once.");
}

} // namespace mf::google
