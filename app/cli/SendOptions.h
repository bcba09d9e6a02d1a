#pragma once

#include "CliContext.h"
#include "delivery/RatePacer.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

// The options of `invitedesk-cli send`, parsed and checked: what to send where (file and sheet, organization, API
// URL, the key from CLERK_SECRET_KEY), how (default role and inviter, rate), what to keep (journal, report, HAR) and
// how to talk (dry run, --yes, --json).
struct SendOptions
{
    Q_DECLARE_TR_FUNCTIONS(SendOptions)

public:
    QString file;
    QString sheet; // the sheet of an XLSX or ODS workbook; empty for its first
    QString organizationId;
    QUrl apiUrl;
    QString secretKey; // only ever from the environment; never printed
    QString defaultRole = QStringLiteral("org:member");
    QString inviterUserId;
    RatePacer pacer;
    QString journalPath;
    bool journalIsDefault = true; // journalPath is the per-user default (its folder is created when missing)
    QString reportPath;
    QString harPath;
    bool dryRun = false;
    bool yes = false;
    bool json = false;

    // The per-user journal: QStandardPaths::AppDataLocation/journal.sqlite.
    static QString defaultJournalPath();

    // Parses `send`'s arguments (arguments[0] is the command). Returns the options, or nullopt with *exitCode set
    // after printing help, the version or a one-line error (usage errors also get the --help hint).
    static std::optional<SendOptions> parse(const QStringList &arguments, CliContext &context, int *exitCode);
};
