// What a token endpoint answers, interpreted as the health check does. Input:
//   "STATUS [oauth|jwt] [SERVER_DATE] [NOW]\nHeader: value\n…\n\nbody"
// SERVER_DATE (the parsed Date header, epoch seconds) and NOW (epoch seconds) are any int64.
#include "fuzz_util.h"

#include "imscore/token.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const fuzzutil::HttpLike like = fuzzutil::parseHttpLike(fuzzutil::text(data, size));
    ims::HttpResponse response;
    response.status = static_cast<int>(fuzzutil::integer(fuzzutil::word(like.firstLine, 0)).value_or(200) & 0x7fffffff);
    const auto endpoint = fuzzutil::word(like.firstLine, 1) == "jwt" ? ims::TokenEndpoint::JwtExchange
                                                                     : ims::TokenEndpoint::OAuthV3;
    response.serverDate = fuzzutil::integer(fuzzutil::word(like.firstLine, 2));
    // now within what system_clock (nanoseconds in an int64) can hold: ±126 years around 1970, as a real clock.
    const std::int64_t nowSeconds = fuzzutil::integer(fuzzutil::word(like.firstLine, 3)).value_or(1'800'000'000)
        % 4'000'000'000;
    const ims::TimePoint now {std::chrono::seconds(nowSeconds)};
    response.headers = like.headers;
    response.body = like.body;

    const ims::HealthReport report = ims::interpretTokenResponse(response, endpoint, now);
    (void)ims::toHealthRecord(report);
    (void)ims::classifyImsError(response.status, response.body, response.headers);
    return 0;
}
