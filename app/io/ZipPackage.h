#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

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
        qint64 maxUncompressedBytes = qint64(256) << 20; // all entries together
        int maxCompressionRatio = 200;                   // uncompressed : compressed, per entry
        qint64 ratioCheckFromBytes = qint64(1) << 20;    // smaller entries are not ratio-checked
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
    // Opens an entry for streaming; nullptr with errorString() on failure. One entry at a time: close or destroy the
    // device before opening the next.
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
    qint64 m_budget = 0;                    // bytes still allowed to be inflated
    QString m_errorString;
};
