#include <imscore/cloud_service.h>
#include <imscore/crypto.h>
#include <imscore/osgi.h>
#include <imscore/sandbox.h>
#include <imscore/token.h>
#include <imscore/wizard_flow.h>

#include <QTest>

#include <nlohmann/json.hpp>

using namespace ims;

namespace {
bool hasProblem(const std::vector<FieldProblem> &problems, Field field, Problem problem, const std::string &detail = {})
{
    for (const auto &p : problems)
        if (p.field == field && p.problem == problem && (detail.empty() || p.detail == detail))
            return true;
    return false;
}

Configuration configuration(const std::string &solution, AemVersion version, AuthType auth = AuthType::OAuthServerToServer)
{
    Configuration c;
    c.id = "id-1";
    c.title = "Adobe Target";
    c.solutionId = solution;
    c.aemVersion = version;
    c.authType = auth;
    c.clientId = "0123456789abcdef0123456789abcdef";
    c.orgId = "5A1D8B0C7E2F4A3B9C6D0E1F@AdobeOrg";
    c.technicalAccountId = "ABCDEF0123456789ABCDEF01@techacct.adobe.com";
    c.clientSecretRef = clientSecretKey(c.id);
    return c;
}

const SandboxClient &sandboxClient(const std::string &solution)
{
    for (const auto &c : sandboxOrganisation())
        if (c.solutionId == solution)
            return c;
    qFatal("no sandbox client");
}

std::string headerOf(const HttpRequest &r, const std::string &name)
{
    return headerValue(r.headers, name);
}
} // namespace

class TestCloudService : public QObject
{
    Q_OBJECT
private slots:
    void versionRules()
    {
        QCOMPARE(aemVersionChoices().size(), std::size_t(4));
        QVERIFY(usesLegacyCloudServices(AemVersion::Aem63OrEarlier));
        QVERIFY(!usesLegacyCloudServices(AemVersion::Aem64To65BeforeSp20));
        QVERIFY(!supportsOAuth(AemVersion::Aem63OrEarlier));
        QVERIFY(!supportsOAuth(AemVersion::Aem64To65BeforeSp20));
        QVERIFY(supportsOAuth(AemVersion::Aem65Sp20OrHotfix));
        QVERIFY(supportsOAuth(AemVersion::CloudService));
        QCOMPARE(allowedAuthTypes(AemVersion::Aem64To65BeforeSp20), std::vector<AuthType> {AuthType::Jwt});
        QVERIFY(allowedAuthTypes(AemVersion::Unknown).empty());
        QVERIFY(kOAuthCompatibilityHotfix.find("hotfix") != std::string_view::npos);

        // 6.3: only I/O Events (legacy Cloud Services); OAuth refused with the version named.
        QVERIFY(solutionAvailable(AemVersion::Aem63OrEarlier, "io-events"));
        QVERIFY(!solutionAvailable(AemVersion::Aem63OrEarlier, "target"));
        QVERIFY(solutionAvailable(AemVersion::Aem64To65BeforeSp20, "target"));
        auto c = configuration("target", AemVersion::Aem63OrEarlier, AuthType::Jwt);
        QVERIFY(hasProblem(versionProblems(c), Field::Solution, Problem::NeedsNewerAem, "target"));
        c = configuration("io-events", AemVersion::Aem64To65BeforeSp20);
        QVERIFY(hasProblem(versionProblems(c), Field::AuthType, Problem::OAuthNeedsNewerAem));
        c.authType = AuthType::Jwt;
        QVERIFY(versionProblems(c).empty());
        c.aemVersion = AemVersion::Unknown;
        QVERIFY(hasProblem(versionProblems(c), Field::AemVersion, Problem::Required));
    }

