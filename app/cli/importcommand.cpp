// `ims-wizard import FILE…`: what configurations the files hold and what is missing; saves the
// complete ones (secrets to the keychain first, then the configuration).

#include "appcontext.h"
#include "languages.h"
#include "clisession.h"
#include "command.h"
#include "configurationview.h"
#include "messages.h"

#include <QDateTime>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <deque>
#include <imscore/catalog.h>
#include <imscore/osgi.h>
#include <imscore/secret_store.h>
#include <imscore/validation.h>
#include <imscore/wizard_flow.h>

namespace {

constexpr qint64 kMaxFileBytes = 64 * 1024 * 1024;
constexpr int kMaxFiles = 2000;

bool importableName(const QString &name)
{
    const QString lower = name.toLower();
    return lower.endsWith(QLatin1String(".json")) || lower.endsWith(QLatin1String(".config"))
        || lower.endsWith(QLatin1String(".zip"));
}

// An AEM OSGi file: its provider and customizer halves may come as separate files, so all of them
// are read together to pair them.
bool osgiName(const QString &name)
{
    const QString lower = name.toLower();
    const bool osgiSuffix
        = lower.endsWith(QLatin1String(".cfg.json")) || lower.endsWith(QLatin1String(".config"));
    const auto startsWith = [&name](std::string_view pid) {
        return name.startsWith(QLatin1String(pid.data(), qsizetype(pid.size())));
    };
    return osgiSuffix && (startsWith(ims::kAccessTokenProviderPid) || startsWith(ims::kRequestCustomizerPid));
}

struct Candidate
{
    ims::FoundConfiguration found;
    std::optional<ims::Secret> givenSecret; // from --secret-stdin / --secret-env
    std::vector<ims::FieldProblem> missing;
    bool saved = false;
    QString savedId;
};

class ImportCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ImportCommand)
public:
    explicit ImportCommand(CliSession &session)
        : m_session(session)
    { }

    void start() override
    {
        const QCommandLineParser &parser = m_session.parser();
        if (m_session.arguments().isEmpty()) {
            m_session.failUsage(tr("Name at least one FILE (or folder) to import."));
            return;
        }
        m_dryRun = parser.isSet(QStringLiteral("dry-run"));
        std::optional<ims::Secret> secret;
        if (!m_session.readSecretInput(
                QStringLiteral("secret-stdin"), QStringLiteral("secret-env"), tr("client secret"), secret))
            return;
        if (!readFiles() || !applyOptions() || !giveSecret(std::move(secret)))
            return;
        for (Candidate &candidate : m_candidates)
            candidate.missing = missing(candidate);
        report();
        if (m_dryRun || m_candidates.empty()) {
            finishImport();
            return;
        }
        for (std::size_t i = 0; i < m_candidates.size(); ++i) {
            if (m_candidates[i].missing.empty())
                m_toSave.push_back(i);
        }
        saveNext();
    }

