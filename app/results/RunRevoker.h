#pragma once

#include "RevokeSummary.h"
#include "clerk/ApiExchange.h"
#include "delivery/JournalRow.h"

#include <QCoreApplication>
#include <QObject>
#include <QString>
#include <QStringList>

class ClerkClient;
class Journal;

// Revokes every invitation a run created, through ClerkClient, one request at a time, reporting progress and ending
// with a summary (revoked / already gone / failed). Each exchange can be added to the run's journal for the record.
class RunRevoker : public QObject
{
    Q_OBJECT

public:
    enum class Result {
        Revoked,
        AlreadyGone, // 404, or 400 organization_invitation_not_pending: accepted, revoked or expired already
        Failed,
    };
    Q_ENUM(Result)

    // client (and journal, when set) must outlive the revoker.
    explicit RunRevoker(ClerkClient *client, QObject *parent = nullptr);

    // The ids of the invitations a run created: rows Invited with an id, in row order, each once.
    static QStringList invitationIds(const QList<JournalRow> &rows);
    // What one revoke answer means.
    static Result classify(const ApiExchange &exchange);

    // Records each revoke exchange in journal under runId (not owned; null: not recorded).
    void setJournal(Journal *journal, qint64 runId);

    // Starts revoking invitationIds of organizationId; requestingUserId (an admin's user id) may be empty.
    // False (and nothing sent) when already running. With no ids it finishes at once, from the event loop.
    bool start(const QString &organizationId, const QStringList &invitationIds, const QString &requestingUserId = {});
    // No new request goes out; the one in flight ends, then finished() with summary().stopped set.
    void stop();

    bool isRunning() const { return m_running; }
    const RevokeSummary &summary() const { return m_summary; }

signals:
    void progress(int done, int total);
    void invitationDone(const QString &invitationId, RunRevoker::Result result, const ApiExchange &exchange);
    void finished(const RevokeSummary &summary);

private:
    void revokeNext();
    void onAnswered(const QString &invitationId, const ApiExchange &exchange);
    void finish();

    ClerkClient *m_client;
    Journal *m_journal = nullptr;
    qint64 m_runId = 0;
    QString m_organizationId;
    QString m_requestingUserId;
    QStringList m_ids;
    qsizetype m_next = 0;
    bool m_running = false;
    bool m_stopping = false;
    RevokeSummary m_summary;
};
