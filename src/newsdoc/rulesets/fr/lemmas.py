"""French cue words by lemma, hand-kept: the input of ``scripts/build_lexicons.py``.

Each verb is listed once, by its infinitive, under its frame (a lemma of several words
with underscores: ``mettre_en_garde``); the script writes
every inflected form the press uses (third persons of every tense and mood,
participles, infinitive, the inverted ``-t-il`` forms) into
:mod:`newsdoc.rulesets.fr.lexicon`. Edit here, then regenerate.
"""

from __future__ import annotations

CLAUSE_VERBS = """
dire affirmer assurer déclarer expliquer indiquer préciser souligner ajouter estimer juger
considérer rappeler annoncer confier raconter relever noter observer avertir prévenir
reconnaître admettre avouer concéder insister répondre répliquer rétorquer réagir commenter
conclure poursuivre continuer marteler lancer écrire tweeter twitter dénoncer regretter
déplorer saluer démentir nier contester réfuter prétendre soutenir maintenir arguer
argumenter plaider justifier promettre garantir certifier confirmer révéler signaler
mentionner évoquer suggérer détailler témoigner interroger questionner glisser lâcher
confesser narrer alerter résumer ironiser s'exclamer exclamer clamer proclamer répéter
réitérer constater analyser décrire assumer trancher tempérer nuancer
objecter protester rassurer reprendre enchaîner conseiller préconiser asséner assener
soupirer souffler s'alarmer alarmer recommander résumer confirmer certifier déclarer s'interroger s'étonner s'inquiéter
se_féliciter se_réjouir se_dire mettre_en_garde faire_valoir faire_savoir
"""
"""Verbs of saying that take a clause (``a déclaré que …``) or a quote (``« … », a-t-il dit``)."""

EXTRA_CLAUSE_FORMS = """
dit écrit reconnaît dément
"""
"""Third persons the look-up tables file under another word (``dit``, ``écrit`` as
participle adjectives): hand-kept, added to the generated clause-verb forms."""

OBJECT_VERBS = """
demander exiger réclamer appeler exhorter inviter proposer critiquer accuser qualifier
condamner rejeter fustiger recommander
"""
"""Verbs of saying whose object is what was said (``réclame la démission``)."""

ATTITUDE_VERBS = """
croire penser craindre espérer redouter supposer
"""
"""Verbs of belief: reported when they take a clause (``il croit que …``)."""

NOUN_CUES = """
déclaration propos réponse explication annonce avertissement témoignage communiqué
message entretien discours intervention avis version récit affirmation critique analyse
"""
"""Nouns that credit what was said (``selon ses propos``, ``dans une déclaration``)."""

REGULAR_FORMS = """
er é ée és ées
"""
"""Per infinitive ending, the endings of the regular participles (and gerund) that a
look-up table may file under an adjective: added to each lemma's forms."""

SINGULAR_OF_PLURAL = """
ent e
"""
"""The present's third person plural and singular endings: a singular the table files
under a noun (``estime``) is made from the plural it gives (``estiment``)."""

DROP_ENDINGS = """
ant ante ants antes ons ez ais ai âmes âtes îmes îtes ûmes ûtes ions iez sse ssent sses ssiez ssions ât ît ût
"""
"""Endings of the generated forms the press never reports speech with, left out: present participles (``justifiant``), first and second persons (``disons``, ``dirai``), the imperfect subjunctive's rare persons."""

NOT_FORMS = """
dits dite dites lancé pointe pointes poursuite compte note notes notés réponse suite
avis analyse analyses critique critiques témoin continue continues reprise reprises
défendu défendue défense questions question écrit écrits observé alerte alertes
"""
"""Forms the generator would give that the press mostly uses otherwise (``dite``, ``la
suite``, ``une note``): hand-kept exceptions, never cues. (``dit`` is kept by hand in
the word lists: as a verb it is too common to lose.)"""
