// The cloud-solution catalog compiled in from resources/catalog.json.

#include "imscore/catalog.h"
#include "testutil.h"

#include <QTest>
#include <set>

using namespace ims;

class TestCatalog : public QObject
{
    Q_OBJECT

private slots:
    void hasTheTenSolutions();
    void metascopes_data();
    void metascopes();
    void everySolutionIsComplete();
    void findSolution();
    void malformed_data();
    void malformed();
    void optionalMembersDefault();
};

void TestCatalog::hasTheTenSolutions()
{
    const auto &solutions = cloudSolutions();
    QCOMPARE(solutions.size(), std::size_t(10));
    const std::vector<std::string> expected {"target", "analytics", "brand-portal", "stock", "tags",
        "io-events", "asset-compute", "smart-content", "cloud-manager", "custom"};
    std::vector<std::string> ids;
    for (const auto &solution : solutions)
        ids.push_back(solution.id);
    QVERIFY(ids == expected);
    // Parsed once: the same object every time.
    QCOMPARE(&cloudSolutions(), &solutions);
}

// ims.md §6: the JWT metascope of each solution.
void TestCatalog::metascopes_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("metascope");
    QTest::addColumn<QString>("aemValue");
    QTest::newRow("target") << "target"
                            << "ent_marketing_sdk"
                            << "Adobe Target";
    QTest::newRow("analytics") << "analytics"
                               << "ent_analytics_bulk_ingest_sdk"
                               << "Adobe Analytics";
    QTest::newRow("brand-portal") << "brand-portal"
                                  << "ent_brand_portal_sdk"
                                  << "Adobe Brand Portal";
    QTest::newRow("stock") << "stock"
                           << "ent_stocksearch_sdk"
                           << "Adobe Stock";
    QTest::newRow("tags") << "tags"
                          << "ent_reactor_sdk"
                          << "Adobe Launch";
    QTest::newRow("io-events") << "io-events"
                               << "ent_adobeio_sdk"
                               << "AdobeIOEvents";
    QTest::newRow("asset-compute") << "asset-compute"
                                   << "asset_compute_meta"
                                   << "Asset Compute";
    QTest::newRow("smart-content") << "smart-content"
                                   << "ent_smartcontent_sdk"
                                   << "Smart Content";
    QTest::newRow("cloud-manager") << "cloud-manager"
                                   << "ent_cloudmgr_sdk"
                                   << "Cloud Manager";
    QTest::newRow("custom") << "custom"
                            << ""
                            << "";
}

void TestCatalog::metascopes()
{
    QFETCH(QString, id);
    QFETCH(QString, metascope);
    QFETCH(QString, aemValue);
    const CloudSolution *solution = ims::findSolution(id.toStdString());
    QVERIFY(solution);
    QCOMPARE(solution->metascope, metascope.toStdString());
    QCOMPARE(solution->aemValue, aemValue.toStdString());
}

void TestCatalog::everySolutionIsComplete()
{
    for (const auto &solution : cloudSolutions()) {
        QVERIFY2(!solution.name.empty(), solution.id.c_str());
        QVERIFY2(solution.documentation.starts_with("https://"), solution.id.c_str());
        QVERIFY2(!solution.scopes.empty(), solution.id.c_str());
        const std::set<std::string> unique(solution.scopes.begin(), solution.scopes.end());
        QVERIFY2(unique.size() == solution.scopes.size(), solution.id.c_str());
    }
    // Smart Content's known scope set (ims.md §6).
    const auto *smart = ims::findSolution("smart-content");
    QVERIFY(smart);
    QVERIFY(smart->scopes
        == std::vector<std::string>(
            {"read_pc.dma_smart_content", "openid", "AdobeID", "additional_info.projectedProductContext"}));
    QCOMPARE(ims::findSolution("target")->cloudService, std::string("Adobe Target"));
}

void TestCatalog::findSolution()
{
    QVERIFY(ims::findSolution("target"));
    QCOMPARE(ims::findSolution("target")->name, std::string("Adobe Target"));
    QVERIFY(!ims::findSolution(""));
    QVERIFY(!ims::findSolution("Target")); // ids are exact
    QVERIFY(!ims::findSolution("photoshop"));
}

void TestCatalog::malformed_data()
{
    QTest::addColumn<QString>("json");
    QTest::addColumn<QString>("detailContains");
    QTest::newRow("not json") << "{ \"solutions\": ["
                              << "not JSON";
    QTest::newRow("empty") << ""
                           << "not JSON";
    QTest::newRow("array") << "[]"
                           << "top level";
    QTest::newRow("no solutions") << R"({"version": 1})"
                                  << "solutions missing";
    QTest::newRow("solutions object") << R"({"solutions": {}})"
                                      << "solutions is not an array";
    QTest::newRow("version string") << R"({"version": "1", "solutions": []})"
                                    << "version";
    QTest::newRow("entry not object") << R"({"solutions": [1]})"
                                      << "solutions[0] is not an object";
    QTest::newRow("missing id") << R"({"solutions": [{"name": "X"}]})"
                                << "solutions[0].id missing";
    QTest::newRow("missing name") << R"({"solutions": [{"id": "x"}]})"
                                  << "solutions[0].name missing";
    QTest::newRow("empty id") << R"({"solutions": [{"id": "", "name": "X"}]})"
                              << "id is empty";
    QTest::newRow("name number") << R"({"solutions": [{"id": "x", "name": 3}]})"
                                 << "name is not a string";
    QTest::newRow("scopes string") << R"({"solutions": [{"id": "x", "name": "X", "scopes": "openid"}]})"
                                   << "scopes is not an array";
    QTest::newRow("scope number") << R"({"solutions": [{"id": "x", "name": "X", "scopes": [1]}]})"
                                  << "non-string";
    QTest::newRow("duplicate") << R"({"solutions": [{"id": "x", "name": "X"}, {"id": "x", "name": "Y"}]})"
                               << "duplicate";
}

void TestCatalog::malformed()
{
    QFETCH(QString, json);
    QFETCH(QString, detailContains);
    const auto result = parseCatalog(json.toStdString());
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, ErrorCode::MalformedInput);
    QVERIFY2(QString::fromStdString(result.error().detail).contains(detailContains),
        result.error().detail.c_str());
}

void TestCatalog::optionalMembersDefault()
{
    const auto result = parseCatalog(R"({"solutions": [{"id": "x", "name": "X", "unknown": true}]})");
    QVERIFY(result.ok());
    QCOMPARE(result.value().size(), std::size_t(1));
    QVERIFY(result.value()[0].metascope.empty());
    QVERIFY(result.value()[0].scopes.empty());
    QVERIFY(parseCatalog(R"({"solutions": []})").ok());
}

QTEST_GUILESS_MAIN(TestCatalog)
#include "test_catalog.moc"
