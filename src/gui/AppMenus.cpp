#include "AppMenus.h"

#include "LanguageManager.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QMenu>
#include <QWidget>

AppMenus::AppMenus(LanguageManager *languages, QWidget *window)
    : QObject(window),
      quitAction(new QAction(this)),
      helpAction(new QAction(this)),
      aboutAction(new QAction(this)),
      aboutQtAction(new QAction(this)),
      showAction(new QAction(this)),
      renewAction(new QAction(this)),
      signOutAction(new QAction(this)),
      startAtLoginAction(new QAction(this)),
      networkAction(new QAction(this)),
      copyReportAction(new QAction(this)),
      saveReportAction(new QAction(this)),
      m_languages(languages),
      m_helpMenu(new QMenu(window))
{
    quitAction->setShortcut(QKeySequence::Quit);
    quitAction->setMenuRole(QAction::QuitRole);
    helpAction->setShortcut(QKeySequence::HelpContents);
    aboutAction->setMenuRole(QAction::AboutRole);
    aboutQtAction->setMenuRole(QAction::AboutQtRole);
    connect(aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);
    networkAction->setMenuRole(QAction::PreferencesRole);
    networkAction->setVisible(false);
    copyReportAction->setVisible(false);
    saveReportAction->setVisible(false);
    startAtLoginAction->setCheckable(true);
    // Their shortcuts work without a menu bar.
    window->addActions({quitAction, helpAction});

    if (m_languages) {
        // Each language is named in itself, so that anyone can find their own.
        m_languageMenu = new QMenu(window);
        m_languageMenu->setObjectName(QStringLiteral("languageMenu"));
        m_languageActions = new QActionGroup(this);
        for (const QString &language : LanguageManager::available()) {
            QAction *action = m_languageMenu->addAction(LanguageManager::nativeName(language));
            action->setCheckable(true);
            action->setData(language);
            action->setChecked(language == m_languages->language());
            m_languageActions->addAction(action);
        }
        connect(m_languageActions, &QActionGroup::triggered, this,
                [this](QAction *action) { m_languages->setLanguage(action->data().toString()); });
        connect(m_languages, &LanguageManager::languageChanged, this, [this](const QString &now) {
            for (QAction *action : m_languageActions->actions())
                action->setChecked(action->data().toString() == now);
        });
    }

    // Help, the diagnostic report, About and Quit behind one button.
    m_helpMenu->setObjectName(QStringLiteral("helpMenu"));
    m_helpMenu->addAction(helpAction);
    m_helpMenu->addSeparator();
    m_helpMenu->addAction(copyReportAction);
    m_helpMenu->addAction(saveReportAction);
    m_helpMenu->addSeparator();
    m_helpMenu->addAction(aboutAction);
    m_helpMenu->addAction(aboutQtAction);
    m_helpMenu->addSeparator();
    m_helpMenu->addAction(startAtLoginAction);
    m_helpMenu->addAction(quitAction);
}

void AppMenus::retranslate()
{
    const QString name = QApplication::applicationDisplayName();
    m_helpMenu->setTitle(tr("&Help"));
    if (m_languageMenu)
        m_languageMenu->setTitle(tr("&Language"));
    quitAction->setText(tr("&Quit"));
    networkAction->setText(tr("&Network Settings…"));
    copyReportAction->setText(tr("&Copy Diagnostic Report"));
    saveReportAction->setText(tr("Save &Diagnostic Report…"));
    helpAction->setText(tr("%1 &Help").arg(name));
    aboutAction->setText(tr("&About %1").arg(name));
    aboutQtAction->setText(tr("About &Qt"));
    showAction->setText(tr("&Open %1").arg(name));
    renewAction->setText(tr("Sign &In Again…"));
    signOutAction->setText(tr("Sign &Out"));
    startAtLoginAction->setText(tr("S&tart with the Computer"));
}
