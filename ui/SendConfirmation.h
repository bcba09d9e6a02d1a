#pragma once

#include "session/SendPlan.h"

#include <QCoreApplication>
#include <QString>

class QWidget;

// The question before a run that reaches real people: more than SendPlan::ConfirmAboveRows rows with a LIVE key.
// Asked through MessageBox, so tests answer it in advance.
class SendConfirmation
{
    Q_DECLARE_TR_FUNCTIONS(SendConfirmation)

public:
    // true when the run may go: no question was needed (not live, or few rows), or the user answered Yes.
    static bool confirm(QWidget *parent, const SendPlan &plan);
    // "Send 1,000 invitations to Acme (org_…) with a LIVE key? At 50 calls per hour this takes about 1 hour."
    static QString question(const SendPlan &plan);
};
