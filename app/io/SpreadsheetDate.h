#pragma once

#include <QStringView>
#include <QVariant>

// Turns the ways spreadsheets store dates and times into Qt values: Excel's serial day numbers (1900 and 1904
// systems, Lotus' phantom 29 February 1900 included) and the ISO 8601 texts ODS and XLSX `t="d"` cells carry.
// Date-times come out in UTC: a spreadsheet's date-time has no zone, and UTC has no gaps.
class SpreadsheetDate
{
public:
    // What a cell's number format shows of its number.
    enum class Kind { Number, Date, Time, DateTime };

    // The value a serial number stands for under a format of the given kind: a QDate, a QTime or a QDateTime (UTC),
    // rounded to the millisecond. The plain double when the kind is Number, the serial is not finite, lies before
    // the epoch or after 9999-12-31, or is a time of 24 hours or more (an elapsed time such as [h]:mm).
    static QVariant fromSerial(double serial, Kind kind, bool date1904);

    // "2024-03-01" -> QDate; "2024-03-01T09:30:00[.250][Z|+01:00]" -> QDateTime in UTC (a zone-less one taken as
    // it is). An invalid QVariant when the text is neither.
    static QVariant fromIsoDate(QStringView text);
    // An ODS time value, an ISO 8601 duration such as "PT09H30M00S" or "PT9H30M0.5S" -> QTime; an invalid QVariant
    // when it is not one or spans 24 hours or more.
    static QVariant fromIsoDuration(QStringView text);
};
