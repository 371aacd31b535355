"""``parse``: run the pipeline over one text and build the :class:`~newsdoc.model.Article`."""

from __future__ import annotations

import codecs
from collections.abc import Sequence
from typing import Literal

import regex

from newsdoc import rulesets
from newsdoc.errors import RuleTimeout
from newsdoc.model import (
    Article,
    Attribution,
    Block,
    Boilerplate,
    Byline,
    Cue,
    Dateline,
    Headline,
    Mention,
    Paragraph,
    Quote,
    QuoteKind,
    Span,
    Speaker,
)
from newsdoc.pipeline.attribute import AttributionDraft, attribute_quotes
from newsdoc.pipeline.blocks import split_blocks
from newsdoc.pipeline.classify import BlockDraft, classify_blocks
from newsdoc.pipeline.quotes import MarkTable, QuoteDraft, find_quotes
from newsdoc.pipeline.resolve import resolve_mentions
from newsdoc.rules import DEFAULT_TIMEOUT, RuleSet, Stage

__all__ = ["parse"]

_AUTHOR = regex.compile(
    r"(?<![\p{L}@])(?!(?:By|BY|by|and|And)\b)\p{Lu}[\p{L}\p{M}'’.-]*(?:[ ]+(?!and\b)\p{Lu}[\p{L}\p{M}'’.-]*)+"
)
_WORDS = regex.compile(r"[\p{L}\p{N}'’-]+")
_SENTENCE_SHAPE = regex.compile(r"^[\s\p{Ps}]*[\p{Lu}\p{N}]")
_SENTENCE_END = regex.compile(r"[.!?…,;:—-][\s\p{Pe}]*$")
_TERM_WORDS = 3  # an unattributed fragment this short reads as a term or scare quote


def _decode(data: bytes) -> str:
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ValueError(
            f"bytes input is not UTF-8 ({exc.reason} at byte {exc.start}); "
            "decode it yourself and pass a str"
        ) from None


def parse(
    text: str | bytes,
    *,
    rules: RuleSet | str | None = None,
    timeout: float = DEFAULT_TIMEOUT,
    on_timeout: Literal["raise", "skip"] = "raise",
) -> Article:
    """Parse one news article (plain text) into an :class:`~newsdoc.model.Article`.

    Args:
        text: the article; ``bytes`` are decoded as UTF-8 (a BOM is skipped).
        rules: a :class:`~newsdoc.rules.RuleSet`, the name of a registered one,
            or ``None`` for the default English set.
        timeout: seconds one rule's pattern may spend on one match.
        on_timeout: ``"raise"`` raises :class:`~newsdoc.errors.RuleTimeout`
            naming the rule; ``"skip"`` switches that rule off for this parse
            and records a warning on the Article.

    Raises:
        TypeError: ``text`` is neither ``str`` nor ``bytes``.
        ValueError: ``bytes`` that are not UTF-8.
        RuleTimeout: a rule overran ``timeout`` (with ``on_timeout="raise"``).

    >>> article = parse("Talks resume\\n\\n“We are ready,” she said.")
    >>> article.headline.text
    'Talks resume'
    >>> article.quotes[0].attribution.cue.text
    'said'
    """
    if isinstance(text, (bytes, bytearray, memoryview)):
        text = _decode(bytes(text))
    elif not isinstance(text, str):
        raise TypeError(f"parse() takes a str or bytes, not {type(text).__name__}")
    if on_timeout not in ("raise", "skip"):
        raise ValueError(f"on_timeout must be 'raise' or 'skip', not {on_timeout!r}")
    rs = rulesets.get(rules) if isinstance(rules, str) else rules or rulesets.get("en")
    if not isinstance(rs, RuleSet):
        raise TypeError(f"rules must be a RuleSet or a rule-set name, not {type(rs).__name__}")
    warnings: list[str] = []
    while True:
        try:
            return _run(text, rs, timeout, tuple(warnings))
        except RuleTimeout as exc:
            if on_timeout == "raise":
                raise
            warnings.append(f"{exc}; the rule was skipped")
            rs = rs.disable(exc.rule)


