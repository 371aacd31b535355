"""Pathological inputs parse, at sizes CI affords, and the invariants hold.

The benchmark (``benchmarks/bench.py --pathological``) runs the same kinds of
input at a megabyte each and reports the time; these tests only check the
result. Slow custom rules are stopped by the per-rule timeout in every stage.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import attrs
import pytest

import newsdoc
from newsdoc import Article, Rule, RuleTimeout
from newsdoc.pipeline.classify import BlockDraft
from newsdoc.rules import CompiledRule
from newsdoc.testing import check_invariants

SIZE = 3000  # characters per input: each parses in a fraction of a second


def _fill(unit: str, size: int = SIZE) -> str:
    return (unit * (size // len(unit) + 1))[:size]


SAID = "“Yes,” he said, said she, said they, said Smith, said the official, "
HOSTILE = {
    "one double mark": _fill('"'),
    "one curly mark": _fill("“"),
    "alternating marks": _fill("“”"),
    "alternating straight and curly": _fill('"“'),
    "marks and spaces": _fill("“ ” ‘ ’ « » "),
    "apostrophes": _fill("’t ’s ‘’ ’’ "),
    "one line, no spaces": _fill("abcdefghij"),
    "tiny lines": _fill("A\n"),
    "tiny lower-case lines": _fill("a\n"),
    "blank lines": _fill("\n \n\t\n"),
    "deep mixed nesting": _fill("“‘«„" * 50 + "“‘«„»’”「『』」" * 4 + "»’”" * 50 + "\n"),
    "NUL and controls": _fill("\x00\x01\x07\x1b\x7f\x1c\u2028\x0c\x0b x"),
    "lone surrogates": _fill("\ud800a\udfff “\udc00” \ud83d\n"),
    "CRLF and bare CR": _fill("Line one, he said.\r\n“Quote,” he said.\r\rNext.\r"),
    "right-to-left and CJK": _fill("قال الرئيس «مرحبا» 他说「你好」。\n"),
    "emoji": _fill("🙂 “👍🏽 yes,” 🇺🇸 said 👩‍👩‍👧 Smith.\n"),
    "said chains": _fill(SAID),
    "said chains in paragraphs": _fill(SAID + "\n\n"),
    "titles without a name": _fill("President Vice Prime Minister General "),
    "by lines": _fill("By Jane Doe\n"),
    "boilerplate phrases": _fill("Share this article Subscribe now READ MORE: x\n"),
    "datelines": _fill("WASHINGTON (AP) — "),
    "unclosed quote then paragraphs": "“" + _fill("word, ") + "\n\n“more\n\n" + _fill("x "),
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_input_parses_and_keeps_the_invariants(name: str) -> None:
    text = HOSTILE[name]
    article = newsdoc.parse(text)
    check_invariants(article)
    assert Article.from_dict(article.to_dict()) == article
    for quote in article.quotes:
        assert quote.inner.start >= quote.span.start and quote.inner.end <= quote.span.end


def test_hostile_input_as_utf8_bytes() -> None:
    text = HOSTILE["emoji"] + HOSTILE["right-to-left and CJK"]
    assert newsdoc.parse(text.encode("utf-8")) == newsdoc.parse(text)


def test_a_line_ending_in_white_space_is_one_block() -> None:
    article = newsdoc.parse("WASHINGTON — Talks resume, he said.\xa0 \n\nNext Line.  \r\n")
    check_invariants(article)
    assert [b.text for b in article.blocks] == ["WASHINGTON — Talks resume, he said.", "Next Line."]


def test_a_sentence_of_many_quotes_attributes_each_nearby() -> None:
    # One sentence with as many quotes as the densest news article: each finds its cue.
    text = "Intro line here.\n\n" + "“Yes,” he said in the hall, " * 30 + "and left."
    article = newsdoc.parse(text)
    check_invariants(article)
    assert len(article.quotes) == 30 and not article.warnings
    assert all(q.attribution is not None for q in article.quotes)


@pytest.mark.parametrize("unit", ["“Yes,” he said, ", "« ", "He said “hi”.\r\n", "「你好」"])
def test_a_crowd_of_quotes_is_found_but_left_to_no_rule(unit: str) -> None:
    # Hundreds of quotes packed closer than news prose packs them (one per 50 characters
    # over 2000): all are found, no rule tries them (their cost must not grow with the rule
    # set), and a warning says so.
    far = "Plain prose that holds no mark at all. " * 30  # beyond the crowd's reach
    text = f"Intro line here.\n\n{far}\n\n{unit * 300}\n\n{far} “Yes,” he said."
    article = newsdoc.parse(text)
    check_invariants(article)
    crowd = article.quotes[:-1]
    assert len(crowd) >= 150 and all(q.attribution is None for q in crowd)
    assert article.quotes[-1].attribution is not None
    (warning,) = article.warnings
    assert "no quote or attribution rule was tried" in warning


# -- slow custom rules: every stage stops them --------------------------------

SLOW = r"(?:a|a)+b"  # backtracks exponentially on a run of a's with no b
RUN = "a" * 40


def _context(text: str, drafts: Sequence[BlockDraft], rule: CompiledRule) -> list[BlockDraft]:
    for d in drafts:  # a context rule may use its own pattern, bounded like any other
        rule.search(text, d.span.start, d.span.end)
    return list(drafts)


SLOW_RULES = {
    "block": (Rule("custom.slow", "block", pattern=SLOW, label="boilerplate"), RUN),
    "context": (
        Rule("custom.slow", "context", pattern=SLOW, func=_context),
        RUN,
    ),
    "dateline": (
        Rule("custom.slow", "dateline", pattern=rf"(?P<place>{SLOW})"),
        f"Headline here\n\n{RUN} — text.",
    ),
    "quote": (
        Rule("custom.slow", "quote", pattern=SLOW, where="before"),
        f"Headline here\n\n{RUN} “quoted words here,” he said.",
    ),
    "attribution": (
        Rule(
            "custom.slow",
            "attribution",
            tokens=r"(?P<speaker>(?:{word}|{word})+)(?P<cue>{clause_verb})(?P<content>{number})",
        ),
        "Headline here\n\n" + " ".join(["word"] * 40) + " said so.",
    ),
}


@pytest.mark.parametrize("stage", sorted(SLOW_RULES))
def test_a_slow_rule_raises_a_timeout_naming_it(stage: str) -> None:
    rule, text = SLOW_RULES[stage]
    rules = newsdoc.rulesets.get("en").add(rule)
    with pytest.raises(RuleTimeout, match=r"custom\.slow") as info:
        newsdoc.parse(text, rules=rules, timeout=0.05)
    assert info.value.rule == "custom.slow"


@pytest.mark.parametrize("stage", sorted(SLOW_RULES))
def test_a_slow_rule_is_skipped_with_a_warning(stage: str) -> None:
    rule, text = SLOW_RULES[stage]
    rules = newsdoc.rulesets.get("en").add(rule)
    article = newsdoc.parse(text, rules=rules, timeout=0.05, on_timeout="skip")
    check_invariants(article)
    assert len(article.warnings) == 1 and "custom.slow" in article.warnings[0]
    without = newsdoc.parse(text, rules=rules.disable("custom.slow"))
    assert article == attrs.evolve(without, warnings=article.warnings)


@pytest.mark.parametrize("bad", [0, -1.0, float("nan")])
def test_a_timeout_that_is_not_positive_is_refused(bad: float) -> None:
    with pytest.raises(ValueError, match="timeout must be a positive number"):
        newsdoc.parse("Talks resume\n\n“We are ready,” she said.", timeout=bad)


def test_an_infinite_timeout_means_no_limit() -> None:
    text = "Talks resume\n\n“We are ready,” she said."
    article = newsdoc.parse(text, timeout=math.inf, on_timeout="skip")
    assert article.warnings == () and article == newsdoc.parse(text)


def test_a_description_written_in_two_cases_is_one_speaker() -> None:
    """'Legal experts' opening a sentence and 'legal experts' inside one are the same
    description: one speaker, and parse does not raise (it used to: KeyError)."""
    text = (
        "Talks\n\nLegal experts said the case would fail.\n\n"
        "The judge disagreed, but legal experts said the ruling was weak.\n"
    )
    article = newsdoc.parse(text)
    assert [s.name for s in article.speakers] == ["Legal experts"]
    assert len(article.speakers[0].attributions) == 2
