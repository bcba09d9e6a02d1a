#include "RunReport.h"

#include "RowResultsModel.h"
#include "delivery/Journal.h"
#include "io/ReportWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QLocale>

namespace {

// A payload value as a cell: text as it is, numbers without a needless decimal part, objects as compact JSON.
QString cellText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest);
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    default:
        return QString();
    }
}

} // namespace

QStringList RunReport::inputHeader()
{
    QStringList header{QStringLiteral("row")};
    for (const Invitee::Field field : Invitee::allFields()) {
        header.append(Invitee::fieldKey(field));
    }
    return header;
}

QList<Invitee> RunReport::invitees(const QList<JournalRow> &rows)
{
    QList<Invitee> invitees;
    invitees.reserve(rows.size());
    for (const JournalRow &row : rows) {
        const QJsonObject payload = QJsonDocument::fromJson(row.payloadJson).object();
        Invitee invitee;
        invitee.setSourceRow(row.sourceRow);
        QStringList cells{QString::number(RowResultsModel::displayRow(row))};
        for (const Invitee::Field field : Invitee::allFields()) {
            QString text = cellText(payload.value(Invitee::fieldKey(field)));
            if (field == Invitee::Email && text.isEmpty()) {
                text = row.email;
            }
            invitee.setValue(field, text);
            cells.append(text);
        }
        invitee.setSourceCells(cells);
        invitees.append(invitee);
    }
    return invitees;
}

QList<RowOutcome> RunReport::outcomes(const QList<JournalRow> &rows)
{
    QList<RowOutcome> outcomes;
    outcomes.reserve(rows.size());
    for (const JournalRow &row : rows) {
        outcomes.append(row.outcome);
    }
    return outcomes;
}

bool RunReport::write(const QString &path, const QList<JournalRow> &rows)
{
    ReportWriter writer;
    if (!writer.write(path, inputHeader(), invitees(rows), outcomes(rows))) {
        m_errorString = writer.errorString();
        return false;
    }
    m_errorString.clear();
    return true;
}

bool RunReport::write(const QString &path, const Journal &journal, qint64 runId)
{
    const std::optional<QList<JournalRow>> rows = journal.rows(runId);
    if (!rows) {
        m_errorString = tr("Could not read the run from the journal: %1").arg(journal.errorString());
        return false;
    }
    return write(path, *rows);
}
