// Accessibility of every window: each input, button and box in every wizard page, the main
// window and the dialogs has an accessible name (what a screen reader announces), each input a
// label buddy, and each page unique mnemonics. Then the wizard is walked through the OAuth path
// at 200 % (QT_SCALE_FACTOR=2), with large text and with a dark palette: nothing is cut off or
// pushed out of the window, and the sandbox banner follows the palette and stays readable.

#include "appcontext.h"
#include "exportdialog.h"
#include "importdialog.h"
#include "imswizard.h"
#include "mainwindow.h"
#include "migrationwizard.h"
#include "propertiesdialog.h"
#include "sandboxserver.h"
#include "testutil.h"

#include <imscore/certificates.h>
#include <imscore/secret_store.h>

#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSet>
#include <QSpinBox>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QToolButton>

#include <cmath>
#include <functional>

namespace {
bool isInput(const QWidget *w)
{
    return qobject_cast<const QLineEdit *>(w) || qobject_cast<const QComboBox *>(w)
        || qobject_cast<const QAbstractSpinBox *>(w) || qobject_cast<const QPlainTextEdit *>(w)
        || qobject_cast<const QTextEdit *>(w);
}

// Parts of composite Qt widgets (a spin box's line edit, a line edit's action buttons) are
// announced through their owner.
bool isInternalPart(const QWidget *w)
{
    const QWidget *parent = w->parentWidget();
    if (!parent)
        return false;
    if (qobject_cast<const QLineEdit *>(w)
        && (qobject_cast<const QAbstractSpinBox *>(parent) || qobject_cast<const QComboBox *>(parent)))
        return true;
    if (qobject_cast<const QToolButton *>(w) && qobject_cast<const QLineEdit *>(parent))
        return true; // QLineEdit::addAction: a trailing action, with its own tooltip
    // Qt's own helpers: toolbar/menu bar overflow buttons, a table's select-all corner.
    return w->objectName().startsWith(QLatin1String("qt_"))
        || qstrcmp(w->metaObject()->className(), "QTableCornerButton") == 0;
}

QString describe(const QWidget *w)
{
    return QStringLiteral("%1 \"%2\"").arg(QLatin1String(w->metaObject()->className()),
                                           w->objectName().isEmpty() ? QStringLiteral("(no objectName)") : w->objectName());
}

QString accessibleName(QWidget *w)
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
    return iface ? iface->text(QAccessible::Name).trimmed() : QString();
}

bool hasBuddy(const QWidget *w)
{
    const auto labels = w->window()->findChildren<QLabel *>();
    return std::any_of(labels.begin(), labels.end(), [w](const QLabel *l) { return l->buddy() == w; });
}

// Every input and button under root: an accessible name; inputs also a label buddy.
QStringList auditNames(QWidget *root, const QString &where, bool mustHaveWidgets = true)
{
    QStringList problems;
    int audited = 0;
    for (QWidget *w : root->findChildren<QWidget *>()) {
        const bool button = qobject_cast<QAbstractButton *>(w) != nullptr;
        if ((!button && !isInput(w)) || isInternalPart(w))
            continue;
        ++audited;
        if (accessibleName(w).isEmpty())
            problems << QStringLiteral("%1: %2 has no accessible name").arg(where, describe(w));
        if (isInput(w) && !hasBuddy(w))
            problems << QStringLiteral("%1: %2 has no label buddy").arg(where, describe(w));
        if (isInput(w) && w->accessibleName().trimmed().isEmpty() && !hasBuddy(w))
            problems << QStringLiteral("%1: %2 has no accessibleName").arg(where, describe(w));
    }
    if (audited == 0 && mustHaveWidgets)
        problems << QStringLiteral("%1: no widgets found to audit").arg(where);
    return problems;
}

QChar mnemonic(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text[i] != QLatin1Char('&'))
            continue;
        if (text[i + 1] == QLatin1Char('&')) {
            ++i;
            continue;
        }
        return text[i + 1].toLower();
    }
    return {};
}

