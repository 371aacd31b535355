"""German word lists: cue verbs, titles, pronouns, role nouns, abbreviations, marks.

Users extend any of them with ``RuleSet.with_words(name, [...])`` without
writing a pattern. Verbs are listed in every form the press uses: present and
past, singular and plural, the participle, and the joined verb-final form of
separable verbs (``teilte … mit`` and ``wie er mitteilte``).
"""

from __future__ import annotations

_PAST = """
sagte erklärte betonte meinte teilte mitteilte fügte hinzufügte schrieb berichtete kritisierte
warnte forderte bestätigte äußerte kommentierte antwortete entgegnete erwiderte ergänzte
unterstrich bekräftigte versicherte behauptete bezeichnete nannte kündigte ankündigte rief
fragte zitierte mahnte beklagte räumte einräumte gestand bemerkte sprach resümierte urteilte
twitterte verkündete erläuterte führte ausführte hob hervorhob stellte feststellte zeigte
verwies argumentierte begründete klagte jubelte bilanzierte schilderte erinnerte prophezeite
vermutete glaubte hoffte meldete vermeldete verlautete beteuerte versprach appellierte wies
lobte dementierte bekannte beschrieb gab bezweifelte widersprach protestierte erzählte warf
vorwarf schlug vorschlug beschloss verlangte machte behauptete prangerte anprangerte empfahl
skandierte sicherte zusicherte plädierte rechtfertigte wandte beschuldigte bat verglich
befürchtete bekundete verurteilte begrüßte warb riet konstatierte attackierte bemängelte
verlautbarte formulierte drohte strich unterstrich signalisierte kritisierte monierte
präzisierte relativierte beschwichtigte versprach zog ließ lautete
"""
_PRESENT = """
sagt sagen erklärt erklären betont meint teilt mitteilt fügt schreibt berichtet kritisiert
warnt fordert bestätigt äußert kommentiert antwortet entgegnet erwidert ergänzt unterstreicht
bekräftigt versichert behauptet bezeichnet nennt kündigt ruft fragt zitiert mahnt beklagt
räumt gesteht bemerkt spricht urteilt twittert verkündet erläutert führt stellt zeigt verweist
argumentiert begründet klagt schildert erinnert vermutet glaubt hofft meldet beteuert
verspricht appelliert weist lobt dementiert bekennt beschreibt gibt bezweifelt widerspricht
erzählt wirft schlägt verlangt empfiehlt warnt betonen berichten schreiben lässt lautet
"""


def _plural(past: str) -> str:
    return past + ("n" if past.endswith("te") else "en")


def _present_plural(past: str) -> str | None:
    """``sagte`` gives ``sagen``, ``berichtete`` ``berichten``; strong verbs give nothing."""
    if past.endswith("ete"):
        return past[:-3] + "en"
    return past[:-2] + "en" if past.endswith("te") else None


CUE_VERBS = tuple(
    dict.fromkeys(
        (
            *_PAST.split(),
            *(_plural(w) for w in _PAST.split()),
            *_PRESENT.split(),
            *(p for w in _PAST.split() if (p := _present_plural(w))),
            *"sieht sah sehen fragen".split(),
        )
    )
)
"""Finite verbs and participles of saying; separable ones in their split and joined forms."""

PARTICIPLES = tuple(
    """
gesagt erklärt betont gemeint mitgeteilt hinzugefügt geschrieben berichtet kritisiert gewarnt
gefordert bestätigt geäußert kommentiert geantwortet entgegnet erwidert ergänzt unterstrichen
bekräftigt versichert behauptet bezeichnet genannt angekündigt gerufen gefragt zitiert gemahnt
beklagt eingeräumt gestanden bemerkt gesprochen verkündet erläutert ausgeführt hervorgehoben
festgestellt verwiesen argumentiert begründet geklagt geschildert erinnert vermutet
beteuert versprochen appelliert gelobt dementiert vorgeworfen aufgefordert gewürdigt
bekanntgegeben angegeben verlautbart zugesagt zugesichert berichtet gemeldet
""".split()
)
"""Participles that close a cue after an auxiliary (``hatte Müller gesagt``, ``wird X zitiert``)."""

_OBJECT = frozenset(
    """
kritisierte kritisiert forderte fordert lobte lobt verurteilte verurteilt begrüßte begrüßt
bezeichnete bezeichnet nannte nennt warf wirft vorwarf beschuldigte verlangte verlangt
appellierte appelliert attackierte bemängelte monierte prangerte anprangerte empfahl empfiehlt
plädierte drohte sprach spricht würdigte bat rief ruft dementierte dementiert lehnte
""".split()
)

OBJECT_VERBS = tuple(
    w
    for w in (*CUE_VERBS, *"lehnte lehnten würdigte würdigten".split())
    if w.rstrip("n") in _OBJECT
)
"""Verbs of saying that take an object (``Die Opposition forderte den Rücktritt …``,
``bezeichnete den Plan als „Unsinn“``)."""

CLAUSE_VERBS = (
    *(w for w in CUE_VERBS if w not in OBJECT_VERBS),
    *PARTICIPLES,
    *"heißt hieß hießen".split(),
)
"""Verbs of saying that take a clause: ``sagte, sie sei …``, ``erklärte, dass …``; with
the participles (``hatte er gesagt``) and ``heißt es``."""

