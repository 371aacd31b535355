"""What a block's HTML element tells the classifier (``BlockView.html``).

The HTML front end (:func:`newsdoc.parse_html`) records, for every block, the
element it came from and a few facts about where that element sits in the
page. Block rules read them through :attr:`~newsdoc.pipeline.classify.BlockView.html`
and context rules through ``BlockDraft.html``;
for plain-text input both are ``None``. The facts are mechanism only: which
class words mean boilerplate is knowledge, kept in the rule set's word lists.
"""

from __future__ import annotations

import attrs

__all__ = ["HtmlFeatures"]


@attrs.frozen
class HtmlFeatures:
    """The HTML facts about one block.

    Attributes:
        tag: the paragraph-level element the block's text sits in (``"p"``, ``"li"``,
            ``"h2"``, ``"td"``, ``"div"`` ...).
        path: the element's path in the page, as an XPath (``/html/body/div[2]/p[3]``),
            so a user can find it again with ``tree.xpath(path)``.
        ancestors: the tags of the element's ancestors, outermost first (``html`` and
            ``body`` left out).
        class_words: the lower-case words of the ``class`` and ``id`` attributes of the
            element and its ancestors, split at non-letters and camelCase humps
            (``"postBody share-bar"`` gives ``post``, ``body``, ``share``, ``bar``).
        link_density: the share of the block's non-space characters inside links (0 to 1).
        heading: the heading level, 1 to 6 for ``<h1>`` ... ``<h6>``, else 0.
        list_item: whether the block is inside a list item (``<li>``, ``<dd>``, ``<dt>``).
        in_article: whether the block is inside the page's article region: ``<article>``,
            ``<main>``, ``role="main"`` or ``itemprop="articleBody"``.
        in_figure: whether the block is inside a ``<figure>`` or a ``<figcaption>``.
        chrome: the nearest page-chrome landmark around the block, ``"nav"``,
            ``"aside"``, ``"header"`` or ``"footer"`` (from the tag or the matching
            ARIA role), else ``""``.
        declared: what the page's own metadata says the block is: ``"headline"`` when
            its text is the page's title (``Meta.headline``),
            ``"byline"`` when it is a short line naming the page's authors, else ``""``.
    """

    tag: str
    path: str
    ancestors: tuple[str, ...] = ()
    class_words: frozenset[str] = frozenset()
    link_density: float = 0.0
    heading: int = 0
    list_item: bool = False
    in_article: bool = False
    in_figure: bool = False
    chrome: str = ""
    declared: str = ""
