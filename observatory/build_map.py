"""Build the observatory's world map (``observatory/world_map.json``) from Natural Earth shapes.

Run once, when the shapes should change; the result is committed and read by ``observatory/maps.py``:

    npm pack world-atlas@2.0.2 && tar xzf world-atlas-2.0.2.tgz
    .venv/bin/python -m observatory.build_map package/countries-110m.json

Source: the npm package ``world-atlas`` 2.0.2 (TopoJSON of Natural Earth's 1:110m Admin 0 countries;
the package is under the ISC licence, © 2013-2019 Michael Bostock; Natural Earth's data are in the
public domain). Countries are keyed by ISO 3166-1 alpha-3 (from the numeric codes in the file,
through pycountry); shapes without an ISO code (Kosovo, Northern Cyprus, Somaliland) keep their name
and no code, and Antarctica is left out. A ring crossing the
antimeridian is unwrapped and its far side clipped by the view box. The projection is Natural Earth I (the polynomial of
d3-geo's ``geoNaturalEarth1Raw``); coordinates are rounded to whole units of a 960-wide view box and
written as relative SVG path commands, which keeps the asset small (about 52 KB).
"""

import json
import math
import sys
from pathlib import Path

import pycountry

OUTPUT = Path(__file__).with_name("world_map.json")
WIDTH = 960
SOURCE = "Natural Earth 1:110m Admin 0 countries (public domain), via the npm package world-atlas 2.0.2 (ISC)"


def natural_earth(lon, lat):
    lam, phi = math.radians(lon), math.radians(lat)
    phi2 = phi * phi
    phi4 = phi2 * phi2
    x = lam * (0.8707 - 0.131979 * phi2 + phi4 * (-0.013791 + phi4 * (0.003971 * phi2 - 0.001529 * phi4)))
    y = phi * (1.007226 + phi2 * (0.015085 + phi4 * (-0.044475 + 0.028874 * phi2 - 0.005916 * phi4)))
    return x, y


def decode_arcs(topology):
    scale_x, scale_y = topology["transform"]["scale"]
    move_x, move_y = topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x += dx
            y += dy
            points.append((x * scale_x + move_x, y * scale_y + move_y))
        arcs.append(points)
    return arcs


def ring(arcs, indexes):
    points = []
    for index in indexes:
        arc = arcs[index] if index >= 0 else list(reversed(arcs[~index]))
        points.extend(arc if not points else arc[1:])
    return points


def build(topology_path):
    topology = json.loads(Path(topology_path).read_text(encoding="utf-8"))
    arcs = decode_arcs(topology)
    # The projection's extent: x in ±π·0.8707, y in ±1.4224 (at the poles); scale to WIDTH.
    half_width = math.pi * 0.8707
    scale = WIDTH / (2 * half_width)
    top = natural_earth(0, 84)[1]
    bottom = natural_earth(0, -57)[1]
    height = round((top - bottom) * scale)

    def project(lon, lat):
        x, y = natural_earth(lon, lat)
        return round((x + half_width) * scale), round((top - y) * scale)

    countries = []
    for geometry in topology["objects"]["countries"]["geometries"]:
        name = geometry["properties"]["name"]
        if name == "Antarctica":
            continue
        polygons = geometry["arcs"] if geometry["type"] == "MultiPolygon" else [geometry["arcs"]]
        commands = []
        for polygon in polygons:
            for indexes in polygon:
                projected = []
                previous = None
                for lon, lat in ring(arcs, indexes):
                    # A ring that crosses the antimeridian (Russia, Fiji) is kept continuous: its
                    # points beyond ±180° fall outside the view box and are clipped, instead of a
                    # line drawn across the whole map.
                    while previous is not None and lon - previous > 180:
                        lon -= 360
                    while previous is not None and previous - lon > 180:
                        lon += 360
                    previous = lon
                    point = project(lon, lat)
                    if not projected or point != projected[-1]:
                        projected.append(point)
                if len(projected) < 3:
                    continue
                (x0, y0), rest = projected[0], projected[1:]
                steps, (px, py) = [], (x0, y0)
                for x, y in rest:
                    steps.append(f"{x - px} {y - py}")
                    px, py = x, y
                commands.append(f"M{x0} {y0}l{' '.join(steps)}z")
        if not commands:
            continue
        country = pycountry.countries.get(numeric=geometry.get("id", "")) if geometry.get("id") else None
        countries.append({"iso3": country.alpha_3 if country else "", "name": name, "d": "".join(commands)})
    countries.sort(key=lambda item: (item["iso3"] or "~", item["name"]))
    return {
        "source": SOURCE,
        "licence": "Natural Earth: public domain; world-atlas: ISC",
        "projection": "Natural Earth I",
        "width": WIDTH,
        "height": height,
        "countries": countries,
    }


def main(argv):
    if len(argv) != 2:
        sys.exit("usage: python -m observatory.build_map path/to/countries-110m.json")
    result = build(argv[1])
    OUTPUT.write_text(json.dumps(result, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"{OUTPUT}: {len(result['countries'])} shapes, {OUTPUT.stat().st_size // 1024} KB")


if __name__ == "__main__":
    main(sys.argv)
