"""The attribution engine on the token layer: rule mechanics, not English coverage."""

from __future__ import annotations

import newsdoc
from newsdoc import Rule, Stage
from newsdoc.pipeline.attribute import _needs, _quoted
from newsdoc.pipeline.tokens import class_pattern


def test_a_continued_rule_gives_a_sentence_to_the_speech_before() -> None:
    rules = (
        newsdoc.rulesets.get("de")
        .remove("attribution.subjunctive_runs_on")  # German's own continued rule
        .with_words("subjunctive_verbs", ["sei", "habe"])
        .add(
            Rule(
                "attribution.runs_on",
                Stage.ATTRIBUTION,
                tokens=r"^(?P<content>[^.]*{subjunctive}[^.]*)",
                where="continued",
            )
        )
    )
    text = "Titel\n\nDer Minister sagte, die Lage sei ernst. Man habe keine Wahl. Es regnete."
    said = [
        (a.speaker.text, a.cue.text if a.cue else None, a.rule, a.content[0].of(text))
        for a in newsdoc.parse(text, rules=rules).attributions
    ]
    assert said[1:] == [("Der Minister", "sagte", "attribution.runs_on", "Man habe keine Wahl")]


def test_a_continued_rule_needs_speech_right_before_it() -> None:
    """It runs on over sentences it matches, and stops at the first it does not."""
    rules = newsdoc.rulesets.get("en").add(
        Rule(
            "attribution.runs_on",
            Stage.ATTRIBUTION,
            tokens=r"^(?P<content>{pronoun}.+)",
            where="continued",
        )
    )
    text = "Title\n\nIt rained. Smith said the plan would fail. It was late. Birds sang. It ended."
    rules_of = [a.rule for a in newsdoc.parse(text, rules=rules).attributions]
    assert rules_of == ["attribution.clause", "attribution.runs_on"]


def test_the_cue_letters_a_rule_needs() -> None:
    assert _needs(class_pattern("(?P<speaker>{pronoun})(?P<cue>{clause_verb}+)")) == {"V"}
    assert _needs(class_pattern("(?P<cue>(?:V+|(?<=B)I+))")) == {"V", "I"}
    assert _needs("(?P<speaker>C)(?P<cue>w[^.]{0,3}:)") == {":"}
    assert _needs("(?P<speaker>C)") == frozenset()


def test_rules_whose_matches_all_hold_a_quote() -> None:
    assert _quoted(r"(?P<speaker>C)V(?P<content>[^.Q]{0,3}Q[^.]*)")
    assert not _quoted(r"(?P<speaker>C)V(?P<content>Q|[^.]{3,})")
    assert not _quoted(r"(?:(?P<content>Q),|(?P<content>[^Q.]+),)(?P<speaker>C)V")
    # a quote in a lookaround may stand in an alternative of its own: no gate
    assert not _quoted(r"(?P<speaker>C)V(?P<content>[^.]{3,}?(?=\.|(?<=Q)I|$))")
    assert _quoted(r"(?P<speaker>C)V(?P<content>[^.]*?Q(?=\.|(?<=[Q])I|$))")
    assert _quoted(r"(?P<content>\.?Q)(?P<speaker>C)V(?P<content2>Q)")
