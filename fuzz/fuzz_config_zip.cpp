// The Developer Console's config.zip (private.key + certificate_pub.crt) and the ZIP reader
// under it (central directory, stored and deflated entries, size limits).
#include "fuzz_util.h"

#include "imscore/certificates.h"
#include "imscore/zip.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string_view input = fuzzutil::text(data, size);
    const auto entries = ims::readZip(input);
    if (entries.ok()) {
        for (const ims::ZipEntry &entry : entries.value())
            (void)entry.data.size();
    }
    (void)ims::importConfigZip(input);
    return 0;
}
