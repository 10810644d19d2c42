#include "AboutBox.h"

#include "LinkLabel.h"
#include "Messages.h"
#include "config/AppConfig.h"
#include "config/BuildConfig.h"

#include <QApplication>
#include <QMessageBox>

namespace {

QUrl link(const QString &pattern)
{
    return AppConfig::link(pattern, Messages::linkLanguage());
}

QString paragraph(const QString &html)
{
    return html.isEmpty() ? QString() : QStringLiteral("<p>%1</p>").arg(html);
}

} // namespace

void AboutBox::showAbout(QWidget *parent, const AppConfig &config)
{
    const QString name = QApplication::applicationDisplayName();
    auto *box = new QMessageBox(parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowTitle(tr("About %1").arg(name));
    box->setIconPixmap(QApplication::windowIcon().pixmap(64));
    box->setTextFormat(Qt::RichText);
    box->setText(QStringLiteral("<h3>%1 %2</h3>")
                     .arg(name.toHtmlEscaped(), QApplication::applicationVersion()));
    // The libraries this build links, and only those.
    QStringList libraries {
        tr("Qt %1, under the GNU LGPL version 3").arg(QString::fromLatin1(qVersion()))};
    if (BuildConfig::UsesQtKeychain)
        libraries.append(tr("QtKeychain, under the BSD 3-Clause licence"));
    libraries.append(tr("libphonenumber, under the Apache License 2.0"));
    libraries.append(tr("ICU, under the Unicode License"));
    const QString legal = LinkLabel::anchors({{Messages::termsTitle(), link(config.termsUrl)},
                                              {Messages::privacyTitle(), link(config.privacyUrl)}});
    box->setInformativeText(
        tr("Sign in with your phone number.") + QStringLiteral("<br><br>")
        + tr("Server: %1").arg(config.serverUrl.toDisplayString().toHtmlEscaped())
        + (legal.isEmpty() ? QStringLiteral("<br><br>") : paragraph(legal)) + tr("Built with:")
        + QStringLiteral("<br>") + libraries.join(QStringLiteral("<br>")));
    box->open();
}

void AboutBox::showHelp(QWidget *parent, const AppConfig &config)
{
    const QString howTo =
        tr("Enter your mobile phone number and your password, then press Enter or click Sign "
           "in.\n\n"
           "You stay signed in until your session ends, even if you quit the app; the session "
           "page shows when that will be. Your password is never stored.");
    const QString whomToAsk = config.supportContact.isEmpty()
        ? tr("If you forgot your password or your account is locked, contact the provider who "
             "gave you this app.")
        : tr("If you forgot your password or your account is locked, contact %1.")
              .arg(config.supportContact);
    QStringList paragraphs = howTo.split(QStringLiteral("\n\n"));
    paragraphs.append(whomToAsk);
    QString html;
    for (const QString &text : std::as_const(paragraphs))
        html += paragraph(text.toHtmlEscaped());
    html +=
        paragraph(LinkLabel::anchors({{Messages::forgotPassword(), link(config.forgotPasswordUrl)},
                                      {Messages::getHelp(), link(config.supportUrl)}}));
    auto *box = new QMessageBox(QMessageBox::Information,
                                tr("%1 Help").arg(QApplication::applicationDisplayName()), html,
                                QMessageBox::Close, parent);
    box->setTextFormat(Qt::RichText);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}
