// PKCS#12 key stores, with the password the seeds use and with a wrong one.
#include "fuzz_util.h"

#include "imscore/certificates.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string_view input = fuzzutil::text(data, size);
    const auto pair = ims::importPkcs12(input, ims::Secret(std::string("fuzz-password")));
    if (pair.ok())
        (void)ims::certificateInfo(pair.value().certificate);
    (void)ims::importPkcs12(input, ims::Secret(std::string("wrong")));
    return 0;
}
