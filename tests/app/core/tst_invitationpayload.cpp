#include "core/InvitationPayload.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

// What one invitee becomes in the body of Clerk's bulk invitation call.
class TestInvitationPayload : public QObject
{
    Q_OBJECT

    static Invitee invitee(const QList<std::pair<Invitee::Field, QString>> &cells)
    {
        Invitee result;
        for (const auto &[field, text] : cells) {
            result.setValue(field, text);
        }
        return result;
    }

    // JSON written with single quotes, which read better in C++ strings.
    static QByteArray json(const char *text) { return QByteArray(text).replace('\'', '"'); }

    static QByteArray compact(const QJsonObject &object)
    {
        return QJsonDocument(object).toJson(QJsonDocument::Compact);
    }

    // A body read back; an empty array when it is not valid JSON.
    static QJsonArray parsed(const QByteArray &body) { return QJsonDocument::fromJson(body).array(); }

    static bool hasMetadata(const Invitee &invitee)
    {
        return !invitee.value(Invitee::PublicMetadata).isEmpty() || !invitee.value(Invitee::PrivateMetadata).isEmpty();
    }

    // 100,000 rows as an import usually looks: some roles, expiries and notify flags given, no metadata.
    static QList<Invitee> typicalRows(int count)
    {
        QList<Invitee> rows;
        rows.reserve(count);
        for (int i = 0; i < count; ++i) {
            Invitee row;
            row.setValue(Invitee::Email, QStringLiteral("person.%1@example.com").arg(i));
            row.setValue(Invitee::Role, i % 2 ? QStringLiteral("org:member") : QString());
            row.setValue(Invitee::ExpiresInDays, i % 3 ? QString() : QStringLiteral("30"));
            row.setValue(Invitee::Notify, i % 4 ? QString() : QStringLiteral("yes"));
            rows.append(row);
        }
        return rows;
    }

private slots:
    void toJson_data()
    {
        QTest::addColumn<Invitee>("invitee");
        QTest::addColumn<QByteArray>("expected"); // compact, keys sorted as QJsonObject keeps them

        const QString email = QStringLiteral("ada@example.com");
        QTest::newRow("email only gets the default role")
            << invitee({{Invitee::Email, email}}) << json("{'email_address':'ada@example.com','role':'org:member'}");
        QTest::newRow("padded email trimmed") << invitee({{Invitee::Email, QStringLiteral("  ada@example.com\t")}})
                                              << json("{'email_address':'ada@example.com','role':'org:member'}");
        QTest::newRow("role from the cell")
            << invitee({{Invitee::Email, email}, {Invitee::Role, QStringLiteral(" org:admin ")}})
            << json("{'email_address':'ada@example.com','role':'org:admin'}");
        QTest::newRow("blank optional cells left out")
            << invitee({{Invitee::Email, email},
                        {Invitee::Role, QStringLiteral(" ")},
                        {Invitee::RedirectUrl, QStringLiteral(" ")},
                        {Invitee::InviterUserId, QStringLiteral("\t")},
                        {Invitee::ExpiresInDays, QStringLiteral(" ")},
                        {Invitee::Notify, QStringLiteral(" ")},
                        {Invitee::PublicMetadata, QStringLiteral(" ")},
                        {Invitee::PrivateMetadata, QStringLiteral("{}")}})
            << json("{'email_address':'ada@example.com','role':'org:member'}");
        QTest::newRow("redirect and inviter when given")
            << invitee({{Invitee::Email, email},
                        {Invitee::RedirectUrl, QStringLiteral(" https://example.com/welcome ")},
                        {Invitee::InviterUserId, QStringLiteral("user_2abc")}})
            << json("{'email_address':'ada@example.com','inviter_user_id':'user_2abc',"
                    "'redirect_url':'https://example.com/welcome','role':'org:member'}");
        QTest::newRow("expires as a number")
            << invitee({{Invitee::Email, email}, {Invitee::ExpiresInDays, QStringLiteral("7")}})
            << json("{'email_address':'ada@example.com','expires_in_days':7,'role':'org:member'}");
        QTest::newRow("spreadsheet decimal expires")
            << invitee({{Invitee::Email, email}, {Invitee::ExpiresInDays, QStringLiteral("30.0")}})
            << json("{'email_address':'ada@example.com','expires_in_days':30,'role':'org:member'}");
        QTest::newRow("notify yes as true")
            << invitee({{Invitee::Email, email}, {Invitee::Notify, QStringLiteral("Yes")}})
            << json("{'email_address':'ada@example.com','notify':true,'role':'org:member'}");
        QTest::newRow("notify 0 as false")
            << invitee({{Invitee::Email, email}, {Invitee::Notify, QStringLiteral("0")}})
            << json("{'email_address':'ada@example.com','notify':false,'role':'org:member'}");
        QTest::newRow("metadata as objects")
            << invitee({{Invitee::Email, email},
                        {Invitee::PublicMetadata, QStringLiteral("{\"plan\": \"pro\", \"seats\": 3}")},
                        {Invitee::PrivateMetadata, QStringLiteral(" {\"crm\": {\"id\": 42, \"vip\": true}} ")}})
            << json("{'email_address':'ada@example.com','private_metadata':{'crm':{'id':42,'vip':true}},"
                    "'public_metadata':{'plan':'pro','seats':3},'role':'org:member'}");
        QTest::newRow("unparsable cells left out") << invitee({{Invitee::Email, email},
                                                               {Invitee::ExpiresInDays, QStringLiteral("soon")},
                                                               {Invitee::Notify, QStringLiteral("maybe")},
                                                               {Invitee::PublicMetadata, QStringLiteral("[1]")}})
                                                   << json("{'email_address':'ada@example.com','role':'org:member'}");
    }

