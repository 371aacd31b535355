"""Stage 2: label each block (headline, byline, boilerplate of a kind, paragraph).

Block rules run first, block by block, in rule-set order; the first rule
that holds decides. A rule with a pattern and a function holds when both do;
the function is asked first, as it is usually the cheaper test (length,
position). Context rules then see the whole sequence and may relabel blocks
from their neighbours and position, as jusText does.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs
import regex

from newsdoc.model import Span
from newsdoc.rules import CompiledRule, RuleSet, Stage

__all__ = ["BlockDraft", "BlockView", "classify_blocks"]

PARAGRAPH = "paragraph"
_WORD = regex.compile(r"\w+")
_END_CHARS = '.!?…。！？:"”’»)]'
_END_PUNCT = regex.compile(rf"[{regex.escape(_END_CHARS)}]\s*$")


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
    def words(self) -> int:
        """How many ``\\w+`` words the block holds (counted once)."""
        count = self._memo.get("words")
        if count is None:
            span = self.span
            count = self._memo["words"] = len(_WORD.findall(self.source, span.start, span.end))
        return count

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
        return BlockView(self.source, self.spans, i) if 0 <= i < len(self.spans) else None


def _holds(rule: CompiledRule, view: BlockView) -> bool:
    if rule.rule.func is not None and not rule.rule.func(view):
        return False
    # Block patterns see the block alone, so ``^`` and ``$`` anchor at its ends.
    return rule.compiled is None or rule.search(view.text) is not None


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
