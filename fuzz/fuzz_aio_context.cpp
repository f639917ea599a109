// The aio CLI's configuration (ims.contexts.*, JWT and OAuth contexts).
#include "fuzz_util.h"

#include "imscore/osgi.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    (void)ims::importAioConfig(fuzzutil::text(data, size));
    return 0;
}
