# A Wine prefix that looks like a person's Windows, for tests/windows/run.sh and bench/windows.sh
# (sourced; both set `work`, a folder of the run's, and WINEPREFIX, a fresh one).

# wine_packages [COMMAND:PACKAGE…]: installs Wine, Xvfb, xdotool, the fonts and the locale tools
# below, and the packages named for the commands given, where they are missing.
wine_packages() {
    local missing=() tool font sudo=()
    for tool in wine:wine Xvfb:xvfb xdotool:xdotool localedef:locales "$@"; do
        command -v "${tool%%:*}" >/dev/null 2>&1 || missing+=("${tool#*:}")
    done
    for font in /usr/share/fonts/truetype/open-sans/OpenSans-Regular.ttf:fonts-open-sans \
        /usr/share/fonts/truetype/wqy/wqy-microhei.ttc:fonts-wqy-microhei; do
        [ -f "${font%%:*}" ] || missing+=("${font#*:}")
    done
    [ ${#missing[@]} -eq 0 ] && return
    [ "$(id -u)" -eq 0 ] || sudo=(sudo)
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
        wine wine64 "${missing[@]}" >&2
}

xvfb_pid=
# wine_prefix_cleanup: for the caller's EXIT trap: stops Wine, the demo servers and the screen,
# and removes the prefix and `work`.
wine_prefix_cleanup() {
    wineserver -k 2>/dev/null || true
    demo_server_stop_all
    [ -z "$xvfb_pid" ] || kill "$xvfb_pid" 2>/dev/null || true
    rm -rf "$WINEPREFIX" "$work"
}

# wine_prefix_setup: starts an X screen of the run's (sets DISPLAY and xvfb_pid, for the caller to
# stop), makes the prefix, gives it stand-ins for Windows' UI fonts and compiles the Chinese locales
# for locale_env.
wine_prefix_setup() {
    local logfont windows_font locale
    # A screen of its own for the windows (CI has none).
    Xvfb -displayfd 3 -screen 0 1280x1024x24 -nolisten tcp 3>"$work/display" 2>/dev/null &
    xvfb_pid=$!
    for _ in $(seq 50); do [ -s "$work/display" ] && break; sleep 0.1; done
    export DISPLAY=:$(cat "$work/display")
    # No .NET or Gecko prompts; and no winemenubuilder, which would copy shortcuts into this
    # machine's own menus.
    export WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml=;winemenubuilder.exe=d"
    wineboot --init >/dev/null 2>&1

    # What a person sees on Windows: its UI fonts. Windows draws its dialogs in Segoe UI 9 pt (the
    # message font, which Qt takes for its default), Simplified Chinese in Microsoft YaHei and
    # Traditional Chinese in Microsoft JhengHei. Wine has none of them and, without its own Tahoma,
    # draws in a serif face. Each is replaced by a free font of the same kind from Debian, which
    # Wine finds through fontconfig: Open Sans, a humanist sans like Segoe UI and a little wider
    # (what fits here fits there), and WenQuanYi Micro Hei, a CJK sans with Simplified and
    # Traditional glyphs. The message font is a LOGFONTW: height -12 (9 pt at 96 dpi), width,
    # escapement and orientation 0, weight 400, no italic, underline or strike-out, DEFAULT_CHARSET,
    # then the face name in 32 UTF-16 code units.
    logfont=$({
        printf '\xf4\xff\xff\xff\0\0\0\0\0\0\0\0\0\0\0\0\x90\x01\0\0\0\0\0\x01\0\0\0\0'
        printf 'Segoe UI' | iconv -f UTF-8 -t UTF-16LE
        head -c 48 /dev/zero
    } | od -An -v -tx1 | tr -s ' \n' ',' | sed 's/^,//; s/,$//')
    {
        echo 'REGEDIT4'
        echo
        echo '[HKEY_CURRENT_USER\Software\Wine\Fonts\Replacements]'
        for windows_font in "Segoe UI" Tahoma; do echo "\"$windows_font\"=\"Open Sans\""; done
        for windows_font in "Microsoft YaHei" "Microsoft YaHei UI" SimSun NSimSun \
            "Microsoft JhengHei" "Microsoft JhengHei UI" PMingLiU MingLiU; do
            echo "\"$windows_font\"=\"WenQuanYi Micro Hei\""
        done
        echo
        echo '[HKEY_CURRENT_USER\Control Panel\Desktop\WindowMetrics]'
        echo "\"MessageFont\"=hex:$logfont"
    } >"$work/fonts.reg"
    wine regedit /S "$(winepath -w "$work/fonts.reg")" >/dev/null 2>&1
    wineserver -w
    # Chinese Windows, as Wine takes it from the environment. The two locales are compiled into a
    # folder of this run's (LOCPATH), so that this machine's own locales stay as they are.
    mkdir -p "$work/locales"
    for locale in zh_CN zh_TW; do
        localedef -i "$locale" -f UTF-8 "$work/locales/$locale.UTF-8" >/dev/null 2>&1 ||
            [ -d "$work/locales/$locale.UTF-8" ] ||
            { echo "the $locale.UTF-8 locale could not be compiled" >&2; return 1; }
    done
}

# locale_env LOCALE: the environment of a Windows set to that language and region.
locale_env() { echo "LOCPATH=$work/locales LANG=$1.UTF-8 LC_ALL=$1.UTF-8 LANGUAGE=$1"; }
