#pragma once
// How IMS Wizard reaches the network: the system proxy (default), an explicit HTTP proxy with an
// optional user (its password in the keychain, never in the file), or no proxy; and an extra CA
// certificate for a TLS-inspecting corporate proxy, trusted for IMS connections only.
// Kept in <config dir>/network.ini.

#include "qttransport.h"

#include <QCoreApplication>
#include <QList>
#include <QSslCertificate>
#include <QString>
#include <QStringList>
#include <functional>
#include <imscore/error.h>
#include <imscore/secret_store.h>
#include <optional>

class NetworkSettings
{
    Q_DECLARE_TR_FUNCTIONS(NetworkSettings)
public:
    using Mode = ProxySettings::Mode;

    Mode mode = Mode::System;
    QString host;
    quint16 port = 0;
    QString user;
    QString extraCaPath; // PEM file; empty: none

    static QString fileName() { return QStringLiteral("network.ini"); }
    static std::string passwordKey() { return "network/proxy_password"; }
    static QString filePath(const QString &configDir);

    // Missing file: the defaults (system proxy, no extra CA).
    static NetworkSettings load(const QString &configDir);
    bool save(const QString &configDir, QString *errorMessage) const;

    // What is wrong, one translated sentence each; empty when usable.
    QStringList problems() const;
    // The certificates in extraCaPath (empty path: none). errorMessage set when unusable.
    QList<QSslCertificate> loadExtraCas(QString *errorMessage = nullptr) const;
    static QList<QSslCertificate> readCaFile(const QString &path, QString *errorMessage);
    // A host as typed: a name or an address, without a scheme, path or port.
    static bool isValidHost(const QString &host);

    bool operator==(const NetworkSettings &other) const = default;
};

// Applies settings to the transport: reads the proxy password from the keychain (when a user is
// set) and the extra CA file. The transport holds requests until this is done, so a check started
// meanwhile waits instead of going out without the proxy. done(error) reports a missing password
// or an unreadable CA file; the rest is applied anyway.
void applyNetworkSettings(const NetworkSettings &settings, QtTransport *transport, ims::SecretStore *secrets,
    std::function<void(std::optional<QString> problem)> done = {});
