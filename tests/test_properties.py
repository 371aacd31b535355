"""Property tests: any string parses without raising, and the invariants hold."""

from __future__ import annotations

import regex
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import newsdoc
from newsdoc import Article, Rule, RuleSet
from newsdoc.testing import check_invariants

PIECES = st.sampled_from(
    [
        "“",
        "”",
        '"',
        "‘",
        "’",
        "'",
        "«",
        "»",
        "„",
        "\n",
        "\n\n",
        "\r\n",
        " ",
        "said",
        "he",
        "Mr. Smith",
        "By Jane Doe",
        ",",
        ".",
        ":",
        "—",
        "READ",
        "WASHINGTON (AP) —",
        "I",
    ]
)
NEWSY = st.lists(st.one_of(PIECES, st.text(max_size=8)), max_size=40).map("".join)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(st.text(), NEWSY))
def test_parse_never_raises_and_invariants_hold(text: str) -> None:
    article = newsdoc.parse(text)
    check_invariants(article)
    assert Article.from_dict(article.to_dict()) == article


@settings(max_examples=100, deadline=None)
@given(st.binary(max_size=64))
def test_bytes_either_parse_or_raise_value_error(data: bytes) -> None:
    try:
        newsdoc.parse(data)
    except ValueError as exc:
        assert "UTF-8" in str(exc)


WORDS = st.lists(st.text(alphabet="abAB. é\n", max_size=4), max_size=6)


@settings(max_examples=300, deadline=None)
@given(
    WORDS, st.text(alphabet="abAB. é\nxy", max_size=20), st.sampled_from(["", "b", "a?b", "\\b"])
)
def test_word_lists_spelled_as_tries_match_like_the_regex_module(
    words: list[str], text: str, tail: str
) -> None:
    # The trie must pick the same word as ``\L<list>`` and backtrack the same way.
    rs = RuleSet("t", words={"w": words})
    rule = Rule("t.w", "block", pattern=rf"(?P<w>\L<w>){tail}(?P<after>.?)")
    compiled = rs.add(rule).compiled("t.w").compiled
    assert compiled is not None
    native = regex.compile(rule.pattern or "", regex.V0, w=list(dict.fromkeys(words)))
    got = [m.regs for m in compiled.finditer(text, overlapped=True)]
    assert got == [m.regs for m in native.finditer(text, overlapped=True)]
