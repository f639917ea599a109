#include "configurationview.h"
#include "languages.h"

#include "appcontext.h"
#include "clioutput.h"
#include "messages.h"

#include <QDateTime>
#include <QJsonArray>
#include <imscore/catalog.h>
#include <imscore/certificates.h>

namespace {

QJsonArray toJsonArray(const std::vector<std::string> &values)
{
    QJsonArray array;
    for (const std::string &value : values)
        array.append(qs(value));
    return array;
}

QString joined(const std::vector<std::string> &values)
{
    QStringList list;
    for (const std::string &value : values)
        list << qs(value);
    return list.join(QStringLiteral(", "));
}

QString solutionLabel(const std::string &solutionId)
{
    if (const ims::CloudSolution *solution = ims::findSolution(solutionId))
        return Languages::solutionName(solution->id, solution->name);
    return qs(solutionId);
}

} // namespace

QString ConfigurationView::isoTime(std::int64_t epochSeconds)
{
    return QDateTime::fromSecsSinceEpoch(epochSeconds, Qt::UTC).toString(Qt::ISODate);
}

QString ConfigurationView::isoTime(ims::TimePoint time)
{
    return isoTime(std::chrono::duration_cast<std::chrono::seconds>(time.time_since_epoch()).count());
}

QString ConfigurationView::authTypeLabel(ims::AuthType type)
{
    return type == ims::AuthType::Jwt ? tr("JWT (deprecated)") : tr("OAuth Server-to-Server");
}

QJsonObject ConfigurationView::toJson(const ims::HealthRecord &record)
{
    QJsonObject json {
        {QStringLiteral("checkedAt"), isoTime(record.checkedAt)},
        {QStringLiteral("ok"), record.ok},
    };
    if (record.ok)
        json.insert(QStringLiteral("expiresInSeconds"), qint64(record.expiresInSeconds));
    else
        json.insert(QStringLiteral("error"), QString::fromUtf8(ims::errorCodeName(record.error).data()));
    return json;
}

QJsonObject ConfigurationView::toJson(const ims::Configuration &config, bool withDetails)
{
    QJsonObject json {
        {QStringLiteral("id"), qs(config.id)},
        {QStringLiteral("title"), qs(config.title)},
        {QStringLiteral("solution"), qs(config.solutionId)},
        {QStringLiteral("authType"), qs(std::string(ims::authTypeName(config.authType)))},
        {QStringLiteral("authorizationServer"), qs(config.authorizationServer)},
        {QStringLiteral("clientId"), qs(config.clientId)},
        {QStringLiteral("orgId"), qs(config.orgId)},
        {QStringLiteral("sandbox"), config.sandbox},
        {QStringLiteral("secretMissing"), config.secretMissing},
    };
    if (config.authType == ims::AuthType::Jwt)
        json.insert(QStringLiteral("metascopes"), toJsonArray(config.metascopes));
    else
        json.insert(QStringLiteral("scopes"), toJsonArray(config.scopes));
    if (config.aemVersion != ims::AemVersion::Unknown)
        json.insert(QStringLiteral("aemVersion"), qs(std::string(ims::aemVersionName(config.aemVersion))));
    if (config.cloudService) {
        QJsonObject fields;
        for (const auto &[name, value] : config.cloudService->fields)
            fields.insert(qs(name), qs(value));
        json.insert(QStringLiteral("cloudService"),
                    QJsonObject {{QStringLiteral("kind"), qs(config.cloudService->kind)},
                                 {QStringLiteral("title"), qs(config.cloudService->title)},
                                 {QStringLiteral("legacy"), config.cloudService->legacy},
                                 {QStringLiteral("fields"), fields}});
    }
    if (!config.rollbackOf.empty())
        json.insert(QStringLiteral("rollbackOf"), qs(config.rollbackOf));
    if (config.migratedAt)
        json.insert(QStringLiteral("migratedAt"), isoTime(config.migratedAt));
    if (const ims::HealthRecord *last = config.lastHealth())
        json.insert(QStringLiteral("lastHealth"), toJson(*last));
    else
        json.insert(QStringLiteral("lastHealth"), QJsonValue::Null);
    if (!withDetails)
        return json;

    json.insert(QStringLiteral("technicalAccountId"), qs(config.technicalAccountId));
    json.insert(QStringLiteral("technicalAccountEmail"), qs(config.technicalAccountEmail));
    // Keychain keys, not values: where the secrets are, for scripts that manage the keychain.
    json.insert(QStringLiteral("clientSecretRef"), qs(config.clientSecretRef));
    if (!config.privateKeyRef.empty())
        json.insert(QStringLiteral("privateKeyRef"), qs(config.privateKeyRef));
    if (!config.certificatePem.empty()) {
        QJsonObject certificate {{QStringLiteral("alias"), qs(config.certificateAlias)}};
        if (auto parsed = ims::importCertificate(config.certificatePem)) {
            const ims::CertificateInfo info = ims::certificateInfo(parsed.value());
            certificate.insert(QStringLiteral("subject"), qs(info.subject));
            certificate.insert(QStringLiteral("notAfter"), isoTime(info.notAfter));
            certificate.insert(QStringLiteral("sha1Fingerprint"), qs(info.sha1Fingerprint));
            certificate.insert(QStringLiteral("sha256Fingerprint"), qs(info.sha256Fingerprint));
            certificate.insert(QStringLiteral("daysLeft"),
                qint64(ims::daysLeft(parsed.value(), std::chrono::system_clock::now())));
        }
        json.insert(QStringLiteral("certificate"), certificate);
    }
    json.insert(QStringLiteral("createdAt"), isoTime(config.createdAt));
    json.insert(QStringLiteral("updatedAt"), isoTime(config.updatedAt));
    QJsonArray health;
    for (const ims::HealthRecord &record : config.health)
        health.append(toJson(record));
    json.insert(QStringLiteral("health"), health);
    return json;
}

