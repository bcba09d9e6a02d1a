#include "SandboxErrors.h"

#include <QJsonArray>
#include <QRandomGenerator>

HttpResponse SandboxErrors::error(int status, const QString &code, const QString &message, const QString &longMessage,
                                  const QJsonObject &meta)
{
    const QJsonObject error{
        {QStringLiteral("message"), message},
        {QStringLiteral("long_message"), longMessage},
        {QStringLiteral("code"), code},
        {QStringLiteral("meta"), meta},
    };
    const QString traceId = newTraceId();
    HttpResponse response = HttpResponse::json(status, QJsonObject{{QStringLiteral("errors"), QJsonArray{error}},
                                                                   {QStringLiteral("clerk_trace_id"), traceId}});
    response.setHeader(QByteArrayLiteral("X-Clerk-Trace-Id"), traceId.toLatin1());
    return response;
}

HttpResponse SandboxErrors::authenticationInvalid()
{
    return error(401, QStringLiteral("authentication_invalid"), QStringLiteral("Invalid authentication"),
                 QStringLiteral("Unable to authenticate the request, you need to supply an active API key"));
}

HttpResponse SandboxErrors::notFound()
{
    return error(404, QStringLiteral("resource_not_found"), QStringLiteral("not found"),
                 QStringLiteral("Resource not found"));
}

HttpResponse SandboxErrors::methodNotAllowed(const QByteArray &allowed)
{
    HttpResponse response =
        error(405, QStringLiteral("request_method_not_allowed"), QStringLiteral("method not allowed"),
              QStringLiteral("This endpoint accepts only %1").arg(QString::fromLatin1(allowed)));
    response.setHeader(QByteArrayLiteral("Allow"), allowed);
    return response;
}

HttpResponse SandboxErrors::requestBodyInvalid(const QString &longMessage)
{
    return error(400, QStringLiteral("request_body_invalid"), QStringLiteral("Request body invalid"), longMessage);
}

HttpResponse SandboxErrors::paramMissing(const QString &param)
{
    return error(422, QStringLiteral("form_param_missing"), QStringLiteral("missing data"),
                 QStringLiteral("%1 must be included.").arg(param), {{QStringLiteral("param_name"), param}});
}

HttpResponse SandboxErrors::paramFormatInvalid(const QString &param, const QString &longMessage)
{
    return error(422, QStringLiteral("form_param_format_invalid"), QStringLiteral("is invalid"), longMessage,
                 {{QStringLiteral("param_name"), param}});
}

HttpResponse SandboxErrors::paramValueInvalid(const QString &param, const QString &longMessage)
{
    return error(422, QStringLiteral("form_param_value_invalid"), QStringLiteral("is invalid"), longMessage,
                 {{QStringLiteral("param_name"), param}});
}

HttpResponse SandboxErrors::paramUnknown(const QString &param)
{
    return error(422, QStringLiteral("form_param_unknown"), QStringLiteral("is unknown"),
                 QStringLiteral("%1 is not a valid parameter for this request.").arg(param),
                 {{QStringLiteral("param_name"), param}});
}

HttpResponse SandboxErrors::tooManyRequests(qint64 retryAfterSeconds)
{
    HttpResponse response =
        error(429, QStringLiteral("too_many_requests"), QStringLiteral("Too Many Requests"),
              QStringLiteral("Too many requests, retry later after %1 seconds").arg(retryAfterSeconds));
    response.setHeader(QByteArrayLiteral("Retry-After"), QByteArray::number(retryAfterSeconds));
    return response;
}

HttpResponse SandboxErrors::internalError()
{
    return error(500, QStringLiteral("internal_clerk_error"), QStringLiteral("Oops, an unexpected error occurred"),
                 QStringLiteral("There was an internal error on our servers. We've been notified and are working on "
                                "fixing it."));
}

QString SandboxErrors::newTraceId()
{
    QString id;
    for (int i = 0; i < 4; ++i) {
        id += QStringLiteral("%1").arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
    }
    return id;
}
