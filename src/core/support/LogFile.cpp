#include "support/LogFile.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>

namespace {

QString fileName(int index)
{
    return index == 0 ? QStringLiteral("desklogin.log")
                      : QStringLiteral("desklogin.%1.log").arg(index);
}

// The file is written on a thread of its own: a thread that logs (the GUI thread among them)
// only formats its line and queues it, and never waits for the disk (which a virus scanner or
// a network home folder can make slow).
struct State {
    std::mutex mutex;
    std::condition_variable wake; // lines queued, or stopping
    std::condition_variable idle; // everything queued is in the file
    bool writing = false;
    QString folder;
    QByteArray pending; // lines not yet written
    bool stopping = false;
    bool open = false;
    std::thread writer;
    QtMessageHandler previous = nullptr;
    bool verboseStderr = false;

    ~State()
    {
        // What logs after this (Qt's own static destructors do) goes to Qt's default handler:
        // this object is going, and whoever installed the previous handler may be gone too.
        if (previous)
            qInstallMessageHandler(nullptr);
        {
            std::lock_guard lock(mutex);
            stopping = true;
        }
        wake.notify_one();
        if (writer.joinable())
            writer.join();
    }
};

State &state()
{
    static State instance;
    return instance;
}

// The writer thread: owns the file.
void writeLoop(State *s, QString folderPath)
{
    QDir folder(folderPath);
    QFile file(folder.filePath(fileName(0)));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append)) {
        std::lock_guard lock(s->mutex);
        s->open = false; // nothing will be written: stop queueing
        s->idle.notify_all();
        return;
    }
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    // Counted here rather than asked of the file for every line (a system call each, and a
    // slow one on Windows).
    qint64 size = file.size();
    for (;;) {
        QByteArray batch;
        {
            std::unique_lock lock(s->mutex);
            s->writing = false;
            s->idle.notify_all();
            s->wake.wait(lock, [s] { return s->stopping || !s->pending.isEmpty(); });
            batch.swap(s->pending);
            if (batch.isEmpty() && s->stopping)
                return;
            s->writing = true;
        }
        // Line by line, so that a rotation never splits one.
        qsizetype from = 0;
        while (from < batch.size()) {
            qsizetype to = batch.indexOf('\n', from);
            to = to < 0 ? batch.size() : to + 1;
            const qsizetype length = to - from;
            if (size > 0 && size + length > LogFile::MaxFileBytes) {
                file.close();
                folder.remove(fileName(LogFile::MaxOldFiles));
                for (int i = LogFile::MaxOldFiles - 1; i >= 0; --i)
                    folder.rename(fileName(i), fileName(i + 1));
                file.setFileName(folder.filePath(fileName(0)));
                if (!file.open(QIODevice::WriteOnly | QIODevice::Append)) {
                    std::lock_guard lock(s->mutex);
                    s->open = false;
                    s->writing = false;
                    s->idle.notify_all();
                    return;
                }
                file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
                size = file.size();
            }
            size += std::max<qint64>(0, file.write(batch.constData() + from, length));
            from = to;
        }
        file.flush();
    }
}

const char *levelName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return "debug";
    case QtInfoMsg:
        return "info";
    case QtWarningMsg:
        return "warning";
    case QtCriticalMsg:
        return "critical";
    case QtFatalMsg:
        return "fatal";
    }
    return "?";
}

void handle(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    State &s = state();
    const QString line = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)
        + QLatin1Char(' ') + QLatin1String(levelName(type)) + QLatin1Char(' ')
        + QLatin1String(context.category ? context.category : "default") + QLatin1String(": ")
        + LogFile::scrub(message).replace(QLatin1Char('\n'), QLatin1Char(' ')) + QLatin1Char('\n');
    {
        std::lock_guard lock(s.mutex);
        // Bounded even if the disk stalls: what cannot be written soon is dropped.
        if (s.open && s.pending.size() < LogFile::MaxFileBytes)
            s.pending += line.toUtf8();
    }
    s.wake.notify_one();
    if (type == QtFatalMsg)
        LogFile::flush(); // the process ends when this returns
    // (QtInfoMsg sorts after QtFatalMsg: the levels are named.)
    const bool serious = type == QtWarningMsg || type == QtCriticalMsg || type == QtFatalMsg;
    if (s.previous && (serious || s.verboseStderr))
        s.previous(type, context, message);
}

} // namespace

namespace LogFile {

QString scrub(const QString &line)
{
    // 8 or more digits, alone or split by single spaces as people write numbers (not dates):
    // the first three and the last two stay, so that support can still tell numbers apart. A
    // plain scan: this runs for every line, on whichever thread logs.
    QString result;
    const qsizetype size = line.size();
    qsizetype i = 0;
    while (i < size) {
        if (!line.at(i).isDigit()) {
            result += line.at(i++);
            continue;
        }
        // A run of digits, each group joined to the next by one space.
        qsizetype end = i;
        QString digits;
        while (end < size) {
            if (line.at(end).isDigit()) {
                digits += line.at(end++);
            } else if (line.at(end) == QLatin1Char(' ') && end + 1 < size
                       && line.at(end + 1).isDigit()) {
                ++end;
            } else {
                break;
            }
        }
        if (digits.size() >= 8) {
            if (!result.isEmpty() && result.back() == QLatin1Char('+'))
                result.chop(1);
            result += digits.left(3) + QStringLiteral("…") + digits.right(2);
        } else {
            result += QStringView(line).mid(i, end - i);
        }
        i = end;
    }
    return result;
}

QString defaultFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)
        + QStringLiteral("/logs");
}

bool install(const QString &folder)
{
    State &s = state();
    std::lock_guard lock(s.mutex);
    if (s.open)
        return true;
    if (!QDir().mkpath(folder) || !QFileInfo(folder).isWritable())
        return false;
    s.folder = folder;
    s.open = true;
    s.writing = true; // until the writer has opened the file and looked for work
    s.verboseStderr = qEnvironmentVariableIsSet("QT_LOGGING_RULES");
    s.writer = std::thread(writeLoop, &s, folder);
    s.previous = qInstallMessageHandler(handle);
    return true;
}

void flush()
{
    State &s = state();
    std::unique_lock lock(s.mutex);
    s.idle.wait_for(lock, std::chrono::seconds(2),
                    [&s] { return !s.open || (s.pending.isEmpty() && !s.writing); });
}

QString path()
{
    State &s = state();
    std::lock_guard lock(s.mutex);
    return s.open ? QDir(s.folder).filePath(fileName(0)) : QString();
}

QStringList lastLines(int count, const QString &folder)
{
    flush();
    QString from = folder;
    if (from.isEmpty()) {
        State &s = state();
        std::lock_guard lock(s.mutex);
        from = s.folder;
    }
    if (from.isEmpty())
        return {};
    QStringList lines;
    for (int index : {1, 0}) {
        QFile file(QDir(from).filePath(fileName(index)));
        if (file.open(QIODevice::ReadOnly))
            lines += QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    }
    return lines.mid(std::max<qsizetype>(0, lines.size() - count));
}

} // namespace LogFile
