#include "io/ReportWriter.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QByteArray bom("\xEF\xBB\xBF");
const QByteArray outcomeHeaderLine("status,invitation_id,http_status,error_code,error_message,clerk_trace_id");

Invitee imported(const QStringList &cells, const QString &email)
{
    Invitee invitee;
    invitee.setSourceCells(cells);
    invitee.setValue(Invitee::Email, email);
    invitee.setSourceRow(2);
    return invitee;
}

Invitee typed(const QString &email, const QString &role = QString())
{
    Invitee invitee;
    invitee.setValue(Invitee::Email, email);
    invitee.setValue(Invitee::Role, role);
    return invitee;
}

RowOutcome outcome(RowStatus::Value status, const QString &id = QString(), int http = 0,
                   const QString &code = QString(), const QString &message = QString(),
                   const QString &trace = QString())
{
    return RowOutcome{status, id, http, code, message, trace};
}

QByteArray render(const QStringList &header, const QList<Invitee> &invitees, const QList<RowOutcome> &outcomes)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    ReportWriter writer;
    if (!writer.write(&buffer, header, invitees, outcomes)) {
        return QByteArrayLiteral("write failed: ") + writer.errorString().toUtf8();
    }
    return buffer.data();
}

} // namespace

// The --report CSV: input columns first, then the outcome columns, one line per row in input order, all defused.
class TestReportWriter : public QObject
{
    Q_OBJECT

private slots:
    void outcomeColumns_data()
    {
        QTest::addColumn<RowOutcome>("outcome");
        QTest::addColumn<QByteArray>("expectedCells");

        QTest::newRow("invited") << outcome(RowStatus::Invited, QStringLiteral("orginv_1"), 200, {}, {},
                                            QStringLiteral("trace-1"))
                                 << QByteArray("invited,orginv_1,200,,,trace-1");
        QTest::newRow("already invited") << outcome(RowStatus::AlreadyInvited, {}, 400,
                                                    QStringLiteral("duplicate_record"))
                                         << QByteArray("already_invited,,400,duplicate_record,,");
        QTest::newRow("already member") << outcome(RowStatus::AlreadyMember, {}, 400,
                                                   QStringLiteral("already_a_member_in_organization"))
                                        << QByteArray("already_member,,400,already_a_member_in_organization,,");
        QTest::newRow("invalid, no call: empty http status")
            << outcome(RowStatus::Invalid, {}, 0, {}, QStringLiteral("Email is not a valid address"))
            << QByteArray("invalid,,,,Email is not a valid address,");
        QTest::newRow("duplicate") << outcome(RowStatus::Duplicate, {}, 0, {}, QStringLiteral("Same as row 2"))
                                   << QByteArray("duplicate,,,,Same as row 2,");
        QTest::newRow("failed, message with comma and quotes")
            << outcome(RowStatus::Failed, {}, 422, QStringLiteral("form_param_format_invalid"),
                       QStringLiteral("redirect_url \"x\" is invalid, use https"), QStringLiteral("t"))
            << QByteArray("failed,,422,form_param_format_invalid,\"redirect_url \"\"x\"\" is invalid, use https\",t");
        QTest::newRow("pending") << outcome(RowStatus::Pending) << QByteArray("pending,,,,,");
        QTest::newRow("message that looks like a formula")
            << outcome(RowStatus::Failed, {}, 500, {}, QStringLiteral("=HYPERLINK(\"x\")"))
            << QByteArray("failed,,500,,\"'=HYPERLINK(\"\"x\"\")\",");
    }

    void outcomeColumns()
    {
        QFETCH(RowOutcome, outcome);
        QFETCH(QByteArray, expectedCells);

        const QByteArray report =
            render({QStringLiteral("email")},
                   {imported({QStringLiteral("a@example.org")}, QStringLiteral("a@example.org"))}, {outcome});
        QCOMPARE(report, bom + "email," + outcomeHeaderLine + "\r\n" + "a@example.org," + expectedCells + "\r\n");
    }

