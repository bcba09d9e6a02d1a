#include "HttpRequestParser.h"

#include <algorithm>
#include <string_view>

namespace {

bool isTokenChar(char c)
{
    static constexpr std::string_view extra = "!#$%&'*+-.^_`|~";
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
           extra.find(c) != std::string_view::npos;
}

bool isToken(const QByteArray &text)
{
    return !text.isEmpty() && std::all_of(text.cbegin(), text.cend(), isTokenChar);
}

bool isTargetChar(char c)
{
    const auto u = static_cast<unsigned char>(c);
    return u > 0x20 && u < 0x7f;
}

bool hasToken(const QByteArray &headerValue, const QByteArray &token)
{
    const auto parts = headerValue.split(',');
    return std::any_of(parts.cbegin(), parts.cend(), [&token](const QByteArray &part) {
        return part.trimmed().compare(token, Qt::CaseInsensitive) == 0;
    });
}

} // namespace

HttpRequestParser::HttpRequestParser(qsizetype maxHeaderBytes, qsizetype maxBodyBytes)
    : m_maxHeaderBytes(maxHeaderBytes)
    , m_maxBodyBytes(maxBodyBytes)
{}

void HttpRequestParser::append(const QByteArray &bytes)
{
    if (m_state != State::Failed) {
        m_buffer.append(bytes);
    }
}

HttpRequestParser::State HttpRequestParser::parse()
{
    if (m_state != State::NeedMore) {
        return m_state;
    }
    if (!m_haveHead) {
        // Tolerate empty lines before a request line (RFC 9112, 2.2).
        qsizetype skip = 0;
        while (skip < m_buffer.size() && (m_buffer.at(skip) == '\r' || m_buffer.at(skip) == '\n')) {
            ++skip;
        }
        m_buffer.remove(0, skip);

        const QByteArray window = m_buffer.left(m_maxHeaderBytes + 4);
        const qsizetype crlf = window.indexOf("\r\n\r\n");
        const qsizetype lf = window.indexOf("\n\n");
        if (crlf < 0 && lf < 0) {
            if (m_buffer.size() > m_maxHeaderBytes) {
                return fail(431, QByteArrayLiteral("request header section exceeds the limit"));
            }
            return State::NeedMore;
        }
        const bool useCrlf = crlf >= 0 && (lf < 0 || crlf < lf);
        const qsizetype headEnd = useCrlf ? crlf : lf;
        if (headEnd > m_maxHeaderBytes) {
            return fail(431, QByteArrayLiteral("request header section exceeds the limit"));
        }
        if (parseHead(headEnd, useCrlf ? 4 : 2) == State::Failed) {
            return m_state;
        }
    }
    if (m_buffer.size() < m_bodyLength) {
        return State::NeedMore;
    }
    m_current.body = m_buffer.left(m_bodyLength);
    m_buffer.remove(0, m_bodyLength);
    m_state = State::Ready;
    return m_state;
}

HttpRequestParser::State HttpRequestParser::parseHead(qsizetype headEnd, qsizetype terminatorLength)
{
    const QByteArray head = m_buffer.left(headEnd);
    m_buffer.remove(0, headEnd + terminatorLength);

    QList<QByteArray> lines = head.split('\n');
    for (QByteArray &line : lines) {
        if (line.endsWith('\r')) {
            line.chop(1);
        }
        if (line.contains('\r') || line.contains('\0')) {
            return fail(400, QByteArrayLiteral("stray control character in the request head"));
        }
    }

    const QList<QByteArray> requestLine = lines.takeFirst().split(' ');
    if (requestLine.size() != 3) {
        return fail(400, QByteArrayLiteral("malformed request line"));
    }
    HttpRequest request;
    request.method = requestLine.at(0);
    request.target = requestLine.at(1);
    request.version = requestLine.at(2);
    if (!isToken(request.method) || request.target.isEmpty() ||
        !std::all_of(request.target.cbegin(), request.target.cend(), isTargetChar)) {
        return fail(400, QByteArrayLiteral("malformed request line"));
    }
    if (!request.version.startsWith("HTTP/") || request.version.size() != 8 || request.version.at(6) != '.') {
        return fail(400, QByteArrayLiteral("malformed HTTP version"));
    }
    if (request.version != "HTTP/1.1" && request.version != "HTTP/1.0") {
        return fail(505, QByteArrayLiteral("only HTTP/1.0 and HTTP/1.1 are supported"));
    }

    for (const QByteArray &line : std::as_const(lines)) {
        if (line.startsWith(' ') || line.startsWith('\t')) {
            return fail(400, QByteArrayLiteral("obsolete header line folding"));
        }
        const qsizetype colon = line.indexOf(':');
        const QByteArray name = line.left(colon);
        if (colon <= 0 || !isToken(name)) {
            return fail(400, QByteArrayLiteral("malformed header line"));
        }
        request.headers.append({name, line.mid(colon + 1).trimmed()});
    }

    if (request.version == "HTTP/1.1" && request.headerValues(QByteArrayLiteral("Host")).size() != 1) {
        return fail(400, QByteArrayLiteral("an HTTP/1.1 request needs exactly one Host header"));
    }
    const QByteArray transferEncoding = request.header(QByteArrayLiteral("Transfer-Encoding"));
    if (!transferEncoding.isEmpty()) {
        if (hasToken(transferEncoding, QByteArrayLiteral("chunked"))) {
            return fail(411, QByteArrayLiteral("chunked request bodies are not accepted; send Content-Length"));
        }
        return fail(501, QByteArrayLiteral("unsupported transfer coding"));
    }

    m_bodyLength = 0;
    const QList<QByteArray> lengths = request.headerValues(QByteArrayLiteral("Content-Length"));
    if (!lengths.isEmpty()) {
        const QByteArray first = lengths.first();
        const bool consistent =
            std::all_of(lengths.cbegin(), lengths.cend(), [&first](const QByteArray &v) { return v == first; });
        const bool digits = !first.isEmpty() && first.size() <= 18 &&
                            std::all_of(first.cbegin(), first.cend(), [](char c) { return c >= '0' && c <= '9'; });
        if (!consistent || !digits) {
            return fail(400, QByteArrayLiteral("invalid Content-Length"));
        }
        m_bodyLength = first.toLongLong();
        if (m_bodyLength > m_maxBodyBytes) {
            return fail(413, QByteArrayLiteral("request body exceeds the limit"));
        }
    }
    m_current = request;
    m_haveHead = true;
    return State::NeedMore;
}

HttpRequest HttpRequestParser::takeRequest()
{
    HttpRequest request;
    if (m_state == State::Ready) {
        request = std::move(m_current);
        m_current = HttpRequest();
        m_haveHead = false;
        m_bodyLength = 0;
        m_state = State::NeedMore;
    }
    return request;
}

bool HttpRequestParser::keepAlive(const HttpRequest &request)
{
    const QByteArray connection = request.header(QByteArrayLiteral("Connection"));
    if (request.version == "HTTP/1.0") {
        return hasToken(connection, QByteArrayLiteral("keep-alive"));
    }
    return !hasToken(connection, QByteArrayLiteral("close"));
}

HttpRequestParser::State HttpRequestParser::fail(int status, const QByteArray &reason)
{
    m_state = State::Failed;
    m_errorStatus = status;
    m_errorReason = reason;
    m_buffer.clear();
    return m_state;
}
