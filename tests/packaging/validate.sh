#!/usr/bin/env bash
# The .deb and .rpm: built, dependencies computed, metadata valid, lintian clean.
source "$(dirname "$0")/common.sh"
[ -f "$deb" ] || fail "no .deb in $build"
[ -f "$rpm" ] || fail "no .rpm in $build"

echo "== contents"
contents=$(dpkg-deb -c "$deb" | awk '{print $6}')
desktop=$(grep -E '^\./usr/share/applications/.*\.desktop$' <<<"$contents") || fail "no desktop entry"
for path in ./usr/bin/desklogin ./usr/lib/desklogin/modules/libdesklogin-phonenumber.so \
            ./usr/share/metainfo/ ./usr/share/icons/hicolor/scalable/apps/ \
            ./usr/share/icons/hicolor/256x256/apps/ ./usr/share/man/man1/desklogin.1.gz \
            ./usr/share/doc/desklogin/copyright ./usr/share/doc/desklogin/changelog.gz \
            ./etc/xdg/autostart/org.desklogin.DeskLogin.desktop; do
    grep -qF "$path" <<<"$contents" || fail "missing $path"
done

echo "== dependencies (from dpkg-shlibdeps, not hand-written)"
depends=$(dpkg-deb -f "$deb" Depends)
echo "$depends"
for library in libqt6widgets6 libqt6network6 libqt6keychain1 libphonenumber libsecret-1-0 libc6; do
    grep -q "$library" <<<"$depends" || fail "Depends lacks $library"
done
requires=$(rpm -qp --requires "$rpm" 2>/dev/null)
for library in 'libQt6Widgets.so.6' 'libqt6keychain.so' 'libphonenumber.so' 'libsecret'; do
    grep -q "$library" <<<"$requires" || fail "rpm Requires lacks $library"
done
# (Outputs are captured first: grep -q stopping early would break the pipe under pipefail.)
rpm_files=$(rpm -qpl "$rpm" 2>/dev/null)
grep -qx /usr/bin/desklogin <<<"$rpm_files" || fail "rpm lacks /usr/bin/desklogin"
# The autostart entry is the administrator's file in both (kept if changed), and neither package
# claims the folders other packages share.
autostart=/etc/xdg/autostart/org.desklogin.DeskLogin.desktop
conffiles=$(dpkg-deb -I "$deb" conffiles 2>/dev/null || true)
grep -qx "$autostart" <<<"$conffiles" || fail "the .deb does not mark $autostart as a conffile"
rpm_config=$(rpm -qp --configfiles "$rpm" 2>/dev/null)
grep -qx "$autostart" <<<"$rpm_config" || fail "the .rpm does not mark $autostart %config"
! grep -qxE '/etc/xdg(/autostart)?' <<<"$rpm_files" || fail "the .rpm owns /etc/xdg or its autostart folder"

echo "== desktop entry and AppStream metainfo"
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
dpkg-deb -x "$deb" "$work"
desktop-file-validate "$work/${desktop#./}"
metainfo=$(ls "$work"/usr/share/metainfo/*.metainfo.xml)
appstreamcli validate --no-net "$metainfo"
grep -q '^Name\[zh_CN\]=' "$work/${desktop#./}" || fail "desktop entry not translated"
grep -q 'xml:lang="zh_TW"' "$metainfo" || fail "metainfo not translated"

echo "== autostart entry"
desktop-file-validate "$work$autostart"
# Starts the installed program in the background, named as the menu entry names it, and shows in
# no menu.
for line in 'Exec=desklogin --background' 'TryExec=desklogin' 'NoDisplay=true' \
            'X-GNOME-Autostart-enabled=true'; do
    grep -qxF "$line" "$work$autostart" || fail "autostart entry lacks $line"
done
for key in 'Name' 'Name\[zh_CN\]' 'Name\[zh_TW\]'; do
    [ "$(grep "^$key=" "$work$autostart")" = "$(grep "^$key=" "$work/${desktop#./}")" ] ||
        fail "autostart entry's $key differs from the desktop entry's"
done
! grep -qE '^(Categories|Keywords|Hidden|OnlyShowIn|NotShowIn)=' "$work$autostart" ||
    fail "autostart entry has a menu's or a desktop's key: $(grep -E '^(Categories|Keywords|Hidden|OnlyShowIn|NotShowIn)=' "$work$autostart")"

echo "== lintian"
lintian --fail-on error,warning --tag-display-limit 0 "$deb"
echo "package size: $(stat -c %s "$deb") bytes (.deb), $(stat -c %s "$rpm") bytes (.rpm)"
echo "installed binary: $(stat -c %s "$work/usr/bin/desklogin") bytes"
