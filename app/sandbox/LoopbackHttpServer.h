#pragma once

#include "HttpRequest.h"
#include "HttpResponse.h"

#include <QObject>
#include <QUrl>

#include <functional>

class QTcpServer;
class HttpConnection;

// A small HTTP/1.1 server bound to 127.0.0.1 only, for the sandbox and for tests: parses requests (keep-alive,
// pipelining, size limits) and answers each with what the handler returns, including simulated network faults.
class LoopbackHttpServer : public QObject
{
    Q_OBJECT

public:
    using Handler = std::function<HttpResponse(const HttpRequest &)>;

    explicit LoopbackHttpServer(QObject *parent = nullptr);
    ~LoopbackHttpServer() override;

    // Binds 127.0.0.1 only (port 0: any free port); false with errorString() on failure.
    bool listen(quint16 port = 0);
    bool isListening() const;
    quint16 port() const;
    QUrl baseUrl() const; // http://127.0.0.1:PORT
    QString errorString() const;
    void setHandler(Handler handler);
    // Limits answered with 431 / 413; they apply to connections accepted afterwards.
    void setLimits(qsizetype maxHeaderBytes, qsizetype maxBodyBytes);
    // Stops listening and drops every open connection.
    void close();
    int openConnectionCount() const;

signals:
    // The handler answered request with response (emitted before the response is written, delayed or faulted).
    void requestHandled(const HttpRequest &request, const HttpResponse &response);
    // A request could not be parsed or exceeded a limit and was answered with status; the connection closes.
    void requestRejected(int status, const QByteArray &reason);

private:
    void acceptConnections();

    QTcpServer *m_server;
    Handler m_handler;
    QList<HttpConnection *> m_connections;
    qsizetype m_maxHeaderBytes;
    qsizetype m_maxBodyBytes;
};
