# CTest desktop_package: `cpack -G DEB`, then `dpkg-deb` shows the package holds the binaries and
# the desktop files under /usr and depends on the Qt libraries it links.
# cmake -DBUILD_DIR=… -DOUT_DIR=… -P CheckDebPackage.cmake
file(REMOVE_RECURSE ${OUT_DIR})
file(MAKE_DIRECTORY ${OUT_DIR})
get_filename_component(cmake_bin ${CMAKE_COMMAND} DIRECTORY)
find_program(CPACK cpack HINTS ${cmake_bin} REQUIRED)
find_program(DPKG_DEB dpkg-deb REQUIRED)
execute_process(COMMAND ${CPACK} -G DEB --config ${BUILD_DIR}/CPackConfig.cmake -B ${OUT_DIR}
                WORKING_DIRECTORY ${BUILD_DIR} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "cpack failed:\n${out}")
endif()
file(GLOB debs ${OUT_DIR}/*.deb)
list(LENGTH debs count)
if(NOT count EQUAL 1)
  message(FATAL_ERROR "expected one .deb in ${OUT_DIR}, found: ${debs}")
endif()
execute_process(COMMAND ${DPKG_DEB} -c ${debs} RESULT_VARIABLE rc OUTPUT_VARIABLE listing ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "dpkg-deb -c failed: ${err}")
endif()
message(STATUS "${listing}")
foreach(path
    ./usr/bin/ims-wizard
    ./usr/bin/ims-sandbox
    ./usr/share/applications/io.imswizard.ImsWizard.desktop
    ./usr/share/metainfo/io.imswizard.ImsWizard.metainfo.xml
    ./usr/share/icons/hicolor/scalable/apps/io.imswizard.ImsWizard.svg
    ./usr/share/icons/hicolor/256x256/apps/io.imswizard.ImsWizard.png)
  string(FIND "${listing}" " ${path}\n" at)
  if(at EQUAL -1)
    message(FATAL_ERROR "the package lacks ${path}")
  endif()
endforeach()
execute_process(COMMAND ${DPKG_DEB} -f ${debs} Package Version Depends OUTPUT_VARIABLE fields)
message(STATUS "${fields}")
foreach(dep ims-wizard libqt6widgets6 libqt6network6 libqt6keychain1 libssl3 qt6-qpa-plugins)
  string(FIND "${fields}" "${dep}" at)
  if(at EQUAL -1)
    message(FATAL_ERROR "the package's control fields lack ${dep}:\n${fields}")
  endif()
endforeach()
