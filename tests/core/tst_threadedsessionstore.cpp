#include "SessionSamples.h"
#include "TestMain.h"
#include "session/SessionJob.h"
#include "session/ThreadedSessionStore.h"
#include "session/WhenIdle.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <memory>

namespace {

// Notes the thread each operation runs on and answers from its event loop, as a keychain does.
class RecordingStore final : public SessionStore {
public:
    QList<QThread *> threads;
    QStringList calls;

    SessionJob *load() override
    {
        note(QStringLiteral("load"));
        return answer(newJob(Operation::Load), m_session);
    }
    SessionJob *save(const Session &session) override
    {
        note(QStringLiteral("save"));
        m_session = session;
        return answer(newJob(Operation::Save), std::nullopt);
    }
    SessionJob *clear() override
    {
        note(QStringLiteral("clear"));
        m_session.reset();
        return answer(newJob(Operation::Clear), std::nullopt);
    }
    bool isPersistent() const override { return true; }
    bool isBusy() const override { return false; }

private:
    static SessionJob *answer(SessionJob *job, const std::optional<Session> &session)
    {
        QTimer::singleShot(0, job, [job, session] { job->finish(Error::None, session); });
        return job;
    }
    void note(const QString &call)
    {
        threads.append(QThread::currentThread());
        calls.append(call);
    }
    std::optional<Session> m_session;
};

// A keychain that never answers: every job stays under way.
class HungStore final : public SessionStore {
public:
    SessionJob *load() override { return newJob(Operation::Load); }
    SessionJob *save(const Session &) override { return newJob(Operation::Save); }
    SessionJob *clear() override { return newJob(Operation::Clear); }
    bool isPersistent() const override { return true; }
    bool isBusy() const override { return true; }
};

} // namespace

// ThreadedSessionStore's forwarding; tst_threadedkeychain runs it over the real keychain.
class TestThreadedSessionStore : public QObject {
    Q_OBJECT
private slots:
    void runsTheStoreElsewhereAndAnswersHereInOrder();
    void isBusyUntilTheLastAnswer();
    void takesTheStoreWithItWhenItGoes();
    // whenIdle(), which quitting goes through; tst_threadedkeychain quits during a real save.
    void whenIdleRunsAtOnceWithNothingUnderWay();
    void whenIdleWaitsForTheLastAnswer();
    void whenIdleGivesUpOnAKeychainThatHangs();
};

void TestThreadedSessionStore::runsTheStoreElsewhereAndAnswersHereInOrder()
{
    auto inner = std::make_unique<RecordingStore>();
    RecordingStore *recording = inner.get();
    ThreadedSessionStore store(std::move(inner));
    QVERIFY(store.isPersistent());
    QStringList answers;
    QList<QThread *> answeredOn;
    std::optional<Session> lastLoaded = SessionSamples::numbered(9);
    const auto note = [&](const char *what) {
        answers.append(QString::fromLatin1(what));
        answeredOn.append(QThread::currentThread());
    };
    connect(&store, &SessionStore::finished, this, [&](SessionJob *job) {
        switch (job->operation()) {
        case SessionStore::Operation::Save:
            return note("saved");
        case SessionStore::Operation::Clear:
            return note("cleared");
        case SessionStore::Operation::Load:
            note("loaded");
            lastLoaded = job->session();
            return;
        }
    });
    // Each job answers the request that made it, on this thread.
    QList<SessionJob *> jobs {store.save(SessionSamples::numbered(1)), store.load(), store.clear(),
                              store.load()};
    int ownAnswers = 0;
    for (SessionJob *job : jobs) {
        QCOMPARE(job->thread(), QThread::currentThread());
        connect(job, &SessionJob::finished, this, [&ownAnswers, job](SessionJob *finished) {
            ownAnswers += finished == job ? 1 : 0;
        });
    }
    QTRY_COMPARE(answers.size(), 4);
    QCOMPARE(ownAnswers, 4);
    QCOMPARE(answers,
             (QStringList {QStringLiteral("saved"), QStringLiteral("loaded"),
                           QStringLiteral("cleared"), QStringLiteral("loaded")}));
    QCOMPARE(recording->calls,
             (QStringList {QStringLiteral("save"), QStringLiteral("load"), QStringLiteral("clear"),
                           QStringLiteral("load")}));
    for (QThread *thread : std::as_const(recording->threads))
        QVERIFY(thread != QThread::currentThread());
    for (QThread *thread : std::as_const(answeredOn))
        QCOMPARE(thread, QThread::currentThread());
    QVERIFY(!lastLoaded); // the last load came after the clear
}

void TestThreadedSessionStore::isBusyUntilTheLastAnswer()
{
    ThreadedSessionStore store(std::make_unique<RecordingStore>());
    QSignalSpy idle(&store, &SessionStore::idle);
    QVERIFY(!store.isBusy());
    store.save(SessionSamples::numbered(1));
    store.load();
    QVERIFY(store.isBusy());
    QVERIFY(idle.wait(5000));
    QCOMPARE(idle.size(), 1); // once, after both
    QVERIFY(!store.isBusy());
}

void TestThreadedSessionStore::takesTheStoreWithItWhenItGoes()
{
    auto inner = std::make_unique<RecordingStore>();
    QPointer<SessionStore> watched(inner.get());
    auto store = std::make_unique<ThreadedSessionStore>(std::move(inner));
    store->save(SessionSamples::numbered(1));
    store.reset(); // even with an operation under way
    QVERIFY(!watched);
}

void TestThreadedSessionStore::whenIdleRunsAtOnceWithNothingUnderWay()
{
    ThreadedSessionStore store(std::make_unique<RecordingStore>());
    int runs = 0;
    whenIdle(&store, std::chrono::seconds(5), [&runs] { ++runs; });
    QCOMPARE(runs, 1);
}

void TestThreadedSessionStore::whenIdleWaitsForTheLastAnswer()
{
    ThreadedSessionStore store(std::make_unique<RecordingStore>());
    store.save(SessionSamples::numbered(1));
    store.clear();
    int runs = 0;
    bool busyWhenRun = true;
    whenIdle(&store, std::chrono::seconds(30), [&] {
        ++runs;
        busyWhenRun = store.isBusy();
    });
    QCOMPARE(runs, 0); // two operations under way
    QTRY_COMPARE(runs, 1);
    QVERIFY(!busyWhenRun);
}

void TestThreadedSessionStore::whenIdleGivesUpOnAKeychainThatHangs()
{
    HungStore store;
    store.save(SessionSamples::numbered(1));
    QElapsedTimer waited;
    waited.start();
    int runs = 0;
    whenIdle(&store, std::chrono::milliseconds(200), [&runs] { ++runs; });
    QCOMPARE(runs, 0);
    QTRY_COMPARE(runs, 1);
    QVERIFY(waited.elapsed() >= 200);
    QVERIFY(store.isBusy());
}

DESKLOGIN_TEST_GUILESS_MAIN(TestThreadedSessionStore)
#include "tst_threadedsessionstore.moc"