// No two labels/buttons reachable at the same time share a mnemonic.
QStringList auditMnemonics(const QList<QWidget *> &roots, const QList<QAbstractButton *> &extra, const QString &where)
{
    QMap<QChar, QStringList> seen;
    auto note = [&seen](const QString &text) {
        const QChar m = mnemonic(text);
        if (!m.isNull())
            seen[m] << text;
    };
    for (QWidget *root : roots) {
        for (QLabel *label : root->findChildren<QLabel *>())
            if (label->buddy())
                note(label->text());
        for (QAbstractButton *b : root->findChildren<QAbstractButton *>())
            note(b->text());
    }
    for (QAbstractButton *b : extra)
        note(b->text());
    QStringList problems;
    for (auto it = seen.cbegin(); it != seen.cend(); ++it)
        if (it.value().size() > 1)
            problems << QStringLiteral("%1: Alt+%2 is used by %3").arg(where, it.key(), it.value().join(QStringLiteral(", ")));
    return problems;
}

double luminance(const QColor &c)
{
    auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2b, 0x2b), text(0xe6, 0xe6, 0xe6), base(0x1e, 0x1e, 0x1e), alt(0x38, 0x38, 0x38);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, alt);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, alt);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x7d, 0xd8));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::ToolTipBase, alt);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    p.setColor(QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
    p.setColor(QPalette::Light, QColor(0x50, 0x50, 0x50));
    p.setColor(QPalette::Midlight, QColor(0x44, 0x44, 0x44));
    p.setColor(QPalette::Mid, QColor(0x30, 0x30, 0x30));
    p.setColor(QPalette::Dark, QColor(0x18, 0x18, 0x18));
    p.setColor(QPalette::Shadow, Qt::black);
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, QColor(0x80, 0x80, 0x80));
    return p;
}

