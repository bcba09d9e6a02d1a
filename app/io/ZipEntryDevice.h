#pragma once

#include <QIODevice>

#include <atomic>
#include <memory>

class QuaZip;
class QuaZipFile;

// One entry of a ZipPackage as it is inflated: a read-only sequential device with an archive handle of its own (so
// entries can be read on several threads at once) that counts the bytes it hands out against the package's shared
// budget, fails as soon as the budget is spent (headers are not trusted), and notices a damaged entry (a read error,
// data that ends before the declared size, or a CRC mismatch).
class ZipEntryDevice : public QIODevice
{
public:
    // Opens archivePath on its own and selects entryName (as stored); budget is shared by every entry of the package
    // and must outlive the device.
    ZipEntryDevice(const QString &archivePath, const QString &entryName, std::atomic<qint64> *budget);
    // Reads the current file of an archive opened elsewhere (tests).
    ZipEntryDevice(QuaZip *zip, std::atomic<qint64> *budget);
    ~ZipEntryDevice() override;

    bool open(OpenMode mode) override;
    void close() override;
    bool isSequential() const override { return true; }
    bool atEnd() const override;

    // Whether reading stopped because the package inflated to more bytes than allowed.
    bool budgetExceeded() const { return m_budgetExceeded; }
    // Whether reading stopped on a damaged entry; finish() also checks the CRC of a completely read entry.
    bool damaged() const { return m_damaged; }
    // Whether the damage is data that ended before the size the entry's headers declare.
    bool truncated() const { return m_truncated; }
    // Reads what is left (up to the budget) and closes the entry, so the CRC is checked; false when it is damaged or
    // the budget ran out.
    bool finish();

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 maxSize) override;

private:
    std::unique_ptr<QuaZip> m_zip; // when the device opened the archive itself
    std::unique_ptr<QuaZipFile> m_file;
    std::atomic<qint64> *m_budget;
    bool m_budgetExceeded = false;
    bool m_damaged = false;
    bool m_truncated = false;
};
