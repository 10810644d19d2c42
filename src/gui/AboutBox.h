#pragma once

#include <QCoreApplication>

struct AppConfig;
class QWidget;

// The About and Help boxes, opened (not exec()'d: no nested event loop while the session goes
// on underneath) and deleted when closed.
class AboutBox {
    Q_DECLARE_TR_FUNCTIONS(AboutBox)

public:
    static void showAbout(QWidget *parent, const AppConfig &config);
    static void showHelp(QWidget *parent, const AppConfig &config);
};
