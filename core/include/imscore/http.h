#pragma once
// Plain data for both sides of the wire. Core builds requests and interprets responses;
// the ui layer (QtTransport, SandboxServer) does the I/O.

#include "imscore/error.h"

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace ims {

using Headers = std::vector<std::pair<std::string, std::string>>;

// Case-insensitive header lookup; empty when absent.
std::string headerValue(const Headers &headers, std::string_view name);

struct HttpRequest
{
    std::string method = "POST";
    std::string url;     // absolute (client side) or path with query (server side)
    Headers headers;
    std::string body;    // may hold a secret: never log it

    ~HttpRequest();      // wipes the body
    HttpRequest() = default;
    HttpRequest(const HttpRequest &) = default;
    HttpRequest(HttpRequest &&) = default;
    HttpRequest &operator=(const HttpRequest &) = default;
    HttpRequest &operator=(HttpRequest &&) = default;
};

struct HttpResponse
{
    int status = 0;
    Headers headers;
    std::string body;
    // Set when no complete HTTP answer arrived (timeout, TLS, DNS, refused, too large…).
    std::optional<Error> transportError;
    // The server's Date header, parsed (epoch seconds), for clock-skew diagnostics.
    std::optional<std::int64_t> serverDate;

    ~HttpResponse();     // wipes the body: it may carry an access token
    HttpResponse() = default;
    HttpResponse(const HttpResponse &) = default;
    HttpResponse(HttpResponse &&) = default;
    HttpResponse &operator=(const HttpResponse &) = default;
    HttpResponse &operator=(HttpResponse &&) = default;
};

// The most a token response may be; bigger bodies are cut and reported as BodyTooLarge.
constexpr std::size_t kMaxResponseBytes = 1024 * 1024;

} // namespace ims
