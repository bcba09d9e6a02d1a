#include "RowCheckThread.h"

RowCheckThread::RowCheckThread(const QString &defaultRole)
    : m_checker(defaultRole)
    , m_thread(QThread::create([this] { checkQueuedRows(); }))
{
    m_thread->start();
}

RowCheckThread::~RowCheckThread()
{
    stop();
}

void RowCheckThread::add(QList<Invitee> &&rows)
{
    const QMutexLocker locker(&m_mutex);
    if (m_queued.isEmpty()) {
        m_queued.swap(rows); // the usual case, the worker keeping up: hand over the list, not each row
    } else {
        m_queued.append(std::move(rows));
    }
    m_rowsAdded.wakeOne();
}

QList<Invitee> RowCheckThread::finish(InputCheck::Result &result)
{
    stop();
    m_checker.takeFindings(result);
    return std::move(m_invitees);
}

void RowCheckThread::stop()
{
    {
        const QMutexLocker locker(&m_mutex);
        m_stopping = true;
        m_rowsAdded.wakeOne();
    }
    m_thread->wait();
}

void RowCheckThread::checkQueuedRows()
{
    QList<Invitee> rows; // swapped with m_queued, so the two buffers take turns and neither is reallocated per batch
    for (;;) {
        {
            QMutexLocker locker(&m_mutex);
            while (m_queued.isEmpty() && !m_stopping) {
                m_rowsAdded.wait(&m_mutex);
            }
            if (m_queued.isEmpty()) {
                return;
            }
            rows.swap(m_queued);
        }
        m_invitees.append(std::move(rows));
        rows.clear();
        m_checker.check(m_invitees);
    }
}
