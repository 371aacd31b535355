"""Rules and rule sets: the extension point that holds newsdoc's knowledge.

A :class:`Rule` is a small frozen value: a dotted name, the pipeline stage it
serves, a pattern and/or a function, and what it produces. A :class:`RuleSet`
is an ordered, immutable collection of rules plus named word lists; its verbs
(``add``, ``replace``, ``disable``, ``enable``, ``only``, ``extend``,
``with_words``) return new sets. Patterns may name word lists as
``\\L<list_name>``; they are compiled once per rule set.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Iterator, Mapping
from enum import Enum
from typing import Any, TypeVar, cast

import attrs
import regex

from newsdoc.errors import RuleError, RuleTimeout, UnknownRuleError, did_you_mean
from newsdoc.patterns import LIST_REF, anchored, compile_with_lists, word_scanner
from newsdoc.pipeline.tokens import CLASSES, class_pattern

__all__ = ["CompiledRule", "Rule", "RuleSet", "Stage", "word_scanner"]

T = TypeVar("T")

_NAME = regex.compile(r"[a-z][a-z0-9_]*(?:\.[a-z0-9_]+)*")


class Stage(str, Enum):
    """The pipeline stage a rule serves, in pipeline order."""

    BLOCK = "block"
    """Label one block (headline, byline, boilerplate of a kind, or paragraph)."""
    CONTEXT = "context"
    """Relabel blocks from their neighbours and position (functions only)."""
    DATELINE = "dateline"
    """Find a dateline at the head of the first paragraphs (groups ``place``, ``agency``)."""
    QUOTE = "quote"
    """Decide a quote's kind from the words around it (e.g. scare quotes)."""
    ATTRIBUTION = "attribution"
    """Find the cue and speaker of a quote (groups ``cue`` and ``speaker``)."""


def _stage(value: Stage | str) -> Stage:
    if isinstance(value, Stage):
        return value
    try:
        return Stage(value)
    except ValueError:
        hint = did_you_mean(str(value), [s.value for s in Stage])
        raise ValueError(f"no stage {value!r}; {hint}") from None


def _flags(value: int | str) -> int:
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    if not isinstance(value, str):
        raise TypeError(f"flags must be an int or letters among 'imsx', not {value!r}")
    out = 0
    for letter in value:
        flag = {"i": regex.I, "m": regex.M, "s": regex.S, "x": regex.X}.get(letter)
        if flag is None:
            raise ValueError(f"unknown flag {letter!r} (use i, m, s, x)")
        out |= flag
    return out


