"""``parse``: run the pipeline over one text and build the :class:`~newsdoc.model.Article`."""

from __future__ import annotations

import codecs
import os
from collections.abc import Sequence
from typing import Literal

from newsdoc import language, rulesets
from newsdoc.errors import RuleTimeout
from newsdoc.model import (
    Article,
    Block,
    Boilerplate,
    Byline,
    Dateline,
    Headline,
    Meta,
    Paragraph,
    Span,
)
from newsdoc.pipeline.assemble import assemble_quotes, rule_kinds
from newsdoc.pipeline.attribute import attribute
from newsdoc.pipeline.authors import name_authors
from newsdoc.pipeline.blocks import split_blocks
from newsdoc.pipeline.byline import byline_authors
from newsdoc.pipeline.classify import BlockDraft, classify_blocks
from newsdoc.pipeline.dateline import find_dateline
from newsdoc.pipeline.features import HtmlFeatures
from newsdoc.pipeline.quotes import CROWD, CROWD_REACH, MarkTable, crowded, find_quotes
from newsdoc.pipeline.tokens import tokenize, word_table
from newsdoc.rules import DEFAULT_TIMEOUT, RuleSet

__all__ = ["parse"]


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
    rules: RuleSet | str | None = "auto",
    timeout: float = DEFAULT_TIMEOUT,
    on_timeout: Literal["raise", "skip"] = "raise",
) -> Article:
    """Parse one news article (plain text) into an :class:`~newsdoc.model.Article`.

    Args:
        text: the article; ``bytes`` are decoded as UTF-8 (a BOM is skipped).
        rules: ``"auto"`` (the default; ``None`` is the same) for the registered set
            whose language the text is written in (:func:`newsdoc.language.choose`,
            falling back to ``en``, with a warning on the Article when the text is in
            a language no set reads), a :class:`~newsdoc.rules.RuleSet`, or the name of
            a registered one (``"en"``). ``Article.ruleset`` names the set used.
        timeout: seconds one rule's pattern may spend on one match
            (``math.inf``: no limit).
        on_timeout: ``"raise"`` raises :class:`~newsdoc.errors.RuleTimeout`
            naming the rule; ``"skip"`` switches that rule off for this parse
            and records a warning on the Article.

    A path is not read: ``parse`` takes the text, as a ``str`` always is
    (``parse("a.txt")`` parses the words "a.txt"), and the caller knows the
    file's encoding. Read it first (``parse(path.read_bytes())`` for UTF-8,
    ``parse(path.read_text(encoding=...))`` otherwise), or let
    ``newsdoc parse FILE`` read it.

    Raises:
        TypeError: ``text`` is neither ``str`` nor ``bytes`` (for a path, the
            message shows how to read it).
        ValueError: ``bytes`` that are not UTF-8, or a ``timeout`` that is not positive.
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
        raise not_text("parse", text)
    rs = options(rules, timeout, on_timeout)
    return run(text, split_blocks(text), rs, timeout, on_timeout)


def not_text(function: str, value: object) -> TypeError:
    """The error for a value that is not text; for a path, it shows how to read the file."""
    if isinstance(value, os.PathLike):
        name = os.fspath(value)
        return TypeError(
            f"{function}() takes the text, not a path ({name!r}): read the file first, "
            f"e.g. {function}(Path({name!r}).read_bytes()), "
            f"or .read_text(encoding=...) for a file in another encoding than UTF-8"
        )
    return TypeError(f"{function}() takes a str or bytes, not {type(value).__name__}")


def options(
    rules: RuleSet | str | None, timeout: float, on_timeout: Literal["raise", "skip"]
) -> RuleSet | Literal["auto"]:
    """Check the options every front end takes; return the rule set they name (``"auto"``:
    chosen from the text by :func:`run`)."""
    if not timeout > 0:
        raise ValueError(f"timeout must be a positive number of seconds, not {timeout!r}")
    if on_timeout not in ("raise", "skip"):
        raise ValueError(f"on_timeout must be 'raise' or 'skip', not {on_timeout!r}")
    if rules is None or rules == "auto":
        return "auto"
    if isinstance(rules, str):
        return rulesets.get(rules)
    if isinstance(rules, RuleSet):
        return rules
    raise TypeError(f"rules must be a RuleSet or a rule-set name, not {type(rules).__name__}")


def run(
    text: str,
    spans: Sequence[Span],
    rules: RuleSet | Literal["auto"],
    timeout: float,
    on_timeout: Literal["raise", "skip"],
    features: Sequence[HtmlFeatures] | None = None,
    meta: Meta | None = None,
) -> Article:
    """Run the pipeline from block spans to the Article (what every front end shares).

    ``features`` are the blocks' HTML features and ``meta`` the page's own
    description, for a page (:func:`newsdoc.parse_html`); ``None`` for text.
    ``rules="auto"`` picks the registered set whose language the text is written in
    (:func:`newsdoc.language.choose`; the page's declared language helps).
    """
    warnings: list[str] = []
    if rules == "auto":
        name, unsupported = language.detect(text, tag=meta.language if meta else None)
        if unsupported:
            warnings.append(language.UNSUPPORTED)
        rules = rulesets.get(name)
    while True:
        try:
            return _run(text, spans, rules, timeout, tuple(warnings), features, meta)
        except RuleTimeout as exc:
            if on_timeout == "raise" or exc.rule not in rules or not rules[exc.rule].enabled:
                raise  # a rule that is not (or no longer) in the set cannot be skipped
            warnings.append(f"{exc}; the rule was skipped")
            rules = rules.disable(exc.rule)


def _run(
    text: str,
    spans: Sequence[Span],
    rules: RuleSet,
    timeout: float,
    warnings: tuple[str, ...],
    features: Sequence[HtmlFeatures] | None,
    meta: Meta | None,
) -> Article:
    drafts = classify_blocks(text, spans, rules, timeout, features)
    para_spans = [d.span for d in drafts if d.label == "paragraph"]
    datelines = find_dateline(text, para_spans, rules, timeout)
    table = rules.derived(
        "quotes.marks",
        lambda rs: MarkTable.build(
            rs.words.get("quote_pairs", ()), rs.words.get("single_quote_pairs", ())
        ),
    )
    found = find_quotes(text, para_spans, table)
    crowd = crowded(found)  # hostile runs of marks: no rule looks at those quotes
    kinds = rule_kinds(text, found, rules, timeout, crowd)
    skip = [k is not None or c for k, c in zip(kinds, crowd, strict=True)]
    if any(crowd):
        warnings += (
            f"{sum(crowd)} quotes stand in runs of more than {CROWD} quotes within "
            f"{2 * CROWD_REACH} characters; no quote or attribution rule was tried on them",
        )
    tokens = tokenize(text, para_spans, *word_table(rules))
    # What was said starts after a dateline, never in it.
    heads = [datelines[p.start].span.end if p.start in datelines else p.start for p in para_spans]
    speech = attribute(text, tokens, para_spans, found, skip, rules, heads, timeout)
    first = para_spans[0].start if para_spans else len(text)
    lead = [d.span for d in drafts if d.label == "headline" and d.span.end <= first]
    quotes, attributions, speakers = assemble_quotes(
        text,
        found,
        kinds,
        speech,
        skip,
        rules,
        (tokenize(text, lead, *word_table(rules)), tokens),  # names: headline and paragraphs
        [d.span for d in datelines.values()],
    )
    blocks = tuple(_block(text, d, datelines, meta, rules) for d in drafts)
    return Article(
        text=text,
        blocks=blocks,
        quotes=quotes,
        speakers=speakers,
        warnings=warnings,
        meta=meta,
        attributions=attributions,
        ruleset=rules.name,
    )


def _block(
    text: str, d: BlockDraft, datelines: dict[int, Dateline], meta: Meta | None, rules: RuleSet
) -> Block:
    t = d.span.of(text)
    path = None if d.html is None else d.html.path
    if d.label == "headline":
        return Headline(d.span, t, d.rule, path)
    if d.label == "byline":
        authors = byline_authors(t, d.span.start, d.rule, rules, meta)
        return Byline(d.span, t, name_authors(text, authors, rules), d.rule, path)
    if d.label == "boilerplate":
        return Boilerplate(d.span, t, d.kind or "other", d.rule, path)
    return Paragraph(d.span, t, datelines.get(d.span.start), d.rule, path)
