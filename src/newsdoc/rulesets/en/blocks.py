"""English block rules: boilerplate kinds, byline, and the context pass that finds the headline."""

from __future__ import annotations

from collections.abc import Sequence

from newsdoc.pipeline.classify import PARAGRAPH, BlockDraft, BlockView
from newsdoc.rules import CompiledRule, Rule, Stage

BOILERPLATE_KINDS: dict[str, str] = {
    "navigation": "menus and runs of short link lines",
    "related": "related-article and read-more links",
    "social": "social-media embeds and follow prompts",
    "share": "share buttons and prompts",
    "newsletter": "newsletter and subscription prompts",
    "advertising": "advertisement markers",
    "legal": "cookie, privacy and terms lines",
    "caption": "photo captions and image credits",
    "timestamp": "publication and update times",
    "comments": "comment-section prompts",
    "copyright": "copyright notices",
    "promo": "app and affiliate promotions",
    "credits": "closing reporting and editing credits",
}
"""The boilerplate kinds the English rules produce, with what each covers."""

_SHORT = 12  # words: a line this short with no end punctuation reads like a link or label


def _short_label(view: BlockView) -> bool:
    return not view.ends_sentence and view.words <= _SHORT


def _near_top(view: BlockView) -> bool:
    return view.index < 12


def _phrase(name: str, kind: str, words: str, *, short: bool = True) -> Rule:
    return Rule(
        f"boilerplate.{name}",
        Stage.BLOCK,
        pattern=rf"\L<{words}>",
        func=_short_label if short else None,
        label="boilerplate",
        kind=kind,
        description=f"a short line holding one of the {words} words",
    )


def _headline(text: str, drafts: Sequence[BlockDraft], rule: CompiledRule) -> list[BlockDraft]:
    """The first prose block is the headline when it reads like a title (short) and text follows."""
    out = list(drafts)
    for i, d in enumerate(out[:-1]):
        if d.label == PARAGRAPH:
            view = BlockView(text, [x.span for x in out], i)
            if view.words <= 40 and len(d.span) <= 400:
                out[i] = d.relabel("headline", rule.name)
            break
        if d.label in ("headline", "byline"):
            break
    return out


BLOCK_RULES: tuple[Rule, ...] = (
    Rule(
        "byline.by",
        Stage.BLOCK,
        pattern=r"^(?:By|BY|by)[ \t:]+\p{Lu}[\p{L}\p{M}.'’-]*(?:[ \t,&]+(?:and[ \t]+)?[\p{L}\p{M}.'’@|/-]+){0,14}[ \t]*$",
        func=_near_top,
        label="byline",
        description="'By Jane Doe and John Roe' near the top",
    ),
    Rule(
        "byline.staff_writer",
        Stage.BLOCK,
        pattern=r"^\p{Lu}[\p{L}.'’-]+(?:[ ]\p{Lu}[\p{L}.'’-]+){1,3}(?:[ ]and[ ]\p{Lu}[\p{L}.'’-]+(?:[ ]\p{Lu}[\p{L}.'’-]+){1,3})?,[ ][\p{L} ]{0,40}(?:Writer|Correspondent|Reporter|Editor|Staff)s?$",
        func=_near_top,
        label="byline",
        description="'Steve Peoples, AP National Political Writer' near the top",
    ),
    _phrase("social", "social", "social_phrases"),
    _phrase("share", "share", "share_phrases"),
    _phrase("newsletter", "newsletter", "newsletter_phrases"),
    _phrase("advertising", "advertising", "advertising_phrases"),
    _phrase("legal", "legal", "legal_phrases"),
    _phrase("comments", "comments", "comment_phrases"),
    _phrase("promo", "promo", "promo_phrases", short=False),
    Rule(
        "boilerplate.related",
        Stage.BLOCK,
        pattern=r"^(?:\L<related_cues>)\b[\s:|>»\-–—]+\S.*(?<![.!?。…\"”])$",
        label="boilerplate",
        kind="related",
        description="'READ MORE: …', 'Related: …' headlines",
    ),
    Rule(
        "boilerplate.copyright",
        Stage.BLOCK,
        pattern=r"(?i)^(?:copyright\b|©|\(c\)\s*\d{4})|©\s*\d{4}|\ball rights reserved\b",
        func=_short_label,
        label="boilerplate",
        kind="copyright",
    ),
    Rule(
        "boilerplate.credits",
        Stage.BLOCK,
        pattern=r"^(?:\(?(?:Reporting|Additional reporting|Writing|Editing) by\b.*|.{3,80}\bcontributed (?:to this )?report(?:ing)?\b.*)$",
        label="boilerplate",
        kind="credits",
        description="'Reporting by …; Editing by …', 'X contributed reporting'",
    ),
    Rule(
        "boilerplate.caption",
        Stage.BLOCK,
        pattern=r"^(?:(?:Photo|Image|Picture|Video)(?: copyright| credit| source)?\s*[:|]|Image copyright\b|\(Photo\b)",
        label="boilerplate",
        kind="caption",
    ),
)

CONTEXT_RULES: tuple[Rule, ...] = (
    Rule(
        "structure.headline",
        Stage.CONTEXT,
        func=_headline,
        description="the first prose block, when short, is the headline",
    ),
)

DATELINE_RULES: tuple[Rule, ...] = (
    Rule(
        "dateline.place_agency",
        Stage.DATELINE,
        pattern=(
            r"^(?:(?P<place>\p{Lu}[\p{Lu}\p{M}.'’-]+(?:[ ]\p{Lu}[\p{Lu}\p{M}.'’-]+)*"
            r"(?:,[ ]\p{Lu}[\p{L}\p{M}.'’ -]{1,30}?)?)[ ]*)?"
            r"(?:\((?P<agency>[^()\n]{1,40})\)[ ]*)?(?:—|–|--|-)[ ]*"
        ),
        description="'WASHINGTON (AP) —', 'HANOI, Vietnam (AP) —', '(Reuters) —', 'BERLIN --'",
    ),
)
