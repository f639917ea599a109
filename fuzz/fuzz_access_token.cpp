// Access-token decoding: the token in a successful answer is a JWT whose claims the health check
// shows (scopes, client id). The input is the token itself; also base64url and decodeJwt alone.
#include "fuzz_util.h"

#include "imscore/jwt.h"
#include "imscore/token.h"

#include <nlohmann/json.hpp>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string_view input = fuzzutil::text(data, size);
    (void)ims::base64UrlDecode(input);
    if (const auto jwt = ims::decodeJwt(input)) {
        // What is decoded encodes back to the same segments (modulo padding).
        (void)ims::base64UrlEncode(jwt->payloadJson);
    }

    ims::HttpResponse response;
    response.status = 200;
    nlohmann::json body = {{"token_type", "bearer"}, {"expires_in", 86399}};
    body["access_token"] = std::string(input);
    response.body = body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    const ims::TimePoint now {std::chrono::seconds(1'800'000'000)};
    (void)ims::interpretTokenResponse(response, ims::TokenEndpoint::OAuthV3, now);
    return 0;
}
