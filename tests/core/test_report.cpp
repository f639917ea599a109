// The handover report's model: endpoints, certificate facts, next actions, ordering.
#include "testutil.h"

#include <imscore/certificates.h>
#include <imscore/report.h>

#include <QTest>

using namespace ims;

namespace {

constexpr std::int64_t kDay = 24 * 60 * 60;

Configuration oauth(const std::string &title)
{
    Configuration c;
    c.id = newConfigurationId();
    c.title = title;
    c.solutionId = "target";
    c.clientId = "0123456789abcdef0123456789abcdef";
    c.orgId = "ABCDEF0123456789ABCDEF01@AdobeOrg";
    c.scopes = {"openid", "AdobeID", "target_sdk"};
    c.clientSecretRef = clientSecretKey(c.id);
    c.aemVersion = AemVersion::CloudService;
    return c;
}

bool hasAction(const ReportEntry &entry, ReportActionKind kind)
{
    for (const ReportAction &a : entry.actions)
        if (a.kind == kind)
            return true;
    return false;
}

} // namespace

class TestReport : public QObject
{
    Q_OBJECT
private slots:
    void tokenUrls()
    {
        Configuration c = oauth("T");
        c.authorizationServer = "https://ims-na1.adobelogin.com/";
        QCOMPARE(tokenUrlOf(c), std::string("https://ims-na1.adobelogin.com/ims/token/v3"));
        c.authType = AuthType::Jwt;
        QCOMPARE(tokenUrlOf(c), std::string("https://ims-na1.adobelogin.com/ims/exchange/jwt"));
    }

    void certificateFactsAndExpiry()
    {
        auto pair = makeSelfSignedCertificate({"aem-ims", 2048, 365});
        QVERIFY(pair);
        Configuration jwt = oauth("Analytics JWT");
        jwt.authType = AuthType::Jwt;
        jwt.solutionId = "analytics";
        jwt.certificatePem = pair.value().certificate.toPem().value();
        const CertificateInfo info = certificateInfo(pair.value().certificate);

        // Fresh: a year left; JWT is deprecated; never checked.
        HandoverReport report = buildHandoverReport({jwt}, info.notBefore + kDay);
        QCOMPARE(report.entries.size(), std::size_t(1));
        const ReportEntry &e = report.entries.front();
        QVERIFY(e.certificate);
        QCOMPARE(e.certificate->sha1Fingerprint, info.sha1Fingerprint);
        QCOMPARE(e.solutionName, std::string("Adobe Analytics"));
        QVERIFY(e.certificateDaysLeft >= 360 && e.certificateDaysLeft <= 365);
        QVERIFY(hasAction(e, ReportActionKind::JwtDeprecated));
        QVERIFY(hasAction(e, ReportActionKind::NeverChecked));
        QVERIFY(!hasAction(e, ReportActionKind::CertificateExpiresSoon));

        // Ten days before it ends: renew soon, with the days left.
        report = buildHandoverReport({jwt}, info.notAfter - 10 * kDay);
        QVERIFY(hasAction(report.entries.front(), ReportActionKind::CertificateExpiresSoon));
        QCOMPARE(report.entries.front().actions.front().days, std::int64_t(10));

        // Five days after: expired, first of the actions.
        report = buildHandoverReport({jwt}, info.notAfter + 5 * kDay);
        QCOMPARE(report.entries.front().actions.front().kind, ReportActionKind::CertificateExpired);
        QCOMPARE(report.entries.front().actions.front().days, std::int64_t(5));
    }

    void healthActions()
    {
        const std::int64_t now = 1'800'000'000;
        Configuration ok = oauth("OK");
        ok.recordHealth({now - kDay, true, ErrorCode::None, 86399});
        Configuration failed = oauth("Failed");
        failed.recordHealth({now - 2 * kDay, true, ErrorCode::None, 86399});
        failed.recordHealth({now - kDay, false, ErrorCode::InvalidClientSecret, 0});
        Configuration stale = oauth("Stale");
        stale.recordHealth({now - 45 * kDay, true, ErrorCode::None, 86399});
        Configuration old = oauth("Old AEM");
        old.aemVersion = AemVersion::Aem64To65BeforeSp20;
        old.recordHealth({now, true, ErrorCode::None, 86399});

        const HandoverReport report = buildHandoverReport({stale, ok, failed, old}, now);
        QCOMPARE(report.entries.size(), std::size_t(4));
        // Sorted by title.
        QCOMPARE(report.entries[0].configuration.title, std::string("Failed"));
        QCOMPARE(report.entries[1].configuration.title, std::string("OK"));
        QVERIFY(report.entries[1].actions.empty());
        QCOMPARE(report.entries[0].actions.size(), std::size_t(1));
        QCOMPARE(report.entries[0].actions[0].kind, ReportActionKind::LastCheckFailed);
        QCOMPARE(report.entries[0].actions[0].error, ErrorCode::InvalidClientSecret);
        QCOMPARE(report.entries[3].configuration.title, std::string("Stale"));
        QCOMPARE(report.entries[3].actions[0].kind, ReportActionKind::CheckOutdated);
        QCOMPARE(report.entries[3].actions[0].days, std::int64_t(45));
        QVERIFY(hasAction(report.entries[2], ReportActionKind::OAuthNeedsServicePack));
        QCOMPARE(report.organisations.size(), std::size_t(1));
        QCOMPARE(report.actionCount(), std::size_t(3));
    }

    void rollbackCopiesLastAndOnlyToConfirm()
    {
        Configuration live = oauth("Zeta");
        Configuration copy = oauth("Alpha");
        copy.authType = AuthType::Jwt;
        copy.rollbackOf = live.id;
        Configuration other = oauth("Beta");
        other.orgId = "00000000000000000000FFFF@AdobeOrg";
        const HandoverReport report = buildHandoverReport({copy, live, other}, 1'800'000'000);
        QCOMPARE(report.entries.back().configuration.title, std::string("Alpha"));
        QCOMPARE(report.entries.back().actions.size(), std::size_t(1));
        QCOMPARE(report.entries.back().actions[0].kind, ReportActionKind::MigrationToConfirm);
        QCOMPARE(report.organisations.size(), std::size_t(2));
        QCOMPARE(report.organisations[0], other.orgId); // order of the sorted entries
    }

    void unknownSolutionKeepsItsId()
    {
        Configuration c = oauth("Custom");
        c.solutionId = "my-own";
        QCOMPARE(buildHandoverReport({c}, 0).entries[0].solutionName, std::string("my-own"));
    }
};

QTEST_GUILESS_MAIN(TestReport)
#include "test_report.moc"
