# abseil, which libphonenumber 8.12.57 uses (static, C++17 like the rest). Run by
# scripts/windows-deps.sh with SRC, BUILD, PREFIX and TOOLCHAIN set.
set -euo pipefail
cmake -S "$SRC" -B "$BUILD" -G Ninja -DCMAKE_TOOLCHAIN_FILE="$TOOLCHAIN" \
    -DCMAKE_BUILD_TYPE=Release -DCMAKE_INSTALL_PREFIX="$PREFIX" -DBUILD_SHARED_LIBS=OFF \
    -DCMAKE_CXX_STANDARD=17 -DABSL_PROPAGATE_CXX_STD=ON -DBUILD_TESTING=OFF
cmake --build "$BUILD"
cmake --install "$BUILD"
