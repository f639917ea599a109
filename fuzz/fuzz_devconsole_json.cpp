// Developer Console downloads, both shapes: the nested project/workspace JSON and the flat
// credential "Download JSON"; also the paste detection the credential fields run on every paste.
#include "fuzz_util.h"

#include "imscore/devconsole_import.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string_view input = fuzzutil::text(data, size);
    (void)ims::looksLikeDeveloperConsoleJson(input);
    const ims::ImportResult result = ims::importDeveloperConsoleJson(input);
    for (const ims::Secret &secret : result.clientSecrets)
        (void)secret.reveal().size();
    return 0;
}
