#include "RowChecker.h"

#include "core/InvitationPayload.h"

void RowChecker::check(const QList<Invitee> &invitees)
{
    const qsizetype begin = rowsChecked();
    const QList<CellProblem> problems =
        m_duplicates.take(invitees, m_validator.validateRows(invitees, begin, invitees.size()));

    // A row with any invalid cell is invalid (it must be fixed whatever else); otherwise a repeated email makes it
    // a duplicate. Either way it is not sent.
    QList<RowStatus::Value> &verdict = m_findings.rowStatus;
    verdict.resize(invitees.size(), RowStatus::Pending);
    for (const CellProblem &problem : problems) {
        RowStatus::Value &status = verdict[problem.row];
        if (problem.kind == CellProblem::Invalid) {
            status = RowStatus::Invalid;
        } else if (status == RowStatus::Pending) {
            status = RowStatus::Duplicate;
        }
    }
    m_findings.problems.append(problems);

    for (qsizetype row = begin; row < invitees.size(); ++row) {
        switch (verdict.at(row)) {
        case RowStatus::Invalid:
            ++m_findings.invalidRows;
            break;
        case RowStatus::Duplicate:
            ++m_findings.duplicateRows;
            break;
        default:
            m_findings.payloads.append(InvitationPayload::compactJson(invitees.at(row), m_validator.defaultRole()));
            m_findings.payloadRows.append(int(row));
            break;
        }
    }
}

void RowChecker::takeFindings(InputCheck::Result &result)
{
    result.problems = std::move(m_findings.problems);
    result.payloads = std::move(m_findings.payloads);
    result.payloadRows = std::move(m_findings.payloadRows);
    result.rowStatus = std::move(m_findings.rowStatus);
    result.invalidRows = m_findings.invalidRows;
    result.duplicateRows = m_findings.duplicateRows;
    m_findings = InputCheck::Result();
}
