// `ims-wizard export NAME --format pem|p12|osgi|report`: what AEM and the Developer Console take,
// written to files. Secrets only where the format needs them (p12: the private key, under a
// password) or where the user asked twice (osgi with --clear-text-secret).

#include "appcontext.h"
#include "handoverreport.h"
#include "clisession.h"
#include "command.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QSaveFile>
#include <imscore/certificates.h>
#include <imscore/osgi.h>
#include <imscore/report.h>
#include <imscore/secret_store.h>

namespace {

const QString kClearTextOption = QStringLiteral("clear-text-secret");
const QString kConfirmClearTextOption = QStringLiteral("i-understand-this-writes-a-secret");

enum class FileKind { Public, Secret };

class ExportCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ExportCommand)
public:
    explicit ExportCommand(CliSession &session)
        : m_session(session)
    { }

    void start() override
    {
        const QCommandLineParser &parser = m_session.parser();
        const QString format = parser.value(QStringLiteral("format"));
        if (format == QLatin1String("report")) {
            exportReport();
            return;
        }
        if (parser.isSet(QStringLiteral("all"))) {
            m_session.failUsage(tr("--all is for --format report only."));
            return;
        }
        if (m_session.arguments().size() != 1) {
            m_session.failUsage(tr("export takes one NAME (several only with --format report)."));
            return;
        }
        if (format.isEmpty()) {
            m_session.failUsage(tr("Choose a format with --format pem|p12|osgi|report."));
            return;
        }
        if (format != QLatin1String("pem") && format != QLatin1String("p12")
            && format != QLatin1String("osgi")) {
            m_session.failUsage(tr("Unknown format \"%1\": choose pem, p12, osgi or report.").arg(format));
            return;
        }
        if (format != QLatin1String("osgi") && parser.isSet(kClearTextOption)) {
            m_session.failUsage(tr("--%1 is for --format osgi only.").arg(kClearTextOption));
            return;
        }
        if (format != QLatin1String("p12")
            && (parser.isSet(QStringLiteral("password-stdin"))
                || parser.isSet(QStringLiteral("password-env")))) {
            m_session.failUsage(tr("A password is for --format p12 only."));
            return;
        }
        const auto configs = m_session.loadConfigurations();
        if (!configs)
            return;
        const auto config = m_session.resolve(m_session.arguments().front(), *configs);
        if (!config)
            return;
        m_config = *config;
        if (format == QLatin1String("pem"))
            exportCertificate();
        else if (format == QLatin1String("p12"))
            exportPkcs12();
        else
            exportOsgi();
    }

