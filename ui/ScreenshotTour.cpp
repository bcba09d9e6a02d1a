#include "ScreenshotTour.h"

#include "AppSession.h"
#include "BodyView.h"
#include "ConnectionSetup.h"
#include "ExchangeView.h"
#include "MainWindow.h"
#include "ResultsDock.h"
#include "ResultsWindow.h"
#include "RunExchangesPanel.h"
#include "SendFlow.h"
#include "SettingsDialog.h"
#include "core/InviteeTable.h"
#include "results/ExchangeListModel.h"
#include "session/RunController.h"

#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QTabWidget>
#include <QTimer>

#include <cstdio>
#include <utility>

namespace {

// Time for layouts, fitted columns and the first paint to settle before a grab.
constexpr int SettleMs = 400;

} // namespace

ScreenshotTour::ScreenshotTour(AppSession *session, const QString &directory, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_directory(directory)
{
    QDir().mkpath(directory);
    connect(session, &AppSession::startedUp, this, &ScreenshotTour::showEditor, Qt::SingleShotConnection);
    QTimer::singleShot(4 * StepTimeoutMs, this, [this] { fail(tr("the tour did not end in time")); });
}

QStringList ScreenshotTour::fileNames()
{
    return {QStringLiteral("1-editor-problems.png"), QStringLiteral("2-results-raw-exchange.png"),
            QStringLiteral("3-run-in-progress.png"), QStringLiteral("4-settings.png")};
}

void ScreenshotTour::showEditor()
{
    MainWindow *window = m_session->window();
    window->action(EditorActions::Validate)->trigger(); // selects the first problem and says how many
    shoot(window, fileNames().at(0), &ScreenshotTour::sendSample);
}

void ScreenshotTour::sendSample()
{
    RunController *controller = m_session->sendFlow()->controller();
    // After finished() the window takes the run back and shows its results; look once that is done.
    connect(
        controller, &RunController::finished, this,
        [this] { QTimer::singleShot(0, this, &ScreenshotTour::showResults); }, Qt::SingleShotConnection);
    connect(controller, &RunController::runFailed, this, &ScreenshotTour::fail);
    if (!m_session->sendFlow()->send()) {
        fail(tr("the sample could not be sent"));
    }
}

void ScreenshotTour::showResults()
{
    MainWindow *window = m_session->window();
    ResultsDock *dock = m_session->resultsDock();
    ResultsWindow *results = dock->resultsWindow();
    window->resizeDocks({dock}, {window->height() * 3 / 5}, Qt::Vertical);
    results->tabs()->setCurrentWidget(results->exchangesPanel());
    const ExchangeListModel *exchanges = results->exchangesPanel()->model();
    for (int row = 0; row < exchanges->rowCount(); ++row) {
        if (exchanges->exchangeAt(row).url.path().endsWith(u"/invitations/bulk")) {
            results->exchangesPanel()->selectExchange(row);
        }
    }
    ExchangeView *view = results->exchangeView();
    if (!view->hasExchange()) {
        fail(tr("the results show no bulk exchange"));
        return;
    }
    view->responseBody()->setMode(BodyView::Mode::Raw);
    shoot(window, fileNames().at(1), &ScreenshotTour::sendPaced);
}

void ScreenshotTour::sendPaced()
{
    // More people, at one call an hour: the call of the sample run counts, so the new rows wait.
    InviteeTable *table = m_session->window()->inviteeTable();
    QList<Invitee> invitees = table->invitees();
    const QStringList names = {QStringLiteral("margaret.hamilton"), QStringLiteral("john.backus"),
                               QStringLiteral("frances.allen"),     QStringLiteral("ken.thompson"),
                               QStringLiteral("radia.perlman"),     QStringLiteral("donald.knuth")};
    for (const QString &name : names) {
        Invitee invitee;
        invitee.setSourceRow(int(invitees.size()) + 2); // numbered on after the sample's rows, as if typed there
        invitee.setValue(Invitee::Email, name + QStringLiteral("@example.com"));
        invitee.setValue(Invitee::Role, QStringLiteral("org:member"));
        invitees.append(invitee);
    }
    table->setInvitees(invitees);
    m_session->window()->settings().setRate(QStringLiteral("1/3600"));
    m_session->connectionSetup()->applySettings();

    RunController *controller = m_session->sendFlow()->controller();
    connect(controller, &RunController::progressChanged, this, [this](const DeliveryProgress &progress) {
        if (progress.waitMs > 0 && !std::exchange(m_waitShown, true)) {
            shoot(m_session->window(), fileNames().at(2), &ScreenshotTour::showSettings);
        }
    });
    if (!m_session->sendFlow()->send()) {
        fail(tr("the paced run could not start"));
        return;
    }
    // The panel needs little room (the results view, in the same place, more than that): the table gets it back.
    m_session->resultsDock()->hide();
    QTimer::singleShot(0, this, [this] {
        MainWindow *window = m_session->window();
        window->resizeDocks({m_session->sendFlow()->dock()}, {window->height() / 4}, Qt::Vertical);
    });
}

void ScreenshotTour::showSettings()
{
    m_session->sendFlow()->stop();
    ConnectionSetup *setup = m_session->connectionSetup();
    setup->editSettings();
    SettingsDialog *dialog = setup->settingsDialog();
    if (!dialog) {
        fail(tr("the settings dialog did not open"));
        return;
    }
    shoot(dialog, fileNames().at(3), &ScreenshotTour::finish);
}

void ScreenshotTour::finish()
{
    if (SettingsDialog *dialog = m_session->connectionSetup()->settingsDialog()) {
        dialog->reject();
    }
    RunController *controller = m_session->sendFlow()->controller();
    if (controller->isRunning()) {
        connect(controller, &RunController::runningChanged, qApp, [] { QCoreApplication::exit(0); });
        return;
    }
    QCoreApplication::exit(0);
}

void ScreenshotTour::shoot(QWidget *widget, const QString &name, void (ScreenshotTour::*next)())
{
    QTimer::singleShot(SettleMs, this, [this, widget, name, next] {
        const QString path = QDir(m_directory).filePath(name);
        if (!widget->grab().save(path)) {
            fail(tr("could not write %1").arg(path));
            return;
        }
        std::fprintf(stdout, "%s\n", qPrintable(tr("saved %1").arg(QDir::toNativeSeparators(path))));
        std::fflush(stdout);
        (this->*next)();
    });
}

void ScreenshotTour::fail(const QString &message)
{
    if (m_failed) {
        return;
    }
    m_failed = true;
    std::fprintf(stderr, "%s\n", qPrintable(tr("screenshot tour: %1").arg(message)));
    QCoreApplication::exit(1);
}
