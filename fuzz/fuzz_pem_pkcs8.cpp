// Private keys (PEM PKCS#1, PKCS#8, encrypted PKCS#8; DER PKCS#8) and certificates (PEM, DER).
// Encrypted keys are tried with the passphrase the seeds use, so decryption is reached too.
#include "fuzz_util.h"

#include "imscore/certificates.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string_view input = fuzzutil::text(data, size);
    (void)ims::importPrivateKey(input);
    (void)ims::importPrivateKey(input, ims::Secret(std::string("fuzz-passphrase")));
    const auto certificate = ims::importCertificate(input);
    if (certificate.ok()) {
        (void)ims::certificateInfo(certificate.value());
        (void)certificate.value().toPem();
    }
    return 0;
}
