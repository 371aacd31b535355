"""The exceptions newsdoc raises, all under one base class."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from newsdoc.model import Article

__all__ = [
    "NewsdocError",
    "NoArticle",
    "NotAPage",
    "RuleError",
    "RuleFileError",
    "RuleTimeout",
    "UnknownRuleError",
    "UnknownRuleSetError",
    "did_you_mean",
]

_FEW = 15
"""Known names listed whole when there are no more than this many."""


def did_you_mean(name: str, known: Iterable[str], listing: str = "") -> str:
    """The end of an error message for an unknown ``name``: the closest ``known`` names.

    Up to three close names (``did you mean 'cue_verbs'?``); a short list of names is
    given whole. ``listing`` says where to see them all (``newsdoc rules --words``).

    >>> lists = [f"list_{i}" for i in range(20)] + ["cue_verbs", "titles"]
    >>> did_you_mean("cue_verb", lists, "`newsdoc rules --words`")
    "did you mean 'cue_verbs'? (`newsdoc rules --words` lists them all)"
    >>> did_you_mean("blok", ["block", "context", "quote"])
    "did you mean 'block'? known: block, context, quote"
    """
    import difflib  # only when an error is raised

    names = list(dict.fromkeys(known))
    if not names:
        return "there are none"
    lowered = {n.lower(): n for n in names}
    close = [lowered[c] for c in difflib.get_close_matches(name.lower(), lowered, n=3, cutoff=0.6)]
    close += [n for n in names if name and name.lower() in n.lower() and n not in close][
        : max(0, 3 - len(close))
    ]
    hint = f"did you mean {' or '.join(repr(c) for c in close)}?" if close else ""
    if len(names) <= _FEW:
        return f"{hint} known: {', '.join(names)}".lstrip()
    if not hint:
        hint = "no name is close"
    return f"{hint} ({listing} lists them all)" if listing else hint


class NewsdocError(Exception):
    """Base class of every error newsdoc raises on purpose."""


class RuleError(NewsdocError, ValueError):
    """A rule is malformed: a bad pattern, an unknown stage, a missing field.

    The message names the rule (and the pattern, when that is the problem).
    """

    def __init__(self, rule: str, problem: str) -> None:
        super().__init__(f"rule {rule!r}: {problem}")
        self.rule = rule
        self.problem = problem


class UnknownRuleError(NewsdocError, KeyError):
    """A rule name that the rule set does not hold; the message names the closest known ones."""

    def __init__(self, name: str, known: list[str]) -> None:
        super().__init__(name)
        self.name = name
        self.known = known

    def __str__(self) -> str:
        hint = did_you_mean(self.name, self.known, "`newsdoc rules`")
        return f"no rule named {self.name!r}; {hint}"


class UnknownRuleSetError(NewsdocError, KeyError):
    """A rule-set name that is neither built in nor registered by a plugin; the message names
    the closest registered ones."""

    def __init__(self, name: str, known: list[str]) -> None:
        super().__init__(name)
        self.name = name
        self.known = known

    def __str__(self) -> str:
        hint = did_you_mean(self.name, self.known, "`newsdoc rulesets`")
        return f"no rule set named {self.name!r}; {hint}"


class RuleFileError(NewsdocError, ValueError):
    """A rule file (TOML) could not be read; the message names the file and the problem."""

    def __init__(self, path: str, problem: str) -> None:
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem


class RuleTimeout(NewsdocError, TimeoutError):
    """A rule's pattern ran longer than the time allowed for one match."""

    def __init__(self, rule: str, seconds: float) -> None:
        super().__init__(f"rule {rule!r} exceeded its {seconds:g}s matching time limit")
        self.rule = rule
        self.seconds = seconds


class NoArticle(NewsdocError, ValueError):
    """A web page from which no paragraph of text comes out (empty, only markup, only
    menus and boilerplate).

    ``article`` is what was read (its blocks, headline and ``meta``), or ``None``
    when the page shows no text at all.
    """

    def __init__(self, problem: str, article: Article | None = None) -> None:
        super().__init__(f"no article on the page: {problem}")
        self.problem = problem
        self.article = article


class NotAPage(NewsdocError, ValueError):
    """Bytes that are not a web page (an image, an archive, a PDF, binary data)."""
