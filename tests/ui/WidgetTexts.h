#pragma once

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QStringList>
#include <QWidget>

// Every text a widget tree shows or hints at: labels, buttons, fields, text views, and every cell, header and
// tooltip of the item views' models. For asserting that something (a secret) appears nowhere in a view.
inline QStringList widgetTexts(const QWidget *root)
{
    QStringList texts;
    const QList<QWidget *> widgets = root->findChildren<QWidget *>();
    for (const QWidget *widget : widgets) {
        texts.append(widget->toolTip());
        if (const auto *label = qobject_cast<const QLabel *>(widget)) {
            texts.append(label->text());
        } else if (const auto *button = qobject_cast<const QAbstractButton *>(widget)) {
            texts.append(button->text());
        } else if (const auto *field = qobject_cast<const QLineEdit *>(widget)) {
            texts.append(field->text());
        } else if (const auto *edit = qobject_cast<const QPlainTextEdit *>(widget)) {
            texts.append(edit->toPlainText());
        } else if (const auto *view = qobject_cast<const QAbstractItemView *>(widget)) {
            const QAbstractItemModel *model = view->model();
            for (int row = 0; model && row < model->rowCount(); ++row) {
                for (int column = 0; column < model->columnCount(); ++column) {
                    const QModelIndex index = model->index(row, column);
                    texts.append(index.data(Qt::DisplayRole).toString());
                    texts.append(index.data(Qt::ToolTipRole).toString());
                }
            }
        }
    }
    return texts;
}

inline bool anyTextContains(const QWidget *root, const QString &needle)
{
    const QStringList texts = widgetTexts(root);
    return std::any_of(texts.cbegin(), texts.cend(), [&needle](const QString &text) { return text.contains(needle); });
}
