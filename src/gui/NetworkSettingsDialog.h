#pragma once

#include "ProxySettings.h"

#include <QDialog>

class NetworkSettings;
class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class QSpinBox;

// How this app reaches its server: no proxy, the system's proxy, or one proxy of its own (HTTP
// or SOCKS5, with a user name and password if it wants them). Opened from "Network…" at the
// window's foot (and the File menu on macOS); OK applies at once (NetworkSettings). A proxy the
// organisation locked is shown, not changed; only its password can be entered.
class NetworkSettingsDialog : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NetworkSettingsDialog)
public:
    explicit NetworkSettingsDialog(NetworkSettings *settings, QWidget *parent = nullptr);

    // What the form says now (Manual needs a host and a port to be valid).
    ProxySettings chosen() const;

    void accept() override;

private:
    void updateEnabled();

    NetworkSettings *m_settings;
    QRadioButton *m_none;
    QRadioButton *m_system;
    QRadioButton *m_manual;
    QComboBox *m_type;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QLabel *m_problem;
    QLabel *m_lockedNote;
};