private:
    // The handover report of NAME… (or --all): HTML and PDF, or the one --output names.
    void exportReport()
    {
        const QCommandLineParser &parser = m_session.parser();
        const bool all = parser.isSet(QStringLiteral("all"));
        if (all == !m_session.arguments().isEmpty()) {
            m_session.failUsage(tr("Name the configurations for the report, or use --all (not both)."));
            return;
        }
        for (const char *option : {"password-stdin", "password-env", "clear-text-secret"}) {
            if (parser.isSet(QLatin1String(option))) {
                m_session.failUsage(tr("--%1 is not for --format report: the report never holds a secret.")
                                        .arg(QLatin1String(option)));
                return;
            }
        }
        const auto configs = m_session.loadConfigurations();
        if (!configs)
            return;
        std::vector<ims::Configuration> chosen;
        if (all) {
            chosen = *configs;
        } else {
            for (const QString &name : m_session.arguments()) {
                const auto config = m_session.resolve(name, *configs);
                if (!config)
                    return;
                if (std::none_of(chosen.begin(), chosen.end(),
                        [&](const ims::Configuration &c) { return c.id == config->id; }))
                    chosen.push_back(*config);
            }
        }
        if (chosen.empty()) {
            m_session.fail(QStringLiteral("nothing_to_report"), tr("There are no saved configurations to report on."));
            return;
        }
        for (const ims::Configuration &c : chosen)
            m_ids << qs(c.id);
        const QString html = HandoverReportDocument::html(
            ims::buildHandoverReport(chosen, QDateTime::currentSecsSinceEpoch()));
        const QString output = parser.value(QStringLiteral("output"));
        const bool onlyPdf = output.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive);
        const bool onlyHtml = output.endsWith(QLatin1String(".html"), Qt::CaseInsensitive)
            || output.endsWith(QLatin1String(".htm"), Qt::CaseInsensitive);
        if (onlyPdf || onlyHtml) {
            if (!write(output, onlyPdf ? HandoverReportDocument::pdf(html) : html.toUtf8(), FileKind::Public))
                return;
        } else {
            if (!output.isEmpty() && QFileInfo(output).exists() && !QFileInfo(output).isDir()) {
                m_session.failUsage(tr("--output for a report is a folder, or a file ending in .pdf or .html."));
                return;
            }
            if (!output.isEmpty() && !QDir().mkpath(output)) {
                m_session.fail(QStringLiteral("write_failed"), tr("Cannot create the folder %1.").arg(output));
                return;
            }
            if (!write(outputFile(QStringLiteral("ims-handover-report.html")), html.toUtf8(), FileKind::Public)
                || !write(outputFile(QStringLiteral("ims-handover-report.pdf")), HandoverReportDocument::pdf(html),
                    FileKind::Public))
                return;
        }
        done(tr("The report holds no secret: hand it over as it is."));
    }

    // --output: a folder (existing, or ending in '/') gets defaultName; anything else is the file.
    QString outputFile(const QString &defaultName) const
    {
        const QString output = m_session.parser().value(QStringLiteral("output"));
        if (output.isEmpty())
            return QDir::current().filePath(defaultName);
        if (QFileInfo(output).isDir() || output.endsWith(QLatin1Char('/')))
            return QDir(output).filePath(defaultName);
        return output;
    }

    bool hasCertificate()
    {
        if (!m_config.certificatePem.empty())
            return true;
        m_session.fail(QStringLiteral("no_certificate"),
            tr("%1 has no certificate: only JWT configurations have one.")
                .arg(CliSession::displayName(m_config)));
        return false;
    }

    void exportCertificate()
    {
        if (!hasCertificate())
            return;
        if (write(outputFile(QString::fromUtf8(ims::kPublicCertificateFileName.data())),
                QByteArray::fromStdString(m_config.certificatePem), FileKind::Public))
            done(tr("Upload this certificate to the credential in the Adobe Developer Console."));
    }

    void exportPkcs12()
    {
        if (!hasCertificate())
            return;
        std::optional<ims::Secret> password;
        if (!m_session.readSecretInput(QStringLiteral("password-stdin"), QStringLiteral("password-env"),
                tr("keystore password"), password))
            return;
        if (!password) {
            m_session.failUsage(tr("A PKCS#12 keystore needs a password: give it with --password-stdin or "
                                   "--password-env VAR."));
            return;
        }
        if (m_config.privateKeyRef.empty()) {
            m_session.fail(QStringLiteral("no_private_key"),
                tr("The keychain holds no private key for %1 (imported from AEM, the key stays in AEM's "
                   "keystore).")
                    .arg(CliSession::displayName(m_config)));
            return;
        }
        const QString file = outputFile(alias() + QStringLiteral(".p12"));
        m_session.context().secrets()->read(m_config.privateKeyRef,
            [this, file, password = *password](
                std::optional<ims::Secret> pem, std::optional<ims::Error> error) {
                if (!pem)
                    return m_session.fail(error ? *error : ims::makeError(ims::ErrorCode::SecretMissing));
                auto key = ims::importPrivateKey(pem->reveal());
                if (!key)
                    return m_session.fail(key.error());
                auto certificate = ims::importCertificate(m_config.certificatePem);
                if (!certificate)
                    return m_session.fail(certificate.error());
                auto pair = ims::pairUp(std::move(key).value(), std::move(certificate).value());
                if (!pair)
                    return m_session.fail(pair.error());
                auto keystore = ims::exportPkcs12(pair.value(), alias().toStdString(), password);
                if (!keystore)
                    return m_session.fail(keystore.error());
                QByteArray bytes = QByteArray::fromStdString(keystore.value());
                const bool written = write(file, bytes, FileKind::Secret);
                bytes.fill('\0');
                if (written)
                    done(tr("In AEM: Add Private Key from KeyStore file, alias %1.").arg(alias()));
            });
    }

    void exportOsgi()
    {
        const QCommandLineParser &parser = m_session.parser();
        const bool clearText = parser.isSet(kClearTextOption);
        if (clearText && !parser.isSet(kConfirmClearTextOption)) {
            m_session.failUsage(
                tr("--%1 writes the client secret in clear text into a file. Add --%2 to confirm, "
                   "or leave both out to write the placeholder $[secret:%3].")
                    .arg(kClearTextOption, kConfirmClearTextOption,
                        qs(ims::osgiSecretPlaceholderName(m_config))));
            return;
        }
        const QString output = parser.value(QStringLiteral("output"));
        const QString folder = output.isEmpty() ? QDir::currentPath() : output;
        if (QFileInfo(folder).exists() && !QFileInfo(folder).isDir()) {
            m_session.failUsage(tr("--output for osgi is a folder; %1 is a file.").arg(folder));
            return;
        }
        if (!QDir().mkpath(folder)) {
            m_session.fail(QStringLiteral("write_failed"), tr("Cannot create the folder %1.").arg(folder));
            return;
        }
        if (!clearText) {
            writeOsgi(folder, ims::exportOsgi(m_config, ims::SecretInExport::Placeholder), FileKind::Public);
            return;
        }
        m_session.context().secrets()->read(m_config.clientSecretRef,
            [this, folder](std::optional<ims::Secret> secret, std::optional<ims::Error> error) {
                if (!secret)
                    return m_session.fail(error ? *error : ims::makeError(ims::ErrorCode::SecretMissing));
                auto files = ims::exportOsgi(m_config, ims::SecretInExport::ClearText, *secret);
                writeOsgi(folder, files, FileKind::Secret);
                for (ims::ZipEntry &file : files)
                    std::fill(file.data.begin(), file.data.end(), '\0');
            });
    }

    void writeOsgi(const QString &folder, const std::vector<ims::ZipEntry> &files, FileKind kind)
    {
        for (const ims::ZipEntry &file : files) {
            if (!write(QDir(folder).filePath(qs(file.name)), QByteArray::fromStdString(file.data), kind))
                return;
        }
        done(kind == FileKind::Secret
                ? tr("The client secret is in clear text in these files: keep them out of version control.")
                : tr(
                    "The client secret is the placeholder $[secret:%1]: set a secret environment variable %1 "
                    "in Cloud Manager (or the OSGi configuration) to its value.")
                      .arg(qs(ims::osgiSecretPlaceholderName(m_config))));
    }

    QString alias() const
    {
        return m_config.certificateAlias.empty() ? qs(ims::osgiFactoryName(m_config))
                                                 : qs(m_config.certificateAlias);
    }

    // Whole file or nothing (QSaveFile renames at the end); files with a secret are 0600 from the start.
    bool write(const QString &path, const QByteArray &bytes, FileKind kind)
    {
        if (QFileInfo::exists(path) && !m_session.parser().isSet(QStringLiteral("force"))) {
            m_session.fail(QStringLiteral("file_exists"), tr("%1 exists already.").arg(path),
                tr("Choose another --output, or add --force to replace it."));
            return false;
        }
        QSaveFile file(path);
        bool ok = file.open(QIODevice::WriteOnly);
        if (ok && kind == FileKind::Secret)
            ok = file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        ok = ok && file.write(bytes) == bytes.size() && file.commit();
        if (!ok) {
            m_session.fail(
                QStringLiteral("write_failed"), tr("Cannot write %1: %2").arg(path, file.errorString()));
            return false;
        }
        m_written << QFileInfo(path).absoluteFilePath();
        return true;
    }

    void done(const QString &hint)
    {
        CliOutput &out = m_session.output();
        for (const QString &file : std::as_const(m_written))
            out.line(tr("Wrote %1").arg(file));
        out.line(hint);
        out.setDocument({
            {m_ids.isEmpty() ? QStringLiteral("id") : QStringLiteral("ids"),
                m_ids.isEmpty() ? QJsonValue(qs(m_config.id)) : QJsonValue(QJsonArray::fromStringList(m_ids))},
            {QStringLiteral("format"), m_session.parser().value(QStringLiteral("format"))},
            {QStringLiteral("files"), QJsonArray::fromStringList(m_written)},
        });
        m_session.finish(ExitCode::Success);
    }

    CliSession &m_session;
    ims::Configuration m_config;
    QStringList m_written;
    QStringList m_ids; // report: the configurations in it
};

} // namespace

