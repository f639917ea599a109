#pragma once
// The application's icon and the few icons of its own: taken from the desktop's icon theme when
// installed there (so a themed desktop can restyle them), else from the compiled-in resources.

#include <QIcon>

class QWidget;

// The freedesktop.org application id: .desktop file, metainfo, icon name, keychain service.
inline constexpr const char *kAppId = "io.imswizard.ImsWizard";

QIcon appIcon();
// Sets the application-wide icon (every window without its own inherits it).
void installAppIcon();
// "edit-copy" from the theme, or the bundled one.
QIcon copyIcon();
