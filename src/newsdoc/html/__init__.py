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

import re
from typing import TYPE_CHECKING, Literal

import attrs

from newsdoc.model import Article, Meta
from newsdoc.parse import not_text, options, run
from newsdoc.rules import DEFAULT_TIMEOUT, RuleSet

if TYPE_CHECKING:
    from lxml.etree import _Element

    from newsdoc.html.tree import PageBlocks

__all__ = ["parse_html"]

_SURROGATE = re.compile("[\ud800-\udfff]")
_TAG = re.compile(r"<(/?)([A-Za-z][\w:-]*)[^>]*>")
_RAW = frozenset(("script", "style", "textarea", "title", "xmp", "plaintext"))
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
        RuleTimeout: a rule overran ``timeout`` (with ``on_timeout="raise"``).

    A page with no visible text
    (empty, only markup, not HTML at all) gives an Article without blocks. What
    cannot be read as the page says is read another way and noted in
    ``warnings``: a declared charset that cannot be used (the encoding used is
    ``meta.encoding``), an element with more attributes than
    :data:`~newsdoc.html.guard.MAX_ATTRIBUTES` (the rest are dropped), a page
    nested deeper than the parser goes (about 2,000 levels: read without its
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
        text, encoding, warning = decode_page(bytes(html))
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
        return Article(text="", meta=Meta(encoding=encoding), warnings=tuple(notes))
    page, meta = _read(root, url, encoding, notes)
    del root, text  # the page tree and markup are read: free them before the text pipeline
    article = run(page.text, page.spans, rs, timeout, on_timeout, page.features, meta)
    if notes:
        article = attrs.evolve(article, warnings=(*notes, *article.warnings))
    return article


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


def _read(
    root: _Element, url: str | None, encoding: str, notes: list[str]
) -> tuple[PageBlocks, Meta]:
    from newsdoc.html.meta import read_meta
    from newsdoc.html.tree import mark_declared, page_blocks

    meta = read_meta(root, url, encoding, notes)
    page = page_blocks(root)
    return mark_declared(page, meta), meta
