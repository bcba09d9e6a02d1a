#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <array>

// One invitee exactly as the user typed or imported it: the raw text of every field, so nothing is lost
// and the Validator can point at the cell that is wrong. Also keeps the source row and its original cells.
class Invitee
{
    Q_DECLARE_TR_FUNCTIONS(Invitee)

public:
    enum Field : int {
        Email,
        Role,
        RedirectUrl,
        InviterUserId,
        ExpiresInDays,
        Notify,
        PublicMetadata,
        PrivateMetadata,
    };
    static constexpr int FieldCount = PrivateMetadata + 1;

    // The Clerk API name of a field ("email_address", "public_metadata", ...): also the canonical column header.
    static QString fieldKey(Field field);
    // The translated column title shown to people ("Email", "Public metadata", ...).
    static QString fieldTitle(Field field);
    static QList<Field> allFields();

    const QString &value(Field field) const { return m_values[static_cast<size_t>(field)]; }
    void setValue(Field field, const QString &text) { m_values[static_cast<size_t>(field)] = text; }

    // The email as Clerk gets it: surrounding white space removed.
    QString trimmedEmail() const { return value(Email).trimmed(); }

    // Row number as a spreadsheet shows it (the header is usually row 1); 0 for rows typed in the editor.
    int sourceRow() const { return m_sourceRow; }
    void setSourceRow(int row) { m_sourceRow = row; }

    // The row's cells as they were in the input file, in the input's column order (kept for the report).
    const QStringList &sourceCells() const { return m_sourceCells; }
    void setSourceCells(const QStringList &cells) { m_sourceCells = cells; }

    bool isEmpty() const;

    friend bool operator==(const Invitee &a, const Invitee &b)
    {
        return a.m_values == b.m_values && a.m_sourceRow == b.m_sourceRow && a.m_sourceCells == b.m_sourceCells;
    }

private:
    std::array<QString, FieldCount> m_values;
    QStringList m_sourceCells;
    int m_sourceRow = 0;
};

Q_DECLARE_TYPEINFO(Invitee, Q_RELOCATABLE_TYPE);
