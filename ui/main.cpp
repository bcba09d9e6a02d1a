#include "AppSession.h"
#include "KeychainSecretStore.h"
#include "MainWindow.h"
#include "ScreenshotTour.h"
#include "StartupTrace.h"
#include "core/Translations.h"
#include "session/AppSettings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QEvent>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>
#include <memory>

namespace {

// With INVITEDESK_EXIT_AFTER_SHOW=1 in the environment the app prints "shown" as soon as the window has painted once,
// then quits: the startup benchmark (tests/bench/bench_window) measures the time to a shown window this way. With
// INVITEDESK_STARTUP_TRACE=1 the first paint is the last checkpoint of the start-up trace.
class FirstPaintWatcher : public QObject
{
public:
    explicit FirstPaintWatcher(bool exitAfterPaint)
        : m_exit(exitAfterPaint)
    {}

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_done) {
            m_done = true;
            StartupTrace::mark("first paint");
            if (m_exit) {
                // The benchmark stops its clock on this line; shutting down is not part of starting.
                std::fputs("shown\n", stdout);
                std::fflush(stdout);
                QTimer::singleShot(0, qApp, &QCoreApplication::quit); // after this paint reached the screen
            }
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_exit;
    bool m_done = false;
};

} // namespace

int main(int argc, char *argv[])
{
    StartupTrace::mark("main");
    QApplication app(argc, argv);
    StartupTrace::mark("QApplication");
    QApplication::setApplicationName(QStringLiteral("Invitedesk"));
    QApplication::setApplicationVersion(QStringLiteral(INVITEDESK_VERSION));
    QApplication::setOrganizationName(QStringLiteral("Invitedesk"));
    QApplication::setDesktopFileName(QStringLiteral("org.invitedesk.Invitedesk"));
    // The language setting (Edit ▸ Settings…: Language) wins over the system's; numbers and dates follow the language.
    const QString language = AppSettings().language();
    const QLocale locale = Translations::localeFor(language);
    if (!language.isEmpty()) {
        QLocale::setDefault(locale);
    }
    Translations::install(&app, locale);
    StartupTrace::mark("settings and translations");

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Invite many people into a Clerk organization."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("FILE"), QApplication::translate("main", "An invitee file to open."));
    const QCommandLineOption sandboxOption(
        QStringLiteral("sandbox"),
        QApplication::translate("main", "Send to the built-in sandbox even when a secret key is remembered."));
    parser.addOption(sandboxOption);
    parser.process(app);
    StartupTrace::mark("command line");

    const bool exitAfterShow = qEnvironmentVariableIntValue("INVITEDESK_EXIT_AFTER_SHOW") == 1;
    // scripts/screenshots.sh: the window tours its screens on the sandbox, with settings of its own, and quits.
    const QString screenshotDirectory = qEnvironmentVariable("INVITEDESK_SCREENSHOT_DIR");
    std::unique_ptr<QTemporaryDir> scratch;
    std::unique_ptr<MainWindow> window;
    if (screenshotDirectory.isEmpty()) {
        window = std::make_unique<MainWindow>();
    } else {
        scratch = std::make_unique<QTemporaryDir>();
        AppSettings settings = AppSettings::forFile(scratch->filePath(QStringLiteral("settings.ini")));
        settings.setJournalPath(scratch->filePath(QStringLiteral("journal.sqlite")));
        window = std::make_unique<MainWindow>(settings, scratch->filePath(QStringLiteral("autosave")));
        window->resize(1360, 840);
    }
    StartupTrace::mark("main window built");
    KeychainSecretStore keychain;
    AppSession session(window.get(), &keychain);
    StartupTrace::mark("session built");
    FirstPaintWatcher firstPaint(exitAfterShow);
    if (exitAfterShow || StartupTrace::isEnabled()) {
        window->installEventFilter(&firstPaint);
    }
    AppSession::StartOptions options;
    options.file = parser.positionalArguments().value(0);
    options.forceSandbox = parser.isSet(sandboxOption);
    std::unique_ptr<ScreenshotTour> tour;
    if (scratch) {
        tour = std::make_unique<ScreenshotTour>(&session, screenshotDirectory);
        options = {QString(), true, false, true}; // the sample on the sandbox, nothing recovered
    }
    window->show();
    StartupTrace::mark("shown");
    // After the window is up, so the recovery question sits on top of it; a restored table wins over FILE.
    // Also when the benchmark measures the start: the window it waits for is the one users get.
    QTimer::singleShot(0, &session, [&session, options] {
        session.start(options);
        StartupTrace::mark("session started");
    });
    return QApplication::exec();
}
