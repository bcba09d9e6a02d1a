#pragma once

#include "HttpResponse.h"

#include <QJsonObject>
#include <QString>

// Builds Clerk error responses, {"errors":[{message, long_message, code, meta}], "clerk_trace_id"}, as the
// simulated instance answers them. The texts are Clerk's wire texts, not user interface, hence not translated.
class SandboxErrors
{
public:
    static HttpResponse error(int status, const QString &code, const QString &message, const QString &longMessage,
                              const QJsonObject &meta = {});

    static HttpResponse authenticationInvalid();
    static HttpResponse notFound();
    static HttpResponse methodNotAllowed(const QByteArray &allowed);
    static HttpResponse requestBodyInvalid(const QString &longMessage);
    // 422 form_param_missing / form_param_format_invalid / form_param_value_invalid / form_param_unknown
    static HttpResponse paramMissing(const QString &param);
    static HttpResponse paramFormatInvalid(const QString &param, const QString &longMessage);
    static HttpResponse paramValueInvalid(const QString &param, const QString &longMessage);
    static HttpResponse paramUnknown(const QString &param);
    static HttpResponse tooManyRequests(qint64 retryAfterSeconds);
    static HttpResponse internalError();

    // A new trace id: 32 lower-case hex digits.
    static QString newTraceId();
};
