"""The built-in English rule set, registered as ``en`` in the ``newsdoc.rulesets`` group."""

from __future__ import annotations

from newsdoc.rules import RuleSet
from newsdoc.rulesets.en.attribution import ATTRIBUTION_RULES
from newsdoc.rulesets.en.block_words import BLOCK_WORDS
from newsdoc.rulesets.en.blocks import BLOCK_RULES, BOILERPLATE_KINDS, CONTEXT_RULES, DATELINE_RULES
from newsdoc.rulesets.en.first_names import FIRST_NAMES
from newsdoc.rulesets.en.quotes import QUOTE_RULES
from newsdoc.rulesets.en.speaker_words import SPEAKER_WORDS
from newsdoc.rulesets.en.speech_words import SPEECH_WORDS
from newsdoc.rulesets.en.words import WORDS

__all__ = ["BOILERPLATE_KINDS", "build"]


def build() -> RuleSet:
    """Build the English rule set (called through the ``newsdoc.rulesets`` entry point)."""
    return RuleSet(
        name="en",
        rules=(
            *BLOCK_RULES,
            *CONTEXT_RULES,
            *DATELINE_RULES,
            *QUOTE_RULES,
            *ATTRIBUTION_RULES,
        ),
        words={**WORDS, **BLOCK_WORDS, **SPEECH_WORDS, **FIRST_NAMES, **SPEAKER_WORDS},
    )
