#include "clisession.h"

#include "appcontext.h"
#include "keychainsecretstore.h"
#include "messages.h"
#include "networksettings.h"
#include "qttransport.h"

#include <QFile>
#include <QSslCertificate>
#include <QTimer>
#include <QUrl>
#include <imscore/validation.h>
#include <iostream>
#include <string>
#include <termios.h>
#include <unistd.h>

namespace {

constexpr qint64 kMaxSecretInputBytes = 1024 * 1024; // a private key in PEM is a few KB

// Wipes a buffer that held a secret before it goes back to the allocator.
void wipe(QByteArray &bytes)
{
    bytes.fill('\0');
    bytes.clear();
}

void wipe(std::string &text)
{
    std::fill(text.begin(), text.end(), '\0');
    text.clear();
}

// Reads one line without echo when stdin is a terminal, else everything up to end of file.
QByteArray readStdin(const QString &prompt, QTextStream &err)
{
    if (::isatty(STDIN_FILENO)) {
        err << prompt << ' ';
        err.flush();
        termios saved {};
        const bool canHide = ::tcgetattr(STDIN_FILENO, &saved) == 0;
        if (canHide) {
            termios hidden = saved;
            hidden.c_lflag &= ~tcflag_t(ECHO);
            ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &hidden);
        }
        std::string line;
        std::getline(std::cin, line);
        if (canHide)
            ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        err << '\n';
        err.flush();
        QByteArray bytes = QByteArray::fromStdString(line);
        wipe(line);
        return bytes;
    }
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly, QFileDevice::DontCloseHandle))
        return {};
    return in.read(kMaxSecretInputBytes);
}

} // namespace

CliSession::CliSession(const QCommandLineParser &parser, QStringList arguments)
    : m_parser(parser)
    , m_arguments(std::move(arguments))
    , m_output(parser.isSet(QStringLiteral("json")))
{ }

CliSession::~CliSession() = default;

void CliSession::addGlobalOptions(QCommandLineParser &parser)
{
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("json"), tr("Print one JSON document on stdout instead of text.")},
        {QStringLiteral("config-dir"),
            tr("Keep configurations in <dir> (default: %1).").arg(AppContext::defaultConfigDir()),
            QStringLiteral("dir"), AppContext::defaultConfigDir()},
        {QStringLiteral("sandbox-url"),
            tr("Use the training sandbox running at <url> (for example one started with `ims-wizard "
               "sandbox`) for "
               "configurations marked sandbox, instead of starting one in this process."),
            QStringLiteral("url")},
        {QStringLiteral("sandbox-ca"),
            tr("Trust the CA certificate (PEM) in <file> for the --sandbox-url only."),
            QStringLiteral("file")},
    });
}

void CliSession::addNetworkOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        {QStringLiteral("proxy"),
            tr("Use the HTTP proxy at <url> (http://[user@]host:port) for this run instead of the network "
               "settings. Never put the password in the URL: use --proxy-password-env, or the password "
               "saved in the keychain by Settings → Network."),
            QStringLiteral("url")},
        {QStringLiteral("no-proxy"), tr("Connect directly, without any proxy, for this run.")},
        {QStringLiteral("proxy-password-env"),
            tr("Read the proxy password from the environment variable <var>."), QStringLiteral("var")},
    });
}

