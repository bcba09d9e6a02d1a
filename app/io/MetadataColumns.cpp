#include "MetadataColumns.h"

#include "ColumnMapper.h"
#include "CompactJson.h"

#include <algorithm>
#include <cmath>

// Largest magnitude up to which every integer is exact in a double (and so in every JSON reader).
static constexpr qint64 MaxExactInteger = qint64(1) << 53;

static bool isAsciiDigit(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

enum class NumberShape { None, Integer, Decimal };

// "-?(0|[1-9][0-9]*)" is an Integer, the same followed by "\.[0-9]+" a Decimal; anything else None.
static NumberShape numberShape(QStringView text)
{
    qsizetype i = 0;
    const qsizetype size = text.size();
    if (i < size && text[i] == u'-') {
        ++i;
    }
    const qsizetype firstDigit = i;
    while (i < size && isAsciiDigit(text[i])) {
        ++i;
    }
    const qsizetype integerDigits = i - firstDigit;
    if (integerDigits == 0 || (integerDigits > 1 && text[firstDigit] == u'0')) {
        return NumberShape::None;
    }
    if (i == size) {
        return NumberShape::Integer;
    }
    if (text[i] != u'.') {
        return NumberShape::None;
    }
    ++i;
    const qsizetype firstFraction = i;
    while (i < size && isAsciiDigit(text[i])) {
        ++i;
    }
    return i == size && i > firstFraction ? NumberShape::Decimal : NumberShape::None;
}

// The value of an integer numberShape() accepted, when it has at most 15 digits (so it cannot overflow): the common
// case, read without toLongLong()'s conversions.
static std::optional<qint64> shortInteger(QStringView integer)
{
    const bool negative = integer.front() == u'-';
    const QStringView digits = negative ? integer.sliced(1) : integer;
    if (digits.size() > 15) {
        return std::nullopt;
    }
    qint64 value = 0;
    for (const QChar digit : digits) {
        value = value * 10 + (digit.unicode() - u'0');
    }
    return negative ? -value : value;
}

static bool isExact(qint64 value)
{
    return value <= MaxExactInteger && value >= -MaxExactInteger;
}

// A cell's typed value, found without allocating: what typedValue() returns and what json() writes.
struct TypedCell
{
    enum Kind { Missing, Integer, Double, Bool, Text } kind = Missing;
    qint64 integer = 0;
    double number = 0;
    bool boolean = false;
    QStringView text; // for Text: the trimmed text
};

static TypedCell typeText(QStringView text)
{
    TypedCell typed;
    const QStringView trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        return typed;
    }
    typed.kind = TypedCell::Text;
    typed.text = trimmed;
    bool ok = false;
    switch (numberShape(trimmed)) {
    case NumberShape::Integer:
        if (const std::optional<qint64> value = shortInteger(trimmed)) {
            typed.integer = *value;
            ok = true;
        } else {
            typed.integer = trimmed.toLongLong(&ok);
        }
        if (ok && isExact(typed.integer)) {
            typed.kind = TypedCell::Integer;
        }
        return typed; // beyond 2^53 (or 64 bits): the text
    case NumberShape::Decimal:
        typed.number = trimmed.toDouble(&ok);
        if (ok && std::fabs(typed.number) <= double(MaxExactInteger)) {
            typed.kind = TypedCell::Double;
        }
        return typed;
    case NumberShape::None:
        break;
    }
    const bool isTrue = trimmed.size() == 4 && trimmed.compare(u"true", Qt::CaseInsensitive) == 0;
    if (isTrue || (trimmed.size() == 5 && trimmed.compare(u"false", Qt::CaseInsensitive) == 0)) {
        typed.kind = TypedCell::Bool;
        typed.boolean = isTrue;
    }
    return typed;
}

// storage holds the text the result views when the cell had to be turned into text.
static TypedCell typeCell(const QVariant &cell, QString &storage)
{
    TypedCell typed;
    if (!cell.isValid() || cell.isNull()) {
        return typed;
    }
    switch (cell.typeId()) {
    case QMetaType::Bool:
        typed.kind = TypedCell::Bool;
        typed.boolean = cell.toBool();
        return typed;
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Short:
    case QMetaType::UShort:
    case QMetaType::Long:
    case QMetaType::LongLong:
        typed.integer = cell.toLongLong();
        if (isExact(typed.integer)) {
            typed.kind = TypedCell::Integer;
            return typed;
        }
        break; // beyond 2^53: the text, like a text cell
    case QMetaType::ULong:
    case QMetaType::ULongLong:
        if (cell.toULongLong() <= quint64(MaxExactInteger)) {
            typed.kind = TypedCell::Integer;
            typed.integer = qint64(cell.toULongLong());
            return typed;
        }
        break;
    case QMetaType::Double:
    case QMetaType::Float:
        typed.number = cell.toDouble();
        if (std::isfinite(typed.number)) {
            typed.kind = TypedCell::Double;
            return typed;
        }
        break; // JSON has no NaN or infinity: the text
    case QMetaType::QDate:
    case QMetaType::QDateTime:
    case QMetaType::QTime:
        storage = ColumnMapper::cellText(cell); // ISO 8601; empty when invalid
        if (!storage.isEmpty()) {
            typed.kind = TypedCell::Text;
            typed.text = storage;
        }
        return typed;
    default:
        storage = cell.toString();
        return typeText(storage);
    }
    storage = cell.toString();
    typed.kind = TypedCell::Text;
    typed.text = storage;
    return typed;
}

