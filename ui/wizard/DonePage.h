#pragma once

#include <QWizardPage>

class QLabel;
class QPushButton;

namespace mf::ui {

/// "Done": what the run amounted to, "Open Gmail", and the next step (continuous sync from the
/// tray, or removing Mailferry's data once the old mailbox is no longer needed).
class DonePage : public QWizardPage {
    Q_OBJECT
public:
    explicit DonePage(QWidget *parent = nullptr);
    void initializePage() override;
    [[nodiscard]] bool validatePage() override;

private:
    QLabel *m_summary = nullptr;
    QLabel *m_next = nullptr;
    QPushButton *m_openGmail = nullptr;
};

} // namespace mf::ui
