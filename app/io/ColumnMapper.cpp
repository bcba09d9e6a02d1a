#include "ColumnMapper.h"

#include <QDate>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QLocale>
#include <QTime>

#include <cmath>
#include <optional>

static size_t dottedIndex(Invitee::Field field)
{
    return field == Invitee::PrivateMetadata ? 1 : 0;
}

static std::optional<Invitee::Field> fieldForName(const QString &normalized)
{
    for (const Invitee::Field field : Invitee::allFields()) {
        if (normalized == ColumnMapper::normalizeHeader(Invitee::fieldKey(field))) {
            return field;
        }
    }
    static constexpr struct
    {
        QStringView name;
        Invitee::Field field;
    } aliases[] = {
        {u"email", Invitee::Email},           {u"e-mail", Invitee::Email},
        {u"email address", Invitee::Email},   {u"mail", Invitee::Email},
        {u"redirect", Invitee::RedirectUrl},  {u"inviter", Invitee::InviterUserId},
        {u"expires", Invitee::ExpiresInDays},
    };
    for (const auto &alias : aliases) {
        if (normalized == ColumnMapper::normalizeHeader(alias.name)) {
            return alias.field;
        }
    }
    return std::nullopt;
}

static QString dottedName(Invitee::Field field, const QStringList &keys)
{
    return Invitee::fieldKey(field) % u'.' % keys.join(u'.');
}

static QString isoText(const QDateTime &dateTime)
{
    return dateTime.toString(dateTime.time().msec() == 0 ? Qt::ISODate : Qt::ISODateWithMs);
}

static QString isoText(QTime time)
{
    return time.toString(time.msec() == 0 ? Qt::ISODate : Qt::ISODateWithMs);
}

// The two kinds of source cells, seen through one interface by the map() template.
static const QString &textOf(const QString &cell)
{
    return cell;
}

static QString textOf(const QVariant &cell)
{
    return ColumnMapper::cellText(cell);
}

static const QStringList &sourceCellsOf(const QStringList &cells)
{
    return cells;
}

static QStringList sourceCellsOf(const QVariantList &cells)
{
    QStringList texts;
    texts.reserve(cells.size());
    for (const QVariant &cell : cells) {
        texts.append(ColumnMapper::cellText(cell));
    }
    return texts;
}

QString ColumnMapper::normalizeHeader(QStringView header)
{
    QString normalized;
    normalized.reserve(header.size());
    for (const QChar c : header) {
        if (c.isSpace() || c == u'_' || c == u'-' || c == QChar::ByteOrderMark) {
            continue;
        }
        normalized.append(c);
    }
    return std::move(normalized).toLower();
}

void ColumnMapper::reset(const QStringList &header)
{
    m_header = header;
    m_errorString.clear();
    m_columns.fill(-1);
    m_plainColumns.clear();
    m_dottedFields.clear();
    m_dotted = {};
    m_unknownColumns.clear();
}

// Sorts the mapped fields into those read from one column and those built from dotted columns.
void ColumnMapper::finishMapping()
{
    for (const Invitee::Field field : Invitee::allFields()) {
        const bool dotted = (field == Invitee::PublicMetadata || field == Invitee::PrivateMetadata) &&
                            !m_dotted[dottedIndex(field)].isEmpty();
        if (dotted) {
            m_dottedFields.append(field);
        } else if (columnOf(field) >= 0) {
            m_plainColumns.append({field, columnOf(field)});
        }
    }
}

