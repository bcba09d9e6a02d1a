#include "ExpiryDelegate.h"

#include "core/FieldValues.h"

#include <QLineEdit>
#include <QSpinBox>

QWidget *ExpiryDelegate::createSpinBox(QWidget *parent)
{
    auto *spin = new QSpinBox(parent);
    spin->setRange(FieldValues::MinExpiresInDays - 1, FieldValues::MaxExpiresInDays);
    spin->setSpecialValueText(tr("default"));
    spin->setSuffix(tr(" days"));
    spin->setAccelerated(true);
    return spin;
}

void ExpiryDelegate::setDays(QWidget *spinBox, const QString &text)
{
    auto *spin = static_cast<QSpinBox *>(spinBox);
    const std::optional<int> days = FieldValues::parseExpires(text);
    spin->setValue(days ? *days : spin->minimum()); // out of range: clamped; not a number: default
}

QString ExpiryDelegate::days(const QWidget *spinBox)
{
    const auto *spin = static_cast<const QSpinBox *>(spinBox);
    return spin->value() == spin->minimum() ? QString() : QString::number(spin->value());
}

QWidget *ExpiryDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const
{
    auto *spin = static_cast<QSpinBox *>(createSpinBox(parent));
    spin->setFrame(false);
    return spin;
}

void ExpiryDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    setDays(editor, index.data(Qt::EditRole).toString());
    static_cast<QSpinBox *>(editor)->selectAll(); // typing replaces the number
}

void ExpiryDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    auto *spin = static_cast<QSpinBox *>(editor);
    spin->interpretText();
    model->setData(index, days(spin), Qt::EditRole);
}
