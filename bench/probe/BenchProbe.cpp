#include "BenchProbe.h"

#include "PaintMarker.h"
#include "auth/AuthManager.h"
#include "session/SessionStore.h"

#include <QAbstractButton>
#include <QApplication>
#include <QFile>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMainWindow>
#include <QMetaEnum>
#include <QSemaphore>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <chrono>
#include <functional>
#include <memory>
#include <thread>

namespace {

using SteadyClock = std::chrono::steady_clock;
using namespace std::chrono_literals;

// One of the demo server's accounts (tools/demo-server/server.js).
const QString Phone = QStringLiteral("13800138000");
const QString Password = QStringLiteral("demo-password");

class Report {
public:
    explicit Report(const QString &path) : m_file(path)
    {
        if (!path.isEmpty() && !m_file.open(QIODevice::Append | QIODevice::Text))
            qFatal("cannot write the benchmark report to %s", qPrintable(path));
    }
    void write(const QString &line)
    {
        if (m_file.isOpen()) {
            m_file.write(line.toUtf8() + '\n');
            m_file.flush();
        }
    }

private:
    QFile m_file;
};

// What the GUI thread was doing in a long wait: every event it delivers (the time it began, its
// type, its receiver), kept for the last few seconds, so that a late answer can list what ran
// meanwhile. The gap after an event is that event's work (and any it sent on).
// Only with DESKLOGIN_BENCH_TRACE set: it costs each event a fraction of a microsecond.
class EventTrace final : public QObject {
public:
    struct Entry {
        SteadyClock::time_point at;
        QEvent::Type type;
        const char *receiverClass;
        QString receiverName;
    };

    explicit EventTrace(QObject *parent) : QObject(parent) { qApp->installEventFilter(this); }

    // The events that began in [from, to), one line each, times in ms after `zero`.
    QStringList between(SteadyClock::time_point from, SteadyClock::time_point to,
                        SteadyClock::time_point zero) const
    {
        const QMetaEnum types = QMetaEnum::fromType<QEvent::Type>();
        QStringList lines;
        for (const Entry &entry : m_entries) {
            if (entry.at < from || entry.at >= to)
                continue;
            const double ms = std::chrono::duration<double, std::milli>(entry.at - zero).count();
            const char *type = types.valueToKey(entry.type);
            lines.append(QStringLiteral("  %1 ms %2 %3%4")
                             .arg(ms, 7, 'f', 2)
                             .arg(type ? QString::fromLatin1(type) : QString::number(entry.type))
                             .arg(QString::fromLatin1(entry.receiverClass))
                             .arg(entry.receiverName.isEmpty()
                                      ? QString()
                                      : QStringLiteral(" \"%1\"").arg(entry.receiverName)));
        }
        return lines;
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        const auto now = SteadyClock::now();
        while (!m_entries.isEmpty() && now - m_entries.front().at > 5s)
            m_entries.pop_front();
        m_entries.append(
            {now, event->type(), watched->metaObject()->className(), watched->objectName()});
        return false;
    }

private:
    QList<Entry> m_entries;
};

// How late the GUI thread answers. A second thread posts a call to the GUI thread, waits for it
// to run, pauses 1 ms and posts the next; an answer's delay is the longest the event loop was
// busy (or blocked) in that stretch. Delays are kept per named phase. With a trace, every answer
// later than `traceOverMs` is reported with the events delivered while it waited.
class LatencyProbe final : public QObject {
public:
    struct Phase {
        QString name;
        double worstMs = 0;
        int over16Ms = 0;
        qint64 answers = 0;
    };

    // traceOverMs: 0 for no trace.
    LatencyProbe(Report *report, double traceOverMs, QObject *parent)
        : QObject(parent),
          m_report(report),
          m_traceOverMs(traceOverMs),
          m_trace(traceOverMs > 0 ? new EventTrace(this) : nullptr)
    {
        m_thread.reset(QThread::create([this] { run(); }));
        m_thread->start();
    }
    ~LatencyProbe() override
    {
        m_stop = true;
        m_thread->wait();
    }

