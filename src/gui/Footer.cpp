#include "Footer.h"

#include "AppMenus.h"
#include "LanguageManager.h"
#include "MenuButton.h"

#include <QHBoxLayout>
#include <QMenu>

Footer::Footer(AppMenus *menus, LanguageManager *languages, QWidget *parent)
    : QWidget(parent),
      m_languages(languages),
      m_networkButton(new QToolButton(this)),
      m_helpButton(new MenuButton(this))
{
    setObjectName(QStringLiteral("footer"));
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(6, 2, 6, 6);
    if (menus->languageMenu()) {
        m_languageButton = new MenuButton(this);
        m_languageButton->setObjectName(QStringLiteral("languageButton"));
        m_languageButton->setAutoRaise(true);
        m_languageButton->setPopupMenu(menus->languageMenu());
        row->addWidget(m_languageButton);
    }
    m_networkButton->setObjectName(QStringLiteral("networkButton"));
    m_networkButton->setAutoRaise(true);
    m_networkButton->setFocusPolicy(Qt::StrongFocus);
    m_networkButton->setVisible(false); // until there are network settings to show
    connect(m_networkButton, &QToolButton::clicked, this, &Footer::networkRequested);
    row->addWidget(m_networkButton);
    row->addStretch();
    m_helpButton->setObjectName(QStringLiteral("helpButton"));
    m_helpButton->setAutoRaise(true);
    m_helpButton->setPopupMenu(menus->helpMenu());
    row->addWidget(m_helpButton);
}

void Footer::setNetworkVisible(bool visible)
{
    m_networkButton->setVisible(visible);
}

void Footer::retranslate()
{
    if (m_languageButton) {
        const QString language = LanguageManager::nativeName(m_languages->language());
        m_languageButton->setText(language);
        m_languageButton->setToolTip(tr("Language"));
        m_languageButton->setAccessibleName(tr("Language: %1").arg(language));
    }
    m_networkButton->setText(tr("&Network…"));
    m_networkButton->setToolTip(tr("Proxy settings for this app"));
    m_networkButton->setAccessibleName(tr("Network settings"));
    m_helpButton->setText(tr("&Help"));
    m_helpButton->setAccessibleName(tr("Help and about"));
}
