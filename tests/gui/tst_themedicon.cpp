#include "TestMain.h"
#include "ThemedIcon.h"

#include <QApplication>
#include <QTest>

// The colours and icons of messages (ThemedIcon): readable in every palette, and errors told from
// warnings other than by colour.
class TestThemedIcon : public QObject {
    Q_OBJECT
private slots:
    void messageColoursKeepTheirContrastInEveryPalette_data();
    void messageColoursKeepTheirContrastInEveryPalette();
};

void TestThemedIcon::messageColoursKeepTheirContrastInEveryPalette_data()
{
    QTest::addColumn<QPalette>("palette");
    QTest::addColumn<bool>("highContrast");
    QPalette light;
    light.setColor(QPalette::Window, QColor(239, 239, 239));
    light.setColor(QPalette::WindowText, Qt::black);
    light.setColor(QPalette::Highlight, QColor(48, 140, 198));
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(45, 45, 48));
    dark.setColor(QPalette::WindowText, QColor(230, 230, 230));
    dark.setColor(QPalette::Highlight, QColor(42, 130, 218));
    QPalette contrast;
    contrast.setColor(QPalette::Window, Qt::black);
    contrast.setColor(QPalette::WindowText, Qt::white);
    contrast.setColor(QPalette::Highlight, QColor(26, 235, 255));
    QTest::newRow("light") << light << false;
    QTest::newRow("dark") << dark << false;
    QTest::newRow("high contrast") << contrast << true;
    QTest::newRow("this platform's") << QApplication::palette() << false;
}

void TestThemedIcon::messageColoursKeepTheirContrastInEveryPalette()
{
    QFETCH(QPalette, palette);
    QFETCH(bool, highContrast);
    const QColor window = palette.color(QPalette::Window);
    for (const auto tone : {ThemedIcon::Tone::Error, ThemedIcon::Tone::Warning}) {
        const QColor color = ThemedIcon::toneColor(palette, tone);
        QVERIFY2(ThemedIcon::contrast(color, window) >= 4.5, qPrintable(color.name()));
        // A high-contrast theme's colours are the only ones used there.
        if (highContrast)
            QCOMPARE(color, palette.color(QPalette::WindowText));
        else
            QVERIFY(color != palette.color(QPalette::WindowText)); // it stands out
    }
    QVERIFY(ThemedIcon::contrast(ThemedIcon::toneColor(palette, ThemedIcon::Tone::Info), window)
            >= 3);
    // Error and warning are told apart other than by colour: by their icons' shapes.
    const QImage error =
        ThemedIcon::make(ThemedIcon::Shape::Error, QColor(Qt::black)).pixmap(16).toImage();
    const QImage warning =
        ThemedIcon::make(ThemedIcon::Shape::Warning, QColor(Qt::black)).pixmap(16).toImage();
    QVERIFY(error != warning);
}

DESKLOGIN_TEST_MAIN(TestThemedIcon)
#include "tst_themedicon.moc"
