#pragma once

#include "accounts/AccountConfig.h"
#include "migration/MigrationTypes.h"

#include <QByteArray>
#include <QDateTime>

namespace mf::migration {

/// The short report Mailferry puts into the user's own Gmail inbox when a run ends with failures.
/// It travels through the same insert permission as the mail itself (no send permission needed),
/// and carries the failures as a CSV attachment so that nothing has to be looked up elsewhere.
class ReportMail {
public:
    /// A complete RFC 5322 message (CRLF line ends, multipart/mixed: a plain-text summary and
    /// the CSV). `failuresCsv` is the item log's failures, as CsvExporter writes them.
    [[nodiscard]] static QByteArray build(const accounts::AccountConfig &account, const QString &gmailAccount,
                                          const RunSummary &summary, const QByteArray &failuresCsv,
                                          const QDateTime &now);
};

} // namespace mf::migration
