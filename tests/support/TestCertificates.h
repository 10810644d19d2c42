#pragma once

#include <QProcess>
#include <QString>

// Makes the certificates of tests/support/make-test-certificates.sh in `folder` (a test CA, and
// server certificates for 127.0.0.1 that are valid, self-signed, expired or for another host).
// Returns an empty string, or what went wrong.
inline QString makeTestCertificates(const QString &folder)
{
    QProcess make;
    make.start(
        QStringLiteral("bash"),
        {QStringLiteral(DESKLOGIN_SOURCE_DIR "/tests/support/make-test-certificates.sh"), folder});
    if (!make.waitForFinished(60000))
        return QStringLiteral("make-test-certificates.sh did not finish");
    if (make.exitStatus() != QProcess::NormalExit || make.exitCode() != 0)
        return QString::fromUtf8(make.readAllStandardError());
    return {};
}
