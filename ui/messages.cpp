#include "messages.h"

#include <imscore/cloud_service.h>

using ims::ErrorCode;

UserMessage Messages::describe(const ims::Error &error)
{
    UserMessage m;
    switch (error.code) {
    case ErrorCode::None:
        m.title = tr("No error");
        break;
    case ErrorCode::InvalidClientId:
        m.title = tr("Unknown client ID");
        m.text = tr("Adobe IMS does not know this client ID.");
        m.remedy = tr("Copy the client ID again from the credential in the Adobe Developer Console, and check that "
                      "the authorization server matches the credential's environment (production or stage).");
        break;
    case ErrorCode::InvalidClientSecret:
        m.title = tr("Wrong client secret");
        m.text = tr("Adobe IMS knows the client ID but rejected the client secret.");
        m.remedy = tr("Use \"Retrieve client secret\" in the Developer Console and paste it again. If the secret was "
                      "rotated, use the newer one.");
        break;
    case ErrorCode::InvalidClient:
        m.title = tr("Client rejected");
        m.text = tr("Adobe IMS rejected the client credentials.");
        m.remedy = tr("Check the client ID and secret in the Developer Console, and that the credential has the "
                      "API this configuration is for.");
        break;
    case ErrorCode::InvalidScope:
        m.title = tr("Scope not granted");
        m.text = tr("One or more requested scopes are not granted to this credential.");
        m.remedy = tr("Copy the scopes exactly as the Developer Console lists them for the credential, or add the "
                      "missing API or product profile to the project.");
        break;
    case ErrorCode::InvalidToken:
        m.title = tr("Token rejected");
        m.text = tr("Adobe IMS could not accept the signed JWT: it is malformed or has expired.");
        m.remedy = tr("Check that this computer's clock is correct, then try again.");
        break;
    case ErrorCode::JwtSignatureMismatch:
        m.title = tr("Private key does not match");
        m.text = tr("The JWT was signed with a private key whose certificate is not uploaded to this credential.");
        m.remedy = tr("Upload this configuration's public certificate to the credential in the Developer Console, or "
                      "use the private key that belongs to the uploaded certificate.");
        break;
    case ErrorCode::InvalidSignature:
        m.title = tr("Invalid signature");
        m.text = tr("Adobe IMS could not verify the JWT's signature.");
        m.remedy = tr("Use the private key that belongs to the certificate uploaded to the credential.");
        break;
    case ErrorCode::BadRequest:
        m.title = tr("Request rejected");
        m.text = tr("Adobe IMS rejected the request as malformed.");
        m.remedy = tr("Check the organization ID and technical account ID: they must be copied exactly from the "
                      "Developer Console.");
        break;
    case ErrorCode::ServerError:
        m.title = tr("Adobe IMS error");
        m.text = tr("Adobe IMS answered with an internal error.");
        m.remedy = tr("Try again later. For a JWT credential this also means it was already converted to OAuth: "
                      "migrate the configuration.");
        break;
    case ErrorCode::Throttled:
        m.title = tr("Too many requests");
        m.text = error.retryAfterSeconds >= 0
            ? tr("Adobe IMS is throttling this client: wait %n second(s) before trying again.", nullptr,
                 int(error.retryAfterSeconds))
            : tr("Adobe IMS is throttling this client.");
        m.remedy = tr("Wait, then check again. Applications should cache the token until shortly before it expires "
                      "instead of requesting a new one for each call.");
        break;
    case ErrorCode::UnknownImsError:
        m.title = tr("Adobe IMS error");
        m.text = tr("Adobe IMS answered with the error \"%1\".").arg(QString::fromStdString(error.imsCode));
        m.remedy = tr("Read the server's description below and check the credential in the Developer Console.");
        break;
    case ErrorCode::UnexpectedStatus:
        m.title = tr("Unexpected answer");
        m.text = tr("The server answered with HTTP status %1 and no error description.").arg(error.httpStatus);
        m.remedy = tr("Check that the authorization server is Adobe IMS (for example https://ims-na1.adobelogin.com) "
                      "and that no proxy is answering instead.");
        break;
    case ErrorCode::MalformedTokenResponse:
        m.title = tr("Incomplete token response");
        m.text = tr("The server answered successfully but without a usable access token.");
        m.remedy = tr("Check that the authorization server is Adobe IMS and not a proxy or another service.");
        break;
    case ErrorCode::Timeout:
        m.title = tr("No answer in time");
        m.text = tr("The authorization server did not answer in time.");
        m.remedy = tr("Check the network connection and proxy settings, then try again.");
        break;
    case ErrorCode::TlsFailure:
        m.title = tr("Secure connection failed");
        m.text = tr("The server's TLS certificate could not be verified.");
        m.remedy = tr("If a corporate proxy inspects TLS, add its CA certificate for IMS connections. Never turn "
                      "verification off.");
        break;
    case ErrorCode::HostNotFound:
        m.title = tr("Server not found");
        m.text = tr("The authorization server's host name could not be resolved.");
        m.remedy = tr("Check the authorization server URL and this computer's DNS and proxy settings. Without a "
                      "network, use the training sandbox.");
        break;
    case ErrorCode::ConnectionRefused:
        m.title = tr("Connection refused");
        m.text = tr("The authorization server refused the connection.");
        m.remedy = tr("Check the URL and port, and whether a firewall or proxy blocks the connection.");
        break;
    case ErrorCode::ConnectionClosed:
        m.title = tr("Connection closed");
        m.text = tr("The server closed the connection before answering.");
        m.remedy = tr("Try again; if it persists, check proxies or firewalls between this computer and Adobe IMS.");
        break;
    case ErrorCode::NotJson:
        m.title = tr("Not an IMS answer");
        m.text = tr("The server's answer is not JSON, so it did not come from Adobe IMS.");
        m.remedy = tr("Check the authorization server URL; a proxy or captive portal may be answering instead.");
        break;
    case ErrorCode::BodyTooLarge:
        m.title = tr("Answer too large");
        m.text = tr("The server's answer was far larger than any token response and was cut off.");
        m.remedy = tr("Check the authorization server URL; this is not Adobe IMS answering.");
        break;
    case ErrorCode::Redirected:
        m.title = tr("Redirect refused");
        m.text = tr("The server redirected the token request elsewhere. It was not followed, so the client secret "
                    "was not sent again.");
        m.remedy = tr("Use the authorization server's final address directly.");
        break;
    case ErrorCode::NetworkFailure:
        m.title = tr("Network error");
        m.text = tr("The request failed on the network.");
        m.remedy = tr("Check the network connection and proxy settings, then try again.");
        break;
    case ErrorCode::StoreNewerSchema:
        m.title = tr("Made by a newer version");
        m.text = tr("The configurations file was written by a newer version of IMS Wizard.");
        m.remedy = tr("Update IMS Wizard. The file was left unchanged.");
        break;
    case ErrorCode::StoreCorrupt:
        m.title = tr("Configurations file damaged");
        m.text = tr("The configurations file could not be read.");
        m.remedy = tr("Restore it from a backup; it was left unchanged.");
        break;
    case ErrorCode::StoreIo:
        m.title = tr("Could not save");
        m.text = tr("The configurations file could not be written.");
        m.remedy = tr("Check free disk space and the permissions of the configuration folder.");
        break;
    case ErrorCode::StoreLocked:
        m.title = tr("Already open");
        m.text = tr("Another IMS Wizard window is using the configurations.");
        m.remedy = tr("Close the other window, then try again.");
        break;
    case ErrorCode::SecretMissing:
        m.title = tr("Secret missing");
        m.text = tr("The secret for this configuration is not in the keychain.");
        m.remedy = tr("Enter the client secret again: Properties → \"Enter the client secret again…\", or "
                      "ims-wizard set-secret NAME --secret-stdin. The configuration is kept, marked \"secret "
                      "missing\".");
        break;
    case ErrorCode::KeychainUnavailable:
        m.title = tr("No keychain");
        m.text = tr("No keychain service is available, so the secret cannot be stored safely.");
        m.remedy = tr("Start the desktop's keychain (GNOME Keyring or KWallet with the Secret Service) and try "
                      "again. IMS Wizard never stores secrets in plain files.");
        break;
    case ErrorCode::KeychainLocked:
        m.title = tr("Keychain locked");
        m.text = tr("The keychain is locked, so the secret can be neither read nor stored. Nothing was saved "
                    "without it.");
        m.remedy = tr("Unlock the keychain (for example the \"Login\" keyring in Passwords and Keys), then try "
                      "again.");
        break;
    case ErrorCode::KeychainDenied:
        m.title = tr("Keychain access denied");
        m.text = tr("The keychain refused access, so the secret can be neither read nor stored. Nothing was "
                    "saved without it.");
        m.remedy = tr("Allow IMS Wizard to use the keychain (answer the keychain's prompt, or check its access "
                      "settings), then try again.");
        break;
    case ErrorCode::KeychainFailure:
        m.title = tr("Keychain error");
        m.text = tr("The keychain reported an error.");
        m.remedy = tr("Try again; if it persists, check the desktop's keychain service.");
        break;
    case ErrorCode::CryptoFailure:
        m.title = tr("Cryptography error");
        m.text = tr("A key or certificate operation failed.");
        m.remedy = tr("Check that the file is a valid key or certificate and that the passphrase is right.");
        break;
    case ErrorCode::WrongPassphrase:
        m.title = tr("Wrong passphrase");
        m.text = tr("The file is protected and the passphrase does not open it.");
        m.remedy = tr("Enter the passphrase or keystore password it was exported with.");
        break;
    case ErrorCode::KeyCertificateMismatch:
        m.title = tr("Key and certificate do not belong together");
        m.text = tr("The private key is not the one the certificate was made for.");
        m.remedy = tr("Choose the private key that was generated with this certificate (for the Developer Console's "
                      "config.zip: private.key with certificate_pub.crt).");
        break;
    case ErrorCode::UnsupportedKey:
        m.title = tr("Unsupported key");
        m.text = tr("Adobe IMS needs an RSA key of at least 2048 bits.");
        m.remedy = tr("Create a new certificate here, or generate an RSA 2048 key pair.");
        break;
    case ErrorCode::JwtEndOfLife:
        m.title = tr("JWT credentials reached end of life");
        m.text = tr("Adobe stopped JWT (Service Account) credentials on 30 June 2025; new ones cannot be created "
                    "against Adobe IMS.");
        m.remedy = tr("Create an OAuth Server-to-Server configuration instead. To practise the legacy flow, use the "
                      "training sandbox.");
        break;
    case ErrorCode::TlsHostNameMismatch:
        m.title = tr("Certificate for another server");
        m.text = tr("The server's TLS certificate was made for a different host name than the authorization "
                    "server URL, so the connection was not made and no secret was sent.");
        m.remedy = tr("Check the authorization server URL for typos (for example ims-na1.adobelogin.com), and "
                      "whether a proxy or DNS entry sends the request to another server.");
        break;
    case ErrorCode::TlsCertificateExpired:
        m.title = tr("Server certificate expired");
        m.text = tr("The server's TLS certificate is outside its validity period, so the connection was not made "
                    "and no secret was sent.");
        m.remedy = tr("First check this computer's date and time. If they are right, the server (or a proxy in "
                      "between) presents an expired certificate: tell its operator.");
        break;
    case ErrorCode::ResponseInterrupted:
        m.title = tr("Answer interrupted");
        m.text = tr("The server started to answer, but the connection broke before the answer was complete. "
                    "Nothing was saved.");
        m.remedy = tr("Check again. If it keeps happening, an unstable network, a VPN or a proxy is cutting the "
                      "connection.");
        break;
    case ErrorCode::SlowResponse:
        m.title = tr("Answer too slow");
        m.text = tr("The server started to answer but sent it so slowly that it did not complete in time. "
                    "Nothing was saved.");
        m.remedy = tr("Check again later. A congested network, a throttling proxy or an overloaded server can "
                      "cause this.");
        break;
    case ErrorCode::InvalidRequest:
        m.title = tr("Malformed token request");
        m.text = tr("Adobe IMS could not read the token request (invalid_request): a parameter is missing or "
                    "malformed.");
        m.remedy = tr("Check that the authorization server is the IMS base URL only, and that no proxy rewrites "
                      "the request body.");
        break;
    case ErrorCode::UnsupportedGrantType:
        m.title = tr("Grant type not supported");
        m.text = tr("Adobe IMS does not accept this grant type for the credential (unsupported_grant_type).");
        m.remedy = tr("Use an OAuth Server-to-Server credential (client_credentials) from the Developer Console, "
                      "not a user-login (OAuth Web App or Single-Page App) credential.");
        break;
    case ErrorCode::ClockSkew:
        m.title = tr("Clock out of step");
        m.text = error.clockSkewSeconds > 0
            ? tr("This computer's clock is %n second(s) behind the server's (from the server's Date header).",
                 nullptr, int(error.clockSkewSeconds))
            : tr("This computer's clock is %n second(s) ahead of the server's (from the server's Date header).",
                 nullptr, int(-error.clockSkewSeconds));
        m.remedy = tr("Turn on automatic time (NTP) for this computer. OAuth tokens still work, but their expiry "
                      "times look shifted, and JWT credentials are rejected beyond about 30 seconds.");
        break;
    case ErrorCode::TargetForbidden:
        m.title = tr("Target refused: product role");
        m.text = tr("Adobe Target accepted the token but refused the request: the credential's technical account "
                    "has the Target product role Observer (or none), which may only read.");
        m.remedy = tr("In the Admin Console, open Adobe Target, the product profile of this credential, and give "
                      "the technical account (API credentials) the role Editor. Then connect again.");
        break;
    case ErrorCode::TargetTenantNotFound:
        m.title = tr("Unknown Target tenant");
        m.text = tr("Adobe Target does not know this Tenant ID.");
        m.remedy = tr("Copy the tenant from the Experience Cloud address (the part after @ in "
                      "experience.adobe.com/#/@tenant/target) into Tenant ID.");
        break;
    case ErrorCode::BrandPortalExists:
        m.title = tr("A Brand Portal configuration exists");
        m.text = tr("AEM allows exactly one Brand Portal IMS configuration.");
        m.remedy = tr("Replace the existing configuration, or cancel and edit it instead.");
        break;
    case ErrorCode::MalformedInput:
        m.title = tr("Unreadable input");
        m.text = tr("The input could not be read.");
        m.remedy = tr("Check that it is the file or text the Developer Console gave you.");
        break;
    case ErrorCode::ProxyAuthenticationFailed:
        m.title = tr("Proxy sign-in failed");
        m.text = tr("The proxy asks for a user name and password, and none were set or it rejected them. The same "
                    "password is not sent again, so the proxy account is not locked.");
        m.remedy = tr("Open Network settings and enter the proxy user name and password again (ask your network "
                      "administrator which account to use).");
        break;
    case ErrorCode::ProxyUnreachable:
        m.title = tr("Proxy not reachable");
        m.text = tr("The proxy could not be reached, or it refused the connection.");
        m.remedy = tr("Check the proxy host and port in Network settings, or choose \"System proxy\" or \"No "
                      "proxy\" there.");
        break;
    case ErrorCode::TlsUntrustedCertificate:
        m.title = tr("Untrusted certificate");
        m.text = tr("The server presented a certificate chain that this computer does not trust, so no secret was sent. A corporate proxy "
                    "that inspects TLS is the usual cause: the certificates below show who signed it.");
        m.remedy = tr("If the issuer is your company's proxy, ask for its CA certificate and add it in Network "
                      "settings (it is trusted for IMS connections only). Otherwise do not continue: someone may be "
                      "intercepting the connection. Verification is never turned off.");
        break;
    }
    QStringList details;
    if (error.httpStatus > 0)
        details << tr("HTTP status %1").arg(error.httpStatus);
    if (!error.imsCode.empty())
        details << tr("IMS error: %1").arg(QString::fromStdString(error.imsCode));
    if (!error.imsDescription.empty())
        details << tr("Description: %1").arg(QString::fromStdString(error.imsDescription));
    if (!error.detail.empty())
        details << QString::fromStdString(error.detail);
    if (!error.presentedChain.empty()) {
        details << tr("Certificates presented (first is the server's):");
        int position = 0;
        for (const ims::CertificateSummary &c : error.presentedChain) {
            details << tr("%1. Subject: %2").arg(++position).arg(QString::fromStdString(c.subject));
            details << tr("   Issuer: %1").arg(QString::fromStdString(c.issuer));
            details << tr("   SHA-256: %1").arg(QString::fromStdString(c.sha256));
            details << tr("   Valid: %1 to %2").arg(QString::fromStdString(c.notBefore), QString::fromStdString(c.notAfter));
        }
    }
    m.details = details.join(QLatin1Char('\n'));
    return m;
}

