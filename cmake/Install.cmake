# Desktop integration: `cmake --install` puts the binaries, the .desktop file, the AppStream
# metainfo and the icons where desktops look for them (FHS / freedesktop.org), and CPack builds
# a .deb from the same rules. Included from the top-level CMakeLists.txt after app/.
include(GNUInstallDirs)

set(IMS_APP_ID io.imswizard.ImsWizard)
set(IMS_DESKTOP_DIR ${PROJECT_SOURCE_DIR}/resources/desktop)
set(IMS_ICON_SVG ${PROJECT_SOURCE_DIR}/resources/icons/ims-wizard.svg)

# The 256 px PNG follows the SVG when rsvg-convert (librsvg2-bin) is there; otherwise the
# committed copy is used (regenerate it with: rsvg-convert -w 256 -h 256 ims-wizard.svg).
find_program(IMS_RSVG_CONVERT rsvg-convert)
if(IMS_RSVG_CONVERT)
  set(IMS_ICON_PNG ${PROJECT_BINARY_DIR}/resources/${IMS_APP_ID}-256.png)
  add_custom_command(OUTPUT ${IMS_ICON_PNG}
    COMMAND ${CMAKE_COMMAND} -E make_directory ${PROJECT_BINARY_DIR}/resources
    COMMAND ${IMS_RSVG_CONVERT} -w 256 -h 256 ${IMS_ICON_SVG} -o ${IMS_ICON_PNG}
    DEPENDS ${IMS_ICON_SVG}
    COMMENT "Rendering the 256 px application icon")
  add_custom_target(ims_icon_png ALL DEPENDS ${IMS_ICON_PNG})
else()
  set(IMS_ICON_PNG ${PROJECT_SOURCE_DIR}/resources/icons/ims-wizard-256.png)
endif()

install(FILES ${IMS_DESKTOP_DIR}/${IMS_APP_ID}.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${IMS_DESKTOP_DIR}/${IMS_APP_ID}.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${IMS_ICON_SVG} DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps
        RENAME ${IMS_APP_ID}.svg)
install(FILES ${IMS_ICON_PNG} DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/256x256/apps
        RENAME ${IMS_APP_ID}.png)

# CPack: `cpack -G DEB` in the build folder. Library dependencies come from dpkg-shlibdeps
# (dpkg-dev); what the binaries load at run time without linking is listed by hand.
set(CPACK_PACKAGE_NAME ims-wizard)
set(CPACK_PACKAGE_VENDOR "The IMS Wizard developers")
set(CPACK_PACKAGE_CONTACT "The IMS Wizard developers <maintainers@imswizard.io>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Set up, check and migrate Adobe IMS integrations for AEM")
set(CPACK_PACKAGE_DESCRIPTION
    "A desktop wizard and command line that take an AEM administrator through setting up an Adobe IMS integration: OAuth Server-to-Server credentials, a real health check, the secret in the system keychain, JWT to OAuth migration, and a training sandbox.")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_INSTALL_DIRECTORY ims-wizard)
set(CPACK_STRIP_FILES ON)
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE https://imswizard.io/)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# The xcb platform plugin, the SVG icon plugin; a Secret Service for the keychain.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins, libqt6svg6")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring | kwalletmanager")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "openssl")
include(CPack)
