#pragma once

#include "HttpRequest.h"
#include "HttpRequestParser.h"
#include "HttpResponse.h"

#include <QObject>

#include <functional>

class QTcpSocket;

// One client connection of LoopbackHttpServer: parses requests from its socket, hands them one at a time to the
// handler and writes the answers in order (pipelining), or acts out the fault a handler asked for.
class HttpConnection : public QObject
{
    Q_OBJECT

public:
    using Handler = std::function<HttpResponse(const HttpRequest &)>;

    // The connection takes ownership of socket; handler must outlive it.
    HttpConnection(QTcpSocket *socket, const Handler *handler, qsizetype maxHeaderBytes, qsizetype maxBodyBytes,
                   QObject *parent = nullptr);

    // Drops the connection at once (server shutdown).
    void abort();

signals:
    void requestHandled(const HttpRequest &request, const HttpResponse &response);
    void requestRejected(int status, const QByteArray &reason);
    void finished(); // the socket is closed; the connection may be deleted

private:
    void readAvailable();
    void processBuffered();
    void act(const HttpRequest &request, const HttpResponse &response, bool keepAlive);
    void writeResponse(const HttpResponse &response, bool keepAlive, bool withBody);
    void writeHead(const HttpResponse &response, bool keepAlive);
    void reset();
    void closeAfterWriting();

    QTcpSocket *m_socket;
    const Handler *m_handler;
    HttpRequestParser m_parser;
    bool m_busy = false;    // a request is being answered (delayed) or will never be
    bool m_closing = false; // no further request is read
};
