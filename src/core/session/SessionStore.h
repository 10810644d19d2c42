#pragma once

#include "session/Session.h"

#include <QObject>

#include <optional>

class SessionJob;

// Keeps the session between runs. Each operation returns a job at once; the job reports exactly
// once through SessionJob::finished() (never before the call that started it has returned), so
// a caller always knows which request a result answers. Operations run in the order asked for.
// As with QNetworkAccessManager and its replies, the store also announces every finished job,
// for observers that did not start it (tests, logs).
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
    enum class Operation { Load, Save, Clear };
    Q_ENUM(Operation)

    struct LoadResult {
        std::optional<Session> session; // empty: nothing stored (or unreadable, see error)
        Error error = Error::None;
    };

    using QObject::QObject;

    // The job belongs to the store until it has finished, then deletes itself; connect to its
    // finished() signal before returning to the event loop.
    virtual SessionJob *load() = 0;
    virtual SessionJob *save(const Session &session) = 0;
    virtual SessionJob *clear() = 0;
    // Whether a saved session survives the end of this process.
    virtual bool isPersistent() const = 0;
    // Whether an operation is under way; idle() follows when the last one has reported.
    virtual bool isBusy() const = 0;

signals:
    void idle();
    // Every job of this store, just after its own finished().
    void finished(SessionJob *job);

protected:
    // A job of this store: parented to it, announced through finished() when it reports.
    SessionJob *newJob(Operation operation);
};
Q_DECLARE_METATYPE(SessionStore::LoadResult)
