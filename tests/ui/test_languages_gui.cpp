// The real wizard and main window in German and Japanese: page titles, Qt's own buttons, field
// problems and error messages are the translated texts, no English is left on the first pages,
// and the language choice (--lang, IMS_LANG, Settings ▸ Language, system) works as documented.
// With IMS_SCREENSHOT_DIR set, saves the Japanese wizard as wizard-ja.png there.

#include "appcontext.h"
#include "imswizard.h"
#include "languages.h"
#include "mainwindow.h"
#include "messages.h"

#include <imscore/error.h>
#include <imscore/secret_store.h>

#include <QAbstractButton>
#include <QApplication>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProcess>
#include <QRadioButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Expected
{
    QString lang;
    QString solutionTitle;   // SolutionPage title
    QString next;            // QWizard's Next button (Qt's own translation)
    QString cancel;          // QWizard's Cancel button
    QString oauth;           // the OAuth radio button
    QString credentialsTitle;
    QString orgIdProblem;    // part of the field problem for an org ID without @AdobeOrg
    QString unknownClientTitle;
    QString restartNotice;   // Settings ▸ Language's message, in this language
};

Expected german()
{
    return {QStringLiteral("de"),
            QStringLiteral("Cloud-Lösung"),
            QStringLiteral("&Weiter >"),
            QStringLiteral("Abbrechen"),
            QStringLiteral("&OAuth Server-to-Server (empfohlen)"),
            QStringLiteral("Anmeldedaten"),
            QStringLiteral("muss auf @AdobeOrg enden"),
            QStringLiteral("Unbekannte Client ID"),
            QStringLiteral("IMS Wizard verwendet die neue Sprache beim nächsten Start.")};
}

Expected japanese()
{
    return {QStringLiteral("ja"),
            QStringLiteral("クラウドソリューション"),
            QStringLiteral("次へ(&N) >"),
            QStringLiteral("キャンセル"),
            QStringLiteral("OAuth Server-to-Server (推奨)(&O)"),
            QStringLiteral("資格情報"),
            QStringLiteral("は @AdobeOrg で終わる必要があります"),
            QStringLiteral("不明な Client ID"),
            QStringLiteral("IMS Wizard は次回の起動時から新しい言語を使用します。")};
}

template<class T>
T *child(QWidget *root, const char *name)
{
    T *w = root->findChild<T *>(QLatin1String(name));
    if (!w)
        qWarning("no widget %s", name);
    return w;
}

// Every visible text of a page, in widget-tree order, so two languages can be compared pairwise.
QStringList textsOf(QWizardPage *page)
{
    QStringList texts{page->title(), page->subTitle()};
    for (QWidget *w : page->findChildren<QWidget *>()) {
        if (auto *label = qobject_cast<QLabel *>(w))
            texts << label->text();
        else if (auto *button = qobject_cast<QAbstractButton *>(w))
            texts << button->text();
        else if (auto *box = qobject_cast<QGroupBox *>(w))
            texts << box->title();
        else if (auto *edit = qobject_cast<QLineEdit *>(w))
            texts << edit->placeholderText();
        texts << w->toolTip() << w->accessibleName();
    }
    return texts;
}

// Texts that may stay as they are: values, and terms Adobe's German UI keeps ("Client ID", "Scopes").
bool meantToStayEnglish(const QString &text)
{
    static const QStringList same{
        QStringLiteral("https://ims-na1.adobelogin.com"), QStringLiteral("…@AdobeOrg"),
        QStringLiteral("…@techacct.adobe.com"), QStringLiteral("Client &ID:"), QStringLiteral("Client ID"),
        QStringLiteral("Scopes"), QStringLiteral("Sco&pes:"), QStringLiteral("Scopes:"),
        // Adobe's product name and the console's term, kept in Adobe's German and Japanese UI.
        QStringLiteral("AEM as a Cloud Service"), QStringLiteral("API"), QStringLiteral("API:"),
    };
    if (same.contains(text))
        return true;
    if (text.startsWith(QLatin1String("https://")) && !text.contains(QLatin1Char(' ')))
        return true; // an address (the console steps' links)
    bool hasLetters = false;
    for (QChar c : text)
        hasLetters = hasLetters || (c.isLetter() && c.unicode() < 0x80);
    return !hasLetters; // empty, symbols, numbers, or already non-Latin
}

} // namespace

