#pragma once

#include "auth/TokenResponse.h"

#include <QString>

// "token", or the AuthError kind's name: one string to compare a TokenClient result with.
inline QString kindOf(const TokenResponse::Result &result)
{
    if (const auto *error = std::get_if<AuthError>(&result))
        return QString::fromLatin1(toString(*error));
    return QStringLiteral("token");
}
