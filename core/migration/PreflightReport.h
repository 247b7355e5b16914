// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/Clock.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QSet>
#include <QStringList>

#include <optional>
#include <vector>

namespace mf::store {
class LedgerReader;
}

namespace mf::migration {

/// What a pre-flight found out about a mailbox from its listing and header blocks alone, before
/// anything is copied: the counts the review page and `mailferry preflight` show.
struct PreflightReport {
    enum class Source { Pop3, Archive } source = Source::Pop3;
    qint64 messages = 0;
    qint64 totalBytes = 0; ///< LIST sizes (POP3) or the messages' sizes (archive)
    QDateTime oldest;      ///< invalid when no message has a usable date
    QDateTime newest;
    qint64 datesToRescue = 0;    ///< Date missing or unreadable: Mailferry will take it from Received:
    qint64 datesUnrescuable = 0; ///< ... and of those, no Received: date either (Gmail shows the import time)
    qint64 sizeLimitBytes = 0;
    qint64 gmailLimitBytes = 0;
    qint64 overSizeLimit = 0;  ///< over the chosen limit (stay on the server)
    qint64 overGmailLimit = 0; ///< over Gmail's own limit
    qint64 withoutMessageId = 0;
    qint64 duplicates = 0;      ///< messages that look like an earlier one (same Message-ID, or same from+date+subject+size)
    qint64 duplicateGroups = 0; ///< how many different messages have such copies
    bool ledgerFound = false;   ///< a record of earlier runs exists
    qint64 alreadyInGmail = 0;  ///< per that record
    qint64 headersCut = 0;      ///< header blocks longer than the pre-flight reads (counted on their start)
    qint64 unreadable = 0;      ///< messages whose header block could not be read
    qint64 toCopy = 0;          ///< neither in Gmail already nor over the size limit
    double messagesPerMinute = 0;
    Millis estimated{0}; ///< toCopy at Gmail's pace
    bool serverHasUidl = true;
};

/// What one message contributes to the report; made by messageFacts(), summed by PreflightTally.
struct MessageFacts {
    qint64 size = 0;
    bool hasMessageId = false;
    quint64 identity = 0;          ///< a hash of the Message-ID, or of from+date+subject+size without one
    std::optional<QDateTime> date; ///< the Date header, or the date a rescue would give it
    bool dateNeedsRescue = false;
    bool dateUnrescuable = false;
    bool headerCut = false;
    bool alreadyInGmail = false;
    QByteArray messageId; ///< normalised; for the caller's look-up in the ledger, not kept by the tally
};

/// The facts of one message from its header block (the start of it when `headerCut`) and its size.
/// Pure; follows DateRescue's rules for which dates need rescue and what they become.
[[nodiscard]] MessageFacts messageFacts(const QByteArray &headerBlock, qint64 size, bool headerCut = false);

/// Sums MessageFacts into a report, keeping 8 bytes per message (for the duplicates), so that a
/// mailbox of 50,000 messages costs about 400 KB. Pure.
class PreflightTally {
public:
    struct Limits {
        qint64 sizeLimitBytes = 0;
        qint64 gmailLimitBytes = 0;
        double messagesPerMinute = 600; ///< Gmail's pace for the estimate
    };
    explicit PreflightTally(const Limits &limits);

    void add(const MessageFacts &facts);
    /// A message whose header block could not be read: it counts with its size and nothing else.
    void addUnreadable(qint64 size, bool alreadyInGmail);
    [[nodiscard]] qint64 count() const { return m_report.messages; }
    /// The report so far (counts the duplicates on a sorted copy; the tally goes on).
    [[nodiscard]] PreflightReport report() const;
    PreflightReport &base() { return m_report; } ///< for the fields the run itself fills (source, ledger, UIDL)

private:
    void addSize(qint64 size, bool alreadyInGmail);

    Limits m_limits;
    PreflightReport m_report;
    std::vector<quint64> m_identities;
};

/// What the record of earlier runs says is in Gmail already, as hashes of (UIDL or archive id,
/// size announced) and (Message-ID, size announced): 16 bytes a message. Pure apart from load().
class LedgerIndex {
public:
    /// Reads every item already in Gmail (copied, skipped as a duplicate, or deleted).
    [[nodiscard]] static std::optional<LedgerIndex> load(store::LedgerReader &ledger, QString *error);
    void addItem(const QByteArray &uidl, const QByteArray &messageId, qint64 listSize);
    [[nodiscard]] bool hasUidl(const QByteArray &uidl, qint64 listSize) const;
    [[nodiscard]] bool hasMessageId(const QByteArray &messageId, qint64 listSize) const;
    [[nodiscard]] bool isEmpty() const { return m_byUidl.isEmpty() && m_byMessageId.isEmpty(); }

private:
    QSet<quint64> m_byUidl;
    QSet<quint64> m_byMessageId;
};

/// The report as JSON (the fields `mailferry preflight --json` prints), dates in ISO 8601 UTC.
[[nodiscard]] QJsonObject preflightJson(const PreflightReport &report);

/// The report in plain sentences for people, one fact each; the first is the count and size.
class PreflightText {
    Q_DECLARE_TR_FUNCTIONS(mf::migration::PreflightText)
public:
    [[nodiscard]] static QStringList sentences(const PreflightReport &report);
    /// "about 3 h 20 min", "about 5 minutes", "about a minute".
    [[nodiscard]] static QString duration(Millis duration);
};

/// A 64-bit hash of `bytes` (the first 8 bytes of its SHA-256), stable across runs and platforms.
[[nodiscard]] quint64 hash64(QByteArrayView bytes);

} // namespace mf::migration

Q_DECLARE_METATYPE(mf::migration::PreflightReport)
