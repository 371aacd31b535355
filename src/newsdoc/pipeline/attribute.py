"""Stage 4: find the cue and the speaker of each quote.

For each quote the mechanism works out its sentence (sentence ends inside
quotes do not count) and the stretches of that sentence outside any quote,
then tries the attribution rules in order; the first that holds decides.

Pattern rules say ``where`` they look, relative to the quote:

``after``     matched right after the closing mark (``“…,” said Smith``);
``before``    must end right at the opening mark (``Smith said: “…”``);
``sentence``  anywhere in the sentence outside quotes, nearest first;
``previous``  in the paragraph before, for a quote that opens its paragraph
              (``Smith said:`` ending the previous paragraph);
``lead``      in the paragraph before a quote that opens a sentence but not the
              paragraph, back to the previous quote (``Smith said Monday. “…”``).

A pattern marks the speaker with the group ``speaker`` and the cue with
``cue``. Function rules get an :class:`AttributionContext` and return an
:class:`AttributionDraft` or ``None`` (used for split and floating quotes,
which take the speaker of a quote before them).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence

import attrs
import regex

from newsdoc.model import Span
from newsdoc.pipeline.quotes import QuoteDraft
from newsdoc.rules import CompiledRule, RuleSet, Stage, needed_lists, word_scanner

__all__ = ["AttributionContext", "AttributionDraft", "attribute_quotes", "sentence_bounds"]


@attrs.frozen
class AttributionDraft:
    """A speaker span and cue span found for a quote, and the rule that found them.

    ``source`` is the index of an earlier quote whose attribution this one
    shares (split and floating quotes), or ``None``.
    """

    speaker: Span
    cue: Span | None
    rule: str
    source: int | None = None


@attrs.frozen
class AttributionContext:
    """What an attribution function sees for quote number ``index``."""

    text: str
    quotes: Sequence[QuoteDraft]
    paragraphs: Sequence[Span]
    index: int
    found: Sequence[AttributionDraft | None]
    """Attributions decided so far, one per earlier quote (``None`` where none)."""
    before: Sequence[Span]
    """The quote's sentence before it, outside quotes, nearest stretch first."""
    after: Sequence[Span]
    """The quote's sentence after it, outside quotes, nearest stretch first."""
    follow: Sequence[Span] = ()
    """The words right after the quote up to the next quote or sentence end, also when the
    quote ends its own sentence (``“…!” Smith said.``); what ``after`` rules see."""

    @property
    def quote(self) -> QuoteDraft:
        """The quote being attributed."""
        return self.quotes[self.index]


_REACH = 1000  # characters: no news sentence runs longer on either side of a quote


def sentence_bounds(rules: RuleSet) -> regex.Pattern[str]:
    """The rule set's sentence-end pattern: end punctuation, closing marks, space, then a
    sentence's first character.

    A sentence opens with a capital, a digit or a letter of a script without case,
    maybe after an opening mark of the rule set's ``quote_pairs`` and
    ``single_quote_pairs`` or a bracket. A full stop after a word of the
    ``abbreviations`` list (``Mr.``) ends nothing, nor one after a number that a word
    of ``ordinal_nouns`` follows (German ``am 5. August``). A CJK full stop (``。``)
    ends a sentence with or without a space after it.
    """
    words = rules.words
    marks = {
        c
        for pair in (*words.get("quote_pairs", ()), *words.get("single_quote_pairs", ()))
        for c in pair
    }
    openers = regex.escape("".join(sorted(marks | set("(["))))
    not_abbreviation = r"(?<!\b(?:\L<abbreviations>))" if words.get("abbreviations") else ""
    not_ordinal = (
        r"(?<!\b\d{1,4}(?=\.\s+(?:\L<ordinal_nouns>)\b))" if words.get("ordinal_nouns") else ""
    )
    return rules.compile_pattern(
        not_abbreviation
        + not_ordinal
        + r"(?<!\b\p{Lu})[.!?…]+[\"”’»«“)\]]*\s+"
        + rf"(?=[{openers}]?[\p{{Lu}}\p{{Lt}}\p{{Lo}}\p{{N}}])|[。！？]+[」』）]*\s*"
    )


def _outside(
    start: int, end: int, quotes: Sequence[Span], reverse: bool, made: dict[int, Span]
) -> list[Span]:
    """The parts of ``[start, end)`` not covered by any quote, nearest to the quote first.

    The gaps between quotes recur in the stretches of every quote near them; ``made``
    (gap start -> gap) makes each once.
    """
    parts: list[Span] = []
    pos = start
    for q in quotes:
        if q.end <= pos or q.start >= end:
            continue
        if q.start > pos:
            gap = made.get(pos)
            if gap is None or gap.end != q.start:
                gap = made[pos] = Span(pos, q.start)
            parts.append(gap)
        pos = max(pos, q.end)
    if pos < end:
        parts.append(Span(pos, end))
    return parts[::-1] if reverse else parts


