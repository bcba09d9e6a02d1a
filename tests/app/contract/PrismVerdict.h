#pragma once

#include "clerk/ApiExchange.h"

#include <QList>
#include <QString>
#include <QStringList>

// What Stoplight Prism said about an exchange it proxied: the violations it listed (in its sl-violations header, or
// as the "validation" of its own error document), or its own failure.
class PrismVerdict
{
public:
    // Each violation as "severity location: message"; Prism's error document when it lists none; empty when Prism
    // passed the exchange as it was. An exchange without an answer counts as one objection.
    static QStringList violations(const ApiExchange &exchange);
    // Clerk answers 5xx (and 429) although its description declares neither; Prism notes that as a warning.
    static bool isUndeclaredServerError(const ApiExchange &exchange, const QString &violation);
    // The first exchange Prism objected to, with what it said (one line); empty when every exchange conforms.
    // serverErrorsExpected: the undeclared-status warning on a 5xx answer does not count.
    static QString firstObjection(const QList<ApiExchange> &exchanges, bool serverErrorsExpected = false);
};
