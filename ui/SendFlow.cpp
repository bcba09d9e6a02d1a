#include "SendFlow.h"

#include "ConnectionSetup.h"
#include "MainWindow.h"
#include "OrganizationPicker.h"
#include "ResultsDock.h"
#include "SendConfirmation.h"
#include "SendPanel.h"
#include "core/InviteeTable.h"
#include "session/Connection.h"
#include "session/RunController.h"

#include <QAction>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QStatusBar>

namespace {

constexpr int MessageMs = 15'000;

} // namespace

SendFlow::SendFlow(MainWindow *window, ConnectionSetup *setup, ResultsDock *results, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_setup(setup)
    , m_results(results)
    , m_controller(
          new RunController(setup->connection(), window->inviteeTable(), window->settings().journalPath(), this))
    , m_dock(new QDockWidget(tr("Sending"), window))
    , m_panel(new SendPanel(m_controller, m_dock))
{
    m_dock->setObjectName(QStringLiteral("sendDock"));
    m_dock->setWidget(m_panel);
    m_dock->toggleViewAction()->setText(tr("&Sending Panel"));
    m_dock->toggleViewAction()->setStatusTip(tr("Show or hide the progress of the run (F6 moves the focus there)"));
    window->addDock(m_dock, Qt::BottomDockWidgetArea);
    applyRate();

    connect(window->sendAction(), &QAction::triggered, this, &SendFlow::send);
    connect(window->stopAction(), &QAction::triggered, this, &SendFlow::stop);
    connect(setup, &ConnectionSetup::settingsApplied, this, &SendFlow::applyRate);
    connect(m_controller, &RunController::runningChanged, this, &SendFlow::onRunningChanged);
    connect(m_controller, &RunController::finished, this, &SendFlow::onFinished);
    connect(m_controller, &RunController::runFailed, this, &SendFlow::showMessage);
}

SendFlow::~SendFlow()
{
    delete m_dock; // the panel follows the controller, which goes with this object
}

bool SendFlow::send()
{
    if (m_controller->isRunning()) {
        return false;
    }
    if (m_setup->connection()->organizationId().isEmpty()) {
        showMessage(tr("Choose the organization to invite into, then the invitations go out."));
        connect(m_setup->chooseOrganization(), &QDialog::accepted, this, &SendFlow::send, Qt::UniqueConnection);
        return false;
    }
    // The plan reads the rate history from the journal, and the run opens it: the results view lets go of it first.
    m_results->releaseJournal();
    QDir().mkpath(QFileInfo(m_controller->journalPath()).absolutePath()); // the first run creates the folder
    const SendPlan plan = m_controller->plan();
    QString refusal;
    if (plan.tableRows == 0) {
        refusal = tr("Nothing to send: the table is empty. Type, paste or open the invitees first.");
    } else if (plan.sendableRows == 0) {
        refusal = tr("Nothing to send: every row is invalid or a duplicate. Fix the marked cells first.");
    } else if (!SendConfirmation::confirm(m_window, plan)) {
        refusal = tr("Nothing was sent.");
    } else {
        m_window->setRunInProgress(true);
        if (!m_controller->start()) {
            m_window->setRunInProgress(false);
            refusal = m_controller->errorString();
        }
    }
    if (!refusal.isEmpty()) {
        m_results->resumeAfterRun(0);
        showMessage(refusal);
        return false;
    }
    m_dock->show();
    m_dock->raise();
    showMessage(tr("Sending %n row(s) into %1…", nullptr, plan.sendableRows)
                    .arg(plan.organizationName.isEmpty() ? plan.organizationId : plan.organizationName));
    return true;
}

void SendFlow::stop()
{
    m_controller->stop();
}

void SendFlow::applyRate()
{
    const QString rate = m_window->settings().rate();
    QString error;
    if (const std::optional<RatePacer> pacer = RatePacer::parse(rate, &error)) {
        m_controller->setPacer(*pacer);
    } else {
        showMessage(tr("The rate limit %1 in Settings is not valid (%2); keeping %3.")
                        .arg(rate, error, m_controller->pacer().toString()));
    }
}

void SendFlow::onRunningChanged(bool running)
{
    if (running) {
        return;
    }
    m_window->setRunInProgress(false);
    const qint64 runId = m_controller->runId();
    m_results->resumeAfterRun(runId);
    if (runId != 0) {
        m_results->show(); // then reads the journal and shows the run
        m_results->raise();
    }
}

void SendFlow::onFinished(const DeliverySummary &summary)
{
    showMessage(SendPanel::summaryText(summary));
}

void SendFlow::showMessage(const QString &text)
{
    m_window->statusBar()->showMessage(text, MessageMs);
}
