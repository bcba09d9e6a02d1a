#include "TemplateWriter.h"

#include "CsvWriter.h"
#include "MetadataColumns.h"
#include "XlsxWriter.h"
#include "core/Invitee.h"

QStringList TemplateWriter::header()
{
    QStringList columns;
    for (const Invitee::Field field : Invitee::allFields()) {
        columns.append(Invitee::fieldKey(field));
    }
    // Dotted columns: one metadata key per column, nested keys allowed.
    columns.append(QStringLiteral("public_metadata.department"));
    columns.append(QStringLiteral("public_metadata.office.city"));
    columns.append(QStringLiteral("private_metadata.employee_id"));
    return columns;
}

QStringList TemplateWriter::exampleRow()
{
    return {QStringLiteral("ada.lovelace@example.com"),
            QStringLiteral("org:member"),
            QStringLiteral("https://app.example.com/welcome"),
            QString(), // inviter_user_id: an admin's user id (user_...); empty sends as the instance
            QStringLiteral("30"),
            QStringLiteral("true"),
            QStringLiteral("{\"team\":\"Research\"}"),
            QString(), // private_metadata: a JSON object, or use private_metadata.KEY columns as below
            QStringLiteral("Engineering"),
            QStringLiteral("London"),
            QStringLiteral("0012")};
}

bool TemplateWriter::writeCsv(QIODevice &device)
{
    Q_ASSERT(header().size() == exampleRow().size());
    CsvWriter writer(&device);
    return writer.writeRow(header()) && writer.writeRow(exampleRow());
}

bool TemplateWriter::writeXlsx(QIODevice &device)
{
    Q_ASSERT(header().size() == exampleRow().size());
    QVariantList example;
    for (const QString &text : exampleRow()) {
        const QJsonValue typed = MetadataColumns::typedValue(text);
        example.append(typed.isBool() || typed.isDouble() ? typed.toVariant() : QVariant(text));
    }
    XlsxWriter writer(&device, QStringLiteral("Invitees"));
    writer.writeRow(header());
    writer.writeRow(example);
    return writer.finish();
}
