"""The built-in French rule set, registered as ``fr`` in the ``newsdoc.rulesets`` group.

It reads French news as AFP and the dailies write it: « … » marks with their
spaces, elisions (``l’État``, ``d’après``), ``M.`` and ``Mme`` inside
sentences, inverted cues (``a déclaré le ministre``, ``a-t-il ajouté``),
``selon``/``d’après``, ``Par …`` bylines, ``PARIS (AFP) -`` datelines and
French boilerplate (``Lire aussi``, ``Publicité``, cookie and newsletter lines).
"""

from __future__ import annotations

from newsdoc.rules import RuleSet
from newsdoc.rulesets.fr.attribution import ATTRIBUTION_RULES
from newsdoc.rulesets.fr.block_words import BLOCK_WORDS
from newsdoc.rulesets.fr.blocks import BLOCK_RULES, CONTEXT_RULES, DATELINE_RULES
from newsdoc.rulesets.fr.first_names import FIRST_NAMES
from newsdoc.rulesets.fr.quotes import QUOTE_RULES
from newsdoc.rulesets.fr.speaker_words import SPEAKER_WORDS
from newsdoc.rulesets.fr.words import WORDS

__all__ = ["build"]


def build() -> RuleSet:
    """Build the French rule set (called through the ``newsdoc.rulesets`` entry point)."""
    return RuleSet(
        name="fr",
        rules=(*BLOCK_RULES, *CONTEXT_RULES, *DATELINE_RULES, *QUOTE_RULES, *ATTRIBUTION_RULES),
        words={**WORDS, **BLOCK_WORDS, **FIRST_NAMES, **SPEAKER_WORDS},
    )
