#include "TestMain.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

// The shipped catalogues are complete, current with the code, and keep every placeholder.
class TestTranslations : public QObject {
    Q_OBJECT
private slots:
    void filesAreCurrentWithTheSources();
    void shippedLanguagesAreComplete_data();
    void shippedLanguagesAreComplete();

private:
    struct Message {
        QString context;
        QString source;
        QStringList translations; // one per numerus form, or one
        bool numerus = false;
        bool unfinished = false;
    };
    static QList<Message> read(const QString &path, QString *language);
};

QList<TestTranslations::Message> TestTranslations::read(const QString &path, QString *language)
{
    QFile file(path);
    QList<Message> messages;
    if (!file.open(QIODevice::ReadOnly)) {
        QTest::qFail(qPrintable(QStringLiteral("cannot read ") + path), __FILE__, __LINE__);
        return messages;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("TS")) {
            *language = xml.attributes().value(QLatin1String("language")).toString();
        } else if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            current = Message();
            current.context = context;
            current.numerus =
                xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (name == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            const auto type = xml.attributes().value(QLatin1String("type"));
            current.unfinished = type == QLatin1String("unfinished")
                || type == QLatin1String("vanished") || type == QLatin1String("obsolete");
            if (current.numerus) {
                while (xml.readNextStartElement())
                    current.translations.append(xml.readElementText());
            } else {
                current.translations.append(xml.readElementText());
            }
            messages.append(current);
        }
    }
    if (xml.hasError())
        QTest::qFail(qPrintable(path + QStringLiteral(": ") + xml.errorString()), __FILE__,
                     __LINE__);
    return messages;
}

void TestTranslations::filesAreCurrentWithTheSources()
{
    // Running lupdate as scripts/update-translations.sh does must change nothing.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString source = QStringLiteral(DESKLOGIN_SOURCE_DIR);
    const QStringList languages {QStringLiteral("zh_CN"), QStringLiteral("zh_TW"),
                                 QStringLiteral("en")};
    for (const QString &language : languages) {
        const QString name = QStringLiteral("desklogin_%1.ts").arg(language);
        QVERIFY(QFile::copy(source + QStringLiteral("/translations/") + name, dir.filePath(name)));
    }
    const auto lupdate = [&](const QStringList &extra, const QStringList &files) {
        QProcess process;
        process.setWorkingDirectory(source);
        QStringList arguments {QStringLiteral("-silent"), QStringLiteral("-no-obsolete"),
                               QStringLiteral("-locations"), QStringLiteral("none")};
        arguments += extra;
        arguments += {QStringLiteral("src/gui"), QStringLiteral("ui"), QStringLiteral("-ts")};
        for (const QString &file : files)
            arguments += dir.filePath(file);
        process.start(QStringLiteral(DESKLOGIN_LUPDATE), arguments);
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 0);
    };
    lupdate({}, {QStringLiteral("desklogin_zh_CN.ts"), QStringLiteral("desklogin_zh_TW.ts")});
    lupdate({QStringLiteral("-pluralonly")}, {QStringLiteral("desklogin_en.ts")});
    for (const QString &language : languages) {
        const QString name = QStringLiteral("desklogin_%1.ts").arg(language);
        QFile committed(source + QStringLiteral("/translations/") + name);
        QFile updated(dir.filePath(name));
        QVERIFY(committed.open(QIODevice::ReadOnly) && updated.open(QIODevice::ReadOnly));
        QVERIFY2(committed.readAll() == updated.readAll(),
                 qPrintable(
                     name + QStringLiteral(" is not current: run scripts/update-translations.sh")));
    }
}

void TestTranslations::shippedLanguagesAreComplete_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("formsPerNumerus");
    QTest::newRow("Simplified Chinese") << QStringLiteral("zh_CN") << 1;
    QTest::newRow("Traditional Chinese") << QStringLiteral("zh_TW") << 1;
    QTest::newRow("English (plural forms)") << QStringLiteral("en") << 2;
}

void TestTranslations::shippedLanguagesAreComplete()
{
    QFETCH(QString, language);
    QFETCH(int, formsPerNumerus);
    QString declared;
    const QList<Message> messages =
        read(QStringLiteral(DESKLOGIN_SOURCE_DIR "/translations/desklogin_%1.ts").arg(language),
             &declared);
    QVERIFY2(declared == language || declared.startsWith(language + QLatin1Char('_')),
             qPrintable(declared));
    QVERIFY(!messages.isEmpty());
    const QRegularExpression placeholder(QStringLiteral("%(n|[1-9])"));
    const auto placeholders = [&](const QString &text) {
        QStringList found;
        for (auto it = placeholder.globalMatch(text); it.hasNext();)
            found.append(it.next().captured());
        found.sort();
        return found;
    };
    const QRegularExpression mnemonic(QStringLiteral("&[^&\\s]"));
    static const QStringList FormContexts {QStringLiteral("LoginPage"),
                                           QStringLiteral("RenewDialog"),
                                           QStringLiteral("SessionPage"), QStringLiteral("Footer")};
    int finished = 0;
    for (const Message &m : messages) {
        const QString where = m.context + QStringLiteral(": ") + m.source;
        QVERIFY2(!m.unfinished, qPrintable(QStringLiteral("unfinished: ") + where));
        QCOMPARE(m.translations.size(), m.numerus ? formsPerNumerus : 1);
        for (const QString &translation : m.translations) {
            QVERIFY2(!translation.trimmed().isEmpty(),
                     qPrintable(QStringLiteral("empty: ") + where));
            QVERIFY2(placeholders(translation) == placeholders(m.source),
                     qPrintable(QStringLiteral("placeholders differ: ") + where));
            // Menus keep their keyboard shortcuts in every language; the window's own pages
            // (the sign-in form and its buttons) show none in Chinese, as Chinese apps do not.
            const bool chineseForm =
                language.startsWith(QLatin1String("zh")) && FormContexts.contains(m.context);
            QVERIFY2(mnemonic.match(translation).hasMatch()
                         == (!chineseForm && mnemonic.match(m.source).hasMatch()),
                     qPrintable(QStringLiteral("keyboard shortcut lost or added: ") + where));
        }
        ++finished;
    }
    qInfo("%s: %d finished messages", qPrintable(language), finished);
}

DESKLOGIN_TEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
