#pragma once

#include <QCoreApplication>
#include <QTest>
#ifdef QT_WIDGETS_LIB
#include <QApplication>
#endif

// The main() of every test program, in place of QTEST_MAIN and its kin. QTest runs the test
// functions as usual, with the usual arguments (test functions by name, -o, ...), and the exit
// code tells CTest what happened:
// - a failure: the number of failures, as QTest::qExec returns it (1 to 127), whatever else
//   happened, so that a failing function beside a skipped one reads as a failure;
// - no failure, and a test function or data row skipped: SkippedExitCode, which CTest takes for
//   "skipped" (SKIP_RETURN_CODE, tests/CMakeLists.txt);
// - 0 otherwise.
namespace TestMain {

// Above 127, so that it is never a count of failures, and above 128 + 64, so that it is never a
// shell's report of a death by signal either (with-keyring.sh passes those on).
constexpr int SkippedExitCode = DESKLOGIN_TEST_SKIPPED_EXIT_CODE;
static_assert(SkippedExitCode > 128 + 64 && SkippedExitCode < 256);

int exec(QObject *test, int argc, char **argv);

// Before the application object: the phone number module is the build tree's, named by
// DESKLOGIN_PHONENUMBER_MODULE (tests/CMakeLists.txt sets it; the app itself never reads it).
void prepare();

// Waits, at most two seconds, for the system threads of QThreads that have been waited for and
// destroyed to exit. Called once the test object is gone, before the process ends: Qt 6.4's
// QThread::wait() returns when the thread's work is done, while the system thread is still
// exiting and holds the last reference to Qt's data for it (QThreadData, in thread-local
// storage). When the process ends at that moment (QNetworkAccessManager's thread, after an
// aborted request, about one run in ten), LeakSanitizer finds that data unreferenced and the
// test fails with a leak that is not one.
void awaitEndedThreads();

} // namespace TestMain

#define DESKLOGIN_TEST_MAIN_WITH(Application, TestObject)                                          \
    int main(int argc, char *argv[])                                                               \
    {                                                                                              \
        TestMain::prepare();                                                                       \
        Application app(argc, argv);                                                               \
        app.setAttribute(Qt::AA_Use96Dpi, true);                                                   \
        int result = 0;                                                                            \
        {                                                                                          \
            TestObject test;                                                                       \
            QTEST_SET_MAIN_SOURCE_PATH                                                             \
            result = TestMain::exec(&test, argc, argv);                                            \
        }                                                                                          \
        TestMain::awaitEndedThreads();                                                             \
        return result;                                                                             \
    }

// For tests with widgets (QApplication), and for the others (QCoreApplication).
#define DESKLOGIN_TEST_MAIN(TestObject) DESKLOGIN_TEST_MAIN_WITH(QApplication, TestObject)
#define DESKLOGIN_TEST_GUILESS_MAIN(TestObject)                                                    \
    DESKLOGIN_TEST_MAIN_WITH(QCoreApplication, TestObject)
