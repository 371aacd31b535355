"""English kind rules: which kind of boilerplate a block the main run left out is.

``structure.main_run`` decides *that* a block is not article text, from its
position; alone it can only say ``navigation`` (a short line) or ``sidebar``
(prose). The kind rules that follow it each recognise one kind from the
block's words, its position and its neighbours, and relabel only the blocks
that the main run alone decided, so ``Boilerplate.rule`` names the rule that
gave the kind (``kind.share_bar``, ``kind.comment_section``, ...). The first
kind rule that holds wins; a block none recognises keeps ``structure.main_run``.
Switching a kind rule off hands its blocks back to the main run's default.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from newsdoc.pipeline.classify import PARAGRAPH, BlockDraft, ends_sentence
from newsdoc.rules import CompiledRule, Rule, Stage

MAIN_RUN = "structure.main_run"
_NEAR = 2  # blocks either side searched for a share bar's other buttons
_MENU_WORDS = 5  # words: a menu item is this short, without end punctuation
_FOOTER_REACH = 2  # blocks either side of a footer link that belong to the footer
_MORE_WORDS = regex.compile(rf"(?:\W*+\w++){{{_MENU_WORDS + 1}}}")  # more than a menu item's

COMMENT_HEADING = (
    r"(?i:\W*+(?:\d+\s+)?(?:(?:top[ -]rated|latest|recent|all|view|show"
    r"|read|\d+)\s+)?(?:(?:comments?|responses?|replies)(?:[\s\W\d]*+"
    r"|(?<=\d\s+(?:comments?|responses?|replies))\s+to\s.{1,200})"
    r"|(?:leave\s+a\s+(?:reply|comment)|join\s+the\s+(?:conversation|discussion))\W*+))"
)
"""A comment section's heading ("12 Comments", "Leave a Reply"), matched on a whole block."""

SECTION_HEADING = r"(?i:\L<section_headings>)(?:[\s\W]*+|\b[^.!?:\n]{0,40})"
"""A heading above related links or feeds ("More from …", "Most read"), on a whole block."""


def _open(d: BlockDraft) -> bool:
    """Whether the main run alone decided the block (no kind rule has named it yet)."""
    return d.label == "boilerplate" and d.rule == MAIN_RUN


def _run_end(drafts: Sequence[BlockDraft]) -> int:
    """The index after the article's last paragraph (0 when there is none)."""
    return next((i + 1 for i in range(len(drafts) - 1, -1, -1) if drafts[i].label == PARAGRAPH), 0)


def _whole(rule: CompiledRule, text: str, d: BlockDraft) -> bool:
    """Whether the rule's pattern matches the block's whole text."""
    return rule.match(text, d.span.start, d.span.end) is not None


def _short(text: str, d: BlockDraft) -> bool:
    """A menu-item-like line: a few words, no end punctuation."""
    start, end = d.span.start, d.span.end
    if ends_sentence(text, start, end):
        return False
    # each word but the last needs a character after it
    return end - start <= 2 * _MENU_WORDS or _MORE_WORDS.match(text, start, end) is None


def _share_bar(text: str, drafts: Sequence[BlockDraft], rule: CompiledRule) -> list[BlockDraft]:
    """A share button ("Facebook", "Click to share on Twitter") next to another share button
    or a share prompt is ``share``."""
    out = list(drafts)
    button: dict[int, bool] = {}  # asked only of open blocks and their neighbours

    def is_button(j: int) -> bool:
        found = button.get(j)
        if found is None:
            found = button[j] = _whole(rule, text, drafts[j])
        return found

    for i, d in enumerate(out):
        if not (_open(d) and is_button(i)):
            continue
        near = range(max(0, i - _NEAR), min(len(out), i + _NEAR + 1))
        if any(j != i and (out[j].kind == "share" or is_button(j)) for j in near):
            out[i] = d.relabel("boilerplate", rule.name, "share")
    return out


def _whole_line(text: str, drafts: Sequence[BlockDraft], rule: CompiledRule) -> list[BlockDraft]:
    """A block whose whole text the rule's pattern matches gets the rule's kind."""
    assert rule.rule.kind is not None  # every rule built on this function names its kind
    return [
        d.relabel("boilerplate", rule.name, rule.rule.kind)
        if _open(d) and _whole(rule, text, d)
        else d
        for d in drafts
    ]


