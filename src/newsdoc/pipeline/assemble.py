"""Stage 6: build the Quote, Attribution and Speaker objects from the drafts.

Quote kinds come from quote rules (scare quotes, titles) or, failing those,
from the quote's shape; attributions shared by split and floating quotes
become one Attribution; mentions resolve to canonical speaker names.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence

import attrs
import regex

from newsdoc.model import (
    Attribution,
    AttributionKind,
    Cue,
    Mention,
    Quote,
    QuoteKind,
    Span,
    Speaker,
)
from newsdoc.pipeline.attribute import SpeechDraft, quote_owners
from newsdoc.pipeline.mentions import SpeakerCheck, mention_words
from newsdoc.pipeline.quotes import QuoteDraft
from newsdoc.pipeline.resolve import Cast, resolve_mentions
from newsdoc.pipeline.tokens import Tokens
from newsdoc.rules import RuleSet, Stage

__all__ = ["assemble_quotes", "assemble_speakers", "rule_kinds"]

_TERM_WORDS = 3  # an unattributed fragment this short reads as a term or scare quote
_SENTENCE_END = regex.compile(r"[.!?…,;:—-][\s\p{Pe}]*$")
_SENTENCE_SHAPE = regex.compile(r"^[\s\p{Ps}]*[\p{Lu}\p{N}]")
_WORDS = regex.compile(r"[\p{L}\p{N}'’-]+")


def rule_kinds(
    text: str,
    quotes: Sequence[QuoteDraft],
    rules: RuleSet,
    timeout: float,
    skip: Sequence[bool],
) -> list[str | None]:
    """Quote kinds decided by quote rules (e.g. scare quotes), ``None`` where no rule holds
    and for the quotes flagged in ``skip``."""
    stage = rules.for_stage(Stage.QUOTE, timeout)
    out: list[str | None] = []
    for q, skipped in zip(quotes, skip, strict=True):
        kind = None
        for rule in () if skipped else stage:
            if rule.compiled is None:
                hit = bool(rule.rule.func and rule.rule.func(text, q))
            elif rule.rule.where == "after":
                hit = rule.match(text, q.span.end, min(len(text), q.span.end + 200)) is not None
            else:
                hit = rule.search(text, max(0, q.span.start - 200), q.span.start) is not None
            if hit:
                kind = rule.rule.kind or QuoteKind.TERM
                break
        out.append(kind)
    return out


def _shape_kind(text: str, q: QuoteDraft) -> str:
    inner = q.inner.of(text)
    if _SENTENCE_SHAPE.match(inner) and (
        len(_WORDS.findall(inner)) > 5 or _SENTENCE_END.search(inner)
    ):
        return QuoteKind.SENTENCE
    return QuoteKind.PARTIAL


def _cover(parts: Sequence[Span], spans: Sequence[Span]) -> tuple[Span, ...]:
    """``parts`` widened to hold each of ``spans`` whole, overlapping parts joined."""
    out = sorted([*parts, *spans])
    joined: list[Span] = []
    for part in out:
        if joined and part.start <= joined[-1].end:
            last = joined.pop()
            part = Span(last.start, max(last.end, part.end))
        joined.append(part)
    return tuple(joined)


def _words_outside(text: str, parts: Sequence[Span], spans: Sequence[Span]) -> int:
    """How many words of ``parts`` lie outside every span of ``spans``."""
    n = 0
    for part in parts:
        pos = part.start
        for s in spans:
            if s.end <= pos or s.start >= part.end:
                continue
            n += len(_WORDS.findall(text, pos, max(pos, s.start)))
            pos = max(pos, s.end)
        n += len(_WORDS.findall(text, pos, max(pos, part.end)))
    return n


_QUOTE_ONLY = 2  # words outside its quotes that a speech may hold and still be direct


def _link(
    text: str, found: Sequence[QuoteDraft], speech: Sequence[SpeechDraft], skip: Sequence[bool]
) -> tuple[list[int | None], list[str]]:
    """Which speech holds each quote (by position: the first whose content overlaps it) and
    each speech's kind: ``direct`` when its content is its quotes (two words outside them at
    most), ``mixed`` when it holds quotes and more, ``reported`` when it holds none."""
    owner = quote_owners(found, speech, skip)
    held: list[list[Span]] = [[] for _ in speech]
    for k, j in enumerate(owner):
        if j is not None:
            held[j].append(found[k].span)
    kinds: list[str] = []
    for d, spans in zip(speech, held, strict=True):
        if not spans:
            kinds.append(AttributionKind.REPORTED)
        elif _words_outside(text, d.content, spans) <= _QUOTE_ONLY:
            kinds.append(AttributionKind.DIRECT)
        else:
            kinds.append(AttributionKind.MIXED)
    return owner, kinds


def _plausible(
    speech: Sequence[SpeechDraft], rules: RuleSet, tokens: Sequence[Tokens]
) -> list[SpeechDraft]:
    """Each speech with its speaker mention trimmed to a plausible source; a speech whose
    mention names none is dropped (see :mod:`newsdoc.pipeline.mentions`)."""
    check = SpeakerCheck(tokens, mention_words(rules))
    out: list[SpeechDraft] = []
    for d in speech:
        span = check.span(d.speaker, d.cue)
        if span is not None:
            out.append(d if span == d.speaker else attrs.evolve(d, speaker=span))
    return out


def assemble_quotes(
    text: str,
    found: Sequence[QuoteDraft],
    kinds: Sequence[str | None],
    speech: Sequence[SpeechDraft],
    skip: Sequence[bool],
    rules: RuleSet,
    tokens: Sequence[Tokens] = (),
    dead: Sequence[Span] = (),
) -> tuple[tuple[Quote, ...], tuple[Attribution, ...], tuple[Speaker, ...]]:
    """The quotes with their attributions, every attribution in text order (reported speech
    included), and the speakers the mentions resolve to.

    Quotes flagged in ``skip`` (not speech, or in a crowd of marks) join no speech.
    ``tokens`` (the headline's and the paragraphs' token layers) is where resolution reads
    who the article names, except in ``dead`` (datelines).
    """
    speech = _plausible(speech, rules, tokens)
    owner, speech_kinds = _link(text, found, speech, skip)
    covered: list[list[Span]] = [[] for _ in speech]
    for k, j in enumerate(owner):
        if j is not None:
            covered[j].append(found[k].span)
    mention_spans = sorted({d.speaker for d in speech}, key=lambda s: (s.start, s.end))
    cast = resolve_mentions(
        text, mention_spans, rules, tokens, dead=dead, quoted=[q.span for q in found]
    )
    mentions = {
        r.span: Mention(w, w.of(text), r.name, r.names, r.form)
        for r in cast.resolutions
        for w in [r.words or r.span]
    }
    attributions: list[Attribution] = []
    for s, spans, kind in zip(speech, covered, speech_kinds, strict=True):
        content = tuple(spans) if kind == AttributionKind.DIRECT else _cover(s.content, spans)
        cue = Cue(s.cue, s.cue.of(text)) if s.cue else None
        attributions.append(
            Attribution(mentions[s.speaker], cue, s.rule, tuple(spans), content, kind, s.dropped)
        )
    quotes: list[Quote] = []
    for k, q in enumerate(found):
        j = owner[k]
        attribution = attributions[j] if j is not None else None
        kind = kinds[k] or _shape_kind(text, q)
        short = len(_WORDS.findall(q.inner.of(text))) <= _TERM_WORDS
        if attribution is None and kind == QuoteKind.PARTIAL and short:
            kind = QuoteKind.TERM
        quotes.append(Quote(q.span, q.span.of(text), q.inner, kind, attribution))
    ordered = tuple(sorted(attributions, key=lambda a: (a.content[0], a.rule)))
    return tuple(quotes), ordered, assemble_speakers(text, quotes, ordered, cast)


def _overlaps_any(span: Span, spans: Sequence[Span], ends: Sequence[int]) -> bool:
    """Whether ``span`` overlaps one of ``spans`` (sorted, with their ``ends``; mentions do
    not nest, so the first that ends after its start decides)."""
    i = bisect_right(ends, span.start)
    return i < len(spans) and spans[i].start < span.end


def assemble_speakers(
    text: str, quotes: Sequence[Quote], attributions: Sequence[Attribution], cast: Cast
) -> tuple[Speaker, ...]:
    """One Speaker per person credited, in order of their first quote, then those credited
    only with reported speech; an attribution credited to several people is in each one's
    quotes and attributions."""
    said: dict[str, tuple[list[Quote], dict[Attribution, None]]] = {}
    for quote in quotes:
        a = quote.attribution
        if a is None:
            continue
        for name in a.speaker.names:
            said.setdefault(name, ([], {}))[0].append(quote)
    for a in attributions:
        for name in a.speaker.names:
            said.setdefault(name, ([], {}))[1].setdefault(a, None)
    speakers: list[Speaker] = []
    for name, (qs, credited) in said.items():
        person = cast.people[name]
        said_by = {a.speaker for a in credited}
        spans = sorted(m.span for m in said_by)  # overlap look-ups by bisect: no pairs loop
        ends = [m.end for m in spans]
        written = (
            Mention(s, s.of(text), name, (name,), form)
            for s, form in person.mentions
            if not _overlaps_any(s, spans, ends)
        )
        mentions = tuple(sorted((*said_by, *written), key=lambda m: (m.span.start, m.span.end)))
        speakers.append(
            Speaker(
                name,
                mentions,
                tuple(qs),
                tuple(credited),
                person.kind,
                person.named,
                person.gender,
                person.gender_evidence,
            )
        )
    return tuple(speakers)
