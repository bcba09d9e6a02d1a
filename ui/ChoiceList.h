#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

class OrganizationDirectory;
class QComboBox;

// The choices of an editable combobox for a cell: what is shown and the text stored. Built from the organization's
// roles and admins; empty while offline, when the combobox is free text.
class ChoiceList
{
    Q_DECLARE_TR_FUNCTIONS(ChoiceList)

public:
    struct Choice
    {
        QString text;  // shown: "ada@example.com (user_123)"
        QString value; // stored: "user_123"
    };

    static QList<Choice> roles(const OrganizationDirectory &directory);
    static QList<Choice> inviters(const OrganizationDirectory &directory);

    // Fills an editable combobox and shows value: its choice when there is one, else the text itself.
    static void fill(QComboBox *box, const QList<Choice> &choices, const QString &value);
    // What the combobox holds: the chosen choice's value, or the text as typed.
    static QString value(const QComboBox *box);
};
