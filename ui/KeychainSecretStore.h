#pragma once

#include "session/SecretStore.h"

#include <QCoreApplication>

// The SecretStore of the app: the OS keychain through QtKeychain (Secret Service / KWallet, macOS Keychain, Windows
// Credential Manager), under service "Invitedesk" and account = the API base URL. Never falls back to a plain file:
// without a keychain service (a CI machine without D-Bus) every call answers Failed with a message saying so.
class KeychainSecretStore final : public SecretStore
{
    Q_DECLARE_TR_FUNCTIONS(KeychainSecretStore)

public:
    KeychainSecretStore() = default;

    void read(const QString &account, QObject *context, Done done) override;
    void write(const QString &account, const QString &secret, QObject *context, Done done) override;
    void remove(const QString &account, QObject *context, Done done) override;
};
