#include "imscore/secret_store.h"

#include <charconv>
#include <memory>

namespace ims {

namespace {

constexpr std::string_view kMarker = "\x01ims-chunks:";

// "\x01ims-chunks:N\n" + first part; nullopt when value is not a chunk header.
std::optional<std::size_t> parseHeader(std::string_view value, std::size_t &headerLength)
{
    if (!value.starts_with(kMarker))
        return std::nullopt;
    const std::size_t newline = value.find('\n', kMarker.size());
    if (newline == std::string_view::npos)
        return std::nullopt;
    std::size_t count = 0;
    const char *begin = value.data() + kMarker.size();
    const auto [end, ec] = std::from_chars(begin, value.data() + newline, count);
    if (ec != std::errc() || end != value.data() + newline || count < 2 || count > 1000)
        return std::nullopt;
    headerLength = newline + 1;
    return count;
}

// Runs steps one after another; stops at the first error.
using Step = std::function<void(SecretStore::Done)>;
void runSequence(std::shared_ptr<std::vector<Step>> steps, std::size_t index, SecretStore::Done done)
{
    if (index == steps->size()) {
        done(std::nullopt);
        return;
    }
    (*steps)[index]([steps, index, done](std::optional<Error> error) {
        if (error)
            done(error);
        else
            runSequence(steps, index + 1, done);
    });
}

} // namespace

ChunkingSecretStore::ChunkingSecretStore(SecretStore &inner, std::size_t maxChunk)
    : m_inner(inner), m_maxChunk(maxChunk < 64 ? 64 : maxChunk)
{
}

std::string ChunkingSecretStore::partKey(const std::string &key, std::size_t part)
{
    return key + "#" + std::to_string(part);
}

void ChunkingSecretStore::partCount(const std::string &key, std::function<void(std::size_t)> done)
{
    m_inner.read(key, [done](std::optional<Secret> value, std::optional<Error>) {
        std::size_t headerLength = 0;
        const auto count = value ? parseHeader(value->reveal(), headerLength) : std::nullopt;
        done(count.value_or(1));
    });
}

void ChunkingSecretStore::write(const std::string &key, const Secret &value, Done done)
{
    const std::string_view text = value.reveal();
    const std::size_t parts = text.empty() ? 1 : (text.size() + m_maxChunk - 1) / m_maxChunk;
    auto steps = std::make_shared<std::vector<Step>>();
    for (std::size_t part = 2; part <= parts; ++part) {
        auto chunk = std::make_shared<Secret>(std::string(text.substr((part - 1) * m_maxChunk, m_maxChunk)));
        const std::string k = partKey(key, part);
        steps->push_back([this, k, chunk](Done next) { m_inner.write(k, *chunk, next); });
    }
    auto head = std::make_shared<Secret>(
        parts == 1 ? std::string(text)
                   : std::string(kMarker) + std::to_string(parts) + "\n" + std::string(text.substr(0, m_maxChunk)));
    steps->push_back([this, key, head](Done next) { m_inner.write(key, *head, next); });

    // Parts of an older, longer value would be orphans: remove them once the new value is in.
    partCount(key, [this, key, parts, steps, done](std::size_t oldParts) {
        for (std::size_t part = parts + 1; part <= oldParts; ++part) {
            const std::string k = partKey(key, part);
            steps->push_back([this, k](Done next) { m_inner.remove(k, next); });
        }
        runSequence(steps, 0, done);
    });
}

void ChunkingSecretStore::read(const std::string &key, ReadDone done)
{
    m_inner.read(key, [this, key, done](std::optional<Secret> head, std::optional<Error> error) {
        if (!head) {
            done(std::nullopt, error);
            return;
        }
        std::size_t headerLength = 0;
        const auto count = parseHeader(head->reveal(), headerLength);
        if (!count) {
            done(std::move(head), std::nullopt);
            return;
        }
        auto assembled = std::make_shared<Secret>(std::string(head->reveal().substr(headerLength)));
        auto steps = std::make_shared<std::vector<Step>>();
        for (std::size_t part = 2; part <= *count; ++part) {
            const std::string k = partKey(key, part);
            steps->push_back([this, k, assembled](Done next) {
                m_inner.read(k, [assembled, next](std::optional<Secret> chunk, std::optional<Error> e) {
                    if (!chunk) {
                        next(e ? e : std::optional<Error>(makeError(ErrorCode::SecretMissing)));
                        return;
                    }
                    *assembled = Secret(std::string(assembled->reveal()) + std::string(chunk->reveal()));
                    next(std::nullopt);
                });
            });
        }
        runSequence(steps, 0, [assembled, done](std::optional<Error> e) {
            if (e)
                done(std::nullopt, e);
            else
                done(std::move(*assembled), std::nullopt);
        });
    });
}

void ChunkingSecretStore::remove(const std::string &key, Done done)
{
    partCount(key, [this, key, done](std::size_t parts) {
        auto steps = std::make_shared<std::vector<Step>>();
        for (std::size_t part = 2; part <= parts; ++part) {
            const std::string k = partKey(key, part);
            steps->push_back([this, k](Done next) { m_inner.remove(k, next); });
        }
        steps->push_back([this, key](Done next) { m_inner.remove(key, next); });
        runSequence(steps, 0, done);
    });
}

} // namespace ims
