#include "AppSession.h"

#include "ConnectionSetup.h"
#include "MainWindow.h"
#include "ResultsDock.h"
#include "SendFlow.h"
#include "core/InviteeTable.h"
#include "session/Connection.h"

#include <QDockWidget>
#include <QStatusBar>

AppSession::AppSession(MainWindow *window, SecretStore *store, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_setup(new ConnectionSetup(window, store, this))
    , m_results(new ResultsDock(window->settings().journalPath(), m_setup->connection()->client(), window))
    , m_send(new SendFlow(window, m_setup, m_results, this))
{
    window->addDock(m_results, Qt::BottomDockWidgetArea);
    // One place under the table: Send raises the panel, the end of a run its results.
    window->tabifyDockWidget(m_send->dock(), m_results);
    // Hidden until there is something to show.
    m_send->dock()->hide();
    m_results->hide();
    window->restoreState(window->settings().windowState()); // the window restored before these docks existed

    connect(m_setup->connection(), &Connection::organizationChanged, this,
            [this](const QString &id, const QString &name) {
                if (!id.isEmpty() && !name.isEmpty()) {
                    m_organizationNames.insert(id, name);
                    m_results->setOrganizationNames(m_organizationNames);
                }
            });
    connect(m_results, &ResultsDock::journalProblem, this,
            [this](const QString &message) { m_window->statusBar()->showMessage(message); });
}

AppSession::~AppSession()
{
    // The sending dock goes with the flow (its panel follows the run); the results dock reads the journal.
    delete m_send;
    delete m_results;
    delete m_setup;
}

QString AppSession::sampleFilePath()
{
    return QStringLiteral(":/samples/sample-invitees.csv");
}

void AppSession::start(const StartOptions &options)
{
    const bool restored = options.offerRecovery && m_window->offerRecovery();
    if (!restored && !options.file.isEmpty()) {
        m_window->openFile(options.file);
    }
    // The sample only stands in for nothing: not for a recovered table, nor for a FILE that could not be read.
    const bool sample = options.sampleOnSandbox && !restored && options.file.isEmpty();
    connect(
        m_setup, &ConnectionSetup::ready, this, [this, sample] { finishStart(sample); }, Qt::SingleShotConnection);
    m_setup->start(options.forceSandbox);
}

void AppSession::finishStart(bool openSample)
{
    if (openSample && m_setup->connection()->isSandbox() && m_window->inviteeTable()->rowCount() == 0 &&
        m_window->openFile(sampleFilePath(), ImportOptions())) { // the sample is read as it is, not as the user's files
        m_window->settings().removeRecentFile(sampleFilePath()); // not a file the user can find again
    }
    m_startedUp = true;
    emit startedUp();
}
