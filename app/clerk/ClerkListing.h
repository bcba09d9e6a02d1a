#pragma once

#include "ApiExchange.h"
#include "ClerkError.h"

#include <QJsonObject>
#include <QList>

// The result of a paginated listing: every item of every page, Clerk's total_count, each page's exchange,
// and the error that stopped it (error.isError() false when all pages arrived).
template<typename T>
struct ClerkListing
{
    QList<T> items;
    qint64 totalCount = 0;
    QList<ApiExchange> exchanges;
    ClerkError error;

    bool ok() const { return !error.isError(); }

    // The same listing with each raw item turned into T by T::fromJson.
    static ClerkListing<T> fromJsonListing(const ClerkListing<QJsonObject> &raw)
    {
        ClerkListing<T> typed;
        typed.items.reserve(raw.items.size());
        for (const QJsonObject &object : raw.items) {
            typed.items.append(T::fromJson(object));
        }
        typed.totalCount = raw.totalCount;
        typed.exchanges = raw.exchanges;
        typed.error = raw.error;
        return typed;
    }
};
