"""Generate each language's lexicon module from its hand-kept lemmas and public data.

For a rule set ``LANG`` (``es``, ``fr``, ``de``) it reads the lemmas of
``src/newsdoc/rulesets/LANG/lemmas.py`` (verbs by infinitive under their frame,
noun cues by singular, and the forms never to take) and writes
``src/newsdoc/rulesets/LANG/lexicon.py``: every inflected form of each lemma that
the press writes in reported speech (third persons of every tense and mood,
participles and gerund; French inverted ``-t-il`` forms; no infinitive), and the
language's profile for ``rules="auto"``.

Sources, used at development time only (the library never imports them):

- inflected forms: spaCy's lemma look-up tables, ``spacy-lookups-data`` 1.0.5
  (MIT licence), read backwards (lemma -> every form that maps to it);
- the language profile: the 150 commonest words of the language in
  ``wordfreq`` 3.1.1 (code Apache-2.0, data CC BY-SA 4.0), single letters left out.

Regenerate (from the repository root)::

    python -m pip install spacy-lookups-data==1.0.5 wordfreq==3.1.1
    python scripts/build_lexicons.py es fr de
"""

from __future__ import annotations

import argparse
import gzip
import importlib.util
import json
import sys
from collections import defaultdict
from collections.abc import Callable, Iterable
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent
PROFILE_SIZE = 150

_PLURAL_PARTICIPLES = ("és", "ées", "is", "us", "its", "ts")