bool CliSession::applyNetworkOptions()
{
    // optionNames() lists only options given, so commands without network options never get here.
    const QStringList given = m_parser.optionNames();
    const bool proxyGiven = given.contains(QStringLiteral("proxy"));
    const bool noProxy = given.contains(QStringLiteral("no-proxy"));
    const bool passwordEnv = given.contains(QStringLiteral("proxy-password-env"));
    if (!proxyGiven && !noProxy && !passwordEnv)
        return true;
    if (proxyGiven && noProxy) {
        failUsage(tr("Use either --proxy or --no-proxy, not both."));
        return false;
    }
    NetworkSettings settings = NetworkSettings::load(m_context->configDir());
    if (noProxy) {
        if (passwordEnv) {
            failUsage(tr("--proxy-password-env needs a proxy with a user."));
            return false;
        }
        settings.mode = NetworkSettings::Mode::None;
    } else if (proxyGiven) {
        const QString text = m_parser.value(QStringLiteral("proxy"));
        QUrl url(text.contains(QLatin1String("://")) ? text : QStringLiteral("http://") + text, QUrl::StrictMode);
        if (!url.password().isEmpty()) {
            // The command line is visible to other users (ps, /proc) and kept in shell histories.
            failUsage(tr("The proxy URL must not contain a password: other users can read the command line. "
                         "Use --proxy-password-env VAR, or save the password with Settings → Network."),
                QStringLiteral("password_in_url"));
            return false;
        }
        if (!url.isValid() || url.scheme() != QLatin1String("http") || !NetworkSettings::isValidHost(url.host())
            || url.port() <= 0 || (!url.path().isEmpty() && url.path() != QLatin1String("/"))) {
            failUsage(tr("Not a proxy URL: %1 (expected http://[user@]host:port).").arg(text));
            return false;
        }
        settings.mode = NetworkSettings::Mode::Explicit;
        settings.host = url.host();
        settings.port = quint16(url.port());
        settings.user = url.userName();
    }
    if (passwordEnv) {
        if (settings.mode != NetworkSettings::Mode::Explicit || settings.user.isEmpty()) {
            failUsage(tr("--proxy-password-env needs a proxy with a user (http://user@host:port)."));
            return false;
        }
        std::optional<ims::Secret> password;
        if (!readSecretInput(QString(), QStringLiteral("proxy-password-env"), tr("proxy password"), password))
            return false;
        ProxySettings proxy;
        proxy.mode = settings.mode;
        proxy.host = settings.host;
        proxy.port = settings.port;
        proxy.user = settings.user;
        proxy.password = std::move(*password);
        m_context->transport()->setProxy(proxy);
        return true;
    }
    // A user without a password here: the one saved in the keychain.
    applyNetworkSettings(settings, m_context->transport(), m_context->secrets());
    return true;
}

bool CliSession::prepare()
{
    m_keychain = std::make_unique<KeychainSecretStore>();
    m_context = std::make_unique<AppContext>(m_parser.value(QStringLiteral("config-dir")), m_keychain.get());
    if (!applyNetworkOptions())
        return false;

    const QString sandboxUrl = m_parser.value(QStringLiteral("sandbox-url"));
    const QString sandboxCa = m_parser.value(QStringLiteral("sandbox-ca"));
    if (sandboxUrl.isEmpty()) {
        if (!sandboxCa.isEmpty()) {
            failUsage(tr("--sandbox-ca needs --sandbox-url."));
            return false;
        }
        return true;
    }
    const QUrl url(sandboxUrl, QUrl::StrictMode);
    if (!url.isValid() || url.scheme() != QLatin1String("https") || url.host().isEmpty()) {
        failUsage(tr("Not an https URL: %1").arg(sandboxUrl));
        return false;
    }
    QList<QSslCertificate> authorities;
    if (!sandboxCa.isEmpty()) {
        QFile file(sandboxCa);
        if (!file.open(QIODevice::ReadOnly)) {
            failUsage(tr("Cannot read %1: %2").arg(sandboxCa, file.errorString()));
            return false;
        }
        authorities = QSslCertificate::fromData(file.readAll(), QSsl::Pem);
        if (authorities.isEmpty()) {
            failUsage(tr("%1 holds no PEM certificate.").arg(sandboxCa));
            return false;
        }
    }
    m_context->useSandbox(url.adjusted(QUrl::StripTrailingSlash), authorities);
    return true;
}

std::optional<std::vector<ims::Configuration>> CliSession::loadConfigurations()
{
    auto loaded = m_context->store().load();
    if (!loaded) {
        fail(loaded.error());
        return std::nullopt;
    }
    return std::move(loaded).value();
}

std::optional<ims::Configuration> CliSession::resolveSingleArgument(const QString &usageMessage)
{
    if (m_arguments.size() != 1) {
        failUsage(usageMessage);
        return std::nullopt;
    }
    const auto configs = loadConfigurations();
    if (!configs)
        return std::nullopt;
    return resolve(m_arguments.front(), *configs);
}

