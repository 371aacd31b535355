"""Rule sets from TOML files: data only, never code.

A rule file may start from a registered set (``base``), extend its word
lists, add rules (with ``before``/``after``), replace, disable or enable
rules. Every problem raises :class:`~newsdoc.errors.RuleFileError` naming the
file and what is wrong. Example::

    name = "my-newsroom"
    base = "en"
    disable = ["boilerplate.related"]

    [words]
    cue_verbs = ["opined", "quipped"]

    [[rules]]
    name = "boilerplate.podcast"
    stage = "block"
    pattern = "^Listen to the podcast"
    label = "boilerplate"
    kind = "promo"
    before = "boilerplate.social"
"""

from __future__ import annotations

import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from newsdoc import rulesets
from newsdoc.errors import NewsdocError, RuleFileError, did_you_mean
from newsdoc.patterns import LIST_REF
from newsdoc.rules import Rule, RuleSet

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on Python 3.10 only
    import tomli as tomllib  # type: ignore[no-redef,import-not-found,unused-ignore]

__all__ = ["load_rules", "rules_from_mapping"]

_TOP = {"name", "base", "words", "replace_words", "rules", "disable", "enable"}
_RULE_KEYS = {
    "name",
    "stage",
    "pattern",
    "tokens",
    "label",
    "kind",
    "where",
    "flags",
    "enabled",
    "description",
    "before",
    "after",
    "replace",
}


def load_rules(path: str | Path) -> RuleSet:
    """Read a rule set from a TOML file."""
    p = Path(path)
    try:
        data = tomllib.loads(p.read_text(encoding="utf-8"))
    except OSError as exc:
        raise RuleFileError(str(p), f"cannot read the file: {exc.strerror or exc}") from None
    except UnicodeDecodeError as exc:
        raise RuleFileError(str(p), f"not UTF-8 text: {exc}") from None
    except tomllib.TOMLDecodeError as exc:
        raise RuleFileError(str(p), f"not valid TOML: {exc}") from None
    return rules_from_mapping(data, source=str(p))


def _strings(value: Any, where: str, source: str) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise RuleFileError(source, f"{where} must be a list of strings")
    return list(value)


def rules_from_mapping(data: Mapping[str, Any], *, source: str = "<mapping>") -> RuleSet:
    """Build a rule set from the parsed form of a rule file (see the module docs)."""
    unknown = set(data) - _TOP
    if unknown:
        first = sorted(unknown)[0]
        raise RuleFileError(
            source,
            f"unknown top-level key(s) {sorted(unknown)}; {did_you_mean(first, sorted(_TOP))}",
        )
    try:
        base_name = data.get("base")
        if base_name is not None and not isinstance(base_name, str):
            raise RuleFileError(source, "'base' must be the name of a rule set")
        name = data.get("name", Path(source).stem)
        if not isinstance(name, str):
            raise RuleFileError(source, "'name' must be a string")
        rs = rulesets.get(base_name).renamed(name) if base_name else RuleSet(name)
        for key, replace in (("words", False), ("replace_words", True)):
            table = data.get(key, {})
            if not isinstance(table, dict):
                raise RuleFileError(source, f"[{key}] must be a table of word lists")
            for list_name, words in table.items():
                if base_name and list_name not in rs.words:
                    _check_new_list(rs, base_name, list_name, key, data.get("rules"), source)
                rs = rs.with_words(
                    list_name, _strings(words, f"{key}.{list_name}", source), replace=replace
                )
        entries = data.get("rules", [])
        if not isinstance(entries, list):
            raise RuleFileError(source, "'rules' must be an array of tables ([[rules]])")
        for i, entry in enumerate(entries):
            rs = _add_rule(rs, entry, i, source)
        for key in ("disable", "enable"):
            names = _strings(data.get(key, []), key, source)
            if names:
                rs = rs.disable(*names) if key == "disable" else rs.enable(*names)
        return rs
    except RuleFileError:
        raise
    except (NewsdocError, ValueError, TypeError, KeyError) as exc:
        raise RuleFileError(source, str(exc)) from None


def _check_new_list(rs: RuleSet, base: str, name: str, key: str, rules: Any, source: str) -> None:
    """A list the base set lacks must be one that a rule of the file names (``\\L<name>``);
    otherwise the name is most likely misspelt, and the list would do nothing."""
    entries = rules if isinstance(rules, list) else []
    patterns = [e.get("pattern") for e in entries if isinstance(e, dict)]
    if any(isinstance(p, str) and name in LIST_REF.findall(p) for p in patterns):
        return
    hint = did_you_mean(name, sorted(rs.words), f"`newsdoc rules --rules {base} --words`")
    raise RuleFileError(
        source,
        f"[{key}] {name!r}: rule set {base!r} has no word list of that name, and no rule of "
        f"this file names it (\\L<{name}>); {hint}",
    )


def _add_rule(rs: RuleSet, entry: Any, i: int, source: str) -> RuleSet:
    if not isinstance(entry, dict):
        raise RuleFileError(source, f"rules[{i}] must be a table")
    unknown = set(entry) - _RULE_KEYS
    if unknown:
        first = sorted(unknown)[0]
        raise RuleFileError(
            source,
            f"rules[{i}] has unknown key(s) {sorted(unknown)}; "
            f"{did_you_mean(first, sorted(_RULE_KEYS))}",
        )
    if "name" not in entry or "stage" not in entry:
        raise RuleFileError(source, f"rules[{i}] needs 'name' and 'stage'")
    for key, kind in (("before", str), ("after", str), ("replace", bool)):
        if key in entry and not isinstance(entry[key], kind):
            raise RuleFileError(
                source, f"rules[{i}] ({entry['name']!r}): {key!r} must be a {kind.__name__}"
            )
    fields = {k: v for k, v in entry.items() if k not in {"before", "after", "replace"}}
    try:
        rule = Rule(**fields)
    except (ValueError, TypeError) as exc:
        raise RuleFileError(source, f"rules[{i}] ({entry['name']!r}): {exc}") from None
    if entry.get("replace"):
        return rs.replace(rule)
    return rs.add(rule, before=entry.get("before"), after=entry.get("after"))
