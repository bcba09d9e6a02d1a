#include "FakeSecretStore.h"

#include <QCoreApplication>
#include <QPointer>
#include <QTimer>

#include <utility>

void FakeSecretStore::read(const QString &account, QObject *context, Done done)
{
    calls.append(QStringLiteral("read ") + account);
    Result result;
    if (!entries.contains(account)) {
        result.status = Result::NotFound;
    } else {
        result.secret = entries.value(account);
    }
    if (m_holding) {
        QPointer<QObject> guard(context);
        m_held.append([this, guard, hasContext = context != nullptr, done, result] {
            if (!hasContext || guard) {
                answer(guard, done, result);
            }
        });
        return;
    }
    answer(context, done, result);
}

void FakeSecretStore::releaseReads()
{
    m_holding = false;
    const QList<std::function<void()>> held = std::exchange(m_held, {});
    for (const std::function<void()> &answerLater : held) {
        answerLater();
    }
}

void FakeSecretStore::write(const QString &account, const QString &secret, QObject *context, Done done)
{
    calls.append(QStringLiteral("write ") + account);
    if (m_failure.isEmpty()) {
        entries.insert(account, secret);
    }
    answer(context, done, Result());
}

void FakeSecretStore::remove(const QString &account, QObject *context, Done done)
{
    calls.append(QStringLiteral("remove ") + account);
    if (m_failure.isEmpty()) {
        entries.remove(account);
    }
    answer(context, done, Result());
}

void FakeSecretStore::answer(QObject *context, const Done &done, const Result &result)
{
    Result answered = result;
    if (!m_failure.isEmpty()) {
        answered = Result{Result::Failed, QString(), m_failure};
    }
    if (!done) {
        return;
    }
    // Like a keychain job: later, and not at all once the context is gone.
    QTimer::singleShot(0, context ? context : QCoreApplication::instance(), [done, answered] { done(answered); });
}
