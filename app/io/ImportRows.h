#pragma once

#include "ColumnMapper.h"
#include "ImportOptions.h"
#include "ImportResult.h"

#include <QCoreApplication>
#include <QStringList>
#include <QVariantList>

#include <functional>

// The part of an import every reader shares: takes the rows a CSV or sheet reader hands over and, under the
// ImportOptions, skips the leading rows, takes (or names) the header, maps the columns and turns each data row into
// an Invitee, handing them over in batches or keeping them in the result.
class ImportRows
{
    Q_DECLARE_TR_FUNCTIONS(ImportRows)

public:
    using RowsSink = std::function<void(QList<Invitee> &&rows)>;
    using SourceRowSink = std::function<void(int row, const QStringList &cells)>;

    struct Settings
    {
        ImportOptions options;
        bool lenient = false;     // no email column is not an error; names are matched without failing (ColumnMapper)
        int rowLimit = -1;        // stop after this many data rows; -1: read all
        SourceRowSink sourceRows; // sees the header and data rows as text before they are mapped
        RowsSink rowsRead;        // set: the invitees go here in batches instead of into the result
    };

    ImportRows(const Settings &settings, ImportResult &result);

    // The reader's sink: false to stop reading (a mapping error, see errorString(), or the row limit reached).
    bool take(int row, QStringList &cells);
    bool take(int row, QVariantList &cells);
    // After the reader finished: hands over the last batch and records the mapping; false, with errorString(), when
    // no header was found (every row skipped).
    bool finish();

    QString errorString() const { return m_errorString; }

private:
    template<typename Cells>
    bool takeCells(int row, Cells &cells);
    bool takeHeader(const QStringList &texts);

    const Settings &m_settings;
    ImportResult &m_result;
    ColumnMapper m_mapper;
    bool m_sawHeader = false;
    int m_dataRows = 0;
    QString m_errorString;
};
