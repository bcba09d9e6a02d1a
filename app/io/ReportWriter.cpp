#include "ReportWriter.h"

#include "CsvWriter.h"
#include "SpreadsheetSafety.h"
#include "XlsxWriter.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

#include <algorithm>

namespace {

QStringList defused(const QStringList &cells)
{
    QStringList safe;
    safe.reserve(cells.size());
    for (const QString &cell : cells) {
        safe.append(SpreadsheetSafety::defuse(cell));
    }
    return safe;
}

// The width of the input part: the header's, widened if a ragged row has more cells, so no cell is dropped.
qsizetype sourceWidth(const QStringList &sourceHeader, const QList<Invitee> &invitees)
{
    qsizetype width = sourceHeader.size();
    for (const Invitee &invitee : invitees) {
        width = std::max(width, invitee.sourceCells().size());
    }
    return width;
}

QStringList padded(QStringList cells, qsizetype width)
{
    while (cells.size() < width) {
        cells.append(QString());
    }
    return cells;
}

QStringList fieldValues(const Invitee &invitee)
{
    QStringList values;
    for (const Invitee::Field field : Invitee::allFields()) {
        values.append(invitee.value(field));
    }
    return values;
}

QStringList outcomeCells(const RowOutcome &outcome)
{
    return {RowStatus::key(outcome.status),
            outcome.invitationId,
            outcome.httpStatus == 0 ? QString() : QString::number(outcome.httpStatus),
            outcome.errorCode,
            outcome.errorMessage,
            outcome.traceId};
}

// The same cells as the CSV row, with the HTTP status as a number; XlsxWriter defuses the text cells itself.
QVariantList xlsxCells(const QStringList &input, const RowOutcome &outcome)
{
    constexpr qsizetype HttpStatusColumn = 2; // in outcomeCells()
    const QStringList outcomeTexts = outcomeCells(outcome);
    QVariantList cells;
    cells.reserve(input.size() + outcomeTexts.size());
    for (const QString &cell : input) {
        cells.append(cell);
    }
    for (qsizetype i = 0; i < outcomeTexts.size(); ++i) {
        const bool number = i == HttpStatusColumn && outcome.httpStatus != 0;
        cells.append(number ? QVariant(outcome.httpStatus) : QVariant(outcomeTexts.at(i)));
    }
    return cells;
}

} // namespace

QStringList ReportWriter::outcomeHeader()
{
    return {QStringLiteral("status"),     QStringLiteral("invitation_id"), QStringLiteral("http_status"),
            QStringLiteral("error_code"), QStringLiteral("error_message"), QStringLiteral("clerk_trace_id")};
}

bool ReportWriter::usesSourceColumns(const QStringList &sourceHeader, const QList<Invitee> &invitees)
{
    return !sourceHeader.isEmpty() && std::none_of(invitees.cbegin(), invitees.cend(), [](const Invitee &invitee) {
        return invitee.sourceCells().isEmpty();
    });
}

QStringList ReportWriter::header(const QStringList &sourceHeader, const QList<Invitee> &invitees)
{
    QStringList columns;
    if (usesSourceColumns(sourceHeader, invitees)) {
        columns = padded(sourceHeader, sourceWidth(sourceHeader, invitees));
    } else {
        for (const Invitee::Field field : Invitee::allFields()) {
            columns.append(Invitee::fieldKey(field));
        }
    }
    return columns + outcomeHeader();
}

bool ReportWriter::writeRows(QIODevice *device, const QStringList &sourceHeader, const QList<Invitee> &invitees,
                             const QList<RowOutcome> &outcomes, Format format)
{
    const bool sourceColumns = usesSourceColumns(sourceHeader, invitees);
    const qsizetype width = sourceColumns ? sourceWidth(sourceHeader, invitees) : 0;
    const auto inputCells = [&](const Invitee &invitee) {
        return sourceColumns ? padded(invitee.sourceCells(), width) : fieldValues(invitee);
    };

    if (format == Format::Xlsx) {
        XlsxWriter xlsx(device, QStringLiteral("Report"));
        xlsx.writeRow(header(sourceHeader, invitees));
        for (qsizetype i = 0; i < invitees.size() && !xlsx.hasError(); ++i) {
            xlsx.writeRow(xlsxCells(inputCells(invitees.at(i)), outcomes.value(i)));
        }
        return xlsx.finish();
    }
    CsvWriter csv(device);
    csv.writeRow(defused(header(sourceHeader, invitees)));
    for (qsizetype i = 0; i < invitees.size() && !csv.hasError(); ++i) {
        csv.writeRow(defused(inputCells(invitees.at(i)) + outcomeCells(outcomes.value(i))));
    }
    return !csv.hasError();
}

ReportWriter::Format ReportWriter::formatForPath(const QString &path)
{
    return QFileInfo(path).suffix().compare(u"xlsx", Qt::CaseInsensitive) == 0 ? Format::Xlsx : Format::Csv;
}

bool ReportWriter::write(QIODevice *device, const QStringList &sourceHeader, const QList<Invitee> &invitees,
                         const QList<RowOutcome> &outcomes, Format format)
{
    m_errorString.clear();
    if (!writeRows(device, sourceHeader, invitees, outcomes, format)) {
        m_errorString = tr("Could not write the report: %1").arg(device->errorString());
        return false;
    }
    return true;
}

bool ReportWriter::write(const QString &path, const QStringList &sourceHeader, const QList<Invitee> &invitees,
                         const QList<RowOutcome> &outcomes)
{
    m_errorString.clear();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !writeRows(&file, sourceHeader, invitees, outcomes, formatForPath(path)) ||
        !file.commit()) {
        m_errorString =
            tr("Could not write the report to %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}