// Every visible widget of the window gets at least its minimum size and lies inside the window.
QStringList auditClipping(QWidget *window, const QString &where)
{
    QStringList problems;
    const QRect inside = window->rect();
    for (QWidget *w : window->findChildren<QWidget *>()) {
        if (!w->isVisible() || w->isWindow() || isInternalPart(w))
            continue;
        bool scrolled = false; // widgets inside a scroll area may lie outside by design
        for (QWidget *p = w->parentWidget(); p && p != window; p = p->parentWidget())
            scrolled = scrolled || qobject_cast<QAbstractScrollArea *>(p);
        if (scrolled)
            continue;
        const QRect r(w->mapTo(window, QPoint(0, 0)), w->size());
        if (!inside.contains(r))
            problems << QStringLiteral("%1: %2 at %3,%4 %5×%6 lies outside the %7×%8 window")
                            .arg(where, describe(w))
                            .arg(r.x()).arg(r.y()).arg(r.width()).arg(r.height())
                            .arg(inside.width()).arg(inside.height());
        const auto *label = qobject_cast<QLabel *>(w);
        const bool checkSize = qobject_cast<QAbstractButton *>(w) || isInput(w) || (label && !label->wordWrap()
                                                                                      && !label->text().isEmpty());
        if (!checkSize)
            continue;
        const QSize min = w->minimumSizeHint();
        if (w->width() + 1 < min.width() || w->height() + 1 < min.height())
            problems << QStringLiteral("%1: %2 is %3×%4, smaller than its minimum %5×%6 (clipped)")
                            .arg(where, describe(w))
                            .arg(w->width()).arg(w->height()).arg(min.width()).arg(min.height());
    }
    return problems;
}
} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale::c());
        QString error;
        QVERIFY(m_configDir.isValid() && m_sandboxDir.isValid());
        QVERIFY2(m_server.start(m_sandboxDir.path(), 0, &error), qPrintable(error));
        m_context = std::make_unique<AppContext>(m_configDir.path(), &m_secrets);
        m_context->useSandbox(m_server.url(), {m_server.caCertificate()});
        m_shots = qEnvironmentVariable("IMS_SCREENSHOT_DIR");
        m_lightPalette = QApplication::palette();
        m_font = QApplication::font();
    }

    void init()
    {
        QApplication::setPalette(m_lightPalette);
        QApplication::setFont(m_font);
    }

    // The audit itself must be able to fail.
    void auditFindsWhatIsMissing()
    {
        QWidget w;
        auto *unnamed = new QLineEdit(&w);
        unnamed->setObjectName(QStringLiteral("unnamed"));
        auto *iconOnly = new QToolButton(&w);
        iconOnly->setObjectName(QStringLiteral("iconOnly"));
        auto *a = new QPushButton(QStringLiteral("&Apply"), &w);
        auto *b = new QPushButton(QStringLiteral("&Abort"), &w);
        Q_UNUSED(a);
        Q_UNUSED(b);
        const QString names = auditNames(&w, QStringLiteral("self-test")).join(QLatin1Char('\n'));
        QVERIFY2(names.contains(QLatin1String("\"unnamed\" has no accessible name")), qPrintable(names));
        QVERIFY2(names.contains(QLatin1String("\"unnamed\" has no label buddy")), qPrintable(names));
        QVERIFY2(names.contains(QLatin1String("\"iconOnly\" has no accessible name")), qPrintable(names));
        QCOMPARE(auditMnemonics({&w}, {}, QStringLiteral("self-test")).size(), 1);
        // A button squeezed below its text's width, and one pushed out of the window, are found.
        QWidget window;
        window.resize(200, 100);
        auto *squeezed = new QPushButton(QStringLiteral("A rather long button text"), &window);
        squeezed->setObjectName(QStringLiteral("squeezed"));
        squeezed->setGeometry(0, 0, 40, squeezed->sizeHint().height());
        auto *outside = new QPushButton(QStringLiteral("Out"), &window);
        outside->setObjectName(QStringLiteral("outside"));
        outside->setGeometry(180, 0, outside->sizeHint().width(), outside->sizeHint().height());
        window.show();
        const QString clipped = auditClipping(&window, QStringLiteral("self-test")).join(QLatin1Char('\n'));
        QVERIFY2(clipped.contains(QLatin1String("\"squeezed\" is 40")), qPrintable(clipped));
        QVERIFY2(clipped.contains(QLatin1String("\"outside\" at 180")), qPrintable(clipped));
        // And passes once the widgets are named.
        auto *label = new QLabel(QStringLiteral("&Name:"), &w);
        label->setBuddy(unnamed);
        iconOnly->setAccessibleName(QStringLiteral("Copy"));
        QVERIFY(auditNames(&w, QStringLiteral("self-test")).isEmpty());
    }

    void everyWizardPage()
    {
        // The pages a user reaches on the OAuth path, audited as they are shown (some pages, like
        // the console checklist, build their widgets for the configuration chosen before them).
        QStringList problems;
        QSet<int> visited;
        auto auditPage = [&problems](ImsWizard &wizard, QWizardPage *page, int id) {
            const QString where = QStringLiteral("wizard page %1 (%2)").arg(id).arg(page->title());
            problems << auditNames(page, where);
            QList<QAbstractButton *> buttons = {wizard.button(QWizard::BackButton), wizard.button(QWizard::NextButton),
                                                wizard.button(QWizard::HelpButton), wizard.button(QWizard::CancelButton)};
            if (page->isFinalPage())
                buttons << wizard.button(QWizard::FinishButton);
            problems << auditMnemonics({page}, buttons, where);
        };
        walkOAuthPath([&](ImsWizard &wizard, const QString &) {
            visited << wizard.currentId();
            auditPage(wizard, wizard.currentPage(), wizard.currentId());
        });
        QVERIFY(visited.size() >= 6);
        // The pages off that path (certificate, JWT credentials), as built.
        ImsWizard wizard(m_context.get());
        wizard.show();
        for (int id : wizard.pageIds())
            if (!visited.contains(id))
                auditPage(wizard, wizard.page(id), id);
        problems << auditNames(&wizard, QStringLiteral("wizard"));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void mainWindow()
    {
        MainWindow window(m_context.get());
        window.show();
        QStringList problems = auditNames(&window, QStringLiteral("main window"));
        problems << auditMnemonics({window.centralWidget()}, {}, QStringLiteral("main window"));
        // Menu titles: each its own Alt+letter.
        QMap<QChar, QStringList> menus;
        for (QAction *menu : window.menuBar()->actions())
            if (!mnemonic(menu->text()).isNull())
                menus[mnemonic(menu->text())] << menu->text();
        for (const QStringList &same : menus)
            if (same.size() > 1)
                problems << QStringLiteral("menu bar: %1 share a mnemonic").arg(same.join(QStringLiteral(", ")));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void dialogs()
    {
        ims::Configuration oauth;
        oauth.id = "a11y-oauth";
        oauth.title = "Adobe Target";
        oauth.solutionId = "target";
        oauth.clientId = "0123456789abcdef0123456789abcdef";
        oauth.orgId = "ABC@AdobeOrg";
        oauth.scopes = {"openid", "AdobeID"};
        oauth.clientSecretRef = ims::clientSecretKey(oauth.id);
        ims::Configuration jwt = oauth;
        jwt.id = "a11y-jwt";
        jwt.authType = ims::AuthType::Jwt;
        jwt.metascopes = {"ent_marketing_sdk"};
        jwt.technicalAccountId = "ABC@techacct.adobe.com";
        auto pair = ims::makeSelfSignedCertificate({"a11y", 2048, 30});
        QVERIFY(pair);
        jwt.certificateAlias = "a11y";
        jwt.certificatePem = pair.value().certificate.toPem().value();
        jwt.privateKeyRef = ims::privateKeyKey(jwt.id);

        QStringList problems;
        auto audit = [&problems](QWidget *dialog, const QString &where) {
            dialog->show();
            problems << auditNames(dialog, where);
            problems << auditMnemonics({dialog}, {}, where);
        };
        PropertiesDialog oauthProperties(m_context.get(), oauth);
        audit(&oauthProperties, QStringLiteral("properties (OAuth)"));
        PropertiesDialog jwtProperties(m_context.get(), jwt);
        audit(&jwtProperties, QStringLiteral("properties (JWT)"));
        ExportDialog oauthExport(m_context.get(), oauth);
        audit(&oauthExport, QStringLiteral("export (OAuth)"));
        ExportDialog jwtExport(m_context.get(), jwt);
        audit(&jwtExport, QStringLiteral("export (JWT)"));
        ImportDialog import(m_context.get(), {samplePath("com.adobe.granite.auth.oauth.accesstoken.provider~target.cfg.json"),
                                              samplePath("devconsole-credential-oauth.json")});
        audit(&import, QStringLiteral("import"));
        MigrationWizard migration(m_context.get(), jwt);
        migration.show();
        for (int id : migration.pageIds()) {
            const QString where = QStringLiteral("migration page %1").arg(id);
            problems << auditNames(migration.page(id), where, false); // some pages only explain
            problems << auditMnemonics({migration.page(id)},
                                       {migration.button(QWizard::BackButton), migration.button(QWizard::NextButton)},
                                       where);
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void twoHundredPercentAndLargeText()
    {
        // QT_SCALE_FACTOR=2 is set before QApplication exists (see main below), unless the
        // environment chose another factor (scripts/screenshot makes the README image at 1).
        const double scale = qEnvironmentVariable("QT_SCALE_FACTOR").toDouble();
        QVERIFY(scale >= 1.0);
        QCOMPARE(qApp->devicePixelRatio(), scale);
        QFont large = m_font;
        large.setPointSizeF(m_font.pointSizeF() * 1.5);
        QApplication::setFont(large);
        QStringList problems;
        walkOAuthPath([&](ImsWizard &wizard, const QString &page) {
            const QImage shot = wizard.grab().toImage();
            QCOMPARE(shot.devicePixelRatio(), scale);
            QCOMPARE(shot.size(), wizard.size() * scale);
            problems << auditClipping(&wizard, QStringLiteral("large text, %1").arg(page));
            save(shot, QStringLiteral("wizard-200-%1").arg(page));
        });
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void darkPalette()
    {
        QApplication::setPalette(::darkPalette());
        QStringList problems;
        walkOAuthPath([&](ImsWizard &wizard, const QString &page) {
            problems << auditClipping(&wizard, QStringLiteral("dark, %1").arg(page));
            auto *banner = wizard.currentPage()->findChild<QFrame *>(QStringLiteral("sandboxBanner"));
            QVERIFY2(banner && banner->isVisible(), qPrintable(page));
            auto *text = banner->findChild<QLabel *>(QStringLiteral("sandboxBannerText"));
            QVERIFY(text);
            // The banner's background as drawn, against its text colour.
            const QImage image = banner->grab().toImage();
            const QColor background = image.pixelColor(image.width() / 2, image.height() - 8);
            const QColor foreground = text->palette().color(text->foregroundRole());
            const double ratio = contrast(foreground, background);
            QVERIFY2(ratio >= 4.5, qPrintable(QStringLiteral("%1: banner contrast %2 (%3 on %4)")
                                                  .arg(page).arg(ratio).arg(foreground.name(), background.name())));
            // Drawn from the palette: a dark background in a dark theme.
            QVERIFY2(luminance(background) < 0.2, qPrintable(background.name()));
            // Every visible label's text against the page.
            for (QLabel *label : wizard.currentPage()->findChildren<QLabel *>()) {
                if (!label->isVisible() || label->text().isEmpty())
                    continue;
                const QColor fg = label->palette().color(label->foregroundRole());
                const QColor bg = label->palette().color(QPalette::Window);
                if (contrast(fg, bg) < 4.5)
                    problems << QStringLiteral("%1: %2 contrast %3").arg(page, describe(label)).arg(contrast(fg, bg));
            }
            save(wizard.grab().toImage(), QStringLiteral("wizard-dark-%1").arg(page));
        });
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

private:
    // AEM version → Solution → Console steps → Credentials (sandbox sample) → Health (real token)
    // → Cloud service (when the solution has one) → Summary, calling visit on each.
    void walkOAuthPath(const std::function<void(ImsWizard &, const QString &)> &visit)
    {
        ImsWizard wizard(m_context.get());
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QCOMPARE(wizard.currentId(), int(ImsWizard::AemVersionPageId));
        auto *sp20 = wizard.currentPage()->findChild<QRadioButton *>(QStringLiteral("aemVersionSp20"));
        QVERIFY(sp20);
        sp20->click();
        visit(wizard, QStringLiteral("0-aem-version"));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ImsWizard::SolutionPageId));
        visit(wizard, QStringLiteral("1-solution"));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ImsWizard::ConsoleStepsPageId));
        visit(wizard, QStringLiteral("1b-console-steps"));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ImsWizard::CredentialsPageId));
        auto *sample = wizard.currentPage()->findChild<QPushButton *>(QStringLiteral("sampleButton"));
        QVERIFY(sample);
        sample->click();
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        visit(wizard, QStringLiteral("2-credentials"));
        wizard.next();
        QTRY_VERIFY_WITH_TIMEOUT(wizard.button(QWizard::NextButton)->isEnabled(), 15000);
        visit(wizard, QStringLiteral("3-health"));
        wizard.next();
        if (wizard.currentId() == int(ImsWizard::CloudServicePageId)) {
            visit(wizard, QStringLiteral("3b-cloud-service"));
            if (!wizard.button(QWizard::NextButton)->isEnabled()) {
                auto *skip = wizard.currentPage()->findChild<QCheckBox *>(QStringLiteral("skipCloudService"));
                QVERIFY(skip);
                skip->click();
            }
            QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
            wizard.next();
        }
        QCOMPARE(wizard.currentId(), int(ImsWizard::SummaryPageId));
        visit(wizard, QStringLiteral("4-summary"));
        wizard.reject();
    }

    void save(const QImage &image, const QString &name)
    {
        if (!m_shots.isEmpty())
            image.save(QDir(m_shots).filePath(name + QStringLiteral(".png")));
    }

    QTemporaryDir m_configDir;
    QTemporaryDir m_sandboxDir;
    SandboxServer m_server;
    ims::InMemorySecretStore m_secrets;
    std::unique_ptr<AppContext> m_context;
    QString m_shots;
    QPalette m_lightPalette;
    QFont m_font;
};

int main(int argc, char *argv[])
{
    // 200 %: must be set before the application object exists.
    if (qEnvironmentVariableIsEmpty("QT_SCALE_FACTOR"))
        qputenv("QT_SCALE_FACTOR", "2");
    QApplication app(argc, argv);
    // Fusion draws from the palette alone, so the dark palette is what is really shown.
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    TestAccessibility test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "test_accessibility.moc"
