#include "auth/AuthManager.h"

#include "auth/ExpiryScheduler.h"
#include "auth/TokenClient.h"
#include "config/Preferences.h"
#include "net/Transport.h"
#include "phone/PhoneNumber.h"
#include "session/SessionJob.h"
#include "support/Clock.h"

#include "support/Logging.h"

#include <QTimer>

AuthManager::AuthManager(const AppConfig &config, TokenClient *client, SessionStore *store,
                         const Clock *clock, QObject *parent)
    : QObject(parent),
      m_config(config),
      m_client(client),
      m_store(store),
      m_clock(clock),
      m_scheduler(new ExpiryScheduler(clock, this)),
      m_keepSignedIn(config.keepSignedIn)
{
    m_scheduler->setWarnings(config.expiryWarnings);

    connect(m_client, &TokenClient::finished, this, &AuthManager::onTokenResult);
    connect(m_scheduler, &ExpiryScheduler::warning, this, [this](std::chrono::seconds) {
        emit expiryWarning(
            std::chrono::duration_cast<std::chrono::seconds>(m_scheduler->remaining()));
    });
    connect(m_scheduler, &ExpiryScheduler::expired, this,
            [this] { forgetSession(EndReason::Expired); });
}

AuthManager::~AuthManager() = default;

void AuthManager::setState(State state)
{
    if (m_state == state)
        return;
    qCInfo(lcAuth) << "state" << m_state << "->" << state;
    m_state = state;
    emit stateChanged(state);
}

void AuthManager::restore()
{
    if (m_state != State::SignedOut)
        return;
    setState(State::Restoring);
    connect(m_store->load(), &SessionJob::finished, this,
            [this](SessionJob *job) { onLoaded(job->loadResult()); });
}

void AuthManager::onLoaded(const SessionStore::LoadResult &result)
{
    if (m_state != State::Restoring)
        return;
    m_mayBeStored = result.session.has_value();
    if (result.error == SessionStore::Error::Corrupt)
        emit notice(Notice::StoredSessionUnreadable);
    if (!result.session) {
        if (result.error != SessionStore::Error::None)
            qCInfo(lcAuth) << "no stored session could be read:" << result.error;
        setState(State::SignedOut);
        return;
    }
    if (m_config.isSharedComputer() || Preferences::sessionRemovalPending()) {
        // Stored before an administrator locked keep_signed_in off, or left by a sign-out the
        // keychain had not finished when the app quit: the last person's, not to be restored.
        qCInfo(lcAuth) << "a stored session was found where none may be kept; removed";
        clearStore(false);
        setState(State::SignedOut);
        return;
    }
    m_lastPhone = result.session->phone;
    if (result.session->server != Transport::originOf(m_config.serverUrl)
        || result.session->clientId != m_config.clientId) {
        // Issued by another server or to another client (the settings changed since, or it
        // was stored by a version that did not say): its token goes nowhere else. It stays in
        // the keychain (a run with --server elsewhere must not end the real session); a
        // sign-in here replaces it.
        qCInfo(lcAuth).noquote() << "the stored session is from"
                                 << (result.session->server.isEmpty() ? QStringLiteral("(unknown)")
                                                                      : result.session->server)
                                 << "and not for the server and client in effect; not restored";
        setState(State::SignedOut);
        return;
    }
    if (result.session->receivedAt > m_clock->now().addDays(1)) {
        // Received more than a day from now: the entry was changed, or the clock went far
        // back. Its end cannot be trusted either.
        qCInfo(lcAuth) << "the stored session was received in the future; discarded";
        clearStore(false);
        setState(State::SignedOut);
        return;
    }
    if (result.session->hasExpiredAt(m_clock->now())) {
        qCInfo(lcAuth) << "the stored session has expired";
        m_lastSessionEnd = result.session->expiresAt;
        clearStore(false);
        setState(State::SignedOut);
        emit sessionEnded(EndReason::Expired);
        return;
    }
    m_sessionKept = true;
    startSession(*result.session);
}

