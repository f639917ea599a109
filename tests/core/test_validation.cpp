// Field validation: every Problem the validators can produce, and the normalisations.

#include "imscore/catalog.h"
#include "imscore/validation.h"
#include "testutil.h"

#include <QTest>
#include <algorithm>
#include <set>

using namespace ims;

Q_DECLARE_METATYPE(std::optional<ims::FieldProblem>)

namespace {

QString describe(const std::optional<FieldProblem> &p)
{
    if (!p)
        return QStringLiteral("ok");
    return QStringLiteral("%1/%2/%3")
        .arg(QString::fromUtf8(fieldName(p->field).data(), qsizetype(fieldName(p->field).size())),
            QString::fromUtf8(problemName(p->problem).data(), qsizetype(problemName(p->problem).size())),
            QString::fromStdString(p->detail));
}

QString describe(const std::vector<FieldProblem> &problems)
{
    QStringList parts;
    for (const auto &p : problems)
        parts << describe(std::optional<FieldProblem>(p));
    return parts.join(QLatin1Char(' '));
}

std::optional<FieldProblem> expect(Field field, Problem problem, std::string detail = {})
{
    return FieldProblem {field, problem, std::move(detail)};
}

Configuration validConfiguration()
{
    Configuration config;
    config.id = "id";
    config.title = "Target";
    config.solutionId = "target";
    config.clientId = "5d0e1f2a3b4c4d5e8f9a0b1c2d3e4f5a";
    config.orgId = "8F1C2A3B5E6D7C8B0A1B2C3D@AdobeOrg";
    config.scopes = {"openid", "AdobeID", "target_sdk"};
    return config;
}

bool hasProblem(const std::vector<FieldProblem> &problems, Field field, Problem problem)
{
    return std::any_of(problems.begin(), problems.end(),
        [&](const FieldProblem &p) { return p.field == field && p.problem == problem; });
}

} // namespace

class TestValidation : public QObject
{
    Q_OBJECT

private slots:
    void authorizationServer_data();
    void authorizationServer();
    void normalize_data();
    void normalize();
    void loopback_data();
    void loopback();
    void clientId_data();
    void clientId();
    void orgId_data();
    void orgId();
    void technicalAccount_data();
    void technicalAccount();
    void clientSecret_data();
    void clientSecret();
    void clientSecretNeverInDetail();
    void parseScopes_data();
    void parseScopes();
    void scopes_data();
    void scopes();
    void trim();
    void configurationValid();
    void configurationProblems_data();
    void configurationProblems();
    void configurationJwtNeedsTechnicalAccount();
    void everyProblemReachable();
    void namesAreStableAndUnique();
};

