"""Block classification: the main-run mechanism, the context rule's switch, kinds and rules."""

from __future__ import annotations

from pathlib import Path

import pytest

import newsdoc
from newsdoc.pipeline.blocks import split_blocks
from newsdoc.pipeline.classify import BARRIER, main_run
from newsdoc.rules import Stage
from newsdoc.rulesets.en import BOILERPLATE_KINDS
from newsdoc.testing import check_invariants

GOLDEN = Path(__file__).parent / "golden"
PROSE = (
    "The county council voted on Tuesday to rebuild the old river bridge, ending a "
    "dispute that had split the town for almost a decade and delayed repairs."
)
PAGE = "\n".join(["Home", "News", "Sport", "Weather"]) + f"\n\nBridge vote\n\n{PROSE}\n\n{PROSE}\n"


@pytest.mark.parametrize(
    ("scores", "run"),
    [
        ([], (0, 0)),
        ([-5.0, -1.0], (0, 0)),
        ([-5.0, 10.0, -3.0, 10.0, -50.0, 4.0], (1, 4)),
        # A barrier splits the sequence; the earlier segment wins when close enough to the best.
        ([10.0, 10.0, BARRIER, 30.0], (0, 2)),
        ([1.0, BARRIER, 30.0], (2, 3)),
    ],
)
def test_main_run(scores: list[float], run: tuple[int, int]) -> None:
    assert main_run(scores) == run


def test_navigation_outside_the_run_is_labelled() -> None:
    article = newsdoc.parse(PAGE)
    check_invariants(article)
    assert [(b.text, b.kind, b.rule) for b in article.boilerplate] == [
        (word, "navigation", "kind.menu") for word in ("Home", "News", "Sport", "Weather")
    ]
    assert article.headline is not None and article.headline.text == "Bridge vote"
    assert [p.rule for p in article.paragraphs] == ["structure.main_run"] * 2


def test_context_rule_can_be_switched_off() -> None:
    rules = newsdoc.rulesets.get("en").disable("structure.main_run")
    article = newsdoc.parse(PAGE, rules=rules)
    assert article.boilerplate == ()
    assert {p.rule for p in article.paragraphs} == {""}  # no rule decided: prose by default
    assert "structure.main_run" in newsdoc.rulesets.get("en")
    assert newsdoc.rulesets.get("en")["structure.main_run"].stage is Stage.CONTEXT


def test_short_attributed_quote_is_not_dropped_for_its_length() -> None:
    text = f"Bridge vote\n\n{PROSE}\n\nBuy tickets\n\nMenu\n\n“No,” said Ana Ruiz\n\n{PROSE}"
    article = newsdoc.parse(text)
    assert "“No,” said Ana Ruiz" in [p.text for p in article.paragraphs]


def test_nothing_is_relabelled_without_prose() -> None:
    article = newsdoc.parse("Home\n\nNews\n\nSport")
    assert [b.rule for b in article.boilerplate] == []


def test_every_boilerplate_kind_is_documented() -> None:
    kinds = {r.kind for r in newsdoc.rulesets.get("en") if r.label == "boilerplate"}
    assert kinds <= set(BOILERPLATE_KINDS)
    for path in GOLDEN.glob("b_*.txt"):
        text = path.read_text(encoding="utf-8").split("\n=== expected ===\n", 1)[0]
        for b in newsdoc.parse(text).boilerplate:
            assert b.kind in BOILERPLATE_KINDS, (path.name, b)
            assert b.rule in newsdoc.rulesets.get("en"), (path.name, b)


@pytest.mark.parametrize("end", ["", " ", "\xa0", "\t \xa0"])
def test_lines_with_trailing_blanks_stay_whole(end: str) -> None:
    text = f"First line here{end}\nSecond line here{end}\n"
    assert [s.of(text) for s in split_blocks(text)] == ["First line here", "Second line here"]


def test_a_run_whose_only_paragraph_is_a_caption_parses() -> None:
    caption = (
        "The council met on Tuesday and voted to rebuild the old bridge, which has been closed "
        "since the floods of last winter, and the work will start in May next year."
    )
    text = f"Home\nNews\nSport\nWeather\nMenu\n\n{caption}\nJane Doe/Getty Images"
    article = newsdoc.parse(text)
    check_invariants(article)
    assert [b.kind for b in article.boilerplate][-2:] == ["caption", "caption"]
    assert article.paragraphs == ()


def test_a_rule_without_a_kind_gives_other() -> None:
    rule = newsdoc.Rule(
        "boilerplate.podcast", Stage.BLOCK, pattern=r"^Listen to", label="boilerplate"
    )
    rules = newsdoc.rulesets.get("en").add(rule, before="boilerplate.social")
    article = newsdoc.parse(
        f"Bridge vote\n\n{PROSE}\n\nListen to our podcast\n\n{PROSE}", rules=rules
    )
    assert [(b.kind, b.rule) for b in article.boilerplate] == [("other", "boilerplate.podcast")]
    assert "other" in BOILERPLATE_KINDS


FOOTER_PAGE = (
    f"Bridge vote\n\n{PROSE}\n\n{PROSE}\n\n3 Comments\n\nriverwatcher says:\n\n"
    "About time, and not a day too soon for the people of this town.\n\n"
    "Share\n\nFacebook\n\nAbout\n\nCareers\n\nPrivacy Notice\n\nOur newsroom\n\n"
    "Click to share on Twitter (Opens in new window)\n\nClick to print (Opens in new window)\n"
)


def test_kind_rules_name_the_kind_of_what_the_main_run_left_out() -> None:
    article = newsdoc.parse(FOOTER_PAGE)
    check_invariants(article)
    got = {b.text: (b.kind, b.rule) for b in article.boilerplate}
    assert got["riverwatcher says:"] == ("comments", "kind.comment_section")
    assert got["About"] == got["Careers"] == ("footer", "kind.footer")
    assert got["Privacy Notice"] == ("footer", "kind.footer")  # not the comments above it
    assert got["Our newsroom"] == ("footer", "kind.footer")  # a short line beside the links
    assert got["Click to print (Opens in new window)"][0] == "share"
    assert got["Click to share on Twitter (Opens in new window)"][0] == "share"
    assert got["Facebook"] == ("share", "kind.share_bar")  # beside "Share"


def test_a_kind_rule_switched_off_hands_its_blocks_back_to_the_main_run() -> None:
    rules = newsdoc.rulesets.get("en").disable("kind.footer")
    got = {b.text: (b.kind, b.rule) for b in newsdoc.parse(FOOTER_PAGE, rules=rules).boilerplate}
    assert got["Careers"][1] != "kind.footer"
    assert {r.name for r in newsdoc.rulesets.get("en") if r.name.startswith("kind.")} >= {
        "kind.share_bar",
        "kind.footer",
        "kind.comment_section",
        "kind.related_section",
        "kind.menu",
    }
