// ims::readZip: stored and deflated entries, directories, comments, data descriptors, and every
// way an archive can be broken or hostile. Well-formed fixtures come from two independent
// writers — a tiny one in this file (which can also write broken archives on purpose) and
// Python's zipfile module — so the reader is not only checked against its own idea of ZIP.

#include "testutil.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <imscore/zip.h>
#include <optional>

using namespace ims;

namespace {

// CRC-32 (IEEE, reflected), written out here so the test does not borrow the reader's zlib.
quint32 crc32Of(const QByteArray &data)
{
    quint32 crc = 0xffffffffu;
    for (const char c : data) {
        crc ^= static_cast<quint8>(c);
        for (int bit = 0; bit < 8; ++bit)
            crc = (crc >> 1) ^ (0xedb88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

// Raw deflate: qCompress gives a 4-byte length, a 2-byte zlib header, the deflate stream and a
// 4-byte Adler-32; ZIP wants the stream alone.
QByteArray rawDeflate(const QByteArray &data)
{
    if (data.isEmpty())
        return QByteArray("\x03\x00", 2); // qCompress writes no stream at all for no data
    const QByteArray zlib = qCompress(data, 9);
    return zlib.mid(6, zlib.size() - 10);
}

struct TestEntry
{
    TestEntry(QByteArray entryName, QByteArray entryData, quint16 entryMethod = 0)
        : name(std::move(entryName))
        , data(std::move(entryData))
        , method(entryMethod)
    { }

    QByteArray name;
    QByteArray data;
    quint16 method = 0; // 0 stored, 8 deflated, anything else written as-is
    quint16 flags = 0;
    bool dataDescriptor = false; // sizes and CRC after the data, zero in the local header
    std::optional<quint32> crc; // override the real CRC
    std::optional<quint32> declaredSize; // override the uncompressed size (both headers)
    std::optional<QByteArray> payload; // override the bytes stored for the data
    std::optional<QByteArray> localName; // override the local header's name
};

struct ArchiveOptions
{
    QByteArray comment;
    std::optional<quint16> entryCount; // override the EOCD's entry count
    std::optional<quint32> directoryOffset; // override the EOCD's central directory offset
};

ArchiveOptions withComment(QByteArray comment)
{
    ArchiveOptions options;
    options.comment = std::move(comment);
    return options;
}

ArchiveOptions withEntryCount(quint16 count)
{
    ArchiveOptions options;
    options.entryCount = count;
    return options;
}

ArchiveOptions withDirectoryOffset(quint32 offset)
{
    ArchiveOptions options;
    options.directoryOffset = offset;
    return options;
}

void put16(QByteArray &out, quint32 value)
{
    out.append(char(value & 0xff));
    out.append(char((value >> 8) & 0xff));
}

void put32(QByteArray &out, quint32 value)
{
    put16(out, value & 0xffff);
    put16(out, value >> 16);
}

QByteArray writeZip(const QList<TestEntry> &entries, const ArchiveOptions &options = ArchiveOptions())
{
    QByteArray archive;
    QByteArray directory;
    for (const TestEntry &entry : entries) {
        const QByteArray payload
            = entry.payload ? *entry.payload : (entry.method == 8 ? rawDeflate(entry.data) : entry.data);
        const quint32 crc = entry.crc.value_or(crc32Of(entry.data));
        const quint32 size = entry.declaredSize.value_or(quint32(entry.data.size()));
        const quint16 flags = entry.flags | (entry.dataDescriptor ? 0x0008 : 0);
        const quint32 offset = quint32(archive.size());
        const QByteArray localName = entry.localName.value_or(entry.name);

        put32(archive, 0x04034b50);
        put16(archive, 20);
        put16(archive, flags);
        put16(archive, entry.method);
        put16(archive, 0); // time
        put16(archive, 0x21); // date: 1980-01-01
        put32(archive, entry.dataDescriptor ? 0 : crc);
        put32(archive, entry.dataDescriptor ? 0 : quint32(payload.size()));
        put32(archive, entry.dataDescriptor ? 0 : size);
        put16(archive, quint32(localName.size()));
        put16(archive, 0);
        archive += localName;
        archive += payload;
        if (entry.dataDescriptor) {
            put32(archive, 0x08074b50);
            put32(archive, crc);
            put32(archive, quint32(payload.size()));
            put32(archive, size);
        }

        put32(directory, 0x02014b50);
        put16(directory, 0x031e); // made by: Unix, 3.0
        put16(directory, 20);
        put16(directory, flags);
        put16(directory, entry.method);
        put16(directory, 0);
        put16(directory, 0x21);
        put32(directory, crc);
        put32(directory, quint32(payload.size()));
        put32(directory, size);
        put16(directory, quint32(entry.name.size()));
        put16(directory, 0); // extra
        put16(directory, 0); // comment
        put16(directory, 0); // disk
        put16(directory, 0); // internal attributes
        put32(directory, 0); // external attributes
        put32(directory, offset);
        directory += entry.name;
    }
    const quint32 directoryOffset = quint32(archive.size());
    archive += directory;
    put32(archive, 0x06054b50);
    put16(archive, 0);
    put16(archive, 0);
    put16(archive, options.entryCount.value_or(quint16(entries.size())));
    put16(archive, options.entryCount.value_or(quint16(entries.size())));
    put32(archive, quint32(directory.size()));
    put32(archive, options.directoryOffset.value_or(directoryOffset));
    put16(archive, quint32(options.comment.size()));
    archive += options.comment;
    return archive;
}

std::string_view view(const QByteArray &bytes)
{
    return std::string_view(bytes.constData(), std::size_t(bytes.size()));
}

// Runs a Python snippet that writes an archive to sys.argv[1]; returns its bytes.
QByteArray pythonZip(const QString &python, const QString &script)
{
    QTemporaryDir dir;
    if (!dir.isValid())
        return {};
    const QString path = dir.filePath("archive.zip");
    QProcess process;
    process.start(python, {"-c", "import sys, zipfile\n" + script, path});
    if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0) {
        qWarning() << "python failed:" << process.readAllStandardError();
        process.kill();
        process.waitForFinished(5000);
        return {};
    }
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

// Fails the test unless readZip refuses bytes with MalformedInput and detail mentions expected.
#define EXPECT_MALFORMED(bytes, expected)                                                                    \
    do {                                                                                                     \
        auto result_ = readZip(view(bytes));                                                                 \
        QVERIFY2(!result_.ok(), "readZip accepted a broken archive");                                        \
        QCOMPARE(result_.error().code, ErrorCode::MalformedInput);                                           \
        QVERIFY2(                                                                                            \
            result_.error().detail.find(expected) != std::string::npos, result_.error().detail.c_str());     \
    } while (false)

class TestZip : public QObject
{
    Q_OBJECT

private:
    QString m_python;

    QByteArray needPython(const QString &script)
    {
        const QByteArray bytes = pythonZip(m_python, script);
        if (bytes.isEmpty())
            qWarning("python3 did not write the archive");
        return bytes;
    }

private slots:
    void initTestCase() { m_python = QStandardPaths::findExecutable("python3"); }

    void storedEntries()
    {
        const QByteArray archive = writeZip({{"a.txt", "hello"}, {"empty.bin", ""}, {"b.txt", "world\n"}});
        auto entries = readZip(view(archive));
        QVERIFY2(entries.ok(), entries.ok() ? "" : entries.error().detail.c_str());
        QCOMPARE(entries.value().size(), std::size_t(3));
        QCOMPARE(entries.value()[0].name, std::string("a.txt"));
        QCOMPARE(entries.value()[0].data, std::string("hello"));
        QCOMPARE(entries.value()[1].name, std::string("empty.bin"));
        QCOMPARE(entries.value()[1].data, std::string());
        QCOMPARE(entries.value()[2].data, std::string("world\n"));
    }

    void deflatedEntries()
    {
        QByteArray big;
        for (int i = 0; i < 20000; ++i)
            big += "line " + QByteArray::number(i % 97) + " of a fairly repetitive text\n";
        TestEntry deflated {"big.txt", big, 8};
        TestEntry emptyDeflated {"nothing.txt", "", 8};
        auto entries = readZip(view(writeZip({deflated, emptyDeflated})));
        QVERIFY2(entries.ok(), entries.ok() ? "" : entries.error().detail.c_str());
        QCOMPARE(entries.value().size(), std::size_t(2));
        QCOMPARE(entries.value()[0].data.size(), std::size_t(big.size()));
        QVERIFY(entries.value()[0].data == big.toStdString());
        QCOMPARE(entries.value()[1].data, std::string());
    }

    void pythonArchiveWithNestedPathsAndDirectories()
    {
        if (m_python.isEmpty())
            QSKIP("python3 not found");
        const QByteArray archive = needPython(R"(
with zipfile.ZipFile(sys.argv[1], 'w') as z:
    z.writestr('top/', '')
    z.writestr('top/nested/', '')
    z.writestr('top/nested/deflated.txt', 'abc' * 5000, compress_type=zipfile.ZIP_DEFLATED)
    z.writestr('top/stored.txt', 'stored bytes', compress_type=zipfile.ZIP_STORED)
    z.writestr('root.bin', bytes(range(256)), compress_type=zipfile.ZIP_DEFLATED)
)");
        QVERIFY(!archive.isEmpty());
        auto entries = readZip(view(archive));
        QVERIFY2(entries.ok(), entries.ok() ? "" : entries.error().detail.c_str());
        // The directory records are skipped, the files keep their full paths.
        QCOMPARE(entries.value().size(), std::size_t(3));
        QCOMPARE(entries.value()[0].name, std::string("top/nested/deflated.txt"));
        std::string abc;
        for (int i = 0; i < 5000; ++i)
            abc += "abc";
        QVERIFY(entries.value()[0].data == abc);
        QCOMPARE(entries.value()[1].name, std::string("top/stored.txt"));
        QCOMPARE(entries.value()[1].data, std::string("stored bytes"));
        QCOMPARE(entries.value()[2].name, std::string("root.bin"));
        QCOMPARE(entries.value()[2].data.size(), std::size_t(256));
        QCOMPARE(static_cast<unsigned char>(entries.value()[2].data[255]), static_cast<unsigned char>(255));
    }

    void directoriesAreSkipped()
    {
        auto entries = readZip(view(writeZip({{"dir/", ""}, {"dir/sub/", ""}, {"dir/sub/file", "x"}})));
        QVERIFY(entries.ok());
        QCOMPARE(entries.value().size(), std::size_t(1));
        QCOMPARE(entries.value()[0].name, std::string("dir/sub/file"));
    }

    void namesAreReturnedAsStored()
    {
        // No extraction happens, so "../" and absolute names are data, not a path to resolve.
        auto entries = readZip(view(writeZip({{"../escape.txt", "1"}, {"/etc/absolute", "2"}})));
        QVERIFY(entries.ok());
        QCOMPARE(entries.value()[0].name, std::string("../escape.txt"));
        QCOMPARE(entries.value()[1].name, std::string("/etc/absolute"));
    }

    void commentsAreHandled()
    {
        // Including a comment that contains an end-of-central-directory signature of its own.
        // (A comment that *ends* in a complete empty record is genuinely ambiguous; like every
        // reader, this one then takes the later record.)
        const QByteArray fakeEnd = QByteArray("PK\x05\x06", 4) + QByteArray(18, '\0');
        for (const QByteArray &comment : {QByteArray("a comment"), fakeEnd + "tail", QByteArray(65535, 'c'),
                 QByteArray("x") + fakeEnd + "y"}) {
            auto entries = readZip(view(writeZip({{"file", "data"}}, withComment(comment))));
            QVERIFY2(entries.ok(), entries.ok() ? "" : entries.error().detail.c_str());
            QCOMPARE(entries.value().size(), std::size_t(1));
            QCOMPARE(entries.value()[0].data, std::string("data"));
        }
        if (!m_python.isEmpty()) {
            const QByteArray archive = needPython(R"(
with zipfile.ZipFile(sys.argv[1], 'w') as z:
    z.comment = b'PK\x05\x06 written by python'
    z.writestr('f.txt', 'python', compress_type=zipfile.ZIP_DEFLATED)
)");
            auto entries = readZip(view(archive));
            QVERIFY2(entries.ok(), entries.ok() ? "" : entries.error().detail.c_str());
            QCOMPARE(entries.value()[0].data, std::string("python"));
        }
    }

    void dataDescriptorsAreAccepted()
    {
        TestEntry stored {"stored", "with descriptor"};
        stored.dataDescriptor = true;
        TestEntry deflated {"deflated", QByteArray(4096, 'z'), 8};
        deflated.dataDescriptor = true;
        auto entries = readZip(view(writeZip({stored, deflated})));
        QVERIFY2(entries.ok(), entries.ok() ? "" : entries.error().detail.c_str());
        QCOMPARE(entries.value()[0].data, std::string("with descriptor"));
        QCOMPARE(entries.value()[1].data, std::string(4096, 'z'));
    }

    void emptyArchive()
    {
        auto entries = readZip(view(writeZip({})));
        QVERIFY(entries.ok());
        QVERIFY(entries.value().empty());
        if (!m_python.isEmpty()) {
            const QByteArray archive = needPython("zipfile.ZipFile(sys.argv[1], 'w').close()\n");
            QCOMPARE(archive.size(), 22);
            auto fromPython = readZip(view(archive));
            QVERIFY(fromPython.ok());
            QVERIFY(fromPython.value().empty());
        }
    }

    void crcMismatchIsRejected()
    {
        TestEntry stored {"file", "payload"};
        stored.crc = crc32Of("payload") ^ 1;
        EXPECT_MALFORMED(writeZip({stored}), "CRC-32 mismatch: file");
        TestEntry deflated {"file", QByteArray(1000, 'q'), 8};
        deflated.crc = 0;
        EXPECT_MALFORMED(writeZip({deflated}), "CRC-32 mismatch");
        // Same size, one byte flipped in the stored data.
        TestEntry flipped {"file", "payload"};
        flipped.payload = QByteArray("paYload");
        EXPECT_MALFORMED(writeZip({flipped}), "CRC-32 mismatch");
    }

    void truncatedArchivesAreRejected()
    {
        const QByteArray archive = writeZip({{"one", "first"}, {"two", QByteArray(300, 't'), 8}});
        QVERIFY(readZip(view(archive)).ok());
        for (int length = 0; length < archive.size(); ++length) {
            auto result = readZip(view(archive.left(length)));
            QVERIFY2(
                !result.ok(), qPrintable(QString("accepted %1 of %2 bytes").arg(length).arg(archive.size())));
            QCOMPARE(result.error().code, ErrorCode::MalformedInput);
            QVERIFY(!result.error().detail.empty());
        }
        // The end record intact, the entries cut out from under it.
        const QByteArray end = archive.right(22);
        EXPECT_MALFORMED(archive.left(10) + end, "central directory");
    }

    void badEndOfCentralDirectory()
    {
        const QList<TestEntry> one {{"file", "data"}};
        const QByteArray good = writeZip(one);
        EXPECT_MALFORMED(QByteArray("PK\x05\x06", 4) + QByteArray(10, '\0'), "too short");
        // No signature at all.
        QByteArray noSignature = good;
        noSignature[good.size() - 22] = 'X';
        EXPECT_MALFORMED(noSignature, "no end of central directory");
        // A comment length that does not reach the end of the archive.
        QByteArray badCommentLength = good;
        badCommentLength[good.size() - 2] = 5;
        EXPECT_MALFORMED(badCommentLength, "no end of central directory");
        // Central directory beyond the record, more entries than the directory can hold.
        EXPECT_MALFORMED(writeZip(one, withDirectoryOffset(0x7fffffff)), "outside the archive");
        EXPECT_MALFORMED(writeZip(one, withEntryCount(2)), "too small for its entry count");
        // Fewer entries than records: only what the end record announces is read.
        auto fewer = readZip(view(writeZip({{"a", "1"}, {"b", "2"}}, withEntryCount(1))));
        QVERIFY(fewer.ok());
        QCOMPARE(fewer.value().size(), std::size_t(1));
        // Multi-volume.
        QByteArray multiDisk = good;
        multiDisk[good.size() - 22 + 4] = 1;
        EXPECT_MALFORMED(multiDisk, "multi-volume");
    }

    void centralAndLocalHeadersMustAgree()
    {
        TestEntry renamed {"certificate_pub.crt", "x"};
        renamed.localName = QByteArray("something_else");
        EXPECT_MALFORMED(writeZip({renamed}), "local header name differs");
        // A directory pointing at a local header that is not one.
        QByteArray archive = writeZip({{"file", "data"}});
        archive[0] = 'X';
        EXPECT_MALFORMED(archive, "bad local header");
    }

    void encryptedEntriesAreRejected()
    {
        TestEntry encrypted {"secret.txt", "not really encrypted"};
        encrypted.flags = 0x0001;
        EXPECT_MALFORMED(writeZip({encrypted}), "encrypted entry: secret.txt");
        TestEntry strong {"strong.txt", "x"};
        strong.flags = 0x0041;
        EXPECT_MALFORMED(writeZip({strong}), "encrypted");
    }

    void unsupportedMethodsAreRejected()
    {
        TestEntry bzip2 {"b.bz2", "x", 12};
        bzip2.payload = QByteArray("x");
        EXPECT_MALFORMED(writeZip({bzip2}), "unsupported compression method 12");
        if (!m_python.isEmpty()) {
            const QByteArray archive = needPython(R"(
with zipfile.ZipFile(sys.argv[1], 'w', compression=zipfile.ZIP_BZIP2) as z:
    z.writestr('b.txt', 'bzip2 data')
)");
            EXPECT_MALFORMED(archive, "unsupported compression method 12");
        }
    }

    void zip64IsRejectedCleanly()
    {
        if (m_python.isEmpty())
            QSKIP("python3 not found");
        // With 65536 entries Python writes the ZIP64 end records: refused, not misread.
        const QByteArray forced = needPython(R"(
with zipfile.ZipFile(sys.argv[1], 'w') as z:
    with z.open('big.bin', 'w', force_zip64=True) as f:
        f.write(b'small but zip64')
)");
        QVERIFY(!forced.isEmpty());
        // Python puts the ZIP64 extra (and all-ones sizes) only in the local header here; the
        // central directory record is a plain one, and it is what the reader trusts.
        auto forcedResult = readZip(view(forced));
        QVERIFY2(forcedResult.ok(), forcedResult.ok() ? "" : forcedResult.error().detail.c_str());
        QCOMPARE(forcedResult.value()[0].data, std::string("small but zip64"));

        const QByteArray many = needPython(R"(
with zipfile.ZipFile(sys.argv[1], 'w') as z:
    for i in range(65536):
        z.writestr(str(i), '')
)");
        QVERIFY(!many.isEmpty());
        EXPECT_MALFORMED(many, "ZIP64");

        // All-ones sizes in a central directory record mean "see the ZIP64 extra field".
        TestEntry marked {"file", "x"};
        marked.declaredSize = 0xffffffffu;
        EXPECT_MALFORMED(writeZip({marked}), "ZIP64");
    }

    void oversizedDeclarationsAreRejectedBeforeAllocation()
    {
        // A few bytes that claim to be 4 GB: refused from the header, never allocated.
        TestEntry huge {"bomb", "tiny", 8};
        huge.declaredSize = 0xfffffff0u;
        EXPECT_MALFORMED(writeZip({huge}), "entry larger than");
        TestEntry justOver {"over", "tiny", 8};
        justOver.declaredSize = quint32(kMaxZipEntryBytes + 1);
        EXPECT_MALFORMED(writeZip({justOver}), "entry larger than");

        // Five entries of 15 MiB each (declared; their data is a few bytes) exceed the 64 MiB
        // total. The limit must fire, not a CRC or inflate error, so it is checked first.
        QList<TestEntry> many;
        for (int i = 0; i < 5; ++i) {
            TestEntry entry {"part" + QByteArray::number(i), "x", 8};
            entry.declaredSize = 15u * 1024 * 1024;
            many.append(entry);
        }
        EXPECT_MALFORMED(writeZip(many), "uncompressed");

        // Too many entries, announced in the end record.
        EXPECT_MALFORMED(
            writeZip({{"file", "data"}}, withEntryCount(quint16(kMaxZipEntries + 1))), "more than");
    }

    void inflatedSizeMustMatchTheDeclaration()
    {
        TestEntry longer {"longer", QByteArray(100, 'l'), 8};
        longer.declaredSize = 50;
        EXPECT_MALFORMED(writeZip({longer}), "more than its declared size");
        TestEntry shorter {"shorter", QByteArray(100, 's'), 8};
        shorter.declaredSize = 150;
        EXPECT_MALFORMED(writeZip({shorter}), "size other than declared: shorter");
        TestEntry corrupt {"corrupt", "x", 8};
        corrupt.payload = QByteArray("\xff\xff\xff\xff", 4);
        EXPECT_MALFORMED(writeZip({corrupt}), "corrupt deflate data");
        TestEntry cut {"cut", QByteArray(5000, 'c'), 8};
        cut.payload = rawDeflate(QByteArray(5000, 'c')).left(3);
        EXPECT_MALFORMED(writeZip({cut}), "cut");
        // Stored entries cannot disagree about their sizes.
        TestEntry stored {"stored", "abc"};
        stored.declaredSize = 4;
        EXPECT_MALFORMED(writeZip({stored}), "stored entry with different sizes");
    }

    void garbageIsRejected()
    {
        EXPECT_MALFORMED(QByteArray(), "too short");
        EXPECT_MALFORMED(QByteArray("PK"), "too short");
        EXPECT_MALFORMED(QByteArray("this is not a zip archive, just some text that is long enough"),
            "no end of central directory");
        QByteArray random(4096, '\0');
        quint32 state = 12345;
        for (char &c : random) {
            state = state * 1103515245u + 12345u;
            c = char(state >> 24);
        }
        EXPECT_MALFORMED(random, "");
        // An end record glued to garbage: the directory it points at is not one.
        EXPECT_MALFORMED(random + writeZip({}, withEntryCount(1)).right(22), "");
    }
};

QTEST_GUILESS_MAIN(TestZip)
#include "test_zip.moc"
