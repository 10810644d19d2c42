// Test helper: saves session after session to the keychain (service given as the argument) and
// prints each index once saved, until it is killed. tst_killwhilesaving kills it mid-save.
#include "SessionSamples.h"
#include "session/KeychainSessionStore.h"
#include "session/SessionJob.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 2)
        return 2;
    KeychainSessionStore store(QString::fromLocal8Bit(argv[1]));
    int index = 0;
    QObject::connect(&store, &SessionStore::finished, &app, [&](SessionJob *job) {
        if (job->error() != SessionStore::Error::None)
            QCoreApplication::exit(1);
        std::printf("%d\n", index);
        std::fflush(stdout);
        store.save(SessionSamples::numbered(++index));
    });
    store.save(SessionSamples::numbered(index));
    return app.exec();
}
