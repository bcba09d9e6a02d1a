#include "ClerkConfig.h"

#include <QDebug>
#include <QHostAddress>

#include <algorithm>

QUrl ClerkConfig::defaultApiBaseUrl()
{
    return QUrl(QStringLiteral("https://api.clerk.com/v1"));
}

ClerkConfig ClerkConfig::fromEnvironment()
{
    ClerkConfig config;
    config.setSecretKey(qEnvironmentVariable("CLERK_SECRET_KEY"));
    const QString apiUrl = qEnvironmentVariable("CLERK_API_URL").trimmed();
    if (!apiUrl.isEmpty()) {
        config.setApiBaseUrl(QUrl(apiUrl, QUrl::StrictMode));
    }
    return config;
}

QString ClerkConfig::validateBaseUrl(const QUrl &url)
{
    const QString shown = url.toDisplayString(QUrl::RemoveUserInfo);
    if (!url.isValid() || url.host().isEmpty()) {
        return tr("The Clerk API URL \"%1\" is not a valid absolute URL.").arg(shown);
    }
    if (!url.userInfo().isEmpty()) {
        return tr("The Clerk API URL %1 must not contain a user name or password.").arg(shown);
    }
    const QString scheme = url.scheme().toLower();
    if (scheme == u"https") {
        return {};
    }
    if (scheme == u"http") {
        const QString host = url.host();
        if (host.compare(u"localhost", Qt::CaseInsensitive) == 0 || QHostAddress(host).isLoopback()) {
            return {};
        }
        return tr("The Clerk API URL %1 uses plain http to a host that is not a loopback address; use https.")
            .arg(shown);
    }
    return tr("The Clerk API URL %1 must start with https://.").arg(shown);
}

QString ClerkConfig::validate() const
{
    if (const QString urlProblem = validateBaseUrl(m_apiBaseUrl); !urlProblem.isEmpty()) {
        return urlProblem;
    }
    if (m_secretKey.isEmpty()) {
        return tr("No Clerk secret key: set the environment variable CLERK_SECRET_KEY.");
    }
    const bool printable = std::all_of(m_secretKey.cbegin(), m_secretKey.cend(),
                                       [](QChar c) { return c.unicode() > 0x20 && c.unicode() < 0x7f; });
    if (!printable) {
        return tr("The Clerk secret key contains spaces, control or non-ASCII characters.");
    }
    if (m_transferTimeoutMs <= 0) {
        return tr("The transfer timeout must be a positive number of milliseconds, not %1.").arg(m_transferTimeoutMs);
    }
    return {};
}

ClerkConfig::Environment ClerkConfig::environment() const
{
    if (m_secretKey.startsWith(u"sk_test_")) {
        return Environment::Test;
    }
    if (m_secretKey.startsWith(u"sk_live_")) {
        return Environment::Live;
    }
    return Environment::Unknown;
}

QString ClerkConfig::environmentName(Environment environment)
{
    switch (environment) {
    case Environment::Test:
        return tr("development instance");
    case Environment::Live:
        return tr("production instance");
    case Environment::Unknown:
        break;
    }
    return tr("unknown instance");
}

QString ClerkConfig::toString() const
{
    const QString key = hasSecretKey() ? tr("secret key set") : tr("no secret key");
    return tr("%1 (%2, %3, API version %4, timeout %5 ms)")
        .arg(m_apiBaseUrl.toDisplayString(QUrl::RemoveUserInfo), environmentName(environment()), key, apiVersion())
        .arg(m_transferTimeoutMs);
}

QDebug operator<<(QDebug debug, const ClerkConfig &config)
{
    const QDebugStateSaver saver(debug);
    debug.nospace().noquote() << "ClerkConfig(" << config.toString() << ')';
    return debug;
}
