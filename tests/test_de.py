"""German, French and Spanish attribution: one construction per test, short fixtures of our own."""

from __future__ import annotations

import pytest

import newsdoc


def said(text: str, rules: str) -> list[tuple[str, str, str]]:
    """(speaker, cue, what was said) of every attribution of ``text``, in text order."""
    article = newsdoc.parse(text, rules=rules)
    return [
        (
            a.speaker.text,
            a.cue.text if a.cue else "",
            " | ".join(text[s.start : s.end] for s in a.content),
        )
        for a in article.attributions
    ]


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("Merkel sagte, sie sei zufrieden.", "Merkel", "sie sei zufrieden"),
        (
            "Der Minister erklärte, dass die Lage ernst sei.",
            "Der Minister",
            "dass die Lage ernst sei",
        ),
        ("Am Montag sagte der Minister, die Lage sei ernst.", "der Minister", "die Lage sei ernst"),
        ("Die Lage sei ernst, sagte die Ministerin.", "die Ministerin", "Die Lage sei ernst"),
        ("„Das ist gut“, so Müller.", "Müller", "„Das ist gut“"),
        ("»Das ist gut«, sagte Müller.", "Müller", "»Das ist gut«"),
        ("„Wir sind bereit“, hatte er im Mai gesagt.", "er", "„Wir sind bereit“"),
        ("Die Kosten steigen, wie ein Sprecher mitteilte.", "ein Sprecher", "Die Kosten steigen"),
        (
            "Laut Polizei verlief die Demonstration friedlich.",
            "Polizei",
            "verlief die Demonstration friedlich",
        ),
        ("Dem Bericht zufolge steigen die Preise.", "Dem Bericht", "steigen die Preise"),
        (
            "Nach Angaben der Feuerwehr wurde niemand verletzt.",
            "der Feuerwehr",
            "wurde niemand verletzt",
        ),
        (
            "Merkel und Macron sagten, Europa müsse handeln.",
            "Merkel und Macron",
            "Europa müsse handeln",
        ),
        (
            "In einer Erklärung der Partei hieß es, man sei enttäuscht.",
            "einer Erklärung der Partei",
            "man sei enttäuscht",
        ),
    ],
)
def test_german_constructions(text: str, speaker: str, content: str) -> None:
    found = said(text, "de")
    assert [(s, c) for s, _, c in found] == [(speaker, content)]


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "Der Verband hat nach eigenen Angaben bislang die Hälfte der Mitglieder befragt.",
            "eigenen Angaben",
            "Der Verband hat | bislang die Hälfte der Mitglieder befragt",
        ),
        (
            "Nach eigenen Angaben erhielt der Verein im Jahr 2020 keine Spenden.",
            "eigenen Angaben",
            "erhielt der Verein im Jahr 2020 keine Spenden",
        ),
        (
            "Dabei wurden nach Medienberichten weitere Demonstranten festgenommen.",
            "Medienberichten",
            "Dabei wurden | weitere Demonstranten festgenommen",
        ),
        (
            "Die Sprecherin sagte dem „Kurier“, dass der Termin verschoben werde.",
            "Die Sprecherin",
            "dass der Termin verschoben werde",
        ),
        (
            "Die Gewerkschaften werfen dem Vorstand vor, er habe gelogen.",
            "Die Gewerkschaften",
            "er habe gelogen",
        ),
        (
            "Der Verband ist der Ansicht, dass die Regeln zu streng seien.",
            "Der Verband",
            "dass die Regeln zu streng seien",
        ),
        (
            "Die Gewerkschaft beschuldigte Minister Weber, die Zahlen geschönt zu haben.",
            "Die Gewerkschaft",
            "die Zahlen geschönt zu haben",
        ),
        (
            "Die Ärzte werfen Klinikchef Ralf Brandt Versäumnisse vor.",
            "Die Ärzte",
            "Klinikchef Ralf Brandt Versäumnisse vor",
        ),
        (
            "Dem Magazin sagte Anna Berger: „Wir machen weiter.“",
            "Anna Berger",
            "„Wir machen weiter.“",
        ),
        ("Ergänzend fügt Berger hinzu: „Das reicht nicht.“", "Berger", "„Das reicht nicht.“"),
        (
            "Karl Weber von der IG Metall Trier sagte, es werde geprüft.",
            "Karl Weber von der IG Metall Trier",
            "es werde geprüft",
        ),
        (
            "In dem Antrag heißt es wörtlich: „Die Frist ist zu kurz.“",
            "dem Antrag",
            "„Die Frist ist zu kurz.“",
        ),
        (
            "Im Gespräch äußerte sich der Trainer zuversichtlich: „Wir schaffen das.“",
            "der Trainer",
            "„Wir schaffen das.“",
        ),
        (
            "Die Länder haben signalisiert, dass sie zustimmen könnten.",
            "Die Länder",
            "dass sie zustimmen könnten",
        ),
    ],
)
def test_german_speakers_and_cues(text: str, speaker: str, content: str) -> None:
    found = said(text, "de")
    assert [(s, c) for s, _, c in found] == [(speaker, content)]


