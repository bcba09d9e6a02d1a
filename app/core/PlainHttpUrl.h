#pragma once

#include <QStringView>

// Recognizes the redirect URL nearly every row holds, plain ASCII http(s)://host/path?query#fragment, without QUrl.
// It only ever says yes to URLs QUrl accepts as absolute http(s) URLs with a host; a no means "ask QUrl".
class PlainHttpUrl
{
public:
    // True for "http://" or "https://" (lower case), a host of letter-digit-hyphen labels whose last label starts with
    // a letter (so never an IP address), then an optional path, query and fragment of unreserved and sub-delimiter
    // characters, ':', '@', '/' and valid percent escapes. No port, no user info, no surrounding white space.
    static bool recognizes(QStringView text);
};