    void toJson()
    {
        QFETCH(Invitee, invitee);
        QFETCH(QByteArray, expected);
        QCOMPARE(compact(InvitationPayload::toJson(invitee, QStringLiteral("org:member"))), expected);
    }

    // The direct writer gives the JSON of bulkBody(toJson()), for every row above and for text that needs escaping
    // (validation keeps most of it out, but the writer must not depend on that): the very bytes for rows without
    // metadata; with metadata the same values, as metadata objects keep the user's key order and spelling.
    void directBodyMatches_data()
    {
        toJson_data();
        const auto odd = [](const char *name, Invitee::Field field, const QString &text) {
            Invitee row;
            row.setValue(Invitee::Email, QStringLiteral("ada@example.com"));
            row.setValue(field, text);
            QTest::newRow(name) << row << QByteArray();
        };
        QString controls;
        for (char16_t c = 0; c < 0x20; ++c) {
            controls.append(QChar(c));
        }
        odd("control characters", Invitee::InviterUserId, controls + QStringLiteral("x"));
        odd("quotes and backslashes", Invitee::InviterUserId, QStringLiteral("a\"b\\c/d"));
        odd("non-ascii email", Invitee::Email, QStringLiteral("josé.müller@bücher.de"));
        odd("three-byte and four-byte utf-8", Invitee::RedirectUrl, QStringLiteral("https://example.com/€/😀"));
        odd("lone surrogates", Invitee::Role, QString(QChar(0xd800)) + QStringLiteral("x") + QChar(0xdc00));
        odd("delete and line separator", Invitee::Role, QStringLiteral("a\x7f\u2028b"));
        odd("metadata with escapes", Invitee::PublicMetadata, QStringLiteral("{\"note\": \"line\\nbreak \\\"q\\\"\"}"));
        odd("metadata keys in the user's order", Invitee::PublicMetadata,
            QStringLiteral("{\"b\": 1, \"a\": {\"d\": [2, 1.50], \"c\": null}}"));
        odd("metadata only QJsonDocument reads", Invitee::PrivateMetadata,
            QStringLiteral("{\"a\": 1e2, \"b\": \"\\ud83d\\ude00\", \"c\": \"x\u0001\"}"));
        odd("metadata that is no object", Invitee::PublicMetadata, QStringLiteral("[1]"));
        odd("broken metadata", Invitee::PrivateMetadata, QStringLiteral("{\"a\": "));
        odd("large expiry", Invitee::ExpiresInDays, QStringLiteral("99999999999"));
    }

    void directBodyMatches()
    {
        QFETCH(Invitee, invitee);
        for (const QString &defaultRole : {QStringLiteral("org:member"), QStringLiteral(" org:viewer ")}) {
            const QJsonObject object = InvitationPayload::toJson(invitee, defaultRole);
            const QByteArray viaObjects = InvitationPayload::bulkBody({object});
            const QByteArray direct = InvitationPayload::bulkBody(QList<Invitee>{invitee}, defaultRole);
            if (hasMetadata(invitee)) {
                QCOMPARE(parsed(direct).size(), 1);
                QCOMPARE(parsed(direct), parsed(viaObjects));
            } else {
                QCOMPARE(direct, viaObjects);
            }
            const QByteArray item = InvitationPayload::compactJson(invitee, defaultRole);
            QCOMPARE(direct, '[' + item + ']');
            QCOMPARE(InvitationPayload::bulkBody(QList<Invitee>{invitee, invitee}, defaultRole),
                     InvitationPayload::bulkBody(QList<QByteArray>{item, item}));
        }
    }

