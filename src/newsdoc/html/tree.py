"""From a page tree to blocks: the visible text, one block per paragraph-level element.

The walk is iterative (no recursion, whatever the nesting) and reads each
element once. Text inside ``<script>``, ``<style>``, ``<noscript>``,
``<template>``, ``<svg>``, form controls and hidden elements (``hidden``,
``style="display:none"``) is not visible and is left out. Every paragraph-level
element (``<p>``, ``<li>``, ``<h1>``, ``<td>``, ``<div>`` ...) and every
``<br>`` ends a block; white space is collapsed to single spaces as a browser
shows it. Blocks are joined by blank lines, so ``Article.text`` reads like the
page and every span slices it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import attrs
from lxml import etree
from lxml.etree import _Element

from newsdoc.model import Meta, Span
from newsdoc.pipeline.features import HtmlFeatures

__all__ = ["BLOCK_TAGS", "PageBlocks", "hides", "mark_declared", "page_blocks"]

_SKIP = frozenset(
    "script style noscript template svg math head iframe object embed canvas audio video "
    "select textarea option datalist map applet frame frameset noframes title base link meta "
    "input".split()
)
BLOCK_TAGS = frozenset(
    "address article aside blockquote body center dd details dialog dir div dl dt fieldset "
    "figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr li main menu nav ol p "
    "pre section summary table tbody thead tfoot tr td th ul caption legend html".split()
)
"""The paragraph-level tags: each starts and ends a block."""
_LIST = frozenset(("li", "dd", "dt"))
_PLAIN = frozenset(
    "span b i em strong u s small big font sup sub abbr cite code time mark q del ins tt "
    "var kbd samp bdi bdo nobr label".split()
)
_FIGURE = frozenset(("figure", "figcaption"))
_CHROME = {"nav": "nav", "aside": "aside", "header": "header", "footer": "footer"}
_ROLES = {
    "navigation": "nav",
    "complementary": "aside",
    "banner": "header",
    "contentinfo": "footer",
}
_HEADINGS = {f"h{i}": i for i in range(1, 7)}
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
_SPACE = re.compile(r"\s+")
_WORD_SPLIT = re.compile(r"[^A-Za-z]+|(?<=[a-z])(?=[A-Z])")
_SEPARATOR = "\n\n"
_MAX_WORDS = 64  # class/id words kept per block: the nearest first, so a deep page stays cheap
_MAX_ANCESTORS = 32  # ancestor tags kept per block, the nearest


@attrs.frozen
class PageBlocks:
    """The visible text of a page, its block spans and each block's HTML features."""

    text: str
    spans: tuple[Span, ...]
    features: tuple[HtmlFeatures, ...]


@attrs.define
class _Step:
    """One element's step in its XPath: ``tag`` or ``tag[index]`` when its parent has
    other children of that tag (known once the parent is read, so resolved at the end;
    lxml's ``getpath`` counts the siblings on every call, quadratic on a long page)."""

    parent: _Step | None
    tag: str
    index: int
    siblings: dict[str, int]  # the parent's count of children by tag
    children: dict[str, int] | None = None  # made with the first child: most elements have none
    text: str | None = None

    def child(self, tag: str) -> _Step:
        if self.children is None:
            self.children = {}
        index = self.children[tag] = self.children.get(tag, 0) + 1
        return _Step(self, tag, index, self.children)

    def path(self) -> str:
        """The element's XPath, by a loop (any depth); kept for it and its parent only, so
        that a deep chain of elements does not hold a path per level."""
        if self.text is not None:
            return self.text
        steps: list[str] = []
        up: _Step | None = self
        while up is not None and up.text is None:
            steps.append(up.tag if up.siblings[up.tag] == 1 else f"{up.tag}[{up.index}]")
            up = up.parent
        steps.append(up.path() if up is not None else "")  # a known path: no recursion
        self.text = "/".join(reversed(steps))
        if self.parent is not None and self.parent.text is None:
            self.parent.text = self.text[: len(self.text) - len(steps[0]) - 1]
        return self.text


@attrs.define
class _Frame:
    """What holds from one element down: its tag and what its ancestors say."""

    step: _Step
    tag: str
    parent: _Frame | None
    words: frozenset[str]
    link: bool
    list_item: bool
    article: bool
    figure: bool
    chrome: str
    heading: int
    inside: tuple[str, ...] | None = None
    """The tags of this element and its ancestors, nearest last (its children's
    ``ancestors``), once a child block asked: siblings share one tuple."""


