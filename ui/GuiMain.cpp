#include "GuiMain.h"

#include "wizard/SetupWizard.h"

#include <QApplication>

namespace mf::ui {

int runGui(QApplication &app)
{
    SetupWizard wizard;
    wizard.show();
    return app.exec();
}

} // namespace mf::ui
