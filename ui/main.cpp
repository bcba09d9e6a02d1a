#include "MainWindow.h"
#include "core/Translations.h"

#include <QApplication>
#include <QCommandLineParser>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Invitedesk"));
    QApplication::setApplicationVersion(QStringLiteral(INVITEDESK_VERSION));
    QApplication::setOrganizationName(QStringLiteral("Invitedesk"));
    QApplication::setDesktopFileName(QStringLiteral("org.invitedesk.Invitedesk"));
    Translations::install(&app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Invite many people into a Clerk organization."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("FILE"), QApplication::translate("main", "An invitee file to open."));
    parser.process(app);

    MainWindow window;
    if (const QStringList files = parser.positionalArguments(); !files.isEmpty()) {
        window.openFile(files.constFirst());
    }
    window.show();
    return QApplication::exec();
}
