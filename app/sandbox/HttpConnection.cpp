#include "HttpConnection.h"

#include <QTcpSocket>
#include <QTimer>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

HttpConnection::HttpConnection(QTcpSocket *socket, const Handler *handler, qsizetype maxHeaderBytes,
                               qsizetype maxBodyBytes, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_handler(handler)
    , m_parser(maxHeaderBytes, maxBodyBytes)
{
    m_socket->setParent(this);
    // While a request is being answered the rest stays in the socket; bound what Qt buffers for us meanwhile.
    m_socket->setReadBufferSize(maxHeaderBytes + maxBodyBytes);
    connect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::readAvailable);
    connect(m_socket, &QTcpSocket::disconnected, this, &HttpConnection::finished);
    QTimer::singleShot(0, this, &HttpConnection::readAvailable);
}

void HttpConnection::abort()
{
    m_closing = true;
    m_socket->abort();
}

void HttpConnection::readAvailable()
{
    if (m_closing) {
        m_socket->readAll(); // discard what arrives after an error answer
        return;
    }
    if (m_busy) {
        return;
    }
    m_parser.append(m_socket->readAll());
    processBuffered();
}

void HttpConnection::processBuffered()
{
    while (!m_busy && !m_closing) {
        switch (m_parser.parse()) {
        case HttpRequestParser::State::NeedMore:
            return;
        case HttpRequestParser::State::Failed: {
            HttpResponse error = HttpResponse::text(m_parser.errorStatus(), QByteArrayLiteral("text/plain"),
                                                    m_parser.errorReason() + '\n');
            emit requestRejected(m_parser.errorStatus(), m_parser.errorReason());
            writeResponse(error, false, true);
            return;
        }
        case HttpRequestParser::State::Ready: {
            const HttpRequest request = m_parser.takeRequest();
            const HttpResponse response =
                (m_handler && *m_handler)
                    ? (*m_handler)(request)
                    : HttpResponse::text(404, QByteArrayLiteral("text/plain"), QByteArrayLiteral("no handler\n"));
            emit requestHandled(request, response);
            act(request, response, HttpRequestParser::keepAlive(request));
            break;
        }
        }
    }
}

void HttpConnection::act(const HttpRequest &request, const HttpResponse &response, bool keepAlive)
{
    if (response.delayMs > 0) {
        m_busy = true;
        HttpResponse now = response;
        now.delayMs = 0;
        QTimer::singleShot(response.delayMs, this, [this, request, now, keepAlive] {
            m_busy = false;
            act(request, now, keepAlive);
            if (!m_busy && !m_closing) {
                readAvailable();
            }
        });
        return;
    }
    switch (response.fault) {
    case HttpResponse::Fault::None:
        writeResponse(response, keepAlive, request.method != "HEAD");
        break;
    case HttpResponse::Fault::ResetBeforeReply:
        reset();
        break;
    case HttpResponse::Fault::ResetAfterHeaders:
        writeHead(response, true);
        m_socket->write(response.body.left(response.body.size() / 2));
        m_socket->flush();
        reset();
        break;
    case HttpResponse::Fault::NeverReply:
        m_busy = true; // hold the connection; read nothing more
        break;
    }
}

void HttpConnection::writeHead(const HttpResponse &response, bool keepAlive)
{
    QByteArray head =
        "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + HttpResponse::reasonPhrase(response.status) + "\r\n";
    for (const auto &[name, value] : response.headers) {
        if (name.compare("Content-Length", Qt::CaseInsensitive) == 0 ||
            name.compare("Connection", Qt::CaseInsensitive) == 0 ||
            name.compare("Transfer-Encoding", Qt::CaseInsensitive) == 0) {
            continue;
        }
        head += name + ": " + value + "\r\n";
    }
    head += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    if (!keepAlive) {
        head += "Connection: close\r\n";
    }
    head += "\r\n";
    m_socket->write(head);
}

void HttpConnection::writeResponse(const HttpResponse &response, bool keepAlive, bool withBody)
{
    writeHead(response, keepAlive);
    if (withBody) {
        m_socket->write(response.body);
    }
    if (!keepAlive) {
        closeAfterWriting();
    }
}

void HttpConnection::reset()
{
    m_closing = true;
#ifdef Q_OS_UNIX
    // SO_LINGER with a zero timeout makes close() send a RST instead of a FIN: a real "connection reset by peer".
    const linger hard{1, 0};
    ::setsockopt(static_cast<int>(m_socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &hard, sizeof hard);
#endif
    m_socket->abort();
}

void HttpConnection::closeAfterWriting()
{
    m_closing = true;
    m_socket->disconnectFromHost(); // waits until the answer is written, then closes
}
