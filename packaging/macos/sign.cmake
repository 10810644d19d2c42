# CPack pre-build script (macOS): signs the staged .app before the .dmg is made. With a
# Developer ID identity in DESKLOGIN_MACOS_SIGN_IDENTITY it signs with the hardened runtime and
# a secure time stamp, as notarisation requires; without one it signs ad hoc ("-"), which lets
# the app run on the machine that built it and on Apple silicon at all.
set(identity "$ENV{DESKLOGIN_MACOS_SIGN_IDENTITY}")
set(options --force --deep)
if(identity STREQUAL "")
    set(identity "-")
    message(STATUS "No Developer ID given: signing ad hoc")
else()
    list(APPEND options --options runtime --timestamp)
endif()
file(GLOB bundles LIST_DIRECTORIES true "${CPACK_TEMPORARY_INSTALL_DIRECTORY}/*.app"
                                        "${CPACK_TEMPORARY_INSTALL_DIRECTORY}/*/*.app")
foreach(bundle IN LISTS bundles)
    execute_process(COMMAND codesign ${options} --sign "${identity}" "${bundle}"
                    COMMAND_ERROR_IS_FATAL ANY)
    execute_process(COMMAND codesign --verify --deep --strict "${bundle}" COMMAND_ERROR_IS_FATAL ANY)
endforeach()
