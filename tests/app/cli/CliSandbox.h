#pragma once

#include "io/CsvReader.h"
#include "sandbox/SandboxServer.h"

#include <QFile>
#include <QHash>
#include <QProcessEnvironment>
#include <QTemporaryDir>

#include <functional>
#include <memory>

// What every process-level test of `send` needs: a sandbox Clerk on 127.0.0.1 in this process that counts what it
// served, a temporary folder for input files, journals and reports, and the environment the CLI runs in.
class CliSandbox
{
public:
    static QString org() { return SandboxServer::DemoOrganizationId; }

    std::unique_ptr<SandboxServer> sandbox = std::make_unique<SandboxServer>();
    QTemporaryDir dir;
    int requests = 0;             // every request answered (or faulted)
    QList<int> bulkStatuses;      // status of every bulk call, 0 for a fault
    std::function<void()> onBulk; // called as each bulk call is served (after the sandbox acted on it)

    bool init()
    {
        if (!dir.isValid() || !sandbox->start()) {
            qWarning("sandbox did not start: %s", qPrintable(sandbox->errorString()));
            return false;
        }
        QObject::connect(sandbox.get(), &SandboxServer::requestServed, sandbox.get(),
                         [this](const QByteArray &method, const QString &path, int status) {
                             ++requests;
                             if (method == "POST" && path.endsWith(u"/invitations/bulk")) {
                                 bulkStatuses.append(status);
                                 if (onBulk) {
                                     onBulk();
                                 }
                             }
                         });
        return true;
    }

    QString apiUrl() const { return sandbox->apiUrl().toString(); }
    QString path(const QString &name) const { return dir.filePath(name); }

    // The environment of the CLI: no key or API URL inherited, per-user data inside the temporary folder.
    QProcessEnvironment environment(const QString &secretKey = {}) const
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(QStringLiteral("CLERK_SECRET_KEY"));
        environment.remove(QStringLiteral("CLERK_API_URL"));
        environment.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("xdg-data")));
        environment.insert(QStringLiteral("HOME"), dir.filePath(QStringLiteral("home")));
        if (!secretKey.isEmpty()) {
            environment.insert(QStringLiteral("CLERK_SECRET_KEY"), secretKey);
        }
        return environment;
    }

    static QString email(int index) { return QStringLiteral("user%1@example.org").arg(index); }

    // A CSV of count invitees user0@example.org ... (rows 2 to count + 1), then extraLines as they are.
    QString writePeople(const QString &name, int count, const QByteArray &extraLines = {})
    {
        QByteArray csv = "email_address,role\n";
        for (int index = 0; index < count; ++index) {
            csv += email(index).toUtf8() + ",\n";
        }
        return writeFile(name, csv + extraLines);
    }

    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        const QString filePath = path(name);
        QFile file(filePath);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
            qFatal("cannot write test file");
        }
        return filePath;
    }

    static QByteArray readFile(const QString &filePath)
    {
        QFile file(filePath);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    // A report's records, header first, read as the CSV reader reads any file (BOM, quotes).
    static QList<QStringList> readReport(const QString &filePath)
    {
        QList<QStringList> records;
        CsvReader reader;
        reader.setDelimiter(u',');
        reader.readFile(filePath, [&records](int, QStringList &cells) {
            records.append(cells);
            return true;
        });
        return records;
    }

    // The sandbox's invitations by address; false (with a warning) when an address was invited twice.
    bool invitationIds(QHash<QString, QString> *idOfEmail) const
    {
        for (const SandboxInvitation &invitation : sandbox->invitations(org())) {
            if (idOfEmail->contains(invitation.emailAddress)) {
                qWarning("invited twice: %s", qPrintable(invitation.emailAddress));
                return false;
            }
            idOfEmail->insert(invitation.emailAddress, invitation.id);
        }
        return true;
    }

    // send FILE --org ORG --api-url SANDBOX --journal JOURNAL plus more.
    QStringList sendArguments(const QString &file, const QStringList &more = {}) const
    {
        return QStringList{QStringLiteral("send"),      file,
                           QStringLiteral("--org"),     org(),
                           QStringLiteral("--api-url"), apiUrl(),
                           QStringLiteral("--journal"), path(QStringLiteral("journal.sqlite"))} +
               more;
    }
};
