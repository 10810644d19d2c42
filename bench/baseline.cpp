// The yardstick for DeskLogin's start-up: the smallest Qt Widgets window (one label), built with
// the same compiler flags. bench/startup.sh measures both side by side.
#include <QApplication>
#include <QLabel>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QLabel label(QStringLiteral("Baseline"));
    label.setWindowTitle(QStringLiteral("DeskLogin baseline"));
    label.resize(440, 400);
    label.show();
    return app.exec();
}
