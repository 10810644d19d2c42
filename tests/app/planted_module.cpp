// A library planted where DESKLOGIN_PHONENUMBER_MODULE points, by tst_commandline: loading it
// leaves a mark at DESKLOGIN_PLANTED_MARK. The app must never load it.
#include <cstdio>
#include <cstdlib>

namespace {

struct LeaveAMark {
    LeaveAMark()
    {
        if (const char *path = std::getenv("DESKLOGIN_PLANTED_MARK")) {
            if (FILE *file = std::fopen(path, "w"))
                std::fclose(file);
        }
    }
};
const LeaveAMark mark;

} // namespace
