#pragma once

#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

class QObject;

// A mobile phone number as a person typed or pasted it, checked against a default region with
// libphonenumber. Accepts spaces, dashes, brackets, a +86 or 0086 prefix and full-width digits.
//
// libphonenumber lives in a module loaded on first use (PhoneNumberEngine.h): the functions below
// load it on the calling thread if need be (once). A GUI that must not wait asks
// isReady() first and otherwise whenReady(), which loads it on a worker thread.
class PhoneNumber {
public:
    // The region of numbers typed without a country code unless the settings say otherwise.
    static constexpr char DefaultRegion[] = "CN";

    enum class Problem {
        None,
        Empty,
        NotANumber,
        TooShort,
        TooLong,
        OtherRegion, // a number of a region the deployment does not accept
        NotMobile, // a number of the region, but not a mobile one
    };
    // What the server expects as `username`.
    enum class UsernameFormat {
        NationalDigits, // 13800138000
        E164, // +8613800138000
    };

    // Where the module is, for programs other than the app (test programs, fuzzers): the app
    // looks only beside itself and where its installer put it, never where its environment
    // says. Called before the first use.
    static void setModulePath(const QString &path);
    // Whether the module is loaded (or its loading has failed, which is logged once).
    static bool isReady();
    // Loads the module on this thread, now (command-line tools and tests); whether it is there.
    static bool load();
    // Calls `callback` on this (the GUI) thread once the module is loaded, loading it on a worker
    // thread; at once if it already is. Nothing is called if `context` is gone by then.
    static void whenReady(QObject *context, std::function<void()> callback);

    // `region`: where a number typed without a country code is from. `accepted`: the regions
    // whose numbers are valid (a number of another is OtherRegion); just `region` if empty.
    static PhoneNumber parse(const QString &input, const QString &region,
                             const QStringList &accepted = {});
    // parse() on the module's worker thread, loading the module first if need be: the first
    // number read in a region also compiles that region's patterns, work a GUI must not stop
    // for. `callback` gets the result on this (the GUI) thread, if `context` is still alive.
    static void parseInBackground(QObject *context, const QString &input, const QString &region,
                                  const QStringList &accepted,
                                  std::function<void(const PhoneNumber &)> callback);
    // A number typed or pasted with its country code ("+852 9123 4567", "00886…"), split into
    // the accepted region it names and the rest, as typed. Nothing for input without a country
    // code, or with one of no accepted region. Where regions share a code (+1, +7, +44),
    // the number's own region is taken, else `current` if it shares the code, else the first
    // accepted region with it.
    struct CodeSplit {
        QString region;
        QString rest;
    };
    static std::optional<CodeSplit> splitCountryCode(const QString &input,
                                                     const QStringList &accepted,
                                                     const QString &current = {});
    // The calling code of a region (86 for CN), 0 when unknown; from the same table, without
    // the module.
    static int countryCode(const QString &region);
    // The region's name in a language ("zh-Hant"); the region code if ICU has no name for it.
    static QString regionName(const QString &region, const QString &language);
    // What a person has typed so far, grouped as they would write it in the region
    // ("138 0013 8"), libphonenumber's as-you-type formatting. Only digits and a leading plus
    // sign are kept; input that is no phone number at all is returned unchanged.
    static QString formatAsTyped(const QString &input, const QString &region);
    // Whether the region is one libphonenumber knows ("CN", "TW", "HK", ...). Answered from a
    // table made from libphonenumber at build time: the module is not loaded for it.
    static bool isSupportedRegion(const QString &region);

    bool isValid() const { return m_problem == Problem::None; }
    Problem problem() const { return m_problem; }
    QString region() const { return m_region; }

    QString nationalDigits() const { return m_nationalDigits; }
    QString e164() const { return m_e164; }
    QString username(UsernameFormat format) const;
    // For display after the calling code: grouped, without a trunk prefix ("138 0013 8000";
    // in Taiwan "912 345 678", which is 0912 345 678 at home).
    QString formatted() const { return m_formatted; }
    // For display where the whole number should not be shown ("138 **** 8000").
    QString masked() const;

private:
    Problem m_problem = Problem::Empty;
    QString m_region;
    QString m_nationalDigits;
    QString m_e164;
    QString m_formatted;
};
