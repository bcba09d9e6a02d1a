#pragma once

#include <QString>

#include <functional>

class QObject;

// Where a secret key the user asked to remember is kept: the OS keychain in the app (ui/KeychainSecretStore), a fake
// in tests. Asynchronous; every call answers once through done, from the event loop, unless context is gone by then.
class SecretStore
{
    Q_DISABLE_COPY_MOVE(SecretStore)

public:
    struct Result
    {
        enum Status { Ok, NotFound, Failed };
        Status status = Ok;
        QString secret;  // what read() found (Ok); empty otherwise
        QString message; // Failed: one line saying what went wrong and what it means for the user

        bool ok() const { return status == Ok; }
    };
    using Done = std::function<void(const Result &)>;

    // The service the entries are filed under.
    static QString serviceName() { return QStringLiteral("Invitedesk"); }
    // The account a key is filed under: the API base URL it belongs to (Clerk's production API when empty).
    static QString accountFor(const QString &apiBaseUrl);

    SecretStore() = default;
    virtual ~SecretStore();

    virtual void read(const QString &account, QObject *context, Done done) = 0;
    virtual void write(const QString &account, const QString &secret, QObject *context, Done done) = 0;
    // Deleting an entry that does not exist is Ok.
    virtual void remove(const QString &account, QObject *context, Done done) = 0;
};
