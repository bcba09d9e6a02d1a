#include "ChoiceDelegate.h"

#include <QComboBox>
#include <QLineEdit>

ChoiceDelegate::ChoiceDelegate(std::function<QList<ChoiceList::Choice>()> choices, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_choices(std::move(choices))
{}

QWidget *ChoiceDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const
{
    auto *box = new QComboBox(parent);
    box->setEditable(true);
    box->setFrame(false);
    return box;
}

void ChoiceDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *box = static_cast<QComboBox *>(editor);
    ChoiceList::fill(box, m_choices(), index.data(Qt::EditRole).toString());
    box->lineEdit()->selectAll(); // typing replaces the cell, as in a plain cell
}

void ChoiceDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    model->setData(index, ChoiceList::value(static_cast<QComboBox *>(editor)), Qt::EditRole);
}
