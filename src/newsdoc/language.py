"""Choosing a rule set by the language of a text (``rules="auto"``).

Each rule set may declare its language with two word lists: ``language_tags``
(the BCP 47 primary tags it reads, ``("de",)``) and ``language_profile`` (the
commonest words of the language, lower case; the built-in sets generate theirs from
wordfreq, see ``scripts/build_lexicons.py``). :func:`choose` counts, among the first
words of a text, the share that each registered set's profile holds *alone*: a word
that several profiles hold (``de``, ``la`` and ``que`` are Spanish and French) tells
nothing and counts for none. It picks the set with the largest share when it is clear:
at least :data:`MIN_SHARE` of the words, and :data:`MARGIN` times the runner-up's share,
and its profile must hold :data:`MIN_SHORT` of the text's short lower-case words (a
language's function words: Portuguese shares some words with Spanish alone, but its
``uma``, ``os`` and ``nas`` are in no profile).
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

import attrs
import regex

from newsdoc import rulesets
from newsdoc.rules import RuleSet

__all__ = [
    "DEFAULT",
    "MARGIN",
    "MIN_SHARE",
    "MIN_SHORT",
    "UNSUPPORTED",
    "choose",
    "detect",
    "refresh",
    "scores",
    "unsupported",
]

DEFAULT = "en"
"""The rule set chosen when the language is unclear."""
MIN_SHARE = 0.05
"""The least share of a text's words that the chosen profile must hold."""
MARGIN = 2.0
"""How many times the runner-up's share the chosen one must be."""
MIN_SHORT = 0.5
"""The least share of a text's short lower-case words (three letters at most; five or
more of them) that the chosen profile must hold."""
UNSUPPORTED = (
    "language: no rule set reads this text's language (its words match no profile); "
    "parsed with 'en'"
)
"""The warning an Article parsed with ``rules="auto"`` carries when its language is none
that a registered set reads (:func:`unsupported`)."""
_SAMPLE = 400  # words read from the text's start: enough to tell, cheap on long texts
_LEAST = 8  # words a text needs before its language is judged
_TELLING = 40  # words a text needs before it is judged in no supported language
_WORD = regex.compile(r"\p{L}+")


def _profile(rules: RuleSet) -> frozenset[str]:
    return rules.derived(
        "language.profile",
        lambda rs: frozenset(w.casefold() for w in rs.words.get("language_profile", ())),
    )


@attrs.frozen
class _Profiles:
    """The declaring rule sets (by name) and, for each profile word, the one set whose
    profile holds it alone (words of several profiles are left out: they tell nothing)."""

    sets: dict[str, RuleSet]
    owner: dict[str, str]


_cache: list[tuple[tuple[str, ...], _Profiles]] = []


def _declaring() -> _Profiles:
    """Every registered rule set that declares a profile, by name; of several sets with
    one profile (a plugin built on ``en``) only one stands, a built-in one if any.

    Built once per process for the registered names (reading the entry points of the
    installed plugins costs milliseconds: not to be paid per text); :func:`refresh`
    forgets it, for a plugin installed while the process runs."""
    if _cache:
        return _cache[0][1]
    names = tuple(rulesets.available())
    found: dict[frozenset[str], tuple[bool, str, RuleSet]] = {}
    for name in names:
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
    sets = {name: rs for _, name, rs in found.values()}
    holders: dict[str, list[str]] = {}
    for name, rs in sets.items():
        for w in _profile(rs):
            holders.setdefault(w, []).append(name)
    owner = {w: names_[0] for w, names_ in holders.items() if len(names_) == 1}
    _cache.append((names, _Profiles(sets, owner)))
    return _cache[0][1]


def refresh() -> None:
    """Forget the registered rule sets :func:`choose` read (after installing a plugin set
    in a running process)."""
    _cache.clear()


def _sample(text: str) -> list[str]:
    """The words of the text's start that the choice reads (:data:`_SAMPLE` at most)."""
    return _WORD.findall(text, 0, min(len(text), _SAMPLE * 12))[:_SAMPLE]


def _shares(words: list[str]) -> dict[str, float]:
    """The share of ``words`` that each declaring set's profile holds and no other does."""
    if len(words) < _LEAST:
        return {}
    profiles = _declaring()
    counts = dict.fromkeys(profiles.sets, 0)
    owner = profiles.owner
    for w in words:
        name = owner.get(w.casefold())
        if name is not None:
            counts[name] += 1
    return {name: n / len(words) for name, n in counts.items()}


def scores(text: str) -> dict[str, float]:
    """The share of the text's first words that each declaring rule set's profile holds
    and no other declaring profile does."""
    return _shares(_sample(text))


def _fits(words: list[str], name: str) -> bool:
    """Whether the profile of set ``name`` holds :data:`MIN_SHORT` of the short lower-case
    ``words`` (true when there are fewer than five)."""
    short = [w for w in words if len(w) <= 3 and w.islower()]
    if len(short) < 5:
        return True
    profile = _profile(_declaring().sets[name])
    return sum(w in profile for w in short) >= MIN_SHORT * len(short)


def _clear(words: list[str]) -> str | None:
    """The set whose profile clearly holds ``words``, if one does."""
    ranked = sorted(_shares(words).items(), key=lambda kv: kv[1], reverse=True)
    if not ranked:
        return None
    best, share = ranked[0]
    second = ranked[1][1] if len(ranked) > 1 else 0.0
    if share >= MIN_SHARE and share >= MARGIN * second and _fits(words, best):
        return best
    return None


def detect(text: str, *, tag: str | None = None) -> tuple[str, bool]:
    """:func:`choose` and :func:`unsupported` in one reading of the text: the set's name,
    and whether the text is in a language no registered set reads (then the name is
    :data:`DEFAULT`)."""
    words = _sample(text)
    best = _clear(words)
    if best is not None:
        return best, False
    if tag:
        primary = tag.strip().split("-")[0].split("_")[0].casefold()
        for name, rs in _declaring().sets.items():
            if primary in {t.casefold() for t in rs.words.get("language_tags", ())}:
                return name, False
    return DEFAULT, len(words) >= _TELLING and not _fits_any(words)


def _fits_any(words: list[str]) -> bool:
    """Whether the best-scoring profile holds :data:`MIN_SHARE` of ``words`` and fits."""
    ranked = sorted(_shares(words).items(), key=lambda kv: kv[1], reverse=True)
    return bool(ranked) and ranked[0][1] >= MIN_SHARE and _fits(words, ranked[0][0])


def choose(text: str, *, tag: str | None = None) -> str:
    """The name of the registered rule set whose language ``text`` is written in.

    The words decide when they are clear. Otherwise ``tag``, a declared language
    (``"de-AT"``, from ``<html lang>``), picks a set whose ``language_tags`` holds its
    primary part; pages often declare their site's language, not the article's, so the
    tag only breaks a tie. Falls back to :data:`DEFAULT`.
    """
    return detect(text, tag=tag)[0]


def unsupported(text: str) -> bool:
    """Whether ``text`` is long enough to tell (40 words or more) and written in no language
    a registered set declares: no profile holds :data:`MIN_SHARE` of its words.

    >>> unsupported("Pemerintah mengumumkan rencana baru pada hari Senin untuk menurunkan pajak. " * 4)
    True
    >>> unsupported("The government presented a plan on Monday to lower taxes. " * 4)
    False
    """
    words = _sample(text)
    return len(words) >= _TELLING and not _fits_any(words)
