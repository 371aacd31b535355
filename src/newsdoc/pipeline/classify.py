"""Stage 2: label each block (headline, byline, boilerplate of a kind, paragraph).

Block rules run first, block by block, in rule-set order; the first rule
that holds decides. A rule with a pattern and a function holds when both do.
A block is asked only the rules it may match: one scan of the whole text
finds the literals each rule's pattern requires
(:mod:`~newsdoc.pipeline.prefilter`), and a block holding none of a rule's
skips it; rules without such literals (a function alone, a pattern of
classes) are asked of every block. The function is asked first, as it is
usually the cheaper test (length, position), unless the pattern is anchored.
A function is asked once per block, however many rules share it, so it must
answer from the view alone. Context rules then see the whole sequence and
may relabel blocks from their neighbours and position, as jusText does.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any

import attrs
import regex

from newsdoc.model import Span
from newsdoc.pipeline.features import HtmlFeatures
from newsdoc.pipeline.prefilter import LiteralScan, required_literals
from newsdoc.rules import CompiledRule, RuleSet, Stage, word_scanner

__all__ = [
    "BARRIER",
    "BlockDraft",
    "BlockView",
    "best_run",
    "classify_blocks",
    "ends_sentence",
    "main_run",
]

PARAGRAPH = "paragraph"
_WORD = regex.compile(r"\w+")
_END_CHARS = '.!?…。！？:"”’»)]'
_END_PUNCT = regex.compile(rf"[{regex.escape(_END_CHARS)}]\s*$")
_AT_LEAST: dict[int, regex.Pattern[str]] = {}  # n -> a match of n words or more


def ends_sentence(source: str, start: int, end: int) -> bool:
    """Whether ``source[start:end]`` ends with sentence-final punctuation."""
    if start < end and not source[end - 1].isspace():  # blocks end on a non-space
        return source[end - 1] in _END_CHARS
    return _END_PUNCT.search(source, start, end) is not None


@attrs.frozen
class BlockDraft:
    """A block's span with the label, kind and rule decided so far.

    ``html`` holds the block's HTML features (``None`` for plain-text input).
    """

    span: Span
    label: str = PARAGRAPH
    kind: str | None = None
    rule: str = ""
    html: HtmlFeatures | None = None

    def relabel(self, label: str, rule: str, kind: str | None = None) -> BlockDraft:
        """The same block under a new label, recording the deciding rule."""
        return BlockDraft(self.span, label, kind, rule, self.html)


@attrs.frozen
class BlockView:
    """What a block rule's function sees: one block and its neighbours.

    ``index`` is the block's position in ``spans``; ``text`` the whole input;
    ``features`` the HTML features of every block, for a page (``None`` for text).
    """

    source: str
    spans: Sequence[Span]
    index: int
    features: Sequence[HtmlFeatures] | None = None
    _memo: dict[str, int] = attrs.field(factory=dict, init=False, eq=False, repr=False)

    @property
    def span(self) -> Span:
        """This block's span."""
        return self.spans[self.index]

    @property
    def text(self) -> str:
        """This block's text."""
        return self.span.of(self.source)

    @property
    def html(self) -> HtmlFeatures | None:
        """What the block's HTML element says (tag, class words, links ...); ``None`` for text."""
        return None if self.features is None else self.features[self.index]

    @property
    def words(self) -> int:
        """How many ``\\w+`` words the block holds (counted once)."""
        count = self._memo.get("words")
        if count is None:
            span = self.span
            count = self._memo["words"] = len(_WORD.findall(self.source, span.start, span.end))
        return count

    def words_at_most(self, most: int) -> bool:
        """Whether the block holds at most ``most`` ``\\w+`` words (``words <= most``).

        Cheaper than :attr:`words` on long blocks: it reads no further than
        word ``most + 1``.
        """
        count = self._memo.get("words")
        if count is not None:
            return count <= most
        span = self.span
        if len(span) <= 2 * most:  # each word but the last needs a character after it
            return True
        found = _AT_LEAST.get(most)
        if found is None:
            found = _AT_LEAST[most] = regex.compile(rf"(?:\W*+\w++){{{most + 1}}}")
        return found.match(self.source, span.start, span.end) is None

    @property
    def ends_sentence(self) -> bool:
        """Whether the block ends with sentence-final punctuation."""
        return ends_sentence(self.source, self.span.start, self.span.end)

    def neighbour(self, offset: int) -> BlockView | None:
        """The block ``offset`` places away, or ``None`` past either end."""
        i = self.index + offset
        if not 0 <= i < len(self.spans):
            return None
        return BlockView(self.source, self.spans, i, self.features)


BARRIER = float("-inf")
"""A score for :func:`main_run` that no run may cross (a comment section's heading)."""


def best_run(scores: Sequence[float], lo: int, hi: int) -> tuple[float, int, int]:
    """The maximum-sum run of ``scores[lo:hi]`` (Kadane), as ``(sum, start, end)``."""
    best = cur = 0.0
    start = end = cur_start = lo
    for i in range(lo, hi):
        if cur <= 0:
            cur, cur_start = 0.0, i
        cur += scores[i]
        if cur > best:
            best, start, end = cur, cur_start, i + 1
    return best, start, end


