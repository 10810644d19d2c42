#include "MainWindow.h"

#include "LoginPage.h"
#include "Messages.h"
#include "PhoneNumber.h"
#include "SessionPage.h"

#include <QLabel>
#include <QStackedWidget>

MainWindow::MainWindow(AuthManager *auth, QWidget *parent)
    : QMainWindow(parent),
      m_auth(auth),
      m_pages(new QStackedWidget(this)),
      m_loginPage(new LoginPage(m_pages)),
      m_sessionPage(new SessionPage(m_pages)),
      m_restoringPage(new QLabel(tr("Restoring your session…"), m_pages))
{
    setWindowTitle(QCoreApplication::applicationName());
    m_restoringPage->setAlignment(Qt::AlignCenter);
    m_pages->addWidget(m_loginPage);
    m_pages->addWidget(m_sessionPage);
    m_pages->addWidget(m_restoringPage);
    setCentralWidget(m_pages);
    setMinimumSize(360, 300);

    connect(m_loginPage, &LoginPage::signInRequested, m_auth, &AuthManager::signIn);
    connect(m_loginPage, &LoginPage::cancelRequested, m_auth, &AuthManager::cancel);
    connect(m_sessionPage, &SessionPage::signOutRequested, m_auth, &AuthManager::signOut);

    connect(m_auth, &AuthManager::stateChanged, this, &MainWindow::onStateChanged);
    connect(m_auth, &AuthManager::signInFailed, this, &MainWindow::onSignInFailed);
    connect(m_auth, &AuthManager::sessionEnded, this, &MainWindow::onSessionEnded);
    connect(m_auth, &AuthManager::notice, this, &MainWindow::onNotice);
    connect(m_auth, &AuthManager::expiryWarning, this, [this](std::chrono::seconds remaining) {
        m_sessionPage->setNotice(tr("Your session ends in %1. You will then need to sign in "
                                    "again.")
                                     .arg(Messages::duration(remaining)));
    });
    onStateChanged(m_auth->state());
}

MainWindow::~MainWindow() = default;

QString MainWindow::displayPhone(const QString &e164) const
{
    const PhoneNumber number = PhoneNumber::parse(e164, m_auth->config().phoneRegion);
    return number.isValid() ? number.formatted() : e164;
}

void MainWindow::onStateChanged(AuthManager::State state)
{
    switch (state) {
    case AuthManager::State::Restoring:
        m_pages->setCurrentWidget(m_restoringPage);
        break;
    case AuthManager::State::SignedOut:
    case AuthManager::State::SigningIn:
        m_loginPage->setBusy(state == AuthManager::State::SigningIn);
        if (m_pages->currentWidget() != m_loginPage) {
            m_pages->setCurrentWidget(m_loginPage);
            m_loginPage->setFocus();
        }
        break;
    case AuthManager::State::SignedIn:
        m_loginPage->clearPassword();
        m_loginPage->setMessage({});
        m_sessionPage->setSession(*m_auth->session(), m_auth->config().phoneRegion);
        m_pages->setCurrentWidget(m_sessionPage);
        break;
    }
}

void MainWindow::onSignInFailed(const AuthError &error)
{
    m_loginPage->setMessage(Messages::forError(error));
    if (error.kind == AuthError::Kind::WrongCredentials) {
        m_loginPage->clearPassword();
        m_loginPage->focusPassword();
    }
}

void MainWindow::onSessionEnded(AuthManager::EndReason reason)
{
    m_loginPage->setPhone(displayPhone(m_auth->lastPhone()));
    m_loginPage->setMessage(Messages::forEnd(reason));
    m_loginPage->focusPassword();
}

void MainWindow::onNotice(AuthManager::Notice notice)
{
    if (m_auth->state() == AuthManager::State::SignedIn)
        m_sessionPage->setNotice(Messages::forNotice(notice));
    else
        m_loginPage->setMessage(Messages::forNotice(notice));
}
