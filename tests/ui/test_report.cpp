// The handover report end to end: configurations saved with their secrets in the real keychain,
// health checks run by the real `ims-wizard check` against the real sandbox over HTTPS, then
// `ims-wizard export --format report` writes HTML and PDF; the PDF is turned into text
// (pdftotext) and pictures (pdftoppm) and checked for what a customer must find in it — and for
// every secret, which must not be anywhere. The console's "Handover report…" shows the same.

#include "appcontext.h"
#include "handoverreport.h"
#include "keychainsecretstore.h"
#include "mainwindow.h"
#include "sandboxserver.h"
#include "testutil.h"
#include "wizardtestutil.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTableView>
#include <QTextBrowser>
#include <imscore/certificates.h>
#include <imscore/sandbox.h>
#include <imscore/store.h>
#include <memory>

namespace {

constexpr int kProcessTimeoutMs = 60000;
const QString kBinary = QStringLiteral(IMS_BINARY_DIR "/app/ims-wizard");

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Share of pixels that are not (nearly) white: a blank page is 0.
double inkShare(const QImage &image)
{
    if (image.isNull())
        return 0;
    qint64 ink = 0;
    for (int y = 0; y < image.height(); y += 2)
        for (int x = 0; x < image.width(); x += 2)
            ink += qGray(image.pixel(x, y)) < 200;
    return double(ink) / (double(image.width() / 2) * double(image.height() / 2));
}

} // namespace