class TestLanguagesGui : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_configDir.isValid());
        m_context = std::make_unique<AppContext>(m_configDir.path(), &m_secrets);
        m_shots = qEnvironmentVariable("IMS_SCREENSHOT_DIR");
    }

    void cleanup()
    {
        Languages::install(QStringLiteral("en"));
        Languages::saveChoice({});
        qunsetenv("IMS_LANG");
    }

    void choiceOrder()
    {
        const QStringList noArgs{QStringLiteral("ims-wizard")};
        // The test runs with LC_ALL=C.UTF-8: the system offers no translated language.
        QCOMPARE(Languages::systemLanguage(), QStringLiteral("en"));
        QCOMPARE(Languages::choose(noArgs), QStringLiteral("en"));
        Languages::saveChoice(QStringLiteral("ja"));
        QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("ja"));
        QCOMPARE(Languages::choose(noArgs), QStringLiteral("ja"));
        qputenv("IMS_LANG", "fr_FR.UTF-8");
        QCOMPARE(Languages::choose(noArgs), QStringLiteral("fr"));
        QCOMPARE(Languages::choose({QStringLiteral("ims-wizard"), QStringLiteral("--lang"), QStringLiteral("de")}),
                 QStringLiteral("de"));
        QCOMPARE(Languages::choose({QStringLiteral("ims-wizard"), QStringLiteral("--lang=de-AT")}),
                 QStringLiteral("de"));
        // An unknown language is skipped, not used.
        QCOMPARE(Languages::choose({QStringLiteral("ims-wizard"), QStringLiteral("--lang"), QStringLiteral("xx")}),
                 QStringLiteral("fr"));
        QVERIFY(!Languages::install(QStringLiteral("xx")) || Languages::current() == QStringLiteral("en"));
    }

    // The real program, started with a German or Japanese system locale, speaks that language.
    void systemLocaleIsFollowed_data()
    {
        QTest::addColumn<QByteArray>("locale");
        QTest::addColumn<QString>("expected");
        QTest::newRow("de_DE") << QByteArray("de_DE.UTF-8") << QStringLiteral("Befehle:");
        QTest::newRow("ja_JP") << QByteArray("ja_JP.UTF-8") << QStringLiteral("コマンド:");
        QTest::newRow("fr_FR") << QByteArray("fr_FR.UTF-8") << QStringLiteral("Commandes :");
        QTest::newRow("C") << QByteArray("C.UTF-8") << QStringLiteral("Commands:");
    }

    void systemLocaleIsFollowed()
    {
        QFETCH(QByteArray, locale);
        QFETCH(QString, expected);
        QProcess program;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LC_ALL"), QString::fromLatin1(locale));
        env.remove(QStringLiteral("LANGUAGE"));
        env.remove(QStringLiteral("IMS_LANG"));
        program.setProcessEnvironment(env);
        program.start(QStringLiteral(IMS_BINARY_DIR "/app/ims-wizard"), {QStringLiteral("help")});
        QVERIFY(program.waitForFinished(30000));
        const QString out = QString::fromUtf8(program.readAllStandardOutput());
        QVERIFY2(out.contains(expected), qPrintable(out));
    }

    void wizard_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::newRow("German") << QStringLiteral("de");
        QTest::newRow("Japanese") << QStringLiteral("ja");
    }

    void wizard()
    {
        QFETCH(QString, lang);
        const Expected e = lang == QLatin1String("de") ? german() : japanese();

        // The English texts of the first two pages, to find anything left untranslated.
        QVERIFY(Languages::install(QStringLiteral("en")));
        const UserMessage englishError = Messages::describe(ims::makeError(ims::ErrorCode::InvalidClientId));
        QStringList englishTexts;
        {
            ImsWizard english(m_context.get());
            english.show();
            QVERIFY(QTest::qWaitForWindowExposed(&english));
            QCOMPARE(english.currentId(), int(ImsWizard::AemVersionPageId));
            child<QRadioButton>(&english, "aemVersionSp20")->click();
            englishTexts = textsOf(english.currentPage());
            english.next();
            QCOMPARE(english.currentId(), int(ImsWizard::SolutionPageId));
            englishTexts += textsOf(english.currentPage());
            english.next();
            QCOMPARE(english.currentId(), int(ImsWizard::ConsoleStepsPageId));
            englishTexts += textsOf(english.currentPage());
            english.next();
            QCOMPARE(english.currentId(), int(ImsWizard::CredentialsPageId));
            englishTexts += textsOf(english.currentPage());
        }

        QVERIFY2(Languages::install(lang), "the app's translation is embedded under :/i18n");
        QCOMPARE(Languages::current(), lang);
        QCOMPARE(QLocale().name().left(2), lang);

        ImsWizard wizard(m_context.get());
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QCOMPARE(wizard.currentId(), int(ImsWizard::AemVersionPageId));
        child<QRadioButton>(&wizard, "aemVersionSp20")->click();
        QStringList texts = textsOf(wizard.currentPage());
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ImsWizard::SolutionPageId));
        QCOMPARE(wizard.currentPage()->title(), e.solutionTitle);
        QCOMPARE(wizard.button(QWizard::NextButton)->text(), e.next);
        QCOMPARE(wizard.button(QWizard::CancelButton)->text(), e.cancel);
        QCOMPARE(child<QRadioButton>(&wizard, "oauthRadio")->text(), e.oauth);
        texts += textsOf(wizard.currentPage());
        if (!m_shots.isEmpty())
            QVERIFY(wizard.grab().save(m_shots + QStringLiteral("/wizard-solution-%1.png").arg(lang)));

        auto *list = child<QListWidget>(&wizard, "solutionList");
        list->setFocus();
        QTest::keyClick(list, Qt::Key_Return);
        QCOMPARE(wizard.currentId(), int(ImsWizard::ConsoleStepsPageId));
        texts += textsOf(wizard.currentPage());
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ImsWizard::CredentialsPageId));
        QCOMPARE(wizard.currentPage()->title(), e.credentialsTitle);
        texts += textsOf(wizard.currentPage());

        // No English left: each text differs from its English counterpart unless it is a value.
        QCOMPARE(texts.size(), englishTexts.size());
        QStringList leftovers;
        for (qsizetype i = 0; i < texts.size(); ++i)
            if (texts.at(i) == englishTexts.at(i) && !meantToStayEnglish(texts.at(i)))
                leftovers << texts.at(i);
        QVERIFY2(leftovers.isEmpty(), qPrintable(leftovers.join(QStringLiteral(" | "))));
        QVERIFY(texts.size() > 30);

        // A field problem, as the user sees it while typing.
        auto *orgId = child<QLineEdit>(wizard.currentPage(), "orgIdEdit");
        QTest::keyClicks(orgId, QStringLiteral("1234567890ABCDEF"));
        const QString problems = child<QLabel>(wizard.currentPage(), "problemsLabel")->text();
        QVERIFY2(problems.contains(e.orgIdProblem), qPrintable(problems));
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        if (!m_shots.isEmpty())
            QVERIFY(wizard.grab().save(m_shots + QStringLiteral("/wizard-credentials-%1.png").arg(lang)));

        // An error message: title, what happened and what to do are all translated.
        const UserMessage m = Messages::describe(ims::makeError(ims::ErrorCode::InvalidClientId));
        QCOMPARE(m.title, e.unknownClientTitle);
        QVERIFY(!m.text.isEmpty() && m.text != englishError.text);
        QVERIFY(!m.remedy.isEmpty() && m.remedy != englishError.remedy);
    }

    void languageMenu_data() { wizard_data(); }

    void languageMenu()
    {
        QFETCH(QString, lang);
        const Expected e = lang == QLatin1String("de") ? german() : japanese();
        QVERIFY(Languages::install(QStringLiteral("en")));
        MainWindow window(m_context.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *menu = window.findChild<QMenu *>(QStringLiteral("languageMenu"));
        QVERIFY(menu);
        auto *choice = menu->findChild<QAction *>(QStringLiteral("languageAction_") + lang);
        QVERIFY(choice);
        QCOMPARE(choice->isChecked(), false);
        choice->trigger();
        QCOMPARE(Languages::savedChoice(), lang);
        QCOMPARE(Languages::choose({QStringLiteral("ims-wizard")}), lang);
        // The notice says a restart is needed, in the language just chosen.
        QMessageBox *notice = nullptr;
        QTRY_VERIFY((notice = window.findChild<QMessageBox *>(QStringLiteral("languageRestartNotice"))));
        QCOMPARE(notice->text(), e.restartNotice);
        notice->close();
        // Back to the system's language.
        menu->findChild<QAction *>(QStringLiteral("languageAction_system"))->trigger();
        QCOMPARE(Languages::savedChoice(), QString());
    }

    void mainWindowInLanguage_data() { wizard_data(); }

    void mainWindowInLanguage()
    {
        QFETCH(QString, lang);
        QVERIFY(Languages::install(lang));
        MainWindow window(m_context.get());
        QStringList menus;
        for (QAction *a : window.menuBar()->actions())
            menus << a->text();
        const bool de = lang == QLatin1String("de");
        QVERIFY2(menus.contains(de ? QStringLiteral("&Konfiguration") : QStringLiteral("構成(&C)")),
                 qPrintable(menus.join(QLatin1Char(' '))));
        QVERIFY2(menus.contains(de ? QStringLiteral("&Einstellungen") : QStringLiteral("設定(&S)")),
                 qPrintable(menus.join(QLatin1Char(' '))));
    }

private:
    QTemporaryDir m_configDir;
    ims::InMemorySecretStore m_secrets;
    std::unique_ptr<AppContext> m_context;
    QString m_shots;
};

int main(int argc, char *argv[])
{
    // Settings (ui/language) go to a temporary folder, never the user's.
    QTemporaryDir settingsHome;
    qputenv("XDG_CONFIG_HOME", settingsHome.path().toLocal8Bit());
    // A system language the app is not translated into, whatever the developer's shell says.
    qputenv("LC_ALL", "C.UTF-8");
    qunsetenv("LANGUAGE");
    qunsetenv("IMS_LANG");
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("ims-wizard-test"));
    QApplication::setApplicationName(QStringLiteral("languages-gui"));
    TestLanguagesGui test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_languages_gui.moc"
