"""Spanish word lists: cue verbs, titles, pronouns, role nouns, abbreviations, marks.

Users extend any of them with ``RuleSet.with_words(name, [...])``. The verbs and noun
cues come from :mod:`newsdoc.rulesets.es.lexicon`, generated from the lemmas of
:mod:`newsdoc.rulesets.es.lemmas` (every form); the rest is hand-kept.
"""

from __future__ import annotations

from newsdoc.rulesets.es import lexicon

_AR = """
afirm explic señal indic declar apunt subray destac precis manifest coment agreg expres
recalc anunci denunci critic lament contest aclar detall relat confirm neg sentenci remarc
puntualiz opin consider estim asegur
"""
_IRREGULAR = """
dijo dijeron dice dicen dicho añadió añadieron añade añaden añadido sostuvo sostuvieron
sostiene sostienen sostenido advirtió advirtieron advierte advierten advertido reconoció
reconocieron reconoce reconocen reconocido insistió insistieron insiste insisten insistido
admitió admitieron admite admiten admitido defendió defendieron defiende defienden defendido
respondió respondieron responde responden respondido escribió escribieron escribe escriben
escrito concluyó concluyeron concluye concluyen concluido
"""


def _forms(stem: str) -> tuple[str, ...]:
    """Preterite singular and plural, present singular and plural, participle of an -ar verb."""
    return (stem + "ó", stem + "aron", stem + "a", stem + "an", stem + "ado")


_CLAUSE = frozenset(lexicon.CLAUSE_VERBS)
CUE_VERBS = tuple(
    f
    for f in dict.fromkeys((*(f for s in _AR.split() for f in _forms(s)), *_IRREGULAR.split()))
    if f in _CLAUSE
)
"""The commonest verbs of saying in the press's forms (generated forms only): the block
rules that tell a quoted line from a heading read them."""

TITLES = tuple(
    """
Sr. Sra. Srta. Dr. Dra. don doña presidente presidenta Presidente Presidenta vicepresidente
vicepresidenta Vicepresidente Vicepresidenta ministro
ministra alcalde alcaldesa rey reina príncipe princesa secretario secretaria general
portavoz director directora juez jueza fiscal senador senadora diputado diputada
embajador embajadora papa cardenal obispo coronel capitán teniente
""".split()
)

PRONOUNS = ("él", "ella", "ellos", "ellas", "Él", "Ella", "Ellos", "Ellas")

ROLE_NOUNS = tuple(
    """
portavoz ministro ministra presidente presidenta responsable responsables director
directora alcalde alcaldesa fiscal fiscalía abogado abogada abogados sindicato gobierno
Gobierno ministerio policía Policía fuentes fuente experto expertos experta analista
analistas dirigente dirigentes diputado diputada senador senadora jefe jefa secretario
secretaria comunicado vocero vocera testigo testigos vecino vecinos manifestantes oposición
empresa grupo agencia diario periódico investigador investigadora investigadores médico
médicos líder líderes
""".split()
)

DETERMINERS = tuple(
    "el la los las un una unos unas este esta estos estas ese esa su sus El La Los Las Un Una Unos Unas Este Esta Estos Estas Su Sus".split()
)

FUNCTION_WORDS = tuple(
    """
El La Los Las Un Una Unos Unas De Del En Con Por Para Según Tras Ante Desde Durante Pero Y
O Sin Sobre Este Esta Estos Estas Ese Esa Su Sus Él Ella Ellos Ellas Nosotros Yo Además
También Sin Embargo Así Luego Después Antes Cuando Si Como Mientras Aunque Lunes Martes
Miércoles Jueves Viernes Sábado Domingo Enero Febrero Marzo Abril Mayo Junio Julio Agosto
Septiembre Octubre Noviembre Diciembre Todo Todos Toda Todas Más
""".split()
)


ADVERBS = tuple(
    """
también además luego después ya todavía hoy ayer así asimismo entonces incluso anoche
lunes martes miércoles jueves viernes sábado domingo
""".split()
)

ABBREVIATIONS = tuple("Sr Sra Srta Dr Dra D Dña Ud Uds etc p ej pág núm art EE.UU Av Avda".split())

QUOTE_PAIRS = ("“”", "«»", '""', "„“", "‹›")
SINGLE_QUOTE_PAIRS = ("‘’",)

LANGUAGE_PROFILE = lexicon.LANGUAGE_PROFILE

WORDS: dict[str, tuple[str, ...]] = {
    "cue_verbs": CUE_VERBS,
    "auxiliaries": ("ha", "han", "había", "habían", "habría", "habrían"),
    "titles": TITLES,
    "female_titles": (
        "Sra.",
        "Srta.",
        "Dra.",
        "doña",
        "presidenta",
        "ministra",
        "reina",
        "alcaldesa",
    ),
    "male_titles": ("Sr.", "don", "rey", "ministro", "alcalde"),
    "clause_verbs": lexicon.CLAUSE_VERBS,
    "object_verbs": lexicon.OBJECT_VERBS,
    "attitude_verbs": lexicon.ATTITUDE_VERBS,
    "noun_cues": lexicon.NOUN_CUES,
    "complementizers": ("que",),
    "prepositions": tuple(
        "de del a al en con por para sin sobre ante tras desde durante contra entre".split()
    ),
    "clause_joiners": ("y", "e", "o", "pero"),
    "sentence_openers": FUNCTION_WORDS,
    "pronouns": PRONOUNS,
    "female_pronouns": ("ella", "Ella"),
    "male_pronouns": ("él", "Él"),
    "relative_pronouns": ("quien", "quienes", "cual", "cuales"),
    "role_nouns": ROLE_NOUNS,
    "determiners": DETERMINERS,
    "function_words": FUNCTION_WORDS,
    "name_particles": ("de", "del", "la", "y"),
    "adverbs": ADVERBS,
    "adverb_suffixes": ("mente",),
    "as_conjunctions": ("como", "Como", "tal como", "Tal como", "tal y como", "Tal y como"),
    "opinion_prepositions": ("Para",),
    "according_to": (
        "según",
        "Según",
        "de acuerdo con",
        "De acuerdo con",
        "a juicio de",
        "A juicio de",
        "en palabras de",
        "En palabras de",
        "en opinión de",
        "En opinión de",
    ),
    "abbreviations": ABBREVIATIONS,
    "quote_pairs": QUOTE_PAIRS,
    "single_quote_pairs": SINGLE_QUOTE_PAIRS,
    "language_tags": ("es",),
    "language_profile": LANGUAGE_PROFILE,
}
