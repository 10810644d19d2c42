#include "config/ConfigFile.h"

namespace ConfigFile {

Parsed parse(const QByteArray &contents)
{
    Parsed parsed;
    QByteArray data = contents;
    if (data.startsWith("\xEF\xBB\xBF"))
        data.remove(0, 3);
    const QList<QByteArray> lines = data.split('\n');
    for (int i = 0; i < lines.size(); ++i) {
        const int lineNumber = i + 1;
        const QString line = QString::fromUtf8(lines.at(i)).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#'))
            || line.startsWith(QLatin1Char(';')))
            continue;
        const qsizetype equals = line.indexOf(QLatin1Char('='));
        const QString key = line.left(equals).trimmed();
        bool keyOk = equals > 0 && !key.isEmpty();
        for (const QChar c : key)
            keyOk = keyOk && (c.isLetterOrNumber() || c == QLatin1Char('_')) && c.unicode() < 128;
        if (!keyOk) {
            parsed.badLines.append(lineNumber);
            continue;
        }
        parsed.entries.append({key.toLower(), line.mid(equals + 1).trimmed(), lineNumber});
    }
    return parsed;
}

} // namespace ConfigFile
