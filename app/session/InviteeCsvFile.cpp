#include "InviteeCsvFile.h"

#include "io/CsvWriter.h"

#include <QDir>
#include <QSaveFile>

QStringList InviteeCsvFile::header()
{
    QStringList columns;
    for (const Invitee::Field field : Invitee::allFields()) {
        columns.append(Invitee::fieldKey(field));
    }
    return columns;
}

bool InviteeCsvFile::save(const QString &path, const QList<Invitee> &invitees, QString *errorString)
{
    QSaveFile file(path);
    const auto fail = [&](const QString &reason) {
        if (errorString) {
            *errorString = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), reason);
        }
        file.cancelWriting();
        return false;
    };
    if (!file.open(QIODevice::WriteOnly)) {
        return fail(file.errorString());
    }
    CsvWriter writer(&file);
    writer.writeRow(header());
    QStringList cells;
    cells.reserve(Invitee::FieldCount);
    for (const Invitee &invitee : invitees) {
        cells.clear();
        for (int field = 0; field < Invitee::FieldCount; ++field) {
            cells.append(invitee.value(static_cast<Invitee::Field>(field)));
        }
        if (!writer.writeRow(cells)) {
            break;
        }
    }
    if (writer.hasError()) {
        return fail(file.errorString());
    }
    if (!file.commit()) {
        return fail(file.errorString());
    }
    return true;
}
