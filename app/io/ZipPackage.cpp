#include "ZipPackage.h"

#include "OneLineText.h"
#include "ZipEntryDevice.h"

#include <QLocale>
#include <quazip/quazip.h>
#include <quazip/quazipfileinfo.h>

static constexpr quint16 EncryptedFlag = 0x0001;
static constexpr quint16 MethodStored = 0;
static constexpr quint16 MethodDeflated = 8;
static constexpr quint16 MethodWinZipAes = 99; // the entry is encrypted with AES

static QString lookupKey(const QString &name)
{
    return (name.startsWith(u'/') ? name.mid(1) : name).toLower();
}

ZipPackage::ZipPackage(const QString &path)
    : m_path(path)
{}

ZipPackage::~ZipPackage() = default;

QString ZipPackage::dataSize(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

QString ZipPackage::passwordProtectedMessage()
{
    return tr("The file is password-protected; open it in your spreadsheet program and save it without a password.");
}

bool ZipPackage::fail(const QString &message)
{
    m_errorString = OneLineText::from(message); // entry names are the file's own and may hold line breaks
    return false;
}

bool ZipPackage::open()
{
    m_errorString.clear();
    m_names.clear();
    m_declaredSizes.clear();
    m_zip = std::make_unique<QuaZip>(m_path);
    if (!m_zip->open(QuaZip::mdUnzip)) {
        return fail(tr("The file is damaged: it is not a complete ZIP archive."));
    }
    if (m_zip->getEntriesCount() > m_limits.maxEntries) {
        return fail(tr("The file holds %1 parts; at most %2 are supported.")
                        .arg(QLocale().toString(m_zip->getEntriesCount()), QLocale().toString(m_limits.maxEntries)));
    }
    const QList<QuaZipFileInfo64> entries = m_zip->getFileInfoList64();
    if (m_zip->getZipError() != 0) {
        return fail(tr("The file is damaged: its ZIP directory cannot be read."));
    }
    qint64 total = 0;
    for (const QuaZipFileInfo64 &entry : entries) {
        if ((entry.flags & EncryptedFlag) || entry.method == MethodWinZipAes) {
            return fail(passwordProtectedMessage());
        }
        if (entry.method != MethodStored && entry.method != MethodDeflated) {
            return fail(tr("The file uses a ZIP compression method (%1) that Invitedesk cannot read; save it again "
                           "from your spreadsheet program.")
                            .arg(entry.method));
        }
        const qint64 size = qint64(qMin<quint64>(entry.uncompressedSize, quint64(m_limits.maxUncompressedBytes) + 1));
        total += size;
        if (total > m_limits.maxUncompressedBytes) {
            return fail(tr("The file unpacks to more than %1; at most %1 are supported.")
                            .arg(dataSize(m_limits.maxUncompressedBytes)));
        }
        if (size >= m_limits.ratioCheckFromBytes &&
            quint64(size) > quint64(m_limits.maxCompressionRatio) * qMax<quint64>(entry.compressedSize, 1)) {
            return fail(tr("The part “%1” unpacks to %2 from only %3, more than %4 to 1: the file looks like a zip "
                           "bomb and is not read.")
                            .arg(entry.name, dataSize(size), dataSize(qint64(entry.compressedSize)))
                            .arg(m_limits.maxCompressionRatio));
        }
        m_names.insert(lookupKey(entry.name), entry.name);
        m_declaredSizes.insert(entry.name, size);
    }
    m_budget.store(m_limits.maxUncompressedBytes);
    return true;
}

QString ZipPackage::actualName(const QString &name) const
{
    return m_names.value(lookupKey(name));
}

bool ZipPackage::contains(const QString &name) const
{
    return m_names.contains(lookupKey(name));
}

QStringList ZipPackage::entryNames() const
{
    return m_names.values();
}

std::unique_ptr<ZipEntryDevice> ZipPackage::openEntry(const QString &name)
{
    const QString stored = actualName(name);
    if (!m_zip || stored.isEmpty()) {
        fail(tr("The file is damaged: the part “%1” is missing.").arg(name));
        return nullptr;
    }
    auto device = std::make_unique<ZipEntryDevice>(m_path, stored, &m_budget);
    if (!device->open(QIODevice::ReadOnly)) {
        fail(tr("The file is damaged: the part “%1” cannot be unpacked.").arg(name));
        return nullptr;
    }
    return device;
}

std::optional<QByteArray> ZipPackage::read(const QString &name, qint64 maxBytes)
{
    if (m_declaredSizes.value(actualName(name)) > maxBytes) {
        fail(tr("The file is damaged: the part “%1” is larger than %2.").arg(name, dataSize(maxBytes)));
        return std::nullopt;
    }
    const std::unique_ptr<ZipEntryDevice> device = openEntry(name);
    if (!device) {
        return std::nullopt;
    }
    QByteArray bytes;
    char buffer[16 * 1024];
    for (;;) {
        const qint64 count = device->read(buffer, sizeof buffer);
        if (count <= 0) {
            break;
        }
        if (bytes.size() + count > maxBytes) {
            fail(tr("The file is damaged: the part “%1” is larger than %2.").arg(name, dataSize(maxBytes)));
            return std::nullopt;
        }
        bytes.append(buffer, count);
    }
    if (!device->finish()) {
        fail(entryFailure(*device, name));
        return std::nullopt;
    }
    return bytes;
}

QString ZipPackage::entryFailure(const ZipEntryDevice &device, const QString &name) const
{
    if (device.budgetExceeded()) {
        return tr("The file unpacks to more than %1; at most %1 are supported.")
            .arg(dataSize(m_limits.maxUncompressedBytes));
    }
    if (device.truncated()) {
        return tr("The file is damaged: the part “%1” ends before the size its ZIP headers declare.").arg(name);
    }
    return tr("The file is damaged: the part “%1” cannot be unpacked (its data does not match its checksum).")
        .arg(name);
}
