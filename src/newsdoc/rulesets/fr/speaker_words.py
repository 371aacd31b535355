"""French words that decide whether a speaker mention can be a source (``pipeline/mentions``).

Hand-kept; the lists are those of ``rulesets/en/speaker_words.py``, which says what each does.
"""

from __future__ import annotations

SOURCE_NOUNS = tuple(
    """
gens personne personnes homme femme hommes femmes famille proche proches ami amie amis
voisin voisins père mère fils fille épouse époux frère sœur victime victimes équipe
employé employés client clients patient patients citoyen citoyens témoin témoins autorité
autorités fonctionnaire délégué envoyé candidat candidate tribunal juge jury parti
parlement assemblée sénat gouvernement ministère département agence bureau service conseil
comité commission syndicat association fédération institut institution fondation
organisation entreprise société firme groupe banque fonds journal quotidien média revue
chaîne station site campagne administration armée force défense parquet mouvement
coalition alliance église école université hôpital centre sondage enquête étude rapport
communiqué déclaration données analyse document documents registre plainte lettre
courriel publication chiffres recherche article note récit décret arrêt jugement décision
compte message tweet vidéo propos version sources pays état ville nation région province commune mairie source
organisme entité instance opposition exécutif élysée scientifique scientifiques expert
experte experts médecin médecins professeur professeure chercheuse spécialiste avocat
avocate observatoire réseau plateforme ministre
certains autres beaucoup plusieurs tous majorité minorité moitié
""".split()
)
"""Nouns and pronouns of people, bodies and documents a speaker's head may be."""

AGENT_SUFFIXES = tuple(
    "logue logues pathe pathes eur eurs euse euses iste istes ien iens ienne iennes ant ants ante antes aire aires".split()
)
"""Endings of nouns of agents."""

PLURAL_SUFFIXES = tuple("s x".split())
"""Plural endings stripped to find a head among the source nouns."""

MENTION_OPENERS = tuple(
    """
et ou ni mais donc car or puis ensuite alors aussi encore même seulement pourtant cependant
toutefois enfin quand lorsque lorsqu si parce comme tandis
""".split()
)
"""Words a mention never starts with: trimmed off."""

ELISIONS = ("l'", "d'", "qu'", "lorsqu'", "j'", "s'", "c'", "n'")
"""Elided words glued to the word after them (``l’AFP`` is ``AFP`` after ``l’``)."""

MENTION_BREAKS = tuple("mais quand lorsque lorsqu parce tandis".split())
"""Words that start another clause inside a mention."""

SPEAKER_WORDS: dict[str, tuple[str, ...]] = {
    "source_nouns": SOURCE_NOUNS,
    "agent_suffixes": AGENT_SUFFIXES,
    "plural_suffixes": PLURAL_SUFFIXES,
    "mention_openers": MENTION_OPENERS,
    "mention_breaks": MENTION_BREAKS,
    "elisions": ELISIONS,
}
