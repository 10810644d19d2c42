#pragma once

#include "phone/PhoneNumber.h"

#include <QLineEdit>

#include <optional>

class QAction;

// The phone number field: formats as the person types (keeping the cursor among the digits),
// steps Backspace and Delete over the spaces it put in, has a clear button of its own, and
// knows the number it holds. The one place in the GUI that waits for the phone number module:
// until it is loaded nothing is checked (number() is not valid), and numberChanged() follows
// when it arrives.
class PhoneField : public QLineEdit {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PhoneField)
public:
    explicit PhoneField(QWidget *parent = nullptr);

    // The region of numbers typed without a country code; formatting and checking follow it.
    void setRegion(const QString &region);
    QString region() const { return m_region; }
    // The regions whose numbers are valid (just region() when empty). With more than one, a
    // number typed or pasted with its country code ("+852 …", "00852 …") of one of them
    // switches region() to it (regionChanged()) and leaves the rest in the field.
    void setAcceptedRegions(const QStringList &regions);
    QStringList acceptedRegions() const;

    // The number as typed, parsed once per text (the sign-in button and the hint both ask on
    // every keystroke). Empty and not valid until the module is loaded.
    const PhoneNumber &number() const;
    // Whether number() has been checked: the module is loaded.
    static bool canCheck() { return PhoneNumber::isReady(); }

    // Shows a number from elsewhere (a stored E.164 number, say), as the region writes it:
    // at once if the module is loaded, else as given and formatted when it is (unless the
    // person has typed in the meantime).
    void setPhone(const QString &phone);

signals:
    // The text, or what is known about it, may have changed: ask number() again.
    void numberChanged();
    // The person typed or pasted (not setPhone()): for hints shown while typing.
    void edited();
    // The text's country code switched the region.
    void regionChanged(const QString &region);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void onTextEdited(const QString &text);
    // Runs `then` now if the module is loaded, else once it is (loading it on a worker thread).
    void whenCheckable(std::function<void()> then);
    void showNumber(const QString &phone);
    void updateClearButton();
    void drawClearIcon();
    void retranslate();

    QAction *m_clear = nullptr;
    QString m_region = QLatin1String(PhoneNumber::DefaultRegion);
    QStringList m_accepted;
    mutable std::optional<PhoneNumber> m_parsed;
    mutable QString m_parsedText;
};
