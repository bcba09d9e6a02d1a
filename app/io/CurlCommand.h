#pragma once

#include "clerk/ApiExchange.h"

#include <QString>

// Turns an exchange into a one-line POSIX shell command that repeats the request with curl, for support and
// debugging. The secret key is never in it: the command reads it from $CLERK_SECRET_KEY when it runs.
class CurlCommand
{
public:
    // `curl -X POST 'URL' -H "Authorization: Bearer $CLERK_SECRET_KEY" -H 'Name: value' ... --data-raw 'BODY'`.
    // The Authorization header is always that one, whatever the exchange holds; other sensitive headers
    // (HeaderRedaction) are written redacted; Content-Length and Host are left to curl.
    static QString fromExchange(const ApiExchange &exchange);

    // The text as one POSIX shell word in single quotes ('it'\''s' for it's).
    static QString shellQuote(const QString &text);
};
