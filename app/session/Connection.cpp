#include "Connection.h"

#include "AppSettings.h"
#include "OrganizationDirectory.h"
#include "clerk/ClerkClient.h"
#include "sandbox/SandboxServer.h"

#include <QRandomGenerator>

#include <functional>
#include <memory>

namespace {

QUrl parsedBaseUrl(const QString &apiBaseUrl)
{
    const QString trimmed = apiBaseUrl.trimmed();
    return trimmed.isEmpty() ? ClerkConfig::defaultApiBaseUrl() : QUrl(trimmed, QUrl::StrictMode);
}

// "sk_test_sandbox_" and 32 random hex digits: looks like a development key, so the sandbox and ClerkClient take it.
QString generateSandboxKey()
{
    QByteArray random(16, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(random.data()), random.size() / 4);
    return QStringLiteral("sk_test_sandbox_") + QString::fromLatin1(random.toHex());
}

} // namespace

Connection::Connection(QObject *parent)
    : QObject(parent)
    , m_client(new ClerkClient(ClerkConfig(), this))
    , m_directory(new OrganizationDirectory(this))
{}

Connection::Connection(OrganizationDirectory *directory, QObject *parent)
    : QObject(parent)
    , m_client(new ClerkClient(ClerkConfig(), this))
    , m_directory(directory)
{}

Connection::~Connection() = default;

QString Connection::checkSettings(const QString &apiBaseUrl, const QString &secretKey)
{
    const QString url = apiBaseUrl.trimmed();
    const QString key = secretKey.trimmed();
    if (key.isEmpty()) {
        if (url.isEmpty()) {
            return {};
        }
        return tr("Enter the secret key for %1, or clear the API base URL to use the sandbox.")
            .arg(QUrl(url).toDisplayString(QUrl::RemoveUserInfo));
    }
    if (const QString problem = ClerkConfig::validateBaseUrl(parsedBaseUrl(url)); !problem.isEmpty()) {
        return problem;
    }
    if (!(key.startsWith(u"sk_test_") || key.startsWith(u"sk_live_")) || key.size() <= 8) {
        return tr("The secret key must start with sk_test_ or sk_live_: copy it from API keys in the Clerk "
                  "Dashboard.");
    }
    ClerkConfig config;
    config.setApiBaseUrl(parsedBaseUrl(url));
    config.setSecretKey(key);
    return config.validate();
}

bool Connection::useSandbox()
{
    if (!m_sandbox) {
        m_sandbox = new SandboxServer(this);
    }
    if (!m_sandbox->isRunning()) {
        m_sandboxKey = generateSandboxKey();
        m_sandbox->setRequiredKey(m_sandboxKey.toLatin1());
        if (!m_sandbox->start()) {
            emit errorOccurred(
                tr("The built-in sandbox could not start on 127.0.0.1: %1").arg(m_sandbox->errorString()));
            return false;
        }
    }
    ClerkConfig config = m_client->config();
    config.setApiBaseUrl(m_sandbox->apiUrl());
    config.setSecretKey(m_sandboxKey);
    m_client->setConfig(config);
    setEnvironment(Environment::Sandbox);
    selectOrganization(SandboxServer::DemoOrganizationId, QString());
    return true;
}

bool Connection::useClerk(const QString &apiBaseUrl, const QString &secretKey)
{
    QString problem = checkSettings(apiBaseUrl, secretKey);
    if (problem.isEmpty() && secretKey.trimmed().isEmpty()) {
        problem = tr("Enter the secret key of your Clerk instance in Settings.");
    }
    if (!problem.isEmpty()) {
        emit errorOccurred(problem);
        return false;
    }
    ClerkConfig config = m_client->config();
    config.setApiBaseUrl(parsedBaseUrl(apiBaseUrl));
    config.setSecretKey(secretKey);
    m_client->setConfig(config);
    clearOrganization();
    setEnvironment(config.environment() == ClerkConfig::Environment::Live ? Environment::Live : Environment::Test);
    return true;
}

bool Connection::configure(const AppSettings &settings, const QString &secretKey)
{
    setTransferTimeoutSeconds(settings.transferTimeoutSeconds());
    if (secretKey.trimmed().isEmpty()) {
        return useSandbox();
    }
    if (!useClerk(settings.apiBaseUrl(), secretKey)) {
        return false;
    }
    if (!settings.organizationId().isEmpty()) {
        selectOrganization(settings.organizationId(), settings.organizationName());
    }
    return true;
}

void Connection::setTransferTimeoutSeconds(int seconds)
{
    ClerkConfig config = m_client->config();
    config.setTransferTimeoutMs(qBound(1, seconds, 600) * 1000);
    m_client->setConfig(config);
}

QUrl Connection::apiBaseUrl() const
{
    return m_client->config().apiBaseUrl();
}

