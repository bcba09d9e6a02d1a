#include "ExchangeSanitizer.h"

namespace {

bool isKeyChar(char ch)
{
    return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9');
}

bool isCredentialHeader(const QByteArray &name)
{
    return name.compare("authorization", Qt::CaseInsensitive) == 0 ||
           name.compare("proxy-authorization", Qt::CaseInsensitive) == 0;
}

ApiExchange::Headers sanitizedHeaders(const ApiExchange::Headers &headers, bool redactCredentials)
{
    ApiExchange::Headers result;
    result.reserve(headers.size());
    for (const auto &[name, value] : headers) {
        if (redactCredentials && isCredentialHeader(name)) {
            result.append({name, ExchangeSanitizer::redactedAuthorization()});
        } else {
            result.append({ExchangeSanitizer::maskSecretKeys(name), ExchangeSanitizer::maskSecretKeys(value)});
        }
    }
    return result;
}

} // namespace

QByteArray ExchangeSanitizer::maskSecretKeys(const QByteArray &text)
{
    static const QByteArray prefixes[] = {QByteArrayLiteral("sk_live_"), QByteArrayLiteral("sk_test_")};
    static const QByteArray mask = QByteArrayLiteral("[REDACTED]");
    QByteArray result = text;
    for (const QByteArray &prefix : prefixes) {
        qsizetype from = 0;
        while ((from = result.indexOf(prefix, from)) >= 0) {
            const qsizetype keyStart = from + prefix.size();
            qsizetype keyEnd = keyStart;
            while (keyEnd < result.size() && isKeyChar(result.at(keyEnd))) {
                ++keyEnd;
            }
            const bool alreadyMasked = result.mid(keyStart, mask.size()) == mask;
            if (keyEnd > keyStart && !alreadyMasked) {
                result.replace(keyStart, keyEnd - keyStart, mask);
            }
            from = keyStart + (alreadyMasked || keyEnd > keyStart ? mask.size() : 0);
        }
    }
    return result;
}

ApiExchange ExchangeSanitizer::sanitized(const ApiExchange &exchange)
{
    ApiExchange clean = exchange;
    clean.method = maskSecretKeys(exchange.method);
    QUrl url = exchange.url;
    url.setUserInfo({});
    clean.url = QUrl::fromEncoded(maskSecretKeys(url.toEncoded()));
    clean.requestHeaders = sanitizedHeaders(exchange.requestHeaders, true);
    clean.requestBody = maskSecretKeys(exchange.requestBody);
    clean.statusText = maskSecretKeys(exchange.statusText);
    clean.responseHeaders = sanitizedHeaders(exchange.responseHeaders, true);
    clean.responseBody = maskSecretKeys(exchange.responseBody);
    clean.networkError = QString::fromUtf8(maskSecretKeys(exchange.networkError.toUtf8()));
    return clean;
}

bool ExchangeSanitizer::isClean(const ApiExchange &exchange)
{
    return sanitized(exchange) == exchange;
}
