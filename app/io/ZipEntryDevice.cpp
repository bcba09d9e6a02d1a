#include "ZipEntryDevice.h"

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

ZipEntryDevice::ZipEntryDevice(const QString &archivePath, const QString &entryName, std::atomic<qint64> *budget)
    : m_zip(std::make_unique<QuaZip>(archivePath))
    , m_budget(budget)
{
    if (m_zip->open(QuaZip::mdUnzip) && m_zip->setCurrentFile(entryName, QuaZip::csSensitive)) {
        m_file = std::make_unique<QuaZipFile>(m_zip.get());
    }
}

ZipEntryDevice::ZipEntryDevice(QuaZip *zip, std::atomic<qint64> *budget)
    : m_file(std::make_unique<QuaZipFile>(zip))
    , m_budget(budget)
{}

ZipEntryDevice::~ZipEntryDevice()
{
    ZipEntryDevice::close();
}

bool ZipEntryDevice::open(OpenMode mode)
{
    if ((mode & WriteOnly) || !m_file || !m_file->open(QIODevice::ReadOnly)) {
        m_damaged = !(mode & WriteOnly);
        return false;
    }
    return QIODevice::open(mode | Unbuffered);
}

void ZipEntryDevice::close()
{
    if (m_file && m_file->isOpen()) {
        m_file->close();
        if (m_file->getZipError() != 0) { // UNZ_CRCERROR for a completely read entry whose bytes do not match
            m_damaged = true;
        }
    }
    QIODevice::close();
}

bool ZipEntryDevice::atEnd() const
{
    // Once reading has stopped nothing more will come: a reader that is told otherwise (QXmlStreamReader on a
    // sequential device) waits for more data forever.
    return m_damaged || m_budgetExceeded || !m_file || !m_file->isOpen() || m_file->atEnd();
}

qint64 ZipEntryDevice::readData(char *data, qint64 maxSize)
{
    if (m_budgetExceeded || m_damaged || !m_file || !m_file->isOpen()) {
        return -1;
    }
    const qint64 count = m_file->read(data, maxSize);
    if (count < 0) {
        m_damaged = true;
        setErrorString(m_file->errorString());
        return -1;
    }
    if (count == 0 && maxSize > 0 && !m_file->atEnd()) {
        // The compressed data ended before the size the headers declare: nothing more will ever come, and a reader
        // that waits for the rest (QXmlStreamReader asks atEnd(), which QuaZipFile answers from that size) would wait
        // for ever.
        m_damaged = true;
        m_truncated = true;
        setErrorString(QStringLiteral("the entry ends before its declared size"));
        return -1;
    }
    if (m_budget->fetch_sub(count) - count < 0) {
        m_budgetExceeded = true;
        setErrorString(QStringLiteral("uncompressed size limit reached"));
        return -1;
    }
    return count;
}

qint64 ZipEntryDevice::writeData(const char *, qint64)
{
    return -1;
}

bool ZipEntryDevice::finish()
{
    char buffer[16 * 1024];
    while (isOpen() && !m_budgetExceeded && !m_damaged) {
        const qint64 count = read(buffer, sizeof buffer);
        if (count <= 0) {
            break;
        }
    }
    close();
    return !m_budgetExceeded && !m_damaged;
}
