#pragma once

#include "phone/PhoneNumber.h"

#include <QString>
#include <QStringList>

// What PhoneNumber needs from libphonenumber. It lives in a module of its own
// (PhoneNumberEngine.cpp, loaded by PhoneNumber.cpp on first use): libphonenumber with protobuf
// and abseil is eleven libraries and megabytes of metadata once read, none of which the first
// window needs (docs/PERFORMANCE.md has the figures).
class PhoneNumberEngine {
public:
    struct Parsed {
        PhoneNumber::Problem problem = PhoneNumber::Problem::NotANumber;
        QString nationalDigits;
        QString e164;
        QString formatted;
        int callingCode = 0; // once the number's country code is known
        QString region; // of a valid number: "CN", "TW", ...
    };

    virtual ~PhoneNumberEngine() = default;
    // Reads libphonenumber's metadata (the slow part; safe on any thread, once).
    virtual void warmUp() const = 0;
    // `significant`: ASCII digits with an optional leading '+'.
    virtual QString formatAsTyped(const QString &significant, const QString &region) const = 0;
    // The regions that share a calling code, the main one first ({"US", "AG", ...} for 1).
    virtual QStringList regionsForCountryCode(int code) const = 0;
    // `text`: already folded to ASCII digits, trimmed and bounded in length. A number without
    // a country code is read as one of `region`'s; any valid mobile number is accepted here
    // (PhoneNumber checks it against the regions a deployment accepts).
    virtual Parsed parse(const QString &text, const QString &region) const = 0;
    // The region's name in a language (BCP 47, "zh-Hant"), from ICU's copy of CLDR.
    virtual QString regionName(const QString &region, const QString &language) const = 0;
};

// The module's one exported function.
#define DESKLOGIN_PHONENUMBER_ENTRY "desklogin_phonenumber_engine"
using PhoneNumberEngineEntry = const PhoneNumberEngine *(*)();
