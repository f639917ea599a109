// imsbench: the in-process halves of the benchmarks (bench/run.py drives it and does the
// arithmetic). Each mode prints one JSON object on stdout; times are milliseconds.
//
//   imsbench keygen [--runs N]                 RSA 2048 + self-signed certificate + PEM export
//   imsbench uilag [--bits 4096]               GUI-thread timer lag while a key is made on a worker
//   imsbench check --url U --ca F [--runs N]   HealthCheck (QtTransport) vs a bare QNAM POST, warm
//   imsbench seed --out DIR --sizes 10,100 --url U   configurations + keychain entries per size
//   imsbench wizard --url U --ca F --config-dir D    a full wizard run (OAuth path) offscreen
//   imsbench console --config-dir D [--keys target]  console open, then filter keystroke by keystroke

#include "appcontext.h"
#include "healthcheck.h"
#include "imswizard.h"
#include "keychainsecretstore.h"
#include "mainwindow.h"
#include "qttransport.h"

#include <imscore/certificates.h>
#include <imscore/configuration.h>
#include <imscore/sandbox.h>
#include <imscore/store.h>
#include <imscore/token.h>

#include <QAbstractButton>
#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFutureWatcher>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProgressBar>
#include <QSslConfiguration>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QtConcurrent>

#include <algorithm>
#include <cstdio>
#include <functional>

namespace {

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

QJsonArray toArray(const std::vector<double> &values)
{
    QJsonArray array;
    for (double v : values)
        array.append(v);
    return array;
}

int print(const QJsonObject &object)
{
    std::fputs(QJsonDocument(object).toJson(QJsonDocument::Compact).constData(), stdout);
    std::fputs("\n", stdout);
    std::fflush(stdout);
    return 0;
}

int fail(const QString &message)
{
    std::fprintf(stderr, "imsbench: %s\n", qPrintable(message));
    return 1;
}

// Runs the event loop until done() is true or the time is up; false on time-out. Sleeps while
// there is nothing to do (a spinning loop would steal the CPU from what is being measured).
bool waitFor(const std::function<bool()> &done, int timeoutMs = 60000)
{
    QElapsedTimer timer;
    timer.start();
    QTimer wake; // so a time-out is noticed even when nothing else happens
    wake.start(50);
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    }
    return true;
}

const ims::SandboxClient &sampleClient()
{
    for (const auto &c : ims::sandboxOrganisation())
        if (c.solutionId == "target")
            return c;
    return ims::sandboxOrganisation().front();
}

ims::Configuration sampleConfiguration(const std::string &server)
{
    return ims::sandboxClientConfiguration(sampleClient(), server);
}

QList<QSslCertificate> readCa(const QString &path)
{
    return QSslCertificate::fromPath(path, QSsl::Pem);
}

// --- keygen: what the wizard does for "Create certificate", with both PEM files --------------
int keygen(int runs)
{
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        auto pair = ims::makeSelfSignedCertificate({"aem-ims", ims::kDefaultKeyBits, ims::kDefaultCertificateDays});
        if (!pair)
            return fail(QStringLiteral("key generation failed"));
        auto certificatePem = pair.value().certificate.toPem();
        auto keyPem = pair.value().key.toPkcs8Pem();
        if (!certificatePem || !keyPem || certificatePem.value().empty() || keyPem.value().size() == 0)
            return fail(QStringLiteral("PEM export failed"));
        times.push_back(msSince(timer));
    }
    return print({{QStringLiteral("keygen_ms"), toArray(times)}});
}

