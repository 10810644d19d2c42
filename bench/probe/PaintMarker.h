#pragma once

#include <QEvent>
#include <QObject>
#include <QString>
#include <QWidget>

#include <functional>

// Appends `mark` to a window's title when `watched` is first painted, so that a script polling
// window titles with xdotool sees the first frame with content in it. (A window is mapped, and
// so "visible" to xdotool, before anything is painted in it: Qt's fonts, for one, are often set
// up only by that first paint.) The title changes during the paint, so its X request leaves
// together with the painted image. Used by the baseline and by desklogin_probe alike.
class PaintMarker final : public QObject {
public:
    PaintMarker(QWidget *watched, QWidget *window, QString mark,
                std::function<void()> also = nullptr)
        : QObject(watched),
          m_watched(watched),
          m_window(window),
          m_mark(std::move(mark)),
          m_also(std::move(also))
    {
        watched->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_watched && event->type() == QEvent::Paint) {
            m_watched->removeEventFilter(this);
            m_window->setWindowTitle(m_window->windowTitle() + m_mark);
            if (m_also)
                m_also();
        }
        return false;
    }

private:
    QWidget *m_watched;
    QWidget *m_window;
    QString m_mark;
    std::function<void()> m_also;
};
