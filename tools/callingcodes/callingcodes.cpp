// Writes the calling code of every region libphonenumber knows, as C++ initialisers, at build
// time: src/core/phone/PhoneNumber.cpp includes the result, so that the sign-in page can show "+86"
// and the settings can check a region without loading the phone number module, which the first
// window does not need. The data is libphonenumber's own, read from the library being built
// against, never copied by hand.
#include <phonenumbers/phonenumberutil.h>

#include <fstream>
#include <iostream>
#include <set>
#include <string>

int main(int argc, char *argv[])
{
    if (argc != 2) {
        std::cerr << "usage: callingcodes <output file>\n";
        return 2;
    }
    const auto *util = i18n::phonenumbers::PhoneNumberUtil::GetInstance();
    std::set<std::string> regions; // sorted: PhoneNumber.cpp searches the table
    util->GetSupportedRegions(&regions);
    std::ofstream out(argv[1]);
    out << "// Generated at build time by tools/callingcodes from libphonenumber's metadata.\n";
    for (const std::string &region : regions)
        out << "{\"" << region << "\", " << util->GetCountryCodeForRegion(region) << "},\n";
    out.close();
    if (!out || regions.empty()) {
        std::cerr << "callingcodes: could not write " << argv[1] << "\n";
        return 1;
    }
    return 0;
}
