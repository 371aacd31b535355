"""German block rules: bylines (``Von …``), datelines (``BERLIN (dpa) -``), boilerplate.

The rules are the shared ones of :mod:`newsdoc.rulesets.common` with the German lists
of :mod:`newsdoc.rulesets.de.block_words`; only the date line and the comment
heading are patterns of their own.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import attrs
import regex

from newsdoc.pipeline.classify import PARAGRAPH, BlockDraft
from newsdoc.rules import CompiledRule, Rule
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

_Context = Callable[[str, Sequence[BlockDraft], CompiledRule], list[BlockDraft]]
_PROSE = regex.compile(r"[.!?][“”\"»«]?\s+\S|^(?:\S+\s+){5,}\S+[.][“”\"»«]?\s*$")
"""Two sentences, or six words or more ending in a full stop: a lede, not a title (a German
title ends in no full stop)."""


def _no_prose_title(headline: _Context) -> _Context:
    """The shared headline pass, with a lede taken for the title given back as a paragraph:
    an article without a title line opens with prose (``Der Milliardär … ist gestorben.
    Nach Angaben …``)."""

    def run(text: str, drafts: Sequence[BlockDraft], rule: CompiledRule) -> list[BlockDraft]:
        return [
            d.relabel(PARAGRAPH, "")
            if d.label == "headline" and d.rule == rule.rule.name and _PROSE.search(d.span.of(text))
            else d
            for d in headline(text, drafts, rule)
        ]

    return run


CONTEXT_RULES: tuple[Rule, ...] = tuple(
    attrs.evolve(r, func=_no_prose_title(r.func))
    if r.name == "structure.headline" and r.func
    else r
    for r in context_rules(
        r"\W*+(?:\d+\s+)?(?:Leser)?(?:Kommentare?|Antworten|Diskussion)(?:\s+\(\d+\))?\W*+"
    )
)

DATELINE_RULES: tuple[Rule, ...] = (
    dateline_rule(r"(?:—|–|--|-)", "'BERLIN (dpa) -', 'München (AFP) –', '(dpa) -'"),
)
