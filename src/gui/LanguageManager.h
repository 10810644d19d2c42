#pragma once

#include <QLocale>
#include <QObject>
#include <QStringList>

class QTranslator;

// Chooses the language of the interface and switches it while the app runs: the app's own
// catalogue and Qt's (for Qt's dialogs and buttons) are swapped, QLocale's default follows, and
// every widget receives a LanguageChange event to write itself again.
class LanguageManager : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LanguageManager)
public:
    static constexpr char English[] = "en";
    static constexpr char SimplifiedChinese[] = "zh_CN";
    static constexpr char TraditionalChinese[] = "zh_TW";

    explicit LanguageManager(QObject *parent = nullptr);
    ~LanguageManager() override;

    static QStringList available(); // en, zh_CN, zh_TW
    // The language name in that language, for the language button and its menu ("简体中文").
    static QString nativeName(const QString &language);
    // Which shipped language suits a locale: zh_CN, zh_SG, zh_Hans -> zh_CN; zh_TW, zh_HK,
    // zh_MO, zh_Hant -> zh_TW; anything else -> en.
    static QString languageFor(const QLocale &locale);

    // The remembered choice, or the system's language on the first run.
    QString initialLanguage() const;
    QString language() const { return m_language; }
    // Switches now; remembers the choice when remember is true.
    void setLanguage(const QString &language, bool remember = true);

signals:
    void languageChanged(const QString &language);

private:
    QString m_language;
    QTranslator *m_appTranslator;
    QTranslator *m_qtTranslator;
};
