#pragma once

#include "core/Invitee.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <QVariant>

#include <optional>
#include <vector>

// The dotted columns of one metadata field ("public_metadata.address.city"), arranged as the JSON object they build,
// plus the rules for their headers and the typing of their cell values.
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

    // Merges overlay into base, recursing where both hold an object at the same key; elsewhere overlay wins.
    static void merge(QJsonObject &base, const QJsonObject &overlay);

    // Adds the dotted column at index column with its path keys (not empty) and returns -1. When an earlier column
    // has the same path, or one path continues the other (a.b and a.b.c), adds nothing and returns that column.
    int add(int column, const QStringList &keys);
    bool isEmpty() const { return m_columns.isEmpty(); }
    // The indexes of the added columns, in the order they were added.
    const QList<int> &columns() const { return m_columns; }

    // The compact JSON object built from one row's typed, non-empty dotted cells, exactly as QJsonDocument::Compact
    // writes it (keys sorted); empty when every dotted cell is empty or missing.
    QString json(const QStringList &cells) const;
    QString json(const QVariantList &cells) const;

private:
    struct Node
    {
        QString key;
        QString member;             // the JSON text before the value: "key":
        int column = -1;            // the column holding the value; -1 for an object
        std::vector<Node> children; // sorted by key, as QJsonObject orders them
    };

    static int firstColumn(const Node &node);
    template<typename Cell>
    static bool appendObject(QString &json, const std::vector<Node> &nodes, const QList<Cell> &cells);

    std::vector<Node> m_nodes;
    QList<int> m_columns;
    qsizetype m_expectedSize = 2; // a guess at one row's JSON length, to allocate once
};
