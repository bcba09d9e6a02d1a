#include "SecretStore.h"

#include "clerk/ClerkConfig.h"

SecretStore::~SecretStore() = default;

QString SecretStore::accountFor(const QString &apiBaseUrl)
{
    const QString trimmed = apiBaseUrl.trimmed();
    return trimmed.isEmpty() ? ClerkConfig::defaultApiBaseUrl().toString() : trimmed;
}
