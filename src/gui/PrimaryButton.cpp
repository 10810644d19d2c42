#include "PrimaryButton.h"

#include <QPainter>
#include <QStyleOptionButton>

PrimaryButton::PrimaryButton(QWidget *parent) : QPushButton(parent)
{
    setAttribute(Qt::WA_Hover); // repaint on entering and leaving
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

QSize PrimaryButton::sizeHint() const
{
    // As tall as the style's push button plus room to breathe; as wide as the text needs.
    const QSize standard = QPushButton::sizeHint();
    return {standard.width() + 2 * fontMetrics().averageCharWidth(), standard.height() + 10};
}

QSize PrimaryButton::minimumSizeHint() const
{
    return sizeHint();
}

void PrimaryButton::paintEvent(QPaintEvent *)
{
    QStyleOptionButton option;
    initStyleOption(&option);
    const QPalette &pal = palette();
    const bool enabled = isEnabled();
    QColor fill = enabled ? pal.color(QPalette::Active, QPalette::Highlight)
                          : pal.color(QPalette::Disabled, QPalette::Button);
    const QColor textColor = enabled ? pal.color(QPalette::Active, QPalette::HighlightedText)
                                     : pal.color(QPalette::Disabled, QPalette::ButtonText);
    if (enabled && isDown())
        fill = fill.darker(115);
    else if (enabled && underMouse())
        fill = fill.lighter(110);

    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF box = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    const qreal radius = 4;
    painter.setPen(
        QPen(enabled ? fill.darker(120) : pal.color(QPalette::Disabled, QPalette::Mid), 1));
    painter.setBrush(fill);
    painter.drawRoundedRect(box, radius, radius);
    if (hasFocus()) {
        // A ring inside the button in the text's colour: visible on the accent in any theme.
        painter.setPen(QPen(textColor, 1.5, Qt::DotLine));
        painter.setBrush(Qt::NoBrush);
        painter.drawRoundedRect(box.adjusted(3, 3, -3, -3), radius - 1, radius - 1);
    }
    QFont bold = font();
    bold.setBold(true);
    painter.setFont(bold);
    painter.setPen(textColor);
    style()->drawItemText(&painter, rect(), Qt::AlignCenter | Qt::TextShowMnemonic, pal, enabled,
                          option.text, QPalette::NoRole);
}
