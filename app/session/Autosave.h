#pragma once

#include "core/Invitee.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QList>
#include <QLockFile>
#include <QObject>
#include <QTimer>

#include <memory>
#include <optional>

class InviteeTable;

// Keeps a copy of the table being edited in the app data folder, written a moment after the last edit, so a crash
// loses nothing typed; the next session finds it and offers it back. No widgets: the window asks the questions.
class Autosave : public QObject
{
    Q_OBJECT

public:
    // What an earlier session left behind.
    struct Recovery
    {
        QString sourceFile; // the file the table came from; empty for a table typed from scratch
        QDateTime savedAt;
        int rowCount = 0;
    };

    // The rows read back from an autosave.
    struct Restored
    {
        QList<Invitee> invitees;
        QString sourceFile;
        QString errorString; // non-empty when the autosave could not be read
    };

    static constexpr int DefaultDelayMs = 2000;

    // Watches the table's edits and autosaves into directory (created when needed). Only one session at a time
    // autosaves into a directory: a second one finds it locked and stays inactive rather than overwrite the first's.
    // The folder is created and locked on first use, not at construction (that would slow down the start).
    explicit Autosave(InviteeTable *table, const QString &directory = defaultDirectory(), QObject *parent = nullptr);
    ~Autosave() override;

    // QStandardPaths::AppDataLocation.
    static QString defaultDirectory();

    QString filePath() const;   // directory/autosave.csv
    QString markerPath() const; // directory/autosave.json: where the table came from, when it was saved
    // This session holds the folder's lock (taking it now if nobody has it).
    bool isActive() const;

    // How long after the last edit the table is written. Edits that never pause that long still get written once
    // MaxDelayFactor delays have passed since the first unsaved one.
    void setDelay(int milliseconds) { m_timer.setInterval(milliseconds); }
    static constexpr int MaxDelayFactor = 5;
    int delay() const { return m_timer.interval(); }
    // True while an edit waits for its autosave.
    bool isPending() const { return m_timer.isActive(); }

    // The file the table came from, recorded in the marker.
    void setSourceFile(const QString &path) { m_sourceFile = path; }
    QString sourceFile() const { return m_sourceFile; }

    // The table matches a file on disk or holds nothing worth keeping (opened, saved, new, clean exit): the pending
    // autosave is dropped and the files are removed.
    void markClean();
    // Writes the table now (an empty table removes the files instead). False, with failed() emitted, on error.
    bool saveNow();

    // The autosave an earlier session left, when there is one this session may take.
    std::optional<Recovery> recovery() const;
    Restored restore() const;
    // Removes the autosave and its marker.
    void discard();

signals:
    void saved(const QString &path);
    void failed(const QString &message);

private:
    void schedule();
    bool writeMarker(int rowCount) const;

    InviteeTable *m_table;
    QString m_directory;
    QString m_sourceFile;
    QTimer m_timer;
    QElapsedTimer m_pendingSince; // the first edit not yet written
    mutable std::unique_ptr<QLockFile> m_lock;
    mutable bool m_lockTried = false;
};
