#pragma once

#include <QByteArray>
#include <QChar>
#include <QString>
#include <QStringList>

class QIODevice;

// Streams rows as RFC 4180 CSV to a device: UTF-8 with a byte order mark (so Excel reads it as UTF-8), CRLF line
// ends, a field quoted when it holds the delimiter, a quote, CR or LF. Writes cells as given: defusing is the caller's.
class CsvWriter
{
public:
    // The device must be open for writing and outlive the writer. The BOM goes out with the first row.
    explicit CsvWriter(QIODevice *device, QChar delimiter = u',');

    // Writes one record followed by CRLF. Returns false once any write to the device has failed.
    bool writeRow(const QStringList &fields);

    // False after a write to the device failed; the device's errorString() says why.
    bool hasError() const { return m_failed; }

    // One field as it appears in the file (quoted and with quotes doubled when it has to be).
    static QString escapeField(const QString &field, QChar delimiter = u',');
    // One record as it appears in the file, without the line end.
    static QString formatRow(const QStringList &fields, QChar delimiter = u',');
    static QByteArray byteOrderMark();

private:
    bool writeBytes(const QByteArray &bytes);

    QIODevice *m_device;
    QChar m_delimiter;
    bool m_bomWritten = false;
    bool m_failed = false;
};
