#include "SandboxServer.h"

#include "LoopbackHttpServer.h"
#include "SandboxBulkEndpoint.h"
#include "SandboxRoutes.h"
#include "SandboxState.h"

const QString SandboxServer::DemoOrganizationId = SandboxState::DemoOrganizationId;

SandboxServer::SandboxServer(QObject *parent)
    : QObject(parent)
    , m_state(std::make_unique<SandboxState>())
    , m_bulk(std::make_unique<SandboxBulkEndpoint>(*m_state))
    , m_routes(std::make_unique<SandboxRoutes>(*m_state, *m_bulk))
    , m_http(new LoopbackHttpServer(this))
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    m_state->seed(nowMs());
    m_http->setHandler([this](const HttpRequest &request) { return handle(request); });
    connect(m_http, &LoopbackHttpServer::requestHandled, this,
            [this](const HttpRequest &request, const HttpResponse &response) {
                const bool answered = response.fault == HttpResponse::Fault::None;
                emit requestServed(request.method, request.path(), answered ? response.status : 0);
            });
}

SandboxServer::~SandboxServer()
{
    // Drop the connections before the state and routes the handler uses go away.
    m_http->setHandler({});
    m_http->close();
}

bool SandboxServer::start(quint16 port)
{
    return m_http->listen(port);
}

void SandboxServer::stop()
{
    m_http->close();
}

bool SandboxServer::isRunning() const
{
    return m_http->isListening();
}

quint16 SandboxServer::port() const
{
    return m_http->port();
}

QUrl SandboxServer::apiUrl() const
{
    QUrl url = m_http->baseUrl();
    url.setPath(QStringLiteral("/v1"));
    return url;
}

QString SandboxServer::errorString() const
{
    return m_http->errorString();
}

void SandboxServer::setRequiredKey(const QByteArray &secretKey)
{
    m_routes->setRequiredKey(secretKey);
}

void SandboxServer::setBulkRateLimit(int calls, int seconds)
{
    m_bulk->setRateLimit(calls, seconds);
}

void SandboxServer::setClock(SandboxClock clock)
{
    m_clock = std::move(clock);
}

void SandboxServer::setRandomSeed(quint32 seed)
{
    m_state->setRandomSeed(seed);
}

void SandboxServer::injectFault(const SandboxFault &fault)
{
    m_bulk->injectFault(fault);
}

QList<SandboxInvitation> SandboxServer::pendingInvitations(const QString &organizationId) const
{
    return m_state->pendingInvitations(organizationId, nowMs());
}

QList<SandboxInvitation> SandboxServer::invitations(const QString &organizationId) const
{
    return m_state->invitations(organizationId);
}

int SandboxServer::createdCount() const
{
    return m_bulk->createdCount();
}

int SandboxServer::bulkCallCount() const
{
    return m_bulk->callCount();
}

qsizetype SandboxServer::queuedFaultCount() const
{
    return m_bulk->queuedFaultCount();
}

void SandboxServer::addMember(const QString &organizationId, const QString &emailAddress, const QString &role)
{
    SandboxMember member;
    member.organizationId = organizationId;
    member.userId = m_state->newId(QStringLiteral("user"));
    member.emailAddress = emailAddress;
    member.role = role;
    m_state->addMember(member, nowMs());
}

void SandboxServer::reset()
{
    m_state->seed(nowMs());
    m_bulk->reset();
}

qint64 SandboxServer::nowMs() const
{
    return m_clock().toMSecsSinceEpoch();
}

HttpResponse SandboxServer::handle(const HttpRequest &request)
{
    return m_routes->handle(request, nowMs());
}
