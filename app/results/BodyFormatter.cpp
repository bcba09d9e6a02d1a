#include "BodyFormatter.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QStringDecoder>

namespace {

bool isJsonSpace(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r';
}

// Index of the first character at or after from that is not JSON white space.
qsizetype skipSpace(const QString &text, qsizetype from)
{
    while (from < text.size() && isJsonSpace(text.at(from))) {
        ++from;
    }
    return from;
}

void newLine(QString &out, int depth)
{
    out += u'\n';
    out += QString(depth * BodyFormatter::IndentWidth, u' ');
}

// Re-indents valid JSON text token by token: strings are copied verbatim, white space between tokens is replaced.
QString indent(const QString &json)
{
    QString out;
    out.reserve(json.size() * 2);
    int depth = 0;
    for (qsizetype i = 0; i < json.size(); ++i) {
        const QChar c = json.at(i);
        if (c == u'"') {
            const qsizetype start = i;
            for (++i; i < json.size() && json.at(i) != u'"'; ++i) {
                if (json.at(i) == u'\\') {
                    ++i;
                }
            }
            out += QStringView(json).mid(start, i - start + 1);
        } else if (c == u'{' || c == u'[') {
            const qsizetype next = skipSpace(json, i + 1);
            if (next < json.size() && (json.at(next) == u'}' || json.at(next) == u']')) {
                out += c;
                out += json.at(next); // an empty container stays on one line
                i = next;
            } else {
                out += c;
                newLine(out, ++depth);
            }
        } else if (c == u'}' || c == u']') {
            newLine(out, --depth);
            out += c;
        } else if (c == u',') {
            out += c;
            newLine(out, depth);
        } else if (c == u':') {
            out += QLatin1String(": ");
        } else if (!isJsonSpace(c)) {
            out += c;
        }
    }
    return out;
}

} // namespace

bool BodyFormatter::isUtf8(const QByteArray &body)
{
    QStringDecoder decoder(QStringDecoder::Utf8);
    [[maybe_unused]] const QString text = decoder(body);
    return !decoder.hasError();
}

QString BodyFormatter::rawText(const QByteArray &body)
{
    return isUtf8(body) ? QString::fromUtf8(body) : QString::fromLatin1(body);
}

bool BodyFormatter::isJson(const QByteArray &body)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    return error.error == QJsonParseError::NoError && (document.isObject() || document.isArray());
}

std::optional<QString> BodyFormatter::prettyJson(const QByteArray &body)
{
    if (!isJson(body) || !isUtf8(body)) {
        return std::nullopt;
    }
    return indent(QString::fromUtf8(body));
}

QString BodyFormatter::prettyText(const QByteArray &body)
{
    return prettyJson(body).value_or(rawText(body));
}
