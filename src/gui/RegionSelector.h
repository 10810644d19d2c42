#pragma once

#include "MenuButton.h"
#include <QStringList>

class QLineEdit;
class QListWidget;
class QMenu;

// The country or region of a phone number, beside the phone field, as Telegram has it: the
// button shows the calling code ("+852"); it opens a list of the accepted regions with their
// codes, named in the person's language, and a search field that finds a region by its name
// (in that language or in English), its code (HK) or its calling code (852, +852).
class RegionSelector : public MenuButton {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RegionSelector)
public:
    explicit RegionSelector(QWidget *parent = nullptr);

    void setRegions(const QStringList &regions);
    QStringList regions() const { return m_regions; }
    void setRegion(const QString &region);
    QString region() const { return m_region; }
    void openPopup() override;
    // Writes the button's text and names again (the language changed, the module arrived).
    void refresh();

signals:
    // The person chose a region (not setRegion()).
    void regionPicked(const QString &region);

protected:
    QString widestText() const override { return QStringLiteral("+888"); }
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fillList();
    void filter(const QString &text);
    void pick(const QString &region);

    QMenu *m_menu;
    QLineEdit *m_search;
    QListWidget *m_list;
    QStringList m_regions;
    QString m_region;
};
