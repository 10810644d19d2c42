#include "auth/AuthError.h"

#include "support/EnumName.h"

const char *toString(const AuthError &error)
{
    return error.kind == AuthError::Kind::Connection ? enumName(error.connection)
                                                     : enumName(error.kind);
}
