#include "SheetTestSupport.h"
#include "io/InputCheck.h"
#include "io/ReportWriter.h"
#include "io/TemplateWriter.h"
#include "io/XlsxReader.h"
#include "io/XlsxWriter.h"

#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

// XlsxWriter and the exports built on it: what is written reads back exactly (as XlsxReader sees it), text cells are
// defused like the CSV's, and the report and the template come out as workbooks.
class TestXlsxWriter : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString write(const QString &name, const QList<QVariantList> &rows)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly)) {
            qFatal("cannot write the test file");
        }
        XlsxWriter writer(&file, QStringLiteral("Report"));
        for (const QVariantList &row : rows) {
            writer.writeRow(row);
        }
        if (!writer.finish()) {
            qFatal("XlsxWriter failed");
        }
        return path;
    }

    static QByteArray entry(const QString &path, const QString &name)
    {
        QuaZip zip(path);
        if (!zip.open(QuaZip::mdUnzip) || !zip.setCurrentFile(name)) {
            return {};
        }
        QuaZipFile file(&zip);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void roundTrip_data()
    {
        QTest::addColumn<QVariant>("written");
        QTest::addColumn<QVariant>("read");

        QTest::newRow("text") << QVariant(QStringLiteral("ann@example.com"))
                              << QVariant(QStringLiteral("ann@example.com"));
        QTest::newRow("line ends, CR kept")
            << QVariant(QStringLiteral("a\r\nb\nc")) << QVariant(QStringLiteral("a\r\nb\nc"));
        QTest::newRow("control character") << QVariant(QStringLiteral("a\x01"
                                                                      "b"))
                                           << QVariant(QStringLiteral("a\x01"
                                                                      "b"));
        QTest::newRow("escape-like text") << QVariant(QStringLiteral("_x0041_")) << QVariant(QStringLiteral("_x0041_"));
        QTest::newRow("leading and trailing spaces")
            << QVariant(QStringLiteral("  x  ")) << QVariant(QStringLiteral("  x  "));
        QTest::newRow("non-BMP characters")
            << QVariant(QStringLiteral("🎉 München")) << QVariant(QStringLiteral("🎉 München"));
        QTest::newRow("formula-like text is defused")
            << QVariant(QStringLiteral("=1+2")) << QVariant(QStringLiteral("'=1+2"));
        QTest::newRow("text starting with minus is defused")
            << QVariant(QStringLiteral("-5")) << QVariant(QStringLiteral("'-5"));
        QTest::newRow("integer") << QVariant(30) << QVariant(30.0);
        QTest::newRow("64-bit integer") << QVariant(qlonglong(9007199254740992)) << QVariant(9007199254740992.0);
        QTest::newRow("decimal") << QVariant(4.5) << QVariant(4.5);
        QTest::newRow("negative number is not defused") << QVariant(-5.25) << QVariant(-5.25);
        QTest::newRow("true") << QVariant(true) << QVariant(true);
        QTest::newRow("false") << QVariant(false) << QVariant(false);
        QTest::newRow("null: no cell") << QVariant() << QVariant();
        QTest::newRow("empty text: no cell") << QVariant(QString()) << QVariant();
        QTest::newRow("text longer than a cell holds is cut at 32,767")
            << QVariant(QString(40'000, u'x')) << QVariant(QString(32'767, u'x'));
        QTest::newRow("a cut never splits a surrogate pair")
            << QVariant(QString(32'766, u'x') + QStringLiteral("🎉")) << QVariant(QString(32'766, u'x'));
    }

    void roundTrip()
    {
        QFETCH(QVariant, written);
        QFETCH(QVariant, read);
        const QString path =
            write(QStringLiteral("roundtrip.xlsx"),
                  {{QStringLiteral("header"), QStringLiteral("value")}, {QStringLiteral("a"), written}});
        const ReadSheet sheet = readSheet<XlsxReader>(path);
        QVERIFY2(sheet.ok, qPrintable(sheet.error));
        QCOMPARE(sheet.sheetNames, QStringList{QStringLiteral("Report")});
        const QVariant actual = sheet.cell(2, 1);
        QCOMPARE(actual.typeId(), read.typeId());
        QCOMPARE(actual, read);
    }

    void headerIsBoldAndFrozen()
    {
        const QString path =
            write(QStringLiteral("header.xlsx"), {{QStringLiteral("email")}, {QStringLiteral("a@b.c")}});
        const QByteArray sheet = entry(path, QStringLiteral("xl/worksheets/sheet1.xml"));
        QVERIFY(sheet.contains("<c r=\"A1\" s=\"1\" t=\"inlineStr\">"));
        QVERIFY(sheet.contains("<c r=\"A2\" t=\"inlineStr\">"));
        QVERIFY(sheet.contains("state=\"frozen\""));
        QVERIFY(entry(path, QStringLiteral("xl/styles.xml")).contains("<b/>"));
        QVERIFY(entry(path, QStringLiteral("[Content_Types].xml")).contains("spreadsheetml.sheet.main+xml"));
    }

    void sameRowsSameBytes()
    {
        const QList<QVariantList> rows{{QStringLiteral("email"), QStringLiteral("n")}, {QStringLiteral("a@b.c"), 1}};
        QFile first(write(QStringLiteral("first.xlsx"), rows));
        QFile second(write(QStringLiteral("second.xlsx"), rows));
        QVERIFY(first.open(QIODevice::ReadOnly) && second.open(QIODevice::ReadOnly));
        QCOMPARE(first.readAll(), second.readAll());
    }

    void failingDeviceIsReported()
    {
        QBuffer buffer;
        buffer.open(QIODevice::ReadOnly);
        XlsxWriter writer(&buffer);
        QVERIFY(!writer.writeRow(QStringList{QStringLiteral("email")}));
        QVERIFY(!writer.finish());
        QVERIFY(writer.hasError());
        QVERIFY(!writer.errorString().isEmpty());
    }

    void reportFormatForPath_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("xlsx");
        QTest::newRow("csv") << QStringLiteral("report.csv") << false;
        QTest::newRow("xlsx") << QStringLiteral("out/report.xlsx") << true;
        QTest::newRow("upper-case XLSX") << QStringLiteral("REPORT.XLSX") << true;
        QTest::newRow("no suffix") << QStringLiteral("report") << false;
    }

    void reportFormatForPath()
    {
        QFETCH(QString, path);
        QFETCH(bool, xlsx);
        QCOMPARE(ReportWriter::formatForPath(path) == ReportWriter::Format::Xlsx, xlsx);
    }

    // Original columns, then the result columns; the HTTP status a number; Clerk's text defused like in the CSV.
    void reportAsXlsx()
    {
        Invitee ann;
        ann.setValue(Invitee::Email, QStringLiteral("ann@example.com"));
        ann.setSourceRow(2);
        ann.setSourceCells({QStringLiteral("ann@example.com"), QStringLiteral("=cmd|' /C calc'!A0")});
        Invitee bob = ann;
        bob.setValue(Invitee::Email, QStringLiteral("bob@"));
        bob.setSourceRow(3);
        bob.setSourceCells({QStringLiteral("bob@")});
        const QList<RowOutcome> outcomes{
            {RowStatus::Invited, QStringLiteral("inv_1"), 200, QString(), QString(), QStringLiteral("trace-1")},
            {RowStatus::Failed, QString(), 422, QStringLiteral("form_param_format_invalid"),
             QStringLiteral("@SUM(1) is not valid"), QString()}};

        const QString path = m_dir.filePath(QStringLiteral("report.xlsx"));
        ReportWriter writer;
        QVERIFY2(writer.write(path, {QStringLiteral("Email"), QStringLiteral("Notes")}, {ann, bob}, outcomes),
                 qPrintable(writer.errorString()));
        const ReadSheet sheet = readSheet<XlsxReader>(path);
        QVERIFY2(sheet.ok, qPrintable(sheet.error));
        QCOMPARE(sheet.sheetNames, QStringList{QStringLiteral("Report")});
        QCOMPARE(sheet.rows, (QList<int>{1, 2, 3}));
        QVariantList header;
        for (const QString &column :
             ReportWriter::header({QStringLiteral("Email"), QStringLiteral("Notes")}, {ann, bob})) {
            header.append(column);
        }
        QCOMPARE(sheet.row(1), header);
        QCOMPARE(sheet.row(2), (QVariantList{QStringLiteral("ann@example.com"), QStringLiteral("'=cmd|' /C calc'!A0"),
                                             QStringLiteral("invited"), QStringLiteral("inv_1"), 200.0, QVariant(),
                                             QVariant(), QStringLiteral("trace-1")}));
        QCOMPARE(sheet.row(3),
                 (QVariantList{QStringLiteral("bob@"), QVariant(), QStringLiteral("failed"), QVariant(), 422.0,
                               QStringLiteral("form_param_format_invalid"), QStringLiteral("'@SUM(1) is not valid")}));

        QFile csvCheck(m_dir.filePath(QStringLiteral("report.csv")));
        QVERIFY(writer.write(csvCheck.fileName(), {QStringLiteral("Email"), QStringLiteral("Notes")}, {ann, bob},
                             outcomes));
        QVERIFY(csvCheck.open(QIODevice::ReadOnly));
        QVERIFY(csvCheck.readAll().startsWith("\xEF\xBB\xBF"
                                              "Email,Notes,status"));
    }

    // The XLSX template holds each example as the type Invitedesk gives it, and validates as clean as the CSV one.
    void templateAsXlsx()
    {
        const QString path = m_dir.filePath(QStringLiteral("template.xlsx"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(TemplateWriter::writeXlsx(file));
        file.close();

        const ReadSheet sheet = readSheet<XlsxReader>(path);
        QVERIFY2(sheet.ok, qPrintable(sheet.error));
        QCOMPARE(sheet.sheetNames, QStringList{QStringLiteral("Invitees")});
        const QStringList header = TemplateWriter::header();
        QCOMPARE(sheet.row(1).size(), header.size());
        const QVariantList example = sheet.row(2);
        QCOMPARE(example.at(header.indexOf(QStringLiteral("expires_in_days"))), QVariant(30.0));
        QCOMPARE(example.at(header.indexOf(QStringLiteral("notify"))), QVariant(true));
        QCOMPARE(example.at(header.indexOf(QStringLiteral("private_metadata.employee_id"))),
                 QVariant(QStringLiteral("0012")));

        const QString csvPath = m_dir.filePath(QStringLiteral("template.csv"));
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::WriteOnly));
        QVERIFY(TemplateWriter::writeCsv(csv));
        csv.close();
        const InputCheck::Result fromXlsx = InputCheck::run(path, QStringLiteral("org:member"));
        const InputCheck::Result fromCsv = InputCheck::run(csvPath, QStringLiteral("org:member"));
        QVERIFY2(fromXlsx.import.ok(), qPrintable(fromXlsx.import.errorString));
        QVERIFY(fromXlsx.problems.isEmpty());
        QCOMPARE(fromXlsx.payloads, fromCsv.payloads);
    }
};

QTEST_GUILESS_MAIN(TestXlsxWriter)
#include "tst_xlsxwriter.moc"
