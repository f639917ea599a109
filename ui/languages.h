#pragma once
// The user interface's language: English, German, French or Japanese. Chosen in this order:
// `--lang xx` on the command line, the environment variable IMS_LANG, the setting ui/language
// (Settings ▸ Language), the system's languages; English when none of them is available.
// The app's translations are embedded under :/i18n; Qt's own (buttons, standard dialogs) come
// from Qt's translations folder.

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <string>

class QMenu;
class QWidget;

namespace Languages {

struct Language
{
    QString code;       // "de"
    QString nativeName; // "Deutsch": shown in its own language, so anyone can find theirs
};

// The languages the app is translated into (English first).
QList<Language> available();
bool isAvailable(const QString &code);

// The value of `--lang xx` / `--lang=xx` in the arguments, or empty.
QString fromArguments(const QStringList &arguments);
// The saved choice (setting ui/language), empty for "follow the system".
QString savedChoice();
void saveChoice(const QString &code);
// The first available language among the system's UI languages, or "en".
QString systemLanguage();
// The language to use: arguments, IMS_LANG, the saved choice, the system.
QString choose(const QStringList &arguments);

// Installs the app's and Qt's translators for `code` into the application (replacing earlier
// ones) and makes it the default locale. Returns false when the app's translation is missing.
bool install(const QString &code);
// The language installed by install(), "en" before.
QString current();

// A cloud solution's name as shown: Adobe's product names as Adobe writes them, "Custom" translated.
QString solutionName(const std::string &id, const std::string &name);

// Adds Language to the Settings menu: follow the system, or one of available(). A change is saved
// and takes effect at the next start (the message box says so, in the chosen language).
QMenu *addMenu(QMenu *settingsMenu, QWidget *parent);

} // namespace Languages
