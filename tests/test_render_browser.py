"""The HTML view in a real browser: headless Chromium screenshots pages of the example articles.

Skipped when no Chromium is installed (Debian: ``apt-get install chromium``;
or point ``NEWSDOC_CHROMIUM`` at a Chrome/Chromium binary). Each screenshot is
decoded and checked for the colours the view promises: quotes highlighted in
their speaker's colour, speaker labels, cues, greyed boilerplate; and for what
the options change: custom speaker colours, boilerplate collapsed to a line or
left out, a second article on the same page, a fragment that brings its own
styles. Set ``NEWSDOC_SCREENSHOT=path.png`` to keep the screenshots (one file
per page, ``path-<page>.png``) and look at them, and ``NEWSDOC_DOCS_IMAGE=1`` to
write the example article's screenshot to ``docs/img/html-view.png``, the picture
the docs show (do it whenever the view changes).
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
PAGE = ROOT / "examples" / "harbour-page.txt"
DOCS_IMAGE = ROOT / "docs" / "img" / "html-view.png"
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


def _screenshot(page: Path, tmp_path: Path, height: int = HEIGHT) -> list[bytes]:
    """The RGB rows of a headless Chromium screenshot of ``page``, WIDTH wide and ``height`` high."""
    browser = _browser()
    if browser is None:
        pytest.skip("no Chromium found (apt-get install chromium, or set NEWSDOC_CHROMIUM)")
    png = tmp_path / f"{page.stem}.png"
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
        f"--window-size={WIDTH},{height}",
        page.as_uri(),
    ]
    try:
        run = subprocess.run([browser, *flags], capture_output=True, text=True, timeout=120)
    except subprocess.TimeoutExpired:
        pytest.skip(f"{browser} took over 120 s to take a screenshot (a broken browser install?)")
    assert png.exists(), f"no screenshot; browser said:\n{run.stderr[-2000:]}"
    keep = os.environ.get("NEWSDOC_SCREENSHOT")
    if keep:
        shutil.copyfile(png, Path(keep).with_stem(f"{Path(keep).stem}-{page.stem}"))
    width, got_height, rows = decode_png(png.read_bytes())
    assert (width, got_height) == (WIDTH, height)
    return rows


def test_screenshot_shows_the_parse(tmp_path: Path) -> None:
    page = tmp_path / "article.html"
    assert main(["parse", "--html", str(SEED), "-o", str(page)]) == 0
    rows = _screenshot(page, tmp_path)
    seen = _colours(rows)
    area = WIDTH * HEIGHT
    assert seen["#ffffff"] > area // 3, "the page should be mostly white"
    # The first three speakers' quote backgrounds and label colours (see newsdoc.render).
    for background, label in (("#dbeafe", "#2563eb"), ("#fde2e1", "#dc2626")):
        assert seen[background] > 2000, f"no quote highlighted in {background}"
        assert seen[label] > 500, f"no speaker label in {label}"
    assert seen["#fff3b0"] > 300, "no cue marked"
    assert seen["#f3f3f3"] > 5000, "no greyed boilerplate"
    if os.environ.get("NEWSDOC_DOCS_IMAGE"):
        shutil.copyfile(tmp_path / f"{page.stem}.png", DOCS_IMAGE)
    width, height, _ = decode_png(DOCS_IMAGE.read_bytes())
    assert (width, height) == (WIDTH, HEIGHT), "the docs' picture is not this test's screenshot"


GREY = "#f3f3f3"  # the boilerplate background


def test_screenshot_options_collapse_hide_colours_several(tmp_path: Path) -> None:
    """A scraped page under 15 navigation lines: shown, collapsed (with a second article), hidden."""
    shown, collapsed, hidden = (tmp_path / f"{n}.html" for n in ("shown", "collapsed", "hidden"))
    assert main(["parse", "--html", str(PAGE), "-o", str(shown)]) == 0
    # a fragment alone (it must bring its own styles) of two articles on one page
    collapse = ["--fragment", "--one-page", "--collapse-boilerplate", "-q"]
    colour = ["--color", "Donald Trump=#f97316"]
    assert (
        main(["parse", "--html", *collapse, *colour, str(PAGE), str(SEED), "-o", str(collapsed)])
        == 0
    )
    assert main(["parse", "--html", "--hide", "boilerplate", str(PAGE), "-o", str(hidden)]) == 0

    grey_shown = _colours(_screenshot(shown, tmp_path))[GREY]
    rows = _screenshot(collapsed, tmp_path, height=3 * HEIGHT)
    grey_collapsed = _colours(rows[:HEIGHT])[GREY]
    seen = _colours(rows)
    assert grey_shown > 40_000, "the navigation rows should fill the top of the page"
    assert 0 < grey_collapsed < grey_shown // 4, "collapsed runs should take a line each"
    # Donald Trump speaks only in the second article: his colour shows it was drawn.
    assert seen["#f97316"] > 300, "no speaker label in the colour given"
    assert seen["#fee3d1"] > 2000, "no quote highlighted in the tint of the colour given"
    assert seen["#fde2e1"] > 2000, "the palette should still colour the other speakers"
    seen_hidden = _colours(_screenshot(hidden, tmp_path))
    assert seen_hidden[GREY] < 200, "hidden boilerplate should leave no grey rows"
    assert seen_hidden["#dbeafe"] > 2000, "the article's quotes should still show"


def test_screenshot_of_the_explain_view(tmp_path: Path) -> None:
    """``newsdoc explain --html``: the cues boxed in the view's yellow, where a rule stopped in
    red, what it read in grey, and the speech formed in its speaker's colour."""
    text = tmp_path / "road.txt"
    text.write_text(
        "Road works\n\n“The road stays closed,” Patrol Chief Ines Garber with the Harbour "
        "Police Department said.\n\n“We open on Monday,” said Ana Ruiz.",
        encoding="utf-8",
    )
    page = tmp_path / "explain.html"
    assert main(["explain", "--html", str(text), "-o", str(page)]) == 0
    seen = _colours(_screenshot(page, tmp_path, height=2 * HEIGHT))
    assert seen["#fff3b0"] > 300, "no cue marked"
    assert seen["#fde2e2"] > 300, "no rule's stopping place marked"
    assert seen["#ececec"] > 1000, "no rule's reading marked"
    assert seen["#2563eb"] > 200, "the speech formed is not in its speaker's colour"
