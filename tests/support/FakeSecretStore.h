#pragma once

#include "session/SecretStore.h"

#include <QHash>
#include <QList>
#include <QStringList>

#include <functional>

// A SecretStore for tests: entries in memory, answers from the event loop like a keychain, and a switch that makes
// it behave like a machine without a keychain service. Records which operations were asked for.
class FakeSecretStore final : public SecretStore
{
public:
    void read(const QString &account, QObject *context, Done done) override;
    void write(const QString &account, const QString &secret, QObject *context, Done done) override;
    void remove(const QString &account, QObject *context, Done done) override;

    // Every later call fails with this message (empty: work again).
    void setFailure(const QString &message) { m_failure = message; }
    // While held, read() answers nothing until releaseReads(): a keychain that is slow to unlock.
    void holdReads() { m_holding = true; }
    // Answers the held reads (from the event loop, as usual) and stops holding.
    void releaseReads();

    QHash<QString, QString> entries; // account -> secret
    QStringList calls;               // "read ACCOUNT", "write ACCOUNT", "remove ACCOUNT", in order

private:
    void answer(QObject *context, const Done &done, const Result &result);

    QString m_failure;
    bool m_holding = false;
    QList<std::function<void()>> m_held;
};