void TestValidation::authorizationServer_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<std::optional<FieldProblem>>("expected");
    constexpr Field f = Field::AuthorizationServer;

    QTest::newRow("default") << "https://ims-na1.adobelogin.com" << std::optional<FieldProblem>();
    QTest::newRow("stage") << "https://ims-na1-stg1.adobelogin.com" << std::optional<FieldProblem>();
    QTest::newRow("trailing slash") << "https://ims-na1.adobelogin.com/" << std::optional<FieldProblem>();
    QTest::newRow("blanks") << "  https://ims-na1.adobelogin.com/ \n" << std::optional<FieldProblem>();
    QTest::newRow("upper case") << "HTTPS://IMS-NA1.AdobeLogin.com" << std::optional<FieldProblem>();
    QTest::newRow("port") << "https://ims.example.com:8443" << std::optional<FieldProblem>();
    QTest::newRow("http loopback v4") << "http://127.0.0.1:8080" << std::optional<FieldProblem>();
    QTest::newRow("http loopback v4 /8") << "http://127.10.20.30" << std::optional<FieldProblem>();
    QTest::newRow("http localhost") << "http://localhost:9443/" << std::optional<FieldProblem>();
    QTest::newRow("http loopback v6") << "http://[::1]:8080" << std::optional<FieldProblem>();
    QTest::newRow("https v6") << "https://[2001:db8::1]" << std::optional<FieldProblem>();

    QTest::newRow("empty") << "" << expect(f, Problem::Required);
    QTest::newRow("only blanks") << "  \t" << expect(f, Problem::Required);
    QTest::newRow("http remote") << "http://example.com" << expect(f, Problem::NotHttps, "example.com");
    QTest::newRow("http 128.0.0.1") << "http://128.0.0.1" << expect(f, Problem::NotHttps, "128.0.0.1");
    QTest::newRow("http localhost lookalike")
        << "http://localhost.example.com" << expect(f, Problem::NotHttps, "localhost.example.com");
    QTest::newRow("token path") << "https://ims-na1.adobelogin.com/ims/token/v3"
                                << expect(f, Problem::InvalidUrl, "/ims/token/v3");
    QTest::newRow("token path slash") << "https://ims-na1.adobelogin.com/ims/exchange/jwt/"
                                      << expect(f, Problem::InvalidUrl, "/ims/exchange/jwt");
    QTest::newRow("query") << "https://ims-na1.adobelogin.com?client_secret=p8e-x"
                           << expect(f, Problem::InvalidUrl, "query");
    QTest::newRow("fragment") << "https://ims-na1.adobelogin.com#top"
                              << expect(f, Problem::InvalidUrl, "fragment");
    QTest::newRow("user info") << "https://user:p8e-pw@ims-na1.adobelogin.com"
                               << expect(f, Problem::InvalidUrl, "userinfo");
    QTest::newRow("no scheme") << "ims-na1.adobelogin.com" << expect(f, Problem::InvalidUrl, "no_scheme");
    QTest::newRow("ftp") << "ftp://ims-na1.adobelogin.com" << expect(f, Problem::InvalidUrl, "ftp");
    QTest::newRow("no host") << "https://" << expect(f, Problem::InvalidUrl, "host");
    QTest::newRow("bad host") << "https://ims*na1" << expect(f, Problem::InvalidUrl, "host");
    QTest::newRow("open bracket") << "https://[::1" << expect(f, Problem::InvalidUrl, "host");
    QTest::newRow("bad v6") << "https://[::zz]" << expect(f, Problem::InvalidUrl, "host");
    QTest::newRow("bad port") << "https://ims-na1.adobelogin.com:99999"
                              << expect(f, Problem::InvalidUrl, "port");
    QTest::newRow("port letters") << "https://ims-na1.adobelogin.com:ab"
                                  << expect(f, Problem::InvalidUrl, "port");
    QTest::newRow("inner blank") << "https://ims-na1 .adobelogin.com"
                                 << expect(f, Problem::ContainsWhitespace);
}

void TestValidation::authorizationServer()
{
    QFETCH(QString, url);
    QFETCH(std::optional<FieldProblem>, expected);
    QCOMPARE(describe(validateAuthorizationServer(url.toStdString())), describe(expected));
}

void TestValidation::normalize_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("unchanged") << "https://ims-na1.adobelogin.com"
                               << "https://ims-na1.adobelogin.com";
    QTest::newRow("slash") << "https://ims-na1.adobelogin.com/"
                           << "https://ims-na1.adobelogin.com";
    QTest::newRow("slashes") << "https://ims-na1.adobelogin.com///"
                             << "https://ims-na1.adobelogin.com";
    QTest::newRow("blanks") << " \thttps://ims-na1.adobelogin.com/\r\n"
                            << "https://ims-na1.adobelogin.com";
    QTest::newRow("nbsp") << "\u00a0https://ims-na1.adobelogin.com\u200b"
                          << "https://ims-na1.adobelogin.com";
    QTest::newRow("case") << "HTTPS://IMS-NA1.AdobeLogin.COM/"
                          << "https://ims-na1.adobelogin.com";
    QTest::newRow("path keeps case") << "HTTPS://Host.Example/Ims/Token"
                                     << "https://host.example/Ims/Token";
    QTest::newRow("port") << "https://LOCALHOST:8443/"
                          << "https://localhost:8443";
    QTest::newRow("not a url") << " Foo/ "
                               << "Foo";
}

void TestValidation::normalize()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(QString::fromStdString(normalizeAuthorizationServer(input.toStdString())), expected);
}

