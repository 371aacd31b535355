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
SUBJECT = (
    r"(?:{pronoun}|(?:{determiner}|{possessive_pronoun})[{word}{role_noun}{title}{name}]{1,3}"
    r"(?:[{preposition}{particle}]{determiner}?[{word}{name}{role_noun}{title}]{1,3}){0,2}"
    r"(?:\([^()Q.]{1,10}\))?(?:,?" + NAME + r")?|" + NOUN_PHRASE + ")"
)
"""A speaker before its verb: a pronoun, a noun phrase with its determiner whatever its
nouns (``el investigador``, ``la congregación``, ``El titular del Ministerio de
Educación (Minedu), Rosendo Serna``) or a phrase of names and roles."""
PAREN = r"(?:\([^()Q.]{1,10}\))?"
"""A bracket after a name: ``Pedro Sánchez (PSOE)``."""
APPOSITIVE = PAREN + r"(?:,[^,.;:Q]{1,14},|,{relative}[^,.;:Q]{1,30},|,)?(?:{relative})?"
"""A bracket, an appositive, a relative clause, a lone comma or a relative pronoun between
the speaker and the verb (``La secretaria de Estado, señaló``; ``Natalia Piergentili,
quien afirmó``; ``Barbosa Delgado, quien asumió su cargo en 2020, expuso``)."""
FREE = r"(?<![{preposition}{opinion_preposition}{determiner}{particle}])"
"""A subject stands after no preposition (``En ese sentido, agregó`` has none; ``por el
Presidente`` is an agent)."""
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
AFTER = (
    r"(?:(?:{determiner}|{possessive_pronoun})[{word}{name}{role_noun}{title}]|[{name}{role_noun}{title}])"
    r"[{word}{name}{role_noun}{title}]{0,3}"
    r"(?:[{preposition}{particle}]{determiner}?[{word}{name}{role_noun}{title}{number}]{1,4}){0,3}"
    r"(?:,?" + NAME + r")?"
)
"""A speaker after its verb, where the subject of a Romance sentence stands when the
speech comes first: any noun phrase (``el comunicador``, ``l’INSEE``, ``un spécialiste``,
``el titular de la DRELM, Luis Quintanilla``), or a name."""
INVERTED = r"(?:{pronoun}|" + AFTER + ")"
"""A speaker after its verb, a pronoun or a noun phrase."""
BETWEEN = (
    r"(?:{determiner}?{adverb}|,[^,.;:Q]{1,8},|{preposition}[{word}{number}]{1,2}(?=[{determiner}{name}])"
    r"|{determiner}{word}(?=[{determiner}{name}])){0,2}"
)
"""What may stand between a verb and the speaker after it: an adverb, a bracket of
commas, a short phrase (``afirmó de entrada el comunicador``, ``a averti, mardi 1er
juin, Werner Dieter``, ``dijo este martes el ministro``)."""
FRONT = r"^{opener}?(?P<content>{quote}[^.]{0,2}?|[^.]{3,}?(?<!,[{name}{particle}]{1,5})),"
"""What was said, before the cue (not a subject with its name in apposition: ``La
alcaldesa, Lucía Torres, anunció …``)."""
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
        tokens=rf"{FRONT}(?P<cue>{VERB}){BETWEEN}{DATIVE}(?P<speaker>{INVERTED}){PAREN}{TAIL}",
        description="« … », a déclaré le ministre. / “…”, dijo este martes el comunicador.",
    ),
    Rule(
        "attribution.fronted_dropped",
        Stage.ATTRIBUTION,
        tokens=rf"{FRONT}(?P<cue>{VERB})(?P<dropped>)[^{{quote}}.;]{{0,12}}\.?[)\"]*$",
        description="“…”, dijo. / “…”, agregó en una entrevista. (the speaker is the one before)",
    ),
    Rule(
        "attribution.as_verb",
        Stage.ATTRIBUTION,
        tokens=rf"(?P<content>[^.]{{3,}}?),?{{as_conjunction}}{{determiner}}?(?P<cue>{VERB}){BETWEEN}(?P<speaker>{INVERTED}){PAREN},?(?P<content2>[^.]*)",
        description="comme le souligne l’INSEE, … / como dijo el ministro, …",
    ),
    Rule(
        "attribution.as_subject",
        Stage.ATTRIBUTION,
        tokens=rf"(?P<content>[^.]{{3,}}?),?{{as_conjunction}}(?:(?P<speaker>{{pronoun}}){{word}}?|(?P<speaker>{SUBJECT})){{determiner}}?(?P<cue>{VERB}),?(?P<content2>[^.]*)",
        description="…, como él mismo dijo, un despegue “turbulento”. / …, comme l’a rappelé le ministre, …",
    ),
    Rule(
        "attribution.according_to_verb",
        Stage.ATTRIBUTION,
        tokens=rf"^(?P<content>[^.]*?),?(?P<cue>{{according_to}}+{VERB}){BETWEEN}(?P<speaker>{INVERTED}){PAREN},?(?P<content2>[^.]*)",
        description="…, según informó el ministerio. / …, según valoró hacia el final el presidente.",
    ),
    Rule(
        "attribution.opinion",
        Stage.ATTRIBUTION,
        tokens=r"^(?P<cue>{opinion_preposition})(?P<speaker>{pronoun}|(?:{title}{stop}?)*{name}+(?:{particle}{name}+)?|{determiner}{role_noun}),(?P<content>{quote}[^.]*|[^.]{3,})",
        description="Pour elle, « c’est une opportunité rare ». / Para Ingrid Betancourt, la solución está …",
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
        tokens=rf"{FREE}(?P<speaker>{SUBJECT}){APPOSITIVE}(?P<cue>{VERB})[^.:;{{quote}}]{{0,8}}?:(?P<content>{{quote}}[^.]*)",
        description="Le ministre a déclaré lundi : « … » / El ministro dijo: “…”",
    ),
    Rule(
        "attribution.clause",
        Stage.ATTRIBUTION,
        tokens=rf"{FREE}(?P<speaker>{SUBJECT}){APPOSITIVE}(?P<cue>{VERB})[^.;:{{quote}}]{{0,8}}?{{complementizer}}(?P<content>{{quote}}[^.]*|[^.]{{2,}})",
        description="Le ministre a affirmé que la situation était « grave ».",
    ),
    Rule(
        "attribution.object",
        Stage.ATTRIBUTION,
        tokens=rf"{FREE}(?P<speaker>{SUBJECT}){APPOSITIVE}(?P<cue>{{auxiliary}}?{{adverb}}?[{{object_verb}}{{clause_verb}}])(?:{{determiner}}?{{adverb}})?(?P<content>[{{determiner}}{{possessive_pronoun}}{{preposition}}{{quote}}{{word}}{{number}}][^.;:]{{1,}})",
        description="La Fiscalía pidió 12 años de prisión. / Le syndicat réclame la démission du ministre.",
    ),
    Rule(
        "attribution.parenthetical",
        Stage.ATTRIBUTION,
        tokens=rf"^{{opener}}?(?P<content>[^,.;:]{{2,}}?),(?P<cue>{VERB})(?P<speaker>{INVERTED}){PAREN},(?P<content2>[^.]{{2,}})",
        description="El Nacional, asegura su gerente general, se mantiene firme.",
    ),
    Rule(
        "attribution.dropped_object",
        Stage.ATTRIBUTION,
        tokens=r"^{opener}?(?:[{adverb}{joiner}],?)?(?P<dropped>)(?P<cue>{auxiliary}?{object_verb}){adverb}?(?P<content>[{determiner}{possessive_pronoun}{preposition}{quote}][^.;:]{1,})",
        description="También solicitó el pago de una multa. / Instó asimismo a reconocer … (the speaker is the one before)",
    ),
    Rule(
        "attribution.dropped_clause",
        Stage.ATTRIBUTION,
        tokens=rf"(?:^{{opener}}?(?:[{{adverb}}{{joiner}}]|[{{preposition}}{{opinion_preposition}}][^,.;:Q{{clause_verb}}]{{1,6}}?)?,?|[,;]?{{joiner}})(?P<dropped>){{adverb}}?(?P<cue>{VERB})[^.;:{{quote}}]{{0,8}}?(?:{{complementizer}}(?P<content>{{quote}}[^.]*|[^.]{{2,}})|:(?P<content>{{quote}}[^.]*))",
        description="Agregó que … / También dijo: “…” / …, y añadió que … (the speaker is the one before)",
    ),
    Rule(
        "attribution.lead",
        Stage.ATTRIBUTION,
        tokens=rf"{FREE}(?P<speaker>{SUBJECT}){APPOSITIVE}(?P<cue>{VERB})[^{{quote}}.]{{0,8}}[.:]?$",
        where="previous",
        description="Le ministre a déclaré : (and the quote in the next paragraph)",
    ),
    Rule(
        "attribution.incise",
        Stage.ATTRIBUTION,
        tokens=rf"[,-](?P<cue>{VERB}){BETWEEN}(?P<speaker>{INVERTED}){PAREN}(?:,[^,.;Q]{{1,12}})?[,.\-]",
        where="inside",
        description="« Cette loi, explique Antony Fastier, toxicologue. … » / “En el año –recordó el ministro–, …”",
    ),
    *borrow(_EN, "attribution.split", "attribution.floating"),
)
"""The shared rules, in the order they are tried."""
