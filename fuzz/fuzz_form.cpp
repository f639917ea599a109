// Form bodies (both sides of the wire): urlencoded and multipart. Input:
//   "Content-Type line\nbody". What parses as urlencoded encodes and parses back to the same fields.
#include "fuzz_util.h"

#include "imscore/form.h"

#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    std::string_view rest = fuzzutil::text(data, size);
    const std::string contentType(fuzzutil::takeLine(rest));
    const std::string body(rest);

    (void)ims::urlDecode(body);
    (void)ims::parseMultipart(body, contentType);
    if (const auto fields = ims::parseFormBody(body, contentType))
        (void)ims::formValue(*fields, "client_id");
    if (const auto fields = ims::parseUrlEncoded(body)) {
        const auto back = ims::parseUrlEncoded(ims::encodeForm(*fields));
        if (!back || *back != *fields) {
            std::fprintf(stderr, "urlencoded round trip changed the fields\n");
            std::abort();
        }
    }
    return 0;
}
