# CTest desktop_install: `cmake --install` into a fresh prefix, then the installed .desktop file
# and AppStream metainfo are validated by the freedesktop.org tools, and the icons checked.
# cmake -DBUILD_DIR=… -DPREFIX=… -P CheckDesktopInstall.cmake
set(app_id io.imswizard.ImsWizard)
file(REMOVE_RECURSE ${PREFIX})

execute_process(COMMAND ${CMAKE_COMMAND} --install ${BUILD_DIR} --prefix ${PREFIX}
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "cmake --install failed:\n${out}")
endif()

set(desktop ${PREFIX}/share/applications/${app_id}.desktop)
set(metainfo ${PREFIX}/share/metainfo/${app_id}.metainfo.xml)
set(svg ${PREFIX}/share/icons/hicolor/scalable/apps/${app_id}.svg)
set(png ${PREFIX}/share/icons/hicolor/256x256/apps/${app_id}.png)
foreach(f ${PREFIX}/bin/ims-wizard ${PREFIX}/bin/ims-sandbox ${desktop} ${metainfo} ${svg} ${png})
  if(NOT EXISTS ${f})
    message(FATAL_ERROR "not installed: ${f}")
  endif()
endforeach()

find_program(DESKTOP_FILE_VALIDATE desktop-file-validate REQUIRED)
find_program(APPSTREAMCLI appstreamcli REQUIRED)
execute_process(COMMAND ${DESKTOP_FILE_VALIDATE} ${desktop} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
if(NOT rc EQUAL 0 OR out MATCHES "error")
  message(FATAL_ERROR "desktop-file-validate ${desktop}:\n${out}")
endif()
execute_process(COMMAND ${APPSTREAMCLI} validate --no-net ${metainfo} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "appstreamcli validate ${metainfo}:\n${out}")
endif()
message(STATUS "appstreamcli: ${out}")

# The .desktop file names what was installed: its Exec binary and its icon.
file(STRINGS ${desktop} exec REGEX "^Exec=")
file(STRINGS ${desktop} icon REGEX "^Icon=")
if(NOT exec MATCHES "^Exec=ims-wizard" OR NOT icon STREQUAL "Icon=${app_id}")
  message(FATAL_ERROR "the .desktop file does not name the installed binary and icon: ${exec} ${icon}")
endif()
file(READ ${metainfo} xml)
if(NOT xml MATCHES "<launchable type=\"desktop-id\">${app_id}.desktop</launchable>" OR NOT xml MATCHES "<release ")
  message(FATAL_ERROR "the metainfo does not launch ${app_id}.desktop or has no releases")
endif()

# A PNG: signature, then the IHDR width and height (big-endian) at bytes 16..23.
file(READ ${png} header LIMIT 24 HEX)
string(SUBSTRING "${header}" 0 16 signature)
string(SUBSTRING "${header}" 32 16 size)
if(NOT signature STREQUAL "89504e470d0a1a0a" OR NOT size STREQUAL "0000010000000100")
  message(FATAL_ERROR "${png} is not a 256×256 PNG (header ${header})")
endif()
file(READ ${svg} svgText LIMIT 200)
if(NOT svgText MATCHES "<svg")
  message(FATAL_ERROR "${svg} is not an SVG")
endif()
message(STATUS "installed and valid in ${PREFIX}")