    // A plain metadata object goes out as the user wrote it, only the white space left out; anything else goes
    // through QJsonDocument, and a cell that holds no object (validated or not) is left out.
    void metadataAsWritten_data()
    {
        QTest::addColumn<QString>("metadata");
        QTest::addColumn<QByteArray>("sent"); // the public_metadata member; empty when left out

        QTest::newRow("key order and numbers kept") << QStringLiteral(" { \"b\" : 1.50,\n \"a\": [true, null] } ")
                                                    << json("'public_metadata':{'b':1.50,'a':[true,null]}");
        QTest::newRow("white space in strings kept")
            << QStringLiteral("{\"a b\": \" x \"}") << json("'public_metadata':{'a b':' x '}");
        QTest::newRow("exponent through QJsonDocument")
            << QStringLiteral("{\"b\": 1e2, \"a\": 1}") << json("'public_metadata':{'a':1,'b':100}");
        QTest::newRow("control character escaped by QJsonDocument")
            << QStringLiteral("{\"a\": \"x\u0001\"}") << json("'public_metadata':{'a':'x\\u0001'}");
        QTest::newRow("empty object left out") << QStringLiteral(" { } ") << QByteArray();
        QTest::newRow("array left out") << QStringLiteral("[1]") << QByteArray();
        QTest::newRow("broken json left out") << QStringLiteral("{\"a\": ") << QByteArray();
        QTest::newRow("white space json does not allow left out") << QStringLiteral("\f{\"a\": 1}") << QByteArray();
    }

    void metadataAsWritten()
    {
        QFETCH(QString, metadata);
        QFETCH(QByteArray, sent);
        Invitee row;
        row.setValue(Invitee::Email, QStringLiteral("ada@example.com"));
        row.setValue(Invitee::PublicMetadata, metadata);
        const QByteArray member = sent.isEmpty() ? QByteArray() : sent + ',';
        const QByteArray expected = json("{'email_address':'ada@example.com',") + member + json("'role':'org:member'}");
        QCOMPARE(InvitationPayload::compactJson(row, QStringLiteral("org:member")), expected);
        QCOMPARE(parsed('[' + expected + ']').size(), 1);
        QCOMPARE(parsed('[' + expected + ']').first().toObject(),
                 InvitationPayload::toJson(row, QStringLiteral("org:member")));
    }

    void typedValues()
    {
        Invitee row;
        row.setValue(Invitee::Email, QStringLiteral("ada@example.com"));
        row.setValue(Invitee::ExpiresInDays, QStringLiteral("14"));
        row.setValue(Invitee::Notify, QStringLiteral("no"));
        row.setValue(Invitee::PublicMetadata, QStringLiteral("{\"a\": 1}"));
        const QJsonObject item = InvitationPayload::toJson(row, QStringLiteral("org:member"));
        QVERIFY(item.value(QLatin1String("expires_in_days")).isDouble());
        QCOMPARE(item.value(QLatin1String("expires_in_days")).toInteger(), 14);
        QVERIFY(item.value(QLatin1String("notify")).isBool());
        QCOMPARE(item.value(QLatin1String("notify")).toBool(true), false);
        QVERIFY(item.value(QLatin1String("public_metadata")).isObject());
        QVERIFY(item.value(QLatin1String("role")).isString());
    }

    void defaultRoleUsedForEmptyRole_data()
    {
        QTest::addColumn<QString>("defaultRole");
        QTest::addColumn<QString>("sent");
        QTest::newRow("member") << QStringLiteral("org:member") << QStringLiteral("org:member");
        QTest::newRow("chosen default") << QStringLiteral("org:viewer") << QStringLiteral("org:viewer");
        QTest::newRow("padded default trimmed") << QStringLiteral(" org:viewer ") << QStringLiteral("org:viewer");
    }

    void defaultRoleUsedForEmptyRole()
    {
        QFETCH(QString, defaultRole);
        QFETCH(QString, sent);
        Invitee row;
        row.setValue(Invitee::Email, QStringLiteral("ada@example.com"));
        QCOMPARE(InvitationPayload::toJson(row, defaultRole).value(QLatin1String("role")).toString(), sent);
    }

