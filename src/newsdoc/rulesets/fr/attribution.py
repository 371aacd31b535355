"""French attribution rules: the shared Latin rules (:mod:`newsdoc.rulesets.latin`) and
the inverted pronoun (``« … », a-t-il déclaré``, ``estime-t-elle``)."""

from __future__ import annotations

from newsdoc.rules import Rule, Stage
from newsdoc.rulesets.latin import ATTRIBUTION_RULES as _LATIN

ATTRIBUTION_RULES: tuple[Rule, ...] = (
    Rule(
        "attribution.inverted_pronoun",
        Stage.ATTRIBUTION,
        pattern=(
            r"[\s,]*(?:(?:\L<auxiliaries>)(?:-t)?-(?P<speaker>\L<inverted_pronouns>)\s+(?P<cue>\L<cue_verbs>)"
            r"|(?P<cue>\L<cue_verbs>)(?:-t)?-(?P<speaker>\L<inverted_pronouns>))\b"
        ),
        where="after",
        description="« … », a-t-il déclaré. / « … », estime-t-elle.",
    ),
    *_LATIN,
)
