// OSGi .cfg.json: the property parser, and the pairing import of a provider file with it.
#include "fuzz_util.h"

#include "imscore/osgi.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string input(fuzzutil::text(data, size));
    (void)ims::parseOsgiProperties(input, ims::OsgiFormat::CfgJson);
    (void)ims::importOsgiFiles({
        {"jcr_root/apps/x/osgiconfig/config/com.adobe.granite.auth.oauth.accesstoken.provider~fuzz.cfg.json", input},
        {"jcr_root/apps/x/osgiconfig/config/com.adobe.granite.auth.ims.impl.IMSAccessTokenRequestCustomizerImpl~fuzz.cfg.json",
         input},
    });
    return 0;
}
