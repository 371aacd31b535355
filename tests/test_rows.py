"""attribution_rows: one flat row per attribution, the same columns always, offsets into the text."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsdoc import Article, Attribution, Cue, Mention, Paragraph, Span, attribution_rows, parse
from newsdoc.rows import COLUMNS

SEED = Path(__file__).resolve().parent.parent / "examples" / "g20-trump-putin.txt"


def test_every_row_has_the_columns_and_its_offsets_slice_the_text() -> None:
    article = parse(SEED.read_text(encoding="utf-8"))
    rows = attribution_rows(article, id="g20")
    assert len(rows) == len(article.attributions) > 3
    text = article.text
    for row, a in zip(rows, article.attributions, strict=True):
        assert list(row) == list(COLUMNS) and row["id"] == "g20"
        assert text[row["mention_start"] : row["mention_end"]] == row["mention"]
        if row["cue"] is not None:
            assert text[row["cue_start"] : row["cue_end"]] == row["cue"]
        assert row["content"].startswith(text[row["content_start"] : a.content[0].end])
        paragraph = article.paragraphs[row["paragraph"]]
        assert paragraph.span.start <= row["content_start"] < paragraph.span.end
        assert row["kind"] == a.kind and row["rule"] == a.rule
    assert {r["speaker"] for r in rows} >= {"Donald Trump", "Vladimir Putin"}
    he = next(r for r in rows if r["mention"] == "he")
    assert he["speaker"] == "Vladimir Putin"  # the resolved name, not the pronoun


def test_reported_and_split_attributions_flatten() -> None:
    text = "Smith said the plan would fail. “It is late,” Jones said, “and costly.”"
    smith = Attribution(
        Mention(Span(0, 5), "Smith"),
        Cue(Span(6, 10), "said"),
        "attribution.reported",
        content=(Span(11, 30),),
        kind="reported",
    )
    split = Attribution(
        Mention(Span(46, 51), "Jones"),
        Cue(Span(52, 56), "said"),
        "attribution.split",
        quotes=(Span(32, 45), Span(58, 71)),
    )
    article = Article(
        text=text, blocks=(Paragraph(Span(0, 71), text),), attributions=(smith, split)
    )
    reported, direct = attribution_rows(article)
    assert reported["kind"] == "reported" and reported["quote"] is None and reported["quotes"] == 0
    assert reported["content"] == "the plan would fail" and reported["id"] is None
    assert (reported["content_start"], reported["content_end"]) == (11, 30)
    assert direct["content"] == "“It is late,” … “and costly.”"
    assert direct["quotes"] == 2 and direct["content_end"] == 71 and direct["paragraph"] == 0
    assert direct["speaker"] == "Jones"  # no Speaker resolved it: the mention's words


def test_pandas_takes_the_rows_as_they_are() -> None:
    pd = pytest.importorskip("pandas")
    rows = attribution_rows(parse(SEED.read_text(encoding="utf-8")), id=1)
    frame = pd.DataFrame(rows)
    assert list(frame.columns) == list(COLUMNS) and len(frame) == len(rows)
    assert frame["mention_start"].dtype.kind == "i"
