#pragma once

#include "CliContext.h"
#include "SendOptions.h"
#include "clerk/ApiExchange.h"
#include "core/RowOutcome.h"
#include "delivery/DeliveryInput.h"
#include "delivery/DeliverySummary.h"

#include <QCoreApplication>
#include <QList>

class Journal;

// One delivery as `send` runs it: opens the journal, drives a DeliveryRun against Clerk on the real clock until it
// ends or SIGINT / SIGTERM stops it, shows progress on stderr, and collects what the summary, report and HAR need.
class SendSession
{
    Q_DECLARE_TR_FUNCTIONS(SendSession)

public:
    struct Outcome
    {
        DeliverySummary summary;
        QList<RowOutcome> outcomes;   // per table row
        QList<ApiExchange> exchanges; // every exchange of the run, earlier processes' included
        qint64 runId = 0;
        bool resumed = false;
    };

    SendSession(const SendOptions &options, CliContext &context);

    // Delivers input and returns how it ended. A journal that cannot be opened ends it before anything is sent,
    // with a fatal error.
    Outcome run(const DeliveryInput &input);

private:
    bool openJournal(Journal &journal, Outcome &outcome);

    const SendOptions &m_options;
    CliContext &m_context;
};
