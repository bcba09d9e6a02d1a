#include "CsvWriter.h"

#include <QIODevice>

CsvWriter::CsvWriter(QIODevice *device, QChar delimiter)
    : m_device(device)
    , m_delimiter(delimiter)
{
    Q_ASSERT(m_device);
}

QByteArray CsvWriter::byteOrderMark()
{
    return QByteArrayLiteral("\xEF\xBB\xBF");
}

QString CsvWriter::escapeField(const QString &field, QChar delimiter)
{
    const bool mustQuote =
        field.contains(delimiter) || field.contains(u'"') || field.contains(u'\r') || field.contains(u'\n');
    if (!mustQuote) {
        return field;
    }
    QString quoted = field;
    quoted.replace(u'"', QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

QString CsvWriter::formatRow(const QStringList &fields, QChar delimiter)
{
    QString line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0) {
            line += delimiter;
        }
        line += escapeField(fields.at(i), delimiter);
    }
    return line;
}

bool CsvWriter::writeRow(const QStringList &fields)
{
    if (!m_bomWritten) {
        m_bomWritten = true;
        writeBytes(byteOrderMark());
    }
    writeBytes(formatRow(fields, m_delimiter).toUtf8() + "\r\n");
    return !m_failed;
}

bool CsvWriter::writeBytes(const QByteArray &bytes)
{
    if (m_failed) {
        return false;
    }
    if (m_device->write(bytes) != bytes.size()) {
        m_failed = true;
    }
    return !m_failed;
}
