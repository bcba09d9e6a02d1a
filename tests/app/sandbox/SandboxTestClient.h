#pragma once

#include "sandbox/SandboxServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QUrlQuery>

// Test helper: talks to a SandboxServer through QNetworkAccessManager, as ClerkClient will, and waits for each
// reply on its finished signal.
class SandboxTestClient
{
public:
    struct Reply
    {
        QNetworkReply::NetworkError error = QNetworkReply::NoError;
        int status = 0;
        QByteArray body;
        QJsonDocument json;
        QList<QNetworkReply::RawHeaderPair> headers;

        QJsonObject object() const { return json.object(); }
        QJsonObject firstError() const { return object().value(u"errors").toArray().first().toObject(); }
        QString errorCode() const { return firstError().value(u"code").toString(); }
        QByteArray header(const QByteArray &name) const
        {
            for (const auto &[key, value] : headers) {
                if (key.compare(name, Qt::CaseInsensitive) == 0) {
                    return value;
                }
            }
            return {};
        }
    };

    explicit SandboxTestClient(const SandboxServer &server)
        : m_server(server)
    {}

    void setSecretKey(const QByteArray &key) { m_key = key; }

    Reply call(const QByteArray &verb, const QString &path, const QByteArray &body = {}, int timeoutMs = 0)
    {
        QUrl url = m_server.apiUrl();
        const qsizetype mark = path.indexOf(u'?');
        url.setPath(url.path() + (mark < 0 ? path : path.left(mark)));
        if (mark >= 0) {
            url.setQuery(path.mid(mark + 1), QUrl::StrictMode);
        }
        QNetworkRequest request(url);
        if (!m_key.isEmpty()) {
            request.setRawHeader("Authorization", "Bearer " + m_key);
        }
        request.setRawHeader("Clerk-API-Version", "2026-05-12");
        if (!body.isEmpty()) {
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        }
        if (timeoutMs > 0) {
            request.setTransferTimeout(timeoutMs);
        }
        QNetworkReply *reply = m_manager.sendCustomRequest(request, verb, body);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished()) {
            finished.wait(15000);
        }
        Reply result;
        result.error = reply->error();
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.body = reply->isOpen() ? reply->readAll() : QByteArray();
        result.json = QJsonDocument::fromJson(result.body);
        result.headers = reply->rawHeaderPairs();
        reply->deleteLater();
        return result;
    }

    Reply get(const QString &path) { return call(QByteArrayLiteral("GET"), path); }
    Reply post(const QString &path, const QByteArray &body) { return call(QByteArrayLiteral("POST"), path, body); }
    Reply bulk(const QJsonArray &items, const QString &organizationId = SandboxServer::DemoOrganizationId)
    {
        return post(QStringLiteral("/organizations/%1/invitations/bulk").arg(organizationId),
                    QJsonDocument(items).toJson(QJsonDocument::Compact));
    }

    // n invitations for new addresses person<first>..person<first+n-1>@example.com with role org:member.
    static QJsonArray people(int n, int first = 1)
    {
        QJsonArray items;
        for (int i = first; i < first + n; ++i) {
            items.append(QJsonObject{{QStringLiteral("email_address"), QStringLiteral("person%1@example.com").arg(i)},
                                     {QStringLiteral("role"), QStringLiteral("org:member")}});
        }
        return items;
    }

private:
    const SandboxServer &m_server;
    QNetworkAccessManager m_manager;
    QByteArray m_key = QByteArrayLiteral("sk_test_sandbox_client");
};
