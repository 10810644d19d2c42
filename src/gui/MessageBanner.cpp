#include "MessageBanner.h"

#include "LinkLabel.h"

#include <QAccessible>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>

MessageBanner::MessageBanner(QWidget *parent)
    : QFrame(parent),
      m_icon(new QLabel(this)),
      m_text(new QLabel(this)),
      m_link(new LinkLabel(this))
{
    setFrameShape(QFrame::StyledPanel);
    m_icon->setObjectName(QStringLiteral("messageIcon"));
    m_text->setObjectName(QStringLiteral("messageLabel"));
    m_text->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_link->setObjectName(QStringLiteral("messageLink"));
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(8, 6, 8, 6);
    row->addWidget(m_icon, 0, Qt::AlignTop);
    auto *column = new QVBoxLayout;
    column->addWidget(m_text);
    column->addWidget(m_link, 0, Qt::AlignLeft);
    row->addLayout(column, 1);
    // A wrapped label beside another widget gets no taller than one line from the layouts
    // above it (the main window does not ask its pages for a height at a width): it asks for
    // the height its text needs at the width it was given.
    m_text->installEventFilter(this);
    hide();
}

void MessageBanner::setMessage(const QString &text, ThemedIcon::Tone tone)
{
    m_tone = tone;
    render(text);
    if (!text.isEmpty())
        announce(m_text);
}

void MessageBanner::rewrite(const QString &text)
{
    render(text);
}

void MessageBanner::setLink(const QString &text, const QUrl &url)
{
    m_link->setLink(text, url);
}

QString MessageBanner::text() const
{
    return m_text->text();
}

void MessageBanner::announce(QWidget *widget)
{
    QAccessibleEvent event(widget, QAccessible::Alert);
    QAccessible::updateAccessibility(&event);
}

void MessageBanner::render(const QString &text)
{
    m_text->setText(text);
    setVisible(!text.isEmpty());
    if (text.isEmpty())
        return;
    fitHeight();
    const ThemedIcon::Shape shape = m_tone == ThemedIcon::Tone::Error ? ThemedIcon::Shape::Error
        : m_tone == ThemedIcon::Tone::Warning                         ? ThemedIcon::Shape::Warning
                                                                      : ThemedIcon::Shape::Info;
    const int side = m_text->fontMetrics().height();
    m_icon->setPixmap(ThemedIcon::make(shape, ThemedIcon::toneColor(palette(), m_tone))
                          .pixmap(QSize(side, side), devicePixelRatioF()));
    m_icon->setAccessibleName(m_tone == ThemedIcon::Tone::Error         ? tr("Error")
                                  : m_tone == ThemedIcon::Tone::Warning ? tr("Warning")
                                                                        : tr("Information"));
}

void MessageBanner::fitHeight()
{
    const int needed = m_text->heightForWidth(m_text->width());
    if (needed > 0 && needed != m_text->minimumHeight())
        m_text->setMinimumHeight(needed);
}

void MessageBanner::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::LanguageChange)
        render(m_text->text());
    QFrame::changeEvent(event);
}

bool MessageBanner::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_text && event->type() == QEvent::Resize)
        fitHeight();
    return QFrame::eventFilter(watched, event);
}
