#include "PhoneField.h"

#include "ThemedIcon.h"

#include <QAction>
#include <QKeyEvent>

namespace {

bool isSignificant(QChar c)
{
    return c.isDigit() || c == QLatin1Char('+');
}

int significantCount(const QString &text, int end)
{
    int count = 0;
    for (int i = 0; i < end && i < text.size(); ++i)
        count += isSignificant(text.at(i));
    return count;
}

int positionAfterSignificant(const QString &text, int count)
{
    if (count == 0)
        return 0;
    for (int i = 0; i < text.size(); ++i) {
        if (isSignificant(text.at(i)) && --count == 0)
            return i + 1;
    }
    return int(text.size());
}

} // namespace

PhoneField::PhoneField(QWidget *parent) : QLineEdit(parent)
{
    // A clear button of our own: QLineEdit's asks the style for a theme icon, and that lookup
    // (index.theme files, image plug-ins) costs more than anything else on the way to the first
    // window.
    m_clear = addAction(QIcon(), QLineEdit::TrailingPosition);
    m_clear->setVisible(false); // its icon is drawn when it first shows
    m_clear->setObjectName(QStringLiteral("clearPhoneAction"));
    retranslate();
    connect(m_clear, &QAction::triggered, this, [this] {
        clear();
        emit edited();
    });
    connect(this, &QLineEdit::textEdited, this, &PhoneField::onTextEdited);
    // Typed as at home ("0912 345 678"), a whole number reads after the calling code without
    // its trunk prefix once the person moves on ("+886 | 912 345 678"); not while typing, where
    // the digits would shift under the cursor.
    connect(this, &QLineEdit::editingFinished, this, [this] {
        if (!PhoneNumber::isReady())
            return;
        const PhoneNumber &whole = number();
        if (whole.isValid() && whole.formatted() != text())
            setText(whole.formatted());
    });
    connect(this, &QLineEdit::textChanged, this, [this] {
        updateClearButton();
        emit numberChanged();
    });
}

void PhoneField::setRegion(const QString &region)
{
    if (region == m_region)
        return;
    m_region = region;
    m_parsed.reset();
    // The digits stay; they are grouped as the new region groups them.
    if (PhoneNumber::isReady() && !text().isEmpty())
        setText(PhoneNumber::formatAsTyped(text(), m_region));
    emit numberChanged();
}

void PhoneField::setAcceptedRegions(const QStringList &regions)
{
    m_accepted = regions;
    m_parsed.reset();
    emit numberChanged();
}

QStringList PhoneField::acceptedRegions() const
{
    return m_accepted.isEmpty() ? QStringList {m_region} : m_accepted;
}

void PhoneField::whenCheckable(std::function<void()> then)
{
    if (PhoneNumber::isReady())
        return then();
    // The first digit loads the module on a worker thread; what was typed by then is checked
    // once it is there.
    PhoneNumber::whenReady(this, [this, then] {
        then();
        emit numberChanged();
    });
}

const PhoneNumber &PhoneField::number() const
{
    static const PhoneNumber unchecked;
    if (!PhoneNumber::isReady())
        return unchecked;
    const QString current = text();
    if (!m_parsed || m_parsedText != current) {
        m_parsed = PhoneNumber::parse(current, m_region, acceptedRegions());
        m_parsedText = current;
    }
    return *m_parsed;
}

void PhoneField::onTextEdited(const QString &)
{
    whenCheckable([this] {
        if (m_accepted.size() > 1) {
            if (const auto split = PhoneNumber::splitCountryCode(text(), m_accepted, m_region)) {
                const QString rest = split->rest;
                if (split->region != m_region) {
                    m_region = split->region;
                    m_parsed.reset();
                    emit regionChanged(m_region);
                }
                // A whole number is written as it reads after the calling code (without a
                // trunk prefix: "912 345 678"); a part as it is typed.
                const PhoneNumber whole = PhoneNumber::parse(rest, m_region, m_accepted);
                setText(whole.isValid() ? whole.formatted()
                                        : PhoneNumber::formatAsTyped(rest, m_region));
                emit edited();
                return;
            }
        }
        const QString current = text();
        const int significant = significantCount(current, cursorPosition());
        const QString formatted = PhoneNumber::formatAsTyped(current, m_region);
        if (formatted != current) {
            setText(formatted);
            setCursorPosition(positionAfterSignificant(formatted, significant));
        }
        emit edited();
    });
}

void PhoneField::showNumber(const QString &phone)
{
    // A stored number of another accepted region brings its region along.
    const PhoneNumber number = PhoneNumber::parse(phone, m_region, acceptedRegions());
    if (number.isValid() && number.region() != m_region) {
        m_region = number.region();
        m_parsed.reset();
        emit regionChanged(m_region);
    }
    setText(number.isValid() ? number.formatted() : PhoneNumber::formatAsTyped(phone, m_region));
}

void PhoneField::setPhone(const QString &phone)
{
    if (PhoneNumber::isReady())
        return showNumber(phone);
    setText(phone); // as given until it can be formatted
    whenCheckable([this, phone] {
        if (text() == phone) // not changed in the meantime
            showNumber(phone);
    });
}

void PhoneField::keyPressEvent(QKeyEvent *event)
{
    // Backspace or Delete next to a space the formatter put in steps over it, so that the key
    // removes a digit instead of a space the formatter would only put back.
    const QString current = text();
    const int at = cursorPosition();
    const auto isSeparator = [&current](int i) {
        return i >= 0 && i < current.size() && !isSignificant(current.at(i));
    };
    if (!hasSelectedText() && !isReadOnly()) {
        if (event->key() == Qt::Key_Backspace && isSeparator(at - 1))
            setCursorPosition(at - 1);
        else if (event->key() == Qt::Key_Delete && isSeparator(at))
            setCursorPosition(at + 1);
    }
    QLineEdit::keyPressEvent(event);
}

void PhoneField::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::ReadOnlyChange)
        updateClearButton();
    else if (event->type() == QEvent::PaletteChange && !m_clear->icon().isNull())
        drawClearIcon();
    else if (event->type() == QEvent::LanguageChange)
        retranslate();
    QLineEdit::changeEvent(event);
}

void PhoneField::retranslate()
{
    // The button QLineEdit makes for the action takes its text and tooltip: what a screen
    // reader says for it (it shows only the icon).
    m_clear->setText(tr("Clear phone number"));
    m_clear->setToolTip(tr("Clear phone number"));
}

void PhoneField::drawClearIcon()
{
    m_clear->setIcon(
        ThemedIcon::make(ThemedIcon::Shape::Clear, palette(), QPalette::PlaceholderText));
}

void PhoneField::updateClearButton()
{
    const bool show = !text().isEmpty() && !isReadOnly();
    if (show && m_clear->icon().isNull())
        drawClearIcon();
    m_clear->setVisible(show);
}
