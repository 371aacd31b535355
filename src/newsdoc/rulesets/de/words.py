"""German word lists: cue verbs, titles, pronouns, role nouns, abbreviations, marks.

Users extend any of them with ``RuleSet.with_words(name, [...])`` without
writing a pattern. Verbs are listed in every form the press uses: present and
past, singular and plural, the participle, and the joined verb-final form of
separable verbs (``teilte … mit`` and ``wie er mitteilte``).
"""

from __future__ import annotations

from newsdoc.rulesets.de import lexicon

_CLAUSE_PAST = """
sagte erklärte betonte meinte teilte mitteilte hinzufügte schrieb berichtete warnte
bestätigte äußerte kommentierte antwortete entgegnete erwiderte ergänzte unterstrich
bekräftigte versicherte behauptete ankündigte fragte mahnte beklagte einräumte gestand
bemerkte resümierte urteilte twitterte verkündete erläuterte ausführte hervorhob feststellte
argumentierte begründete schilderte erinnerte prophezeite vermutete meldete vermeldete
verlautete beteuerte versprach bekannte bezweifelte widersprach erzählte vorschlug zusicherte
konstatierte verlautbarte präzisierte befürchtete bestritt erwähnte bedauerte angab
hervorging besagte schätzte klagte kündigte ankündigte schlug vorschlug
"""
_CLAUSE_PRESENT = """
sagt erklärt betont meint teilt mitteilt schreibt berichtet warnt bestätigt äußert
kommentiert antwortet entgegnet erwidert ergänzt unterstreicht bekräftigt versichert
behauptet ankündigt fragt mahnt beklagt einräumt gesteht bemerkt resümiert urteilt twittert
verkündet erläutert ausführt hervorhebt feststellt argumentiert begründet schildert erinnert
vermutet meldet beteuert verspricht bekennt bezweifelt widerspricht erzählt befürchtet
bestreitet erwähnt bedauert angibt hervorgeht besagt schätzt klagt kündigt schlägt
"""
_WEAK_PAST = """
fügte räumte führte hob stellte zeigte verwies wies gab machte sprach rief zog ließ
sicherte wandte lautete beschloss bilanzierte jubelte verglich beschrieb zitierte
signalisierte formulierte skandierte rechtfertigte bekundete relativierte beschwichtigte
hielt ging sah glaubte hoffte protestierte veröffentlichte entschied vertrat
"""
_WEAK_PRESENT = """
fügt räumt führt hebt stellt zeigt verweist weist gibt macht spricht ruft zieht
lässt sichert wendet lautet beschließt vergleicht beschreibt zitiert hält geht sieht
glaubt hofft veröffentlicht entscheidet vertritt
"""
_OBJECT_PAST = """
kritisierte forderte lobte verurteilte begrüßte bezeichnete nannte warf vorwarf beschuldigte
verlangte appellierte attackierte bemängelte monierte prangerte anprangerte empfahl plädierte
drohte würdigte bat lehnte dementierte aufforderte riet warb
"""
_OBJECT_PRESENT = """
kritisiert fordert lobt verurteilt begrüßt bezeichnet nennt wirft vorwirft beschuldigt
verlangt appelliert attackiert bemängelt moniert prangert empfiehlt plädiert droht würdigt
bittet lehnt dementiert auffordert rät wirbt
"""


_STRONG_PLURALS = {
    "wirft": "werfen",
    "vorwirft": "vorwerfen",
    "spricht": "sprechen",
    "verspricht": "versprechen",
    "widerspricht": "widersprechen",
    "gibt": "geben",
    "angibt": "angeben",
    "hält": "halten",
    "lässt": "lassen",
    "sieht": "sehen",
    "empfiehlt": "empfehlen",
    "schlägt": "schlagen",
    "vertritt": "vertreten",
    "rät": "raten",
    "wirbt": "werben",
}
"""Present plurals of strong verbs, whose stem changes (``wirft``, ``werfen``)."""


def _forms(past: str, present: str) -> tuple[str, ...]:
    """Every finite form of a group of verbs: the past (``sagte``) and its plural
    (``sagten``), the present (``sagt``) and its plural (``sagen``, ``fordern``,
    ``berichten``, ``werfen``)."""
    out: list[str] = []
    for w in past.split():
        out += (w, w + ("n" if w.endswith("e") else "en"))
    for w in present.split():
        if w in _STRONG_PLURALS:
            plural = _STRONG_PLURALS[w]
        elif w.endswith(("ert", "elt")):
            plural = w[:-1] + "n"
        elif w.endswith(("et", "dt")):
            plural = w[:-2] + "en"
        else:
            plural = w[:-1] + "en" if w.endswith("t") else w
        out += (w, plural)
    return tuple(dict.fromkeys(out))