// --- uilag: a 5 ms timer on the GUI thread (with a busy bar shown, as the certificate page does)
// while the key is made on a QtConcurrent worker; lag = how late each tick came. The same probe
// then runs as long again with nothing else to do: the machine's own lag, side by side. ---------
int uilag(int bits)
{
    QProgressBar busy;
    busy.setRange(0, 0);
    busy.show();
    constexpr int kTickMs = 5;
    struct Probe
    {
        QElapsedTimer clock;
        double last = 0;
        double maxLag = 0;
        int ticks = 0;
        QTimer timer;
        void start()
        {
            timer.setTimerType(Qt::PreciseTimer);
            timer.setInterval(kTickMs);
            QObject::connect(&timer, &QTimer::timeout, [this] {
                const double now = msSince(clock);
                maxLag = std::max(maxLag, now - last - kTickMs);
                last = now;
                ++ticks;
            });
            clock.start();
            timer.start();
        }
    };

    using Outcome = std::shared_ptr<ims::Result<ims::KeyAndCertificate>>;
    QFutureWatcher<Outcome> watcher;
    bool done = false;
    QObject::connect(&watcher, &QFutureWatcher<Outcome>::finished, [&] { done = true; });
    QElapsedTimer keyTimer;
    keyTimer.start();
    Probe during;
    during.start();
    watcher.setFuture(QtConcurrent::run([bits] {
        return std::make_shared<ims::Result<ims::KeyAndCertificate>>(
            ims::makeSelfSignedCertificate({"aem-ims", bits, ims::kDefaultCertificateDays}));
    }));
    if (!waitFor([&] { return done; }, 120000))
        return fail(QStringLiteral("key generation did not finish"));
    const double keyMs = msSince(keyTimer);
    during.timer.stop();
    if (!*watcher.result())
        return fail(QStringLiteral("key generation failed"));

    Probe idle;
    idle.start();
    bool over = false;
    QTimer::singleShot(int(keyMs) + 1, [&] { over = true; });
    waitFor([&] { return over; }, 120000);
    idle.timer.stop();
    return print({{QStringLiteral("bits"), bits},
                  {QStringLiteral("keygen_ms"), keyMs},
                  {QStringLiteral("ticks"), during.ticks},
                  {QStringLiteral("max_lag_ms"), during.maxLag},
                  {QStringLiteral("idle_ticks"), idle.ticks},
                  {QStringLiteral("idle_max_lag_ms"), idle.maxLag}});
}

// --- check: HealthCheck through QtTransport vs a bare QNetworkAccessManager POST of the same
// body, alternating, both connections warmed first. -------------------------------------------
int check(const QUrl &url, const QString &caPath, int runs)
{
    const QList<QSslCertificate> ca = readCa(caPath);
    if (ca.isEmpty())
        return fail(QStringLiteral("no CA certificate in %1").arg(caPath));
    ims::InMemorySecretStore secrets;
    QTemporaryDir configDir;
    AppContext context(configDir.path(), &secrets);
    context.useSandbox(url, ca);
    const std::string server = url.toString(QUrl::StripTrailingSlash).toStdString();
    const ims::Configuration config = sampleConfiguration(server);
    const ims::Secret secret(sampleClient().clientSecret);

    auto runCheck = [&]() -> double {
        HealthCheck healthCheck(context.transport());
        bool ok = false;
        bool done = false;
        QObject::connect(&healthCheck, &HealthCheck::finished, [&](const ims::HealthReport &report) {
            ok = report.ok;
            done = true;
        });
        QElapsedTimer timer;
        timer.start();
        healthCheck.start(config, secret);
        if (!waitFor([&] { return done; }) || !ok)
            return -1;
        return msSince(timer);
    };

    // The same bytes HealthCheck sends, built once (outside the timing: it is the protocol's).
    const ims::HttpRequest request = ims::buildOAuthRequest(config, secret);
    QNetworkAccessManager bare;
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.setCaCertificates(ssl.caCertificates() + ca);
    auto runBare = [&]() -> double {
        QNetworkRequest post(QUrl(QString::fromStdString(request.url)));
        for (const auto &[name, value] : request.headers)
            post.setRawHeader(QByteArray::fromStdString(name), QByteArray::fromStdString(value));
        post.setSslConfiguration(ssl);
        QElapsedTimer timer;
        timer.start();
        QNetworkReply *reply = bare.post(post, QByteArray::fromStdString(request.body));
        bool done = false;
        QObject::connect(reply, &QNetworkReply::finished, [&] { done = true; });
        if (!waitFor([&] { return done; })) {
            reply->deleteLater();
            return -1;
        }
        const QByteArray body = reply->readAll();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        reply->deleteLater();
        if (status != 200 || body.isEmpty())
            return -1;
        return msSince(timer);
    };

    for (int i = 0; i < 3; ++i) { // warm both connections (TLS handshakes)
        if (runCheck() < 0 || runBare() < 0)
            return fail(QStringLiteral("warm-up request failed against %1").arg(url.toString()));
    }
    std::vector<double> checks;
    std::vector<double> bares;
    for (int i = 0; i < runs; ++i) {
        const double a = i % 2 ? runBare() : runCheck();
        const double b = i % 2 ? runCheck() : runBare();
        if (a < 0 || b < 0)
            return fail(QStringLiteral("request failed"));
        checks.push_back(i % 2 ? b : a);
        bares.push_back(i % 2 ? a : b);
    }
    return print({{QStringLiteral("check_ms"), toArray(checks)}, {QStringLiteral("qnam_ms"), toArray(bares)}});
}

