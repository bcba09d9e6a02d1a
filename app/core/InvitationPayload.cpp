#include "InvitationPayload.h"

#include "FieldValues.h"

#include <QJsonDocument>

#include <charconv>
#include <cstring>
#include <optional>

// One invitation as read from its cells: what toJson() and the direct writer both emit, so they cannot disagree.
struct InvitationPayloadItem
{
    QStringView email;
    QStringView role;
    QStringView redirectUrl; // empty: left out
    QStringView inviterUserId;
    std::optional<int> expiresInDays;
    std::optional<bool> notify;
    QJsonObject publicMetadata; // empty: left out
    QJsonObject privateMetadata;
};

static QJsonObject metadataObject(const QString &text)
{
    if (text.isEmpty()) {
        return {}; // no metadata: no JSON parsing
    }
    return FieldValues::parseMetadata(text).value_or(QJsonObject());
}

static InvitationPayloadItem readItem(const Invitee &invitee, const QString &defaultRole)
{
    const auto cell = [&invitee](Invitee::Field field) { return QStringView(invitee.value(field)).trimmed(); };
    InvitationPayloadItem item;
    item.email = cell(Invitee::Email);
    item.role = cell(Invitee::Role);
    if (item.role.isEmpty()) {
        item.role = QStringView(defaultRole).trimmed();
    }
    item.redirectUrl = cell(Invitee::RedirectUrl);
    item.inviterUserId = cell(Invitee::InviterUserId);
    item.expiresInDays = FieldValues::parseExpires(invitee.value(Invitee::ExpiresInDays));
    item.notify = FieldValues::parseNotify(invitee.value(Invitee::Notify));
    item.publicMetadata = metadataObject(invitee.value(Invitee::PublicMetadata));
    item.privateMetadata = metadataObject(invitee.value(Invitee::PrivateMetadata));
    return item;
}

QJsonObject InvitationPayload::toJson(const Invitee &invitee, const QString &defaultRole)
{
    const InvitationPayloadItem item = readItem(invitee, defaultRole);
    // Inserted in key order, so each insert appends.
    QJsonObject object;
    object.insert(QLatin1String("email_address"), item.email.toString());
    if (item.expiresInDays) {
        object.insert(QLatin1String("expires_in_days"), *item.expiresInDays);
    }
    if (!item.inviterUserId.isEmpty()) {
        object.insert(QLatin1String("inviter_user_id"), item.inviterUserId.toString());
    }
    if (item.notify) {
        object.insert(QLatin1String("notify"), *item.notify);
    }
    if (!item.privateMetadata.isEmpty()) {
        object.insert(QLatin1String("private_metadata"), item.privateMetadata);
    }
    if (!item.publicMetadata.isEmpty()) {
        object.insert(QLatin1String("public_metadata"), item.publicMetadata);
    }
    if (!item.redirectUrl.isEmpty()) {
        object.insert(QLatin1String("redirect_url"), item.redirectUrl.toString());
    }
    object.insert(QLatin1String("role"), item.role.toString());
    return object;
}

QByteArray InvitationPayload::bulkBody(const QList<QJsonObject> &items)
{
    QByteArray body;
    body.reserve(items.size() * 96 + 2);
    body.append('[');
    for (const QJsonObject &item : items) {
        if (body.size() > 1) {
            body.append(',');
        }
        body.append(QJsonDocument(item).toJson(QJsonDocument::Compact));
    }
    body.append(']');
    return body;
}

// The direct writer below fills memory reserved up front through a cursor: appending byte by byte to a QByteArray
// costs more than everything else together.
template<size_t N>
static char *writeLiteral(char *cursor, const char (&text)[N])
{
    std::memcpy(cursor, text, N - 1);
    return cursor + N - 1;
}

static char *writeBytes(char *cursor, const QByteArray &bytes)
{
    std::memcpy(cursor, bytes.constData(), static_cast<size_t>(bytes.size()));
    return cursor + bytes.size();
}

// At most six bytes per UTF-16 unit ("\u001f"), plus the quotes.
static qsizetype jsonStringBound(QStringView text)
{
    return 6 * text.size() + 2;
}

