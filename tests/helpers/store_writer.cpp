// A child process for tests/core/test_store_crash.cpp: it writes the configuration store in a
// loop and prints one line for every write that save()/update() reported done, so the test can
// SIGKILL it at any moment and then check that the store holds everything reported.
//
//   store_writer crash FILE RUN   "run RUN" after adding configuration run-RUN, then
//                                 "slot K N" after each write that set slot-K's title to N
//                                 (N grows), forever
//   store_writer add FILE PREFIX COUNT
//                                 COUNT update()s, each appending PREFIX-i; "added PREFIX-i"

#include <imscore/store.h>

#include <cstdio>
#include <cstdlib>
#include <string>
#include <unistd.h>

namespace {

ims::Configuration sample(const std::string &id, const std::string &title)
{
    ims::Configuration config;
    config.id = id;
    config.title = title;
    config.solutionId = "target";
    config.clientId = "5d0e1f2a3b4c4d5e8f9a0b1c2d3e4f5a";
    config.orgId = "8F1C2A3B5E6D7C8B0A1B2C3D@AdobeOrg";
    config.technicalAccountId = "9E8D7C6B5A4F3E2D1C0B9A8F@techacct.adobe.com";
    config.scopes = {"openid", "AdobeID", "target_sdk"};
    config.clientSecretRef = ims::clientSecretKey(id);
    return config;
}

// One line per call, written with write(2) so nothing sits in a stdio buffer when killed.
void report(const std::string &line)
{
    const std::string text = line + "\n";
    if (::write(STDOUT_FILENO, text.data(), text.size()) != static_cast<ssize_t>(text.size()))
        std::_Exit(3);
}

int fail(const ims::Error &error)
{
    std::fprintf(stderr, "store_writer: %s %s\n", std::string(ims::errorCodeName(error.code)).c_str(),
        error.detail.c_str());
    return 1;
}

} // namespace

int main(int argc, char **argv)
{
    const std::string mode = argc > 1 ? argv[1] : "";
    if (mode == "crash" && argc == 4) {
        ims::ConfigurationStore store(argv[2]);
        const std::string run = argv[3];
        if (auto error = store.upsert(sample("run-" + run, "run " + run)))
            return fail(*error);
        report("run " + run);
        // Titles grow across runs too: the run number is the high part.
        long long counter = std::atoll(run.c_str()) * 1000000LL;
        for (int k = 0;; k = (k + 1) % 8) {
            ++counter;
            const std::string value = std::to_string(counter);
            if (auto error = store.upsert(sample("slot-" + std::to_string(k), value)))
                return fail(*error);
            report("slot " + std::to_string(k) + " " + value);
        }
    }
    if (mode == "add" && argc == 5) {
        ims::ConfigurationStore store(argv[2]);
        const std::string prefix = argv[3];
        const int count = std::atoi(argv[4]);
        for (int i = 0; i < count; ++i) {
            const std::string id = prefix + "-" + std::to_string(i);
            auto error = store.update([&](std::vector<ims::Configuration> &configs) -> std::optional<ims::Error> {
                configs.push_back(sample(id, id));
                return std::nullopt;
            });
            if (error)
                return fail(*error);
            report("added " + id);
        }
        return 0;
    }
    std::fprintf(stderr, "usage: store_writer crash FILE RUN | add FILE PREFIX COUNT\n");
    return 2;
}