@attrs.frozen
class Rule:
    """One named piece of knowledge for one pipeline stage.

    Args:
        name: dotted, lower-case name, e.g. ``"boilerplate.newsletter"``; its
            first part is the rule's group, so ``disable("boilerplate")`` switches
            off every rule in the group.
        stage: the :class:`Stage` the rule serves.
        pattern: a ``regex`` pattern (string); ``\\L<list>`` names a word list
            of the rule set. Checked when the rule is made.
        func: a Python function used instead of, or with, the pattern; its
            signature depends on the stage (see the docs, "Writing rules").
        label: what a block rule makes of a block: ``"boilerplate"``,
            ``"headline"``, ``"byline"`` or ``"paragraph"``.
        kind: the boilerplate kind (for ``label="boilerplate"``) or quote kind.
        tokens: for attribution rules, a ``regex`` pattern over the class letters of
            a sentence's tokens, with ``{class}`` names for letters (see
            :data:`newsdoc.pipeline.tokens.CLASSES`) and groups ``speaker``,
            ``cue``, ``content`` (and ``content2``). Checked when the rule is made.
        where: for quote rules, whether the pattern reads the text ``"after"`` or
            ``"before"`` the quote; for attribution rules, ``"previous"`` reads the
            sentence before a sentence made of quotes, ``"continued"`` a sentence
            that no rule read, whose content continues the speech of the sentence
            before, and ``"inside"`` the words of a quote no rule credited, for a cue
            set inside its marks (``« …, affirme-t-elle. … »``; see
            :mod:`newsdoc.pipeline.attribute`).
        flags: ``regex`` flags, as an int or letters among ``"imsx"``.
        enabled: disabled rules stay in the set but never run.
        description: one line for people reading rule listings.
    """

    name: str
    stage: Stage = attrs.field(converter=_stage)
    pattern: str | None = None
    func: Callable[..., Any] | None = attrs.field(default=None, eq=False)
    tokens: str | None = None
    label: str | None = None
    kind: str | None = None
    where: str | None = None
    flags: int = attrs.field(default=0, converter=_flags)
    enabled: bool = True
    description: str = ""

    def __attrs_post_init__(self) -> None:
        if not isinstance(self.name, str) or not _NAME.fullmatch(self.name):
            raise RuleError(
                str(self.name), "a name is dotted lower-case words, e.g. 'boilerplate.share'"
            )
        if (
            self.pattern is None
            and self.func is None
            and self.tokens is None
            and self.stage is not Stage.CONTEXT
        ):
            raise RuleError(self.name, "needs a pattern, tokens or a func")
        if self.tokens is not None:
            if self.stage is not Stage.ATTRIBUTION:
                raise RuleError(self.name, "only attribution rules read tokens")
            if not isinstance(self.tokens, str):
                raise RuleError(self.name, f"tokens must be a string, got {type(self.tokens)}")
            for ref in _CLASS_REF.findall(self.tokens):
                if ref not in CLASSES:
                    hint = did_you_mean(ref, CLASSES, "`newsdoc explain --classes`")
                    raise RuleError(self.name, f"no token class {{{ref}}}; {hint}")
            try:
                regex.compile(class_pattern(self.tokens), regex.VERBOSE)
            except (regex.error, ValueError) as exc:
                raise RuleError(self.name, f"bad token pattern {self.tokens!r}: {exc}") from None
        if self.stage is Stage.CONTEXT and self.func is None:
            raise RuleError(self.name, "context rules need a func")
        if self.pattern is not None:
            if not isinstance(self.pattern, str):
                raise RuleError(self.name, f"pattern must be a string, got {type(self.pattern)}")
            dummy = {n: ("\x00",) for n in self.word_lists}
            try:
                compile_with_lists(self.pattern, self.flags, dummy)
            except (regex.error, ValueError, TypeError) as exc:
                raise RuleError(self.name, f"bad pattern {self.pattern!r}: {exc}") from None
        if self.label is not None and self.label not in _LABELS:
            raise RuleError(self.name, f"label {self.label!r} is not one of {sorted(_LABELS)}")
        for field in ("kind", "where"):
            value = getattr(self, field)
            if value is not None and not isinstance(value, str):
                raise RuleError(self.name, f"{field} must be a string, not {value!r}")
        places = _WHERE.get(self.stage, ())
        if self.where is not None and self.where not in places:
            allowed = ", ".join(places) or "none (leave it unset)"
            raise RuleError(
                self.name, f"where={self.where!r} is not valid here; allowed: {allowed}"
            )
        if not isinstance(self.enabled, bool):
            raise RuleError(self.name, f"enabled must be true or false, not {self.enabled!r}")
        if not isinstance(self.description, str):
            raise RuleError(self.name, f"description must be a string, not {self.description!r}")

    @property
    def group(self) -> str:
        """The first part of the dotted name (``"boilerplate"`` for ``"boilerplate.share"``)."""
        return self.name.split(".", 1)[0]

    @property
    def word_lists(self) -> tuple[str, ...]:
        """The word lists the pattern names with ``\\L<name>``."""
        return tuple(dict.fromkeys(LIST_REF.findall(self.pattern or "")))


_CLASS_REF = regex.compile(r"\{([a-z_]+)\}")
_LABELS = {"boilerplate", "headline", "byline", "paragraph"}
_WHERE = {
    Stage.ATTRIBUTION: ("previous", "continued", "inside"),
    Stage.QUOTE: ("after", "before"),
}
"""The positions a rule's ``where`` may name, by stage."""


DEFAULT_TIMEOUT = 2.0
"""Seconds one pattern match may take before :class:`RuleTimeout` (see ``parse``)."""


