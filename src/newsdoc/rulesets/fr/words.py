"""French word lists: cue verbs, titles, pronouns, role nouns, abbreviations, marks.

Users extend any of them with ``RuleSet.with_words(name, [...])``. Verbs are
listed as the press writes them: participles after ``a``/``ont``
(``a déclaré``), the present (``estime``) and the plural (``affirment``).
"""

from __future__ import annotations

_STEMS = """
déclar affirm expliqu ajout indiqu soulign estim assur précis annonc confi martel insist
rappel dénonc jug lanc not observ confirm regrett déplor racont comment relev résum plaid
avou admett tranch fustig salu accus critiqu insist détaill prévien souhait demand
"""
_IRREGULAR = """
dit dire dit disent a-t-il écrit écrivent écrit répond répondu répondent poursuit poursuivi
poursuivent reconnaît reconnu reconnaissent prévient prévenu averti avertit dément démenti
réagit réagi admet admis conclut conclu explique expliqué estiment soutient soutenu
interroge interrogé s'interroge
"""


def _forms(stem: str) -> tuple[str, ...]:
    """The present singular and plural and the participle of a regular -er verb."""
    return (stem + "e", stem + "ent", stem + "é")


CUE_VERBS = tuple(
    dict.fromkeys(
        (*(f for s in _STEMS.split() for f in _forms(s)), *_IRREGULAR.split(), "fait valoir")
    )
)
"""Verbs of saying in the forms the press uses after a quote or before a ``que``."""

TITLES = tuple(
    """
M. Mme Mlle Me Dr Pr MM. président présidente Président Présidente ministre Ministre
Premier premier secrétaire général générale maire préfet préfète procureur procureure
sénateur sénatrice député députée ambassadeur ambassadrice commissaire juge directeur
directrice porte-parole chef cheffe patron patronne roi reine prince princesse pape
cardinal monseigneur Mgr abbé colonel capitaine lieutenant
""".split()
)

PRONOUNS = ("il", "elle", "ils", "elles", "Il", "Elle", "Ils", "Elles", "lui")

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


ADVERBS = tuple("aussi encore ensuite également notamment déjà alors enfin toutefois".split())

ABBREVIATIONS = tuple(
    "M MM Mme Mlle Me Dr Pr St Ste etc cf av apr J.-C p ex n° art vol chap Mgr".split()
)

QUOTE_PAIRS = ("«»", "“”", "„“", '""', "‹›")
SINGLE_QUOTE_PAIRS = ("‘’",)

LANGUAGE_PROFILE = tuple(
    """
le la les de des du et est un une en que qui dans pour pas sur au aux il elle ne se ce plus
par avec son sa ses sont ont mais ou comme leur nous cette été entre après selon aussi lors
été être était fait très
""".split()
)
"""The commonest words of French news; ``rules="auto"`` counts them."""

_INVERTED_VERBS = (
    *(stem + "e" for stem in _STEMS.split()),
    *"dit écrit répond poursuit reconnaît prévient avertit dément réagit admet conclut soutient".split(),
)


def _inverted(pronoun: str) -> tuple[str, ...]:
    """``a-t-il``, ``estime-t-il``, ``dit-il``: verbs with their subject pronoun after them."""
    verbs = (*_INVERTED_VERBS, "a", "avait")
    return tuple(f"{v}-t-{pronoun}" if v.endswith(("a", "e")) else f"{v}-{pronoun}" for v in verbs)


MALE_INVERTED = (*_inverted("il"), "ont-ils", "avaient-ils")
FEMALE_INVERTED = (*_inverted("elle"), "ont-elles", "avaient-elles")
"""Inverted verb-pronoun forms (``a-t-il``, ``estime-t-elle``): pronoun speakers with their
verb, read as pronouns (``« … », a-t-il déclaré``, ``« … », estime-t-elle``)."""

PREPOSITIONS = tuple(
    "de du des à au aux en dans sur pour par avec sans chez devant lors après avant depuis pendant contre entre vers".split()
)

WORDS: dict[str, tuple[str, ...]] = {
    "cue_verbs": CUE_VERBS,
    "auxiliaries": ("a", "ont", "avait", "avaient", "aurait", "auraient"),
    "titles": TITLES,
    "female_titles": ("Mme", "Mlle", "présidente", "Présidente", "reine", "princesse"),
    "male_titles": ("M.", "MM.", "roi", "prince"),
    "clause_verbs": CUE_VERBS,
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
    "relative_pronouns": ("qui",),
    "role_nouns": ROLE_NOUNS,
    "determiners": DETERMINERS,
    "function_words": FUNCTION_WORDS,
    "name_particles": ("de", "du", "des", "d’", "d'", "le", "la"),
    "adverbs": ADVERBS,
    "according_to": ("selon", "Selon", "d’après", "D’après", "d'après", "D'après"),
    "abbreviations": ABBREVIATIONS,
    "quote_pairs": QUOTE_PAIRS,
    "single_quote_pairs": SINGLE_QUOTE_PAIRS,
    "language_tags": ("fr",),
    "language_profile": LANGUAGE_PROFILE,
}
