#pragma once

#include "clerk/ClerkError.h"
#include "clerk/ClerkOrganization.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>

class AppSettings;
class ClerkClient;
class OrganizationDirectory;
class SandboxServer;

// Where the window's requests go and with which key: the embedded sandbox (the default, with a dummy key that never
// leaves the process) or a Clerk instance with the key the user gave. Also the chosen organization and its directory.
class Connection : public QObject
{
    Q_OBJECT

public:
    enum class Environment { Sandbox, Test, Live };
    Q_ENUM(Environment)

    // Organizations shown per search at most (the picker asks for a narrower query beyond that).
    static constexpr int MaxSearchResults = 100;

    // Inert until configure() or useSandbox(): environment() says Sandbox, nothing listens yet.
    explicit Connection(QObject *parent = nullptr);
    // Fills directory (the window's, which the editor reads; it must outlive the connection) instead of its own.
    explicit Connection(OrganizationDirectory *directory, QObject *parent = nullptr);
    ~Connection() override;

    // Empty when a session can use this API base URL (empty: Clerk's production API) and key (empty: the sandbox,
    // then the URL must be empty too); otherwise the first problem, in one line that says what to fix.
    static QString checkSettings(const QString &apiBaseUrl, const QString &secretKey);

    // The embedded SandboxServer on 127.0.0.1 (started on first use), a generated sk_test_ key it alone accepts,
    // and its demo organization selected. false (and errorOccurred) when the sandbox cannot listen.
    bool useSandbox();
    // A Clerk instance at apiBaseUrl (empty: https://api.clerk.com/v1) with secretKey. false (and errorOccurred; the
    // connection stays as it was) when checkSettings() refuses them. Clears the selected organization.
    bool useClerk(const QString &apiBaseUrl, const QString &secretKey);
    // What the window does at start and after the settings dialog: the sandbox when secretKey is empty, otherwise
    // Clerk at the settings' URL; the transfer timeout and (for Clerk) the organization come from settings.
    bool configure(const AppSettings &settings, const QString &secretKey);
    void setTransferTimeoutSeconds(int seconds);

    Environment environment() const { return m_environment; }
    bool isSandbox() const { return m_environment == Environment::Sandbox; }
    QUrl apiBaseUrl() const;
    // "the built-in sandbox at http://127.0.0.1:PORT/v1", "the development instance at https://...": for tooltips.
    QString description() const;
    // The one ClerkClient of the window; its configuration changes with the connection. Never shows the key.
    ClerkClient *client() const { return m_client; }
    // The embedded sandbox; null until the sandbox was first used.
    SandboxServer *sandbox() const { return m_sandbox; }

    // GET /organizations?query=... (all of them when query is empty); answers with organizationsFound. Only the
    // latest search answers: an earlier one still in flight is dropped.
    void searchOrganizations(const QString &query);
    // Makes id the target organization (looking its name up when name is empty) and loads the instance's roles and the
    // organization's admins into directory() (directoryLoaded when both arrived, errorOccurred when a listing failed).
    void selectOrganization(const QString &id, const QString &name);
    void clearOrganization();
    QString organizationId() const { return m_organizationId; }
    QString organizationName() const { return m_organizationName; }
    OrganizationDirectory *directory() const { return m_directory; }

signals:
    // After every useSandbox() / useClerk() that succeeded, even when the environment stayed the same.
    void environmentChanged(Connection::Environment environment);
    // query as asked; organizations in Clerk's order, at most MaxSearchResults; truncated when there were more.
    void organizationsFound(const QString &query, const QList<ClerkOrganization> &organizations, bool truncated);
    void organizationChanged(const QString &id, const QString &name);
    void directoryLoaded();
    // One line that says what went wrong and what to fix; never contains the key.
    void errorOccurred(const QString &message);

private:
    QString explain(const ClerkError &error, const QString &what) const;
    void setEnvironment(Environment environment);
    void loadDirectory();
    void lookUpOrganizationName();

    ClerkClient *m_client;
    SandboxServer *m_sandbox = nullptr;
    OrganizationDirectory *m_directory;
    Environment m_environment = Environment::Sandbox;
    QString m_sandboxKey; // accepted by m_sandbox alone; never leaves the process
    QString m_organizationId;
    QString m_organizationName;
    quint64 m_searchGeneration = 0;
    quint64 m_directoryGeneration = 0;
};
