# libphonenumber (static, without the geocoder), against the abseil, protobuf and ICU built
# before it (DEPS: their prefixes, a CMake list). Run by scripts/windows-deps.sh with SRC, BUILD,
# PREFIX and TOOLCHAIN set. Consumers define I18N_PHONENUMBERS_USE_ICU_REGEXP,
# I18N_PHONENUMBERS_USE_STDMUTEX and I18N_PHONENUMBERS_USE_ALTERNATE_FORMATS, as this build does.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
first_cmake=$BUILD/find-abseil-first.cmake
mkdir -p "$BUILD"
# Its CMakeLists.txt links abseil's targets without looking for them.
echo 'find_package(absl REQUIRED)' >"$first_cmake"
# Only the static library is wanted; the shared one would be linked from the same objects.
replace_line "$SRC/cpp/CMakeLists.txt" 'set (BUILD_SHARED_LIB true)' 'set (BUILD_SHARED_LIB false)'
find_prefix() { tr ';' '\n' <<<"$DEPS" | grep "/$1-"; }
icu=$(find_prefix icu)
cmake -S "$SRC/cpp" -B "$BUILD" -G Ninja -DCMAKE_TOOLCHAIN_FILE="$TOOLCHAIN" \
    -DCMAKE_BUILD_TYPE=Release -DCMAKE_INSTALL_PREFIX="$PREFIX" -DCMAKE_CXX_STANDARD=17 \
    -DDESKLOGIN_WINDOWS_PREFIX="$DEPS" -DCMAKE_PREFIX_PATH="$DEPS" \
    -DCMAKE_PROJECT_INCLUDE="$first_cmake" \
    -DBUILD_GEOCODER=OFF -DBUILD_TESTING=OFF -DREGENERATE_METADATA=OFF -DUSE_BOOST=OFF \
    -DUSE_STDMUTEX=ON -DUSE_RE2=OFF -DUSE_ICU_REGEXP=ON -DUSE_PROTOBUF_LITE=ON \
    -DPROTOC_BIN=/usr/bin/protoc -DGTEST_SOURCE_DIR=/usr/src/googletest/googletest \
    -DGTEST_INCLUDE_DIR=/usr/src/googletest/googletest/include \
    -DICU_UC_INCLUDE_DIR="$icu/include" -DICU_UC_LIB="$icu/lib/libicuuc.dll.a" \
    -DICU_I18N_INCLUDE_DIR="$icu/include" -DICU_I18N_LIB="$icu/lib/libicuin.dll.a"
cmake --build "$BUILD" --target phonenumber
cmake --install "$BUILD"