    void sourceColumnsInInputOrder()
    {
        const QStringList header{QStringLiteral("E-Mail"), QStringLiteral("Name"), QStringLiteral("Team")};
        const QList<Invitee> invitees{
            imported({QStringLiteral("b@example.org"), QStringLiteral("Bea"), QStringLiteral("ops")},
                     QStringLiteral("b@example.org")),
            imported({QStringLiteral("a@example.org"), QStringLiteral("Lovelace, Ada"), QString()},
                     QStringLiteral("a@example.org")),
        };
        const QList<RowOutcome> outcomes{outcome(RowStatus::Invited, QStringLiteral("orginv_b"), 200),
                                         outcome(RowStatus::Failed, {}, 422, QStringLiteral("form_param_missing"))};

        QCOMPARE(render(header, invitees, outcomes), bom + "E-Mail,Name,Team," + outcomeHeaderLine + "\r\n" +
                                                         "b@example.org,Bea,ops,invited,orginv_b,200,,,\r\n" +
                                                         "a@example.org,\"Lovelace, Ada\",,failed,,422,"
                                                         "form_param_missing,,\r\n");
    }

    void inputColumns_data()
    {
        QTest::addColumn<QStringList>("sourceHeader");
        QTest::addColumn<QList<Invitee>>("invitees");
        QTest::addColumn<bool>("usesSource");
        QTest::addColumn<QStringList>("expectedHeader");

        const QStringList canonical{QStringLiteral("email_address"),   QStringLiteral("role"),
                                    QStringLiteral("redirect_url"),    QStringLiteral("inviter_user_id"),
                                    QStringLiteral("expires_in_days"), QStringLiteral("notify"),
                                    QStringLiteral("public_metadata"), QStringLiteral("private_metadata")};
        const QStringList status = ReportWriter::outcomeHeader();
        const QStringList source{QStringLiteral("mail"), QStringLiteral("team")};

        QTest::newRow("imported rows keep the input header")
            << source << QList<Invitee>{imported({QStringLiteral("a@x.org"), QStringLiteral("t")}, {})} << true
            << source + status;
        QTest::newRow("rows typed in the editor use the field keys")
            << QStringList() << QList<Invitee>{typed(QStringLiteral("a@x.org"))} << false << canonical + status;
        QTest::newRow("one typed row among imported ones switches all to the field keys")
            << source
            << QList<Invitee>{imported({QStringLiteral("a@x.org"), QStringLiteral("t")}, {}),
                              typed(QStringLiteral("b@x.org"))}
            << false << canonical + status;
        QTest::newRow("ragged row widens the header with empty titles")
            << source
            << QList<Invitee>{imported({QStringLiteral("a@x.org"), QStringLiteral("t"), QStringLiteral("extra")}, {})}
            << true << source + QStringList{QString()} + status;
        QTest::newRow("no rows, source header") << source << QList<Invitee>{} << true << source + status;
        QTest::newRow("no rows, no header") << QStringList() << QList<Invitee>{} << false << canonical + status;
    }

    void inputColumns()
    {
        QFETCH(QStringList, sourceHeader);
        QFETCH(QList<Invitee>, invitees);
        QFETCH(bool, usesSource);
        QFETCH(QStringList, expectedHeader);

        QCOMPARE(ReportWriter::usesSourceColumns(sourceHeader, invitees), usesSource);
        QCOMPARE(ReportWriter::header(sourceHeader, invitees), expectedHeader);
    }

    void editorRowsWriteTheirFields()
    {
        Invitee invitee = typed(QStringLiteral("zoë@exämple.org"), QStringLiteral("org:admin"));
        invitee.setValue(Invitee::PublicMetadata, QStringLiteral("{\"team\":\"ops\"}"));
        invitee.setValue(Invitee::Notify, QStringLiteral("true"));

        QCOMPARE(render({}, {invitee}, {outcome(RowStatus::Invited, QStringLiteral("orginv_z"), 200)}),
                 bom +
                     "email_address,role,redirect_url,inviter_user_id,expires_in_days,notify,public_metadata,"
                     "private_metadata," +
                     outcomeHeaderLine + "\r\n" +
                     "zo\xC3\xAB@ex\xC3\xA4mple.org,org:admin,,,,true,\"{\"\"team\"\":\"\"ops\"\"}\",,"
                     "invited,orginv_z,200,,,\r\n");
    }