    void wizardOrder()
    {
        WizardState s;
        s.config = configuration("target", AemVersion::Aem65Sp20OrHotfix);
        QCOMPARE(nextPage(WizardPage::AemVersion, s), WizardPage::Solution);
        QCOMPARE(nextPage(WizardPage::Solution, s), WizardPage::ConsoleSteps);
        QCOMPARE(nextPage(WizardPage::ConsoleSteps, s), WizardPage::Credentials);
        QCOMPARE(nextPage(WizardPage::HealthCheck, s), WizardPage::CloudService);
        QCOMPARE(nextPage(WizardPage::CloudService, s), WizardPage::Summary);
        s.config.authType = AuthType::Jwt;
        QCOMPARE(nextPage(WizardPage::Solution, s), WizardPage::Certificate);
        QCOMPARE(nextPage(WizardPage::Certificate, s), WizardPage::ConsoleSteps);
        QCOMPARE(nextPage(WizardPage::ConsoleSteps, s), WizardPage::JwtCredentials);
        // I/O Events on 6.4+: the IMS configuration is all; on 6.3 the legacy cloud service follows.
        s.config = configuration("io-events", AemVersion::Aem64To65BeforeSp20, AuthType::Jwt);
        QCOMPARE(nextPage(WizardPage::HealthCheck, s), WizardPage::Summary);
        s.config.aemVersion = AemVersion::Aem63OrEarlier;
        QCOMPARE(nextPage(WizardPage::HealthCheck, s), WizardPage::CloudService);
        // The version page blocks until a version is chosen; the Solution page refuses OAuth on 6.4.
        s.config.aemVersion = AemVersion::Unknown;
        QVERIFY(!canAdvance(WizardPage::AemVersion, s));
        s.config = configuration("target", AemVersion::Aem64To65BeforeSp20);
        s.sandbox = true;
        QVERIFY(hasProblem(pageProblems(WizardPage::Solution, s), Field::AuthType, Problem::OAuthNeedsNewerAem));
        s.config.authType = AuthType::Jwt;
        QVERIFY(canAdvance(WizardPage::Solution, s));
    }

    void clientCodeCopiesIntoTenantId()
    {
        TargetTenantFields f;
        f.setClientCode("a");
        f.setClientCode("acme");
        QCOMPARE(f.tenantId, std::string("acme")); // typed first: copied as it is typed
        f.setTenantId("acmeeu");                   // the Tenant ID can be changed…
        QCOMPARE(f.tenantId, std::string("acmeeu"));
        QVERIFY(f.tenantEdited);
        f.setClientCode("acme2"); // …and then stays independent
        QCOMPARE(f.clientCode, std::string("acme2"));
        QCOMPARE(f.tenantId, std::string("acmeeu"));
        f.setTenantId(""); // cleared: the Client Code drives it again
        f.setClientCode("acme3");
        QCOMPARE(f.tenantId, std::string("acme3"));
        f.setTenantId("acme3"); // equal again: still linked
        QVERIFY(!f.tenantEdited);
    }

