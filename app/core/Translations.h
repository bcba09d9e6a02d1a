#pragma once

#include <QLocale>
#include <QString>

class QCoreApplication;

// Loads Invitedesk's translations into an application: Qt's own (standard dialog buttons) when installed, the English
// file (it holds the plural forms of the source language), then the one for the chosen language, if any.
class Translations
{
public:
    // The locale for a language setting ("de", "fr_CA"); an empty setting means the system's.
    static QLocale localeFor(const QString &language);
    static void install(QCoreApplication *application, const QLocale &locale = QLocale());
};
