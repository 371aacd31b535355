"""The seed article (examples/g20-trump-putin.txt) parses to what issue #2 specifies."""

from __future__ import annotations

from pathlib import Path

import pytest

import newsdoc
from newsdoc.testing import check_invariants

SEED = Path(__file__).resolve().parent.parent / "examples" / "g20-trump-putin.txt"


@pytest.fixture(scope="module")
def article() -> newsdoc.Article:
    a = newsdoc.parse(SEED.read_text(encoding="utf-8"))
    check_invariants(a)
    return a


def _quote(article: newsdoc.Article, inner_start: str) -> newsdoc.Quote:
    hits = [q for q in article.quotes if q.inner_text.startswith(inner_start)]
    assert len(hits) == 1, f"expected one quote starting {inner_start!r}, got {hits}"
    return hits[0]


def test_headline_and_paragraphs(article: newsdoc.Article) -> None:
    assert article.headline is not None
    assert article.headline.text == "G20: first meeting Trump-Putin"
    assert len(article.paragraphs) == 13


def test_exactly_two_boilerplate_blocks(article: newsdoc.Article) -> None:
    got = [(b.text, b.kind) for b in article.boilerplate]
    assert got == [
        ("Informations sur les Publicités Twitter et confidentialité", "social"),
        (
            "READ\xa0 Three resignations at CNN after the withdrawal of an article on Trump",
            "related",
        ),
    ]
    assert all(b.rule.startswith("boilerplate.") for b in article.boilerplate)


@pytest.mark.parametrize(
    ("start", "name", "mention", "cue"),
    [
        ("It’s an honor", "Donald Trump", None, "said"),
        ("I am delighted", "Vladimir Putin", None, None),
        ("We talked on the phone", "Vladimir Putin", "he", None),
        ("very, very good", "Vladimir Putin", "President Putin", "described"),
        ("more constructive", "HR McMaster", None, None),
        ("brilliant and talented man", "Vladimir Putin", None, "called"),
        ("undisputed favorite of the presidential race.", "Vladimir Putin", None, "called"),
        ("a strong leader", "Donald Trump", "Mr. Trump", "praised"),
        ("a powerful leader.", "Donald Trump", "Mr. Trump", "praised"),
        ("deteriorated", "Vladimir Putin", None, None),
    ],
)
def test_attributed_quotes(
    article: newsdoc.Article, start: str, name: str, mention: str | None, cue: str | None
) -> None:
    a = _quote(article, start).attribution
    assert a is not None
    assert a.speaker.name == name
    assert a.rule.startswith(("attribution.", "speech."))
    if mention is not None:
        assert a.speaker.text == mention
    if cue is not None:
        assert a.cue is not None and a.cue.text == cue


def test_misordered_marks_stay_local(article: newsdoc.Article) -> None:
    assert all(q.inner_text.strip(' “”"') != "and" for q in article.quotes)
    text = article.text
    at = text.index("a common approach Facing Russia")
    holders = [q for q in article.quotes if q.span.start <= at < q.span.end]
    assert len(holders) == 1
    attribution = holders[0].attribution
    assert attribution is not None and attribution.speaker.name == "HR McMaster"


def test_apostrophes_are_not_quote_marks(article: newsdoc.Article) -> None:
    text = article.text
    for word in ("It’s", "Trump’s", "president’s"):
        start = text.index(word)
        apostrophe = start + word.index("’")
        for q in article.quotes:
            assert apostrophe not in (q.span.start, q.span.end - 1), (word, q)


def test_speakers(article: newsdoc.Article) -> None:
    by_name = {s.name: s for s in article.speakers}
    assert {"Donald Trump", "Vladimir Putin", "HR McMaster"} <= set(by_name)
    lead = article.attributions[0]  # reported speech, no quote
    assert (lead.kind, lead.rule, lead.speaker.text) == (
        "reported",
        "attribution.fronted",
        "an AFP journalist",
    )
    assert not lead.quotes
    putin = by_name["Vladimir Putin"]
    assert {"he", "President Putin", "Vladimir Putin"} <= {m.text for m in putin.mentions}
    assert {"Mr. Trump", "Donald Trump"} <= {m.text for m in by_name["Donald Trump"].mentions}
    assert all(s.quotes or s.attributions for s in article.speakers)
    for s in article.speakers:
        for q in s.quotes:
            assert q.attribution is not None and q.attribution.speaker.name == s.name


# Who said what in the seed (issue #18): kind, speaker mention, cue, the first and last
# words of what was said, and the quotes it holds.
SEED_ATTRIBUTIONS = [
    ("reported", "an AFP journalist", "said", "US presidents", "Hamburg, Germany", 0),
    ("direct", "Donald Trump", "said", "“It’s an honor", "with you,”", 1),
    ("direct", "Vladimir Putin", "said", "“I am delighted", "positive result,”", 1),
    ("direct", "he", "said", "“We talked", "never enough,”", 1),
    ("mixed", "President Putin", "described", "the talks as", "“very, very good”", 1),
    (
        "mixed",
        "National Security Advisor General HR McMaster",
        "stressed",
        "Donald Trump",
        "of Russian power",
        2,
    ),
    ("mixed", "Vladimir Putin", "called", "the Republican candidate", "presidential race.”", 2),
    ("mixed", "Mr. Trump", "praised", "in his future counterpart", "“a powerful leader.”", 2),
    # a stance, as PolNeAR counts them: "opposed" is a cue of the lists learned from it
    ("reported", "The United States", "opposed", "Moscow by launching", "in April", 0),
    ("mixed", "Vladimir Putin", "judged", "relations between Russia", "in the White House", 1),
]


def test_who_said_what(article: newsdoc.Article) -> None:
    """Every attribution the seed holds, reported and mixed speech included; a clause nested
    in another's (Trump 'wanted' inside McMaster's 'stressed') is read as well."""
    got = [
        a
        for a in article.attributions
        if not any(
            a.content[0].start > b.content[0].start and a.content[-1].end <= b.content[-1].end
            for b in article.attributions
        )
    ]
    assert len(got) == len(SEED_ATTRIBUTIONS)
    for a, (kind, speaker, cue, first, last, n_quotes) in zip(got, SEED_ATTRIBUTIONS, strict=True):
        said = " … ".join(c.of(article.text) for c in a.content)
        assert (a.kind, a.speaker.text, a.cue.text if a.cue else None) == (kind, speaker, cue)
        assert said.startswith(first) and said.endswith(last), said
        assert len(a.quotes) == n_quotes, (said, a.quotes)
    putin = [a for a in got if a.speaker.text == "he"]
    assert putin[0].speaker.name == "Vladimir Putin"
    assert not any(q.text.startswith("“of Russian") for q in article.quotes)