private:
    bool readFiles()
    {
        QStringList files;
        for (const QString &path : m_session.arguments()) {
            const QFileInfo info(path);
            if (!info.exists()) {
                m_session.failUsage(tr("No such file or folder: %1").arg(path), QStringLiteral("not_found"));
                return false;
            }
            if (!info.isDir()) {
                files << path;
                continue;
            }
            QDirIterator it(path, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext() && files.size() < kMaxFiles) {
                const QString file = it.next();
                if (importableName(file))
                    files << file;
            }
        }
        std::vector<ims::ZipEntry> osgiFiles;
        for (const QString &path : std::as_const(files)) {
            QFile file(path);
            if (QFileInfo(path).size() > kMaxFileBytes || !file.open(QIODevice::ReadOnly)) {
                m_session.failUsage(
                    tr("Cannot read %1: %2")
                        .arg(path,
                            file.error() == QFileDevice::NoError ? tr("too large") : file.errorString()),
                    QStringLiteral("unreadable_file"));
                return false;
            }
            QByteArray bytes = file.readAll();
            const QString name = QFileInfo(path).fileName();
            if (osgiName(name)) {
                osgiFiles.push_back({name.toStdString(), bytes.toStdString()});
            } else {
                auto found = ims::importAnyFile(
                    name.toStdString(), std::string_view(bytes.constData(), size_t(bytes.size())));
                for (ims::FoundConfiguration &f : found)
                    add(std::move(f), path);
            }
            bytes.fill('\0'); // the file may hold a secret
        }
        if (!osgiFiles.empty()) {
            for (ims::FoundConfiguration &f : ims::importOsgiFiles(osgiFiles))
                add(std::move(f), QString());
            for (ims::ZipEntry &entry : osgiFiles)
                std::fill(entry.data.begin(), entry.data.end(), '\0');
        }
        return true;
    }

    void add(ims::FoundConfiguration found, const QString &path)
    {
        // The same defaults the import dialog uses.
        if (found.source.empty())
            found.source = QFileInfo(path).fileName().toStdString();
        if (found.config.title.empty())
            found.config.title = QFileInfo(path).completeBaseName().toStdString();
        if (found.config.solutionId.empty())
            found.config.solutionId = "custom";
        Candidate candidate;
        candidate.found = std::move(found);
        m_candidates.push_back(std::move(candidate));
    }

    bool applyOptions()
    {
        const QCommandLineParser &parser = m_session.parser();
        const bool one = m_candidates.size() == 1;
        for (const char *option : {"title", "solution"}) {
            if (parser.isSet(QLatin1String(option)) && !one) {
                m_session.failUsage(tr("--%1 needs exactly one configuration, but the files hold %n.",
                    nullptr, int(m_candidates.size()))
                                        .arg(QLatin1String(option)));
                return false;
            }
        }
        std::string server;
        if (parser.isSet(QStringLiteral("server"))) {
            server = ims::normalizeAuthorizationServer(parser.value(QStringLiteral("server")).toStdString());
            if (auto problem = ims::validateAuthorizationServer(server)) {
                m_session.failUsage(tr("--server: %1").arg(Messages::describe(*problem)));
                return false;
            }
        } else if (parser.isSet(QStringLiteral("sandbox")) && m_session.context().sandboxActive()) {
            server = m_session.context().sandboxUrl().toString(QUrl::StripTrailingSlash).toStdString();
        }
        const std::string solution = parser.value(QStringLiteral("solution")).toStdString();
        if (parser.isSet(QStringLiteral("solution")) && !ims::findSolution(solution)) {
            QStringList known;
            for (const ims::CloudSolution &s : ims::cloudSolutions())
                known << qs(s.id);
            m_session.failUsage(tr("Unknown cloud solution \"%1\". Known: %2.")
                                    .arg(qs(solution), known.join(QStringLiteral(", "))));
            return false;
        }
        for (Candidate &candidate : m_candidates) {
            ims::Configuration &config = candidate.found.config;
            if (parser.isSet(QStringLiteral("title")))
                config.title = parser.value(QStringLiteral("title")).trimmed().toStdString();
            if (!solution.empty())
                config.solutionId = solution;
            if (!server.empty())
                config.authorizationServer = server;
            if (parser.isSet(QStringLiteral("sandbox")))
                config.sandbox = true;
        }
        return true;
    }

    // A secret from stdin or the environment goes to the only configuration found, or to the only
    // one whose file had no secret (a placeholder, or no customizer file at all).
    bool giveSecret(std::optional<ims::Secret> secret)
    {
        if (!secret)
            return true;
        std::vector<Candidate *> takers;
        if (m_candidates.size() == 1) {
            takers.push_back(&m_candidates.front());
        } else {
            for (Candidate &candidate : m_candidates) {
                if (candidate.found.clientSecrets.empty())
                    takers.push_back(&candidate);
            }
        }
        if (takers.size() != 1) {
            m_session.failUsage(takers.empty()
                    ? tr("A client secret was given, but every configuration found has one.")
                    : tr("A client secret was given, but %n configurations need one: import them "
                         "one at a time.",
                        nullptr, int(takers.size())));
            return false;
        }
        takers.front()->givenSecret = std::move(secret);
        return true;
    }

    bool hasSecret(const Candidate &candidate) const
    {
        return candidate.givenSecret || !candidate.found.clientSecrets.empty();
    }

    // What still blocks saving, as the import dialog judges it.
    std::vector<ims::FieldProblem> missing(const Candidate &candidate) const
    {
        const ims::FoundConfiguration &f = candidate.found;
        for (const ims::FieldProblem &p : f.problems) {
            // A file that was not understood at all says why.
            if (p.field == ims::Field::Document && p.problem != ims::Problem::JwtCredential)
                return {p};
        }
        ims::WizardState state;
        state.config = f.config;
        state.sandbox = f.config.sandbox;
        state.hasClientSecret = hasSecret(candidate);
        const bool jwt = f.config.authType == ims::AuthType::Jwt;
        std::vector<ims::FieldProblem> out
            = ims::pageProblems(jwt ? ims::WizardPage::JwtCredentials : ims::WizardPage::Credentials, state);
        if (!ims::findSolution(f.config.solutionId))
            out.push_back({ims::Field::Solution, ims::Problem::UnknownSolution, f.config.solutionId});
        if (f.config.title.empty())
            out.push_back({ims::Field::Title, ims::Problem::Required, {}});
        return out;
    }

    QString secretState(const Candidate &candidate) const
    {
        if (candidate.givenSecret)
            return QStringLiteral("given");
        if (!candidate.found.clientSecrets.empty())
            return QStringLiteral("in_file");
        if (!candidate.found.secretPlaceholder.empty())
            return QStringLiteral("placeholder");
        return QStringLiteral("missing");
    }

    void report()
    {
        CliOutput &out = m_session.output();
        out.line(tr("Found %n configuration(s).", nullptr, int(m_candidates.size())));
        for (const Candidate &candidate : m_candidates) {
            const ims::FoundConfiguration &f = candidate.found;
            const ims::Configuration &c = f.config;
            const ims::CloudSolution *solution = ims::findSolution(c.solutionId);
            out.line();
            out.line(QStringLiteral("%1  (%2, %3)")
                         .arg(qs(c.title), ConfigurationView::authTypeLabel(c.authType),
                             solution ? Languages::solutionName(solution->id, solution->name) : qs(c.solutionId)));
            out.line(QStringLiteral("  ") + tr("From: %1").arg(qs(f.source)));
            if (!c.clientId.empty())
                out.line(QStringLiteral("  ") + tr("Client ID: %1").arg(qs(c.clientId)));
            if (!c.orgId.empty())
                out.line(QStringLiteral("  ") + tr("Organization ID: %1").arg(qs(c.orgId)));
            out.line(QStringLiteral("  ")
                + (c.sandbox ? tr("Server: %1 (training sandbox)") : tr("Server: %1")).arg(qs(c.authorizationServer)));
            const QString secret = secretState(candidate);
            if (secret == QLatin1String("given"))
                out.line(QStringLiteral("  ") + tr("Client secret: given on stdin or in the environment"));
            else if (secret == QLatin1String("in_file"))
                out.line(QStringLiteral("  ") + tr("Client secret: in the file (goes to the keychain)"));
            else if (secret == QLatin1String("placeholder"))
                out.line(QStringLiteral("  ")
                    + tr("Client secret: only the placeholder %1; give the value with "
                         "--secret-stdin or --secret-env VAR")
                          .arg(qs(f.secretPlaceholder)));
            else
                out.line(QStringLiteral("  ")
                    + tr("Client secret: none; give it with --secret-stdin or "
                         "--secret-env VAR"));
            if (c.authType == ims::AuthType::Jwt)
                out.line(QStringLiteral("  ")
                    + (f.privateKeyPem.empty()
                            ? tr("Private key: not in the file (it stays in AEM's keystore); "
                                 "migrate the configuration to OAuth to check it")
                            : tr("Private key: in the file (goes to the keychain)")));
            for (const ims::FieldProblem &problem : candidate.missing)
                out.line(QStringLiteral("  ") + tr("Missing: %1").arg(Messages::describe(problem)));
            if (candidate.missing.empty())
                out.line(QStringLiteral("  ")
                    + (m_dryRun ? tr("Complete (dry run: not saved).") : tr("Complete.")));
            else
                out.line(QStringLiteral("  ") + tr("Not saved: incomplete."));
        }
    }

    void saveNext()
    {
        if (m_toSave.empty()) {
            finishImport();
            return;
        }
        Candidate &candidate = m_candidates[m_toSave.front()];
        m_toSave.pop_front();
        ims::Configuration config = candidate.found.config;
        config.id = ims::newConfigurationId();
        config.clientSecretRef = ims::clientSecretKey(config.id);
        config.privateKeyRef
            = candidate.found.privateKeyPem.empty() ? std::string() : ims::privateKeyKey(config.id);
        config.createdAt = config.updatedAt = QDateTime::currentSecsSinceEpoch();
        const ims::Secret secret
            = candidate.givenSecret ? *candidate.givenSecret : candidate.found.clientSecrets.front();
        const ims::Secret privateKey = candidate.found.privateKeyPem;
        ims::SecretStore *secrets = m_session.context().secrets();

        // Secrets first, the configuration last: if anything fails, the keychain entries go again
        // (before fail() ends the process), so nothing is half-saved.
        auto fail = [this, secrets, config](const ims::Error &error) {
            m_session.output().note(tr("Could not save \"%1\":").arg(qs(config.title)));
            secrets->remove(
                config.clientSecretRef, [this, secrets, config, error](std::optional<ims::Error>) {
                    if (config.privateKeyRef.empty())
                        return m_session.fail(error);
                    secrets->remove(config.privateKeyRef,
                        [this, error](std::optional<ims::Error>) { m_session.fail(error); });
                });
        };
        auto saveConfiguration = [this, &candidate, config, fail] {
            if (auto error = m_session.context().store().upsert(config))
                return fail(*error);
            candidate.saved = true;
            candidate.savedId = qs(config.id);
            m_session.output().line(tr("Saved \"%1\" as %2.").arg(qs(config.title), qs(config.id)));
            saveNext();
        };
        auto saveSecret = [secrets, config, secret, saveConfiguration, fail] {
            secrets->write(
                config.clientSecretRef, secret, [saveConfiguration, fail](std::optional<ims::Error> error) {
                    if (error)
                        return fail(*error);
                    saveConfiguration();
                });
        };
        if (config.privateKeyRef.empty())
            return saveSecret();
        secrets->write(config.privateKeyRef, privateKey, [saveSecret, fail](std::optional<ims::Error> error) {
            if (error)
                return fail(*error);
            saveSecret();
        });
    }

    void finishImport()
    {
        QJsonArray found;
        int complete = 0;
        int saved = 0;
        for (const Candidate &candidate : m_candidates) {
            QJsonArray missing;
            for (const ims::FieldProblem &problem : candidate.missing)
                missing.append(CliOutput::problemJson(problem));
            QJsonObject json {
                {QStringLiteral("source"), qs(candidate.found.source)},
                {QStringLiteral("configuration"), ConfigurationView::toJson(candidate.found.config, false)},
                {QStringLiteral("secret"), secretState(candidate)},
                {QStringLiteral("complete"), candidate.missing.empty()},
                {QStringLiteral("missing"), missing},
                {QStringLiteral("saved"), candidate.saved},
            };
            json.remove(QStringLiteral("lastHealth"));
            if (!candidate.found.secretPlaceholder.empty())
                json.insert(QStringLiteral("secretPlaceholder"), qs(candidate.found.secretPlaceholder));
            if (candidate.found.config.authType == ims::AuthType::Jwt)
                json.insert(QStringLiteral("privateKey"), !candidate.found.privateKeyPem.empty());
            if (candidate.saved) {
                json.insert(QStringLiteral("id"), candidate.savedId);
                QJsonObject configuration = json.value(QStringLiteral("configuration")).toObject();
                configuration.insert(QStringLiteral("id"), candidate.savedId);
                json.insert(QStringLiteral("configuration"), configuration);
            }
            found.append(json);
            complete += candidate.missing.empty() ? 1 : 0;
            saved += candidate.saved ? 1 : 0;
        }
        m_session.output().setDocument({
            {QStringLiteral("dryRun"), m_dryRun},
            {QStringLiteral("found"), found},
            {QStringLiteral("saved"), saved},
        });
        const int total = int(m_candidates.size());
        m_session.output().line();
        if (m_dryRun)
            m_session.output().line(
                tr("Dry run: %1 of %n configuration(s) complete, nothing saved.", nullptr, total)
                    .arg(complete));
        else
            m_session.output().line(tr("Saved %1 of %n configuration(s).", nullptr, total).arg(saved));
        const bool done = total > 0 && (m_dryRun ? complete == total : saved == total);
        m_session.finish(done ? ExitCode::Success : ExitCode::Failure);
    }

    CliSession &m_session;
    bool m_dryRun = false;
    std::vector<Candidate> m_candidates;
    std::deque<std::size_t> m_toSave;
};

} // namespace

