#include "wizard/SetupWizard.h"

#include "wizard/WelcomePage.h"

#include <QIcon>

namespace mf::ui {

SetupWizard::SetupWizard(QWidget *parent)
    : QWizard(parent)
{
    setObjectName(QStringLiteral("setupWizard"));
    setWindowTitle(tr("Mailferry"));
    setWindowIcon(QIcon(QStringLiteral(":/mailferry/icons/mailferry.svg")));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage, true);
    setMinimumSize(640, 480);
    setPage(WelcomePageId, new WelcomePage(this));
}

} // namespace mf::ui
