"""German attribution rules: where the cue and the speaker of a quote stand.

German puts the finite verb second, so after a quote the cue comes first and
the speaker after it (``„…“, sagte die Ministerin.``, ``„…“, so Müller.``,
``„…“, hatte er gesagt.``); a sentence opening with anything but its
subject inverts too (``Dazu erklärte Hartmann: „…“``). In a clause the verb
stands last (``wie ein Sprecher mitteilte``). ``laut``, ``nach Angaben``
and ``zufolge`` credit a source without a verb. The speaker is a mention as
the press writes it: a noun phrase (``der Sprecher des Ministeriums``), a
name with its titles, or a pronoun.
"""

from __future__ import annotations

from newsdoc.pipeline.attribute import AttributionContext, AttributionDraft
from newsdoc.rules import Rule, Stage
from newsdoc.rulesets.common import borrow
from newsdoc.rulesets.en.attribution import ATTRIBUTION_RULES as _EN

_CAP = r"(?:\p{Lu}\.|\p{Lu}[\p{L}\p{M}\p{N}'’.-]*[\p{L}\p{M}\p{N}]|\p{Lu})"
_NOUN = rf"(?!(?:\L<function_words>)\b){_CAP}"
_ADJ = r"(?!(?:\L<phrase_stops>)\b)(?:\p{Ll}[\p{L}\p{M}-]*|\d[\d.,]*(?:-\p{Ll}+)?)"
_CORE = rf"(?:(?:\L<determiners>)\s+(?:{_ADJ}\s+){{0,3}})?(?:\L<titles>\s+)*{_NOUN}(?:\s+{_NOUN}){{0,4}}"
_OF = rf"(?:\s+(?:des|der|von|vom)\s+(?:(?:\L<determiners>)\s+)?(?:{_ADJ}\s+){{0,2}}{_NOUN}(?:\s+{_NOUN}){{0,3}})"
_PLACE = rf"(?:\s+(?:in|aus|bei|im)\s+{_NOUN})?"
NOUN_PHRASE = rf"{_CORE}{_OF}{{0,2}}{_PLACE}"
"""A noun phrase naming a speaker: ``Renate Künast``, ``der Sprecher des Ministeriums``,
``ein Sprecher aus Washington``."""
MENTION = rf"(?<![\p{{L}}\p{{N}}\p{{M}}-])(?:(?:\L<pronouns>)\b|{NOUN_PHRASE})(?![\p{{L}}\p{{N}}])"
"""Any speaker mention: a noun phrase or a pronoun."""
SUBJECT = rf"(?!(?:\L<object_determiners>)\b)(?!\p{{Lu}}\p{{Ll}}+(?:lich|weise|mals|falls|dings)\b){MENTION}"
"""A mention that may be a sentence's subject (not ``den``/``dem``: ``Den Plan kritisierte …``;
not an adverb opening the sentence: ``Unmissverständlich sagt das Gericht …``)."""
PAREN = r"(?:\s*\([^()\n]{1,40}\))?"
"""A bracket after a name: ``Gitta Trauernicht (SPD)``."""
APPOSITIVE = r"(?:,\s+[^,;:„“”\"»«\n]{1,90},)?"
"""An appositive: ``Renate Künast, Fraktionschefin der Grünen, sagte``."""
ADVERB = r"(?:\s+(?:\L<adverbs>)\b)*"
"""Adverbs between subject and verb: ``Die Kanadier hingegen sagen``."""
CUE = r"(?<![\p{L}\p{N}-])(?:\L<cue_verbs>)\b"
CLAUSE_START = r"(?:\G[\s,;—–-]*|(?<=[,;:–—]\s*)|(?<=\b(?:\L<conjunctions>)\s+))(?:(?:\L<sentence_openers>)\s+)?"
"""Where a clause and so its subject begin: the sentence start, a comma, a conjunction
(not after a preposition: ``In einem Interview äußerte sich …``)."""
IMPERSONAL = r"(?:\s+(?:man|sich)\b)?"
"""``zitierte man X``, ``erinnerte sich X``: an impersonal subject or a reflexive before the
speaker."""
START = r"\G[\s,;—–-]*"
"""Where the words before a quote begin: the sentence start or the end of an earlier quote."""
_FREE = r"[^„“”\"»«\n:]"
"""A character that is neither a quotation mark nor a colon nor a line end."""

_REACH = 0  # paragraphs back that a continued quote looks for its speaker


