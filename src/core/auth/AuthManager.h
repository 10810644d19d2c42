#pragma once

#include "auth/AuthError.h"
#include "auth/TokenResponse.h"
#include "config/AppConfig.h"
#include "phone/PhoneNumber.h"
#include "session/Session.h"
#include "session/SessionStore.h"

#include <QObject>

#include <chrono>
#include <optional>

class Clock;
class ExpiryScheduler;
class TokenClient;

// The sign-in state machine the GUI talks to, and the only place that decides what a result
// means for the session. It owns nothing that talks to the world: the token client, the store
// and the clock are given to it.
class AuthManager : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuthManager)
public:
    enum class State { SignedOut, Restoring, SigningIn, SignedIn };
    Q_ENUM(State)
    enum class EndReason {
        SignedOut, // the person signed out
        Expired, // the token's lifetime ran out (also found on start)
        Revoked, // the server no longer accepts the token (a 401 from the API)
    };
    Q_ENUM(EndReason)
    enum class Notice {
        SessionNotRemembered, // saving to the keychain failed (absent, locked, refused, timed
                              // out): this session lasts until the app quits
        StoredSessionUnreadable, // the stored session was damaged and has been removed
        SignOutIncomplete, // the keychain refused to forget the session
        RenewalNotStored, // a renewal's new session could not be stored: the current one stays
    };
    Q_ENUM(Notice)

    AuthManager(const AppConfig &config, TokenClient *client, SessionStore *store,
                const Clock *clock, QObject *parent = nullptr);
    ~AuthManager() override;

    State state() const { return m_state; }
    const std::optional<Session> &session() const { return m_session; }
    // The phone number of the last session or sign-in attempt (E.164), to fill in again.
    QString lastPhone() const { return m_lastPhone; }
    const AppConfig &config() const { return m_config; }

    // Looks for a stored session. Only from SignedOut; ends in SignedIn or SignedOut.
    void restore();
    // Only from SignedOut. The phone number is checked before anything is sent: read as one of
    // `region`'s when typed without a country code (phone_region when `region` is empty or not
    // accepted), and valid only as a number of an accepted region.
    void signIn(const QString &phone, const QString &password, const QString &region = {});
    // The check signIn() makes before anything is sent, on its own.
    PhoneNumber parsePhone(const QString &phone, const QString &region = {}) const;
    // Whether the next session is kept in the store ("Keep me signed in"); from the
    // configuration to start with. Off: the session lives in this process only.
    void setKeepSignedIn(bool keep) { m_keepSignedIn = keep; }
    bool keepSignedIn() const { return m_keepSignedIn; }
    // Whether the current session was meant to be kept (false after signing in with
    // keepSignedIn() off; a failed save is told through Notice::SessionNotRemembered instead).
    bool isSessionKept() const { return m_sessionKept; }
    // Signs in again while signed in ("Sign in again"), with the current session's phone number:
    // the current session stays as it is until the new one is stored (or at once when this
    // session is not kept). Then renewed(); else renewalFailed() or
    // Notice::RenewalNotStored, and nothing changed. Only from SignedIn, one at a time.
    void renew(const QString &password);
    bool isRenewing() const { return m_renewal != Renewal::None; }
    // Abandons a renewal's token request (a save under way finishes).
    void cancelRenewal();
    // When the last session ended or, found expired in the store, had ended; invalid before.
    QDateTime lastSessionEnd() const { return m_lastSessionEnd; }
    // Abandons a sign-in under way.
    void cancel();
    // Forgets the session here and in the store.
    void signOut();
    // Ends the session for a reason found elsewhere (ApiClient: the server refused the token).
    void endSession(EndReason reason);
    // Measures the session's end against the wall clock now rather than at the next check
    // (at most ExpiryScheduler::MaxCheckInterval away): when the app becomes active again,
    // after the computer slept or the clock was changed.
    void checkExpiryNow();

signals:
    void stateChanged(AuthManager::State state);
    void signInFailed(const AuthError &error);
    void sessionEnded(AuthManager::EndReason reason);
    void expiryWarning(std::chrono::seconds remaining);
    void notice(AuthManager::Notice notice);
    void renewingChanged(bool renewing);
    void renewed(); // session() is the new one; the warnings start again from its end
    void renewalFailed(const AuthError &error); // the session is as it was
    // The app is done with `session`'s token (the person signed out, or a renewal replaced it)
    // while the server may still take it: TokenRevoker asks the server to revoke it. `kept`:
    // the session was kept in the store (a token of one that was not is not written there).
    void tokenRetired(const Session &session, bool kept);

private:
    void setState(State state);
    void onTokenResult(const TokenResponse::Result &result);
    void onLoaded(const SessionStore::LoadResult &result);
    void onSaved(SessionStore::Error error, bool lastWrite);
    void clearStore(bool reportFailure);
    void onCleared(SessionStore::Error error, bool reportable, bool lastWrite);
    void settleRemovalMark();
    void startSession(const Session &session);
    void forgetSession(EndReason reason);
    void requestToken(const PhoneNumber &number, const QString &password);
    Session sessionFrom(const Token &token, const QString &phone) const;
    void onRenewalToken(const TokenResponse::Result &result);
    void finishRenewal();
    void replaceSession(const Session &session);

    AppConfig m_config;
    TokenClient *m_client;
    SessionStore *m_store;
    const Clock *m_clock;
    ExpiryScheduler *m_scheduler;
    State m_state = State::SignedOut;
    std::optional<Session> m_session;
    QString m_lastPhone;
    QString m_pendingPhone;
    // Whether the store may hold a session: one was loaded or saved. If not, a failed removal
    // leaves nothing behind and is not worth telling anyone about.
    bool m_mayBeStored = true;
    // Saves and removals asked of the store so far: a write that finishes settles the mark of a
    // pending removal (Preferences) only when no other was asked for after it.
    int m_storeWrites = 0;
    bool m_keepSignedIn = true;
    bool m_sessionKept = true;
    enum class Renewal { None, Requesting, Saving };
    Renewal m_renewal = Renewal::None;
    QDateTime m_lastSessionEnd;
};
