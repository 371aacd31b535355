"""German block rules: bylines (``Von …``), datelines (``BERLIN (dpa) -``), boilerplate.

The rules whose knowledge is all in word lists (phrase rules, related links,
the main-run, caption and headline passes) are the English ones with the
German lists of :mod:`newsdoc.rulesets.de.block_words`; the others are
written here.
"""

from __future__ import annotations

from newsdoc.rules import Rule
from newsdoc.rulesets.common import borrow, dateline_rule
from newsdoc.rulesets.en.blocks import BLOCK_RULES as _EN_BLOCKS
from newsdoc.rulesets.en.blocks import CONTEXT_RULES as _EN_CONTEXT

_MON = r"(?:Jan(?:uar)?|Jänner|Feb(?:ruar)?|März|Apr(?:il)?|Mai|Juni?|Juli?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Okt(?:ober)?|Nov(?:ember)?|Dez(?:ember)?)\.?"
_TIME = r"\d{1,2}[:.]\d{2}(?:\s*Uhr)?"

_BYLINES = borrow(
    _EN_BLOCKS,
    "byline.by",
    pattern=(
        r"^(?:\L<byline_openers>)[ \t:]+\p{Lu}[\p{L}\p{M}.'’-]*(?:[ \t,&]+(?:und[ \t]+)?[\p{L}\p{M}.'’@|/-]+){0,14}"
        r"(?:[ \t]*(?:[-–—|,]|\bam\b|\bAktualisiert\b)?[ \t]*[\p{L}\p{N}@][\p{L}\p{N}@:/., ()+-]{0,80})?"
        r"(?<![.!?;])$"
    ),
    description="'Von Anna Schmidt und Jan Roth', 'Von Anna Schmidt, Berlin'",
) + borrow(
    _EN_BLOCKS,
    "byline.staff_writer",
    pattern=(
        r"^(?P<authors>\p{Lu}[\p{L}.'’-]+(?:[ ]\p{Lu}[\p{L}.'’-]+){1,3}(?:[ ]und[ ]\p{Lu}[\p{L}.'’-]+(?:[ ]\p{Lu}[\p{L}.'’-]+){1,3})?)"
        r",[ ][\p{L} ]{0,40}(?:\L<staff_roles>)$"
    ),
    description="'Anna Schmidt, Korrespondentin in Paris'",
)

BLOCK_RULES: tuple[Rule, ...] = (
    *_BYLINES,
    *borrow(
        _EN_BLOCKS,
        "boilerplate.social",
        "boilerplate.share",
        "boilerplate.newsletter",
        "boilerplate.advertising",
        "boilerplate.legal",
    ),
    *borrow(
        _EN_BLOCKS,
        "boilerplate.legal",
        name="boilerplate.cookies",
        pattern=r"\L<cookie_phrases>",
        func=None,
        description="a cookie notice, however long ('Diese Website verwendet Cookies, um …')",
    ),
    *borrow(
        _EN_BLOCKS,
        "boilerplate.comments",
        "boilerplate.promo",
        "boilerplate.related",
    ),
    *borrow(
        _EN_BLOCKS,
        "boilerplate.copyright",
        pattern=r"^(?:Copyright\b|©|\(c\)\s*\d{4})|©\s*\d{4}|\bAlle Rechte vorbehalten\b",
        description="a short copyright line ('© dpa 2024', 'Alle Rechte vorbehalten')",
    ),
    *borrow(
        _EN_BLOCKS,
        "boilerplate.credits",
        pattern=r"^(?:\(?(?:\L<credit_phrases>).*|\((?:\L<agencies>)(?:/\p{L}{2,4})*\)|(?:\p{Ll}{2,4}/)+(?:\L<agencies>))$",
        description="'Mit Material von dpa', '(dpa/AFP)', 'mbr/dpa'",
    ),
    *borrow(
        _EN_BLOCKS,
        "boilerplate.timestamp",
        pattern=(
            r"^[|•·\s]*(?:(?:Veröffentlicht|Aktualisiert|Stand|Erstellt)(?:\s+am)?:?\s*)?"
            r"(?:\p{L}+,\s*)?(?:\d{1,2}\.\s*(?:\d{1,2}\.|" + _MON + r")\s*\d{2,4}"
            r"|\d{4}-\d{2}-\d{2})[,\s/|–—-]*(?:um\s*)?(?:" + _TIME + r")?\W*$"
        ),
        description="a line holding only a date, maybe a time ('Aktualisiert am 3. Mai 2024, 14:05 Uhr')",
    ),
    *borrow(
        _EN_BLOCKS,
        "boilerplate.caption",
        pattern=r"^(?:\L<caption_openers>)\s*\S|\((?:Foto|Bild):\s*[^()]{1,80}\)$|\b(?:Foto|Bild):\s*[^.:]{1,80}$",
        description="captions and image credits ('Foto: dpa', '(Bild: Jan Roth)')",
    ),
)

_COMMENTS = r"\W*+(?:\d+\s+)?(?:Leser)?(?:Kommentare?|Antworten|Diskussion)(?:\s+\(\d+\))?\W*+"

CONTEXT_RULES: tuple[Rule, ...] = (
    *borrow(
        _EN_CONTEXT,
        "structure.main_run",
        pattern=(
            rf"^(?:(?P<comments>{_COMMENTS})$"
            r"|(?P<heading>(?i:\L<section_headings>)[\s\W]*+)$"
            r"|(?P<section>(?i:\L<section_headings>)\b[^.!?:\n]{0,40})$"
            r"|(?P<quote>(?=[^„“\"»«]*+[„“\"»«][^“”\"«»]*+[“”\"«»]).*?\b(?:\L<cue_verbs>)\b))"
        ),
    ),
    *borrow(_EN_CONTEXT, "structure.caption", "structure.headline"),
)

DATELINE_RULES: tuple[Rule, ...] = (
    dateline_rule(r"(?:—|–|--|-)", "'BERLIN (dpa) -', 'München (AFP) –', '(dpa) -'"),
)
