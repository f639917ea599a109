// Writes the seed corpora (fuzz/corpus/<target>/) from the shared samples and core's own
// exporters: make_seeds OUT_DIR. Keys and certificates are fresh throw-away ones made here; they
// belong to nobody. Run by hand when a format changes, then commit what it wrote.
#include "stored_zip.h"

#include "imscore/certificates.h"
#include "imscore/form.h"
#include "imscore/jwt.h"
#include "imscore/jwt_credentials.h"
#include "imscore/osgi.h"
#include "imscore/sandbox.h"
#include "imscore/store.h"

#include <nlohmann/json.hpp>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <zlib.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

namespace fs = std::filesystem;
using namespace ims;

namespace {

fs::path outDir;

void seed(const std::string &target, const std::string &name, std::string_view bytes)
{
    const fs::path dir = outDir / target;
    fs::create_directories(dir);
    std::ofstream(dir / name, std::ios::binary).write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

std::string sample(const std::string &name)
{
    std::ifstream in(fs::path(IMS_SAMPLES_DIR) / name, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    if (text.str().empty()) {
        std::cerr << "missing sample " << name << "\n";
        std::exit(1);
    }
    return text.str();
}

template<class T>
T must(Result<T> result, const char *what)
{
    if (!result.ok()) {
        std::cerr << what << ": " << result.error().detail << "\n";
        std::exit(1);
    }
    return std::move(result.value());
}

std::string bioText(BIO *bio)
{
    char *data = nullptr;
    const long length = BIO_get_mem_data(bio, &data);
    return std::string(data, static_cast<std::size_t>(length));
}

// A ZIP with one deflated entry (the reader's other method).
std::string deflatedZip(const std::string &name, const std::string &data)
{
    z_stream stream {};
    deflateInit2(&stream, Z_BEST_COMPRESSION, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY);
    std::string packed(deflateBound(&stream, data.size()), '\0');
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.data()));
    stream.avail_in = static_cast<uInt>(data.size());
    stream.next_out = reinterpret_cast<Bytef *>(packed.data());
    stream.avail_out = static_cast<uInt>(packed.size());
    deflate(&stream, Z_FINISH);
    packed.resize(stream.total_out);
    deflateEnd(&stream);

    using testzip::put16;
    using testzip::put32;
    const std::uint32_t crc = testzip::crc32Of(data);
    std::string archive;
    put32(archive, 0x04034b50);
    for (std::uint32_t v : {20u, 0u, 8u, 0u, 0u})
        put16(archive, v);
    put32(archive, crc);
    put32(archive, static_cast<std::uint32_t>(packed.size()));
    put32(archive, static_cast<std::uint32_t>(data.size()));
    put16(archive, static_cast<std::uint32_t>(name.size()));
    put16(archive, 0);
    archive += name + packed;
    const auto directoryOffset = static_cast<std::uint32_t>(archive.size());
    std::string directory;
    put32(directory, 0x02014b50);
    for (std::uint32_t v : {20u, 20u, 0u, 8u, 0u, 0u})
        put16(directory, v);
    put32(directory, crc);
    put32(directory, static_cast<std::uint32_t>(packed.size()));
    put32(directory, static_cast<std::uint32_t>(data.size()));
    for (std::uint32_t v : {static_cast<std::uint32_t>(name.size()), 0u, 0u, 0u, 0u})
        put16(directory, v);
    put32(directory, 0);
    put32(directory, 0);
    directory += name;
    archive += directory;
    put32(archive, 0x06054b50);
    for (std::uint32_t v : {0u, 0u, 1u, 1u})
        put16(archive, v);
    put32(archive, static_cast<std::uint32_t>(directory.size()));
    put32(archive, directoryOffset);
    put16(archive, 0);
    return archive;
}

const std::string kFelix
    = "# written by Apache Felix\n"
      "name=\"target\"\n"
      "auth.token.provider.title=\"Adobe\\ Target\"\n"
      "auth.token.provider.authorization.grants=\"client_credentials\"\n"
      "auth.token.provider.endpoint=\"https://ims-na1.adobelogin.com\"\n"
      "auth.access.token.request=\"https://ims-na1.adobelogin.com/ims/token/v3\"\n"
      "auth.token.provider.client.id=\"5d0e1f2a3b4c4d5e8f9a0b1c2d3e4f5a\"\n"
      "auth.token.provider.orgId=\"8F1C2A3B5E6D7C8B0A1B2C3D@AdobeOrg\"\n"
      "auth.token.provider.scope=\"openid,AdobeID,read_organizations,target_sdk\"\n"
      "auth.token.provider.default.claims=[ \\\n"
      "  \"\\\"iss\\\"\\ :\\ \\\"8F1C2A3B5E6D7C8B0A1B2C3D@AdobeOrg\\\"\", \\\n"
      "  ]\n"
      "auth.token.provider.conn.timeout=I\"30000\"\n"
      "auth.token.provider.reuse.access.token=B\"true\"\n"
      "auth.token.provider.relaxed.ssl=B\"false\"\n";

Configuration oauthConfiguration(const SandboxClient &client)
{
    Configuration config;
    config.id = "6f1c0d5e-0000-4000-8000-000000000001";
    config.title = client.title;
    config.solutionId = client.solutionId;
    config.authorizationServer = "https://ims-na1.adobelogin.com";
    config.clientId = client.clientId;
    config.orgId = client.orgId;
    config.technicalAccountId = client.technicalAccountId;
    config.technicalAccountEmail = client.technicalAccountEmail;
    config.scopes = client.scopes;
    config.clientSecretRef = clientSecretKey(config.id);
    config.aemVersion = AemVersion::CloudService;
    config.consoleStepsDone = {"project", "credential"};
    config.createdAt = 1'800'000'000;
    config.updatedAt = 1'800'000'100;
    config.recordHealth({1'800'000'050, true, ErrorCode::None, 86399});
    config.recordHealth({1'800'000'060, false, ErrorCode::InvalidClientSecret, 0});
    return config;
}

Configuration jwtConfiguration(const SandboxClient &client, const std::string &certificatePem)
{
    Configuration config = oauthConfiguration(client);
    config.id = "6f1c0d5e-0000-4000-8000-000000000002";
    config.authType = AuthType::Jwt;
    config.metascopes = {"ent_marketing_sdk"};
    config.scopes.clear();
    config.certificateAlias = "aem-ims";
    config.certificatePem = certificatePem;
    config.privateKeyRef = privateKeyKey(config.id);
    config.aemVersion = AemVersion::Aem64To65BeforeSp20;
    CloudServiceSettings cloud;
    cloud.kind = "target";
    cloud.title = "Target";
    cloud.setField("tenant", "geometrixx");
    config.cloudService = cloud;
    config.rollbackOf = "6f1c0d5e-0000-4000-8000-000000000001";
    return config;
}

std::string httpLike(const std::string &firstLine, const Headers &headers, const std::string &body)
{
    std::string out = firstLine + "\n";
    for (const auto &[name, value] : headers)
        out += name + ": " + value + "\n";
    return out + "\n" + body;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc != 2) {
        std::cerr << "usage: make_seeds OUT_DIR\n";
        return 2;
    }
    outDir = argv[1];
    const auto &clients = sandboxOrganisation();
    const SandboxClient &client = clients.front();
    const TimePoint now {std::chrono::seconds(1'800'000'000)};

    // Key material: a fresh pair, exported every way core and OpenSSL write it.
    const KeyAndCertificate pair = must(makeSelfSignedCertificate({"aem-ims", 2048, 365}), "certificate");
    const std::string certificatePem = must(pair.certificate.toPem(), "certificate PEM");
    const Secret pkcs8Pem = must(pair.key.toPkcs8Pem(), "PKCS#8 PEM");
    const Secret pkcs8Der = must(exportPkcs8Der(pair.key), "PKCS#8 DER");
    seed("pem_pkcs8", "pkcs8.pem", pkcs8Pem.reveal());
    seed("pem_pkcs8", "pkcs8.der", pkcs8Der.reveal());
    seed("pem_pkcs8", "certificate.pem", certificatePem);
    {
        std::unique_ptr<BIO, decltype(&BIO_free_all)> bio(BIO_new(BIO_s_mem()), BIO_free_all);
        PEM_write_bio_PrivateKey_traditional(bio.get(), pair.key.get(), nullptr, nullptr, 0, nullptr, nullptr);
        seed("pem_pkcs8", "pkcs1.pem", bioText(bio.get()));
    }
    {
        std::unique_ptr<BIO, decltype(&BIO_free_all)> bio(BIO_new(BIO_s_mem()), BIO_free_all);
        const char pass[] = "fuzz-passphrase";
        PEM_write_bio_PKCS8PrivateKey(bio.get(), pair.key.get(), EVP_aes_256_cbc(), pass, sizeof pass - 1, nullptr, nullptr);
        seed("pem_pkcs8", "encrypted-pkcs8.pem", bioText(bio.get()));
    }
    {
        std::unique_ptr<BIO, decltype(&BIO_free_all)> bio(BIO_new(BIO_s_mem()), BIO_free_all);
        i2d_X509_bio(bio.get(), pair.certificate.get());
        seed("pem_pkcs8", "certificate.der", bioText(bio.get()));
    }
    seed("pkcs12", "keystore.p12",
         must(exportPkcs12(pair, "aem-ims", Secret(std::string("fuzz-password"))), "PKCS#12"));

    const std::string configZip
        = testzip::storedZip({{"private.key", std::string(pkcs8Pem.reveal())}, {"certificate_pub.crt", certificatePem}});
    seed("config_zip", "config.zip", configZip);
    seed("config_zip", "nested-config.zip",
         testzip::storedZip({{"config/", ""},
                             {"config/certificate_pub.crt", certificatePem},
                             {"config/private.key", std::string(pkcs8Pem.reveal())}}));
    seed("config_zip", "deflated.zip", deflatedZip("certificate_pub.crt", certificatePem));

    // Developer Console, JWT payload, service credential, aio.
    seed("devconsole_json", "workspace.json", sample("devconsole-workspace-oauth.json"));
    seed("devconsole_json", "credential.json", sample("devconsole-credential-oauth.json"));
    seed("devconsole_json", "sandbox-credential.json", sandboxCredentialJson(client));
    seed("jwt_payload", "payload.json", sample("aem-jwt-payload.json"));
    seed("jwt_payload", "service-credential.json", sample("aemcs-service-credential.json"));
    const Configuration jwtConfig = jwtConfiguration(client, certificatePem);
    seed("jwt_payload", "claims.json", buildJwtClaims(jwtConfig, now));
    seed("aio_context", "aio-config.json", sample("aio-config.json"));

    // OSGi.
    const std::string cfgSample = sample("com.adobe.granite.auth.oauth.accesstoken.provider~target.cfg.json");
    seed("osgi_cfg_json", "sample.cfg.json", cfgSample);
    int n = 0;
    std::vector<std::pair<std::string, std::string>> package;
    for (const Configuration &config : {oauthConfiguration(client), jwtConfig}) {
        for (const ZipEntry &entry : exportOsgi(config, SecretInExport::Placeholder)) {
            seed("osgi_cfg_json", "export-" + std::to_string(n++) + ".cfg.json", entry.data);
            package.emplace_back("jcr_root/apps/fuzz/osgiconfig/config/" + fs::path(entry.name).filename().string(),
                                 entry.data);
        }
    }
    seed("felix_config", "provider.config", kFelix);
    seed("felix_config", "customizer.config",
         "auth.ims.client.secret=\"$[secret:TARGET_IMS_CLIENT_SECRET]\"\nauth.ims.client.id=\"x\"\n");

    // Whatever a user drops.
    seed("import_any", "package.zip", "content-package.zip\n" + testzip::storedZip(package));
    seed("import_any", "config.zip", "config.zip\n" + configZip);
    seed("import_any", "cfg.json", "com.adobe.granite.auth.oauth.accesstoken.provider~target.cfg.json\n" + cfgSample);
    seed("import_any", "felix.config", "com.adobe.granite.auth.oauth.accesstoken.provider~target.config\n" + kFelix);
    seed("import_any", "aio.json", "config.json\n" + sample("aio-config.json"));
    seed("import_any", "devconsole.json", "project.json\n" + sample("devconsole-workspace-oauth.json"));
    seed("import_any", "service-credential.json", "credential.json\n" + sample("aemcs-service-credential.json"));

    // Store file.
    seed("store_file", "store.json", serializeConfigurations({oauthConfiguration(client), jwtConfig}));
    seed("store_file", "empty.json", serializeConfigurations({}));

    // Sandbox requests, and what it answers (token responses, access tokens).
    SandboxIms sandbox(must(PrivateKey::generateRsa(2048), "signing key"));
    auto request = [](std::string method, std::string url, Headers headers, std::string body) {
        HttpRequest r;
        r.method = std::move(method);
        r.url = std::move(url);
        r.headers = std::move(headers);
        r.body = std::move(body);
        return r;
    };
    auto requestSeed = [&](const std::string &name, const HttpRequest &r) {
        seed("sandbox_request", name, httpLike(r.method + " " + r.url, r.headers, r.body));
    };
    const Headers urlencoded {{"Content-Type", "application/x-www-form-urlencoded"}};
    const std::string tokenBody = encodeForm({{"grant_type", "client_credentials"},
                                              {"client_id", client.clientId},
                                              {"client_secret", client.clientSecret},
                                              {"scope", joinScopes(client.scopes)}});
    const HttpRequest oauth = request("POST", "/ims/token/v3", urlencoded, tokenBody);
    requestSeed("token-v3", oauth);
    const std::string boundary = "fuzzboundary";
    std::string multipart;
    for (const auto &[name, value] : FormFields {{"grant_type", "client_credentials"},
                                                 {"client_id", client.clientId},
                                                 {"client_secret", client.clientSecret}})
        multipart += "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n";
    multipart += "--" + boundary + "--\r\n";
    const Headers multipartType {{"Content-Type", "multipart/form-data; boundary=" + boundary}};
    requestSeed("token-v2-multipart", request("POST", "/ims/token/v2", multipartType, multipart));

    const SandboxClient &service = sandboxServiceCredentialClient();
    Configuration serviceConfig = jwtConfig;
    serviceConfig.clientId = service.clientId;
    serviceConfig.orgId = service.orgId;
    serviceConfig.technicalAccountId = service.technicalAccountId;
    serviceConfig.metascopes = service.metascopes;
    serviceConfig.authorizationServer = "https://127.0.0.1:8443";
    const std::string jwt = must(signJwt(buildJwtClaims(serviceConfig, now), pair.key), "JWT");
    const std::string exchangeBody
        = encodeForm({{"client_id", service.clientId}, {"client_secret", service.clientSecret}, {"jwt_token", jwt}});
    requestSeed("jwt-exchange", request("POST", "/ims/exchange/jwt", urlencoded, exchangeBody));
    requestSeed("bind-certificate", request("POST", "/sandbox/clients/" + service.clientId + "/certificates",
                                            {{"Content-Type", "application/x-pem-file"}}, certificatePem));
    requestSeed("list-certificates", request("GET", "/sandbox/clients/" + service.clientId + "/certificates", {}, ""));
    requestSeed("convert", request("POST", "/sandbox/clients/" + service.clientId + "/convert-to-oauth", {}, ""));
    requestSeed("service-credential", request("POST", "/sandbox/service-credential", {}, ""));
    requestSeed("unknown", request("GET", "/ims/profile/v1?x=1", {}, ""));

    seed("form", "urlencoded", "application/x-www-form-urlencoded\n" + tokenBody);
    seed("form", "multipart", "multipart/form-data; boundary=" + boundary + "\n" + multipart);

    auto responseSeed = [&](const std::string &name, const std::string &firstLine, const HttpResponse &r) {
        seed("token_response", name, httpLike(firstLine, r.headers, r.body));
    };
    const HttpResponse ok = sandbox.handle(oauth, now);
    if (ok.status != 200) {
        std::cerr << "sandbox refused the sample token request\n";
        return 1;
    }
    responseSeed("oauth-200", "200 oauth 1800000600 1800000000", ok);
    HttpRequest wrongSecret = oauth;
    wrongSecret.body = encodeForm({{"grant_type", "client_credentials"}, {"client_id", client.clientId},
                                   {"client_secret", "wrong"}});
    responseSeed("oauth-400", "400 oauth 1800000000 1800000000", sandbox.handle(wrongSecret, now));
    HttpResponse throttled;
    throttled.headers = {{"Retry-After", "17"}, {"Content-Type", "application/json"}};
    throttled.body = R"({"error":"too_many_requests","error_description":"slow down"})";
    responseSeed("throttled-429", "429 oauth", throttled);
    HttpResponse exchange;
    exchange.body = R"({"token_type":"bearer","access_token":")" + jwt + R"(","expires_in":86399999})";
    responseSeed("jwt-200", "200 jwt 1799999000 1800000000", exchange);

    const nlohmann::json okBody = nlohmann::json::parse(ok.body);
    seed("access_token", "sandbox-token", okBody.at("access_token").get<std::string>());
    seed("access_token", "signed-jwt", jwt);
    std::cout << "seeds written to " << outDir << "\n";
    return 0;
}
