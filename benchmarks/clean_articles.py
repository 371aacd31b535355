"""Measure how newsdoc treats clean articles: boilerplate it invents and headlines it finds.

Each text in ``<data>/{train,dev}/text/*.txt`` (PolNeAR by default) is a clean
article whose first line is its title. Two figures come out:

- the share of the characters after the title line that newsdoc labels
  boilerplate (every such character is a false alarm; target at most 0.5%);
- the share of articles whose headline is exactly the title line (target at
  least 99%).

``--kinds DIR`` instead counts the boilerplate kinds (and deciding rules) found
in the ``*.txt`` files of a directory, e.g. scraped pages, and the share of
boilerplate decided by ``structure.main_run`` alone.

``--pages DIR`` checks headlines and bylines on scraped pages (``DIR/text/KEY.txt``
with ``DIR/ground-truth.json``, as in ``../shared/data/pages``). The page's URL
mostly spells its headline: a page whose URL slug has 3 or more words and some
heading-like line of the text (at most 40 words, no final full stop) holds 60% of
them counts, and newsdoc's headline is right when
it holds 60% of them too (and is not more than three times that line's length). Bylines
are checked against the author the saved page names in a ``<meta name="author">``
tag (``DIR/html/KEY.html.gz``): a page shows a byline when that name stands in its
text near the article's first paragraph, and newsdoc is right when its byline
holds the name's last word.

Run from the repository root::

    PYTHONPATH=src python benchmarks/clean_articles.py [--data DIR] [--split train dev] [--show N]
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
from collections import Counter
from pathlib import Path

import newsdoc

DEFAULT_DATA = Path("/work/shared/data/polnear")


def measure(paths: list[Path], show: int) -> tuple[float, float]:
    """Return (boilerplate share of body characters, share of headlines equal to the title)."""
    body_chars = boiler_chars = headline_ok = 0
    shown = 0
    for path in paths:
        text = path.read_text(encoding="utf-8")
        title_end = text.find("\n")
        title_end = len(text) if title_end < 0 else title_end
        title = text[:title_end].strip()
        article = newsdoc.parse(text)
        body_chars += sum(1 for c in text[title_end:] if not c.isspace())
        for b in article.boilerplate:
            if b.span.start >= title_end:
                boiler_chars += sum(1 for c in b.text if not c.isspace())
                if shown < show:
                    shown += 1
                    print(f"{path.name}: [{b.kind} {b.rule}] {b.text[:100]!r}")
        if article.headline is not None and article.headline.text == title:
            headline_ok += 1
        elif shown < show:
            shown += 1
            got = article.headline.text if article.headline else None
            print(f"{path.name}: headline {got!r} != title {title!r}")
    return boiler_chars / max(body_chars, 1), headline_ok / max(len(paths), 1)


def count_kinds(paths: list[Path]) -> Counter[tuple[str, str]]:
    """Count the (kind, rule) pairs of the boilerplate blocks found in the files."""
    kinds: Counter[tuple[str, str]] = Counter()
    for path in paths:
        for b in newsdoc.parse(path.read_text(encoding="utf-8")).boilerplate:
            kinds[(b.kind, b.rule)] += 1
    return kinds


_WORD = re.compile(r"[^\W\d_]+")
_NOT_SLUG = {"html", "htm", "php", "asp", "aspx", "shtml"}
_META_AUTHOR = re.compile(
    r'<meta[^>]+(?:name|property)="(?:author|article:author|sailthru.author|parsely-author)"'
    r'[^>]*content="([^"]+)"',
    re.I,
)
_NEAR = 25  # blocks either side of the first paragraph where a byline is looked for


def slug_words(url: str) -> list[str]:
    """The words of the URL path's wordiest segment, lower-cased ("…/google-stadia-…")."""
    path = url.split("://", 1)[-1].partition("/")[2].split("?")[0]
    segments = [s for s in path.split("/") if s] or [""]
    slug = max(segments, key=lambda s: len(_WORD.findall(s)))
    return [w.lower() for w in _WORD.findall(slug) if w.lower() not in _NOT_SLUG]


def _cover(slug: list[str], text: str) -> float:
    words = {w.lower() for w in _WORD.findall(text)}
    return sum(w in words for w in slug) / len(slug) if slug else 0.0


