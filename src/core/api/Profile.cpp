#include "api/Profile.h"

#include <QJsonDocument>
#include <QJsonObject>

std::optional<Profile> Profile::fromJson(const QByteArray &body)
{
    const QString name =
        QJsonDocument::fromJson(body).object().value(QLatin1String("name")).toString().simplified();
    if (name.isEmpty())
        return std::nullopt;
    return Profile {name.left(MaxNameLength)};
}
