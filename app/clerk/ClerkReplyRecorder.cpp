#include "ClerkReplyRecorder.h"

#include <QNetworkReply>

ClerkReplyRecorder::ClerkReplyRecorder(QNetworkReply *reply, const ApiExchange &exchange, const QByteArray &secret,
                                       int timeoutMs)
    : QObject(reply)
    , m_reply(reply)
    , m_exchange(exchange)
    , m_secret(secret)
    , m_timeoutMs(timeoutMs)
{
    m_timer.start();
    connect(reply, &QNetworkReply::metaDataChanged, this, &ClerkReplyRecorder::onFirstByte);
    connect(reply, &QNetworkReply::readyRead, this, &ClerkReplyRecorder::onFirstByte);
    connect(reply, &QNetworkReply::finished, this, &ClerkReplyRecorder::onFinished);
}

void ClerkReplyRecorder::abort()
{
    m_abortedByUser = true;
    m_reply->abort();
}

void ClerkReplyRecorder::detach()
{
    disconnect(m_reply, nullptr, this, nullptr);
}

void ClerkReplyRecorder::onFirstByte()
{
    if (!m_firstByteSeen) {
        m_firstByteSeen = true;
        m_exchange.waitMs = m_timer.elapsed();
    }
}

void ClerkReplyRecorder::onFinished()
{
    m_exchange.totalMs = m_timer.elapsed();
    if (!m_firstByteSeen) {
        m_exchange.waitMs = m_exchange.totalMs;
    }
    const QVariant status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    m_exchange.status = status.isValid() ? status.toInt() : 0;
    m_exchange.statusText = scrub(m_reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray());
    for (const auto &[name, value] : m_reply->rawHeaderPairs()) {
        m_exchange.responseHeaders.append({name, scrub(value)});
    }
    m_exchange.responseBody = m_reply->isOpen() ? scrub(m_reply->readAll()) : QByteArray();
    m_exchange.networkError = QString::fromUtf8(scrub(describeError().toUtf8()));
    emit recorded(m_exchange);
}

// Empty when the transfer completed, whatever the HTTP status: QNetworkReply also reports 4xx/5xx as errors.
QString ClerkReplyRecorder::describeError() const
{
    const QNetworkReply::NetworkError error = m_reply->error();
    if (error == QNetworkReply::NoError) {
        return {};
    }
    if (error == QNetworkReply::ContentReSendError) {
        return tr("The connection closed before Clerk answered (the request was not sent again)");
    }
    const bool httpStatusError =
        (error >= QNetworkReply::ContentAccessDenied && error <= QNetworkReply::UnknownContentError) ||
        error == QNetworkReply::ProtocolInvalidOperationError ||
        (error >= QNetworkReply::InternalServerError && error <= QNetworkReply::UnknownServerError);
    if (httpStatusError && m_exchange.status != 0) {
        return {};
    }
    if ((error == QNetworkReply::OperationCanceledError && !m_abortedByUser) || error == QNetworkReply::TimeoutError) {
        return tr("No complete answer within the transfer timeout of %1 ms").arg(m_timeoutMs);
    }
    return m_reply->errorString();
}

QByteArray ClerkReplyRecorder::scrub(QByteArray text) const
{
    if (!m_secret.isEmpty()) {
        text.replace(m_secret, QByteArrayLiteral("[REDACTED]"));
    }
    return text;
}
