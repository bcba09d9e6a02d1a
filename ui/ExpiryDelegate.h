#pragma once

#include <QStyledItemDelegate>

// Edits expires_in_days with a spin box from 1 to 365 below which sits "default" (an empty cell: Clerk's default).
class ExpiryDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

    // A spin box set up this way (the bulk edit dialog uses one too); 0 shows as "default".
    static QWidget *createSpinBox(QWidget *parent);
    static void setDays(QWidget *spinBox, const QString &text);
    static QString days(const QWidget *spinBox);
};
