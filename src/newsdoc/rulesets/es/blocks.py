"""Spanish block rules: bylines (``Por …``), datelines (``MADRID (EFE).-``), boilerplate."""

from __future__ import annotations

from newsdoc.rules import Rule
from newsdoc.rulesets.common import block_rules, context_rules

_MON = r"(?:ene(?:ro)?|feb(?:rero)?|mar(?:zo)?|abr(?:il)?|may(?:o)?|jun(?:io)?|jul(?:io)?|ago(?:sto)?|sep(?:tiembre)?|oct(?:ubre)?|nov(?:iembre)?|dic(?:iembre)?)\.?"

BLOCK_RULES: tuple[Rule, ...] = block_rules(
    timestamp=(
        r"(?i)^[|•·\s]*(?:(?:Actualizado|Publicado)(?:\s+el)?:?\s*)?(?:\p{L}+,?\s+)?"
        r"(?:\d{1,2}\s+(?:de\s+)?" + _MON + r"(?:\s+(?:de\s+)?\d{4})?|\d{1,2}/\d{1,2}/\d{2,4})"
        r"(?:\s*[-,]?\s*\d{1,2}:\d{2}(?:\s*h)?)?\W*$"
    ),
    examples={
        "byline.by": "'Por Ana García y Luis Pérez', 'Por Ana García, Madrid'",
        "byline.staff_writer": "'Ana García, corresponsal en Bruselas'",
        "boilerplate.copyright": "a short copyright line ('© EFE 2024', 'Todos los derechos reservados')",
        "boilerplate.credits": "'Con información de EFE', '(EFE)'",
        "boilerplate.timestamp": "a line holding only a date ('Actualizado 3 de mayo de 2024, 14:05')",
        "boilerplate.caption": "captions and image credits ('Foto: EFE', 'Foto de archivo …')",
    },
)

CONTEXT_RULES: tuple[Rule, ...] = context_rules(
    r"\W*+(?:\d+\s+)?(?:Comentarios?)(?:\s+\(\d+\))?\W*+"
)

DATELINE_RULES: tuple[Rule, ...] = (
    Rule(
        "dateline.place_agency",
        "dateline",
        pattern=(
            r"^(?P<place>\p{Lu}[\p{L}\p{M}.'’-]+(?:[ ]\p{Lu}[\p{L}\p{M}.'’-]+){0,2})"
            r"(?:,[ ]\d{1,2}[ ]\p{L}{3,10}\.?)?[ ]*\((?P<agency>[^()\n]{1,40})\)[ ]*\.?[ ]*(?:—|–|-)[ ]*"
            r"|^(?P<place>\p{Lu}[\p{Lu}\p{M}.'’-]+(?:[ ]\p{Lu}[\p{Lu}\p{M}.'’-]+){0,2})[ ]*(?:—|–|--|-)[ ]*"
        ),
        description="'MADRID (EFE).-', 'Madrid, 3 may (EFE).-', 'BOGOTÁ (AFP) -'",
    ),
)
