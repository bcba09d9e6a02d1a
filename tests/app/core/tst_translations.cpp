#include "core/Translations.h"

#include <QFile>
#include <QLibraryInfo>
#include <QRegularExpression>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

#include <algorithm>

namespace {

const QString TranslationsDir = QStringLiteral(INVITEDESK_SOURCE_DIR "/translations");
constexpr qsizetype MaxProblemsShown = 8;

// One message of a .ts file, as written in the source tree.
struct TsMessage
{
    QString context;
    QString source;
    QString type; // "unfinished", "vanished", "obsolete" or empty
    bool numerus = false;
    QStringList forms;
};

struct TsFile
{
    QString language;
    QList<TsMessage> messages;
    QString error;
};

TsFile readTs(const QString &path)
{
    TsFile file;
    QFile device(path);
    if (!device.open(QIODevice::ReadOnly)) {
        file.error = device.errorString();
        return file;
    }
    QXmlStreamReader xml(&device);
    QString context;
    TsMessage message;
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::EndElement && xml.name() == u"message") {
            file.messages.append(message);
        }
        if (token != QXmlStreamReader::StartElement) {
            continue;
        }
        const QStringView name = xml.name();
        if (name == u"TS") {
            file.language = xml.attributes().value(QLatin1String("language")).toString();
        } else if (name == u"name") {
            context = xml.readElementText();
        } else if (name == u"message") {
            message = TsMessage{context, {}, {}, xml.attributes().value(QLatin1String("numerus")) == u"yes", {}};
        } else if (name == u"source") {
            message.source = xml.readElementText();
        } else if (name == u"translation") {
            message.type = xml.attributes().value(QLatin1String("type")).toString();
            if (!message.numerus) {
                message.forms.append(xml.readElementText());
            }
        } else if (name == u"numerusform") {
            message.forms.append(xml.readElementText());
        } else if (name != u"context") {
            xml.skipCurrentElement(); // comment, extracomment, location, ...
        }
    }
    if (xml.hasError()) {
        file.error = xml.errorString();
    }
    return file;
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%(L?n|[1-9])"));
    QStringList found;
    for (const QRegularExpressionMatch &match : pattern.globalMatch(text)) {
        found.append(match.captured());
    }
    found.sort();
    return found;
}

// A single '&' marks an accelerator; "&&" is a literal ampersand.
int accelerators(const QString &text)
{
    return int(text.count(QLatin1Char('&'))) - 2 * int(text.count(QStringLiteral("&&")));
}

QString translated(const char *context, const char *source, int n = -1)
{
    return QCoreApplication::translate(context, source, nullptr, n);
}

} // namespace

