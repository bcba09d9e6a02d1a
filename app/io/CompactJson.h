#pragma once

#include <QString>
#include <QStringView>

// Appends JSON values to text exactly as QJsonDocument::Compact writes them, without building QJsonValues: the
// fast path with which the ColumnMapper writes dotted metadata for 100,000 rows.
class CompactJson
{
public:
    // A quoted string: '"', '\' and control characters escaped, other characters as they are (a lone surrogate as
    // \uXXXX).
    static void appendString(QString &json, QStringView text);
    static void appendInteger(QString &json, qint64 value);
    // Shortest round-tripping form; null for NaN and infinities (JSON has neither).
    static void appendDouble(QString &json, double value);
    static void appendBool(QString &json, bool value);
};
