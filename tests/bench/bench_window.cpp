// Benchmark (not a test) of the window: (a) cold start of invitedesk to its first paint against a bare QMainWindow
// program built the same way (goal: within 1.3x), process start to the "shown" line each prints at its first paint; (b)
// a generated 100,000-row CSV opened into the real MainWindow until the event loop is idle again (goal: < 1.5 s), then
// scrolling and a bulk edit of every row; (c) resident memory with it loaded (goal: < 200 MB). Prints the numbers and
// the goals.
#include "EditorView.h"
#include "InviteeTableView.h"
#include "MainWindow.h"
#include "TableEditor.h"
#include "core/InviteeTable.h"
#include "session/AppSettings.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>
#include <QUndoStack>

#include <algorithm>
#include <functional>
#include <numeric>

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QByteArray generateCsv(int rows)
{
    static const char *const departments[] = {"Engineering", "Sales", "Support", "Finance", "Marketing", "Legal"};
    QByteArray csv = "email_address,role,redirect_url,expires_in_days,notify,public_metadata.department,"
                     "private_metadata.employee_id\r\n";
    csv.reserve(rows * 100);
    for (int i = 0; i < rows; ++i) {
        csv += "firstname.lastname" + QByteArray::number(i) + "@example-company.com,";
        csv += (i % 10 == 0) ? "org:admin," : "org:member,";
        csv += "https://app.example.com/welcome?ref=" + QByteArray::number(i) + ',';
        csv += QByteArray::number(1 + i % 365) + ',';
        csv += (i % 2 == 0) ? "true," : ",";
        csv += QByteArray(departments[i % 6]) + ',';
        csv += (i % 3 == 0) ? "00" + QByteArray::number(i) : QByteArray::number(i + 1000);
        csv += "\r\n";
    }
    return csv;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

double ms(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

// Runs the event loop until everything queued so far (layout, paint) has been handled.
void waitUntilIdle()
{
    QEventLoop loop;
    QTimer::singleShot(0, &loop, &QEventLoop::quit);
    loop.exec();
    QCoreApplication::processEvents();
}

// Wall time from starting program until it says it has painted its window (it quits by itself afterwards).
double startMs(const QString &program, const QProcessEnvironment &environment, const QStringList &arguments = {})
{
    QProcess process;
    process.setProcessEnvironment(environment);
    QElapsedTimer timer;
    timer.start();
    process.start(program, arguments);
    double shownMs = -1;
    while (shownMs < 0 && process.waitForReadyRead(60000)) {
        if (process.readAllStandardOutput().contains("shown")) {
            shownMs = ms(timer);
        }
    }
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit || shownMs < 0) {
        out() << "  ! " << program << " did not show its window and quit: " << process.readAllStandardError()
              << Qt::endl;
    }
    return shownMs;
}

void benchmarkStartup(const QString &scratch)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("INVITEDESK_EXIT_AFTER_SHOW"), QStringLiteral("1"));
    // Fresh settings and no autosave: the first start of a new user, the same for every run.
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), scratch + QStringLiteral("/config"));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), scratch + QStringLiteral("/data"));
    if (!environment.contains(QStringLiteral("QT_QPA_PLATFORM")) && !environment.contains(QStringLiteral("DISPLAY")) &&
        !environment.contains(QStringLiteral("WAYLAND_DISPLAY"))) {
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    }
    const int runs = 15;
    const QString bareWindow = QStringLiteral(INVITEDESK_BARE_WINDOW_PATH);
    const QStringList withText{QStringLiteral("--with-text")};
    QList<double> bare;
    QList<double> text;
    QList<double> app;
    startMs(bareWindow, environment); // warm the page cache for all three
    startMs(bareWindow, environment, withText);
    startMs(QStringLiteral(INVITEDESK_APP_PATH), environment);
    for (int i = 0; i < runs; ++i) { // interleaved, so all see the same machine load
        bare.append(startMs(bareWindow, environment));
        text.append(startMs(bareWindow, environment, withText));
        app.append(startMs(QStringLiteral(INVITEDESK_APP_PATH), environment));
    }
    const double ratio = median(app) / median(bare);
    out() << "(a) start to first paint, median of " << runs << " (platform "
          << environment.value(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("default")) << "): bare QMainWindow "
          << QString::number(median(bare), 'f', 1) << " ms, invitedesk " << QString::number(median(app), 'f', 1)
          << " ms, ratio " << QString::number(ratio, 'f', 2) << "  (goal <= 1.3: " << (ratio <= 1.3 ? "met" : "MISSED")
          << ')' << Qt::endl;
    out() << "    for scale: the bare window with a menu and a status line (fonts loaded) "
          << QString::number(median(text), 'f', 1) << " ms; invitedesk is "
          << QString::number(median(app) / median(text), 'f', 2) << "x that" << Qt::endl;
}

