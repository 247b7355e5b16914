// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/ClientAssistant.h"

#include "AppContext.h"
#include "common/Clock.h"
#include "common/Logging.h"
#include "common/Paths.h"
#include "common/PrivateFiles.h"
#include "common/SettingsKeys.h"
#include "google/ClientConfig.h"
#include "widgets/BrowserFallback.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace mf::ui {
namespace {

/// Google names the download client_secret_<id>.apps.googleusercontent.com.json; a second
/// download of the same file gets " (1)" added by the browser.
bool isClientFileName(const QString &name)
{
    return name.startsWith(QLatin1String("client_secret"), Qt::CaseInsensitive)
        && name.endsWith(QLatin1String(".json"), Qt::CaseInsensitive);
}

QLabel *stepNumber(int n, QWidget *parent)
{
    auto *label = new QLabel(QStringLiteral("<b>%1</b>").arg(n), parent);
    label->setAlignment(Qt::AlignRight | Qt::AlignTop);
    return label;
}

} // namespace

ClientAssistant::ClientAssistant(AppContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_folder(QStandardPaths::writableLocation(QStandardPaths::DownloadLocation))
{
    setObjectName(QStringLiteral("clientAssistant"));
    auto *intro = new QLabel(tr("<b>Connect Mailferry to Google (once, about 15 minutes)</b><br>"
                                "This copy of Mailferry has no Google connection built in. Make one in your "
                                "Google account: each button below opens the right Google page."),
                             this);
    intro->setObjectName(QStringLiteral("assistantIntro"));
    intro->setWordWrap(true);

    struct Step {
        QString text;
        QString button;
        const char *url;
        const char *name;
    };
    const Step steps[] = {
        {tr("Turn on the Gmail API: click <b>Enable</b>. If Google asks for a project first, create one "
            "(any name, for example Mailferry)."),
         tr("Open the &Gmail API page"), kGmailApiUrl, "openGmailApiButton"},
        {tr("Set up the consent screen: choose <b>External</b>, type an app name (Mailferry) and your email. "
            "Add the scope <tt>https://www.googleapis.com/auth/gmail.insert</tt>, and add your Gmail address "
            "as a <b>test user</b>."),
         tr("Open the c&onsent screen"), kConsentScreenUrl, "openConsentButton"},
        {tr("Create the client: as application type choose <b>Desktop app</b>, click <b>Create</b>, then "
            "<b>Download JSON</b>."),
         tr("Open the client &page"), kNewClientUrl, "openClientPageButton"},
    };

    auto *grid = new QGridLayout;
    grid->setColumnStretch(1, 1);
    int row = 0;
    for (const Step &step : steps) {
        auto *text = new QLabel(step.text, this);
        text->setWordWrap(true);
        text->setTextFormat(Qt::RichText);
        text->setTextInteractionFlags(Qt::TextSelectableByMouse);
        auto *button = new QPushButton(step.button, this);
        button->setObjectName(QString::fromLatin1(step.name));
        // Enter on a focused step button opens its page; it must not press the wizard's Next.
        button->setAutoDefault(false);
        const QUrl url(QString::fromLatin1(step.url));
        connect(button, &QPushButton::clicked, this, [this, url] { BrowserFallback::open(m_context, url, m_fallback); });
        grid->addWidget(stepNumber(row + 1, this), row, 0);
        grid->addWidget(text, row, 1);
        grid->addWidget(button, row, 2, Qt::AlignTop);
        // Focus given to the assistant goes to the first step.
        if (row == 0)
            setFocusProxy(button);
        ++row;
    }
    auto *last = new QLabel(tr("Mailferry finds the downloaded file in your Downloads folder by itself. "
                               "If you saved it elsewhere, or were given one, choose it here."),
                            this);
    last->setWordWrap(true);
    m_choose = new QPushButton(tr("Choose the &downloaded file…"), this);
    m_choose->setObjectName(QStringLiteral("chooseClientFileButton"));
    m_choose->setAutoDefault(false);
    grid->addWidget(stepNumber(row + 1, this), row, 0);
    grid->addWidget(last, row, 1);
    grid->addWidget(m_choose, row, 2, Qt::AlignTop);

    m_fallback = new BrowserFallback(this);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("assistantStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::RichText);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(intro);
    layout->addLayout(grid);
    layout->addWidget(m_fallback);
    layout->addWidget(m_status);

    connect(m_choose, &QPushButton::clicked, this, &ClientAssistant::chooseFile);
}

void ClientAssistant::setDownloadsFolder(const QString &folder)
{
    const bool was = m_watching;
    stopWatching();
    m_folder = folder;
    m_seen.clear();
    if (was)
        startWatching();
}

void ClientAssistant::startWatching()
{
    if (m_watching)
        return;
    m_watching = true;
    if (!m_watcher) {
        m_watcher = new QFileSystemWatcher(this);
        connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, &ClientAssistant::rescan);
    }
    if (!m_folder.isEmpty() && QFileInfo(m_folder).isDir())
        m_watcher->addPath(m_folder);
    // The poll catches what the watcher may miss (a folder created later, network drives).
    if (!m_poll) {
        m_poll = m_context.clock()->createTimer(this);
        connect(m_poll, &Timer::timeout, this, [this] {
            rescan();
            if (m_watching && m_poll)
                m_poll->start(Millis(kPollMs));
        });
    }
    m_poll->start(Millis(kPollMs));
    if (!m_folder.isEmpty())
        setStatus(tr("Watching your Downloads folder (%1) for the file…").arg(QDir::toNativeSeparators(m_folder).toHtmlEscaped()),
                  false);
    rescan();
}

void ClientAssistant::stopWatching()
{
    m_watching = false;
    if (m_watcher && !m_watcher->directories().isEmpty())
        m_watcher->removePaths(m_watcher->directories());
    if (m_poll)
        m_poll->stop();
}

void ClientAssistant::rescan()
{
    if (!m_watching || m_folder.isEmpty())
        return;
    const QDir dir(m_folder);
    if (!dir.exists())
        return;
    if (m_watcher && m_watcher->directories().isEmpty())
        m_watcher->addPath(m_folder);
    // Newest first, so that of several downloads the last one counts.
    const QFileInfoList files = dir.entryInfoList(QDir::Files | QDir::Readable, QDir::Time);
    for (const QFileInfo &info : files) {
        if (!isClientFileName(info.fileName()))
            continue;
        // A browser may create the file empty and fill it later: look again when it has bytes.
        if (info.size() == 0)
            continue;
        const QPair<qint64, QDateTime> version(info.size(), info.lastModified());
        auto it = m_seen.find(info.fileName());
        if (it != m_seen.end() && it.value() == version)
            continue;
        m_seen.insert(info.fileName(), version);
        take(info.absoluteFilePath());
        return; // one file at a time: the newest
    }
}

void ClientAssistant::chooseFile()
{
    const QString file =
        QFileDialog::getOpenFileName(this, tr("Choose the Google client file"), m_folder, tr("Google client file (*.json)"));
    if (!file.isEmpty())
        take(file);
}

void ClientAssistant::take(const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    const Status imported = importFile(m_context, path);
    if (!imported) {
        setStatus(tr("%1: %2").arg(name, imported.error().message), true);
        return;
    }
    stopWatching();
    setStatus(tr("Found %1. Mailferry is connected to your Google client.").arg(name.toHtmlEscaped()), false);
    emit clientReady();
}

Status ClientAssistant::importFile(AppContext &context, const QString &path)
{
    auto config = google::ClientConfig::fromJsonFile(path);
    if (!config)
        return Status(config.error());
    // A copy in Mailferry's own (private) folder: the download is the user's and may be tidied
    // away, and the command line reads the same file.
    QString kept = path;
    const QString dir = paths::dataDir();
    QFile source(path);
    if (privatefiles::ensurePrivateDir(dir) && source.open(QIODevice::ReadOnly)) {
        const QString copy = dir + QStringLiteral("/google-client.json");
        QSaveFile out(copy);
        const QByteArray bytes = source.read(google::ClientConfig::kMaxFileBytes + 1);
        if (out.open(QIODevice::WriteOnly) && out.write(bytes) == bytes.size() && out.commit()) {
            [[maybe_unused]] const bool made = privatefiles::makeFilePrivate(copy);
            kept = copy;
        } else {
            qCWarning(lcUi) << "could not keep a copy of the Google client file; remembering where it is instead";
        }
    }
    context.setClient(config.value());
    context.settings()->setValue(QString::fromLatin1(keys::kGoogleClientFile), kept);
    qCInfo(lcUi) << "Google client imported";
    return {};
}

void ClientAssistant::setStatus(const QString &text, bool problem)
{
    m_status->setText(problem ? QStringLiteral("<span style='color:#b3261e'>%1</span>").arg(text.toHtmlEscaped()) : text);
    m_status->setAccessibleDescription(text);
}

} // namespace mf::ui
