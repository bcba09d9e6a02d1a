#include "CurlCommand.h"

#include "HeaderRedaction.h"

#include <QStringList>

#include <algorithm>

namespace {

// Headers curl computes itself: copying them would be wrong as soon as someone edits the body.
bool isLeftToCurl(QByteArrayView name)
{
    return name.compare("content-length", Qt::CaseInsensitive) == 0 || name.compare("host", Qt::CaseInsensitive) == 0;
}

// The method bare when it is a plain token (POST), quoted otherwise.
QString methodWord(const QByteArray &method)
{
    if (method.isEmpty()) {
        return QStringLiteral("GET");
    }
    const bool plain = std::all_of(method.cbegin(), method.cend(),
                                   [](char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); });
    return plain ? QString::fromLatin1(method) : CurlCommand::shellQuote(QString::fromLatin1(method));
}

} // namespace

QString CurlCommand::shellQuote(const QString &text)
{
    QString quoted = text;
    quoted.replace(u'\'', QStringLiteral("'\\''"));
    return u'\'' + quoted + u'\'';
}

QString CurlCommand::fromExchange(const ApiExchange &exchange)
{
    QStringList words{
        QStringLiteral("curl"), QStringLiteral("-X"), methodWord(exchange.method),
        shellQuote(exchange.url.toString(QUrl::FullyEncoded | QUrl::RemoveFragment | QUrl::RemoveUserInfo)),
        QStringLiteral("-H"),
        // Double quotes so the shell expands the variable; nothing else in them is special.
        QStringLiteral("\"Authorization: Bearer $CLERK_SECRET_KEY\"")};

    for (const auto &[name, value] : exchange.requestHeaders) {
        if (HeaderRedaction::isAuthorization(name) || isLeftToCurl(name)) {
            continue;
        }
        const QString header =
            QString::fromLatin1(name) + u": " + QString::fromLatin1(HeaderRedaction::safeValue(name, value));
        words << QStringLiteral("-H") << shellQuote(header);
    }

    if (!exchange.requestBody.isEmpty()) {
        words << QStringLiteral("--data-raw") << shellQuote(QString::fromUtf8(exchange.requestBody));
    }
    return words.join(u' ');
}
