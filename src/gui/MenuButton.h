#pragma once

#include <QToolButton>

class QMenu;

// A tool button that opens a menu as a popup of its own, without the nested event loop
// QToolButton's own menus run (exec()), and still draws the style's menu arrow. Alt+Down and
// F4 open it from the keyboard, as they open a combo box.
class MenuButton : public QToolButton {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MenuButton)
public:
    explicit MenuButton(QWidget *parent = nullptr);

    void setPopupMenu(QMenu *menu) { m_popupMenu = menu; }
    QMenu *popupMenu() const { return m_popupMenu; }
    virtual void openPopup();

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return sizeHint(); }

protected:
    void paintEvent(QPaintEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    // The text the button must have room for, so that it keeps its width as its text changes;
    // empty for the text it has.
    virtual QString widestText() const { return {}; }

private:
    QMenu *m_popupMenu = nullptr;
};
