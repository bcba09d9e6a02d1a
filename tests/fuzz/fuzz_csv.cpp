// Feeds arbitrary bytes to the CSV import exactly as the app runs it on a file or a paste: InviteeImporter::importText
// (TextDecoder, CsvScanner, CsvReader, ColumnMapper), then the Validator and both writers of the request body.
// Invariants: a failure names the input; records and invitees come in increasing row order; the direct body writer
// gives the same JSON as the QJsonObject one.

#include "FuzzSupport.h"
#include "core/InvitationPayload.h"
#include "core/Validator.h"
#include "io/CsvReader.h"
#include "io/InviteeImporter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using FuzzSupport::check;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    FuzzSupport::startApplication();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView bytes(data, static_cast<qsizetype>(size));

    // The reader on its own: rows strictly increasing from 1, no record wider than the column limit.
    CsvReader reader;
    int lastRow = 0;
    const bool read = reader.readData(bytes, [&](int row, QStringList &cells) {
        check(row > lastRow, "CSV rows not increasing", QStringLiteral("%1 after %2").arg(row).arg(lastRow));
        check(!cells.isEmpty(), "empty CSV record handed over");
        lastRow = row;
        return true;
    });
    check(read == reader.errorString().isEmpty(), "CsvReader's result and error string disagree", reader.errorString());

    const QString name = QStringLiteral("pasted.csv");
    const ImportResult result = InviteeImporter().importText(bytes, name);
    if (!result.ok()) {
        check(result.errorString.startsWith(name), "import error does not name the input", result.errorString);
        check(!result.errorString.contains(u'\n'), "import error is more than one line", result.errorString);
        return 0;
    }
    check(!result.sourceHeader.isEmpty(), "import succeeded without a header");
    int lastSourceRow = 1;
    for (const Invitee &invitee : result.invitees) {
        check(invitee.sourceRow() > lastSourceRow, "invitee rows not increasing",
              QStringLiteral("%1 after %2").arg(invitee.sourceRow()).arg(lastSourceRow));
        lastSourceRow = invitee.sourceRow();
    }

    const Validator validator;
    const QList<CellProblem> problems = validator.validate(result.invitees);
    for (const CellProblem &problem : problems) {
        check(problem.row >= 0 && problem.row < result.invitees.size(), "problem outside the rows");
        check(!problem.message.isEmpty(), "problem without a message");
    }

    // The direct body writer must give the JSON the QJsonObject path gives, for any cells (validated or not).
    const QList<Invitee> batch = result.invitees.first(std::min<qsizetype>(result.invitees.size(), 10));
    if (!batch.isEmpty()) {
        const QString role = Validator::builtInDefaultRole();
        QList<QJsonObject> items;
        for (const Invitee &invitee : batch) {
            items.append(InvitationPayload::toJson(invitee, role));
        }
        QJsonParseError directError;
        const QByteArray directBody = InvitationPayload::bulkBody(batch, role);
        const QJsonDocument direct = QJsonDocument::fromJson(directBody, &directError);
        check(directError.error == QJsonParseError::NoError && direct.isArray(), "direct body is not a JSON array",
              QString::fromUtf8(directBody));
        const QJsonDocument viaObjects = QJsonDocument::fromJson(InvitationPayload::bulkBody(items));
        check(direct == viaObjects, "direct body differs from the QJsonObject body",
              QString::fromUtf8(directBody) + u'\n' + QString::fromUtf8(viaObjects.toJson(QJsonDocument::Compact)));
    }
    return 0;
}