void AuthManager::signIn(const QString &phone, const QString &password, const QString &region)
{
    if (m_state != State::SignedOut)
        return;
    const PhoneNumber number = parsePhone(phone, region);
    setState(State::SigningIn);
    if (!number.isValid()) {
        QTimer::singleShot(0, this, [this] {
            if (m_state != State::SigningIn)
                return;
            setState(State::SignedOut);
            emit signInFailed(AuthError::of(AuthError::Kind::InvalidPhoneNumber));
        });
        return;
    }
    m_pendingPhone = number.e164();
    m_lastPhone = m_pendingPhone;
    requestToken(number, password);
}

PhoneNumber AuthManager::parsePhone(const QString &phone, const QString &region) const
{
    const QStringList accepted = m_config.acceptedRegions();
    return PhoneNumber::parse(phone, accepted.contains(region) ? region : m_config.phoneRegion,
                              accepted);
}

void AuthManager::cancel()
{
    if (m_state == State::SigningIn)
        m_client->cancel();
}

void AuthManager::onTokenResult(const TokenResponse::Result &result)
{
    if (m_renewal == Renewal::Requesting) {
        onRenewalToken(result);
        return;
    }
    if (m_state != State::SigningIn)
        return;
    if (const auto *error = std::get_if<AuthError>(&result)) {
        setState(State::SignedOut);
        emit signInFailed(*error);
        return;
    }
    const Session session = sessionFrom(std::get<Token>(result), m_pendingPhone);
    m_sessionKept = m_keepSignedIn;
    startSession(session);
    if (!m_sessionKept) {
        qCInfo(lcAuth) << "signed in for this run only: the session is not stored";
        return;
    }
    connect(m_store->save(session), &SessionJob::finished, this,
            [this, write = ++m_storeWrites](SessionJob *job) {
                onSaved(job->error(), write == m_storeWrites);
            });
}

void AuthManager::startSession(const Session &session)
{
    m_session = session;
    setState(State::SignedIn);
    // After the state: a warning due at once must find the session page already shown.
    m_scheduler->start(session.expiresAt);
}

void AuthManager::onSaved(SessionStore::Error error, bool lastWrite)
{
    if (error == SessionStore::Error::None) {
        m_mayBeStored = true;
        if (lastWrite)
            settleRemovalMark();
    }
    if (error == SessionStore::Error::None || m_state != State::SignedIn)
        return;
    qCWarning(lcAuth) << "the session could not be stored:" << error;
    emit notice(Notice::SessionNotRemembered);
}

void AuthManager::signOut()
{
    switch (m_state) {
    case State::SigningIn:
        m_client->cancel();
        break;
    case State::SignedIn:
        forgetSession(EndReason::SignedOut);
        break;
    case State::SignedOut:
    case State::Restoring:
        break;
    }
}

void AuthManager::endSession(EndReason reason)
{
    if (m_state == State::SignedIn)
        forgetSession(reason);
}

void AuthManager::checkExpiryNow()
{
    if (m_state == State::SignedIn)
        m_scheduler->recheck();
}

void AuthManager::renew(const QString &password)
{
    if (m_state != State::SignedIn || isRenewing())
        return;
    const PhoneNumber number = parsePhone(m_session->phone);
    qCInfo(lcAuth) << "renewing the session";
    m_renewal = Renewal::Requesting;
    emit renewingChanged(true);
    requestToken(number, password);
}

void AuthManager::requestToken(const PhoneNumber &number, const QString &password)
{
    m_client->requestToken({m_config.tokenUrl(), m_config.clientId, m_config.clientSecret,
                            m_config.scope, number.username(m_config.usernameFormat), password});
}

Session AuthManager::sessionFrom(const Token &token, const QString &phone) const
{
    Session session;
    session.phone = phone;
    session.accessToken = token.accessToken;
    session.tokenType = token.tokenType;
    session.receivedAt = m_clock->now();
    session.expiresAt = session.receivedAt.addSecs(token.lifetime.count());
    session.server = Transport::originOf(m_config.serverUrl);
    session.clientId = m_config.clientId;
    return session;
}

void AuthManager::cancelRenewal()
{
    if (m_renewal == Renewal::Requesting)
        m_client->cancel(); // finished() reports Cancelled, and the renewal ends there
}

