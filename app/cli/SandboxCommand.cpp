#include "SandboxCommand.h"

#include "CliOptionParser.h"
#include "ExitCode.h"
#include "InterruptWatcher.h"
#include "sandbox/SandboxServer.h"

#include <QEventLoop>

QString SandboxCommand::summary() const
{
    return tr("Serve a simulated Clerk instance on 127.0.0.1 to try send against");
}

int SandboxCommand::run(const QStringList &arguments, CliContext &context)
{
    CliOptionParser parser(name(), tr("Serves a simulated Clerk Backend API on 127.0.0.1 with a demo organization,\n"
                                      "Clerk's error answers and rate limit, until interrupted (Ctrl+C)."));
    const QCommandLineOption portOption(QStringLiteral("port"), tr("Port to listen on (default 0: any free port)."),
                                        tr("N"), QStringLiteral("0"));
    parser.addOption(portOption);
    if (const auto stop = parser.parseArguments(arguments, context)) {
        return *stop;
    }
    if (!parser.positionalArguments().isEmpty()) {
        return parser.usageError(context, tr("unexpected argument '%1'").arg(parser.positionalArguments()[0]));
    }
    bool ok = false;
    const uint port = parser.value(portOption).toUInt(&ok);
    if (!ok || port > 65535) {
        return parser.usageError(context,
                                 tr("--port '%1' is not a port number (0 to 65535)").arg(parser.value(portOption)));
    }

    SandboxServer sandbox;
    if (!sandbox.start(quint16(port))) {
        context.err << tr("invitedesk-cli sandbox: cannot listen on 127.0.0.1:%1: %2")
                           .arg(QString::number(port), sandbox.errorString())
                    << '\n';
        return toInt(ExitCode::UsageOrInput);
    }
    const QString url = sandbox.apiUrl().toString();
    context.out << tr("Sandbox Clerk API: %1").arg(url) << '\n'
                << tr("Demo organization: %1").arg(SandboxServer::DemoOrganizationId) << '\n'
                << tr("Accepted keys: any sk_test_... or sk_live_... value") << '\n'
                << tr("Try: CLERK_SECRET_KEY=sk_test_sandbox invitedesk-cli send people.csv --org %1 --api-url %2")
                       .arg(SandboxServer::DemoOrganizationId, url)
                << '\n'
                << tr("Press Ctrl+C to stop.") << '\n';
    context.out.flush();

    QObject::connect(&sandbox, &SandboxServer::requestServed, &sandbox,
                     [&context](const QByteArray &method, const QString &path, int status) {
                         const QString shown = status == 0 ? tr("no answer") : QString::number(status);
                         context.err << QStringLiteral("%1 %2 %3").arg(QString::fromLatin1(method), path, shown)
                                     << '\n';
                         context.err.flush();
                     });

    QEventLoop loop;
    InterruptWatcher interrupts(toInt(ExitCode::Success), tr("Sandbox stopped."));
    QObject::connect(&interrupts, &InterruptWatcher::interrupted, &loop, &QEventLoop::quit);
    loop.exec();
    sandbox.stop();
    context.out << tr("Sandbox stopped.") << '\n';
    return toInt(ExitCode::Success);
}
