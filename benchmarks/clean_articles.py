"""Measure how newsdoc treats clean articles: boilerplate it invents and headlines it finds.

Each text in ``<data>/{train,dev}/text/*.txt`` (PolNeAR by default) is a clean
article whose first line is its title. Two figures come out:

- the share of the characters after the title line that newsdoc labels
  boilerplate (every such character is a false alarm; target at most 0.5%);
- the share of articles whose headline is exactly the title line (target at
  least 99%).

``--kinds DIR`` instead counts the boilerplate kinds (and deciding rules) found
in the ``*.txt`` files of a directory, e.g. scraped pages.

Run from the repository root::

    PYTHONPATH=src python benchmarks/clean_articles.py [--data DIR] [--split train dev] [--show N]
"""

from __future__ import annotations

import argparse
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


def main() -> None:
    """Parse the arguments, measure, print the figures."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--split", nargs="+", default=["train", "dev"])
    ap.add_argument("--show", type=int, default=0, help="print up to N offending blocks")
    ap.add_argument("--kinds", type=Path, metavar="DIR", help="count boilerplate kinds in DIR")
    args = ap.parse_args()
    if args.kinds is not None:
        kinds = count_kinds(sorted(args.kinds.glob("*.txt")))
        print(f"{'kind':<12} {'rule':<28} {'blocks':>6}")
        for (kind, rule), n in sorted(kinds.items(), key=lambda kv: (-kv[1], kv[0])):
            print(f"{kind:<12} {rule:<28} {n:>6}")
        print(f"{'total':<41} {sum(kinds.values()):>6}")
        return
    paths = [p for s in args.split for p in sorted((args.data / s / "text").glob("*.txt"))]
    share, headlines = measure(paths, args.show)
    print(f"articles: {len(paths)}")
    print(f"boilerplate share of body characters: {share:.4%} (target <= 0.5%)")
    print(f"headline equals title line: {headlines:.2%} (target >= 99%)")


if __name__ == "__main__":
    main()
