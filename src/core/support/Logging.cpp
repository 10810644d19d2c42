#include "support/Logging.h"

Q_LOGGING_CATEGORY(lcApp, "desklogin.app", QtWarningMsg)
Q_LOGGING_CATEGORY(lcAuth, "desklogin.auth", QtWarningMsg)
Q_LOGGING_CATEGORY(lcKeychain, "desklogin.keychain", QtWarningMsg)
Q_LOGGING_CATEGORY(lcNetwork, "desklogin.network", QtWarningMsg)
Q_LOGGING_CATEGORY(lcPhone, "desklogin.phone", QtWarningMsg)
Q_LOGGING_CATEGORY(lcToken, "desklogin.token", QtWarningMsg)
Q_LOGGING_CATEGORY(lcTransport, "desklogin.transport", QtWarningMsg)