class TestReport : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(QFileInfo(kBinary).isExecutable());
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty(), "poppler-utils missing");
        m_caFile = m_scratch.filePath(QStringLiteral("sandbox-ca.pem"));
        startSandboxWithCaFile(m_server, m_sandboxDir.path(), m_caFile);
        if (QTest::currentTestFailed())
            return;
        m_keychain = std::make_unique<KeychainSecretStore>();

        // Target, OAuth, AEM 6.5 SP20, with its Target cloud service.
        const ims::SandboxClient &target = sandboxClient("target");
        ims::Configuration t = base(target, "Acme Target");
        t.aemVersion = ims::AemVersion::Aem65Sp20OrHotfix;
        ims::CloudServiceSettings cs;
        cs.kind = "target";
        cs.title = "Acme Target cloud service";
        cs.setField("clientcode", "acmeclientcode");
        cs.setField("tenantId", "acmetenant");
        cs.setField("apiKind", "rest");
        t.cloudService = cs;
        // Brand Portal, OAuth on AEM 6.5 before SP20: the report must ask for the service pack.
        ims::Configuration b = base(sandboxClient("brand-portal"), "Acme Brand Portal");
        b.aemVersion = ims::AemVersion::Aem64To65BeforeSp20;
        // Analytics, JWT (deprecated) with a certificate bound in the sandbox.
        const ims::SandboxClient &analytics = sandboxClient("analytics");
        ims::Configuration j = base(analytics, "Acme Analytics JWT");
        j.authType = ims::AuthType::Jwt;
        j.scopes.clear();
        j.metascopes = analytics.metascopes; // the technical account came with base()
        j.certificateAlias = "acme-analytics";
        auto pair = ims::makeSelfSignedCertificate({"acme-analytics", 2048, 365});
        QVERIFY(pair);
        QVERIFY(!m_server.rules().bindCertificate(analytics.clientId, pair.value().certificate));
        j.certificatePem = pair.value().certificate.toPem().value();
        m_sha1 = QString::fromStdString(ims::certificateInfo(pair.value().certificate).sha1Fingerprint);
        j.privateKeyRef = ims::privateKeyKey(j.id);
        const auto keyPem = pair.value().key.toPkcs8Pem();
        QVERIFY(keyPem);
        const QByteArray keyText = QByteArray::fromStdString(std::string(keyPem.value().reveal()));
        for (const QByteArray &line : keyText.split('\n'))
            if (line.size() >= 40 && !line.startsWith("-----"))
                m_secrets << line; // every base64 line of the private key
        QVERIFY(writeSecretAndWait(*m_keychain, j.privateKeyRef, keyText.toStdString()));

        for (const ims::Configuration &c : {t, b, j}) {
            m_ids << QString::fromStdString(c.id);
            QVERIFY(writeSecretAndWait(*m_keychain, c.clientSecretRef, secretOf(c.clientId)));
        }
        for (const ims::SandboxClient &c : ims::sandboxOrganisation())
            m_secrets << QByteArray::fromStdString(c.clientSecret);
        ims::ConfigurationStore store(std::filesystem::path(m_configDir.path().toStdString()) / "configurations.json");
        QVERIFY(!store.save({t, b, j}));
    }

    void reportFromTheCommandLine()
    {
        // Real token requests first: the report shows their results with times.
        Run check = run({QStringLiteral("check"), QStringLiteral("--all")});
        QVERIFY2(check.exitCode == 0, check.out + check.err);

        const QString out = m_scratch.filePath(QStringLiteral("handover"));
        Run report = run({QStringLiteral("export"), QStringLiteral("--all"), QStringLiteral("--format"),
            QStringLiteral("report"), QStringLiteral("--output"), out, QStringLiteral("--json")});
        QVERIFY2(report.exitCode == 0, report.out + report.err);
        const QJsonArray files = report.json().value(QStringLiteral("files")).toArray();
        QCOMPARE(files.size(), 2);
        QCOMPARE(report.json().value(QStringLiteral("ids")).toArray().size(), 3);
        const QString pdf = QDir(out).filePath(QStringLiteral("ims-handover-report.pdf"));
        const QString html = QDir(out).filePath(QStringLiteral("ims-handover-report.html"));
        QVERIFY(readAll(pdf).startsWith("%PDF-"));

        // The PDF as text: what a customer must find in it.
        QProcess toText;
        toText.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
        QVERIFY(toText.waitForFinished(kProcessTimeoutMs));
        QCOMPARE(toText.exitCode(), 0);
        const QString text = QString::fromUtf8(toText.readAllStandardOutput());
        const QString flat = text.simplified();
        for (const QString &expected : {QStringLiteral("handover report"), QStringLiteral("Acme Target"),
                 QStringLiteral("Acme Brand Portal"), QStringLiteral("Acme Analytics JWT"),
                 QStringLiteral("Adobe Target"), QString::fromStdString(sandboxClient("target").orgId),
                 QString::fromStdString(sandboxClient("target").clientId), QStringLiteral("/ims/token/v3"),
                 QStringLiteral("/ims/exchange/jwt"), QStringLiteral("JWT credentials reached end of life"),
                 QStringLiteral("Service Pack 20"), QStringLiteral("acmetenant"), QStringLiteral("Token retrieved"),
                 QStringLiteral("Next actions")})
            QVERIFY2(flat.contains(expected), qPrintable(expected + QStringLiteral(" missing in:\n") + text));
        // The certificate's fingerprint may wrap in the PDF's layout: compare without any whitespace.
        const auto noSpace = [](QString s) { return s.remove(QRegularExpression(QStringLiteral("\\s+"))); };
        QVERIFY2(noSpace(text).contains(noSpace(m_sha1.left(23))),
            qPrintable(m_sha1.left(23) + QStringLiteral(" missing in:\n") + text));

        // The PDF as pictures: pages with ink on them.
        const QString prefix = m_scratch.filePath(QStringLiteral("page"));
        QProcess toPng;
        toPng.start(QStringLiteral("pdftoppm"), {QStringLiteral("-r"), QStringLiteral("60"), QStringLiteral("-png"), pdf, prefix});
        QVERIFY(toPng.waitForFinished(kProcessTimeoutMs));
        QCOMPARE(toPng.exitCode(), 0);
        const QStringList pages = QDir(m_scratch.path()).entryList({QStringLiteral("page-*.png")}, QDir::Files, QDir::Name);
        QVERIFY2(pages.size() >= 2, qPrintable(pages.join(QLatin1Char(' ')))); // three configurations do not fit one page
        const QImage first(QDir(m_scratch.path()).filePath(pages.first()));
        QVERIFY(first.width() > 400 && first.height() > first.width()); // A4 portrait
        QVERIFY2(inkShare(first) > 0.01, "the first page is blank");
        QFile::copy(QDir(m_scratch.path()).filePath(pages.first()), QStringLiteral(IMS_BINARY_DIR "/report-page-1.png"));

        // No secret anywhere: HTML, PDF bytes, the PDF's text, the command's output.
        const QByteArray everything = readAll(html) + readAll(pdf) + text.toUtf8() + check.out + check.err
            + report.out + report.err;
        for (const QByteArray &secret : std::as_const(m_secrets))
            QVERIFY2(!everything.contains(secret), "a secret is in the report or the output");
    }

    void badReportRequestsChangeNothing()
    {
        const QString out = m_scratch.filePath(QStringLiteral("bad"));
        Run none = run({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("report"),
            QStringLiteral("--output"), out});
        QCOMPARE(none.exitCode, 2);
        QVERIFY(none.err.contains("--all"));
        Run unknown = run({QStringLiteral("export"), QStringLiteral("No such one"), QStringLiteral("--format"),
            QStringLiteral("report"), QStringLiteral("--output"), out});
        QCOMPARE(unknown.exitCode, 2);
        Run password = run({QStringLiteral("export"), QStringLiteral("--all"), QStringLiteral("--format"),
            QStringLiteral("report"), QStringLiteral("--password-env"), QStringLiteral("X"), QStringLiteral("--output"), out});
        QCOMPARE(password.exitCode, 2);
        QVERIFY(password.err.contains("never holds a secret"));
        QVERIFY(!QFileInfo::exists(out));

        // A chosen .pdf file gets only the PDF; an existing one is not replaced without --force.
        const QString pdf = m_scratch.filePath(QStringLiteral("one.pdf"));
        Run one = run({QStringLiteral("export"), QStringLiteral("Acme Target"), QStringLiteral("--format"),
            QStringLiteral("report"), QStringLiteral("--output"), pdf});
        QCOMPARE(one.exitCode, 0);
        const QByteArray before = readAll(pdf);
        QVERIFY(before.startsWith("%PDF-"));
        Run again = run({QStringLiteral("export"), QStringLiteral("Acme Target"), QStringLiteral("--format"),
            QStringLiteral("report"), QStringLiteral("--output"), pdf});
        QCOMPARE(again.exitCode, 1);
        QCOMPARE(readAll(pdf), before);
    }

    void reportFromTheConsole()
    {
        QLocale::setDefault(QLocale::c());
        AppContext context(m_configDir.path(), m_keychain.get());
        context.useSandbox(m_server.url(), {m_server.caCertificate()});
        MainWindow window(&context);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *action = window.findChild<QAction *>(QStringLiteral("reportAction"));
        QVERIFY(action && action->isEnabled());
        QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_R));

        // Nothing selected: every configuration.
        window.view()->clearSelection();
        action->trigger();
        auto *dialog = window.findChild<HandoverReportDialog *>();
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        const QString html = dialog->html();
        for (const char *title : {"Acme Target", "Acme Brand Portal", "Acme Analytics JWT"})
            QVERIFY2(html.contains(QLatin1String(title)), title);
        QVERIFY(html.contains(m_sha1));
        for (const QByteArray &secret : std::as_const(m_secrets))
            QVERIFY(!html.toUtf8().contains(secret));
        auto *preview = dialog->findChild<QTextBrowser *>(QStringLiteral("reportPreview"));
        QVERIFY(preview && preview->toPlainText().contains(QStringLiteral("Acme Brand Portal")));
        dialog->grab().save(QStringLiteral(IMS_BINARY_DIR "/report-dialog.png"));
        dialog->close();
        QTRY_VERIFY(!window.findChild<HandoverReportDialog *>());

        // One selected: only that one.
        window.selectConfiguration(m_ids.first());
        action->trigger();
        dialog = window.findChild<HandoverReportDialog *>();
        QVERIFY(dialog);
        QVERIFY(dialog->html().contains(QStringLiteral("Acme Target")));
        QVERIFY(!dialog->html().contains(QStringLiteral("Acme Brand Portal")));
        dialog->close();

        // Saving the PDF through the document writer, atomically.
        const QString pdf = m_scratch.filePath(QStringLiteral("console.pdf"));
        QString error;
        QVERIFY2(HandoverReportDocument::writePdf(html, pdf, &error), qPrintable(error));
        QVERIFY(readAll(pdf).startsWith("%PDF-"));
        QVERIFY(!HandoverReportDocument::writePdf(html, QStringLiteral("/proc/no/such/dir/x.pdf"), &error));
        QVERIFY(!error.isEmpty());
    }

    void cleanupTestCase()
    {
        for (const QString &id : std::as_const(m_ids)) {
            m_keychain->remove(ims::clientSecretKey(id.toStdString()), [](std::optional<ims::Error>) { });
            m_keychain->remove(ims::privateKeyKey(id.toStdString()), [](std::optional<ims::Error>) { });
        }
        QTest::qWait(500);
    }

private:
    ims::Configuration base(const ims::SandboxClient &c, const std::string &title)
    {
        ims::Configuration config = ims::sandboxClientConfiguration(c, m_server.url().toString().toStdString());
        config.title = title;
        return config;
    }

    static std::string secretOf(const std::string &clientId)
    {
        for (const ims::SandboxClient &c : ims::sandboxOrganisation())
            if (c.clientId == clientId)
                return c.clientSecret;
        return {};
    }

    Run run(QStringList arguments)
    {
        arguments << sandboxOptions(m_configDir.path(), m_server, m_caFile);
        // The sandbox the binary talks to runs in this process (runProgram waits with an event loop).
        return runProgram(kBinary, arguments, {}, {}, kProcessTimeoutMs);
    }

    QTemporaryDir m_sandboxDir;
    QTemporaryDir m_configDir;
    QTemporaryDir m_scratch;
    QString m_caFile;
    QString m_sha1;
    SandboxServer m_server;
    std::unique_ptr<KeychainSecretStore> m_keychain;
    QStringList m_ids;
    QList<QByteArray> m_secrets;
};

QTEST_MAIN(TestReport)
#include "test_report.moc"
