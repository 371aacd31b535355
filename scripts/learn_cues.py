"""Choose the thresholds of ``newsdoc learn-cues`` on a dev split, then write the module.

For every combination of the thresholds given, it learns the cues of the train split
(``newsdoc.learn``), writes them to the rule set's generated module, and scores the dev
split with an attribution scorer in a fresh process (which imports the new module). It
prints one row per combination and writes the module again with the combination of best
all-attribution e2e F1 whose reported (indirect) e2e precision stays at the floor or
above. Learning reads train only; dev only chooses the thresholds.

    python scripts/learn_cues.py ../shared/data/polnear --rules en \\
        --output src/newsdoc/rulesets/en/learned_cues.py \\
        --scorer ../shared/tools/score_attributions.py

The same with ``--rules de`` and the German data (JSON layout) and its module. With
one value per threshold it just learns and scores once.
"""

from __future__ import annotations

import argparse
import itertools
import json
import subprocess
import sys
from pathlib import Path

from newsdoc import learn


def _score(scorer: Path, data: str, split: str, rules: str) -> dict[str, dict[str, float]]:
    out = subprocess.run(
        [sys.executable, str(scorer), "--data", data, "--split", split, "--rules", rules],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    result: dict[str, dict[str, float]] = json.loads(out.strip().splitlines()[-1])
    return result


def main() -> None:
    """Sweep the thresholds on dev and write the chosen module."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("data", help="the corpus folder (BRAT or JSON layout)")
    ap.add_argument("--rules", default="en")
    ap.add_argument("--output", required=True, help="the rule set's generated module")
    ap.add_argument("--scorer", required=True, type=Path, help="score_attributions.py")
    ap.add_argument("--train", default="train")
    ap.add_argument("--dev", default="dev")
    ap.add_argument("--precision", type=float, nargs="+", default=[0.25, 0.3, 0.4, 0.5])
    ap.add_argument("--count", type=int, nargs="+", default=[2, 3, 5])
    ap.add_argument("--clause-share", type=float, nargs="+", default=[0.25])
    ap.add_argument("--floor", type=float, default=0.75, help="least reported e2e precision")
    args = ap.parse_args()
    texts = learn.read_corpus(args.data, args.train)
    best: tuple[float, argparse.Namespace] | None = None
    print("precision count clause  size  all_e2e_f1  rep_e2e_p  rep_strict_e2e_f1  dir_strict")
    for p, n, c in itertools.product(args.precision, args.count, args.clause_share):
        run = argparse.Namespace(
            data=args.data,
            split=args.train,
            rules=args.rules,
            min_precision=p,
            min_count=n,
            clause_share=c,
            table=False,
            output=args.output,
        )
        cues = learn.learn_cues(texts, args.rules, min_precision=p, min_count=n, clause_share=c)
        learn.run(run)
        s = _score(args.scorer, args.data, args.dev, args.rules)
        f1, rep_p = s["all"]["e2e_f1"], s["indirect"]["e2e_p"]
        print(
            f"{p:9} {n:5} {c:6} {len(cues):5} {f1:11.4f} {rep_p:10.4f} "
            f"{s['indirect']['strict_e2e_f1']:18.4f} {s['direct']['strict_e2e_f1']:11.4f}"
        )
        if rep_p >= args.floor and (best is None or f1 > best[0]):
            best = (f1, run)
    if best is None:
        sys.exit("no combination keeps reported e2e precision at the floor")
    print(
        f"chosen: --min-precision {best[1].min_precision} --min-count {best[1].min_count} "
        f"--clause-share {best[1].clause_share} (all e2e F1 {best[0]:.4f})"
    )
    learn.run(best[1])


if __name__ == "__main__":
    main()
