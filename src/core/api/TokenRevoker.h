#pragma once

#include "config/AppConfig.h"
#include "session/Session.h"

#include <QList>
#include <QObject>
#include <QUrl>

#include <optional>

class SecretBackend;
class SecretJob;
class Transport;
class TransportReply;

// Asks the server to revoke a token the app is done with (signed out, or replaced by a
// renewal), where the deployment names a sign-out endpoint: without it a token stays valid on
// the server until it expires. Never in the way: the session is gone here before this starts,
// and a server that cannot be reached gets the token again at the next start of the app, from
// the keychain, at most MaxAttempts times.
//
// Two forms (sign_out_form): `bearer`, the route many Passport apps add that revokes the token
// it is sent with (POST, the token as the bearer, no body); `rfc7009`, RFC 7009's revocation
// endpoint (POST token and token_type_hint, the client authenticated as for a token). The token
// goes only to the server that issued it.
class TokenRevoker : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokenRevoker)
public:
    // Starts of the app at which a token not yet revoked is tried again, after the first try.
    static constexpr int MaxAttempts = 5;
    // Tokens waiting in the keychain at most, each in an entry of its own (a Passport token is
    // near a kilobyte, and a Windows credential holds 2.5 KiB).
    static constexpr int Slots = 4;
    static constexpr qint64 MaxResponseBytes = 64 * 1024;

    // `secrets` keeps what is waiting (nullptr: nothing is kept; tries in this run only).
    TokenRevoker(const AppConfig &config, Transport *transport, SecretBackend *secrets,
                 QObject *parent = nullptr);

    bool isEnabled() const { return m_url.isValid() && !m_url.isEmpty(); }
    // Revokes `session`'s token. `keep`: written to the keychain first, so that a try that
    // fails is made again at the next start (not for a session that was never kept).
    void revoke(const Session &session, bool keep);
    // Tries again what earlier runs could not revoke. Once, at start.
    void retryPending();
    // Requests and keychain reads and writes under way.
    int busy() const { return m_busy; }

    static QString entryKey(int slot); // "pending-revocation-<slot>"

signals:
    // A token's fate is settled: revoked, or given up on (the server refused for good, or the
    // last attempt failed). For tests and the log.
    void settled(bool revoked);
    void idle(); // busy() fell to 0

private:
    struct Pending {
        QByteArray token;
        QString server; // the origin that issued it
        int attempts = 0; // starts of the app it was tried at, after the first try
    };
    // `generation`: the slot's write this token made (write()'s result); a slot written again
    // since holds another token, which a finished try must leave alone.
    void send(const Pending &pending, int slot, int generation);
    void onFinished(TransportReply *reply, const Pending &pending, int slot, int generation);
    int write(int slot, const Pending &pending);
    void onRead(int slot, int generation, SecretJob *job);
    void removeEntry(int slot, int generation);
    int freeSlot();
    void done();
    static QByteArray encode(const Pending &pending);
    static std::optional<Pending> decode(const QString &text);

    QUrl m_url;
    bool m_rfc7009 = false;
    QString m_clientId;
    QString m_clientSecret;
    Transport *m_transport;
    SecretBackend *m_secrets;
    QList<int> m_slotsInUse; // oldest first
    int m_generation[Slots] = {}; // writes to each slot so far
    int m_busy = 0;
};
