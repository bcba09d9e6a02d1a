#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringView>

#include <optional>

// Reads one cell's text as the value Clerk takes. The Validator and InvitationPayload both go through here, so what
// is accepted and what is sent never disagree. Every function ignores white space around the text.
class FieldValues
{
public:
    static constexpr int MaxEmailLength = 254;
    static constexpr int MaxEmailLocalPartLength = 64;
    static constexpr int MaxDomainLabelLength = 63;
    static constexpr int MaxRoleKeyLength = 64;
    static constexpr int MinExpiresInDays = 1;
    static constexpr int MaxExpiresInDays = 365;

    // Why a redirect URL is refused.
    enum class UrlProblem {
        None,
        Malformed,   // QUrl refuses it in strict mode
        NotAbsolute, // no scheme: "/welcome", "example.com/welcome"
        NotHttp,     // a scheme other than http or https: "javascript:", "ftp:"
        NoHost,      // "https:///welcome"
    };

    // Why a metadata cell is not a JSON object: either it is not JSON (parseError is set), or it is another JSON
    // value (type says which).
    struct MetadataError
    {
        QString parseError;   // QJsonParseError::errorString(); empty when the text is valid JSON
        qsizetype offset = 0; // where parsing failed, in characters of the cell text
        QJsonValue::Type type = QJsonValue::Undefined; // the JSON value found instead of an object
    };

    // A deliverable address: dot-atom local part (ASCII atext or non-ASCII letters; no quoted local parts) of at
    // most 64 characters, a domain of two or more labels, a top-level label of two or more characters that are not
    // all digits, 254 characters in all.
    static bool isValidEmail(QStringView text);
    // "org:" followed by lower-case letters, digits, '_' or '-' (org:admin, org:billing_manager); 64 at most.
    static bool isValidRoleKey(QStringView text);
    // An absolute http or https URL with a host, as QUrl reads it in strict mode. The plain URLs PlainHttpUrl
    // recognizes are taken without QUrl, which is slow.
    static UrlProblem redirectUrlProblem(QStringView text);
    // The same verdict from QUrl alone: what redirectUrlProblem() gives for every URL (tests compare the two).
    static UrlProblem redirectUrlProblemByQUrl(QStringView text);
    static bool isValidRedirectUrl(QStringView text) { return redirectUrlProblem(text) == UrlProblem::None; }
    // A Clerk user id: "user_" followed by letters and digits.
    static bool isValidInviterId(QStringView text);

    // A whole number, also written as an integral decimal ("30.0") as spreadsheets do. Numbers too large for an
    // int saturate. nullopt for empty text (not given) and for anything else.
    static std::optional<int> parseExpires(QStringView text);
    // parseExpires() gives a number from MinExpiresInDays to MaxExpiresInDays.
    static bool isValidExpires(QStringView text);
    // true/false, yes/no, y/n, 1/0 in any case. nullopt for empty text (not given) and for anything else.
    static std::optional<bool> parseNotify(QStringView text);
    // A JSON object; empty text gives an empty object (nothing to send). nullopt (and error filled) otherwise.
    // Text that is empty after trimming never reaches QJsonDocument.
    static std::optional<QJsonObject> parseMetadata(QStringView text, MetadataError *error = nullptr);
    // Whether parseMetadata() gives an object, without building it: the plain objects PlainJsonObject recognizes
    // are taken without QJsonDocument, which is slow.
    static bool isValidMetadata(QStringView text, MetadataError *error = nullptr);
};
