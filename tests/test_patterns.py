"""The pattern compiler: spelled word lists match as the regex module's, and the disk cache."""

from __future__ import annotations

import os
import pickle
from pathlib import Path

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

from newsdoc import patterns

WORDS = ("said", "say", "says", "told", "told reporters", "é", "sa")


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh cache folder that keeps every pattern, and none remembered by this process."""
    monkeypatch.setenv(patterns.CACHE_ENV, str(tmp_path / "cache"))
    monkeypatch.setattr(patterns, "_MEMO", {})
    monkeypatch.setattr(patterns, "_WORTH_KEEPING", 0.0)
    return tmp_path / "cache"


def _builds(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Record each pattern that is compiled rather than loaded."""
    built: list[str] = []
    real = patterns._build

    def build(pattern: str, flags: int, lists: object) -> regex.Pattern[str]:
        built.append(pattern)
        return real(pattern, flags, lists)  # type: ignore[arg-type]

    monkeypatch.setattr(patterns, "_build", build)
    return built


@given(st.text(st.sampled_from("sayidtol éSAr"), max_size=30))
def test_spelled_lists_match_as_the_regex_module_does(text: str) -> None:
    pattern = r"\b\L<w>\b|(?i:x\L<w>)"
    native = regex.compile(pattern, regex.V0, w=list(WORDS))
    spelled = patterns.compile_with_lists(pattern, 0, {"w": WORDS})
    assert spelled.pattern != pattern  # the case-sensitive list was spelled out
    assert [m.span() for m in spelled.finditer(text)] == [m.span() for m in native.finditer(text)]


def test_a_compiled_pattern_is_loaded_by_the_next_process(
    cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    built = _builds(monkeypatch)
    first = patterns.compile_with_lists(r"\L<w>!", 0, {"w": WORDS})
    assert len(built) == 1 and len(list(cache.glob("pattern-*.pickle"))) == 1
    monkeypatch.setattr(patterns, "_MEMO", {})  # as in a new process
    again = patterns.compile_with_lists(r"\L<w>!", 0, {"w": WORDS})
    assert len(built) == 1  # loaded, not compiled
    assert again.pattern == first.pattern and again.search("he told reporters!")
    patterns.compile_with_lists(r"\L<w>!", 0, {"w": (*WORDS, "added")})
    assert len(built) == 2  # other words, another pattern


def test_a_bad_or_foreign_cache_file_is_ignored_and_rewritten(
    cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    patterns.compile_with_lists("a+b", 0, {})
    (path,) = cache.glob("pattern-*.pickle")
    built = _builds(monkeypatch)
    for content in (b"not a pickle", pickle.dumps(os.getcwd), pickle.dumps("a string")):
        path.write_bytes(content)
        monkeypatch.setattr(patterns, "_MEMO", {})
        assert patterns.compile_with_lists("a+b", 0, {}).fullmatch("aab")
    assert built == ["a+b"] * 3
    loaded = pickle.loads(path.read_bytes())
    assert isinstance(loaded, regex.Pattern)


@pytest.mark.parametrize("value", ["off", "", None])
def test_no_cache_unless_a_folder_is_named(
    value: str | None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    if value is None:
        monkeypatch.delenv(patterns.CACHE_ENV, raising=False)
    else:
        monkeypatch.setenv(patterns.CACHE_ENV, value)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setattr(patterns, "_MEMO", {})
    assert patterns.compile_with_lists("ab?", 0, {}).fullmatch("a")
    assert not list(tmp_path.rglob("*"))


def test_a_cache_folder_that_cannot_be_made_costs_only_time(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("")
    monkeypatch.setenv(patterns.CACHE_ENV, str(blocker / "cache"))
    monkeypatch.setattr(patterns, "_MEMO", {})
    assert patterns.compile_with_lists("x|y", 0, {}).fullmatch("y")
    assert [p.name for p in tmp_path.iterdir()] == ["file"]


def test_a_bad_pattern_raises_regex_error(cache: Path) -> None:
    with pytest.raises(regex.error):
        patterns.compile_with_lists(r"(\L<w>", 0, {"w": WORDS})
    assert not cache.exists()


def test_only_patterns_slow_to_compile_are_kept(
    cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(patterns, "_WORTH_KEEPING", 0.5)
    patterns.compile_with_lists("quick", 0, {})
    assert not cache.exists()
    ticks = iter([0.0, 1.0])  # the next compilation takes a second
    monkeypatch.setattr(patterns, "_clock", lambda: next(ticks))
    patterns.compile_with_lists("slow", 0, {})
    assert len(list(cache.glob("pattern-*.pickle"))) == 1
