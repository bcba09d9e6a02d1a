#include "TemplateWriter.h"

#include "CsvWriter.h"
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
            QStringLiteral("Engineering"),
            QStringLiteral("London"),
            QStringLiteral("0012")};
}

bool TemplateWriter::writeCsv(QIODevice &device)
{
    CsvWriter writer(&device);
    return writer.writeRow(header()) && writer.writeRow(exampleRow());
}
