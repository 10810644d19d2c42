#pragma once

#include <QEventLoop>
#include <QMetaMethod>
#include <QObject>
#include <QString>
#include <QTest>
#include <QTimer>

#include <chrono>
#include <memory>
#include <optional>
#include <type_traits>
#include <utility>

// The one result a test waits for: the first emission of a signal after the Awaited is made (a
// request's finished(), a store job's report), kept as it comes.
//
//     Awaited finished(&client, &TokenClient::finished);
//     client.requestToken(request);
//     AWAIT(finished);
//     QCOMPARE(kindOf(*finished), QStringLiteral("token"));
//
// Made before the action, so that an answer given during the call is not missed. A `take`
// function reads the arguments at the moment of the emission, for what is gone later (a job
// that deletes itself once it has reported):
//
//     Awaited saved(store.save(session), &SessionJob::finished,
//                   [](SessionJob *job) { return job->error(); });
//
// A result that does not come in time never ends the program: wait() fails the running test
// function (QTest::qFail, at the line that waited, as QVERIFY does) and returns false, and the
// caller returns; AWAIT does both. After a failure, waiting returns at once. For a condition
// rather than a signal, QTRY_VERIFY and QTRY_COMPARE do the same.
template<typename Result> class Awaited {
public:
    static constexpr std::chrono::milliseconds DefaultTimeout {10000};

    template<typename Sender, typename SignalOwner, typename... Args, typename Take>
    Awaited(const Sender *sender, void (SignalOwner::*signal)(Args...), Take take)
        : m_state(std::make_shared<State>()), m_receiver(std::make_unique<QObject>())
    {
        const QMetaMethod method = QMetaMethod::fromSignal(signal);
        m_state->what = QStringLiteral("%1::%2()")
                            .arg(QLatin1String(method.enclosingMetaObject()->className()),
                                 QLatin1String(method.name()));
        // The receiver lives on this thread: an emission from another one is queued here, and
        // `take` runs here then, when what the arguments point to may be gone already.
        QObject::connect(sender, signal, m_receiver.get(),
                         [state = m_state, take = std::move(take)](Args... args) {
                             if (state->result)
                                 return;
                             state->result.emplace(take(args...));
                             if (state->loop)
                                 state->loop->quit();
                         });
    }

    // A signal of one argument: the argument is the result.
    template<typename Sender, typename SignalOwner, typename Arg>
    Awaited(const Sender *sender, void (SignalOwner::*signal)(Arg))
        : Awaited(sender, signal, [](Arg value) { return Result(value); })
    {
    }

    // How long wait() waits unless told (DefaultTimeout to start with), for the maker of an
    // Awaited that knows its result to be slow.
    void setTimeout(std::chrono::milliseconds timeout) { m_state->timeout = timeout; }

    // Runs the event loop until the result is in, at most `timeout`. False when it did not
    // come: the running test function has then failed (at the caller's line) and should
    // return.
    bool wait(std::optional<std::chrono::milliseconds> timeoutOrDefault = std::nullopt,
              const char *file = __builtin_FILE(), int line = __builtin_LINE()) const
    {
        const std::chrono::milliseconds timeout = timeoutOrDefault.value_or(m_state->timeout);
        if (m_state->result)
            return true;
        if (QTest::runningTest() && QTest::currentTestFailed())
            return false; // said already; only the test function's end is left
        QEventLoop loop;
        QTimer deadline;
        deadline.setSingleShot(true);
        QObject::connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
        deadline.start(timeout);
        m_state->loop = &loop;
        loop.exec();
        m_state->loop = nullptr;
        if (m_state->result)
            return true;
        if (QTest::runningTest()) // (not in a test program's helper mode, which has no test)
            QTest::qFail(qPrintable(QStringLiteral("no %1 within %2 ms")
                                        .arg(m_state->what)
                                        .arg(qint64(timeout.count()))),
                         file, line);
        return false;
    }

    bool has_value() const { return m_state->result.has_value(); }
    explicit operator bool() const { return has_value(); }
    const Result &operator*() const
    {
        Q_ASSERT(m_state->result);
        return *m_state->result;
    }
    const Result *operator->() const { return &**this; }

private:
    struct State {
        std::optional<Result> result;
        QEventLoop *loop = nullptr; // while wait() runs
        QString what;
        std::chrono::milliseconds timeout = DefaultTimeout;
    };
    std::shared_ptr<State> m_state; // shared with the connection, which may outlive this
    std::unique_ptr<QObject> m_receiver; // ends the connection with this object
};

template<typename Sender, typename SignalOwner, typename Arg>
Awaited(const Sender *, void (SignalOwner::*)(Arg)) -> Awaited<std::decay_t<Arg>>;
template<typename Sender, typename SignalOwner, typename... Args, typename Take>
Awaited(const Sender *, void (SignalOwner::*)(Args...), Take)
    -> Awaited<std::decay_t<std::invoke_result_t<Take, Args...>>>;

// In a test function (or a helper that returns nothing): waits for `awaited`; if it does not
// come in time, the test function has failed here and this returns from it, as QVERIFY does.
#define AWAIT(awaited)                                                                             \
    do {                                                                                           \
        if (!(awaited).wait())                                                                     \
            return;                                                                                \
    } while (false)

#define AWAIT_WITH_TIMEOUT(awaited, timeout)                                                       \
    do {                                                                                           \
        if (!(awaited).wait(timeout))                                                              \
            return;                                                                                \
    } while (false)
