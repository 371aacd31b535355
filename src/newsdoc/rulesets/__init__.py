"""Finding rule sets: the built-in ones and those that packages register.

Rule sets are looked up by name in the entry-point group ``newsdoc.rulesets``,
through which the built-in English set registers too. An entry point names a
callable that returns a :class:`~newsdoc.rules.RuleSet` (or a RuleSet itself).
Built-in names win over plugins of the same name.
"""

from __future__ import annotations

import functools
from importlib import import_module

from newsdoc.errors import UnknownRuleSetError
from newsdoc.rules import RuleSet

__all__ = ["ENTRY_POINT_GROUP", "available", "get", "is_builtin"]

ENTRY_POINT_GROUP = "newsdoc.rulesets"
"""The entry-point group plugin packages use to register rule sets."""

_BUILTIN = {
    "de": "newsdoc.rulesets.de:build",
    "en": "newsdoc.rulesets.en:build",
    "es": "newsdoc.rulesets.es:build",
    "fr": "newsdoc.rulesets.fr:build",
}


def _targets() -> dict[str, str]:
    from importlib.metadata import entry_points  # slow to import; only plugins need it

    found = {ep.name: ep.value for ep in entry_points(group=ENTRY_POINT_GROUP)}
    found.update(_BUILTIN)  # built-ins win, and work even when the package is not installed
    return found


def is_builtin(name: str) -> bool:
    """Whether ``name`` is one of the rule sets newsdoc itself ships (``en``, ``de``, …)."""
    return name in _BUILTIN


def available() -> list[str]:
    """The names of every rule set that :func:`get` can load, sorted."""
    return sorted(_targets())


@functools.cache
def _load(name: str, target: str) -> RuleSet:
    module_name, _, attr = target.partition(":")
    obj: object = import_module(module_name)
    for part in attr.split(".") if attr else ():
        obj = getattr(obj, part)
    value = obj() if callable(obj) and not isinstance(obj, RuleSet) else obj
    if not isinstance(value, RuleSet):
        raise TypeError(
            f"rule set entry point {name!r} ({target}) gave {type(value).__name__}, not a RuleSet"
        )
    return value


def get(name: str = "en") -> RuleSet:
    """Load a registered rule set by name (loaded once, then cached).

    Raises:
        UnknownRuleSetError: no rule set has that name; the message lists those that do.
    """
    if name in _BUILTIN:  # built-ins win, so the slow entry-point scan is not needed
        return _load(name, _BUILTIN[name])
    targets = _targets()
    if name not in targets:
        raise UnknownRuleSetError(name, sorted(targets))
    return _load(name, targets[name])
