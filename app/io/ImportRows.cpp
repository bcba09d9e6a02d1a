#include "ImportRows.h"

namespace {

// Small enough to stay off mmap (and its page faults) when handed over batch after batch.
constexpr qsizetype RowsPerBatch = 256;

const QStringList &textsOf(const QStringList &cells)
{
    return cells;
}

QStringList textsOf(const QVariantList &cells)
{
    QStringList texts;
    texts.reserve(cells.size());
    for (const QVariant &cell : cells) {
        texts.append(ColumnMapper::cellText(cell));
    }
    return texts;
}

// Without a header row: the email is the first column whose first cell holds an address-like '@'.
ImportOptions::Mapping matchWithoutHeader(const QStringList &firstRow)
{
    ImportOptions::Mapping mapping;
    mapping.fill(ImportOptions::NotPresent);
    for (int column = 0; column < firstRow.size(); ++column) {
        if (firstRow.at(column).contains(u'@')) {
            mapping[Invitee::Email] = column;
            break;
        }
    }
    return mapping;
}

} // namespace

ImportRows::ImportRows(const Settings &settings, ImportResult &result)
    : m_settings(settings)
    , m_result(result)
{}

bool ImportRows::take(int row, QStringList &cells)
{
    return takeCells(row, cells);
}

bool ImportRows::take(int row, QVariantList &cells)
{
    return takeCells(row, cells);
}

template<typename Cells>
bool ImportRows::takeCells(int row, Cells &cells)
{
    const ImportOptions &options = m_settings.options;
    if (row <= options.skipRows) {
        return true;
    }
    if (m_settings.sourceRows || !m_sawHeader) {
        const QStringList texts = textsOf(cells);
        if (m_settings.sourceRows) {
            m_settings.sourceRows(row, texts);
        }
        if (!m_sawHeader) {
            m_sawHeader = true;
            if (!takeHeader(texts)) {
                return false;
            }
            if (options.headerRow) {
                return m_settings.rowLimit != 0;
            }
        }
    }

    QList<Invitee> &rows = m_result.invitees; // with rowsRead: the batch not yet handed over
    rows.append(m_mapper.map(cells, row));
    if (m_settings.rowsRead && rows.size() == RowsPerBatch) {
        m_settings.rowsRead(std::move(rows));
        rows.clear();
    }
    ++m_dataRows;
    return m_settings.rowLimit < 0 || m_dataRows < m_settings.rowLimit;
}

bool ImportRows::takeHeader(const QStringList &texts)
{
    const ImportOptions &options = m_settings.options;
    QStringList header = texts;
    if (!options.headerRow) {
        for (int column = 0; column < header.size(); ++column) {
            header[column] = ImportOptions::columnName(column);
        }
    }
    m_result.sourceHeader = header;

    bool ok = false;
    if (options.mapping) {
        ok = m_mapper.setMapping(header, *options.mapping);
    } else if (!options.headerRow) {
        ok = m_mapper.setMapping(header, matchWithoutHeader(texts));
    } else if (m_settings.lenient) {
        ok = m_mapper.setMapping(header, ColumnMapper::matchHeader(header));
    } else {
        ok = m_mapper.setHeader(header);
    }
    if (!ok) {
        m_errorString = m_mapper.errorString();
        return false;
    }
    if (m_mapper.columnOf(Invitee::Email) < 0 && !m_settings.lenient) {
        m_errorString = options.headerRow || options.mapping
                            ? tr("no email column: choose the column that holds the email addresses")
                            : tr("no email column: no cell of the first row holds an email address");
        return false;
    }
    return true;
}

bool ImportRows::finish()
{
    if (!m_sawHeader) {
        m_errorString =
            tr("Nothing is left to read after skipping the first %n row(s).", nullptr, m_settings.options.skipRows);
        return false;
    }
    QList<Invitee> &rows = m_result.invitees;
    if (m_settings.rowsRead && !rows.isEmpty()) {
        m_settings.rowsRead(std::move(rows));
        rows.clear();
    }
    for (int i = 0; i < Invitee::FieldCount; ++i) {
        m_result.fieldColumns[static_cast<size_t>(i)] = m_mapper.columnOf(static_cast<Invitee::Field>(i));
    }
    m_result.mapping = m_mapper.mapping();
    m_result.unknownColumns = m_mapper.unknownColumns();
    return true;
}