QJsonObject ConfigurationView::toJson(const ims::HealthReport &report)
{
    QJsonObject json {
        {QStringLiteral("ok"), report.ok},
        {QStringLiteral("checkedAt"), isoTime(report.checkedAt)},
    };
    if (!report.ok) {
        json.insert(QStringLiteral("error"), CliOutput::errorJson(report.error));
        return json;
    }
    json.insert(QStringLiteral("expiresInSeconds"), qint64(report.expiresInSeconds));
    json.insert(QStringLiteral("expiresAt"), isoTime(report.expiresAt));
    json.insert(QStringLiteral("tokenType"), qs(report.tokenType));
    json.insert(QStringLiteral("clientId"), qs(report.tokenClientId));
    json.insert(QStringLiteral("scopes"), toJsonArray(report.grantedScopes));
    if (report.clockSkewSeconds)
        json.insert(QStringLiteral("clockSkewSeconds"), qint64(*report.clockSkewSeconds));
    if (report.warning)
        json.insert(QStringLiteral("warning"), CliOutput::errorJson(*report.warning));
    return json;
}

QString ConfigurationView::healthSummary(const ims::Configuration &config)
{
    const ims::HealthRecord *last = config.lastHealth();
    if (!last)
        return tr("never checked");
    const QString when = QDateTime::fromSecsSinceEpoch(last->checkedAt, Qt::UTC)
                             .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    return last->ok ? tr("ok (%1 UTC)").arg(when)
                    : tr("%1 (%2 UTC)").arg(QString::fromUtf8(ims::errorCodeName(last->error).data()), when);
}

