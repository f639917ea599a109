#pragma once
// A tiny ZIP writer for tests: stored (uncompressed) entries, local headers, central directory.
// Enough to build content packages and config.zip files in memory for the importers.

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace testzip {

inline std::uint32_t crc32Of(const std::string &data)
{
    std::uint32_t crc = 0xffffffffu;
    for (const char c : data) {
        crc ^= static_cast<std::uint8_t>(c);
        for (int bit = 0; bit < 8; ++bit)
            crc = (crc >> 1) ^ (0xedb88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

inline void put16(std::string &out, std::uint32_t value)
{
    out += static_cast<char>(value & 0xff);
    out += static_cast<char>((value >> 8) & 0xff);
}

inline void put32(std::string &out, std::uint32_t value)
{
    put16(out, value & 0xffff);
    put16(out, value >> 16);
}

// name → bytes, in order.
inline std::string storedZip(const std::vector<std::pair<std::string, std::string>> &entries)
{
    std::string archive;
    std::string directory;
    for (const auto &[name, data] : entries) {
        const std::uint32_t offset = static_cast<std::uint32_t>(archive.size());
        const std::uint32_t crc = crc32Of(data);
        const auto size = static_cast<std::uint32_t>(data.size());
        put32(archive, 0x04034b50);
        put16(archive, 20); // version needed
        put16(archive, 0); // flags
        put16(archive, 0); // stored
        put16(archive, 0); // time
        put16(archive, 0); // date
        put32(archive, crc);
        put32(archive, size);
        put32(archive, size);
        put16(archive, static_cast<std::uint32_t>(name.size()));
        put16(archive, 0);
        archive += name;
        archive += data;

        put32(directory, 0x02014b50);
        put16(directory, 20); // version made by
        put16(directory, 20); // version needed
        put16(directory, 0);
        put16(directory, 0);
        put16(directory, 0);
        put16(directory, 0);
        put32(directory, crc);
        put32(directory, size);
        put32(directory, size);
        put16(directory, static_cast<std::uint32_t>(name.size()));
        put16(directory, 0); // extra
        put16(directory, 0); // comment
        put16(directory, 0); // disk
        put16(directory, 0); // internal attributes
        put32(directory, 0); // external attributes
        put32(directory, offset);
        directory += name;
    }
    const auto directoryOffset = static_cast<std::uint32_t>(archive.size());
    archive += directory;
    put32(archive, 0x06054b50);
    put16(archive, 0);
    put16(archive, 0);
    put16(archive, static_cast<std::uint32_t>(entries.size()));
    put16(archive, static_cast<std::uint32_t>(entries.size()));
    put32(archive, static_cast<std::uint32_t>(directory.size()));
    put32(archive, directoryOffset);
    put16(archive, 0);
    return archive;
}

} // namespace testzip
