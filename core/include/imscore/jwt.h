#pragma once
// JSON Web Token helpers: base64url and decoding claims without verifying.

#include <optional>
#include <string>
#include <string_view>

namespace ims {

std::string base64UrlEncode(std::string_view bytes);
std::optional<std::string> base64UrlDecode(std::string_view text);

struct DecodedJwt
{
    std::string headerJson;
    std::string payloadJson;
    std::string signature;      // raw bytes
    std::string signingInput;   // "header.payload" as sent
};

// Splits and decodes a compact JWT; nothing is verified. nullopt when it is not a JWT.
std::optional<DecodedJwt> decodeJwt(std::string_view token);

} // namespace ims