    void begin(const QString &name) { m_phase = Phase {name}; }
    Phase end() { return std::exchange(m_phase, Phase {}); }
    // Runs `then` right after the next answer has been counted in the current phase.
    void afterNextAnswer(std::function<void()> then) { m_afterNextAnswer = std::move(then); }

private:
    void run()
    {
        while (!m_stop) {
            const auto sent = SteadyClock::now();
            QMetaObject::invokeMethod(
                this, [this, sent] { answer(sent); }, Qt::QueuedConnection);
            while (!m_answered.tryAcquire(1, 100)) {
                if (m_stop)
                    return;
            }
            std::this_thread::sleep_for(1ms);
        }
    }
    void answer(SteadyClock::time_point sent)
    {
        const double ms =
            std::chrono::duration<double, std::milli>(SteadyClock::now() - sent).count();
        if (!m_phase.name.isEmpty()) {
            m_phase.worstMs = std::max(m_phase.worstMs, ms);
            m_phase.over16Ms += ms > 16 ? 1 : 0;
            ++m_phase.answers;
            if (m_trace && ms > m_traceOverMs) {
                m_report->write(QStringLiteral("wait phase %1 ms %2 events:")
                                    .arg(m_phase.name)
                                    .arg(ms, 0, 'f', 2));
                // From the previous answer on: the event that made this one late may have begun
                // before this call was posted.
                const QStringList events = m_trace->between(m_lastAnswer, SteadyClock::now(), sent);
                m_report->write(events.join(QLatin1Char('\n')));
            }
        }
        m_lastAnswer = SteadyClock::now();
        if (m_afterNextAnswer)
            std::exchange(m_afterNextAnswer, nullptr)();
        m_answered.release();
    }

    Report *m_report;
    double m_traceOverMs;
    EventTrace *m_trace;
    std::unique_ptr<QThread> m_thread;
    QSemaphore m_answered;
    std::atomic_bool m_stop {false};
    Phase m_phase;
    SteadyClock::time_point m_lastAnswer; // GUI thread only
    std::function<void()> m_afterNextAnswer;
};

// Drives the real window the way a person would: key presses into the fields, a click on the
// button, then waits for the outcome (polling every 10 ms, which costs the GUI thread nothing
// worth measuring).
class FlowDriver final : public QObject {
public:
    FlowDriver(QWidget *window, AuthManager *auth, SessionStore *store, Report *report,
               const QStringList &steps)
        : QObject(window),
          m_window(window),
          m_auth(auth),
          m_store(store),
          m_report(report),
          m_steps(steps),
          m_probe(new LatencyProbe(report, qEnvironmentVariable("DESKLOGIN_BENCH_TRACE").toDouble(),
                                   this))
    {
        QTimer::singleShot(0, this, [this] { next(); });
    }

private:
    using Then = std::function<void()>;

    void next()
    {
        if (m_steps.isEmpty())
            return;
        const QString step = m_steps.takeFirst();
        const Then done = [this, step] {
            endPhase(step);
            next();
        };
        if (step == QLatin1String("quit")) {
            // As a person quits (Quit in the menu): closing the window while signed in only
            // hides it in the tray.
            QMetaObject::invokeMethod(m_window, "quit");
        } else if (step == QLatin1String("restore")) {
            // restore() was called before the event loop started; its work is what follows.
            // The window's first frame is a phase of its own: drawing it is the first-frame
            // figure's work (the bare window draws one too), whatever page it shows.
            m_probe->begin(QStringLiteral("first-frame"));
            whenPainted([this, step, done] {
                endPhase(QStringLiteral("first-frame"));
                m_probe->begin(step);
                settle(AuthManager::State::SignedIn, 1000ms, done);
            });
        } else if (step == QLatin1String("sign-in")) {
            whenSettledIn(AuthManager::State::SignedOut, [this, step, done] {
                m_probe->begin(step);
                auto *phone = child<QLineEdit>("phoneEdit");
                auto *password = child<QLineEdit>("passwordEdit");
                phone->clear();
                password->clear();
                phone->setFocus();
                type(phone, Phone, [=] {
                    password->setFocus();
                    type(password, Password, [=] {
                        press(password, Qt::Key_Return, QString());
                        settle(AuthManager::State::SignedIn, 1000ms, done);
                    });
                });
            });
        } else if (step == QLatin1String("sign-out")) {
            whenSettledIn(AuthManager::State::SignedIn, [this, step, done] {
                m_probe->begin(step);
                child<QAbstractButton>("signOutButton")->click();
                settle(AuthManager::State::SignedOut, 500ms, done);
            });
        } else if (step == QLatin1String("expiry")) {
            // Waits in the session for the token's lifetime to run out.
            whenSettledIn(AuthManager::State::SignedIn, [this, step, done] {
                m_probe->begin(step);
                settle(AuthManager::State::SignedOut, 1000ms, done);
            });
        } else {
            qFatal("unknown benchmark step %s", qPrintable(step));
        }
    }

public:
    // Called during the first paint of the window's content. The phase ends with the probe's
    // next answer, the one that waited for this paint: what the GUI thread does after the frame
    // (the queued profile request, say) counts in the phase that follows.
    void firstFramePainting()
    {
        m_probe->afterNextAnswer([this] {
            m_painted = true;
            if (m_onFirstFrame)
                std::exchange(m_onFirstFrame, nullptr)();
        });
    }

private:
    void endPhase(const QString &name)
    {
        const LatencyProbe::Phase phase = m_probe->end();
        m_report->write(QStringLiteral("phase %1 worst_ms %2 over_16ms %3 answers %4")
                            .arg(name)
                            .arg(phase.worstMs, 0, 'f', 2)
                            .arg(phase.over16Ms)
                            .arg(phase.answers));
    }
    void whenPainted(Then then)
    {
        if (m_painted)
            then();
        else
            m_onFirstFrame = std::move(then);
    }

