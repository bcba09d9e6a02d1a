#pragma once

#include "clerk/ApiExchange.h"

#include <QByteArray>

// The journal's last line of defence for the secret key: before an exchange is written, any Authorization value
// other than the redacted form is replaced by it, and anything shaped like a Clerk secret key (sk_live_...,
// sk_test_...) is masked wherever it appears (URL, headers, bodies, error text).
class ExchangeSanitizer
{
public:
    static QByteArray redactedAuthorization() { return QByteArrayLiteral("Bearer [REDACTED]"); }

    static ApiExchange sanitized(const ApiExchange &exchange);
    // True when sanitized() would change nothing.
    static bool isClean(const ApiExchange &exchange);
    // text with every "sk_live_<key>" / "sk_test_<key>" turned into "sk_live_[REDACTED]" / "sk_test_[REDACTED]".
    static QByteArray maskSecretKeys(const QByteArray &text);
};
