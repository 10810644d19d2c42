#pragma once

#include <QString>

// Text that someone else chose (a server's error message, the issuer name of a certificate
// the server presented) is only ever a detail shown as plain text: control and format
// characters (terminal escapes, line breaks, bidirectional overrides) and runs of white space
// are folded into single spaces, so that neither a label nor a log line can be forged, and it
// is cut at `maxLength` characters.
QString cleanForeignText(const QString &text, int maxLength = 300);
