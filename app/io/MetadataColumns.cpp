#include "MetadataColumns.h"

#include "ColumnMapper.h"

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

static bool isExact(qint64 value)
{
    return value <= MaxExactInteger && value >= -MaxExactInteger;
}

static bool insertAt(QJsonObject &object, const QStringList &keys, qsizetype index, const QJsonValue &value)
{
    const QString &key = keys.at(index);
    if (index == keys.size() - 1) {
        object.insert(key, value);
        return true;
    }
    QJsonObject child;
    const auto existing = object.constFind(key);
    if (existing != object.constEnd()) {
        if (!existing->isObject()) {
            return false;
        }
        child = existing->toObject();
    }
    if (!insertAt(child, keys, index + 1, value)) {
        return false;
    }
    object.insert(key, child);
    return true;
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
    const QStringView trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        return QJsonValue(QJsonValue::Undefined);
    }
    switch (numberShape(trimmed)) {
    case NumberShape::Integer: {
        bool ok = false;
        const qint64 value = trimmed.toLongLong(&ok);
        if (ok && isExact(value)) {
            return value;
        }
        return trimmed.toString();
    }
    case NumberShape::Decimal: {
        bool ok = false;
        const double value = trimmed.toDouble(&ok);
        if (ok && std::fabs(value) <= double(MaxExactInteger)) {
            return value;
        }
        return trimmed.toString();
    }
    case NumberShape::None:
        break;
    }
    if (trimmed.compare(u"true", Qt::CaseInsensitive) == 0) {
        return true;
    }
    if (trimmed.compare(u"false", Qt::CaseInsensitive) == 0) {
        return false;
    }
    return trimmed.toString();
}

QJsonValue MetadataColumns::typedValue(const QVariant &cell)
{
    if (!cell.isValid() || cell.isNull()) {
        return QJsonValue(QJsonValue::Undefined);
    }
    switch (cell.typeId()) {
    case QMetaType::Bool:
        return cell.toBool();
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Short:
    case QMetaType::UShort:
    case QMetaType::Long:
    case QMetaType::LongLong: {
        const qint64 value = cell.toLongLong();
        if (!isExact(value)) {
            return cell.toString();
        }
        return value;
    }
    case QMetaType::ULong:
    case QMetaType::ULongLong: {
        const qulonglong value = cell.toULongLong();
        if (value > qulonglong(MaxExactInteger)) {
            return cell.toString();
        }
        return qint64(value);
    }
    case QMetaType::Double:
    case QMetaType::Float: {
        const double value = cell.toDouble();
        if (!std::isfinite(value)) {
            return cell.toString(); // JSON has no NaN or infinity
        }
        return value;
    }
    case QMetaType::QDate:
    case QMetaType::QDateTime:
    case QMetaType::QTime: {
        const QString text = ColumnMapper::cellText(cell); // ISO 8601; empty when invalid
        return text.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(text);
    }
    case QMetaType::QString:
        return typedValue(QStringView(*static_cast<const QString *>(cell.constData())));
    default:
        return typedValue(cell.toString());
    }
}

bool MetadataColumns::insert(QJsonObject &root, const QStringList &keys, const QJsonValue &value)
{
    if (keys.isEmpty()) {
        return false;
    }
    return insertAt(root, keys, 0, value);
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
