#pragma once

#include <QList>
#include <QMetaType>

// One bulk call to make: the table rows (indices, input order) whose invitations it carries, at most ten.
// id is 0 until the journal has recorded the call (Journal::planCall), then the journal's call id.
struct PlannedCall
{
    qint64 id = 0;
    QList<int> rows;

    friend bool operator==(const PlannedCall &, const PlannedCall &) = default;
};

Q_DECLARE_METATYPE(PlannedCall)
