#pragma once

#include <QProcess>
#include <QStringList>

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
