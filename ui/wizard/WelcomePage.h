#pragma once

#include <QWizardPage>

namespace mf::ui {

/// Says what will happen, in two sentences, and makes the privacy promise.
class WelcomePage : public QWizardPage {
    Q_OBJECT
public:
    explicit WelcomePage(QWidget *parent = nullptr);
};

} // namespace mf::ui