QString Connection::description() const
{
    const QString url = apiBaseUrl().toDisplayString(QUrl::RemoveUserInfo);
    switch (m_environment) {
    case Environment::Sandbox:
        return tr("the built-in sandbox at %1").arg(url);
    case Environment::Test:
        return tr("the development instance at %1").arg(url);
    case Environment::Live:
        return tr("the production instance at %1").arg(url);
    }
    return url;
}

void Connection::searchOrganizations(const QString &query)
{
    const quint64 generation = ++m_searchGeneration;
    const QString text = query.trimmed();
    m_client->listOrganizations(text, this, [this, generation, text](const ClerkListing<ClerkOrganization> &listing) {
        if (generation != m_searchGeneration) {
            return; // a newer search or another connection superseded it
        }
        if (!listing.ok()) {
            emit errorOccurred(explain(listing.error, tr("the organizations")));
            return;
        }
        const bool truncated = listing.items.size() > MaxSearchResults;
        emit organizationsFound(text, truncated ? listing.items.mid(0, MaxSearchResults) : listing.items, truncated);
    });
}

void Connection::selectOrganization(const QString &id, const QString &name)
{
    m_organizationId = id.trimmed();
    m_organizationName = name.trimmed();
    ++m_directoryGeneration;
    m_directory->clear();
    emit organizationChanged(m_organizationId, m_organizationName);
    if (m_organizationId.isEmpty()) {
        return;
    }
    loadDirectory();
    if (m_organizationName.isEmpty()) {
        lookUpOrganizationName();
    }
}

void Connection::lookUpOrganizationName()
{
    const quint64 generation = m_directoryGeneration;
    m_client->listOrganizations(m_organizationId, this,
                                [this, generation](const ClerkListing<ClerkOrganization> &listing) {
                                    if (generation != m_directoryGeneration) {
                                        return;
                                    }
                                    for (const ClerkOrganization &organization : listing.items) {
                                        if (organization.id == m_organizationId && !organization.name.isEmpty()) {
                                            m_organizationName = organization.name;
                                            emit organizationChanged(m_organizationId, m_organizationName);
                                            return;
                                        }
                                    }
                                });
}

void Connection::clearOrganization()
{
    selectOrganization(QString(), QString());
}

void Connection::loadDirectory()
{
    const quint64 generation = m_directoryGeneration;
    const QString organizationId = m_organizationId;
    auto remaining = std::make_shared<int>(2);
    auto failed = std::make_shared<bool>(false);
    // Applies one listing (or reports its error), then signals once both have arrived.
    const auto settle = [this, generation, remaining, failed](const ClerkError &error, const QString &what,
                                                              const std::function<void()> &apply) {
        if (generation != m_directoryGeneration) {
            return; // another organization or connection was chosen meanwhile
        }
        if (!error.isError()) {
            apply();
        } else if (!*failed) {
            *failed = true;
            emit errorOccurred(explain(error, what));
        }
        if (--*remaining == 0 && !*failed) {
            emit directoryLoaded();
        }
    };
    m_client->listRoles(this, [this, settle](const ClerkListing<ClerkRole> &listing) {
        settle(listing.error, tr("the instance's organization roles"), [&] { m_directory->setRoles(listing.items); });
    });
    m_client->listMemberships(organizationId, {}, this,
                              [this, settle, organizationId](const ClerkListing<ClerkMembership> &listing) {
                                  settle(listing.error, tr("the members of organization %1").arg(organizationId), [&] {
                                      QList<ClerkMembership> admins;
                                      for (const ClerkMembership &membership : listing.items) {
                                          if (membership.role == u"org:admin") {
                                              admins.append(membership);
                                          }
                                      }
                                      m_directory->setAdmins(admins);
                                  });
                              });
}

QString Connection::explain(const ClerkError &error, const QString &what) const
{
    switch (error.kind()) {
    case ClerkError::Kind::Unauthorized:
        return tr("Clerk did not accept the secret key (HTTP 401) while reading %1: enter the right key in Settings.")
            .arg(what);
    case ClerkError::Kind::Forbidden:
    case ClerkError::Kind::QuotaExceeded:
        return tr("Clerk refused to show %1 (HTTP 403: %2): use a secret key of the instance that owns the "
                  "organization.")
            .arg(what, error.message());
    case ClerkError::Kind::NotFound:
        return tr("Organization %1 does not exist in %2 (HTTP 404): choose another organization.")
            .arg(m_organizationId, description());
    case ClerkError::Kind::NetworkUnknown:
    case ClerkError::Kind::Refused:
        return tr("Could not read %1 from %2 (%3): check the API base URL in Settings and the network connection.")
            .arg(what, apiBaseUrl().toDisplayString(QUrl::RemoveUserInfo), error.message());
    default:
        return tr("Could not read %1: %2").arg(what, error.message());
    }
}

void Connection::setEnvironment(Environment environment)
{
    ++m_searchGeneration; // answers of the previous connection no longer count
    m_environment = environment;
    emit environmentChanged(environment);
}