QString Messages::fieldLabel(ims::Field field)
{
    switch (field) {
    case ims::Field::Title: return tr("Title");
    case ims::Field::Solution: return tr("Cloud solution");
    case ims::Field::AuthorizationServer: return tr("Authorization server");
    case ims::Field::ClientId: return tr("Client ID");
    case ims::Field::ClientSecret: return tr("Client secret");
    case ims::Field::OrgId: return tr("Organization ID");
    case ims::Field::TechnicalAccountId: return tr("Technical account ID");
    case ims::Field::TechnicalAccountEmail: return tr("Technical account email");
    case ims::Field::Scopes: return tr("Scopes");
    case ims::Field::Document: return tr("Document");
    case ims::Field::AuthType: return tr("Authentication");
    case ims::Field::Metascopes: return tr("Metascopes");
    case ims::Field::PrivateKey: return tr("Private key");
    case ims::Field::Certificate: return tr("Certificate");
    case ims::Field::AemVersion: return tr("AEM version");
    case ims::Field::CloudService: return tr("Cloud service setting");
    }
    return {};
}

QString Messages::aemVersionLabel(ims::AemVersion version)
{
    switch (version) {
    case ims::AemVersion::Unknown: return {};
    case ims::AemVersion::Aem63OrEarlier: return tr("AEM 6.3 or earlier");
    case ims::AemVersion::Aem64To65BeforeSp20: return tr("AEM 6.4, or 6.5 before SP20");
    case ims::AemVersion::Aem65Sp20OrHotfix: return tr("AEM 6.5 SP20 or later (or with the hotfix)");
    case ims::AemVersion::CloudService: return tr("AEM as a Cloud Service");
    }
    return {};
}

