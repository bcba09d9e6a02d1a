#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

class Connection;
class EnvironmentBadge;
class MainWindow;
class OrganizationPicker;
class QAction;
class QLabel;
class SecretStore;
class SettingsDialog;

// Where the window sends: the Connection (the built-in sandbox unless a key is given), the environment badge and the
// organization in the status bar, Settings… and Organization… in the menus, and the secret key of this session.
class ConnectionSetup : public QObject
{
    Q_OBJECT

public:
    // window and store must outlive this object; the connection fills the window's organization directory.
    ConnectionSetup(MainWindow *window, SecretStore *store, QObject *parent = nullptr);
    ~ConnectionSetup() override;

    // At start: the key remembered in the keychain (unless forceSandbox) with the saved settings, else the sandbox;
    // when the key cannot be read or is refused, the sandbox and a message saying why. ready() once configured.
    void start(bool forceSandbox);
    // Configures the connection from the settings and the key of this session (empty: the sandbox) and emits
    // settingsApplied(); false (with the message in the status bar) when refused, then the sandbox is used.
    bool applySettings();

    // Settings…: opens the dialog (window-modal); OK stores the settings and applies them.
    void editSettings();
    // Organization…: opens the picker (window-modal; accepted() once the user picked one) and returns it.
    OrganizationPicker *chooseOrganization();

    Connection *connection() const { return m_connection; }
    EnvironmentBadge *badge() const { return m_badge; }
    QLabel *organizationLabel() const { return m_organization; }
    QAction *settingsAction() const { return m_settingsAction; }
    QAction *organizationAction() const { return m_organizationAction; }
    // The dialogs while they are open; null otherwise.
    SettingsDialog *settingsDialog() const;
    OrganizationPicker *organizationPicker() const;

signals:
    // The connection is configured after start().
    void ready();
    // The settings were applied (the rate may have changed).
    void settingsApplied();

private:
    void useKey(const QString &key);
    void fallBackToSandbox(const QString &reason);
    void showOrganization();
    void showMessage(const QString &text);

    MainWindow *m_window;
    SecretStore *m_store;
    Connection *m_connection;
    EnvironmentBadge *m_badge;
    QLabel *m_organization;
    QAction *m_settingsAction;
    QAction *m_organizationAction;
    QPointer<SettingsDialog> m_settingsDialog;
    QPointer<OrganizationPicker> m_picker;
    QString m_key; // this session's secret key: in memory only (the keychain keeps it when asked to)
};