std::optional<ims::Configuration> CliSession::resolve(
    const QString &name, const std::vector<ims::Configuration> &configs)
{
    const std::string wanted = name.toStdString();
    for (const ims::Configuration &config : configs) {
        if (config.id == wanted)
            return config;
    }
    auto chooseFrom
        = [&](const std::vector<const ims::Configuration *> &matches) -> std::optional<ims::Configuration> {
        QStringList names;
        for (const ims::Configuration *match : matches)
            names << displayName(*match);
        failUsage(tr("\"%1\" matches several configurations: %2. Name one by its id.")
                      .arg(name, names.join(QStringLiteral(", "))),
            QStringLiteral("ambiguous_name"));
        return std::nullopt;
    };

    // Titles: a migration leaves a rollback copy with the same title, so live ones come first.
    std::vector<const ims::Configuration *> live;
    std::vector<const ims::Configuration *> rollbackCopies;
    for (const ims::Configuration &config : configs) {
        if (qs(config.title).compare(name, Qt::CaseInsensitive) == 0)
            (config.rollbackOf.empty() ? live : rollbackCopies).push_back(&config);
    }
    if (live.size() == 1)
        return *live.front();
    if (live.size() > 1)
        return chooseFrom(live);
    if (rollbackCopies.size() == 1)
        return *rollbackCopies.front();
    if (rollbackCopies.size() > 1)
        return chooseFrom(rollbackCopies);

    std::vector<const ims::Configuration *> prefixed;
    for (const ims::Configuration &config : configs) {
        if (!name.isEmpty() && qs(config.id).startsWith(name, Qt::CaseInsensitive))
            prefixed.push_back(&config);
    }
    if (prefixed.size() == 1)
        return *prefixed.front();
    if (prefixed.size() > 1)
        return chooseFrom(prefixed);

    failUsage(
        tr("No configuration is named \"%1\" (by id, title or id prefix). `ims-wizard list` shows them.")
            .arg(name),
        QStringLiteral("not_found"));
    return std::nullopt;
}

bool CliSession::ensureSandboxFor(const std::vector<ims::Configuration> &configs)
{
    const bool needed = std::any_of(configs.begin(), configs.end(), [](const auto &c) { return c.sandbox; });
    if (!needed || m_context->sandboxActive())
        return true;
    QString error;
    if (!m_context->startSandbox(AppContext::defaultSandboxStateDir(), &error)) {
        fail(QStringLiteral("sandbox_failed"), tr("The training sandbox could not start: %1").arg(error));
        return false;
    }
    m_output.note(tr("Started the training sandbox at %1 for the configurations marked sandbox.")
                      .arg(m_context->sandboxUrl().toString()));
    return true;
}

bool CliSession::readSecretInput(const QString &stdinOption, const QString &envOption, const QString &what,
    std::optional<ims::Secret> &secret)
{
    secret.reset();
    const bool fromStdin = !stdinOption.isEmpty() && m_parser.isSet(stdinOption);
    const bool fromEnvironment = !envOption.isEmpty() && m_parser.isSet(envOption);
    if (fromStdin && fromEnvironment) {
        failUsage(
            tr("Give the %1 either with --%2 or with --%3, not both.").arg(what, stdinOption, envOption));
        return false;
    }
    if (!fromStdin && !fromEnvironment)
        return true;

    QByteArray bytes;
    if (fromStdin) {
        if (m_stdinUsed) {
            failUsage(tr("Only one input can come from stdin."));
            return false;
        }
        m_stdinUsed = true;
        QTextStream err(stderr);
        bytes = readStdin(tr("%1 (not shown):").arg(what), err);
    } else {
        const QString variable = m_parser.value(envOption);
        bytes = qgetenv(variable.toLocal8Bit().constData());
        if (bytes.isEmpty()) {
            failUsage(
                tr("The environment variable %1 (for the %2) is not set or empty.").arg(variable, what));
            return false;
        }
    }
    // Blanks around a pasted secret are never part of it (the same rule as the wizard's fields).
    std::string value(ims::trimBlanks(std::string_view(bytes.constData(), size_t(bytes.size()))));
    wipe(bytes);
    if (value.empty()) {
        failUsage(tr("The %1 on stdin is empty.").arg(what));
        return false;
    }
    secret = ims::Secret(value);
    wipe(value);
    return true;
}

void CliSession::finish(int exitCode)
{
    if (m_finished)
        return;
    m_finished = true;
    m_output.printDocument();
    // Queued: finish() may run before the event loop has started.
    QTimer::singleShot(0, qApp, [exitCode] { QCoreApplication::exit(exitCode); });
}

void CliSession::failUsage(const QString &message, const QString &code)
{
    if (m_finished)
        return;
    m_output.error(code, message);
    finish(ExitCode::Usage);
}

void CliSession::fail(const ims::Error &error)
{
    if (m_finished)
        return;
    m_output.error(error);
    finish(ExitCode::Failure);
}

void CliSession::fail(const QString &code, const QString &message, const QString &remedy)
{
    if (m_finished)
        return;
    m_output.error(code, message, remedy);
    finish(ExitCode::Failure);
}

QString CliSession::displayName(const ims::Configuration &config)
{
    return QStringLiteral("%1 [%2]").arg(qs(config.title), qs(config.id).left(8));
}
