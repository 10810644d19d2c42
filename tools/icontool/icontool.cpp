// Build-time helper: renders the app's SVG icon into the PNG sizes of the hicolor theme and a
// Windows .ico, so that a deployer needs to supply one SVG only.
#include <QDir>
#include <QGuiApplication>
#include <QImage>
#include <QImageWriter>
#include <QPainter>
#include <QSvgRenderer>

#include <cstdio>

namespace {

QImage render(QSvgRenderer &svg, int size)
{
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    svg.render(&painter);
    return image;
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 4) {
        std::fprintf(stderr, "usage: icontool ICON.svg OUTPUT_DIR NAME\n");
        return 2;
    }
    QSvgRenderer svg(args.at(1));
    if (!svg.isValid()) {
        std::fprintf(stderr, "icontool: %s is not a usable SVG\n", qPrintable(args.at(1)));
        return 1;
    }
    const QDir out(args.at(2));
    const QString name = args.at(3);
    for (const int size : {16, 24, 32, 48, 64, 128, 256, 512}) {
        const QString dir = QStringLiteral("%1x%1").arg(size);
        out.mkpath(dir);
        if (!render(svg, size).save(
                out.filePath(dir + QLatin1Char('/') + name + QStringLiteral(".png"))))
            return 1;
    }
    // Windows wants one .ico with several sizes; Qt's ICO writer takes the largest it is given,
    // so the common 256 px image goes in, and Windows scales it for smaller views.
    QImageWriter ico(out.filePath(name + QStringLiteral(".ico")), "ico");
    if (!ico.write(render(svg, 256))) {
        std::fprintf(stderr, "icontool: %s\n", qPrintable(ico.errorString()));
        return 1;
    }
    return 0;
}
