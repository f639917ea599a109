// The configuration store's file. What parses serialises and parses again to the same text.
#include "fuzz_util.h"

#include "imscore/store.h"

#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const auto parsed = ims::parseConfigurations(fuzzutil::text(data, size));
    if (!parsed.ok())
        return 0;
    const std::string once = ims::serializeConfigurations(parsed.value());
    const auto again = ims::parseConfigurations(once);
    if (!again.ok()) {
        std::fprintf(stderr, "serialised store does not parse again\n");
        std::abort();
    }
    if (ims::serializeConfigurations(again.value()) != once) {
        std::fprintf(stderr, "store round trip changed the document\n");
        std::abort();
    }
    return 0;
}
