#pragma once

#include <QStyledItemDelegate>

// Edits redirect_url in a UrlLineEdit, which checks the address as it is typed.
class RedirectUrlDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};
