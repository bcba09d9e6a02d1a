#pragma once

#include <QString>

// Keeps text a user or Clerk supplied from being run as a formula when an exported file is opened in a spreadsheet
// (CSV or formula injection). Every cell Invitedesk exports (CSV report, XLSX export) goes through defuse().
class SpreadsheetSafety
{
public:
    // The cell as it is safe to export: unchanged, or prefixed with a single quote when a spreadsheet would read it
    // as a formula. That is when it starts with TAB, CR or NUL, or its first character after leading white space is
    // `=`, `+`, `-` or `@` (OWASP CSV injection; white space is skipped because some importers trim it first).
    static QString defuse(const QString &cell);

    // Whether defuse() changes the cell.
    static bool needsDefusing(QStringView cell);
};
