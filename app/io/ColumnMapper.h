#pragma once

#include "ImportOptions.h"
#include "MetadataColumns.h"
#include "core/Invitee.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <QVariantList>

#include <array>

// Maps the header of an input file onto Invitee fields (aliases, whole-JSON and dotted metadata columns) and turns
// each source row into an Invitee, keeping the raw text of every cell.
class ColumnMapper
{
    Q_DECLARE_TR_FUNCTIONS(ColumnMapper)

public:
    ColumnMapper() { m_columns.fill(-1); }

    // How headers are compared: lower-cased; white space, '_', '-' and a stray byte order mark removed
    // ("E-Mail Address" -> "emailaddress").
    static QString normalizeHeader(QStringView header);

    // Reads the header row. Accepted names (see ARCHITECTURE.md): each field's canonical name plus the aliases
    // email, e-mail, email address, mail (email_address), redirect (redirect_url), inviter (inviter_user_id) and
    // expires (expires_in_days); public_metadata / private_metadata hold a whole JSON object; dotted columns
    // (public_metadata.KEY.SUBKEY) hold one typed value each. Unknown columns are kept and otherwise ignored.
    // Returns false, with errorString() naming the columns, when there is no email column, two columns map to one
    // field, two dotted columns set the same or overlapping paths (a.b and a.b.c), or a dotted column has an empty
    // key. After a failure nothing is mapped.
    bool setHeader(const QStringList &header);
    // Reads the header with the columns chosen for each field (the import dialog's mapping) instead of matching
    // names: a column index, ImportOptions::NotPresent, or for a metadata field ImportOptions::DottedColumns. Dotted
    // columns are found by their names as in setHeader() and feed their metadata field unless it is NotPresent. No
    // email column is not an error here (the caller decides); a column outside the header or conflicting dotted
    // columns are. Columns no field uses are unknown columns.
    bool setMapping(const QStringList &header, const ImportOptions::Mapping &mapping);
    // What setHeader() would choose, without ever failing: the first column matching each field's names, for a
    // metadata field without a whole-JSON column but with dotted columns DottedColumns, else NotPresent.
    static ImportOptions::Mapping matchHeader(const QStringList &header);
    // The mapping in effect after setHeader() or setMapping() (DottedColumns where only dotted columns feed a field).
    ImportOptions::Mapping mapping() const;
    QString errorString() const { return m_errorString; }
    const QStringList &header() const { return m_header; }

    // Index of the column holding the field's whole value; -1 when there is none (a metadata field may still be
    // built from dotted columns).
    int columnOf(Invitee::Field field) const { return m_columns[static_cast<size_t>(field)]; }
    // Indexes of the dotted columns that build the metadata field, in header order.
    QList<int> dottedColumnsOf(Invitee::Field field) const;
    // Header texts of the columns that map to nothing, in header order.
    QStringList unknownColumns() const;

    // One source row -> one Invitee: the raw, untrimmed text of every field, the source row and the cells as given
    // (sourceCells). Missing trailing cells are empty. When the row has a non-empty dotted cell for a metadata
    // field, the field holds compact JSON: the typed dotted values merged into the whole-JSON cell's object (dotted
    // wins on equal keys); when that cell is not a JSON object, its raw text is kept unchanged for the Validator to
    // flag. Without dotted values the field is the whole-JSON cell's raw text (or empty).
    Invitee map(const QStringList &cells, int sourceRow) const;
    // The same for typed spreadsheet cells: text fields get the cell's text (30.0 -> "30", a bool -> "true" /
    // "false", dates in ISO 8601), dotted metadata keeps the cell's type (MetadataColumns::typedValue).
    Invitee map(const QVariantList &cells, int sourceRow) const;

    // The text a typed spreadsheet cell stands for in a text field and in sourceCells.
    static QString cellText(const QVariant &cell);

private:
    struct PlainColumn
    {
        Invitee::Field field = Invitee::Email;
        int column = -1;
    };
    void reset(const QStringList &header);
    void finishMapping();
    bool fail(const QString &message);
    bool failDottedConflict(Invitee::Field field, int earlierColumn, int column);
    template<typename Cell>
    Invitee mapCells(const QList<Cell> &cells, int sourceRow) const;
    template<typename Cell>
    QString metadataText(Invitee::Field field, const QList<Cell> &cells) const;

    QStringList m_header;
    QString m_errorString;
    std::array<int, Invitee::FieldCount> m_columns;
    QList<PlainColumn> m_plainColumns;       // fields whose text is their column's cell
    QList<Invitee::Field> m_dottedFields;    // metadata fields built from dotted columns
    std::array<MetadataColumns, 2> m_dotted; // public, private
    QList<int> m_unknownColumns;
};
