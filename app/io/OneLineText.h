#pragma once

#include <QString>

// Makes text that came out of a file (a part's name, an XML parser's complaint quoting the document) fit for a
// one-line message: every line break and run of white space becomes one space, any other control character a "?".
namespace OneLineText {

QString from(const QString &text);

} // namespace OneLineText
