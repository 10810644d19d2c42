#pragma once

#include <QMetaEnum>

// An enumerator's name as written in the code ("Offline", "WrongCredentials"), from the enum's
// Q_ENUM / Q_ENUM_NS declaration: for logs and for what scripts read, never for people.
template<typename Enum> const char *enumName(Enum value)
{
    const char *name = QMetaEnum::fromType<Enum>().valueToKey(int(value));
    return name ? name : "Unknown";
}
