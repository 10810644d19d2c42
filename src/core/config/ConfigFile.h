#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

// The configuration file format: UTF-8 lines of `key = value`; `#` or `;` starts a comment line;
// blank lines are ignored. Deliberately tiny so that it can be read completely and fuzzed.
namespace ConfigFile {

struct Entry {
    QString key;
    QString value;
    int line = 0;
};

struct Parsed {
    QList<Entry> entries;
    QList<int> badLines; // lines that are neither blank, a comment nor `key = value`
};

// Files larger than this are refused whole: no configuration is that long.
inline constexpr int MaxFileBytes = 64 * 1024;

Parsed parse(const QByteArray &contents);

} // namespace ConfigFile