PARTICIPLES = tuple(
    """
gesagt erklärt betont gemeint mitgeteilt hinzugefügt geschrieben berichtet gewarnt
bestätigt geäußert kommentiert geantwortet entgegnet erwidert ergänzt unterstrichen
bekräftigt versichert behauptet angekündigt gefragt gemahnt beklagt eingeräumt gestanden
bemerkt verkündet erläutert ausgeführt hervorgehoben festgestellt argumentiert begründet
geschildert erinnert vermutet beteuert versprochen bekanntgegeben angegeben verlautbart
zugesagt zugesichert gemeldet befürchtet bestritten erwähnt bedauert entschieden geschätzt
signalisiert vorgeschlagen prophezeit erzählt bezweifelt widersprochen angedeutet zugegeben
eingestanden präzisiert konstatiert beschlossen vermeldet
""".split()
)
"""Participles that close a cue after an auxiliary (``hatte Müller gesagt``)."""

OBJECT_PARTICIPLES = tuple(
    """
kritisiert gefordert gelobt verurteilt begrüßt bezeichnet genannt vorgeworfen beschuldigt
verlangt appelliert aufgefordert gewürdigt abgelehnt dementiert zitiert
""".split()
)

CLAUSE_VERBS = (
    *_forms(_CLAUSE_PAST, _CLAUSE_PRESENT),
    *PARTICIPLES,
    *"heißt hieß hießen".split(),
    *(f"{v} davon aus" for v in "geht gehen ging gingen".split()),
    *(
        f"{v} der {noun}"
        for v in "ist sind war waren".split()
        for noun in "Ansicht Meinung Auffassung Überzeugung".split()
    ),
)
"""Verbs of saying that take a clause: ``sagte, sie sei …``, ``erklärte, dass …``, with
their participles (``hatte er gesagt``), ``heißt es``, ``geht davon aus`` and ``ist der
Ansicht``."""

OBJECT_VERBS = (*_forms(_OBJECT_PAST, _OBJECT_PRESENT), *OBJECT_PARTICIPLES)
"""Verbs of saying that take an object (``Die Opposition forderte den Rücktritt …``,
``bezeichnete den Plan als „Unsinn“``)."""

WEAK_VERBS = _forms(_WEAK_PAST, _WEAK_PRESENT)
"""Verbs that speak only with a quote or a subjunctive clause (``stellte fest, es sei …``,
``fügte hinzu: „…“``), not in their other senses (``stellte den Plan vor``)."""

CUE_VERBS = tuple(dict.fromkeys((*CLAUSE_VERBS, *OBJECT_VERBS, *WEAK_VERBS)))
"""Every verb of saying (``cue_verbs``; the rules read the three groups above)."""

SUBJUNCTIVES = tuple(
    """
sei seien seiest habe hätte hätten werde würde würden könne könnte könnten müsse müsste
müssten solle wolle dürfe dürfte dürften möge gebe gäbe liege lägen gehe stehe komme käme
bleibe wisse brauche gelte lasse sehe halte trage wäre wären soll sollen
""".split()
)
"""Subjunctive forms (Konjunktiv I and II) that mark a reported clause (``sie sei …``), and
the reportative ``soll``/``sollen`` (``Er soll das Auto gestohlen haben``: so it is said)."""

AUXILIARIES = tuple(
    """
hatte hatten hat haben wird wurde wurden werden ist sind war waren kann können konnte
konnten will wollen wollte wollten soll sollen sollte sollten muss müssen musste mussten
darf durfte möchte möchten
""".split()
)
"""Auxiliaries and modals: ``hatte er gesagt``, ``Merkel hat am Montag erklärt``."""

