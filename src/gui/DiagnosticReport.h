#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

struct AppConfig;
class AuthManager;
class NetworkSettings;

// What support needs to see what went wrong, without a secret: versions, the settings in
// effect (secrets only as "(set)"), where each came from if it was refused, the keychain and
// proxy in use, the session's state (never the number or the token), and the last lines of the
// log. Headings in the UI's language; values as the app writes them, for pasting into a ticket.
class QWidget;

struct DiagnosticFacts {
    const AppConfig *config = nullptr;
    QStringList configProblems; // as printed at start
    QString keychain; // the secret backend's name
    QString logFolder;
    const AuthManager *auth = nullptr; // null without a window (--diagnostics)
    const NetworkSettings *network = nullptr;
};

class DiagnosticReport {
    Q_DECLARE_TR_FUNCTIONS(DiagnosticReport)
public:
    static QString build(const DiagnosticFacts &facts, int logLines = 60);
    static void copyToClipboard(const QString &report);
    // Asks where (the Documents folder to start with) and writes the report there; a failure
    // is said in a message box.
    static void saveAs(QWidget *parent, const QString &report);
};
