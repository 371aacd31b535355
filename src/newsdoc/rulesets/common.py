"""What the built-in rule sets share: rules whose knowledge is all in word lists.

Many English block rules name only word lists (``\\L<social_phrases>``) or
hold no words at all (the main-run and headline passes): another language
keeps them and brings its own lists. :func:`borrow` takes such rules from a
set by name, optionally with a new pattern, so the German rule
``byline.by`` is the English one with German words, and nothing is copied.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import attrs

from newsdoc.rules import Rule
from newsdoc.rulesets.en.block_words import MARKUP_STEMS, MARKUP_WORDS
from newsdoc.rulesets.en.blocks import BLOCK_RULES as _EN_BLOCKS
from newsdoc.rulesets.en.blocks import CONTEXT_RULES as _EN_CONTEXT

__all__ = ["PAGE_WORDS", "block_rules", "borrow", "context_rules", "dateline_rule"]

PAGE_WORDS: dict[str, tuple[str, ...]] = {
    "markup_stems": MARKUP_STEMS,
    "markup_words": MARKUP_WORDS,
}
"""The class/id words that mark a page's furniture (``nav``, ``sidebar``, ``share``):
the web's markup conventions, not one language's words, so every rule set holds them
for ``structure.main_run``."""


def borrow(rules: Iterable[Rule], *names: str, **changes: Any) -> tuple[Rule, ...]:
    """The named rules of ``rules``, in the order named, each with ``changes`` applied.

    Raises:
        KeyError: a name that is not among ``rules``.
    """
    by_name = {r.name: r for r in rules}
    missing = [n for n in names if n not in by_name]
    if missing:
        raise KeyError(f"no rule(s) {missing} to borrow; known: {sorted(by_name)}")
    return tuple(attrs.evolve(by_name[n], **changes) for n in names)


def dateline_rule(separator: str, description: str) -> Rule:
    """A dateline rule: a place (in capitals, or any case before an agency), an agency in
    brackets, then ``separator``.

    ``separator`` is a pattern (``(?:—|–|--|-)``; Spanish wires write ``.-``);
    the groups ``place`` and ``agency`` are what the dateline stage reads.
    """
    return Rule(
        "dateline.place_agency",
        "dateline",
        pattern=(
            r"^(?:(?P<place>\p{Lu}[\p{Lu}\p{M}.'’-]+(?:[ ]\p{Lu}[\p{Lu}\p{M}.'’-]+){0,2}"
            r"(?:,[ ]\p{Lu}[\p{L}\p{M}.'’-]*(?:[ ]\p{Lu}[\p{L}\p{M}.'’-]*){0,2})?)[ ]*"
            r"|(?P<place>\p{Lu}[\p{L}\p{M}.'’-]+(?:[ ]\p{Lu}[\p{L}\p{M}.'’-]+){0,2})[ ]*(?=\())?"
            r"(?:\((?P<agency>[^()\n]{1,40})\)[ ]*)?" + separator + r"[ ]*"
        ),
        description=description,
    )


_BYLINE = (
    r"^(?:\L<byline_openers>)[ \t:]+\p{Lu}[\p{L}\p{M}.'’-]*(?:[ \t,&]+(?:(?:\L<byline_joiners>)[ \t]+)?[\p{L}\p{M}.'’@|/-]+){0,14}"
    r"(?:[ \t]*(?:[-–—|,]|\b(?:\L<byline_stops>)\b)?[ \t]*[\p{L}\p{N}@][\p{L}\p{N}@:/., ()+-]{0,80})?"
    r"(?<![.!?;])$"
)
_STAFF = (
    r"^(?P<authors>\p{Lu}[\p{L}.'’-]+(?:[ ]\p{Lu}[\p{L}.'’-]+){1,3}"
    r"(?:[ ](?:\L<byline_joiners>)[ ]\p{Lu}[\p{L}.'’-]+(?:[ ]\p{Lu}[\p{L}.'’-]+){1,3})?)"
    r",[ ][\p{L} ]{0,40}(?:\L<staff_roles>)$"
)


def block_rules(*, timestamp: str, examples: dict[str, str]) -> tuple[Rule, ...]:
    """The block rules of a language from its word lists, in the English order.

    The page rules (``headline.page``, ``byline.page``: the blocks a page's metadata
    names) need no words and come first, as in English. The lists named are ``byline_openers``, ``byline_joiners``, ``byline_stops``,
    ``staff_roles``, the ``*_phrases`` lists of each boilerplate kind, ``cookie_phrases``,
    ``related_cues``, ``copyright_phrases``, ``credit_phrases``, ``agencies`` and
    ``caption_openers``; ``timestamp`` is the language's pattern for a line holding only a
    date. ``examples`` gives the rule descriptions, by rule name, in the language.
    """

    def said(name: str) -> str:
        return examples.get(name, "")

    return (
        *borrow(_EN_BLOCKS, "headline.page", "byline.page"),  # a page's declared title, authors
        *borrow(_EN_BLOCKS, "byline.by", pattern=_BYLINE, description=said("byline.by")),
        *borrow(
            _EN_BLOCKS,
            "byline.staff_writer",
            pattern=_STAFF,
            description=said("byline.staff_writer"),
        ),
        *borrow(
            _EN_BLOCKS,
            "boilerplate.social",
            "boilerplate.share",
            "boilerplate.newsletter",
            "boilerplate.advertising",
            "boilerplate.legal",
        ),
        *borrow(
            _EN_BLOCKS,
            "boilerplate.legal",
            name="boilerplate.cookies",
            pattern=r"\L<cookie_phrases>",
            func=None,
            description="a cookie notice, however long",
        ),
        *borrow(_EN_BLOCKS, "boilerplate.comments", "boilerplate.promo", "boilerplate.related"),
        *borrow(
            _EN_BLOCKS,
            "boilerplate.copyright",
            pattern=r"^(?:Copyright\b|©|\(c\)\s*\d{4})|©\s*\d{4}|\L<copyright_phrases>",
            description=said("boilerplate.copyright"),
        ),
        *borrow(
            _EN_BLOCKS,
            "boilerplate.credits",
            pattern=(
                r"^(?:\(?(?:\L<credit_phrases>).*|\((?:\L<agencies>)(?:/\p{L}{2,4})*\)"
                r"|(?:\p{Ll}{2,4}/)+(?:\L<agencies>))$"
            ),
            description=said("boilerplate.credits"),
        ),
        *borrow(
            _EN_BLOCKS,
            "boilerplate.timestamp",
            pattern=timestamp,
            description=said("boilerplate.timestamp"),
        ),
        *borrow(
            _EN_BLOCKS,
            "boilerplate.caption",
            pattern=r"^(?:\L<caption_openers>)\s*\S|\((?:\L<caption_openers>)\s*[^()]{1,80}\)$",
            description=said("boilerplate.caption"),
        ),
    )


def context_rules(comments: str) -> tuple[Rule, ...]:
    """The English context passes with a language's comment heading (a pattern) and its
    ``section_headings`` and ``cue_verbs`` lists (and :data:`PAGE_WORDS`, for pages)."""
    return (
        *borrow(
            _EN_CONTEXT,
            "structure.main_run",
            pattern=(
                r"(?P<markup>\x00(?:(?:\L<markup_words>)\x00|\L<markup_stems>))"
                rf"|^(?:(?P<comments>{comments})$"
                r"|(?P<heading>(?i:\L<section_headings>)[\s\W]*+)$"
                r"|(?P<section>(?i:\L<section_headings>)\b[^.!?:\n]{0,40})$"
                r"|(?P<quote>(?=[^„“\"»«]*+[„“\"»«][^“”\"«»]*+[“”\"«»]).*?\b(?:\L<cue_verbs>)\b))"
            ),
        ),
        *borrow(_EN_CONTEXT, "kind.menu", "structure.caption", "structure.headline"),
    )
