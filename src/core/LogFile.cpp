#include "LogFile.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QMutex>
#include <QRegularExpression>

namespace {

struct State {
    QMutex mutex;
    QString folder;
    QFile file;
    QtMessageHandler previous = nullptr;
    bool verboseStderr = false;
};

State &state()
{
    static State instance;
    return instance;
}

QString fileName(int index)
{
    return index == 0 ? QStringLiteral("desklogin.log")
                      : QStringLiteral("desklogin.%1.log").arg(index);
}

// Called with the mutex held.
void rotate(State &s)
{
    s.file.close();
    QDir folder(s.folder);
    folder.remove(fileName(LogFile::MaxOldFiles));
    for (int i = LogFile::MaxOldFiles - 1; i >= 0; --i)
        folder.rename(fileName(i), fileName(i + 1));
    s.file.setFileName(folder.filePath(fileName(0)));
    s.file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text);
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
    {
        QMutexLocker lock(&s.mutex);
        if (s.file.isOpen()) {
            const QString line = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)
                + QLatin1Char(' ') + QLatin1String(levelName(type)) + QLatin1Char(' ')
                + QLatin1String(context.category ? context.category : "default")
                + QLatin1String(": ")
                + LogFile::scrub(message).replace(QLatin1Char('\n'), QLatin1Char(' '))
                + QLatin1Char('\n');
            const QByteArray bytes = line.toUtf8();
            if (s.file.size() + bytes.size() > LogFile::MaxFileBytes)
                rotate(s);
            s.file.write(bytes);
            s.file.flush();
        }
    }
    // (QtInfoMsg sorts after QtFatalMsg: the levels are named.)
    const bool serious = type == QtWarningMsg || type == QtCriticalMsg || type == QtFatalMsg;
    if (s.previous && (serious || s.verboseStderr))
        s.previous(type, context, message);
}

} // namespace

namespace LogFile {

QString scrub(const QString &line)
{
    // 8 or more digits, alone or split by spaces as people write numbers (not dates): the first
    // three and the last two stay, so that support can still tell numbers apart.
    static const QRegularExpression digits(QStringLiteral("\\+?\\d(?: ?\\d){7,}"));
    QString result = line;
    qsizetype offset = 0;
    auto it = digits.globalMatch(line);
    while (it.hasNext()) {
        const auto match = it.next();
        QString run = match.captured();
        QString kept;
        for (const QChar c : run) {
            if (c.isDigit())
                kept += c;
        }
        const QString masked = kept.left(3) + QStringLiteral("…") + kept.right(2);
        result.replace(match.capturedStart() + offset, match.capturedLength(), masked);
        offset += masked.size() - match.capturedLength();
    }
    return result;
}

bool install(const QString &folder)
{
    State &s = state();
    QMutexLocker lock(&s.mutex);
    if (!QDir().mkpath(folder))
        return false;
    s.folder = folder;
    s.file.setFileName(QDir(folder).filePath(fileName(0)));
    if (!s.file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text))
        return false;
    s.file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    s.verboseStderr = qEnvironmentVariableIsSet("QT_LOGGING_RULES");
    if (!s.previous)
        s.previous = qInstallMessageHandler(handle);
    return true;
}

QString path()
{
    State &s = state();
    QMutexLocker lock(&s.mutex);
    return s.file.isOpen() ? s.file.fileName() : QString();
}

QStringList lastLines(int count, const QString &folder)
{
    State &s = state();
    QMutexLocker lock(&s.mutex);
    const QString from = folder.isEmpty() ? s.folder : folder;
    if (from.isEmpty())
        return {};
    QStringList lines;
    for (int index : {1, 0}) {
        QFile file(QDir(from).filePath(fileName(index)));
        if (file.open(QIODevice::ReadOnly | QIODevice::Text))
            lines += QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    }
    return lines.mid(std::max<qsizetype>(0, lines.size() - count));
}

} // namespace LogFile
