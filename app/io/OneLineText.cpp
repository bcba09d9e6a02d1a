#include "OneLineText.h"

namespace OneLineText {

QString from(const QString &text)
{
    QString line = text.simplified();
    for (QChar &c : line) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f || c.category() == QChar::Other_Control) {
            c = u'?';
        }
    }
    return line;
}

} // namespace OneLineText
