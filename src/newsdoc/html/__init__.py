"""``parse_html``: from a saved web page to the same :class:`~newsdoc.model.Article` as ``parse``.

The front end has three steps, one module each: :mod:`~newsdoc.html.decode`
(bytes to text, which encoding), :mod:`~newsdoc.html.tree` (the page tree to
the visible text, one block per paragraph-level element, with each block's
HTML features) and :mod:`~newsdoc.html.meta` (what the page says about
itself). From the blocks on, the text pipeline runs unchanged; block rules
and context rules read the features through ``BlockView.html`` and
``BlockDraft.html``. It needs lxml: ``pip install 'newsdoc[html]'``.
"""

from __future__ import annotations

import codecs
import re
from typing import TYPE_CHECKING, Literal

import attrs

from newsdoc.errors import NoArticle, NotAPage
from newsdoc.model import Article, Meta
from newsdoc.parse import not_text, options, run
from newsdoc.pipeline.classify import ends_sentence
from newsdoc.rules import DEFAULT_TIMEOUT, RuleSet

if TYPE_CHECKING:
    from lxml.etree import _Element

    from newsdoc.html.tree import PageBlocks

__all__ = ["parse_html"]

_SURROGATE = re.compile("[\ud800-\udfff]")
_TAG = re.compile(r"<(/?)([A-Za-z][\w:-]*)[^>]*>")
_RAW = frozenset(("script", "style", "textarea", "title", "xmp", "plaintext"))
_HIDDEN_WARNING = (
    "the page shows no article; it was read from elements the page hides "
    "(hidden, display:none), which hold one"
)
_DEPTH_WARNING = (
    "the page nests its elements deeper than the HTML parser goes; it was read without "
    "its markup (every paragraph-level tag a break, no class words, links or regions)"
)


def parse_html(
    html: str | bytes,
    *,
    url: str | None = None,
    rules: RuleSet | str | None = "auto",
    timeout: float = DEFAULT_TIMEOUT,
    on_timeout: Literal["raise", "skip"] = "raise",
) -> Article:
    """Parse a saved web page into an :class:`~newsdoc.model.Article`.

    ``Article.text`` is the page's visible text, one block per paragraph-level
    element, blocks separated by a blank line; every block records its
    element's XPath as ``path``, and ``Article.meta`` holds what the page says
    about itself (headline, authors, dates, canonical URL, site, language,
    description, and the encoding used).

    Args:
        html: the page; ``bytes`` are decoded by their byte-order mark, then the
            charset the page declares, then UTF-8, then windows-1252 (see
            :mod:`newsdoc.html.decode`).
        url: the page's address, to resolve a relative canonical URL; it is
            ``meta.url`` when the page names none.
        rules, timeout, on_timeout: as for :func:`newsdoc.parse.parse`.

    Raises:
        ImportError: lxml is not installed (``pip install 'newsdoc[html]'``).
        TypeError: ``html`` is neither ``str`` nor ``bytes``.
        ValueError: a ``timeout`` that is not positive, or a bad ``on_timeout``.
        NotAPage: ``bytes`` that are no web page (an image, an archive, a PDF, binary
            data: a NUL byte or many control bytes near the start).
        NoArticle: no paragraph of text comes out of the page (empty, only markup,
            only menus and boilerplate); ``NoArticle.article`` holds what was read.
        RuleTimeout: a rule overran ``timeout`` (with ``on_timeout="raise"``).

    A page that shows no article but hides one (``display:none`` until a script
    shows it) is read with its hidden elements and says so in ``warnings``; hidden
    elements stay out of a page that shows its article. What cannot be read as the
    page says is read another way and noted in ``warnings``: a declared charset that
    cannot be used (the encoding used is ``meta.encoding``), an element with more
    attributes than :data:`~newsdoc.html.guard.MAX_ATTRIBUTES` (the rest are dropped),
    a page nested deeper than the parser goes (about 2,000 levels: read without its
    markup), a JSON-LD script or URL that cannot be read (skipped).

    >>> article = parse_html(b"<html lang='en'><h1>Bridge reopens</h1>"
    ...                      b"<p>The bridge reopened on Monday after a year of repairs.</p></html>")
    >>> article.headline.text, article.meta.language
    ('Bridge reopens', 'en')
    >>> article.paragraphs[0].path
    '/html/body/p'
    """
    try:
        import lxml.etree  # noqa: F401
    except ImportError as exc:
        raise ImportError(
            "newsdoc.parse_html needs lxml: pip install 'newsdoc[html]'", name=exc.name
        ) from exc
    from newsdoc.html.decode import Decoded, decode_page
    from newsdoc.html.guard import MAX_ATTRIBUTES, trim_attributes

    if isinstance(html, (bytes, bytearray, memoryview)):
        data = bytes(html)
        binary = _binary(data)
        if binary is not None:
            raise NotAPage(binary)
        text, encoding, warning = decode_page(data)
    elif isinstance(html, str):
        text, encoding, warning = Decoded(html, "str")
    else:
        raise not_text("parse_html", html)
    rs = options(rules, timeout, on_timeout)
    notes = [warning] if warning else []
    text, cut = trim_attributes(text)
    if cut:
        notes.append(f"{cut} element(s) kept only their first {MAX_ATTRIBUTES} attributes")
    root, deep = _tree(text)
    if deep:
        notes.append(_DEPTH_WARNING)
    if root is None:
        raise NoArticle("it holds no markup and no text")
    page, meta = _read(root, url, encoding, notes)
    del text  # the markup is read: free it before the text pipeline
    article = run(page.text, page.spans, rs, timeout, on_timeout, page.features, meta)
    if not _has_text(article):  # an article hidden by its page (display:none) is read
        hidden = _hidden_read(root, meta)
        if hidden is not None:
            again = run(hidden.text, hidden.spans, rs, timeout, on_timeout, hidden.features, meta)
            if _has_text(again):
                article = again
                notes.append(_HIDDEN_WARNING)
    del root
    if notes:
        article = attrs.evolve(article, warnings=(*notes, *article.warnings))
    if not _has_text(article):
        raise NoArticle(_why(article), article)
    return article


