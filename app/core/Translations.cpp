#include "Translations.h"

#include <QCoreApplication>
#include <QTranslator>

void Translations::install(QCoreApplication *application, const QLocale &locale)
{
    auto *english = new QTranslator(application);
    if (english->load(QStringLiteral(":/i18n/invitedesk_en.qm"))) {
        QCoreApplication::installTranslator(english);
    }
    if (locale.language() == QLocale::English || locale.language() == QLocale::C) {
        return;
    }
    auto *chosen = new QTranslator(application);
    if (chosen->load(locale, QStringLiteral("invitedesk"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(chosen);
    } else {
        delete chosen;
    }
}
