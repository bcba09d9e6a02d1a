#include "TableDocument.h"

#include "ImportDialog.h"
#include "InsertRowsCommand.h"
#include "MessageBox.h"
#include "OpenDialog.h"
#include "core/InviteeTable.h"
#include "io/InviteeImporter.h"
#include "session/Autosave.h"
#include "session/InviteeCsvFile.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMenu>
#include <QStandardPaths>
#include <QUndoStack>

namespace {

// A file built into the app (the sample): readable, but no folder the user can write to or browse.
bool isResource(const QString &path)
{
    return path.startsWith(u':') || path.startsWith(u"qrc:");
}

QString documentsFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

} // namespace

TableDocument::TableDocument(InviteeTable *table, QUndoStack *undoStack, Autosave *autosave,
                             const AppSettings &settings, QWidget *window)
    : QObject(window)
    , m_table(table)
    , m_undoStack(undoStack)
    , m_autosave(autosave)
    , m_settings(settings)
    , m_window(window)
{}

bool TableDocument::isModified() const
{
    return !m_undoStack->isClean();
}

bool TableDocument::openFile(const QString &path)
{
    return openFile(path, m_settings.importOptionsFor(path));
}

bool TableDocument::openFile(const QString &path, const ImportOptions &options)
{
    ImportResult result = InviteeImporter(options).importFile(path);
    if (!result.ok()) {
        if (!QFileInfo::exists(path)) {
            m_settings.removeRecentFile(path);
        }
        emit fileRejected(result.errorString);
        return false;
    }
    m_table->setInvitees(result.invitees);
    m_undoStack->clear();
    m_undoStack->setClean(); // clear() leaves an empty stack marked unsaved by resetClean() as it was
    m_savedCsvPath.clear();
    setCurrentFile(path);
    m_autosave->markClean();
    m_settings.addRecentFile(path);
    emit tableReplaced();
    emit message(tr("Read %n row(s) from %1 as %2", nullptr, m_table->rowCount())
                     .arg(QFileInfo(path).fileName(), result.formatName));
    return true;
}

bool TableDocument::importWithDialog(const QString &path)
{
    ImportSource source = ImportSource::fromFile(path);
    if (!source.ok()) {
        if (!QFileInfo::exists(path)) {
            m_settings.removeRecentFile(path);
        }
        emit fileRejected(source.errorString());
        return false;
    }
    const std::optional<ImportOptions> options =
        ImportDialog::ask(m_window, source, m_settings.importOptions(), m_table->defaultRole());
    if (!options) {
        return false;
    }
    m_settings.setImportOptions(*options);
    if (!openFile(path, *options)) {
        return false;
    }
    m_settings.setImportOptionsFor(path, *options);
    return true;
}

bool TableDocument::pasteRows(const QString &text)
{
    if (text.trimmed().isEmpty()) {
        emit message(tr("The clipboard holds no text to paste as rows"));
        return false;
    }
    ImportSource source = ImportSource::fromText(text, tr("Pasted text"));
    const std::optional<ImportOptions> options =
        ImportDialog::ask(m_window, source, m_settings.importOptions(), m_table->defaultRole());
    if (!options) {
        return false;
    }
    m_settings.setImportOptions(*options);
    const ImportResult result = source.import(*options);
    if (!result.ok()) {
        MessageBox::warning(m_window, tr("Cannot paste the rows"), result.errorString);
        return false;
    }
    // Pasted rows come from no file: no source row, no source cells that would not match the table's columns.
    QList<Invitee> rows;
    rows.reserve(result.invitees.size());
    for (Invitee invitee : result.invitees) {
        invitee.setSourceRow(0);
        invitee.setSourceCells({});
        rows.append(std::move(invitee));
    }
    if (rows.isEmpty()) {
        emit message(tr("The pasted text holds no rows below its header"));
        return false;
    }
    m_undoStack->push(
        new InsertRowsCommand(m_table, m_table->rowCount(), rows, tr("Paste %n row(s)", nullptr, int(rows.size()))));
    emit message(tr("Pasted %n row(s) as %1", nullptr, int(rows.size())).arg(result.formatName));
    return true;
}

void TableDocument::pasteRowsFromClipboard()
{
    pasteRows(QApplication::clipboard()->text());
}

bool TableDocument::saveCsv(const QString &path)
{
    QString error;
    if (!InviteeCsvFile::save(path, m_table->invitees(), &error)) {
        emit message(error);
        MessageBox::warning(m_window, tr("Cannot save the file"), error);
        return false;
    }
    m_undoStack->setClean();
    m_savedCsvPath = path;
    setCurrentFile(path);
    m_autosave->markClean();
    m_settings.addRecentFile(path);
    emit message(tr("Saved %n row(s) to %1", nullptr, m_table->rowCount()).arg(QFileInfo(path).fileName()));
    return true;
}

