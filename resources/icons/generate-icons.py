#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The Mailferry developers
# SPDX-License-Identifier: GPL-3.0-or-later
"""Regenerates Mailferry's raster icons from the one drawing, resources/icons/mailferry.svg.

The outputs are committed, so that Windows and macOS builds (which have no rsvg-convert) and
packagers never need this script; run it again whenever the SVG changes:

    python3 resources/icons/generate-icons.py        # needs rsvg-convert (Debian: librsvg2-bin)

It writes:
  resources/icons/png/mailferry-<N>.png   the hicolor sizes installed on Linux
  resources/windows/mailferry.ico          PNG-compressed ICO entries (Windows Vista and later read them)
  resources/macos/mailferry.icns           PNG-based icns entries (macOS 10.7 and later read them)

Only the Python standard library is used, so no imaging package is needed to rebuild the icons.
"""
import pathlib
import shutil
import struct
import subprocess
import sys

HERE = pathlib.Path(__file__).resolve().parent
RESOURCES = HERE.parent
SVG = HERE / "mailferry.svg"

# Sizes of the freedesktop hicolor theme that desktops actually ask for.
HICOLOR_SIZES = [16, 22, 24, 32, 48, 64, 128, 256, 512]
# Explorer picks from these; 256 is the largest ICO entry Windows shows.
ICO_SIZES = [16, 20, 24, 32, 40, 48, 64, 128, 256]
# icns OSType -> pixel size of the PNG it holds (the @2x types hold twice their point size).
ICNS_TYPES = [
    (b"icp4", 16), (b"icp5", 32), (b"icp6", 64),
    (b"ic07", 128), (b"ic08", 256), (b"ic09", 512), (b"ic10", 1024),
    (b"ic11", 32), (b"ic12", 64), (b"ic13", 256), (b"ic14", 512),
]


def render(size: int) -> bytes:
    """Renders the SVG to a square PNG of size x size pixels."""
    out = subprocess.run(["rsvg-convert", "-w", str(size), "-h", str(size), "-f", "png", str(SVG)],
                         check=True, stdout=subprocess.PIPE)
    return out.stdout


def build_ico(pngs: dict) -> bytes:
    """ICONDIR + ICONDIRENTRY[] + PNG payloads (a width/height byte of 0 means 256)."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries, payload = b"", b""
    for s in sizes:
        data = pngs[s]
        dim = 0 if s >= 256 else s
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
        payload += data
    return header + entries + payload


def build_icns(pngs: dict) -> bytes:
    """'icns' + total length, then (type, 8 + length, PNG) for every entry; lengths are big-endian."""
    body = b""
    for ostype, size in ICNS_TYPES:
        data = pngs[size]
        body += ostype + struct.pack(">I", 8 + len(data)) + data
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main() -> int:
    if shutil.which("rsvg-convert") is None:
        print("rsvg-convert not found; install librsvg2-bin", file=sys.stderr)
        return 1
    needed = set(HICOLOR_SIZES) | set(ICO_SIZES) | {s for _, s in ICNS_TYPES}
    pngs = {s: render(s) for s in sorted(needed)}
    (HERE / "png").mkdir(exist_ok=True)
    for s in HICOLOR_SIZES:
        (HERE / "png" / f"mailferry-{s}.png").write_bytes(pngs[s])
    (RESOURCES / "windows").mkdir(exist_ok=True)
    (RESOURCES / "windows" / "mailferry.ico").write_bytes(build_ico({s: pngs[s] for s in ICO_SIZES}))
    (RESOURCES / "macos").mkdir(exist_ok=True)
    (RESOURCES / "macos" / "mailferry.icns").write_bytes(build_icns(pngs))
    print(f"wrote {len(HICOLOR_SIZES)} PNGs, mailferry.ico ({len(ICO_SIZES)} sizes), "
          f"mailferry.icns ({len(ICNS_TYPES)} entries)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
