"""The generated first-name tables: provenance, shape, and the gender they give a speaker."""

from __future__ import annotations

import importlib
import importlib.util
import sys
from pathlib import Path

import pytest

import newsdoc

ROOT = Path(__file__).resolve().parent.parent
LANGUAGES = ("en", "de", "fr", "es")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_tables_are_generated_sorted_and_disjoint(lang: str) -> None:
    module = importlib.import_module(f"newsdoc.rulesets.{lang}.first_names")
    doc = module.__doc__ or ""
    assert "scripts/build_names.py" in doc and "GNU Free Documentation License" in doc
    female, male = module.FEMALE_FIRST_NAMES, module.MALE_FIRST_NAMES
    assert len(female) > 3000 and len(male) > 3000
    for names in (female, male):
        assert list(names) == sorted(names, key=str.lower)
    assert not {n.lower() for n in female} & {n.lower() for n in male}
    words = newsdoc.rulesets.get(lang).words
    assert words["female_first_names"] == tuple(dict.fromkeys(female))


@pytest.mark.parametrize(
    ("lang", "text", "name", "gender"),
    [
        (
            "de",
            "„Wir sind bereit“, sagte Sabine Kowalczyk am Montag.",
            "Sabine Kowalczyk",
            "female",
        ),
        ("fr", "« Nous sommes prêts », a déclaré Olivier Pagnol lundi.", "Olivier Pagnol", "male"),
        ("es", "«Estamos listos», dijo Lucía Berrocal el lunes.", "Lucía Berrocal", "female"),
        ("en", "“We are ready,” said Daryl Finchley on Monday.", "Daryl Finchley", "male"),
        ("fr", "« Nous sommes prêts », a dit Jean-Marc Ollivier.", "Jean-Marc Ollivier", "male"),
        ("en", "“We are ready,” said Jean-Claude Ollivier.", "Jean-Claude Ollivier", "male"),
    ],
)
def test_a_first_name_of_the_tables_gives_gender(
    lang: str, text: str, name: str, gender: str
) -> None:
    article = newsdoc.parse(f"Headline\n\n{text}", rules=lang)
    speaker = next(s for s in article.speakers if s.name == name)
    assert speaker.kind == "person"
    assert speaker.gender == gender
    assert speaker.gender_evidence == f"first name: {name.split()[0]}"


def test_a_name_ending_in_a_common_word_gets_no_first_name_gender() -> None:
    text = (
        "Headline\n\nThe Kent County Republican committee met on Friday. "
        "“We are ready,” said Grace Ollerton."
    )
    article = newsdoc.parse(text)
    assert all("County" not in s.name for s in article.speakers)
    grace = next(s for s in article.speakers if s.name == "Grace Ollerton")
    assert grace.gender == "female"


def test_the_hand_kept_lists_take_precedence() -> None:
    text = "Headline\n\n“We are ready,” said Daryl Finchley."
    assert newsdoc.parse(text).speakers[0].gender == "male"
    rules = newsdoc.rulesets.get("en").with_words("female_names", ["Daryl"])
    assert newsdoc.parse(text, rules=rules).speakers[0].gender == "female"


def test_the_committed_tables_are_what_the_script_makes() -> None:
    pytest.importorskip("gender_guesser")
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        spec = importlib.util.spec_from_file_location(
            "build_names", ROOT / "scripts" / "build_names.py"
        )
        assert spec is not None and spec.loader is not None
        build = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(build)
    finally:
        sys.path.pop(0)
    for lang, (female, male) in build.tables(build.dictionary()).items():
        target = ROOT / "src" / "newsdoc" / "rulesets" / lang / "first_names.py"
        assert target.read_text(encoding="utf-8") == build.render(lang, female, male)


def test_a_title_of_the_other_gender_never_joins_a_named_person() -> None:
    text = (
        "Visit\n\nDaryl Finchley opened the fair. “It is a good day,” Daryl Finchley said.\n\n"
        "“We came early,” said Mrs. Finchley."
    )
    article = newsdoc.parse(text)
    names = {a.speaker.text: a.speaker.name for a in article.attributions}
    assert names["Mrs. Finchley"] != "Daryl Finchley"


def test_a_place_noun_ends_a_place_not_a_person() -> None:
    text = (
        "Storm\n\nThe storm hit Rose Valley on Monday. Rose Valley said the roads were closed. "
        "“We need help,” said Ann Cole."
    )
    speakers = {s.name: s for s in newsdoc.parse(text).speakers}
    valley = speakers["Rose Valley"]
    assert valley.kind == "organization" and valley.gender is None  # a place speaks as a body
    assert speakers["Ann Cole"].gender == "female"
