#include "imscore/zip.h"

#include <climits>
#include <cstdint>
#include <zlib.h>

// A deliberately small reader (APPNOTE.TXT 6.3): the central directory is the truth, local
// headers are only used to find where each entry's data starts. Two passes: the first
// validates every central-directory record and adds up the declared sizes, so the limits in
// zip.h are enforced before a single byte is allocated for entry data; the second copies or
// inflates each entry into a buffer of exactly its declared size and checks its CRC-32.
//
// Entry names are returned exactly as stored (no charset conversion, ".." and absolute paths
// included): callers only look at the bytes and match names; nothing is ever written to disk.

namespace ims {

namespace {

constexpr std::uint32_t kLocalHeaderSignature = 0x04034b50;
constexpr std::uint32_t kCentralHeaderSignature = 0x02014b50;
constexpr std::uint32_t kEndOfCentralDirectorySignature = 0x06054b50;
constexpr std::uint32_t kZip64LocatorSignature = 0x07064b50;

constexpr std::size_t kLocalHeaderSize = 30;
constexpr std::size_t kCentralHeaderSize = 46;
constexpr std::size_t kEndOfCentralDirectorySize = 22;
constexpr std::size_t kZip64LocatorSize = 20;
constexpr std::size_t kMaxCommentSize = 0xffff;

constexpr std::uint16_t kFlagEncrypted = 1u << 0;
constexpr std::uint16_t kFlagStrongEncryption = 1u << 6;
constexpr std::uint16_t kMethodStored = 0;
constexpr std::uint16_t kMethodDeflated = 8;

Error malformed(std::string detail)
{
    return makeError(ErrorCode::MalformedInput, std::move(detail));
}

// Little-endian reads; callers check the bounds first.
std::uint16_t read16(std::string_view bytes, std::size_t offset)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.data() + offset);
    return static_cast<std::uint16_t>(p[0] | (p[1] << 8));
}

std::uint32_t read32(std::string_view bytes, std::size_t offset)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.data() + offset);
    return std::uint32_t(p[0]) | (std::uint32_t(p[1]) << 8) | (std::uint32_t(p[2]) << 16)
        | (std::uint32_t(p[3]) << 24);
}

// True when [offset, offset + length) lies inside a buffer of size, without overflowing.
bool fits(std::size_t size, std::size_t offset, std::size_t length)
{
    return offset <= size && length <= size - offset;
}

struct EndOfCentralDirectory
{
    std::size_t offset = 0; // of the record itself
    std::size_t entryCount = 0;
    std::size_t directoryOffset = 0;
    std::size_t directorySize = 0;
};

// The record is at the very end unless the archive has a comment (up to 64 KiB), so search
// backwards; a candidate only counts when its comment length reaches exactly the end of the
// archive, which keeps a "PK\5\6" inside a comment from being taken for the record.
Result<EndOfCentralDirectory> findEndOfCentralDirectory(std::string_view archive)
{
    if (archive.size() < kEndOfCentralDirectorySize)
        return malformed("too short for a ZIP archive");
    const std::size_t last = archive.size() - kEndOfCentralDirectorySize;
    const std::size_t first = last > kMaxCommentSize ? last - kMaxCommentSize : 0;
    for (std::size_t offset = last + 1; offset-- > first;) {
        if (read32(archive, offset) != kEndOfCentralDirectorySignature)
            continue;
        const std::size_t commentLength = read16(archive, offset + 20);
        if (offset + kEndOfCentralDirectorySize + commentLength != archive.size())
            continue;

        const std::uint16_t diskNumber = read16(archive, offset + 4);
        const std::uint16_t directoryDisk = read16(archive, offset + 6);
        const std::uint16_t entriesOnDisk = read16(archive, offset + 8);
        const std::uint16_t entryCount = read16(archive, offset + 10);
        const std::uint32_t directorySize = read32(archive, offset + 12);
        const std::uint32_t directoryOffset = read32(archive, offset + 16);

        // ZIP64 marks its real values with all-ones here, and puts a locator right before.
        if (entryCount == 0xffff || entriesOnDisk == 0xffff || directorySize == 0xffffffff
            || directoryOffset == 0xffffffff
            || (offset >= kZip64LocatorSize
                && read32(archive, offset - kZip64LocatorSize) == kZip64LocatorSignature))
            return malformed("ZIP64 archives are not supported");
        if (diskNumber != 0 || directoryDisk != 0 || entriesOnDisk != entryCount)
            return malformed("multi-volume ZIP archives are not supported");
        if (directoryOffset > offset || directorySize > offset - directoryOffset)
            return malformed("central directory lies outside the archive");

        EndOfCentralDirectory end;
        end.offset = offset;
        end.entryCount = entryCount;
        end.directoryOffset = directoryOffset;
        end.directorySize = directorySize;
        return end;
    }
    return malformed("no end of central directory record");
}

