// The training sandbox's request handling (what its HTTPS server hands to core). Input:
//   "METHOD PATH\nHeader: value\n…\n\nbody"
// A fresh SandboxIms per input (no state carried over), one certificate bound to the sample
// service credential's client so the JWT exchange gets as far as the signature check.
#include "fuzz_util.h"

#include "imscore/certificates.h"
#include "imscore/sandbox.h"

#include <cstdlib>

namespace {

struct Fixture
{
    ims::PrivateKey signingKey;
    ims::Certificate bound;
};

const Fixture &fixture()
{
    static const Fixture f = [] {
        Fixture out;
        auto key = ims::PrivateKey::generateRsa(2048);
        auto pair = ims::makeSelfSignedCertificate({"fuzz", 2048, 365});
        if (!key.ok() || !pair.ok())
            std::abort();
        out.signingKey = key.value();
        out.bound = pair.value().certificate;
        return out;
    }();
    return f;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const Fixture &f = fixture();
    ims::SandboxIms sandbox(f.signingKey);
    (void)sandbox.bindCertificate(ims::sandboxServiceCredentialClient().clientId, f.bound);

    const fuzzutil::HttpLike like = fuzzutil::parseHttpLike(fuzzutil::text(data, size));
    ims::HttpRequest request;
    request.method = std::string(fuzzutil::word(like.firstLine, 0));
    request.url = std::string(fuzzutil::word(like.firstLine, 1));
    request.headers = like.headers;
    request.body = like.body;
    const ims::TimePoint now {std::chrono::seconds(1'800'000'000)};
    const ims::HttpResponse response = sandbox.handle(request, now);
    if (response.status < 100 || response.status > 599)
        std::abort();
    return 0;
}