@attrs.frozen
class CompiledRule:
    """A rule with its pattern compiled against a rule set's word lists.

    Its matching methods bound the time each call may take and raise
    :class:`RuleTimeout` naming the rule on overrun. (They pass ``regex`` its
    arguments by position, as ``regex.search`` itself does: a keyword argument
    costs the C call a microsecond, which block and attribution rules pay
    tens of thousands of times per megabyte.) ``anchored`` says whether every
    match of the pattern starts at the start of the text (a leading ``^``):
    such a pattern is matched rather than searched.
    """

    rule: Rule
    compiled: regex.Pattern[str] | None
    timeout: float = DEFAULT_TIMEOUT
    _limit: float | None = attrs.field(
        init=False,
        repr=False,
        eq=False,
        default=attrs.Factory(
            lambda self: None if self.timeout == math.inf else self.timeout, takes_self=True
        ),
    )
    anchored: bool = attrs.field(
        init=False,
        repr=False,
        eq=False,
        default=attrs.Factory(
            lambda self: (
                self.compiled is not None and anchored(self.rule.pattern or "", self.compiled.flags)
            ),
            takes_self=True,
        ),
    )

    def __attrs_post_init__(self) -> None:
        if not self.timeout > 0:
            raise ValueError(
                f"timeout must be a positive number of seconds (math.inf for none), "
                f"not {self.timeout!r}"
            )

    @property
    def name(self) -> str:
        """The rule's name."""
        return self.rule.name

    def _check(self) -> regex.Pattern[str]:
        if self.compiled is None:
            raise RuleError(self.rule.name, "has no pattern")
        return self.compiled

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> regex.Match[str] | None:
        """``regex`` search within ``[pos, endpos)`` of the original text.

        A pattern anchored at the start (``^...``) is matched instead: a match
        can only start there, and a search would try every other position too.
        """
        pattern = self._check()
        end = len(text) if endpos is None else endpos
        try:
            if self.anchored:
                return pattern.match(text, pos, end, None, False, self._limit)
            return pattern.search(text, pos, end, None, False, self._limit)
        except TimeoutError:
            raise RuleTimeout(self.rule.name, self.timeout) from None

    def match(self, text: str, pos: int = 0, endpos: int | None = None) -> regex.Match[str] | None:
        """``regex`` match anchored at ``pos``."""
        pattern = self._check()
        end = len(text) if endpos is None else endpos
        try:
            return pattern.match(text, pos, end, None, False, self._limit)
        except TimeoutError:
            raise RuleTimeout(self.rule.name, self.timeout) from None

    def finditer(
        self, text: str, pos: int = 0, endpos: int | None = None
    ) -> list[regex.Match[str]]:
        """All non-overlapping matches within ``[pos, endpos)``."""
        pattern = self._check()
        end = len(text) if endpos is None else endpos
        try:
            return list(pattern.finditer(text, pos, end, False, None, False, self._limit))
        except TimeoutError:
            raise RuleTimeout(self.rule.name, self.timeout) from None


def _check_cue_filled(rule: Rule, tokens: str, rs: RuleSet) -> None:
    """Refuse an enabled token rule whose cue can never match in ``rs``: every class its cue
    reads is a word class that no word list of the set fills (no list, or an empty one)."""
    from newsdoc.pipeline.attribute import cue_letters  # the stage imports this module

    needs, _ = cue_letters(tokens)
    if not needs:
        return
    unfilled: list[tuple[str, str]] = []
    for name, (letter, list_name) in CLASSES.items():
        if letter not in needs:
            continue
        if not list_name or rs.words.get(list_name) or rs.words.get(f"{name}_suffixes"):
            return  # a shape, or a class some word fills: the cue can match
        unfilled.append((name, list_name))
    classes = ", ".join(f"{{{n}}}" for n, _ in unfilled)
    lists = ", ".join(ls for _, ls in unfilled)
    raise RuleError(
        rule.name,
        f"its cue reads {classes}, and rule set {rs.name!r} has no word in {lists}, so the "
        f"rule can never match; add words (rules.with_words({unfilled[0][1]!r}, [...])) "
        "or read another class",
    )


_LISTING = "`newsdoc rules --words`"
"""Where a user sees every word list of a set (in error messages)."""


def _words(value: Iterable[str]) -> tuple[str, ...]:
    if isinstance(value, str):
        raise TypeError("a word list is an iterable of strings, not one string")
    return tuple(dict.fromkeys(str(w) for w in value))


