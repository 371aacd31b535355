r"""Helpers for testing rules: say what a text parses to, in one line.

:func:`summarize` renders an Article as short, stable lines (one per block,
quote and speaker) that read well in a golden file; :func:`assert_parses`
compares that summary with what you expect and, on a mismatch, shows a diff.
``only=`` narrows both to some kinds of line (see :data:`PARTS`);
:func:`assert_quotes` and :func:`assert_boilerplate` are the two narrowings
rule authors need most. :func:`check_invariants` checks what must hold for
every parse: spans slice back to their text, the blocks are ordered,
disjoint and cover every non-blank character, quotes never overlap or nest,
and every attribution's content is ordered and disjoint.

>>> from newsdoc.testing import assert_parses, assert_quotes
>>> article = assert_parses("Vote\n\n“Yes,” he said.", '''
... headline  Vote
... paragraph  “Yes,” he said.
... quote[sentence]  “Yes,”  <- he (said) [attribution.fronted_quote]
... ''')
>>> article = assert_quotes("“No,” said Ana Ruiz.",
...     "quote[sentence] “No,” <- Ana Ruiz (said) [attribution.fronted_quote_inverted]")
"""

from __future__ import annotations

import difflib
from collections.abc import Collection

from newsdoc.errors import did_you_mean
from newsdoc.model import (
    Article,
    Attribution,
    AttributionKind,
    Boilerplate,
    Byline,
    Headline,
    Paragraph,
)
from newsdoc.parse import parse
from newsdoc.rules import RuleSet

__all__ = [
    "PARTS",
    "assert_boilerplate",
    "assert_parses",
    "assert_quotes",
    "check_invariants",
    "summarize",
]

PARTS = (
    "headline",
    "byline",
    "paragraph",
    "dateline",
    "boilerplate",
    "quote",
    "speech",
    "speaker",
)
"""The kinds of summary line, named by the word each line starts with."""


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _check_parts(only: Collection[str] | None) -> None:
    if only is None:
        return
    if isinstance(only, str):
        raise TypeError(f"only= takes a collection of parts, e.g. ({only!r},)")
    unknown = sorted(set(only) - set(PARTS))
    if unknown:
        raise ValueError(f"unknown part(s) {unknown}; {did_you_mean(unknown[0], PARTS)}")


def _part(line: str) -> str:
    return line.split(None, 1)[0].split("[", 1)[0]


def _who(a: Attribution) -> str:
    """``MENTION = NAME (CUE)``: who is credited and by which words."""
    s = a.speaker
    who = s.text if s.name in (None, s.text) else f"{s.text} = {s.name}"
    return f"{_one_line(who)} ({_one_line(a.cue.text) if a.cue else '-'})"


def summarize(article: Article, *, only: Collection[str] | None = None) -> str:
    """Render the parse as lines: blocks in order, then quotes, reported speech, speakers.

    Reported and mixed speech (``speech[reported]``, ``speech[mixed]``) get a line of their
    own, its content's parts joined by `` | ``; direct speech shows on its quotes' lines.

    Each line starts with its part (``headline``, ``quote[partial]`` …);
    ``only`` keeps the lines of the parts it names (see :data:`PARTS`).
    """
    _check_parts(only)
    lines: list[str] = []
    for b in article.blocks:
        if isinstance(b, Headline):
            lines.append(f"headline  {_one_line(b.text)}")
        elif isinstance(b, Byline):
            authors = "; ".join(a.text for a in b.authors)
            lines.append(f"byline  {_one_line(b.text)}  authors={authors}")
        elif isinstance(b, Boilerplate):
            lines.append(f"boilerplate[{b.kind}] ({b.rule})  {_one_line(b.text)}")
        elif isinstance(b, Paragraph):
            lines.append(f"paragraph  {_one_line(b.text)}")
            if b.dateline:
                d = b.dateline
                place = d.place.of(article.text) if d.place else ""
                agency = d.agency.of(article.text) if d.agency else ""
                lines.append(f"dateline  {d.text}  place={place} agency={agency}")
    for q in article.quotes:
        line = f"quote[{q.kind}]  {_one_line(q.text)}"
        a = q.attribution
        if a is not None:
            line += f"  <- {_who(a)} [{a.rule}]"
        lines.append(line)
    for a in article.attributions:
        if a.kind == AttributionKind.DIRECT:
            continue  # shown on its quotes' lines
        content = " | ".join(_one_line(part.of(article.text)) for part in a.content)
        lines.append(f"speech[{a.kind}]  {content}  <- {_who(a)} [{a.rule}]")
    for s in article.speakers:
        mentions = "; ".join(dict.fromkeys(_one_line(m.text) for m in s.mentions))
        lines.append(f"speaker {s.name}: {len(s.quotes)} quote(s), mentions: {mentions}")
    if only is not None:
        lines = [line for line in lines if _part(line) in only]
    return "\n".join(lines)


