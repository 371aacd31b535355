"""The built-in Spanish rule set, registered as ``es`` in the ``newsdoc.rulesets`` group.

It reads Spanish news as EFE and the dailies write it: “…” and «…» marks,
``Sr.`` and ``EE.UU.`` inside sentences, inverted cues (``dijo el ministro``,
``afirmó que``), ``según``, ``Por …`` bylines, ``MADRID (EFE).-`` datelines and
Spanish boilerplate (``Lea también``, ``Publicidad``, cookie and newsletter lines).
"""

from __future__ import annotations

from newsdoc.rules import RuleSet
from newsdoc.rulesets.es.attribution import ATTRIBUTION_RULES
from newsdoc.rulesets.es.block_words import BLOCK_WORDS
from newsdoc.rulesets.es.blocks import BLOCK_RULES, CONTEXT_RULES, DATELINE_RULES
from newsdoc.rulesets.es.first_names import FIRST_NAMES
from newsdoc.rulesets.es.quotes import QUOTE_RULES
from newsdoc.rulesets.es.speaker_words import SPEAKER_WORDS
from newsdoc.rulesets.es.words import WORDS

__all__ = ["build"]


def build() -> RuleSet:
    """Build the Spanish rule set (called through the ``newsdoc.rulesets`` entry point)."""
    return RuleSet(
        name="es",
        rules=(*BLOCK_RULES, *CONTEXT_RULES, *DATELINE_RULES, *QUOTE_RULES, *ATTRIBUTION_RULES),
        words={**WORDS, **BLOCK_WORDS, **FIRST_NAMES, **SPEAKER_WORDS},
    )
