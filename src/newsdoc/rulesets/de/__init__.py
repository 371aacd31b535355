"""The built-in German rule set, registered as ``de`` in the ``newsdoc.rulesets`` group.

It reads German news as the agencies and papers write it: „…“ and »…« marks
(‚…‘ and ›…‹ inside), ``z. B.`` and ``am 5. August`` inside sentences,
inverted cues (``sagte er``, ``so Müller``, ``hatte sie gesagt``),
``laut``/``nach Angaben``/``zufolge``, ``Von …`` bylines, ``BERLIN (dpa) -``
datelines and German boilerplate (``Lesen Sie auch``, ``Anzeige``, cookie
and newsletter lines).
"""

from __future__ import annotations

from newsdoc.rules import RuleSet
from newsdoc.rulesets.de.attribution import ATTRIBUTION_RULES
from newsdoc.rulesets.de.block_words import BLOCK_WORDS
from newsdoc.rulesets.de.blocks import BLOCK_RULES, CONTEXT_RULES, DATELINE_RULES
from newsdoc.rulesets.de.first_names import FIRST_NAMES
from newsdoc.rulesets.de.quotes import QUOTE_RULES
from newsdoc.rulesets.de.speaker_words import SPEAKER_WORDS
from newsdoc.rulesets.de.words import WORDS

__all__ = ["build"]


def build() -> RuleSet:
    """Build the German rule set (called through the ``newsdoc.rulesets`` entry point)."""
    return RuleSet(
        name="de",
        rules=(*BLOCK_RULES, *CONTEXT_RULES, *DATELINE_RULES, *QUOTE_RULES, *ATTRIBUTION_RULES),
        words={**WORDS, **BLOCK_WORDS, **FIRST_NAMES, **SPEAKER_WORDS},
    )