void TestValidation::loopback_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("loopback");
    QTest::newRow("127.0.0.1") << "127.0.0.1" << true;
    QTest::newRow("127.255.255.254") << "127.255.255.254" << true;
    QTest::newRow("::1") << "::1" << true;
    QTest::newRow("[::1]") << "[::1]" << true;
    QTest::newRow("long ::1") << "0:0:0:0:0:0:0:1" << true;
    QTest::newRow("localhost") << "localhost" << true;
    QTest::newRow("LocalHost") << "LocalHost" << true;
    QTest::newRow("126.0.0.1") << "126.0.0.1" << false;
    QTest::newRow("127.0.0") << "127.0.0" << false;
    QTest::newRow("127.0.0.1.nip.io") << "127.0.0.1.nip.io" << false;
    QTest::newRow("::2") << "::2" << false;
    QTest::newRow("localhost.evil") << "localhost.evil" << false;
    QTest::newRow("empty") << "" << false;
}

void TestValidation::loopback()
{
    QFETCH(QString, host);
    QFETCH(bool, loopback);
    QCOMPARE(isLoopbackHost(host.toStdString()), loopback);
}

void TestValidation::clientId_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<std::optional<FieldProblem>>("expected");
    constexpr Field f = Field::ClientId;
    QTest::newRow("console hex") << "5d0e1f2a3b4c4d5e8f9a0b1c2d3e4f5a" << std::optional<FieldProblem>();
    QTest::newRow("aem cs") << "cm-p12345-e67890-integration-0" << std::optional<FieldProblem>();
    QTest::newRow("dots underscores") << "my.client_id-1" << std::optional<FieldProblem>();
    QTest::newRow("surrounding blanks") << "  abc\n" << std::optional<FieldProblem>();
    QTest::newRow("three") << "abc" << std::optional<FieldProblem>();
    QTest::newRow("128") << QString(128, QLatin1Char('a')) << std::optional<FieldProblem>();
    QTest::newRow("empty") << "" << expect(f, Problem::Required);
    QTest::newRow("blank") << " " << expect(f, Problem::Required);
    QTest::newRow("inner blank") << "5d0e1f2a 3b4c"
                                 << expect(f, Problem::ContainsWhitespace, "5d0e1f2a 3b4c");
    QTest::newRow("inner tab") << "5d0e\t3b4c" << expect(f, Problem::ContainsWhitespace, "5d0e\t3b4c");
    QTest::newRow("two") << "ab" << expect(f, Problem::ClientIdShape, "ab");
    QTest::newRow("129") << QString(129, QLatin1Char('a'))
                         << expect(f, Problem::ClientIdShape, std::string(129, 'a'));
    QTest::newRow("slash") << "abc/def" << expect(f, Problem::ClientIdShape, "abc/def");
    QTest::newRow("umlaut") << QString::fromUtf8("abcä") << expect(f, Problem::ClientIdShape, "abcä");
}

void TestValidation::clientId()
{
    QFETCH(QString, value);
    QFETCH(std::optional<FieldProblem>, expected);
    QCOMPARE(describe(validateClientId(value.toStdString())), describe(expected));
}

void TestValidation::orgId_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<std::optional<FieldProblem>>("expected");
    constexpr Field f = Field::OrgId;
    QTest::newRow("ok") << "8F1C2A3B5E6D7C8B0A1B2C3D@AdobeOrg" << std::optional<FieldProblem>();
    QTest::newRow("surrounding blanks") << " 8F1C@AdobeOrg\n" << std::optional<FieldProblem>();
    QTest::newRow("empty") << "" << expect(f, Problem::Required);
    QTest::newRow("no suffix") << "8F1C2A3B5E6D7C8B0A1B2C3D"
                               << expect(f, Problem::OrgIdSuffix, "8F1C2A3B5E6D7C8B0A1B2C3D");
    QTest::newRow("wrong case") << "8F1C@adobeorg" << expect(f, Problem::OrgIdSuffix, "8F1C@adobeorg");
    QTest::newRow("only suffix") << "@AdobeOrg" << expect(f, Problem::OrgIdSuffix, "@AdobeOrg");
    QTest::newRow("techacct") << "9E8D@techacct.adobe.com"
                              << expect(f, Problem::OrgIdSuffix, "9E8D@techacct.adobe.com");
    QTest::newRow("inner blank") << "8F1C 2A3B@AdobeOrg"
                                 << expect(f, Problem::ContainsWhitespace, "8F1C 2A3B@AdobeOrg");
}

