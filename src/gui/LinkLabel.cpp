#include "LinkLabel.h"

LinkLabel::LinkLabel(QWidget *parent) : QLabel(parent)
{
    setTextFormat(Qt::RichText);
    setOpenExternalLinks(true);
    setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    setFocusPolicy(Qt::StrongFocus);
    hide();
}

QString LinkLabel::anchor(const QString &text, const QUrl &url)
{
    if (url.isEmpty())
        return text.toHtmlEscaped();
    return QStringLiteral("<a href=\"%1\">%2</a>")
        .arg(url.toString(QUrl::FullyEncoded).toHtmlEscaped(), text.toHtmlEscaped());
}

void LinkLabel::setLinks(const QList<Link> &links)
{
    QStringList anchors;
    QStringList names;
    for (const Link &link : links) {
        if (link.url.isEmpty())
            continue;
        anchors.append(anchor(link.text, link.url));
        names.append(link.text);
    }
    setText(anchors.join(QStringLiteral(" &middot; ")));
    setAccessibleName(names.join(QStringLiteral(", ")));
    setVisible(!anchors.isEmpty());
}