def assert_parses(
    text: str,
    expected: str,
    *,
    rules: RuleSet | str | None = None,
    only: Collection[str] | None = None,
) -> Article:
    """Parse ``text`` and assert its :func:`summarize` output equals ``expected``.

    Runs of white space count as one space and blank lines are ignored, so
    ``expected`` may be indented and spaced freely. ``only`` compares just
    those parts (see :data:`PARTS`). The invariants of
    :func:`check_invariants` are checked too. Returns the Article, for
    further checks.
    """
    __tracebackhide__ = True  # pytest shows the caller's line and the diff, not this frame
    _check_parts(only)
    article = parse(text, rules=rules)
    check_invariants(article)
    got = [_one_line(line) for line in summarize(article, only=only).splitlines()]
    want = [_one_line(line) for line in expected.splitlines() if line.strip()]
    if got != want:
        diff = "\n".join(difflib.unified_diff(want, got, "expected", "parsed", lineterm=""))
        raise AssertionError(f"the parse differs from what was expected:\n{diff}")
    return article


def assert_quotes(text: str, expected: str, *, rules: RuleSet | str | None = None) -> Article:
    """:func:`assert_parses` on the ``quote`` lines only: each quote, its kind and attribution."""
    __tracebackhide__ = True
    return assert_parses(text, expected, rules=rules, only=("quote",))


def assert_boilerplate(text: str, expected: str, *, rules: RuleSet | str | None = None) -> Article:
    """:func:`assert_parses` on the ``boilerplate`` lines only: each block's kind and rule."""
    __tracebackhide__ = True
    return assert_parses(text, expected, rules=rules, only=("boilerplate",))


def check_invariants(article: Article) -> None:
    """Raise AssertionError unless every span slices back to its text, blocks tile the input,
    quotes are ordered and never overlap, and every attribution's content is ordered and
    disjoint and holds its quotes."""
    text = article.text
    for node in article.iter_nodes():
        got = node.span.of(text)
        if got != node.text:
            raise AssertionError(f"{type(node).__name__} text {node.text!r} != span text {got!r}")
    _check_quotes(article)
    _check_attributions(article)
    prev_end = 0
    for b in article.blocks:
        if b.span.start < prev_end:
            raise AssertionError(f"block {b!r} overlaps or precedes the block before it")
        _check_blank(text, prev_end, b.span.start)
        prev_end = b.span.end
    _check_blank(text, prev_end, len(text))


def _check_blank(text: str, start: int, end: int) -> None:
    """Raise unless ``text[start:end]`` (between two blocks) is white space."""
    gap = text[start:end]
    if gap and not gap.isspace():
        i = next(i for i, ch in enumerate(gap) if not ch.isspace())
        raise AssertionError(f"non-blank character {gap[i]!r} at {start + i} is in no block")


def _check_quotes(article: Article) -> None:
    """Quotes come in text order and never overlap or nest; each one's words lie inside it."""
    prev_end = 0
    for q in article.quotes:
        if q.span.start < prev_end:
            raise AssertionError(f"quote {q.span} overlaps or precedes the quote before it")
        if not (q.span.start <= q.inner.start <= q.inner.end <= q.span.end):
            raise AssertionError(f"quote {q.span} does not hold its words {q.inner}")
        prev_end = q.span.end


def _check_attributions(article: Article) -> None:
    """Attributions come in text order, their content lies in the text, in order and disjoint,
    holds their quotes, and every quote's attribution is one of them."""
    listed = set(article.attributions)
    starts = [a.content[0].start for a in article.attributions if a.content]
    if starts != sorted(starts):
        raise AssertionError("article.attributions are not in text order")
    for a in article.attributions:
        if a.kind not in AttributionKind.ALL:
            raise AssertionError(f"attribution kind {a.kind!r} is not one of {AttributionKind.ALL}")
        if not a.content:
            raise AssertionError(f"attribution {a!r} has no content")
        prev = 0
        for part in a.content:
            if part.start < prev or part.end > len(article.text) or not len(part):
                raise AssertionError(
                    f"attribution content {a.content} is empty, unordered or out of the text"
                )
            prev = part.end
        for span in a.quotes:
            if not any(part.contains(span) for part in a.content):
                raise AssertionError(
                    f"quote {span} of {a.rule} lies outside its content {a.content}"
                )
    for q in article.quotes:
        if q.attribution is not None and q.attribution not in listed:
            raise AssertionError(
                f"the attribution of quote {q.span} is not in article.attributions"
            )
