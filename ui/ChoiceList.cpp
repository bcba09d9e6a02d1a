#include "ChoiceList.h"

#include "session/OrganizationDirectory.h"

#include <QComboBox>
#include <QLineEdit>

QList<ChoiceList::Choice> ChoiceList::roles(const OrganizationDirectory &directory)
{
    QList<Choice> choices;
    for (const QString &key : directory.roleKeys()) {
        choices.append({key, key});
    }
    return choices;
}

QList<ChoiceList::Choice> ChoiceList::inviters(const OrganizationDirectory &directory)
{
    QList<Choice> choices;
    for (const ClerkMembership &admin : directory.admins()) {
        const QString shown = admin.email.isEmpty() ? admin.userId : tr("%1 (%2)").arg(admin.email, admin.userId);
        choices.append({shown, admin.userId});
    }
    return choices;
}

void ChoiceList::fill(QComboBox *box, const QList<Choice> &choices, const QString &value)
{
    box->clear();
    box->setEditable(true);
    box->setInsertPolicy(QComboBox::NoInsert);
    for (const Choice &choice : choices) {
        box->addItem(choice.text, choice.value);
    }
    const int found = box->findData(value);
    if (found >= 0) {
        box->setCurrentIndex(found);
    } else {
        box->setCurrentIndex(-1);
        box->setEditText(value);
    }
}

QString ChoiceList::value(const QComboBox *box)
{
    const int current = box->currentIndex();
    if (current >= 0 && box->itemText(current) == box->currentText()) {
        return box->itemData(current).toString();
    }
    return box->currentText();
}
