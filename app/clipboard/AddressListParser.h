#pragma once

#include "AddressList.h"

#include <QSet>
#include <QString>
#include <QStringView>

// Reads pasted text as a plain list of email addresses — from a mail client's To: line, a text file, a chat — split on
// commas, semicolons, white space and line breaks, "Name <addr@example.com>" giving the address. Also decides whether
// a paste is such a list rather than spreadsheet cells.
class AddressListParser
{
public:
    // Whether text is a list of addresses: no tab (tabs separate cells) and not JSON; at least two entries, at least
    // half of them with an '@'; and either a line holding several of them, or (one per line) not copied from a
    // spreadsheet, whose column is pasted as cells.
    static bool isAddressList(QStringView text, bool fromSpreadsheet);
    // The entries of text in order: "Name <addr>" gives addr, "mailto:" and (comments) are left out, quotes removed.
    static QStringList entries(QStringView text);
    // The entries of text, each once (compared trimmed and case-insensitively), leaving out the ones in known (case-
    // folded addresses, see key()); the not-valid ones are kept and pointed at.
    static AddressList parse(QStringView text, const QSet<QString> &known = {});
    // How an address is compared: trimmed and case-folded.
    static QString key(QStringView address) { return address.trimmed().toString().toCaseFolded(); }
};