def _continued(ctx: AttributionContext) -> AttributionDraft | None:
    """A quote with no cue of its own continues the latest attribution of its paragraph or
    the one before: German reported speech runs on in the subjunctive without a new cue
    (``Er sagte, … . Die Lage sei „ernst“.``)."""
    here = ctx.quote.paragraph
    for j in range(ctx.index - 1, -1, -1):
        if here - ctx.quotes[j].paragraph > _REACH:
            return None
        draft = ctx.found[j]
        if draft is not None:
            source = draft.source if draft.source is not None else j
            return AttributionDraft(draft.speaker, draft.cue, "attribution.continued", source)
    return None


ATTRIBUTION_RULES: tuple[Rule, ...] = (
    Rule(
        "attribution.cue_speaker_after",
        Stage.ATTRIBUTION,
        pattern=rf"[\s,]*(?P<cue>{CUE}){IMPERSONAL}{ADVERB}\s+(?P<speaker>{SUBJECT}){PAREN}",
        where="after",
        description="„…“, sagte die Ministerin. / „…“, fügte er hinzu.",
    ),
    Rule(
        "attribution.so_after",
        Stage.ATTRIBUTION,
        pattern=rf"[\s,]*(?P<cue>so)\s+(?P<speaker>{SUBJECT}){PAREN}",
        where="after",
        description="„…“, so Müller.",
    ),
    Rule(
        "attribution.auxiliary_after",
        Stage.ATTRIBUTION,
        pattern=rf"[\s,]*(?P<cue>\L<auxiliaries>)\s+(?P<speaker>{SUBJECT}){PAREN}{APPOSITIVE}(?:\s+[^\s„“”\"»«,.;:!?]+){{0,6}}?\s+(?:\L<cue_participles>)\b",
        where="after",
        description="„…“, hatte Müller damals gesagt. / „…“, wird der Minister zitiert.",
    ),
    Rule(
        "attribution.as_after",
        Stage.ATTRIBUTION,
        pattern=rf"[\s,]*(?:wie|so)\s+(?P<speaker>{SUBJECT}){PAREN}{APPOSITIVE}(?:\s+[^\s„“”\"»«,.;:!?]+){{0,5}}?\s+(?P<cue>{CUE})",
        where="after",
        description="„…“, wie ein Sprecher mitteilte.",
    ),
    Rule(
        "attribution.according_to",
        Stage.ATTRIBUTION,
        pattern=rf"(?P<cue>\b(?:\L<according_to>))\s+(?P<speaker>{MENTION}){PAREN}",
        where="sentence",
        description="laut Polizei … / nach Angaben des Ministeriums …",
    ),
    Rule(
        "attribution.according_to_after",
        Stage.ATTRIBUTION,
        pattern=rf"(?P<speaker>{MENTION}){PAREN}\s+(?P<cue>zufolge)\b",
        where="sentence",
        description="dem Bericht zufolge …",
    ),
    Rule(
        "attribution.speaker_cue_colon",
        Stage.ATTRIBUTION,
        pattern=rf"{START}(?:(?:\L<sentence_openers>)\s+)?(?P<speaker>{SUBJECT}){PAREN}{APPOSITIVE}{ADVERB}\s+(?P<cue>{CUE}){_FREE}{{0,160}}:\s*$",
        where="before",
        description="Müller sagte am Montag: „…“",
    ),
    Rule(
        "attribution.cue_speaker_colon",
        Stage.ATTRIBUTION,
        pattern=rf"{START}(?:{_FREE}{{0,120}}?\s)?(?P<cue>{CUE}|so){IMPERSONAL}{ADVERB}\s+(?P<speaker>{SUBJECT}){PAREN}{APPOSITIVE}{_FREE}{{0,160}}:\s*$",
        where="before",
        description="Dazu erklärte Hartmann: „…“",
    ),
    Rule(
        "attribution.name_colon",
        Stage.ATTRIBUTION,
        pattern=rf"{START}(?P<speaker>{MENTION}){PAREN}(?:,\s+[^,;:„“”\"»«\n]{{1,100}})?\s*(?P<cue>:)\s*$",
        where="before",
        description="Erkki Tuomioja, Präsident des Rats: „…“",
    ),
    Rule(
        "attribution.so",
        Stage.ATTRIBUTION,
        pattern=rf"(?:\G|(?<=[,–—]\s*))(?P<cue>so)\s+(?P<speaker>{SUBJECT}){PAREN}(?=\s*[,.;:!?–—]|\s+weiter\b|\s*$)",
        where="sentence",
        description="Dennoch, so Nacke, habe er seiner „Vorbildfunktion“ nicht entsprochen.",
    ),
    Rule(
        "attribution.as_speaker_cue",
        Stage.ATTRIBUTION,
        pattern=rf"\b[Ww]ie\s+(?P<speaker>{SUBJECT}){PAREN}{APPOSITIVE}(?:\s+[^\s„“”\"»«,.;:!?]+){{0,5}}?\s+(?P<cue>{CUE})",
        where="sentence",
        description="Wie der Richter ausführte, hätte es „…“ gegeben.",
    ),
    Rule(
        "attribution.speaker_cue",
        Stage.ATTRIBUTION,
        pattern=rf"{CLAUSE_START}(?P<speaker>{SUBJECT}){PAREN}{APPOSITIVE}{ADVERB}\s+(?P<cue>{CUE})",
        where="sentence",
        description="Die Kanadier hingegen sagen, der Pilot trage die „volle Verantwortung“.",
    ),
    Rule(
        "attribution.speaker_auxiliary",
        Stage.ATTRIBUTION,
        pattern=rf"{CLAUSE_START}(?P<speaker>{SUBJECT}){PAREN}{APPOSITIVE}{ADVERB}\s+(?:\L<auxiliaries>)\b(?:\s+[^\s„“”\"»«,.;:!?]+){{0,6}}?\s+(?P<cue>\L<cue_participles>)\b",
        where="sentence",
        description="Er hatte aber auch gesagt, es sei ihm „ein Anliegen“.",
    ),
    Rule(
        "attribution.auxiliary_speaker",
        Stage.ATTRIBUTION,
        pattern=rf"\b(?:\L<auxiliaries>)\s+(?P<speaker>{SUBJECT}){PAREN}{APPOSITIVE}(?:\s+[^\s„“”\"»«,.;:!?]+){{0,6}}?\s+(?P<cue>\L<cue_participles>)\b",
        where="sentence",
        description="Die Arbeit sei „fehlerhaft“, hatte Koch-Mehrin damals gesagt.",
    ),
    Rule(
        "attribution.coordinated",
        Stage.ATTRIBUTION,
        pattern=rf"{START}(?:(?:\L<sentence_openers>)\s+)?(?P<speaker>{SUBJECT}){PAREN}{APPOSITIVE}[^;„“”\"»«\n]*?(?:,|\s+und)\s+(?:(?:\L<adverbs>)\s+)?(?P<cue>{CUE})(?!{IMPERSONAL}{ADVERB}\s+{SUBJECT})",
        where="sentence",
        description="Er wollte sich nicht festlegen, sagte aber, die Lage sei „ernst“.",
    ),
    Rule(
        "attribution.cue_speaker",
        Stage.ATTRIBUTION,
        pattern=rf"(?P<cue>{CUE}){IMPERSONAL}{ADVERB}\s+(?P<speaker>{SUBJECT}){PAREN}",
        where="sentence",
        description="Dazu sagte der Minister, die Lage sei „ernst“.",
    ),
    Rule(
        "attribution.subject_colon",
        Stage.ATTRIBUTION,
        pattern=rf"{START}(?:(?:\L<sentence_openers>)\s+)?(?P<speaker>{SUBJECT}){PAREN}{APPOSITIVE}\s+(?P<cue>\p{{Ll}}[^„“”\"»«\n.!?:;]{{0,120}}?:)\s*$",
        where="before",
        description="Zypries sieht in dem Urteil eine Bestätigung: „…“ — the subject of a sentence ending in a colon",
    ),
    Rule(
        "attribution.colon_intro",
        Stage.ATTRIBUTION,
        pattern=rf"(?:(?P<speaker>{SUBJECT}){PAREN}{APPOSITIVE}{ADVERB}\s+(?P<cue>{CUE})|(?P<cue>{CUE}){ADVERB}\s+(?P<speaker>{SUBJECT}){PAREN}){_FREE}{{0,160}}:\s*$",
        where="previous",
        description="Müller sagte: (and the quote in the next paragraph)",
    ),
    Rule(
        "attribution.lead_speech",
        Stage.ATTRIBUTION,
        pattern=rf"(?:{CLAUSE_START}(?P<speaker>{SUBJECT}){PAREN}{APPOSITIVE}{ADVERB}\s+(?P<cue>{CUE})|(?P<cue>{CUE}){IMPERSONAL}{ADVERB}\s+(?P<speaker>{SUBJECT}){PAREN})[^„“”\"»«\n.!?]*[.!?:]\s*$",
        where="lead",
        description="Der Minister sagte am Montag, die Lage sei ernst. „…“ — the sentence before speaks",
    ),
    *borrow(_EN, "attribution.split", "attribution.floating"),
    Rule(
        "attribution.continued",
        Stage.ATTRIBUTION,
        func=_continued,
        description="a quote without a cue continues the latest attribution of its paragraph or the one before",
    ),
)