def _rule_tuple(value: Iterable[Rule]) -> tuple[Rule, ...]:
    return tuple(value)


def _word_map(value: Mapping[str, Iterable[str]]) -> Mapping[str, tuple[str, ...]]:
    return {str(k): _words(v) for k, v in value.items()}


@attrs.frozen
class RuleSet:
    """An ordered, immutable collection of rules and named word lists.

    Every verb returns a new rule set; the original is never changed.
    Patterns are compiled once per rule set, on first use.
    """

    name: str
    rules: tuple[Rule, ...] = attrs.field(default=(), converter=_rule_tuple)
    words: Mapping[str, tuple[str, ...]] = attrs.field(factory=dict, converter=_word_map)
    _patterns: dict[str, regex.Pattern[str] | None] = attrs.field(
        factory=dict, init=False, eq=False, repr=False
    )
    _compiled: dict[tuple[str, float], CompiledRule] = attrs.field(
        factory=dict, init=False, eq=False, repr=False
    )
    _derived: dict[str, object] = attrs.field(factory=dict, init=False, eq=False, repr=False)

    def __attrs_post_init__(self) -> None:
        seen: set[str] = set()
        for rule in self.rules:
            if not isinstance(rule, Rule):
                raise TypeError(f"a RuleSet holds Rule objects, got {type(rule).__name__}")
            if rule.name in seen:
                raise RuleError(rule.name, f"appears twice in rule set {self.name!r}")
            seen.add(rule.name)
            missing = [w for w in rule.word_lists if w not in self.words]
            if missing:
                hint = did_you_mean(missing[0], sorted(self.words), _LISTING)
                raise RuleError(
                    rule.name,
                    f"names word list(s) {missing} that rule set {self.name!r} lacks; {hint}",
                )
            if rule.tokens is not None and rule.enabled:
                _check_cue_filled(rule, rule.tokens, self)

    # -- reading -------------------------------------------------------------

    def __iter__(self) -> Iterator[Rule]:
        return iter(self.rules)

    def __len__(self) -> int:
        return len(self.rules)

    def __contains__(self, name: object) -> bool:
        return any(r.name == name for r in self.rules)

    def __getitem__(self, name: str) -> Rule:
        for rule in self.rules:
            if rule.name == name:
                return rule
        raise UnknownRuleError(name, self.names())

    def names(self) -> list[str]:
        """The rule names, in order."""
        return [r.name for r in self.rules]

    def for_stage(self, stage: Stage | str, timeout: float = DEFAULT_TIMEOUT) -> list[CompiledRule]:
        """The enabled rules of one stage, in order, compiled."""
        st = _stage(stage)
        return [self.compiled(r.name, timeout) for r in self.rules if r.enabled and r.stage is st]

    def compiled(self, name: str, timeout: float = DEFAULT_TIMEOUT) -> CompiledRule:
        """One rule with its pattern compiled against this set's word lists (cached)."""
        key = (name, timeout)
        found = self._compiled.get(key)
        if found is None:
            rule = self[name]
            if name not in self._patterns:  # one compilation per rule, whatever the timeout
                pattern = None
                if rule.pattern is not None:
                    lists = {n: self.words[n] for n in rule.word_lists}
                    try:
                        pattern = compile_with_lists(rule.pattern, rule.flags, lists)
                    except (regex.error, ValueError) as exc:
                        raise RuleError(rule.name, f"bad pattern {rule.pattern!r}: {exc}") from None
                self._patterns[name] = pattern
            found = CompiledRule(rule, self._patterns[name], timeout)
            self._compiled[key] = found
        return found

    def derived(self, key: str, build: Callable[[RuleSet], T]) -> T:
        """A value computed once from this rule set (a mark table, a compiled pattern) and cached."""
        found = self._derived.get(key)
        if found is None:
            found = self._derived[key] = build(self)
        return cast(T, found)

    def compile_pattern(self, pattern: str, flags: int | str = 0) -> regex.Pattern[str]:
        """Compile a pattern against this set's word lists (``\\L<name>``), once, and cache it.

        For patterns that rule functions and stages use beside the rules: the
        lists match exactly as they do in rules.
        """
        bits = _flags(flags)

        def build(rs: RuleSet) -> regex.Pattern[str]:
            names = dict.fromkeys(LIST_REF.findall(pattern))
            return compile_with_lists(pattern, bits, {n: rs.word_list(n) for n in names})

        return self.derived(f"pattern:{bits}:{pattern}", build)

    def word_list(self, name: str) -> tuple[str, ...]:
        """One named word list; an unknown name raises KeyError naming the closest known ones."""
        try:
            return self.words[name]
        except KeyError:
            hint = did_you_mean(name, sorted(self.words), _LISTING)
            raise KeyError(f"no word list {name!r} in rule set {self.name!r}; {hint}") from None

    # -- verbs ---------------------------------------------------------------

    def _with(self, rules: Iterable[Rule] | None = None, **changes: Any) -> RuleSet:
        return RuleSet(
            name=changes.get("name", self.name),
            rules=tuple(self.rules if rules is None else rules),
            words=changes.get("words", self.words),
        )

    def _index(self, name: str) -> int:
        for i, rule in enumerate(self.rules):
            if rule.name == name:
                return i
        raise UnknownRuleError(name, self.names())

    def _select(self, names: Iterable[str]) -> set[str]:
        """Exact rule names, or group names (the first dotted part) standing for their rules."""
        chosen: set[str] = set()
        for name in names:
            hits = {r.name for r in self.rules if r.name == name or r.name.startswith(name + ".")}
            if not hits:
                groups = dict.fromkeys(r.group for r in self.rules)
                raise UnknownRuleError(name, [*self.names(), *groups])
            chosen |= hits
        return chosen

    def add(self, rule: Rule, *, before: str | None = None, after: str | None = None) -> RuleSet:
        """A new set with ``rule`` inserted before or after a named rule (default: at the end)."""
        if before is not None and after is not None:
            raise ValueError("give before= or after=, not both")
        rules = list(self.rules)
        if before is not None:
            rules.insert(self._index(before), rule)
        elif after is not None:
            rules.insert(self._index(after) + 1, rule)
        else:
            rules.append(rule)
        return self._with(rules)

    def replace(self, rule: Rule) -> RuleSet:
        """A new set with the rule of the same name replaced by ``rule``."""
        i = self._index(rule.name)
        rules = list(self.rules)
        rules[i] = rule
        return self._with(rules)

    def remove(self, *names: str) -> RuleSet:
        """A new set without the named rules (or groups)."""
        drop = self._select(names)
        return self._with(r for r in self.rules if r.name not in drop)

    def disable(self, *names: str) -> RuleSet:
        """A new set with the named rules (or whole groups) switched off."""
        drop = self._select(names)
        return self._with(
            attrs.evolve(r, enabled=False) if r.name in drop else r for r in self.rules
        )

    def enable(self, *names: str) -> RuleSet:
        """A new set with the named rules (or whole groups) switched on."""
        pick = self._select(names)
        return self._with(
            attrs.evolve(r, enabled=True) if r.name in pick else r for r in self.rules
        )

    def only(self, *names: str) -> RuleSet:
        """A new set in which only the named rules (or groups) are enabled."""
        pick = self._select(names)
        return self._with(attrs.evolve(r, enabled=r.name in pick) for r in self.rules)

    def extend(self, other: RuleSet | Iterable[Rule]) -> RuleSet:
        """A new set with another set's rules appended (and its word lists merged in)."""
        if isinstance(other, RuleSet):
            words = dict(self.words)
            for key, values in other.words.items():
                words[key] = _words((*words.get(key, ()), *values))
            return self._with((*self.rules, *other.rules), words=words)
        return self._with((*self.rules, *other))

    def with_words(self, name: str, words: Iterable[str], *, replace: bool = False) -> RuleSet:
        """A new set whose word list ``name`` is extended with (or replaced by) ``words``."""
        added = _words(words)
        merged = dict(self.words)
        merged[name] = added if replace else _words((*merged.get(name, ()), *added))
        return self._with(words=merged)

    def renamed(self, name: str) -> RuleSet:
        """The same rules and words under another name."""
        return self._with(name=name)
