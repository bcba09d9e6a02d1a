#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

class QDebug;

// Where and how ClerkClient talks to Clerk: API base URL, secret key, transfer timeout and API version pin.
// The secret key is never part of any text this class produces (toString, qDebug, error messages).
class ClerkConfig
{
    Q_DECLARE_TR_FUNCTIONS(ClerkConfig)

public:
    enum class Environment { Unknown, Test, Live };

    static constexpr int DefaultTransferTimeoutMs = 30000;

    static QUrl defaultApiBaseUrl();
    // The Backend API version every request pins with the Clerk-API-Version header.
    static QString apiVersion() { return QStringLiteral("2026-05-12"); }

    // CLERK_SECRET_KEY and CLERK_API_URL (when set and not empty); everything else takes its default.
    static ClerkConfig fromEnvironment();

    // Empty when the URL may carry the secret key; otherwise why not (one line, for people).
    // Allowed: https to any host, or http to a loopback host (127.0.0.0/8, ::1, localhost).
    static QString validateBaseUrl(const QUrl &url);
    // Empty when a request can be sent with this configuration; otherwise the first problem found.
    QString validate() const;

    QUrl apiBaseUrl() const { return m_apiBaseUrl; }
    void setApiBaseUrl(const QUrl &url) { m_apiBaseUrl = url; }

    QString secretKey() const { return m_secretKey; }
    void setSecretKey(const QString &key) { m_secretKey = key.trimmed(); }
    bool hasSecretKey() const { return !m_secretKey.isEmpty(); }

    int transferTimeoutMs() const { return m_transferTimeoutMs; }
    void setTransferTimeoutMs(int ms) { m_transferTimeoutMs = ms; }

    // Test for sk_test_ keys (a development instance), Live for sk_live_ (production), otherwise Unknown.
    Environment environment() const;
    static QString environmentName(Environment environment);

    // For logs and the about box: URL, environment and timeout; says whether a key is set, never which.
    QString toString() const;

    friend bool operator==(const ClerkConfig &, const ClerkConfig &) = default;

private:
    QUrl m_apiBaseUrl = defaultApiBaseUrl();
    QString m_secretKey;
    int m_transferTimeoutMs = DefaultTransferTimeoutMs;
};

QDebug operator<<(QDebug debug, const ClerkConfig &config);