bool ColumnMapper::setHeader(const QStringList &header)
{
    reset(header);

    const QString publicPrefix = normalizeHeader(Invitee::fieldKey(Invitee::PublicMetadata)) % u'.';
    const QString privatePrefix = normalizeHeader(Invitee::fieldKey(Invitee::PrivateMetadata)) % u'.';
    for (int column = 0; column < header.size(); ++column) {
        const QString &text = header.at(column);
        if (const auto path = MetadataColumns::parseHeader(text)) {
            const int earlier = m_dotted[dottedIndex(path->field)].add(column, path->keys);
            if (earlier >= 0) {
                return failDottedConflict(path->field, earlier, column);
            }
            continue;
        }
        const QString name = normalizeHeader(text);
        if (const auto field = fieldForName(name)) {
            const int previous = m_columns[static_cast<size_t>(*field)];
            if (previous >= 0) {
                return fail(tr("Columns %1 (\"%2\") and %3 (\"%4\") both hold %5; keep one of them.")
                                .arg(QString::number(previous + 1), header.at(previous), QString::number(column + 1),
                                     text, Invitee::fieldKey(*field)));
            }
            m_columns[static_cast<size_t>(*field)] = column;
            continue;
        }
        if (name.startsWith(publicPrefix) || name.startsWith(privatePrefix)) {
            return fail(tr("Column %1 (\"%2\") has an empty metadata key; name it like public_metadata.address.city.")
                            .arg(QString::number(column + 1), text));
        }
        m_unknownColumns.append(column);
    }
    if (columnOf(Invitee::Email) < 0) {
        return fail(tr("no email column: name one of email_address, email, e-mail, mail"));
    }
    finishMapping();
    return true;
}

bool ColumnMapper::setMapping(const QStringList &header, const ImportOptions::Mapping &mapping)
{
    reset(header);
    QList<bool> used(header.size(), false);
    for (const Invitee::Field field : Invitee::allFields()) {
        const int column = mapping[static_cast<size_t>(field)];
        if (column >= header.size()) {
            return fail(
                tr("%1 is to be read from column %2, but there are only %n column(s).", nullptr, int(header.size()))
                    .arg(Invitee::fieldKey(field), QString::number(column + 1)));
        }
        if (column >= 0) {
            m_columns[static_cast<size_t>(field)] = column;
            used[column] = true;
        }
    }
    for (int column = 0; column < header.size(); ++column) {
        const auto path = MetadataColumns::parseHeader(header.at(column));
        if (!path || mapping[static_cast<size_t>(path->field)] == ImportOptions::NotPresent || used[column]) {
            continue;
        }
        const int earlier = m_dotted[dottedIndex(path->field)].add(column, path->keys);
        if (earlier >= 0) {
            return failDottedConflict(path->field, earlier, column);
        }
        used[column] = true;
    }
    for (int column = 0; column < header.size(); ++column) {
        if (!used[column]) {
            m_unknownColumns.append(column);
        }
    }
    finishMapping();
    return true;
}

ImportOptions::Mapping ColumnMapper::matchHeader(const QStringList &header)
{
    ImportOptions::Mapping mapping;
    mapping.fill(ImportOptions::NotPresent);
    for (int column = 0; column < header.size(); ++column) {
        if (const auto path = MetadataColumns::parseHeader(header.at(column))) {
            int &entry = mapping[static_cast<size_t>(path->field)];
            if (entry == ImportOptions::NotPresent) {
                entry = ImportOptions::DottedColumns;
            }
            continue;
        }
        if (const auto field = fieldForName(normalizeHeader(header.at(column)))) {
            int &entry = mapping[static_cast<size_t>(*field)];
            if (entry < 0) {
                entry = column;
            }
        }
    }
    return mapping;
}

ImportOptions::Mapping ColumnMapper::mapping() const
{
    ImportOptions::Mapping mapping = m_columns;
    for (const Invitee::Field field : m_dottedFields) {
        int &entry = mapping[static_cast<size_t>(field)];
        if (entry < 0) {
            entry = ImportOptions::DottedColumns;
        }
    }
    return mapping;
}

bool ColumnMapper::fail(const QString &message)
{
    const QStringList header = m_header;
    *this = ColumnMapper();
    m_header = header;
    m_errorString = message;
    return false;
}

