#pragma once

#include "clerk/ClerkOrganization.h"

#include <QDialog>
#include <QList>

class Connection;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QTimer;
class QTreeWidget;

// The dialog that chooses the organization to invite into: a search box (GET /organizations?query= through the
// connection, as the user types) and the organizations found with name, slug, id and member count. OK selects the
// chosen one on the connection (Connection::selectOrganization).
class OrganizationPicker : public QDialog
{
    Q_OBJECT

public:
    static constexpr int SearchDelayMs = 300;

    // connection must outlive the dialog. Lists every organization at once (an empty search).
    explicit OrganizationPicker(Connection *connection, QWidget *parent = nullptr);

    QString selectedId() const;
    QString selectedName() const;
    // The rows shown, for tests.
    QTreeWidget *list() const { return m_list; }
    QLineEdit *searchBox() const { return m_search; }
    QString statusText() const;

    // Selects the chosen organization on the connection, then closes.
    void accept() override;

private:
    void search();
    void showResults(const QString &query, const QList<ClerkOrganization> &organizations, bool truncated);
    void updateOk();

    Connection *m_connection;
    QLineEdit *m_search;
    QTreeWidget *m_list;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
    QTimer *m_delay;
    QString m_pendingQuery; // the query whose answer is awaited; answers to others are ignored
};
