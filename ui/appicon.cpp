#include "appicon.h"

#include <QApplication>

QIcon appIcon()
{
    QIcon bundled;
    bundled.addFile(QStringLiteral(":/icons/ims-wizard.svg"));
    // A bitmap as well: without Qt's SVG plugin an SVG-only icon would be empty.
    bundled.addFile(QStringLiteral(":/icons/ims-wizard-256.png"), QSize(256, 256));
    return QIcon::fromTheme(QLatin1String(kAppId), bundled);
}

void installAppIcon()
{
    QApplication::setWindowIcon(appIcon());
}

QIcon copyIcon()
{
    return QIcon::fromTheme(QStringLiteral("edit-copy"), QIcon(QStringLiteral(":/icons/edit-copy.svg")));
}
