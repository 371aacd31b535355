"""The Harbour Gazette's rule set: newsdoc's English rules plus the house's own.

Registered as ``en-newsroom`` in the ``newsdoc.rulesets`` entry-point group
(see this package's ``pyproject.toml``), so ``newsdoc.rulesets.get("en-newsroom")``
and ``newsdoc parse --rules en-newsroom`` find it.
"""

from __future__ import annotations

from collections.abc import Sequence

import newsdoc
from newsdoc import Rule, RuleSet, Stage
from newsdoc.pipeline.classify import BlockDraft
from newsdoc.rules import CompiledRule

__all__ = ["HOUSE_RULES", "HOUSE_WORDS", "build"]

HOUSE_WORDS: dict[str, list[str]] = {
    "cue_verbs": ["harrumphed", "fumed"],
    "titles": ["Harbourmaster"],
    "gazette_promos": ["Got a tip?", "Support local journalism", "Become a Gazette member"],
}
"""Words the house adds to the English lists (and one list of its own)."""


def _more_from_the_gazette(
    text: str, drafts: Sequence[BlockDraft], rule: CompiledRule
) -> list[BlockDraft]:
    """Everything from a 'More from the Gazette' line on is navigation."""
    out: list[BlockDraft] = []
    tail = False
    for draft in drafts:
        tail = tail or draft.span.of(text).strip().lower() == "more from the gazette"
        out.append(draft.relabel("boilerplate", rule.name, "navigation") if tail else draft)
    return out


HOUSE_RULES: tuple[tuple[Rule, str], ...] = (
    (
        Rule(
            "boilerplate.gazette_newsletter",
            Stage.BLOCK,
            pattern=r"(?i)^(?:get )?the (?:morning|evening) tide\b",
            label="boilerplate",
            kind="newsletter",
            description="'Get The Morning Tide in your inbox' (the house newsletter)",
        ),
        "boilerplate.social",
    ),
    (
        Rule(
            "boilerplate.gazette_promo",
            Stage.BLOCK,
            pattern=r"^\L<gazette_promos>",
            label="boilerplate",
            kind="promo",
            description="the tip line and membership prompts",
        ),
        "boilerplate.social",
    ),
    (
        Rule(
            "structure.more_from_the_gazette",
            Stage.CONTEXT,
            func=_more_from_the_gazette,
            description="what follows 'More from the Gazette' is navigation",
        ),
        "structure.headline",
    ),
    (
        Rule(
            "quote.dubbed",
            Stage.QUOTE,
            pattern=r"\b(?:dubbed|branded)(?:\s+\w+){0,2}\s*$",
            where="before",
            kind="term",
            description="critics dubbed it “the bridge to nowhere”",
        ),
        "quote.so_called",
    ),
)
"""Each house rule and the English rule it goes before."""


def build() -> RuleSet:
    """The English rule set with the house words and rules (the entry point's target)."""
    rules = newsdoc.rulesets.get("en").renamed("en-newsroom")
    for name, words in HOUSE_WORDS.items():
        rules = rules.with_words(name, words)
    for rule, before in HOUSE_RULES:
        rules = rules.add(rule, before=before)
    return rules
