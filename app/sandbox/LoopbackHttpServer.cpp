#include "LoopbackHttpServer.h"

#include "HttpConnection.h"
#include "HttpRequestParser.h"

#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>

LoopbackHttpServer::LoopbackHttpServer(QObject *parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
    , m_maxHeaderBytes(HttpRequestParser::DefaultMaxHeaderBytes)
    , m_maxBodyBytes(HttpRequestParser::DefaultMaxBodyBytes)
{
    connect(m_server, &QTcpServer::newConnection, this, &LoopbackHttpServer::acceptConnections);
}

LoopbackHttpServer::~LoopbackHttpServer()
{
    close();
}

bool LoopbackHttpServer::listen(quint16 port)
{
    return m_server->listen(QHostAddress(QHostAddress::LocalHost), port);
}

bool LoopbackHttpServer::isListening() const
{
    return m_server->isListening();
}

quint16 LoopbackHttpServer::port() const
{
    return m_server->serverPort();
}

QUrl LoopbackHttpServer::baseUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(port());
    return url;
}

QString LoopbackHttpServer::errorString() const
{
    return m_server->errorString();
}

void LoopbackHttpServer::setHandler(Handler handler)
{
    m_handler = std::move(handler);
}

void LoopbackHttpServer::setLimits(qsizetype maxHeaderBytes, qsizetype maxBodyBytes)
{
    m_maxHeaderBytes = maxHeaderBytes;
    m_maxBodyBytes = maxBodyBytes;
}

void LoopbackHttpServer::close()
{
    m_server->close();
    const QList<HttpConnection *> connections = m_connections;
    m_connections.clear();
    for (HttpConnection *connection : connections) {
        connection->disconnect(this);
        connection->abort();
        connection->deleteLater();
    }
}

int LoopbackHttpServer::openConnectionCount() const
{
    return int(m_connections.size());
}

void LoopbackHttpServer::acceptConnections()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        auto *connection = new HttpConnection(socket, &m_handler, m_maxHeaderBytes, m_maxBodyBytes, this);
        m_connections.append(connection);
        connect(connection, &HttpConnection::requestHandled, this, &LoopbackHttpServer::requestHandled);
        connect(connection, &HttpConnection::requestRejected, this, &LoopbackHttpServer::requestRejected);
        connect(connection, &HttpConnection::finished, this, [this, connection] {
            m_connections.removeOne(connection);
            connection->deleteLater();
        });
    }
}
