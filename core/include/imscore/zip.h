#pragma once
// Reading ZIP archives in memory (config.zip, AEM content packages): stored and deflated
// entries, via the central directory; bounded sizes so a zip bomb cannot exhaust memory.

#include "imscore/result.h"

#include <string>
#include <string_view>
#include <vector>

namespace ims {

struct ZipEntry
{
    std::string name;    // path inside the archive, '/' separated
    std::string data;    // uncompressed bytes
};

constexpr std::size_t kMaxZipEntryBytes = 16 * 1024 * 1024;
constexpr std::size_t kMaxZipTotalBytes = 64 * 1024 * 1024;
constexpr std::size_t kMaxZipEntries = 10000;

// MalformedInput (detail says what) for anything that is not a readable archive, CRC errors,
// encrypted entries, unsupported methods, or sizes beyond the limits.
Result<std::vector<ZipEntry>> readZip(std::string_view archive);

} // namespace ims