QString Messages::cloudServiceFieldLabel(const std::string &id)
{
    if (id == "jcr:title") return tr("Title");
    if (id == "authentication") return tr("Authentication");
    if (id == "clientCode") return tr("Client Code");
    if (id == "tenantId") return tr("Tenant ID");
    if (id == "imsConfigId") return tr("IMS Configuration");
    if (id == "api") return tr("API Type");
    if (id == "a4tAnalyticsConfiguration") return tr("A4T Analytics Cloud Configuration");
    if (id == "useAccurateTargeting") return tr("Use accurate targeting");
    if (id == "synchronizeSegments") return tr("Synchronize segments from Adobe Target");
    if (id == "clientLibrary") return tr("Client library");
    if (id == "useTagManagement") return tr("Use Tag Management System to deliver client library");
    if (id == "customAtJs") return tr("Custom AT.js");
    if (id == "serviceUrl") return tr("Service URL");
    if (id == "locale") return tr("Locale");
    if (id == "company") return tr("Company");
    if (id == "property") return tr("Property");
    if (id == "stagingLibraryUri") return tr("Staging library URI");
    if (id == "productionLibraryUri") return tr("Production library URI");
    if (id == "linkExternalizerAlias") return tr("AEM Link Externalizer alias");
    if (id == "apiKey") return tr("API Key");
    if (id == "technicalAccountId") return tr("Technical Account ID");
    if (id == "orgId") return tr("Organization ID");
    if (id == "clientSecret") return tr("Client Secret");
    if (id == "replaceBrandPortal") return tr("Consent to replace the existing Brand Portal configuration");
    return QString::fromStdString(id);
}