static QJsonValue jsonValue(const TypedCell &typed)
{
    switch (typed.kind) {
    case TypedCell::Missing:
        break;
    case TypedCell::Integer:
        return typed.integer;
    case TypedCell::Double:
        return typed.number;
    case TypedCell::Bool:
        return typed.boolean;
    case TypedCell::Text:
        return typed.text.toString();
    }
    return QJsonValue(QJsonValue::Undefined);
}

// Appends the value's JSON; false, appending nothing, when it is missing.
static bool appendJson(QString &json, const TypedCell &typed)
{
    switch (typed.kind) {
    case TypedCell::Missing:
        return false;
    case TypedCell::Integer:
        CompactJson::appendInteger(json, typed.integer);
        return true;
    case TypedCell::Double:
        CompactJson::appendDouble(json, typed.number);
        return true;
    case TypedCell::Bool:
        CompactJson::appendBool(json, typed.boolean);
        return true;
    case TypedCell::Text:
        CompactJson::appendString(json, typed.text);
        return true;
    }
    return false;
}

static bool appendCell(QString &json, const QString &cell)
{
    return appendJson(json, typeText(cell));
}

static bool appendCell(QString &json, const QVariant &cell)
{
    QString storage;
    return appendJson(json, typeCell(cell, storage));
}

std::optional<MetadataColumns::Path> MetadataColumns::parseHeader(const QString &header)
{
    const QStringView trimmed = QStringView(header).trimmed();
    const qsizetype dot = trimmed.indexOf(u'.');
    if (dot < 0) {
        return std::nullopt;
    }
    Path path;
    const QString prefix = ColumnMapper::normalizeHeader(trimmed.left(dot));
    if (prefix == ColumnMapper::normalizeHeader(Invitee::fieldKey(Invitee::PublicMetadata))) {
        path.field = Invitee::PublicMetadata;
    } else if (prefix == ColumnMapper::normalizeHeader(Invitee::fieldKey(Invitee::PrivateMetadata))) {
        path.field = Invitee::PrivateMetadata;
    } else {
        return std::nullopt;
    }
    path.keys = trimmed.mid(dot + 1).toString().split(u'.', Qt::KeepEmptyParts);
    for (const QString &key : std::as_const(path.keys)) {
        if (key.trimmed().isEmpty()) {
            return std::nullopt;
        }
    }
    return path;
}

QJsonValue MetadataColumns::typedValue(QStringView text)
{
    return jsonValue(typeText(text));
}

QJsonValue MetadataColumns::typedValue(const QVariant &cell)
{
    QString storage;
    return jsonValue(typeCell(cell, storage));
}

void MetadataColumns::merge(QJsonObject &base, const QJsonObject &overlay)
{
    for (auto it = overlay.constBegin(); it != overlay.constEnd(); ++it) {
        const auto existing = base.constFind(it.key());
        if (existing != base.constEnd() && existing->isObject() && it->isObject()) {
            QJsonObject child = existing->toObject();
            merge(child, it->toObject());
            base.insert(it.key(), child);
        } else {
            base.insert(it.key(), it.value());
        }
    }
}

int MetadataColumns::add(int column, const QStringList &keys)
{
    Q_ASSERT(!keys.isEmpty());
    std::vector<Node> *level = &m_nodes;
    for (qsizetype i = 0; i < keys.size(); ++i) {
        const QString &key = keys.at(i);
        const bool isLast = i == keys.size() - 1;
        auto node = std::lower_bound(level->begin(), level->end(), key,
                                     [](const Node &existing, const QString &k) { return existing.key < k; });
        if (node != level->end() && node->key == key) {
            if (node->column >= 0 || isLast) {
                return firstColumn(*node); // a value on the way, or an object (or value) where this value goes
            }
            level = &node->children;
            continue;
        }
        Node added;
        added.key = key;
        CompactJson::appendString(added.member, key);
        added.member.append(u':');
        added.column = isLast ? column : -1;
        m_expectedSize += added.member.size() + (isLast ? 16 : 3); // a short value or braces, and a comma
        node = level->insert(node, std::move(added));
        level = &node->children;
    }
    m_columns.append(column);
    return -1;
}

int MetadataColumns::firstColumn(const Node &node)
{
    if (node.column >= 0) {
        return node.column;
    }
    int first = -1;
    for (const Node &child : node.children) {
        const int column = firstColumn(child);
        first = first < 0 ? column : std::min(first, column);
    }
    return first;
}

template<typename Cell>
bool MetadataColumns::appendObject(QString &json, const std::vector<Node> &nodes, const QList<Cell> &cells)
{
    const qsizetype objectStart = json.size();
    json.append(u'{');
    bool hasMember = false;
    for (const Node &node : nodes) {
        const qsizetype memberStart = json.size();
        if (hasMember) {
            json.append(u',');
        }
        json.append(node.member);
        const bool written = node.column < 0 ? appendObject(json, node.children, cells)
                                             : node.column < cells.size() && appendCell(json, cells.at(node.column));
        if (written) {
            hasMember = true;
        } else {
            json.truncate(memberStart); // an empty cell: the key is left out
        }
    }
    if (!hasMember) {
        json.truncate(objectStart);
        return false;
    }
    json.append(u'}');
    return true;
}

QString MetadataColumns::json(const QStringList &cells) const
{
    QString json;
    json.reserve(m_expectedSize);
    return appendObject(json, m_nodes, cells) ? json : QString();
}

QString MetadataColumns::json(const QVariantList &cells) const
{
    QString json;
    json.reserve(m_expectedSize);
    return appendObject(json, m_nodes, cells) ? json : QString();
}
