#include "SandboxQuery.h"

#include "SandboxErrors.h"

#include <QUrl>

#include <algorithm>

SandboxQuery::SandboxQuery(const QByteArray &rawQuery)
{
    for (const QByteArray &pair : rawQuery.split('&')) {
        if (pair.isEmpty()) {
            continue;
        }
        const qsizetype equals = pair.indexOf('=');
        const QByteArray key = equals < 0 ? pair : pair.left(equals);
        const QByteArray value = equals < 0 ? QByteArray() : pair.mid(equals + 1);
        m_items.append({formDecode(key), formDecode(value)});
    }
}

QString SandboxQuery::formDecode(const QByteArray &component)
{
    QByteArray spaced = component;
    spaced.replace('+', ' ');
    return QUrl::fromPercentEncoding(spaced);
}

bool SandboxQuery::contains(const QString &name) const
{
    return std::any_of(m_items.cbegin(), m_items.cend(), [&name](const auto &item) { return item.first == name; });
}

QString SandboxQuery::value(const QString &name) const
{
    for (const auto &[key, value] : m_items) {
        if (key == name) {
            return value;
        }
    }
    return {};
}

QStringList SandboxQuery::values(const QString &name) const
{
    QStringList result;
    for (const auto &[key, value] : m_items) {
        if (key == name) {
            result.append(value);
        }
    }
    return result;
}

bool SandboxQuery::flag(const QString &name) const
{
    const QString text = value(name);
    return text == u"true" || text == u"1";
}

bool SandboxQuery::readPaging(qsizetype *limit, qsizetype *offset, HttpResponse *error) const
{
    *limit = 10;
    *offset = 0;
    bool ok = true;
    if (contains(QStringLiteral("limit"))) {
        const int number = value(QStringLiteral("limit")).toInt(&ok);
        if (!ok) {
            *error =
                SandboxErrors::paramFormatInvalid(QStringLiteral("limit"), QStringLiteral("limit must be an integer."));
            return false;
        }
        if (number < 1 || number > 500) {
            *error = SandboxErrors::paramValueInvalid(QStringLiteral("limit"),
                                                      QStringLiteral("limit must be between 1 and 500."));
            return false;
        }
        *limit = number;
    }
    if (contains(QStringLiteral("offset"))) {
        const int number = value(QStringLiteral("offset")).toInt(&ok);
        if (!ok) {
            *error = SandboxErrors::paramFormatInvalid(QStringLiteral("offset"),
                                                       QStringLiteral("offset must be an integer."));
            return false;
        }
        if (number < 0) {
            *error = SandboxErrors::paramValueInvalid(QStringLiteral("offset"),
                                                      QStringLiteral("offset must be greater than or equal to 0."));
            return false;
        }
        *offset = number;
    }
    return true;
}
