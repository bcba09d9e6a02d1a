#pragma once

#include "delivery/DeliveryProgress.h"
#include "delivery/DeliverySummary.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QWidget>

#include <functional>

class QLabel;
class QProgressBar;
class QPushButton;
class QSystemTrayIcon;
class QTimer;
class RunController;

// The panel (meant for a dock) that shows a run as it goes: a progress bar, rows done of total, calls made, the time
// left, why it waits (in words), the outcome at the end, and a Stop button. A run that took longer than
// notifyAfterMs() ends with a desktop notification.
class SendPanel : public QWidget
{
    Q_OBJECT

public:
    // Shows a desktop notification (title, one-line message).
    using Notifier = std::function<void(const QString &title, const QString &message)>;

    static constexpr qint64 DefaultNotifyAfterMs = 30'000;

    // controller must outlive the panel.
    explicit SendPanel(RunController *controller, QWidget *parent = nullptr);

    // Replaces the default notifier (a system tray message when a tray exists, else QApplication::alert).
    void setNotifier(Notifier notifier) { m_notifier = std::move(notifier); }
    void setNotifyAfterMs(qint64 ms) { m_notifyAfterMs = ms; }
    qint64 notifyAfterMs() const { return m_notifyAfterMs; }

    // The texts as shown, for tests and accessibility.
    QString rowsText() const;
    QString callsText() const;
    QString etaText() const;
    QString waitText() const;
    QString resultText() const;
    QProgressBar *progressBar() const { return m_bar; }
    QPushButton *stopButton() const { return m_stop; }

    // "Done: 5 invited, 1 invalid, 1 duplicate", "Stopped: 5 rows left; send again to resume."
    static QString summaryText(const DeliverySummary &summary);

private:
    void onStarted();
    void showProgress(const DeliveryProgress &progress);
    void onFinished(const DeliverySummary &summary);
    void notifyDesktop(const QString &title, const QString &message);

    RunController *m_controller;
    QProgressBar *m_bar;
    QLabel *m_rows;
    QLabel *m_calls;
    QLabel *m_eta;
    QLabel *m_wait;
    QLabel *m_result;
    QPushButton *m_stop;
    QTimer *m_refresh; // re-reads the progress every second while running: the wait counts down
    QElapsedTimer m_elapsed;
    Notifier m_notifier;
    qint64 m_notifyAfterMs = DefaultNotifyAfterMs;
    QPointer<QSystemTrayIcon> m_tray;
};
