"""Spanish quote-kind rules: quotes that are not speech (``el llamado “…”``)."""

from __future__ import annotations

from newsdoc.model import QuoteKind
from newsdoc.rules import Rule, Stage

QUOTE_RULES: tuple[Rule, ...] = (
    Rule(
        "quote.so_called",
        Stage.QUOTE,
        pattern=r"\b(?:llamad[oa]s?|denominad[oa]s?|conocid[oa]s? como|apodad[oa]s?|titulad[oa]s?|bautizad[oa]s?|la (?:palabra|etiqueta)|el (?:término|lema|eslogan|hashtag))\s*$",
        where="before",
        kind=QuoteKind.TERM,
        description="el llamado “procés”; un libro titulado “…”",
    ),
)