_Pending = tuple[str, tuple[str, ...], frozenset[str], float, int, bool, bool, bool, str]
"""A block's features but its path: tag, ancestors, class words, link density, heading,
list item, in article, in figure, chrome."""

_WORDS_OF: dict[str, tuple[str, ...]] = {}  # class/id text -> its words (pages repeat them)


def _class_words(cls: str | None, ident: str | None) -> tuple[str, ...]:
    raw = f"{cls or ''} {ident or ''}"
    words = _WORDS_OF.get(raw)
    if words is None:
        words = tuple(w.lower() for w in _WORD_SPLIT.split(raw) if w)
        if len(_WORDS_OF) < 100_000:
            _WORDS_OF[raw] = words
    return words


def _hidden(attrib: etree._Attrib) -> bool:
    if "hidden" in attrib:
        return True
    style = attrib.get("style")
    return style is not None and _HIDDEN_STYLE.search(style) is not None


def _frame(el: _Element, step: _Step, tag: str, parent: _Frame | None) -> _Frame:
    """The frame of element ``el`` under ``parent``'s."""
    attrib = el.attrib
    cls, ident = attrib.get("class"), attrib.get("id")
    inherited = parent.words if parent is not None else frozenset()
    if (cls or ident) and len(inherited) < _MAX_WORDS:
        inherited = inherited.union(_class_words(cls, ident))
    role = (attrib.get("role") or "").lower()
    itemprop = attrib.get("itemprop") or ""
    chrome = _CHROME.get(tag) or _ROLES.get(role, "")
    if parent is None:
        return _Frame(step, tag, None, inherited, False, False, False, False, chrome, 0)
    return _Frame(
        step,
        tag,
        parent,
        inherited,
        parent.link or (tag == "a" and "href" in attrib),
        parent.list_item or tag in _LIST,
        parent.article
        or tag in ("article", "main")
        or role == "main"
        or "articleBody" in itemprop.split(),
        parent.figure or tag in _FIGURE,
        chrome or parent.chrome,
        _HEADINGS.get(tag, parent.heading),
    )


class _Builder:
    """Collects the text pieces of the open block and closes blocks into spans."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0
        self.spans: list[Span] = []
        # per block, its element's step and its features but the path (known at the end);
        # no frame is kept, so the frames of elements around blocks go as the walk leaves them
        self.raw: list[tuple[_Step, _Pending]] = []
        self.pieces: list[str] = []
        self.link_chars = 0
        self.extra_words: set[str] = set()

    def add(self, text: str | None, frame: _Frame, owner: _Frame) -> None:
        if not text:
            return
        self.pieces.append(text)
        if frame.link:
            self.link_chars += len("".join(text.split()))
        if frame is not owner and frame.words is not owner.words:
            self.extra_words.update(frame.words - owner.words)

    def close(self, owner: _Frame) -> None:
        if not self.pieces:
            return
        block = " ".join("".join(self.pieces).split())
        link_chars, extra = self.link_chars, self.extra_words
        self.pieces, self.link_chars, self.extra_words = [], 0, set()
        if not block:
            return
        if self.parts:
            self.parts.append(_SEPARATOR)
            self.length += len(_SEPARATOR)
        start = self.length
        self.parts.append(block)
        self.length += len(block)
        self.spans.append(Span(start, self.length))
        visible = len(block) - block.count(" ")
        self.raw.append(
            (
                owner.step,
                (
                    owner.tag,
                    _ancestors(owner),
                    owner.words.union(extra) if extra else owner.words,
                    min(1.0, link_chars / visible) if visible else 0.0,
                    owner.heading,
                    owner.list_item,
                    owner.article,
                    owner.figure,
                    owner.chrome,
                ),
            )
        )

    def features(self) -> tuple[HtmlFeatures, ...]:
        """Every block's features, now that every element's path is known."""
        done: list[HtmlFeatures] = []
        self.raw.reverse()
        while self.raw:  # each block's pending entry goes as its features are made
            step, (tag, up, words, links, level, li, article, figure, chrome) = self.raw.pop()
            path = step.path()
            done.append(
                HtmlFeatures(tag, path, up, words, links, level, li, article, figure, chrome)
            )
        return tuple(done)


def _ancestors(frame: _Frame) -> tuple[str, ...]:
    """The tags of a block's nearest ancestors (``html`` and ``body`` left out), outermost first."""
    parent = frame.parent
    if parent is None:
        return ()
    if parent.inside is None:
        tags: list[str] = []
        up: _Frame | None = parent
        while up is not None and len(tags) < _MAX_ANCESTORS:
            if up.tag not in ("html", "body"):
                tags.append(up.tag)
            up = up.parent
        parent.inside = tuple(reversed(tags))
    return parent.inside


