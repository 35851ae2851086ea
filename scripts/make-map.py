#!/usr/bin/env python3
"""Writes public/content/map.json: the outlines of the eleven member states as
SVG path data, from Natural Earth 1:50m (public domain) as packaged in npm
`world-atlas` 2.0.2 (ISC). Run by scripts/vendor-map.sh; not part of the build.

Projection: equirectangular with the x axis scaled by cos(10°N), the middle of
the region, so shapes are not stretched sideways. Coordinates are rounded to
whole units of a 1000-unit-wide frame and tiny islands dropped, which keeps
the file small (a phone downloads it) while every member stays recognisable.
Small members (Singapore, Brunei) also get a `dot`: a circle drawn over them
so a finger can hit them.
"""
import json
import math
import sys

SRC = sys.argv[1]
OUT = sys.argv[2]

# ISO 3166-1 numeric → our alpha-2 codes (content/members.json order).
MEMBERS = {
    "096": "bn", "116": "kh", "360": "id", "418": "la", "458": "my", "104": "mm",
    "608": "ph", "702": "sg", "764": "th", "626": "tl", "704": "vn",
}
LON0, LON1, LAT0, LAT1 = 92.0, 141.5, -11.5, 28.8
K = math.cos(math.radians(10))
WIDTH = 1000.0
SCALE = WIDTH / ((LON1 - LON0) * K)
HEIGHT = round((LAT1 - LAT0) * SCALE)
MIN_AREA = 6.0  # square units: smaller islands are dropped (unless the member has nothing bigger)

topo = json.load(open(SRC))
tr = topo["transform"]
(sx, sy), (tx, ty) = tr["scale"], tr["translate"]

# Decode delta-encoded arcs into lon/lat.
arcs = []
for arc in topo["arcs"]:
    x = y = 0
    pts = []
    for dx, dy in arc:
        x += dx
        y += dy
        pts.append((x * sx + tx, y * sy + ty))
    arcs.append(pts)


def arc_points(i):
    return arcs[i] if i >= 0 else list(reversed(arcs[~i]))


def ring(indices):
    pts = []
    for i in indices:
        p = arc_points(i)
        pts.extend(p if not pts else p[1:])
    return pts


def project(lon, lat):
    return ((lon - LON0) * K * SCALE, (LAT1 - lat) * SCALE)


def area(pts):
    return abs(sum(x0 * y1 - x1 * y0 for (x0, y0), (x1, y1) in zip(pts, pts[1:] + pts[:1]))) / 2


def simplify(pts, eps):
    """Douglas–Peucker on a closed ring."""
    if len(pts) < 4:
        return pts

    def dp(a, b):
        (x0, y0), (x1, y1) = pts[a], pts[b]
        dx, dy = x1 - x0, y1 - y0
        norm = math.hypot(dx, dy) or 1e-9
        best, idx = 0.0, None
        for i in range(a + 1, b):
            x, y = pts[i]
            d = abs(dy * (x - x0) - dx * (y - y0)) / norm
            if d > best:
                best, idx = d, i
        if idx is not None and best > eps:
            return dp(a, idx)[:-1] + dp(idx, b)
        return [pts[a], pts[b]]

    mid = len(pts) // 2
    return dp(0, mid)[:-1] + dp(mid, len(pts) - 1)


def path(rings):
    parts = []
    for r in rings:
        pts = []
        for x, y in r:
            p = (round(x), round(y))
            if not pts or pts[-1] != p:
                pts.append(p)
        if len(pts) < 3:
            continue
        x0, y0 = pts[0]
        d = [f"M{x0} {y0}"]
        for (xa, ya), (xb, yb) in zip(pts, pts[1:]):
            d.append(f"l{xb - xa} {yb - ya}")
        parts.append("".join(d) + "z")
    return "".join(parts)


out = []
for geom in topo["objects"]["countries"]["geometries"]:
    code = MEMBERS.get(str(geom.get("id")))
    if not code:
        continue
    polys = geom["arcs"] if geom["type"] == "MultiPolygon" else [geom["arcs"]]
    rings = []
    for poly in polys:
        outer = [project(*p) for p in ring(poly[0])]  # holes are not needed at this scale
        rings.append(outer)
    rings.sort(key=area, reverse=True)
    kept = [r for r in rings if area(r) >= MIN_AREA] or rings[:1]
    kept = [simplify(r, 0.6) for r in kept]
    big = rings[0]
    cx = sum(x for x, _ in big) / len(big)
    cy = sum(y for _, y in big) / len(big)
    entry = {"code": code, "d": path(kept), "label": [round(cx), round(cy)]}
    if area(big) < 150:
        entry["dot"] = [round(cx), round(cy), 14]
    out.append(entry)

order = ["bn", "kh", "id", "la", "my", "mm", "ph", "sg", "th", "tl", "vn"]
out.sort(key=lambda e: order.index(e["code"]))
missing = set(order) - {e["code"] for e in out}
if missing:
    sys.exit(f"members missing from the map source: {sorted(missing)}")

doc = {
    "format": "asean-kiosk/map",
    "version": 1,
    "view_box": [0, 0, int(WIDTH), HEIGHT],
    "credit": "Natural Earth 1:50m (public domain), via npm world-atlas 2.0.2 (ISC); "
              "simplified by scripts/make-map.py",
    "members": out,
}
with open(OUT, "w") as f:
    json.dump(doc, f, ensure_ascii=False, indent=1)
    f.write("\n")
print(f"{OUT}: {sum(len(e['d']) for e in out)} bytes of path data")
