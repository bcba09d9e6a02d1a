#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("invitedesk-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(INVITEDESK_VERSION));
    QTextStream(stdout) << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion()
                        << Qt::endl;
    return 0;
}
