#!/usr/bin/env bash
# Installs the .deb into a clean Debian 12 root made with debootstrap from Debian's packages,
# lets apt resolve its dependencies, runs the installed app there (--version, a sign-in against
# the demo server, the window offscreen), reads its autostart entry as a session would (systemd's
# XDG autostart generator), removes and purges it, and checks that nothing of it is left and that
# nothing starts at login once the program is gone.
# The base system and downloaded packages are cached outside the tree so that later runs are
# quick; a missing cache only costs time.
source "$(dirname "$0")/common.sh"
source "$source_dir/tools/demo-server/demo-server.sh"
[ "$(id -u)" -eq 0 ] || skip "needs root for chroot"
command -v debootstrap >/dev/null || skip "debootstrap is not installed"
generator=/usr/lib/systemd/user-generators/systemd-xdg-autostart-generator
[ -x "$generator" ] || skip "systemd's XDG autostart generator is not installed"
[ -f "$deb" ] || fail "no .deb in $build"

cache=${DESKLOGIN_INSTALL_TEST_CACHE:-/var/cache/desklogin-install-test}
mkdir -p "$cache/archives"
mirror=$(sed -n 's/^URIs: *\(http[^ ]*debian\)$/\1/p' /etc/apt/sources.list.d/debian.sources 2>/dev/null \
         | head -n 1)
mirror=${mirror:-http://deb.debian.org/debian}
base="$cache/bookworm-minbase.tar"
if [ ! -f "$base" ]; then
    echo "== debootstrap (cached afterwards in $cache)"
    staging=$(mktemp -d)
    debootstrap --variant=minbase bookworm "$staging" "$mirror" >/dev/null
    tar -C "$staging" -cf "$base.tmp" . && mv "$base.tmp" "$base"
    rm -rf "$staging"
fi

root=$(mktemp -d)
state=$(mktemp -d)
cleanup() {
    demo_server_stop_all
    umount "$root/proc" 2>/dev/null || true
    rm -rf "$root" "$state"
}
trap cleanup EXIT
tar -C "$root" -xf "$base"
cp /etc/resolv.conf "$root/etc/resolv.conf"
mount -t proc proc "$root/proc" 2>/dev/null || true
in_root() { chroot "$root" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 "$@"; }

# What a clean system holds, less what apt and dpkg keep about themselves.
snapshot() {
    (cd "$root" && find . -xdev \( -path ./proc -o -path ./tmp -o -path ./var/cache -o -path ./var/lib/apt \
        -o -path ./var/lib/dpkg -o -path ./var/log -o -path ./root \) -prune -o -print | sort)
}
echo "== apt-get install ./$(basename "$deb")"
cp "$cache"/archives/*.deb "$root/var/cache/apt/archives/" 2>/dev/null || true
in_root apt-get update -q >/dev/null
before_packages=$(in_root dpkg-query -W -f='${Package}\n' | sort)
snapshot > "$state/before"
cp "$deb" "$root/tmp/app.deb"
in_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends /tmp/app.deb \
    >/dev/null
cp "$root"/var/cache/apt/archives/*.deb "$cache/archives/" 2>/dev/null || true

echo "== the installed app"
version=$(in_root desklogin --version)
echo "$version"
[[ "$version" == DeskLogin\ * ]] || fail "--version: $version"
demo_server_start --quiet || fail "the demo server did not start"
url=$demo_server_url
result=$(echo demo-password | in_root desklogin --server "$url" --check-sign-in 13800138000)
echo "$result"
[[ "$result" == "signed in:"* ]] || fail "sign-in from the installed app: $result"
# The window itself, offscreen, for three seconds: it must start and keep running.
status=0
in_root env QT_QPA_PLATFORM=offscreen timeout 3 desklogin --server "$url" >/dev/null 2>&1 || status=$?
[ "$status" -eq 124 ] || fail "the window did not stay up (exit status $status)"

# What a session would start at login from the root's autostart entries: the unit systemd's
# generator writes for the app's entry (it honours TryExec, Hidden and X-GNOME-Autostart-enabled
# as GNOME and KDE do), with the programs looked up in the root. Sets at_login to its ExecStart,
# empty when there is none.
entry=/etc/xdg/autostart/org.desklogin.DeskLogin.desktop
read_autostart() {
    local out=$state/units
    rm -rf "$out" && mkdir -p "$out" "$state/home"
    env -i PATH="$root/usr/bin:$root/bin" XDG_CONFIG_DIRS="$root/etc/xdg" \
        XDG_CONFIG_HOME="$state/home" "$generator" "$out" "$out" "$out" 2>/dev/null ||
        fail "systemd's XDG autostart generator failed"
    at_login=
    [ ! -f "$out/app-org.desklogin.DeskLogin@autostart.service" ] ||
        at_login=$(sed -n 's/^ExecStart=//p' "$out/app-org.desklogin.DeskLogin@autostart.service")
}
echo "== the autostart entry"
[ -f "$root$entry" ] || fail "no $entry"
grep -qx 'Exec=desklogin --background' "$root$entry" || fail "$entry: $(grep '^Exec=' "$root$entry")"
conffiles=$(in_root dpkg-query -W -f='${Conffiles}\n' desklogin)
grep -q "^ $entry " <<<"$conffiles" || fail "$entry is not a conffile"
read_autostart
echo "at login: $at_login"
[ "$at_login" = ":$root/usr/bin/desklogin --background" ] || fail "at login the session would start '$at_login'"

echo "== apt-get remove"
in_root env DEBIAN_FRONTEND=noninteractive apt-get remove -y -q desklogin >/dev/null
[ ! -e "$root/usr/bin/desklogin" ] || fail "the program is still there after apt-get remove"
# dpkg keeps the entry, as every conffile, until the purge; its TryExec makes it start nothing.
read_autostart
[ -z "$at_login" ] || fail "removed, yet at login the session would start '$at_login'"

echo "== apt-get purge"
in_root env DEBIAN_FRONTEND=noninteractive apt-get purge -y -q desklogin >/dev/null
[ ! -e "$root$entry" ] || fail "$entry is still there after apt-get purge"
in_root env DEBIAN_FRONTEND=noninteractive apt-get autoremove --purge -y -q >/dev/null
[ "$(in_root dpkg-query -W -f='${Package}\n' | sort)" = "$before_packages" ] \
    || fail "packages left after purge: $(comm -13 <(echo "$before_packages") <(in_root dpkg-query -W -f='${Package}\n' | sort))"
snapshot > "$state/after"
left=$(comm -13 "$state/before" "$state/after")
[ -z "$left" ] || fail "files left after purge: $left"
echo "installed, ran, purged; nothing left"
