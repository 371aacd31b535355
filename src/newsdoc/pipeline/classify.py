"""Stage 2: label each block (headline, byline, boilerplate of a kind, paragraph).

Block rules run first, block by block, in rule-set order; the first rule
that holds decides. A rule with a pattern and a function holds when both do;
the function is asked first, as it is usually the cheaper test (length,
position), unless the pattern already failed on the same short text earlier in
the parse. A function is asked once per block, however many rules share it,
so it must answer from the view alone. Context rules then see the whole sequence and may relabel blocks
from their neighbours and position, as jusText does.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from collections.abc import Callable, Sequence
from typing import Any

import attrs
import regex

from newsdoc.model import Span
from newsdoc.pipeline.features import HtmlFeatures
from newsdoc.rules import CompiledRule, RuleSet, Stage, word_scanner

__all__ = ["BARRIER", "BlockDraft", "BlockView", "best_run", "classify_blocks", "main_run"]

PARAGRAPH = "paragraph"
_WORD = regex.compile(r"\w+")
_END_CHARS = '.!?…。！？:"”’»)]'
_END_PUNCT = regex.compile(rf"[{regex.escape(_END_CHARS)}]\s*$")
_AT_LEAST: dict[int, regex.Pattern[str]] = {}  # n -> a match of n words or more


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
        start, end = self.span.start, self.span.end
        if start < end and not self.source[end - 1].isspace():  # blocks end on a non-space
            return self.source[end - 1] in _END_CHARS
        return _END_PUNCT.search(self.source, start, end) is not None

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


_SHORT_BLOCK = 64  # characters: a short block (a link, a label) is often repeated
_ONE_LIST = regex.compile(r"\\L<(\w+)>")


def _list_rules(rules: RuleSet) -> tuple[dict[str, re.Pattern[str]], re.Pattern[str] | None]:
    """The block rules whose pattern is one word list, each with a scanner for its words
    (see :func:`~newsdoc.rules.word_scanner`), and one pattern for all their words.

    The words are literal strings, so the standard ``re`` module, whose literal
    alternations scan several times faster than ``regex``'s, finds them exactly.
    """
    names: dict[str, re.Pattern[str]] = {}
    words: set[str] = set()
    for rule in rules:
        m = _ONE_LIST.fullmatch(rule.pattern or "")
        if rule.stage is Stage.BLOCK and m is not None and not rule.flags:
            listed = rules.word_list(m.group(1))
            names[rule.name] = word_scanner(listed)
            words.update(listed)
    if not names:
        return {}, None
    return names, word_scanner(sorted(words))


def _listed_blocks(text: str, spans: Sequence[Span], scan: re.Pattern[str]) -> set[int]:
    """The blocks that may hold a word of the listed rules, from one scan of the whole text.

    A word inside a block is either found by the scan or covered by a match that
    began before it, and either way that match overlaps the block: so a block
    that no match overlaps needs no search of its own for those rules.
    """
    starts = [s.start for s in spans]
    hits: set[int] = set()
    for m in scan.finditer(text):
        start, end = m.span()
        i = max(0, bisect_right(starts, start) - 1)
        while i < len(spans) and spans[i].start < max(end, start + 1):
            if spans[i].end > start:
                hits.add(i)
            i += 1
    return hits


_BACKREF = regex.compile(r"\\[1-9]|\(\?P=|\\g<")


def _anchored_filter(rules: RuleSet) -> tuple[frozenset[str], regex.Pattern[str] | None]:
    """The anchored block rules (``^...``) and one pattern matching wherever any of them
    does: the alternation of their patterns, each in its own group (inline flags stay
    inside it). A block it fails is failed by every one of them, in one call instead
    of one each. Rules with flags of their own or back-references keep to themselves."""
    names: list[str] = []
    parts: list[str] = []
    for rule in rules.for_stage(Stage.BLOCK):
        pattern = rule.rule.pattern
        if rule.anchored and pattern and not rule.rule.flags and not _BACKREF.search(pattern):
            names.append(rule.name)
            parts.append(f"(?:{pattern})")
    if len(parts) < 2:
        return frozenset(), None
    return frozenset(names), rules.compile_pattern("|".join(parts))


# A block rule as the loop reads it: compiled rule, function, has a pattern, name, scanner,
# and whether the pattern is tried before the function (it is anchored at the block's start,
# so it fails on the first characters of most blocks: cheaper than any function).
_Entry = tuple[CompiledRule, Callable[..., Any] | None, bool, str, re.Pattern[str] | None, bool]


def _any(anchored: regex.Pattern[str] | None, block: str, limit: float | None) -> bool:
    """Whether the anchored filter matches the block (``True`` when unsure: no filter, or
    it ran out of time, and each rule then answers for itself)."""
    if anchored is None:
        return True
    try:
        return anchored.match(block, 0, len(block), None, False, limit) is not None
    except TimeoutError:
        return True


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
    block_rules = rules.for_stage(Stage.BLOCK, timeout)
    listed, scan = rules.derived("classify.word_lists", _list_rules)
    # The scan costs about half a pass of \\w+ over the text: it pays when blocks are
    # many and short on average (a page of link lines), not on prose paragraphs.
    hits: set[int] | None = None
    if scan is not None and len(spans) * _SHORT_BLOCK > len(text):
        hits = _listed_blocks(text, spans, scan)
    filtered, anchored = rules.derived("classify.anchored", _anchored_filter)
    limit = None if timeout == math.inf else timeout
    every: list[_Entry] = [
        (r, r.rule.func, r.compiled is not None, r.name, listed.get(r.name), r.anchored)
        for r in block_rules
    ]
    unlisted = [x for x in every if x[3] not in listed]
    # the same without the rules the anchored filter answers for, for a block it fails
    lists = {
        (full, any_anchored): [x for x in group if any_anchored or x[3] not in filtered]
        for full, group in ((True, every), (False, unlisted))
        for any_anchored in (True, False)
    }
    drafts: list[BlockDraft] = []
    # (short block text, all rules?) -> the rules whose pattern it did not fail: a line
    # seen again tries only those
    todo: dict[tuple[str, bool], list[_Entry]] = {}
    for i, span in enumerate(spans):
        view: BlockView | None = None  # made when a function first needs it
        held: dict[Callable[..., Any], bool] = {}  # function -> its answer for this block
        block = text[span.start : span.end]
        short = len(block) <= _SHORT_BLOCK
        draft: BlockDraft | None = None
        full = hits is None or i in hits
        candidates = todo.get((block, full)) if short else None
        failed: set[str] | None = None  # the names of the rules the block's text fails
        if candidates is None:
            candidates = lists[full, _any(anchored, block, limit)]
            failed = set() if short else None
        for rule, func, has_pattern, name, scanner, first in candidates:
            # A rule holds when its function and its pattern do. Block patterns see the
            # block alone, so ``^`` and ``$`` anchor at its ends; what they find depends
            # on the block's text only, so a short line seen before (a page of "Share"
            # and "Menu" lines) tries only the rules its text did not fail. Otherwise the
            # function, usually the cheaper test, goes first, unless the pattern is anchored.
            found = _found(rule, scanner, block) if first else None
            if found is False:
                if failed is not None:
                    failed.add(name)
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
                if failed is not None:
                    failed.add(name)
                continue
            html = None if features is None else features[i]
            draft = BlockDraft(span, rule.rule.label or "boilerplate", rule.rule.kind, name, html)
            break
        if failed is not None:
            todo[block, full] = [x for x in candidates if x[3] not in failed]
        if draft is None:
            draft = BlockDraft(span, html=None if features is None else features[i])
        drafts.append(draft)
    for rule in rules.for_stage(Stage.CONTEXT, timeout):
        assert rule.rule.func is not None  # checked when the rule was made
        drafts = list(rule.rule.func(text, drafts, rule))
    return drafts
