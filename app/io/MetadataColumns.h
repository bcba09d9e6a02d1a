#pragma once

#include "core/Invitee.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <QVariant>

#include <optional>

// Dotted metadata columns ("public_metadata.address.city"): parsing their headers, typing their cell values and
// building the nested JSON object they describe.
class MetadataColumns
{
public:
    struct Path
    {
        Invitee::Field field = Invitee::PublicMetadata; // PublicMetadata or PrivateMetadata
        QStringList keys;                               // at least one, none empty

        friend bool operator==(const Path &, const Path &) = default;
    };

    // "public_metadata.address.city" -> {PublicMetadata, {"address", "city"}}. The prefix is matched like every
    // header (case-insensitive, ignoring spaces, '_' and '-': "Public Metadata.Dept" works); the header is trimmed,
    // the keys keep their case and text. Not a dotted metadata header, or an empty (or blank) key -> nullopt.
    static std::optional<Path> parseHeader(const QString &header);

    // The typed JSON value of a text cell. The text is trimmed; "" -> Undefined (the key is left out); an integer
    // without a leading zero ("0", "3", "-12"; not "0012", "+3", "1e5") or a plain decimal ("1.5", "-0.25"; not
    // "01.5", ".5", "1.") -> a number, unless its magnitude exceeds 2^53 (it stays a string: no silent precision
    // loss); "true" / "false" (any case) -> a bool; anything else -> the trimmed text as a string.
    static QJsonValue typedValue(QStringView text);
    static QJsonValue typedValue(const QString &text) { return typedValue(QStringView(text)); }
    // A typed spreadsheet cell keeps its type: numbers stay numbers (integers beyond 2^53 become strings, like
    // text), bools stay bools, QString follows the text rules, QDate / QDateTime / QTime become ISO 8601 strings,
    // an invalid or null cell is Undefined.
    static QJsonValue typedValue(const QVariant &cell);

    // Inserts value at keys (not empty) into root, creating nested objects on the way. Returns false, leaving root
    // unchanged, when a key on the way already holds something that is not an object.
    static bool insert(QJsonObject &root, const QStringList &keys, const QJsonValue &value);

    // Merges overlay into base, recursing where both hold an object at the same key; elsewhere overlay wins.
    static void merge(QJsonObject &base, const QJsonObject &overlay);
};
