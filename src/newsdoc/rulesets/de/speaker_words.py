"""German words that decide whether a speaker mention can be a source (``pipeline/mentions``).

Hand-kept; the lists are those of ``rulesets/en/speaker_words.py``, which says what each does.
"""

from __future__ import annotations

SOURCE_NOUNS = tuple(
    """
leute person personen mann frau männer frauen familie angehörige freund freundin freunde
nachbar nachbarn vater mutter sohn tochter ehefrau ehemann bruder schwester opfer team
mitarbeiter mitarbeiterin kunde kunden patient patienten bürger bürgerin zeuge zeugin
zeugen behörde behörden beamter beamte kandidat kandidatin gericht richter richterin jury
partei parlament bundestag landtag senat regierung ministerium amt agentur büro dienst rat
ausschuss kommission gewerkschaft verband verein institut stiftung organisation
unternehmen firma konzern gruppe bank fonds zeitung blatt medium magazin sender kanal
website kampagne verwaltung armee polizei staatsanwaltschaft bewegung koalition bündnis
kirche schule universität klinik krankenhaus zentrum umfrage studie bericht mitteilung
erklärung daten analyse dokument unterlagen klage brief schreiben veröffentlichung zahlen
untersuchung artikel urteil beschluss entscheidung konto nachricht video land staat stadt
gemeinde region provinz quelle quellen angaben angabe bericht berichte berichten
information informationen einschätzung ansicht meinung aussage aussagen worten darstellung
schätzung schätzungen pressekonferenz auskunft auskünfte sicht
einige andere viele mehrere beide alle mehrheit minderheit hälfte
""".split()
)
"""Nouns and pronouns of people, bodies and documents a speaker's head may be."""

AGENT_SUFFIXES = tuple("er erin ist istin ent entin eur eurin ant antin".split())
"""Endings of nouns of agents."""

PLURAL_SUFFIXES = tuple("en n e er s innen in".split())
"""Plural endings stripped to find a head among the source nouns."""

MENTION_OPENERS = tuple(
    """
und oder aber doch sondern denn auch noch schon dann danach nun jetzt zudem außerdem
allerdings jedoch trotzdem dennoch schließlich als wenn während weil obwohl da ob nachdem
bevor einerseits andererseits
""".split()
)
"""Words a mention never starts with: trimmed off."""

SOURCE_NOUN_ENDINGS = tuple(
    "berichten berichte bericht angaben sprecher sprecherin agentur zeitung".split()
)
"""Last parts of compound nouns of a source (``Polizeiangaben``, ``Medienberichten``)."""

SOURCE_PRONOUNS = tuple("der die das demnach".split())
"""Words that stand alone for a source named before them: the relative pronouns (``so
Celebi, die auch angab``) and ``demnach`` (according to it)."""

MENTION_BREAKS = tuple("aber sondern doch wenn während weil obwohl nachdem bevor".split())
"""Words that start another clause inside a mention."""

SPEAKER_WORDS: dict[str, tuple[str, ...]] = {
    "source_nouns": SOURCE_NOUNS,
    "agent_suffixes": AGENT_SUFFIXES,
    "plural_suffixes": PLURAL_SUFFIXES,
    "mention_openers": MENTION_OPENERS,
    "mention_breaks": MENTION_BREAKS,
    "source_noun_endings": SOURCE_NOUN_ENDINGS,
    "source_pronouns": SOURCE_PRONOUNS,
}