SUBJUNCTIVES = tuple(
    """
sei seien seiest habe hätte hätten werde würde würden könne könnte könnten müsse müsste
müssten solle wolle dürfe dürfte dürften möge gebe gäbe liege lägen gehe stehe komme käme
bleibe wisse brauche gelte lasse sehe halte trage wäre wären
""".split()
)
"""Subjunctive forms (Konjunktiv I and II) that mark a reported clause (``sie sei …``)."""

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
Agentur Nachrichtenagentur Zeitung Bericht Studie Umfrage Mitteilung Erklärung Vertreter
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
deren dieser diese dieses jener jene mehrere viele einige zwei drei vier alle beide
""".split()
)
"""Determiners that may open a sentence's subject (the object forms ``den``, ``dem``,
``einen``, ``einem`` are in ``PREPOSITIONS``)."""

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
auch hingegen dagegen jedoch aber zudem außerdem allerdings bereits schon noch nun dann
später zuvor damals heute gestern erneut wiederholt ebenfalls zugleich gleichzeitig
weiter ferner nämlich indes immer wieder selber selbst offenbar wiederum selbst ausdrücklich deutlich jüngst kürzlich sich
nochmals abermals gern gerne nur lediglich zuletzt zunächst inzwischen mittlerweile demnach
""".split()
)

SENTENCE_OPENERS = tuple(
    """
Doch Aber Und Auch Dazu Dann Danach Zudem Außerdem Allerdings Jedoch Später Zuvor Damals
Heute Gestern Nun Inzwischen Schließlich Gleichzeitig Zugleich Ebenso Bereits Anschließend
Dabei Daraufhin Darauf Hierzu Dagegen Hingegen Demgegenüber Indes
""".split()
)

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

LANGUAGE_PROFILE = tuple(
    """
der die das und ist nicht ein eine einer eines einem einen des dem den zu mit sich auf für
von im auch als an bei nach aus wie wird wurde werden sind war hat haben hatte nur noch
oder aber über vor sie er es wir ich dass durch zum zur bis unter seine ihre ihr sein
diese dieser kann soll sei gegen vom beim schon mehr sagte
""".split()
)
"""The commonest words of German news; ``rules="auto"`` counts them (see ``newsdoc.language``)."""

ACCORDING_TO = (
    "laut",
    "Laut",
    "gemäß",
    "Gemäß",
    *(
        f"{n} {noun}{of}"
        for n in ("nach", "Nach")
        for noun in (
            "Angaben",
            "Aussage",
            "Aussagen",
            "Worten",
            "Ansicht",
            "Einschätzung",
            "Meinung",
            "Auffassung",
            "Darstellung",
            "Informationen",
            "Berichten",
            "Schätzungen",
        )
        for of in (" von", " des", " der", " vom", "")
    ),
)
"""Prepositions that credit a source without a verb (``laut Polizei``, ``nach Angaben des …``);
the rule set adds ``zufolge`` (after its source), ``so`` (``„…“, so Müller``) and
``unter Berufung auf``."""

NOUN_CUES = tuple(
    """
Angaben Aussage Aussagen Erklärung Mitteilung Pressemitteilung Stellungnahme Interview
Äußerung Äußerungen Worten Ansicht Auffassung Einschätzung Meinung Forderung Vorwurf Kritik
Warnung Darstellung Angabe Pressekonferenz Ankündigung
""".split()
)
"""Nouns that carry what someone said: ``In einer Erklärung hieß es, …``."""

PREPOSITIONS = tuple(
    """
in im am an ans auf aufs aus bei beim mit nach vor vorm zu zur zum für gegen ohne um über
unter durch während wegen trotz seit bis gegenüber vom von ins hinter neben zwischen
den dem einem einen ihm ihn ihnen mir mich uns euch
""".split()
)
"""Prepositions, and the object forms of determiners and pronouns (``den``, ``dem``,
``ihm``): a phrase opening with one is never a sentence's subject (``Den Plan kritisierte
der Minister``), so the rules read them alike."""

_OTHER_CLASSES = frozenset(
    w.lower()
    for w in (
        *DETERMINERS,
        *PREPOSITIONS,
        *PRONOUNS,
        *ACCORDING_TO,
        "dass",
        "ob",
        "wie",
        "und",
        "oder",
    )
)
OPENERS = tuple(
    dict.fromkeys(
        w for w in (*SENTENCE_OPENERS, *FUNCTION_WORDS) if w.lower() not in _OTHER_CLASSES
    )
)
"""Capitalised words that open a sentence before its verb, naming nobody (``Dazu``,
``Am``, ``Montag``); the determiners, pronouns and prepositions among the function words
keep their own class."""

WORDS: dict[str, tuple[str, ...]] = {
    "according_to": (*ACCORDING_TO, "zufolge", "so", "unter Berufung auf"),
    "cue_verbs": CUE_VERBS,
    "clause_verbs": CLAUSE_VERBS,
    "object_verbs": OBJECT_VERBS,
    "noun_cues": NOUN_CUES,
    "be_verbs": SUBJUNCTIVES,
    "complementizers": ("dass", "daß", "ob", "wie", "Dass", "Ob", "Wie"),
    "clause_joiners": ("und", "oder", "sowie", "sondern"),
    "negations": ("nicht", "kein", "keine", "nie", "niemals"),
    "prepositions": PREPOSITIONS,
    "auxiliaries": AUXILIARIES,
    "titles": TITLES,
    "female_titles": FEMALE_TITLES,
    "male_titles": MALE_TITLES,
    "pronouns": PRONOUNS,
    "female_pronouns": (),
    "male_pronouns": MALE_PRONOUNS,
    "relative_pronouns": ("welcher", "welche", "welches"),
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
