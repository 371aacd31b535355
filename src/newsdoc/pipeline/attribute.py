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

Speech rules (``where="clause"``) find what was said, quoted or not: per
paragraph the sentences that hold a word of a list the rule needs are found
once, and each speech rule is matched in them; a match marks ``speaker``,
``cue`` and the parts of what was said (groups whose name starts with
``content``, e.g. ``content`` and ``content2`` around a parenthetical cue).
:func:`attribute_speech` returns them as :class:`SpeechDraft` values; the
assemble stage links the quotes that lie in a content to it (``mixed``) and
drops one that is only a quote already credited (``direct``).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from itertools import pairwise

import attrs
import regex

from newsdoc.model import Span
from newsdoc.pipeline.quotes import QuoteDraft
from newsdoc.rules import CompiledRule, RuleSet, Stage, needed_lists, word_scanner

__all__ = [
    "AttributionContext",
    "AttributionDraft",
    "SpeechDraft",
    "attribute_quotes",
    "attribute_speech",
    "sentence_bounds",
]


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
    stage_rules = [
        r for r in rules.for_stage(Stage.ATTRIBUTION, timeout) if r.rule.where != "clause"
    ]
    starts = [p.start for p in paragraphs]
    spans = [q.span for q in quotes]
    q_starts = [s.start for s in spans]
    ends_cache: dict[int, list[int]] = {}

    def ends_in(pi: int) -> list[int]:
        """Sentence starts in paragraph ``pi`` that do not fall inside a quote."""
        if pi not in ends_cache:
            ends_cache[pi] = _sentence_starts(text, paragraphs[pi], bounds, spans, q_starts)
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


def _sentence_starts(
    text: str,
    para: Span,
    bounds: regex.Pattern[str],
    spans: Sequence[Span],
    q_starts: Sequence[int],
) -> list[int]:
    """Where the sentences of ``para`` start after its first, skipping ends inside quotes."""
    return [
        m.end()
        for m in bounds.finditer(text, para.start, para.end)
        if not _inside_quote(m.end(), spans, q_starts)
    ]


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


@attrs.frozen
class SpeechDraft:
    """What a speech rule read in a sentence: speaker, cue, the parts of what was said."""

    speaker: Span
    cue: Span | None
    content: tuple[Span, ...]
    rule: str


_TRIM = regex.compile(r"[\s,;:.!?—–-]+$")
_TRIM_START = regex.compile(r"^[\s,;:—–-]+")


def _part(text: str, start: int, end: int) -> Span | None:
    """The span ``[start, end)`` without space and punctuation at its ends; ``None`` if empty."""
    m = _TRIM_START.match(text, start, end)
    if m is not None:
        start = m.end()
    m = _TRIM.search(text, start, end)
    if m is not None:
        end = m.start()
    return Span(start, end) if end > start else None


def _speech(rule: CompiledRule, text: str, m: regex.Match[str]) -> SpeechDraft | None:
    if m.start("speaker") < 0:
        return None
    parts = []
    for name in m.re.groupindex:
        if name.startswith("content") and m.start(name) >= 0:
            part = _part(text, *m.span(name))
            if part is not None:
                parts.append(part)
    if not parts:
        return None
    cue = Span(*m.span("cue")) if "cue" in m.re.groupindex and m.start("cue") >= 0 else None
    return SpeechDraft(Span(*m.span("speaker")), cue, tuple(sorted(parts)), rule.name)


def _key(d: SpeechDraft) -> Span:
    return d.cue or d.speaker


def attribute_speech(
    text: str,
    paragraphs: Sequence[Span],
    quotes: Sequence[QuoteDraft],
    rules: RuleSet,
    timeout: float,
) -> list[SpeechDraft]:
    """Every speech the ``clause`` rules read, in text order; one per cue (the first rule's).

    A content that runs into the speaker or cue of a later speech in its sentence ends
    before it (``Smith said the plan would fail and Jones said it would not``)."""
    speech = [r for r in rules.for_stage(Stage.ATTRIBUTION, timeout) if r.rule.where == "clause"]
    if not speech:
        return []
    bounds = sentence_bounds(rules)
    joiners = rules.derived("attribution.joiners", _joiners)
    gate = _Gate(text, rules)
    spans = [q.span for q in quotes]
    q_starts = [s.start for s in spans]
    out: list[SpeechDraft] = []
    for para in paragraphs:
        cuts = [para.start, *_sentence_starts(text, para, bounds, spans, q_starts), para.end]
        for start, end in pairwise(cuts):
            if end - start > _REACH:
                start = end - _REACH  # a run-on "sentence": only its last stretch is read
            found: dict[Span, SpeechDraft] = {}
            for rule in speech:
                if not gate.holds(rule.rule.name, start, end):
                    continue
                pos = start
                while pos < end:
                    m = rule.search(text, pos, end)
                    if m is None:
                        break
                    d = _speech(rule, text, m)
                    if d is not None and not _inside_quote(_key(d).start, spans, q_starts):
                        found.setdefault(_key(d), d)  # a cue inside a quote is the quote's
                    pos = max(m.end("cue") if "cue" in m.re.groupindex else -1, m.start() + 1)
            out.extend(_cut(text, sorted(found.values(), key=_key), joiners))
    return out


def _joiners(rules: RuleSet) -> regex.Pattern[str]:
    """A word of the ``clause_joiners`` list ending a stretch (``and`` before a second speech)."""
    if not rules.words.get("clause_joiners"):
        return regex.compile("(?!)")
    return rules.compile_pattern(r"[\s,;]+(?:\L<clause_joiners>)[\s,;]*$")


def _cut(text: str, drafts: list[SpeechDraft], joiners: regex.Pattern[str]) -> list[SpeechDraft]:
    """Keep one speech per cue: a content that runs into a later speech's speaker or cue
    ends before it, without the word that joins the two (``Smith said the plan would fail,
    and Jones said …``); a later speech that opens a content is dropped."""
    out: list[SpeechDraft] = []
    for d in drafts:
        anchor = min(d.speaker.start, _key(d).start)
        keep = True
        for i, prev in enumerate(out):
            last = prev.content[-1]
            if last.start <= anchor < last.end:
                j = joiners.search(text, last.start, anchor)
                part = _part(text, last.start, j.start() if j else anchor)
                if part is None or last.start < prev.speaker.start:
                    keep = False  # a fronted content holds this speech: the earlier one wins
                    break
                out[i] = attrs.evolve(prev, content=(*prev.content[:-1], part))
        if keep:
            out.append(d)
    return out
