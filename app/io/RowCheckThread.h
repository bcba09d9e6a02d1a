#pragma once

#include "RowChecker.h"

#include <QMutex>
#include <QThread>
#include <QWaitCondition>

#include <memory>

// Runs a RowChecker on a worker thread over the rows handed to it while a file is still being read, so that checking
// a large file takes hardly longer than reading it. The rows are checked in the order they are added.
class RowCheckThread
{
public:
    explicit RowCheckThread(const QString &defaultRole);
    ~RowCheckThread();
    Q_DISABLE_COPY_MOVE(RowCheckThread)

    // Queues rows for checking; any thread may call it. rows is left empty, possibly with room for more.
    void add(QList<Invitee> &&rows);
    // Waits until every row added is checked, moves the findings into result and returns the rows, in order.
    QList<Invitee> finish(InputCheck::Result &result);

private:
    void stop();
    void checkQueuedRows(); // the worker thread's loop

    RowChecker m_checker;       // the worker's until finish()
    QList<Invitee> m_invitees;  // the worker's until finish(): every row taken from the queue
    QMutex m_mutex;             // guards the two below
    QList<Invitee> m_queued;    // added, not yet taken
    bool m_stopping = false;    // no more rows will be added
    QWaitCondition m_rowsAdded; // m_queued grew or m_stopping was set
    std::unique_ptr<QThread> m_thread;
};
