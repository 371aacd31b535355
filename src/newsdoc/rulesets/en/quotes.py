"""English quote-kind rules: quotes that are not speech.

A quote these rules mark stays a :class:`~newsdoc.model.Quote` of kind
``QuoteKind.TERM`` with no attribution (scare quotes, titles, nicknames).
Quotes no rule marks get their kind from their shape: ``sentence`` or
``partial``, and an unattributed fragment of three words or fewer is a
``term``. Keep only speech with ``[q for q in article.quotes if q.kind !=
QuoteKind.TERM]``.
"""

from __future__ import annotations

import regex

from newsdoc.model import QuoteKind
from newsdoc.pipeline.quotes import QuoteDraft
from newsdoc.rules import Rule, Stage

_TITLE_CASE = regex.compile(
    r"[\s\p{Ps}]*(?:\p{Lu}|\p{N})[\p{L}\p{N}'’.:&!?-]*"
    r"(?:\s+(?:\p{Lu}[\p{L}\p{N}'’.:&!?-]*|\p{N}+|&|(?:a|an|and|at|by|for|in|of|on|or|the|to|with|vs)\b))"
    r"{0,6}[\s,.!?]*"
)
_MEDIA_BEFORE = regex.compile(
    r"(?:\b(?:on|to|told|in|with|from|during|watching)\s+(?:\p{Lu}[\p{L}.&-]*\s+){0,3}"
    r"|\b\p{Lu}[\p{L}.&-]*(?:\s+\p{Lu}[\p{L}.&-]*){0,3}['’]s?\s+)$"
)


def _media_title(text: str, q: QuoteDraft) -> bool:
    """A title-case quote after 'on', 'told' or a possessive name: NBC’s “Meet the Press”."""
    inner = q.inner
    if not _TITLE_CASE.fullmatch(text, inner.start, inner.end):
        return False
    return _MEDIA_BEFORE.search(text, max(0, q.span.start - 60), q.span.start) is not None


QUOTE_RULES: tuple[Rule, ...] = (
    Rule(
        "quote.so_called",
        Stage.QUOTE,
        pattern=r"(?i)\b(?:so-called|so called|nicknamed|known as|titled|entitled|the (?:word|term|phrase|slogan|hashtag)s?)\s*$",
        where="before",
        kind=QuoteKind.TERM,
        description="the so-called “NO WAY” banners; a film titled “…”",
    ),
    Rule(
        "quote.media_title",
        Stage.QUOTE,
        func=_media_title,
        kind=QuoteKind.TERM,
        description="a programme or publication: told NBC’s “Meet the Press”; on “Fox and Friends”",
    ),
)
