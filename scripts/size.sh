#!/usr/bin/env bash
# Prints raw / gzip / brotli bytes of every file in dist/ and the first-load
# transfer (the HTML, JS, WASM and CSS that index.html loads), and fails when
# the first load exceeds the budget. Usage: scripts/size.sh [dist] [budget-bytes]
set -euo pipefail
dist="${1:-dist}"
# 270 kB since solo play landed (issue 5); issue 11 brings it to 200 kB by
# loading each section's code only when it is opened.
budget="${2:-${SIZE_BUDGET:-270000}}"
[ -f "$dist/index.html" ] || { echo "size: no $dist/index.html — run make dist" >&2; exit 1; }
command -v brotli >/dev/null || { echo "size: brotli missing — run scripts/setup.sh" >&2; exit 1; }

sizes() { printf '%9d %9d %9d' "$(wc -c <"$1")" "$(gzip -9c "$1" | wc -c)" "$(brotli -c -q 11 "$1" | wc -c)"; }

printf '%-58s %9s %9s %9s\n' "file" "raw" "gzip" "brotli"
total_raw=0; total_br=0
while IFS= read -r f; do
  read -r raw gz br <<<"$(sizes "$f")"
  printf '%-58s %9d %9d %9d\n' "${f#"$dist"/}" "$raw" "$gz" "$br"
  total_raw=$((total_raw + raw)); total_br=$((total_br + br))
done < <(find "$dist" -type f | sort)
printf '%-58s %9d %9s %9d\n' "ALL FILES" "$total_raw" "" "$total_br"
echo

first=("$dist/index.html")
for f in "$dist"/*.js "$dist"/*.wasm "$dist"/*.css; do [ -f "$f" ] && first+=("$f"); done
fl_raw=0; fl_gz=0; fl_br=0
for f in "${first[@]}"; do
  read -r raw gz br <<<"$(sizes "$f")"
  fl_raw=$((fl_raw + raw)); fl_gz=$((fl_gz + gz)); fl_br=$((fl_br + br))
done
printf 'first load (HTML + JS + WASM + CSS): raw %d, gzip %d, brotli %d bytes (%.1f kB brotli)\n' \
  "$fl_raw" "$fl_gz" "$fl_br" "$(awk -v b="$fl_br" 'BEGIN { print b / 1000 }')"
if [ "$fl_br" -gt "$budget" ]; then
  echo "size: FAIL — first load $fl_br bytes brotli is over the budget of $budget bytes" >&2
  exit 1
fi
echo "size: OK — within the budget of $budget bytes brotli"
