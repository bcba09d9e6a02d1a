#pragma once

#include <QObject>
#include <QString>

class AppSession;
class QWidget;

// A hidden mode for scripts/screenshots.sh (INVITEDESK_SCREENSHOT_DIR): the window drives itself on the sandbox
// through its main screens — the editor with problems, the results with a raw exchange, a run waiting on the rate
// limit, the settings dialog — saves each as a PNG, then quits (exit status 1 when a step did not come).
class ScreenshotTour : public QObject
{
    Q_OBJECT

public:
    static constexpr int StepTimeoutMs = 60'000;

    // session must be started (start()) after the tour is created and outlive it; PNGs go to directory.
    ScreenshotTour(AppSession *session, const QString &directory, QObject *parent = nullptr);

    // The names of the PNGs the tour writes, in order.
    static QStringList fileNames();

private:
    void showEditor();
    void sendSample();
    void showResults();
    void sendPaced();
    void showSettings();
    void finish();
    // Saves widget as name after the event loop has laid it out and painted; then goes on with next.
    void shoot(QWidget *widget, const QString &name, void (ScreenshotTour::*next)());
    void fail(const QString &message);

    AppSession *m_session;
    QString m_directory;
    bool m_waitShown = false;
    bool m_failed = false;
};