def _heading_like(text: str) -> bool:
    return len(text.split()) <= 40 and not text.rstrip().endswith(".")


def page_author(root: Path, key: str) -> str | None:
    """The author the saved page names in its meta tags, when it is a name (not a URL)."""
    path = root / "html" / f"{key}.html.gz"
    if not path.exists():
        return None
    m = _META_AUTHOR.search(gzip.decompress(path.read_bytes()).decode("utf-8", "replace"))
    name = m.group(1).strip() if m else ""
    name = re.sub(r"^(?:By|Analysis by)\s+", "", name).split(",")[0].strip()
    return name if re.fullmatch(r"[^\W\d_][\w.'’ -]+ [\w.'’ -]+", name) else None


def measure_pages(root: Path, show: bool) -> None:
    """Print the headline and byline figures on scraped pages (see the module docstring)."""
    gt = json.loads((root / "ground-truth.json").read_text(encoding="utf-8"))
    heads = heads_ok = bylines = bylines_ok = 0
    for key in sorted(gt):
        text = (root / "text" / f"{key}.txt").read_text(encoding="utf-8")
        article = newsdoc.parse(text)
        slug = slug_words(gt[key]["url"])
        lines = [b.text for b in article.blocks if _heading_like(b.text)] or [""]
        best = max((_cover(slug, t), -len(t), t) for t in lines)
        if len(slug) >= 3 and best[0] >= 0.6:
            heads += 1
            got = article.headline.text if article.headline else ""
            ok = _cover(slug, got) >= 0.6 and len(got) <= 3 * len(best[2])
            heads_ok += ok
            if show and not ok:
                print(f"{key[:8]} headline {got[:70]!r} / {best[2][:70]!r}")
        author = page_author(root, key)
        blocks = article.blocks
        first = next((i for i, b in enumerate(blocks) if isinstance(b, newsdoc.Paragraph)), 0)
        near = " ".join(b.text for b in blocks[max(0, first - _NEAR) : first + _NEAR])
        if author is not None and author.casefold() in near.casefold():
            bylines += 1
            got = article.byline.text if article.byline else ""
            ok = author.split()[-1].casefold() in got.casefold()
            bylines_ok += ok
            if show and not ok:
                print(f"{key[:8]} byline {got[:70]!r} / {author!r}")
    print(f"pages: {len(gt)}")
    print(f"headline right: {heads_ok}/{heads} = {heads_ok / max(heads, 1):.2%} (target >= 90%)")
    print(f"byline right: {bylines_ok}/{bylines} (target >= 8 of 10)")


def main() -> None:
    """Parse the arguments, measure, print the figures."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--split", nargs="+", default=["train", "dev"])
    ap.add_argument("--show", type=int, default=0, help="print up to N offending blocks")
    ap.add_argument("--kinds", type=Path, metavar="DIR", help="count boilerplate kinds in DIR")
    ap.add_argument("--pages", type=Path, metavar="DIR", help="check headlines and bylines")
    args = ap.parse_args()
    if args.pages is not None:
        measure_pages(args.pages, args.show > 0)
        return
    if args.kinds is not None:
        kinds = count_kinds(sorted(args.kinds.glob("*.txt")))
        print(f"{'kind':<12} {'rule':<28} {'blocks':>6}")
        for (kind, rule), n in sorted(kinds.items(), key=lambda kv: (-kv[1], kv[0])):
            print(f"{kind:<12} {rule:<28} {n:>6}")
        total = sum(kinds.values())
        alone = sum(n for (kind, rule), n in kinds.items() if rule == "structure.main_run")
        print(f"{'total':<41} {total:>6}")
        print(f"decided by structure.main_run alone: {alone / max(total, 1):.1%} (target <= 50%)")
        return
    paths = [p for s in args.split for p in sorted((args.data / s / "text").glob("*.txt"))]
    share, headlines = measure(paths, args.show)
    print(f"articles: {len(paths)}")
    print(f"boilerplate share of body characters: {share:.4%} (target <= 0.5%)")
    print(f"headline equals title line: {headlines:.2%} (target >= 99%)")


if __name__ == "__main__":
    main()
