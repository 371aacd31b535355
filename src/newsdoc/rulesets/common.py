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

__all__ = ["borrow", "dateline_rule"]


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