// Every translation ships, is complete and keeps the placeholders of its source, and Translations::install picks the
// language asked for.
class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void cleanup()
    {
        // Translations::install parents its translators to the application: take them all out again.
        for (QTranslator *translator : qApp->findChildren<QTranslator *>(Qt::FindDirectChildrenOnly)) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
    }

    void loads_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("english plural forms") << QStringLiteral("en");
        QTest::newRow("german") << QStringLiteral("de");
        QTest::newRow("french") << QStringLiteral("fr");
        QTest::newRow("spanish") << QStringLiteral("es");
        QTest::newRow("japanese") << QStringLiteral("ja");
    }

    void loads()
    {
        QFETCH(QString, language);
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(":/i18n/invitedesk_%1.qm").arg(language)));
        QVERIFY(!translator.isEmpty());
        QVERIFY2(translator.language().startsWith(language), qPrintable(translator.language()));
    }

    void translates_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("menu");
        QTest::addColumn<QString>("invalidEmail");
        QTest::addColumn<QString>("oneRow");
        QTest::addColumn<QString>("fiveRows");
        QTest::newRow("english") << QStringLiteral("en") << QStringLiteral("&File")
                                 << QStringLiteral("'x@' is not a valid email address")
                                 << QStringLiteral("Deleted 1 row") << QStringLiteral("Deleted 5 rows");
        QTest::newRow("german") << QStringLiteral("de") << QStringLiteral("&Datei")
                                << QStringLiteral("'x@' ist keine gültige E-Mail-Adresse")
                                << QStringLiteral("1 Zeile gelöscht") << QStringLiteral("5 Zeilen gelöscht");
        QTest::newRow("french") << QStringLiteral("fr") << QStringLiteral("&Fichier")
                                << QStringLiteral("'x@' n'est pas une adresse e-mail valide")
                                << QStringLiteral("1 ligne supprimée") << QStringLiteral("5 lignes supprimées");
        QTest::newRow("austrian german falls back to german")
            << QStringLiteral("de_AT") << QStringLiteral("&Datei")
            << QStringLiteral("'x@' ist keine gültige E-Mail-Adresse") << QStringLiteral("1 Zeile gelöscht")
            << QStringLiteral("5 Zeilen gelöscht");
        QTest::newRow("a language without a translation stays english")
            << QStringLiteral("it") << QStringLiteral("&File") << QStringLiteral("'x@' is not a valid email address")
            << QStringLiteral("Deleted 1 row") << QStringLiteral("Deleted 5 rows");
    }

    void translates()
    {
        QFETCH(QString, language);
        QFETCH(QString, menu);
        QFETCH(QString, invalidEmail);
        QFETCH(QString, oneRow);
        QFETCH(QString, fiveRows);
        Translations::install(qApp, Translations::localeFor(language));
        QCOMPARE(translated("MainWindow", "&File"), menu);
        QCOMPARE(translated("Validator", "'%1' is not a valid email address").arg(u"x@"), invalidEmail);
        QCOMPARE(translated("TableEditor", "Deleted %n row(s)", 1), oneRow);
        QCOMPARE(translated("TableEditor", "Deleted %n row(s)", 5), fiveRows);
    }

    void localeForSetting()
    {
        QCOMPARE(Translations::localeFor(QString()), QLocale());
        QCOMPARE(Translations::localeFor(QStringLiteral("fr")).language(), QLocale::French);
        QCOMPARE(Translations::localeFor(QStringLiteral("ja")).language(), QLocale::Japanese);
    }

    void loadsQtsOwnTranslation()
    {
        const QString directory = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
        if (!QFile::exists(directory + QStringLiteral("/qtbase_de.qm"))) {
            QSKIP("qtbase_de.qm is not installed (Debian: qt6-translations-l10n)");
        }
        Translations::install(qApp, QLocale(QLocale::German));
        QCOMPARE(translated("QPlatformTheme", "Cancel"), QStringLiteral("Abbrechen"));
    }

    void everyMessageFinished_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("pluralForms"); // what Qt 6.4's lupdate emits for the language
        QTest::addColumn<bool>("pluralOnly");
        QTest::newRow("english plural forms") << QStringLiteral("invitedesk_en.ts") << 2 << true;
        QTest::newRow("german") << QStringLiteral("invitedesk_de.ts") << 2 << false;
        QTest::newRow("french") << QStringLiteral("invitedesk_fr.ts") << 2 << false;
        QTest::newRow("spanish") << QStringLiteral("invitedesk_es.ts") << 2 << false;
        QTest::newRow("japanese") << QStringLiteral("invitedesk_ja.ts") << 1 << false;
    }

    void everyMessageFinished()
    {
        QFETCH(QString, file);
        QFETCH(int, pluralForms);
        QFETCH(bool, pluralOnly);
        const TsFile ts = readTs(TranslationsDir + QLatin1Char('/') + file);
        QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
        QVERIFY(!ts.messages.isEmpty());
        QVERIFY2(ts.language.startsWith(file.section(QLatin1Char('_'), 1).left(2)), qPrintable(ts.language));

        QStringList problems;
        for (const TsMessage &message : ts.messages) {
            const QString where = message.context + QStringLiteral(": ") + message.source;
            if (pluralOnly && !message.numerus) {
                problems.append(QStringLiteral("not a plural form: %1").arg(where));
            }
            if (!message.type.isEmpty()) {
                problems.append(QStringLiteral("%1: %2").arg(message.type, where));
                continue;
            }
            if (message.numerus && message.forms.size() != pluralForms) {
                problems.append(QStringLiteral("%1 plural forms instead of %2: %3")
                                    .arg(message.forms.size())
                                    .arg(pluralForms)
                                    .arg(where));
            }
            for (const QString &form : message.forms) {
                if (form.trimmed().isEmpty()) {
                    problems.append(QStringLiteral("empty: %1").arg(where));
                } else if (placeholders(form) != placeholders(message.source)) {
                    problems.append(QStringLiteral("placeholders differ: %1 -> %2").arg(where, form));
                } else if (accelerators(form) != accelerators(message.source)) {
                    problems.append(QStringLiteral("accelerator lost or added: %1 -> %2").arg(where, form));
                }
            }
        }
        // QTest cuts long messages: the count first, then the first few problems.
        if (!problems.isEmpty()) {
            const qsizetype total = problems.size();
            problems.resize(std::min(total, MaxProblemsShown));
            problems.prepend(
                QStringLiteral("%1 problem(s) in %2 (scripts/check-translations.sh lists all):").arg(total).arg(file));
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    // The checker itself: what counts as a placeholder and as an accelerator.
    void placeholdersAndAccelerators_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<int>("accelerators");
        QTest::newRow("numbered, out of order")
            << QStringLiteral("row %2, %1: %3")
            << QStringList{QStringLiteral("%1"), QStringLiteral("%2"), QStringLiteral("%3")} << 0;
        QTest::newRow("plural and localized plural") << QStringLiteral("%n row(s), %Ln call(s)")
                                                     << QStringList{QStringLiteral("%Ln"), QStringLiteral("%n")} << 0;
        QTest::newRow("a repeated placeholder counts twice")
            << QStringLiteral("more than %2; up to %2") << QStringList{QStringLiteral("%2"), QStringLiteral("%2")} << 0;
        QTest::newRow("percent signs that are no placeholders")
            << QStringLiteral("100% done, %0 and %%") << QStringList{} << 0;
        QTest::newRow("accelerator") << QStringLiteral("Save as &CSV…") << QStringList{} << 1;
        QTest::newRow("literal ampersand") << QStringLiteral("Rock && Roll") << QStringList{} << 0;
        QTest::newRow("japanese accelerator") << QStringLiteral("ファイル(&F)") << QStringList{} << 1;
    }

    void placeholdersAndAccelerators()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        QFETCH(int, accelerators);
        QCOMPARE(placeholders(text), expected);
        QCOMPARE(::accelerators(text), accelerators);
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
