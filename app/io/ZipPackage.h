#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

#include <atomic>
#include <memory>
#include <optional>

class QuaZip;
class ZipEntryDevice;

// A ZIP container (XLSX, ODS) opened for reading within bounds: when it opens, the entries' declared sizes,
// compression ratios, methods and encryption flags are checked; as entries are read, the bytes actually inflated
// are counted against the same size limit, so neither a zip bomb nor a lying header gets far.
class ZipPackage
{
    Q_DECLARE_TR_FUNCTIONS(ZipPackage)

public:
    struct Limits
    {
        // All entries together. The same as CsvReader's file limit: an XLSX of 1,000,000 rows (CsvReader's row
        // limit) of six columns unpacks to about 530 MB; zip bombs are stopped by the ratio, not by this.
        qint64 maxUncompressedBytes = qint64(1) << 30;
        int maxCompressionRatio = 200;                // uncompressed : compressed, per entry
        qint64 ratioCheckFromBytes = qint64(1) << 20; // smaller entries are not ratio-checked
        int maxEntries = 10'000;
    };

    explicit ZipPackage(const QString &path);
    ~ZipPackage();
    ZipPackage(const ZipPackage &) = delete;
    ZipPackage &operator=(const ZipPackage &) = delete;

    void setLimits(const Limits &limits) { m_limits = limits; }
    const Limits &limits() const { return m_limits; }

    // Opens the archive and checks every entry's header. False, with errorString(), when the file is not a complete
    // ZIP archive, is password-protected, uses a compression method other than stored or deflate, or declares more
    // than the limits allow.
    bool open();

    // Entry names are matched case-insensitively, as OPC part names are; a leading '/' is ignored.
    bool contains(const QString &name) const;
    QStringList entryNames() const;

    // Inflates a whole entry of at most maxBytes (an entry declaring more is refused as damaged); nullopt with
    // errorString() on failure.
    std::optional<QByteArray> read(const QString &name, qint64 maxBytes);
    // Opens an entry for streaming, on an archive handle of its own: several entries may be read at once, each
    // device on one thread (open them on the package's thread). nullptr with errorString() on failure.
    std::unique_ptr<ZipEntryDevice> openEntry(const QString &name);

    // The message for an entry whose reading stopped: the size limit was reached or the entry is damaged.
    QString entryFailure(const ZipEntryDevice &device, const QString &name) const;

    QString errorString() const { return m_errorString; }

    static QString dataSize(qint64 bytes);
    // The one message for a workbook that needs a password to be read, whatever gives it away.
    static QString passwordProtectedMessage();

private:
    bool fail(const QString &message);
    QString actualName(const QString &name) const;

    QString m_path;
    Limits m_limits;
    std::unique_ptr<QuaZip> m_zip;
    QHash<QString, QString> m_names;        // lower-case name -> name as stored
    QHash<QString, qint64> m_declaredSizes; // name as stored -> declared uncompressed size
    std::atomic<qint64> m_budget = 0;       // bytes still allowed to be inflated, by all entries together
    QString m_errorString;
};
