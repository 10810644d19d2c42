# Sourced by each script in scripts/windows-deps/ (and part of each one's cache key).

# replace_line FILE OLD NEW: replaces every line that is exactly OLD with NEW, and fails when no
# line is OLD, so that a patch written for one source version cannot pass silently on another.
replace_line() {
    local file=$1 old=$2 new=$3
    if ! grep -qxF -- "$old" "$file"; then
        echo "windows-deps: $file has no line '$old'; the patch no longer applies" >&2
        return 1
    fi
    OLD=$old NEW=$new perl -i -pe 'chomp; $_ = $ENV{NEW} if $_ eq $ENV{OLD}; $_ .= "\n"' "$file"
}
