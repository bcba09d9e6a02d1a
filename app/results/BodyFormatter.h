#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

// Turns an HTTP body into the text the exchange view shows: Raw (the bytes as they are) or Pretty (JSON indented,
// keys and numbers exactly as they arrived). Anything that is not JSON (a proxy's HTML 502) stays text.
class BodyFormatter
{
public:
    static constexpr int IndentWidth = 2;

    // The bytes as text: UTF-8 when they are valid UTF-8, otherwise Latin-1, so every byte shows as one character.
    static QString rawText(const QByteArray &body);
    static bool isUtf8(const QByteArray &body);
    // Whether the body is one JSON document (object or array).
    static bool isJson(const QByteArray &body);
    // The JSON re-indented without being re-serialized (member order, number spelling and escapes kept);
    // nullopt when the body is not JSON.
    static std::optional<QString> prettyJson(const QByteArray &body);
    // prettyJson() when the body is JSON, rawText() otherwise.
    static QString prettyText(const QByteArray &body);
};
