#pragma once

#include <QWidget>

class AppMenus;
class LanguageManager;
class MenuButton;
class QToolButton;

// The secondary commands, small, at the window's foot: the language (its menu), "Network…"
// (while there are network settings) and Help (its menu).
class Footer : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Footer)

public:
    // `languages` may be null: there is then no language button.
    Footer(AppMenus *menus, LanguageManager *languages, QWidget *parent = nullptr);

    void setNetworkVisible(bool visible);
    void retranslate();

signals:
    void networkRequested();

private:
    LanguageManager *m_languages;
    MenuButton *m_languageButton = nullptr;
    QToolButton *m_networkButton;
    MenuButton *m_helpButton;
};
