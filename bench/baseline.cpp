// The yardstick for DeskLogin's start-up: the smallest Qt Widgets window (one label), built with
// the same compiler flags. bench/run.sh measures both side by side.
#include <QApplication>
#include <QLabel>

#include "PaintMarker.h"

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QLabel label(QStringLiteral("Baseline"));
    label.setWindowTitle(QStringLiteral("DeskLogin baseline"));
    label.resize(440, 400);
    // " [painted]" with the first frame, as desklogin_probe does (bench/measure.sh).
    new PaintMarker(&label, &label, QStringLiteral(" [painted]"));
    label.show();
    return app.exec();
}
