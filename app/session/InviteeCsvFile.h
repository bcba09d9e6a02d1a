#pragma once

#include "core/Invitee.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

// Writes invitees as the CSV Invitedesk reads back unchanged: one column per field under its API name, UTF-8 with
// a BOM, through a QSaveFile so a crash or a full disk never leaves half a file. Save as CSV and the autosave use it.
class InviteeCsvFile
{
    Q_DECLARE_TR_FUNCTIONS(InviteeCsvFile)

public:
    // The header row: Invitee::fieldKey() of every field, in field order.
    static QStringList header();
    // Writes the file; on failure returns false, leaves any earlier file as it was and sets *errorString (one line
    // naming the file) when given.
    static bool save(const QString &path, const QList<Invitee> &invitees, QString *errorString = nullptr);
};
