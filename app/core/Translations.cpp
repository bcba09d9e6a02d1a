#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace {

bool installFrom(QCoreApplication *application, const QLocale &locale, const QString &name, const QString &directory)
{
    auto *translator = new QTranslator(application);
    if (translator->load(locale, name, QStringLiteral("_"), directory)) {
        QCoreApplication::installTranslator(translator);
        return true;
    }
    delete translator;
    return false;
}

} // namespace

QLocale Translations::localeFor(const QString &language)
{
    return language.isEmpty() ? QLocale() : QLocale(language);
}

void Translations::install(QCoreApplication *application, const QLocale &locale)
{
    // Searched last to first: the chosen language wins over the English plural forms.
    installFrom(application, QLocale(QLocale::English), QStringLiteral("invitedesk"), QStringLiteral(":/i18n"));
    if (locale.language() == QLocale::English || locale.language() == QLocale::C) {
        return;
    }
    installFrom(application, locale, QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    installFrom(application, locale, QStringLiteral("invitedesk"), QStringLiteral(":/i18n"));
}
