#pragma once

#include <QWizard>

namespace mf::ui {

/// The first-run wizard: Welcome, Sign in with Google, Your old mailbox, Options, Review,
/// Progress, Done. Each page is its own class; the wizard only wires them together.
class SetupWizard : public QWizard {
    Q_OBJECT
public:
    enum PageId { WelcomePageId = 0 };

    explicit SetupWizard(QWidget *parent = nullptr);
};

} // namespace mf::ui
