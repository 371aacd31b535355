"""Choosing a rule set by the text's language: ``rules="auto"`` and ``newsdoc.language``."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsdoc
from newsdoc import language
from newsdoc import rulesets as registry

SAMPLES = {
    "de": "Die Bundesregierung hat am Mittwoch ein neues Gesetz beschlossen, das die Mieten in "
    "den großen Städten begrenzen soll. Kritiker sagen, es komme zu spät.",
    "fr": "Le gouvernement a présenté mercredi un projet de loi qui doit limiter les loyers dans "
    "les grandes villes. Selon ses détracteurs, il arrive trop tard.",
    "es": "El Gobierno aprobó el miércoles una ley que limita los alquileres en las grandes "
    "ciudades. Según sus críticos, la medida llega demasiado tarde.",
    "en": "The government approved a bill on Wednesday that caps rents in the largest cities. "
    "Critics said it had come too late for many of the families it was meant to help.",
}


@pytest.mark.parametrize("lang", sorted(SAMPLES))
def test_each_built_in_language_is_recognised(lang: str) -> None:
    assert language.choose(SAMPLES[lang]) == lang
    article = newsdoc.parse(SAMPLES[lang], rules="auto")
    assert article.ruleset == lang


@pytest.mark.parametrize(
    "text",
    [
        "政府は水曜日、大都市の家賃を制限する法案を承認した。批判的な人々は遅すぎると言う。",
        "Правительство в среду одобрило закон, ограничивающий арендную плату в крупных городах.",
        "O governo aprovou na quarta-feira uma lei que limita os aluguéis nas grandes cidades do país.",
        "Il governo ha approvato mercoledì una legge che limita gli affitti nelle grandi città. "
        "Secondo i critici, il provvedimento arriva troppo tardi per le famiglie che ne hanno "
        "bisogno e il Parlamento dovrà discuterne di nuovo entro la fine del mese.",
        "Kurz.",
        "",
    ],
    ids=["japanese", "russian", "portuguese", "italian", "too-short", "empty"],
)
def test_a_language_without_a_rule_set_falls_back_to_english(text: str) -> None:
    assert language.choose(text) == language.DEFAULT == "en"


def test_a_declared_language_breaks_a_tie_but_clear_words_win() -> None:
    assert language.choose("Kurz.", tag="de-AT") == "de"
    assert language.choose("Kurz.", tag="pt-BR") == "en"  # no set claims the tag
    assert language.choose(SAMPLES["en"], tag="de") == "en"  # a site's tag, an English article


def test_a_plugin_sharing_a_profile_does_not_shadow_the_built_in(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    copy = registry.get("de").renamed("de-newsroom")
    names = [*registry.available(), "de-newsroom"]
    monkeypatch.setattr(registry, "available", lambda: names)
    real_get = registry.get
    monkeypatch.setattr(registry, "get", lambda n="en": copy if n == "de-newsroom" else real_get(n))
    assert language.choose(SAMPLES["de"]) == "de"


def test_a_plugin_declares_its_language_with_word_lists(monkeypatch: pytest.MonkeyPatch) -> None:
    pt = newsdoc.RuleSet(
        "pt",
        words={
            "language_tags": ["pt"],
            "language_profile": "o a os as de do da dos das e em um uma que não para com".split(),
        },
    )
    text = "O governo aprovou na quarta-feira uma lei que limita os aluguéis nas grandes cidades."
    language.refresh()
    assert language.choose(text) == "en"  # no set reads Portuguese
    names = [*registry.available(), "pt"]
    monkeypatch.setattr(registry, "available", lambda: names)
    real_get = registry.get
    monkeypatch.setattr(registry, "get", lambda n="en": pt if n == "pt" else real_get(n))
    assert language.choose(text) == "en"  # the registered sets are read once per process
    language.refresh()  # ... until refreshed (a plugin installed while the process runs)
    try:
        assert language.choose(text) == "pt"
    finally:
        monkeypatch.undo()
        language.refresh()
    assert language.choose(text) == "en"


def test_the_chosen_rule_set_is_recorded_and_round_trips() -> None:
    article = newsdoc.parse(SAMPLES["fr"], rules="auto")
    data = article.to_dict()
    assert data["ruleset"] == "fr"
    assert newsdoc.Article.from_dict(data) == article
    assert newsdoc.parse(SAMPLES["fr"]).ruleset == "fr"  # "auto" is the default
    assert newsdoc.parse(SAMPLES["fr"], rules="en").ruleset == "en"  # a named set is kept


@given(st.text(max_size=300))
def test_choose_never_raises_and_names_a_registered_set(text: str) -> None:
    assert language.choose(text) in registry.available()


def test_a_page_declares_its_language_for_a_text_too_short_to_tell() -> None:
    pytest.importorskip("lxml")
    page = b"<html lang='de-CH'><body><h1>Kurz</h1><p>Ja.</p></body></html>"
    assert newsdoc.parse_html(page, rules="auto").ruleset == "de"
    german = ("<html lang='en'><body><p>" + SAMPLES["de"] + "</p></body></html>").encode()
    assert newsdoc.parse_html(german, rules="auto").ruleset == "de"  # the words win


def test_a_spanish_text_is_not_taken_for_french() -> None:
    # Spanish shares its commonest words (de, la, que, en, un) with French: only the words
    # one profile holds alone decide.
    text = (
        "La ministra de Trabajo aseguró este lunes que el Gobierno no subirá los impuestos "
        "a las familias, y añadió que la reforma del sistema de pensiones se votará en el "
        "Congreso antes del verano, según informó la agencia."
    )
    assert language.choose(text) == "es"


def test_a_text_in_a_language_no_set_reads_says_so() -> None:
    text = "Pemerintah mengumumkan rencana baru pada hari Senin untuk menurunkan pajak. " * 5
    article = newsdoc.parse(text)
    assert article.ruleset == "en"
    assert language.UNSUPPORTED in article.warnings
    assert language.UNSUPPORTED in article.to_dict()["warnings"]
    assert language.UNSUPPORTED not in newsdoc.parse(SAMPLES["de"]).warnings
    assert language.UNSUPPORTED not in newsdoc.parse("Kurz.").warnings  # too short to tell
