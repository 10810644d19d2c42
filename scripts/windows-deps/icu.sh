# ICU, which libphonenumber matches numbers with and the app names regions with. Run by
# scripts/windows-deps.sh with SRC, BUILD, PREFIX and TOOLCHAIN set.
# Only the data those two need: the character properties, and the region names in English and
# Chinese (0.8 MB of ICU's 31 MB). ICU's cross build runs ICU's tools on the build machine: those
# are Debian's own (icu-devtools, the same version as the source), so ICU is compiled only once,
# for Windows.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
triple=x86_64-w64-mingw32
icu=$SRC/source
jobs=$(nproc)

version=$(sed -n 's/^#define U_ICU_VERSION "\(.*\)"$/\1/p' "$icu/common/unicode/uvernum.h")
tools_version=$(dpkg-query -W -f='${Version}' icu-devtools)
if [ "${tools_version%%-*}" != "$version" ]; then
    echo "icu: the source is ICU $version, icu-devtools is $tools_version; they must match" >&2
    exit 1
fi

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

# Collation, transliteration and break iteration are used by neither (region names are
# LocaleDisplayNames without capitalisation): ICU's own switches leave them out of the build, a
# fifth of its files, in the installed uconfig.h too so that its users see the same ICU.
for service in COLLATION TRANSLITERATION BREAK_ITERATION; do
    replace_line "$icu/common/unicode/uconfig.h" "#   define UCONFIG_NO_$service 0" \
        "#   define UCONFIG_NO_$service 1"
done

# What a native build of ICU would leave for the cross build (--with-cross-build): the tools
# (only icupkg and pkgdata run, the data being prebuilt) and how to call them.
tools=$BUILD/tools
mkdir -p "$tools/bin" "$tools/config"
ln -s "$(command -v icupkg)" "$(command -v pkgdata)" "$tools/bin/"
printf '%s\n' "CROSS_ICU_VERSION=$version" 'TOOLEXEEXT=' 'TOOLBINDIR=$(cross_buildroot)/bin' \
    'TOOLLIBDIR=$(cross_buildroot)/lib' 'INVOKE=' 'PKGDATA_INVOKE=' >"$tools/config/icucross.mk"
: >"$tools/config/icucross.inc"

mkdir -p "$BUILD/cross"
(cd "$BUILD/cross" && "$icu/configure" --host=$triple --with-cross-build="$tools" \
    --prefix="$PREFIX" --disable-tests --disable-samples --disable-extras --disable-layoutex \
    --disable-icuio --disable-tools CC=$triple-gcc-posix CXX=$triple-g++-posix \
    CFLAGS=-Os CXXFLAGS=-Os &&
    make -j"$jobs" && make install)
