#!/usr/bin/env bash
# Prints raw / gzip / brotli bytes of every file in dist/ and the first-load
# transfer (the HTML, JS, WASM and CSS that index.html loads), and fails when
# the first load exceeds the budget. Usage: scripts/size.sh [dist] [budget-bytes]
set -euo pipefail
dist="${1:-dist}"
# An interim budget per download until issue 11 takes each to 200 kB: 250 kB
# since issue 5, 260 kB since kiosk mode (idle reset, usage counts, the update
# banner) joined every download and put the contest download at 255 kB.
budget="${2:-${SIZE_BUDGET:-260000}}"
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

# One first load per download (src/app/pages.rs): the HTML and CSS, plus the
# JS glue and the wasm of the download the loader picks for that screen.
# The main download is what every visit to the home page costs; the budget
# applies to each download's first load.
status=0
for wasm in "$dist"/*_bg.wasm; do
  stem="${wasm%_bg.wasm}"
  name="$(basename "$stem")"; name="${name%-*}"
  first=("$dist/index.html" "$stem.js" "$wasm")
  for f in "$dist"/*.css; do [ -f "$f" ] && first+=("$f"); done
  fl_raw=0; fl_gz=0; fl_br=0
  for f in "${first[@]}"; do
    read -r raw gz br <<<"$(sizes "$f")"
    fl_raw=$((fl_raw + raw)); fl_gz=$((fl_gz + gz)); fl_br=$((fl_br + br))
  done
  printf 'first load, %-12s (HTML + JS + WASM + CSS): raw %d, gzip %d, brotli %d bytes (%.1f kB brotli)\n' \
    "$name" "$fl_raw" "$fl_gz" "$fl_br" "$(awk -v b="$fl_br" 'BEGIN { print b / 1000 }')"
  if [ "$fl_br" -gt "$budget" ]; then
    echo "size: FAIL — first load of $name, $fl_br bytes brotli, is over the budget of $budget bytes" >&2
    status=1
  fi
done
[ "$status" -eq 0 ] && echo "size: OK — every download's first load is within the budget of $budget bytes brotli"
exit "$status"
