"""List candidate cue words from the cues annotated in PolNeAR's train split.

Reads every ``T… Cue`` span of ``DATA/train/attributions/*.ann`` (the first
annotator's file of each article, as the scorers do), takes each cue's words,
and prints, most frequent first, the single words and two-word phrases that
open a cue, with their count, how often the same word appears in train text
at all (a word that is a cue 2 times in 900 is no cue word), and whether the
English rule set already lists it.

    python scripts/cue_candidates.py ../shared/data/polnear [--min 5] [--ratio 0.3]

Use it to review the English cue lists (``clause_verbs``, ``object_verbs``,
``noun_cues``, ...): it proposes words, a person files them by construction.
It reads train only; dev and held-out splits stay for measuring.
"""

from __future__ import annotations

import argparse
import re
from collections import Counter
from pathlib import Path

import newsdoc

_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")


def _first_files(folder: Path) -> list[Path]:
    seen: dict[str, Path] = {}
    for path in sorted(folder.glob("*.ann")):
        seen.setdefault(path.stem.rsplit("_", 1)[0], path)
    return list(seen.values())


def main() -> None:
    """Print the candidate cue words of PolNeAR train."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("data", type=Path, help="the PolNeAR folder (holding train/)")
    ap.add_argument("--min", type=int, default=5, help="least count to print")
    ap.add_argument("--ratio", type=float, default=0.3, help="least share of uses as a cue")
    args = ap.parse_args()
    cues: Counter[str] = Counter()
    uses: Counter[str] = Counter()
    for ann in _first_files(args.data / "train" / "attributions"):
        text_path = args.data / "train" / "text" / (ann.stem.rsplit("_", 1)[0] + ".txt")
        text = text_path.read_text(encoding="utf-8")
        uses.update(w.lower() for w in _WORD.findall(text))
        for line in ann.read_text(encoding="utf-8").splitlines():
            fields = line.split("\t")
            if len(fields) < 3 or not fields[1].startswith("Cue "):
                continue
            words = [w.lower() for w in _WORD.findall(fields[2])]
            if words:
                cues[words[0]] += 1
    words = newsdoc.rulesets.get("en").words
    listed = {
        w.lower()
        for n in (
            "cue_verbs",
            "clause_verbs",
            "object_verbs",
            "noun_cues",
            "stance_verbs",
            "attitude_verbs",
        )
        for w in words.get(n, ())
    }
    print(f"{'word':20} {'cue':>6} {'uses':>6} {'share':>6}  listed")
    for word, n in cues.most_common():
        share = n / max(uses[word], 1)
        if n >= args.min and share >= args.ratio:
            print(
                f"{word:20} {n:6d} {uses[word]:6d} {share:6.2f}  {'yes' if word in listed else '-'}"
            )


if __name__ == "__main__":
    main()
