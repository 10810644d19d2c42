#include "phone/PhoneNumber.h"
#include "phone/PhoneNumberEngine.h"

#include "support/Logging.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLibrary>
#include <QList>
#include <QPointer>

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

namespace {

// Longer than any phone number anybody types; bounds what reaches libphonenumber.
constexpr int MaxInputLength = 64;

// NFKC folds full-width digits but not other scripts' (Arabic-Indic ٣, Devanagari ३, …).
// libphonenumber's as-you-type formatter asserts, and so aborts the process, on some of those,
// so every decimal digit reaches it as ASCII.
QString asciiDigits(const QString &text)
{
    QString out = text.normalized(QString::NormalizationForm_KC);
    for (QChar &c : out) {
        if (c.isDigit() && c.unicode() >= 128)
            c = QChar(u'0' + c.digitValue());
    }
    return out;
}

// --- Calling codes, without the module ---------------------------------------------------

struct RegionCode {
    char region[4];
    int code;
};
constexpr RegionCode CallingCodes[] = {
#include "phone/CallingCodes.inc"
};

int callingCodeOf(const QString &region)
{
    if (region.size() != 2)
        return 0;
    const QByteArray key = region.toUpper().toLatin1();
    const auto *end = std::end(CallingCodes);
    const auto *found = std::lower_bound(std::begin(CallingCodes), end, key,
                                         [](const RegionCode &entry, const QByteArray &k) {
                                             return qstrcmp(entry.region, k.constData()) < 0;
                                         });
    return found != end && key == found->region ? found->code : 0;
}

// --- The module ----------------------------------------------------------------------------

std::once_flag loadOnce;
const PhoneNumberEngine *loadedEngine = nullptr;
std::atomic_bool loadDone {false};

// Set by setModulePath(), in test programs and fuzzers only.
QString givenModulePath;

// Where the module may be: where setModulePath() said, else where the installers put it relative
// to the executable, and beside the executable (a build tree's app).
QStringList moduleCandidates()
{
    if (!givenModulePath.isEmpty())
        return {givenModulePath};
    if (!QCoreApplication::instance())
        return {};
    const QString dir = QCoreApplication::applicationDirPath() + QLatin1Char('/');
    const QString name = QStringLiteral(DESKLOGIN_PHONENUMBER_MODULE_NAME);
    return {dir + QStringLiteral(DESKLOGIN_PHONENUMBER_MODULE_DIR) + QLatin1Char('/') + name,
            dir + name};
}

const PhoneNumberEngine *loadEngine()
{
    QStringList problems;
    for (const QString &path : moduleCandidates()) {
        if (!QFileInfo::exists(path)) {
            problems.append(path + QStringLiteral(": not found"));
            continue;
        }
        QLibrary library(path); // never unloaded: the engine lives as long as the process
        const auto entry =
            reinterpret_cast<PhoneNumberEngineEntry>(library.resolve(DESKLOGIN_PHONENUMBER_ENTRY));
        if (!entry) {
            problems.append(path + QStringLiteral(": ") + library.errorString());
            continue;
        }
        const PhoneNumberEngine *engine = entry();
        engine->warmUp();
        return engine;
    }
    qCCritical(lcPhone).noquote() << "the phone number module could not be loaded, so no number "
                                     "can be checked (is the installation complete?):"
                                  << problems.join(QStringLiteral("; "));
    return nullptr;
}

const PhoneNumberEngine *engine()
{
    std::call_once(loadOnce, [] {
        loadedEngine = loadEngine();
        loadDone = true;
    });
    return loadedEngine;
}

// Callers of whenReady() waiting for a background load; touched on the GUI thread only.
struct Waiting {
    QPointer<QObject> context;
    std::function<void()> callback;
};
QList<Waiting> waiting;
bool backgroundLoadStarted = false;

class Worker;
Worker &worker();

// The module's own worker thread, for loading it and for reading numbers in the background: one
// thread, jobs in the order given.
// - Not Qt's global thread pool: the raster paint engine splits large fills over that pool and
//   waits for them, so a load running there holds up whatever the GUI thread paints meanwhile.
// - Not a QThread either: Qt's threads are detached, so one that ends as the process does is
//   still exiting, its Qt data not yet freed, when LeakSanitizer looks. A std::thread is
//   joined: stop() returns once the thread is gone. The application stops it as it ends (a post
//   routine, run while the application object still exists), so no job runs, logs or posts an
//   answer after that; the static object's destructor stops it when there was no application.
class Worker {
public:
    ~Worker() { stop(); }