void TableDocument::newTable()
{
    m_table->setInvitees({});
    m_undoStack->clear();
    m_undoStack->setClean();
    m_savedCsvPath.clear();
    setCurrentFile(QString());
    m_autosave->markClean();
    emit tableReplaced();
}

bool TableDocument::offerRecovery()
{
    const std::optional<Autosave::Recovery> recovery = m_autosave->recovery();
    if (!recovery) {
        return false;
    }
    const QString when = QLocale().toString(recovery->savedAt, QLocale::ShortFormat);
    const QString text =
        recovery->sourceFile.isEmpty()
            ? tr("Invitedesk did not close properly on %1. It kept %n row(s) you had not saved. Restore them?", nullptr,
                 recovery->rowCount)
                  .arg(when)
            : tr("Invitedesk did not close properly on %1. It kept %n row(s) of %2 you had not saved. Restore them?",
                 nullptr, recovery->rowCount)
                  .arg(when, QDir::toNativeSeparators(recovery->sourceFile));
    if (MessageBox::question(m_window, tr("Restore unsaved invitees"), text, QMessageBox::Yes | QMessageBox::No,
                             QMessageBox::Yes) != QMessageBox::Yes) {
        m_autosave->discard();
        return false;
    }
    const Autosave::Restored restored = m_autosave->restore();
    if (!restored.errorString.isEmpty()) {
        MessageBox::warning(m_window, tr("Cannot restore the invitees"), restored.errorString);
        return false;
    }
    m_table->setInvitees(restored.invitees);
    m_undoStack->clear();
    m_undoStack->resetClean(); // restored edits are not saved in any file yet
    m_savedCsvPath.clear();
    setCurrentFile(restored.sourceFile);
    emit tableReplaced();
    emit message(tr("Restored %n unsaved row(s)", nullptr, m_table->rowCount()));
    return true;
}

void TableDocument::chooseFileToOpen()
{
    if (!maybeSaveChanges()) {
        return;
    }
    const QString folder = m_currentFile.isEmpty() || isResource(m_currentFile)
                               ? documentsFolder()
                               : QFileInfo(m_currentFile).absolutePath();
    const QString path = OpenDialog::getOpenPath(m_window, tr("Open invitees"), folder,
                                                 tr("Invitee files (*.csv *.tsv *.txt *.xlsx *.ods);;All files (*)"));
    if (!path.isEmpty()) {
        importWithDialog(path);
    }
}

QString TableDocument::suggestedSavePath() const
{
    if (!m_savedCsvPath.isEmpty()) {
        return m_savedCsvPath;
    }
    if (!m_currentFile.isEmpty() && !isResource(m_currentFile)) {
        const QFileInfo current(m_currentFile);
        return current.dir().filePath(current.completeBaseName() + QStringLiteral(".csv"));
    }
    return QDir(documentsFolder()).filePath(QStringLiteral("invitees.csv"));
}

bool TableDocument::chooseFileToSave()
{
    QString path = QFileDialog::getSaveFileName(m_window, tr("Save invitees as CSV"), suggestedSavePath(),
                                                tr("CSV files (*.csv)"));
    if (path.isEmpty()) {
        return false;
    }
    if (QFileInfo(path).suffix().isEmpty()) {
        path += QStringLiteral(".csv");
    }
    return saveCsv(path);
}

void TableDocument::openRecentFile(const QString &path)
{
    if (maybeSaveChanges()) {
        openFile(path);
    }
}

void TableDocument::openDroppedFile(const QString &path)
{
    if (maybeSaveChanges()) {
        importWithDialog(path);
    }
}

void TableDocument::openNew()
{
    if (maybeSaveChanges()) {
        newTable();
    }
}

void TableDocument::fillRecentMenu(QMenu *menu)
{
    menu->clear();
    const QStringList files = m_settings.recentFiles();
    for (qsizetype i = 0; i < files.size(); ++i) {
        const QString path = files.at(i);
        QAction *action = menu->addAction(tr("&%1 %2").arg(QString::number(i + 1), QFileInfo(path).fileName()));
        action->setStatusTip(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] { openRecentFile(path); });
    }
    if (files.isEmpty()) {
        menu->addAction(tr("No recent files"))->setEnabled(false);
    }
}

bool TableDocument::maybeSaveChanges()
{
    if (!isModified()) {
        return true;
    }
    const QMessageBox::StandardButton answer =
        MessageBox::question(m_window, tr("Unsaved changes"),
                             tr("The invitee table has changes that are not saved in a file. Save them as CSV first?"),
                             QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save) {
        return m_savedCsvPath.isEmpty() ? chooseFileToSave() : saveCsv(m_savedCsvPath);
    }
    return answer == QMessageBox::Discard;
}

void TableDocument::closeCleanly()
{
    m_autosave->markClean();
}

void TableDocument::setCurrentFile(const QString &path)
{
    m_currentFile = path;
    m_autosave->setSourceFile(path);
    emit currentFileChanged(path);
}
