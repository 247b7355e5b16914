// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "archive/ArchiveSurvey.h"

#include "archive/ArchiveOpener.h"

#include <QHash>
#include <QThread>

namespace mf::archive {

FolderCount SurveyResult::folder(const QString &name) const
{
    for (const FolderCount &f : folders) {
        if (f.folder == name)
            return f;
    }
    return FolderCount{name, 0, 0};
}

Result<SurveyResult> surveyArchive(const QString &path, const std::function<bool()> &stop,
                                   const std::function<void(const SurveyResult &)> &onProgress, int progressEvery)
{
    auto opened = openArchive(path);
    if (!opened)
        return opened.error();
    ArchiveReader &reader = *opened.value();
    SurveyResult result;
    result.path = path;
    result.format = reader.format();
    QHash<QString, qsizetype> indexOf; // folder -> position in result.folders
    qint64 sinceReport = 0;
    const auto report = [&] {
        result.skippedDeleted = reader.skippedDeleted();
        sinceReport = 0;
        if (onProgress)
            onProgress(result);
    };
    // A reader that keeps failing at the same place would never end: after this many problems
    // the rest of the archive is left unread and the result says so.
    constexpr int kProblemLimit = 1000;
    while (true) {
        if (stop && stop()) {
            result.cancelled = true;
            result.skippedDeleted = reader.skippedDeleted();
            return result;
        }
        auto next = reader.next();
        if (!next) {
            if (result.problems.size() >= kProblemLimit) {
                result.problems.append(QStringLiteral("…"));
                break;
            }
            result.problems.append(next.error().message);
            if (next.error().scope != Error::Scope::Item)
                break; // the reader cannot go on past this damage
            continue;
        }
        if (!next.value())
            break;
        const ArchiveItem &item = *next.value();
        auto at = indexOf.constFind(item.folder);
        if (at == indexOf.constEnd()) {
            at = indexOf.insert(item.folder, result.folders.size());
            result.folders.append(FolderCount{item.folder, 0, 0});
            if (result.messages > 0)
                report(); // a new folder begins: show the one that ended complete
        }
        FolderCount &f = result.folders[*at];
        ++f.messages;
        f.bytes += item.size;
        ++result.messages;
        result.bytes += item.size;
        if (++sinceReport >= std::max(1, progressEvery))
            report();
    }
    result.skippedDeleted = reader.skippedDeleted();
    result.finished = true;
    return result;
}

ArchiveSurvey::ArchiveSurvey(QObject *parent)
    : QObject(parent)
{
}

ArchiveSurvey::~ArchiveSurvey()
{
    // The threads report to this object: every one must have ended before it goes.
    if (m_thread)
        m_retiring.append({m_thread, m_stop});
    for (auto &[thread, stop] : m_retiring)
        stop->store(true);
    for (auto &[thread, stop] : m_retiring) {
        thread->wait();
        delete thread;
    }
}

void ArchiveSurvey::start(const QString &path)
{
    cancel();
    const quint64 generation = ++m_generation;
    m_result = SurveyResult{};
    m_result.path = path;
    m_stop = std::make_shared<std::atomic<bool>>(false);
    std::shared_ptr<std::atomic<bool>> stop = m_stop;
    m_thread = QThread::create([this, path, stop, generation] {
        auto result = surveyArchive(
            path, [&stop] { return stop->load(); },
            [this, generation](const SurveyResult &soFar) {
            QMetaObject::invokeMethod(
                this, [this, generation, soFar] { deliver(generation, soFar, false); }, Qt::QueuedConnection);
            });
        if (result) {
            QMetaObject::invokeMethod(
                this, [this, generation, r = result.value()] { deliver(generation, r, true); }, Qt::QueuedConnection);
        } else {
            QMetaObject::invokeMethod(
                this, [this, generation, e = result.error()] { deliverError(generation, e); }, Qt::QueuedConnection);
        }
    });
    m_thread->setObjectName(QStringLiteral("archiveSurvey"));
    QThread *thread = m_thread;
    connect(thread, &QThread::finished, this, [this, thread] {
        for (qsizetype i = 0; i < m_retiring.size(); ++i) {
            if (m_retiring.at(i).first == thread) {
                m_retiring.removeAt(i);
                thread->deleteLater();
                return;
            }
        }
    });
    m_thread->start(QThread::LowPriority);
}

void ArchiveSurvey::cancel()
{
    if (!m_thread)
        return;
    m_stop->store(true);
    m_retiring.append({m_thread, m_stop});
    m_thread = nullptr;
    m_stop.reset();
    ++m_generation; // what the cancelled survey still sends is not this survey's any more
    m_result.cancelled = true;
    m_result.finished = false;
    emit finished(m_result);
}

void ArchiveSurvey::deliver(quint64 generation, const SurveyResult &result, bool done)
{
    if (generation != m_generation)
        return;
    m_result = result;
    if (!done) {
        emit progress(m_result);
        return;
    }
    m_retiring.append({m_thread, m_stop});
    m_thread = nullptr;
    m_stop.reset();
    emit finished(m_result);
}

void ArchiveSurvey::deliverError(quint64 generation, const Error &error)
{
    if (generation != m_generation)
        return;
    m_retiring.append({m_thread, m_stop});
    m_thread = nullptr;
    m_stop.reset();
    emit failed(error);
}

} // namespace mf::archive
