"""Attribution rules that French and Spanish share, written over word lists only.

Both languages put the speaker after the verb once the quote is given
(``« … », a déclaré le ministre``; ``“…”, dijo el ministro``), before it in a
sentence that introduces the quote (``Le ministre a déclaré : « … »``,
``El ministro afirmó que la situación es “grave”``), and credit a source with
a preposition (``selon lui``, ``d’après l’AFP``, ``según el ministro``). The
rules here hold the shape of those constructions; every word comes from the
rule set's lists: ``cue_verbs``, ``auxiliaries``, ``titles``,
``determiners``, ``elided_determiners``, ``role_nouns``, ``pronouns``,
``function_words``, ``name_particles``, ``of_words``, ``according_to``.
"""

from __future__ import annotations

from newsdoc.rules import Rule, Stage
from newsdoc.rulesets.common import borrow
from newsdoc.rulesets.en.attribution import ATTRIBUTION_RULES as _EN

_CAP = r"(?:\p{Lu}\.(?:\p{Lu}\.)*|\p{Lu}[\p{L}\p{M}\p{N}'’-]*)"
_NAME_WORD = rf"(?!(?:\L<function_words>)\b){_CAP}"
_DET = r"(?:(?:\L<determiners>)\s+|(?:\L<elided_determiners>))"
NAME = rf"(?:(?:\L<titles>)\s+)*{_NAME_WORD}(?:\s+(?:{_NAME_WORD}|(?:\L<name_particles>)(?=\s+\p{{Lu}})))*"
"""A capitalised name with any titles before it: ``M. Jean Dupont``, ``Pedro Sánchez``."""
_ADJ = r"(?:[\p{Ll}][\p{L}\p{M}-]*\s+)?"
ROLE = rf"{_DET}{_ADJ}(?:\L<role_nouns>)\b(?:\s+[\p{{Ll}}][\p{{L}}\p{{M}}-]*(?<!\b(?:\L<phrase_stops>)))?"
"""A noun phrase ending in a role noun: ``le porte-parole``, ``la ministre française``."""
_OF = rf"(?:\s+(?:\L<of_words>)\s*(?:{_DET})?(?:{NAME}|\p{{Ll}}[\p{{L}}\p{{M}}-]*(?<!\b(?:\L<phrase_stops>)))){{0,2}}"
MENTION = rf"(?<![\p{{L}}\p{{N}}])(?:{ROLE}{_OF}(?:,?\s+{NAME})?|{_DET}?{NAME}|(?:\L<pronouns>)\b)(?![\p{{L}}\p{{N}}])"
"""Any speaker mention: a role with whom it belongs to and the name it introduces
(``le porte-parole du gouvernement, Gabriel Attal``), a name, a pronoun."""
PAREN = r"(?:\s*\([^()\n]{1,40}\))?"
"""A bracket after a name: ``Pedro Sánchez (PSOE)``."""
APPOSITIVE = r"(?:,\s+[^,;:«»“”\"\n]{1,90},)?"
"""An appositive between the speaker and the verb."""
AUX = r"(?:(?:\L<auxiliaries>)\s+)?(?:(?:\L<adverbs>)\s+)?"
"""A compound tense's auxiliary and an adverb before the verb (``a ensuite déclaré``)."""
CUE = r"(?<![\p{L}\p{N}-])(?:\L<cue_verbs>)\b"
START = r"\G[\s,;—–-]*"
_FREE = r"[^«»“”\"\n:]"

ATTRIBUTION_RULES: tuple[Rule, ...] = (
    Rule(
        "attribution.cue_speaker_after",
        Stage.ATTRIBUTION,
        pattern=rf"[\s,]*(?P<cue>{AUX}{CUE})\s+(?P<speaker>{MENTION}){PAREN}",
        where="after",
        description="« … », a déclaré le ministre. / “…”, dijo el ministro.",
    ),
    Rule(
        "attribution.according_to",
        Stage.ATTRIBUTION,
        pattern=rf"(?P<cue>(?<![\p{{L}}])(?:\L<according_to>))\s*(?P<speaker>{MENTION}|{_DET}\p{{Ll}}[\p{{L}}\p{{M}}-]*{_OF}){PAREN}",
        where="sentence",
        description="selon lui / d’après l’AFP / según el ministro",
    ),
    Rule(
        "attribution.speaker_cue_colon",
        Stage.ATTRIBUTION,
        pattern=rf"{START}(?:{_FREE}{{1,80}},\s+)?(?P<speaker>{MENTION}){PAREN}{APPOSITIVE}\s+(?P<cue>{AUX}{CUE}){_FREE}{{0,160}}:\s*$",
        where="before",
        description="Le ministre a déclaré lundi : « … » / El ministro dijo: “…”",
    ),
    Rule(
        "attribution.name_colon",
        Stage.ATTRIBUTION,
        pattern=rf"{START}(?P<speaker>{MENTION}){PAREN}(?:,\s+[^,;:«»“”\"\n]{{1,100}})?\s*(?P<cue>:)\s*$",
        where="before",
        description="Jean Dupont, maire de Lyon : « … »",
    ),
    Rule(
        "attribution.speaker_cue",
        Stage.ATTRIBUTION,
        pattern=rf"(?P<speaker>{MENTION}){PAREN}{APPOSITIVE}\s+(?P<cue>{AUX}{CUE})",
        where="sentence",
        description="Le ministre a affirmé que la situation était « grave ».",
    ),
    Rule(
        "attribution.cue_speaker",
        Stage.ATTRIBUTION,
        pattern=rf"(?<=[,»”\"—–]\s*)(?P<cue>{AUX}{CUE})\s+(?P<speaker>{MENTION}){PAREN}(?=\s*[,.;:—–]|\s*$)",
        where="sentence",
        description="…, a ajouté M. Dupont, … in the same sentence",
    ),
    Rule(
        "attribution.colon_intro",
        Stage.ATTRIBUTION,
        pattern=rf"(?P<speaker>{MENTION}){PAREN}{APPOSITIVE}\s+(?P<cue>{AUX}{CUE}){_FREE}{{0,160}}:\s*$",
        where="previous",
        description="Le ministre a déclaré : (and the quote in the next paragraph)",
    ),
    *borrow(_EN, "attribution.split", "attribution.floating"),
)
"""The shared rules, in the order they are tried."""
