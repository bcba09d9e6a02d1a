#include "RevokeBar.h"

#include "MessageBox.h"
#include "clerk/ClerkClient.h"
#include "results/RunRevoker.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>

RevokeBar::RevokeBar(Journal *journal, ClerkClient *client, QWidget *parent)
    : QWidget(parent)
    , m_journal(journal)
    , m_client(client)
    , m_revoker(client ? new RunRevoker(client, this) : nullptr)
    , m_label(new QLabel(this))
    , m_progress(new QProgressBar(this))
{
    auto *stopButton = new QPushButton(tr("Stop revoking"), this);
    stopButton->setToolTip(tr("Send no further revocation; the one under way still ends"));
    m_progress->setAccessibleName(tr("Revoking progress"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_progress, 1);
    layout->addWidget(stopButton);
    setVisible(false);

    connect(stopButton, &QPushButton::clicked, this, &RevokeBar::stop);
    if (m_revoker) {
        connect(m_revoker, &RunRevoker::progress, this, &RevokeBar::showProgress);
        connect(m_revoker, &RunRevoker::finished, this, [this](const RevokeSummary &summary) {
            setVisible(false);
            emit finished(m_runId, summary);
        });
    }
}

bool RevokeBar::isRunning() const
{
    return m_revoker && m_revoker->isRunning();
}

bool RevokeBar::connectionMatches(const JournalRun &run) const
{
    const QUrl current = m_client->config().apiBaseUrl().adjusted(QUrl::StripTrailingSlash);
    return QUrl(run.apiBaseUrl).adjusted(QUrl::StripTrailingSlash) == current;
}

bool RevokeBar::confirmAndStart(const JournalRun &run, const QList<JournalRow> &rows, const QString &organizationLabel)
{
    if (run.id == 0 || !m_revoker || m_revoker->isRunning()) {
        return false;
    }
    const QString title = tr("Revoke invitations");
    const QStringList ids = RunRevoker::invitationIds(rows);
    if (ids.isEmpty()) {
        MessageBox::information(window(), title, tr("Run %1 created no invitation that could be revoked.").arg(run.id));
        return false;
    }
    if (!connectionMatches(run)) {
        MessageBox::warning(window(), title,
                            tr("Run %1 sent its invitations to %2, but the connection is now to %3; connect to %2 to "
                               "revoke them.")
                                .arg(run.id)
                                .arg(run.apiBaseUrl, m_client->config().apiBaseUrl().toString()));
        return false;
    }
    const QString question = tr("Revoke every invitation run %1 created in %2? Invitations to revoke: %3. Whoever has "
                                "not accepted yet can then no longer join with them.")
                                 .arg(run.id)
                                 .arg(organizationLabel)
                                 .arg(ids.size());
    if (MessageBox::question(window(), title, question) != QMessageBox::Yes) {
        return false;
    }
    m_runId = run.id;
    m_revoker->setJournal(m_journal, run.id);
    m_revoker->start(run.orgId, ids, m_requestingUserId);
    showProgress(0, int(ids.size()));
    setVisible(true);
    return true;
}

void RevokeBar::stop()
{
    if (m_revoker) {
        m_revoker->stop();
    }
}

void RevokeBar::showProgress(int done, int total)
{
    m_progress->setRange(0, total);
    m_progress->setValue(done);
    m_label->setText(tr("Revoking the invitations of run %1: %2 of %3").arg(m_runId).arg(done).arg(total));
}
