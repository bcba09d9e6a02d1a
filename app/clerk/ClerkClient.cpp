#include "ClerkClient.h"

#include "ClerkReplyRecorder.h"
#include "ClerkUploadDevice.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSet>

#include <algorithm>

// One listing in progress: what to fetch, what has arrived, and whom to tell.
struct ClerkClient::PagedFetch
{
    QStringList pathSegments;
    Query query;
    QPointer<QObject> context;
    ListingHandler<QJsonObject> done;
    ClerkListing<QJsonObject> listing;
};

ClerkClient::ClerkClient(const ClerkConfig &config, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_network(new QNetworkAccessManager(this))
{}

ClerkClient::~ClerkClient()
{
    // The replies die with m_network; nobody must hear about them while this object is half destroyed.
    for (const QPointer<ClerkReplyRecorder> &recorder : std::as_const(m_inFlight)) {
        if (recorder) {
            recorder->detach();
        }
    }
}

void ClerkClient::setPageSize(int size)
{
    m_pageSize = std::clamp(size, 1, MaxPageSize);
}

QByteArray ClerkClient::userAgent()
{
    return QByteArrayLiteral("Invitedesk/" INVITEDESK_VERSION " (+Qt ") + QByteArray(qVersion()) + ')';
}

void ClerkClient::bulkCreateInvitations(const QString &organizationId, const QByteArray &jsonArrayBody,
                                        QObject *context, ExchangeHandler done)
{
    send("POST",
         {QStringLiteral("organizations"), organizationId, QStringLiteral("invitations"), QStringLiteral("bulk")}, {},
         jsonArrayBody, context, std::move(done));
}

void ClerkClient::revokeInvitation(const QString &organizationId, const QString &invitationId,
                                   const QString &requestingUserId, QObject *context, ExchangeHandler done)
{
    QJsonObject body;
    if (!requestingUserId.isEmpty()) {
        body.insert(u"requesting_user_id", requestingUserId);
    }
    send("POST",
         {QStringLiteral("organizations"), organizationId, QStringLiteral("invitations"), invitationId,
          QStringLiteral("revoke")},
         {}, QJsonDocument(body).toJson(QJsonDocument::Compact), context, std::move(done));
}

void ClerkClient::listOrganizations(const QString &query, QObject *context, ListingHandler<ClerkOrganization> done)
{
    Query parameters{{QStringLiteral("include_members_count"), QStringLiteral("true")}};
    if (!query.isEmpty()) {
        parameters.append({QStringLiteral("query"), query});
    }
    fetchAll({QStringLiteral("organizations")}, parameters, context,
             [done = std::move(done)](const ClerkListing<QJsonObject> &raw) {
                 done(ClerkListing<ClerkOrganization>::fromJsonListing(raw));
             });
}

void ClerkClient::listMemberships(const QString &organizationId, const QStringList &emailAddresses, QObject *context,
                                  ListingHandler<ClerkMembership> done)
{
    Query parameters;
    for (const QString &email : emailAddresses) {
        parameters.append({QStringLiteral("email_address"), email});
    }
    fetchAll({QStringLiteral("organizations"), organizationId, QStringLiteral("memberships")}, parameters, context,
             [done = std::move(done)](const ClerkListing<QJsonObject> &raw) {
                 done(ClerkListing<ClerkMembership>::fromJsonListing(raw));
             });
}

void ClerkClient::listRoles(QObject *context, ListingHandler<ClerkRole> done)
{
    fetchAll({QStringLiteral("organization_roles")}, {}, context,
             [done = std::move(done)](const ClerkListing<QJsonObject> &raw) {
                 done(ClerkListing<ClerkRole>::fromJsonListing(raw));
             });
}

void ClerkClient::listInvitations(const QString &organizationId, const QString &status,
                                  const QStringList &emailAddresses, QObject *context,
                                  ListingHandler<ClerkInvitation> done)
{
    Query parameters;
    if (!status.isEmpty()) {
        parameters.append({QStringLiteral("status"), status});
    }
    QSet<QString> picked; // several addresses: Clerk takes one email_address here, so they are picked locally
    if (emailAddresses.size() == 1) {
        parameters.append({QStringLiteral("email_address"), emailAddresses.constFirst()});
    } else {
        for (const QString &email : emailAddresses) {
            picked.insert(email.trimmed().toCaseFolded());
        }
    }
    fetchAll({QStringLiteral("organizations"), organizationId, QStringLiteral("invitations")}, parameters, context,
             [picked, done = std::move(done)](const ClerkListing<QJsonObject> &raw) {
                 ClerkListing<ClerkInvitation> listing = ClerkListing<ClerkInvitation>::fromJsonListing(raw);
                 if (!picked.isEmpty()) {
                     listing.items.removeIf([&picked](const ClerkInvitation &invitation) {
                         return !picked.contains(invitation.email.trimmed().toCaseFolded());
                     });
                     listing.totalCount = listing.items.size();
                 }
                 done(listing);
             });
}

void ClerkClient::abortAll()
{
    const auto recorders = m_inFlight;
    for (const QPointer<ClerkReplyRecorder> &recorder : recorders) {
        if (recorder) {
            recorder->abort();
        }
    }
}

QUrl ClerkClient::buildUrl(const QStringList &pathSegments, const Query &query, QString *problem) const
{
    QUrl url = m_config.apiBaseUrl();
    QString path = url.path(QUrl::FullyEncoded);
    while (path.endsWith(u'/')) {
        path.chop(1);
    }
    for (const QString &segment : pathSegments) {
        if (segment.isEmpty() || segment == u"." || segment == u"..") {
            *problem = tr("\"%1\" is not a valid Clerk identifier.").arg(segment);
        }
        path += u'/' + QString::fromLatin1(QUrl::toPercentEncoding(segment));
    }
    url.setPath(path, QUrl::TolerantMode);

    QStringList pairs;
    for (const auto &[name, value] : query) {
        pairs.append(QString::fromLatin1(QUrl::toPercentEncoding(name)) + u'=' +
                     QString::fromLatin1(QUrl::toPercentEncoding(value)));
    }
    url.setQuery(pairs.isEmpty() ? QString() : pairs.join(u'&'), QUrl::TolerantMode);
    return url;
}

void ClerkClient::send(const QByteArray &method, const QStringList &pathSegments, const Query &query,
                       const QByteArray &body, QObject *context, ExchangeHandler done)
{
    QPointer<QObject> guard(context);
    auto answer = [guard, done = std::move(done)](const ApiExchange &exchange) {
        if (guard && done) {
            done(exchange);
        }
    };

    QString problem;
    const QUrl url = buildUrl(pathSegments, query, &problem);
    if (const QString configProblem = m_config.validate(); !configProblem.isEmpty()) {
        problem = configProblem;
    }

    ApiExchange::Headers headers{
        {"Authorization", "Bearer " + m_config.secretKey().toUtf8()},
        {"Clerk-API-Version", ClerkConfig::apiVersion().toLatin1()},
        {"User-Agent", userAgent()},
        {"Accept", "application/json"},
    };
    if (!body.isEmpty()) {
        headers.append(qMakePair(QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")));
    }

    ApiExchange exchange;
    exchange.method = method;
    exchange.url = url;
    exchange.requestBody = body;
    exchange.startedAt = QDateTime::currentDateTimeUtc();
    QNetworkRequest request(url);
    for (const auto &[name, value] : headers) {
        request.setRawHeader(name, value);
        const bool secret = name == "Authorization";
        exchange.requestHeaders.append({name, secret ? QByteArrayLiteral("Bearer [REDACTED]") : value});
    }

    if (!problem.isEmpty()) {
        exchange.refused = true;
        exchange.networkError = problem;
        if (context) {
            QMetaObject::invokeMethod(
                context, [answer, exchange] { answer(exchange); }, Qt::QueuedConnection);
        }
        return;
    }

    request.setTransferTimeout(m_config.transferTimeoutMs());
    // A redirect would carry the key elsewhere: 3xx answers come back as they are.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    // HTTP/1.1 everywhere, so Clerk gets what the loopback tests exercise; a few calls an hour gain nothing from h2.
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    QNetworkReply *reply = nullptr;
    if (method == "GET") {
        reply = m_network->get(request); // Qt may resend a GET on a dead kept-alive connection: harmless
    } else {
        // Streamed from a device that cannot rewind, so Qt never resends a POST whose outcome is unknown.
        request.setHeader(QNetworkRequest::ContentLengthHeader, body.size());
        request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        auto *upload = new ClerkUploadDevice(body);
        reply = m_network->sendCustomRequest(request, method, upload);
        upload->setParent(reply);
    }
    auto *recorder =
        new ClerkReplyRecorder(reply, exchange, m_config.secretKey().toUtf8(), m_config.transferTimeoutMs());
    m_inFlight.append(recorder);
    connect(recorder, &ClerkReplyRecorder::recorded, this,
            [this, recorder, reply, answer](const ApiExchange &finished) {
                m_inFlight.removeAll(recorder);
                reply->deleteLater();
                emit exchangeFinished(finished);
                answer(finished);
            });
}

void ClerkClient::fetchAll(const QStringList &pathSegments, const Query &query, QObject *context,
                           ListingHandler<QJsonObject> done)
{
    auto fetch = std::make_shared<PagedFetch>();
    fetch->pathSegments = pathSegments;
    fetch->query = query;
    fetch->context = context;
    fetch->done = std::move(done);
    fetchPage(fetch);
}

void ClerkClient::fetchPage(const std::shared_ptr<PagedFetch> &fetch)
{
    Query query = fetch->query;
    query.append({QStringLiteral("limit"), QString::number(m_pageSize)});
    query.append({QStringLiteral("offset"), QString::number(fetch->listing.items.size())});
    send("GET", fetch->pathSegments, query, {}, this, [this, fetch](const ApiExchange &exchange) {
        if (!fetch->context) {
            return; // nobody is waiting any more
        }
        ClerkListing<QJsonObject> &listing = fetch->listing;
        listing.exchanges.append(exchange);
        listing.error = ClerkError::fromExchange(exchange);
        bool more = false;
        if (!listing.error.isError()) {
            const QJsonObject root = QJsonDocument::fromJson(exchange.responseBody).object();
            const QJsonValue data = root.value(u"data");
            if (!data.isArray()) {
                listing.error = ClerkError::unexpectedBody(exchange, tr("no \"data\" array"));
            } else {
                const QJsonArray page = data.toArray();
                for (const QJsonValue &item : page) {
                    listing.items.append(item.toObject());
                }
                const qint64 itemCount = listing.items.size();
                listing.totalCount = root.value(u"total_count").toInteger(itemCount);
                more = !page.isEmpty() && itemCount < listing.totalCount;
            }
        }
        if (more) {
            fetchPage(fetch);
        } else {
            fetch->done(listing);
        }
    });
}
