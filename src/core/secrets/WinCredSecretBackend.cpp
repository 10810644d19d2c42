#include "secrets/WinCredSecretBackend.h"

#include "support/Logging.h"

#include <QTimer>

#include <windows.h>
// wincred.h needs windows.h before it.
#include <wincred.h>

namespace {

SecretBackend::Error fromLastError(DWORD code)
{
    switch (code) {
    case ERROR_NOT_FOUND:
        return SecretBackend::Error::NotFound;
    case ERROR_NO_SUCH_LOGON_SESSION: // no profile to keep credentials in (a service account)
        return SecretBackend::Error::NoBackend;
    case ERROR_ACCESS_DENIED:
        return SecretBackend::Error::AccessDenied;
    default:
        return SecretBackend::Error::Other;
    }
}

} // namespace

WinCredSecretBackend::WinCredSecretBackend(const QString &service, QObject *parent)
    : SecretBackend(parent), m_service(service)
{
}

QString WinCredSecretBackend::name() const
{
    return QStringLiteral("Windows Credential Manager");
}

QString WinCredSecretBackend::targetName(const QString &key) const
{
    return m_service + QLatin1Char('/') + key;
}

SecretJob *WinCredSecretBackend::report(Error error, const QString &text)
{
    auto *job = new SecretJob(this);
    QTimer::singleShot(0, job, [job, error, text] { job->finish(error, text); });
    return job;
}

SecretJob *WinCredSecretBackend::read(const QString &key)
{
    const std::wstring target = targetName(key).toStdWString();
    PCREDENTIALW credential = nullptr;
    if (!CredReadW(target.c_str(), CRED_TYPE_GENERIC, 0, &credential)) {
        const DWORD code = GetLastError();
        if (code != ERROR_NOT_FOUND)
            qCWarning(lcKeychain) << "CredReadW failed:" << code;
        return report(fromLastError(code));
    }
    const QString text =
        QString::fromUtf8(reinterpret_cast<const char *>(credential->CredentialBlob),
                          qsizetype(credential->CredentialBlobSize));
    CredFree(credential);
    return report(Error::None, text);
}

SecretJob *WinCredSecretBackend::write(const QString &key, const QString &text)
{
    QByteArray blob = text.toUtf8();
    if (blob.size() > MaxBlobBytes) {
        qCWarning(lcKeychain) << "an entry of" << blob.size() << "bytes is over the" << MaxBlobBytes
                              << "a Windows credential holds; not written";
        return report(Error::Other);
    }
    std::wstring target = targetName(key).toStdWString();
    std::wstring user = key.toStdWString();
    CREDENTIALW credential {};
    credential.Type = CRED_TYPE_GENERIC;
    credential.TargetName = target.data();
    credential.UserName = user.data();
    credential.CredentialBlobSize = DWORD(blob.size());
    credential.CredentialBlob = reinterpret_cast<LPBYTE>(blob.data());
    credential.Persist = CRED_PERSIST_LOCAL_MACHINE;
    const bool ok = CredWriteW(&credential, 0);
    const DWORD code = ok ? ERROR_SUCCESS : GetLastError();
    SecureZeroMemory(blob.data(), size_t(blob.size()));
    if (!ok) {
        qCWarning(lcKeychain) << "CredWriteW failed:" << code;
        return report(fromLastError(code));
    }
    return report(Error::None);
}

SecretJob *WinCredSecretBackend::remove(const QString &key)
{
    const std::wstring target = targetName(key).toStdWString();
    if (!CredDeleteW(target.c_str(), CRED_TYPE_GENERIC, 0)) {
        const DWORD code = GetLastError();
        if (code != ERROR_NOT_FOUND)
            qCWarning(lcKeychain) << "CredDeleteW failed:" << code;
        return report(fromLastError(code));
    }
    return report(Error::None);
}
