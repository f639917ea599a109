#include "handoverreport.h"

#include "asyncdialogs.h"
#include "messages.h"

#include <QBuffer>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QLocale>
#include <QMessageBox>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTextBrowser>
#include <QTextDocument>
#include <QVBoxLayout>

namespace {

QString qs(const std::string &s) { return QString::fromStdString(s); }
QString esc(const QString &s) { return s.toHtmlEscaped(); }
QString esc(const std::string &s) { return esc(qs(s)); }

QString when(std::int64_t epochSeconds)
{
    return QLocale().toString(QDateTime::fromSecsSinceEpoch(epochSeconds), QLocale::ShortFormat);
}

QString row(const QString &label, const QString &valueHtml)
{
    return QStringLiteral("<tr><th align=\"left\" valign=\"top\" width=\"30%\">%1</th><td>%2</td></tr>")
        .arg(esc(label), valueHtml);
}

QString mono(const std::string &s) { return QStringLiteral("<code>%1</code>").arg(esc(s)); }

QString joined(const std::vector<std::string> &items)
{
    QStringList out;
    for (const std::string &s : items)
        out << esc(s);
    return out.join(QStringLiteral(", "));
}

} // namespace

QString HandoverReportDocument::aemVersionLabel(ims::AemVersion version)
{
    switch (version) {
    case ims::AemVersion::Unknown: return tr("Not recorded");
    case ims::AemVersion::Aem63OrEarlier: return tr("AEM 6.3 or earlier");
    case ims::AemVersion::Aem64To65BeforeSp20: return tr("AEM 6.4 or 6.5 before Service Pack 20");
    case ims::AemVersion::Aem65Sp20OrHotfix: return tr("AEM 6.5 Service Pack 20 or later, or with the compatibility hotfix");
    case ims::AemVersion::CloudService: return tr("AEM as a Cloud Service");
    }
    return {};
}

QString HandoverReportDocument::actionText(const ims::ReportAction &action)
{
    using K = ims::ReportActionKind;
    switch (action.kind) {
    case K::CertificateExpired:
        return tr("The certificate expired %n day(s) ago: create a new certificate, upload it to the credential "
                  "in the Adobe Developer Console and update AEM's IMS configuration.", nullptr, int(action.days));
    case K::CertificateExpiresSoon:
        return tr("The certificate expires in %n day(s): create a new one and upload it to the Adobe Developer "
                  "Console before then.", nullptr, int(action.days));
    case K::JwtDeprecated:
        return tr("JWT credentials reached end of life: migrate this configuration to OAuth Server-to-Server.");
    case K::OAuthNeedsServicePack:
        return tr("OAuth needs AEM 6.5 Service Pack 20 or the compatibility hotfix: install it before AEM uses "
                  "this configuration.");
    case K::MigrationToConfirm:
        return tr("This JWT copy is kept as a rollback of a migration: once the OAuth configuration works in AEM, "
                  "delete it.");
    case K::NeverChecked:
        return tr("No health check on record: check it before handing over.");
    case K::LastCheckFailed:
        return tr("The last health check failed (%1): fix it and check again.")
            .arg(Messages::describe(ims::makeError(action.error)).title);
    case K::CheckOutdated:
        return tr("The last successful health check is %n day(s) old: check it again.", nullptr, int(action.days));
    }
    return {};
}

