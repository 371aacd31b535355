"""The HTML view in a real browser: headless Chromium screenshots the page of the example article.

Skipped when no Chromium is installed (Debian: ``apt-get install chromium``;
or point ``NEWSDOC_CHROMIUM`` at a Chrome/Chromium binary). The screenshot is
decoded and checked for the colours the view promises: quotes highlighted in
their speaker's colour, speaker labels, cues, and greyed boilerplate. Set
``NEWSDOC_SCREENSHOT=path.png`` to keep the screenshot and look at it.
"""

from __future__ import annotations

import os
import shutil
import struct
import subprocess
import zlib
from collections import Counter
from pathlib import Path

import pytest

from newsdoc.cli import main

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "examples" / "g20-trump-putin.txt"
WIDTH, HEIGHT = 1200, 900


def _browser() -> str | None:
    found = os.environ.get("NEWSDOC_CHROMIUM")
    if found:
        return found
    for name in ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable"):
        path = shutil.which(name)
        if path:
            return path
    return None


def _paeth(a: int, b: int, c: int) -> int:
    p = a + b - c
    pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
    return a if pa <= pb and pa <= pc else b if pb <= pc else c


def decode_png(data: bytes) -> tuple[int, int, list[bytes]]:
    """Width, height and RGB rows of an 8-bit RGB or RGBA, non-interlaced PNG."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    pos, idat, header = 8, b"", b""
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos : pos + 4])
        kind, body = data[pos + 4 : pos + 8], data[pos + 8 : pos + 8 + length]
        if kind == b"IHDR":
            header = body
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    width, height, depth, colour, _, _, interlace = struct.unpack(">IIBBBBB", header)
    assert depth == 8 and colour in (2, 6) and interlace == 0, "unexpected PNG format"
    bpp = 4 if colour == 6 else 3
    raw = zlib.decompress(idat)
    stride = width * bpp
    prev = bytearray(stride)
    rows: list[bytes] = []
    for y in range(height):
        kind = raw[y * (stride + 1)]
        line = bytearray(raw[y * (stride + 1) + 1 : (y + 1) * (stride + 1)])
        if kind == 1:
            for i in range(bpp, stride):
                line[i] = (line[i] + line[i - bpp]) & 255
        elif kind == 2:
            line = bytearray((x + p) & 255 for x, p in zip(line, prev, strict=True))
        elif kind == 3:
            for i in range(stride):
                left = line[i - bpp] if i >= bpp else 0
                line[i] = (line[i] + ((left + prev[i]) >> 1)) & 255
        elif kind == 4:
            for i in range(stride):
                left = line[i - bpp] if i >= bpp else 0
                up_left = prev[i - bpp] if i >= bpp else 0
                line[i] = (line[i] + _paeth(left, prev[i], up_left)) & 255
        prev = line
        rgb = bytes(line) if bpp == 3 else bytes(b for i, b in enumerate(line) if i % 4 != 3)
        rows.append(rgb)
    return width, height, rows


def _colours(rows: list[bytes]) -> Counter[str]:
    counts: Counter[str] = Counter()
    for row in rows:
        for i in range(0, len(row), 3):
            counts[f"#{row[i]:02x}{row[i + 1]:02x}{row[i + 2]:02x}"] += 1
    return counts


def test_screenshot_shows_the_parse(tmp_path: Path) -> None:
    browser = _browser()
    if browser is None:
        pytest.skip("no Chromium found (apt-get install chromium, or set NEWSDOC_CHROMIUM)")
    page = tmp_path / "article.html"
    assert main(["parse", "--html", str(SEED), "-o", str(page)]) == 0
    png = tmp_path / "shot.png"
    flags = [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        f"--user-data-dir={tmp_path / 'profile'}",
        f"--screenshot={png}",
        f"--window-size={WIDTH},{HEIGHT}",
        page.as_uri(),
    ]
    try:
        run = subprocess.run([browser, *flags], capture_output=True, text=True, timeout=120)
    except subprocess.TimeoutExpired:
        pytest.skip(f"{browser} took over 120 s to take a screenshot (a broken browser install?)")
    assert png.exists(), f"no screenshot; browser said:\n{run.stderr[-2000:]}"
    keep = os.environ.get("NEWSDOC_SCREENSHOT")
    if keep:
        shutil.copyfile(png, keep)
    width, height, rows = decode_png(png.read_bytes())
    assert (width, height) == (WIDTH, HEIGHT)
    seen = _colours(rows)
    area = width * height
    assert seen["#ffffff"] > area // 3, "the page should be mostly white"
    # The first three speakers' quote backgrounds and label colours (see newsdoc.render).
    for background, label in (("#dbeafe", "#2563eb"), ("#fde2e1", "#dc2626")):
        assert seen[background] > 2000, f"no quote highlighted in {background}"
        assert seen[label] > 500, f"no speaker label in {label}"
    assert seen["#fff3b0"] > 300, "no cue marked"
    assert seen["#f3f3f3"] > 5000, "no greyed boilerplate"
