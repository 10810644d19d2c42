#include "PasswordField.h"

#include "ThemedIcon.h"

#include <QKeyEvent>
#include <QTimer>
#include <QToolButton>

namespace {

bool isCopyOrCut(QEvent *event)
{
    if (event->type() != QEvent::KeyPress && event->type() != QEvent::ShortcutOverride)
        return false;
    auto *key = static_cast<QKeyEvent *>(event);
    return key->matches(QKeySequence::Copy) || key->matches(QKeySequence::Cut);
}

} // namespace

PasswordField::PasswordField(QWidget *parent) : QLineEdit(parent)
{
    setEchoMode(QLineEdit::Password);
    // Text selected while it is shown would go to the X11/Wayland primary selection (QLineEdit
    // puts it there when the mouse selects, for a middle click anywhere to paste): no selection
    // while the password is shown. As dots, QLineEdit gives nothing to the selection.
    connect(this, &QLineEdit::selectionChanged, this, [this] {
        if (isRevealed() && hasSelectedText())
            deselect();
    });
}

void PasswordField::setLifetime(std::chrono::milliseconds lifetime)
{
    if (findChild<QTimer *>(QStringLiteral("passwordLifetimeTimer")))
        return;
    auto *timer = new QTimer(this);
    timer->setObjectName(QStringLiteral("passwordLifetimeTimer"));
    timer->setSingleShot(true);
    timer->setInterval(lifetime);
    connect(timer, &QTimer::timeout, this, [this] {
        if (isReadOnly())
            return; // being sent
        clear();
        conceal();
    });
    connect(this, &QLineEdit::textChanged, timer, [timer](const QString &text) {
        if (text.isEmpty())
            timer->stop();
        else
            timer->start();
    });
}

void PasswordField::setRevealButton(QToolButton *button)
{
    m_revealButton = button;
    button->setCheckable(true);
    button->setChecked(isRevealed());
    connect(button, &QToolButton::toggled, this, [this](bool reveal) {
        if (reveal)
            deselect(); // what was selected as dots is not kept selected as text
        setEchoMode(reveal ? QLineEdit::Normal : QLineEdit::Password);
        updateRevealButton();
    });
    updateRevealButton();
}

bool PasswordField::isRevealed() const
{
    return echoMode() == QLineEdit::Normal;
}

void PasswordField::conceal()
{
    if (m_revealButton)
        m_revealButton->setChecked(false);
    else
        setEchoMode(QLineEdit::Password);
}

bool PasswordField::event(QEvent *event)
{
    // Nothing is copied out of the password field, even while it is shown: the shortcut is
    // taken here, before any action could claim it.
    if (isCopyOrCut(event)) {
        event->accept();
        return true;
    }
    return QLineEdit::event(event);
}

void PasswordField::keyPressEvent(QKeyEvent *event)
{
    const QString text = event->text();
    if (text.size() == 1 && text.at(0).unicode() < 128 && text.at(0).isLetter()) {
        const bool shift = event->modifiers() & Qt::ShiftModifier;
        emit capsLockChanged(text.at(0).isUpper() != shift);
    }
    QLineEdit::keyPressEvent(event);
}

void PasswordField::focusOutEvent(QFocusEvent *event)
{
    emit capsLockChanged(false);
    QLineEdit::focusOutEvent(event);
}

void PasswordField::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::PaletteChange)
        updateRevealButton();
    QLineEdit::changeEvent(event);
}

void PasswordField::updateRevealButton()
{
    if (!m_revealButton)
        return;
    const bool revealed = isRevealed();
    m_revealButton->setIcon(
        ThemedIcon::make(revealed ? ThemedIcon::Shape::EyeCrossed : ThemedIcon::Shape::Eye,
                         m_revealButton->palette(), QPalette::ButtonText));
    const QString tip = revealed ? tr("Hide password") : tr("Show password");
    m_revealButton->setToolTip(tip);
    m_revealButton->setAccessibleName(tip);
}
