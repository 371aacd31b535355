"""The built-in English rule set, registered as ``en`` in the ``newsdoc.rulesets`` group."""

from __future__ import annotations

from newsdoc.rules import Rule, RuleSet, Stage
from newsdoc.rulesets.en.attribution import ATTRIBUTION_RULES
from newsdoc.rulesets.en.blocks import BLOCK_RULES, BOILERPLATE_KINDS, CONTEXT_RULES
from newsdoc.rulesets.en.quotes import QUOTE_RULES
from newsdoc.rulesets.en.words import WORDS

__all__ = ["BOILERPLATE_KINDS", "build"]

DATELINE_RULES: tuple[Rule, ...] = (
    Rule(
        "dateline.place_agency",
        Stage.DATELINE,
        pattern=(
            r"^(?:(?P<place>\p{Lu}[\p{Lu}\p{M}.'’-]+(?:[ ]\p{Lu}[\p{Lu}\p{M}.'’-]+)*"
            r"(?:,[ ]\p{Lu}[\p{L}\p{M}.'’ -]{1,30}?)?)[ ]*)?"
            r"(?:\((?P<agency>[^()\n]{1,40})\)[ ]*)?(?:—|–|--|-)[ ]*"
        ),
        description="'WASHINGTON (AP) —', 'HANOI, Vietnam (AP) —', '(Reuters) —', 'BERLIN --'",
    ),
)


def build() -> RuleSet:
    """Build the English rule set (called through the ``newsdoc.rulesets`` entry point)."""
    return RuleSet(
        name="en",
        rules=(*BLOCK_RULES, *CONTEXT_RULES, *DATELINE_RULES, *QUOTE_RULES, *ATTRIBUTION_RULES),
        words=WORDS,
    )