    template<typename T> T *child(const char *name) const
    {
        T *widget = m_window->findChild<T *>(QLatin1String(name));
        if (!widget)
            qFatal("no widget named %s", name);
        return widget;
    }

    // Calls `then` once the manager is in `state` and the store has nothing left to do.
    void whenSettledIn(AuthManager::State state, Then then)
    {
        if (m_auth->state() == state && !m_store->isBusy()) {
            then();
            return;
        }
        QTimer::singleShot(10ms, this, [this, state, then] { whenSettledIn(state, then); });
    }
    // As whenSettledIn, then lets `after` pass (for what follows: the profile, repaints).
    void settle(AuthManager::State state, std::chrono::milliseconds after, Then then)
    {
        whenSettledIn(state, [this, after, then] { QTimer::singleShot(after, this, then); });
    }

    void press(QWidget *target, int key, const QString &text)
    {
        QApplication::postEvent(target, new QKeyEvent(QEvent::KeyPress, key, Qt::NoModifier, text));
        QApplication::postEvent(target,
                                new QKeyEvent(QEvent::KeyRelease, key, Qt::NoModifier, text));
    }
    // One key every 40 ms, about as fast as a quick typist.
    void type(QWidget *target, const QString &text, Then then)
    {
        if (text.isEmpty()) {
            then();
            return;
        }
        const QChar c = text.front();
        press(target, c.toUpper().unicode(), QString(c));
        QTimer::singleShot(40ms, this, [=] { type(target, text.mid(1), then); });
    }

    QWidget *m_window;
    AuthManager *m_auth;
    SessionStore *m_store;
    Report *m_report;
    QStringList m_steps;
    LatencyProbe *m_probe;
    bool m_painted = false;
    Then m_onFirstFrame;
};

} // namespace

void BenchProbe::install(QWidget *window, AuthManager *auth, SessionStore *store)
{
    auto *report = new Report(qEnvironmentVariable("DESKLOGIN_BENCH_REPORT"));
    QObject::connect(window, &QObject::destroyed, [report] { delete report; });
    // " [painted]" at the first frame, whatever page it shows; " [session]" once the session
    // page has been painted.
    const QString flow = qEnvironmentVariable("DESKLOGIN_BENCH_FLOW");
    FlowDriver *driver = flow.isEmpty()
        ? nullptr
        : new FlowDriver(window, auth, store, report, flow.split(QLatin1Char(',')));
    auto *mainWindow = qobject_cast<QMainWindow *>(window);
    new PaintMarker(mainWindow->centralWidget(), window, QStringLiteral(" [painted]"), [driver] {
        if (driver)
            driver->firstFramePainting();
    });
    auto *sessionPage = window->findChild<QWidget *>(QStringLiteral("SessionPage"));
    if (!sessionPage)
        qFatal("no session page");
    new PaintMarker(sessionPage, window, QStringLiteral(" [session]"), [report] {
        const auto now = std::chrono::system_clock::now().time_since_epoch();
        report->write(QStringLiteral("session_page_painted_ns %1")
                          .arg(std::chrono::nanoseconds(now).count()));
    });
}