// --- seed: N configurations of the sandbox sample client, each with its own keychain entry
// (written through the real KeychainSecretStore), saved through the real ConfigurationStore. ---
int seed(const QString &outDir, const QList<int> &sizes, const QUrl &url)
{
    const int most = *std::max_element(sizes.begin(), sizes.end());
    KeychainSecretStore keychain;
    const std::string server = url.toString(QUrl::StripTrailingSlash).toStdString();
    std::vector<ims::Configuration> configs;
    const ims::Secret secret(sampleClient().clientSecret);
    int written = 0;
    int failed = 0;
    int inFlight = 0;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < most; ++i) {
        ims::Configuration config = sampleConfiguration(server);
        config.title = QStringLiteral("Bench %1 %2").arg(i, 4, 10, QLatin1Char('0')).arg(QString::fromStdString(config.title)).toStdString();
        config.createdAt = config.updatedAt = 1767225600 + i;
        configs.push_back(config);
        if (!waitFor([&] { return inFlight < 16; }))
            return fail(QStringLiteral("the keychain does not answer"));
        ++inFlight;
        keychain.write(config.clientSecretRef, secret, [&](std::optional<ims::Error> error) {
            --inFlight;
            ++(error ? failed : written);
        });
    }
    if (!waitFor([&] { return inFlight == 0; }))
        return fail(QStringLiteral("the keychain does not answer"));
    if (failed)
        return fail(QStringLiteral("%1 keychain writes failed").arg(failed));
    const double keychainMs = msSince(timer);
    QJsonObject dirs;
    for (int size : sizes) {
        const QString dir = QStringLiteral("%1/n%2").arg(outDir).arg(size);
        QDir().mkpath(dir);
        ims::ConfigurationStore store((dir + QStringLiteral("/configurations.json")).toStdString());
        if (auto error = store.save({configs.begin(), configs.begin() + size}))
            return fail(QStringLiteral("could not save %1").arg(dir));
        dirs.insert(QString::number(size), dir);
    }
    return print({{QStringLiteral("dirs"), dirs}, {QStringLiteral("keychain_ms"), keychainMs}});
}

// --- wizard: the OAuth path as a user walks it (sample credentials, health check against the
// sandbox, save to keychain and store), offscreen; the driver reads this process's peak RSS. ---
int wizardRun(const QUrl &url, const QString &caPath, const QString &configDir)
{
    KeychainSecretStore keychain;
    AppContext context(configDir, &keychain);
    const QList<QSslCertificate> ca = readCa(caPath);
    if (ca.isEmpty())
        return fail(QStringLiteral("no CA certificate in %1").arg(caPath));
    context.useSandbox(url, ca);
    ImsWizard wizard(&context);
    wizard.show();
    if (!QTest::qWaitForWindowExposed(&wizard))
        return fail(QStringLiteral("the wizard was not shown"));
    // First question: AEM 6.5 SP20+ (where OAuth exists); then the solution (the first one is
    // chosen) and the Developer Console checklist.
    if (wizard.currentId() != ImsWizard::AemVersionPageId)
        return fail(QStringLiteral("not on the AEM version page"));
    auto *sp20 = wizard.findChild<QAbstractButton *>(QStringLiteral("aemVersionSp20"));
    if (!sp20)
        return fail(QStringLiteral("no AEM 6.5 SP20 choice"));
    sp20->click();
    wizard.next();
    if (wizard.currentId() != ImsWizard::SolutionPageId)
        return fail(QStringLiteral("not on the solution page"));
    wizard.next();
    if (wizard.currentId() != ImsWizard::ConsoleStepsPageId)
        return fail(QStringLiteral("not on the console steps page"));
    wizard.next();
    if (wizard.currentId() != ImsWizard::CredentialsPageId)
        return fail(QStringLiteral("not on the credentials page"));
    auto *sample = wizard.currentPage()->findChild<QAbstractButton *>(QStringLiteral("sampleButton"));
    if (!sample)
        return fail(QStringLiteral("no sandbox sample button"));
    sample->click();
    if (!waitFor([&] { return wizard.button(QWizard::NextButton)->isEnabled(); }, 10000))
        return fail(QStringLiteral("the sample did not complete the credentials"));
    wizard.next();
    if (!waitFor([&] { return wizard.currentId() == ImsWizard::HealthPageId
                               && wizard.button(QWizard::NextButton)->isEnabled(); }))
        return fail(QStringLiteral("the health check did not pass"));
    wizard.next();
    if (wizard.currentId() == ImsWizard::CloudServicePageId) {
        // The solution's cloud service is configured later in AEM.
        auto *skip = wizard.currentPage()->findChild<QAbstractButton *>(QStringLiteral("skipCloudService"));
        if (!skip)
            return fail(QStringLiteral("no way to skip the cloud service page"));
        skip->click();
        wizard.next();
    }
    if (wizard.currentId() != ImsWizard::SummaryPageId)
        return fail(QStringLiteral("not on the summary page"));
    wizard.button(QWizard::FinishButton)->click();
    if (!waitFor([&] { return !wizard.savedId().empty(); }))
        return fail(QStringLiteral("the configuration was not saved"));
    return print({{QStringLiteral("saved"), QString::fromStdString(wizard.savedId())}});
}

