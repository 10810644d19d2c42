#pragma once

#include "Session.h"

#include <QObject>

#include <optional>

// Keeps the session between runs. Every operation starts at once and reports exactly once
// through its signal; operations run in the order they were asked for.
class SessionStore : public QObject {
    Q_OBJECT
public:
    enum class Error {
        None,
        NoBackend, // no keychain on this system (e.g. no Secret Service running)
        AccessDenied, // locked and the unlock was refused, or access was denied
        Corrupt, // a stored entry was unreadable or incomplete; it has been cleared
        TimedOut, // the keychain did not answer in time
        Other,
    };
    Q_ENUM(Error)

    struct LoadResult {
        std::optional<Session> session; // empty: nothing stored (or unreadable, see error)
        Error error = Error::None;
    };

    using QObject::QObject;

    virtual void load() = 0;
    virtual void save(const Session &session) = 0;
    virtual void clear() = 0;
    // Whether a saved session survives the end of this process.
    virtual bool isPersistent() const = 0;
    // Whether an operation is under way; idle() follows when the last one has reported.
    virtual bool isBusy() const = 0;

signals:
    void idle();
    void loaded(const SessionStore::LoadResult &result);
    void saved(SessionStore::Error error);
    void cleared(SessionStore::Error error);
};
Q_DECLARE_METATYPE(SessionStore::LoadResult)
