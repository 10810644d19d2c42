#pragma once

#include "net/ProxySettings.h"

#include <QDialog>

#include <memory>

class NetworkSettings;

namespace Ui {
class NetworkSettingsDialog;
}

// How this app reaches its server: no proxy, the system's proxy, or one proxy of its own (HTTP
// or SOCKS5, with a user name and password if it wants them). Opened from "Network…" at the
// window's foot (and the File menu on macOS); OK applies at once (NetworkSettings). A proxy the
// organisation locked is shown, not changed; only its password can be entered.
class NetworkSettingsDialog : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NetworkSettingsDialog)

public:
    explicit NetworkSettingsDialog(NetworkSettings *settings, QWidget *parent = nullptr);
    ~NetworkSettingsDialog() override;

    // What the form says now (Manual needs a host and a port to be valid).
    ProxySettings chosen() const;
    void accept() override;

private:
    void updateEnabled();

    std::unique_ptr<Ui::NetworkSettingsDialog> m_ui;
    NetworkSettings *m_settings;
};