    void experienceUrlGivesTheTenant_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("tenant");
        QTest::newRow("activities") << "https://experience.adobe.com/#/@acme/target/activities" << "acme";
        QTest::newRow("no scheme") << "experience.adobe.com/#/@acme-eu/target" << "acme-eu";
        QTest::newRow("blanks, upper case") << "  https://Experience.Adobe.com/#/@AcmeCorp/target/audiences \n"
                                            << "acmecorp";
        QTest::newRow("query after") << "https://experience.adobe.com/#/@acme?x=1" << "acme";
        QTest::newRow("other host") << "https://example.com/#/@acme/target" << "";
        QTest::newRow("no tenant") << "https://experience.adobe.com/#/target" << "";
        QTest::newRow("bare tenant") << "acme" << "";
        QTest::newRow("bad characters") << "https://experience.adobe.com/#/@ac%20me/target" << "";
    }
    void experienceUrlGivesTheTenant()
    {
        QFETCH(QString, input);
        QFETCH(QString, tenant);
        const auto got = tenantFromExperienceUrl(input.toStdString());
        QCOMPARE(got.has_value(), !tenant.isEmpty());
        if (got)
            QCOMPARE(QString::fromStdString(*got), tenant);
    }

    void pastedUrlFillsBothFields()
    {
        TargetTenantFields f;
        f.setClientCode("https://experience.adobe.com/#/@acme/target/activities");
        QCOMPARE(f.clientCode, std::string("acme"));
        QCOMPARE(f.tenantId, std::string("acme"));
        f.setTenantId(" https://experience.adobe.com/#/@acmeeu/target ");
        QCOMPARE(f.tenantId, std::string("acmeeu"));
        QCOMPARE(normalizeTenantInput("  plain "), std::string("plain"));
        QVERIFY(isValidTenant("acme_eu-1"));
        QVERIFY(!isValidTenant("Acme"));
        QVERIFY(!isValidTenant(""));
        QVERIFY(!isValidTenant("ac me"));
    }

    void targetForm()
    {
        const auto form = cloudServiceForm("target", AemVersion::Aem65Sp20OrHotfix);
        QVERIFY(form);
        QVERIFY(!form->legacy);
        QCOMPARE(form->field("authentication")->defaultValue, std::string("ims"));
        QCOMPARE(form->field("api")->defaultValue, std::string("rest"));
        QCOMPARE(form->field("useAccurateTargeting")->defaultValue, std::string("true"));
        QCOMPARE(form->field("clientLibrary")->defaultValue, std::string("atjs"));
        QCOMPARE(form->field("clientLibrary")->deprecatedChoices, std::vector<std::string> {"mboxjs"});
        const Configuration c = configuration("target", AemVersion::Aem65Sp20OrHotfix);
        CloudServiceSettings s = defaultCloudService(*form, c);
        QCOMPARE(*s.field("imsConfigId"), osgiFactoryName(c));
        auto problems = cloudServiceProblems(*form, s);
        QVERIFY(hasProblem(problems, Field::CloudService, Problem::Required, "clientCode"));
        QVERIFY(hasProblem(problems, Field::CloudService, Problem::Required, "tenantId"));
        s.setField("clientCode", "acme");
        s.setField("tenantId", "Bad Tenant");
        QVERIFY(hasProblem(cloudServiceProblems(*form, s), Field::CloudService, Problem::TenantShape, "tenantId"));
        s.setField("tenantId", "acme");
        QVERIFY(cloudServiceProblems(*form, s).empty());
        // Synchronising segments is required with the REST API.
        s.setField("synchronizeSegments", "false");
        QVERIFY(hasProblem(cloudServiceProblems(*form, s), Field::CloudService, Problem::Required, "synchronizeSegments"));
        s.setField("synchronizeSegments", "true");
        s.setField("clientLibrary", "other.js");
        QVERIFY(hasProblem(cloudServiceProblems(*form, s), Field::CloudService, Problem::UnknownChoice, "clientLibrary"));
        // No Target cloud service on 6.3 (legacy only for I/O Events).
        QVERIFY(!cloudServiceForm("target", AemVersion::Aem63OrEarlier));
        QVERIFY(!cloudServiceForm("asset-compute", AemVersion::CloudService));
    }

    void stockAndTagsForms()
    {
        Configuration c = configuration("tags", AemVersion::CloudService);
        const auto tags = cloudServiceForm("tags", c.aemVersion);
        QVERIFY(tags);
        CloudServiceSettings s = defaultCloudService(*tags, c);
        auto problems = cloudServiceProblems(*tags, s);
        QVERIFY(hasProblem(problems, Field::CloudService, Problem::Required, "company"));
        QVERIFY(hasProblem(problems, Field::CloudService, Problem::Required, "property"));
        QVERIFY(!hasProblem(problems, Field::CloudService, Problem::Required, "stagingLibraryUri")); // optional
        s.setField("company", "Acme");
        s.setField("property", "Acme Web");
        s.setField("productionLibraryUri", "http://assets.adobedtm.com/launch-x.min.js");
        QVERIFY(hasProblem(cloudServiceProblems(*tags, s), Field::CloudService, Problem::NotHttps, "productionLibraryUri"));
        s.setField("productionLibraryUri", "https://assets.adobedtm.com/launch-x.min.js");
        QVERIFY(cloudServiceProblems(*tags, s).empty());
        c.cloudService = s;
        QVERIFY(exportCloudService(c)[0].name.starts_with("jcr_root/conf/global/settings/cloudconfigs/launch/"));

        c = configuration("stock", AemVersion::Aem65Sp20OrHotfix);
        const auto stock = cloudServiceForm("stock", c.aemVersion);
        s = defaultCloudService(*stock, c);
        QCOMPARE(*s.field("locale"), std::string("en_US"));
        QCOMPARE(s.title, std::string("Adobe Stock"));
        QVERIFY(cloudServiceProblems(*stock, s).empty());
        s.setField("locale", "xx_YY");
        QVERIFY(hasProblem(cloudServiceProblems(*stock, s), Field::CloudService, Problem::UnknownChoice, "locale"));
    }

    void brandPortalUrl_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<int>("problem"); // -1: fine
        QTest::newRow("ok") << "https://acme.brand-portal.adobe.com" << -1;
        QTest::newRow("slash") << "https://acme.brand-portal.adobe.com/" << -1;
        QTest::newRow("blanks") << "  https://acme-eu.brand-portal.adobe.com " << -1;
        QTest::newRow("http") << "http://acme.brand-portal.adobe.com" << int(Problem::NotHttps);
        QTest::newRow("no tenant") << "https://brand-portal.adobe.com" << int(Problem::BrandPortalUrlShape);
        QTest::newRow("path") << "https://acme.brand-portal.adobe.com/assets" << int(Problem::BrandPortalUrlShape);
        QTest::newRow("other host") << "https://acme.brand-portal.adobe.com.evil.example" << int(Problem::BrandPortalUrlShape);
        QTest::newRow("nested") << "https://a.b.brand-portal.adobe.com" << int(Problem::BrandPortalUrlShape);
        QTest::newRow("empty") << "" << int(Problem::Required);
    }
    void brandPortalUrl()
    {
        QFETCH(QString, url);
        QFETCH(int, problem);
        const auto p = validateBrandPortalUrl(url.toStdString());
        QCOMPARE(p ? int(p->problem) : -1, problem);
    }

    void brandPortalOnlyOnce()
    {
        std::vector<Configuration> all = {configuration("brand-portal", AemVersion::CloudService),
                                          configuration("target", AemVersion::CloudService),
                                          configuration("brand-portal", AemVersion::CloudService)};
        all[0].id = "bp1";
        all[2].id = "bp-rollback";
        all[2].rollbackOf = "bp1"; // a kept JWT copy is not a live configuration
        QCOMPARE(existingBrandPortalConfigurations(all).size(), std::size_t(1));
        QVERIFY(existingBrandPortalConfigurations(all, "bp1").empty());

        WizardState s;
        s.config = configuration("brand-portal", AemVersion::CloudService);
        const auto form = cloudServiceForm("brand-portal", AemVersion::CloudService);
        s.config.cloudService = defaultCloudService(*form, s.config);
        s.config.cloudService->setField("serviceUrl", "https://acme.brand-portal.adobe.com");
        QVERIFY(canAdvance(WizardPage::CloudService, s));
        s.existingBrandPortal = 1;
        QVERIFY(hasProblem(pageProblems(WizardPage::CloudService, s), Field::CloudService, Problem::Required,
                           "replaceBrandPortal"));
        s.replaceBrandPortal = true;
        QVERIFY(canAdvance(WizardPage::CloudService, s));
    }

    void consoleChecklist()
    {
        auto c = configuration("target", AemVersion::CloudService);
        auto steps = consoleSteps(c);
        std::vector<std::string> ids;
        for (const auto &s : steps)
            ids.push_back(s.id);
        QCOMPARE(ids, (std::vector<std::string> {"create-project", "add-api", "choose-oauth", "product-profiles",
                                                 "target-editor-role"}));
        QCOMPARE(steps.back().url, std::string(kAdminConsoleProductsUrl));
        QCOMPARE(steps.back().action, ConsoleStepAction::AssignTargetRole);
        QCOMPARE(steps.back().values.back().value, std::string("Editor"));
        QVERIFY(steps[2].values[1].value.find("target_sdk") != std::string::npos); // the scopes to copy
        c = configuration("io-events", AemVersion::Aem63OrEarlier, AuthType::Jwt);
        steps = consoleSteps(c);
        QCOMPARE(steps.size(), std::size_t(4));
        QCOMPARE(steps[1].values[0].value, std::string("I/O Management API"));
        QCOMPARE(steps[2].id, std::string("upload-public-key"));
        QCOMPARE(steps[2].action, ConsoleStepAction::UploadCertificate);
        QCOMPARE(steps[2].values[1].value, std::string("AEM-Adobe-IMS.crt"));
        QCOMPARE(steps[2].values[2].value, std::string("ent_adobeio_sdk"));
        for (const auto &s : steps)
            QVERIFY(s.url.starts_with("https://"));
    }

    void connectToTargetRequest()
    {
        const Secret token("eyJ.token.sig");
        const HttpRequest r = buildConnectToTargetRequest("https://mc.adobe.io/", " acme ", "client-1", token);
        QCOMPARE(r.method, std::string("GET"));
        QCOMPARE(r.url, std::string("https://mc.adobe.io/acme/target/activities"));
        QCOMPARE(headerOf(r, "Authorization"), std::string("Bearer eyJ.token.sig"));
        QCOMPARE(headerOf(r, "X-Api-Key"), std::string("client-1"));
        QVERIFY(r.url.find("eyJ") == std::string::npos);
        QVERIFY(r.body.empty());
    }

    // The sandbox's Target route end to end in core: token from the sandbox, then the activities.
    void sandboxTargetRoute()
    {
        auto key = PrivateKey::generateRsa(2048);
        QVERIFY(key);
        SandboxIms sandbox(std::move(key.value()));
        const auto now = std::chrono::system_clock::now();
        const SandboxClient &target = sandboxClient("target");
        HttpRequest tokenRequest;
        tokenRequest.url = "/ims/token/v3";
        tokenRequest.headers = {{"Content-Type", "application/x-www-form-urlencoded"}};
        tokenRequest.body = "grant_type=client_credentials&client_id=" + target.clientId
            + "&client_secret=" + target.clientSecret;
        const HttpResponse tokenResponse = sandbox.handle(tokenRequest, now);
        QCOMPARE(tokenResponse.status, 200);
        const HealthReport report = interpretTokenResponse(tokenResponse, TokenEndpoint::OAuthV3, now);
        QVERIFY(report.ok);

        auto call = [&](std::string_view tenant, std::string_view clientId, const Secret &token) {
            HttpRequest r = buildConnectToTargetRequest("", tenant, clientId, token);
            return sandbox.handle(r, now);
        };
        // Observer until the Editor role is given: 403, interpreted as the product-role problem.
        HttpResponse response = call(kSandboxTargetTenant, target.clientId, report.accessToken);
        QCOMPARE(response.status, 403);
        TargetConnection result = interpretConnectToTarget(response);
        QVERIFY(!result.ok);
        QCOMPARE(result.error.code, ErrorCode::TargetForbidden);
        QVERIFY(result.error.imsDescription.find("Editor") != std::string::npos);

        HttpRequest role;
        role.url = "/sandbox/clients/" + target.clientId + "/target-role";
        role.body = R"({"role":"editor"})";
        QCOMPARE(sandbox.handle(role, now).status, 200);
        response = call(kSandboxTargetTenant, target.clientId, report.accessToken);
        QCOMPARE(response.status, 200);
        result = interpretConnectToTarget(response);
        QVERIFY(result.ok);
        QCOMPARE(result.activityCount, std::size_t(2));

        // Wrong tenant, wrong API key, forged token, expired token.
        QCOMPARE(interpretConnectToTarget(call("other", target.clientId, report.accessToken)).error.code,
                 ErrorCode::TargetTenantNotFound);
        QCOMPARE(call(kSandboxTargetTenant, sandboxClient("stock").clientId, report.accessToken).status, 401);
        std::string forged(report.accessToken.reveal());
        char &flipped = forged[forged.size() - 10]; // inside the signature, not its padding bits
        flipped = flipped == 'A' ? 'B' : 'A';
        QCOMPARE(interpretConnectToTarget(call(kSandboxTargetTenant, target.clientId, Secret(forged))).error.code,
                 ErrorCode::InvalidToken);
        HttpRequest late = buildConnectToTargetRequest("", kSandboxTargetTenant, target.clientId, report.accessToken);
        QCOMPARE(sandbox.handle(late, now + std::chrono::hours(25)).status, 401);
        HttpRequest get = role;
        get.method = "GET";
        QCOMPARE(sandbox.handle(get, now).status, 405);
        role.body = R"({"role":"observer"})";
        QCOMPARE(sandbox.handle(role, now).status, 200);
        QCOMPARE(call(kSandboxTargetTenant, target.clientId, report.accessToken).status, 403);
    }

    void exportAsAemContent()
    {
        Configuration c = configuration("target", AemVersion::Aem65Sp20OrHotfix);
        const auto form = cloudServiceForm("target", c.aemVersion);
        c.cloudService = defaultCloudService(*form, c);
        c.cloudService->title = "Target Production";
        c.cloudService->setField("clientCode", "acme");
        c.cloudService->setField("tenantId", "acme");
        c.cloudService->setField("customAtJs", "/content/dam/at <x>.js");
        const auto files = exportCloudService(c);
        QCOMPARE(files.size(), std::size_t(1));
        QCOMPARE(files[0].name, std::string("jcr_root/conf/global/settings/cloudconfigs/target/target-production/.content.xml"));
        const std::string &xml = files[0].data;
        QVERIFY(xml.find("clientCode=\"acme\"") != std::string::npos);
        QVERIFY(xml.find("useAccurateTargeting=\"{Boolean}true\"") != std::string::npos);
        QVERIFY(xml.find("imsConfigId=\"" + osgiFactoryName(c) + "\"") != std::string::npos);
        QVERIFY(xml.find("at &lt;x&gt;.js") != std::string::npos);
        QVERIFY(xml.find("jcr:title=\"Target Production\"") != std::string::npos);
        // Included with the OSGi pair.
        const auto all = exportOsgi(c, SecretInExport::Placeholder);
        QCOMPARE(all.size(), std::size_t(3));
        QCOMPARE(all[2].name, files[0].name);

        // 6.3: the legacy Cloud Services node, and never the client secret.
        Configuration legacy = configuration("io-events", AemVersion::Aem63OrEarlier, AuthType::Jwt);
        legacy.title = "Adobe I/O Events";
        const auto legacyForm = cloudServiceForm("io-events", legacy.aemVersion);
        QVERIFY(legacyForm && legacyForm->legacy);
        legacy.cloudService = defaultCloudService(*legacyForm, legacy);
        QCOMPARE(*legacy.cloudService->field("apiKey"), legacy.clientId);
        QCOMPARE(*legacy.cloudService->field("linkExternalizerAlias"), std::string("author"));
        QCOMPARE(*legacy.cloudService->field("clientSecret"), legacy.clientSecretRef);
        QVERIFY(cloudServiceProblems(*legacyForm, *legacy.cloudService).empty());
        const auto legacyFiles = exportCloudService(legacy);
        QCOMPARE(legacyFiles[0].name, std::string("jcr_root/etc/cloudservices/adobe-io-events/adobe-i-o-events/.content.xml"));
        QVERIFY(legacyFiles[0].data.find("clientSecret") == std::string::npos);
        QVERIFY(legacyFiles[0].data.find(legacy.clientSecretRef) == std::string::npos);
        QVERIFY(legacyFiles[0].data.find("keystoreAlias=\"eventproxy\"") != std::string::npos);
        QVERIFY(legacyFiles[0].data.find("technicalAccountId=\"" + legacy.technicalAccountId + "\"") != std::string::npos);
        // Nothing without a cloud service.
        legacy.cloudService.reset();
        QVERIFY(exportCloudService(legacy).empty());
    }
};

QTEST_APPLESS_MAIN(TestCloudService)
#include "test_cloud_service.moc"
