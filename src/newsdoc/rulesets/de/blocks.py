"""German block rules: bylines (``Von …``), datelines (``BERLIN (dpa) -``), boilerplate.

The rules are the shared ones of :mod:`newsdoc.rulesets.common` with the German lists
of :mod:`newsdoc.rulesets.de.block_words`; only the date line and the comment
heading are patterns of their own.
"""

from __future__ import annotations

from newsdoc.rules import Rule
from newsdoc.rulesets.common import block_rules, context_rules, dateline_rule

_MON = r"(?:Jan(?:uar)?|Jänner|Feb(?:ruar)?|März|Apr(?:il)?|Mai|Juni?|Juli?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Okt(?:ober)?|Nov(?:ember)?|Dez(?:ember)?)\.?"
_TIME = r"\d{1,2}[:.]\d{2}(?:\s*Uhr)?"

BLOCK_RULES: tuple[Rule, ...] = block_rules(
    timestamp=(
        r"^[|•·\s]*(?:(?:Veröffentlicht|Aktualisiert|Stand|Erstellt)(?:\s+am)?:?\s*)?"
        r"(?:\p{L}+,\s*)?(?:\d{1,2}\.\s*(?:\d{1,2}\.|" + _MON + r")\s*\d{2,4}"
        r"|\d{4}-\d{2}-\d{2})[,\s/|–—-]*(?:um\s*)?(?:" + _TIME + r")?\W*$"
    ),
    examples={
        "byline.by": "'Von Anna Schmidt und Jan Roth', 'Von Anna Schmidt, Berlin'",
        "byline.staff_writer": "'Anna Schmidt, Korrespondentin in Paris'",
        "boilerplate.copyright": "a short copyright line ('© dpa 2024', 'Alle Rechte vorbehalten')",
        "boilerplate.credits": "'Mit Material von dpa', '(dpa/AFP)', 'mbr/dpa'",
        "boilerplate.timestamp": "a line holding only a date ('Aktualisiert am 3. Mai 2024, 14:05 Uhr')",
        "boilerplate.caption": "captions and image credits ('Foto: dpa', '(Bild: Jan Roth)')",
    },
)

CONTEXT_RULES: tuple[Rule, ...] = context_rules(
    r"\W*+(?:\d+\s+)?(?:Leser)?(?:Kommentare?|Antworten|Diskussion)(?:\s+\(\d+\))?\W*+"
)

DATELINE_RULES: tuple[Rule, ...] = (
    dateline_rule(r"(?:—|–|--|-)", "'BERLIN (dpa) -', 'München (AFP) –', '(dpa) -'"),
)
