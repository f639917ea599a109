#include "imscore/http.h"

#include <openssl/crypto.h>

#include <algorithm>
#include <cctype>

namespace ims {

std::string headerValue(const Headers &headers, std::string_view name)
{
    auto equalNoCase = [](std::string_view a, std::string_view b) {
        return a.size() == b.size()
            && std::equal(a.begin(), a.end(), b.begin(), [](unsigned char x, unsigned char y) {
                   return std::tolower(x) == std::tolower(y);
               });
    };
    for (const auto &[key, value] : headers) {
        if (equalNoCase(key, name))
            return value;
    }
    return {};
}

HttpRequest::~HttpRequest()
{
    if (!body.empty())
        OPENSSL_cleanse(body.data(), body.size());
}

HttpResponse::~HttpResponse()
{
    if (!body.empty())
        OPENSSL_cleanse(body.data(), body.size());
}

} // namespace ims