    void start(std::function<void()> job)
    {
        bool started = false;
        {
            std::lock_guard lock(m_mutex);
            m_jobs.push_back(std::move(job));
            if (!m_thread.joinable()) {
                m_thread = std::thread([this] { run(); });
                started = true;
            }
        }
        m_wake.notify_one();
        if (started && QCoreApplication::instance())
            qAddPostRoutine([] { worker().stop(); });
    }

    // Drops the jobs not begun (their answers would go to an application that is ending) and
    // waits for the one under way. A later start() starts a new thread.
    void stop()
    {
        {
            std::lock_guard lock(m_mutex);
            m_stopping = true;
            m_jobs.clear();
        }
        m_wake.notify_one();
        if (m_thread.joinable())
            m_thread.join();
        std::lock_guard lock(m_mutex);
        m_stopping = false;
    }

private:
    void run()
    {
        for (;;) {
            std::function<void()> job;
            {
                std::unique_lock lock(m_mutex);
                m_wake.wait(lock, [this] { return m_stopping || !m_jobs.empty(); });
                if (m_stopping)
                    return;
                job = std::move(m_jobs.front());
                m_jobs.pop_front();
            }
            job();
        }
    }

    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<std::function<void()>> m_jobs;
    bool m_stopping = false;
    std::thread m_thread;
};

Worker &worker()
{
    static Worker instance;
    return instance;
}

// Runs a worker's answer on the application's thread (none without an application).
void answer(std::function<void()> callback)
{
    if (QCoreApplication *app = QCoreApplication::instance())
        QMetaObject::invokeMethod(app, std::move(callback), Qt::QueuedConnection);
}

} // namespace

void PhoneNumber::setModulePath(const QString &path)
{
    givenModulePath = path;
}

bool PhoneNumber::isReady()
{
    return loadDone;
}

bool PhoneNumber::load()
{
    return engine() != nullptr;
}

void PhoneNumber::whenReady(QObject *context, std::function<void()> callback)
{
    if (loadDone) {
        callback();
        return;
    }
    waiting.append({context, std::move(callback)});
    if (backgroundLoadStarted)
        return;
    backgroundLoadStarted = true;
    // The worker only loads; the callbacks run on this thread, for contexts still alive.
    worker().start([] {
        engine();
        answer([] {
            const QList<Waiting> ready = std::exchange(waiting, {});
            for (const Waiting &w : ready) {
                if (w.context)
                    w.callback();
            }
        });
    });
}

void PhoneNumber::parseInBackground(QObject *context, const QString &input, const QString &region,
                                    const QStringList &accepted,
                                    std::function<void(const PhoneNumber &)> callback)
{
    worker().start([context = QPointer<QObject>(context), input, region, accepted, callback] {
        const PhoneNumber number = parse(input, region, accepted);
        answer([context, number, callback] {
            if (context)
                callback(number);
        });
    });
}

QString PhoneNumber::formatAsTyped(const QString &input, const QString &region)
{
    const QString text = asciiDigits(input);
    QString significant;
    for (const QChar c : text) {
        if (c.isDigit() || (c == QLatin1Char('+') && significant.isEmpty()))
            significant += c;
        else if (c.isLetter())
            return input; // not a phone number being typed; leave it for validation to explain
    }
    if (significant.isEmpty() || significant.size() > MaxInputLength || !engine())
        return input;
    return engine()->formatAsTyped(significant, region);
}

bool PhoneNumber::isSupportedRegion(const QString &region)
{
    return callingCodeOf(region) != 0;
}

int PhoneNumber::countryCode(const QString &region)
{
    return callingCodeOf(region);
}

