"""The authors of a byline block: the names a page declares, else the capitalised runs
of the line itself, read with the rule set's byline words."""

from __future__ import annotations

from newsdoc.model import Mention, Meta, Span
from newsdoc.rules import RuleSet

__all__ = ["byline_authors"]

# The names of a byline: capitalised runs, not its opening word ("By") nor a joiner ("and").
_AUTHOR = (
    r"(?<![\p{L}@])(?!(?:\L<byline_openers>|\L<byline_joiners>)\b)\p{Lu}[\p{L}\p{M}'’.-]*"
    r"(?:[ ]+(?!(?:\L<byline_joiners>)\b)\p{Lu}[\p{L}\p{M}'’.-]*)+"
)
# Where the names of a byline end: a dash, bar or a stop word ("on", "Updated") before a
# date, a digit, a handle.
_AUTHORS_END = r"[ \t]+(?:[-–—|]|(?:\L<byline_stops>)\b)|[ \t]*\d|@"


def byline_authors(
    text: str, start: int, rule: str, rules: RuleSet, meta: Meta | None
) -> tuple[Mention, ...]:
    """The authors a byline block ``text`` (starting at ``start`` in the article) names.

    On a page, the authors its metadata declares, where the line names them;
    else (or for text) the names read from the line (:func:`_authors`).
    """
    declared = _declared_authors(text, start, meta) if meta is not None else ()
    return declared or _authors(text, start, rule, rules)


def _authors(text: str, start: int, rule: str, rules: RuleSet) -> tuple[Mention, ...]:
    """The author names of a byline block: capitalised runs before any date or affiliation.

    When the byline rule's pattern has a group ``authors``, the names are read inside it
    only ('Steve Peoples, AP National Political Writer'). The words come from the rule
    set's lists ``byline_openers``, ``byline_joiners`` and ``byline_stops``.
    """
    lo, hi = 0, len(text)
    if rule in rules and rules[rule].pattern is not None:
        m = rules.compiled(rule).search(text)
        if m is not None and "authors" in m.re.groupindex and m.start("authors") >= 0:
            lo, hi = m.span("authors")
    words = rules.words
    if not all(words.get(n) for n in ("byline_openers", "byline_joiners", "byline_stops")):
        return ()
    m = rules.compile_pattern(_AUTHORS_END).search(text, lo, hi)
    if m is not None:
        hi = m.start()
    return tuple(
        Mention(Span(start + m.start(), start + m.end()), m.group())
        for m in rules.compile_pattern(_AUTHOR).finditer(text, lo, max(hi, lo))
    )


def _declared_authors(text: str, start: int, meta: Meta) -> tuple[Mention, ...]:
    """The page's declared authors where a byline block names them, in text order."""
    found: list[Mention] = []
    folded = text.casefold()
    for name in meta.authors:
        at = folded.find(name.casefold())
        if at >= 0 and len(name.casefold()) == len(name):  # offsets hold when case folds 1:1
            found.append(
                Mention(Span(start + at, start + at + len(name)), text[at : at + len(name)])
            )
    return tuple(sorted(found, key=lambda m: m.span))