    void raggedRowsArePadded()
    {
        const QList<Invitee> invitees{
            imported({QStringLiteral("a@x.org")}, {}),
            imported({QStringLiteral("b@x.org"), QStringLiteral("1"), QStringLiteral("2")}, {}),
        };
        QCOMPARE(render({QStringLiteral("mail"), QStringLiteral("n")}, invitees,
                        {outcome(RowStatus::Pending), outcome(RowStatus::Pending)}),
                 bom + "mail,n,," + outcomeHeaderLine + "\r\n" + "a@x.org,,,pending,,,,,\r\n" +
                     "b@x.org,1,2,pending,,,,,\r\n");
    }

    void everyCellIsDefused()
    {
        const QList<Invitee> invitees{imported({QStringLiteral("=cmd|' /C calc'!A0"), QStringLiteral("@SUM(1)"),
                                                QStringLiteral("-5"), QStringLiteral(" +1")},
                                               {})};
        const QStringList header{QStringLiteral("=HYPERLINK(1)"), QStringLiteral("b"), QStringLiteral("c"),
                                 QStringLiteral("d")};
        QCOMPARE(render(header, invitees, {outcome(RowStatus::Failed, {}, 0, QStringLiteral("-x"))}),
                 bom + "'=HYPERLINK(1),b,c,d," + outcomeHeaderLine + "\r\n" +
                     "'=cmd|' /C calc'!A0,'@SUM(1),'-5,' +1,failed,,,'-x,,\r\n");
    }

    void missingOutcomeIsPending()
    {
        const QList<Invitee> invitees{imported({QStringLiteral("a@x.org")}, {}),
                                      imported({QStringLiteral("b@x.org")}, {})};
        QCOMPARE(render({QStringLiteral("mail")}, invitees, {outcome(RowStatus::Invited, QStringLiteral("i"), 200)}),
                 bom + "mail," + outcomeHeaderLine + "\r\n" + "a@x.org,invited,i,200,,,\r\n" +
                     "b@x.org,pending,,,,,\r\n");
    }

    void unicodeIsUtf8()
    {
        const QList<Invitee> invitees{imported({QStringLiteral("山田@example.jp"), QStringLiteral("Ünïcødé 🎉")}, {})};
        const QByteArray report =
            render({QStringLiteral("メール"), QStringLiteral("名前")}, invitees, {outcome(RowStatus::Pending)});
        QVERIFY(report.startsWith(bom));
        QCOMPARE(
            QString::fromUtf8(report.mid(bom.size())),
            QStringLiteral("メール,名前,status,invitation_id,http_status,error_code,error_message,clerk_trace_id\r\n"
                           "山田@example.jp,Ünïcødé 🎉,pending,,,,,\r\n"));
    }

    void writesFileAtomically()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("report.csv"));
        const QStringList header{QStringLiteral("mail")};
        const QList<Invitee> invitees{imported({QStringLiteral("a@x.org")}, {})};
        const QList<RowOutcome> outcomes{outcome(RowStatus::Invited, QStringLiteral("i"), 200)};

        ReportWriter writer;
        QVERIFY2(writer.write(path, header, invitees, outcomes), qPrintable(writer.errorString()));
        QVERIFY(writer.errorString().isEmpty());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), render(header, invitees, outcomes));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("report.csv")});
    }

    void unwritablePathNamesIt()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        // A regular file where a directory should be: fails even for root.
        const QString blocker = dir.filePath(QStringLiteral("not-a-directory"));
        QFile file(blocker);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        const QString path = blocker + u"/report.csv";

        ReportWriter writer;
        QVERIFY(!writer.write(path, {QStringLiteral("mail")}, {imported({QStringLiteral("a@x.org")}, {})},
                              {outcome(RowStatus::Pending)}));
        const QString message = writer.errorString();
        QVERIFY2(message.contains(QDir::toNativeSeparators(path)), qPrintable(message));
        // The OS reason follows the path.
        QVERIFY2(!message.section(QDir::toNativeSeparators(path) + u": ", 1).trimmed().isEmpty(), qPrintable(message));
        QVERIFY(!message.contains(u'\n'));
    }

    void failingDeviceSaysWhy()
    {
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        ReportWriter writer;
        QTest::ignoreMessage(QtWarningMsg, "QIODevice::write (QBuffer): ReadOnly device");
        QVERIFY(!writer.write(&buffer, {}, {typed(QStringLiteral("a@x.org"))}, {outcome(RowStatus::Pending)}));
        QVERIFY(!writer.errorString().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestReportWriter)
#include "tst_reportwriter.moc"
