#include "ThemedIcon.h"

#include <QFile>
#include <QPainter>
#include <QPixmap>
#include <QSvgRenderer>

QIcon ThemedIcon::make(const QString &resourcePath, const QPalette &palette,
                       QPalette::ColorRole role)
{
    QFile file(resourcePath);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QIcon icon;
    const auto render = [&](QPalette::ColorGroup group, QIcon::Mode mode) {
        QByteArray svg = file.readAll();
        file.seek(0);
        svg.replace("currentColor", palette.color(group, role).name().toLatin1());
        QSvgRenderer renderer(svg);
        for (const int scale : {1, 2, 3}) {
            const QSize size = renderer.defaultSize() * scale;
            QPixmap pixmap(size);
            pixmap.fill(Qt::transparent);
            QPainter painter(&pixmap);
            renderer.render(&painter);
            painter.end();
            pixmap.setDevicePixelRatio(scale);
            icon.addPixmap(pixmap, mode);
        }
    };
    render(QPalette::Active, QIcon::Normal);
    render(QPalette::Disabled, QIcon::Disabled);
    return icon;
}
