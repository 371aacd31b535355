"""English words that decide whether a speaker mention can be a source (``pipeline/mentions``).

Hand-kept. A mention's head must be a name, a pronoun, or a noun of a source (the
``role_nouns``, ``titles``, group, body and organisation words of ``words.py``, the
``source_nouns`` here, or a noun with an ``agent_suffixes`` ending); its first words
may not be ``mention_openers``; ``mention_breaks`` inside it start another clause.
"""

from __future__ import annotations

SOURCE_NOUNS = tuple(
    """
people person man woman men women child children family relative relatives friend friends
colleague colleagues partner neighbour neighbor neighbours neighbors parent parents son
daughter wife husband brother sister victim victims survivor staff crew team employee
employees client clients patient patients customer customers user users citizen citizens
expert experts official officials authority authorities aide adviser advisor spokesman
spokeswoman spokesperson representative representatives delegate envoy diplomat diplomats
candidate nominee panel jury court judge justices party parliament congress senate
legislature cabinet government ministry department agency office bureau service council
board committee commission union association federation institute institution foundation
charity organisation organization company firm group bank fund network newspaper paper
outlet magazine journal site website broadcaster channel station publication blog
campaign administration regime military army police force prosecutors prosecution
defence defense plaintiff plaintiffs defendant defendants side camp body coalition alliance
movement church school university college hospital clinic lab laboratory center centre
survey poll study report statement data analysis document documents record records filing
filings complaint lawsuit memo letter email emails release figures research article story
review audit estimate estimates forecast ruling decision order indictment transcript
footage video post tweet account accounts note notes message messages guidance guidelines
census index piece ad ads clip slide book phrase statistics analyses editorial column op-ed
headline caption page sign banner speech remarks testimony interview map chart graphic model
projection projections numbers results findings evidence summary newsletter press media
country state city nation county town province region republic kingdom chorus suspect
business utility advocate photo script consumer plan plans proposal bill legislation law
policy regulation regulations rules schedule budget rival rivals ally allies foe foes
counterpart counterparts boss guest guests host tycoon magnate star guru scholar surrogate
community airline carrier chancellery biography spot suit opinion debate polling returns
someone somebody anyone anybody everyone everybody those whoever insider insiders
superdelegate superdelegates administration agency authority congressman senator
lawmaker leadership establishment elite elites public electorate audience crowd base
majority camp faction wing caucus delegation panel jury counsel attorney neurosurgeon
surgeon physician doctor nurse scientist expert academic academics observer observers
spokesperson aide aides operative operatives strategist insider billionaire millionaire
celebrity entrepreneur mogul icon legend veteran pundit commentator columnist blogger
columnist historian economist analyst firm giant retailer automaker maker manufacturer
regulator regulators watchdog ombudsman tribunal inquiry probe investigation hearing
guy guys trio duo pair hundreds dozens thousands millions multiple petition cable opposition
generation critic critics cleric clerics medic medics scholars surrogates advocates
some others many most several few both all one another either neither none majority
minority half third quarter percent
""".split()
)
"""Nouns and pronouns of people, bodies and documents a speaker's head may be, beyond the
role, title, group and organisation words (lower case; a plural in ``s`` is found by its
singular)."""

AGENT_SUFFIXES = tuple(
    "er ers or ors ist ists ian ians ant ants ent ents ee ees ive ives man men woman women eon eons crat crats".split()
)
"""Endings of nouns of agents (``protesters``, ``economist``, ``residents``): a head with one
of them (after a stem of three letters or more) may be a source."""

PLURAL_SUFFIXES = ("s", "es", "ies y")
"""Plural endings stripped to find a head among the source nouns (``ies y``: ``ies`` becomes
``y``)."""

CONTRACTION_SUFFIXES = ("'d", "'ll", "'ve", "'re", "'m", "n't")
"""Endings of contractions (``He'd``, ``We've``): a mention of one token with one is no source."""

MENTION_OPENERS = tuple(
    """
and but or nor yet so plus also then now still even only just instead meanwhile however
moreover furthermore additionally indeed thus hence therefore finally lastly next first
second third later earlier afterward afterwards again separately overall shortly perhaps
maybe too when whenever while if unless because since although though whether after before
until as once where having
""".split()
)
"""Words a mention never starts with (conjunctions, sentence adverbs, subordinators): they are
trimmed off its start (``But Hillary Clinton`` -> ``Hillary Clinton``)."""

MENTION_BREAKS = tuple(
    """
but yet so when whenever while if unless because although though whether after before until
""".split()
)
"""Words that start another clause inside a mention (``nominee Donald Trump, but Obama``): the
mention keeps the part beside its cue."""

BYLINE_OUTLET_WORDS = tuple(
    """
Associated Staff Writer Writers Reporter Reporters Correspondent Correspondents Columnist
Editor Editors Contributor Contributors Business Sports Politics Today Daily Weekly Online
Digital Wire Wires Media Desk Bureau
""".split()
)
"""Words of an outlet or a job after a byline's name (``Eric Song, IGN Staff``): trimmed off
an author, and an author left with one word after them is an outlet (``Associated Press``)."""

PLACE_NOUNS = tuple(
    """
Heights Street Avenue Boulevard Road Lane Drive Square Park Valley Beach Springs
Falls Island Islands Lake River Mountain Mountains Bay Harbor Harbour County Township
Borough Parish Province District Village Gardens Peninsula Canyon Creek Coast Desert
""".split()
)
"""Nouns that end a place's name (``Gamble Heights``, ``Kent County``): such a name of two
words or more is a place, never a person, whatever its first word (resolution)."""

SPEAKER_WORDS: dict[str, tuple[str, ...]] = {
    "source_nouns": SOURCE_NOUNS,
    "agent_suffixes": AGENT_SUFFIXES,
    "plural_suffixes": PLURAL_SUFFIXES,
    "contraction_suffixes": CONTRACTION_SUFFIXES,
    "mention_openers": MENTION_OPENERS,
    "mention_breaks": MENTION_BREAKS,
    "byline_outlet_words": BYLINE_OUTLET_WORDS,
    "place_nouns": PLACE_NOUNS,
}