TITLES = tuple(
    """
Präsident Präsidentin Bundespräsident Bundespräsidentin Bundeskanzler Bundeskanzlerin
Kanzler Kanzlerin Vizekanzler Minister Ministerin Bundesminister Bundesministerin
Außenminister Außenministerin Innenminister Innenministerin Finanzminister Finanzministerin
Verteidigungsminister Verteidigungsministerin Justizminister Justizministerin
Wirtschaftsminister Wirtschaftsministerin Gesundheitsminister Gesundheitsministerin
Ministerpräsident Ministerpräsidentin Premierminister Premierministerin Premier Regierungschef
Regierungschefin Staatschef Staatschefin Bürgermeister Bürgermeisterin Oberbürgermeister
Oberbürgermeisterin Regierungssprecher Regierungssprecherin Sprecher Sprecherin Herr Frau
Dr. Prof. Professor Professorin Generalsekretär Generalsekretärin Vorsitzende Vorsitzender
Parteichef Parteichefin Fraktionschef Fraktionschefin Chef Chefin Direktor Direktorin
Richter Richterin Staatsanwalt Staatsanwältin Oberstaatsanwalt Abgeordnete Abgeordneter
Senator Senatorin Gouverneur Gouverneurin Papst König Königin Prinz Prinzessin Botschafter
Botschafterin Trainer Trainerin General Kardinal Bischof Pfarrer Landrat Landrätin
Polizeisprecher Polizeisprecherin Geschäftsführer Geschäftsführerin Vorstandschef
Vorstandschefin Intendant Intendantin Bundestagspräsident Bundestagspräsidentin
Landesvorsitzende Landesvorsitzender Staatssekretär Staatssekretärin Kommissar Kommissarin
EU-Kommissar EU-Kommissarin Ex-Präsident Ex-Kanzler Altkanzler Manager Managerin
Pressesprecher Pressesprecherin Unternehmenssprecher Unternehmenssprecherin
""".split()
)

FEMALE_TITLES = (*(t for t in TITLES if t.endswith("in") and t != "Kardinal"), "Frau")
MALE_TITLES = ("Herr", "König", "Prinz", "Papst", "Kardinal", "Bischof", "Pfarrer")

PRONOUNS = ("er", "sie", "Er", "Sie")
"""Pronoun speakers. ``sie`` is both *she* and *they*: it gets no gender."""
MALE_PRONOUNS = ("er", "Er")

ROLE_NOUNS = tuple(
    """
Sprecher Sprecherin Sprecherinnen Polizei Regierung Ministerium Behörde Behörden Experte
Experten Expertin Expertinnen Kritiker Kritikerin Beobachter Augenzeuge Augenzeugen Zeuge
Zeugen Zeugin Anwalt Anwältin Anwälte Staatsanwaltschaft Gericht Unternehmen Konzern Firma
Agentur Nachrichtenagentur Zeitung Vertreter
Vertreterin Mitglied Mitglieder Abgeordnete Politiker Politikerin Wissenschaftler
Wissenschaftlerin Forscher Forscherin Ärzte Arzt Ärztin Bewohner Anwohner Einwohner
Teilnehmer Demonstranten Fans Spieler Leiter Leiterin Verband Partei Organisation Opposition
Veranstalter Kommission Ermittler Feuerwehr Armee Militär Sender Magazin Blatt Nachrichtensender
Fernsehsender Rundfunk Onlinedienst Bündnis Gewerkschaft Verein Klub Club Rathaus Stadt
""".split()
)

DETERMINERS = tuple(
    """
der die das des ein eine einer eines sein seine seiner seines ihr ihre ihrer ihres dessen
deren dies dieser diese dieses jener jene
""".split()
)
"""Determiners that may open a sentence's subject (the object forms ``den``, ``dem``,
``einen``, ``einem`` are in ``PREPOSITIONS``; quantifiers such as ``viele`` are not here,
so ``so viele Menschen`` is not ``so`` crediting a source)."""

FUNCTION_WORDS = tuple(
    """
Der Die Das Des Dem Den Ein Eine Einer Eines Einem Einen Und Oder Aber Doch Denn Sondern
Auch Dazu Dann Danach Davor Damit Dabei Dagegen Daher Darum Deshalb Deswegen Trotzdem
Zudem Außerdem Allerdings Jedoch Bereits Schon Noch Nun Jetzt Heute Gestern Morgen Später
Zuvor Zunächst Inzwischen Mittlerweile Bisher Seitdem Seit Nach Vor Bei Mit Von Aus Zu Zur
Zum Im In Am An Auf Für Gegen Ohne Um Über Unter Durch Während Wegen Trotz Laut Gemäß Als
Wie Wenn Weil Dass Da Ob So Es Er Sie Wir Ich Du Ihr Man Hier Dort Dies Diese Dieser
Dieses Was Wer Wo Warum Weshalb Wann Welche Welcher Welches Sein Seine Ihre Ihr Unser
Unsere Kein Keine Nicht Nur Sogar Immerhin Insgesamt Demnach Dennoch Ebenso Ebenfalls
Gleichzeitig Zugleich Anschließend Bezüglich Angesichts Hinsichtlich Gegenüber Weiter Weiterhin Ferner Darin Hierzu Insbesondere Darüber Daraufhin Schließlich Letztlich Offenbar Vermutlich Angeblich
Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag Sonnabend Januar Februar März
April Mai Juni Juli August September Oktober November Dezember
""".split()
)
"""Capitalised words that open a sentence without naming anybody (``Dazu sagte …``)."""

