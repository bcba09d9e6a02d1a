#include "SettingsDialog.h"

#include "PaletteContrast.h"
#include "delivery/RatePacer.h"
#include "session/Connection.h"
#include "session/SecretStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {

template<typename T>
T *named(T *widget, const char *name)
{
    widget->setObjectName(QLatin1String(name));
    return widget;
}

} // namespace

SettingsDialog::SettingsDialog(const AppSettings &settings, SecretStore *store, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_store(store)
    , m_url(named(new QLineEdit(this), "apiBaseUrl"))
    , m_key(named(new QLineEdit(this), "secretKey"))
    , m_showKey(named(new QPushButton(tr("S&how"), this), "showKey"))
    , m_remember(named(new QCheckBox(tr("Re&member in the system keychain"), this), "rememberKey"))
    , m_rate(named(new QLineEdit(this), "rate"))
    , m_timeout(named(new QSpinBox(this), "transferTimeout"))
    , m_language(named(new QComboBox(this), "language"))
    , m_target(named(new QLabel(this), "target"))
    , m_message(named(new QLabel(this), "problem"))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Settings"));

    m_url->setPlaceholderText(tr("empty: the built-in sandbox"));
    m_url->setText(settings.apiBaseUrl());
    m_url->setToolTip(tr("Clerk's Backend API, e.g. https://api.clerk.com/v1. Plain http only to this computer."));

    m_key->setEchoMode(QLineEdit::Password);
    m_key->setPlaceholderText(tr("sk_test_… or sk_live_…"));
    m_key->setAccessibleName(tr("Secret key"));
    m_showKey->setCheckable(true);
    m_showKey->setAccessibleName(tr("Show the secret key"));
    m_remember->setChecked(settings.rememberKey());
    m_remember->setToolTip(tr("Without it the key is forgotten when Invitedesk closes. It is never written to the "
                              "settings file."));

    m_rate->setText(settings.rate());
    m_rate->setPlaceholderText(QStringLiteral("50/3600"));
    m_rate->setToolTip(tr("Bulk calls per seconds, as N/SECONDS. Clerk allows 50 calls per hour."));
    m_timeout->setRange(1, 600);
    m_timeout->setSuffix(tr(" s"));
    m_timeout->setValue(settings.transferTimeoutSeconds());

    // Each language is named in itself, so that anyone can find theirs.
    m_language->addItem(tr("System default"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_language->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    m_language->addItem(QStringLiteral("Español"), QStringLiteral("es"));
    m_language->addItem(QStringLiteral("日本語"), QStringLiteral("ja"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(settings.language())));

    m_target->setWordWrap(true);
    m_message->setWordWrap(true);
    m_message->setAccessibleDescription(tr("Why the settings cannot be saved yet"));
    updateMessageColor();
    // Named like their labels: a screen reader would otherwise read a combo box by its current entry.
    m_url->setAccessibleName(tr("API base URL"));
    m_rate->setAccessibleName(tr("Rate limit"));
    m_timeout->setAccessibleName(tr("Transfer timeout"));
    m_language->setAccessibleName(tr("Language"));
    m_language->setAccessibleDescription(tr("Takes effect when Invitedesk starts again"));
    m_timeout->setAccessibleDescription(tr("Seconds a call to Clerk may take before it is given up"));
    m_url->setAccessibleDescription(m_url->toolTip());
    m_rate->setAccessibleDescription(m_rate->toolTip());
    m_remember->setAccessibleDescription(m_remember->toolTip());

    auto *keyRow = new QHBoxLayout;
    keyRow->addWidget(m_key, 1);
    keyRow->addWidget(m_showKey);
    auto *form = new QFormLayout;
    form->addRow(tr("API base &URL:"), m_url);
    auto *keyLabel = new QLabel(tr("Secret &key:"), this);
    keyLabel->setBuddy(m_key);
    form->addRow(keyLabel, keyRow);
    form->addRow(QString(), m_remember);
    form->addRow(QString(), m_target);
    form->addRow(tr("&Rate limit:"), m_rate);
    form->addRow(tr("Transfer &timeout:"), m_timeout);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(QString(), new QLabel(tr("A new language takes effect when Invitedesk starts again."), this));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);

    connect(m_showKey, &QPushButton::toggled, this, [this](bool shown) {
        m_key->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        m_showKey->setText(shown ? tr("&Hide") : tr("S&how"));
    });
    connect(m_url, &QLineEdit::textChanged, this, &SettingsDialog::validate);
    connect(m_key, &QLineEdit::textChanged, this, &SettingsDialog::validate);
    connect(m_rate, &QLineEdit::textChanged, this, &SettingsDialog::validate);
    connect(m_remember, &QCheckBox::toggled, this, &SettingsDialog::validate); // clears a keychain failure
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    validate();
}

void SettingsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange) {
        updateMessageColor();
    }
    QDialog::changeEvent(event);
}

