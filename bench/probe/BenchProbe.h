#pragma once

class AuthManager;
class QWidget;
class SessionStore;

// Compiled only into the benchmark build's desklogin-probe (never into the shipped app). Reads
// its orders from the environment:
//   DESKLOGIN_BENCH_REPORT=FILE  append what was measured to FILE, one fact per line
//   DESKLOGIN_BENCH_FLOW=NAME    drive the window through a flow (see BenchProbe.cpp)
//   DESKLOGIN_BENCH_TRACE=MS     with a flow: report each wait over MS milliseconds with the
//                                events the GUI thread delivered meanwhile (what kept it busy)
// and, when asked for either, measures how late the GUI thread answers: a second thread posts a
// call to it, waits for the answer, pauses 1 ms and posts again, so that any stretch in which the
// event loop is blocked shows as one late answer.
// Whatever is asked, the window's title gets " [painted]" with the first frame and " [session]"
// once the session page has been painted (PaintMarker.h), for bench/measure.sh to see.
namespace BenchProbe {
void install(QWidget *window, AuthManager *auth, SessionStore *store);
}