def test_a_reported_should_runs_on_after_a_speech() -> None:
    text = "Die Polizei teilte mit, der Mann sei geflohen. Er soll das Auto gestohlen haben."
    found = said(text, "de")
    assert [(s, c) for s, _, c in found] == [
        ("Die Polizei", "der Mann sei geflohen"),
        ("Die Polizei", "Er soll das Auto gestohlen haben"),
    ]


def test_a_fronted_object_is_not_the_speaker() -> None:
    found = said("Den Plan kritisierte die Opposition, er sei zu teuer.", "de")
    assert [s for s, _, _ in found] == ["die Opposition"]


def test_a_weak_verb_speaks_only_with_a_subjunctive_or_a_quote() -> None:
    assert said("Der Minister stellte den Plan am Montag vor, danach ging er.", "de") == []
    assert [s for s, _, _ in said("Der Minister stellte fest, die Lage sei ernst.", "de")] == [
        "Der Minister"
    ]


def test_a_german_lede_is_not_taken_for_a_title() -> None:
    text = (
        "Der Stadtrat hat am Montag den Haushalt beschlossen. Nach Angaben der Stadt steigen "
        "die Ausgaben um zwei Prozent.\n\nDie Opposition stimmte dagegen."
    )
    article = newsdoc.parse(text, rules="de")
    assert article.headline is None
    assert len(article.paragraphs) == 2


@pytest.mark.parametrize(
    ("text", "rules", "speaker", "cue", "content"),
    [
        ("« C’est fini », a-t-il déclaré.", "fr", "a-t-il", "déclaré", "« C’est fini »"),
        (
            "« C’est fini », estime-t-elle.",
            "fr",
            "estime-t-elle",
            "estime-t-elle",
            "« C’est fini »",
        ),
        (
            "Le ministre a affirmé que la situation était grave.",
            "fr",
            "Le ministre",
            "a affirmé",
            "la situation était grave",
        ),
        ("Selon l’AFP, la grève continue.", "fr", "l’AFP", "Selon", "la grève continue"),
        (
            "— Nous attendons des actes, a répondu le syndicat.",
            "fr",
            "le syndicat",
            "a répondu",
            "Nous attendons des actes",
        ),
        (
            "El ministro dijo que la medida es justa.",
            "es",
            "El ministro",
            "dijo",
            "la medida es justa",
        ),
        (
            "Según los sindicatos, la reforma llega tarde.",
            "es",
            "los sindicatos",
            "Según",
            "la reforma llega tarde",
        ),
        (
            "«Es un buen día», afirmó la alcaldesa.",
            "es",
            "la alcaldesa",
            "afirmó",
            "«Es un buen día»",
        ),
        (
            "—No hay dinero —respondió el portavoz—.",
            "es",
            "el portavoz",
            "respondió",
            "No hay dinero",
        ),
    ],
)
def test_french_and_spanish_constructions(
    text: str, rules: str, speaker: str, cue: str, content: str
) -> None:
    assert said(text, rules) == [(speaker, cue, content)]


@pytest.mark.parametrize(
    ("text", "rules", "gender"),
    [
        ("« Non », a-t-elle dit. Mme Anne Roux est partie.", "fr", "female"),
        ("« Non », a-t-il dit. M. Paul Roux est parti.", "fr", "male"),
    ],
)
def test_inverted_pronouns_carry_their_gender(text: str, rules: str, gender: str) -> None:
    words = newsdoc.rulesets.get(rules).words
    pronoun = said(text, rules)[0][0]
    assert pronoun in words[f"{gender}_pronouns"]
