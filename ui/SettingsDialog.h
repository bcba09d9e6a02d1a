#pragma once

#include "session/AppSettings.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class SecretStore;

// The preferences: where to send (API base URL; empty = the built-in sandbox), the secret key (kept in the system
// keychain only when "Remember" is ticked, never in the settings file), the rate limit, the transfer timeout and the
// language. OK stays disabled, with the reason shown, while anything is invalid.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    // Reads settings now and writes them on OK; store (which must outlive the dialog) keeps a remembered key.
    SettingsDialog(const AppSettings &settings, SecretStore *store, QWidget *parent = nullptr);

    // The key of this session (read from the keychain or typed earlier), shown masked.
    void setSecretKey(const QString &key);
    QString secretKey() const;
    QString apiBaseUrl() const;
    bool rememberKey() const;
    // Why OK is disabled, in one line; empty when everything is valid.
    QString problem() const { return m_problem; }
    // Whether a keychain operation is under way (OK waits for it).
    bool isBusy() const { return m_busy; }

    // The language codes offered, in order: "" (system default), "en", "de", "fr", "es", "ja".
    static QStringList languageCodes();

    // Validates, stores or removes the key in the keychain (waiting for it), writes the settings, then closes.
    // If the keychain cannot store the key the dialog stays open and says why.
    void accept() override;

signals:
    // The keychain could not remove a key that was remembered before (the dialog closes anyway).
    void keychainProblem(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void validate();
    void updateMessageColor();
    void save(bool rememberKey);
    void setBusy(bool busy, const QString &message = QString());
    void showProblem(const QString &message);

    AppSettings m_settings;
    SecretStore *m_store;
    QLineEdit *m_url;
    QLineEdit *m_key;
    QPushButton *m_showKey;
    QCheckBox *m_remember;
    QLineEdit *m_rate;
    QSpinBox *m_timeout;
    QComboBox *m_language;
    QLabel *m_target;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
    QString m_problem;
    bool m_busy = false;
};
