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
``kritisierte``), ``according_to`` ``laut``/``nach Angaben``/``zufolge``/``so``,
``complementizers`` ``dass``/``ob``/``wie``, ``be_verbs`` the subjunctive forms
that mark a reported clause (``sei``, ``habe``), and ``prepositions`` also the
object forms ``den``, ``dem``, ``ihm``: a phrase opening with one is never a
subject, so a fronted object (``Den Plan kritisierte der Minister``) is not read
as the speaker.
"""

from __future__ import annotations

from newsdoc.pipeline.attribute import QuoteContext
from newsdoc.rules import Rule, Stage
from newsdoc.rulesets.common import borrow
from newsdoc.rulesets.en.attribution import ATTRIBUTION_RULES as _EN

HEAD = r"[{name}{role_noun}{title}]"
"""A capitalised noun or name."""
NAME = r"(?:{title}{stop}?)*{name}(?:{stop}?{name}|{particle}{determiner}?{name})*"
"""A name with any titles before it: ``Kultusministerin Eva Lang``, ``Ursula von der Leyen``."""
GENITIVE = r"(?:{determiner}[{word}{number}]{0,2}" + HEAD + r"{1,3})"
"""A genitive after a noun: ``des Ministeriums``, ``der Berliner Polizei``."""
NOUN_PHRASE = (
    r"(?:{determiner}[{word}{number}]{0,3})?"
    + HEAD
    + r"{1,4}"
    + GENITIVE
    + r"{0,2}(?:,?"
    + NAME
    + ")?"
)
"""A noun phrase naming a speaker: ``Renate Künast``, ``der Sprecher des Ministeriums``,
``die Berliner Polizei``, ``der Vorsitzende des Elternbeirats, Peter Hahn``."""
PAREN = r"(?:\([^()Q.]{1,10}\))?"
"""A bracket after a name: ``Gitta Trauernicht (SPD)``."""
MENTION = r"(?:{pronoun}|" + NOUN_PHRASE + ")"
"""A speaker mention: a pronoun or a noun phrase."""
SUBJECT = r"(?:" + MENTION + r"(?:" + PAREN + r",?{joiner}" + MENTION + r")?)"
"""A mention or two joined: ``Merkel und Sarkozy``."""
SOURCE = (
    r"(?:[{determiner}{preposition}][{word}{number}]{0,3})?"
    + HEAD
    + r"{1,4}"
    + GENITIVE
    + r"{0,2}"
    + PAREN
)
"""What ``laut`` or ``zufolge`` credits: ``Polizei``, ``dem Bericht``, ``Angaben der Polizei``."""
APPOSITIVE = PAREN + r"(?:,[^,.;:Q]{1,14},)?"
"""A bracket or an appositive after a speaker: ``Renate Künast, Fraktionschefin der
Grünen, sagte``."""
BETWEEN = r"{adverb}{0,3}(?:{auxiliary}[^.,;:Q]{0,6}?)?"
"""Adverbs, or an auxiliary and what stands before the participle, between subject and
cue: ``hingegen sagte``, ``hat am Montag gesagt``."""
CUE = r"[{clause_verb}{cue_verb}]"
"""Any verb of saying."""
FRONT = r"^{opener}?(?P<content>{quote}[^.]{0,2}?|[^.]{3,}?),"
"""What was said, before the cue: ``„…“,`` or ``Die Lage sei ernst,``."""
TAIL = r"[^{quote}.;]{0,16}\.?[)\"]*$"
"""The words after the speaker that close the sentence: ``am Montag in Berlin.``"""
CLAUSE = r"[^.;:{quote}]{0,8}?[,:](?P<content>{quote}[^.]*|[^.]{2,})"
"""The clause after the cue, past a dative or an adverbial: ``der Zeitung, sie sei …``."""
PRE = r"^[^.;:{quote}]{1,24}?"
"""What stands before an inverted cue: ``Am Montag``, ``In einem Interview``."""


def _continued(ctx: QuoteContext) -> int | None:
    """A quote with no cue of its own goes on with the latest speech of its paragraph:
    German reported speech runs on without a new cue (``Er sagte, … . Die Lage sei
    „ernst“.``)."""
    para = ctx.paragraphs[ctx.quote.paragraph]
    start = ctx.quote.span.start
    best = None
    for j, d in enumerate(ctx.speech):
        if para.start <= d.content[0].start < start:
            best = j
    return best


ATTRIBUTION_RULES: tuple[Rule, ...] = (
    Rule(
        "attribution.name_colon",
        Stage.ATTRIBUTION,
        tokens=rf"^{{opener}}?(?P<speaker>{MENTION}){PAREN}(?:,[^,.;:Q]{{1,14}})?(?P<cue>:)(?P<content>{{quote}}.*?)\.?$",
        description="Erkki Tuomioja, Präsident des Rats: „…“",
    ),
    Rule(
        "attribution.parenthetical",
        Stage.ATTRIBUTION,
        tokens=(
            rf"^{{opener}}?(?P<content>{{quote}}|[^.,]+?),"
            rf"(?P<cue>{CUE}|{{according_to}})(?P<speaker>{SUBJECT}){APPOSITIVE}"
            rf"[^{{quote}}.,;]{{0,4}},(?P<content2>.{{2,}}?)\.?[)\"]*$"
        ),
        description="„Die Lage“, sagte er, „ist ernst.“ / Dennoch, so Nacke, habe er …",
    ),
    Rule(
        "attribution.fronted",
        Stage.ATTRIBUTION,
        tokens=rf"{FRONT}(?P<cue>{CUE}|{{according_to}}){{adverb}}*(?P<speaker>{SUBJECT}){PAREN}{TAIL}",
        description="„…“, sagte die Ministerin. / Die Lage sei ernst, so Müller.",
    ),
    Rule(
        "attribution.fronted_auxiliary",
        Stage.ATTRIBUTION,
        tokens=rf"{FRONT}{{auxiliary}}(?P<speaker>{SUBJECT}){APPOSITIVE}[^{{quote}}.;,]{{0,8}}?(?P<cue>{CUE}){TAIL}",
        description="„…“, hatte der Sprecher der Opposition schon im Mai gesagt.",
    ),
    Rule(
        "attribution.fronted_as",
        Stage.ATTRIBUTION,
        tokens=rf"{FRONT}{{complementizer}}(?P<speaker>{SUBJECT}){APPOSITIVE}[^{{quote}}.;,]{{0,8}}?(?P<cue>{CUE}){{auxiliary}}?{TAIL}",
        description="„…“, wie ein Sprecher mitteilte.",
    ),
    Rule(
        "attribution.as_front",
        Stage.ATTRIBUTION,
        tokens=rf"^{{opener}}?{{complementizer}}(?P<speaker>{SUBJECT}){APPOSITIVE}[^{{quote}}.;,]{{0,8}}?(?P<cue>{CUE}){{auxiliary}}?,(?P<content>[^.]{{2,}})",
        description="Wie der Richter ausführte, hätte es „…“ gegeben.",
    ),
    Rule(
        "attribution.according_to_after",
        Stage.ATTRIBUTION,
        tokens=(
            rf"^{{opener}}?(?P<content>[^.]*?)(?P<speaker>{SOURCE})(?P<cue>{{according_to}})"
            rf"(?![{{name}}{{role_noun}}{{title}}{{determiner}}{{pronoun}}{{preposition}}])(?P<content2>[^.]{{2,}})"
        ),
        description="Dem Bericht zufolge sollen … — the source before ``zufolge``",
    ),
    Rule(
        "attribution.according_to",
        Stage.ATTRIBUTION,
        tokens=rf"^(?P<content>[^.]*?),?(?P<cue>{{according_to}}+)(?P<speaker>{SOURCE}),?(?P<content2>[^.]*)",
        description="Laut Polizei verlief die Kundgebung friedlich. / …, so Müller.",
    ),
    Rule(
        "attribution.colon",
        Stage.ATTRIBUTION,
        tokens=rf"^{{opener}}?(?P<speaker>{SUBJECT}){APPOSITIVE}{BETWEEN}(?P<cue>{CUE})[^.:;{{quote}}]{{0,8}}?:(?P<content>{{quote}}[^.]*)",
        description="Müller sagte am Montag: „…“",
    ),
    Rule(
        "attribution.clause",
        Stage.ATTRIBUTION,
        tokens=rf"(?:^{{opener}}?|(?<=[,;]){{joiner}}?|(?<={{joiner}}))(?P<speaker>{SUBJECT}){APPOSITIVE}{BETWEEN}(?P<cue>{{clause_verb}}){CLAUSE}",
        description="Merkel sagte am Montag, die Lage sei ernst. / Er erklärte, dass …",
    ),
    Rule(
        "attribution.inverted",
        Stage.ATTRIBUTION,
        tokens=rf"{PRE}(?P<cue>{CUE}){{adverb}}*(?P<speaker>{SUBJECT}){APPOSITIVE}{CLAUSE}",
        description="Am Montag sagte der Minister, die Lage sei ernst. / Dazu erklärte Hartmann: „…“",
    ),
    Rule(
        "attribution.quoted_object",
        Stage.ATTRIBUTION,
        tokens=rf"(?:^{{opener}}?|(?<=[,;]){{joiner}}?)(?P<speaker>{SUBJECT}){APPOSITIVE}{BETWEEN}(?P<cue>{CUE})(?P<content>[^.{{quote}}]{{0,12}}?{{quote}}[^.]*)",
        description="Er bezeichnete den Plan als „Unsinn“.",
    ),
    Rule(
        "attribution.inverted_quoted_object",
        Stage.ATTRIBUTION,
        tokens=rf"{PRE}(?P<cue>{CUE}){{adverb}}*(?P<speaker>{SUBJECT})(?P<content>[^.{{quote}}]{{0,12}}?{{quote}}[^.]*)",
        description="Im Interview nannte er den Plan „Unsinn“.",
    ),
    Rule(
        "attribution.object",
        Stage.ATTRIBUTION,
        tokens=rf"(?:^{{opener}}?|(?<=[,;]){{joiner}}?)(?P<speaker>{SUBJECT}){APPOSITIVE}{BETWEEN}(?P<cue>{{object_verb}})(?P<content>[^.]{{2,}})",
        description="Die Opposition forderte den Rücktritt des Ministers.",
    ),
    Rule(
        "attribution.lead",
        Stage.ATTRIBUTION,
        tokens=(
            rf"(?:(?P<speaker>{SUBJECT}){APPOSITIVE}{BETWEEN}(?P<cue>{CUE})"
            rf"|(?P<cue>{CUE}){{adverb}}*(?P<speaker>{SUBJECT}){PAREN})[^{{quote}}.]{{0,8}}[.:]?$"
        ),
        where="previous",
        description="Müller sagte: (and the quote in the next paragraph)",
    ),
    *borrow(_EN, "attribution.split", "attribution.floating"),
    Rule(
        "attribution.continued",
        Stage.ATTRIBUTION,
        func=_continued,
        description="a quote without a cue goes on with the latest speech of its paragraph",
    ),
)
"""The German attribution rules, in the order they are tried."""
