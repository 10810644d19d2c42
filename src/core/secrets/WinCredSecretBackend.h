#pragma once

#include "secrets/SecretBackend.h"

// The Windows Credential Manager (generic credentials, CredReadW / CredWriteW / CredDeleteW):
// one credential per entry, its target "<service>/<key>", its blob the entry's text in UTF-8,
// kept for this user on this computer (not roamed). A credential's blob is at most 2,560 bytes
// on Windows (CRED_MAX_CREDENTIAL_BLOB_SIZE); maxEntryBytes() says so, SessionCodec chunks a
// session under it, and write() refuses anything larger itself, because Wine accepts more
// and a build tested only there would not find out.
class WinCredSecretBackend final : public SecretBackend {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WinCredSecretBackend)
public:
    static constexpr int MaxBlobBytes = 2560;

    explicit WinCredSecretBackend(const QString &service, QObject *parent = nullptr);

    SecretJob *read(const QString &key) override;
    SecretJob *write(const QString &key, const QString &text) override;
    SecretJob *remove(const QString &key) override;
    int maxEntryBytes() const override { return MaxBlobBytes; }
    QString name() const override;

    // The credential's target name for an entry (for tests that look at the store directly).
    QString targetName(const QString &key) const;

private:
    // The calls are quick and local; the job still reports from the event loop, after the
    // call that made it has returned, as every SecretBackend's does.
    SecretJob *report(Error error, const QString &text = QString());

    QString m_service;
};
