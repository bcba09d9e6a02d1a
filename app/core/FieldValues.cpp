#include "FieldValues.h"

#include "PlainHttpUrl.h"
#include "PlainJsonObject.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QUrl>

#include <algorithm>
#include <climits>

static bool isAsciiDigit(char16_t c)
{
    return c >= u'0' && c <= u'9';
}

static bool isAsciiLetterOrDigit(char16_t c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || isAsciiDigit(c);
}

// RFC 5322 atext: what a dot-atom local part may hold besides the dots.
static bool isAsciiAtext(char16_t c)
{
    if (isAsciiLetterOrDigit(c)) {
        return true;
    }
    switch (c) {
    case u'!':
    case u'#':
    case u'$':
    case u'%':
    case u'&':
    case u'\'':
    case u'*':
    case u'+':
    case u'-':
    case u'/':
    case u'=':
    case u'?':
    case u'^':
    case u'_':
    case u'`':
    case u'{':
    case u'|':
    case u'}':
    case u'~':
        return true;
    default:
        return false;
    }
}

// Steps over the non-ASCII character at text[i] (a surrogate pair is one character) and says whether it is a letter,
// a digit or a combining mark: what internationalized local parts and domain names are made of.
static bool stepOverInternationalChar(QStringView text, qsizetype &i)
{
    const QChar first = text[i];
    char32_t ucs = first.unicode();
    if (first.isHighSurrogate()) {
        if (i + 1 >= text.size() || !text[i + 1].isLowSurrogate()) {
            return false;
        }
        ucs = QChar::surrogateToUcs4(first, text[i + 1]);
        ++i;
    } else if (first.isLowSurrogate()) {
        return false;
    }
    ++i;
    if (QChar::isLetterOrNumber(ucs)) {
        return true;
    }
    const QChar::Category category = QChar::category(ucs);
    return category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining ||
           category == QChar::Mark_Enclosing;
}

static bool isValidLocalPart(QStringView local)
{
    if (local.isEmpty() || local.size() > FieldValues::MaxEmailLocalPartLength || local.front() == u'.' ||
        local.back() == u'.') {
        return false;
    }
    bool previousWasDot = false;
    qsizetype i = 0;
    while (i < local.size()) {
        const char16_t c = local[i].unicode();
        if (c >= 0x80) {
            if (!stepOverInternationalChar(local, i)) {
                return false;
            }
            previousWasDot = false;
            continue;
        }
        if (c == u'.') {
            if (previousWasDot) {
                return false;
            }
            previousWasDot = true;
        } else if (isAsciiAtext(c)) {
            previousWasDot = false;
        } else {
            return false;
        }
        ++i;
    }
    return true;
}

static bool isValidDomainLabel(QStringView label)
{
    if (label.isEmpty() || label.size() > FieldValues::MaxDomainLabelLength || label.front() == u'-' ||
        label.back() == u'-') {
        return false;
    }
    qsizetype i = 0;
    while (i < label.size()) {
        const char16_t c = label[i].unicode();
        if (c >= 0x80) {
            if (!stepOverInternationalChar(label, i)) {
                return false;
            }
            continue;
        }
        if (!isAsciiLetterOrDigit(c) && c != u'-') {
            return false;
        }
        ++i;
    }
    return true;
}

static bool isValidDomain(QStringView domain)
{
    int labels = 0;
    auto start = domain.begin();
    for (;;) {
        const auto dot = std::find(start, domain.end(), u'.'); // not indexOf(): a library call per label
        const QStringView label(start, dot);
        if (!isValidDomainLabel(label)) {
            return false;
        }
        ++labels;
        if (dot == domain.end()) {
            // The top-level label: two characters at least and not a number (which would make it an IP address).
            return labels >= 2 && label.size() >= 2 &&
                   !std::all_of(label.begin(), label.end(), [](QChar c) { return isAsciiDigit(c.unicode()); });
        }
        start = dot + 1;
    }
}

bool FieldValues::isValidEmail(QStringView text)
{
    text = text.trimmed();
    if (text.isEmpty() || text.size() > MaxEmailLength) {
        return false;
    }
    // '@' is not atext, so splitting at the last one leaves any other '@' to fail the local part.
    const qsizetype at = text.lastIndexOf(u'@');
    if (at <= 0) {
        return false;
    }
    return isValidLocalPart(text.first(at)) && isValidDomain(text.sliced(at + 1));
}

bool FieldValues::isValidRoleKey(QStringView text)
{
    text = text.trimmed();
    const QLatin1String prefix("org:");
    if (text.size() <= prefix.size() || text.size() > MaxRoleKeyLength || !text.startsWith(prefix)) {
        return false;
    }
    const QStringView name = text.sliced(prefix.size());
    return std::all_of(name.begin(), name.end(), [](QChar qc) {
        const char16_t c = qc.unicode();
        return (c >= u'a' && c <= u'z') || isAsciiDigit(c) || c == u'_' || c == u'-';
    });
}