QStringList ConfigurationView::describe(const ims::Configuration &config)
{
    QList<QStringList> rows;
    auto row = [&rows](const QString &label, const QString &value) {
        if (!value.isEmpty())
            rows << QStringList {label, value};
    };
    row(tr("Title:"), qs(config.title));
    row(tr("Id:"), qs(config.id));
    row(tr("Cloud solution:"), solutionLabel(config.solutionId));
    row(tr("Authentication:"), authTypeLabel(config.authType));
    row(tr("AEM version:"), Messages::aemVersionLabel(config.aemVersion));
    if (config.cloudService)
        row(config.cloudService->legacy ? tr("Cloud Services (legacy):") : tr("Cloud service:"),
            tr("%1 (%2)").arg(qs(config.cloudService->title), qs(config.cloudService->kind)));
    row(tr("Authorization server:"), qs(config.authorizationServer));
    row(tr("Training sandbox:"), config.sandbox ? tr("yes") : QString());
    row(tr("Client ID:"), qs(config.clientId));
    row(tr("Client secret:"),
        config.secretMissing ? tr("MISSING from the keychain — enter it again: ims-wizard set-secret %1 --secret-stdin")
                                   .arg(qs(config.id).left(8))
        : config.clientSecretRef.empty() ? QString()
                                         : tr("in the keychain (%1)").arg(qs(config.clientSecretRef)));
    row(tr("Organization ID:"), qs(config.orgId));
    row(tr("Technical account ID:"), qs(config.technicalAccountId));
    row(tr("Technical account email:"), qs(config.technicalAccountEmail));
    row(tr("Scopes:"), joined(config.scopes));
    row(tr("Metascopes:"), joined(config.metascopes));
    if (!config.certificatePem.empty()) {
        row(tr("Certificate alias:"), qs(config.certificateAlias));
        if (auto parsed = ims::importCertificate(config.certificatePem)) {
            const ims::CertificateInfo info = ims::certificateInfo(parsed.value());
            row(tr("Certificate:"),
                tr("%1, expires %2 (%n day(s) left)", nullptr,
                    int(ims::daysLeft(parsed.value(), std::chrono::system_clock::now())))
                    .arg(qs(info.subject), isoTime(info.notAfter)));
            row(tr("SHA-1 fingerprint:"), qs(info.sha1Fingerprint));
        }
        row(tr("Private key:"),
            config.privateKeyRef.empty() ? QString()
                                         : tr("in the keychain (%1)").arg(qs(config.privateKeyRef)));
    }
    row(tr("Rollback copy of:"), qs(config.rollbackOf));
    row(tr("Migrated to OAuth:"), config.migratedAt ? isoTime(config.migratedAt) : QString());
    row(tr("Created:"), config.createdAt ? isoTime(config.createdAt) : QString());
    row(tr("Updated:"), config.updatedAt ? isoTime(config.updatedAt) : QString());
    row(tr("Last health check:"), healthSummary(config));
    return formatTable(rows);
}

QStringList ConfigurationView::tableHeader()
{
    return {tr("ID"), tr("TITLE"), tr("AUTH"), tr("SOLUTION"), tr("SERVER"), tr("LAST CHECK")};
}

QStringList ConfigurationView::tableRow(const ims::Configuration &config)
{
    QString title = qs(config.title);
    if (!config.rollbackOf.empty())
        title += QLatin1Char(' ') + tr("(rollback copy of %1)").arg(qs(config.rollbackOf).left(8));
    const QString server = config.sandbox ? tr("sandbox") : qs(config.authorizationServer);
    return {qs(config.id).left(8), title, config.authType == ims::AuthType::Jwt ? tr("JWT") : tr("OAuth"),
        qs(config.solutionId), server, healthSummary(config)};
}

QStringList ConfigurationView::describe(const ims::Configuration &config, const ims::HealthReport &report)
{
    const QString name = QStringLiteral("%1 [%2]").arg(qs(config.title), qs(config.id).left(8));
    QStringList lines;
    if (!report.ok) {
        const QStringList error = CliOutput::describe(report.error);
        lines << tr("FAILED  %1 — %2").arg(name, error.first());
        for (qsizetype i = 1; i < error.size(); ++i)
            lines << QStringLiteral("        ") + error[i];
        return lines;
    }
    lines << tr("OK      %1 — token expires in %n second(s), at %2", nullptr, int(report.expiresInSeconds))
                 .arg(name, isoTime(report.expiresAt));
    lines << QStringLiteral("        ")
            + tr("Client ID: %1")
                  .arg(qs(report.tokenClientId.empty() ? config.clientId : report.tokenClientId));
    if (!report.grantedScopes.empty())
        lines << QStringLiteral("        ") + tr("Scopes: %1").arg(joined(report.grantedScopes));
    if (report.warning) {
        // Found by core (the server's Date header) and explained like an error.
        const UserMessage m = Messages::describe(*report.warning);
        lines << QStringLiteral("        ") + tr("Warning: %1. %2").arg(m.title, m.text);
        lines << QStringLiteral("        ") + tr("What to do: %1").arg(m.remedy);
    }
    return lines;
}

QStringList ConfigurationView::formatTable(const QList<QStringList> &rows)
{
    QList<qsizetype> widths;
    for (const QStringList &row : rows) {
        for (qsizetype column = 0; column < row.size(); ++column) {
            if (widths.size() <= column)
                widths << 0;
            widths[column] = std::max(widths[column], row[column].size());
        }
    }
    QStringList lines;
    for (const QStringList &row : rows) {
        QString line;
        for (qsizetype column = 0; column < row.size(); ++column)
            line += column + 1 < row.size() ? row[column].leftJustified(widths[column] + 2) : row[column];
        lines << line;
    }
    return lines;
}
