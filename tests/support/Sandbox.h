#pragma once

#include <QByteArray>
#include <QDirIterator>
#include <QFile>
#include <QList>
#include <QStringList>
#include <QTest>
#include <QUrl>

// The files under the test's sandbox (HOME, XDG folders and TMPDIR that with-keyring.sh makes:
// settings, configuration, keyring files, caches) that contain any of `secrets`, as plain bytes
// or percent-encoded. Tests that promise a secret never reaches a file search them all. Without
// a sandbox the test function fails, and the list names no file but says so.
inline QStringList sandboxFilesContaining(const QList<QByteArray> &secrets)
{
    const QString sandbox = qEnvironmentVariable("DESKLOGIN_TEST_SANDBOX");
    if (sandbox.isEmpty()) {
        QTest::qFail("no sandbox to search: run through tests/support/with-keyring.sh", __FILE__,
                     __LINE__);
        return {QStringLiteral("(no sandbox)")};
    }
    QStringList found;
    QDirIterator it(sandbox, QDir::Files | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray contents = file.readAll();
        for (const QByteArray &secret : secrets) {
            if (contents.contains(secret)
                || contents.contains(QUrl::toPercentEncoding(QString::fromLatin1(secret)))) {
                found.append(file.fileName());
                break;
            }
        }
    }
    return found;
}
