"""German attribution rules, read over the class letters of a sentence.

German puts the finite verb second: after a quote or a fronted clause the cue
comes first and the speaker after it (``„…“, sagte die Ministerin.``,
``Die Lage sei ernst, so Müller.``, ``„…“, hatte er gesagt.``), and a
sentence that opens with anything but its subject inverts too (``Am Montag
sagte der Minister, …``, ``Dazu erklärte Hartmann: „…“``). In a clause the verb
stands last (``wie ein Sprecher mitteilte``). ``laut``, ``nach Angaben``, ``so``
and ``zufolge`` credit a source without a verb. Reported speech is the clause
after the cue, with or without ``dass``.

The word lists fill the language-free classes (:data:`newsdoc.pipeline.tokens.CLASSES`)
as follows: ``clause_verbs`` the verbs of saying that take a clause and their
participles, ``object_verbs`` those that take an object (``forderte``,
``kritisierte``), ``according_to`` ``laut``/``nach Angaben``/``so``/``demnach``,
``postposed_sources`` ``zufolge`` (after its source), ``complementizers``
``dass``/``ob``/``wonach``, ``as_conjunctions`` ``wie`` (``wie ein Sprecher mitteilte``),
``subjunctive_verbs`` the subjunctive forms that mark a reported clause (``sei``, ``habe``)
and carry it on over sentences without a cue, and ``object_determiners`` the object forms
``den``, ``dem``, ``ihm``: a phrase opening with one is never a subject, so a fronted object
(``Den Plan kritisierte der Minister``) is not read as the speaker.
"""

from __future__ import annotations

from bisect import bisect_left

import regex

from newsdoc.pipeline.attribute import QuoteContext, SpeechDraft
from newsdoc.rules import Rule, Stage
from newsdoc.rulesets.common import borrow
from newsdoc.rulesets.de.words import SUBJUNCTIVES
from newsdoc.rulesets.en.attribution import ATTRIBUTION_RULES as _EN

