"""The literals a block pattern requires, and the scan that finds them."""

from __future__ import annotations

from newsdoc.model import Span
from newsdoc.pipeline.prefilter import LiteralScan, required_literals


def _words(name: str) -> list[str]:
    return {"agencies": ["Reuters", "Getty Images"]}[name]


def test_literals_of_a_list_and_alternatives() -> None:
    assert required_literals(r"^Follow\b.*\bon$", 0, _words) == (frozenset({"Follow"}), False)
    found = required_literals(r"[/|](?:\L<agencies>)$", 0, _words)
    assert found == (frozenset(a + b for a in "/|" for b in ("Reuters", "Getty Images")), False)
    assert required_literals(r"(?i)^(?:copyright\b|©)", 0, _words) == (
        frozenset({"copyright", "©"}),
        True,
    )


def test_no_literals_when_a_match_may_do_without() -> None:
    assert required_literals(r"^\d{1,2}:\d{2}$", 0, _words) is None  # no literal of 3+
    assert required_literals(r"(?:Photo)?\w+", 0, _words) is None  # optional
    assert required_literals(r"Photo|\w+", 0, _words) is None  # an alternative without
    assert required_literals(r"\m(?V1)x", 0, _words) is None  # not read: asked everywhere


def test_scan_credits_every_block_holding_a_literal() -> None:
    text = "Menu\nPhoto: COPYRIGHT 2024\nby Reuters staff\nProse."
    spans = [Span(0, 4), Span(5, 25), Span(26, 42), Span(43, 49)]
    scan = LiteralScan(
        {
            "caption": (frozenset({"Photo"}), False),
            "copyright": (frozenset({"copyright"}), True),
            "credit": (frozenset({"Reuters"}), False),
        }
    )
    assert scan.blocks(text, spans) == {
        1: frozenset({"caption", "copyright"}),
        2: frozenset({"credit"}),
    }


def test_a_repeated_part_joins_the_literal_before_it() -> None:
    # "By" alone is too short to scan for; "By" then one of "[ \t:]+" is three characters
    found = required_literals(r"^(?:By|by)[ \t:]+\p{Lu}\w+$", 0, lambda name: ())
    assert found == (frozenset({"By ", "By\t", "By:", "by ", "by\t", "by:"}), False)
    found = required_literals(r"(?:ab)+cd", 0, lambda name: ())
    assert found == (frozenset({"abcd"}), False)


def test_the_case_blind_scan_finds_what_a_case_blind_search_finds() -> None:
    scan = LiteralScan({"r": (frozenset({"cost"}), True)})
    for text in (
        "a\n\nThe COST rose",
        "a\n\nThe Cost rose ΑΣ",
        "a\n\nThe COſT rose",
        "a\n\nİ COST",
    ):
        assert scan.blocks(text, [Span(0, 1), Span(3, len(text))]) == {1: frozenset({"r"})}
