#pragma once

#include <QWizardPage>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;

namespace mf::ui {

/// "Options": what happens on the server after copying (keep by default; delete, or delete after
/// N days, with a warning), where mail lands (Inbox unread/read, archived with a label, which
/// needs the label permission), the size limit, continuous checking and "let Gmail filter spam".
class OptionsPage : public QWizardPage {
    Q_OBJECT
public:
    explicit OptionsPage(QWidget *parent = nullptr);

    void initializePage() override;
    [[nodiscard]] bool isComplete() const override;
    [[nodiscard]] bool validatePage() override;

private:
    void updateState();
    [[nodiscard]] bool labelsGranted() const;

    QRadioButton *m_keep = nullptr;
    QRadioButton *m_delete = nullptr;
    QRadioButton *m_deleteLater = nullptr;
    QSpinBox *m_days = nullptr;
    QLabel *m_deleteWarning = nullptr;
    QComboBox *m_placement = nullptr;
    QLineEdit *m_label = nullptr;
    QLabel *m_labelNote = nullptr;
    QPushButton *m_grantLabels = nullptr;
    QSpinBox *m_sizeLimit = nullptr;
    QCheckBox *m_continuous = nullptr;
    QSpinBox *m_interval = nullptr;
    QCheckBox *m_useImport = nullptr;
    QCheckBox *m_startAtLogin = nullptr;
};

} // namespace mf::ui
