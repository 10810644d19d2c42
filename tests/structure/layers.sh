#!/usr/bin/env bash
# The arrows between core's folders point one way: each folder includes only itself and the
# folders before it in this order (src/core/CMakeLists.txt names the same order). Also: core
# includes no widget header, and nothing in core includes the GUI.
# Usage: layers.sh <source dir>
set -euo pipefail
core=$1/src/core
order=(support phone secrets net config session auth api graph)
declare -A rank
for i in "${!order[@]}"; do rank[${order[$i]}]=$i; done

status=0
for dir in "$core"/*/; do
    folder=$(basename "$dir")
    if [ -z "${rank[$folder]+set}" ]; then
        echo "src/core/$folder/ is not in the order above: add it where its includes allow"
        status=1
        continue
    fi
    while IFS=: read -r file line include; do
        target=${include%%/*}
        if [ -z "${rank[$target]+set}" ]; then
            echo "${file#"$1"/}:$line includes \"$include\", which is not a core folder"
            status=1
        elif [ "${rank[$target]}" -gt "${rank[$folder]}" ]; then
            echo "${file#"$1"/}:$line: $folder/ includes $target/ (\"$include\"), which comes after it"
            status=1
        fi
    done < <(grep -rnoE '^#include "[^"]+"' "$dir" | sed -E 's/#include "([^"]+)"/\1/')
done
if grep -rnE '^#include <(QtWidgets/)?Q(Widget|Application|MainWindow|Dialog|Label|LineEdit|PushButton)\b' "$core"; then
    echo "core includes a widget header (above)"
    status=1
fi
[ "$status" -eq 0 ] && echo "core's folders: ${order[*]}; every include points back down"
exit "$status"
