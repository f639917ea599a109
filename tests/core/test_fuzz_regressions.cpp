// Every crash the fuzzers found (fuzz/, scripts/fuzz), kept: each saved input under
// fuzz/regressions/TARGET/ is replayed through that target's own entry point, and each bug has a
// check of what the code answers now. The replay alone could not fail in this (unsanitised)
// build for undefined behaviour; scripts/fuzz replays the same inputs under ASan + UBSan.

#include <imscore/devconsole_import.h>
#include <imscore/jwt_credentials.h>
#include <imscore/osgi.h>
#include <imscore/store.h>
#include <imscore/token.h>

#include <QTest>

#include <filesystem>
#include <fstream>
#include <limits>
#include <map>
#include <sstream>

// Each target's LLVMFuzzerTestOneInput under a name of its own.
#define LLVMFuzzerTestOneInput fuzzAccessToken
#include "../../fuzz/fuzz_access_token.cpp"
#undef LLVMFuzzerTestOneInput
#define LLVMFuzzerTestOneInput fuzzAioContext
#include "../../fuzz/fuzz_aio_context.cpp"
#undef LLVMFuzzerTestOneInput
#define LLVMFuzzerTestOneInput fuzzConfigZip
#include "../../fuzz/fuzz_config_zip.cpp"
#undef LLVMFuzzerTestOneInput
#define LLVMFuzzerTestOneInput fuzzDevconsoleJson
#include "../../fuzz/fuzz_devconsole_json.cpp"
#undef LLVMFuzzerTestOneInput
#define LLVMFuzzerTestOneInput fuzzFelixConfig
#include "../../fuzz/fuzz_felix_config.cpp"
#undef LLVMFuzzerTestOneInput
#define LLVMFuzzerTestOneInput fuzzForm
#include "../../fuzz/fuzz_form.cpp"
#undef LLVMFuzzerTestOneInput
#define LLVMFuzzerTestOneInput fuzzImportAny
#include "../../fuzz/fuzz_import_any.cpp"
#undef LLVMFuzzerTestOneInput
#define LLVMFuzzerTestOneInput fuzzJwtPayload
#include "../../fuzz/fuzz_jwt_payload.cpp"
#undef LLVMFuzzerTestOneInput
#define LLVMFuzzerTestOneInput fuzzOsgiCfgJson
#include "../../fuzz/fuzz_osgi_cfg_json.cpp"
#undef LLVMFuzzerTestOneInput
#define LLVMFuzzerTestOneInput fuzzPemPkcs8
#include "../../fuzz/fuzz_pem_pkcs8.cpp"
#undef LLVMFuzzerTestOneInput
#define LLVMFuzzerTestOneInput fuzzPkcs12
#include "../../fuzz/fuzz_pkcs12.cpp"
#undef LLVMFuzzerTestOneInput
#define LLVMFuzzerTestOneInput fuzzSandboxRequest
#include "../../fuzz/fuzz_sandbox_request.cpp"
#undef LLVMFuzzerTestOneInput
#define LLVMFuzzerTestOneInput fuzzStoreFile
#include "../../fuzz/fuzz_store_file.cpp"
#undef LLVMFuzzerTestOneInput
#define LLVMFuzzerTestOneInput fuzzTokenResponse
#include "../../fuzz/fuzz_token_response.cpp"
#undef LLVMFuzzerTestOneInput

using namespace ims;
namespace fs = std::filesystem;

