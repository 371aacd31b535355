"""Attribution rules that French and Spanish share, read over the class letters of a sentence.

Both languages put the speaker after the verb once the quote is given
(``« … », a déclaré le ministre``; ``“…”, dijo el ministro``), before it in a
sentence that introduces the quote or a reported clause (``Le ministre a
déclaré : « … »``, ``El ministro afirmó que la situación es “grave”``), and
credit a source with a preposition (``selon lui``, ``d’après l’AFP``,
``según el ministro``). Every word comes from the rule set's lists, through the
token classes (:data:`newsdoc.pipeline.tokens.CLASSES`): ``clause_verbs``,
``auxiliaries``, ``complementizers`` (``que``), ``according_to``, ``titles``,
``role_nouns``, ``determiners``, ``prepositions``, ``pronouns``.
"""

from __future__ import annotations

from newsdoc.rules import Rule, Stage
from newsdoc.rulesets.common import borrow
from newsdoc.rulesets.en.attribution import ATTRIBUTION_RULES as _EN

HEAD = r"[{name}{role_noun}{title}]"
"""A capitalised word, a role noun or a title."""
NAME = r"(?:{title}{stop}?)*{name}(?:{stop}?{name}|{particle}{name})*"
"""A name with any titles before it: ``M. Jean Dupont``, ``Pedro Sánchez``."""
NOUN_PHRASE = (
    r"{determiner}?{word}?"
    + HEAD
    + r"{1,3}{word}?(?:[{preposition}{determiner}]{1,2}(?:"
    + HEAD
    + r"{1,3}|{word})){0,2}(?:,?"
    + NAME
    + ")?"
)
"""A noun phrase naming a speaker: ``le porte-parole du gouvernement, Gabriel Attal``,
``la ministra de Trabajo``, ``el líder sindical``, ``le syndicat des infirmiers``."""
MENTION = r"(?:{pronoun}|" + NOUN_PHRASE + ")"
"""A speaker mention: a pronoun or a noun phrase."""
PAREN = r"(?:\([^()Q.]{1,10}\))?"
"""A bracket after a name: ``Pedro Sánchez (PSOE)``."""
APPOSITIVE = PAREN + r"(?:,[^,.;:Q]{1,14},)?"
"""A bracket or an appositive between the speaker and the verb."""
VERB = r"{auxiliary}?{adverb}?{clause_verb}"
"""A verb of saying with its auxiliary: ``a ensuite déclaré``, ``dijo``."""
SOURCE = (
    r"(?:{determiner}?[{word}{name}{role_noun}{title}]"
    + HEAD
    + r"{0,3}(?:{preposition}{determiner}?[{word}{name}{role_noun}]{1,3})?|{pronoun})"
)
"""What ``selon`` credits: ``l’AFP``, ``los sindicatos``, ``lui``."""
DATIVE = r"(?:{preposition}{determiner}?[{word}{name}])?"
"""Whom it was said to, between the verb and the speaker: ``a indiqué à l’AFP le maire``."""
FRONT = r"^{opener}?(?P<content>{quote}[^.]{0,2}?|[^.]{3,}?),"
"""What was said, before the cue."""
TAIL = r"[^{quote}.;]{0,16}\.?[)\"]*$"
"""The words after the speaker that close the sentence."""

ATTRIBUTION_RULES: tuple[Rule, ...] = (
    Rule(
        "attribution.dialogue_dash",
        Stage.ATTRIBUTION,
        tokens=rf"^-(?P<content>[^-.]{{2,}}?)[-,](?P<cue>{VERB}){DATIVE}(?P<speaker>{MENTION}){PAREN}-?{TAIL}",
        description="—No hay dinero —dijo el portavoz—. / — Nous attendons des actes, a répondu le syndicat.",
    ),
    Rule(
        "attribution.name_colon",
        Stage.ATTRIBUTION,
        tokens=rf"^{{opener}}?(?P<speaker>{MENTION}){PAREN}(?:,[^,.;:Q]{{1,14}})?(?P<cue>:)(?P<content>{{quote}}.*?)\.?$",
        description="Jean Dupont, maire de Lyon : « … »",
    ),
    Rule(
        "attribution.fronted",
        Stage.ATTRIBUTION,
        tokens=rf"{FRONT}(?P<cue>{VERB}){DATIVE}(?P<speaker>{MENTION}){PAREN}{TAIL}",
        description="« … », a déclaré le ministre. / “…”, dijo el ministro.",
    ),
    Rule(
        "attribution.according_to",
        Stage.ATTRIBUTION,
        tokens=rf"^(?P<content>[^.]*?),?(?P<cue>{{according_to}}+)(?P<speaker>{SOURCE}){PAREN},?(?P<content2>[^.]*)",
        description="selon lui / d’après l’AFP / según el ministro",
    ),
    Rule(
        "attribution.colon",
        Stage.ATTRIBUTION,
        tokens=rf"(?P<speaker>{MENTION}){APPOSITIVE}(?P<cue>{VERB})[^.:;{{quote}}]{{0,8}}?:(?P<content>{{quote}}[^.]*)",
        description="Le ministre a déclaré lundi : « … » / El ministro dijo: “…”",
    ),
    Rule(
        "attribution.clause",
        Stage.ATTRIBUTION,
        tokens=rf"(?P<speaker>{MENTION}){APPOSITIVE}(?P<cue>{VERB})[^.;:{{quote}}]{{0,8}}?{{complementizer}}(?P<content>[^.]{{2,}})",
        description="Le ministre a affirmé que la situation était « grave ».",
    ),
    Rule(
        "attribution.lead",
        Stage.ATTRIBUTION,
        tokens=rf"(?P<speaker>{MENTION}){APPOSITIVE}(?P<cue>{VERB})[^{{quote}}.]{{0,8}}[.:]?$",
        where="previous",
        description="Le ministre a déclaré : (and the quote in the next paragraph)",
    ),
    *borrow(_EN, "attribution.split", "attribution.floating"),
)
"""The shared rules, in the order they are tried."""
