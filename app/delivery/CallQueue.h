#pragma once

#include "CallOutcome.h"

#include <QList>
#include <QString>

// The bulk calls a DeliveryRun still has to make, front first: planned in input order, with the halves of a split
// call, the rest of a partly decided call and retries after an unknown outcome put back in front.
class CallQueue
{
public:
    struct Entry
    {
        QList<int> rows;
        int attempt = 1;        // sends of these rows that ended with an unknown outcome, plus one
        qint64 notBeforeMs = 0; // backoff after an unknown outcome
        QString lastError;      // why the previous attempt's outcome was unknown
    };

    // Appends calls of at most maxRowsPerCall rows, in the order given.
    void plan(const QList<int> &rows, int maxRowsPerCall);
    // Puts back in front what an answer to call left to send: the halves of outcome.split, then outcome.resend
    // (same attempt, no backoff).
    void requeue(const Entry &call, const CallOutcome &outcome);
    void pushFront(const Entry &entry) { m_entries.prepend(entry); }

    bool isEmpty() const { return m_entries.isEmpty(); }
    int size() const { return int(m_entries.size()); }
    const Entry &front() const { return m_entries.constFirst(); }
    Entry takeFront() { return m_entries.takeFirst(); }
    void clear() { m_entries.clear(); }

private:
    QList<Entry> m_entries;
};
