r"""Helpers for testing rules: say what a text parses to, in one line.

:func:`summarize` renders an Article as short, stable lines (one per block,
quote and speaker) that read well in a golden file; :func:`assert_parses`
compares that summary with what you expect and, on a mismatch, shows a diff.
:func:`check_invariants` checks what must hold for every parse: spans slice
back to their text, and the blocks are ordered, disjoint and cover every
non-blank character.

>>> from newsdoc.testing import assert_parses
>>> article = assert_parses("Vote\n\n“Yes,” he said.", '''
... headline  Vote
... paragraph  “Yes,” he said.
... quote[sentence]  “Yes,”  <- he (said) [attribution.speaker_cue_after]
... ''')
"""

from __future__ import annotations

import difflib

from newsdoc.model import Article, Boilerplate, Byline, Headline, Paragraph
from newsdoc.parse import parse
from newsdoc.rules import RuleSet

__all__ = ["assert_parses", "check_invariants", "summarize"]


def _one_line(text: str) -> str:
    return " ".join(text.split())


def summarize(article: Article) -> str:
    """Render the parse as lines: blocks in order, then quotes, then speakers."""
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
            who = (
                a.speaker.text
                if a.speaker.name in (None, a.speaker.text)
                else (f"{a.speaker.text} = {a.speaker.name}")
            )
            cue = a.cue.text if a.cue else "-"
            line += f"  <- {_one_line(who)} ({_one_line(cue)}) [{a.rule}]"
        lines.append(line)
    for s in article.speakers:
        mentions = "; ".join(dict.fromkeys(_one_line(m.text) for m in s.mentions))
        lines.append(f"speaker {s.name}: {len(s.quotes)} quote(s), mentions: {mentions}")
    return "\n".join(lines)


def assert_parses(text: str, expected: str, *, rules: RuleSet | str | None = None) -> Article:
    """Parse ``text`` and assert its :func:`summarize` output equals ``expected``.

    Blank lines and surrounding white space in ``expected`` are ignored. The
    invariants of :func:`check_invariants` are checked too. Returns the Article.
    """
    article = parse(text, rules=rules)
    check_invariants(article)
    got = summarize(article).splitlines()
    want = [line.strip() for line in expected.strip().splitlines() if line.strip()]
    if got != want:
        diff = "\n".join(difflib.unified_diff(want, got, "expected", "parsed", lineterm=""))
        raise AssertionError(f"the parse differs from what was expected:\n{diff}")
    return article


def check_invariants(article: Article) -> None:
    """Raise AssertionError unless every span slices back to its text and blocks tile the input."""
    text = article.text
    for node in article.iter_nodes():
        got = node.span.of(text)
        if got != node.text:
            raise AssertionError(f"{type(node).__name__} text {node.text!r} != span text {got!r}")
    covered = [False] * len(text)
    prev_end = 0
    for b in article.blocks:
        if b.span.start < prev_end:
            raise AssertionError(f"block {b!r} overlaps or precedes the block before it")
        prev_end = b.span.end
        for i in range(b.span.start, b.span.end):
            covered[i] = True
    for i, ch in enumerate(text):
        if not covered[i] and not ch.isspace():
            raise AssertionError(f"non-blank character {ch!r} at {i} is in no block")