def _para_of(paragraphs: Sequence[Span], starts: Sequence[int], offset: int) -> int:
    return max(0, bisect_right(starts, offset) - 1)


def attribute_quotes(
    text: str,
    paragraphs: Sequence[Span],
    quotes: Sequence[QuoteDraft],
    skip: Sequence[bool],
    rules: RuleSet,
    timeout: float,
) -> list[AttributionDraft | None]:
    """Return one attribution draft (or ``None``) per quote; quotes flagged in ``skip`` get none."""
    bounds = sentence_bounds(rules)
    stage_rules = rules.for_stage(Stage.ATTRIBUTION, timeout)
    starts = [p.start for p in paragraphs]
    spans = [q.span for q in quotes]
    q_starts = [s.start for s in spans]
    ends_cache: dict[int, list[int]] = {}

    def ends_in(pi: int) -> list[int]:
        """Sentence starts in paragraph ``pi`` that do not fall inside a quote."""
        if pi not in ends_cache:
            para = paragraphs[pi]
            cuts = [m.end() for m in bounds.finditer(text, para.start, para.end)]
            ends_cache[pi] = [c for c in cuts if not _inside_quote(c, spans, q_starts)]
        return ends_cache[pi]

    found: list[AttributionDraft | None] = []
    memo: _Memo = {}  # a stretch of a sentence is searched once per rule, not once per quote
    gate = _Gate(text, rules)
    gaps: dict[int, Span] = {}
    for k, q in enumerate(quotes):
        if skip[k]:
            found.append(None)
            continue
        p_start = _para_of(paragraphs, starts, q.span.start)
        p_end = _para_of(paragraphs, starts, max(q.span.start, q.span.end - 1))
        cuts_a = ends_in(p_start)
        i = bisect_right(cuts_a, q.span.start)
        sent_start = cuts_a[i - 1] if i else paragraphs[p_start].start
        cuts_b = ends_in(p_end)
        j = bisect_left(cuts_b, q.span.end)
        sent_end = cuts_b[j] if j < len(cuts_b) else paragraphs[p_end].end
        # A "sentence" with no end in sight (a run of marks, a text with no full stop)
        # is cut to a reach around the quote and to the quotes nearest it, so that each
        # quote costs bounded time.
        sent_start = max(sent_start, q.span.start - _REACH, spans[k - 9].end if k > 8 else 0)
        far = spans[k + 8].start if k + 8 < len(spans) else len(text)
        sent_end = min(sent_end, q.span.end + _REACH, far)
        if (
            sent_start == q.span.start
            and j < len(cuts_b)
            and not text[q.span.end : cuts_b[j]].strip()
        ):
            j += 1  # a quote that is a whole sentence: “…!” Smith said. still follows it
        follow_end = min(
            cuts_b[j] if j < len(cuts_b) else paragraphs[p_end].end, sent_end + _REACH, far
        )
        near = spans[max(0, k - 8) : k + 8]
        ctx = AttributionContext(
            text=text,
            quotes=quotes,
            paragraphs=paragraphs,
            index=k,
            found=found,
            before=_outside(sent_start, q.span.start, near, True, gaps),
            after=_outside(q.span.end, sent_end, near, False, gaps),
            follow=_outside(q.span.end, follow_end, near, False, gaps)[:1],
        )
        window = (sent_start, max(sent_end, follow_end))
        found.append(_first(stage_rules, ctx, p_start, memo, gate, window))
    return found


def _inside_quote(offset: int, spans: Sequence[Span], starts: Sequence[int]) -> bool:
    i = bisect_right(starts, offset) - 1
    return i >= 0 and spans[i].start < offset < spans[i].end


def _scanners(rules: RuleSet) -> dict[str, tuple[tuple[str, re.Pattern[str]], ...]]:
    """Per attribution rule, a scanner for each word list its matches need a word of."""
    lists = {n for r in rules if r.pattern for n in needed_lists(r.pattern, r.flags)}
    scan = {n: word_scanner(rules.word_list(n)) for n in lists}
    return {
        r.name: tuple((n, scan[n]) for n in needed_lists(r.pattern, r.flags))
        for r in rules
        if r.stage is Stage.ATTRIBUTION and r.pattern is not None
    }


class _Gate:
    """Whether a rule may match in a stretch of the text: not when the stretch lacks every
    word of a list that all its matches need (see :func:`~newsdoc.rules.needed_lists`).
    One ``re`` search per list and stretch, far cheaper than the rules it spares."""

    def __init__(self, text: str, rules: RuleSet) -> None:
        self.text = text
        self.scanners = rules.derived("attribution.scanners", _scanners)
        self.seen: dict[tuple[str, int, int], bool] = {}

    def holds(self, rule: str, start: int, end: int) -> bool:
        """Whether ``[start, end)`` holds a word of each list the rule needs."""
        for name, scan in self.scanners.get(rule, ()):
            key = (name, start, end)
            found = self.seen.get(key)
            if found is None:
                found = self.seen[key] = scan.search(self.text, start, end) is not None
            if not found:
                return False
        return True


