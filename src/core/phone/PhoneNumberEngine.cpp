// The phone number module: libphonenumber behind PhoneNumberEngine. Built as a module of its own
// (desklogin_phonenumber) and loaded by PhoneNumber.cpp when a number is first looked at.
#include "phone/PhoneNumberEngine.h"

#include <phonenumbers/asyoutypeformatter.h>
#include <phonenumbers/phonenumberutil.h>

#include <unicode/locdspnm.h>
#include <unicode/locid.h>

#include <list>
#include <memory>

namespace {

using i18n::phonenumbers::PhoneNumberUtil;
using Problem = PhoneNumber::Problem;

const PhoneNumberUtil &util()
{
    return *PhoneNumberUtil::GetInstance();
}

class Engine final : public PhoneNumberEngine {
public:
    void warmUp() const override { util(); }

    QString formatAsTyped(const QString &significant, const QString &region) const override
    {
        std::unique_ptr<i18n::phonenumbers::AsYouTypeFormatter> formatter(
            util().GetAsYouTypeFormatter(region.toUpper().toStdString()));
        std::string result;
        for (const QChar c : significant)
            formatter->InputDigit(c.unicode(), &result);
        return QString::fromStdString(result);
    }

    QStringList regionsForCountryCode(int code) const override
    {
        std::list<std::string> regions;
        util().GetRegionCodesForCountryCallingCode(code, &regions);
        QStringList result;
        for (const std::string &region : regions)
            result.append(QString::fromStdString(region));
        return result;
    }

    QString regionName(const QString &region, const QString &language) const override
    {
        UErrorCode status = U_ZERO_ERROR;
        const icu::Locale locale = icu::Locale::forLanguageTag(language.toStdString(), status);
        UDisplayContext context[] = {UDISPCTX_LENGTH_FULL};
        const std::unique_ptr<icu::LocaleDisplayNames> names(
            icu::LocaleDisplayNames::createInstance(
                U_SUCCESS(status) ? locale : icu::Locale::getEnglish(), context, 1));
        icu::UnicodeString name;
        if (!names
            || names->regionDisplayName(region.toUpper().toStdString().c_str(), name).isBogus()
            || name.isEmpty())
            return region.toUpper();
        return QString(reinterpret_cast<const QChar *>(name.getBuffer()), name.length());
    }

    Parsed parse(const QString &text, const QString &region) const override
    {
        Parsed result;
        i18n::phonenumbers::PhoneNumber number;
        const std::string regionCode = region.toUpper().toStdString();
        switch (util().Parse(text.toStdString(), regionCode, &number)) {
        case PhoneNumberUtil::NO_PARSING_ERROR:
            break;
        case PhoneNumberUtil::TOO_SHORT_AFTER_IDD:
        case PhoneNumberUtil::TOO_SHORT_NSN:
            result.problem = Problem::TooShort;
            return result;
        case PhoneNumberUtil::TOO_LONG_NSN:
            result.problem = Problem::TooLong;
            return result;
        default:
            result.problem = Problem::NotANumber;
            return result;
        }

        result.callingCode = number.country_code();
        switch (util().IsPossibleNumberWithReason(number)) {
        case PhoneNumberUtil::IS_POSSIBLE:
            break;
        case PhoneNumberUtil::TOO_SHORT:
            result.problem = Problem::TooShort;
            return result;
        case PhoneNumberUtil::TOO_LONG:
            result.problem = Problem::TooLong;
            return result;
        default:
            result.problem = Problem::NotMobile;
            return result;
        }
        const auto type = util().GetNumberType(number);
        if (!util().IsValidNumber(number)
            || (type != PhoneNumberUtil::MOBILE && type != PhoneNumberUtil::FIXED_LINE_OR_MOBILE)) {
            result.problem = Problem::NotMobile;
            return result;
        }

        std::string numberRegion;
        util().GetRegionCodeForNumber(number, &numberRegion);
        result.region = QString::fromStdString(numberRegion);
        std::string out;
        util().GetNationalSignificantNumber(number, &out);
        result.nationalDigits = QString::fromStdString(out);
        util().Format(number, PhoneNumberUtil::E164, &out);
        result.e164 = QString::fromStdString(out);
        // Shown after the calling code, so grouped as the international format groups it,
        // without the trunk prefix: "+886 912 345 678" less "+886 " (nationally 0912 345 678).
        util().Format(number, PhoneNumberUtil::INTERNATIONAL, &out);
        const QString international = QString::fromStdString(out);
        const qsizetype afterCode = international.indexOf(QLatin1Char(' '));
        result.formatted = afterCode < 0 ? result.nationalDigits : international.mid(afterCode + 1);
        result.problem = Problem::None;
        return result;
    }
};

} // namespace

extern "C" Q_DECL_EXPORT const PhoneNumberEngine *desklogin_phonenumber_engine()
{
    static const Engine engine;
    return &engine;
}
