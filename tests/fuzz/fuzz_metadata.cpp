// Feeds arbitrary text to the metadata handling and checks each fast path against QJsonDocument, aborting on any
// difference. The first byte picks the encoding of the rest (odd: UTF-16, so lone surrogates occur; even: UTF-8).
//  - The whole text as a metadata cell: PlainJsonObject must only recognize what QJsonDocument reads as an object,
//    and its compact copy must read as the same object; FieldValues::isValidMetadata agrees with parseMetadata.
//  - The text as lines of tab-separated cells, the first the header: the dotted metadata columns (MetadataColumns
//    typing + CompactJson) must write exactly what QJsonDocument::Compact writes for the same typed values, from
//    text cells and from typed spreadsheet cells alike.

#include "FuzzSupport.h"
#include "core/FieldValues.h"
#include "core/PlainJsonObject.h"
#include "io/MetadataColumns.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <array>

using FuzzSupport::check;

namespace {

void insertAt(QJsonObject &object, const QStringList &keys, qsizetype index, const QJsonValue &value)
{
    const QString &key = keys.at(index);
    if (index + 1 == keys.size()) {
        object.insert(key, value);
        return;
    }
    QJsonObject child = object.value(key).toObject();
    insertAt(child, keys, index + 1, value);
    object.insert(key, child);
}

void checkPlainObject(const QString &text)
{
    const bool recognized = PlainJsonObject::recognizes(text);
    QByteArray out(PlainJsonObject::utf8Bound(text), '\0');
    const char *end = PlainJsonObject::writeCompactUtf8(out.data(), text);
    check(recognized == (end != nullptr), "recognizes() and writeCompactUtf8() disagree", text);

    const std::optional<QJsonObject> parsed = FieldValues::parseMetadata(text);
    check(FieldValues::isValidMetadata(text) == parsed.has_value(), "isValidMetadata() differs from parseMetadata()",
          text);
    if (!recognized) {
        return;
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
    check(error.error == QJsonParseError::NoError && document.isObject(),
          "PlainJsonObject recognizes what QJsonDocument does not read as an object", text);
    out.resize(end - out.constData());
    QJsonParseError copyError;
    const QJsonDocument copy = QJsonDocument::fromJson(out, &copyError);
    check(copyError.error == QJsonParseError::NoError && copy.object() == document.object(),
          "PlainJsonObject's compact copy differs from QJsonDocument's object", text + u'\n' + QString::fromUtf8(out));
    // QJsonDocument reads the copy and the text alike, but may read both wrongly in the same way: the copy with every
    // non-ASCII character (they are all inside strings) escaped is what it says, read by the escape parser instead.
    QString escaped;
    for (const QChar c : QString::fromUtf8(out)) {
        if (c.unicode() < 0x80) {
            escaped.append(c);
        } else {
            escaped.append(QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0')));
        }
    }
    check(QJsonDocument::fromJson(escaped.toUtf8()).object() == document.object(),
          "PlainJsonObject's copy means another object than QJsonDocument reads", text);
}

void checkDottedColumns(const QString &text)
{
    QStringList lines = text.split(u'\n');
    if (lines.size() > 64) {
        lines.resize(64);
    }
    const QStringList header = lines.takeFirst().split(u'\t');
    std::array<MetadataColumns, 2> columns;
    std::array<QList<QStringList>, 2> paths; // per column index; empty when not added
    for (auto &list : paths) {
        list.resize(header.size());
    }
    for (qsizetype c = 0; c < std::min<qsizetype>(header.size(), 256); ++c) {
        const std::optional<MetadataColumns::Path> path = MetadataColumns::parseHeader(header.at(c));
        if (!path) {
            continue;
        }
        check(!path->keys.isEmpty(), "parsed header without keys", header.at(c));
        for (const QString &key : path->keys) {
            check(!key.trimmed().isEmpty(), "parsed header with an empty key", header.at(c));
        }
        const size_t which = path->field == Invitee::PrivateMetadata ? 1 : 0;
        if (columns[which].add(static_cast<int>(c), path->keys) == -1) {
            paths[which][c] = path->keys;
        }
    }

    for (const QString &line : std::as_const(lines)) {
        const QStringList cells = line.split(u'\t');
        QVariantList typedCells;
        for (const QString &cell : cells) {
            // Spreadsheet cells: a number where the text reads as one, a bool for TRUE/FALSE, else the text.
            bool isNumber = false;
            const double number = cell.toDouble(&isNumber);
            if (isNumber) {
                typedCells.append(number);
            } else if (cell == u"TRUE" || cell == u"FALSE") {
                typedCells.append(cell == u"TRUE");
            } else if (cell.isEmpty()) {
                typedCells.append(QVariant());
            } else {
                typedCells.append(cell);
            }
        }
        for (size_t which = 0; which < 2; ++which) {
            QJsonObject fromText;
            QJsonObject fromTyped;
            for (const int c : columns[which].columns()) {
                if (c < cells.size()) {
                    const QJsonValue value = MetadataColumns::typedValue(cells.at(c));
                    if (!value.isUndefined()) {
                        insertAt(fromText, paths[which][c], 0, value);
                    }
                    const QJsonValue typedValue = MetadataColumns::typedValue(typedCells.at(c));
                    if (!typedValue.isUndefined()) {
                        insertAt(fromTyped, paths[which][c], 0, typedValue);
                    }
                }
            }
            const QString expectedText =
                fromText.isEmpty() ? QString()
                                   : QString::fromUtf8(QJsonDocument(fromText).toJson(QJsonDocument::Compact));
            const QString actualText = columns[which].json(cells);
            check(actualText == expectedText, "dotted JSON from text differs from QJsonDocument's",
                  actualText + u'\n' + expectedText);
            const QString expectedTyped =
                fromTyped.isEmpty() ? QString()
                                    : QString::fromUtf8(QJsonDocument(fromTyped).toJson(QJsonDocument::Compact));
            const QString actualTyped = columns[which].json(typedCells);
            check(actualTyped == expectedTyped, "dotted JSON from typed cells differs from QJsonDocument's",
                  actualTyped + u'\n' + expectedTyped);
            if (!actualText.isEmpty()) {
                checkPlainObject(actualText); // what the mapper writes is what the sender copies
            }
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    FuzzSupport::startApplication();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0) {
        return 0;
    }
    // A copy, so that the UTF-16 units are aligned.
    const QByteArray rest(reinterpret_cast<const char *>(data + 1), static_cast<qsizetype>(size - 1));
    const QString text = (data[0] & 1)
                             ? QString::fromUtf16(reinterpret_cast<const char16_t *>(rest.constData()), rest.size() / 2)
                             : QString::fromUtf8(rest);
    checkPlainObject(text);
    checkDottedColumns(text);
    return 0;
}
