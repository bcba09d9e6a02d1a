#pragma once

#include "HttpResponse.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>

// The query string of a sandbox request decoded as Clerk's server does (application/x-www-form-urlencoded: '+' is
// a space, so a literal '+' in an email address must arrive as %2B), with Clerk's limit/offset rules.
class SandboxQuery
{
public:
    explicit SandboxQuery(const QByteArray &rawQuery);

    bool contains(const QString &name) const;
    QString value(const QString &name) const; // the first value; empty when absent
    QStringList values(const QString &name) const;
    bool flag(const QString &name) const; // "true" / "1"

    // Reads limit (default 10, 1..500) and offset (default 0, >= 0); on a bad value returns false and sets *error.
    bool readPaging(qsizetype *limit, qsizetype *offset, HttpResponse *error) const;

    static QString formDecode(const QByteArray &component);

private:
    QList<QPair<QString, QString>> m_items;
};
