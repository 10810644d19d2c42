#include "RenewDialog.h"

#include "LoginPage.h"
#include "Messages.h"
#include "auth/AuthManager.h"
#include "ui_RenewDialog.h"

#include <QLayout>
#include <QPushButton>

RenewDialog::RenewDialog(AuthManager *auth, const QString &shownPhone, QWidget *parent)
    : QDialog(parent),
      m_ui(std::make_unique<Ui::RenewDialog>()),
      m_auth(auth),
      m_phone(shownPhone),
      m_shared(auth->config().isSharedComputer())
{
    m_ui->setupUi(this);
    // As large as its wrapped text needs, at a width that reads well, in every language and at
    // any scale: a wrapped label's height depends on its width, which a freely resized dialog
    // does not follow.
    m_ui->introLabel->setMinimumWidth(fontMetrics().averageCharWidth() * 44);
    layout()->setSizeConstraint(QLayout::SetFixedSize);
    m_ui->capsLockLabel->hide();
    m_ui->passwordEdit->setRevealButton(m_ui->revealButton);
    if (m_shared) // as on the sign-in page: a password typed and left goes after a while
        m_ui->passwordEdit->setLifetime(LoginPage::SharedPasswordLifetime);
    connect(m_ui->passwordEdit, &PasswordField::capsLockChanged, m_ui->capsLockLabel,
            &QWidget::setVisible);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &RenewDialog::submit);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &RenewDialog::reject);

    connect(m_auth, &AuthManager::renewingChanged, this, &RenewDialog::setBusy);
    connect(m_auth, &AuthManager::renewed, this, &QDialog::accept);
    connect(m_auth, &AuthManager::renewalFailed, this, &RenewDialog::onFailed);
    connect(m_auth, &AuthManager::notice, this, [this](AuthManager::Notice notice) {
        if (notice == AuthManager::Notice::RenewalNotStored)
            m_ui->messageBanner->setMessage(Messages::forNotice(notice), ThemedIcon::Tone::Error);
    });
    connect(m_auth, &AuthManager::stateChanged, this, [this](AuthManager::State state) {
        if (state != AuthManager::State::SignedIn)
            QDialog::reject(); // the session ended: the sign-in page says why
    });
    retranslate();
    setBusy(m_auth->isRenewing());
}

RenewDialog::~RenewDialog() = default;

QString RenewDialog::message() const
{
    return m_ui->messageBanner->text();
}

void RenewDialog::retranslate()
{
    if (const auto &session = m_auth->session())
        m_ui->introLabel->setText(Messages::renewIntro(m_phone, session->expiresAt));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Sign In"));
}

void RenewDialog::submit()
{
    if (m_ui->passwordEdit->text().isEmpty()) {
        m_ui->messageBanner->setMessage(Messages::enterPassword(), ThemedIcon::Tone::Error);
        m_ui->passwordEdit->setFocus();
        return;
    }
    m_ui->messageBanner->setMessage({}, ThemedIcon::Tone::Info);
    m_auth->renew(m_ui->passwordEdit->text());
}

void RenewDialog::setBusy(bool busy)
{
    m_ui->passwordEdit->setReadOnly(busy);
    m_ui->revealButton->setEnabled(!busy);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!busy);
    if (busy)
        m_ui->messageBanner->setMessage(Messages::signingIn(), ThemedIcon::Tone::Info);
}

void RenewDialog::onFailed(const AuthError &error)
{
    if (error.is(Net::Failure::Cancelled))
        return; // closed by the person
    m_ui->messageBanner->setMessage(Messages::forError(error), ThemedIcon::Tone::Error);
    // On a shared computer whatever went wrong: the reveal button would show it to the next
    // person.
    if (error.kind == AuthError::Kind::WrongCredentials || m_shared) {
        m_ui->passwordEdit->clear();
        m_ui->passwordEdit->conceal();
    }
    m_ui->passwordEdit->setFocus();
}

void RenewDialog::reject()
{
    m_auth->cancelRenewal();
    QDialog::reject();
}

void RenewDialog::clearPassword()
{
    m_ui->passwordEdit->clear();
    m_ui->passwordEdit->conceal();
}

void RenewDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::WindowStateChange && isMinimized() && m_shared)
        clearPassword();
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QDialog::changeEvent(event);
}
