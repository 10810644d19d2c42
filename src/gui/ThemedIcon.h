#pragma once

#include <QIcon>
#include <QPalette>
#include <QString>

// An icon from one of the app's monochrome SVGs, drawn in the palette's text colour so that it
// reads in light and dark themes, sharp at every device pixel ratio up to 3.
namespace ThemedIcon {
QIcon make(const QString &resourcePath, const QPalette &palette,
           QPalette::ColorRole role = QPalette::WindowText);
}
