#include "SessionPage.h"

#include "MessageBanner.h"
#include "Messages.h"
#include "ThemedIcon.h"
#include "phone/PhoneNumber.h"
#include "ui_SessionPage.h"

#include <QPushButton>

#include <algorithm>

using namespace std::chrono;

SessionPage::SessionPage(const QStringList &regions, const Clock *clock, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::SessionPage>()), m_regions(regions), m_clock(clock)
{
    m_ui->setupUi(this);
    QFont person = m_ui->personLabel->font();
    person.setPointSizeF(person.pointSizeF() * 1.5);
    person.setBold(true);
    m_ui->personLabel->setFont(person);
    QPushButton probe; // as tall as the sign-in page's fields
    m_ui->signOutButton->setMinimumHeight(probe.sizeHint().height() + 8);
    m_ui->renewButton->setMinimumHeight(probe.sizeHint().height() + 8);
    m_timeLeftTimer.setSingleShot(true);
    connect(&m_timeLeftTimer, &QTimer::timeout, this, &SessionPage::renderTimeLeft);
    connect(m_ui->signOutButton, &QPushButton::clicked, this, &SessionPage::signOutRequested);
    connect(m_ui->renewButton, &QPushButton::clicked, this, &SessionPage::renewRequested);
    render();
}

SessionPage::~SessionPage() = default;

void SessionPage::setSession(const Session &session)
{
    m_session = session;
    m_notice = {};
    m_profileState = ProfileState::None;
    render();
}

void SessionPage::clearSession()
{
    m_session.reset();
    m_timeLeftTimer.stop();
    render();
}

void SessionPage::setProfile(ProfileState state, const QString &name)
{
    m_profileState = state;
    m_profileName = name;
    render();
}

void SessionPage::setSessionKept(bool kept)
{
    m_ui->notKeptLabel->setVisible(!kept);
}

void SessionPage::setNotice(Message notice)
{
    m_notice = std::move(notice);
    render();
    if (m_ui->noticeLabel->isVisible()) {
        MessageBanner::announce(m_ui->noticeLabel);
    }
}

QString SessionPage::noticeText() const
{
    return m_ui->noticeLabel->isVisible() ? m_ui->noticeLabel->text() : QString();
}

QString SessionPage::shownPhone() const
{
    const QString shown = m_ui->phoneValue->text();
    return shown.isEmpty() && m_session ? m_session->phone : shown;
}

void SessionPage::render()
{
    const QString notice = m_notice ? m_notice() : QString();
    m_ui->noticeLabel->setText(notice);
    m_ui->noticeLabel->setVisible(!notice.isEmpty());

    const bool showProfile = m_profileState != ProfileState::None;
    m_ui->profileCaption->setVisible(showProfile);
    m_ui->profileValue->setVisible(showProfile);
    switch (m_profileState) {
    case ProfileState::None:
        break;
    case ProfileState::Loading:
        m_ui->profileValue->setText(tr("Loading…"));
        break;
    case ProfileState::Loaded:
        m_ui->profileValue->setText(m_profileName);
        break;
    case ProfileState::Failed:
        m_ui->profileValue->setText(tr("Not available right now"));
        break;
    }

    renderPerson();
    if (!m_session) {
        for (QLabel *label :
             {m_ui->phoneValue, m_ui->signedInValue, m_ui->expiresValue, m_ui->timeLeftValue})
            label->clear();
        m_ui->sessionProgress->setValue(0);
        return;
    }
    showPhone();
    m_ui->signedInValue->setText(Messages::dateTime(m_session->receivedAt));
    m_ui->expiresValue->setText(Messages::dateTime(m_session->expiresAt));
    renderTimeLeft();
}

void SessionPage::renderTimeLeft()
{
    if (!m_session)
        return;
    const seconds left(std::max<qint64>(m_clock->now().secsTo(m_session->expiresAt), 0));
    m_ui->timeLeftValue->setText(Messages::duration(left));
    const qint64 whole = std::max<qint64>(m_session->receivedAt.secsTo(m_session->expiresAt), 1);
    const qint64 passed = std::clamp<qint64>(whole - left.count(), 0, whole);
    m_ui->sessionProgress->setValue(int(passed * 1000 / whole));
    // Wake exactly when the text would change, not on a ticking timer. (If the computer slept
    // meanwhile, the text catches up at the next wake-up; expiry itself is AuthManager's.)
    if (left.count() > 0)
        m_timeLeftTimer.start(duration_cast<milliseconds>(Messages::durationChangesIn(left)));
}

void SessionPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::LocaleChange) {
        m_ui->retranslateUi(this);
        render();
    } else if (event->type() == QEvent::PaletteChange) {
        renderPerson();
    }
    QWidget::changeEvent(event);
}

void SessionPage::showPhone()
{
    // Masked as the region writes numbers, which needs the phone number module.
    const auto show = [this](const PhoneNumber &number) {
        m_ui->phoneValue->setText(number.isValid() ? number.masked() : m_session->phone);
        renderPerson();
    };
    m_ui->phoneValue->clear();
    if (PhoneNumber::isReady()) {
        show(PhoneNumber::parse(m_session->phone, m_regions.value(0), m_regions));
        return;
    }
    // A restored session's page shows at once and the number follows: the module is loaded and
    // the number read on the module's worker thread.
    const QString phone = m_session->phone;
    PhoneNumber::parseInBackground(this, phone, m_regions.value(0), m_regions,
                                   [this, phone, show](const PhoneNumber &number) {
                                       // Another session's page by now: it has its own number.
                                       if (m_session && m_session->phone == phone)
                                           show(number);
                                   });
}

void SessionPage::renderPerson()
{
    // The person first: their initials (or a figure) and their name, else their number.
    const bool named = m_profileState == ProfileState::Loaded && !m_profileName.trimmed().isEmpty();
    m_ui->personLabel->setText(named ? m_profileName.trimmed() : m_ui->phoneValue->text());
    const int side = 64;
    m_ui->avatarLabel->setPixmap(
        ThemedIcon::avatar(named ? ThemedIcon::initials(m_profileName) : QString(), palette(), side,
                           devicePixelRatioF()));
    m_ui->avatarLabel->setAccessibleName(named ? m_profileName.trimmed() : tr("Signed-in person"));
}