CommandInfo importCommandInfo()
{
    return {
        QStringLiteral("import"),
        QStringLiteral("FILE…"),
        ImportCommand::tr("Import configurations from files."),
        ImportCommand::tr(
            "Reads AEM OSGi configurations (.cfg.json, .config, content packages), aio CLI contexts, Adobe "
            "Developer Console downloads, AEM as a Cloud Service service credentials and JWT payloads (files "
            "or "
            "folders), shows what each configuration holds and what is missing, and saves the complete ones: "
            "secrets to the keychain, the rest to the configuration file. A configuration whose file has "
            "only a "
            "placeholder such as $[secret:NAME] (or no secret) is saved only with --secret-stdin or "
            "--secret-env. "
            "Exit code 0 when every configuration found was saved."),
        [](QCommandLineParser &parser) {
            parser.addOptions({
                {QStringLiteral("dry-run"), ImportCommand::tr("Show what would be imported; save nothing.")},
                {QStringLiteral("secret-stdin"),
                    ImportCommand::tr(
                        "Read the client secret from stdin (for the one configuration that needs it).")},
                {QStringLiteral("secret-env"),
                    ImportCommand::tr("Read the client secret from the environment variable <var>."),
                    QStringLiteral("var")},
                {QStringLiteral("server"),
                    ImportCommand::tr(
                        "Set the authorization server to <url> (Developer Console downloads do not "
                        "name one; default https://ims-na1.adobelogin.com)."),
                    QStringLiteral("url")},
                {QStringLiteral("sandbox"),
                    ImportCommand::tr(
                        "Mark the configurations as made for the training sandbox (checked against "
                        "whichever sandbox runs).")},
                {QStringLiteral("title"),
                    ImportCommand::tr("Title of the configuration (one configuration only)."),
                    QStringLiteral("title")},
                {QStringLiteral("solution"),
                    ImportCommand::tr("Cloud solution id, e.g. target (one configuration only)."),
                    QStringLiteral("id")},
            });
        },
        [](CliSession &session) { return std::make_unique<ImportCommand>(session); },
    };
}
