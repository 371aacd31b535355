"""Web pages: page rules in every language, pages without an article, bytes that are no page."""

from __future__ import annotations

import pytest

from newsdoc import parse_html
from newsdoc.testing import check_invariants

_BODY = "<p>{0} {0} {0} {0} {0} {0} {0} {0} {0} {0} {0} {0} {0} {0} {0} {0} {0} {0} {0} {0}.</p>"


def _page(lang: str, title: str, author: str, logo: str, by: str, words: str) -> str:
    body = "".join(_BODY.format(w) for w in words.split())
    return (
        f"<html lang='{lang}'><head><title>{title} | {logo}</title>"
        f"<meta property='og:title' content='{title}'>"
        f"<meta name='author' content='{author}'></head><body>"
        f"<header><h1 class='logo'>{logo}</h1><ul><li><a href='/'>A</a></li>"
        f"<li><a href='/b'>B</a></li></ul></header>"
        f"<article><h2>{title}</h2><p>{by} {author}</p>{body}</article></body></html>"
    )


@pytest.mark.parametrize(
    ("lang", "title", "author", "logo", "by", "words"),
    [
        (
            "de",
            "Bahn streicht Verbindungen im Winter",
            "Anna Schmidt",
            "DER KURIER",
            "Von",
            "Zugausfall Fahrplan Bahnsteig",
        ),
        (
            "fr",
            "La ville rouvre le pont après deux ans",
            "Jeanne Martin",
            "LE COURRIER",
            "Par",
            "travaux circulation chantier",
        ),
        (
            "es",
            "El puerto amplía su muelle norte",
            "Ana García",
            "EL DIARIO",
            "Por",
            "muelle contenedores barcos",
        ),
    ],
)
def test_page_rules_in_every_language(
    lang: str, title: str, author: str, logo: str, by: str, words: str
) -> None:
    article = parse_html(_page(lang, title, author, logo, by, words), rules=lang)
    check_invariants(article)
    assert article.headline is not None
    assert (article.headline.text, article.headline.rule) == (title, "headline.page")
    assert article.byline is not None
    assert article.byline.rule == "byline.page"
    assert [a.text for a in article.byline.authors] == [author]
    assert len(article.paragraphs) == 3
