#pragma once

#include <QIcon>
#include <QImage>
#include <QList>

// The app's icon (the deployer's, when branded) at the sizes window systems ask for.
namespace AppIcon {

QIcon icon();
// The same in two steps: the images can be read on any thread, even before the application
// object exists (main() reads them while Qt starts up).
QList<QImage> images();
QIcon fromImages(const QList<QImage> &images);

} // namespace AppIcon
