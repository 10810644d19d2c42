#pragma once

#include <QIcon>
#include <QPalette>
#include <QPixmap>

// The app's few monochrome icons, drawn with QPainter in the palette's colour so that they read
// in light and dark themes, sharp at every device pixel ratio up to 3. Drawn rather than loaded:
// no SVG renderer, image plug-in or icon theme lookup on the way to the first window.
namespace ThemedIcon {
enum class Shape {
    Eye, // "show the password"
    EyeCrossed, // "hide the password"
    Clear, // a line edit's clear button: a disc with a cross cut out
    Error, // a disc with "!" cut out
    Warning, // a triangle with "!" cut out
    Info, // a disc with "i" cut out
};
QIcon make(Shape shape, const QPalette &palette, QPalette::ColorRole role = QPalette::WindowText);
QIcon make(Shape shape, const QColor &color);

// How serious a message is; its icon and colour say so.
enum class Tone { Info, Warning, Error };
// The colour for a tone, derived from the palette rather than fixed: a red or an amber (the
// palette's highlight for Info) at the lightness that keeps at least 4.5:1 contrast against
// the window, and the window's own text colour in a high-contrast palette (pure black on pure
// white or the reverse), whose few colours must not be added to.
QColor toneColor(const QPalette &palette, Tone tone);
// A person's initials for an avatar: the first letters of the first and last words of a
// Latin name ("Li Wei" -> "LW"), the last two characters of a Chinese one ("欧阳娜娜" -> "娜娜",
// as Chinese apps show a given name), empty when there is nothing to show.
QString initials(const QString &name);
// A round avatar in the palette's highlight colour with `initials` in its text colour, or a
// figure of a person when there are none.
QPixmap avatar(const QString &initials, const QPalette &palette, int side, qreal pixelRatio);
// WCAG 2 contrast ratio of two colours (1 to 21).
qreal contrast(const QColor &a, const QColor &b);
} // namespace ThemedIcon