bool ColumnMapper::failDottedConflict(Invitee::Field field, int earlierColumn, int column)
{
    const QStringList earlierKeys = MetadataColumns::parseHeader(m_header.at(earlierColumn))->keys;
    const QStringList keys = MetadataColumns::parseHeader(m_header.at(column))->keys;
    const QString earlierNumber = QString::number(earlierColumn + 1);
    const QString number = QString::number(column + 1);
    if (earlierKeys == keys) {
        return fail(
            tr("Columns %1 (\"%2\") and %3 (\"%4\") both set %5; keep one of them.")
                .arg(earlierNumber, m_header.at(earlierColumn), number, m_header.at(column), dottedName(field, keys)));
    }
    const QStringList &valuePath = earlierKeys.size() < keys.size() ? earlierKeys : keys;
    return fail(
        tr("Columns %1 (\"%2\") and %3 (\"%4\") conflict: %5 cannot hold both a value and nested keys.")
            .arg(earlierNumber, m_header.at(earlierColumn), number, m_header.at(column), dottedName(field, valuePath)));
}

QList<int> ColumnMapper::dottedColumnsOf(Invitee::Field field) const
{
    if (field != Invitee::PublicMetadata && field != Invitee::PrivateMetadata) {
        return {};
    }
    return m_dotted[dottedIndex(field)].columns();
}

QStringList ColumnMapper::unknownColumns() const
{
    QStringList texts;
    texts.reserve(m_unknownColumns.size());
    for (const int column : m_unknownColumns) {
        texts.append(m_header.at(column));
    }
    return texts;
}

template<typename Cell>
Invitee ColumnMapper::mapCells(const QList<Cell> &cells, int sourceRow) const
{
    Invitee invitee;
    invitee.setSourceRow(sourceRow);
    invitee.setSourceCells(sourceCellsOf(cells));
    for (const PlainColumn &plain : m_plainColumns) {
        if (plain.column < cells.size()) {
            invitee.setValue(plain.field, textOf(cells.at(plain.column)));
        }
    }
    for (const Invitee::Field field : m_dottedFields) {
        invitee.setValue(field, metadataText(field, cells));
    }
    return invitee;
}

template<typename Cell>
QString ColumnMapper::metadataText(Invitee::Field field, const QList<Cell> &cells) const
{
    const int wholeColumn = columnOf(field);
    const QString whole = wholeColumn >= 0 && wholeColumn < cells.size() ? textOf(cells.at(wholeColumn)) : QString();
    const QString dotted = m_dotted[dottedIndex(field)].json(cells);
    if (dotted.isEmpty()) {
        return whole;
    }
    if (QStringView(whole).trimmed().isEmpty()) {
        return dotted;
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(whole.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        return whole; // the Validator flags it; the dotted values wait until it is fixed
    }
    QJsonObject merged = document.object();
    MetadataColumns::merge(merged, QJsonDocument::fromJson(dotted.toUtf8()).object());
    return QString::fromUtf8(QJsonDocument(merged).toJson(QJsonDocument::Compact));
}

Invitee ColumnMapper::map(const QStringList &cells, int sourceRow) const
{
    return mapCells(cells, sourceRow);
}

Invitee ColumnMapper::map(const QVariantList &cells, int sourceRow) const
{
    return mapCells(cells, sourceRow);
}

QString ColumnMapper::cellText(const QVariant &cell)
{
    if (!cell.isValid() || cell.isNull()) {
        return {};
    }
    switch (cell.typeId()) {
    case QMetaType::Bool:
        return cell.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QMetaType::Double:
    case QMetaType::Float: {
        const double value = cell.toDouble();
        if (std::isfinite(value) && value == std::trunc(value) && std::fabs(value) <= 9007199254740992.0) {
            return QString::number(static_cast<qint64>(value));
        }
        return QString::number(value, 'g', QLocale::FloatingPointShortest);
    }
    case QMetaType::QDate:
        return cell.toDate().toString(Qt::ISODate);
    case QMetaType::QDateTime:
        return isoText(cell.toDateTime());
    case QMetaType::QTime:
        return isoText(cell.toTime());
    default:
        return cell.toString();
    }
}
