"""Web pages: page rules in every language, pages without an article, bytes that are no page."""

from __future__ import annotations

import codecs
import json
from pathlib import Path

import pytest

from newsdoc import NoArticle, NotAPage, parse, parse_html
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


_HIDDEN = (
    "<html><body><nav><a href='/'>Home</a></nav><div id='app' style='display: none'>"
    "<h1>Bridge reopens after repairs</h1><p>The bridge reopened on Monday after a year "
    "of repairs, the county said in a statement.</p><p>Traffic resumed at noon.</p></div>"
    "</body></html>"
)


def test_an_article_the_page_hides_is_read_and_the_article_says_so() -> None:
    article = parse_html(_HIDDEN)
    check_invariants(article)
    assert [p.text for p in article.paragraphs] == [
        "The bridge reopened on Monday after a year of repairs, the county said in a statement.",
        "Traffic resumed at noon.",
    ]
    assert article.headline is not None and article.headline.text.startswith("Bridge")
    assert [b.text for b in article.boilerplate] == ["Home"]
    assert "hides" in article.warnings[0]


def test_hidden_menus_stay_out_of_a_visible_article() -> None:
    page = _HIDDEN.replace("display: none", "color: red").replace(
        "<nav>", "<nav hidden><p>Secret menu line one.</p>"
    )
    article = parse_html(page)
    assert "Secret" not in article.text
    assert not article.warnings


@pytest.mark.parametrize(
    "page",
    [
        "<html><body><nav><a href='/'>Home</a> <a href='/n'>News</a></nav></body></html>",
        "<html><h1>Our site</h1><div class='cookie'>We use cookies.</div></html>",
        "<html><head><title>Empty</title></head><body></body></html>",
    ],
)
def test_a_page_without_a_paragraph_of_text_is_no_article(page: str) -> None:
    with pytest.raises(NoArticle, match="no article on the page") as raised:
        parse_html(page)
    assert isinstance(raised.value, ValueError)


@pytest.mark.parametrize(
    ("data", "what"),
    [
        (b"\x89PNG\r\n\x1a\n" + bytes(100), "PNG"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF"),
        (b"\x1f\x8b\x08\x00" + bytes(20), "decompress"),
        (b"<html>" + bytes(range(1, 9)) * 40 + b"</html>", "control bytes"),
        (b"<p>Text.</p>\x00\x01", "NUL byte"),
    ],
)
def test_bytes_that_are_not_a_page_are_refused(data: bytes, what: str) -> None:
    with pytest.raises(NotAPage, match=what):
        parse_html(data)


def test_wide_text_is_still_a_page() -> None:
    page = "<p>The bridge reopened on Monday after a year of repairs.</p>"
    article = parse_html(codecs.BOM_UTF16_LE + page.encode("utf-16-le"))
    assert [p.text for p in article.paragraphs] == [
        "The bridge reopened on Monday after a year of repairs."
    ]


def test_a_page_without_an_article_is_one_failed_item(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from newsdoc.cli import main

    (tmp_path / "a.html").write_text(_HIDDEN.replace("<h1>", "<h1 hidden>"), encoding="utf-8")
    (tmp_path / "b.html").write_text("<html><nav><a href='/'>Home</a></nav></html>")
    (tmp_path / "c.html").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(50))
    assert main(["parse", str(tmp_path), "--format", "jsonl"]) == 1
    out, err = capsys.readouterr()
    rows = [json.loads(line) for line in out.splitlines()]
    assert [r.get("error", {}).get("type") for r in rows] == [None, "NoArticle", "NotAPage"]
    assert "2 of 3 items failed" in err


def test_a_title_above_a_long_menu_is_found_by_its_echo() -> None:
    title = "Harbour council approves the new ferry terminal"
    menu = [f"Section {w}" for w in "abcdefghijklmnopqrstuvwxyzABCD"]
    lede = [
        "The harbour council approved the new ferry terminal on Tuesday after a long debate.",
        "The ferry terminal will open in two years, the council said, and cost less than feared.",
        "Residents who opposed the terminal said they would keep watching the council closely.",
    ]
    text = "\n\n".join([title, *menu, "Weather 12C", *lede, "More from the harbour", title])
    article = parse(text)
    assert article.headline is not None
    assert (article.headline.text, article.headline.span.start) == (title, 0)


def test_a_teaser_list_above_the_headline_is_not_the_article() -> None:
    teasers = "".join(
        f"<li><a href='/t{i}'>Teaser number {i} about another story</a> CITY: A long teaser "
        f"text that repeats the opening of another story on the site, number {i}.</li>"
        for i in range(8)
    )
    body = "".join(
        f"<p>The harbour council approved the ferry terminal, paragraph {i}, and the vote was "
        f"close after a debate that ran late into the night on Tuesday.</p>"
        for i in range(6)
    )
    page = (
        "<html><head><meta property='og:title' content='Council approves the ferry terminal'>"
        f"</head><body><div class='ticker'><ul>{teasers}</ul></div><div class='post'>"
        f"<h2>Council approves the ferry terminal</h2>{body}</div></body></html>"
    )
    article = parse_html(page)
    assert article.headline is not None and article.headline.rule == "headline.page"
    assert all(p.text.startswith("The harbour council") for p in article.paragraphs)
    assert len(article.paragraphs) == 6


def test_a_teaser_repeated_down_the_page_is_not_article_text() -> None:
    card = (
        "<div class='c'><p>Weather threatens the holiday travel plans of many families.</p></div>"
    )
    body = "".join(
        f"<p>The harbour council approved the ferry terminal, paragraph {i}, and the vote was "
        f"close after a debate that ran late into the night on Tuesday.</p>{card}"
        for i in range(4)
    )
    page = (
        "<html><body><h1>Council approves the ferry terminal</h1>"
        f"<div class='story'>{body}</div><div class='more'>{card}{card}</div></body></html>"
    )
    article = parse_html(page)
    assert len(article.paragraphs) == 4
    assert all(p.text.startswith("The harbour council") for p in article.paragraphs)
