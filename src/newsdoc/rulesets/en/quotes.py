"""English quote-kind rules: quotes that are not speech."""

from __future__ import annotations

from newsdoc.model import QuoteKind
from newsdoc.rules import Rule, Stage

QUOTE_RULES: tuple[Rule, ...] = (
    Rule(
        "quote.so_called",
        Stage.QUOTE,
        pattern=r"(?i)\b(?:so-called|so called|nicknamed|known as|titled|entitled|the (?:word|term|phrase|slogan|hashtag)s?)\s*$",
        where="before",
        kind=QuoteKind.TERM,
        description="the so-called “NO WAY” banners; a film titled “…”",
    ),
)
