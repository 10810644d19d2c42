#include "MenuButton.h"

#include <QKeyEvent>
#include <QMenu>
#include <QScreen>
#include <QStyleOptionToolButton>
#include <QStylePainter>

MenuButton::MenuButton(QWidget *parent) : QToolButton(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setToolButtonStyle(Qt::ToolButtonTextOnly);
    connect(this, &QToolButton::clicked, this, [this] { openPopup(); });
}

void MenuButton::openPopup()
{
    if (!m_popupMenu)
        return;
    const QPoint below = mapToGlobal(QPoint(0, height()));
    const QSize menu = m_popupMenu->sizeHint();
    // Above the button when there is no room below it (the buttons at the window's foot).
    const QRect screen = this->screen() ? this->screen()->availableGeometry() : QRect();
    const bool above = screen.isValid() && below.y() + menu.height() > screen.bottom();
    m_popupMenu->popup(above ? mapToGlobal(QPoint(0, -menu.height())) : below);
}

void MenuButton::keyPressEvent(QKeyEvent *event)
{
    if ((event->key() == Qt::Key_Down && event->modifiers() & Qt::AltModifier)
        || event->key() == Qt::Key_F4) {
        openPopup();
        return;
    }
    QToolButton::keyPressEvent(event);
}

QSize MenuButton::sizeHint() const
{
    QStyleOptionToolButton option;
    initStyleOption(&option);
    option.features |= QStyleOptionToolButton::HasMenu;
    const QString widest = widestText();
    const QSize text =
        fontMetrics().size(Qt::TextShowMnemonic, widest.isEmpty() ? option.text : widest);
    const int arrow = style()->pixelMetric(QStyle::PM_MenuButtonIndicator, &option, this);
    const QSize size =
        style()->sizeFromContents(QStyle::CT_ToolButton, &option, text + QSize(arrow + 8, 0), this);
    return size;
}

void MenuButton::paintEvent(QPaintEvent *)
{
    // The style's menu arrow, though the menu is opened here rather than by QToolButton.
    QStylePainter painter(this);
    QStyleOptionToolButton option;
    initStyleOption(&option);
    option.features |= QStyleOptionToolButton::HasMenu;
    painter.drawComplexControl(QStyle::CC_ToolButton, option);
}
