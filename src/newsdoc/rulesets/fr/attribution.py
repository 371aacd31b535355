"""French attribution rules: the shared Latin rules (:mod:`newsdoc.rulesets.latin`) and
the inverted pronoun (``« … », a-t-il déclaré``, ``estime-t-elle``).

The word list ``inverted_pronouns`` reads a verb with its inverted pronoun (``a-t-il``,
``estime-t-elle``) as one token of its own class (a plain ``il`` after a comma is no
inversion), so the speaker is that token and the cue the participle after it, or the
token itself when no participle follows. (The participle is written ``(?:…)`` so the
attribution stage does not take it for the one letter every match must hold.)
"""

from __future__ import annotations

from newsdoc.rules import Rule, Stage
from newsdoc.rulesets.latin import ATTRIBUTION_RULES as _LATIN
from newsdoc.rulesets.latin import FRONT, TAIL

ATTRIBUTION_RULES: tuple[Rule, ...] = (
    Rule(
        "attribution.inverted_pronoun",
        Stage.ATTRIBUTION,
        tokens=rf"{FRONT}(?:(?P<cue>(?P<speaker>{{inverted_pronoun}}))(?!{{clause_verb}})|(?P<speaker>{{inverted_pronoun}})(?P<cue>(?:{{clause_verb}}))){TAIL}",
        description="« … », a-t-il déclaré. / « … », estime-t-elle.",
    ),
    Rule(
        "attribution.incise_pronoun",
        Stage.ATTRIBUTION,
        tokens=r"[,-](?P<cue>(?P<speaker>{inverted_pronoun}))[^,.;Q]{0,12}?[,.\-]",
        where="inside",
        description="« Cette loi est injuste, affirme-t-elle. Nous ne céderons pas. »",
    ),
    *_LATIN,
)
