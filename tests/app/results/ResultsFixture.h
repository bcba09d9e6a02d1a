#pragma once

#include "DeliveryHarness.h"

#include <QSet>

// A journal holding one real run against the sandbox Clerk on 127.0.0.1, with a row in every final status and a
// 502 HTML page among its exchanges, sent with a recognisable secret key that must never show up anywhere.
//   rows 0-11 sendable (user0..user11@example.org): row 2 already has a pending invitation, row 3 is already a
//   member, row 6 asks for 400 days of validity (422, failed), the rest are invited (9 rows);
//   row 12 invalid, row 13 duplicate (never sent). The first bulk call meets a 502 from a proxy.
class ResultsFixture
{
public:
    static constexpr int RowCount = 14;
    static constexpr int InvitedCount = 9;
    static inline const QString SecretKey = QStringLiteral("sk_test_SECRETVALUE123");
    static inline const QString SecretPart = QStringLiteral("SECRETVALUE123");
    static QString organization() { return SandboxServer::DemoOrganizationId; }

    DeliveryHarness harness;
    qint64 runId = 0;

    Journal &journal() { return harness.journal; }
    ClerkClient &client() { return harness.client; }
    SandboxServer &sandbox() { return harness.sandbox; }

    // Starts the sandbox, opens the journal and drives the run to its end. False when any step fails.
    bool init()
    {
        if (!harness.init()) {
            return false;
        }
        ClerkConfig config = harness.client.config();
        config.setSecretKey(SecretKey);
        harness.client.setConfig(config);
        return deliver();
    }

    static DeliveryInput input()
    {
        DeliveryInput input = DeliveryHarness::input(RowCount);
        input.payloads[6].insert(QStringLiteral("expires_in_days"), 400);
        input.verdicts[12] = RowStatus::Invalid;
        input.payloads[12] = QJsonObject();
        input.verdicts[13] = RowStatus::Duplicate;
        input.payloads[13] = QJsonObject();
        return input;
    }

    // The ids the sandbox holds for the invitations of rows the run invited.
    QSet<QString> invitedIds() const
    {
        QSet<QString> ids;
        const std::optional<QList<JournalRow>> rows = harness.journal.rows(runId);
        for (const JournalRow &row : rows.value_or(QList<JournalRow>())) {
            if (row.outcome.status == RowStatus::Invited) {
                ids.insert(row.outcome.invitationId);
            }
        }
        return ids;
    }

    // The sandbox's status of every invitation in ids ("pending", "revoked", ...).
    QStringList sandboxStatuses(const QSet<QString> &ids) const
    {
        QStringList statuses;
        for (const SandboxInvitation &invitation : harness.sandbox.invitations(organization())) {
            if (ids.contains(invitation.id)) {
                statuses.append(invitation.status);
            }
        }
        return statuses;
    }

private:
    bool deliver()
    {
        const DeliveryInput delivered = input();
        const ApiExchange direct = harness.sendDirectly(delivered, {2}, organization());
        if (direct.status != 200) {
            qWarning("the invitation made before the run failed: %s", qPrintable(direct.summary()));
            return false;
        }
        harness.sandbox.addMember(organization(), DeliveryHarness::email(3), QStringLiteral("org:member"));
        harness.sandbox.injectFault(SandboxFault::of(SandboxFault::Kind::BadGateway));
        DeliveryRun run(delivered, DeliveryHarness::options(organization()), &harness.client, &harness.journal,
                        &harness.clock);
        if (!harness.drive(run)) {
            qWarning("the run did not finish");
            return false;
        }
        runId = run.runId();
        if (!run.summary().fatalError.isEmpty()) {
            qWarning("the run stopped: %s", qPrintable(run.summary().fatalError));
            return false;
        }
        return runId != 0;
    }
};
