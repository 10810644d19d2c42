#pragma once

#include "ThemedIcon.h"

#include <QFrame>
#include <QUrl>

class LinkLabel;
class QLabel;

// A message in a frame with an icon that says how serious it is (error, warning, information),
// in a colour taken from the palette, wrapped to the width it is given and announced to screen
// readers when it appears. Hidden while it has nothing to say.
class MessageBanner : public QFrame {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageBanner)

public:
    explicit MessageBanner(QWidget *parent = nullptr);

    // Shows `text` (hides the banner when it is empty) and announces it.
    void setMessage(const QString &text, ThemedIcon::Tone tone);
    // Writes the message again (another language, a countdown) without announcing it.
    void rewrite(const QString &text);
    QString text() const;
    // A link under the message (to the company's page for a forgotten password, say); none
    // for an empty url.
    void setLink(const QString &text, const QUrl &url);

    // Tells screen readers that `widget`'s text has just appeared: the one place the app
    // raises an alert.
    static void announce(QWidget *widget);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void render(const QString &text);
    void fitHeight();

    QLabel *m_icon;
    QLabel *m_text;
    LinkLabel *m_link;
    ThemedIcon::Tone m_tone = ThemedIcon::Tone::Error;
};
