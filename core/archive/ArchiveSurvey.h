// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "archive/ArchiveItem.h"
#include "common/Error.h"
#include "common/Result.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>

class QThread;

namespace mf::archive {

/// One folder of an archive as the survey counted it.
struct FolderCount {
    QString folder; ///< "/"-separated ("Old mail/Invoices/2019"); "" = the archive's top
    qint64 messages = 0;
    qint64 bytes = 0; ///< the messages as they would be uploaded

    friend bool operator==(const FolderCount &a, const FolderCount &b)
    {
        return a.folder == b.folder && a.messages == b.messages && a.bytes == b.bytes;
    }
};

/// What is in an archive: its format and, per folder, how many messages and how large. While a
/// survey runs this is what has been counted so far.
struct SurveyResult {
    QString path;
    ArchiveFormat format = ArchiveFormat::Unknown;
    QList<FolderCount> folders; ///< in the order the reader met them
    qint64 messages = 0;
    qint64 bytes = 0;
    qint64 skippedDeleted = 0; ///< deleted in the mail program, not counted and not copied
    QStringList problems;      ///< damaged places, each named (the counts are what could be read)
    bool finished = false;     ///< the whole archive was read (false while running, or when cancelled)
    bool cancelled = false;

    /// The counts of `folder`, or a zero count when the survey has not met it.
    [[nodiscard]] FolderCount folder(const QString &folder) const;
};

/// Reads the archive at `path` once, item by item, counting every folder. `onProgress` is called
/// every `progressEvery` messages and when a folder begins with what has been counted so far;
/// `stop` is asked between messages and ends the survey early (the result then says cancelled).
/// An archive that cannot be opened at all is an error; damage met on the way is a problem in
/// the result, and the survey goes on where the reader can.
[[nodiscard]] Result<SurveyResult> surveyArchive(const QString &path, const std::function<bool()> &stop = {},
                                                 const std::function<void(const SurveyResult &)> &onProgress = {},
                                                 int progressEvery = 200);

/// Runs surveyArchive() on a worker thread so that the caller's thread never reads an archive,
/// and reports on the caller's thread. Starting again cancels the survey under way; only the
/// latest one reports.
class ArchiveSurvey : public QObject {
    Q_OBJECT
public:
    explicit ArchiveSurvey(QObject *parent = nullptr);
    /// Cancels a survey under way and waits for its thread.
    ~ArchiveSurvey() override;

    void start(const QString &path);
    /// Stops the survey under way; `finished` follows with `cancelled` set.
    void cancel();
    [[nodiscard]] bool isRunning() const { return m_thread != nullptr; }
    /// The latest counts (of the running survey, or of the last one that ended).
    [[nodiscard]] const SurveyResult &result() const { return m_result; }

signals:
    /// Counts so far (every few hundred messages and at each new folder).
    void progress(const mf::archive::SurveyResult &soFar);
    /// The survey ended: read to the end, or cancelled.
    void finished(const mf::archive::SurveyResult &result);
    /// The archive could not be opened (no such path, not a mail archive).
    void failed(const mf::Error &error);

private:
    void deliver(quint64 generation, const SurveyResult &result, bool done);
    void deliverError(quint64 generation, const Error &error);

    QThread *m_thread = nullptr;               ///< the survey that reports
    std::shared_ptr<std::atomic<bool>> m_stop; ///< its stop flag
    /// Threads of cancelled surveys still ending (each stops at its next message).
    QList<QPair<QThread *, std::shared_ptr<std::atomic<bool>>>> m_retiring;
    quint64 m_generation = 0;
    SurveyResult m_result;
};

} // namespace mf::archive
