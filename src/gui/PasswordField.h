#pragma once

#include <QLineEdit>
#include <QPointer>

#include <chrono>

class QToolButton;

// A password field: shown as dots unless the person asks to see it (with the button given to
// setRevealButton()), nothing copied or cut out of it even while shown (and nothing selected
// then, which would reach the primary selection), and a warning signal when Caps Lock looks on.
class PasswordField : public QLineEdit {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PasswordField)

public:
    explicit PasswordField(QWidget *parent = nullptr);

    // The checkable button beside the field that shows and hides the password; its icon, tool
    // tip and spoken name follow its state.
    void setRevealButton(QToolButton *button);
    bool isRevealed() const;
    // Back to dots (after a failed attempt, say).
    void conceal();
    // Clears a password left typed but not sent (the field editable) for `lifetime` without a
    // change: for a computer several people use. Once; the timer is "passwordLifetimeTimer".
    void setLifetime(std::chrono::milliseconds lifetime);

signals:
    // Caps Lock cannot be read portably, but a letter typed reveals it: upper case without
    // Shift, or lower case with it. Off again when the field loses focus.
    void capsLockChanged(bool on);

protected:
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateRevealButton();

    QPointer<QToolButton> m_revealButton;
};
