#include "languages.h"

#include <QAction>
#include <QActionGroup>
#include <QLibraryInfo>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPointer>
#include <QSettings>
#include <QTranslator>

namespace Languages {
namespace {
const char *const kSettingKey = "ui/language";

struct Installed
{
    QString code = QStringLiteral("en");
    QPointer<QTranslator> app;
    QPointer<QTranslator> qt;
};

Installed &installed()
{
    static Installed state;
    return state;
}

QString normalized(const QString &code)
{
    // "de_DE", "de-AT", "DE" → "de"
    return code.section(QLatin1Char('_'), 0, 0).section(QLatin1Char('-'), 0, 0).toLower();
}

QString appTranslationPath(const QString &code)
{
    return QStringLiteral(":/i18n/ims-wizard_%1.qm").arg(code);
}

// Texts of the restart notice, marked for lupdate and translated with the chosen language's
// translator (not the installed one), so the user reads it in the language just picked.
const char *const kRestartTitle = QT_TRANSLATE_NOOP("Languages", "Language");
const char *const kRestartText = QT_TRANSLATE_NOOP(
    "Languages", "IMS Wizard will use the new language the next time it starts.");
} // namespace

QList<Language> available()
{
    return {
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("de"), QStringLiteral("Deutsch")},
        {QStringLiteral("fr"), QStringLiteral("Français")},
        {QStringLiteral("ja"), QStringLiteral("日本語")},
    };
}

bool isAvailable(const QString &code)
{
    for (const Language &l : available())
        if (l.code == code)
            return true;
    return false;
}

QString fromArguments(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (a == QLatin1String("--"))
            break;
        if ((a == QLatin1String("--lang") || a == QLatin1String("-lang")) && i + 1 < arguments.size())
            return normalized(arguments.at(i + 1));
        if (a.startsWith(QLatin1String("--lang=")))
            return normalized(a.mid(7));
    }
    return {};
}

QString savedChoice()
{
    const QString code = normalized(QSettings().value(QLatin1String(kSettingKey)).toString());
    return isAvailable(code) ? code : QString();
}

void saveChoice(const QString &code)
{
    QSettings settings;
    if (code.isEmpty())
        settings.remove(QLatin1String(kSettingKey));
    else
        settings.setValue(QLatin1String(kSettingKey), code);
}

QString systemLanguage()
{
    for (const QString &ui : QLocale::system().uiLanguages()) {
        const QString code = normalized(ui);
        if (isAvailable(code))
            return code;
        if (code == QLatin1String("c") || code == QLatin1String("posix"))
            break;
    }
    return QStringLiteral("en");
}

QString choose(const QStringList &arguments)
{
    for (const QString &candidate : {fromArguments(arguments), normalized(qEnvironmentVariable("IMS_LANG")),
                                     savedChoice()})
        if (isAvailable(candidate))
            return candidate;
    return systemLanguage();
}

bool install(const QString &requested)
{
    const QString code = isAvailable(normalized(requested)) ? normalized(requested) : QStringLiteral("en");
    Installed &state = installed();
    for (QTranslator *old : {state.app.data(), state.qt.data()}) {
        if (old) {
            QCoreApplication::removeTranslator(old);
            delete old;
        }
    }
    auto *app = new QTranslator(QCoreApplication::instance());
    const bool appLoaded = app->load(appTranslationPath(code));
    if (appLoaded)
        QCoreApplication::installTranslator(app);
    auto *qt = new QTranslator(QCoreApplication::instance());
    if (code != QLatin1String("en")
        && qt->load(QStringLiteral("qtbase_") + code, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    state.app = app;
    state.qt = qt;
    state.code = code;
    // Numbers and dates follow the language, but keep the system's regional format when the
    // system already speaks it (en_GB stays en_GB, not en_US).
    QLocale::setDefault(QLocale::system().language() == QLocale(code).language() ? QLocale::system()
                                                                                  : QLocale(code));
    return appLoaded;
}

QString current()
{
    return installed().code;
}

QString solutionName(const std::string &id, const std::string &name)
{
    if (id == "custom")
        return QCoreApplication::translate("Languages", "Custom", "cloud solution: none of the listed ones");
    return QString::fromStdString(name);
}

QMenu *addMenu(QMenu *settingsMenu, QWidget *parent)
{
    QMenu *menu = settingsMenu->addMenu(QCoreApplication::translate("Languages", "&Language"));
    menu->setObjectName(QStringLiteral("languageMenu"));
    auto *group = new QActionGroup(menu);
    const QString saved = savedChoice();

    QAction *system = menu->addAction(QCoreApplication::translate("Languages", "System language"));
    system->setData(QString());
    menu->addSeparator();
    QList<QAction *> actions{system};
    for (const Language &l : available()) {
        QAction *a = menu->addAction(l.nativeName);
        a->setData(l.code);
        actions << a;
    }
    for (QAction *a : actions) {
        a->setCheckable(true);
        a->setChecked(a->data().toString() == saved);
        a->setObjectName(QStringLiteral("languageAction_") + (a->data().toString().isEmpty()
                                                                  ? QStringLiteral("system")
                                                                  : a->data().toString()));
        group->addAction(a);
    }
    QObject::connect(group, &QActionGroup::triggered, parent, [parent](QAction *a) {
        const QString code = a->data().toString();
        if (code == savedChoice())
            return;
        saveChoice(code);
        // The notice in the language just chosen (English needs no translator).
        const QString shown = code.isEmpty() ? systemLanguage() : code;
        QTranslator chosen;
        const bool loaded = shown != QLatin1String("en") && chosen.load(appTranslationPath(shown));
        auto text = [&](const char *source) {
            if (shown == QLatin1String("en"))
                return QString::fromUtf8(source);
            const QString t = loaded ? chosen.translate("Languages", source) : QString();
            return t.isEmpty() ? QCoreApplication::translate("Languages", source) : t;
        };
        auto *box = new QMessageBox(QMessageBox::Information, text(kRestartTitle), text(kRestartText),
                                    QMessageBox::Ok, parent);
        box->setObjectName(QStringLiteral("languageRestartNotice"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });
    return menu;
}

} // namespace Languages
