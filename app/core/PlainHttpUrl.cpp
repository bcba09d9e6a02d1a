#include "PlainHttpUrl.h"

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
    qsizetype start = 0;
    for (;;) {
        const qsizetype dot = host.indexOf(u'.', start);
        const QStringView label = host.sliced(start, (dot < 0 ? host.size() : dot) - start);
        if (!isPlainLabel(label)) {
            return false;
        }
        if (dot < 0) {
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

bool PlainHttpUrl::recognizes(QStringView text)
{
    QStringView afterScheme;
    if (text.startsWith(u"https://")) {
        afterScheme = text.sliced(8);
    } else if (text.startsWith(u"http://")) {
        afterScheme = text.sliced(7);
    } else {
        return false;
    }
    qsizetype hostEnd = 0;
    while (hostEnd < afterScheme.size()) {
        const char16_t c = afterScheme[hostEnd].unicode();
        if (c == u'/' || c == u'?' || c == u'#') {
            break;
        }
        ++hostEnd;
    }
    return isPlainHost(afterScheme.first(hostEnd)) && isPlainRest(afterScheme.sliced(hostEnd));
}
