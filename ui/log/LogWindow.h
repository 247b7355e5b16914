// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "accounts/AccountConfig.h"
#include "common/Result.h"

#include <QDialog>

class QLabel;

namespace mf::ui {

class AppContext;
class LogView;

/// "View log" of one mailbox: the message table with its details pane (LogView), "Retry failed"
/// (the accounts window starts that run), and CSV export in the user's spreadsheet format, which
/// says where it saved and never replaces a file without asking.
class LogWindow : public QDialog {
    Q_OBJECT
public:
    LogWindow(AppContext &context, const accounts::AccountConfig &account, QWidget *parent = nullptr);

    [[nodiscard]] LogView *view() const { return m_view; }
    /// Writes the log to `path`, or beside it under a new name if a file is there already.
    Result<qint64> exportCsv(const QString &path);
    [[nodiscard]] QString savedPath() const { return m_savedPath; }

signals:
    void retryFailedRequested(const QString &accountId);

private:
    Result<qint64> writeCsv(const QString &target);

    AppContext &m_context;
    accounts::AccountConfig m_account;
    LogView *m_view = nullptr;
    QLabel *m_note = nullptr;
    QString m_savedPath;
};

/// `path`, or the first "name (N).ext" beside it that does not exist yet.
[[nodiscard]] QString unusedFileName(const QString &path);

} // namespace mf::ui
