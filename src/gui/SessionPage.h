#pragma once

#include "Session.h"

#include <QWidget>

#include <memory>

namespace Ui {
class SessionPage;
}

// Shows who is signed in and when the session ends, and offers to sign out.
class SessionPage : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionPage)
public:
    explicit SessionPage(QWidget *parent = nullptr);
    ~SessionPage() override;

    void setSession(const Session &session, const QString &region);
    void setNotice(const QString &text);

signals:
    void signOutRequested();

private:
    std::unique_ptr<Ui::SessionPage> m_ui;
};