def hides(root: _Element) -> bool:
    """Whether the page hides any element (``hidden``, ``display:none``)."""
    return any(_hidden(el.attrib) for el in root.iter() if isinstance(el.tag, str) and el.attrib)


def page_blocks(root: _Element, *, hidden: bool = False) -> PageBlocks:
    """Walk the page tree and return its visible text, block spans and features.

    With ``hidden``, the elements the page hides (``hidden``, ``display:none``) are
    read too, for a page that hides its article until a script shows it.
    """
    out = _Builder()
    name = str(root.tag).lower()
    top = _frame(root, _Step(None, name, 1, {name: 1}), name, None)
    # (element, its frame, its step, its children still to visit); a plain inline
    # element (``<b>``, ``<span>`` without attributes) shares its parent's frame
    stack: list[tuple[_Element, _Frame, _Step, Iterator[_Element]]] = [
        (root, top, top.step, iter(root))
    ]
    owners: list[_Frame] = [top]  # the open paragraph-level elements, innermost last
    out.add(root.text, top, top)
    while stack:
        el, frame, step, children = stack[-1]
        child = next(children, None)
        if child is None:  # the element ends: its block closes, its tail joins the parent's
            stack.pop()
            if frame.step is step and frame.tag in BLOCK_TAGS:  # its own frame: a block ends
                out.close(owners.pop())
            if stack:
                out.add(el.tail, stack[-1][1], owners[-1])
            continue
        tag = child.tag
        if not isinstance(tag, str):  # a comment or processing instruction: only its tail shows
            out.add(child.tail, frame, owners[-1])
            continue
        tag = tag.lower()
        sub_step = step.child(tag)  # every element counts in its siblings' XPath indexes
        attrib = child.attrib
        if tag in _SKIP or (attrib and not hidden and _hidden(attrib)):
            out.add(child.tail, frame, owners[-1])
            continue
        if tag == "br" or tag == "hr":
            out.close(owners[-1])
            out.add(child.tail, frame, owners[-1])
            continue
        if tag in _PLAIN and not attrib:
            stack.append((child, frame, sub_step, iter(child)))
            out.add(child.text, frame, owners[-1])
            continue
        sub = _frame(child, sub_step, tag, frame)
        if tag in BLOCK_TAGS:
            out.close(owners[-1])
            owners.append(sub)
        stack.append((child, sub, sub_step, iter(child)))
        out.add(child.text, sub, owners[-1])
    return PageBlocks("".join(out.parts), tuple(out.spans), out.features())


_BYLINE_WORDS = 20  # a line naming the authors, not a sentence mentioning one
_BYLINE_REACH = 15  # blocks from the headline within which the byline stands


def _key(text: str) -> str:
    return _SPACE.sub(" ", text).strip().casefold()


_NOT_BYLINE = re.compile(r"://|©|\bcopyright\b", re.IGNORECASE)


def _may_be_byline(html: HtmlFeatures, text: str) -> bool:
    """Whether a line naming the page's author may be its byline: not a menu, sidebar or
    footer line ("BBC News Navigation", "© 2020 Site"), not a page's or section's title,
    not a caption, not an address."""
    return (
        html.chrome not in ("nav", "aside", "footer")
        and html.heading not in (1, 2)
        and not html.in_figure
        and _NOT_BYLINE.search(text) is None
    )


def mark_declared(page: PageBlocks, meta: Meta) -> PageBlocks:
    """Mark the blocks the page's metadata names: its headline, and the first short line
    naming its authors that may be a byline, near the headline (``HtmlFeatures.declared``)."""
    features = list(page.features)
    texts = [s.of(page.text) for s in page.spans]
    title = _key(meta.headline) if meta.headline else None
    head = None
    if title:
        found = [i for i, t in enumerate(texts) if _key(t) == title]
        # an <h1> first, then any heading, then the first block that says it
        found.sort(key=lambda i: (features[i].heading != 1, features[i].heading == 0, i))
        head = found[0] if found else None
        if head is not None:
            features[head] = attrs.evolve(features[head], declared="headline")
    names = [_key(a) for a in meta.authors if len(a) > 3]
    if names:
        for i, t in enumerate(texts):
            if (
                i != head
                and (head is None or abs(i - head) <= _BYLINE_REACH)
                and len(t.split()) <= _BYLINE_WORDS
                and _may_be_byline(features[i], t)
                and any(n in _key(t) for n in names)
            ):
                features[i] = attrs.evolve(features[i], declared="byline")
                break
    return PageBlocks(page.text, page.spans, tuple(features))
