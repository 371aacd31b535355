"""The house rules, tested with newsdoc.testing: one assertion says what a text parses to."""

from __future__ import annotations

import pytest
from newsdoc_newsroom import build

import newsdoc
from newsdoc.cli import main
from newsdoc.testing import assert_boilerplate, assert_parses, assert_quotes, summarize

RULES = "en-newsroom"  # by name: this also checks that the entry point is installed


def test_registered_through_the_entry_point() -> None:
    assert RULES in newsdoc.rulesets.available()
    rules = newsdoc.rulesets.get(RULES)
    assert rules.name == RULES and rules == build()
    assert "structure.more_from_the_gazette" in rules
    assert "boilerplate.related" in rules  # the English rules are all there


def test_house_promos_are_boilerplate() -> None:
    assert_boilerplate(
        "Harbour reopens\n\nGet The Morning Tide in your inbox\n\nThe harbour reopened.\n\n"
        "Got a tip? Write to us",
        """
        boilerplate[newsletter] (boilerplate.gazette_newsletter) Get The Morning Tide in your inbox
        boilerplate[promo] (boilerplate.gazette_promo) Got a tip? Write to us
        """,
        rules=RULES,
    )


def test_after_more_from_the_gazette_is_navigation() -> None:
    assert_boilerplate(
        "Harbour reopens\n\nThe harbour reopened.\n\nMore from the Gazette\n\nFerry fares rise",
        """
        boilerplate[navigation] (structure.more_from_the_gazette) More from the Gazette
        boilerplate[navigation] (structure.more_from_the_gazette) Ferry fares rise
        """,
        rules=RULES,
    )


def test_house_cue_verbs_and_titles() -> None:
    assert_quotes(
        "Harbour reopens\n\n“Not before time,” fumed Harbourmaster Ida Berg.",
        "quote[sentence] “Not before time,” <- Harbourmaster Ida Berg = Ida Berg (fumed)"
        " [attribution.fronted_quote_inverted]",
        rules=RULES,
    )


def test_dubbed_makes_a_term() -> None:
    text = "Harbour reopens\n\nCritics dubbed the pier “the longest walk in town” for years."
    assert_quotes(text, "quote[term] “the longest walk in town”", rules=RULES)
    assert "quote[term]" not in summarize(newsdoc.parse(text, rules="en"))


def test_a_whole_article() -> None:
    assert_parses(
        """Harbour reopens after storm

Get The Morning Tide in your inbox

“We are open for business,” said Harbourmaster Ida Berg.

More from the Gazette

Ferry fares rise
""",
        """
        headline Harbour reopens after storm
        boilerplate[newsletter] (boilerplate.gazette_newsletter) Get The Morning Tide in your inbox
        paragraph “We are open for business,” said Harbourmaster Ida Berg.
        boilerplate[navigation] (structure.more_from_the_gazette) More from the Gazette
        boilerplate[navigation] (structure.more_from_the_gazette) Ferry fares rise
        quote[sentence] “We are open for business,” <- Harbourmaster Ida Berg = Ida Berg (said) [attribution.fronted_quote_inverted]
        speaker Ida Berg: 1 quote(s), mentions: Harbourmaster Ida Berg
        """,
        rules=RULES,
    )


def test_the_command_line_finds_it(
    tmp_path: pytest.TempPathFactory, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["rulesets"]) == 0
    assert RULES in capsys.readouterr().out.split()
    assert main(["rules", "--rules", RULES]) == 0
    assert "boilerplate.gazette_promo" in capsys.readouterr().out
