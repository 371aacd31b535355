"""The exceptions newsdoc raises, all under one base class."""

from __future__ import annotations

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
]


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
    """A rule name that the rule set does not hold; the message lists the known names."""

    def __init__(self, name: str, known: list[str]) -> None:
        super().__init__(name)
        self.name = name
        self.known = known

    def __str__(self) -> str:
        return f"no rule named {self.name!r}; known rules: {', '.join(self.known) or '(none)'}"


class UnknownRuleSetError(NewsdocError, KeyError):
    """A rule-set name that is neither built in nor registered by a plugin."""

    def __init__(self, name: str, known: list[str]) -> None:
        super().__init__(name)
        self.name = name
        self.known = known

    def __str__(self) -> str:
        return f"no rule set named {self.name!r}; available: {', '.join(self.known) or '(none)'}"


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
