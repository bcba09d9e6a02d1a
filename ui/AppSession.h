#pragma once

#include <QHash>
#include <QObject>
#include <QString>

class ConnectionSetup;
class MainWindow;
class ResultsDock;
class SecretStore;
class SendFlow;

// Connects a MainWindow to Clerk: the connection and its settings, sending, and the results view in a dock; and the
// start-up: autosave recovery, the file from the command line, the sample table when on the sandbox with nothing else.
class AppSession : public QObject
{
    Q_OBJECT

public:
    struct StartOptions
    {
        QString file;                // opened unless a recovered table takes its place
        bool forceSandbox = false;   // --sandbox: ignore a remembered key
        bool offerRecovery = true;   // ask about an autosave of an earlier session
        bool sampleOnSandbox = true; // on the sandbox with no table: open sampleFilePath()
    };

    // window and store must outlive the session. Adds its docks, menu actions and status widgets to window.
    AppSession(MainWindow *window, SecretStore *store, QObject *parent = nullptr);
    // Takes its docks and widgets out of the window again.
    ~AppSession() override;

    // After the window is shown: recovery, FILE, the connection (asynchronous when the keychain is read), the sample;
    // startedUp() at the end.
    void start(const StartOptions &options);
    bool isStartedUp() const { return m_startedUp; }

    // The sample invitee file built into the app (a Qt resource).
    static QString sampleFilePath();

    MainWindow *window() const { return m_window; }
    ConnectionSetup *connectionSetup() const { return m_setup; }
    SendFlow *sendFlow() const { return m_send; }
    ResultsDock *resultsDock() const { return m_results; }

signals:
    void startedUp();

private:
    void finishStart(bool openSample);

    MainWindow *m_window;
    ConnectionSetup *m_setup;
    ResultsDock *m_results;
    SendFlow *m_send;
    QHash<QString, QString> m_organizationNames; // for the results view
    bool m_startedUp = false;
};