// Writes text as a JSON string exactly as QJsonDocument writes one: ", \ and control characters escaped (\b \f \n
// \r \t or \u00xx), lone surrogates as \uxxxx, everything else as UTF-8.
static char *writeJsonString(char *cursor, QStringView text)
{
    static constexpr char hex[] = "0123456789abcdef";
    *cursor++ = '"';
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (c >= 0x20 && c < 0x80 && c != u'"' && c != u'\\') {
            *cursor++ = static_cast<char>(c);
            continue;
        }
        char shortEscape = 0;
        switch (c) {
        case u'"':
            shortEscape = '"';
            break;
        case u'\\':
            shortEscape = '\\';
            break;
        case u'\b':
            shortEscape = 'b';
            break;
        case u'\f':
            shortEscape = 'f';
            break;
        case u'\n':
            shortEscape = 'n';
            break;
        case u'\r':
            shortEscape = 'r';
            break;
        case u'\t':
            shortEscape = 't';
            break;
        default:
            break;
        }
        if (shortEscape) {
            *cursor++ = '\\';
            *cursor++ = shortEscape;
            continue;
        }
        const bool pair = QChar::isHighSurrogate(c) && i + 1 < text.size() && text[i + 1].isLowSurrogate();
        if (c < 0x20 || (QChar::isSurrogate(c) && !pair)) {
            *cursor++ = '\\';
            *cursor++ = 'u';
            *cursor++ = hex[(c >> 12) & 0xf];
            *cursor++ = hex[(c >> 8) & 0xf];
            *cursor++ = hex[(c >> 4) & 0xf];
            *cursor++ = hex[c & 0xf];
        } else if (c < 0x800) {
            *cursor++ = static_cast<char>(0xc0 | (c >> 6));
            *cursor++ = static_cast<char>(0x80 | (c & 0x3f));
        } else if (!pair) {
            *cursor++ = static_cast<char>(0xe0 | (c >> 12));
            *cursor++ = static_cast<char>(0x80 | ((c >> 6) & 0x3f));
            *cursor++ = static_cast<char>(0x80 | (c & 0x3f));
        } else {
            const char32_t ucs = QChar::surrogateToUcs4(c, text[++i].unicode());
            *cursor++ = static_cast<char>(0xf0 | (ucs >> 18));
            *cursor++ = static_cast<char>(0x80 | ((ucs >> 12) & 0x3f));
            *cursor++ = static_cast<char>(0x80 | ((ucs >> 6) & 0x3f));
            *cursor++ = static_cast<char>(0x80 | (ucs & 0x3f));
        }
    }
    *cursor++ = '"';
    return cursor;
}

// Appends one invitation as toJson() + QJsonDocument::Compact would write it: same keys, same order, same bytes.
static void appendItem(QByteArray &out, const InvitationPayloadItem &item)
{
    const QByteArray privateJson = item.privateMetadata.isEmpty()
                                       ? QByteArray()
                                       : QJsonDocument(item.privateMetadata).toJson(QJsonDocument::Compact);
    const QByteArray publicJson = item.publicMetadata.isEmpty()
                                      ? QByteArray()
                                      : QJsonDocument(item.publicMetadata).toJson(QJsonDocument::Compact);
    constexpr qsizetype KeysAndNumbersBound = 192; // every key, punctuation, an int and "false"
    const qsizetype start = out.size();
    out.resize(start + KeysAndNumbersBound + privateJson.size() + publicJson.size() + jsonStringBound(item.email) +
               jsonStringBound(item.inviterUserId) + jsonStringBound(item.redirectUrl) + jsonStringBound(item.role));
    char *const begin = out.data() + start;
    char *cursor = begin;

    cursor = writeJsonString(writeLiteral(cursor, "{\"email_address\":"), item.email);
    if (item.expiresInDays) {
        cursor = writeLiteral(cursor, ",\"expires_in_days\":");
        cursor = std::to_chars(cursor, cursor + 16, *item.expiresInDays).ptr;
    }
    if (!item.inviterUserId.isEmpty()) {
        cursor = writeJsonString(writeLiteral(cursor, ",\"inviter_user_id\":"), item.inviterUserId);
    }
    if (item.notify) {
        cursor = *item.notify ? writeLiteral(cursor, ",\"notify\":true") : writeLiteral(cursor, ",\"notify\":false");
    }
    if (!privateJson.isEmpty()) {
        cursor = writeBytes(writeLiteral(cursor, ",\"private_metadata\":"), privateJson);
    }
    if (!publicJson.isEmpty()) {
        cursor = writeBytes(writeLiteral(cursor, ",\"public_metadata\":"), publicJson);
    }
    if (!item.redirectUrl.isEmpty()) {
        cursor = writeJsonString(writeLiteral(cursor, ",\"redirect_url\":"), item.redirectUrl);
    }
    cursor = writeJsonString(writeLiteral(cursor, ",\"role\":"), item.role);
    *cursor++ = '}';
    out.truncate(start + (cursor - begin));
}

QByteArray InvitationPayload::bulkBody(const QList<Invitee> &invitees, const QString &defaultRole)
{
    QByteArray body;
    body.reserve(invitees.size() * 96 + 2);
    body.append('[');
    for (const Invitee &invitee : invitees) {
        if (body.size() > 1) {
            body.append(',');
        }
        appendItem(body, readItem(invitee, defaultRole));
    }
    body.append(']');
    return body;
}
