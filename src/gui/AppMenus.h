#pragma once

#include <QObject>

class LanguageManager;
class QAction;
class QActionGroup;
class QMenu;
class QWidget;

// The window's commands and the menus that hold them: Help (help, the diagnostic report,
// About, About Qt, Start with the computer, Quit) and Language (each language named in itself).
// The footer's buttons and, on macOS, the menu bar show these menus; the tray menu (TrayIcon)
// takes the session's actions from here too. MainWindow connects the actions to what they do.
class AppMenus : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppMenus)

public:
    // `languages` may be null: there is then no language menu. `window` gets the actions whose
    // shortcuts work without a menu bar (Quit, Help) and parents the menus.
    AppMenus(LanguageManager *languages, QWidget *window);

    void retranslate();

    QMenu *helpMenu() const { return m_helpMenu; }
    QMenu *languageMenu() const { return m_languageMenu; } // null without languages

    QAction *const quitAction;
    QAction *const helpAction;
    QAction *const aboutAction;
    QAction *const aboutQtAction;
    QAction *const showAction;
    QAction *const renewAction; // "Sign in again…", while signed in
    QAction *const signOutAction; // while signed in
    QAction *const startAtLoginAction; // checkable; hidden when the setting is locked
    QAction *const networkAction; // hidden until there are network settings
    QAction *const copyReportAction; // hidden until there is a report
    QAction *const saveReportAction;

private:
    LanguageManager *m_languages;
    QMenu *m_helpMenu;
    QMenu *m_languageMenu = nullptr;
    QActionGroup *m_languageActions = nullptr;
};