def _run(text: str, rules: RuleSet, timeout: float, warnings: tuple[str, ...]) -> Article:
    drafts = classify_blocks(text, split_blocks(text), rules, timeout)
    para_spans = [d.span for d in drafts if d.label == "paragraph"]
    datelines = _find_dateline(text, para_spans, rules, timeout)
    table = rules.derived(
        "quotes.marks",
        lambda rs: MarkTable.build(
            rs.words.get("quote_pairs", ()), rs.words.get("single_quote_pairs", ())
        ),
    )
    found = find_quotes(text, para_spans, table)
    kinds = _rule_kinds(text, found, rules, timeout)
    drafts_a = attribute_quotes(
        text, para_spans, found, [k is not None for k in kinds], rules, timeout
    )
    quotes, speakers = _assemble_quotes(text, found, kinds, drafts_a, rules)
    blocks = tuple(_block(text, d, datelines) for d in drafts)
    return Article(text=text, blocks=blocks, quotes=quotes, speakers=speakers, warnings=warnings)


def _find_dateline(
    text: str, paragraphs: Sequence[Span], rules: RuleSet, timeout: float
) -> dict[int, Dateline]:
    """The dateline at the head of one of the first paragraphs, keyed by paragraph start."""
    for para in paragraphs[:3]:
        head = para.of(text)
        for rule in rules.for_stage(Stage.DATELINE, timeout):
            m = rule.match(head)  # dateline patterns see the paragraph alone
            if m is None or not head[m.end() :].strip():
                continue
            groups = m.re.groupindex
            place = _group(m, "place", para.start) if "place" in groups else None
            agency = _group(m, "agency", para.start) if "agency" in groups else None
            if place is None and agency is None:
                continue
            span = Span(para.start, para.start + len(m.group().rstrip()))
            return {para.start: Dateline(span, span.of(text), place, agency)}
    return {}


def _group(m: regex.Match[str], name: str, offset: int) -> Span | None:
    start, end = m.span(name)
    return None if start < 0 or start == end else Span(offset + start, offset + end)


def _block(text: str, d: BlockDraft, datelines: dict[int, Dateline]) -> Block:
    t = d.span.of(text)
    if d.label == "headline":
        return Headline(d.span, t, d.rule)
    if d.label == "byline":
        authors = tuple(
            Mention(Span(d.span.start + m.start(), d.span.start + m.end()), m.group())
            for m in _AUTHOR.finditer(t)
        )
        return Byline(d.span, t, authors, d.rule)
    if d.label == "boilerplate":
        return Boilerplate(d.span, t, d.kind or "other", d.rule)
    return Paragraph(d.span, t, datelines.get(d.span.start))


def _rule_kinds(
    text: str, quotes: Sequence[QuoteDraft], rules: RuleSet, timeout: float
) -> list[str | None]:
    """Quote kinds decided by quote rules (e.g. scare quotes), ``None`` where no rule holds."""
    stage = rules.for_stage(Stage.QUOTE, timeout)
    out: list[str | None] = []
    for q in quotes:
        kind = None
        for rule in stage:
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


def _assemble_quotes(
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
    by_name: dict[str, tuple[dict[Span, Mention], list[Quote]]] = {}
    for quote in quotes:
        a = quote.attribution
        if a is None or a.speaker.name is None:
            continue
        mentions, said = by_name.setdefault(a.speaker.name, ({}, []))
        mentions.setdefault(a.speaker.span, a.speaker)
        said.append(quote)
    speakers = tuple(
        Speaker(name, tuple(sorted(m.values(), key=lambda x: x.span)), tuple(qs))
        for name, (m, qs) in by_name.items()
    )
    return tuple(quotes), speakers
