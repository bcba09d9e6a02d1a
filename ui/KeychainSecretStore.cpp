#include "KeychainSecretStore.h"

#include <qt6keychain/keychain.h>

namespace {

// What a failed job means for the user, in one line.
QString failure(const QKeychain::Job &job)
{
    switch (job.error()) {
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return KeychainSecretStore::tr("No system keychain is available (%1).").arg(job.errorString());
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return KeychainSecretStore::tr("The system keychain refused access (%1).").arg(job.errorString());
    default:
        return KeychainSecretStore::tr("The system keychain failed (%1).").arg(job.errorString());
    }
}

// Starts job (deleted after it finished) and answers done through context with what it produced.
void run(QKeychain::Job *job, QObject *context, const SecretStore::Done &done,
         const std::function<QString(QKeychain::Job *)> &secretOf)
{
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never a plain-text file
    QObject *receiver = context ? context : job;
    QObject::connect(job, &QKeychain::Job::finished, receiver, [done, secretOf](QKeychain::Job *finished) {
        SecretStore::Result result;
        if (finished->error() == QKeychain::NoError) {
            result.secret = secretOf ? secretOf(finished) : QString();
        } else if (finished->error() == QKeychain::EntryNotFound) {
            result.status = SecretStore::Result::NotFound;
        } else {
            result.status = SecretStore::Result::Failed;
            result.message = failure(*finished);
        }
        if (done) {
            done(result);
        }
    });
    job->start();
}

} // namespace

void KeychainSecretStore::read(const QString &account, QObject *context, Done done)
{
    auto *job = new QKeychain::ReadPasswordJob(serviceName());
    job->setKey(account);
    run(job, context, done,
        [](QKeychain::Job *finished) { return static_cast<QKeychain::ReadPasswordJob *>(finished)->textData(); });
}

void KeychainSecretStore::write(const QString &account, const QString &secret, QObject *context, Done done)
{
    auto *job = new QKeychain::WritePasswordJob(serviceName());
    job->setKey(account);
    job->setTextData(secret);
    run(job, context, done, {});
}

void KeychainSecretStore::remove(const QString &account, QObject *context, Done done)
{
    auto *job = new QKeychain::DeletePasswordJob(serviceName());
    job->setKey(account);
    run(job, context,
        [done](const Result &result) {
            if (!done) {
                return;
            }
            if (result.status == Result::NotFound) {
                done(Result()); // nothing to delete is what was wanted
            } else {
                done(result);
            }
        },
        {});
}
