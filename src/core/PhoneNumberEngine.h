#pragma once

#include "PhoneNumber.h"

#include <QString>

// What PhoneNumber needs from libphonenumber. It lives in a module of its own
// (PhoneNumberEngine.cpp, loaded by PhoneNumber.cpp on first use): libphonenumber with protobuf
// and abseil is eleven libraries and, once its metadata is read, about 4 MB, none of which the
// first window needs.
class PhoneNumberEngine {
public:
    struct Parsed {
        PhoneNumber::Problem problem = PhoneNumber::Problem::NotANumber;
        QString nationalDigits;
        QString e164;
        QString formatted;
    };

    virtual ~PhoneNumberEngine() = default;
    // Reads libphonenumber's metadata (the slow part; safe on any thread, once).
    virtual void warmUp() const = 0;
    // `significant`: ASCII digits with an optional leading '+'.
    virtual QString formatAsTyped(const QString &significant, const QString &region) const = 0;
    virtual int countryCodeForRegion(const QString &region) const = 0;
    // `text`: already folded to ASCII digits, trimmed and bounded in length.
    virtual Parsed parse(const QString &text, const QString &region) const = 0;
};

// The module's one exported function.
#define DESKLOGIN_PHONENUMBER_ENTRY "desklogin_phonenumber_engine"
using PhoneNumberEngineEntry = const PhoneNumberEngine *(*)();
