#pragma once

#include <QLocale>

class QCoreApplication;

// Loads Invitedesk's translations into an application: the English file first (it holds the plural forms of the
// source language), then the one for the chosen language, if any.
class Translations
{
public:
    static void install(QCoreApplication *application, const QLocale &locale = QLocale());
};
