#pragma once

#include <QObject>
#include <QPointer>

class ConnectionSetup;
class MainWindow;
class QDockWidget;
class ResultsDock;
class RunController;
class SendPanel;
struct DeliverySummary;

// Sending from the window: Send (the organization picker first when none is chosen, why nothing can go, the live-key
// question), the run with its progress panel in a dock, Stop, and the results view once the run ends.
class SendFlow : public QObject
{
    Q_OBJECT

public:
    // window, setup and results must outlive this object.
    SendFlow(MainWindow *window, ConnectionSetup *setup, ResultsDock *results, QObject *parent = nullptr);
    ~SendFlow() override;

    // What Send does; false when no run started (the reason is in the status bar, or the picker is open).
    bool send();
    void stop();
    // Reads the rate from the settings into the pacer (after the settings were applied).
    void applyRate();

    RunController *controller() const { return m_controller; }
    SendPanel *panel() const { return m_panel; }
    QDockWidget *dock() const { return m_dock; }

private:
    void onRunningChanged(bool running);
    void onFinished(const DeliverySummary &summary);
    void showMessage(const QString &text);

    MainWindow *m_window;
    ConnectionSetup *m_setup;
    ResultsDock *m_results;
    RunController *m_controller;
    QPointer<QDockWidget> m_dock;
    SendPanel *m_panel;
};