struct EntryRecord
{
    std::string name;
    std::uint16_t method = 0;
    std::uint32_t crc = 0;
    std::size_t compressedSize = 0;
    std::size_t uncompressedSize = 0;
    std::size_t localHeaderOffset = 0;
    bool isDirectory = false;
};

// One central-directory record at offset; advances offset past it.
Result<EntryRecord> readCentralRecord(std::string_view directory, std::size_t &offset)
{
    if (!fits(directory.size(), offset, kCentralHeaderSize)
        || read32(directory, offset) != kCentralHeaderSignature)
        return malformed("bad central directory record");
    EntryRecord entry;
    const std::uint16_t flags = read16(directory, offset + 8);
    entry.method = read16(directory, offset + 10);
    entry.crc = read32(directory, offset + 16);
    const std::uint32_t compressedSize = read32(directory, offset + 20);
    const std::uint32_t uncompressedSize = read32(directory, offset + 24);
    const std::size_t nameLength = read16(directory, offset + 28);
    const std::size_t extraLength = read16(directory, offset + 30);
    const std::size_t commentLength = read16(directory, offset + 32);
    const std::uint16_t startDisk = read16(directory, offset + 34);
    const std::uint32_t localHeaderOffset = read32(directory, offset + 42);

    const std::size_t recordSize = kCentralHeaderSize + nameLength + extraLength + commentLength;
    if (!fits(directory.size(), offset, recordSize))
        return malformed("central directory record runs past the directory");
    entry.name.assign(directory.substr(offset + kCentralHeaderSize, nameLength));
    offset += recordSize;

    if (entry.name.empty())
        return malformed("entry without a name");
    if (entry.name.find('\0') != std::string::npos)
        return malformed("entry name contains a NUL byte");
    if (compressedSize == 0xffffffff || uncompressedSize == 0xffffffff || localHeaderOffset == 0xffffffff
        || startDisk == 0xffff)
        return malformed("ZIP64 entries are not supported: " + entry.name);
    if (startDisk != 0)
        return malformed("multi-volume ZIP archives are not supported");
    if (flags & (kFlagEncrypted | kFlagStrongEncryption))
        return malformed("encrypted entry: " + entry.name);

    entry.isDirectory = entry.name.back() == '/';
    entry.compressedSize = compressedSize;
    entry.uncompressedSize = uncompressedSize;
    entry.localHeaderOffset = localHeaderOffset;
    if (entry.isDirectory)
        return entry;
    if (entry.method != kMethodStored && entry.method != kMethodDeflated)
        return malformed(
            "unsupported compression method " + std::to_string(entry.method) + ": " + entry.name);
    if (entry.method == kMethodStored && entry.compressedSize != entry.uncompressedSize)
        return malformed("stored entry with different sizes: " + entry.name);
    if (entry.uncompressedSize > kMaxZipEntryBytes)
        return malformed("entry larger than " + std::to_string(kMaxZipEntryBytes) + " bytes: " + entry.name);
    return entry;
}

// Where the entry's data starts: after its local header, whose name must agree with the
// central directory (two different names for one entry is a known way to fool scanners).
Result<std::string_view> entryData(std::string_view archive, std::size_t dataLimit, const EntryRecord &entry)
{
    const std::size_t offset = entry.localHeaderOffset;
    if (!fits(dataLimit, offset, kLocalHeaderSize) || read32(archive, offset) != kLocalHeaderSignature)
        return malformed("bad local header: " + entry.name);
    const std::size_t nameLength = read16(archive, offset + 26);
    const std::size_t extraLength = read16(archive, offset + 28);
    const std::size_t dataOffset = offset + kLocalHeaderSize + nameLength + extraLength;
    if (!fits(dataLimit, offset + kLocalHeaderSize, nameLength + extraLength))
        return malformed("local header runs past the archive: " + entry.name);
    if (archive.substr(offset + kLocalHeaderSize, nameLength) != entry.name)
        return malformed("local header name differs from the central directory: " + entry.name);
    if (!fits(dataLimit, dataOffset, entry.compressedSize))
        return malformed("entry data runs past the archive: " + entry.name);
    return archive.substr(dataOffset, entry.compressedSize);
}

