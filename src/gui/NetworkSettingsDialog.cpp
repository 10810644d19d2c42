#include "NetworkSettingsDialog.h"

#include "MessageBanner.h"
#include "Messages.h"
#include "net/NetworkSettings.h"
#include "ui_NetworkSettingsDialog.h"

NetworkSettingsDialog::NetworkSettingsDialog(NetworkSettings *settings, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::NetworkSettingsDialog>()), m_settings(settings)
{
    m_ui->setupUi(this);
    m_ui->proxyTypeCombo->addItem(QStringLiteral("HTTP"), int(QNetworkProxy::HttpProxy));
    m_ui->proxyTypeCombo->addItem(QStringLiteral("SOCKS5"), int(QNetworkProxy::Socks5Proxy));
    m_ui->proxyProblemLabel->hide();
    m_ui->proxyPasswordNoteLabel->setText(
        tr("The password is kept in %1, never in a settings file.").arg(Messages::keychainName()));
    m_ui->proxyLockedLabel->setVisible(settings->isLocked());
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    const ProxySettings &now = settings->proxy();
    switch (now.mode) {
    case ProxySettings::Mode::System:
        m_ui->systemProxyRadio->setChecked(true);
        break;
    case ProxySettings::Mode::None:
        m_ui->noProxyRadio->setChecked(true);
        break;
    case ProxySettings::Mode::Manual:
        m_ui->manualProxyRadio->setChecked(true);
        m_ui->proxyTypeCombo->setCurrentIndex(m_ui->proxyTypeCombo->findData(int(now.type)));
        m_ui->proxyHostEdit->setText(now.host);
        m_ui->proxyPortSpin->setValue(now.port);
        m_ui->proxyUserEdit->setText(now.user);
        break;
    }
    if (settings->hasPassword())
        m_ui->proxyPasswordEdit->setPlaceholderText(tr("(kept)"));
    connect(m_ui->modeGroup, &QButtonGroup::buttonToggled, this,
            &NetworkSettingsDialog::updateEnabled);
    connect(m_ui->proxyUserEdit, &QLineEdit::textChanged, this,
            &NetworkSettingsDialog::updateEnabled);
    updateEnabled();
}

NetworkSettingsDialog::~NetworkSettingsDialog() = default;

ProxySettings NetworkSettingsDialog::chosen() const
{
    ProxySettings proxy;
    if (m_ui->noProxyRadio->isChecked()) {
        proxy.mode = ProxySettings::Mode::None;
    } else if (m_ui->manualProxyRadio->isChecked()) {
        proxy.mode = ProxySettings::Mode::Manual;
        proxy.type = QNetworkProxy::ProxyType(m_ui->proxyTypeCombo->currentData().toInt());
        proxy.host = m_ui->proxyHostEdit->text().trimmed();
        proxy.port = quint16(m_ui->proxyPortSpin->value());
        proxy.user = m_ui->proxyUserEdit->text().trimmed();
    }
    return proxy;
}

void NetworkSettingsDialog::updateEnabled()
{
    const bool locked = m_settings->isLocked();
    for (QWidget *widget : {m_ui->systemProxyRadio, m_ui->noProxyRadio, m_ui->manualProxyRadio})
        widget->setEnabled(!locked);
    const bool manual = m_ui->manualProxyRadio->isChecked();
    for (QWidget *widget :
         {static_cast<QWidget *>(m_ui->proxyTypeCombo), static_cast<QWidget *>(m_ui->proxyHostEdit),
          static_cast<QWidget *>(m_ui->proxyPortSpin), static_cast<QWidget *>(m_ui->proxyUserEdit)})
        widget->setEnabled(manual && !locked);
    // A locked proxy that names a user still takes that person's own password.
    m_ui->proxyPasswordEdit->setEnabled(manual && !m_ui->proxyUserEdit->text().trimmed().isEmpty());
}

void NetworkSettingsDialog::accept()
{
    const ProxySettings proxy = chosen();
    // The host goes into a URL: it must be one (no spaces, no scheme, no path).
    if (proxy.mode == ProxySettings::Mode::Manual
        && !ProxySettings::parse(proxy.toString()).has_value()) {
        m_ui->proxyProblemLabel->setText(tr("Enter the proxy's host name or address, such as "
                                            "proxy.example.com, and its port."));
        m_ui->proxyProblemLabel->show();
        MessageBanner::announce(m_ui->proxyProblemLabel);
        m_ui->proxyHostEdit->setFocus();
        return;
    }
    m_settings->change(proxy, m_ui->proxyPasswordEdit->text());
    m_ui->proxyPasswordEdit->clear();
    QDialog::accept();
}
