#pragma once
// Small helpers shared by the tests.

#include <QTest>

#include <string>

namespace QTest {
template<>
inline char *toString(const std::string &s)
{
    return QTest::toString(QString::fromStdString(s));
}
} // namespace QTest

inline QString samplePath(const char *name)
{
    return QStringLiteral(IMS_SAMPLES_DIR "/") + QLatin1String(name);
}
