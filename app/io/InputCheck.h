#pragma once

#include "ImportResult.h"
#include "core/CellProblem.h"
#include "core/RowStatus.h"

#include <QByteArray>
#include <QList>

// The offline half of a run, shared by `invitedesk-cli validate` and `send` and the benchmark: read a file,
// check every row, and build the bulk-call payload of every row that is fit to send.
class InputCheck
{
public:
    struct Result
    {
        ImportResult import;
        QList<CellProblem> problems;
        QList<QByteArray> payloads; // compact JSON of each sendable row, in input order
        QList<int> payloadRows;     // the invitee index of each payload
        int invalidRows = 0;
        int duplicateRows = 0;
        QList<RowStatus::Value> rowStatus; // per invitee: Pending (sendable), Invalid or Duplicate
    };

    // Reads the file (sheet: the sheet of an XLSX or ODS workbook; empty for its first) and checks its rows; a second
    // thread checks the rows read so far while the rest is read.
    static Result run(const QString &path, const QString &defaultRole, const QString &sheet = {});
    // Checks invitees already in memory (the editor's table).
    static Result check(ImportResult import, const QString &defaultRole);
};
