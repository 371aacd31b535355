"""German quote-kind rules: quotes that are not speech (``die sogenannte „…“``, names)."""

from __future__ import annotations

import regex

from newsdoc.model import QuoteKind
from newsdoc.pipeline.quotes import QuoteDraft
from newsdoc.rules import Rule, Stage

_NAME_WORD = r"(?:\p{Lu}[\p{L}\p{N}'’.&!-]*|\p{N}[\p{N}.,:]*|&|(?:da|de|del|di|la|le|van|von|der|of|the|and|y|e|et|du|des)\b|\p{L}+\.\p{L}{2,4})"
_NAME = regex.compile(rf"{_NAME_WORD}(?:[ ]{_NAME_WORD}){{0,4}}")
_AFTER_NOUN = regex.compile(r"(?<![.!?:]\s*)\b\p{Lu}[\p{L}-]+\s*$")
_AFTER_ARTICLE = regex.compile(
    r"(?<![.!?:]\s*)\b(?:der|die|das|des|dem|den|im|in|ins|vom|von|zur|zum|am|beim|aus|laut)\s*$"
)
_PARTICLE = regex.compile(r"\b(?:da|de|del|di|la|le|van|von|der|of|the|and|y|e|et|du|des)\b")


def _name(text: str, q: QuoteDraft) -> bool:
    """A short quote of capitalised words, with no punctuation, is a name or title when a
    noun stands before it (the restaurant „Da Bruno“, the quarter „Forte Village“) or it
    holds a name particle (the daily „Correio da Manhã“); German capitalises its nouns, so
    ``fordert einen „Management Plan“`` stays a partial quote. Two or more such words
    after an article or a preposition name a paper, a party or a work (``der „Berliner
    Zeitung“``, ``die „Neue Rechte“``, ``in der „BILD am Sonntag“``)."""
    inner = q.inner
    if not _NAME.fullmatch(text, inner.start, inner.end):
        return False
    if _PARTICLE.search(text, inner.start, inner.end):
        return True
    if " " in text[inner.start : inner.end].strip() and _AFTER_ARTICLE.search(
        text, max(0, q.span.start - 20), q.span.start
    ):
        return True
    return _AFTER_NOUN.search(text, max(0, q.span.start - 40), q.span.start) is not None


QUOTE_RULES: tuple[Rule, ...] = (
    Rule(
        "quote.so_called",
        Stage.QUOTE,
        pattern=r"\b(?:[Ss]ogenannte[nmrs]?|[Ss]o\s+genannte[nmrs]?|[Ss]ogen\.|genannte[nmrs]?|[Tt]itel|[Nn]amen|[Mm]otto|[Bb]egriff|[Ss]tichwort|[Ss]logan|[Hh]ashtag)\s*$",
        where="before",
        kind=QuoteKind.TERM,
        description="die sogenannte „Schuldenbremse“; unter dem Titel „…“; das Motto „…“",
    ),
    Rule(
        "quote.name",
        Stage.QUOTE,
        func=_name,
        kind=QuoteKind.TERM,
        description="a name or title: das Restaurant „Da Bruno“, die Zeitung „Correio da Manhã“",
    ),
)
