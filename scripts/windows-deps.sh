#!/usr/bin/env bash
# Builds the Windows (x86_64-w64-mingw32) libraries DeskLogin needs from Debian's own source
# packages. Each one is built by a script of its own in scripts/windows-deps/, into a prefix
# kept between runs and named by a hash of that script, the source version, the toolchain file
# and the hashes of what it builds on: a change to one rebuilds it and what depends on it,
# nothing else, and a machine builds each once. The source versions are pinned: a version Debian
# no longer serves fails here, loudly, and is bumped on purpose.
#   scripts/windows-deps.sh      prints the prefixes as a CMake list, building what is missing
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
toolchain=$root/cmake/mingw-w64-x86_64.cmake
scripts=$root/scripts/windows-deps
cache=${DESKLOGIN_WINDOWS_DEPS_CACHE:-/var/cache/desklogin-windows-deps}

# <name> <Debian source package>=<version> [<what it builds on>…], in build order.
components=(
    "qtbase qt6-base=6.4.2+dfsg-10"
    "abseil abseil=20220623.1-1+deb12u2"
    "protobuf protobuf=3.21.12-3+deb12u1"
    "icu icu=72.1-3+deb12u1"
    "libphonenumber libphonenumber=8.12.57+ds-3 abseil protobuf icu"
)

# One build at a time in a cache (two test runs on one machine, say): a second call waits here
# for the first, then finds everything built.
if [ -w "$cache" ] || mkdir -p "$cache" 2>/dev/null; then
    exec 9>>"$cache/.lock"
    flock 9
fi

declare -A key prefix
missing=()
for entry in "${components[@]}"; do
    read -r name source deps <<<"$entry"
    key[$name]=$({
        echo "$source"
        cat "$scripts/$name.sh" "$scripts/lib.sh" "$toolchain"
        for dep in $deps; do echo "${key[$dep]}"; done
    } | sha256sum | cut -c1-16)
    prefix[$name]=$cache/$name-${key[$name]}
    [ -f "${prefix[$name]}/.complete" ] || missing+=("$entry")
done

list() { local IFS=';'; echo "$*"; }
all=()
for entry in "${components[@]}"; do
    read -r name _ <<<"$entry"
    all+=("${prefix[$name]}")
done
if [ ${#missing[@]} -eq 0 ]; then
    list "${all[@]}"
    exit 0
fi

"$root/scripts/install-deps.sh" --windows-build >&2

work=$(mktemp -d "${TMPDIR:-/tmp}/desklogin-windows-deps.XXXXXX")
# Removed once everything is built; a failed build leaves its sources and build tree to look at.
trap 'echo "windows-deps: failed; sources and build kept in $work" >&2' ERR
# Debian's source packages through a list, lists and a cache of this script's own: nothing
# changes system-wide, and an install running beside it (scripts/test.sh) shares nothing with it.
echo "deb-src http://deb.debian.org/debian bookworm main" >"$work/sources.list"
mkdir -p "$work/lists/partial" "$work/cache/archives/partial"
apt_src=(-o "Dir::Etc::SourceList=$work/sources.list" -o Dir::Etc::SourceParts=/dev/null
         -o "Dir::State::Lists=$work/lists" -o "Dir::Cache=$work/cache")
apt-get "${apt_src[@]}" update >&2

for entry in "${missing[@]}"; do
    read -r name source deps <<<"$entry"
    mkdir -p "$work/src/$name"
    (cd "$work/src/$name" && apt-get "${apt_src[@]}" source "$source" >&2)
    dep_prefixes=()
    for dep in $deps; do dep_prefixes+=("${prefix[$dep]}"); done
    rm -rf "${prefix[$name]}"
    started=$(date +%s)
    SRC=$(find "$work/src/$name" -mindepth 1 -maxdepth 1 -type d) BUILD=$work/build/$name \
        PREFIX=${prefix[$name]} TOOLCHAIN=$toolchain DEPS=$(list "${dep_prefixes[@]}") \
        bash "$scripts/$name.sh" >&2
    touch "${prefix[$name]}/.complete"
    echo "windows-deps: $name built in $(( $(date +%s) - started )) s" >&2
    rm -rf "$work/src/$name" "$work/build/$name"
done
rm -rf "$work"
list "${all[@]}"
