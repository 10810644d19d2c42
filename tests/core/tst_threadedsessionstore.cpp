#include "SessionSamples.h"
#include "ThreadedSessionStore.h"

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

    void load() override
    {
        note(QStringLiteral("load"));
        QTimer::singleShot(0, this, [this] { emit loaded({m_session, Error::None}); });
    }
    void save(const Session &session) override
    {
        note(QStringLiteral("save"));
        m_session = session;
        QTimer::singleShot(0, this, [this] { emit saved(Error::None); });
    }
    void clear() override
    {
        note(QStringLiteral("clear"));
        m_session.reset();
        QTimer::singleShot(0, this, [this] { emit cleared(Error::None); });
    }
    bool isPersistent() const override { return true; }
    bool isBusy() const override { return false; }

private:
    void note(const QString &call)
    {
        threads.append(QThread::currentThread());
        calls.append(call);
    }
    std::optional<Session> m_session;
};

} // namespace

// ThreadedSessionStore's forwarding; tst_threadedkeychain runs it over the real keychain.
class TestThreadedSessionStore : public QObject {
    Q_OBJECT
private slots:
    void runsTheStoreElsewhereAndAnswersHereInOrder();
    void isBusyUntilTheLastAnswer();
    void takesTheStoreWithItWhenItGoes();
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
    connect(&store, &SessionStore::saved, this, [&](SessionStore::Error) { note("saved"); });
    connect(&store, &SessionStore::cleared, this, [&](SessionStore::Error) { note("cleared"); });
    connect(&store, &SessionStore::loaded, this, [&](const SessionStore::LoadResult &result) {
        note("loaded");
        lastLoaded = result.session;
    });
    store.save(SessionSamples::numbered(1));
    store.load();
    store.clear();
    store.load();
    QTRY_COMPARE(answers.size(), 4);
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

QTEST_GUILESS_MAIN(TestThreadedSessionStore)
#include "tst_threadedsessionstore.moc"
