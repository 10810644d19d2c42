#pragma once

#include <QIcon>
#include <QPalette>

// The app's few monochrome icons, drawn with QPainter in the palette's colour so that they read
// in light and dark themes, sharp at every device pixel ratio up to 3. Drawn rather than loaded:
// no SVG renderer, image plug-in or icon theme lookup on the way to the first window.
namespace ThemedIcon {
enum class Shape {
    Eye, // "show the password"
    EyeCrossed, // "hide the password"
    Clear, // a line edit's clear button: a disc with a cross cut out
};
QIcon make(Shape shape, const QPalette &palette, QPalette::ColorRole role = QPalette::WindowText);
} // namespace ThemedIcon