ADVERBS = tuple(
    """
auch hingegen dagegen jedoch zudem außerdem allerdings bereits schon noch nun dann
später zuvor damals heute gestern erneut wiederholt ebenfalls zugleich gleichzeitig
weiter ferner nämlich indes immer wieder selber selbst offenbar wiederum ausdrücklich deutlich jüngst
kürzlich sich sogar gerade nochmals abermals gern gerne nur lediglich zuletzt zunächst inzwischen mittlerweile
""".split()
)

SENTENCE_OPENERS = tuple(
    """
Dazu Dann Danach Zudem Außerdem Allerdings Jedoch Später Zuvor Damals Heute Gestern Nun
Inzwischen Schließlich Gleichzeitig Zugleich Ebenso Bereits Anschließend Dabei Daraufhin
Darauf Hierzu Dagegen Hingegen Demgegenüber Indes Zwar Deshalb Daher Trotzdem
Dennoch Unterdessen Derweil Bislang Bisher Ferner Weiter Insgesamt Zuletzt Zunächst
""".split()
)
_OPENER_PHRASES = ("Des Weiteren", "Des weiteren")
"""Words that open a sentence in the place before the verb (``Dazu sagte …``): the subject
then follows the verb."""

ABBREVIATIONS = tuple(
    """
z Dr Prof St Nr bzw ca etc usw vgl ggf Mio Mrd Jh evtl sog inkl Abs Art Hrsg Str Tel Fr Hr
Bd Mr Mrs Ms z.B u.a d.h o.ä u.ä s.o z.T v.a i.d.R a.D u.U Co Inc Ltd Corp Jr Sr
""".split()
)
"""Words whose full stop ends no sentence (``z.B.``, ``Dr.``); spaced forms end in one of these."""

ORDINAL_NOUNS = tuple(
    """
Januar Jänner Februar März April Mai Juni Juli August September Oktober November Dezember
Jahrhundert Jahrhunderts Liga Bundesliga Runde Spieltag Platz Mal Klasse Etage Stock Grades
Weltkrieg Weltkriegs Weltkrieges Jahrestag Geburtstag Todestag Stelle Halbzeit Satz
""".split()
)
"""Words after which a number with a full stop is an ordinal (``am 5. August``, ``3. Liga``)."""

QUOTE_PAIRS = ("„“", "„”", "»«", "«»", "“”", '""', "‹›")
SINGLE_QUOTE_PAIRS = ("‚‘", "›‹")

LANGUAGE_PROFILE = lexicon.LANGUAGE_PROFILE


_SOURCE_NOUNS = """
Angaben Aussage Aussagen Worten Ansicht Einschätzung Meinung Auffassung Darstellung
Informationen Berichten Schätzungen Erkenntnissen
"""
_SOURCE_ADJECTIVES = """
ersten offiziellen übereinstimmenden
"""
_OWN_SOURCE_NOUNS = """
Polizeiangaben Behördenangaben Medienberichten Presseberichten Augenzeugenberichten
Regierungsangaben Zeugenaussagen Agenturberichten Medienangaben
"""

OWN_SOURCES = (
    *(f"nach eigenen {noun}" for noun in "Angaben Aussagen Worten Erkenntnissen".split()),
    "nach eigener Aussage",
    "nach eigener Darstellung",
    *(
        f"nach {adjective}{noun}"
        for noun in _OWN_SOURCE_NOUNS.split()
        for adjective in ("", "den ", *(a + " " for a in _SOURCE_ADJECTIVES.split()))
    ),
)
"""Phrases that credit a source they name themselves, with no genitive after them: ``nach
eigenen Angaben``, ``nach Medienberichten`` (``Die Firma hat nach eigenen Angaben die
Hälfte …``: the source is the phrase, not ``die Hälfte``)."""

ACCORDING_TO = (
    "laut",
    "gemäß",
    *(
        f"nach {adjective}{noun}"
        for noun in _SOURCE_NOUNS.split()
        for adjective in ("", "den ", *(a + " " for a in _SOURCE_ADJECTIVES.split()))
    ),
)
"""Prepositions that credit a source without a verb (``laut Polizei``, ``nach Angaben des …``);
the rule set adds ``so`` (``„…“, so Müller``),
``demnach`` (``Demnach habe sie …``: the word is the source) and ``unter Berufung auf``."""