def _load(lang: str) -> ModuleType:
    path = ROOT / "src" / "newsdoc" / "rulesets" / lang / "lemmas.py"
    spec = importlib.util.spec_from_file_location(f"lemmas_{lang}", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _inverse_lookup(lang: str) -> dict[str, set[str]]:
    """Lemma -> every form spaCy's look-up table maps to it."""
    import spacy_lookups_data

    path = Path(spacy_lookups_data.__file__).parent / "data" / f"{lang}_lemma_lookup.json.gz"
    table = json.loads(gzip.decompress(path.read_bytes()))
    forms: dict[str, set[str]] = defaultdict(set)
    for form, lemma in table.items():
        for one in lemma if isinstance(lemma, list) else [lemma]:
            forms[one].add(form)
    return forms


def _third_person(lang: str) -> Callable[[str], bool]:
    drop = tuple(getattr(_load(lang), "DROP_ENDINGS", "").split())

    def ok(form: str) -> bool:
        if len(form) < 3 or form.endswith(drop):
            return False
        # French second persons (dis, diras) go; plural participles stay (admis)
        return not (lang == "fr" and form.endswith("s") and not form.endswith(_PLURAL_PARTICIPLES))

    return ok


def _regular(lang: str, lemma: str, forms: set[str]) -> set[str]:
    """Forms a look-up table may file under a noun or an adjective (``estime``,
    ``déclaré``), by the language's ``REGULAR_FORMS`` (``lemmas.py``): each line an
    infinitive ending and the endings of the regular participles and gerund, and
    ``SINGULAR_OF_PLURAL``: the third person singular of the present where the table
    gives the plural (``estiment``: ``estime``). Never the infinitive: ``Cabe destacar
    que`` reports nothing."""
    lemmas = _load(lang)
    out: set[str] = set()
    stem = lemma[:-2]
    for line in getattr(lemmas, "SINGULAR_OF_PLURAL", "").strip().splitlines():
        plural, singular = line.split()
        out |= {f[: -len(plural)] + singular for f in forms if f == stem + plural}
    for line in getattr(lemmas, "REGULAR_FORMS", "").strip().splitlines():
        ending, *endings = line.split()
        if lemma.endswith(ending):
            out |= {lemma[: -len(ending)] + e for e in endings}
    return out


def _verb_forms(
    lang: str, lemmas: Iterable[str], table: dict[str, set[str]], never: set[str]
) -> list[str]:
    """Every kept form of each verb lemma; a lemma of several words (``mettre en garde``,
    ``se féliciter``) inflects its first verb and keeps the rest."""
    ok = _third_person(lang)
    out: dict[str, None] = {}
    for entry in lemmas:
        words = entry.replace("'", "’").split()
        if words[0] in ("se", "s’") or words[0].startswith("s’"):
            words = (
                [words[0][2:], *words[1:]]
                if words[0].startswith("s’") and len(words[0]) > 2
                else words[1:]
            )
        verb, rest = words[0], words[1:]
        known = table.get(verb, set())
        forms = {f for f in known if ok(f) and f != verb} | _regular(lang, verb, known)
        for form in sorted(forms):
            if form in never:
                continue
            out[" ".join([form, *rest])] = None
    return list(out)


def _inverted(forms: list[str], singular: set[str] | None = None) -> list[str]:
    """French verb-pronoun inversions of the third-person forms: ``ajoute-t-il``,
    ``dit-elle``, ``soulignait-il``, ``estiment-ils``."""
    out: dict[str, None] = {}
    known = set(forms)
    for form in forms:
        if form in (singular or ()) or (form.endswith("ient") and form[:-4] + "iennent" in known):
            for p in ("il", "elle"):  # prévient, soutient: singular, not a plural in -ent
                out[f"{form}-{p}"] = None
            continue
        if " " in form or form.endswith(
            ("é", "ée", "és", "ées", "er", "ir", "re", "ant", "u", "us", "is", "its")
        ):
            continue
        if form.endswith(("ent", "ont")):
            for p in ("ils", "elles"):
                out[f"{form}-{p}"] = None
        elif form.endswith(("e", "a")):
            for p in ("il", "elle"):
                out[f"{form}-t-{p}"] = None
        elif form.endswith(("t", "d")):
            for p in ("il", "elle"):
                out[f"{form}-{p}"] = None
    for aux, persons in (
        ("a", ("t-il", "t-elle")),
        ("avait", ("il", "elle")),
        ("ont", ("ils", "elles")),
        ("avaient", ("ils", "elles")),
    ):
        for p in persons:
            out[f"{aux}-{p}"] = None
    return list(out)


def _profile(lang: str) -> list[str]:
    from wordfreq import top_n_list

    # single letters (French elided ``l``, ``d``; ``a``, ``y``) tell too little
    return [w for w in top_n_list(lang, PROFILE_SIZE * 2) if w.isalpha() and len(w) > 1][
        :PROFILE_SIZE
    ]


def _lines(name: str, words: list[str], doc: str) -> str:
    body = "\n".join(f"    {w!r}," for w in words)
    return f'{name}: tuple[str, ...] = (\n{body}\n)\n"""{doc}"""\n'


def build(lang: str) -> str:
    """The text of ``rulesets/LANG/lexicon.py`` (the profile alone for a language that
    keeps no ``lemmas.py`` yet)."""
    if not (ROOT / "src" / "newsdoc" / "rulesets" / lang / "lemmas.py").exists():
        return (
            f'"""Generated by ``scripts/build_lexicons.py {lang}``: do not edit.\n\n'
            "The profile from wordfreq 3.1.1 (Apache-2.0, data CC BY-SA 4.0).\n"
            '"""\n\n# fmt: off\n'
            + _lines(
                "LANGUAGE_PROFILE",
                _profile(lang),
                'The commonest words of the language (``rules="auto"``).',
            )
        )
    lemmas = _load(lang)
    table = _inverse_lookup(lang)
    never = set(getattr(lemmas, "NOT_FORMS", "").split())
    sections = []
    counts = {}
    for name, doc in (
        ("CLAUSE_VERBS", "Every form of the verbs of saying that take a clause or a quote."),
        ("OBJECT_VERBS", "Every form of the verbs of saying whose object is what was said."),
        ("ATTITUDE_VERBS", "Every form of the verbs of belief."),
    ):
        raw = getattr(lemmas, name, "")
        entries = _entries(raw)
        forms = _verb_forms(lang, entries, table, never)
        extra = getattr(lemmas, "EXTRA_" + name.replace("_VERBS", "_FORMS"), "").split()
        forms += [f for f in extra if f not in forms]
        counts[name] = (len(entries), len(forms))
        sections.append(_lines(name, forms, doc))
    nouns = _entries(getattr(lemmas, "NOUN_CUES", ""))
    noun_forms = list(
        dict.fromkeys(f for n in nouns for f in sorted({n} | _plurals(n, table.get(n, ()))))
    )
    counts["NOUN_CUES"] = (len(nouns), len(noun_forms))
    sections.append(_lines("NOUN_CUES", noun_forms, "The noun cues and their plurals."))
    if lang == "fr":
        clause = _verb_forms(lang, _entries(lemmas.CLAUSE_VERBS), table, never)
        extra = getattr(lemmas, "EXTRA_CLAUSE_FORMS", "").split()
        inverted = _inverted(clause + extra, singular=set(extra))
        counts["INVERTED_PRONOUNS"] = (0, len(inverted))
        sections.append(
            _lines(
                "INVERTED_PRONOUNS",
                inverted,
                "Verb and inverted subject pronoun as one token (``a-t-il``, ``estime-t-elle``).",
            )
        )
    profile = _profile(lang)
    sections.append(
        _lines(
            "LANGUAGE_PROFILE", profile, 'The commonest words of the language (``rules="auto"``).'
        )
    )
    summary = ", ".join(
        f"{k.lower()} {a} lemmas -> {b} forms" if a else f"{k.lower()} {b} forms"
        for k, (a, b) in counts.items()
    )
    head = (
        f'"""Generated by ``scripts/build_lexicons.py {lang}``: do not edit; edit ``lemmas.py`` and regenerate.\n\n'
        f"Forms from spaCy's lemma look-up tables (spacy-lookups-data 1.0.5, MIT licence), read\n"
        f"backwards from the lemmas of :mod:`newsdoc.rulesets.{lang}.lemmas`; the profile from\n"
        f"wordfreq 3.1.1 (Apache-2.0, data CC BY-SA 4.0). {summary}.\n"
        '"""\n\n# fmt: off\n'
    )
    return head + "\n".join(sections)


def _plurals(noun: str, forms: Iterable[str]) -> set[str]:
    """The plurals among a noun's forms: the noun and ``-s`` or ``-es``, accents aside
    (``declaración``, ``declaraciones``)."""
    plain = _unaccent(noun)
    return {f for f in forms if _unaccent(f) in (plain + "s", plain + "es", plain + "x")}


def _unaccent(word: str) -> str:
    import unicodedata

    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


def _entries(raw: str) -> list[str]:
    """The lemmas of a list, one per word; a lemma of several words is written with
    underscores (``mettre_en_garde``, ``se_féliciter``)."""
    return list(dict.fromkeys(w.replace("_", " ") for w in raw.split()))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("langs", nargs="+")
    args = ap.parse_args(argv)
    for lang in args.langs:
        out = ROOT / "src" / "newsdoc" / "rulesets" / lang / "lexicon.py"
        out.write_text(build(lang), encoding="utf-8")
        print(f"wrote {out.relative_to(ROOT)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
