#pragma once

#include "SendResult.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QTextStream>

// The closing words of `send` on stdout: counts per status, calls, time taken and where the report and HAR went as
// text, or the whole result as one JSON object (--json; its shape is documented in README.md).
class SendSummaryPrinter
{
    Q_DECLARE_TR_FUNCTIONS(SendSummaryPrinter)

public:
    static void printText(QTextStream &stream, const SendResult &result);
    static QJsonObject toJson(const SendResult &result);
};
