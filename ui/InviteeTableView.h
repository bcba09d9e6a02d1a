#pragma once

#include <QTableView>

class OrganizationDirectory;

// The editor's table view: fixed row heights and no per-row widgets, so 100,000 rows scroll smoothly; a delegate per
// field (roles, inviters, expiry, redirect URL); metadata cells ask for the JSON editor instead of an inline editor
// (double-click, F2 or Enter). Space toggles a notify cell; cell editors are named for screen readers.
class InviteeTableView : public QTableView
{
    Q_OBJECT

public:
    explicit InviteeTableView(QWidget *parent = nullptr);

    // Installs the field delegates; the comboboxes offer what directory holds when an editor opens.
    void setupDelegates(const OrganizationDirectory *directory);
    // Sizes the columns to their header and the text of a sample of rows (never every row).
    void fitColumns(int sampleRows = 60);

signals:
    // A metadata cell (index of the view's model) was double-clicked or F2 pressed on it.
    void metadataEditRequested(const QModelIndex &index);

protected:
    bool edit(const QModelIndex &index, EditTrigger trigger, QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
};
