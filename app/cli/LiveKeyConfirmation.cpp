#include "LiveKeyConfirmation.h"

#include "core/DurationText.h"
#include "delivery/BatchPlanner.h"
#include "delivery/WaitReason.h"

bool LiveKeyConfirmation::isNeeded(const QString &secretKey, int sendableRows)
{
    return secretKey.trimmed().startsWith(u"sk_live_") && sendableRows > RowsWithoutQuestion;
}

QString LiveKeyConfirmation::question(int sendableRows, const QString &organizationId, const RatePacer &pacer,
                                      qint64 nowMs)
{
    return tr("Send %1 invitations to %2 with a LIVE key? This takes %3 at %4. [y/N] ")
        .arg(QString::number(sendableRows), organizationId, duration(sendableRows, pacer, nowMs), rate(pacer));
}

QString LiveKeyConfirmation::duration(int sendableRows, const RatePacer &pacer, qint64 nowMs)
{
    const int perCall = BatchPlanner::ClerkMaxRowsPerCall;
    const int calls = (sendableRows + perCall - 1) / perCall;
    return DurationText::approximate(pacer.estimateFinishMs(calls, nowMs) - nowMs);
}

QString LiveKeyConfirmation::rate(const RatePacer &pacer)
{
    return DurationText::rate(pacer.calls(), pacer.seconds());
}

LiveKeyConfirmation::Answer LiveKeyConfirmation::ask(CliContext &context, const QString &question)
{
    if (!context.interactive || !context.in) {
        return Answer::CannotAsk;
    }
    context.err << question;
    context.err.flush();
    const QString line = context.in->readLine();
    return isYes(line) ? Answer::Yes : Answer::No;
}

bool LiveKeyConfirmation::isYes(QStringView answer)
{
    const QStringView trimmed = answer.trimmed();
    return trimmed.compare(u"y", Qt::CaseInsensitive) == 0 || trimmed.compare(u"yes", Qt::CaseInsensitive) == 0;
}
