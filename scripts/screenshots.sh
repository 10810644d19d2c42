#!/usr/bin/env bash
# Renders the screenshots in docs/screenshots under Xvfb, with the real xcb platform and fonts.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
scripts/install-deps.sh
cmake --preset debug >/dev/null
cmake --build --preset debug --target desklogin_screenshots
out=docs/screenshots
mkdir -p "$out"
export QT_QPA_PLATFORM=xcb LANG=en_US.UTF-8
# The phone number module as this build named it (src/app/CMakeLists.txt writes where).
DESKLOGIN_PHONENUMBER_MODULE=$(cat build/debug/phonenumber-module.txt)
export DESKLOGIN_PHONENUMBER_MODULE
run() { xvfb-run -a -s "-screen 0 1600x1200x24" build/debug/tools/screenshots/desklogin_screenshots "$@"; }
# Every page in every language, and a dark palette; the language is chosen as a person would,
# through the Language menu's LanguageManager.
for language in en zh_CN zh_TW; do
    run "$out" --language "$language" --suffix "-$language"
done
run "$out" --language en --dark --suffix -dark
run "$out" --language en --high-contrast --suffix -highcontrast
# A company's deployment: its links, the agreement it asks for, its colour.
for language in en zh_CN zh_TW; do
    run "$out" --language "$language" --company --suffix "-$language"
done
# A deployment that serves the mainland, Hong Kong, Macau and Taiwan: the region selector.
for language in en zh_TW; do
    run "$out" --language "$language" --regions CN,HK,MO,TW --suffix "-$language"
done
