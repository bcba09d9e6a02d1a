#pragma once

#include "io/CsvReader.h"

#include <QList>
#include <QStringList>

// What one CsvReader read delivered to its sink, for the CsvReader tests to compare.
struct ParsedCsv
{
    bool ok = false;
    QList<int> rows;
    QList<QStringList> records;
    QString error;

    static ParsedCsv fromData(CsvReader &reader, QByteArrayView bytes)
    {
        return collect(reader, [&](const CsvReader::RecordSink &sink) { return reader.readData(bytes, sink); });
    }

    static ParsedCsv fromFile(CsvReader &reader, const QString &path)
    {
        return collect(reader, [&](const CsvReader::RecordSink &sink) { return reader.readFile(path, sink); });
    }

    static QString dataPath(const QString &name) { return QStringLiteral(INVITEDESK_TEST_DATA "/") + name; }

private:
    static ParsedCsv collect(CsvReader &reader, const std::function<bool(const CsvReader::RecordSink &)> &read)
    {
        ParsedCsv parsed;
        parsed.ok = read([&parsed](int row, QStringList &cells) {
            parsed.rows.append(row);
            parsed.records.append(std::move(cells));
            return true;
        });
        parsed.error = reader.errorString();
        return parsed;
    }
};