QString PhoneNumber::regionName(const QString &region, const QString &language)
{
    return engine() ? engine()->regionName(region, language) : region.toUpper();
}

std::optional<PhoneNumber::CodeSplit> PhoneNumber::splitCountryCode(const QString &input,
                                                                    const QStringList &accepted,
                                                                    const QString &current)
{
    QString text = asciiDigits(input).trimmed();
    if (text.startsWith(QLatin1String("00")))
        text.replace(0, 2, QLatin1Char('+'));
    if (!text.startsWith(QLatin1Char('+')) || text.size() > MaxInputLength || !engine())
        return std::nullopt;
    // Where the code ends: calling codes are one to three digits and none is the start of
    // another, so the first prefix that is a code is the code.
    QString digits;
    int end = 1;
    for (; end < text.size() && digits.size() < 3; ++end) {
        const QChar c = text.at(end);
        if (c.isDigit()) {
            digits += c;
            const int code = digits.toInt();
            const QStringList regions = engine()->regionsForCountryCode(code);
            if (regions.isEmpty() || regions == QStringList {QStringLiteral("001")})
                continue;
            const QString rest = text.mid(end + 1).trimmed();
            QStringList candidates;
            const PhoneNumber whole = parse(text, QStringLiteral("ZZ"), regions);
            if (whole.isValid())
                candidates.append(whole.region());
            if (!current.isEmpty())
                candidates.append(current.toUpper());
            candidates.append(regions);
            for (const QString &region : std::as_const(candidates)) {
                if (regions.contains(region) && accepted.contains(region))
                    return CodeSplit {region, rest};
            }
            return std::nullopt;
        } else if (!c.isSpace() && c != QLatin1Char('-') && c != QLatin1Char('(')
                   && c != QLatin1Char(')')) {
            return std::nullopt;
        }
    }
    return std::nullopt;
}

PhoneNumber PhoneNumber::parse(const QString &input, const QString &region,
                               const QStringList &accepted)
{
    PhoneNumber result;
    result.m_region = region.toUpper();
    // NFKC folds full-width digits, plus signs, brackets and dashes into their ASCII forms.
    const QString text = asciiDigits(input).trimmed();
    if (text.isEmpty()) {
        result.m_problem = Problem::Empty;
        return result;
    }
    if (text.size() > MaxInputLength) {
        result.m_problem = Problem::TooLong;
        return result;
    }
    if (!engine()) {
        result.m_problem = Problem::NotANumber;
        return result;
    }
    const PhoneNumberEngine::Parsed parsed = engine()->parse(text, result.m_region);
    const QStringList regions = accepted.isEmpty() ? QStringList {result.m_region} : accepted;
    // A number of another country is said to be so even when it is also too short or not a
    // mobile one: that is what the person can act on.
    if (parsed.callingCode != 0) {
        const QStringList ofCode = engine()->regionsForCountryCode(parsed.callingCode);
        const bool codeAccepted = std::any_of(regions.begin(), regions.end(),
                                              [&](const QString &r) { return ofCode.contains(r); });
        if (!codeAccepted
            || (parsed.problem == Problem::None && !regions.contains(parsed.region))) {
            result.m_problem = Problem::OtherRegion;
            return result;
        }
    }
    if (parsed.problem == Problem::None)
        result.m_region = parsed.region;
    result.m_problem = parsed.problem;
    result.m_nationalDigits = parsed.nationalDigits;
    result.m_e164 = parsed.e164;
    result.m_formatted = parsed.formatted;
    return result;
}

QString PhoneNumber::username(UsernameFormat format) const
{
    return format == UsernameFormat::E164 ? m_e164 : m_nationalDigits;
}

QString PhoneNumber::masked() const
{
    const QString digits = m_nationalDigits;
    if (digits.size() < 7)
        return QString(digits.size(), QLatin1Char('*'));
    const int shown = digits.size() >= 10 ? 3 : 2;
    return digits.left(shown) + QLatin1Char(' ')
        + QString(digits.size() - shown - 4, QLatin1Char('*')) + QLatin1Char(' ') + digits.right(4);
}
