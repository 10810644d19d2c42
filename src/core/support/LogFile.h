#pragma once

#include <QString>
#include <QStringList>

// What the app did, for support: every message of the app's logging categories (and Qt's
// warnings) goes to <folder>/desklogin.log as well as where it went before. The file is written
// on a thread of its own; a thread that logs never waits for the disk. Bounded: at
// MaxFileBytes the file becomes desklogin.1.log (the older ones move up to .3), so the logs
// never take more than (MaxOldFiles + 1) × MaxFileBytes.
//
// What is logged never carries a password, token, client secret or proxy password (the code
// that logs is written so, and tst_nosecrets checks every file); as a second line of defence a
// run of 8 or more digits (a phone number, whatever its format) is masked before it is written.
namespace LogFile {

constexpr qint64 MaxFileBytes = 1024 * 1024;
constexpr int MaxOldFiles = 3;

// Where the app's log goes: <the app's local data folder>/logs.
QString defaultFolder();
// Starts writing to `folder` (created if needed), for the rest of the process. Messages below
// warning still reach stderr only when QT_LOGGING_RULES asks for them. Returns false (and the
// app carries on without a log file) if the folder cannot be written.
bool install(const QString &folder);
// The file being written, empty before install().
QString path();
// Waits (at most 2 s) until every line logged so far is in the file.
void flush();
// The last `count` lines written, oldest first (from the current file and the one before), in
// `folder`, or where install() writes when it is empty.
QStringList lastLines(int count, const QString &folder = QString());
// The masking applied to every line (exposed for tests).
QString scrub(const QString &line);

} // namespace LogFile