QString Messages::describe(const ims::FieldProblem &p)
{
    const QString field = p.field == ims::Field::CloudService ? cloudServiceFieldLabel(p.detail) : fieldLabel(p.field);
    const QString detail = QString::fromStdString(p.detail);
    switch (p.problem) {
    case ims::Problem::Required: return tr("%1 is required.").arg(field);
    case ims::Problem::NotHttps:
        return tr("%1 must use https:// (plain http:// is allowed only for this computer).").arg(field);
    case ims::Problem::InvalidUrl:
        return detail.isEmpty() ? tr("%1 is not a valid URL.").arg(field)
                                : tr("%1 must be the server only, without \"%2\".").arg(field, detail);
    case ims::Problem::OrgIdSuffix: return tr("%1 must end with @AdobeOrg.").arg(field);
    case ims::Problem::TechnicalAccountSuffix: return tr("%1 must end with @techacct.adobe.com.").arg(field);
    case ims::Problem::ClientIdShape:
        return tr("%1 may contain only letters, digits, dots, dashes and underscores (3 to 128).").arg(field);
    case ims::Problem::ContainsWhitespace: return tr("%1 must not contain spaces.").arg(field);
    case ims::Problem::ScopeInvalid: return tr("The scope \"%1\" contains characters scopes never have.").arg(detail);
    case ims::Problem::ScopeDuplicate: return tr("The scope \"%1\" is listed twice.").arg(detail);
    case ims::Problem::UnknownSolution: return tr("Choose a cloud solution from the list.");
    case ims::Problem::MalformedJson: return tr("This is not valid JSON (%1).").arg(detail);
    case ims::Problem::UnknownShape:
        return tr("This JSON is not a Developer Console project or credential download.");
    case ims::Problem::WrongType: return tr("The value of \"%1\" has the wrong type.").arg(detail);
    case ims::Problem::NoCredential: return tr("The file contains no OAuth Server-to-Server credential.");
    case ims::Problem::JwtCredential:
        return tr("The file contains a JWT (Service Account) credential, which reached end of life. Add an OAuth "
                  "Server-to-Server credential in the Developer Console and download again.");
    case ims::Problem::JwtEndOfLife:
        return tr("JWT credentials reached end of life on 30 June 2025: new ones work only in the training sandbox. "
                  "Choose OAuth Server-to-Server.");
    case ims::Problem::CertificateExpired: return tr("%1 has expired. Create a new certificate.").arg(field);
    case ims::Problem::NeedsNewerAem:
        return tr("AEM 6.3 and earlier have no IMS configuration for this solution; only Adobe I/O Events has a "
                  "legacy Cloud Services configuration there. Choose a newer AEM version or Adobe I/O Events.");
    case ims::Problem::OAuthNeedsNewerAem:
        return tr("OAuth Server-to-Server needs AEM 6.5 Service Pack 20 or later, or SP11–SP19 with the %1.")
            .arg(QString::fromLatin1(ims::kOAuthCompatibilityHotfix.data(), qsizetype(ims::kOAuthCompatibilityHotfix.size())));
    case ims::Problem::UnknownChoice: return tr("Choose one of the values offered for %1.").arg(field);
    case ims::Problem::TenantShape:
        return tr("%1 may contain only lower-case letters, digits, dashes and underscores.").arg(field);
    case ims::Problem::BrandPortalUrlShape:
        return tr("%1 must look like https://<tenant>.brand-portal.adobe.com.").arg(field);
    }
    return {};
}
