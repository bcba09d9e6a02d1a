#include "PlainHttpUrl.h"

#include <algorithm>

static constexpr qsizetype MaxLabelLength = 63;
static constexpr qsizetype MaxHostLength = 253;

static bool isLetter(char16_t c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

static bool isDigit(char16_t c)
{
    return c >= u'0' && c <= u'9';
}

static bool isHexDigit(char16_t c)
{
    return isDigit(c) || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
}

// RFC 3986 pchar without the percent escape: unreserved, sub-delims, ':' and '@'.
static bool isPathChar(char16_t c)
{
    if (isLetter(c) || isDigit(c)) {
        return true;
    }
    switch (c) {
    case u'-':
    case u'.':
    case u'_':
    case u'~':
    case u'!':
    case u'$':
    case u'&':
    case u'\'':
    case u'(':
    case u')':
    case u'*':
    case u'+':
    case u',':
    case u';':
    case u'=':
    case u':':
    case u'@':
        return true;
    default:
        return false;
    }
}

// A host label: letters, digits and inner hyphens, never "xx--" (the form of IDNA's "xn--" labels, which QUrl
// decodes and may refuse).
static bool isPlainLabel(QStringView label)
{
    if (label.isEmpty() || label.size() > MaxLabelLength || label.front() == u'-' || label.back() == u'-') {
        return false;
    }
    if (label.size() >= 4 && label[2] == u'-' && label[3] == u'-') {
        return false;
    }
    for (const QChar c : label) {
        if (!isLetter(c.unicode()) && !isDigit(c.unicode()) && c != u'-') {
            return false;
        }
    }
    return true;
}

static bool isPlainHost(QStringView host)
{
    if (host.isEmpty() || host.size() > MaxHostLength) {
        return false;
    }
    auto start = host.begin();
    for (;;) {
        const auto dot = std::find(start, host.end(), u'.');
        const QStringView label(start, dot);
        if (!isPlainLabel(label)) {
            return false;
        }
        if (dot == host.end()) {
            return isLetter(label.front().unicode()); // a last label starting with a digit may make an IP address
        }
        start = dot + 1;
    }
}

// Path, query and fragment: after the path, '?' starts the query and '#' the fragment; both may hold '?' and '/'
// but not another '#'.
static bool isPlainRest(QStringView rest)
{
    bool inFragment = false;
    for (qsizetype i = 0; i < rest.size(); ++i) {
        const char16_t c = rest[i].unicode();
        if (isPathChar(c) || c == u'/' || c == u'?') {
            continue;
        }
        if (c == u'%') {
            if (i + 2 >= rest.size() || !isHexDigit(rest[i + 1].unicode()) || !isHexDigit(rest[i + 2].unicode())) {
                return false;
            }
            i += 2;
            continue;
        }
        if (c == u'#' && !inFragment) {
            inFragment = true;
            continue;
        }
        return false;
    }
    return true;
}

// Whether text starts with the ASCII prefix; compared here, as QStringView::startsWith() is a library call.
template<size_t N>
static bool startsWith(QStringView text, const char16_t (&prefix)[N])
{
    return text.size() >= qsizetype(N - 1) && std::equal(prefix, prefix + N - 1, text.utf16());
}

bool PlainHttpUrl::recognizes(QStringView text)
{
    QStringView afterScheme;
    if (startsWith(text, u"https://")) {
        afterScheme = text.sliced(8);
    } else if (startsWith(text, u"http://")) {
        afterScheme = text.sliced(7);
    } else {
        return false;
    }
    const auto hostEnd = std::find_if(afterScheme.begin(), afterScheme.end(),
                                      [](QChar c) { return c == u'/' || c == u'?' || c == u'#'; });
    return isPlainHost(QStringView(afterScheme.begin(), hostEnd)) &&
           isPlainRest(QStringView(hostEnd, afterScheme.end()));
}
