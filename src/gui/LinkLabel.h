#pragma once

#include <QLabel>
#include <QList>
#include <QUrl>

// One or more links to the company's pages (the settings' *_url), opened in the default
// browser: reached with Tab and followed with Enter, announced by their text, hidden while
// there is no link to show. A link's text is the app's (translated) and its address the
// deployer's; both are escaped, so neither can add markup.
class LinkLabel : public QLabel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LinkLabel)
public:
    struct Link {
        QString text;
        QUrl url; // no link (the text alone, or nothing) when empty
    };

    explicit LinkLabel(QWidget *parent = nullptr);

    void setLink(const QString &text, const QUrl &url) { setLinks({{text, url}}); }
    // Side by side, with a dot between them; those without an address are left out.
    void setLinks(const QList<Link> &links);

    // `<a href="url">text</a>`, escaped, or the text alone (escaped) for an empty url.
    static QString anchor(const QString &text, const QUrl &url);
    // The links that have an address, as rich text side by side; empty when none has.
    static QString anchors(const QList<Link> &links);
};
