#include "PrismVerdict.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

QStringList PrismVerdict::violations(const ApiExchange &exchange)
{
    if (!exchange.hasResponse()) {
        return {QStringLiteral("no answer: %1").arg(exchange.networkError)};
    }
    QJsonArray entries;
    if (const QByteArray header = exchange.responseHeader("sl-violations"); !header.isEmpty()) {
        entries = QJsonDocument::fromJson(header).array();
    } else if (exchange.responseHeader("Content-Type").startsWith("application/problem+json")) {
        entries = QJsonDocument::fromJson(exchange.responseBody).object().value(u"validation").toArray();
        if (entries.isEmpty()) {
            return {QString::fromUtf8(exchange.responseBody)}; // Prism's own failure (its upstream, its routing)
        }
    }
    QStringList found;
    for (const QJsonValue &entry : std::as_const(entries)) {
        const QJsonObject violation = entry.toObject();
        QStringList location;
        for (const QJsonValue &part : violation.value(u"location").toArray()) {
            location.append(part.toString());
        }
        found.append(QStringLiteral("%1 %2: %3")
                         .arg(violation.value(u"severity").toString(), location.join(u'.'),
                              violation.value(u"message").toString()));
    }
    return found;
}

bool PrismVerdict::isUndeclaredServerError(const ApiExchange &exchange, const QString &violation)
{
    return exchange.status >= 500 && violation.contains(u"Unable to match the returned status code");
}

QString PrismVerdict::firstObjection(const QList<ApiExchange> &exchanges, bool serverErrorsExpected)
{
    for (const ApiExchange &exchange : exchanges) {
        QStringList found = violations(exchange);
        if (serverErrorsExpected) {
            found.removeIf(
                [&exchange](const QString &violation) { return isUndeclaredServerError(exchange, violation); });
        }
        if (!found.isEmpty()) {
            return QStringLiteral("%1: %2").arg(exchange.summary(), found.join(QStringLiteral("; ")));
        }
    }
    return {};
}
