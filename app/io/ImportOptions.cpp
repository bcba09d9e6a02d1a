#include "ImportOptions.h"

#include <QCoreApplication>

namespace {

struct EncodingKey
{
    QStringView key;
    TextDecoder::Encoding encoding;
};

constexpr EncodingKey EncodingKeys[] = {
    {u"utf-8", TextDecoder::Encoding::Utf8},        {u"utf-16le", TextDecoder::Encoding::Utf16LE},
    {u"utf-16be", TextDecoder::Encoding::Utf16BE},  {u"windows-1252", TextDecoder::Encoding::Windows1252},
    {u"iso-8859-1", TextDecoder::Encoding::Latin1}, {u"iso-8859-15", TextDecoder::Encoding::Latin9},
};

} // namespace

QString ImportOptions::columnName(int column)
{
    return QCoreApplication::translate("ImportOptions", "Column %1").arg(column + 1);
}

QString ImportOptions::encodingKey(std::optional<TextDecoder::Encoding> encoding)
{
    if (encoding == TextDecoder::Encoding::Utf8WithBom) {
        encoding = TextDecoder::Encoding::Utf8;
    }
    for (const EncodingKey &entry : EncodingKeys) {
        if (entry.encoding == encoding) {
            return entry.key.toString();
        }
    }
    return QStringLiteral("auto");
}

std::optional<TextDecoder::Encoding> ImportOptions::encodingFromKey(const QString &key)
{
    for (const EncodingKey &entry : EncodingKeys) {
        if (entry.key == key) {
            return entry.encoding;
        }
    }
    return std::nullopt;
}

QString ImportOptions::characterKey(QChar c, const QString &nullKey)
{
    if (c.isNull()) {
        return nullKey;
    }
    return c == u'\t' ? QStringLiteral("tab") : QString(c);
}

QChar ImportOptions::characterFromKey(const QString &key, const QString &nullKey, QChar fallback)
{
    if (key == nullKey) {
        return QChar();
    }
    if (key == u"tab") {
        return QLatin1Char('\t');
    }
    if (key.size() != 1 || key.at(0) == u'\r' || key.at(0) == u'\n') {
        return fallback;
    }
    return key.at(0);
}