HEAD = r"[{name}{role_noun}{title}{noun_cue}]"
"""A capitalised noun or name (``Seine Meinung zu Kirchhoff: „…“``)."""
NAME = r"(?:{title}{stop}?)*{name}(?:{stop}?{name}|{particle}{determiner}?{name})*"
"""A name with any titles before it: ``Kultusministerin Eva Lang``, ``Ursula von der Leyen``."""
GENITIVE = r"(?:{determiner}[{word}{number}]{0,2}" + HEAD + r"{1,3})"
"""A genitive after a noun: ``des Ministeriums``, ``der Berliner Polizei``."""
NOUN_PHRASE = (
    r"(?:{determiner}[{word}{number}]{0,3})?"
    + HEAD
    + r"{1,4}"
    + GENITIVE
    + r"{0,2}(?:[{preposition}{object_determiner}](?:{determiner}{name}{2,3}|{word}?"
    + HEAD
    + r"{1,2})"
    + GENITIVE
    + r"?){0,2}(?:,?"
    + NAME
    + ")?"
)
"""A noun phrase naming a speaker: ``Renate Künast``, ``der Sprecher des Ministeriums``,
``die Berliner Polizei``, ``der Vorsitzende des Elternbeirats, Peter Hahn``, ``der Experte
von Greenpeace, Martin Hoffstetter``, ``Karl Weber von der IG Metall Trier``."""
PAREN = r"(?:\([^()Q.]{1,10}\))?"
"""A bracket after a name: ``Gitta Trauernicht (SPD)``."""
MENTION = r"(?:{pronoun}|" + NOUN_PHRASE + ")"
"""A speaker mention: a pronoun or a noun phrase."""
SUBJECT = (
    r"(?:"
    + MENTION
    + r"{quote}?(?:"
    + PAREN
    + r",?{joiner}"
    + MENTION
    + r")?|{determiner}?{quote})"
)
"""A mention or two joined (``Merkel und Sarkozy``), maybe with a name in quotes
(``die Musikzeitschrift „Billboard“``, ``„Die Zeit“``)."""
_SOURCE_HEAD = r"[{name}{role_noun}{title}{noun_cue}{quote}]"
SOURCE = (
    r"(?:[{determiner}{preposition}{object_determiner}][{word}{number}{preposition}{opener}]{0,4})?"
    + _SOURCE_HEAD
    + r"{1,4}(?:{determiner}[{word}{number}]{0,2}"
    + _SOURCE_HEAD
    + r"{1,3}){0,2}"
    + PAREN
)
"""What ``laut`` or ``zufolge`` credits: ``Polizei``, ``dem Bericht``, ``Angaben der Polizei``,
``„Welt“``, ``einer am Dienstag veröffentlichten Mitteilung des WFP``."""
_HEAD_NEXT = r"(?=[{name}{role_noun}{title}{noun_cue}{quote}])"
ADJECTIVES = r"(?:{word}{1,2}" + _HEAD_NEXT + ")?"
"""Adjectives before a source's noun: ``nach Angaben informierter Kreise``; not a verb or an
adverb before a determiner (``nach eigenen Angaben erhielt das Amt``)."""
SOURCE_NEXT = r"[{name}{role_noun}{title}{noun_cue}{quote}{determiner}]|{word}{1,2}" + _HEAD_NEXT
"""What names the source after ``nach Angaben``: ``der Polizei``,
``informierter Kreise``; after ``nach eigenen Angaben erhielt …`` there is none."""
APPOSITIVE = PAREN + r"(?:,[^,.;:Q]{1,24},)?(?:[{preposition}{object_determiner}]{name}{1,3})?"
"""A bracket, an appositive or a place after a speaker: ``Renate Künast, Fraktionschefin
der Grünen, sagte``, ``Der Gerichtshof in Den Haag hat entschieden``."""
BETWEEN = r"[{adverb}{joiner}]{0,3}(?:{auxiliary}[^.,;:{quote}{negation}]{0,10}?)?"
"""Adverbs, or an auxiliary and what stands before the participle, between subject and
cue (``hingegen sagte``, ``hat am Montag gesagt``); not a negation (``wollte nicht
bestätigen``)."""
SAY = r"[{clause_verb}{object_verb}]"
"""A verb of saying that speaks whatever follows it."""
WEAK = r"{cue_verb}"
"""A verb that speaks only with a quote or a subjunctive (``stellte fest``, ``fügte hinzu``)."""
EVIDENCE = r"(?=[^.]*[{subjunctive}{complementizer}{quote}])"
"""What makes a weak cue speak: a subjunctive, ``dass`` or a quote in what follows."""
FRONT = r"^{opener}?(?P<content>{quote}[^.]{0,2}?|[^.]{3,}?),"
"""What was said, before the cue: ``„…“,`` or ``Die Lage sei ernst,``."""
WEAK_FRONT = r"^{opener}?(?P<content>{quote}[^.]{0,2}?|[^.]*?[{subjunctive}{quote}][^.]*?),"
"""What was said before a weak cue: a quote or a subjunctive clause."""
TAIL = r"[^.;]{0,16}\.?[)\"]*$"
"""The words after the speaker that close the sentence: ``am Montag in Berlin.``"""
START = r"(?:^[{joiner}{adverb}]?|(?<=[,;]){joiner}?|(?<={quote}))"
"""Where a subject may stand: the sentence start (after ``Und``, ``Auch``, not after
a word that takes the place before the verb: ``Dazu sagte der Minister``), after a comma
(``, und der Minister``) or a quote that ends a sentence."""
NOT_INVERTED = (
    r"(?!{pronoun}|{title}|{name}{name}|{determiner}[{word}]{0,2}{title}"
    r"|(?<=[{clause_verb}{cue_verb}]){name}[{word}{adverb}:,])"
)
"""After a cue read with the speaker before it: no subject right after the verb (``Die
Äußerungen bezeichnete Wiefelspütz als …``, ``Unmissverständlich sagt das Gericht …``); after
a verb of saying, a name before an adverb or a comma is its subject (``Relativierend fügt
Gall hinzu:``)."""
SAY_BEFORE_SUBJECT = r"[{clause_verb}{object_verb}{cue_verb}]{adverb}*[{name}{title}{determiner}]"
"""A verb of saying before its subject (``In einem Interview äußerte sich der Minister
zuversichtlich:``): the phrase at the sentence start is then no speaker."""
CLAUSE = (
    NOT_INVERTED
    + r"(?:[^.;:{quote}]|(?<=[{determiner}{object_determiner}{preposition}]){quote}){0,8}?"
    + r"[,:](?P<content>{quote}[^.]*|[^.]{2,})"
)
"""The clause after the cue, past a dative or an adverbial: ``der Zeitung, sie sei …``,
``der „Berliner Zeitung“, dass …``."""
INVERTED_SUBJECT = r"{adverb}*(?:{pronoun}|" + NAME + PAREN + "[{word}{adverb}]{0,2}:)"
"""What after the verb is its subject even when a noun phrase stands before the verb: a
pronoun (``Die Tat bezeichnete er als …``) or a name before a colon (``Der Zeitung sagte
Karma: „…“``, ``Relativierend fügt Gall hinzu: „…“``)."""
PRE = (
    r"^(?!"
    + SUBJECT
    + APPOSITIVE
    + r"{adverb}*[{clause_verb}{object_verb}{cue_verb}{auxiliary}](?!"
    + INVERTED_SUBJECT
    + r"))[^.;:]{1,24}?"
)
"""What stands before an inverted cue: ``Am Montag``, ``In einem Interview``, a fronted
object (see :data:`INVERTED_SUBJECT`); not a subject, since the verb is second
(``Thaksin beschuldigte General Prem, …``, ``Die Behörden werfen Luna … vor``)."""