def main_run(scores: Sequence[float], share: float = 0.5) -> tuple[int, int]:
    """The article's main run of blocks, ``(start, end)``, from per-block scores.

    Prose scores above zero, link-like lines below. Blocks scored
    :data:`BARRIER` cut the sequence into segments; in each, the run of
    greatest sum is found in one pass. The earliest segment whose run reaches
    ``share`` of the best one wins, since an article comes before the comments
    and feeds that follow it. ``(0, 0)`` when nothing scores above zero.
    """
    runs: list[tuple[float, int, int]] = []
    lo = 0
    for i in range(len(scores) + 1):
        if i == len(scores) or scores[i] == BARRIER:
            if i > lo:
                runs.append(best_run(scores, lo, i))
            lo = i + 1
    top = max((r[0] for r in runs), default=0.0)
    if top <= 0:
        return 0, 0
    return next((start, end) for total, start, end in runs if total >= share * top)


_ONE_LIST = regex.compile(r"\\L<(\w+)>")


def _list_rules(rules: RuleSet) -> dict[str, re.Pattern[str]]:
    """The block rules whose pattern is one word list, each with a scanner for its words
    (see :func:`~newsdoc.rules.word_scanner`).

    The words are literal strings, so the standard ``re`` module, whose literal
    alternations scan several times faster than ``regex``'s, finds them exactly.
    """
    names: dict[str, re.Pattern[str]] = {}
    for rule in rules:
        m = _ONE_LIST.fullmatch(rule.pattern or "")
        if rule.stage is Stage.BLOCK and m is not None and not rule.flags:
            names[rule.name] = word_scanner(rules.word_list(m.group(1)))
    return names


def _literal_scan(rules: RuleSet) -> LiteralScan | None:
    """One scan for the literals the block rules' patterns require (rules with a function
    and no pattern, or a pattern without such literals, are asked of every block)."""
    found: dict[str, tuple[frozenset[str], bool]] = {}
    for rule in rules.for_stage(Stage.BLOCK):
        if rule.compiled is not None:
            needs = required_literals(rule.rule.pattern or "", rule.compiled.flags, rules.word_list)
            if needs is not None:
                found[rule.name] = needs
    return LiteralScan(found) if found else None


# A block rule as the loop reads it: compiled rule, function, has a pattern, name, scanner,
# and whether the pattern is tried before the function (it is anchored at the block's start,
# so it fails on the first characters of most blocks: cheaper than any function).
_Entry = tuple[CompiledRule, Callable[..., Any] | None, bool, str, re.Pattern[str] | None, bool]


def _found(rule: CompiledRule, scanner: re.Pattern[str] | None, block: str) -> bool:
    return (rule.search(block) if scanner is None else scanner.search(block)) is not None


def classify_blocks(
    text: str,
    spans: Sequence[Span],
    rules: RuleSet,
    timeout: float,
    features: Sequence[HtmlFeatures] | None = None,
) -> list[BlockDraft]:
    """Label every block span; return one draft per span, in order.

    ``features`` (one per span) are the blocks' HTML features, for a page.
    """
    listed = rules.derived("classify.word_lists", _list_rules)
    scan = rules.derived("classify.literals", _literal_scan)
    every: list[_Entry] = [
        (r, r.rule.func, r.compiled is not None, r.name, listed.get(r.name), r.anchored)
        for r in rules.for_stage(Stage.BLOCK, timeout)
    ]
    # the rules a block holding none of the required literals is asked, and, by the names
    # of the rules whose literals a block holds, the rules it is asked
    hits = scan.blocks(text, spans) if scan is not None else {}
    filtered = scan.everything if scan is not None else frozenset()
    plain = [x for x in every if x[3] not in filtered]
    asked: dict[frozenset[str], list[_Entry]] = {}
    drafts: list[BlockDraft] = []
    for i, span in enumerate(spans):
        names = hits.get(i)
        if names is None:
            candidates = plain
        elif names in asked:
            candidates = asked[names]
        else:
            candidates = asked[names] = [x for x in every if x[3] not in filtered or x[3] in names]
        html = None if features is None else features[i]
        draft: BlockDraft | None = None
        if candidates:
            view: BlockView | None = None  # made when a function first needs it
            held: dict[Callable[..., Any], bool] = {}  # function -> its answer for this block
            block = text[span.start : span.end]
            for rule, func, has_pattern, name, scanner, first in candidates:
                # A rule holds when its function and its pattern do. Block patterns see
                # the block alone, so ``^`` and ``$`` anchor at its ends. The function,
                # usually the cheaper test, goes first, unless the pattern is anchored.
                found = _found(rule, scanner, block) if first else None
                if found is False:
                    continue
                if func is not None:
                    holds = held.get(func)
                    if holds is None:
                        if view is None:
                            view = BlockView(text, spans, i, features)
                        holds = held[func] = bool(func(view))
                    if not holds:
                        continue
                if has_pattern and found is None and not _found(rule, scanner, block):
                    continue
                label = rule.rule.label or "boilerplate"
                draft = BlockDraft(span, label, rule.rule.kind, name, html)
                break
        drafts.append(BlockDraft(span, html=html) if draft is None else draft)
    for rule in rules.for_stage(Stage.CONTEXT, timeout):
        assert rule.rule.func is not None  # checked when the rule was made
        drafts = list(rule.rule.func(text, drafts, rule))
    return drafts
