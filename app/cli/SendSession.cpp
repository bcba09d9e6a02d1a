#include "SendSession.h"

#include "ExitCode.h"
#include "InterruptWatcher.h"
#include "SendProgressPrinter.h"
#include "clerk/ClerkClient.h"
#include "delivery/DeliveryRun.h"
#include "delivery/Journal.h"
#include "delivery/SystemClock.h"

#include <QDir>
#include <QEventLoop>
#include <QFileInfo>

SendSession::SendSession(const SendOptions &options, CliContext &context)
    : m_options(options)
    , m_context(context)
{}

bool SendSession::openJournal(Journal &journal, Outcome &outcome)
{
    if (m_options.journalIsDefault) {
        QDir().mkpath(QFileInfo(m_options.journalPath).absolutePath());
    }
    if (journal.open(m_options.journalPath)) {
        return true;
    }
    outcome.summary.fatalError = journal.errorString();
    return false;
}

SendSession::Outcome SendSession::run(const DeliveryInput &input)
{
    Outcome outcome;
    SystemClock clock;
    Journal journal(clock);
    if (!openJournal(journal, outcome)) {
        for (int row = 0; row < input.rowCount(); ++row) {
            RowOutcome verdict;
            verdict.status = input.verdicts.at(row);
            outcome.outcomes.append(verdict);
        }
        outcome.summary.counts = DeliveryProgress::tally(outcome.outcomes).counts;
        return outcome;
    }

    ClerkConfig config;
    config.setApiBaseUrl(m_options.apiUrl);
    config.setSecretKey(m_options.secretKey);
    ClerkClient client(config);

    DeliveryOptions delivery;
    delivery.organizationId = m_options.organizationId;
    delivery.defaultRole = m_options.defaultRole;
    delivery.defaultInviterUserId = m_options.inviterUserId;
    delivery.pacer = m_options.pacer;
    DeliveryRun run(input, delivery, &client, &journal, &clock);

    SendProgressPrinter progress(m_context.err, m_context.interactive, [&run] { return run.currentProgress(); });
    progress.setColumns(m_context.terminalColumns);
    QObject::connect(&run, &DeliveryRun::progress, &progress, &SendProgressPrinter::update);
    QList<ApiExchange> seen; // the fallback when the journal cannot list them
    QObject::connect(&run, &DeliveryRun::exchangeRecorded, &run,
                     [&seen](const ApiExchange &exchange) { seen.append(exchange); });

    InterruptWatcher interrupts(toInt(ExitCode::Interrupted),
                                tr("Interrupted again: stopped at once. Re-run the same command to resume."));
    QObject::connect(&interrupts, &InterruptWatcher::interrupted, &run, [this, &run, &progress, &client] {
        if (client.requestsInFlight() > 0) {
            progress.finish();
            m_context.err << tr("Stopping after the call in flight (press Ctrl+C again to stop at once)...") << '\n';
            m_context.err.flush();
        }
        run.stop();
    });

    QEventLoop loop;
    bool finished = false;
    QObject::connect(&run, &DeliveryRun::finished, &loop, [&finished, &loop] {
        finished = true;
        loop.quit();
    });
    run.start();
    if (run.isResumed()) {
        const DeliveryProgress now = run.currentProgress();
        m_context.err << tr("Resuming run %1: %2 of %3 rows already done")
                             .arg(QString::number(run.runId()), QString::number(now.rowsDone),
                                  QString::number(now.rowsTotal))
                      << '\n';
        m_context.err.flush();
    }
    if (!finished) {
        loop.exec();
    }
    progress.finish();

    outcome.summary = run.summary();
    outcome.outcomes = run.outcomes();
    outcome.runId = run.runId();
    outcome.resumed = run.isResumed();
    const auto stored = outcome.runId != 0 ? journal.exchanges(outcome.runId) : std::nullopt;
    outcome.exchanges = stored ? *stored : seen;
    return outcome;
}
