#pragma once

#include "io/ImportOptions.h"

#include <QSettings>
#include <QString>
#include <QStringList>

#include <memory>

// Invitedesk's preferences, typed and with their defaults in one place. Never holds the secret key: that goes to
// the OS keychain, and only when the user asks to remember it. Tests use a throwaway instance (forFile).
class AppSettings
{
public:
    // The user's settings (QSettings in the platform's usual place).
    AppSettings();
    // Settings kept in an INI file: for tests and portable use.
    static AppSettings forFile(const QString &path);

    QString apiBaseUrl() const; // empty: the embedded sandbox (when no key is remembered) or Clerk's production API
    void setApiBaseUrl(const QString &url);

    bool rememberKey() const; // the key is in the keychain and is read from there at start
    void setRememberKey(bool remember);

    QString rate() const; // "N/SECONDS", default "50/3600"
    void setRate(const QString &rate);

    int transferTimeoutSeconds() const; // default 30
    void setTransferTimeoutSeconds(int seconds);

    QString language() const; // empty: the system's
    void setLanguage(const QString &language);

    QString organizationId() const;
    QString organizationName() const;
    void setOrganization(const QString &id, const QString &name);

    QString defaultRole() const; // default "org:member"
    void setDefaultRole(const QString &role);

    QStringList recentFiles() const; // most recent first, at most MaxRecentFiles
    void addRecentFile(const QString &path);
    void removeRecentFile(const QString &path);
    static constexpr int MaxRecentFiles = 8;

    // The import dialog's last text options (encoding, separator, quote, header row, rows to skip); sheet and
    // mapping belong to one file and are not kept. Default: everything detected.
    ImportOptions importOptions() const;
    void setImportOptions(const ImportOptions &options);
    // How a file was last read through the import dialog, all options including sheet and mapping, kept for the
    // recent files so that reopening one reads it the same way; a file never read through the dialog gets the
    // defaults (everything detected). Kept for at most MaxRecentFiles files.
    ImportOptions importOptionsFor(const QString &path) const;
    void setImportOptionsFor(const QString &path, const ImportOptions &options);

    QString journalPath() const; // default: AppDataLocation/journal.sqlite
    void setJournalPath(const QString &path);

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);

    void sync();

private:
    explicit AppSettings(std::unique_ptr<QSettings> settings);
    std::shared_ptr<QSettings> m_settings;
};