// Raw deflate (no zlib header) into exactly uncompressedSize bytes: more output than
// declared, or a stream that ends early, is an error rather than a bigger buffer.
Result<std::string> inflateEntry(std::string_view compressed, const EntryRecord &entry)
{
    std::string out(entry.uncompressedSize, '\0');
    z_stream stream {};
    if (inflateInit2(&stream, -MAX_WBITS) != Z_OK)
        return malformed("inflateInit2 failed");
    struct StreamGuard
    {
        z_stream *stream;
        ~StreamGuard() { inflateEnd(stream); }
    } guard {&stream};

    // Sizes come from 32-bit fields, so they fit uInt.
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(compressed.data()));
    stream.avail_in = static_cast<uInt>(compressed.size());
    // One spare byte so a stream longer than declared shows up as output we did not expect.
    char spare = 0;
    stream.next_out = reinterpret_cast<Bytef *>(out.data());
    stream.avail_out = static_cast<uInt>(out.size());
    int status = Z_OK;
    while (status == Z_OK) {
        if (stream.avail_out == 0) {
            if (stream.next_out == reinterpret_cast<Bytef *>(&spare) + 1)
                return malformed("entry inflates to more than its declared size: " + entry.name);
            stream.next_out = reinterpret_cast<Bytef *>(&spare);
            stream.avail_out = 1;
        }
        status = inflate(&stream, Z_FINISH);
        if (status == Z_BUF_ERROR && stream.avail_out == 0)
            status = Z_OK; // output full: the spare byte decides whether more follows
    }
    if (status != Z_STREAM_END)
        return malformed(
            "corrupt deflate data: " + entry.name + (stream.msg ? std::string(" (") + stream.msg + ")" : ""));
    if (stream.total_out != entry.uncompressedSize)
        return malformed("entry inflates to a size other than declared: " + entry.name);
    return out;
}

} // namespace

Result<std::vector<ZipEntry>> readZip(std::string_view archive)
{
    auto end = findEndOfCentralDirectory(archive);
    if (!end)
        return end.error();
    const EndOfCentralDirectory &eocd = end.value();
    if (eocd.entryCount > kMaxZipEntries)
        return malformed("more than " + std::to_string(kMaxZipEntries) + " entries");
    if (eocd.entryCount * kCentralHeaderSize > eocd.directorySize)
        return malformed("central directory too small for its entry count");

    // Pass 1: every record, declared sizes only.
    const std::string_view directory = archive.substr(eocd.directoryOffset, eocd.directorySize);
    std::vector<EntryRecord> records;
    records.reserve(eocd.entryCount);
    std::size_t offset = 0;
    std::size_t totalBytes = 0;
    for (std::size_t i = 0; i < eocd.entryCount; ++i) {
        auto record = readCentralRecord(directory, offset);
        if (!record)
            return record.error();
        if (record.value().isDirectory)
            continue;
        totalBytes += record.value().uncompressedSize; // each <= 16 MiB, at most 10000: no overflow
        if (totalBytes > kMaxZipTotalBytes)
            return malformed(
                "archive larger than " + std::to_string(kMaxZipTotalBytes) + " bytes uncompressed");
        records.push_back(std::move(record.value()));
    }

    // Pass 2: the data. Entries live before the central directory.
    std::vector<ZipEntry> entries;
    entries.reserve(records.size());
    for (const EntryRecord &record : records) {
        auto data = entryData(archive, eocd.directoryOffset, record);
        if (!data)
            return data.error();
        ZipEntry entry;
        entry.name = record.name;
        if (record.method == kMethodStored) {
            entry.data.assign(data.value());
        } else {
            auto inflated = inflateEntry(data.value(), record);
            if (!inflated)
                return inflated.error();
            entry.data = std::move(inflated.value());
        }
        const uLong crc = crc32_z(0L, reinterpret_cast<const Bytef *>(entry.data.data()), entry.data.size());
        if (crc != record.crc)
            return malformed("CRC-32 mismatch: " + record.name);
        entries.push_back(std::move(entry));
    }
    return entries;
}

} // namespace ims