void TestValidation::orgId()
{
    QFETCH(QString, value);
    QFETCH(std::optional<FieldProblem>, expected);
    QCOMPARE(describe(validateOrgId(value.toStdString())), describe(expected));
}

void TestValidation::technicalAccount_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("isEmail");
    QTest::addColumn<std::optional<FieldProblem>>("expected");
    const Field id = Field::TechnicalAccountId;
    const Field email = Field::TechnicalAccountEmail;
    QTest::newRow("id ok") << "9E8D7C6B5A4F3E2D1C0B9A8F@techacct.adobe.com" << false
                           << std::optional<FieldProblem>();
    QTest::newRow("id upper") << "9E8D7C6B@TECHACCT.ADOBE.COM" << false << std::optional<FieldProblem>();
    QTest::newRow("email ok") << "3a4b5c6d-7e8f-4a1b-9c2d-3e4f5a6b7c8d@techacct.adobe.com" << true
                              << std::optional<FieldProblem>();
    QTest::newRow("id empty") << "" << false << expect(id, Problem::Required);
    QTest::newRow("email empty") << "" << true << expect(email, Problem::Required);
    QTest::newRow("id org") << "8F1C@AdobeOrg" << false
                            << expect(id, Problem::TechnicalAccountSuffix, "8F1C@AdobeOrg");
    QTest::newRow("email plain") << "someone@example.com" << true
                                 << expect(email, Problem::TechnicalAccountSuffix, "someone@example.com");
    QTest::newRow("id only suffix") << "@techacct.adobe.com" << false
                                    << expect(id, Problem::TechnicalAccountSuffix, "@techacct.adobe.com");
    QTest::newRow("email inner blank")
        << "3a4b @techacct.adobe.com" << true
        << expect(email, Problem::ContainsWhitespace, "3a4b @techacct.adobe.com");
}

void TestValidation::technicalAccount()
{
    QFETCH(QString, value);
    QFETCH(bool, isEmail);
    QFETCH(std::optional<FieldProblem>, expected);
    const auto result = isEmail ? validateTechnicalAccountEmail(value.toStdString())
                                : validateTechnicalAccountId(value.toStdString());
    QCOMPARE(describe(result), describe(expected));
}

void TestValidation::clientSecret_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<std::optional<FieldProblem>>("expected");
    constexpr Field f = Field::ClientSecret;
    QTest::newRow("ok") << "p8e-EXAMPLEexampleEXAMPLEexample01" << std::optional<FieldProblem>();
    QTest::newRow("trailing new line") << "p8e-EXAMPLE\n" << std::optional<FieldProblem>();
    QTest::newRow("empty") << "" << expect(f, Problem::Required);
    QTest::newRow("inner blank") << "p8e-EXAMPLE secret" << expect(f, Problem::ContainsWhitespace);
    QTest::newRow("control") << QStringLiteral("p8e-EXAMPLE\x01secret")
                             << expect(f, Problem::ContainsWhitespace);
    QTest::newRow("nbsp") << QStringLiteral("p8e-EXAMPLE\u00a0secret")
                          << expect(f, Problem::ContainsWhitespace);
}

void TestValidation::clientSecret()
{
    QFETCH(QString, value);
    QFETCH(std::optional<FieldProblem>, expected);
    QCOMPARE(describe(validateClientSecret(value.toStdString())), describe(expected));
}

void TestValidation::clientSecretNeverInDetail()
{
    for (const char *secret : {"p8e-sec ret", "p8e-sec\tret", "p8e-\x7fsecret", "  "}) {
        const auto p = validateClientSecret(secret);
        QVERIFY(p);
        QVERIFY(p->detail.empty());
    }
}

void TestValidation::parseScopes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("commas") << "openid,AdobeID,read_organizations"
                            << QStringList {"openid", "AdobeID", "read_organizations"};
    QTest::newRow("comma blank") << "openid, AdobeID , target_sdk"
                                 << QStringList {"openid", "AdobeID", "target_sdk"};
    QTest::newRow("lines tabs") << "openid\nAdobeID\r\n\ttarget_sdk\n"
                                << QStringList {"openid", "AdobeID", "target_sdk"};
    QTest::newRow("blanks only") << "openid AdobeID" << QStringList {"openid", "AdobeID"};
    QTest::newRow("empties") << ",,openid,, ,AdobeID," << QStringList {"openid", "AdobeID"};
    QTest::newRow("json array") << R"(["openid", "AdobeID"])" << QStringList {"openid", "AdobeID"};
    QTest::newRow("keeps duplicates") << "openid,openid" << QStringList {"openid", "openid"};
    QTest::newRow("keeps order") << "b,a,c" << QStringList {"b", "a", "c"};
    QTest::newRow("empty") << "" << QStringList {};
    QTest::newRow("dotted") << "additional_info.projectedProductContext"
                            << QStringList {"additional_info.projectedProductContext"};
}

