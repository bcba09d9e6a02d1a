#pragma once

#include "ImportResult.h"

#include <QCoreApplication>

// Reads an invitee file of any supported format into Invitees: picks the reader by extension, maps the columns,
// and turns every failure into one clear line that names the file.
class InviteeImporter
{
    Q_DECLARE_TR_FUNCTIONS(InviteeImporter)

public:
    ImportResult importFile(const QString &path) const;
    // Delimited text held in memory (pasted cells, tests); displayName stands for the file in messages.
    ImportResult importText(QByteArrayView bytes, const QString &displayName) const;
};
