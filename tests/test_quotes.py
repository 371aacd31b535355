"""Quote finding and attribution: behaviour the golden files do not show on their own."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsdoc
from newsdoc import QuoteKind
from newsdoc.testing import check_invariants


def _quotes(text: str, rules: newsdoc.RuleSet | None = None) -> list[newsdoc.Quote]:
    article = newsdoc.parse(text, rules=rules)
    check_invariants(article)
    return list(article.quotes)


def test_cue_verbs_is_a_word_list_users_extend() -> None:
    text = "Vote\n\n“This is a disgrace,” the senator harrumphed."
    assert _quotes(text)[0].attribution is None
    rules = newsdoc.rulesets.get("en").with_words("cue_verbs", ["harrumphed"])
    a = _quotes(text, rules)[0].attribution
    assert a is not None
    assert a.cue is not None and a.cue.text == "harrumphed"
    assert a.speaker.text == "the senator"


def test_scare_quotes_stay_quotes_without_attribution_and_kinds_filter() -> None:
    text = (
        "Banners\n\n"
        "Protesters carried the so-called “NO WAY” banners.\n\n"
        "“We will be back next week,” said organizer Dana Cole."
    )
    quotes = _quotes(text)
    assert [q.kind for q in quotes] == [QuoteKind.TERM, QuoteKind.SENTENCE]
    assert quotes[0].attribution is None
    speech = [q for q in quotes if q.kind != QuoteKind.TERM]
    assert [q.inner_text for q in speech] == ["We will be back next week,"]
    assert all(q.kind in QuoteKind.ALL for q in quotes)


def test_pronouns_inside_the_quote_are_not_speakers() -> None:
    (quote,) = _quotes("Race\n\n“I think we can win,” Rosa Diaz said.")
    assert quote.attribution is not None
    assert quote.attribution.speaker.name == "Rosa Diaz"


def test_a_stray_mark_does_not_swallow_later_paragraphs() -> None:
    text = (
        "Strays\n\n"
        "The “plan was announced on Monday.\n\n"
        "Officials met on Tuesday.\n\n"
        "“It will work,” said Mayor Lee Park."
    )
    quotes = _quotes(text)
    last = quotes[-1]
    assert last.inner_text == "It will work,"
    assert last.attribution is not None and last.attribution.speaker.name == "Lee Park"
    assert "Officials" not in quotes[0].text


@pytest.mark.parametrize(
    ("text", "inner"),
    [
        ("« Nous sommes prêts », a dit le maire.", " Nous sommes prêts "),
        ("Er sagte: »Wir sind bereit.«", "Wir sind bereit."),
        ("Er sagte: „Wir sind bereit.“", "Wir sind bereit."),
        ("彼は「準備ができた」と言った。", "準備ができた"),
        ('"We are ready,” she said.', "We are ready,"),
    ],
)
def test_mark_pairs(text: str, inner: str) -> None:
    (quote,) = _quotes("Title\n\n" + text)
    assert quote.inner_text == inner


def test_bullet_marks_make_no_quote() -> None:
    assert _quotes("Links\n\n» Read more about the vote\n\n» Budget talks resume") == []


def test_split_quote_halves_share_one_attribution() -> None:
    quotes = _quotes("Vote\n\n“The vote is close,” said Senator Maria Lopez. “We need two more.”")
    first, second = (q.attribution for q in quotes)
    assert first is not None
    assert first == second
    assert first.quotes == (quotes[0].span, quotes[1].span)


def test_one_speaker_for_name_title_surname_pronoun_and_role() -> None:
    text = (
        "Budget\n\n"
        "“We will not cut the schools,” said President Helen Marsh.\n\n"
        "“It is a promise,” she said.\n\n"
        "“The treasurer is wrong,” Ms. Marsh added.\n\n"
        "The president called the claim “nonsense.”"
    )
    article = newsdoc.parse(text)
    assert [s.name for s in article.speakers] == ["Helen Marsh"]
    assert len(article.speakers[0].quotes) == 4


def test_quote_keeps_its_speaker_and_the_outlet_is_credited_beside() -> None:
    text = "Talks\n\n“We will not sign,” the minister said, according to the Daily Courier."
    article = newsdoc.parse(text)
    default = article.quotes[0].attribution
    assert default is not None and default.speaker.name == "the minister"
    outlet = article.attributions[-1]
    assert (outlet.rule, outlet.speaker.text) == (
        "attribution.according_to_end",
        "the Daily Courier",
    )
    assert outlet.kind == "reported" and outlet.content[0].contains(article.quotes[0].span)


def test_a_mark_left_open_before_lower_case_words_is_a_stray() -> None:
    text = "Talks\n\nHe stressed the need to counter the behavior “of Russian power.\n\nNext."
    assert newsdoc.parse(text).quotes == ()
    text = "Talks\n\nShe said: “We will win this.\n\nNext."
    (quote,) = newsdoc.parse(text).quotes
    assert quote.text == "“We will win this."


@pytest.mark.parametrize(
    ("text", "outer"),
    [
        ("Smith said: ''It was “a disaster” for us,'' he said.", "''It was “a disaster” for us,''"),
        ("''I \"\"''", "''I \"\"''"),
        ("He said: ''We call it “home” and ‘ours’,'' she said.", None),
        ("''A “b” c “d” e,'' Ana Ruiz said.", "''A “b” c “d” e,''"),
    ],
)
def test_a_quote_inside_a_quote_is_part_of_the_outer_one(text: str, outer: str | None) -> None:
    quotes = _quotes(text)  # check_invariants: quotes ordered, never nested or overlapping
    assert len(quotes) == 1
    if outer is not None:
        assert quotes[0].text == outer
    a = quotes[0].attribution
    assert a is None or a.content == (quotes[0].span,)


MARKS = st.sampled_from(["“", "”", '"', "‘", "’", "'", "''", "«", "»", "„", "‹", "›", "「", "」"])
WORDS = st.sampled_from(["", " ", "It was", "a", ",", ".", " he said", ": ", "\n\n"])
# (opening, closing) in every style, the New York Times' two-character marks included
PAIRS = st.sampled_from(
    [("''", "''"), ("“", "”"), ('"', '"'), ("‘", "’"), ("«", "»"), ("„", "“"), ("»", "«")]
)


def _nested(p: tuple[tuple[str, str], tuple[str, str], str, str]) -> str:
    (o1, c1), (o2, c2), w1, w2 = p
    return f"Smith said: {o1}It was{w1} {o2}a disaster{c2}{w2} for us,{c1} he said."


# a quote inside a quote, in any two mark styles, with words or marks around the inner one
NESTED = st.tuples(PAIRS, PAIRS, WORDS, WORDS).map(_nested)
QUOTEY = st.lists(st.one_of(MARKS, WORDS), max_size=30).map("".join)


@settings(max_examples=300, deadline=None)
@given(st.one_of(NESTED, QUOTEY), st.sampled_from(["en", "de", "fr", "es"]))
def test_quotes_never_nest_or_overlap_in_any_mark_style(text: str, language: str) -> None:
    article = newsdoc.parse(text, rules=language)
    check_invariants(article)  # quotes ordered and disjoint, attribution content too
