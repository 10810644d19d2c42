#pragma once

#include <QColor>

class QWidget;

// The company's colour (accent_color) on what the app fills with its accent: the Sign in button
// and the avatar. Both paint with their palette's Highlight and HighlightedText, so the colour
// goes into those two roles of their palettes, and every other colour stays the theme's.
namespace Accent {
// WCAG 2's contrast ratio of two colours: 1 (the same) to 21 (black on white).
qreal contrast(const QColor &a, const QColor &b);
// The text colour for `fill`: `preferred` where it reads at 4.5:1 or better, else black or
// white, whichever reads better (one of them always reaches 4.5:1).
QColor textOn(const QColor &fill, const QColor &preferred);
// Sets `accent` as `widget`'s highlight with a legible text colour, and logs a text colour it
// had to change. Nothing for an invalid colour (none set): the theme's accent stays.
void apply(QWidget *widget, const QColor &accent);
} // namespace Accent
