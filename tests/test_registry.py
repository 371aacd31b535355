"""Rule-set discovery through the ``newsdoc.rulesets`` entry-point group."""

from __future__ import annotations

import importlib.metadata
from importlib.metadata import EntryPoint, PackageNotFoundError, distribution

import pytest

import newsdoc
from newsdoc import RuleSet
from newsdoc import rulesets as registry

TINY = RuleSet("tiny")


def test_builtin_sets_register_through_the_entry_point_group() -> None:
    try:
        dist = distribution("newsdoc")
    except PackageNotFoundError:
        pytest.skip("newsdoc is not installed (running from a source tree); nothing to read")
    eps = [ep for ep in dist.entry_points if ep.group == registry.ENTRY_POINT_GROUP]
    assert sorted((ep.name, ep.value) for ep in eps) == sorted(
        (name, f"newsdoc.rulesets.{name}:build") for name in registry._BUILTIN
    )
    assert {ep.name for ep in eps} >= {"en", "de"}


def test_third_party_rule_sets_are_discovered(monkeypatch: pytest.MonkeyPatch) -> None:
    fake = [
        EntryPoint("tiny", "tests.test_registry:TINY", registry.ENTRY_POINT_GROUP),
        EntryPoint("en", "tests.test_registry:TINY", registry.ENTRY_POINT_GROUP),
    ]
    monkeypatch.setattr(importlib.metadata, "entry_points", lambda group: fake)
    assert "tiny" in registry.available() and "en" in registry.available()
    assert registry.get("tiny") is TINY
    assert registry.get("en").name == "en"  # built-ins win over a plugin of the same name


def test_entry_point_that_is_not_a_rule_set(monkeypatch: pytest.MonkeyPatch) -> None:
    fake = [EntryPoint("bad", "string:ascii_letters", registry.ENTRY_POINT_GROUP)]
    monkeypatch.setattr(importlib.metadata, "entry_points", lambda group: fake)
    with pytest.raises(TypeError, match="not a RuleSet"):
        registry.get("bad")


def test_parse_accepts_a_registered_name() -> None:
    assert newsdoc.parse("Title\n\nBody text.", rules="en").headline is not None
