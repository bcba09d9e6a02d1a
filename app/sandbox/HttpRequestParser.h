#pragma once

#include "HttpRequest.h"

#include <QByteArray>

// Incremental HTTP/1.x request parser for one connection: feed it bytes as they arrive, take complete requests
// (pipelined ones one after another) or the status to answer a request that cannot be accepted.
class HttpRequestParser
{
public:
    enum class State {
        NeedMore, // no complete request buffered yet
        Ready,    // takeRequest() returns the next request
        Failed,   // errorStatus() says how to answer; the connection must then be closed
    };

    static constexpr qsizetype DefaultMaxHeaderBytes = 64 * 1024;
    static constexpr qsizetype DefaultMaxBodyBytes = 8 * 1024 * 1024;

    explicit HttpRequestParser(qsizetype maxHeaderBytes = DefaultMaxHeaderBytes,
                               qsizetype maxBodyBytes = DefaultMaxBodyBytes);

    void append(const QByteArray &bytes);
    // Parses as far as the buffered bytes allow.
    State parse();
    // The request that parse() found Ready; the parser moves on to the bytes after it.
    HttpRequest takeRequest();

    int errorStatus() const { return m_errorStatus; }        // 400, 411, 413, 431, 501 or 505 once Failed
    QByteArray errorReason() const { return m_errorReason; } // one line for the error body
    qsizetype bufferedBytes() const { return m_buffer.size(); }
    // Whether the connection should stay open after answering request.
    static bool keepAlive(const HttpRequest &request);

private:
    State fail(int status, const QByteArray &reason);
    State parseHead(qsizetype headEnd, qsizetype terminatorLength);

    QByteArray m_buffer;
    qsizetype m_maxHeaderBytes;
    qsizetype m_maxBodyBytes;
    State m_state = State::NeedMore;
    bool m_haveHead = false; // m_current holds a parsed head, waiting for m_bodyLength bytes of body
    qsizetype m_bodyLength = 0;
    HttpRequest m_current;
    int m_errorStatus = 0;
    QByteArray m_errorReason;
};
