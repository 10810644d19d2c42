#include "ThemedIcon.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace {

constexpr qreal Side = 16; // logical pixels; the shapes are laid out on this grid

void drawEye(QPainter &painter, const QColor &color)
{
    // An almond outline through (1,8), (8,3), (15,8), (8,13), and the pupil.
    QPainterPath outline(QPointF(1, 8));
    outline.cubicTo(QPointF(1, 8), QPointF(3.5, 3), QPointF(8, 3));
    outline.cubicTo(QPointF(12.5, 3), QPointF(15, 8), QPointF(15, 8));
    outline.cubicTo(QPointF(15, 8), QPointF(12.5, 13), QPointF(8, 13));
    outline.cubicTo(QPointF(3.5, 13), QPointF(1, 8), QPointF(1, 8));
    painter.setPen(QPen(color, 1.3, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(outline);
    painter.setPen(Qt::NoPen);
    painter.setBrush(color);
    painter.drawEllipse(QPointF(8, 8), 2.3, 2.3);
}

void drawShape(QPainter &painter, ThemedIcon::Shape shape, const QColor &color)
{
    switch (shape) {
    case ThemedIcon::Shape::Eye:
        drawEye(painter, color);
        break;
    case ThemedIcon::Shape::EyeCrossed:
        drawEye(painter, color);
        painter.setPen(QPen(color, 1.5, Qt::SolidLine, Qt::RoundCap));
        painter.drawLine(QPointF(2.5, 13.5), QPointF(13.5, 2.5));
        break;
    case ThemedIcon::Shape::Clear:
        painter.setPen(Qt::NoPen);
        painter.setBrush(color);
        painter.drawEllipse(QPointF(8, 8), 6.5, 6.5);
        painter.setCompositionMode(QPainter::CompositionMode_Clear);
        painter.setPen(QPen(Qt::black, 1.5, Qt::SolidLine, Qt::RoundCap));
        painter.drawLine(QPointF(5.5, 5.5), QPointF(10.5, 10.5));
        painter.drawLine(QPointF(10.5, 5.5), QPointF(5.5, 10.5));
        break;
    }
}

} // namespace

QIcon ThemedIcon::make(Shape shape, const QPalette &palette, QPalette::ColorRole role)
{
    QIcon icon;
    const auto render = [&](QPalette::ColorGroup group, QIcon::Mode mode) {
        for (const int scale : {1, 2, 3}) {
            QPixmap pixmap(QSize(Side, Side) * scale);
            pixmap.fill(Qt::transparent);
            QPainter painter(&pixmap);
            painter.setRenderHint(QPainter::Antialiasing);
            painter.scale(scale, scale);
            drawShape(painter, shape, palette.color(group, role));
            painter.end();
            pixmap.setDevicePixelRatio(scale);
            icon.addPixmap(pixmap, mode);
        }
    };
    render(QPalette::Active, QIcon::Normal);
    render(QPalette::Disabled, QIcon::Disabled);
    return icon;
}
