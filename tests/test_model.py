"""The model: spans, JSON form, round trips, and the Article views."""

from __future__ import annotations

import json
from pathlib import Path

import attrs
import pytest

import newsdoc
from newsdoc import Article, Paragraph, Span

TEXT = (
    "Storm hits coast\n\nBy Jane Doe\n\nBERLIN (Reuters) — “It is bad,” said Ana Ruiz.\n\n"
    "Share this article\n"
)


def test_span_validation() -> None:
    with pytest.raises(ValueError, match="before its start"):
        Span(5, 2)
    with pytest.raises(ValueError, match=">= 0"):
        Span(-1, 2)
    assert Span(1, 4).of("abcdef") == "bcd"
    assert len(Span(1, 4)) == 3
    assert Span(0, 3).overlaps(Span(2, 5)) and not Span(0, 2).overlaps(Span(2, 5))


def test_nodes_are_frozen() -> None:
    a = newsdoc.parse(TEXT)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        a.quotes[0].text = "x"  # type: ignore[misc]


def test_views() -> None:
    a = newsdoc.parse(TEXT)
    assert a.headline is not None and a.headline.text == "Storm hits coast"
    assert a.byline is not None and [m.text for m in a.byline.authors] == ["Jane Doe"]
    assert a.dateline is not None and a.dateline.text == "BERLIN (Reuters) —"
    assert [b.kind for b in a.boilerplate] == ["share"]
    assert len(a.attributions) == 1 and a.attributions[0].speaker.name == "Ana Ruiz"


def test_to_dict_is_json_safe_and_round_trips() -> None:
    a = newsdoc.parse(TEXT)
    d = a.to_dict()
    again = json.loads(json.dumps(d))
    assert Article.from_dict(again) == a


def test_to_dict_form() -> None:
    d = newsdoc.parse(TEXT).to_dict()
    q = d["quotes"][0]
    assert q["span"] == [q["span"][0], q["span"][1]] and q["text"] == "“It is bad,”"
    assert set(q["attribution"]["speaker"]) == {"span", "text", "name", "form"}
    assert set(q["attribution"]["cue"]) == {"span", "text"}
    assert d["headline"]["text"] == "Storm hits coast"
    assert {"span", "text", "kind", "rule"} <= set(d["boilerplate"][0])
    assert all({"span", "text", "rule"} <= set(p) for p in d["paragraphs"])


def test_paragraph_rule_round_trips_and_may_be_absent() -> None:
    a = Article("One line.", (Paragraph(Span(0, 9), "One line.", rule="structure.main_run"),))
    d = a.to_dict()
    assert d["paragraphs"][0]["rule"] == "structure.main_run"
    assert Article.from_dict(d) == a
    del d["blocks"][0]["rule"]  # written before paragraphs named their rule
    assert Article.from_dict(d).paragraphs[0].rule == ""


def test_schema_2_lists_every_attribution() -> None:
    text = "Talks\n\nSmith said the plan would fail. “It is late,” Ruiz said."
    a = newsdoc.parse(text)
    reported, direct = a.attributions
    assert (reported.kind, reported.quotes) == ("reported", ())
    assert [p.of(text) for p in reported.content] == ["the plan would fail"]
    assert direct.kind == "direct" and direct.content == direct.quotes
    assert a.quotes[0].attribution == direct
    d = a.to_dict()
    assert d["schema"] == 2
    assert [x["kind"] for x in d["attributions"]] == ["reported", "direct"]
    assert d["attributions"][0]["content"] == [[18, 37]] and d["attributions"][0]["quotes"] == []
    assert d["quotes"][0]["attribution"] == d["attributions"][1]
    assert {s["name"]: s["attributions"] for s in d["speakers"]} == {"Smith": [0], "Ruiz": [1]}
    assert Article.from_dict(json.loads(json.dumps(d))) == a


def test_from_dict_reads_schema_1() -> None:
    a = newsdoc.parse(TEXT)
    d = a.to_dict()
    d["schema"] = 1
    del d["attributions"]
    for q in d["quotes"]:
        if q["attribution"]:
            del q["attribution"]["kind"], q["attribution"]["content"]
    for s in d["speakers"]:
        del s["attributions"]
    old = Article.from_dict(d)
    assert old.attributions == a.attributions and old.attributions[0].kind == "direct"
    assert old.quotes == a.quotes


def test_from_dict_rejects_garbage() -> None:
    with pytest.raises(ValueError, match="to_dict"):
        Article.from_dict({"blocks": []})
    with pytest.raises(ValueError, match="schema"):
        Article.from_dict({"schema": 99, "text": ""})
    with pytest.raises(ValueError, match="to_dict"):
        Article.from_dict({"schema": 2, "text": "", "attributions": [None]})
    with pytest.raises(ValueError, match="to_dict"):
        Article.from_dict({"text": "", "speakers": [{"name": "X", "attributions": [3]}]})


def test_a_path_is_not_read_and_the_error_shows_how(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("Vote\n\n“Yes,” said Ana Ruiz.", encoding="utf-8")
    with pytest.raises(TypeError, match=r"takes the text, not a path .*a\.txt.*\.read_bytes\(\)"):
        newsdoc.parse(path)  # type: ignore[arg-type]
    # the fix the message names works
    assert newsdoc.parse(path.read_bytes()).quotes[0].attribution is not None


def test_input_types() -> None:
    with pytest.raises(TypeError, match="not int"):
        newsdoc.parse(42)  # type: ignore[arg-type]
    assert newsdoc.parse("") == Article(text="", ruleset="en")
    assert newsdoc.parse("\ufeffHello".encode()).text == "Hello"
    assert newsdoc.parse("Héllo".encode()).text == "Héllo"
    with pytest.raises(ValueError, match="not UTF-8"):
        newsdoc.parse(b"\xff\xfe bad")


@pytest.mark.parametrize(
    "text",
    [
        "Smith said \ud8cc\udf9b: “It was a disaster,” he said.",  # a pair that is two lone ones
        "“Yes,” he said.\udfff\n\n\ud800",
        "\ufffeA mark that starts the text, “yes,” she said.",
    ],
)
def test_the_json_text_round_trips_exactly_lone_surrogates_included(text: str) -> None:
    article = newsdoc.parse(text)
    d = article.to_dict()
    assert d["escaped"] is True
    assert not any("\ud800" <= ch <= "\udfff" for ch in json.dumps(d, ensure_ascii=False))
    for dumped in (json.dumps(d), json.dumps(d, ensure_ascii=False).encode("utf-8")):
        assert Article.from_dict(json.loads(dumped)) == article


def test_the_json_form_escapes_nothing_without_need() -> None:
    article = newsdoc.parse("“Yes,” he said. Marks \ufffeD800 that look like escapes.")
    d = article.to_dict()
    assert "escaped" not in d and d["text"].endswith("Marks \ufffeD800 that look like escapes.")
    assert Article.from_dict(json.loads(json.dumps(d))) == article
