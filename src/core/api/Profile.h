#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

// What the session page shows of the signed-in person, read from the optional profile endpoint
// (e.g. Laravel's GET /api/user). Only a display name is taken; anything else is ignored.
struct Profile {
    static constexpr int MaxNameLength = 200;

    QString name; // whitespace simplified, at most MaxNameLength characters

    // nullopt when the body is not a JSON object with a non-empty string "name".
    static std::optional<Profile> fromJson(const QByteArray &body);
};
