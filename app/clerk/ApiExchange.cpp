#include "ApiExchange.h"

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
