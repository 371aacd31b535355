"""Choosing a rule set by the language of a text (``rules="auto"``).

Each rule set may declare its language with two word lists: ``language_tags``
(the BCP 47 primary tags it reads, ``("de",)``) and ``language_profile`` (the
commonest words of the language's news, lower case). :func:`choose` counts,
among the first words of a text, the share that each registered set's profile
holds, and picks the set with the largest share when it is clear: at least
:data:`MIN_SHARE` of the words, and :data:`MARGIN` times the runner-up's share.
Otherwise a page's declared language (``<html lang>``) decides when a
registered set claims its tag, and failing that, as for texts too short to
tell, the choice falls back to ``en``.
No model, no download: a few dozen words per language, pure Python.

>>> choose("Die Regierung hat am Montag einen Plan vorgelegt, der die Steuern senken soll.")
'de'
>>> choose("Le gouvernement a présenté lundi un plan qui doit baisser les impôts.")
'fr'
>>> choose("政府は月曜日に計画を発表した。")
'en'
"""

from __future__ import annotations

import regex

from newsdoc import rulesets
from newsdoc.rules import RuleSet

__all__ = ["DEFAULT", "MARGIN", "MIN_SHARE", "choose", "scores"]

DEFAULT = "en"
"""The rule set chosen when the language is unclear."""
MIN_SHARE = 0.1
"""The least share of a text's words that the chosen profile must hold."""
MARGIN = 2.0
"""How many times the runner-up's share the chosen one must be."""
_SAMPLE = 400  # words read from the text's start: enough to tell, cheap on long texts
_LEAST = 8  # words a text needs before its language is judged
_WORD = regex.compile(r"\p{L}+")


def _profile(rules: RuleSet) -> frozenset[str]:
    return rules.derived(
        "language.profile",
        lambda rs: frozenset(w.casefold() for w in rs.words.get("language_profile", ())),
    )


def _declaring() -> dict[str, RuleSet]:
    """Every registered rule set that declares a profile, by name; of several sets with
    one profile (a plugin built on ``en``) only one stands, a built-in one if any."""
    found: dict[frozenset[str], tuple[bool, str, RuleSet]] = {}
    for name in rulesets.available():
        try:
            rs = rulesets.get(name)
        except Exception:  # a broken plugin must not stop the choice between the others
            continue
        profile = _profile(rs)
        if not profile:
            continue
        rank = (not rulesets.is_builtin(name), name)
        if profile not in found or rank < found[profile][:2]:
            found[profile] = (*rank, rs)
    return {name: rs for _, name, rs in found.values()}


def scores(text: str) -> dict[str, float]:
    """The share of the text's first words that each declaring rule set's profile holds."""
    words = [w.casefold() for w in _WORD.findall(text, 0, min(len(text), _SAMPLE * 12))]
    words = words[:_SAMPLE]
    if len(words) < _LEAST:
        return {}
    return {
        name: sum(w in _profile(rs) for w in words) / len(words)
        for name, rs in _declaring().items()
    }


def choose(text: str, *, tag: str | None = None) -> str:
    """The name of the registered rule set whose language ``text`` is written in.

    The words decide when they are clear. Otherwise ``tag``, a declared language
    (``"de-AT"``, from ``<html lang>``), picks a set whose ``language_tags`` holds its
    primary part; pages often declare their site's language, not the article's, so the
    tag only breaks a tie. Falls back to :data:`DEFAULT`.
    """
    ranked = sorted(scores(text).items(), key=lambda kv: kv[1], reverse=True)
    if ranked:
        best, share = ranked[0]
        second = ranked[1][1] if len(ranked) > 1 else 0.0
        if share >= MIN_SHARE and share >= MARGIN * second:
            return best
    if tag:
        primary = tag.strip().split("-")[0].split("_")[0].casefold()
        for name, rs in _declaring().items():
            if primary in {t.casefold() for t in rs.words.get("language_tags", ())}:
                return name
    return DEFAULT
