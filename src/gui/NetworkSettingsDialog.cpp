#include "NetworkSettingsDialog.h"

#include "NetworkSettings.h"

#include <QAccessible>
#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

NetworkSettingsDialog::NetworkSettingsDialog(NetworkSettings *settings, QWidget *parent)
    : QDialog(parent), m_settings(settings)
{
    setObjectName(QStringLiteral("networkSettingsDialog"));
    setWindowTitle(tr("Network Settings"));
    auto *layout = new QVBoxLayout(this);

    auto *intro = new QLabel(tr("How this app reaches the server:"), this);
    intro->setObjectName(QStringLiteral("proxyIntroLabel"));
    layout->addWidget(intro);
    m_system = new QRadioButton(tr("Use the &system's proxy settings"), this);
    m_none = new QRadioButton(tr("&No proxy"), this);
    m_manual = new QRadioButton(tr("&Use this proxy:"), this);
    for (auto [button, name] :
         {std::pair {m_system, "systemProxyRadio"}, std::pair {m_none, "noProxyRadio"},
          std::pair {m_manual, "manualProxyRadio"}}) {
        button->setObjectName(QLatin1String(name));
        layout->addWidget(button);
    }
    auto *group = new QButtonGroup(this);
    group->addButton(m_system);
    group->addButton(m_none);
    group->addButton(m_manual);

    auto *form = new QFormLayout;
    form->setContentsMargins(24, 0, 0, 0);
    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("proxyTypeCombo"));
    m_type->addItem(QStringLiteral("HTTP"), int(QNetworkProxy::HttpProxy));
    m_type->addItem(QStringLiteral("SOCKS5"), int(QNetworkProxy::Socks5Proxy));
    m_host = new QLineEdit(this);
    m_host->setObjectName(QStringLiteral("proxyHostEdit"));
    m_host->setPlaceholderText(QStringLiteral("proxy.example.com"));
    m_port = new QSpinBox(this);
    m_port->setObjectName(QStringLiteral("proxyPortSpin"));
    m_port->setRange(1, 65535);
    m_port->setValue(3128);
    m_user = new QLineEdit(this);
    m_user->setObjectName(QStringLiteral("proxyUserEdit"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("proxyPasswordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    const struct {
        QWidget *field;
        const char *label;
        const char *name;
        const char *objectName;
    } rows[] = {
        {m_type, QT_TR_NOOP("&Type:"), QT_TR_NOOP("Proxy type"), "proxyTypeLabel"},
        {m_host, QT_TR_NOOP("&Host:"), QT_TR_NOOP("Proxy host"), "proxyHostLabel"},
        {m_port, QT_TR_NOOP("P&ort:"), QT_TR_NOOP("Proxy port"), "proxyPortLabel"},
        {m_user, QT_TR_NOOP("User na&me:"), QT_TR_NOOP("Proxy user name (optional)"),
         "proxyUserLabel"},
        {m_password, QT_TR_NOOP("Pass&word:"), QT_TR_NOOP("Proxy password (optional)"),
         "proxyPasswordLabel"},
    };
    for (const auto &row : rows) {
        auto *label = new QLabel(tr(row.label), this);
        label->setObjectName(QLatin1String(row.objectName));
        label->setBuddy(row.field);
        row.field->setAccessibleName(tr(row.name));
        form->addRow(label, row.field);
    }
    layout->addLayout(form);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("proxyProblemLabel"));
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->hide();
    layout->addWidget(m_problem);
    m_lockedNote = new QLabel(tr("Your organisation manages these settings."), this);
    m_lockedNote->setObjectName(QStringLiteral("proxyLockedLabel"));
    m_lockedNote->setWordWrap(true);
    m_lockedNote->setVisible(settings->isLocked());
    layout->addWidget(m_lockedNote);
    auto *passwordNote = new QLabel(
        tr("The password is kept in this computer's keychain, never in a settings file."), this);
    passwordNote->setObjectName(QStringLiteral("proxyPasswordNoteLabel"));
    passwordNote->setWordWrap(true);
    layout->addWidget(passwordNote);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    const ProxySettings &now = settings->proxy();
    switch (now.mode) {
    case ProxySettings::Mode::System:
        m_system->setChecked(true);
        break;
    case ProxySettings::Mode::None:
        m_none->setChecked(true);
        break;
    case ProxySettings::Mode::Manual:
        m_manual->setChecked(true);
        m_type->setCurrentIndex(m_type->findData(int(now.type)));
        m_host->setText(now.host);
        m_port->setValue(now.port);
        m_user->setText(now.user);
        break;
    }
    if (settings->hasPassword())
        m_password->setPlaceholderText(tr("(kept)"));
    connect(group, &QButtonGroup::buttonToggled, this, &NetworkSettingsDialog::updateEnabled);
    connect(m_user, &QLineEdit::textChanged, this, &NetworkSettingsDialog::updateEnabled);
    updateEnabled();
}

ProxySettings NetworkSettingsDialog::chosen() const
{
    ProxySettings proxy;
    if (m_none->isChecked()) {
        proxy.mode = ProxySettings::Mode::None;
    } else if (m_manual->isChecked()) {
        proxy.mode = ProxySettings::Mode::Manual;
        proxy.type = QNetworkProxy::ProxyType(m_type->currentData().toInt());
        proxy.host = m_host->text().trimmed();
        proxy.port = quint16(m_port->value());
        proxy.user = m_user->text().trimmed();
    }
    return proxy;
}

void NetworkSettingsDialog::updateEnabled()
{
    const bool locked = m_settings->isLocked();
    for (QWidget *widget : {static_cast<QWidget *>(m_system), static_cast<QWidget *>(m_none),
                            static_cast<QWidget *>(m_manual)})
        widget->setEnabled(!locked);
    const bool manual = m_manual->isChecked();
    for (QWidget *widget : {static_cast<QWidget *>(m_type), static_cast<QWidget *>(m_host),
                            static_cast<QWidget *>(m_port), static_cast<QWidget *>(m_user)})
        widget->setEnabled(manual && !locked);
    // A locked proxy that names a user still takes that person's own password.
    m_password->setEnabled(manual && !m_user->text().trimmed().isEmpty());
}

void NetworkSettingsDialog::accept()
{
    const ProxySettings proxy = chosen();
    // The host goes into a URL: it must be one (no spaces, no scheme, no path).
    if (proxy.mode == ProxySettings::Mode::Manual
        && !ProxySettings::parse(proxy.toString()).has_value()) {
        m_problem->setText(tr("Enter the proxy's host name or address, such as "
                              "proxy.example.com, and its port."));
        m_problem->show();
        QAccessibleEvent event(m_problem, QAccessible::Alert);
        QAccessible::updateAccessibility(&event);
        m_host->setFocus();
        return;
    }
    m_settings->change(proxy, m_password->text());
    m_password->clear();
    QDialog::accept();
}
