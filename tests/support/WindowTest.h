#pragma once

#include "CountingNetworkAccessManager.h"
#include "DemoServer.h"
#include "FakeHttpServer.h"
#include "FindWidget.h"
#include "MainWindow.h"
#include "MemorySessionStore.h"
#include "TestClock.h"
#include "graph/AppGraph.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QStringList>
#include <QUrl>

#include <functional>
#include <memory>

class RegionSelector;

// What the GUI tests of the window's parts share: the window and the objects behind it,
// assembled as main() does, driven as a person drives it (find widgets by name, type, paste,
// press keys, click, and look at what is shown). Sign-in goes to the demo server where a real
// answer is wanted, to a fake server where the test needs silence, throttling or a 401.
//
// A test class derives from it and adds its test functions; each starts with settings emptied
// and a window signed out against the demo server.
class WindowTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

protected:
    // A window against `server` (the one shown before is closed first), restored.
    void makeWindow(const QUrl &server, const QString &profileEndpoint = QString());
    // The same graph and window, neither shown nor restored.
    void buildWindow(const QUrl &server, const QString &profileEndpoint = QString());
    // A window for a deployment that accepts the mainland, Hong Kong, Macau and Taiwan.
    void makeFourRegionWindow();
    RegionSelector *openRegionPopup();
    QStringList shownRegions();
    template<typename T>
    T *find(const char *name, const char *file = __builtin_FILE(), int line = __builtin_LINE())
    {
        return findWidget<T>(m_window.get(), name, file, line);
    }
    QWidget *currentPage() const;
    void typeCredentials(const QString &password);
    void signInWith(const QString &password);
    // A window against a server that takes the request and never answers, the request sent.
    void startASignInThatIsNeverAnswered();

    DemoServer m_demo;
    std::unique_ptr<FakeHttpServer> m_fake;
    std::unique_ptr<CountingNetworkAccessManager> m_network;
    std::unique_ptr<TestClock> m_clock;
    std::unique_ptr<MemorySessionStore> m_store; // kept across makeWindow(), as the keychain is
    std::unique_ptr<AppGraph> m_app;
    std::unique_ptr<MainWindow> m_window;
    std::function<void(AppConfig &)> m_adjustConfig; // for the next makeWindow()
};
