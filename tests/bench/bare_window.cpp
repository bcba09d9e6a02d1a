// The yardstick for the startup benchmark: an empty QMainWindow built with the same compiler, flags and Qt as
// invitedesk. With INVITEDESK_EXIT_AFTER_SHOW=1 it prints "shown" at its first paint and quits, as invitedesk does.
// With --with-text it also shows a menu and a status line: what any window with text pays for fonts.
#include <QApplication>
#include <QEvent>
#include <QMainWindow>
#include <QMenuBar>
#include <QStatusBar>
#include <QTimer>

#include <cstdio>

namespace {

class ExitAfterFirstPaint : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_done) {
            m_done = true;
            // The benchmark stops its clock on this line; shutting down is not part of starting.
            std::fputs("shown\n", stdout);
            std::fflush(stdout);
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_done = false;
};

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.setWindowTitle(QStringLiteral("Bare window"));
    window.resize(1100, 650);
    if (QCoreApplication::arguments().contains(QStringLiteral("--with-text"))) {
        window.menuBar()->addMenu(QStringLiteral("&File"));
        window.statusBar()->showMessage(QStringLiteral("Ready"));
    }
    ExitAfterFirstPaint exitAfterPaint;
    if (qEnvironmentVariableIntValue("INVITEDESK_EXIT_AFTER_SHOW") == 1) {
        window.installEventFilter(&exitAfterPaint);
    }
    window.show();
    return QApplication::exec();
}
