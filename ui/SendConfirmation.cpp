#include "SendConfirmation.h"

#include "MessageBox.h"
#include "core/DurationText.h"

bool SendConfirmation::confirm(QWidget *parent, const SendPlan &plan)
{
    if (!plan.needsConfirmation()) {
        return true;
    }
    return MessageBox::question(parent, tr("Send with a LIVE key"), question(plan), QMessageBox::Yes | QMessageBox::No,
                                QMessageBox::No) == QMessageBox::Yes;
}

QString SendConfirmation::question(const SendPlan &plan)
{
    const QString organization = plan.organizationName.isEmpty()
                                     ? plan.organizationId
                                     : tr("%1 (%2)").arg(plan.organizationName, plan.organizationId);
    return tr("Send %Ln invitation(s) to %1 with a LIVE key? At %2 this takes %3.", nullptr, plan.sendableRows)
        .arg(organization, DurationText::rate(plan.rateCalls, plan.rateSeconds),
             DurationText::inWords(plan.durationMs));
}
