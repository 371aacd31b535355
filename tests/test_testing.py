"""newsdoc.testing: the one-line assertions rule authors use, including how they fail."""

from __future__ import annotations

import attrs
import pytest

import newsdoc
from newsdoc.testing import (
    PARTS,
    assert_boilerplate,
    assert_parses,
    assert_quotes,
    check_invariants,
    summarize,
)

TEXT = "Title\n\n“Yes,” said Ana Ruiz.\n\nShare this article"


def test_only_keeps_the_parts_named() -> None:
    article = newsdoc.parse(TEXT)
    full = summarize(article).splitlines()
    for part in PARTS:
        kept = summarize(article, only=(part,)).splitlines()
        assert kept == [line for line in full if line.split()[0].split("[")[0] == part]
    assert summarize(article, only=PARTS) == summarize(article)


def test_narrow_assertions_ignore_the_rest() -> None:
    assert_quotes(
        TEXT, "quote[sentence] “Yes,” <- Ana Ruiz (said) [attribution.fronted_quote_inverted]"
    )
    assert_boilerplate(TEXT, "boilerplate[share]   (boilerplate.share)   Share this article")
    assert_parses(TEXT, "headline Title", only={"headline"})


def test_a_mismatch_shows_a_diff() -> None:
    with pytest.raises(AssertionError) as info:
        assert_quotes(
            TEXT, "quote[sentence] “Yes,” <- Tom Beck (said) [attribution.fronted_quote_inverted]"
        )
    message = str(info.value)
    assert "-quote[sentence] “Yes,” <- Tom Beck" in message
    assert "+quote[sentence] “Yes,” <- Ana Ruiz" in message


def test_bad_parts_are_refused() -> None:
    with pytest.raises(ValueError, match="unknown part"):
        assert_parses(TEXT, "", only=("quotes",))
    with pytest.raises(TypeError, match="collection"):
        summarize(newsdoc.parse(TEXT), only="quote")


def test_check_invariants_refuses_nested_quotes() -> None:
    article = newsdoc.parse("“Yes,” he said. “No,” she said.")
    first, second = article.quotes
    nested = attrs.evolve(second, span=first.span, text=first.text, inner=first.inner)
    with pytest.raises(AssertionError, match="overlaps"):
        check_invariants(attrs.evolve(article, quotes=(first, nested)))


def test_check_invariants_refuses_uncovered_text() -> None:
    article = newsdoc.parse("One line.\n\nTwo lines.")
    with pytest.raises(AssertionError, match="in no block"):
        check_invariants(attrs.evolve(article, blocks=article.blocks[:1]))