void TestValidation::parseScopes()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    QStringList actual;
    for (const auto &scope : ims::parseScopes(text.toStdString()))
        actual << QString::fromStdString(scope);
    QCOMPARE(actual, expected);
}

void TestValidation::scopes_data()
{
    QTest::addColumn<QStringList>("scopes");
    QTest::addColumn<QString>("expected");
    QTest::newRow("ok") << QStringList {"openid", "AdobeID", "additional_info.projectedProductContext"} << "";
    QTest::newRow("url-ish") << QStringList {"https://ims-na1.adobelogin.com/s/ent_marketing_sdk", "a-b:c"}
                             << "";
    QTest::newRow("none") << QStringList {} << "scopes/required/";
    QTest::newRow("only empties") << QStringList {"", ""} << "scopes/required/";
    QTest::newRow("invalid") << QStringList {"openid", "bad scope!"} << "scopes/scope_invalid/bad scope!";
    QTest::newRow("duplicate") << QStringList {"openid", "AdobeID", "openid", "openid"}
                               << "scopes/scope_duplicate/openid";
    QTest::newRow("case differs") << QStringList {"AdobeID", "adobeid"} << "";
    QTest::newRow("both") << QStringList {"a b", "x", "x"}
                          << "scopes/scope_invalid/a b scopes/scope_duplicate/x";
}

void TestValidation::scopes()
{
    QFETCH(QStringList, scopes);
    QFETCH(QString, expected);
    std::vector<std::string> values;
    for (const auto &s : scopes)
        values.push_back(s.toStdString());
    QCOMPARE(describe(validateScopes(values)), expected);
}

void TestValidation::trim()
{
    QCOMPARE(std::string(trimBlanks("  a b \n")), std::string("a b"));
    QCOMPARE(std::string(trimBlanks("\xEF\xBB\xBF"
                                    "abc\xC2\xA0")),
        std::string("abc"));
    QCOMPARE(std::string(trimBlanks("\xE3\x80\x80x\xE2\x80\xAF")), std::string("x"));
    QCOMPARE(std::string(trimBlanks(" \t ")), std::string());
    // A lone 0xA0 byte (not UTF-8 for a no-break space) is not a blank.
    QCOMPARE(std::string(trimBlanks("abc\xA0")), std::string("abc\xA0"));
}

void TestValidation::configurationValid()
{
    QCOMPARE(describe(validateConfiguration(validConfiguration(), true)), QString());
    // Technical account fields are optional for OAuth, but checked when present.
    auto config = validConfiguration();
    config.technicalAccountId = "9E8D7C6B5A4F3E2D1C0B9A8F@techacct.adobe.com";
    config.technicalAccountEmail = "3a4b5c6d@techacct.adobe.com";
    QCOMPARE(describe(validateConfiguration(config, true)), QString());
}

void TestValidation::configurationProblems_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<bool>("hasSecret");
    QTest::addColumn<QString>("expected");
    QTest::newRow("no secret") << "" << false << "client_secret/required/";
    QTest::newRow("no title") << "title" << true << "title/required/";
    QTest::newRow("no solution") << "solution-empty" << true << "solution/required/";
    QTest::newRow("unknown solution") << "solution-unknown" << true << "solution/unknown_solution/photoshop";
    QTest::newRow("http server") << "server" << true << "authorization_server/not_https/example.com";
    QTest::newRow("no client id") << "client-id" << true << "client_id/required/";
    QTest::newRow("stored blank") << "client-id-blank" << true << "client_id/contains_whitespace/abc123";
    QTest::newRow("no org") << "org" << true << "org_id/required/";
    QTest::newRow("bad technical account")
        << "techacct" << true << "technical_account_id/technical_account_suffix/x@example.com";
    QTest::newRow("bad email") << "email" << true
                               << "technical_account_email/technical_account_suffix/x@example.com";
    QTest::newRow("no scopes") << "scopes" << true << "scopes/required/";
}

