// Apache Felix .config (key="value", key=I"30000", key=["a","b"], # comments): the property
// parser and the pairing import.
#include "fuzz_util.h"

#include "imscore/osgi.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string input(fuzzutil::text(data, size));
    (void)ims::parseOsgiProperties(input, ims::OsgiFormat::Config);
    (void)ims::importOsgiFiles({
        {"jcr_root/apps/x/config.author/com.adobe.granite.auth.oauth.accesstoken.provider~fuzz.config", input},
        {"jcr_root/apps/x/config/com.adobe.granite.auth.ims.impl.IMSAccessTokenRequestCustomizerImpl~fuzz.config", input},
    });
    return 0;
}
