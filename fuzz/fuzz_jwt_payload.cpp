// AEM's JWT "Payload" (the Developer Console's "Generate JWT") and AEM as a Cloud Service
// service credentials, with their paste detection.
#include "fuzz_util.h"

#include "imscore/jwt_credentials.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string_view input = fuzzutil::text(data, size);
    (void)ims::looksLikeJwtPayload(input);
    (void)ims::looksLikeServiceCredential(input);
    (void)ims::importJwtPayload(input);
    const ims::ServiceCredentialImport credential = ims::importServiceCredential(input);
    (void)credential.privateKeyPem.reveal().size();
    return 0;
}
