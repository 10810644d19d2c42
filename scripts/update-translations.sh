#!/usr/bin/env bash
# Brings translations/*.ts up to date with the source strings (src/gui, ui). Run it after
# changing any user-visible text, then translate what Qt Linguist shows as unfinished.
# tests/i18n/tst_translations fails while the files are not current.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
lupdate=${LUPDATE:-$(command -v lupdate || echo /usr/lib/qt6/bin/lupdate)}
# Same options as the check in the test suite: no line numbers (stable diffs), no dead entries.
"$lupdate" -silent -no-obsolete -locations none src/gui ui \
    -ts translations/desklogin_zh_CN.ts translations/desklogin_zh_TW.ts
# English needs only its plural forms ("%n day(s)" -> "1 day", "2 days").
"$lupdate" -silent -no-obsolete -locations none -pluralonly src/gui ui \
    -ts translations/desklogin_en.ts
