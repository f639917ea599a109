// The hygiene scanner itself (tests/secretscan.h) must find what it claims to find, or the
// scans at the end of the GUI and command-line tests would pass by looking nowhere.

#include "secretscan.h"
#include "testutil.h"

#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

namespace {
const QByteArray kSecret = "scan-test-secret-Zq9&/+ü-41d2";

void writeFile(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
}
} // namespace

class TestSecretScan : public QObject
{
    Q_OBJECT
private slots:
    void cleanWhenAbsent()
    {
        QTemporaryDir dir;
        writeFile(dir.filePath(QStringLiteral("configurations.json")), "{\"clientSecretRef\": \"x/client_secret\"}");
        SecretScan scan;
        scan.addSecret(kSecret);
        scan.addDirectory(dir.path());
        scan.addLog({QStringLiteral("a harmless line")});
        QVERIFY2(scan.clean(), qPrintable(scan.report()));
        QCOMPARE(scan.filesScanned(), 1);
    }

    void findsEveryForm_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("raw") << QByteArray("x=" + kSecret + ";");
        for (int shift = 0; shift < 3; ++shift) {
            const QByteArray prefix(shift, 'p');
            QTest::newRow(qPrintable(QStringLiteral("base64 at %1").arg(shift)))
                << (prefix + kSecret + "tail").toBase64();
            QTest::newRow(qPrintable(QStringLiteral("base64url at %1").arg(shift)))
                << (prefix + kSecret).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
        }
        QTest::newRow("percent-encoded") << QByteArray("client_secret=" + QUrl::toPercentEncoding(QString::fromUtf8(kSecret)));
    }
    void findsEveryForm()
    {
        QFETCH(QByteArray, content);
        QTemporaryDir dir;
        writeFile(dir.filePath(QStringLiteral("deep/inside/file.log")), content);
        SecretScan scan;
        scan.addSecret(kSecret);
        scan.addDirectory(dir.path());
        QVERIFY(!scan.clean());
        QVERIFY(scan.report().contains(QLatin1String("file.log")));
        QVERIFY(!scan.report().toUtf8().contains(kSecret)); // the report never repeats the value
    }

    void findsLogsOutputsAndExcludes()
    {
        {
            SecretScan scan;
            scan.addSecret(kSecret);
            scan.addLog({QStringLiteral("token request with ") + QString::fromUtf8(kSecret)});
            QVERIFY(!scan.clean());
        }
        {
            SecretScan scan;
            scan.addSecret(kSecret);
            scan.addOutput("child said " + kSecret);
            QVERIFY(!scan.clean());
        }
        QTemporaryDir dir;
        writeFile(dir.filePath(QStringLiteral("brought/credential.json")), kSecret);
        SecretScan scan;
        scan.addSecret(kSecret);
        scan.addDirectory(dir.path());
        scan.exclude(dir.filePath(QStringLiteral("brought")));
        QVERIFY2(scan.clean(), qPrintable(scan.report()));
    }

    // The temporary folder counts only files of this run; older ones belong to earlier runs.
    void temporaryFolderAndOwnStdout()
    {
        QTemporaryDir dir; // in this test's TMPDIR
        writeFile(dir.filePath(QStringLiteral("left-behind.tmp")), kSecret);
        {
            SecretScan scan;
            scan.addSecret(kSecret);
            scan.addTemporaryDirectory();
            QVERIFY(!scan.clean());
        }
        QFile::remove(dir.filePath(QStringLiteral("left-behind.tmp")));

        // What this process writes to stdout is captured too. (A throw-away value, printed on
        // purpose, so the real ones are never printed by this test.)
        const QByteArray printed = "printed-by-the-scan-test-7f3e91";
        std::fputs(printed.constData(), stdout);
        std::fputs("\n", stdout);
        SecretScan scan;
        scan.addSecret(printed);
        QVERIFY(!scan.clean());
        QVERIFY(scan.report().contains(QLatin1String("stdout/stderr")));
    }
};

QTEST_GUILESS_MAIN(TestSecretScan)
#include "test_secret_scan.moc"