void SettingsDialog::updateMessageColor()
{
    // A red that reads on the window colour of light, dark and high-contrast themes; the words say it all anyway.
    QPalette colors = m_message->palette();
    colors.setColor(QPalette::WindowText,
                    PaletteContrast::isHighContrast(palette())
                        ? palette().color(QPalette::WindowText)
                        : PaletteContrast::pick(palette(), QColor(0xc6, 0x28, 0x28), QColor(0xff, 0x8a, 0x80),
                                                PaletteContrast::TextRatio, QPalette::Window));
    m_message->setPalette(colors);
}

QStringList SettingsDialog::languageCodes()
{
    return {QString(),           QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr"), QStringLiteral("es"),
            QStringLiteral("ja")};
}

void SettingsDialog::setSecretKey(const QString &key)
{
    m_key->setText(key);
}

QString SettingsDialog::secretKey() const
{
    return m_key->text().trimmed();
}

QString SettingsDialog::apiBaseUrl() const
{
    return m_url->text().trimmed();
}

bool SettingsDialog::rememberKey() const
{
    return m_remember->isChecked() && !secretKey().isEmpty();
}

void SettingsDialog::validate()
{
    const QString key = secretKey();
    m_remember->setEnabled(!key.isEmpty());
    QString problem = Connection::checkSettings(apiBaseUrl(), key);
    QString rateProblem;
    if (problem.isEmpty() && !RatePacer::parse(m_rate->text().trimmed(), &rateProblem)) {
        problem = rateProblem;
    }
    if (key.isEmpty()) {
        m_target->setText(tr("No key: sending goes to the built-in sandbox on this computer; nobody gets an email."));
    } else if (problem.isEmpty()) {
        const QString url = SecretStore::accountFor(apiBaseUrl());
        m_target->setText(key.startsWith(u"sk_live_")
                              ? tr("Sending goes to %1 with a LIVE key: real people get real invitations.").arg(url)
                              : tr("Sending goes to %1 with a TEST key.").arg(url));
    } else {
        m_target->clear();
    }
    showProblem(problem);
}

void SettingsDialog::showProblem(const QString &message)
{
    m_problem = message;
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(message.isEmpty() && !m_busy);
}

void SettingsDialog::setBusy(bool busy, const QString &message)
{
    m_busy = busy;
    for (QWidget *widget :
         {static_cast<QWidget *>(m_url), static_cast<QWidget *>(m_key), static_cast<QWidget *>(m_remember)}) {
        widget->setEnabled(!busy);
    }
    m_target->setText(message);
    if (!busy) {
        validate();
    } else {
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    }
}

void SettingsDialog::accept()
{
    validate();
    if (!m_problem.isEmpty() || m_busy) {
        return;
    }
    const QString previousAccount = SecretStore::accountFor(m_settings.apiBaseUrl());
    const bool wasRemembered = m_settings.rememberKey();
    if (rememberKey()) {
        const QString account = SecretStore::accountFor(apiBaseUrl());
        setBusy(true, tr("Saving the key in the system keychain…"));
        m_store->write(
            account, secretKey(), this,
            [this, wasRemembered, previousAccount, account](const SecretStore::Result &result) {
                setBusy(false);
                if (!result.ok()) {
                    showProblem(tr("%1 Untick \"Remember\" to use the key for this session only.").arg(result.message));
                    return;
                }
                if (wasRemembered && previousAccount != account) {
                    m_store->remove(previousAccount, nullptr, {}); // the key of the URL no longer used
                }
                save(true);
                QDialog::accept();
            });
        return;
    }
    if (!wasRemembered) {
        save(false);
        QDialog::accept();
        return;
    }
    setBusy(true, tr("Removing the key from the system keychain…"));
    m_store->remove(previousAccount, this, [this](const SecretStore::Result &result) {
        setBusy(false);
        if (!result.ok()) {
            emit keychainProblem(tr("The key stays in the system keychain: %1").arg(result.message));
        }
        save(false); // not read from there any more either way
        QDialog::accept();
    });
}

void SettingsDialog::save(bool rememberKey)
{
    m_settings.setApiBaseUrl(apiBaseUrl());
    m_settings.setRememberKey(rememberKey);
    m_settings.setRate(m_rate->text().trimmed());
    m_settings.setTransferTimeoutSeconds(m_timeout->value());
    m_settings.setLanguage(m_language->currentData().toString());
    m_settings.sync();
}
