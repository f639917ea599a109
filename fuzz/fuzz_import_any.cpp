// Whatever a user drops on the import dialog: a file name and its bytes. Input:
//   "file name\nbytes" — .zip (content package or config.zip), .cfg.json, .config, .json…
#include "fuzz_util.h"

#include "imscore/osgi.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    std::string_view rest = fuzzutil::text(data, size);
    const std::string fileName(fuzzutil::takeLine(rest));
    (void)ims::importAnyFile(fileName, rest);
    return 0;
}
