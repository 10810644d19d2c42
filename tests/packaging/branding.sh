#!/usr/bin/env bash
# A build with a company's branding file: the name, id, server and icon must show up in
# --version, the desktop entry, the metainfo and the package.
source "$(dirname "$0")/common.sh"
# Beside the release build, at the same depth: with the same flags, ccache finds the files a
# branding does not change (all but a few) among the release build's. (That needs the build
# folders inside the source folder, as the presets put them; elsewhere it only takes longer.)
branded="${build%/}-branded"
# The release build's own warning flags, for the same reason.
werror=$(sed -n 's/^DESKLOGIN_WARNINGS_AS_ERRORS:[A-Z]*=//p' "$build/CMakeCache.txt")
cmake -S "$source_dir" -B "$branded" -G Ninja -DCMAKE_BUILD_TYPE=Release \
    -DDESKLOGIN_WARNINGS_AS_ERRORS="${werror:-OFF}" \
    -DDESKLOGIN_BUILD_TESTS=OFF -DDESKLOGIN_PACKAGE_TESTS=OFF \
    -DDESKLOGIN_BRANDING_FILE="$source_dir/tests/packaging/branding-acme.cmake" >/dev/null
cmake --build "$branded" --parallel 2 >/dev/null
(cd "$branded" && cpack -G DEB >/dev/null)

version=$("$branded/src/app/acme-login" --version)
[ "$version" = "Acme Login $(sed -n 's/^ *VERSION \([0-9.]*\)$/\1/p' "$source_dir/CMakeLists.txt")" ] \
    || fail "--version says: $version"
desktop="$branded/packaging/linux/com.example.AcmeLogin.desktop"
grep -qx 'Name=Acme Login' "$desktop" || fail "desktop Name"
grep -qx 'Name\[zh_CN\]=爱克美登录' "$desktop" || fail "desktop Name[zh_CN]"
grep -qx 'Exec=acme-login' "$desktop" || fail "desktop Exec"
grep -qx 'Icon=com.example.AcmeLogin' "$desktop" || fail "desktop Icon"
desktop-file-validate "$desktop"
# The start at login is the brand's own: its name, its program, its file.
autostart="$branded/packaging/linux/autostart/com.example.AcmeLogin.desktop"
grep -qx 'Name=Acme Login' "$autostart" || fail "autostart Name"
grep -qx 'Name\[zh_TW\]=愛克美登入' "$autostart" || fail "autostart Name[zh_TW]"
grep -qx 'Exec=acme-login --background' "$autostart" || fail "autostart Exec"
grep -qx 'TryExec=acme-login' "$autostart" || fail "autostart TryExec"
desktop-file-validate "$autostart"
grep -q '<id>com.example.AcmeLogin</id>' "$branded/packaging/linux/com.example.AcmeLogin.metainfo.xml" \
    || fail "metainfo id"
deb_file="$branded/acme-login_$(dpkg-deb -f "$(ls "$branded"/*.deb)" Version)_amd64.deb"
[ -f "$deb_file" ] || fail "package file name: $(ls "$branded"/*.deb)"
[ "$(dpkg-deb -f "$deb_file" Package)" = acme-login ] || fail "package name"
[ "$(dpkg-deb -f "$deb_file" Maintainer)" = "Acme IT <it@example.com>" ] || fail "maintainer"
# (Outputs are captured first: grep -q stopping early would break the pipe under pipefail.)
contents=$(dpkg-deb -c "$deb_file")
grep -q './usr/share/icons/hicolor/256x256/apps/com.example.AcmeLogin.png' <<<"$contents" \
    || fail "branded icon"
grep -q './etc/xdg/autostart/com.example.AcmeLogin.desktop$' <<<"$contents" \
    || fail "branded autostart entry not in the package"
! grep -q 'org.desklogin.DeskLogin' <<<"$contents" || fail "DeskLogin's id in the branded package"
conffiles=$(dpkg-deb -I "$deb_file" conffiles)
[ "$conffiles" = /etc/xdg/autostart/com.example.AcmeLogin.desktop ] || fail "conffiles: $conffiles"
# The branded defaults are built in: the keychain service (the app id) and the server; the
# settings location follows the organisation and name.
text=$(strings "$branded/src/app/acme-login")
grep -qx 'com.example.AcmeLogin' <<<"$text" || fail "app id not built in"
grep -qx 'https://api.example.com' <<<"$text" || fail "server not built in"
grep -qx 'Acme Corporation' <<<"$text" || fail "organisation not built in"
! grep -qx 'org.desklogin.DeskLogin' <<<"$text" || fail "DeskLogin's id left in the branded app"
# The window icon is the brand's too: its PNGs are embedded as they are (rcc stores PNGs
# uncompressed), DeskLogin's are not.
contains() { perl -e 'local $/; open my $a, "<:raw", $ARGV[0] or die; open my $b, "<:raw", $ARGV[1] or die;
                      exit(index(<$a>, <$b>) >= 0 ? 0 : 1)' "$1" "$2"; }
contains "$branded/src/app/acme-login" "$branded/packaging/icons/64x64/com.example.AcmeLogin.png" \
    || fail "the brand's window icon is not built in"
! contains "$branded/src/app/acme-login" "$build/packaging/icons/64x64/org.desklogin.DeskLogin.png" \
    || fail "DeskLogin's window icon left in the branded app"
echo "branded package: $(basename "$deb_file"), $(stat -c %s "$deb_file") bytes"
