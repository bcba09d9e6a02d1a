#include "InputCheck.h"

#include "InviteeImporter.h"
#include "core/InvitationPayload.h"
#include "core/Validator.h"

#include <QThread>

#include <memory>

// Below this many rows a second thread costs more than it saves.
static constexpr qsizetype MinRowsToSplit = 4096;

// The per-row rules for some rows and the payload of each row they pass; a row may still turn out to repeat an
// earlier email, which only the whole list shows.
struct InputCheckRows
{
    QList<CellProblem> problems;
    QList<QByteArray> payloads;
    QList<int> payloadRows;
};

static InputCheckRows checkRows(const Validator &validator, const QList<Invitee> &invitees, qsizetype begin,
                                qsizetype end)
{
    InputCheckRows checked;
    checked.problems = validator.validateRows(invitees, begin, end);
    checked.payloads.reserve(end - begin);
    checked.payloadRows.reserve(end - begin);
    qsizetype problem = 0;
    for (qsizetype row = begin; row < end; ++row) {
        const bool fine = problem == checked.problems.size() || checked.problems.at(problem).row != row;
        for (; problem < checked.problems.size() && checked.problems.at(problem).row == row; ++problem) {
        }
        if (fine) {
            checked.payloads.append(InvitationPayload::compactJson(invitees.at(row), validator.defaultRole()));
            checked.payloadRows.append(int(row));
        }
    }
    return checked;
}

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

    // Rows are independent until duplicates: a large file is checked in two halves at once, joined in order.
    const bool split = invitees.size() >= MinRowsToSplit && QThread::idealThreadCount() > 1;
    const qsizetype middle = split ? invitees.size() / 2 : invitees.size();
    InputCheckRows second;
    std::unique_ptr<QThread> worker(
        QThread::create([&] { second = checkRows(validator, invitees, middle, invitees.size()); }));
    if (split) {
        worker->start();
    }
    InputCheckRows first = checkRows(validator, invitees, 0, middle);
    worker->wait();
    first.problems.append(std::move(second.problems));
    first.payloads.append(std::move(second.payloads));
    first.payloadRows.append(std::move(second.payloadRows));
    result.problems = validator.withDuplicates(invitees, first.problems);

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

    // The payloads were built for every row without a problem of its own; duplicates drop theirs.
    result.payloads.reserve(first.payloads.size());
    result.payloadRows.reserve(first.payloads.size());
    for (qsizetype i = 0; i < first.payloads.size(); ++i) {
        if (verdict.at(first.payloadRows.at(i)) == RowStatus::Pending) {
            result.payloads.append(std::move(first.payloads[i]));
            result.payloadRows.append(first.payloadRows.at(i));
        }
    }
    return result;
}
