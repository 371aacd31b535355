"""Stage 6: build the Quote, Attribution and Speaker objects from the drafts.

Quote kinds come from quote rules (scare quotes, titles) or, failing those,
from the quote's shape; attributions shared by split and floating quotes
become one Attribution; mentions resolve to canonical speaker names.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from newsdoc.model import (
    Attribution,
    Cue,
    Mention,
    MentionForm,
    Quote,
    QuoteKind,
    Span,
    Speaker,
)
from newsdoc.pipeline.attribute import AttributionDraft
from newsdoc.pipeline.quotes import QuoteDraft
from newsdoc.pipeline.resolve import Cast, resolve_mentions
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


def assemble_quotes(
    text: str,
    found: Sequence[QuoteDraft],
    kinds: Sequence[str | None],
    drafts: Sequence[AttributionDraft | None],
    rules: RuleSet,
    prose: Sequence[Span] = (),
) -> tuple[tuple[Quote, ...], tuple[Speaker, ...]]:
    """The quotes with their attributions, and the speakers the mentions resolve to.

    ``prose`` (headline and paragraphs) is where resolution reads who the article names.
    """
    roots = [
        None if d is None else (d.source if d.source is not None else k)
        for k, d in enumerate(drafts)
    ]
    covered: dict[int, list[Span]] = {}
    for k, root in enumerate(roots):
        if root is not None:
            covered.setdefault(root, []).append(found[k].span)
    mention_spans = sorted(
        {d.speaker for d in drafts if d is not None}, key=lambda s: (s.start, s.end)
    )
    cast = resolve_mentions(text, mention_spans, rules, prose=prose, quoted=[q.span for q in found])
    mentions = {
        r.span: Mention(w, w.of(text), r.name, r.names, r.form)
        for r in cast.resolutions
        for w in [r.words or r.span]
    }
    attributions: dict[int, Attribution] = {}
    for root, spans in covered.items():
        d = drafts[root]
        assert d is not None
        cue = Cue(d.cue, d.cue.of(text)) if d.cue else None
        attributions[root] = Attribution(mentions[d.speaker], cue, d.rule, tuple(spans))
    quotes: list[Quote] = []
    for k, q in enumerate(found):
        root = roots[k]
        attribution = attributions.get(root) if root is not None else None
        kind = kinds[k] or _shape_kind(text, q)
        short = len(_WORDS.findall(q.inner.of(text))) <= _TERM_WORDS
        if attribution is None and kind == QuoteKind.PARTIAL and short:
            kind = QuoteKind.TERM
        quotes.append(Quote(q.span, q.span.of(text), q.inner, kind, attribution))
    return tuple(quotes), assemble_speakers(text, quotes, cast)


def assemble_speakers(text: str, quotes: Sequence[Quote], cast: Cast) -> tuple[Speaker, ...]:
    """One Speaker per person credited with a quote, in order of their first quote; a quote
    credited to several people is in each one's quotes and attributions."""
    said: dict[str, tuple[list[Quote], dict[Attribution, None]]] = {}
    for quote in quotes:
        a = quote.attribution
        if a is None:
            continue
        for name in a.speaker.names:
            qs, credited = said.setdefault(name, ([], {}))
            qs.append(quote)
            credited.setdefault(a, None)
    speakers: list[Speaker] = []
    for name, (qs, credited) in said.items():
        person = cast.people[name]
        said_by = {a.speaker for a in credited}
        written = (
            Mention(s, s.of(text), name, (name,), MentionForm.NAME)
            for s in person.mentions
            if not any(s.overlaps(m.span) for m in said_by)
        )
        mentions = tuple(sorted((*said_by, *written), key=lambda m: (m.span.start, m.span.end)))
        speakers.append(
            Speaker(name, mentions, tuple(qs), tuple(credited), person.kind, person.named)
        )
    return tuple(speakers)
