# Cross-compiling for 64-bit Windows with Debian's MinGW-w64 (g++-mingw-w64-x86-64-posix: the
# posix thread model, which std::thread and Qt need).
set(CMAKE_SYSTEM_NAME Windows)
set(CMAKE_SYSTEM_PROCESSOR x86_64)
set(DESKLOGIN_MINGW_TRIPLE x86_64-w64-mingw32)
set(CMAKE_C_COMPILER ${DESKLOGIN_MINGW_TRIPLE}-gcc-posix)
set(CMAKE_CXX_COMPILER ${DESKLOGIN_MINGW_TRIPLE}-g++-posix)
set(CMAKE_RC_COMPILER ${DESKLOGIN_MINGW_TRIPLE}-windres)
# Libraries and headers for the target come from the MinGW sysroot and the prefix the
# dependencies were built into (scripts/windows-deps.sh); programs run at build time are the
# build machine's.
set(CMAKE_FIND_ROOT_PATH /usr/${DESKLOGIN_MINGW_TRIPLE} ${DESKLOGIN_WINDOWS_PREFIX})
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE ONLY)
