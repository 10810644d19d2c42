# Signs the staged executables and libraries (cmake -DSTAGE=<folder> -P sign.cmake, run by the
# `msi` target before the MSI is made) with signtool when the environment names a certificate;
# without one the step is skipped and says so.
#   DESKLOGIN_WINDOWS_CERTIFICATE  path to a .pfx file
#   DESKLOGIN_WINDOWS_CERTIFICATE_PASSWORD
#   DESKLOGIN_WINDOWS_TIMESTAMP_URL (default http://timestamp.digicert.com)
if(NOT DEFINED ENV{DESKLOGIN_WINDOWS_CERTIFICATE} OR "$ENV{DESKLOGIN_WINDOWS_CERTIFICATE}" STREQUAL "")
    message(STATUS "No code-signing certificate given: the executable is not signed")
    return()
endif()
find_program(SIGNTOOL signtool REQUIRED)
set(timestamp "$ENV{DESKLOGIN_WINDOWS_TIMESTAMP_URL}")
if(timestamp STREQUAL "")
    set(timestamp "http://timestamp.digicert.com")
endif()
file(GLOB_RECURSE executables "${STAGE}/*.exe" "${STAGE}/*-phonenumber.dll")
foreach(executable IN LISTS executables)
    execute_process(COMMAND "${SIGNTOOL}" sign /fd SHA256 /td SHA256 /tr "${timestamp}"
                            /f "$ENV{DESKLOGIN_WINDOWS_CERTIFICATE}"
                            /p "$ENV{DESKLOGIN_WINDOWS_CERTIFICATE_PASSWORD}" "${executable}"
                    COMMAND_ERROR_IS_FATAL ANY)
endforeach()
