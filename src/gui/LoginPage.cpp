#include "LoginPage.h"

#include "ui_LoginPage.h"

LoginPage::LoginPage(QWidget *parent) : QWidget(parent), m_ui(std::make_unique<Ui::LoginPage>())
{
    m_ui->setupUi(this);
    m_ui->cancelButton->hide();
    connect(m_ui->signInButton, &QPushButton::clicked, this, &LoginPage::submit);
    connect(m_ui->phoneEdit, &QLineEdit::returnPressed, this, &LoginPage::submit);
    connect(m_ui->passwordEdit, &QLineEdit::returnPressed, this, &LoginPage::submit);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &LoginPage::cancelRequested);
    connect(m_ui->phoneEdit, &QLineEdit::textChanged, this, &LoginPage::updateButtons);
    connect(m_ui->passwordEdit, &QLineEdit::textChanged, this, &LoginPage::updateButtons);
    updateButtons();
}

LoginPage::~LoginPage() = default;

void LoginPage::submit()
{
    // A second Enter or a double click while a request is under way sends nothing more.
    if (m_busy || !m_ui->signInButton->isEnabled())
        return;
    emit signInRequested(m_ui->phoneEdit->text(), m_ui->passwordEdit->text());
}

void LoginPage::setBusy(bool busy)
{
    m_busy = busy;
    m_ui->phoneEdit->setReadOnly(busy);
    m_ui->passwordEdit->setReadOnly(busy);
    m_ui->cancelButton->setVisible(busy);
    if (busy)
        m_ui->messageLabel->setText(tr("Signing in…"));
    updateButtons();
}

void LoginPage::setMessage(const QString &text)
{
    m_ui->messageLabel->setText(text);
}

void LoginPage::setPhone(const QString &phone)
{
    m_ui->phoneEdit->setText(phone);
}

void LoginPage::clearPassword()
{
    m_ui->passwordEdit->clear();
}

void LoginPage::focusPassword()
{
    m_ui->passwordEdit->setFocus();
}

void LoginPage::updateButtons()
{
    m_ui->signInButton->setEnabled(!m_busy && !m_ui->phoneEdit->text().trimmed().isEmpty()
                                   && !m_ui->passwordEdit->text().isEmpty());
}
