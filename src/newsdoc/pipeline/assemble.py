"""Stage 6: build the Quote, Attribution and Speaker objects from the drafts.

Quote kinds come from quote rules (scare quotes, titles) or, failing those,
from the quote's shape; attributions shared by split and floating quotes
become one Attribution; mentions resolve to canonical speaker names.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from newsdoc.model import Attribution, Cue, Mention, Quote, QuoteKind, Span, Speaker
from newsdoc.pipeline.attribute import AttributionDraft
from newsdoc.pipeline.quotes import QuoteDraft
from newsdoc.pipeline.resolve import resolve_mentions
from newsdoc.rules import RuleSet, Stage

__all__ = ["assemble_quotes", "rule_kinds"]

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
) -> tuple[tuple[Quote, ...], tuple[Speaker, ...]]:
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
    names = {r.span: r.name for r in resolve_mentions(text, mention_spans, rules)}
    attributions: dict[int, Attribution] = {}
    for root, spans in covered.items():
        d = drafts[root]
        assert d is not None
        speaker = Mention(d.speaker, d.speaker.of(text), names.get(d.speaker))
        cue = Cue(d.cue, d.cue.of(text)) if d.cue else None
        attributions[root] = Attribution(speaker, cue, d.rule, tuple(spans))
    quotes: list[Quote] = []
    for k, q in enumerate(found):
        root = roots[k]
        attribution = attributions.get(root) if root is not None else None
        kind = kinds[k] or _shape_kind(text, q)
        short = len(_WORDS.findall(q.inner.of(text))) <= _TERM_WORDS
        if attribution is None and kind == QuoteKind.PARTIAL and short:
            kind = QuoteKind.TERM
        quotes.append(Quote(q.span, q.span.of(text), q.inner, kind, attribution))
    by_name: dict[str, tuple[dict[Span, Mention], list[Quote], dict[Attribution, None]]] = {}
    for quote in quotes:
        a = quote.attribution
        if a is None or a.speaker.name is None:
            continue
        mentions, said, credited = by_name.setdefault(a.speaker.name, ({}, [], {}))
        mentions.setdefault(a.speaker.span, a.speaker)
        said.append(quote)
        credited.setdefault(a, None)
    speakers = tuple(
        Speaker(name, tuple(sorted(m.values(), key=lambda x: x.span)), tuple(qs), tuple(at))
        for name, (m, qs, at) in by_name.items()
    )
    return tuple(quotes), speakers
