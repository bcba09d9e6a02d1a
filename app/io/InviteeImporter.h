#pragma once

#include "ImportResult.h"

#include <QCoreApplication>

#include <functional>

// Reads an invitee file of any supported format into Invitees: picks the reader by extension, maps the columns,
// and turns every failure into one clear line that names the file.
class InviteeImporter
{
    Q_DECLARE_TR_FUNCTIONS(InviteeImporter)

public:
    // Invitees handed over as they are read, a few hundred at a time, in input order.
    using RowsSink = std::function<void(QList<Invitee> &&rows)>;

    ImportResult importFile(const QString &path) const;
    // The same, but when rowsRead is set the invitees go to it as they are read instead of into the result (its
    // invitees stay empty), so that they can be checked meanwhile. When the import fails, the rows handed over are
    // to be dropped.
    ImportResult importFile(const QString &path, const RowsSink &rowsRead) const;
    // Delimited text held in memory (pasted cells, tests); displayName stands for the file in messages.
    ImportResult importText(QByteArrayView bytes, const QString &displayName) const;
};
