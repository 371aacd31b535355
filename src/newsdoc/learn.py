"""Cue word lists learned from annotated attributions.

A newsroom with its own annotated articles can measure which words cue speech in
its outlets and language, and give them to a rule set::

    from newsdoc.learn import read_corpus, learn_cues
    cues = learn_cues(read_corpus("my-annotations", "train"), "en")
    rules = newsdoc.rulesets.get("en")
    for cue in cues:
        rules = rules.with_words(cue.list, [cue.entry])

Every word (or short phrase) that opens an annotated cue is a candidate. For each,
:func:`learn_cues` counts how often it is a cue over all its occurrences in the
corpus (its *precision*), how it takes what was said (its *frame*: a clause, an
object, a noun cue, an according-to phrase) and where its speaker stands. Words
above the thresholds are kept, each filed under the word list of its frame
(:data:`FRAME_LISTS`). The rule set supplies the tokens and the classes: the
learner holds no word of any language. ``newsdoc learn-cues`` runs it from the
command line and writes a Python module a rule set imports (:func:`cue_module`).

Two layouts are read (:func:`read_corpus`): BRAT standoff (``SPLIT/text/NAME.txt``
and ``SPLIT/attributions/NAME_ANNOTATOR.ann`` with ``Source``, ``Cue`` and
``Content`` spans tied by ``E`` lines; the first annotator's file of each article)
and JSON (``text/NAME.txt`` and ``gold/NAME.json``, a list of objects with
``content``, ``source`` and ``cue`` lists of ``[start, end]`` spans, names
starting with the split).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path

import attrs

from newsdoc import rulesets
from newsdoc.errors import NewsdocError
from newsdoc.model import Span
from newsdoc.pipeline.tokens import CLASSES, Tokens, tokenize, word_table
from newsdoc.rules import RuleSet

__all__ = [
    "FRAME_LISTS",
    "AnnotatedText",
    "Annotation",
    "CorpusError",
    "LearnedCue",
    "add_arguments",
    "cue_module",
    "learn_cues",
    "merge_learned",
    "read_corpus",
    "run",
]

FRAME_LISTS: Mapping[str, str] = {
    "clause": "clause_verbs",
    "object": "object_verbs",
    "noun": "noun_cues",
    "according": "according_to",
}
"""Each frame and the word list a cue of that frame is filed under."""

_LETTER = {name: letter for name, (letter, _) in CLASSES.items()}
_CUE_LETTERS = frozenset(
    _LETTER[n]
    for n in (
        "according_to",
        "participle",
        "clause_verb",
        "object_verb",
        "cue_verb",
        "attitude_verb",
        "subjunctive",
        "stance_verb",
        "noun_cue",
        "name",
        "word",
        "possessive",
    )
)
"""The letters a cue word may have: a cue class, or a word in no list."""
_LEAD = frozenset(_LETTER[n] for n in ("auxiliary", "be", "negation", "adverb", "passive"))
"""Letters stripped from the front of a cue (``has said``, ``did not deny``)."""
_TAIL = frozenset(_LETTER[n] for n in ("preposition", "infinitive", "according_to"))
"""Letters that end a two-word cue (``called for``, ``according to``)."""
_NOUN_BEFORE = frozenset(
    _LETTER[n] for n in ("determiner", "possessive_pronoun", "possessive", "object_determiner")
)
"""Letters before a noun cue (``the claim``, ``his claim``, ``Smith's claim``)."""
_BETWEEN = frozenset(
    _LETTER[n] for n in ("complementizer", "comma", "colon", "mark", "dash", "adverb")
)
"""Letters that may stand between a verb and its clause (``said, that …``)."""
_CLAUSE_OPEN = frozenset(_LETTER[n] for n in ("complementizer", "mark", "quote", "pronoun"))
"""Letters that open a clause, not an object (``that``, a quote, ``he``)."""


class CorpusError(NewsdocError, ValueError):
    """An annotated corpus that cannot be read: a missing folder, a malformed file."""


@attrs.frozen
class Annotation:
    """One annotated attribution: its content, source (speaker) and cue spans."""

    content: tuple[Span, ...]
    source: tuple[Span, ...]
    cue: tuple[Span, ...]


@attrs.frozen
class AnnotatedText:
    """An article's text and its annotated attributions."""

    name: str
    text: str
    attributions: tuple[Annotation, ...]


@attrs.frozen
class LearnedCue:
    """A cue word or phrase measured on a corpus.

    ``precision`` is the share of its ``uses`` (occurrences in the corpus) that are
    annotated cues, ``count`` how many are; ``frame`` how it takes what was said
    (a key of :data:`FRAME_LISTS`), ``list`` the word list it is filed under, and
    ``speaker`` where its speaker stands most often (``before``, ``after``, ``none``).
    """

    entry: str
    list: str
    precision: float
    count: int
    uses: int
    frame: str
    speaker: str


def read_corpus(folder: str | Path, split: str) -> list[AnnotatedText]:
    """The annotated texts of one split of a corpus folder, BRAT or JSON layout.

    Raises:
        CorpusError: the folder holds neither layout, or a file is malformed.
    """
    root = Path(folder)
    if (root / "gold").is_dir():
        return _read_json(root, split)
    if (root / split / "attributions").is_dir():
        return _read_brat(root, split)
    raise CorpusError(
        f"{root}: neither gold/ (JSON layout) nor {split}/attributions/ (BRAT layout) found"
    )


def _spans(value: object, where: str) -> tuple[Span, ...]:
    if value is None:
        return ()
    try:
        return tuple(Span(int(s), int(e)) for s, e in value)  # type: ignore[attr-defined]
    except (TypeError, ValueError) as exc:
        raise CorpusError(f"{where}: expected a list of [start, end] spans, got {value!r}") from exc


def _read_json(root: Path, split: str) -> list[AnnotatedText]:
    out = []
    for gold in sorted((root / "gold").glob(f"{split}-*.json")):
        text = _text(root / "text" / f"{gold.stem}.txt")
        try:
            records = json.loads(gold.read_text(encoding="utf-8"))
        except json.JSONDecodeError as exc:
            raise CorpusError(f"{gold}: not JSON: {exc}") from exc
        if not isinstance(records, list):
            raise CorpusError(f"{gold}: expected a list of attributions")
        found = []
        for r in records:
            if not isinstance(r, dict):
                raise CorpusError(f"{gold}: expected an object per attribution, got {r!r}")
            if r.get("nested"):
                continue  # annotated twice: the outer attribution is kept
            found.append(
                Annotation(
                    _spans(r.get("content"), str(gold)),
                    _spans(r.get("source"), str(gold)),
                    _spans(r.get("cue"), str(gold)),
                )
            )
        out.append(AnnotatedText(gold.stem, text, tuple(found)))
    return out


def _read_brat(root: Path, split: str) -> list[AnnotatedText]:
    out = []
    seen: set[str] = set()
    for ann in sorted((root / split / "attributions").glob("*.ann")):
        name = ann.stem.rsplit("_", 1)[0]
        if name in seen:  # several annotators: the first one's
            continue
        seen.add(name)
        text = _text(root / split / "text" / f"{name}.txt")
        out.append(AnnotatedText(name, text, _brat(ann)))
    return out


def _text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise CorpusError(f"{path}: the text of an annotation file is missing") from exc


def _brat(path: Path) -> tuple[Annotation, ...]:
    """The attributions of a BRAT file: ``T`` spans tied by ``E`` lines (a span text that
    runs over lines leaves lines without a tab, which are skipped)."""
    spans: dict[str, tuple[Span, ...]] = {}
    events: list[dict[str, str]] = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        fields = line.split("\t")
        if len(fields) < 2:
            continue
        try:
            if line.startswith("T"):
                _, _, offsets = fields[1].partition(" ")
                spans[fields[0]] = tuple(
                    Span(int(a), int(b)) for a, b in (p.split() for p in offsets.split(";"))
                )
            elif line.startswith("E"):
                events.append(dict(part.split(":", 1) for part in fields[1].split()))
        except ValueError as exc:
            raise CorpusError(f"{path}:{n}: malformed line {line!r}") from exc
    return tuple(
        Annotation(
            spans.get(e.get("Content", ""), ()),
            spans.get(e.get("Source", ""), ()),
            spans.get(e.get("Cue", ""), ()),
        )
        for e in events
    )


@attrs.define
class _Tally:
    count: int = 0
    frames: Counter[str] = attrs.field(factory=Counter)
    sides: Counter[str] = attrs.field(factory=Counter)


def learn_cues(
    texts: Iterable[AnnotatedText],
    rules: RuleSet | str = "en",
    *,
    min_precision: float = 0.3,
    min_count: int = 3,
    clause_share: float = 0.25,
) -> list[LearnedCue]:
    """The cue words and phrases of annotated texts whose precision as a cue is at least
    ``min_precision`` over at least ``min_count`` annotated uses, most frequent first.

    ``rules`` (a rule set or its name) tokenises the texts and classes the words. A cue
    is filed as a clause verb when at least ``clause_share`` of its uses take a clause
    (``that``, a quote or content before it, the speaker after it).
    """
    ruleset = rulesets.get(rules) if isinstance(rules, str) else rules
    table, abbreviations, ordinals = word_table(ruleset)

    def own(word: str) -> str:
        return table[word][0]  # a word's letter alone, not as part of a phrase

    uses: Counter[str] = Counter()
    tallies: dict[str, _Tally] = {}
    for doc in texts:
        lines = [Span(m, m + len(line)) for m, line in _lines(doc.text) if line.strip()]
        tokens = tokenize(doc.text, lines, table, abbreviations, ordinals)
        words = [w.lower() for w in tokens.words]
        starts = tokens.starts
        codes = tokens.codes
        heads: dict[int, str] = {}  # token index of a cue's first word -> its entry
        for a in doc.attributions:
            if not a.cue:
                continue
            found = _entry(tokens, starts, words, a.cue[0], own)
            if found is None:
                continue
            head, entry = found
            if head in heads:
                continue  # a cue shared by several attributions counts once
            heads[head] = entry
            tally = tallies.setdefault(entry, _Tally())
            tally.count += 1
            closing = own(entry.split()[-1])  # its last word's own letter, as for the entry
            tally.frames[_frame(codes, starts, tokens.ends, head, entry, closing, a)] += 1
            tally.sides[_side(a)] += 1
        for i, w in enumerate(words):
            if codes[i] in _CUE_LETTERS:
                uses[w] += 1
                if i + 1 < len(words):
                    uses[w + " " + words[i + 1]] += 1
    out = []
    for entry, tally in tallies.items():
        n = max(uses[entry], tally.count)
        precision = tally.count / n
        if tally.count < min_count or precision < min_precision:
            continue
        speaker = tally.sides.most_common(1)[0][0]
        if speaker == "none":
            continue  # mostly a cue without a speaker (``seemed``): no speech to credit
        frame = _choose(tally.frames, clause_share)
        out.append(
            LearnedCue(
                entry,
                FRAME_LISTS[frame],
                round(precision, 3),
                tally.count,
                n,
                frame,
                speaker,
            )
        )
    out = _drop_covered(out)
    out.sort(key=lambda c: (-c.count, c.entry))
    return out


def _lines(text: str) -> Iterable[tuple[int, str]]:
    pos = 0
    for line in text.split("\n"):
        yield pos, line
        pos += len(line) + 1


def _entry(
    tokens: Tokens, starts: list[int], words: list[str], cue: Span, own: Callable[[str], str]
) -> tuple[int, str] | None:
    """The first word of a cue span (after auxiliaries, negations and adverbs) and its
    entry: that word, or it and a closing preposition (``called for``)."""
    codes = tokens.codes
    lo = tokens.index(cue.start)
    hi = lo
    while hi < len(codes) and starts[hi] < cue.end:
        hi += 1
    while lo < hi and codes[lo] in _LEAD:
        lo += 1
    if lo >= hi or codes[lo] not in _CUE_LETTERS:
        return None
    if hi - lo == 2 and own(words[lo + 1]) in _TAIL:
        return lo, words[lo] + " " + words[lo + 1]
    return lo, words[lo]


def _frame(
    codes: str,
    starts: list[int],
    ends: Sequence[int],
    head: int,
    entry: str,
    closing: str,
    a: Annotation,
) -> str:
    """How one annotated use takes what was said: ``noun`` after a determiner or a
    possessive, ``according`` for a phrase closed by a preposition with its source after
    it, ``clause`` with a complementizer, a quote, content before it or its speaker after
    it, else ``object``."""
    last = head + len(entry.split()) - 1
    after = ends[last]
    if head and codes[head - 1] in _NOUN_BEFORE:
        return "noun"
    source_after = bool(a.source) and a.source[0].start >= after
    if closing in _TAIL and source_after:
        return "according"
    if source_after or (a.content and a.content[0].end <= starts[head]):
        return "clause"
    if a.content:
        j = last + 1
        while j < len(codes) and ends[j] <= a.content[0].start and codes[j] in _BETWEEN:
            if codes[j] != _LETTER["adverb"]:
                return "clause"
            j += 1
        if j < len(codes) and codes[j] in _CLAUSE_OPEN:
            return "clause"
    return "object"


def _side(a: Annotation) -> str:
    if not a.source or not a.cue:
        return "none"
    return "before" if a.source[0].start < a.cue[0].start else "after"


def _choose(frames: Counter[str], clause_share: float) -> str:
    total = sum(frames.values())
    for frame in ("noun", "according"):
        if frames[frame] * 2 > total:
            return frame
    if frames["clause"] >= clause_share * total:
        return "clause"
    return "object"


def _drop_covered(cues: list[LearnedCue]) -> list[LearnedCue]:
    """A phrase whose first word is learned in the same list adds nothing: it is dropped
    (``asked for``, an object, stays beside ``asked``, a clause verb)."""
    singles = {(c.entry, c.list) for c in cues if " " not in c.entry}
    return [c for c in cues if " " not in c.entry or (c.entry.split()[0], c.list) not in singles]


def merge_learned(
    words: Mapping[str, Sequence[str]],
    cues: Iterable[tuple[str, str, float, int, str]],
    known: Iterable[str] = (),
) -> dict[str, tuple[str, ...]]:
    """Word lists extended with learned cues (``(entry, list, precision, count, speaker)``
    rows of a module written by :func:`cue_module`). An entry already in a list of
    ``words`` or in ``known`` (a rule set's other lists) keeps its place: lists written
    by hand win."""
    listed = {w.lower() for ws in words.values() for w in ws}
    listed.update(w.lower() for w in known)
    out = {name: tuple(ws) for name, ws in words.items()}
    for entry, name, _precision, _count, _speaker in cues:
        if entry not in listed:
            out[name] = (*out.get(name, ()), entry)
            listed.add(entry)
    return out


def cue_module(cues: Sequence[LearnedCue], command: str, source: str) -> str:
    """The Python source of a generated word-list module holding ``cues``: a
    ``LEARNED_CUES`` tuple of ``(entry, list, precision, count, speaker)`` rows; its
    docstring names the ``command`` that regenerates it and the corpus ``source``."""
    rows = "\n".join(
        f"    ({_quote(c.entry)}, {_quote(c.list)}, {c.precision}, {c.count}, "
        f"{_quote(c.speaker)}),  "
        f"# {c.uses} uses, {c.frame}"
        for c in cues
    )
    return (
        f'"""Cue words learned from {source}: generated, do not edit.\n\n'
        f"Regenerate with::\n\n    {command}\n\n"
        "Each row: the entry, the word list it is filed under, its precision as a cue over\n"
        "all its uses, how many annotated cues it opens, and where its speaker stands most\n"
        'often. Read by the rule set through ``newsdoc.learn.merge_learned``.\n"""\n\n'
        "from __future__ import annotations\n\n"
        "LEARNED_CUES: tuple[tuple[str, str, float, int, str], ...] = (\n"
        f"{rows}\n)\n"
    )


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The options of ``newsdoc learn-cues`` (see :func:`run`)."""
    parser.add_argument("data", help="the corpus folder (BRAT: SPLIT/attributions; JSON: gold/)")
    parser.add_argument("--split", default="train", help="the split to learn from (train)")
    parser.add_argument("--rules", default="en", help="the rule set that tokenises (en)")
    parser.add_argument("--min-precision", type=float, default=0.3, metavar="P")
    parser.add_argument("--min-count", type=int, default=3, metavar="N")
    parser.add_argument("--clause-share", type=float, default=0.25, metavar="S")
    parser.add_argument(
        "--table", action="store_true", help="print a table to review instead of a module"
    )
    parser.add_argument("-o", "--output", metavar="FILE", help="write the module to this file")


def run(args: argparse.Namespace) -> int:
    """Learn the cues of a corpus and write the module (or, with ``--table``, a table)."""
    texts = read_corpus(args.data, args.split)
    if not texts:
        raise CorpusError(f"{args.data}: no annotated texts in split {args.split!r}")
    cues = learn_cues(
        texts,
        args.rules,
        min_precision=args.min_precision,
        min_count=args.min_count,
        clause_share=args.clause_share,
    )
    if args.table:
        listed = {w.lower() for ws in rulesets.get(args.rules).words.values() for w in ws}
        lines = [f"{'entry':24} {'list':14} {'prec':>5} {'count':>6} {'uses':>6}  speaker  listed"]
        lines += [
            f"{c.entry:24} {c.list:14} {c.precision:5.2f} {c.count:6d} {c.uses:6d}  "
            f"{c.speaker:8} {'yes' if c.entry in listed else '-'}"
            for c in cues
        ]
        sys.stdout.write("\n".join(lines) + "\n")
        return 0
    command = (
        f"newsdoc learn-cues {args.data} --split {args.split} --rules {args.rules} "
        f"--min-precision {args.min_precision} --min-count {args.min_count} "
        f"--clause-share {args.clause_share}" + (f" -o {args.output}" if args.output else "")
    )
    source = f"the {args.split} split of {Path(args.data).name} ({len(texts)} texts)"
    module = cue_module(cues, command, source)
    if args.output:
        Path(args.output).write_text(module, encoding="utf-8")
    else:
        sys.stdout.write(module)
    return 0


def _quote(word: str) -> str:
    """A Python string literal in double quotes, as the project's formatter writes it."""
    return json.dumps(word, ensure_ascii=False)
