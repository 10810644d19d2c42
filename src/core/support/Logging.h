#pragma once

#include <QLoggingCategory>

// The app's logging categories, each defined once (Logging.cpp). Their info lines and up go to
// the support log (LogFile); none of them may carry a password, secret, token or request body.
Q_DECLARE_LOGGING_CATEGORY(lcApp) // desklogin.app: start-up, settings in effect
Q_DECLARE_LOGGING_CATEGORY(lcAuth) // desklogin.auth: the sign-in state machine
Q_DECLARE_LOGGING_CATEGORY(lcKeychain) // desklogin.keychain: the store and its backends
Q_DECLARE_LOGGING_CATEGORY(lcNetwork) // desklogin.network: the proxy in effect
Q_DECLARE_LOGGING_CATEGORY(lcPhone) // desklogin.phone: the phone number module
Q_DECLARE_LOGGING_CATEGORY(lcToken) // desklogin.token: token requests
Q_DECLARE_LOGGING_CATEGORY(lcTransport) // desklogin.transport: every request's outcome
