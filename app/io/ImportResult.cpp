#include "ImportResult.h"

QString ImportResult::columnName(Invitee::Field field) const
{
    const int column = fieldColumns[static_cast<size_t>(field)];
    if (column >= 0 && column < sourceHeader.size()) {
        const QString header = sourceHeader.at(column).trimmed();
        if (!header.isEmpty()) {
            return header;
        }
    }
    return Invitee::fieldKey(field);
}