_IN_SENTENCE = frozenset({None, "sentence", "before", "after"})


def _first(
    rules: Sequence[CompiledRule],
    ctx: AttributionContext,
    para: int,
    memo: _Memo,
    gate: _Gate,
    window: tuple[int, int],
) -> AttributionDraft | None:
    """The first rule's draft; ``window`` spans every stretch the rules that look only
    in the quote's sentence may search, so a rule whose words it lacks is not tried."""
    for rule in rules:
        if rule.rule.where in _IN_SENTENCE and not gate.holds(rule.rule.name, *window):
            continue
        draft = _try(rule, ctx, para, memo, gate)
        if draft is not None:
            return draft
    return None


def _from_match(rule: CompiledRule, m: regex.Match[str] | None) -> AttributionDraft | None:
    if m is None or m.start("speaker") < 0:
        return None
    cue = Span(*m.span("cue")) if "cue" in m.re.groupindex and m.start("cue") >= 0 else None
    return AttributionDraft(Span(*m.span("speaker")), cue, rule.name)


_CLAUSE_BREAK = regex.compile(r"[,;:()\[\]—–]")


def _main_clause(text: str, matches: Sequence[regex.Match[str]]) -> regex.Match[str]:
    """The match that governs the end of the stretch: a later match replaces an earlier one
    only after a clause break (``Ryan said on CNN, though he said, “…”``); without one it
    stands in the earlier cue's complement (``Rubio said he has begun “…”``)."""
    best = matches[0]
    for m in matches[1:]:
        if _CLAUSE_BREAK.search(text, best.end(), m.start()):
            best = m
    return best


_Memo = dict[tuple[str, bool, int, int], AttributionDraft | None]


def _in_part(
    rule: CompiledRule, text: str, part: Span, last: bool, memo: _Memo
) -> AttributionDraft | None:
    """The rule's last (or first) match in one stretch of a sentence, as a draft; memoized."""
    key = (rule.name, last, part.start, part.end)
    if key not in memo:
        if last:
            matches = rule.finditer(text, part.start, part.end)
            memo[key] = _from_match(rule, _main_clause(text, matches)) if matches else None
        else:
            memo[key] = _from_match(rule, rule.search(text, part.start, part.end))
    return memo[key]


def _try(
    rule: CompiledRule, ctx: AttributionContext, para: int, memo: _Memo, gate: _Gate
) -> AttributionDraft | None:
    func: Callable[[AttributionContext], AttributionDraft | None] | None = rule.rule.func
    if rule.compiled is None:
        return func(ctx) if func is not None else None
    where = rule.rule.where or "sentence"
    name = rule.rule.name
    text, q = ctx.text, ctx.quote
    draft: AttributionDraft | None = None
    if where == "after":
        if ctx.follow and ctx.follow[0].start == q.span.end:
            end = ctx.follow[0].end
            if gate.holds(name, q.span.end, end):
                draft = _from_match(rule, rule.match(text, q.span.end, end))
    elif where == "before":
        if ctx.before and ctx.before[0].end == q.span.start:
            start = ctx.before[0].start
            if gate.holds(name, start, q.span.start):
                draft = _from_match(rule, rule.search(text, start, q.span.start))
    elif where == "sentence":
        # The stretches lie inside the sentence's span before (after) the quote: when that
        # lacks a needed word, so does each of them.
        before, after = ctx.before, ctx.after
        if before and not gate.holds(name, before[-1].start, before[0].end):
            before = ()
        if after and not gate.holds(name, after[0].start, after[-1].end):
            after = ()
        for part in before:
            if gate.holds(name, part.start, part.end):
                draft = _in_part(rule, text, part, True, memo)
                if draft:
                    break
        if draft is None:
            for part in after:
                if gate.holds(name, part.start, part.end):
                    draft = _in_part(rule, text, part, False, memo)
                    if draft:
                        break
    elif where == "previous":
        opens_paragraph = para > 0 and ctx.paragraphs[para].start == q.span.start
        if opens_paragraph:
            prev = ctx.paragraphs[para - 1]
            if gate.holds(name, prev.start, prev.end):
                draft = _from_match(rule, rule.search(text, prev.start, prev.end))
    elif where == "lead":
        start = ctx.paragraphs[para].start
        if ctx.index and ctx.quotes[ctx.index - 1].span.end > start:
            start = ctx.quotes[ctx.index - 1].span.end
        opens_sentence = not any(text[p.start : p.end].strip() for p in ctx.before)
        if opens_sentence and start < q.span.start and gate.holds(name, start, q.span.start):
            draft = _from_match(rule, rule.search(text, start, q.span.start))
    if draft is not None and func is not None:
        return func(ctx, draft)  # type: ignore[call-arg]
    return draft
