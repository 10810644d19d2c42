#pragma once

#include "session/SessionCodec.h"

#include <QProcess>
#include <QStringList>

#include <limits>
#include <optional>

// Asks the Secret Service itself (through secret-tool, not QtKeychain) how many items a service
// name has, so a test sees what is really left in the keychain.
inline int secretServiceItemCount(const QString &service)
{
    QProcess search;
    search.start(
        QStringLiteral("secret-tool"),
        {QStringLiteral("search"), QStringLiteral("--all"), QStringLiteral("server"), service});
    if (!search.waitForFinished(10000) || search.exitStatus() != QProcess::NormalExit)
        return -1;
    // Each item is printed as a block that starts with its path, "[/1]"; attributes follow on
    // both output streams, depending on the version.
    const QString output =
        QString::fromUtf8(search.readAllStandardOutput() + search.readAllStandardError());
    return int(output.count(QStringLiteral("attribute.server = ") + service + QLatin1Char('\n')));
}

// One entry's text as the Secret Service holds it (QtKeychain names an entry by "server", the
// service, and "user", the key); nullopt when there is none.
inline std::optional<QString> secretServiceText(const QString &service, const QString &key)
{
    QProcess lookup;
    lookup.start(
        QStringLiteral("secret-tool"),
        {QStringLiteral("lookup"), QStringLiteral("server"), service, QStringLiteral("user"), key});
    if (!lookup.waitForFinished(10000) || lookup.exitStatus() != QProcess::NormalExit
        || lookup.exitCode() != 0)
        return std::nullopt;
    return QString::fromUtf8(lookup.readAllStandardOutput());
}

// The session a service's entries hold, read and decoded without QtKeychain (as a next start
// would find it); nullopt when there is none or it is not whole.
inline std::optional<Session> secretServiceSession(const QString &service)
{
    const auto manifestText = secretServiceText(service, SessionCodec::manifestKey());
    const auto manifest = manifestText ? SessionCodec::decodeManifest(*manifestText) : std::nullopt;
    if (!manifest)
        return std::nullopt;
    QStringList chunks;
    for (const QString &key : SessionCodec::chunkKeys(*manifest)) {
        const auto chunk = secretServiceText(service, key);
        if (!chunk)
            return std::nullopt;
        chunks.append(*chunk);
    }
    return SessionCodec::decodeSession(*manifest, chunks, std::numeric_limits<int>::max());
}