_TEXT_WORDS = 12  # words of a paragraph that is text even without an end mark
_WORDS = re.compile(r"\w+")


def _has_text(article: Article) -> bool:
    """Whether a paragraph of text came out: one that ends a sentence or runs to
    ``_TEXT_WORDS`` words (a lone menu link kept for want of anything else is none)."""
    return any(
        ends_sentence(p.text, 0, len(p.text)) or len(_WORDS.findall(p.text)) >= _TEXT_WORDS
        for p in article.paragraphs
    )


_MAGIC = (
    (b"\x1f\x8b", "gzip-compressed data: decompress it first (gzip.decompress)"),
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or an office document)"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
)
_WIDE_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)  # the UTF-32 ones start so too
_CONTROLS = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f]")
_SNIFF = 4096  # bytes read to tell a page from binary data
_CONTROL_SHARE = 0.1  # of control bytes in them that makes binary data


def _binary(data: bytes) -> str | None:
    """What the bytes are when they are not a web page (a known file format, or binary
    data: a NUL byte, or many control bytes, in their first ``_SNIFF``); else ``None``."""
    if data.startswith(_WIDE_BOMS):
        return None  # UTF-16 and UTF-32 text holds NUL bytes
    for magic, what in _MAGIC:
        if data.startswith(magic):
            return f"the bytes are {what}, not a web page"
    head = data[:_SNIFF]
    nul = head.find(b"\0")
    if nul >= 0:
        return f"a NUL byte at byte {nul}: binary data, not a web page"
    if head and len(_CONTROLS.findall(head)) > _CONTROL_SHARE * len(head):
        return "control bytes in every few bytes: binary data, not a web page"
    return None


def _why(article: Article) -> str:
    """Why a page gave no paragraph, in a few words, with what it did give."""
    if not article.blocks:
        return "it shows no text"
    if article.paragraphs:
        n = len(article.paragraphs)
        return f"{n} short line{'s' if n > 1 else ''} and no sentence"
    kinds: dict[str, int] = {}
    for b in article.boilerplate:
        kinds[b.kind] = kinds.get(b.kind, 0) + 1
    parts = [f"{n} {k}" for k, n in sorted(kinds.items(), key=lambda kv: -kv[1])]
    if article.headline is not None:
        parts.insert(0, "a headline")
    return "its text is all " + ", ".join(parts) if parts else "no block is a paragraph"


def _parse(text: str) -> tuple[_Element | None, bool]:
    """The page tree (``None`` when empty) and whether the parser stopped at its depth limit."""
    from lxml import etree

    # The plain etree parser: lxml.html's element classes cost a look-up per element.
    parser = etree.HTMLParser(encoding="utf-8", huge_tree=True)
    data = _SURROGATE.sub("\ufffd", text).encode("utf-8")
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError:  # nothing to parse
        return None, False
    if root is None:
        return None, False
    deep = any(e.type_name == "ERR_RESOURCE_LIMIT" for e in parser.error_log)
    return root, deep


def _tree(text: str) -> tuple[_Element | None, bool]:
    """The page tree; a page too deep for the parser is parsed again without its nesting."""
    root, deep = _parse(text)
    if not deep:
        return root, False
    flat, _ = _parse(_TAG.sub(_flatten, text))
    return flat, True


def _flatten(m: re.Match[str]) -> str:
    """One tag of a page too deep to parse: raw-text elements stay, block tags become breaks."""
    from newsdoc.html.tree import BLOCK_TAGS

    tag = m.group(2).lower()
    if tag in _RAW:
        return m.group()
    return "<br>" if tag in BLOCK_TAGS else ""


def _hidden_read(root: _Element, meta: Meta) -> PageBlocks | None:
    """The page read with its hidden elements, when it hides any; else ``None``."""
    from newsdoc.html.tree import hides, mark_declared, page_blocks

    return mark_declared(page_blocks(root, hidden=True), meta) if hides(root) else None


def _read(
    root: _Element, url: str | None, encoding: str, notes: list[str]
) -> tuple[PageBlocks, Meta]:
    from newsdoc.html.meta import read_meta
    from newsdoc.html.tree import mark_declared, page_blocks

    meta = read_meta(root, url, encoding, notes)
    page = page_blocks(root)
    return mark_declared(page, meta), meta
