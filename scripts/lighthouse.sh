#!/usr/bin/env bash
# `make lighthouse`: npm lighthouse with Debian Chromium against the release
# build in dist/, served on 127.0.0.1 by scripts/serve.py (SPA fallback,
# gzip), for /, /contest, /exhibit and /corner with the mobile and desktop
# presets. Writes every report to target/lighthouse/ and the scores and
# metrics to target/lighthouse/summary.md, then checks the budgets:
# mobile Performance >= 95, LCP <= 1.5 s, TBT <= 100 ms; Accessibility and
# Best Practices 100 everywhere. Exits 1 when one is missed.
set -euo pipefail
cd "$(dirname "$0")/.."
dist="${1:-dist}"
out=target/lighthouse
mkdir -p "$out"
LH="$PWD/.tools/node_modules/.bin/lighthouse"
[ -x "$LH" ] || { echo "lighthouse: run scripts/setup.sh lighthouse" >&2; exit 1; }
export CHROME_PATH="${CHROME_PATH:-/usr/bin/chromium}"

port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
python3 scripts/serve.py "$dist" --port "$port" >/dev/null 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
for _ in $(seq 50); do curl -sf "http://127.0.0.1:$port/" >/dev/null && break; sleep 0.1; done

flags="--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --no-first-run --disable-background-networking --disable-component-update --disable-sync"
for preset in mobile desktop; do
  for path in / /contest /exhibit /corner; do
    name="${preset}$(echo "$path" | tr / -)"
    [ "$path" = / ] && name="${preset}-home"
    extra=()
    [ "$preset" = desktop ] && extra=(--preset=desktop)
    echo "lighthouse: $preset $path" >&2
    "$LH" "http://127.0.0.1:$port$path" "${extra[@]}" --quiet \
      --only-categories=performance,accessibility,best-practices \
      --chrome-flags="$flags" --output=json --output-path="$out/$name.json" >/dev/null
  done
done

python3 - "$out" <<'PY'
import json, os, sys
out = sys.argv[1]
rows, fails = [], []
for preset in ("mobile", "desktop"):
    for path in ("/", "/contest", "/exhibit", "/corner"):
        name = preset + ("-home" if path == "/" else path.replace("/", "-"))
        r = json.load(open(os.path.join(out, name + ".json")))
        cat = {k: round((v["score"] or 0) * 100) for k, v in r["categories"].items()}
        a = r["audits"]
        lcp = a["largest-contentful-paint"]["numericValue"]
        tbt = a["total-blocking-time"]["numericValue"]
        fcp = a["first-contentful-paint"]["numericValue"]
        cls = a["cumulative-layout-shift"]["numericValue"]
        si = a["speed-index"]["numericValue"]
        rows.append((preset, path, cat["performance"], cat["accessibility"], cat["best-practices"], fcp, lcp, tbt, cls, si))
        where = f"{preset} {path}"
        if cat["accessibility"] < 100: fails.append(f"{where}: Accessibility {cat['accessibility']} < 100")
        if cat["best-practices"] < 100: fails.append(f"{where}: Best Practices {cat['best-practices']} < 100")
        if preset == "mobile":
            if cat["performance"] < 95: fails.append(f"{where}: Performance {cat['performance']} < 95")
            if lcp > 1500: fails.append(f"{where}: LCP {lcp:.0f} ms > 1500 ms")
            if tbt > 100: fails.append(f"{where}: TBT {tbt:.0f} ms > 100 ms")
        for k in ("accessibility", "best-practices"):
            for ref in r["categories"][k]["auditRefs"]:
                au = a[ref["id"]]
                if au.get("score") is not None and au["score"] < 1 and ref.get("weight", 0) > 0:
                    fails.append(f"{where}: {k} audit {ref['id']}: {au['title']}")
lines = ["| preset | page | Performance | Accessibility | Best Practices | FCP ms | LCP ms | TBT ms | CLS | Speed Index ms |",
         "|---|---|---|---|---|---|---|---|---|---|"]
for r in rows:
    lines.append("| %s | %s | %d | %d | %d | %.0f | %.0f | %.0f | %.3f | %.0f |" % r)
text = "\n".join(lines) + "\n"
if fails:
    text += "\nBudgets missed:\n" + "\n".join("- " + f for f in fails) + "\n"
else:
    text += "\nAll budgets met.\n"
open(os.path.join(out, "summary.md"), "w").write(text)
print(text)
sys.exit(1 if fails else 0)
PY