void AuthManager::onRenewalToken(const TokenResponse::Result &result)
{
    if (const auto *error = std::get_if<AuthError>(&result)) {
        qCInfo(lcAuth) << "the renewal failed:" << toString(*error);
        finishRenewal();
        emit renewalFailed(*error);
        return;
    }
    const Session session = sessionFrom(std::get<Token>(result), m_session->phone);
    if (!m_sessionKept) {
        replaceSession(session);
        return;
    }
    // The stored session is overwritten only by a save that succeeds: until then it, and the
    // session in use, stay as they were.
    m_renewal = Renewal::Saving;
    connect(m_store->save(session), &SessionJob::finished, this,
            [this, session, write = ++m_storeWrites](SessionJob *job) {
                if (m_renewal != Renewal::Saving) {
                    // The session ended meanwhile (its removal was queued after this save): the
                    // token issued for it is done with too.
                    emit tokenRetired(session, true);
                    return;
                }
                if (job->error() != SessionStore::Error::None) {
                    qCWarning(lcAuth) << "the renewed session could not be stored:" << job->error();
                    finishRenewal();
                    emit notice(Notice::RenewalNotStored);
                    return;
                }
                m_mayBeStored = true;
                if (write == m_storeWrites)
                    settleRemovalMark();
                replaceSession(session);
            });
}

void AuthManager::replaceSession(const Session &session)
{
    qCInfo(lcAuth) << "the session was renewed";
    // A server that hands back the token in use has nothing to revoke.
    if (m_session && m_session->accessToken != session.accessToken)
        emit tokenRetired(*m_session, m_sessionKept);
    m_session = session;
    m_scheduler->start(session.expiresAt); // the warnings start again from the new end
    finishRenewal();
    emit renewed();
}

void AuthManager::finishRenewal()
{
    if (m_renewal == Renewal::None)
        return;
    m_renewal = Renewal::None;
    emit renewingChanged(false);
}

void AuthManager::forgetSession(EndReason reason)
{
    const bool requesting = m_renewal == Renewal::Requesting;
    finishRenewal(); // first: the Cancelled the request reports finds no renewal to finish
    if (requesting)
        m_client->cancel();
    m_lastSessionEnd =
        reason == EndReason::Expired && m_session ? m_session->expiresAt : m_clock->now();
    m_scheduler->stop();
    if (reason == EndReason::SignedOut && m_session)
        emit tokenRetired(*m_session, m_sessionKept);
    m_session.reset();
    // Only a sign-out the person asked for is worth a word if the keychain keeps the session.
    clearStore(reason == EndReason::SignedOut);
    setState(State::SignedOut);
    emit sessionEnded(reason);
}

void AuthManager::clearStore(bool reportFailure)
{
    // Marked before the keychain is asked, and unmarked once it has done it: the app may quit
    // in between (after waiting a while for the keychain, see whenIdle()).
    Preferences::setSessionRemovalPending(true);
    connect(m_store->clear(), &SessionJob::finished, this,
            [this, reportFailure, write = ++m_storeWrites](SessionJob *job) {
                onCleared(job->error(), reportFailure, write == m_storeWrites);
            });
}

void AuthManager::settleRemovalMark()
{
    // The store holds what the last write asked for: no removal is left to finish.
    Preferences::setSessionRemovalPending(false);
}

void AuthManager::onCleared(SessionStore::Error error, bool reportable, bool lastWrite)
{
    // Without a keychain nothing was stored, so nothing was left behind either.
    const bool mayBeLeft = m_mayBeStored && error != SessionStore::Error::NoBackend;
    // A keychain that is gone only for now (its service stopped) keeps what it holds: the mark
    // stays, unless nothing was ever stored.
    const bool removed = error == SessionStore::Error::None
        || (error == SessionStore::Error::NoBackend && !m_mayBeStored);
    if (error == SessionStore::Error::None)
        m_mayBeStored = false;
    if (removed && lastWrite)
        settleRemovalMark();
    if (error == SessionStore::Error::None || !mayBeLeft || !reportable)
        return;
    qCWarning(lcAuth) << "the stored session could not be removed:" << error;
    emit notice(Notice::SignOutIncomplete);
}
