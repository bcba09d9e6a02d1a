#include "HeaderRedaction.h"

#include <array>

namespace {

QByteArray normalized(QByteArrayView name)
{
    return name.toByteArray().trimmed().toLower();
}

} // namespace

bool HeaderRedaction::isSensitive(QByteArrayView name)
{
    static constexpr std::array<QByteArrayView, 4> exactNames{"authorization", "proxy-authorization", "cookie",
                                                              "set-cookie"};
    static constexpr std::array<QByteArrayView, 5> fragments{"secret", "api-key", "api_key", "apikey", "token"};

    const QByteArray lower = normalized(name);
    for (const QByteArrayView exact : exactNames) {
        if (lower == exact) {
            return true;
        }
    }
    for (const QByteArrayView fragment : fragments) {
        if (lower.contains(fragment)) {
            return true;
        }
    }
    return false;
}

bool HeaderRedaction::isAuthorization(QByteArrayView name)
{
    return normalized(name) == "authorization";
}

QByteArray HeaderRedaction::safeValue(QByteArrayView name, const QByteArray &value)
{
    if (isAuthorization(name)) {
        return QByteArrayLiteral("Bearer [REDACTED]");
    }
    if (isSensitive(name)) {
        return QByteArrayLiteral("[REDACTED]");
    }
    return value;
}
