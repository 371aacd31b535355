"""Spanish and French constructions of round 4: dropped subjects, speakers after the verb
that are any noun phrase, object speech, cues inside the quotation marks."""

from __future__ import annotations

import pytest

import newsdoc


def said(text: str, rules: str) -> list[tuple[str, str, str, bool]]:
    """(speaker, cue, what was said, dropped) of every attribution, in text order (the text
    parsed as the paragraphs of an article under a headline)."""
    article = newsdoc.parse("Titular\n\n" + text, rules=rules)
    text = article.text
    return [
        (
            a.speaker.text,
            a.cue.text if a.cue else "",
            " | ".join(text[s.start : s.end] for s in a.content),
            a.dropped,
        )
        for a in article.attributions
    ]


@pytest.mark.parametrize(
    ("text", "rules", "expected"),
    [
        (
            "La ministra Ana Gil afirmó que el plan sigue. “No habrá recortes”, agregó.",
            "es",
            [
                ("La ministra Ana Gil", "afirmó", "el plan sigue", False),
                ("La ministra Ana Gil", "agregó", "“No habrá recortes”", True),
            ],
        ),
        (
            "El alcalde dijo que la obra terminará en mayo.\n\nTambién indicó que el coste subirá.",
            "es",
            [
                ("El alcalde", "dijo", "la obra terminará en mayo", False),
                ("El alcalde", "indicó", "el coste subirá", True),
            ],
        ),
        (
            "“Es un error”, afirmó este martes el comunicador.",
            "es",
            [("el comunicador", "afirmó", "“Es un error”", False)],
        ),
        (
            "La Fiscalía pidió doce años de prisión para el acusado.",
            "es",
            [("La Fiscalía", "pidió", "doce años de prisión para el acusado", False)],
        ),
        (
            "Les prix vont encore monter, souligne l’INSEE.",
            "fr",
            [("l’INSEE", "souligne", "Les prix vont encore monter", False)],
        ),
        (
            "« Cette loi est injuste, affirme-t-elle. Nous ne céderons pas. »",
            "fr",
            [
                (
                    "affirme-t-elle",
                    "affirme-t-elle",
                    "« Cette loi est injuste, affirme-t-elle. Nous ne céderons pas. »",
                    False,
                )
            ],
        ),
    ],
    ids=["fronted-dropped", "opening-dropped", "inverted-np", "object", "fr-inverted-np", "incise"],
)
def test_romance_constructions(
    text: str, rules: str, expected: list[tuple[str, str, str, bool]]
) -> None:
    assert said(text, rules) == expected


def test_a_dropped_subject_with_no_speaker_before_it_is_no_attribution() -> None:
    assert said("“No habrá recortes”, agregó.", "es") == []


def test_dropped_round_trips_through_json() -> None:
    article = newsdoc.parse(
        "Titular\n\nEl alcalde dijo que lo harán. “Lo haremos”, añadió.", rules="es"
    )
    data = article.to_dict()
    assert [a["dropped"] for a in data["attributions"]] == [False, True]
    assert newsdoc.Article.from_dict(data) == article


def test_the_french_lexicon_holds_the_inverted_forms_of_its_commonest_verbs() -> None:
    from newsdoc.rulesets.fr import lexicon

    inverted = set(lexicon.INVERTED_PRONOUNS)
    for form in ("dit-il", "écrit-elle", "ajoute-t-il", "prévient-il", "soulignait-elle"):
        assert form in inverted
    assert "confient-ils" in inverted and "confient-il" not in inverted  # a plural in -ient
    assert "rappelle" in lexicon.CLAUSE_VERBS and "rappele" not in lexicon.CLAUSE_VERBS
