// libFuzzer target: PhoneNumber on anything a person could type or paste.
// Input: 1 byte choosing the region, then UTF-8 text.
#include "phone/PhoneNumber.h"

#include <cstddef>
#include <cstdint>

// The phone number module is loaded before fuzzing starts, so that libFuzzer counts its coverage
// (scripts/fuzz.sh says where it is in DESKLOGIN_PHONENUMBER_MODULE).
extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    PhoneNumber::setModulePath(qEnvironmentVariable("DESKLOGIN_PHONENUMBER_MODULE"));
    if (!PhoneNumber::parse(QStringLiteral("13800138000"), QStringLiteral("CN")).isValid())
        __builtin_trap();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    static const char *const regions[] = {"CN", "TW", "HK", "MO", "SG", "US", "GB", "XX"};
    const QString region = QString::fromLatin1(regions[data[0] % 8]);
    const QString text =
        QString::fromUtf8(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    const PhoneNumber number = PhoneNumber::parse(text, region);
    if (number.isValid()) {
        if (number.nationalDigits().isEmpty() || !number.e164().startsWith(QLatin1Char('+')))
            __builtin_trap();
        // What the app does with a valid number: the username, the display, a second parse.
        (void)number.masked();
        const PhoneNumber again = PhoneNumber::parse(number.e164(), region);
        if (!again.isValid() || again.e164() != number.e164())
            __builtin_trap();
    }
    (void)PhoneNumber::formatAsTyped(text, region);

    // A deployment of several regions: a number valid there is of one of them, and a pasted
    // number's country code splits off into an accepted region.
    static const QStringList accepted {QStringLiteral("CN"), QStringLiteral("HK"),
                                       QStringLiteral("MO"), QStringLiteral("TW"),
                                       QStringLiteral("US"), QStringLiteral("CA")};
    const PhoneNumber any = PhoneNumber::parse(text, region, accepted);
    if (any.isValid() && !accepted.contains(any.region()))
        __builtin_trap();
    if (const auto split = PhoneNumber::splitCountryCode(text, accepted, region)) {
        if (!accepted.contains(split->region) || split->rest.size() > text.size())
            __builtin_trap();
    }
    return 0;
}
