#include "ApiExchange.h"

#include <QDebug>

namespace {

QByteArray findHeader(const ApiExchange::Headers &headers, const QByteArray &name)
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0) {
            return value;
        }
    }
    return {};
}

} // namespace

QByteArray ApiExchange::responseHeader(const QByteArray &name) const
{
    return findHeader(responseHeaders, name);
}

QByteArray ApiExchange::requestHeader(const QByteArray &name) const
{
    return findHeader(requestHeaders, name);
}

QString ApiExchange::summary() const
{
    QString outcome;
    if (refused) {
        outcome = QStringLiteral("not sent: ") + networkError;
    } else if (status == 0) {
        outcome = networkError.isEmpty() ? QStringLiteral("no response") : networkError;
    } else {
        outcome = QString::number(status);
        if (!statusText.isEmpty()) {
            outcome += u' ' + QString::fromLatin1(statusText);
        }
        if (!networkError.isEmpty()) {
            outcome += QStringLiteral(", then ") + networkError;
        }
    }
    // One multi-arg call: a second .arg() would take the "%2B" or "%40" of an encoded address for a placeholder.
    return QStringLiteral("%1 %2 -> %3 (%4 ms)")
        .arg(QString::fromLatin1(method), url.toDisplayString(QUrl::RemoveUserInfo), outcome, QString::number(totalMs));
}

QDebug operator<<(QDebug debug, const ApiExchange &exchange)
{
    const QDebugStateSaver saver(debug);
    debug.nospace().noquote() << "ApiExchange(" << exchange.summary() << ')';
    return debug;
}
