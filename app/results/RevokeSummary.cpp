#include "RevokeSummary.h"

QString RevokeSummary::text() const
{
    const QString counts = tr("Revoked: %1. Already gone: %2. Failed: %3.").arg(revoked).arg(alreadyGone).arg(failed);
    if (!stopped) {
        return counts;
    }
    return tr("%1 Stopped after %2 of %3.").arg(counts).arg(done()).arg(total);
}
