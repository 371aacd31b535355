"""French quote-kind rules: quotes that are not speech (``le mouvement dit « … »``)."""

from __future__ import annotations

from newsdoc.model import QuoteKind
from newsdoc.rules import Rule, Stage

QUOTE_RULES: tuple[Rule, ...] = (
    Rule(
        "quote.so_called",
        Stage.QUOTE,
        pattern=r"\b(?:dite?s?|baptisée?s?|surnommée?s?|intitulée?s?|appelée?s?|le (?:mot|terme|slogan|hashtag))\s*$",
        where="before",
        kind=QuoteKind.TERM,
        description="le mouvement dit « des gilets jaunes »; un livre intitulé « … »",
    ),
)
