#include "PhoneNumber.h"

#include <phonenumbers/asyoutypeformatter.h>
#include <phonenumbers/phonenumberutil.h>

#include <memory>

namespace {

using i18n::phonenumbers::PhoneNumberUtil;

// Longer than any phone number anybody types; bounds what reaches libphonenumber.
constexpr int MaxInputLength = 64;

// NFKC folds full-width digits but not other scripts' (Arabic-Indic ٣, Devanagari ३, …).
// libphonenumber's as-you-type formatter asserts, and so aborts the process, on some of those,
// so every decimal digit reaches it as ASCII.
QString asciiDigits(const QString &text)
{
    QString out = text.normalized(QString::NormalizationForm_KC);
    for (QChar &c : out) {
        if (c.isDigit() && c.unicode() >= 128)
            c = QChar(u'0' + c.digitValue());
    }
    return out;
}

const PhoneNumberUtil &util()
{
    // libphonenumber's own process-wide instance; loading its metadata is paid on first use only.
    return *PhoneNumberUtil::GetInstance();
}

} // namespace

QString PhoneNumber::formatAsTyped(const QString &input, const QString &region)
{
    const QString text = asciiDigits(input);
    QString significant;
    for (const QChar c : text) {
        if (c.isDigit() || (c == QLatin1Char('+') && significant.isEmpty()))
            significant += c;
        else if (c.isLetter())
            return input; // not a phone number being typed; leave it for validation to explain
    }
    if (significant.isEmpty() || significant.size() > MaxInputLength)
        return input;
    std::unique_ptr<i18n::phonenumbers::AsYouTypeFormatter> formatter(
        util().GetAsYouTypeFormatter(region.toUpper().toStdString()));
    std::string result;
    for (const QChar c : significant)
        formatter->InputDigit(c.unicode(), &result);
    return QString::fromStdString(result);
}

bool PhoneNumber::isSupportedRegion(const QString &region)
{
    return region.size() == 2
        && util().GetCountryCodeForRegion(region.toUpper().toStdString()) != 0;
}

PhoneNumber PhoneNumber::parse(const QString &input, const QString &region)
{
    PhoneNumber result;
    result.m_region = region.toUpper();
    // NFKC folds full-width digits, plus signs, brackets and dashes into their ASCII forms.
    const QString text = asciiDigits(input).trimmed();
    if (text.isEmpty()) {
        result.m_problem = Problem::Empty;
        return result;
    }
    if (text.size() > MaxInputLength) {
        result.m_problem = Problem::TooLong;
        return result;
    }

    i18n::phonenumbers::PhoneNumber number;
    const std::string regionCode = result.m_region.toStdString();
    switch (util().Parse(text.toStdString(), regionCode, &number)) {
    case PhoneNumberUtil::NO_PARSING_ERROR:
        break;
    case PhoneNumberUtil::TOO_SHORT_AFTER_IDD:
    case PhoneNumberUtil::TOO_SHORT_NSN:
        result.m_problem = Problem::TooShort;
        return result;
    case PhoneNumberUtil::TOO_LONG_NSN:
        result.m_problem = Problem::TooLong;
        return result;
    default:
        result.m_problem = Problem::NotANumber;
        return result;
    }

    if (number.country_code() != util().GetCountryCodeForRegion(regionCode)) {
        result.m_problem = Problem::OtherRegion;
        return result;
    }
    switch (util().IsPossibleNumberWithReason(number)) {
    case PhoneNumberUtil::IS_POSSIBLE:
        break;
    case PhoneNumberUtil::TOO_SHORT:
        result.m_problem = Problem::TooShort;
        return result;
    case PhoneNumberUtil::TOO_LONG:
        result.m_problem = Problem::TooLong;
        return result;
    default:
        result.m_problem = Problem::NotMobile;
        return result;
    }
    const auto type = util().GetNumberType(number);
    if (!util().IsValidNumberForRegion(number, regionCode)
        || (type != PhoneNumberUtil::MOBILE && type != PhoneNumberUtil::FIXED_LINE_OR_MOBILE)) {
        result.m_problem = Problem::NotMobile;
        return result;
    }

    std::string out;
    util().GetNationalSignificantNumber(number, &out);
    result.m_nationalDigits = QString::fromStdString(out);
    util().Format(number, PhoneNumberUtil::E164, &out);
    result.m_e164 = QString::fromStdString(out);
    util().Format(number, PhoneNumberUtil::NATIONAL, &out);
    result.m_formatted = QString::fromStdString(out);
    result.m_problem = Problem::None;
    return result;
}

QString PhoneNumber::username(UsernameFormat format) const
{
    return format == UsernameFormat::E164 ? m_e164 : m_nationalDigits;
}

QString PhoneNumber::masked() const
{
    const QString digits = m_nationalDigits;
    if (digits.size() < 7)
        return QString(digits.size(), QLatin1Char('*'));
    const int shown = digits.size() >= 10 ? 3 : 2;
    return digits.left(shown) + QLatin1Char(' ')
        + QString(digits.size() - shown - 4, QLatin1Char('*')) + QLatin1Char(' ') + digits.right(4);
}
