"""``newsdoc.explain`` over a folder of articles: no error, its cost against a parse, and its
agreement with the parse.

Run from the repository root with the package installed (``pip install -e .``):

    python benchmarks/explain.py [FOLDER]     # default: ../shared/data/polnear/dev/text

Every sentence of every article is explained, as text and as HTML; the CPU time of that
is compared with the time of ``parse`` alone over the same texts (target: 20x at most,
it is a debugging tool). Agreement: every attribution a token rule made shows as that
rule's ``formed`` trial in its sentence, and no trial is ``formed`` without one.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import newsdoc

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "data" / "polnear" / "dev" / "text"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("folder", nargs="?", type=Path, default=DEFAULT)
    args = ap.parse_args()
    texts = [p.read_text(encoding="utf-8") for p in sorted(args.folder.glob("*.txt"))]
    if not texts:
        print(f"no .txt files in {args.folder}", file=sys.stderr)
        return 2
    newsdoc.explain(texts[0]).text()  # compile the rules once, outside the timing
    start = time.process_time()
    for text in texts:
        newsdoc.parse(text)
    parsing = time.process_time() - start
    start = time.process_time()
    reports = []
    for text in texts:
        report = newsdoc.explain(text)
        report.text()
        report.html()
        reports.append(report)
    explaining = time.process_time() - start
    en = newsdoc.rulesets.get("en")
    token_rules = {r.name for r in en if r.tokens is not None and r.where is None}
    sentences = disagree = shown = 0
    for report in reports:
        for s in report.sentences:
            sentences += 1
            formed = {t.rule for t in s.trials if t.outcome == "formed"}
            made = {a.rule for a in s.attributions if a.rule in token_rules}
            shown += len(made)
            disagree += len(made ^ (formed & token_rules))
    print(
        f"{len(texts)} articles, {sentences} sentences: parse {parsing:.2f} s, explain (text "
        f"and HTML) {explaining:.2f} s = {explaining / parsing:.1f}x a parse; "
        f"{shown} token-rule attributions, {disagree} not shown as formed or formed without one"
    )
    return 1 if disagree else 0


if __name__ == "__main__":
    sys.exit(main())
