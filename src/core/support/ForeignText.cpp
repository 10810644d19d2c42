#include "support/ForeignText.h"

QString cleanForeignText(const QString &text, int maxLength)
{
    QString out;
    out.reserve(qMin(text.size(), maxLength));
    bool lastWasSpace = true;
    for (const QChar c : text) {
        const bool space = c.isSpace() || c.category() == QChar::Other_Control
            || c.category() == QChar::Other_Format;
        if (space) {
            if (!lastWasSpace)
                out += QLatin1Char(' ');
            lastWasSpace = true;
        } else {
            out += c;
            lastWasSpace = false;
        }
        if (out.size() >= maxLength)
            break;
    }
    return out.trimmed();
}