NOUN_CUES = tuple(
    """
Angaben Aussage Aussagen Erklärung Mitteilung Pressemitteilung Stellungnahme Interview
Äußerung Äußerungen Worten Ansicht Auffassung Einschätzung Meinung Forderung Vorwurf Kritik
Warnung Darstellung Angabe Pressekonferenz Ankündigung Meldung Meldungen Berichten
Informationen Schätzungen Erkenntnissen Überzeugung Ansicht Polizeiangaben Behördenangaben
Regierungsangaben Medienberichten Medienberichte Presseberichten Augenzeugenberichten
Studien Untersuchungen Umfragen Analyse Analysen Nachricht Schätzung Prognosen Ermittlungen Bericht Berichte Studie
Umfrage Untersuchung Prognose Vorhersage Berechnungen Planungen Schreiben Brief Videobotschaft
Pressemeldung Verlautbarung Nachruf Kommentar Leitartikel Gutachten Urteil Urteilsbegründung
""".split()
)
"""Nouns that carry what someone said: ``In einer Erklärung hieß es, …``."""

OBJECT_DETERMINERS = tuple(
    """
den dem einem einen ihm ihn ihnen mir mich uns euch diesem diesen jenem jenen seinem seinen
ihrem ihren unserem unseren einigen mehreren vielen allen
""".split()
)
"""The object forms of determiners and pronouns (``den``, ``dem``, ``ihm``): a phrase
opening with one is never a sentence's subject (``Den Plan kritisierte der Minister``)."""

PREPOSITIONS = tuple(
    """
in im am an ans auf aufs aus bei beim mit nach vor vorm zu zur zum für gegen ohne um über
unter durch während wegen trotz seit bis gegenüber vom von ins hinter neben zwischen
""".split()
)
"""Prepositions: a phrase opening with one is never a sentence's subject."""

_FOCUS = frozenset("auch nur selbst sogar gerade".split())
"""Focus words, adverbs even at a sentence's start: ``Auch der Minister sagte …``."""
_OTHER_CLASSES = frozenset(
    w.lower()
    for w in (
        *DETERMINERS,
        *PREPOSITIONS,
        *OBJECT_DETERMINERS,
        *PRONOUNS,
        *ACCORDING_TO,
        "dass",
        "ob",
        "demnach",
        "wie",
        "und",
        "oder",
    )
)
OPENERS = (
    *dict.fromkeys(
        w
        for w in (*SENTENCE_OPENERS, *FUNCTION_WORDS)
        if w.lower() not in _OTHER_CLASSES and w.lower() not in _FOCUS
    ),
    *_OPENER_PHRASES,
)
"""Capitalised words that open a sentence before its verb, naming nobody (``Dazu``,
``Am``, ``Montag``); the determiners, pronouns and prepositions among the function words
keep their own class."""

WORDS: dict[str, tuple[str, ...]] = {
    "according_to": (*ACCORDING_TO, "so", "demnach", "unter Berufung auf"),
    "opinion_prepositions": OWN_SOURCES,
    "postposed_sources": ("zufolge", "zu Folge"),
    "cue_verbs": CUE_VERBS,
    "clause_verbs": CLAUSE_VERBS,
    "object_verbs": OBJECT_VERBS,
    "noun_cues": NOUN_CUES,
    "subjunctive_verbs": SUBJUNCTIVES,
    "complementizers": ("dass", "daß", "ob", "wonach", "Dass", "Ob"),
    "clause_joiners": ("und", "oder", "sowie", "sondern", "aber", "doch", "denn"),
    "negations": ("nicht", "kein", "keine", "nie", "niemals"),
    "prepositions": PREPOSITIONS,
    "object_determiners": OBJECT_DETERMINERS,
    "auxiliaries": AUXILIARIES,
    "titles": TITLES,
    "female_titles": FEMALE_TITLES,
    "male_titles": MALE_TITLES,
    "pronouns": PRONOUNS,
    "female_pronouns": (),
    "male_pronouns": MALE_PRONOUNS,
    "relative_pronouns": ("welcher", "welche", "welches"),
    "as_conjunctions": ("wie", "Wie"),
    "role_nouns": ROLE_NOUNS,
    "determiners": DETERMINERS,
    "function_words": FUNCTION_WORDS,
    "adverbs": ADVERBS,
    "sentence_openers": OPENERS,
    "name_particles": ("van", "de", "da", "di", "del", "bin", "al", "el", "ter", "ten", "le", "la"),
    "abbreviations": ABBREVIATIONS,
    "ordinal_nouns": ORDINAL_NOUNS,
    "quote_pairs": QUOTE_PAIRS,
    "single_quote_pairs": SINGLE_QUOTE_PAIRS,
    "language_tags": ("de",),
    "language_profile": LANGUAGE_PROFILE,
}