qint64 residentKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly)) {
        return -1;
    }
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:")) {
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
        }
    }
    return -1;
}

void benchmarkLargeTable(const QString &scratch)
{
    const int rows = 100'000;
    const QString path = scratch + QStringLiteral("/invitees-100k.csv");
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(generateCsv(rows)) < 0) {
        out() << "cannot write " << path << Qt::endl;
        return;
    }
    file.close();
    MainWindow window(AppSettings::forFile(scratch + QStringLiteral("/bench.ini")), scratch + QStringLiteral("/auto"));
    window.show();
    waitUntilIdle();
    const qint64 rssBefore = residentKb();

    QElapsedTimer timer;
    timer.start();
    if (!window.openFile(path)) {
        out() << "cannot open " << path << Qt::endl;
        return;
    }
    const double openedMs = ms(timer);
    waitUntilIdle();
    const double idleMs = ms(timer);
    out() << "(b) open " << window.inviteeTable()->rowCount() << " rows (" << QString::number(file.size() / 1e6, 'f', 1)
          << " MB): read, validate and reset " << QString::number(openedMs, 'f', 0) << " ms, interactive after "
          << QString::number(idleMs, 'f', 0) << " ms  (goal < 1500 ms: " << (idleMs < 1500 ? "met" : "MISSED") << ')'
          << Qt::endl;

    InviteeTableView *view = window.tableView();
    QScrollBar *scroll = view->verticalScrollBar();
    QList<double> frames;
    for (int step = 0; step < 200; ++step) {
        QElapsedTimer frame;
        frame.start();
        scroll->setValue(int((qint64(step) * 7919 * 13) % (scroll->maximum() + 1))); // jumps all over the table
        view->viewport()->repaint();
        frames.append(ms(frame));
    }
    out() << "    scrolling: 200 jumps with a repaint each, median " << QString::number(median(frames), 'f', 2)
          << " ms, worst " << QString::number(*std::max_element(frames.cbegin(), frames.cend()), 'f', 2)
          << " ms per frame  (smooth: < 16 ms)" << Qt::endl;

    const qint64 rssLoaded = residentKb();
    out() << "(c) resident memory with the table loaded: " << rssLoaded / 1024 << " MB (" << rssBefore / 1024
          << " MB before opening)  (goal < 200 MB: " << (rssLoaded < 200 * 1024 ? "met" : "MISSED") << ')' << Qt::endl;

    QList<int> all(rows);
    std::iota(all.begin(), all.end(), 0);
    timer.restart();
    window.editorView()->editor()->setFields(
        all, {{Invitee::Role, QStringLiteral("org:member")}, {Invitee::ExpiresInDays, QStringLiteral("30")}});
    waitUntilIdle();
    const double bulkMs = ms(timer);
    timer.restart();
    window.undoStack()->undo();
    waitUntilIdle();
    out() << "    bulk edit of role and expiry on every row (one undo step): " << QString::number(bulkMs, 'f', 0)
          << " ms, undo " << QString::number(ms(timer), 'f', 0) << " ms" << Qt::endl;
    window.undoStack()->setClean();
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QTemporaryDir scratch;
    if (!scratch.isValid()) {
        out() << "cannot create a scratch folder" << Qt::endl;
        return 1;
    }
    benchmarkStartup(scratch.path());
    benchmarkLargeTable(scratch.path());
    return 0;
}
