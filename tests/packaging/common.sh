# Shared by the packaging tests: where the release build and its packages are.
set -euo pipefail
build=${DESKLOGIN_BUILD_DIR:?set by CTest}
source_dir=${DESKLOGIN_SOURCE_DIR:?set by CTest}
deb=$(ls "$build"/*.deb 2>/dev/null | head -n 1 || true)
rpm=$(ls "$build"/*.rpm 2>/dev/null | head -n 1 || true)
fail() { echo "FAIL: $*" >&2; exit 1; }
# CTest's SKIP_RETURN_CODE; scripts/test.sh refuses skipped tests in CI.
skip() { echo "SKIP: $*"; exit 77; }
