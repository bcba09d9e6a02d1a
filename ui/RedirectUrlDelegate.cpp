#include "RedirectUrlDelegate.h"

#include "UrlLineEdit.h"

QWidget *RedirectUrlDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const
{
    auto *edit = new UrlLineEdit(parent);
    edit->setFrame(false);
    return edit;
}
