#include "networksettings.h"

#include "logging.h"

#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QPointer>
#include <QRegularExpression>
#include <QSettings>

namespace {

QString modeName(NetworkSettings::Mode mode)
{
    switch (mode) {
    case NetworkSettings::Mode::System:
        return QStringLiteral("system");
    case NetworkSettings::Mode::Explicit:
        return QStringLiteral("explicit");
    case NetworkSettings::Mode::None:
        return QStringLiteral("none");
    }
    return QStringLiteral("system");
}

NetworkSettings::Mode modeFromName(const QString &name)
{
    if (name == QLatin1String("explicit"))
        return NetworkSettings::Mode::Explicit;
    if (name == QLatin1String("none"))
        return NetworkSettings::Mode::None;
    return NetworkSettings::Mode::System;
}

constexpr qint64 kMaxCaFileBytes = 1024 * 1024;

} // namespace

QString NetworkSettings::filePath(const QString &configDir)
{
    return QDir(configDir).filePath(fileName());
}

NetworkSettings NetworkSettings::load(const QString &configDir)
{
    NetworkSettings settings;
    const QString path = filePath(configDir);
    if (!QFile::exists(path))
        return settings;
    QSettings ini(path, QSettings::IniFormat);
    ini.beginGroup(QStringLiteral("proxy"));
    settings.mode = modeFromName(ini.value(QStringLiteral("mode")).toString());
    settings.host = ini.value(QStringLiteral("host")).toString();
    const int port = ini.value(QStringLiteral("port")).toInt();
    settings.port = port > 0 && port <= 65535 ? quint16(port) : 0;
    settings.user = ini.value(QStringLiteral("user")).toString();
    ini.endGroup();
    settings.extraCaPath = ini.value(QStringLiteral("tls/extra_ca")).toString();
    return settings;
}

bool NetworkSettings::save(const QString &configDir, QString *errorMessage) const
{
    if (!QDir().mkpath(configDir)) {
        if (errorMessage)
            *errorMessage = tr("Cannot create the folder %1.").arg(configDir);
        return false;
    }
    QSettings ini(filePath(configDir), QSettings::IniFormat);
    ini.clear();
    ini.beginGroup(QStringLiteral("proxy"));
    ini.setValue(QStringLiteral("mode"), modeName(mode));
    if (mode == Mode::Explicit) {
        ini.setValue(QStringLiteral("host"), host);
        ini.setValue(QStringLiteral("port"), int(port));
        if (!user.isEmpty())
            ini.setValue(QStringLiteral("user"), user);
    }
    ini.endGroup();
    if (!extraCaPath.isEmpty())
        ini.setValue(QStringLiteral("tls/extra_ca"), extraCaPath);
    ini.sync();
    if (ini.status() != QSettings::NoError) {
        if (errorMessage)
            *errorMessage = tr("Cannot write %1.").arg(filePath(configDir));
        return false;
    }
    return true;
}

bool NetworkSettings::isValidHost(const QString &host)
{
    if (host.isEmpty() || host.size() > 253)
        return false;
    QHostAddress address;
    if (address.setAddress(host))
        return true;
    // A DNS name: letters, digits, hyphens and dots; no scheme, path, port or blanks.
    static const QRegularExpression name(QStringLiteral(
        "^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$"));
    return name.match(host).hasMatch();
}

QStringList NetworkSettings::problems() const
{
    QStringList list;
    if (mode == Mode::Explicit) {
        if (host.isEmpty())
            list << tr("Enter the proxy host.");
        else if (!isValidHost(host))
            list << tr(
                "\"%1\" is not a host name or address. Enter it without http:// and without a port, for "
                "example proxy.example.com.")
                        .arg(host);
        if (port == 0)
            list << tr("Enter the proxy port (1 to 65535).");
    }
    if (!extraCaPath.isEmpty()) {
        QString error;
        if (readCaFile(extraCaPath, &error).isEmpty())
            list << error;
    }
    return list;
}

QList<QSslCertificate> NetworkSettings::readCaFile(const QString &path, QString *errorMessage)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (errorMessage)
            *errorMessage = tr("Cannot read the CA certificate file %1: %2").arg(path, file.errorString());
        return {};
    }
    const QByteArray data = file.read(kMaxCaFileBytes);
    QList<QSslCertificate> certificates = QSslCertificate::fromData(data, QSsl::Pem);
    if (certificates.isEmpty())
        certificates = QSslCertificate::fromData(data, QSsl::Der);
    certificates.removeIf([](const QSslCertificate &c) { return c.isNull(); });
    if (certificates.isEmpty() && errorMessage)
        *errorMessage = tr("%1 holds no certificate (expected PEM or DER).").arg(path);
    return certificates;
}

QList<QSslCertificate> NetworkSettings::loadExtraCas(QString *errorMessage) const
{
    if (extraCaPath.isEmpty())
        return {};
    return readCaFile(extraCaPath, errorMessage);
}

void applyNetworkSettings(const NetworkSettings &settings, QtTransport *transport, ims::SecretStore *secrets,
    std::function<void(std::optional<QString>)> done)
{
    std::optional<QString> problem;
    QString caError;
    const QList<QSslCertificate> cas = settings.loadExtraCas(&caError);
    if (!settings.extraCaPath.isEmpty() && cas.isEmpty())
        problem = caError;
    transport->setExtraImsCaCertificates(cas);

    ProxySettings proxy;
    proxy.mode = settings.mode;
    proxy.host = settings.host;
    proxy.port = settings.port;
    proxy.user = settings.user;
    if (settings.mode != NetworkSettings::Mode::Explicit || settings.user.isEmpty() || !secrets) {
        transport->setProxy(proxy);
        if (done)
            done(problem);
        return;
    }
    transport->holdRequests();
    QPointer<QtTransport> guard(transport);
    secrets->read(NetworkSettings::passwordKey(),
        [guard, proxy, problem, done](
            std::optional<ims::Secret> password, std::optional<ims::Error> error) mutable {
            if (password)
                proxy.password = std::move(*password);
            else
                qCWarning(lcTransport) << "no proxy password in the keychain:"
                                       << (error ? ims::errorCodeName(error->code).data() : "");
            if (guard) {
                guard->setProxy(proxy);
                guard->releaseRequests();
            }
            if (!password && !problem)
                problem = NetworkSettings::tr("The proxy password for %1 is not in the keychain.")
                              .arg(proxy.user);
            if (done)
                done(problem);
        });
}