FieldValues::UrlProblem FieldValues::redirectUrlProblem(QStringView text)
{
    text = text.trimmed();
    return PlainHttpUrl::recognizes(text) ? UrlProblem::None : redirectUrlProblemByQUrl(text);
}

FieldValues::UrlProblem FieldValues::redirectUrlProblemByQUrl(QStringView text)
{
    text = text.trimmed();
    if (text.isEmpty()) {
        return UrlProblem::NotAbsolute;
    }
    const QUrl url(text.toString(), QUrl::StrictMode);
    if (!url.isValid()) {
        return UrlProblem::Malformed;
    }
    const QString scheme = url.scheme(); // QUrl gives it in lower case
    if (scheme.isEmpty()) {
        return UrlProblem::NotAbsolute;
    }
    if (scheme != QLatin1String("https") && scheme != QLatin1String("http")) {
        return UrlProblem::NotHttp;
    }
    if (url.host().isEmpty()) {
        return UrlProblem::NoHost;
    }
    return UrlProblem::None;
}

bool FieldValues::isValidInviterId(QStringView text)
{
    text = text.trimmed();
    const QLatin1String prefix("user_");
    if (text.size() <= prefix.size() || !text.startsWith(prefix)) {
        return false;
    }
    const QStringView id = text.sliced(prefix.size());
    return std::all_of(id.begin(), id.end(), [](QChar c) { return isAsciiLetterOrDigit(c.unicode()); });
}

std::optional<int> FieldValues::parseExpires(QStringView text)
{
    text = text.trimmed();
    const qsizetype size = text.size();
    qsizetype i = 0;
    bool negative = false;
    if (i < size && (text[i] == u'-' || text[i] == u'+')) {
        negative = text[i] == u'-';
        ++i;
    }
    const qsizetype digitsStart = i;
    qint64 value = 0;
    for (; i < size && isAsciiDigit(text[i].unicode()); ++i) {
        value = std::min<qint64>(value * 10 + (text[i].unicode() - u'0'), INT_MAX);
    }
    if (i == digitsStart) {
        return std::nullopt;
    }
    // "30.0", "30.00": how spreadsheets write a whole number stored as a decimal.
    if (i < size && text[i] == u'.') {
        const qsizetype zerosStart = ++i;
        while (i < size && text[i] == u'0') {
            ++i;
        }
        if (i == zerosStart) {
            return std::nullopt;
        }
    }
    if (i != size) {
        return std::nullopt;
    }
    return static_cast<int>(negative ? -value : value);
}

bool FieldValues::isValidExpires(QStringView text)
{
    const std::optional<int> days = parseExpires(text);
    return days && *days >= MinExpiresInDays && *days <= MaxExpiresInDays;
}

std::optional<bool> FieldValues::parseNotify(QStringView text)
{
    text = text.trimmed();
    if (text.isEmpty()) {
        return std::nullopt; // the common case: not given, no word to compare
    }
    const auto is = [text](const char *word) { return text.compare(QLatin1String(word), Qt::CaseInsensitive) == 0; };
    if (is("true") || is("yes") || is("y") || is("1")) {
        return true;
    }
    if (is("false") || is("no") || is("n") || is("0")) {
        return false;
    }
    return std::nullopt;
}

std::optional<QJsonObject> FieldValues::parseMetadata(QStringView text, MetadataError *error)
{
    if (text.trimmed().isEmpty()) {
        return QJsonObject();
    }
    const QByteArray utf8 = text.toUtf8();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(utf8, &parseError);
    if (parseError.error == QJsonParseError::NoError && document.isObject()) {
        return document.object();
    }
    if (!error) {
        return std::nullopt;
    }
    *error = MetadataError();
    if (parseError.error == QJsonParseError::NoError) {
        error->type = QJsonValue::Array;
        return std::nullopt;
    }
    // QJsonDocument takes only an object or an array at the top: find out whether the text is some other JSON value
    // ("abc", 42, true) so the message can say so instead of blaming the syntax.
    QByteArray wrapped;
    wrapped.reserve(utf8.size() + 2);
    wrapped.append('[').append(utf8).append(']');
    QJsonParseError wrappedError;
    const QJsonDocument wrappedDocument = QJsonDocument::fromJson(wrapped, &wrappedError);
    if (wrappedError.error == QJsonParseError::NoError && wrappedDocument.array().size() == 1) {
        error->type = wrappedDocument.array().first().type();
        return std::nullopt;
    }
    error->parseError = parseError.errorString();
    const qsizetype byteOffset = std::clamp<qsizetype>(parseError.offset, 0, utf8.size());
    error->offset = QString::fromUtf8(utf8.first(byteOffset)).size();
    return std::nullopt;
}

bool FieldValues::isValidMetadata(QStringView text, MetadataError *error)
{
    return PlainJsonObject::recognizes(text) || parseMetadata(text, error).has_value();
}
