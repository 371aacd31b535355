"""Stage 2: label each block (headline, byline, boilerplate of a kind, paragraph).

Block rules run first, block by block, in rule-set order; the first rule
that holds decides. Context rules then see the whole sequence and may
relabel blocks from their neighbours and position, as jusText does.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs
import regex

from newsdoc.model import Span
from newsdoc.rules import CompiledRule, RuleSet, Stage

__all__ = ["BARRIER", "BlockDraft", "BlockView", "classify_blocks", "main_run"]

PARAGRAPH = "paragraph"
_WORD = regex.compile(r"\w+")
_END_PUNCT = regex.compile(r"[.!?…。！？:\"”’»)\]]\s*$")


@attrs.frozen
class BlockDraft:
    """A block's span with the label, kind and rule decided so far."""

    span: Span
    label: str = PARAGRAPH
    kind: str | None = None
    rule: str = ""

    def relabel(self, label: str, rule: str, kind: str | None = None) -> BlockDraft:
        """The same block under a new label, recording the deciding rule."""
        return BlockDraft(self.span, label, kind, rule)


@attrs.frozen
class BlockView:
    """What a block rule's function sees: one block and its neighbours.

    ``index`` is the block's position in ``spans``; ``text`` the whole input.
    """

    source: str
    spans: Sequence[Span]
    index: int

    @property
    def span(self) -> Span:
        """This block's span."""
        return self.spans[self.index]

    @property
    def text(self) -> str:
        """This block's text."""
        return self.span.of(self.source)

    @property
    def words(self) -> int:
        """How many ``\\w+`` words the block holds."""
        return len(_WORD.findall(self.source, self.span.start, self.span.end))

    @property
    def ends_sentence(self) -> bool:
        """Whether the block ends with sentence-final punctuation."""
        return _END_PUNCT.search(self.source, self.span.start, self.span.end) is not None

    def neighbour(self, offset: int) -> BlockView | None:
        """The block ``offset`` places away, or ``None`` past either end."""
        i = self.index + offset
        return BlockView(self.source, self.spans, i) if 0 <= i < len(self.spans) else None


BARRIER = float("-inf")
"""A score for :func:`main_run` that no run may cross (a comment section's heading)."""


def _best_run(scores: Sequence[float], lo: int, hi: int) -> tuple[float, int, int]:
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
                runs.append(_best_run(scores, lo, i))
            lo = i + 1
    top = max((r[0] for r in runs), default=0.0)
    if top <= 0:
        return 0, 0
    return next((start, end) for total, start, end in runs if total >= share * top)


def _holds(rule: CompiledRule, view: BlockView) -> bool:
    # Block patterns see the block alone, so ``^`` and ``$`` anchor at its ends.
    if rule.compiled is not None and rule.search(view.text) is None:
        return False
    return rule.rule.func is None or bool(rule.rule.func(view))


def classify_blocks(
    text: str, spans: Sequence[Span], rules: RuleSet, timeout: float
) -> list[BlockDraft]:
    """Label every block span; return one draft per span, in order."""
    block_rules = rules.for_stage(Stage.BLOCK, timeout)
    drafts: list[BlockDraft] = []
    for i, span in enumerate(spans):
        view = BlockView(text, spans, i)
        draft = BlockDraft(span)
        for rule in block_rules:
            if _holds(rule, view):
                draft = BlockDraft(
                    span, rule.rule.label or "boilerplate", rule.rule.kind, rule.name
                )
                break
        drafts.append(draft)
    for rule in rules.for_stage(Stage.CONTEXT, timeout):
        assert rule.rule.func is not None  # checked when the rule was made
        drafts = list(rule.rule.func(text, drafts, rule))
    return drafts
