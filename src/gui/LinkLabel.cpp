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

QString LinkLabel::anchors(const QList<Link> &links)
{
    QStringList html;
    for (const Link &link : links) {
        if (!link.url.isEmpty())
            html.append(anchor(link.text, link.url));
    }
    return html.join(QStringLiteral(" &middot; "));
}

void LinkLabel::setLinks(const QList<Link> &links)
{
    QStringList names;
    for (const Link &link : links) {
        if (!link.url.isEmpty())
            names.append(link.text);
    }
    setText(anchors(links));
    setAccessibleName(names.join(QStringLiteral(", ")));
    setVisible(!names.isEmpty());
}
