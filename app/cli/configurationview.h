#pragma once
// Configurations and health results as the command line shows them: JSON objects for --json and
// lines of text. Never a secret value: configurations hold keychain references only, and a
// health report's access token is left out.

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>
#include <imscore/configuration.h>
#include <imscore/token.h>

class ConfigurationView
{
    Q_DECLARE_TR_FUNCTIONS(ConfigurationView)
public:
    static QJsonObject toJson(const ims::Configuration &config, bool withDetails);
    static QJsonObject toJson(const ims::HealthRecord &record);
    // What a token request proved (expiry, scopes, client id) or why it failed. No token.
    static QJsonObject toJson(const ims::HealthReport &report);

    // "key: value" lines for `show`.
    static QStringList describe(const ims::Configuration &config);
    // One table row for `list`.
    static QStringList tableHeader();
    static QStringList tableRow(const ims::Configuration &config);
    // "OAuth" / "JWT (deprecated)".
    static QString authTypeLabel(ims::AuthType type);
    // "ok 2025-01-31 12:00 UTC" / "invalid_client_secret 2025-…" / "never".
    static QString healthSummary(const ims::Configuration &config);
    // The lines `check` prints for one result.
    static QStringList describe(const ims::Configuration &config, const ims::HealthReport &report);

    static QString isoTime(std::int64_t epochSeconds);
    static QString isoTime(ims::TimePoint time);
    // Text columns padded to the widest cell.
    static QStringList formatTable(const QList<QStringList> &rows);
};
