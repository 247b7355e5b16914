// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/HelpMenu.h"

#include "AppContext.h"
#include "common/Paths.h"
#include "common/Version.h"
#include "widgets/ClientAssistant.h"

#include <QDesktopServices>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QIcon>
#include <QMessageBox>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace mf::ui {

HelpMenu::HelpMenu(AppContext *context, QWidget *parent)
    : QMenu(tr("&Help"), parent)
{
    setObjectName(QStringLiteral("helpMenu"));
    if (context) {
        QAction *client =
            addAction(tr("Your own &Google client…"), this, [context, parent] { showClientAssistant(*context, parent); });
        client->setObjectName(QStringLiteral("clientAssistantAction"));
    }
    QAction *logs = addAction(tr("Open the &log folder"), this, [context, parent] { openLogFolder(context, parent); });
    logs->setObjectName(QStringLiteral("openLogFolderAction"));
    addSeparator();
    QAction *about = addAction(tr("&About Mailferry"), this, [parent] { showAbout(parent); });
    about->setObjectName(QStringLiteral("aboutAction"));
}

QDialog *HelpMenu::showClientAssistant(AppContext &context, QWidget *parent)
{
    auto *dialog = new QDialog(parent);
    dialog->setObjectName(QStringLiteral("clientAssistantDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Your own Google client"));
    auto *assistant = new ClientAssistant(context, dialog);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(assistant);
    layout->addStretch(1);
    layout->addWidget(buttons);
    assistant->startWatching();
    dialog->resize(qMax(640, dialog->sizeHint().width()), dialog->sizeHint().height());
    dialog->show();
    return dialog;
}

QMessageBox *HelpMenu::showAbout(QWidget *parent)
{
    auto *box = new QMessageBox(parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(QStringLiteral("aboutBox"));
    box->setWindowTitle(tr("About Mailferry"));
    box->setIconPixmap(QIcon(QStringLiteral(":/mailferry/icons/mailferry.svg")).pixmap(64, 64));
    box->setTextFormat(Qt::RichText);
    box->setText(tr("<b>Mailferry %1</b><br>Moves mail from old POP3 mailboxes into Gmail, safely.")
                     .arg(QStringLiteral(MAILFERRY_VERSION)));
    box->setInformativeText(tr("Free software under the GNU General Public License, version 3 or any later "
                               "version (GPL-3.0-or-later).<br><a href=\"%1\">%1</a>")
                                .arg(QStringLiteral(MAILFERRY_HOMEPAGE)));
    box->open();
    return box;
}

void HelpMenu::openLogFolder(const AppContext *context, QWidget *parent)
{
    const QString folder = paths::dataDir();
    const QUrl url = QUrl::fromLocalFile(folder);
    const bool opened = context ? context->openUrl(url) : QDesktopServices::openUrl(url);
    if (!opened)
        QMessageBox::information(
            parent, tr("Log folder"),
            tr("Mailferry keeps its records and logs in this folder:\n%1").arg(QDir::toNativeSeparators(folder)));
}

} // namespace mf::ui
