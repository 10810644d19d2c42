#pragma once

#include "session/Session.h"

// Sessions that differ in every field and in size (one to three keychain chunks), so that a mix
// of two can never pass for either.
namespace SessionSamples {
inline Session numbered(int index)
{
    const int sizes[] = {300, 2500, 5000};
    Session s;
    s.phone = QStringLiteral("+86138001%1").arg(index % 100000, 5, 10, QLatin1Char('0'));
    s.accessToken =
        QByteArray(sizes[index % 3], char('a' + index % 26)) + QByteArray::number(index);
    s.tokenType = QStringLiteral("Bearer");
    s.receivedAt = QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC).addSecs(index);
    s.expiresAt = s.receivedAt.addSecs(3600 + index);
    return s;
}
} // namespace SessionSamples