// --- console: MainWindow over the configurations in configDir; open = construct, show and the
// first paint of the table; each keystroke = key event → filter → table repainted. -----------
int console(const QString &configDir, const QString &keys)
{
    ims::InMemorySecretStore secrets; // opening and filtering read no secret
    AppContext context(configDir, &secrets);
    QElapsedTimer timer;
    timer.start();
    // How much of opening is reading the store (the file is in the page cache either way).
    if (!context.store().load())
        return fail(QStringLiteral("could not read %1").arg(configDir));
    const double loadMs = msSince(timer);
    timer.restart();
    MainWindow window(&context);
    window.resize(1000, 700);
    window.show();
    auto *table = window.findChild<QTableView *>(QStringLiteral("configurationTable"));
    auto *search = window.findChild<QLineEdit *>(QStringLiteral("searchEdit"));
    if (!table || !search)
        return fail(QStringLiteral("no table or search field"));
    table->viewport()->repaint();
    const double openMs = msSince(timer);
    const int rows = table->model()->rowCount();
    if (!QTest::qWaitForWindowExposed(&window))
        return fail(QStringLiteral("the console was not shown"));
    search->setFocus();
    std::vector<double> perKey;
    std::vector<int> shown;
    for (const QChar key : keys) {
        timer.restart();
        QTest::keyClick(search, key.toLatin1());
        QCoreApplication::processEvents();
        table->viewport()->repaint();
        search->repaint();
        perKey.push_back(msSince(timer));
        shown.push_back(table->model()->rowCount());
    }
    QJsonArray shownArray;
    for (int n : shown)
        shownArray.append(n);
    return print({{QStringLiteral("open_ms"), openMs},
                  {QStringLiteral("load_ms"), loadMs},
                  {QStringLiteral("rows"), rows},
                  {QStringLiteral("keystroke_ms"), toArray(perKey)},
                  {QStringLiteral("rows_shown"), shownArray}});
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("ims-wizard"));
    QApplication::setOrganizationName(QStringLiteral("ims-wizard"));
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("mode"), QStringLiteral("keygen, uilag, check, seed, wizard, console"));
    const QCommandLineOption runs(QStringLiteral("runs"), QStringLiteral("Repetitions."), QStringLiteral("n"), QStringLiteral("10"));
    const QCommandLineOption bits(QStringLiteral("bits"), QStringLiteral("Key size."), QStringLiteral("n"), QStringLiteral("4096"));
    const QCommandLineOption url(QStringLiteral("url"), QStringLiteral("Sandbox URL."), QStringLiteral("url"));
    const QCommandLineOption ca(QStringLiteral("ca"), QStringLiteral("Sandbox CA (PEM)."), QStringLiteral("file"));
    const QCommandLineOption out(QStringLiteral("out"), QStringLiteral("Folder for seeded stores."), QStringLiteral("dir"));
    const QCommandLineOption sizes(QStringLiteral("sizes"), QStringLiteral("Store sizes."), QStringLiteral("list"), QStringLiteral("10"));
    const QCommandLineOption configDir(QStringLiteral("config-dir"), QStringLiteral("Configuration folder."), QStringLiteral("dir"));
    const QCommandLineOption keys(QStringLiteral("keys"), QStringLiteral("Keystrokes to filter with."), QStringLiteral("text"), QStringLiteral("bench 0042"));
    parser.addOptions({runs, bits, url, ca, out, sizes, configDir, keys});
    parser.addHelpOption();
    parser.process(app);
    const QString mode = parser.positionalArguments().value(0);
    const int n = std::max(1, parser.value(runs).toInt());
    if (mode == QLatin1String("keygen"))
        return keygen(n);
    if (mode == QLatin1String("uilag"))
        return uilag(parser.value(bits).toInt());
    if (mode == QLatin1String("check"))
        return check(QUrl(parser.value(url)), parser.value(ca), n);
    if (mode == QLatin1String("seed")) {
        QList<int> list;
        for (const QString &s : parser.value(sizes).split(QLatin1Char(',')))
            list << s.toInt();
        return seed(parser.value(out), list, QUrl(parser.value(url)));
    }
    if (mode == QLatin1String("wizard"))
        return wizardRun(QUrl(parser.value(url)), parser.value(ca), parser.value(configDir));
    if (mode == QLatin1String("console"))
        return console(parser.value(configDir), parser.value(keys));
    return fail(QStringLiteral("unknown mode %1 (keygen, uilag, check, seed, wizard, console)").arg(mode));
}