CommandInfo exportCommandInfo()
{
    return {
        QStringLiteral("export"),
        QStringLiteral("NAME… --format pem|p12|osgi|report"),
        ExportCommand::tr("Export a configuration for AEM or the Developer Console."),
        ExportCommand::tr(
            "Writes one configuration in a format AEM or the Adobe Developer Console takes:\n"
            "  pem     the public certificate (JWT) for the Developer Console, AEM-Adobe-IMS.crt\n"
            "  p12     a PKCS#12 keystore with the private key and certificate (JWT), for AEM's "
            "\"Add Private Key from KeyStore file\"; needs --password-stdin or --password-env\n"
            "  osgi    the OSGi configuration pair (.cfg.json) for AEM as code; the client secret is "
            "written as the Cloud Manager placeholder $[secret:NAME], or in clear text only with "
            "--clear-text-secret --i-understand-this-writes-a-secret\n"
            "  report  the handover report of NAME… or --all, as HTML and PDF (no secret in it): "
            "organisation, solutions, endpoints, certificates, scopes, cloud services, health checks "
            "and the next actions\n"
            "Existing files are not replaced without --force."),
        [](QCommandLineParser &parser) {
            parser.addOptions({
                {QStringLiteral("format"), ExportCommand::tr("pem, p12, osgi or report."),
                    QStringLiteral("format")},
                {QStringLiteral("output"),
                    ExportCommand::tr(
                        "Write to <path>: a folder (osgi, report, or pem/p12 with the default file name) "
                        "or a file (pem, p12; report: .pdf or .html). Default: the current folder."),
                    QStringLiteral("path")},
                {QStringLiteral("force"), ExportCommand::tr("Replace existing files.")},
                {QStringLiteral("all"), ExportCommand::tr("report: every saved configuration.")},
                {QStringLiteral("password-stdin"),
                    ExportCommand::tr("p12: read the keystore password from stdin.")},
                {QStringLiteral("password-env"),
                    ExportCommand::tr("p12: read the keystore password from the environment variable <var>."),
                    QStringLiteral("var")},
                {kClearTextOption,
                    ExportCommand::tr(
                        "osgi: write the client secret itself instead of the placeholder (needs --%1).")
                        .arg(kConfirmClearTextOption)},
                {kConfirmClearTextOption,
                    ExportCommand::tr("Confirms --%1: the files will hold the secret in clear text.")
                        .arg(kClearTextOption)},
            });
        },
        [](CliSession &session) { return std::make_unique<ExportCommand>(session); },
    };
}
