#include "SpreadsheetDate.h"

#include <QDate>
#include <QDateTime>
#include <QTime>

#include <cmath>

static constexpr qint64 MsPerDay = 86'400'000;
static constexpr double LastSerial = 2'958'466.0; // 10000-01-01 in the 1900 system

QVariant SpreadsheetDate::fromSerial(double serial, Kind kind, bool date1904)
{
    if (kind == Kind::Number || !std::isfinite(serial) || serial < 0 || serial >= LastSerial) {
        return serial;
    }
    if (kind == Kind::Time && serial >= 1.0) {
        return serial; // an elapsed time ([h]:mm) or a date shown as a time: no time of day says it
    }
    qint64 days = qint64(std::floor(serial));
    qint64 ms = std::llround((serial - double(days)) * double(MsPerDay));
    if (ms >= MsPerDay) {
        ++days;
        ms -= MsPerDay;
    }
    // 1900 system: day 1 is 1900-01-01, and day 60 is the 29 February 1900 Lotus invented (shown as 1 March here);
    // from day 61 on, days count from 1899-12-30. 1904 system: day 0 is 1904-01-01.
    QDate base = date1904 ? QDate(1904, 1, 1) : QDate(1899, 12, days < 61 ? 31 : 30);
    const QDate date = base.addDays(days);
    const QTime time = QTime::fromMSecsSinceStartOfDay(int(ms));
    switch (kind) {
    case Kind::Date:
        return date;
    case Kind::Time:
        return time;
    case Kind::DateTime:
        return QDateTime(date, time, Qt::UTC);
    case Kind::Number:
        break;
    }
    return serial;
}

QVariant SpreadsheetDate::fromIsoDate(QStringView text)
{
    text = text.trimmed();
    if (text.size() == 10) {
        const QDate date = QDate::fromString(text.toString(), Qt::ISODate);
        return date.isValid() ? QVariant(date) : QVariant();
    }
    QDateTime dateTime = QDateTime::fromString(text.toString(), Qt::ISODateWithMs);
    if (!dateTime.isValid()) {
        return {};
    }
    if (dateTime.timeSpec() == Qt::LocalTime) {
        dateTime = QDateTime(dateTime.date(), dateTime.time(), Qt::UTC);
    } else {
        dateTime = dateTime.toUTC();
    }
    return dateTime;
}

QVariant SpreadsheetDate::fromIsoDuration(QStringView text)
{
    text = text.trimmed();
    if (!text.startsWith(u'P')) {
        return {};
    }
    double total = 0; // seconds
    double number = 0;
    double scale = 0; // > 0 while reading a fraction
    bool haveDigits = false;
    bool inTime = false;
    for (qsizetype i = 1; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isDigit()) {
            const int digit = c.digitValue();
            if (scale > 0) {
                number += digit * scale;
                scale /= 10;
            } else {
                number = number * 10 + digit;
            }
            haveDigits = true;
            continue;
        }
        if (c == u'.' || c == u',') {
            scale = 0.1;
            continue;
        }
        if (c == u'T' && !haveDigits) {
            inTime = true;
            continue;
        }
        if (!haveDigits) {
            return {};
        }
        if (c == u'D' && !inTime) {
            total += number * 86400;
        } else if (c == u'H' && inTime) {
            total += number * 3600;
        } else if (c == u'M' && inTime) {
            total += number * 60;
        } else if (c == u'S' && inTime) {
            total += number;
        } else {
            return {}; // years and months have no fixed length; nothing else belongs here
        }
        number = 0;
        scale = 0;
        haveDigits = false;
    }
    if (haveDigits) {
        return {};
    }
    const qint64 ms = std::llround(total * 1000);
    if (ms < 0 || ms >= MsPerDay) {
        return {};
    }
    return QTime::fromMSecsSinceStartOfDay(int(ms));
}
