#include "ThemedIcon.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

#include <algorithm>
#include <cmath>

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
    case ThemedIcon::Shape::Error:
    case ThemedIcon::Shape::Info: {
        painter.setPen(Qt::NoPen);
        painter.setBrush(color);
        painter.drawEllipse(QPointF(8, 8), 7.5, 7.5);
        painter.setCompositionMode(QPainter::CompositionMode_Clear);
        painter.setBrush(Qt::black);
        const bool info = shape == ThemedIcon::Shape::Info;
        painter.drawRoundedRect(QRectF(7, info ? 7 : 3.5, 2, info ? 6 : 6.5), 1, 1);
        painter.drawEllipse(QPointF(8, info ? 4.5 : 12), 1.2, 1.2);
        break;
    }
    case ThemedIcon::Shape::Warning: {
        QPainterPath triangle(QPointF(8, 1));
        triangle.lineTo(QPointF(15.5, 14.5));
        triangle.lineTo(QPointF(0.5, 14.5));
        triangle.closeSubpath();
        painter.setPen(QPen(color, 1, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter.setBrush(color);
        painter.drawPath(triangle);
        painter.setCompositionMode(QPainter::CompositionMode_Clear);
        painter.setPen(Qt::NoPen);
        painter.setBrush(Qt::black);
        painter.drawRoundedRect(QRectF(7, 5, 2, 5.5), 1, 1);
        painter.drawEllipse(QPointF(8, 12.5), 1.1, 1.1);
        break;
    }
    }
}

qreal luminance(const QColor &color)
{
    const auto channel = [](qreal c) {
        return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    const QColor rgb = color.toRgb();
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF())
        + 0.0722 * channel(rgb.blueF());
}

} // namespace

qreal ThemedIcon::contrast(const QColor &a, const QColor &b)
{
    const qreal la = luminance(a);
    const qreal lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor ThemedIcon::toneColor(const QPalette &palette, Tone tone)
{
    const QColor window = palette.color(QPalette::Window);
    const QColor text = palette.color(QPalette::WindowText);
    // Pure black on pure white or the reverse is what high-contrast themes set (ordinary light
    // themes use a grey window, #efefef and the like).
    const auto pure = [](const QColor &c) {
        return c.rgb() == qRgb(0, 0, 0) || c.rgb() == qRgb(255, 255, 255);
    };
    if (pure(window) && pure(text) && window != text)
        return text;
    if (tone == Tone::Info)
        return contrast(palette.color(QPalette::Highlight), window) >= 3
            ? palette.color(QPalette::Highlight)
            : text;
    // Hue from the tone, saturation fixed; the lightness walks away from the window's until
    // the contrast is enough for text (4.5:1), so the same code serves light and dark themes.
    const int hue = tone == Tone::Error ? 0 : 35;
    const bool darkWindow = luminance(window) < 0.18;
    for (int step = 0; step <= 20; ++step) {
        const qreal lightness = darkWindow ? 0.60 + step * 0.02 : 0.45 - step * 0.02;
        const QColor candidate =
            QColor::fromHslF(hue / 360.0, 0.75, std::clamp(lightness, 0.0, 1.0));
        if (contrast(candidate, window) >= 4.5)
            return candidate;
    }
    return text;
}

QIcon ThemedIcon::make(Shape shape, const QColor &color)
{
    QPalette palette;
    palette.setColor(QPalette::WindowText, color);
    return make(shape, palette);
}

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

QString ThemedIcon::initials(const QString &name)
{
    const QStringList words = name.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.isEmpty())
        return {};
    const QChar first = words.constFirst().at(0);
    if (first.script() == QChar::Script_Han || first.script() == QChar::Script_Hangul
        || first.script() == QChar::Script_Hiragana || first.script() == QChar::Script_Katakana) {
        const QString joined = words.join(QString());
        return joined.right(joined.size() >= 3 ? 2 : joined.size() == 2 ? 2 : 1);
    }
    QString letters = words.constFirst().left(1);
    if (words.size() > 1)
        letters += words.constLast().left(1);
    return letters.toUpper();
}

QPixmap ThemedIcon::avatar(const QString &initials, const QPalette &palette, int side,
                           qreal pixelRatio)
{
    QPixmap pixmap(QSize(side, side) * pixelRatio);
    pixmap.setDevicePixelRatio(pixelRatio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor fill = palette.color(QPalette::Highlight);
    const QColor ink = palette.color(QPalette::HighlightedText);
    painter.setPen(Qt::NoPen);
    painter.setBrush(fill);
    painter.drawEllipse(QRectF(0, 0, side, side));
    if (initials.isEmpty()) {
        // Head and shoulders.
        painter.setBrush(ink);
        painter.drawEllipse(QPointF(side * 0.5, side * 0.38), side * 0.16, side * 0.16);
        QPainterPath shoulders;
        shoulders.moveTo(side * 0.22, side * 0.80);
        shoulders.cubicTo(side * 0.24, side * 0.58, side * 0.76, side * 0.58, side * 0.78,
                          side * 0.80);
        shoulders.closeSubpath();
        painter.drawPath(shoulders);
        return pixmap;
    }
    QFont font;
    font.setBold(true);
    font.setPixelSize(side * (initials.size() > 1 ? 0.36 : 0.45));
    painter.setFont(font);
    painter.setPen(ink);
    painter.drawText(QRectF(0, 0, side, side), Qt::AlignCenter, initials);
    return pixmap;
}
