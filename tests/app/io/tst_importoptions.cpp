#include "io/ImportOptions.h"
#include "io/ImportSource.h"
#include "io/InviteeImporter.h"
#include "session/AppSettings.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

Q_DECLARE_METATYPE(ImportOptions)

// Every option of the import dialog read through InviteeImporter: encoding, separator, quote, header row, rows to
// skip, sheet, an explicit mapping and "not present"; the preview reads what the import reads; the text options are
// remembered.
class TestImportOptions : public QObject
{
    Q_OBJECT

    static ImportOptions with(const std::function<void(ImportOptions &)> &change)
    {
        ImportOptions options;
        change(options);
        return options;
    }

    static ImportOptions::Mapping mapping(std::initializer_list<std::pair<Invitee::Field, int>> columns)
    {
        ImportOptions::Mapping result;
        result.fill(ImportOptions::NotPresent);
        for (const auto &[field, column] : columns) {
            result[field] = column;
        }
        return result;
    }

    static QString fixture(const char *name) { return QStringLiteral(INVITEDESK_TEST_DATA "/") + QLatin1String(name); }

private slots:
    void textOptions_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<ImportOptions>("options");
        QTest::addColumn<QStringList>("emails");
        QTest::addColumn<QString>("role");  // of the first row
        QTest::addColumn<QString>("error"); // a part of the error, or empty

        const QByteArray ambiguous = "email;role,x\na@x.com;org:a,b\nb@x.com;org:c,d\n";
        QTest::newRow("auto: ',' wins a tie and finds no email column")
            << ambiguous << ImportOptions() << QStringList() << QString() << QStringLiteral("no email column");
        QTest::newRow("';' chosen") << ambiguous << with([](ImportOptions &o) { o.separator = QLatin1Char(';'); })
                                    << QStringList{QStringLiteral("a@x.com"), QStringLiteral("b@x.com")}
                                    << QString() /* "role,x" is no known name */ << QString();
        QTest::newRow("'|' chosen") << QByteArray("email|role\na@x.com|org:admin\n")
                                    << with([](ImportOptions &o) { o.separator = QLatin1Char('|'); })
                                    << QStringList{QStringLiteral("a@x.com")} << QStringLiteral("org:admin")
                                    << QString();
        QTest::newRow("a custom separator")
            << QByteArray("email#role\na@x.com#org:admin\n")
            << with([](ImportOptions &o) { o.separator = QLatin1Char('#'); }) << QStringList{QStringLiteral("a@x.com")}
            << QStringLiteral("org:admin") << QString();

        const QByteArray quoted = "email,role\n\"a@x.com\",\"org:a, b\"\n";
        QTest::newRow("double quotes by default") << quoted << ImportOptions() << QStringList{QStringLiteral("a@x.com")}
                                                  << QStringLiteral("org:a, b") << QString();
        QTest::newRow("quote none keeps the quotes and splits at every comma")
            << quoted << with([](ImportOptions &o) { o.quote = QChar(); }) << QStringList{QStringLiteral("\"a@x.com\"")}
            << QStringLiteral("\"org:a") << QString();
        QTest::newRow("single quotes") << QByteArray("email,role\n'a@x.com','org:a, b'\n")
                                       << with([](ImportOptions &o) { o.quote = QLatin1Char('\''); })
                                       << QStringList{QStringLiteral("a@x.com")} << QStringLiteral("org:a, b")
                                       << QString();

        const QByteArray headerless = "a@x.com,org:admin\nb@x.com,org:member\n";
        QTest::newRow("header off: the email is the column with an @")
            << headerless << with([](ImportOptions &o) { o.headerRow = false; })
            << QStringList{QStringLiteral("a@x.com"), QStringLiteral("b@x.com")} << QString() << QString();
        QTest::newRow("header off with a mapping") << QByteArray("org:admin,a@x.com\n") << with([](ImportOptions &o) {
            o.headerRow = false;
            o.mapping = mapping({{Invitee::Email, 1}, {Invitee::Role, 0}});
        }) << QStringList{QStringLiteral("a@x.com")}
                                                   << QStringLiteral("org:admin") << QString();
        QTest::newRow("header on reads the first row as names")
            << headerless << ImportOptions() << QStringList() << QString() << QStringLiteral("no email column");