def _footer(text: str, drafts: Sequence[BlockDraft], rule: CompiledRule) -> list[BlockDraft]:
    """After the article, a site link ("About", "Careers", "Privacy Notice") and the short
    lines beside it are the page's ``footer``."""
    out = list(drafts)
    end = _run_end(out)
    links = {i for i in range(end, len(out)) if _whole(rule, text, out[i])}
    for i in range(end, len(out)):
        d = out[i]
        near = any(j in links for j in range(i - _FOOTER_REACH, i + _FOOTER_REACH + 1))
        if _open(d) and (i in links or (near and _short(text, d))):
            out[i] = d.relabel("boilerplate", rule.name, "footer")
    return out


def _section(
    kind: str, text: str, drafts: Sequence[BlockDraft], rule: CompiledRule
) -> list[BlockDraft]:
    """Blocks after the article under a heading (the ``start`` group of the rule's
    pattern) are ``kind``, up to another section's heading (its ``stop`` group) or the
    footer."""
    out = list(drafts)
    inside = False
    for i in range(_run_end(out), len(out)):
        d = out[i]
        # a heading may be one a block rule labelled ("12 Comments")
        m = rule.match(text, d.span.start, d.span.end) if d.label == "boilerplate" else None
        if d.kind == "footer" or (m is not None and m.lastgroup == "stop"):
            inside = False
        elif m is not None:
            inside = True
        if inside and _open(d):
            out[i] = d.relabel("boilerplate", rule.name, kind)
    return out


def _comment_section(
    text: str, drafts: Sequence[BlockDraft], rule: CompiledRule
) -> list[BlockDraft]:
    """Readers' comments: the blocks under a comment heading are ``comments``."""
    return _section("comments", text, drafts, rule)


def _related_section(
    text: str, drafts: Sequence[BlockDraft], rule: CompiledRule
) -> list[BlockDraft]:
    """Related links and feeds: the blocks under a "More from …" heading are ``related``."""
    return _section("related", text, drafts, rule)


def _menu(text: str, drafts: Sequence[BlockDraft], rule: CompiledRule) -> list[BlockDraft]:
    """A short link-like line next to another one is a menu item: ``navigation``."""
    out = list(drafts)
    short = [d.label == "boilerplate" and _short(text, d) for d in out]
    for i, d in enumerate(out):
        if (
            _open(d)
            and short[i]
            and ((i > 0 and short[i - 1]) or (i + 1 < len(out) and short[i + 1]))
        ):
            out[i] = d.relabel("boilerplate", rule.name, "navigation")
    return out


KIND_RULES: tuple[Rule, ...] = (
    Rule(
        "kind.share_bar",
        Stage.CONTEXT,
        pattern=(
            r"(?:(?:Click to(?: share on| share via)?|Share(?: this)?(?: on| to| via)?)[ ]+)?"
            r"(?:\L<share_buttons>)(?:[ ]*\(Opens in new window\))?[ \W]*$"
        ),
        func=_share_bar,
        kind="share",
        description="a share button ('Facebook', 'Click to print') beside another or a share prompt",
    ),
    Rule(
        "kind.social_links",
        Stage.CONTEXT,
        pattern=r"(?:\L<social_networks>)[ \W]*$",
        func=_whole_line,
        kind="social",
        description="a bare social-network link ('YouTube', 'Instagram')",
    ),
    Rule(
        "kind.footer",
        Stage.CONTEXT,
        pattern=r"(?i:\L<footer_links>)[ \W]*$",
        func=_footer,
        kind="footer",
        description="after the article, a site link ('About', 'Careers') and the short lines beside it",
    ),
    Rule(
        "kind.comment_section",
        Stage.CONTEXT,
        pattern=rf"(?P<start>{COMMENT_HEADING})$|(?P<stop>{SECTION_HEADING})$",
        func=_comment_section,
        kind="comments",
        description="after the article, the blocks under a comment heading, up to the footer",
    ),
    Rule(
        "kind.related_section",
        Stage.CONTEXT,
        pattern=rf"(?P<start>{SECTION_HEADING})$|(?P<stop>{COMMENT_HEADING})$",
        func=_related_section,
        kind="related",
        description="after the article, the blocks under a 'More from …' heading, up to the footer",
    ),
    Rule(
        "kind.menu",
        Stage.CONTEXT,
        func=_menu,
        kind="navigation",
        description="a short link-like line beside another one (a menu)",
    ),
)
"""The kind rules, in the order they run (after ``structure.main_run``)."""