    // Every key is one the bulk endpoint's item schema defines (api 2026-05-12); email_address and role always.
    void keysAreClerks()
    {
        const QStringList allowed{QStringLiteral("email_address"),
                                  QStringLiteral("inviter_user_id"),
                                  QStringLiteral("role"),
                                  QStringLiteral("public_metadata"),
                                  QStringLiteral("private_metadata"),
                                  QStringLiteral("redirect_url"),
                                  QStringLiteral("expires_in_days"),
                                  QStringLiteral("notify")};
        for (const Invitee::Field field : Invitee::allFields()) {
            QVERIFY(allowed.contains(Invitee::fieldKey(field)));
        }
        Invitee row;
        row.setValue(Invitee::Email, QStringLiteral("ada@example.com"));
        row.setValue(Invitee::Role, QStringLiteral("org:admin"));
        row.setValue(Invitee::RedirectUrl, QStringLiteral("https://example.com"));
        row.setValue(Invitee::InviterUserId, QStringLiteral("user_1"));
        row.setValue(Invitee::ExpiresInDays, QStringLiteral("3"));
        row.setValue(Invitee::Notify, QStringLiteral("true"));
        row.setValue(Invitee::PublicMetadata, QStringLiteral("{\"a\": 1}"));
        row.setValue(Invitee::PrivateMetadata, QStringLiteral("{\"b\": 2}"));
        const QJsonObject item = InvitationPayload::toJson(row, QStringLiteral("org:member"));
        QCOMPARE(item.size(), allowed.size());
        for (const QString &key : item.keys()) {
            QVERIFY2(allowed.contains(key), qPrintable(key));
        }
    }

    void bulkBody_data()
    {
        QTest::addColumn<QStringList>("emails");
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("one") << QStringList{QStringLiteral("a@example.com")}
                             << json("[{'email_address':'a@example.com','role':'org:member'}]");
        QTest::newRow("two in order") << QStringList{QStringLiteral("b@example.com"), QStringLiteral("a@example.com")}
                                      << json("[{'email_address':'b@example.com','role':'org:member'},{'email_address':"
                                              "'a@example.com','role':'org:member'}]");
        QTest::newRow("none") << QStringList() << QByteArray("[]");
    }

    void bulkBody()
    {
        QFETCH(QStringList, emails);
        QFETCH(QByteArray, body);
        QList<Invitee> rows;
        QList<QJsonObject> items;
        for (const QString &email : emails) {
            Invitee row;
            row.setValue(Invitee::Email, email);
            rows.append(row);
            items.append(InvitationPayload::toJson(row, QStringLiteral("org:member")));
        }
        QCOMPARE(InvitationPayload::bulkBody(items), body);
        QCOMPARE(InvitationPayload::bulkBody(rows, QStringLiteral("org:member")), body);
    }

    // QBENCHMARK runs once under ctest; run with -iterations 20 (Release) to measure.
    void benchmarkItems()
    {
        const QList<Invitee> rows = typicalRows(100000);
        QList<QJsonObject> items;
        QBENCHMARK
        {
            items.clear();
            items.reserve(rows.size());
            for (const Invitee &row : rows) {
                items.append(InvitationPayload::toJson(row, QStringLiteral("org:member")));
            }
        }
        QCOMPARE(items.size(), rows.size());
    }

    void benchmarkBodies()
    {
        const QList<Invitee> rows = typicalRows(100000);
        QList<QJsonObject> items;
        items.reserve(rows.size());
        for (const Invitee &row : rows) {
            items.append(InvitationPayload::toJson(row, QStringLiteral("org:member")));
        }
        qsizetype bytes = 0;
        QBENCHMARK
        {
            bytes = 0;
            for (qsizetype i = 0; i < items.size(); i += 10) {
                bytes += InvitationPayload::bulkBody(items.mid(i, 10)).size();
            }
        }
        QVERIFY(bytes > 0);
    }

    void benchmarkDirectBodies()
    {
        const QList<Invitee> rows = typicalRows(100000);
        qsizetype bytes = 0;
        QBENCHMARK
        {
            bytes = 0;
            for (qsizetype i = 0; i < rows.size(); i += 10) {
                bytes += InvitationPayload::bulkBody(rows.mid(i, 10), QStringLiteral("org:member")).size();
            }
        }
        QVERIFY(bytes > 0);
    }
};

QTEST_GUILESS_MAIN(TestInvitationPayload)
#include "tst_invitationpayload.moc"