QString HandoverReportDocument::html(const ims::HandoverReport &report)
{
    QString h;
    h += QStringLiteral("<html><head><meta charset=\"utf-8\"><title>%1</title>"
                        "<style>body{font-family:sans-serif;font-size:10pt} h1{font-size:16pt} "
                        "h2{font-size:13pt;margin-top:18px} th{padding-right:8px} "
                        "table{border-collapse:collapse} td,th{padding:2px 4px}</style></head><body>")
             .arg(esc(tr("Adobe IMS integrations: handover report")));
    h += QStringLiteral("<h1>%1</h1>").arg(esc(tr("Adobe IMS integrations: handover report")));
    h += QStringLiteral("<p>%1</p>").arg(esc(tr("Generated on %1 by ims-wizard.").arg(when(report.generatedAt))));
    h += QStringLiteral("<p>%1</p>")
             .arg(esc(tr("Client secrets and private keys are not part of this report: they stay in the "
                         "OS keychain of the machine that made the configurations.")));

    h += QStringLiteral("<table>");
    h += row(tr("Organisations"), joined(report.organisations));
    h += row(tr("Configurations"), QString::number(report.entries.size()));
    h += row(tr("Next actions"), QString::number(report.actionCount()));
    h += QStringLiteral("</table>");

    h += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Next actions")));
    if (report.actionCount() == 0) {
        h += QStringLiteral("<p>%1</p>").arg(esc(tr("Nothing to do: every configuration is current and healthy.")));
    } else {
        h += QStringLiteral("<ul>");
        for (const ims::ReportEntry &e : report.entries)
            for (const ims::ReportAction &a : e.actions)
                h += QStringLiteral("<li><b>%1</b>: %2</li>").arg(esc(e.configuration.title), esc(actionText(a)));
        h += QStringLiteral("</ul>");
    }

    for (const ims::ReportEntry &e : report.entries) {
        const ims::Configuration &c = e.configuration;
        const bool jwt = c.authType == ims::AuthType::Jwt;
        h += QStringLiteral("<h2>%1</h2><table>").arg(esc(c.title));
        h += row(tr("Cloud solution"), esc(e.solutionName));
        h += row(tr("Authentication"),
            esc(jwt ? tr("JWT Credentials (deprecated)") : tr("OAuth Server-to-Server")));
        h += row(tr("AEM version"), esc(aemVersionLabel(c.aemVersion)));
        if (c.sandbox)
            h += row(tr("Environment"), esc(tr("Training sandbox (not a real Adobe IMS)")));
        h += row(tr("Organization ID"), mono(c.orgId));
        h += row(tr("Client ID"), mono(c.clientId));
        if (!c.technicalAccountId.empty())
            h += row(tr("Technical account ID"), mono(c.technicalAccountId));
        if (!c.technicalAccountEmail.empty())
            h += row(tr("Technical account email"), mono(c.technicalAccountEmail));
        h += row(tr("Authorization server"), mono(c.authorizationServer));
        h += row(tr("Token endpoint"), mono(e.tokenUrl));
        if (!c.scopes.empty())
            h += row(tr("Scopes"), mono(ims::joinScopes(c.scopes)));
        if (!c.metascopes.empty())
            h += row(tr("Metascopes"), mono(ims::joinScopes(c.metascopes)));
        h += row(tr("Client secret"), esc(tr("In the OS keychain (not shown)")));
        if (e.certificate) {
            const ims::CertificateInfo &ci = *e.certificate;
            h += row(tr("Certificate"), esc(c.certificateAlias.empty()
                    ? qs(ci.subject)
                    : tr("%1 (alias %2)").arg(qs(ci.subject), qs(c.certificateAlias))));
            h += row(tr("SHA-1 fingerprint"), mono(ci.sha1Fingerprint));
            h += row(tr("SHA-256 fingerprint"), mono(ci.sha256Fingerprint));
            h += row(tr("Valid"), esc(tr("from %1 until %2").arg(when(ci.notBefore), when(ci.notAfter))));
            h += row(tr("Days left"), e.certificateDaysLeft < 0 ? esc(tr("Expired")) : QString::number(e.certificateDaysLeft));
        }
        if (!c.rollbackOf.empty())
            h += row(tr("Migration"), esc(tr("Rollback copy kept after the migration to OAuth")));
        else if (c.migratedAt > 0)
            h += row(tr("Migration"), esc(tr("Migrated from JWT on %1").arg(when(c.migratedAt))));
        h += QStringLiteral("</table>");

        if (c.cloudService) {
            const ims::CloudServiceSettings &cs = *c.cloudService;
            h += QStringLiteral("<h3>%1</h3><table>")
                     .arg(esc(cs.legacy ? tr("Legacy cloud service: %1").arg(qs(cs.title))
                                        : tr("Cloud service: %1").arg(qs(cs.title))));
            for (const auto &[name, value] : cs.fields)
                h += row(qs(name), mono(value));
            h += QStringLiteral("</table>");
        }

        h += QStringLiteral("<h3>%1</h3>").arg(esc(tr("Health checks")));
        if (c.health.empty()) {
            h += QStringLiteral("<p>%1</p>").arg(esc(tr("Never checked.")));
        } else {
            h += QStringLiteral("<table><tr><th align=\"left\">%1</th><th align=\"left\">%2</th></tr>")
                     .arg(esc(tr("Checked")), esc(tr("Result")));
            for (auto it = c.health.rbegin(); it != c.health.rend(); ++it) {
                const QString result = !it->ok ? QString()
                    : it->expiresInSeconds >= 3600
                    ? tr("Token retrieved (valid for %n hour(s))", nullptr, int((it->expiresInSeconds + 1800) / 3600))
                    : tr("Token retrieved (valid for %n minute(s))", nullptr, int((it->expiresInSeconds + 30) / 60));
                const QString shown = it->ok ? result
                    : tr("Failed: %1").arg(Messages::describe(ims::makeError(it->error)).title);
                h += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>").arg(esc(when(it->checkedAt)), esc(shown));
            }
            h += QStringLiteral("</table>");
        }
        if (!e.actions.empty()) {
            h += QStringLiteral("<h3>%1</h3><ul>").arg(esc(tr("Next actions")));
            for (const ims::ReportAction &a : e.actions)
                h += QStringLiteral("<li>%1</li>").arg(esc(actionText(a)));
            h += QStringLiteral("</ul>");
        }
    }
    h += QStringLiteral("</body></html>");
    return h;
}

