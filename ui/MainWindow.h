#pragma once

#include <QMainWindow>

class InviteeTable;
class QLabel;
class QTableView;

// The Invitedesk main window: the invitee table and the actions around it.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);

    // Reads an invitee file into the table. On failure the table is left as it was and the reason is shown.
    bool openFile(const QString &path);

    InviteeTable *inviteeTable() const { return m_table; }
    QTableView *tableView() const { return m_view; }

signals:
    // Emitted instead of a blocking message box when a file cannot be opened (tests and the status bar listen).
    void fileRejected(const QString &reason);

private:
    void createActions();
    void chooseFileToOpen();
    void updateStatus();

    InviteeTable *m_table = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_counts = nullptr;
    QString m_currentFile;
};
