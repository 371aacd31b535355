"""French word lists: cue verbs, titles, pronouns, role nouns, abbreviations, marks.

Users extend any of them with ``RuleSet.with_words(name, [...])``. The verbs and noun
cues come from :mod:`newsdoc.rulesets.fr.lexicon`, generated from the lemmas of
:mod:`newsdoc.rulesets.fr.lemmas` (every form); the rest is hand-kept.
"""

from __future__ import annotations

from newsdoc.rulesets.fr import lexicon

_PRESS_FORMS = """
déclar affirm expliqu ajout indiqu soulign estim assur précis annonc confi martel insist
rappel dénonc jug lanc not observ confirm regrett déplor racont comment relev résum plaid
avou tranch fustig salu accus critiqu détaill souhait demand
"""
_CLAUSE = frozenset(lexicon.CLAUSE_VERBS)

CUE_VERBS = tuple(
    f
    for f in dict.fromkeys(
        (
            *(s + e for s in _PRESS_FORMS.split() for e in ("e", "ent", "é")),
            *"dit disent écrit répond répondu poursuit reconnaît prévient avertit dément réagit".split(),
            *"admet conclut soutient rappelle rappellent".split(),
        )
    )
    if f in _CLAUSE
)
"""The commonest verbs of saying in the press's forms (generated forms only): the block
rules that tell a quoted line from a heading read them."""

TITLES = tuple(
    """
M. Mme Mlle Me Dr Pr MM. président présidente Président Présidente ministre Ministre
Premier premier secrétaire général générale maire préfet préfète procureur procureure
sénateur sénatrice député députée ambassadeur ambassadrice commissaire juge directeur
directrice porte-parole chef cheffe patron patronne roi reine prince princesse pape
cardinal monseigneur Mgr abbé colonel capitaine lieutenant
""".split()
)

PRONOUNS = ("il", "elle", "ils", "elles", "Il", "Elle", "Ils", "Elles", "lui", "eux")

ROLE_NOUNS = (
    *"""
porte-parole président présidente responsable responsables directeur directrice
maire préfet procureur procureure avocat avocate avocats syndicat gouvernement ministère
police gendarmerie parquet source sources expert experts experte analyste analystes
dirigeant dirigeants député députée sénateur sénatrice chef secrétaire entourage communiqué
témoin témoins habitant habitants manifestants opposition entreprise groupe agence journal
quotidien chercheur chercheuse chercheurs médecin médecins proche proches élu élus
""".split(),
    "Premier ministre",
    "premier ministre",
    "Première ministre",
    "première ministre",
)

DETERMINERS = tuple(
    "le la les un une des du ce cet cette ces son sa ses leur leurs Le La Les Un Une Des Du Ce Cet Cette Ces Son Sa Ses Leur Leurs".split()
)

FUNCTION_WORDS = tuple(
    """
Le La Les Un Une Des Du De Ce Cet Cette Ces Il Elle Ils Elles On Nous Vous Je Tu Mais Et Ou
Donc Or Ni Car Pour Dans Sur Sous Selon Après Avant Depuis Pendant Lors Alors Ainsi Aussi
Cependant Pourtant Enfin Puis Quand Si Comme Avec Sans Chez Entre Vers Par Lundi Mardi
Mercredi Jeudi Vendredi Samedi Dimanche Janvier Février Mars Avril Mai Juin Juillet Août
Septembre Octobre Novembre Décembre Son Sa Ses Leur Leurs Tout Tous Toute Toutes Plus
""".split()
)


ADVERBS = tuple(
    """
aussi encore ensuite également notamment déjà alors enfin toutefois ainsi pourtant donc
plutôt surtout même aujourd’hui hier mardi lundi mercredi jeudi vendredi samedi dimanche
quant-à-elle quant-à-lui
""".split()
)

ABBREVIATIONS = tuple(
    "M MM Mme Mlle Me Dr Pr St Ste etc cf av apr J.-C p ex n° art vol chap Mgr".split()
)

QUOTE_PAIRS = ("«»", "“”", "„“", '""', "‹›")
SINGLE_QUOTE_PAIRS = ("‘’",)

LANGUAGE_PROFILE = lexicon.LANGUAGE_PROFILE


MALE_INVERTED = tuple(f for f in lexicon.INVERTED_PRONOUNS if f.endswith(("-il", "-ils")))
FEMALE_INVERTED = tuple(f for f in lexicon.INVERTED_PRONOUNS if f.endswith(("-elle", "-elles")))
"""Inverted verb-pronoun forms (``a-t-il``, ``estime-t-elle``), generated: pronoun speakers
with their verb, read as pronouns (``« … », a-t-il déclaré``, ``« … », estime-t-elle``)."""

PREPOSITIONS = tuple(
    "de du des à au aux en dans sur pour par avec sans chez devant lors après avant depuis pendant contre entre vers".split()
)

WORDS: dict[str, tuple[str, ...]] = {
    "cue_verbs": CUE_VERBS,
    "auxiliaries": (
        "a",
        "ont",
        "avait",
        "avaient",
        "aurait",
        "auraient",
        "s’est",
        "s'est",
        "se sont",
        "va",
        "vont",
    ),
    "titles": TITLES,
    "female_titles": ("Mme", "Mlle", "présidente", "Présidente", "reine", "princesse"),
    "male_titles": ("M.", "MM.", "roi", "prince"),
    "clause_verbs": (*lexicon.CLAUSE_VERBS, "fait valoir"),
    "object_verbs": lexicon.OBJECT_VERBS,
    "attitude_verbs": lexicon.ATTITUDE_VERBS,
    "noun_cues": lexicon.NOUN_CUES,
    "complementizers": (
        "que",
        "qu’",
        "qu'",
        "qu’il",
        "qu'il",
        "qu’elle",
        "qu'elle",
        "qu’ils",
        "qu'ils",
        "qu’elles",
        "qu'elles",
        "qu’on",
        "qu'on",
    ),
    "prepositions": PREPOSITIONS,
    "clause_joiners": ("et", "ou", "mais"),
    "sentence_openers": FUNCTION_WORDS,
    "pronouns": (*PRONOUNS, *MALE_INVERTED, *FEMALE_INVERTED),
    "inverted_pronouns": (*MALE_INVERTED, *FEMALE_INVERTED),
    "female_pronouns": ("elle", "Elle", *FEMALE_INVERTED),
    "male_pronouns": ("il", "Il", *MALE_INVERTED),
    "relative_pronouns": ("qui", "laquelle", "lequel", "lesquels", "lesquelles"),
    "role_nouns": ROLE_NOUNS,
    "determiners": DETERMINERS,
    "function_words": FUNCTION_WORDS,
    "name_particles": ("de", "du", "des", "d’", "d'", "le", "la"),
    "adverbs": ADVERBS,
    "adverb_suffixes": ("ment",),
    "elided_articles": ("l’", "l'"),
    "as_conjunctions": ("comme", "Comme", "ainsi que", "Ainsi que"),
    "opinion_prepositions": ("Pour",),
    "according_to": (
        "selon",
        "Selon",
        "d’après",
        "D’après",
        "d'après",
        "D'après",
        "de l’avis de",
        "De l’avis de",
        "aux yeux de",
        "Aux yeux de",
    ),
    "abbreviations": ABBREVIATIONS,
    "quote_pairs": QUOTE_PAIRS,
    "single_quote_pairs": SINGLE_QUOTE_PAIRS,
    "language_tags": ("fr",),
    "language_profile": LANGUAGE_PROFILE,
}
