#!/usr/bin/env bash
# release.yml (and any other workflow) against GitHub's workflow schema, with the validator from
# npm that scripts/install-deps.sh installs (tools/workflow-check). The hosted runners are the
# only place these run; a mistake in them would otherwise show only on release day.
set -euo pipefail
root=${DESKLOGIN_SOURCE_DIR:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)}
validator=$root/tools/workflow-check/node_modules/.bin/action-validator
[ -x "$validator" ] || { echo "no validator: run scripts/install-deps.sh"; exit 1; }
status=0
for workflow in "$root"/.github/workflows/*.yml; do
    if "$validator" "$workflow" >/dev/null; then
        echo "valid: ${workflow#"$root"/}"
    else
        "$validator" "$workflow" || true
        echo "INVALID: ${workflow#"$root"/}"
        status=1
    fi
done
# The validator itself must refuse a broken workflow (a misspelt key), or the above proves
# nothing.
broken=$(mktemp --suffix=.yml)
trap 'rm -f "$broken"' EXIT
sed 's/^\( *\)runs-on:/\1runs_on:/' "$root/.github/workflows/release.yml" >"$broken"
if "$validator" "$broken" >/dev/null 2>&1; then
    echo "the validator accepted a workflow with 'runs_on' instead of 'runs-on'"
    status=1
fi
exit "$status"
