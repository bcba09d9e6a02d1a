#include "InvitationPayload.h"

#include "FieldValues.h"
#include "PlainJsonObject.h"

#include <QJsonDocument>
#include <QVarLengthArray>

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
    QStringView publicMetadata; // the cell's text; left out when it holds no object or an empty one
    QStringView privateMetadata;
};

static QJsonObject metadataObject(QStringView text)
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
    item.publicMetadata = invitee.value(Invitee::PublicMetadata);
    item.privateMetadata = invitee.value(Invitee::PrivateMetadata);
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
    if (const QJsonObject metadata = metadataObject(item.privateMetadata); !metadata.isEmpty()) {
        object.insert(QLatin1String("private_metadata"), metadata);
    }
    if (const QJsonObject metadata = metadataObject(item.publicMetadata); !metadata.isEmpty()) {
        object.insert(QLatin1String("public_metadata"), metadata);
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

// A metadata cell on its way into the direct writer's output. A plain object (see PlainJsonObject) is copied from the
// text as the user wrote it, without QJsonDocument; other text is parsed and written by QJsonDocument, so the writer
// never emits invalid JSON, even for a cell that was not validated.
class InvitationPayloadMetadata
{
public:
    explicit InvitationPayloadMetadata(QStringView text)
    {
        if (text.isEmpty()) {
            return; // no metadata: no JSON parsing
        }
        m_json.resize(PlainJsonObject::utf8Bound(text));
        if (const char *end = PlainJsonObject::writeCompactUtf8(m_json.data(), text)) {
            m_json.resize(end - m_json.data());
            return;
        }
        const QJsonObject object = metadataObject(text);
        const QByteArray json = QJsonDocument(object).toJson(QJsonDocument::Compact);
        m_json.clear();
        m_json.append(json.constData(), json.size());
    }

    qsizetype size() const { return m_json.size(); }

    // Writes the member (key, then the object), or nothing when the cell holds no object or an empty one.
    template<size_t N>
    char *write(char *cursor, const char (&member)[N]) const
    {
        if (m_json.size() <= 2) {
            return cursor; // "{}" or nothing
        }
        cursor = writeLiteral(cursor, member);
        std::memcpy(cursor, m_json.constData(), static_cast<size_t>(m_json.size()));
        return cursor + m_json.size();
    }

private:
    QVarLengthArray<char, 256> m_json; // the compact object
};

// Appends one invitation with toJson()'s keys in toJson()'s order; everything but metadata gets the very bytes
// QJsonDocument::Compact would write, metadata objects are copied as the user wrote them (see
// InvitationPayloadMetadata). Buffer is a QByteArray or a QVarLengthArray<char>.
template<typename Buffer>
static void appendItem(Buffer &out, const InvitationPayloadItem &item)
{
    const InvitationPayloadMetadata privateJson(item.privateMetadata);
    const InvitationPayloadMetadata publicJson(item.publicMetadata);
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
    cursor = privateJson.write(cursor, ",\"private_metadata\":");
    cursor = publicJson.write(cursor, ",\"public_metadata\":");
    if (!item.redirectUrl.isEmpty()) {
        cursor = writeJsonString(writeLiteral(cursor, ",\"redirect_url\":"), item.redirectUrl);
    }
    cursor = writeJsonString(writeLiteral(cursor, ",\"role\":"), item.role);
    *cursor++ = '}';
    out.resize(start + (cursor - begin));
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

QByteArray InvitationPayload::compactJson(const Invitee &invitee, const QString &defaultRole)
{
    // Written on the stack first: the room appendItem() reserves is several times what the item takes, and 100,000
    // payloads kept in memory should not keep it.
    QVarLengthArray<char, 1024> item;
    appendItem(item, readItem(invitee, defaultRole));
    return QByteArray(item.data(), item.size());
}

QByteArray InvitationPayload::bulkBody(const QList<QByteArray> &compactItems)
{
    qsizetype size = 2;
    for (const QByteArray &item : compactItems) {
        size += item.size() + 1;
    }
    QByteArray body;
    body.reserve(size);
    body.append('[');
    for (const QByteArray &item : compactItems) {
        if (body.size() > 1) {
            body.append(',');
        }
        body.append(item);
    }
    body.append(']');
    return body;
}
