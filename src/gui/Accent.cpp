#include "Accent.h"

#include "support/Logging.h"

#include <QPalette>
#include <QWidget>

#include <cmath>

namespace {

// WCAG 2's relative luminance of an sRGB colour.
qreal luminance(const QColor &color)
{
    const auto linear = [](qreal channel) {
        return channel <= 0.04045 ? channel / 12.92 : std::pow((channel + 0.055) / 1.055, 2.4);
    };
    const QColor rgb = color.toRgb();
    return 0.2126 * linear(rgb.redF()) + 0.7152 * linear(rgb.greenF())
        + 0.0722 * linear(rgb.blueF());
}

constexpr qreal LegibleContrast = 4.5; // WCAG 2, level AA, for text of ordinary size

} // namespace

qreal Accent::contrast(const QColor &a, const QColor &b)
{
    const qreal la = luminance(a);
    const qreal lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor Accent::textOn(const QColor &fill, const QColor &preferred)
{
    if (contrast(fill, preferred) >= LegibleContrast)
        return preferred;
    const QColor black(Qt::black);
    const QColor white(Qt::white);
    return contrast(fill, black) >= contrast(fill, white) ? black : white;
}

void Accent::apply(QWidget *widget, const QColor &accent)
{
    if (!accent.isValid())
        return;
    QPalette palette = widget->palette();
    const QColor preferred = palette.color(QPalette::Active, QPalette::HighlightedText);
    const QColor text = textOn(accent, preferred);
    if (text != preferred)
        qCInfo(lcApp,
               "accent_color %s: the theme's text colour on it (%s) reads at %.1f:1, below "
               "4.5:1; %s is used instead (%.1f:1)",
               qPrintable(accent.name()), qPrintable(preferred.name()), contrast(accent, preferred),
               qPrintable(text.name()), contrast(accent, text));
    for (const auto group : {QPalette::Active, QPalette::Inactive}) {
        palette.setColor(group, QPalette::Highlight, accent);
        palette.setColor(group, QPalette::HighlightedText, text);
    }
    widget->setPalette(palette);
}