_SUBJUNCTIVE = frozenset(SUBJUNCTIVES)
_WORD = regex.compile(r"\w+")


def _content_start(speech: SpeechDraft) -> int:
    return speech.content[0].start


def _continued(ctx: QuoteContext) -> int | None:
    """A quote with no cue of its own goes on with the latest speech before it: German
    reported speech runs on without a new cue (``Er sagte, … . Die Lage sei „ernst“.``).
    The speech must be in the quote's paragraph, or in the one before when the quote's
    sentence is in the subjunctive."""
    q = ctx.quote
    j = bisect_left(ctx.speech, q.span.start, key=_content_start) - 1
    if j < 0:
        return None
    start = _content_start(ctx.speech[j])
    here = ctx.paragraphs[q.paragraph]
    if start >= here.start:
        return j
    if q.paragraph == 0 or start < ctx.paragraphs[q.paragraph - 1].start:
        return None
    lead = ctx.text.rfind(". ", here.start, q.span.start)
    sentence = ctx.text[max(here.start, lead + 1) : q.span.end]
    return j if any(w in _SUBJUNCTIVE for w in _WORD.findall(sentence)) else None


ATTRIBUTION_RULES: tuple[Rule, ...] = (
    Rule(
        "attribution.name_colon",
        Stage.ATTRIBUTION,
        tokens=rf"^{{opener}}?(?P<speaker>{MENTION}){PAREN}(?:,[^,.;:Q]{{1,14}})?[{{word}}{{adverb}}]?(?P<cue>:)(?P<content>{{quote}}.*?)\.?$",
        description="Erkki Tuomioja, Präsident des Rats: „…“ / Koppelin wörtlich: „…“",
    ),
    Rule(
        "attribution.parenthetical",
        Stage.ATTRIBUTION,
        tokens=(
            rf"^{{opener}}?(?P<content>{{quote}}|[^.,]+?),{{according_to}}?"
            rf"(?P<cue>{SAY}|{WEAK}|{{according_to}})(?P<speaker>{SUBJECT}){APPOSITIVE}"
            rf"[^{{quote}}.,;]{{0,4}},(?P<content2>.{{2,}}?)\.?[)\"]*$"
        ),
        description="„Die Lage“, sagte er, „ist ernst.“ / Dennoch, so Nacke, habe er …",
    ),
    Rule(
        "attribution.fronted",
        Stage.ATTRIBUTION,
        tokens=rf"{FRONT}{{determiner}}?(?P<cue>{{clause_verb}}|{{according_to}}){{adverb}}*(?P<speaker>{SUBJECT}){PAREN}{TAIL}",
        description="„…“, sagte die Ministerin. / Die Lage sei ernst, so Müller. / …, das entschied die NASA.",
    ),
    Rule(
        "attribution.fronted_it_says",
        Stage.ATTRIBUTION,
        tokens=rf"{FRONT}(?P<cue>{{clause_verb}}){{word}}[{{preposition}}{{object_determiner}}](?P<speaker>{SOURCE}){TAIL}",
        description="„…“, heißt es in dem Bericht.",
    ),
    Rule(
        "attribution.fronted_weak",
        Stage.ATTRIBUTION,
        tokens=rf"{WEAK_FRONT}{{determiner}}?(?P<cue>[{{object_verb}}{{cue_verb}}]){{adverb}}*(?P<speaker>{SUBJECT}){PAREN}{TAIL}",
        description="„…“, fügte er hinzu. / „…“, kritisierte er. / Die Lage sei ernst, stellte er fest.",
    ),
    Rule(
        "attribution.with_words",
        Stage.ATTRIBUTION,
        tokens=rf"^{{preposition}}[{{preposition}}{{object_determiner}}]?{{noun_cue}}(?P<content>{{quote}}),?(?P<cue>{SAY}|{WEAK}){{adverb}}*(?P<speaker>{SUBJECT})",
        description="Mit den Worten „…“ kommentierte er seinen Ausfall.",
    ),
    Rule(
        "attribution.quote_before_verb",
        Stage.ATTRIBUTION,
        tokens=(
            rf"^(?P<content>[^.;:,{{quote}}]{{0,8}}?{{quote}}[^.;:,{{quote}}]{{0,3}}?)"
            rf"(?P<cue>{SAY}|{WEAK}){{adverb}}*(?P<speaker>{SUBJECT}){PAREN}{TAIL}"
        ),
        description="Von einer „gezielten Indiskretion“ sprach der Grünen-Politiker.",
    ),
    Rule(
        "attribution.fronted_auxiliary",
        Stage.ATTRIBUTION,
        tokens=rf"{FRONT}{{auxiliary}}(?P<speaker>{SUBJECT}){APPOSITIVE}[^{{quote}}.;,]{{0,8}}?(?P<cue>{SAY}){TAIL}",
        description="„…“, hatte der Sprecher der Opposition schon im Mai gesagt.",
    ),
    Rule(
        "attribution.fronted_as",
        Stage.ATTRIBUTION,
        tokens=rf"{FRONT}[{{relative}}{{as_conjunction}}](?P<speaker>{SUBJECT}){APPOSITIVE}[^{{quote}}.;,]{{0,8}}?(?P<cue>{SAY}){{auxiliary}}?{TAIL}",
        description="„…“, wie ein Sprecher mitteilte.",
    ),
    Rule(
        "attribution.as_front",
        Stage.ATTRIBUTION,
        tokens=rf"^[{{opener}}{{joiner}}]?[{{relative}}{{as_conjunction}}][{{adverb}}{{preposition}}{{object_determiner}}]*(?P<speaker>{SUBJECT}){APPOSITIVE}[^{{quote}}.;,]{{0,8}}?(?P<cue>{SAY}){{auxiliary}}?,(?P<content>[^.]{{2,}})",
        description="Wie der Richter ausführte, hätte es „…“ gegeben. / Wie aus einer Mitteilung hervorgeht, …",
    ),
    Rule(
        "attribution.this",
        Stage.ATTRIBUTION,
        tokens=rf"^(?P<content>{{determiner}})(?P<cue>{SAY}|{WEAK}){{adverb}}*(?P<speaker>{SUBJECT}){PAREN}[^.;{{quote}}]{{0,12}}\.?$",
        description="Dies berichtete die dpa. — ``Dies`` stands for what the sentence before said",
    ),
    Rule(
        "attribution.according_to_after",
        Stage.ATTRIBUTION,
        tokens=(
            rf"^{{opener}}?(?P<content>[^.]*?)(?:(?P<speaker>{SOURCE})(?P<cue>{{source_after}})"
            rf"(?![{{name}}{{role_noun}}{{title}}{{determiner}}{{pronoun}}{{preposition}}{{object_determiner}}{{noun_cue}}])"
            rf"|(?P<speaker>[^.]{{0,6}}?[{{noun_cue}}{{role_noun}}])(?P<cue>{{source_after}})"
            rf"(?![{{name}}{{role_noun}}{{title}}{{noun_cue}}]))"
            rf"(?P<content2>[^.]{{2,}})"
        ),
        description="Dem Bericht zufolge sollen … / Das Team kam der Meldung zufolge zu dem Schluss …",
    ),
    Rule(
        "attribution.according_to_self",
        Stage.ATTRIBUTION,
        tokens=r"^(?P<cue>(?P<speaker>{according_to}))(?=[{auxiliary}{subjunctive}{passive}{word}])(?P<content>[^.]{2,})",
        description="Demnach habe sie Jura studiert. / Demnach steht der Kopilot in der Kritik. — the word is the source",
    ),
    Rule(
        "attribution.own_source",
        Stage.ATTRIBUTION,
        tokens=(
            r"^(?P<content>[^.]*?),?(?P<cue>{opinion_preposition})(?P<speaker>{opinion_preposition}+)"
            r",?(?P<content2>[^.]*)"
        ),
        description="Die Firma hat nach eigenen Angaben die Hälfte … — the phrase is its own source",
    ),
    Rule(
        "attribution.according_to_phrase",
        Stage.ATTRIBUTION,
        tokens=(
            r"^(?P<content>[^.]*?),?(?P<cue>{according_to})(?P<speaker>{according_to}++)"
            rf"(?!{SOURCE_NEXT}),?(?P<content2>[^.]*)"
        ),
        description="Nach eigenen Angaben erhielt das Amt … — the phrase names its source",
    ),
    Rule(
        "attribution.according_to",
        Stage.ATTRIBUTION,
        tokens=(
            rf"^(?P<content>[^.]*?),?(?:(?P<cue>{{according_to}}{{2,}})(?=[^{{according_to}}])(?P<speaker>{ADJECTIVES}{SOURCE})"
            rf"|(?P<cue>{{according_to}})(?P<speaker>{SOURCE})"
            rf"|(?<=^)(?P<cue>{{according_to}})(?P<speaker>{{word}}{{1,2}}{_SOURCE_HEAD}{{1,3}})),?(?P<content2>[^.]*)"
        ),
        description=(
            "Laut Polizei verlief die Kundgebung friedlich. / …, nach Angaben informierter Kreise."
            " / Laut israelischen Medien gab es …"
        ),
    ),
    Rule(
        "attribution.colon",
        Stage.ATTRIBUTION,
        tokens=rf"{START}(?P<speaker>{SUBJECT}){APPOSITIVE}{BETWEEN}(?P<cue>{SAY}|{WEAK}){NOT_INVERTED}[^.:;{{quote}}]{{0,16}}?:(?P<content>{{quote}}[^.]*)",
        description="Müller sagte am Montag: „…“",
    ),
    Rule(
        "attribution.colon_any",
        Stage.ATTRIBUTION,
        tokens=(
            rf"{START}(?P<speaker>{SUBJECT}){APPOSITIVE}"
            rf"(?:(?!{SAY_BEFORE_SUBJECT})[^.:;{{quote}}{{pronoun}}]){{1,12}}?(?P<cue>:)(?P<content>{{quote}}[^.]*)"
        ),
        description="Die Bewohner sehen es gelassen: „…“ — a quote after a colon is its sentence subject's",
    ),
    Rule(
        "attribution.clause",
        Stage.ATTRIBUTION,
        tokens=rf"{START}(?P<speaker>{SUBJECT}){APPOSITIVE}{BETWEEN}(?P<cue>{SAY}){CLAUSE}",
        description="Merkel sagte am Montag, die Lage sei ernst. / Er erklärte, dass …",
    ),
    Rule(
        "attribution.clause_weak",
        Stage.ATTRIBUTION,
        tokens=rf"{START}(?P<speaker>{SUBJECT}){APPOSITIVE}{BETWEEN}(?P<cue>{WEAK}){NOT_INVERTED}[^.;:{{quote}}]{{0,8}}?[,:]{EVIDENCE}(?P<content>[^.]{{2,}})",
        description="Er stellte fest, die Lage sei ernst. / Er wies darauf hin, dass …",
    ),
    Rule(
        "attribution.relative",
        Stage.ATTRIBUTION,
        tokens=rf"(?<=,)(?P<speaker>{{determiner}})[^.,;:{{quote}}{{negation}}]{{0,8}}?(?P<cue>{SAY}){{auxiliary}}?,{EVIDENCE}(?P<content>[^.]{{2,}})",
        description="…, der der Regierung vorwarf, sie habe … — a relative pronoun speaks",
    ),
    Rule(
        "attribution.coordinated",
        Stage.ATTRIBUTION,
        tokens=(
            rf"^[{{joiner}}{{adverb}}]?(?P<speaker>{SUBJECT}){APPOSITIVE}[^.;:{{quote}}]{{1,40}}?"
            rf"(?:,?{{joiner}}(?P<cue>{SAY})|,(?P<cue>{SAY}){{joiner}}){{adverb}}*{CLAUSE}"
        ),
        description="Er dankte den Menschen und ergänzte, der Putsch sei im Interesse des Landes. / …, sagte aber, …",
    ),
    Rule(
        "attribution.inverted",
        Stage.ATTRIBUTION,
        tokens=rf"{PRE}(?P<cue>{SAY}){{adverb}}*(?P<speaker>{SUBJECT}){APPOSITIVE}{CLAUSE}",
        description="Am Montag sagte der Minister, die Lage sei ernst. / Dazu erklärte Hartmann: „…“",
    ),
    Rule(
        "attribution.inverted_auxiliary",
        Stage.ATTRIBUTION,
        tokens=(
            rf"{PRE}{{auxiliary}}(?P<speaker>{SUBJECT}){APPOSITIVE}[^.,;:{{quote}}{{negation}}]{{0,8}}?"
            rf"(?:(?P<cue>{SAY}){CLAUSE}|(?P<cue>{WEAK})[,:]{EVIDENCE}(?P<content>[^.]{{2,}}))"
        ),
        description="Im September hatte der Premier angekündigt, den Einsatz fortzusetzen.",
    ),
    Rule(
        "attribution.inverted_weak",
        Stage.ATTRIBUTION,
        tokens=rf"{PRE}(?P<cue>{WEAK}){{adverb}}*(?P<speaker>{SUBJECT}){APPOSITIVE}[^.;:{{quote}}]{{0,8}}?[,:]{EVIDENCE}(?P<content>[^.]{{2,}})",
        description="Dabei stellte er fest, die Lage sei ernst.",
    ),
    Rule(
        "attribution.colon_final",
        Stage.ATTRIBUTION,
        tokens=rf"(?<=,{{determiner}})(?P<speaker>{SUBJECT}){APPOSITIVE}[^.,;:{{quote}}{{negation}}]{{1,12}}?(?P<cue>{SAY}){{auxiliary}}?:(?P<content>{{quote}}[^.]*)",
        description="…, die Schröder zum Erfolgskriterium erklärt hatte: „…“ — a relative clause, the verb last",
    ),
    Rule(
        "attribution.quoted_object",
        Stage.ATTRIBUTION,
        tokens=rf"{START}(?P<speaker>{SUBJECT}){APPOSITIVE}{BETWEEN}(?P<cue>{SAY}|{WEAK}){NOT_INVERTED}(?P<content>[^.{{quote}}]{{0,12}}?{{quote}}[^.]*)",
        description="Er bezeichnete den Plan als „Unsinn“.",
    ),
    Rule(
        "attribution.inverted_quoted_object",
        Stage.ATTRIBUTION,
        tokens=rf"{PRE}(?P<cue>{SAY}|{WEAK}){{adverb}}*(?P<speaker>{SUBJECT})(?P<content>[^.{{quote}}]{{0,12}}?{{quote}}[^.]*)",
        description="Im Interview nannte er den Plan „Unsinn“.",
    ),
    Rule(
        "attribution.object",
        Stage.ATTRIBUTION,
        tokens=rf"{START}(?P<speaker>{SUBJECT}){APPOSITIVE}{BETWEEN}(?P<cue>{{object_verb}}){NOT_INVERTED}(?P<content>[^.]{{2,}})",
        description="Die Opposition forderte den Rücktritt des Ministers.",
    ),
    Rule(
        "attribution.inverted_object",
        Stage.ATTRIBUTION,
        tokens=rf"{PRE}(?P<cue>{{object_verb}}){{adverb}}*(?P<speaker>{SUBJECT})(?P<content>[^.]{{2,}})",
        description="Am Montag forderte die Opposition den Rücktritt des Ministers.",
    ),
    Rule(
        "attribution.subject_first",
        Stage.ATTRIBUTION,
        tokens=(
            rf"^{{joiner}}?(?P<speaker>{SUBJECT}){APPOSITIVE}{{adverb}}*"
            rf"(?=[{{clause_verb}}{{object_verb}}{{cue_verb}}](?!{INVERTED_SUBJECT}))"
            rf"(?:(?P<cue>{SAY})[^.;:{{quote}}]{{0,12}}?[,:](?P<content>[^.]{{2,}})"
            rf"|(?P<cue>{WEAK})[^.;:{{quote}}]{{0,8}}?[,:]{EVIDENCE}(?P<content>[^.]{{2,}})"
            rf"|(?P<cue>{SAY}|{WEAK})(?P<content>[^.{{quote}}]{{0,12}}?{{quote}}[^.]*)"
            rf"|(?P<cue>{{object_verb}})(?P<content>[^.]{{2,}}))"
        ),
        description="Thaksin beschuldigte General Prem, … — the verb is second: a subject before it speaks",
    ),
    Rule(
        "attribution.noun_source",
        Stage.ATTRIBUTION,
        tokens=(
            rf"^[{{opener}}{{joiner}}]?(?P<cue>{{preposition}})(?P<speaker>[{{determiner}}{{preposition}}{{object_determiner}}]?[{{word}}{{number}}]{{0,2}}"
            rf"{{noun_cue}}{GENITIVE}?{PAREN})(?:,[^,.;:]{{1,20}},)?(?=[{{auxiliary}}{{subjunctive}}{{word}}])(?P<content>[^.]{{2,}})"
        ),
        description="Nach einem Bericht der Zeitung ist … / In einem Schreiben der Anwälte wurde …",
    ),
    Rule(
        "attribution.noun_source_says",
        Stage.ATTRIBUTION,
        tokens=(
            rf"^[{{opener}}{{joiner}}]?[{{preposition}}{{object_determiner}}](?P<speaker>[{{determiner}}{{preposition}}{{object_determiner}}]?[{{word}}{{number}}]{{0,2}}"
            rf"[{{noun_cue}}{{name}}{{role_noun}}]{GENITIVE}?{PAREN})(?P<cue>{{clause_verb}})[{{word}}{{adverb}}]{{0,2}}[,:]"
            r"(?P<content>{quote}[^.]*|[^.]{2,})"
        ),
        description="In einer Erklärung des Vereins hieß es, man begrüße das Projekt. / In dem Antrag heißt es wörtlich: „…“",
    ),
    Rule(
        "attribution.speech_about",
        Stage.ATTRIBUTION,
        tokens=(
            rf"{START}(?P<speaker>{SUBJECT}){APPOSITIVE}{BETWEEN}(?P<cue>{SAY}){NOT_INVERTED}{{adverb}}*"
            rf"(?P<content>{{preposition}}[^.,;:]{{2,}}[^.]*[^.{{preposition}}{{object_determiner}}])"
        ),
        description="Der Programmdirektor sprach von einem geringen Risiko. — not a split verb (``sprach sich für … aus``)",
    ),
    Rule(
        "attribution.lead",
        Stage.ATTRIBUTION,
        tokens=(
            rf"(?:(?P<speaker>{SUBJECT}){APPOSITIVE}{BETWEEN}(?P<cue>{SAY}|{WEAK})"
            rf"|(?P<cue>{SAY}|{WEAK}){{adverb}}*(?P<speaker>{SUBJECT}){PAREN})[^{{quote}}.]{{0,8}}[.:]?$"
        ),
        where="previous",
        description="Müller sagte: (and the quote in the next paragraph)",
    ),
    Rule(
        "attribution.subjunctive_runs_on",
        Stage.ATTRIBUTION,
        tokens=r"^(?![^.]*[{clause_verb}{object_verb}{cue_verb}])(?P<content>[^.]*{subjunctive}[^.]*)",
        where="continued",
        description="Er sagte, … . Die Lage sei ernst. — reported speech runs on in the subjunctive",
    ),
    *borrow(_EN, "attribution.split", "attribution.floating"),
    Rule(
        "attribution.continued",
        Stage.ATTRIBUTION,
        func=_continued,
        description="a quote without a cue goes on with the latest speech of its paragraph (or the one before, in the subjunctive)",
    ),
)
"""The German attribution rules, in the order they are tried."""
