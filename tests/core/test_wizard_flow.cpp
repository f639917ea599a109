#include "testutil.h"

#include <imscore/wizard_flow.h>

#include <QTest>

using namespace ims;

namespace {
WizardState validState()
{
    WizardState s;
    s.config.solutionId = "target";
    s.config.aemVersion = AemVersion::Aem65Sp20OrHotfix;
    s.config.authorizationServer = "https://ims-na1.adobelogin.com";
    s.config.clientId = "5d0e1f2a3b4c4d5e8f9a0b1c2d3e4f5a";
    s.config.orgId = "8F1C2A3B5E6D7C8B0A1B2C3D@AdobeOrg";
    s.config.scopes = {"openid", "AdobeID"};
    s.config.title = "Target";
    s.hasClientSecret = true;
    s.healthOk = true;
    return s;
}

bool hasProblem(const std::vector<FieldProblem> &problems, Field field, Problem problem)
{
    for (const auto &p : problems)
        if (p.field == field && p.problem == problem)
            return true;
    return false;
}
} // namespace

class TestWizardFlow : public QObject
{
    Q_OBJECT
private slots:
    void oauthPathIsLinear()
    {
        const WizardState s = validState();
        QCOMPARE(nextPage(WizardPage::AemVersion, s), WizardPage::Solution);
        QCOMPARE(nextPage(WizardPage::Solution, s), WizardPage::ConsoleSteps);
        QCOMPARE(nextPage(WizardPage::ConsoleSteps, s), WizardPage::Credentials);
        QCOMPARE(nextPage(WizardPage::Credentials, s), WizardPage::HealthCheck);
        QCOMPARE(nextPage(WizardPage::HealthCheck, s), WizardPage::CloudService); // Target has one
        QCOMPARE(nextPage(WizardPage::CloudService, s), WizardPage::Summary);
        QCOMPARE(nextPage(WizardPage::Summary, s), WizardPage::Done);
    }
    void validStateAdvancesEverywhere()
    {
        const WizardState s = validState();
        for (auto page : {WizardPage::Solution, WizardPage::Credentials, WizardPage::HealthCheck, WizardPage::Summary})
            QVERIFY(canAdvance(page, s));
    }
    void solutionRequired()
    {
        WizardState s = validState();
        s.config.solutionId.clear();
        QVERIFY(hasProblem(pageProblems(WizardPage::Solution, s), Field::Solution, Problem::Required));
        s.config.solutionId = "nonsense";
        QVERIFY(hasProblem(pageProblems(WizardPage::Solution, s), Field::Solution, Problem::UnknownSolution));
    }
    void credentialsNeedEveryField()
    {
        WizardState s = validState();
        s.hasClientSecret = false;
        QVERIFY(hasProblem(pageProblems(WizardPage::Credentials, s), Field::ClientSecret, Problem::Required));
        s = validState();
        s.config.authorizationServer = "http://ims.example.com";
        QVERIFY(hasProblem(pageProblems(WizardPage::Credentials, s), Field::AuthorizationServer, Problem::NotHttps));
        s = validState();
        s.config.orgId = "12345";
        QVERIFY(hasProblem(pageProblems(WizardPage::Credentials, s), Field::OrgId, Problem::OrgIdSuffix));
        s = validState();
        s.config.scopes.clear();
        QVERIFY(!canAdvance(WizardPage::Credentials, s));
        s = validState();
        s.config.technicalAccountId = "not-a-tech-account";
        QVERIFY(hasProblem(pageProblems(WizardPage::Credentials, s), Field::TechnicalAccountId,
                           Problem::TechnicalAccountSuffix));
    }
    void healthCheckMustPassAndNotRun()
    {
        WizardState s = validState();
        s.healthOk = false;
        QVERIFY(!canAdvance(WizardPage::HealthCheck, s));
        s.healthOk = true;
        s.checkRunning = true;
        QVERIFY(!canAdvance(WizardPage::HealthCheck, s));
    }
    void jwtPathHasCertificateAndJwtCredentials()
    {
        WizardState s = validState();
        s.config.authType = AuthType::Jwt;
        QCOMPARE(nextPage(WizardPage::Solution, s), WizardPage::Certificate);
        QCOMPARE(nextPage(WizardPage::Certificate, s), WizardPage::ConsoleSteps);
        QCOMPARE(nextPage(WizardPage::ConsoleSteps, s), WizardPage::JwtCredentials);
        QCOMPARE(nextPage(WizardPage::JwtCredentials, s), WizardPage::HealthCheck);
        QCOMPARE(nextPage(WizardPage::HealthCheck, s), WizardPage::CloudService);
        s.config.solutionId = "asset-compute"; // no cloud service after the IMS configuration
        QCOMPARE(nextPage(WizardPage::HealthCheck, s), WizardPage::Summary);
    }
    void newJwtOnlyInTheSandbox()
    {
        WizardState s = validState();
        s.config.authType = AuthType::Jwt;
        QVERIFY(hasProblem(pageProblems(WizardPage::Solution, s), Field::AuthType, Problem::JwtEndOfLife));
        s.sandbox = true;
        QVERIFY(canAdvance(WizardPage::Solution, s));
    }
    void certificatePageNeedsAKeyPair()
    {
        WizardState s = validState();
        s.config.authType = AuthType::Jwt;
        QVERIFY(hasProblem(pageProblems(WizardPage::Certificate, s), Field::Certificate, Problem::Required));
        s.config.certificatePem = "-----BEGIN CERTIFICATE-----";
        QVERIFY(!canAdvance(WizardPage::Certificate, s)); // no private key yet
        s.hasPrivateKey = true;
        s.certificateDaysLeft = 365;
        QVERIFY(canAdvance(WizardPage::Certificate, s));
        s.certificateBusy = true;
        QVERIFY(!canAdvance(WizardPage::Certificate, s));
        s.certificateBusy = false;
        s.certificateDaysLeft = -1;
        QVERIFY(hasProblem(pageProblems(WizardPage::Certificate, s), Field::Certificate, Problem::CertificateExpired));
    }
    void jwtCredentialsNeedTechnicalAccountAndMetascopes()
    {
        WizardState s = validState();
        s.config.authType = AuthType::Jwt;
        s.config.technicalAccountId = "9E8D7C6B5A4F3E2D1C0B9A8F@techacct.adobe.com";
        s.config.metascopes = {"ent_marketing_sdk"};
        QVERIFY(canAdvance(WizardPage::JwtCredentials, s));
        s.config.metascopes.clear();
        QVERIFY(hasProblem(pageProblems(WizardPage::JwtCredentials, s), Field::Metascopes, Problem::Required));
        s.config.metascopes = {"ent marketing"};
        QVERIFY(!canAdvance(WizardPage::JwtCredentials, s));
        s.config.metascopes = {"ent_marketing_sdk"};
        s.config.technicalAccountId.clear();
        QVERIFY(hasProblem(pageProblems(WizardPage::JwtCredentials, s), Field::TechnicalAccountId, Problem::Required));
    }
    void titleRequiredToSave()
    {
        WizardState s = validState();
        s.config.title.clear();
        QVERIFY(hasProblem(pageProblems(WizardPage::Summary, s), Field::Title, Problem::Required));
    }
};

QTEST_GUILESS_MAIN(TestWizardFlow)
#include "test_wizard_flow.moc"
