# protobuf's lite runtime, which libphonenumber's metadata is read with (static; the compiler is
# the build machine's protoc of the same version, from Debian's protobuf-compiler). Run by
# scripts/windows-deps.sh with SRC, BUILD, PREFIX and TOOLCHAIN set.
set -euo pipefail
cmake -S "$SRC" -B "$BUILD" -G Ninja -DCMAKE_TOOLCHAIN_FILE="$TOOLCHAIN" \
    -DCMAKE_BUILD_TYPE=Release -DCMAKE_INSTALL_PREFIX="$PREFIX" -DBUILD_SHARED_LIBS=OFF \
    -Dprotobuf_BUILD_TESTS=OFF -Dprotobuf_BUILD_PROTOC_BINARIES=OFF -Dprotobuf_BUILD_LIBPROTOC=OFF \
    -Dprotobuf_WITH_ZLIB=OFF
cmake --build "$BUILD" --target libprotobuf-lite
# Only the lite library was built; its install rules cover the full one too.
mkdir -p "$PREFIX/lib"
cp "$BUILD/libprotobuf-lite.a" "$PREFIX/lib/"
(cd "$SRC/src" && find google -name '*.h' -o -name '*.inc' | while read -r header; do
    install -D -m 644 "$header" "$PREFIX/include/$header"
done)
