"""French block rules: bylines (``Par …``), datelines (``PARIS (AFP) -``), boilerplate."""

from __future__ import annotations

from newsdoc.rules import Rule
from newsdoc.rulesets.common import block_rules, context_rules, dateline_rule

_MON = r"(?:janv(?:ier)?|févr(?:ier)?|mars|avr(?:il)?|mai|juin|juil(?:let)?|août|sept(?:embre)?|oct(?:obre)?|nov(?:embre)?|déc(?:embre)?)\.?"

BLOCK_RULES: tuple[Rule, ...] = block_rules(
    timestamp=(
        r"(?i)^[|•·\s]*(?:(?:Publié|Mis à jour)(?:\s+le)?\s*)?(?:\p{L}+\s+)?"
        r"(?:\d{1,2}(?:er)?\s+" + _MON + r"\s+\d{4}|\d{1,2}/\d{1,2}/\d{2,4})"
        r"(?:\s*(?:à|-)\s*\d{1,2}\s*[h:]\s*\d{2})?\W*$"
    ),
    examples={
        "byline.by": "'Par Jeanne Martin et Paul Roux', 'Par Jeanne Martin, à Lyon'",
        "byline.staff_writer": "'Jeanne Martin, correspondante à Bruxelles'",
        "boilerplate.copyright": "a short copyright line ('© AFP', 'Tous droits réservés')",
        "boilerplate.credits": "'Avec AFP', '(AFP)'",
        "boilerplate.timestamp": "a line holding only a date ('Publié le 3 mai 2024 à 14h05')",
        "boilerplate.caption": "captions and image credits ('Photo : AFP', 'Crédit photo …')",
    },
)

CONTEXT_RULES: tuple[Rule, ...] = context_rules(
    r"\W*+(?:\d+\s+)?(?:Commentaires?|Réactions?)(?:\s+\(\d+\))?\W*+"
)

DATELINE_RULES: tuple[Rule, ...] = (
    dateline_rule(r"(?:—|–|--|-)", "'PARIS (AFP) -', 'Bruxelles (AFP) –'"),
)
