# ICU, which libphonenumber matches numbers with and the app names regions with. Run by
# scripts/windows-deps.sh with SRC, BUILD, PREFIX and TOOLCHAIN set.
# Only the data those two need: the character properties, and the region names in English and
# Chinese (0.8 MB of ICU's 31 MB). ICU's cross build wants a build of itself for the build
# machine first, for its tools.
set -euo pipefail
triple=x86_64-w64-mingw32
icu=$SRC/source
jobs=$(nproc)

# The data: ICU's source package carries it prebuilt as one archive; keep what is needed.
dat=$(ls "$icu"/data/in/icudt*l.dat)
mkdir -p "$BUILD/data"
icupkg -tl -l "$dat" >"$BUILD/data/all.txt"
grep -E '^(region/)?(pool|res_index|root|en|zh(_[A-Za-z]+)*)\.res$|^(likelySubtags|metadata|keyTypeData|icuver|icustd)\.res$|^(cnvalias|uemoji|ulayout)\.icu$|^[^/]+\.nrm$' \
    "$BUILD/data/all.txt" >"$BUILD/data/keep.txt"
icupkg -tl -x '*' -d "$BUILD/data" "$dat"
rm "$dat"
icupkg -tl -s "$BUILD/data" -a "$BUILD/data/keep.txt" new "$dat"
echo "icu: data trimmed to $(wc -l <"$BUILD/data/keep.txt") items, $(stat -c %s "$dat") bytes"

mkdir -p "$BUILD/native" "$BUILD/cross"
(cd "$BUILD/native" && "$icu/runConfigureICU" Linux --disable-tests --disable-samples \
    --disable-extras --disable-layoutex && make -j"$jobs")
(cd "$BUILD/cross" && "$icu/configure" --host=$triple --with-cross-build="$BUILD/native" \
    --prefix="$PREFIX" --disable-tests --disable-samples --disable-extras --disable-layoutex \
    --disable-tools CC=$triple-gcc-posix CXX=$triple-g++-posix &&
    make -j"$jobs" && make install)