void TestValidation::configurationProblems()
{
    QFETCH(QString, change);
    QFETCH(bool, hasSecret);
    QFETCH(QString, expected);
    Configuration config = validConfiguration();
    if (change == QLatin1String("title"))
        config.title = " ";
    else if (change == QLatin1String("solution-empty"))
        config.solutionId.clear();
    else if (change == QLatin1String("solution-unknown"))
        config.solutionId = "photoshop";
    else if (change == QLatin1String("server"))
        config.authorizationServer = "http://example.com";
    else if (change == QLatin1String("client-id"))
        config.clientId.clear();
    else if (change == QLatin1String("client-id-blank"))
        config.clientId = "abc123 ";
    else if (change == QLatin1String("org"))
        config.orgId.clear();
    else if (change == QLatin1String("techacct"))
        config.technicalAccountId = "x@example.com";
    else if (change == QLatin1String("email"))
        config.technicalAccountEmail = "x@example.com";
    else if (change == QLatin1String("scopes"))
        config.scopes.clear();
    QCOMPARE(describe(validateConfiguration(config, hasSecret)), expected);
}

void TestValidation::configurationJwtNeedsTechnicalAccount()
{
    auto config = validConfiguration();
    config.authType = AuthType::Jwt;
    QVERIFY(hasProblem(validateConfiguration(config, true), Field::TechnicalAccountId, Problem::Required));
    config.technicalAccountId = "9E8D7C6B5A4F3E2D1C0B9A8F@techacct.adobe.com";
    QCOMPARE(describe(validateConfiguration(config, true)), QString());
}

// The validators here reach every Problem except the document-level ones, which the importers
// produce (see test_devconsole_import).
void TestValidation::everyProblemReachable()
{
    std::set<Problem> seen;
    const auto note = [&](const std::optional<FieldProblem> &p) {
        if (p)
            seen.insert(p->problem);
    };
    note(validateClientId(""));
    note(validateAuthorizationServer("http://example.com"));
    note(validateAuthorizationServer("https://x/ims"));
    note(validateOrgId("x"));
    note(validateTechnicalAccountId("x"));
    note(validateClientId("a"));
    note(validateClientSecret("a b"));
    for (const auto &p : validateScopes({"a b", "x", "x"}))
        seen.insert(p.problem);
    auto config = validConfiguration();
    config.solutionId = "nope";
    for (const auto &p : validateConfiguration(config, true))
        seen.insert(p.problem);
    const std::set<Problem> fieldProblems {Problem::Required, Problem::NotHttps, Problem::InvalidUrl,
        Problem::OrgIdSuffix, Problem::TechnicalAccountSuffix, Problem::ClientIdShape,
        Problem::ContainsWhitespace, Problem::ScopeInvalid, Problem::ScopeDuplicate,
        Problem::UnknownSolution};
    QVERIFY(seen == fieldProblems);
}

void TestValidation::namesAreStableAndUnique()
{
    QCOMPARE(std::string(fieldName(Field::ClientId)), std::string("client_id"));
    QCOMPARE(std::string(fieldName(Field::AuthorizationServer)), std::string("authorization_server"));
    QCOMPARE(std::string(problemName(Problem::NotHttps)), std::string("not_https"));
    QCOMPARE(std::string(problemName(Problem::JwtCredential)), std::string("jwt_credential"));
    std::set<std::string_view> fields, problems;
    for (int i = 0; i <= static_cast<int>(kLastField); ++i) {
        const auto name = fieldName(static_cast<Field>(i));
        QVERIFY(name != "unknown");
        fields.insert(name);
    }
    for (int i = 0; i <= static_cast<int>(kLastProblem); ++i) {
        const auto name = problemName(static_cast<Problem>(i));
        QVERIFY(name != "unknown");
        problems.insert(name);
    }
    QCOMPARE(fields.size(), std::size_t(static_cast<int>(kLastField) + 1));
    QCOMPARE(problems.size(), std::size_t(static_cast<int>(kLastProblem) + 1));
}

QTEST_GUILESS_MAIN(TestValidation)
#include "test_validation.moc"