        const QByteArray preamble = "Exported by HR\n\nemail,role\na@x.com,org:admin\n";
        QTest::newRow("skip 2 rows: the header is row 3")
            << preamble << with([](ImportOptions &o) { o.skipRows = 2; }) << QStringList{QStringLiteral("a@x.com")}
            << QStringLiteral("org:admin") << QString();
        QTest::newRow("skip 1 row: the blank row 2 is passed over")
            << preamble << with([](ImportOptions &o) { o.skipRows = 1; }) << QStringList{QStringLiteral("a@x.com")}
            << QStringLiteral("org:admin") << QString();
        QTest::newRow("skip 0 rows: the title is taken as the header")
            << preamble << ImportOptions() << QStringList() << QString() << QStringLiteral("no email column");
        QTest::newRow("skipping every row")
            << preamble << with([](ImportOptions &o) { o.skipRows = 9; }) << QStringList() << QString()
            << QStringLiteral("Nothing is left to read after skipping the first 9 row");

        const QByteArray unnamed = "mail_to,kind\na@x.com,org:admin\n";
        QTest::newRow("explicit mapping of unknown names") << unnamed << with([](ImportOptions &o) {
            o.mapping = mapping({{Invitee::Email, 0}, {Invitee::Role, 1}});
        }) << QStringList{QStringLiteral("a@x.com")} << QStringLiteral("org:admin")
                                                           << QString();
        QTest::newRow("role not present though a column is named role")
            << QByteArray("email,role\na@x.com,org:admin\n") << with([](ImportOptions &o) {
                   o.mapping = mapping({{Invitee::Email, 0}});
               })
            << QStringList{QStringLiteral("a@x.com")} << QString() << QString();
        QTest::newRow("email not present")
            << QByteArray("email,role\na@x.com,org:admin\n") << with([](ImportOptions &o) {
                   o.mapping = mapping({{Invitee::Role, 1}});
               })
            << QStringList() << QString() << QStringLiteral("no email column");
        QTest::newRow("a column past the header")
            << QByteArray("email,role\na@x.com,org:admin\n") << with([](ImportOptions &o) {
                   o.mapping = mapping({{Invitee::Email, 4}});
               })
            << QStringList() << QString() << QStringLiteral("column 5");
    }

    void textOptions()
    {
        QFETCH(QByteArray, input);
        QFETCH(ImportOptions, options);
        QFETCH(QStringList, emails);
        QFETCH(QString, role);
        QFETCH(QString, error);

        const ImportResult result = InviteeImporter(options).importText(input, QStringLiteral("input.csv"));
        if (!error.isEmpty()) {
            QVERIFY2(result.errorString.contains(error), qPrintable(result.errorString));
            return;
        }
        QVERIFY2(result.ok(), qPrintable(result.errorString));
        QStringList read;
        for (const Invitee &invitee : result.invitees) {
            read.append(invitee.value(Invitee::Email));
        }
        QCOMPARE(read, emails);
        QCOMPARE(result.invitees.first().value(Invitee::Role), role);
    }

    void headerlessColumnsAreNumbered()
    {
        ImportOptions options;
        options.headerRow = false;
        const ImportResult result = InviteeImporter(options).importText("a@x.com,org:admin\n", QStringLiteral("x"));
        QVERIFY2(result.ok(), qPrintable(result.errorString));
        QCOMPARE(result.sourceHeader, (QStringList{QStringLiteral("Column 1"), QStringLiteral("Column 2")}));
        QCOMPARE(result.invitees.first().sourceRow(), 1);
    }

    void metadataMapping_data()
    {
        QTest::addColumn<ImportOptions>("options");
        QTest::addColumn<QString>("publicMetadata");
        QTest::addColumn<QStringList>("unknownColumns");

        QTest::newRow("auto: dotted columns typed")
            << ImportOptions() << QStringLiteral("{\"team\":7}") << QStringList{QStringLiteral("note")};
        QTest::newRow("dotted columns only") << with([](ImportOptions &o) {
            o.mapping = mapping({{Invitee::Email, 0}, {Invitee::PublicMetadata, ImportOptions::DottedColumns}});
        }) << QStringLiteral("{\"team\":7}") << QStringList{QStringLiteral("note")};
        QTest::newRow("public metadata not present") << with([](ImportOptions &o) {
            o.mapping = mapping({{Invitee::Email, 0}});
        }) << QString() << QStringList{QStringLiteral("public_metadata.team"), QStringLiteral("note")};
        QTest::newRow("a whole-JSON column merged with the dotted ones") << with([](ImportOptions &o) {
            o.mapping = mapping({{Invitee::Email, 0}, {Invitee::PublicMetadata, 2}});
        }) << QStringLiteral("{\"a\":1,\"team\":7}") << QStringList();
    }

    void metadataMapping()
    {
        QFETCH(ImportOptions, options);
        QFETCH(QString, publicMetadata);
        QFETCH(QStringList, unknownColumns);
        const QByteArray input = "email,public_metadata.team,note\na@x.com,7,\"{\"\"a\"\":1}\"\n";
        const ImportResult result = InviteeImporter(options).importText(input, QStringLiteral("x"));
        QVERIFY2(result.ok(), qPrintable(result.errorString));
        QCOMPARE(result.invitees.first().value(Invitee::PublicMetadata), publicMetadata);
        QCOMPARE(result.unknownColumns, unknownColumns);
    }

    void encoding_data()
    {
        QTest::addColumn<QString>("encoding"); // settings key
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("note");
        QTest::newRow("auto falls back to Windows-1252")
            << QStringLiteral("auto") << QStringLiteral("Jos\u00e9") << QStringLiteral("\u20ac 10");
        QTest::newRow("Windows-1252 chosen")
            << QStringLiteral("windows-1252") << QStringLiteral("Jos\u00e9") << QStringLiteral("\u20ac 10");
        QTest::newRow("ISO-8859-1: 0x80 is a C1 control, not the euro")
            << QStringLiteral("iso-8859-1") << QStringLiteral("Jos\u00e9") << QStringLiteral("\u0080 10");
        QTest::newRow("UTF-8 chosen: invalid bytes become U+FFFD")
            << QStringLiteral("utf-8") << QStringLiteral("Jos\ufffd") << QStringLiteral("\ufffd 10");
    }

    void encoding()
    {
        QFETCH(QString, encoding);
        QFETCH(QString, name);
        QFETCH(QString, note);
        ImportOptions options;
        options.encoding = ImportOptions::encodingFromKey(encoding);
        const ImportResult result = InviteeImporter(options).importFile(fixture("latin1-windows1252.csv"));
        QVERIFY2(result.ok(), qPrintable(result.errorString));
        const Invitee &first = result.invitees.first();
        const auto object = [](const QString &json) { return QJsonDocument::fromJson(json.toUtf8()).object(); };
        QCOMPARE(object(first.value(Invitee::PublicMetadata)).value(QStringLiteral("name")).toString(), name);
        QCOMPARE(object(first.value(Invitee::PrivateMetadata)).value(QStringLiteral("note")).toString(), note);
    }

    void singleByteAndUtf16Encodings_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("encoding");
        QTest::addColumn<QString>("role");
        const QByteArray currency = "email,role\na@x.com,\xA4\n";
        QTest::newRow("ISO-8859-15: 0xA4 is the euro")
            << currency << QStringLiteral("iso-8859-15") << QStringLiteral("\u20ac");
        QTest::newRow("ISO-8859-1: 0xA4 is the currency sign")
            << currency << QStringLiteral("iso-8859-1") << QStringLiteral("\u00a4");
        const QString text = QStringLiteral("email,role\na@x.com,M\u00fcller\n");
        const QByteArray le(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
        QTest::newRow("UTF-16 LE without a byte order mark")
            << le << QStringLiteral("utf-16le") << QStringLiteral("M\u00fcller");
        QByteArray be = le;
        for (qsizetype i = 0; i + 1 < be.size(); i += 2) {
            std::swap(be[i], be[i + 1]);
        }
        QTest::newRow("UTF-16 BE without a byte order mark")
            << be << QStringLiteral("utf-16be") << QStringLiteral("M\u00fcller");
    }

    void singleByteAndUtf16Encodings()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, encoding);
        QFETCH(QString, role);
        ImportOptions options;
        options.encoding = ImportOptions::encodingFromKey(encoding);
        QVERIFY(options.encoding.has_value());
        const ImportResult result = InviteeImporter(options).importText(input, QStringLiteral("x"));
        QVERIFY2(result.ok(), qPrintable(result.errorString));
        QCOMPARE(result.invitees.first().value(Invitee::Role), role);
    }

    void sheetOptions_data()
    {
        QTest::addColumn<ImportOptions>("options");
        QTest::addColumn<QString>("firstEmail");
        QTest::addColumn<QString>("error");
        QTest::newRow("the first visible sheet") << ImportOptions() << QStringLiteral("ann@example.com") << QString();
        QTest::newRow("a chosen sheet") << with([](ImportOptions &o) { o.sheet = QStringLiteral("Archive"); })
                                        << QStringLiteral("old@example.com") << QString();
        QTest::newRow("skipping the header row of a sheet")
            << with([](ImportOptions &o) { o.skipRows = 1; }) << QString() << QStringLiteral("no email column");
        QTest::newRow("a sheet without a header row") << with([](ImportOptions &o) {
            o.headerRow = false;
            o.skipRows = 1;
        }) << QStringLiteral("ann@example.com") << QString();
    }

    void sheetOptions()
    {
        QFETCH(ImportOptions, options);
        QFETCH(QString, firstEmail);
        QFETCH(QString, error);
        const ImportResult result = InviteeImporter(options).importFile(fixture("sheets/excel.xlsx"));
        if (!error.isEmpty()) {
            QVERIFY2(result.errorString.contains(error), qPrintable(result.errorString));
            return;
        }
        QVERIFY2(result.ok(), qPrintable(result.errorString));
        QCOMPARE(result.invitees.first().value(Invitee::Email).trimmed(), firstEmail);
    }

    void previewReadsWhatTheImportReads_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<ImportOptions>("options");
        QTest::newRow("CSV, auto") << fixture("excel-semicolon-bom-crlf.csv") << ImportOptions();
        QTest::newRow("CSV, Windows-1252")
            << fixture("latin1-windows1252.csv")
            << with([](ImportOptions &o) { o.encoding = TextDecoder::Encoding::Windows1252; });
        QTest::newRow("XLSX, second sheet")
            << fixture("sheets/excel.xlsx") << with([](ImportOptions &o) { o.sheet = QStringLiteral("Archive"); });
    }

    void previewReadsWhatTheImportReads()
    {
        QFETCH(QString, file);
        QFETCH(ImportOptions, options);
        ImportSource source = ImportSource::fromFile(file);
        QVERIFY2(source.ok(), qPrintable(source.errorString()));
        const ImportSource::Preview preview = source.preview(options, 2);
        QVERIFY2(preview.result.ok(), qPrintable(preview.result.errorString));
        options.mapping = preview.result.mapping; // what the dialog hands over
        const ImportResult imported = InviteeImporter(options).importFile(file);
        QVERIFY2(imported.ok(), qPrintable(imported.errorString));
        QVERIFY(preview.result.invitees.size() <= 2);
        QCOMPARE(preview.result.invitees, imported.invitees.first(preview.result.invitees.size()));
        QCOMPARE(preview.header, imported.sourceHeader);
        QCOMPARE(preview.rows.size(), preview.result.invitees.size());
        QCOMPARE(source.import(options).invitees, imported.invitees);
    }

    // The dialog's workbook stays open between previews (its shared strings and styles loaded once): whatever the
    // options tried before, each read is what a fresh import of the file reads.
    void workbookStaysOpenAcrossReads_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("otherSheet");
        QTest::newRow("XLSX") << fixture("sheets/excel.xlsx") << QStringLiteral("Archive");
        QTest::newRow("ODS") << fixture("sheets/libreoffice.ods") << QString();
    }

    void workbookStaysOpenAcrossReads()
    {
        QFETCH(QString, file);
        QFETCH(QString, otherSheet);
        ImportSource source = ImportSource::fromFile(file);
        QVERIFY2(source.ok(), qPrintable(source.errorString()));
        QVERIFY(!source.isLarge());
        QList<ImportOptions> tries{ImportOptions(), with([](ImportOptions &o) { o.skipRows = 1; }),
                                   with([](ImportOptions &o) { o.headerRow = false; }), ImportOptions()};
        if (!otherSheet.isEmpty()) {
            tries.insert(1, with([&](ImportOptions &o) { o.sheet = otherSheet; }));
        }
        for (const ImportOptions &options : std::as_const(tries)) {
            InviteeImporter previewer(options);
            previewer.setPreview(3, [](int, const QStringList &) {});
            const ImportResult freshPreview = previewer.importFile(file);
            const ImportSource::Preview preview = source.preview(options, 3);
            QCOMPARE(preview.result.errorString, freshPreview.errorString);
            QCOMPARE(preview.result.sheetName, freshPreview.sheetName);
            QCOMPARE(preview.result.invitees, freshPreview.invitees);
            const ImportResult fresh = InviteeImporter(options).importFile(file);
            const ImportResult imported = source.import(options);
            QCOMPARE(imported.errorString, fresh.errorString);
            QCOMPARE(imported.invitees, fresh.invitees);
        }
    }

    void previewMatchesWithoutAnEmailColumn()
    {
        ImportSource source =
            ImportSource::fromText(QStringLiteral("who,kind\na@x.com,org:admin\n"), QStringLiteral("pasted"));
        const ImportSource::Preview preview = source.preview(ImportOptions(), 10);
        QVERIFY2(preview.result.ok(), qPrintable(preview.result.errorString));
        QCOMPARE(preview.result.mapping[Invitee::Email], ImportOptions::NotPresent);
        QCOMPARE(preview.header, (QStringList{QStringLiteral("who"), QStringLiteral("kind")}));
        QCOMPARE(preview.rows, (QList<QStringList>{{QStringLiteral("a@x.com"), QStringLiteral("org:admin")}}));
        QVERIFY(!source.import(ImportOptions()).ok()); // the real import still needs an email column
    }

    void sourceRefusesWhatCannotBeRead()
    {
        const ImportSource binary = ImportSource::fromFile(fixture("binary.png"));
        QVERIFY(!binary.ok());
        QVERIFY(binary.errorString().contains(QStringLiteral("binary.png")));
        const ImportSource encrypted = ImportSource::fromFile(fixture("sheets/password-excel.xlsx"));
        QVERIFY(!encrypted.ok());
        QVERIFY(ImportSource::fromFile(fixture("sheets/excel.xlsx")).isWorkbook());
    }

    void settingsRememberTheTextOptions_data()
    {
        QTest::addColumn<ImportOptions>("options");
        QTest::newRow("defaults") << ImportOptions();
        QTest::newRow("everything chosen") << with([](ImportOptions &o) {
            o.encoding = TextDecoder::Encoding::Latin9;
            o.separator = QLatin1Char('\t');
            o.quote = QChar();
            o.headerRow = false;
            o.skipRows = 3;
        });
        QTest::newRow("a custom separator, single quotes") << with([](ImportOptions &o) {
            o.separator = QLatin1Char('#');
            o.quote = QLatin1Char('\'');
        });
    }

    void settingsRememberTheTextOptions()
    {
        QFETCH(ImportOptions, options);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("settings.ini"));
        {
            AppSettings settings = AppSettings::forFile(path);
            ImportOptions withFileChoices = options;
            withFileChoices.sheet = QStringLiteral("Archive");
            withFileChoices.mapping = mapping({{Invitee::Email, 2}});
            settings.setImportOptions(withFileChoices);
            settings.sync();
        }
        QCOMPARE(AppSettings::forFile(path).importOptions(), options); // sheet and mapping are not kept
    }

    // A recent file is reopened the way it was read through the dialog, sheet and mapping included; other files get
    // the defaults, and only recent files' options are kept.
    void settingsRememberEachRecentFilesOptions_data() { settingsRememberTheTextOptions_data(); }

    void settingsRememberEachRecentFilesOptions()
    {
        QFETCH(ImportOptions, options);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("settings.ini"));
        const QString file = dir.filePath(QStringLiteral("people.csv"));
        const QString other = dir.filePath(QStringLiteral("other.csv"));
        ImportOptions withFileChoices = options;
        withFileChoices.sheet = QStringLiteral("Archive");
        withFileChoices.mapping =
            mapping({{Invitee::Email, 2}, {Invitee::PublicMetadata, ImportOptions::DottedColumns}});
        {
            AppSettings settings = AppSettings::forFile(path);
            settings.addRecentFile(file);
            settings.setImportOptionsFor(file, withFileChoices);
            settings.setImportOptionsFor(other, withFileChoices); // not a recent file: dropped at the next store
            settings.setImportOptionsFor(file, withFileChoices);
            settings.sync();
        }
        const AppSettings settings = AppSettings::forFile(path);
        QCOMPARE(settings.importOptionsFor(file), withFileChoices);
        QCOMPARE(settings.importOptionsFor(QDir(dir.path()).filePath(QStringLiteral("./people.csv"))), withFileChoices);
        QCOMPARE(settings.importOptionsFor(other), ImportOptions());
        QCOMPARE(settings.importOptions(), ImportOptions()); // the dialog's own last options are apart
    }
};

QTEST_GUILESS_MAIN(TestImportOptions)
#include "tst_importoptions.moc"
