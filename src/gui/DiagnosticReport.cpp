#include "DiagnosticReport.h"

#include "Messages.h"
#include "auth/AuthManager.h"
#include "config/AppConfig.h"
#include "config/Setting.h"
#include "net/NetworkSettings.h"
#include "support/LogFile.h"

#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QFile>
#include <QFileDialog>
#include <QLocale>
#include <QMessageBox>
#include <QStandardPaths>
#include <QSysInfo>

namespace {

QString sessionState(const AuthManager *auth)
{
    if (!auth)
        return DiagnosticReport::tr("(no window)");
    switch (auth->state()) {
    case AuthManager::State::SignedOut:
        return DiagnosticReport::tr("signed out");
    case AuthManager::State::Restoring:
        return DiagnosticReport::tr("looking for a saved session");
    case AuthManager::State::SigningIn:
        return DiagnosticReport::tr("signing in");
    case AuthManager::State::SignedIn:
        break;
    }
    const QString ends =
        auth->session() ? Messages::dateTime(auth->session()->expiresAt) : QString();
    return auth->isSessionKept()
        ? DiagnosticReport::tr("signed in until %1, kept in %2").arg(ends, Messages::keychainName())
        : DiagnosticReport::tr("signed in until %1, for this run only").arg(ends);
}

} // namespace

QString DiagnosticReport::build(const DiagnosticFacts &facts, int logLines)
{
    QStringList out;
    const auto line = [&out](const QString &label, const QString &value) {
        out.append(label + QLatin1String(": ") + value);
    };
    out.append(tr("%1 diagnostic report").arg(QCoreApplication::applicationName()));
    line(tr("Made"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    line(tr("Version"),
         QCoreApplication::applicationName() + QLatin1Char(' ')
             + QCoreApplication::applicationVersion()
             + QStringLiteral(" (Qt %1, built with %2)")
                   .arg(QLatin1String(qVersion()), QLatin1String(QT_VERSION_STR)));
    line(tr("System"),
         QSysInfo::prettyProductName() + QStringLiteral(" (") + QSysInfo::kernelType()
             + QLatin1Char(' ') + QSysInfo::kernelVersion() + QStringLiteral(", ")
             + QSysInfo::currentCpuArchitecture() + QLatin1Char(')'));
    line(tr("Language"), QLocale().name());
    line(tr("Keychain"), facts.keychain.isEmpty() ? tr("(unknown)") : facts.keychain);
    line(tr("Session"), sessionState(facts.auth));
    if (facts.network) {
        QString proxy = facts.network->proxy().toString();
        if (facts.network->hasPassword())
            proxy +=
                QLatin1Char(' ') + tr("(with a password from %1)").arg(Messages::keychainName());
        if (facts.network->isLocked())
            proxy += QLatin1Char(' ') + tr("(locked)");
        line(tr("Proxy"), proxy);
    }
    if (facts.config) {
        const AppConfig &config = *facts.config;
        if (!config.caCertificates.isEmpty()) {
            QStringList names;
            for (const QSslCertificate &certificate : config.caCertificates)
                names.append(certificate.subjectDisplayName());
            line(tr("Extra trusted certificates"), names.join(QStringLiteral("; ")));
        }
        out.append(QString());
        out.append(tr("Settings in effect:"));
        for (const QString &entry : Settings::inEffect(config))
            out.append(QStringLiteral("  ") + entry);
    }
    if (!facts.configProblems.isEmpty()) {
        out.append(QString());
        out.append(tr("Problems in the settings:"));
        for (const QString &problem : facts.configProblems)
            out.append(QStringLiteral("  ") + problem);
    }
    out.append(QString());
    const QStringList lines = LogFile::lastLines(logLines, facts.logFolder);
    line(tr("Log folder"), facts.logFolder.isEmpty() ? tr("(none)") : facts.logFolder);
    out.append(tr("Last lines of the log:"));
    for (const QString &logLine : lines)
        out.append(QStringLiteral("  ") + logLine);
    if (lines.isEmpty())
        out.append(QStringLiteral("  ") + tr("(empty)"));
    return out.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

void DiagnosticReport::copyToClipboard(const QString &report)
{
    QGuiApplication::clipboard()->setText(report);
}

void DiagnosticReport::saveAs(QWidget *parent, const QString &report)
{
    const QString suggested = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
        + QLatin1Char('/') + tr("%1 diagnostic report.txt").arg(QApplication::applicationName());
    const QString path = QFileDialog::getSaveFileName(parent, tr("Save Diagnostic Report"),
                                                      suggested, tr("Text files (*.txt)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(report.toUtf8()) < 0
        || !file.flush()) {
        QMessageBox::warning(parent, tr("Save Diagnostic Report"),
                             tr("The report could not be saved there: %1").arg(file.errorString()));
    }
}
