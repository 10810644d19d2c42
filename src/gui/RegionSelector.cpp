#include "RegionSelector.h"

#include "Messages.h"
#include "phone/PhoneNumber.h"

#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QTimer>
#include <QVBoxLayout>
#include <QWidgetAction>

namespace {
constexpr int RegionRole = Qt::UserRole;
constexpr int SearchRole = Qt::UserRole + 1; // what a search matches, folded to lower case

QString callingCodeText(const QString &region)
{
    const int code = PhoneNumber::countryCode(region);
    return code > 0 ? QLatin1Char('+') + QString::number(code) : region;
}
} // namespace

RegionSelector::RegionSelector(QWidget *parent)
    : MenuButton(parent), m_menu(new QMenu(this)), m_search(new QLineEdit), m_list(new QListWidget)
{
    setObjectName(QStringLiteral("regionButton"));
    setPopupMenu(m_menu);
    m_menu->setObjectName(QStringLiteral("regionPopup"));
    m_search->setObjectName(QStringLiteral("regionSearch"));
    m_search->setClearButtonEnabled(false);
    m_list->setObjectName(QStringLiteral("regionList"));
    m_list->setUniformItemSizes(true);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto *panel = new QWidget;
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_search);
    layout->addWidget(m_list);
    auto *action = new QWidgetAction(m_menu);
    action->setDefaultWidget(panel);
    m_menu->addAction(action);

    connect(m_search, &QLineEdit::textChanged, this, &RegionSelector::filter);
    connect(m_list, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { pick(item->data(RegionRole).toString()); });
    connect(m_list, &QListWidget::itemClicked, this,
            [this](QListWidgetItem *item) { pick(item->data(RegionRole).toString()); });
    m_search->installEventFilter(this);
    refresh();
}

void RegionSelector::setRegions(const QStringList &regions)
{
    m_regions = regions;
    if (!m_regions.contains(m_region) && !m_regions.isEmpty())
        m_region = m_regions.constFirst();
    refresh();
}

void RegionSelector::setRegion(const QString &region)
{
    if (!m_regions.contains(region) || region == m_region)
        return;
    m_region = region;
    refresh();
}

void RegionSelector::refresh()
{
    // The calling code is known at once (a table made at build time); the region's name comes
    // from the phone number module, and is added once that is loaded (by the first keystroke,
    // or by opening the list).
    setText(callingCodeText(m_region));
    const QString name = PhoneNumber::isReady() ? Messages::regionName(m_region) : m_region;
    const QString described = tr("Country or region: %1 (%2)").arg(name, text());
    setToolTip(described);
    setAccessibleName(described);
    m_search->setPlaceholderText(tr("Search"));
    m_search->setAccessibleName(tr("Search countries and regions"));
    m_list->setAccessibleName(tr("Countries and regions"));
    updateGeometry();
}

void RegionSelector::fillList()
{
    m_list->clear();
    for (const QString &region : std::as_const(m_regions)) {
        const QString name = Messages::regionName(region);
        const QString code = callingCodeText(region);
        auto *item =
            new QListWidgetItem(tr("%1 (%2)", "region name (calling code)").arg(name, code));
        item->setData(RegionRole, region);
        item->setData(
            SearchRole,
            QStringList {name, PhoneNumber::regionName(region, QStringLiteral("en")), region}
                .join(QLatin1Char('\n'))
                .toLower());
        m_list->addItem(item);
        if (region == m_region)
            m_list->setCurrentItem(item);
    }
}

void RegionSelector::filter(const QString &typed)
{
    const QString text = typed.trimmed().toLower();
    QString digits = text;
    if (digits.startsWith(QLatin1Char('+')))
        digits.remove(0, 1);
    bool allDigits = !digits.isEmpty();
    for (const QChar c : std::as_const(digits))
        allDigits = allDigits && c.isDigit();
    QListWidgetItem *firstShown = nullptr;
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem *item = m_list->item(i);
        const QString region = item->data(RegionRole).toString();
        const bool match = text.isEmpty()
            || (allDigits ? QString::number(PhoneNumber::countryCode(region)).startsWith(digits)
                          : item->data(SearchRole).toString().contains(text));
        item->setHidden(!match);
        if (match && !firstShown)
            firstShown = item;
    }
    if (m_list->currentItem() == nullptr || m_list->currentItem()->isHidden())
        m_list->setCurrentItem(firstShown);
}

void RegionSelector::openPopup()
{
    if (m_regions.size() < 2)
        return;
    if (!PhoneNumber::isReady()) { // the names are the module's: open once it is loaded
        PhoneNumber::whenReady(this, [this] {
            refresh();
            openPopup();
        });
        return;
    }
    fillList();
    m_search->clear();
    filter(QString());
    const int rows = std::min<int>(int(m_regions.size()), 8);
    m_list->setFixedHeight(m_list->sizeHintForRow(0) * rows + 2 * m_list->frameWidth());
    m_list->setMinimumWidth(std::max(width() * 3, m_list->sizeHintForColumn(0) + 24));
    MenuButton::openPopup();
    m_search->setFocus(Qt::PopupFocusReason);
}

void RegionSelector::pick(const QString &region)
{
    m_menu->close();
    setFocus(Qt::PopupFocusReason);
    if (region.isEmpty())
        return;
    const bool changed = region != m_region;
    setRegion(region);
    if (changed)
        emit regionPicked(region);
}

bool RegionSelector::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Down || key->key() == Qt::Key_Up) {
            m_list->setFocus();
            QCoreApplication::sendEvent(m_list, event);
            return true;
        }
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            if (QListWidgetItem *item = m_list->currentItem(); item && !item->isHidden())
                pick(item->data(RegionRole).toString());
            return true;
        }
    }
    return MenuButton::eventFilter(watched, event);
}

void RegionSelector::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    MenuButton::changeEvent(event);
}
