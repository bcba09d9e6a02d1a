#include "InputCheck.h"

#include "InviteeImporter.h"
#include "RowCheckThread.h"
#include "RowChecker.h"

InputCheck::Result InputCheck::run(const QString &path, const QString &defaultRole, const QString &sheet)
{
    // The rows are checked on a second thread while the rest of the file is read.
    RowCheckThread checker(defaultRole);
    Result result;
    result.import =
        InviteeImporter().importFile(path, sheet, [&](QList<Invitee> &&rows) { checker.add(std::move(rows)); });
    QList<Invitee> invitees = checker.finish(result);
    if (!result.import.ok()) {
        Result failed; // what was checked of the rows read before the failure does not count
        failed.import = std::move(result.import);
        return failed;
    }
    result.import.invitees = std::move(invitees);
    return result;
}

InputCheck::Result InputCheck::check(ImportResult import, const QString &defaultRole)
{
    Result result;
    result.import = std::move(import);
    if (!result.import.ok()) {
        return result;
    }
    RowChecker checker(defaultRole);
    checker.check(result.import.invitees);
    checker.takeFindings(result);
    return result;
}
