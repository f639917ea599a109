#include "adobedocs.h"

#include <QDesktopServices>

AdobeDocs::Opener AdobeDocs::systemOpener()
{
    return [](const QUrl &url) { QDesktopServices::openUrl(url); };
}
