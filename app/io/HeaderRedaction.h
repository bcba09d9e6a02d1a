#pragma once

#include <QByteArray>
#include <QByteArrayView>

// The one rule for which HTTP header values never leave Invitedesk as they are (HAR export, cURL command): the
// Authorization header, cookies, and any header whose name mentions a secret, an API key or a token.
class HeaderRedaction
{
public:
    // Authorization, Proxy-Authorization, Cookie, Set-Cookie, and names containing "secret", "api-key",
    // "api_key", "apikey" or "token", compared case-insensitively.
    static bool isSensitive(QByteArrayView name);
    // Whether the name is Authorization (case-insensitive, surrounding white space ignored).
    static bool isAuthorization(QByteArrayView name);

    // The value safe to show for a header: "Bearer [REDACTED]" for Authorization whatever it holds, "[REDACTED]"
    // for the other sensitive headers, the value itself for the rest.
    static QByteArray safeValue(QByteArrayView name, const QByteArray &value);
};
