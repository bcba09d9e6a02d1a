#include "InputCheck.h"

#include "InviteeImporter.h"
#include "core/InvitationPayload.h"
#include "core/Validator.h"

InputCheck::Result InputCheck::run(const QString &path, const QString &defaultRole)
{
    return check(InviteeImporter().importFile(path), defaultRole);
}

InputCheck::Result InputCheck::check(ImportResult import, const QString &defaultRole)
{
    Result result;
    result.import = std::move(import);
    if (!result.import.ok()) {
        return result;
    }
    Validator validator;
    validator.setDefaultRole(defaultRole);
    const QList<Invitee> &invitees = result.import.invitees;
    result.problems = validator.validate(invitees);

    // A row with any invalid cell is invalid (it must be fixed whatever else); otherwise a repeated email makes it
    // a duplicate. Either way it is not sent.
    QList<RowStatus::Value> &verdict = result.rowStatus;
    verdict.fill(RowStatus::Pending, invitees.size());
    for (const CellProblem &problem : std::as_const(result.problems)) {
        RowStatus::Value &status = verdict[problem.row];
        if (problem.kind == CellProblem::Invalid) {
            status = RowStatus::Invalid;
        } else if (status == RowStatus::Pending) {
            status = RowStatus::Duplicate;
        }
    }
    result.invalidRows = int(verdict.count(RowStatus::Invalid));
    result.duplicateRows = int(verdict.count(RowStatus::Duplicate));

    result.payloads.reserve(invitees.size());
    result.payloadRows.reserve(invitees.size());
    for (qsizetype row = 0; row < invitees.size(); ++row) {
        if (verdict.at(row) == RowStatus::Pending) {
            result.payloads.append(InvitationPayload::compactJson(invitees.at(row), validator.defaultRole()));
            result.payloadRows.append(int(row));
        }
    }
    return result;
}
