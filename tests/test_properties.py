"""Property tests: any string parses without raising, and the invariants hold."""

from __future__ import annotations

import json

import attrs
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


# Hostile characters: every kind of line break, controls, NUL, lone surrogates,
# right-to-left and wide characters, emoji with joiners, and every quotation mark.
HOSTILE = st.lists(
    st.one_of(
        PIECES,
        st.sampled_from(
            ["\r", "\x00", "\x0b", "\x0c", "\x1c", "\x85", "\u2028", "\u2029", "\ufeff"]
        ),
        st.sampled_from(
            [
                "\ud800",
                "\udfff",
                "\ud8cc\udf9b",
                "\ufffe",
                "ق",
                "ال",
                "他",
                "「",
                "」",
                "『",
                "』",
                "‹",
                "›",
            ]
        ),
        st.sampled_from(["👍🏽", "👩\u200d👩\u200d👧", "🇺🇸", "\u200f", "\u0301"]),
        st.characters(categories=["Cs", "Cc", "Zs", "Pi", "Pf", "Ps", "Pe", "Lu", "Ll"]),
    ),
    max_size=60,
).map("".join)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(HOSTILE)
def test_hostile_strings_parse_and_round_trip_through_json(text: str) -> None:
    article = newsdoc.parse(text)
    check_invariants(article)
    assert Article.from_dict(article.to_dict()) == article
    # lone surrogates included: the JSON form escapes them, so the JSON text is exact
    assert Article.from_dict(json.loads(json.dumps(article.to_dict()))) == article
    text_form = json.dumps(article.to_dict(), ensure_ascii=False).encode("utf-8")
    assert Article.from_dict(json.loads(text_form)) == article


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


def _without_shortcuts(rs: RuleSet) -> RuleSet:
    # "(?:\L<x>)" matches what "\L<x>" matches but is not recognised as one word list.
    for rule in rs:
        if rule.stage == "block" and rule.pattern and regex.fullmatch(r"\\L<\w+>", rule.pattern):
            rs = rs.replace(attrs.evolve(rule, pattern=f"(?:{rule.pattern})"))
    return rs


LINES = st.lists(
    st.one_of(
        st.sampled_from(
            ["Share this", "Share this article", "Comments", "Advert", "isement", "newsletter"]
        ),
        st.sampled_from(["Follow us on", " ", "\n", "\n\n", "A", "Sign up to", "x."]),
        st.text(alphabet="aA .\n", max_size=6),
    ),
    max_size=40,
).map("".join)


@settings(max_examples=200, deadline=None)
@given(LINES)
def test_the_word_list_scan_labels_blocks_as_searching_each_block_does(text: str) -> None:
    en = newsdoc.rulesets.get("en")
    assert newsdoc.parse(text, rules=en) == newsdoc.parse(text, rules=_without_shortcuts(en))


# Case variants of different lengths ("ab", "ABb") are where folding and order meet.
CASE_WORDS = WORDS.map(lambda ws: ws + [w.swapcase() + "b" for w in ws])


@settings(max_examples=300, deadline=None)
@given(
    CASE_WORDS,
    st.text(alphabet="abAB. é\nxy", max_size=20),
    st.sampled_from(
        [
            r"(?i:\L<w>)(?P<x>\L<w>)",
            r"(?P<x>\L<w>)(?i:a\L<w>)?[(?i:]\L<w>",
            r"(?i-s:(?:\L<w>|(?-i:\L<w>b)))\L<w>",
            r"(?s)\L<w>.(?#(?i:)\L<w>",
            r"(?i)\L<w>b",
            r"x|(?i:(?P<x>\L<w>))\L<w>",
        ]
    ),
)
def test_word_lists_in_case_insensitive_groups_match_like_the_regex_module(
    words: list[str], text: str, pattern: str
) -> None:
    rs = RuleSet("t", words={"w": words})
    compiled = rs.add(Rule("t.w", "block", pattern=pattern)).compiled("t.w").compiled
    assert compiled is not None
    native = regex.compile(pattern, regex.V0, w=list(dict.fromkeys(words)))
    got = [m.regs for m in compiled.finditer(text, overlapped=True)]
    assert got == [m.regs for m in native.finditer(text, overlapped=True)]


# Speaker resolution: names, short forms, titles, pronouns and descriptions in any order.
NAME_PIECES = st.sampled_from(
    [
        "Hillary Clinton",
        "Bill Clinton",
        "Clinton",
        "Mrs. Clinton",
        "Mr. Clinton",
        "Sen. Tom Carper",
        "Carper",
        "Ben Cardin",
        "Gov. Ana Reyes",
        "Reyes",
        "the governor",
        "the Ohio governor",
        "the Commission on Presidential Debates",
        "the commission",
        "he",
        "she",
        "they",
        "it",
        "He",
        "She",
        " said",
        " and ",
        ", ",
        ". ",
        "\n\n",
        "“We will win,” ",
        "“No,” said ",
        "Rival ",
        "'s",
    ]
)
NAMED = st.lists(NAME_PIECES, max_size=30).map("".join)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(NAMED)
def test_every_resolved_name_is_spelled_in_the_text(text: str) -> None:
    article = newsdoc.parse(text)
    mentions = [a.speaker for a in article.attributions]
    mentions += [m for s in article.speakers for m in s.mentions]
    for m in mentions:
        for name in m.names:
            # a description opening the sentence is named in lower case ('the mayor')
            assert name in text or name[:1].upper() + name[1:] in text, (name, text)
    for s in article.speakers:
        assert s.name in text or s.name[:1].upper() + s.name[1:] in text


@given(st.text(st.sampled_from("ab1 _.,\n\t-é中"), max_size=60), st.integers(0, 30))
@settings(max_examples=300)
def test_words_at_most_agrees_with_the_word_count(block: str, most: int) -> None:
    from newsdoc.model import Span
    from newsdoc.pipeline.classify import BlockView

    source = "x " + block + " y"
    span = Span(2, 2 + len(block))
    assert BlockView(source, [span], 0).words_at_most(most) == (
        BlockView(source, [span], 0).words <= most
    )