QByteArray HandoverReportDocument::pdf(const QString &html)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
        writer.setTitle(tr("Adobe IMS integrations: handover report"));
        writer.setCreator(QStringLiteral("ims-wizard"));
        QTextDocument document;
        document.setHtml(html);
        document.print(&writer);
    }
    return bytes;
}

bool HandoverReportDocument::writePdf(const QString &html, const QString &path, QString *error)
{
    QSaveFile file(path);
    const QByteArray bytes = pdf(html);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

bool HandoverReportDocument::writeHtml(const QString &html, const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(html.toUtf8()) < 0 || !file.commit()) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

HandoverReportDialog::HandoverReportDialog(const ims::HandoverReport &report, QWidget *parent)
    : QDialog(parent)
    , m_html(HandoverReportDocument::html(report))
{
    setWindowTitle(tr("Handover report"));
    setObjectName(QStringLiteral("handoverReportDialog"));
    resize(760, 680);
    auto *layout = new QVBoxLayout(this);
    m_preview = new QTextBrowser(this);
    m_preview->setObjectName(QStringLiteral("reportPreview"));
    m_preview->setAccessibleName(tr("Handover report preview"));
    m_preview->setHtml(m_html);
    layout->addWidget(m_preview);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *pdf = buttons->addButton(tr("Save as &PDF…"), QDialogButtonBox::ActionRole);
    pdf->setObjectName(QStringLiteral("savePdfButton"));
    auto *htmlButton = buttons->addButton(tr("Save as &HTML…"), QDialogButtonBox::ActionRole);
    htmlButton->setObjectName(QStringLiteral("saveHtmlButton"));
    auto *printButton = buttons->addButton(tr("P&rint…"), QDialogButtonBox::ActionRole);
    printButton->setObjectName(QStringLiteral("printButton"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(pdf, &QPushButton::clicked, this, [this] { save(true); });
    connect(htmlButton, &QPushButton::clicked, this, [this] { save(false); });
    connect(printButton, &QPushButton::clicked, this, &HandoverReportDialog::print);
}

void HandoverReportDialog::save(bool pdf)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = QDir(folder).filePath(pdf ? QStringLiteral("ims-handover-report.pdf")
                                                        : QStringLiteral("ims-handover-report.html"));
    askForFile(this, pdf ? tr("Save the report as PDF") : tr("Save the report as HTML"),
        pdf ? tr("PDF documents (*.pdf)") : tr("HTML documents (*.html *.htm)"), true, suggested,
        [this, pdf](const QString &path) {
            QString error;
            const bool ok = pdf ? HandoverReportDocument::writePdf(m_html, path, &error)
                                : HandoverReportDocument::writeHtml(m_html, path, &error);
            if (!ok)
                QMessageBox::warning(this, tr("Report not saved"), error);
        });
}

void HandoverReportDialog::print()
{
    auto *printer = new QPrinter(QPrinter::HighResolution);
    auto *dialog = new QPrintDialog(printer, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [this, printer](int result) {
        if (result == QDialog::Accepted)
            m_preview->document()->print(printer);
        delete printer;
    });
    dialog->open();
}
