# Qt (qtbase): Core, Gui, Widgets, Network with Schannel, Test, the windows platform plug-in and
# styles; what the app uses and nothing more. Run by scripts/windows-deps.sh with SRC, BUILD,
# PREFIX and TOOLCHAIN set; installs into PREFIX. (QtSvg is not needed on Windows: the icons
# are rendered at build time by the build machine's tools.)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

# Qt 6.4.2's windows platform plug-in asks for dynamic OpenGL without asking whether there is
# OpenGL at all; with OpenGL left out it does not compile. The guard it lacks:
replace_line "$SRC/src/plugins/platforms/windows/qwindowswindow.cpp" \
    '#if QT_CONFIG(dynamicgl)' '#if QT_CONFIG(dynamicgl) && QT_CONFIG(opengl)'

# CVE-2025-5455: a data: URL whose header ends in "charset" and spaces is read past its end
# (QLabel rich text reaches it through <img src="data:…">). The bounds check of Qt's fix:
replace_line "$SRC/src/corelib/io/qdataurl.cpp" \
    "            while (data.at(i) == ' ')" "            while (i < data.size() && data.at(i) == ' ')"
replace_line "$SRC/src/corelib/io/qdataurl.cpp" \
    "            if (data.at(i) == '=')" "            if (i < data.size() && data.at(i) == '=')"

# HarfBuzz's subsetter is not called by Qt (which subsets fonts for PDF with code of its own):
# its sources, a tenth of the bundled library's build time, are left out of it.
for source in hb-subset.cc hb-subset-cff-common.cc hb-subset-cff1.cc hb-subset-cff2.cc \
    hb-subset-input.cc hb-subset-plan.cc; do
    replace_line "$SRC/src/3rdparty/harfbuzz-ng/CMakeLists.txt" "        src/$source" ""
done
replace_line "$SRC/src/3rdparty/harfbuzz-ng/CMakeLists.txt" \
    "        src/hb-subset-repacker.cc src/hb-subset-repacker.h" ""
# HarfBuzz is written to be compiled as one file as well as many; as one (CMake's unity build of
# its target) it takes 30 CPU-seconds instead of about 200, the same code in Qt6Gui.dll.
replace_line "$SRC/src/3rdparty/harfbuzz-ng/CMakeLists.txt" \
    "qt_internal_add_3rdparty_header_module(HarfbuzzPrivate" \
    "set_target_properties(BundledHarfbuzz PROPERTIES UNITY_BUILD ON UNITY_BUILD_BATCH_SIZE 0)
qt_internal_add_3rdparty_header_module(HarfbuzzPrivate"
# The windows platform plug-in, likewise: its 48 files, each compiling most of Qt's headers, took
# 290 CPU-seconds; one file and the nine below, about 70. Qt 6.4 was not written for it, so these
# stay on their own, each compiled exactly as Qt compiles it:
# - a name another file defines too (the compiler refuses the build): qwindowsmenu,
#   qwindowspointerhandler, qwindowswindow;
# - macros set before their includes: Windows' version (qwindowsdialoghelpers,
#   qwindowssystemtrayicon, qwindowstheme, qwin10helpers), QT_NO_URL_CAST_FROM_STRING
#   (qwindowsservices);
# - a call that an earlier file's operator<< would take over, silently: its debug output of a
#   drag would print the dragged data itself, not its address (qwindowsdrag).
replace_line "$SRC/src/plugins/platforms/windows/CMakeLists.txt" "# end special case" \
    "set_target_properties(QWindowsIntegrationPlugin PROPERTIES UNITY_BUILD ON UNITY_BUILD_BATCH_SIZE 0)
set_source_files_properties(qwindowsmenu.cpp qwindowspointerhandler.cpp qwindowswindow.cpp
    qwindowsdialoghelpers.cpp qwindowssystemtrayicon.cpp qwindowstheme.cpp qwin10helpers.cpp
    qwindowsservices.cpp qwindowsdrag.cpp
    PROPERTIES SKIP_UNITY_BUILD_INCLUSION ON)
# end special case"

# Host tools (moc, rcc, uic) are Debian's own Qt 6.4.2; Debian's repack leaves out wintab, so
# no tablet events. Optimised for size (smaller DLLs, and the build is the longest step of a
# fresh CI machine). What the app does not use is left out, module by module:
off=(
    # modules and back ends
    sql printsupport opengl dbus concurrent xml vulkan openssl freetype fontconfig icu
    # image formats and Gui's document formats (XPM stays: Qt 6.4 ties drag and drop to it, and
    # QApplication does not compile without drag and drop)
    jpeg gif ico imageformat_ppm imageformat_xbm movie pdf
    textodfwriter textmarkdownreader textmarkdownwriter undocommand undostack undogroup
    tabletevent
    # widgets no screen of the app has
    graphicsview mdiarea calendarwidget datetimeedit dial lcdnumber fontcombobox fontdialog
    colordialog wizard keysequenceedit splashscreen syntaxhighlighter undoview columnview
    tablewidget dockwidget toolbox commandlinkbutton datawidgetmapper style_stylesheet
    # network features
    networkdiskcache dnslookup sctp
    # plug-ins: a second Windows platform plug-in (Direct2D 1.1: the windows one is compiled
    # again) and TUIO touch input. (direct2d itself stays: Qt 6.4 builds its DirectWrite font
    # database only with it, and the windows plug-in links that.)
    direct2d1_1 tuiotouch
)
features=()
for feature in "${off[@]}"; do features+=("-DFEATURE_$feature=OFF"); done
cmake -S "$SRC" -B "$BUILD" -G Ninja \
    -DCMAKE_TOOLCHAIN_FILE="$TOOLCHAIN" -DCMAKE_BUILD_TYPE=Release -DBUILD_SHARED_LIBS=ON \
    -DCMAKE_INSTALL_PREFIX="$PREFIX" \
    -DQT_HOST_PATH=/usr -DQT_HOST_PATH_CMAKE_DIR=/usr/lib/x86_64-linux-gnu/cmake \
    -DQT_BUILD_EXAMPLES=OFF -DQT_BUILD_TESTS=OFF -DQT_BUILD_BENCHMARKS=OFF \
    -DFEATURE_optimize_size=ON -DFEATURE_schannel=ON -DFEATURE_testlib=ON "${features[@]}"
cmake --build "$BUILD"
cmake --install "$BUILD"
