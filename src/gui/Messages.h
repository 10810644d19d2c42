#pragma once

#include "AuthError.h"
#include "AuthManager.h"

#include <QCoreApplication>
#include <QString>

#include <chrono>

// Turns core's typed results into sentences in the person's language. Core never builds
// user-facing text; this is the one place that does.
class Messages {
    Q_DECLARE_TR_FUNCTIONS(Messages)
public:
    static QString forError(const AuthError &error);
    static QString forNotice(AuthManager::Notice notice);
    static QString forEnd(AuthManager::EndReason reason);
    // "3 days", "5 hours", "12 minutes": the largest whole unit, for "ends in …".
    static QString duration(std::chrono::seconds span);
};
