#pragma once

#include "ChoiceList.h"

#include <QStyledItemDelegate>

#include <functional>

// Edits a cell with an editable combobox of choices (roles, inviters): pick one or type free text.
class ChoiceDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    // choices is asked each time an editor opens, so it follows the organization directory.
    ChoiceDelegate(std::function<QList<ChoiceList::Choice>()> choices, QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

private:
    std::function<QList<ChoiceList::Choice>()> m_choices;
};
