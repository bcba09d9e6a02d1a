#pragma once

#include "clerk/ClerkClient.h"
#include "delivery/DeliveryRun.h"
#include "delivery/Journal.h"
#include "sandbox/SandboxServer.h"
#include "support/FakeClock.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// What every DeliveryRun test needs, all on this machine: a sandbox Clerk on 127.0.0.1 reading a FakeClock, a
// ClerkClient pointed at it, a journal in a temporary directory, and a driver that advances the fake clock whenever
// the run waits, so pacing and backoff take no real time.
class DeliveryHarness
{
public:
    static constexpr int DriveTimeoutMs = 60'000;

    FakeClock clock;
    SandboxServer sandbox;
    ClerkClient client{ClerkConfig()};
    QTemporaryDir dir;
    Journal journal{clock};
    QList<qint64> bulkCallTimes; // fake-clock time of every bulk call the sandbox answered
    QList<int> bulkCallStatuses;

    // Starts the sandbox and opens the journal; false (with a QTest failure message) when either fails.
    bool init()
    {
        sandbox.setClock([this] { return QDateTime::fromMSecsSinceEpoch(clock.nowMs(), Qt::UTC); });
        sandbox.setRandomSeed(7);
        sandbox.reset();
        if (!sandbox.start() || !dir.isValid() || !journal.open(dir.filePath(QStringLiteral("journal.sqlite")))) {
            qWarning("sandbox or journal did not start: %s %s", qPrintable(sandbox.errorString()),
                     qPrintable(journal.errorString()));
            return false;
        }
        ClerkConfig config;
        config.setApiBaseUrl(sandbox.apiUrl());
        config.setSecretKey(QStringLiteral("sk_test_delivery"));
        client.setConfig(config);
        QObject::connect(&sandbox, &SandboxServer::requestServed, &sandbox,
                         [this](const QByteArray &method, const QString &path, int status) {
                             if (method == "POST" && path.endsWith(u"/invitations/bulk")) {
                                 bulkCallTimes.append(clock.nowMs());
                                 bulkCallStatuses.append(status);
                             }
                         });
        return true;
    }

    static QString email(int row) { return QStringLiteral("user%1@example.org").arg(row); }

    // count sendable rows user0@example.org ... with role org:member.
    static DeliveryInput input(int count)
    {
        DeliveryInput input;
        for (int row = 0; row < count; ++row) {
            input.verdicts.append(RowStatus::Pending);
            input.payloads.append(QJsonObject{{QStringLiteral("email_address"), email(row)},
                                              {QStringLiteral("role"), QStringLiteral("org:member")}});
            input.sourceRows.append(row + 2);
        }
        return input;
    }

    // Options for the demo organization: generous pacing, 3 attempts, 1 s base backoff, no jitter.
    static DeliveryOptions options(const QString &organizationId = SandboxServer::DemoOrganizationId)
    {
        DeliveryOptions options;
        options.organizationId = organizationId;
        options.pacer = RatePacer(1000, 3600);
        options.jitter = JitterSource::fixed(0);
        options.retry.maxAttempts = 3;
        options.retry.baseDelayMs = 1000;
        options.retry.capDelayMs = 8000;
        return options;
    }

    // The run the journal holds for input and options (what DeliveryRun::start finds or creates).
    std::optional<JournalRun> journalRun(const DeliveryInput &input, const DeliveryOptions &options)
    {
        JournalRun wanted;
        wanted.orgId = options.organizationId;
        wanted.apiBaseUrl = client.config().apiBaseUrl().toString();
        wanted.defaultRole = options.defaultRole;
        const QList<JournalRow> rows = input.journalRows();
        wanted.inputFingerprint = Journal::fingerprint(wanted.orgId, rows);
        return journal.findOrCreateRun(wanted, rows);
    }

    // Starts run and drives it to its end: lets the network work, advances the fake clock to the next wake-up
    // whenever nothing is in flight. false when it does not finish in DriveTimeoutMs of real time.
    bool drive(DeliveryRun &run, const std::function<void()> &onIdle = {})
    {
        QSignalSpy finished(&run, &DeliveryRun::finished);
        run.start();
        QElapsedTimer timer;
        timer.start();
        while (finished.isEmpty() && !timer.hasExpired(DriveTimeoutMs)) {
            if (client.requestsInFlight() == 0 && clock.pendingCount() > 0) {
                if (onIdle) {
                    onIdle();
                }
                if (finished.isEmpty()) {
                    clock.advanceToNextWake();
                }
                continue;
            }
            finished.wait(5);
        }
        return !finished.isEmpty();
    }

    // Sends rows of input straight to the sandbox (as a previous process would have) and waits for the answer.
    ApiExchange sendDirectly(const DeliveryInput &input, const QList<int> &rows, const QString &organizationId)
    {
        QJsonArray items;
        for (int row : rows) {
            items.append(input.payloads.at(row));
        }
        ApiExchange answer;
        bool done = false;
        client.bulkCreateInvitations(organizationId, QJsonDocument(items).toJson(QJsonDocument::Compact), &sandbox,
                                     [&](const ApiExchange &exchange) {
                                         answer = exchange;
                                         done = true;
                                     });
        if (!QTest::qWaitFor([&done] { return done; }, 10000)) {
            qWarning("the sandbox did not answer a direct bulk call");
        }
        return answer;
    }

    // Every invited row carries the id of the one invitation the sandbox holds for its address, and no address was
    // invited twice.
    bool invitedOnceWithSandboxIds(const DeliveryRun &run, const QString &organizationId) const
    {
        QHash<QString, QString> idOfEmail;
        for (const SandboxInvitation &invitation : sandbox.invitations(organizationId)) {
            if (idOfEmail.contains(invitation.emailAddress)) {
                qWarning("invited twice: %s", qPrintable(invitation.emailAddress));
                return false;
            }
            idOfEmail.insert(invitation.emailAddress, invitation.id);
        }
        for (int row = 0; row < run.outcomes().size(); ++row) {
            const RowOutcome &outcome = run.outcomes().at(row);
            if (outcome.status == RowStatus::Invited && outcome.invitationId != idOfEmail.value(email(row))) {
                qWarning("row %d: id %s, sandbox has %s", row, qPrintable(outcome.invitationId),
                         qPrintable(idOfEmail.value(email(row))));
                return false;
            }
        }
        return true;
    }
};
