#include "RunWorker.h"

#include "clerk/ClerkClient.h"
#include "delivery/DeliveryInput.h"
#include "delivery/DeliveryRun.h"
#include "delivery/Journal.h"
#include "delivery/SystemClock.h"
#include "io/InputCheck.h"

RunWorker::RunWorker(QObject *parent)
    : QObject(parent)
{}

RunWorker::~RunWorker()
{
    abandon();
}

void RunWorker::run(const Request &request)
{
    if (m_run) {
        emit failed(tr("A run is already going: stop it or wait until it ends."));
        return;
    }
    ImportResult import;
    import.invitees = request.invitees;
    const InputCheck::Result checked = InputCheck::check(std::move(import), request.options.defaultRole);
    if (checked.payloads.isEmpty()) {
        emit failed(tr("No row can be sent: every row is invalid or a duplicate. Fix the marked cells first."));
        return;
    }
    m_clock = std::make_unique<SystemClock>();
    m_journal = std::make_unique<Journal>(*m_clock);
    if (!m_journal->open(request.journalPath)) {
        const QString message = tr("Cannot open the journal: %1").arg(m_journal->errorString());
        close();
        emit failed(message);
        return;
    }
    m_client = new ClerkClient(request.config, this);
    m_run = new DeliveryRun(DeliveryInput::fromCheck(checked.rowStatus, checked.payloads, checked.payloadRows),
                            request.options, m_client, m_journal.get(), m_clock.get(), this);
    connect(m_run, &DeliveryRun::progress, this, &RunWorker::progress);
    connect(m_run, &DeliveryRun::rowChanged, this, &RunWorker::rowChanged);
    connect(m_run, &DeliveryRun::exchangeRecorded, this, &RunWorker::exchangeRecorded);
    connect(m_run, &DeliveryRun::finished, this, [this](const DeliverySummary &summary) {
        // Not from inside the run's own signal: close once it has returned.
        QMetaObject::invokeMethod(
            this,
            [this, summary] {
                close();
                emit finished(summary);
            },
            Qt::QueuedConnection);
    });
    m_run->start();
    // start() opened the run (or failed and finished): what the journal holds is known now.
    emit opened(m_run->runId(), m_run->isResumed(), m_run->outcomes());
}

void RunWorker::stop()
{
    if (m_run) {
        m_run->stop();
    }
}

void RunWorker::abandon()
{
    close();
}

void RunWorker::close()
{
    delete m_run; // first: it uses the client, the journal and the clock
    m_run = nullptr;
    delete m_client;
    m_client = nullptr;
    m_journal.reset();
    m_clock.reset();
}
