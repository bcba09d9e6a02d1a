#include "Autosave.h"

#include "InviteeCsvFile.h"
#include "core/InviteeTable.h"
#include "io/InviteeImporter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

namespace {

const QString SourceKey = QStringLiteral("source");
const QString SavedAtKey = QStringLiteral("savedAt");
const QString RowsKey = QStringLiteral("rows");

} // namespace

Autosave::Autosave(InviteeTable *table, const QString &directory, QObject *parent)
    : QObject(parent)
    , m_table(table)
    , m_directory(directory)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(DefaultDelayMs);
    connect(&m_timer, &QTimer::timeout, this, &Autosave::saveNow);

    connect(m_table, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &, const QModelIndex &, const QList<int> &roles) {
                if (roles.isEmpty() || roles.contains(Qt::EditRole)) {
                    schedule();
                }
            });
    connect(m_table, &QAbstractItemModel::rowsInserted, this, &Autosave::schedule);
    connect(m_table, &QAbstractItemModel::rowsRemoved, this, &Autosave::schedule);
    connect(m_table, &QAbstractItemModel::modelReset, this, &Autosave::schedule);
}

Autosave::~Autosave() = default;

bool Autosave::isActive() const
{
    if (!m_lockTried) {
        m_lockTried = true;
        if (QDir().mkpath(m_directory)) {
            auto lock = std::make_unique<QLockFile>(QDir(m_directory).filePath(QStringLiteral("autosave.lock")));
            lock->setStaleLockTime(0); // stale only when its owner is gone, however long a session lasts
            if (lock->tryLock(0)) {
                m_lock = std::move(lock);
            }
        }
    }
    return m_lock != nullptr;
}

QString Autosave::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

QString Autosave::filePath() const
{
    return QDir(m_directory).filePath(QStringLiteral("autosave.csv"));
}

QString Autosave::markerPath() const
{
    return QDir(m_directory).filePath(QStringLiteral("autosave.json"));
}

void Autosave::markClean()
{
    m_timer.stop();
    discard();
}

bool Autosave::saveNow()
{
    m_timer.stop();
    if (!isActive()) {
        return false;
    }
    if (m_table->rowCount() == 0) {
        discard(); // nothing typed to keep
        return true;
    }
    QString error;
    if (!InviteeCsvFile::save(filePath(), m_table->invitees(), &error)) {
        emit failed(error);
        return false;
    }
    if (!writeMarker(m_table->rowCount())) {
        emit failed(tr("Cannot write %1").arg(QDir::toNativeSeparators(markerPath())));
        return false;
    }
    emit saved(filePath());
    return true;
}

std::optional<Autosave::Recovery> Autosave::recovery() const
{
    if (!isActive() || !QFileInfo::exists(filePath())) {
        return std::nullopt;
    }
    Recovery recovery;
    recovery.savedAt = QFileInfo(filePath()).lastModified();
    QFile marker(markerPath());
    if (marker.open(QIODevice::ReadOnly)) {
        const QJsonObject object = QJsonDocument::fromJson(marker.readAll()).object();
        recovery.sourceFile = object.value(SourceKey).toString();
        recovery.rowCount = object.value(RowsKey).toInt();
        const QDateTime savedAt = QDateTime::fromString(object.value(SavedAtKey).toString(), Qt::ISODateWithMs);
        if (savedAt.isValid()) {
            recovery.savedAt = savedAt.toLocalTime();
        }
    }
    return recovery;
}

Autosave::Restored Autosave::restore() const
{
    Restored restored;
    const std::optional<Recovery> found = recovery();
    if (!found) {
        restored.errorString = tr("There is no autosave to restore");
        return restored;
    }
    ImportResult result = InviteeImporter().importFile(filePath());
    if (!result.ok()) {
        restored.errorString = result.errorString;
        return restored;
    }
    // The rows are numbered by position again: the autosave's own line numbers mean nothing to the user.
    for (Invitee &invitee : result.invitees) {
        invitee.setSourceRow(0);
        invitee.setSourceCells({});
    }
    restored.invitees = std::move(result.invitees);
    restored.sourceFile = found->sourceFile;
    return restored;
}

void Autosave::discard()
{
    if (!isActive()) {
        return;
    }
    QFile::remove(filePath());
    QFile::remove(markerPath());
}

void Autosave::schedule()
{
    if (!isActive()) {
        return;
    }
    if (!m_timer.isActive()) {
        m_pendingSince.start();
        m_timer.start();
    } else if (m_pendingSince.elapsed() < qint64(MaxDelayFactor) * m_timer.interval()) {
        m_timer.start(); // wait for a pause in the typing
    }
}

bool Autosave::writeMarker(int rowCount) const
{
    const QJsonObject object{
        {SourceKey, m_sourceFile},
        {SavedAtKey, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
        {RowsKey, rowCount},
    };
    QSaveFile file(markerPath());
    return file.open(QIODevice::WriteOnly) && file.write(QJsonDocument(object).toJson()) >= 0 && file.commit();
}
