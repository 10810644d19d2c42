#include "SessionPage.h"

#include "PhoneNumber.h"
#include "ui_SessionPage.h"

#include <QLocale>

SessionPage::SessionPage(QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::SessionPage>())
{
    m_ui->setupUi(this);
    m_ui->noticeLabel->hide();
    connect(m_ui->signOutButton, &QPushButton::clicked, this, &SessionPage::signOutRequested);
}

SessionPage::~SessionPage() = default;

void SessionPage::setSession(const Session &session, const QString &region)
{
    const PhoneNumber number = PhoneNumber::parse(session.phone, region);
    m_ui->phoneValue->setText(number.isValid() ? number.masked() : session.phone);
    const QLocale locale;
    m_ui->signedInValue->setText(
        locale.toString(session.receivedAt.toLocalTime(), QLocale::LongFormat));
    m_ui->expiresValue->setText(
        locale.toString(session.expiresAt.toLocalTime(), QLocale::LongFormat));
    setNotice({});
}

void SessionPage::setNotice(const QString &text)
{
    m_ui->noticeLabel->setText(text);
    m_ui->noticeLabel->setVisible(!text.isEmpty());
}