namespace {

using Target = int (*)(const std::uint8_t *, std::size_t);

const std::map<std::string, Target> &targets()
{
    static const std::map<std::string, Target> all {
        {"access_token", fuzzAccessToken},       {"aio_context", fuzzAioContext},
        {"config_zip", fuzzConfigZip},           {"devconsole_json", fuzzDevconsoleJson},
        {"felix_config", fuzzFelixConfig},       {"form", fuzzForm},
        {"import_any", fuzzImportAny},           {"jwt_payload", fuzzJwtPayload},
        {"osgi_cfg_json", fuzzOsgiCfgJson},      {"pem_pkcs8", fuzzPemPkcs8},
        {"pkcs12", fuzzPkcs12},                  {"sandbox_request", fuzzSandboxRequest},
        {"store_file", fuzzStoreFile},           {"token_response", fuzzTokenResponse},
    };
    return all;
}

const fs::path kFuzzDir = fs::path(IMS_SOURCE_DIR) / "fuzz";

std::string readFile(const fs::path &file)
{
    std::ifstream in(file, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return bytes.str();
}

bool hasProblem(const std::vector<FieldProblem> &problems, Problem problem)
{
    for (const FieldProblem &p : problems)
        if (p.problem == problem)
            return true;
    return false;
}

HttpResponse tokenAnswer(const std::string &expiresIn)
{
    HttpResponse r;
    r.status = 200;
    r.body = R"({"access_token":"abc","token_type":"bearer","expires_in":)" + expiresIn + "}";
    return r;
}

const TimePoint kNow {std::chrono::seconds(1'800'000'000)};
const std::string kOverflow = R"({"CLIENT_ID": "x", "ORG_ID": 1e999})";

} // namespace

class TestFuzzRegressions : public QObject
{
    Q_OBJECT
private slots:
    // Every saved input, through the target it crashed, and every fuzz target is in the table.
    void savedInputsReplay()
    {
        for (const auto &src : fs::directory_iterator(kFuzzDir)) {
            const std::string file = src.path().filename().string();
            if (file.starts_with("fuzz_") && src.path().extension() == ".cpp") {
                const std::string name = file.substr(5, file.size() - 9);
                QVERIFY2(targets().count(name), ("not replayed here: " + file).c_str());
            }
        }
        int replayed = 0;
        for (const auto &dir : fs::directory_iterator(kFuzzDir / "regressions")) {
            const auto target = targets().find(dir.path().filename().string());
            QVERIFY2(target != targets().end(), dir.path().string().c_str());
            for (const auto &input : fs::directory_iterator(dir.path())) {
                const std::string bytes = readFile(input.path());
                QCOMPARE(target->second(reinterpret_cast<const std::uint8_t *>(bytes.data()), bytes.size()), 0);
                ++replayed;
            }
        }
        QVERIFY(replayed > 0);
    }

    // nlohmann reports a number beyond a double ("1e999") as out_of_range, not parse_error: every
    // importer let it escape (std::terminate). Now malformed JSON at the number (its last character).
    void hugeNumberIsMalformedJsonEverywhere()
    {
        const ImportResult console = importDeveloperConsoleJson(kOverflow);
        QVERIFY(!console.recognised);
        QCOMPARE(console.problems.size(), std::size_t(1));
        QCOMPARE(console.problems.front().problem, Problem::MalformedJson);
        QCOMPARE(QString::fromStdString(console.problems.front().detail), QString("line 1, column 34"));

        QVERIFY(hasProblem(importJwtPayload(R"({"iss": 1e999})").problems, Problem::MalformedJson));
        QVERIFY(hasProblem(importServiceCredential(R"({"integration": 1e999})").result.problems, Problem::MalformedJson));

        const auto aio = importAioConfig(R"({"ims": {"contexts": {"x": {"client_id": 1e999}}}})");
        QCOMPARE(aio.size(), std::size_t(1));
        QVERIFY(hasProblem(aio.front().problems, Problem::MalformedJson));

        const auto cfg = parseOsgiProperties("{\n  \"a\": -1E+400\n}", OsgiFormat::CfgJson);
        QVERIFY(!cfg.ok());
        QCOMPARE(cfg.error().code, ErrorCode::MalformedInput);
        QCOMPARE(QString::fromStdString(cfg.error().detail), QString("line 2, column 14"));

        const auto any = importAnyFile("project.json", kOverflow);
        QCOMPARE(any.size(), std::size_t(1));
        QVERIFY(hasProblem(any.front().problems, Problem::MalformedJson));

        const auto store = parseConfigurations(R"({"schema": 1, "configurations": [], "x": 1e999})");
        QVERIFY(!store.ok());
        QCOMPARE(store.error().code, ErrorCode::StoreCorrupt);

        // A Felix default-claims line is parsed as JSON too.
        const std::string felix = "auth.token.provider.default.claims=[\"\\\"iss\\\": 1e999\"]\n";
        const auto claims = importOsgiFiles({{"com.adobe.granite.auth.oauth.accesstoken.provider~x.config", felix}});
        QCOMPARE(claims.size(), std::size_t(1));
        QVERIFY(hasProblem(claims.front().problems, Problem::WrongType));
    }

    // A byte that is not UTF-8 in a Felix .config value reached nlohmann's dump (type_error 316,
    // std::terminate). Now malformed at that byte; a comment may still hold any bytes.
    void nonUtf8FelixPropertyIsMalformed()
    {
        const auto value = parseOsgiProperties("# caf\xe9\nname=\"ab\xff\"\n", OsgiFormat::Config);
        QVERIFY(!value.ok());
        QCOMPARE(value.error().code, ErrorCode::MalformedInput);
        QCOMPARE(value.error().detail, std::string("line 2, column 9"));
        QVERIFY(!parseOsgiProperties("na\xc3me=\"x\"\n", OsgiFormat::Config).ok());
        const auto fine = parseOsgiProperties("# caf\xe9\nname=\"caf\xc3\xa9\"\n", OsgiFormat::Config);
        QVERIFY(fine.ok());
        QCOMPARE(fine.value().at("name"), std::string("\"caf\xc3\xa9\""));
    }

    // expires_in 8.64e26 was converted to int64 (undefined behaviour); 2^63-1 overflowed
    // now + expires_in. An answer beyond a century is malformed; a day still works.
    void absurdExpiresInIsMalformed()
    {
        for (const char *value : {"8.64e26", "9223372036854775807", "-1e300", "3200000000"}) {
            const HealthReport report = interpretTokenResponse(tokenAnswer(value), TokenEndpoint::OAuthV3, kNow);
            QVERIFY2(!report.ok, value);
            QCOMPARE(report.error.code, ErrorCode::MalformedTokenResponse);
        }
        const HealthReport jwt = interpretTokenResponse(tokenAnswer("9.2e18"), TokenEndpoint::JwtExchange, kNow);
        QVERIFY(!jwt.ok);
        const HealthReport day = interpretTokenResponse(tokenAnswer("86399.0"), TokenEndpoint::OAuthV3, kNow);
        QVERIFY(day.ok);
        QCOMPARE(day.expiresInSeconds, std::int64_t(86399));
        QVERIFY(day.expiresAt == kNow + std::chrono::seconds(86399));
    }

    // A Date header far from any clock overflowed serverDate - now: no skew is reported then.
    void unrepresentableServerDateGivesNoSkew()
    {
        HttpResponse r = tokenAnswer("86399");
        r.serverDate = std::numeric_limits<std::int64_t>::min();
        QVERIFY(!interpretTokenResponse(r, TokenEndpoint::OAuthV3, kNow).clockSkewSeconds);
        r.serverDate = 1'800'000'030;
        QCOMPARE(interpretTokenResponse(r, TokenEndpoint::OAuthV3, kNow).clockSkewSeconds, std::optional<std::int64_t>(30));
    }
};

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "test_fuzz_regressions.moc"
