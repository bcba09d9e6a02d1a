#include "ConnectionSetup.h"

#include "EnvironmentBadge.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "OrganizationPicker.h"
#include "SettingsDialog.h"
#include "session/Connection.h"
#include "session/SecretStore.h"

#include <QAction>
#include <QLabel>
#include <QStatusBar>

namespace {

constexpr int MessageMs = 15'000;

} // namespace

ConnectionSetup::ConnectionSetup(MainWindow *window, SecretStore *store, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_store(store)
    , m_connection(new Connection(window->organizationDirectory(), this))
    , m_badge(new EnvironmentBadge(window))
    , m_organization(new QLabel(window))
    , m_settingsAction(new QAction(tr("&Settings…"), this))
    , m_organizationAction(new QAction(tr("&Organization…"), this))
{
    m_badge->setConnection(m_connection);
    m_organization->setObjectName(QStringLiteral("organization"));
    m_organization->setTextInteractionFlags(Qt::TextSelectableByMouse);
    window->addStatusWidget(m_organization);
    window->addStatusWidget(m_badge);

    m_settingsAction->setObjectName(QStringLiteral("settings"));
    m_settingsAction->setShortcut(QKeySequence::Preferences);
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    m_settingsAction->setToolTip(tr("API base URL, secret key, rate limit, timeouts and language"));
    m_organizationAction->setObjectName(QStringLiteral("chooseOrganization"));
    m_organizationAction->setToolTip(tr("Choose the organization to invite into"));
    window->addMenuAction(MainWindow::Menu::Edit, m_settingsAction);
    window->addMenuAction(MainWindow::Menu::Invitations, m_organizationAction);
    connect(m_settingsAction, &QAction::triggered, this, &ConnectionSetup::editSettings);
    connect(m_organizationAction, &QAction::triggered, this, &ConnectionSetup::chooseOrganization);

    connect(m_connection, &Connection::environmentChanged, this, [this](Connection::Environment environment) {
        m_window->setTitleNote(EnvironmentBadge::textFor(environment));
    });
    connect(m_connection, &Connection::organizationChanged, this, [this](const QString &id, const QString &name) {
        if (!m_connection->isSandbox() && !id.isEmpty()) {
            m_window->settings().setOrganization(id, name); // chosen again at the next start with the same key
        }
        showOrganization();
    });
    connect(m_connection, &Connection::errorOccurred, this, &ConnectionSetup::showMessage);
    showOrganization();
}

ConnectionSetup::~ConnectionSetup()
{
    delete m_settingsDialog;
    delete m_picker;
    delete m_badge;
    delete m_organization;
}

SettingsDialog *ConnectionSetup::settingsDialog() const
{
    return m_settingsDialog;
}

OrganizationPicker *ConnectionSetup::organizationPicker() const
{
    return m_picker;
}

void ConnectionSetup::start(bool forceSandbox)
{
    const AppSettings &settings = m_window->settings();
    if (forceSandbox || !settings.rememberKey()) {
        useKey(QString());
        return;
    }
    // Until the keychain answers nothing may go out: not to the sandbox, nor with a key that is not known yet.
    const QString reading = tr("Reading the secret key from the system keychain…");
    m_window->setSendBlocked(reading);
    m_window->statusBar()->showMessage(reading);
    m_store->read(SecretStore::accountFor(settings.apiBaseUrl()), this,
                  [this, reading](const SecretStore::Result &result) {
                      m_window->setSendBlocked(QString());
                      if (m_window->statusBar()->currentMessage() == reading) {
                          m_window->statusBar()->clearMessage();
                      }
                      if (!result.ok()) {
                          fallBackToSandbox(result.status == SecretStore::Result::NotFound
                                                ? tr("The remembered secret key is no longer in the system keychain.")
                                                : result.message);
                          emit ready();
                          return;
                      }
                      useKey(result.secret);
                  });
}

void ConnectionSetup::useKey(const QString &key)
{
    m_key = key;
    applySettings();
    emit ready();
}

bool ConnectionSetup::applySettings()
{
    const bool configured = m_connection->configure(m_window->settings(), m_key);
    if (!configured) {
        // The connection said why (errorOccurred); sending still works, into the sandbox.
        m_key.clear();
        m_connection->useSandbox();
    }
    emit settingsApplied();
    return configured;
}

void ConnectionSetup::fallBackToSandbox(const QString &reason)
{
    m_key.clear();
    m_connection->useSandbox();
    // Asked, not just said: whoever remembered a key expects their instance, not the sandbox.
    const QString text = tr("%1 Sending goes to the built-in sandbox until you enter a key in Settings.").arg(reason);
    showMessage(text);
    MessageBox::warning(m_window, tr("Using the sandbox"), text);
}

void ConnectionSetup::editSettings()
{
    if (m_settingsDialog) {
        m_settingsDialog->raise();
        return;
    }
    m_settingsDialog = new SettingsDialog(m_window->settings(), m_store, m_window);
    m_settingsDialog->setAttribute(Qt::WA_DeleteOnClose);
    m_settingsDialog->setSecretKey(m_key);
    connect(m_settingsDialog, &SettingsDialog::keychainProblem, this, &ConnectionSetup::showMessage);
    connect(m_settingsDialog, &QDialog::accepted, this, [this] {
        m_key = m_settingsDialog->secretKey();
        applySettings();
    });
    m_settingsDialog->open();
}

OrganizationPicker *ConnectionSetup::chooseOrganization()
{
    if (m_picker) {
        m_picker->raise();
        return m_picker;
    }
    m_picker = new OrganizationPicker(m_connection, m_window);
    m_picker->setAttribute(Qt::WA_DeleteOnClose);
    m_picker->open();
    return m_picker;
}

void ConnectionSetup::showOrganization()
{
    const QString id = m_connection->organizationId();
    const QString name = m_connection->organizationName();
    if (id.isEmpty()) {
        m_organization->setText(tr("No organization chosen"));
    } else if (name.isEmpty()) {
        m_organization->setText(tr("Organization: %1").arg(id));
    } else {
        m_organization->setText(tr("Organization: %1 (%2)").arg(name, id));
    }
    m_organization->setToolTip(tr("Invitations go into this organization: change it with Invitations ▸ Organization…"));
}

void ConnectionSetup::showMessage(const QString &text)
{
    m_window->statusBar()->showMessage(text, MessageMs);
}
