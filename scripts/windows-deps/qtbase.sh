# Qt (qtbase): Core, Gui, Widgets, Network with Schannel, Test, the windows platform plug-in and
# styles; what the app uses and nothing more. Run by scripts/windows-deps.sh with SRC, BUILD,
# PREFIX and TOOLCHAIN set; installs into PREFIX. (QtSvg is not needed on Windows: the icons
# are rendered at build time by the build machine's tools.)
set -euo pipefail

# Qt 6.4.2's windows platform plug-in asks for dynamic OpenGL without asking whether there is
# OpenGL at all; with OpenGL left out it does not compile. The guard it lacks:
sed -i 's/^#if QT_CONFIG(dynamicgl)$/#if QT_CONFIG(dynamicgl) \&\& QT_CONFIG(opengl)/' \
    "$SRC/src/plugins/platforms/windows/qwindowswindow.cpp"

# Host tools (moc, rcc, uic) are Debian's own Qt 6.4.2; Debian's repack leaves out wintab, so
# no tablet events. Features the app does not use are left out to save build time.
cmake -S "$SRC" -B "$BUILD" -G Ninja \
    -DCMAKE_TOOLCHAIN_FILE="$TOOLCHAIN" -DCMAKE_BUILD_TYPE=Release -DBUILD_SHARED_LIBS=ON \
    -DCMAKE_INSTALL_PREFIX="$PREFIX" \
    -DQT_HOST_PATH=/usr -DQT_HOST_PATH_CMAKE_DIR=/usr/lib/x86_64-linux-gnu/cmake \
    -DQT_BUILD_EXAMPLES=OFF -DQT_BUILD_TESTS=OFF -DQT_BUILD_BENCHMARKS=OFF \
    -DFEATURE_sql=OFF -DFEATURE_printsupport=OFF -DFEATURE_opengl=OFF -DFEATURE_dbus=OFF \
    -DFEATURE_concurrent=OFF -DFEATURE_xml=OFF -DFEATURE_tabletevent=OFF -DFEATURE_vulkan=OFF \
    -DFEATURE_openssl=OFF -DFEATURE_schannel=ON -DFEATURE_freetype=OFF -DFEATURE_fontconfig=OFF \
    -DFEATURE_jpeg=OFF -DFEATURE_gif=OFF -DFEATURE_ico=OFF -DFEATURE_icu=OFF -DFEATURE_testlib=ON
cmake --build "$BUILD"
cmake --install "$BUILD"
