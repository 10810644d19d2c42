#pragma once

#include "session/Session.h"
#include "support/Clock.h"

#include <QTimer>
#include <QWidget>

#include <functional>
#include <memory>

namespace Ui {
class SessionPage;
}

// Shows who is signed in, since when, when the session ends and how long is left, the profile
// name where there is one, and warnings before the end; offers to sign in again (a new session
// before this one ends) and to sign out.
class SessionPage : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionPage)
public:
    enum class ProfileState { None, Loading, Loaded, Failed };
    using Message = std::function<QString()>;

    SessionPage(const QStringList &regions, const Clock *clock, QWidget *parent = nullptr);
    ~SessionPage() override;

    void setSession(const Session &session);
    void clearSession();
    void setProfile(ProfileState state, const QString &name = QString());
    void setNotice(Message notice);
    // Whether the session is kept in the keychain; if not, the page says so.
    void setSessionKept(bool kept);
    QString noticeText() const;
    // The phone number as the page shows it (masked), or as stored until the module is loaded.
    QString shownPhone() const;

signals:
    void signOutRequested();
    void renewRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void render();
    void renderTimeLeft();
    void showPhone();
    void renderPerson();

    std::unique_ptr<Ui::SessionPage> m_ui;
    QStringList m_regions;
    const Clock *m_clock;
    std::optional<Session> m_session;
    ProfileState m_profileState = ProfileState::None;
    QString m_profileName;
    Message m_notice;
    QTimer m_timeLeftTimer;
};
