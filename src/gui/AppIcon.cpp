#include "AppIcon.h"

#include <QImageReader>
#include <QPixmap>

QIcon AppIcon::icon()
{
    return fromImages(images());
}

QList<QImage> AppIcon::images()
{
    // Read as PNG with detection off: otherwise Qt loads every image plug-in to ask whether it
    // knows the file (QIcon::addFile() and QPixmap::load() both do). X11 wants every size as
    // soon as the window shows, so nothing is gained by reading them later; 256 px is left out
    // (it takes as long to decode as all the others, and desktops take large icons from the
    // installed icon theme).
    QList<QImage> images;
    for (const int size : {DESKLOGIN_WINDOW_ICON_SIZES}) {
        QImageReader reader(QStringLiteral(":/desklogin/app-icon/%1.png").arg(size), "png");
        reader.setAutoDetectImageFormat(false);
        images.append(reader.read());
    }
    return images;
}

QIcon AppIcon::fromImages(const QList<QImage> &images)
{
    QIcon icon;
    for (const QImage &image : images)
        icon.addPixmap(QPixmap::fromImage(image));
    return icon;
}
