"""parse_html: golden pages (one per signal and metadata source), decoding, bad input, properties."""

from __future__ import annotations

import codecs
import contextlib
import gzip
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import newsdoc
from newsdoc import Article, NoArticle, NotAPage, parse_html
from newsdoc.html.decode import FALLBACK, decode_page
from newsdoc.html.meta import iso_date
from newsdoc.pipeline.classify import BlockView
from newsdoc.testing import check_invariants, summarize

SEPARATOR = "\n=== expected ===\n"
PAGES = sorted((Path(__file__).parent / "golden" / "html").glob("*.html"))


def _summary(article: Article) -> str:
    m = article.meta
    assert m is not None
    fields = (
        f"headline={m.headline}",
        f"authors={'; '.join(m.authors)}",
        f"published={m.published}",
        f"modified={m.modified}",
        f"url={m.url}",
        f"site={m.site}",
        f"language={m.language}",
        f"description={m.description}",
        f"encoding={m.encoding}",
    )
    return summarize(article) + "\n" + "\n".join(f"meta  {f}" for f in fields)


@pytest.mark.parametrize("path", PAGES, ids=[p.stem for p in PAGES])
def test_golden_page(path: Path, request: pytest.FixtureRequest) -> None:
    source = path.read_text(encoding="utf-8")
    page, expected = source.split(SEPARATOR, 1)
    article = parse_html(page.encode("utf-8"), url="https://news.example/page")
    check_invariants(article)
    got = _summary(article)
    if request.config.getoption("--update-goldens"):
        path.write_text(page + SEPARATOR + got + "\n", encoding="utf-8")
        return
    assert got.strip() == expected.strip()


def test_blocks_record_their_element() -> None:
    article = parse_html("<body><div id='a'><p>One.</p><p>Two <b>bold</b> words.</p></div></body>")
    assert [b.path for b in article.blocks] == ["/html/body/div/p[1]", "/html/body/div/p[2]"]
    assert article.text == "One.\n\nTwo bold words."


def test_the_json_form_keeps_meta_and_paths() -> None:
    article = parse_html(PAGES[0].read_bytes().split(SEPARATOR.encode(), 1)[0])
    data = article.to_dict()
    assert data["meta"]["language"] == "en"
    assert all("path" in b for b in data["blocks"])
    assert Article.from_dict(data) == article
    assert "meta" not in newsdoc.parse("Plain text.").to_dict()


def test_features_reach_block_rules() -> None:
    seen: list[tuple[str, float]] = []

    def spy(view: BlockView) -> bool:
        seen.append(("text", 0.0) if view.html is None else (view.html.tag, view.html.link_density))
        return False

    rules = newsdoc.rulesets.get("en").add(
        newsdoc.Rule("boilerplate.spy", "block", func=spy), before="byline.by"
    )
    parse_html("<ul><li><a href='/'>Home</a></li></ul><p>Text here.</p>", rules=rules)
    assert seen == [("li", 1.0), ("p", 0.0)]
    newsdoc.parse("Home", rules=rules)
    assert seen[-1] == ("text", 0.0)  # text input has no HTML features


# -- decoding ---------------------------------------------------------------

BODY = "<p>Café déjà vu — “quoted”</p>"


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (codecs.BOM_UTF8 + BODY.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF16_LE + BODY.encode("utf-16-le"), "utf-16-le"),
        (b'<meta charset="utf-8">' + BODY.encode("utf-8"), "utf-8"),
        (
            b'<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">'
            + BODY.encode("cp1252"),
            "windows-1252",
        ),
        (b'<?xml version="1.0" encoding="utf-8"?><html>' + BODY.encode("utf-8"), "utf-8"),
        (BODY.encode("utf-8"), "utf-8"),  # nothing declared: UTF-8
        (BODY.encode("cp1252"), FALLBACK),  # not UTF-8 either: the fallback
        # a wrong declaration: the bytes are valid UTF-8 with multi-byte characters
        (b'<meta charset="iso-8859-1">' + BODY.encode("utf-8"), "utf-8"),
        # an unknown charset name is ignored
        (b'<meta charset="x-made-up">' + BODY.encode("utf-8"), "utf-8"),
    ],
)
def test_decoding(data: bytes, encoding: str) -> None:
    text, used, _ = decode_page(data)
    assert used == encoding
    assert "Café déjà vu — “quoted”" in text
    article = parse_html(data)
    assert article.meta is not None and article.meta.encoding == encoding
    assert article.paragraphs[0].text == "Café déjà vu — “quoted”"


def test_a_declared_single_byte_charset_is_used() -> None:
    data = b'<meta charset="koi8-r">' + "<p>Привет, мир. Это проверка.</p>".encode("koi8-r")
    assert parse_html(data).paragraphs[0].text == "Привет, мир. Это проверка."


def test_the_fallback_never_fails() -> None:
    text, used, _ = decode_page(bytes(range(256)))
    assert used == FALLBACK and "\ufffd" in text  # the five bytes windows-1252 leaves undefined


@pytest.mark.parametrize(
    ("value", "iso"),
    [
        ("2019-11-19T08:30:00Z", "2019-11-19T08:30:00+00:00"),
        ("2019-11-19T08:30:00.000-0500", "2019-11-19T08:30:00-05:00"),
        ("2019-11-19", "2019-11-19"),
        ("20080314", "2008-03-14"),
        ("Tue, 19 Nov 2019 08:30:00 GMT", "2019-11-19T08:30:00+00:00"),
        ("2019-13-45", None),
        ("yesterday", None),
    ],
)
def test_iso_dates(value: str, iso: str | None) -> None:
    assert iso_date(value) == iso


# -- bad input ----------------------------------------------------------------


@pytest.mark.parametrize(
    "page", ["", "   ", "<!-- only a comment -->", b"", b"<html><head></head></html>"]
)
def test_a_page_without_text_is_no_article(page: str | bytes) -> None:
    with pytest.raises(NoArticle, match="no article on the page"):
        parse_html(page)


def test_binary_data_is_not_a_page() -> None:
    data = bytes((i * 7919 + 13) % 256 for i in range(20000))
    with pytest.raises(NotAPage, match="binary data"):
        parse_html(data)


def test_malformed_markup() -> None:
    page = "<p>Open <b>bold <i>both</p><p>Second</b> para<div><td>cell</table></li>tail"
    with pytest.raises(NoArticle) as raised:  # no sentence: no article, but what was read
        parse_html(page)
    article = raised.value.article
    assert article is not None
    check_invariants(article)
    for word in ("Open", "bold", "both", "Second", "para", "cell", "tail"):
        assert word in article.text


def test_deep_nesting_keeps_all_the_text() -> None:
    page = "<div>x " * 10_000 + "end" + "</div>" * 10_000 + "<p>It all ends after this.</p>"
    article = parse_html(page)
    check_invariants(article)
    assert article.text.count("x") == 10_000
    assert "after" in article.text
    assert article.warnings and "deeper" in article.warnings[0]


def test_a_large_page() -> None:
    para = "<p>The council met again on Tuesday and voted on the plan, said Jane Doe.</p>\n"
    page = "<html><body><nav><a href='/'>Home</a></nav>" + para * 20_000 + "</body></html>"
    article = parse_html(page)
    assert len(article.paragraphs) == 20_000


def test_gzip_page_from_the_cli(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from newsdoc.cli import main

    page = (PAGES[0].parent / "links_dense.html").read_text(encoding="utf-8")
    page = page.split(SEPARATOR, 1)[0]
    path = tmp_path / "page.html.gz"
    path.write_bytes(gzip.compress(page.encode("utf-8")))
    assert main(["parse", str(path), "--url", "https://news.example/a"]) == 0
    assert "HEADLINE  Harbour plan approved" in capsys.readouterr().out
    plain = tmp_path / "page.txt"
    plain.write_text(page, encoding="utf-8")
    assert main(["parse", str(plain), "--input", "html", "--json"]) == 0
    assert '"meta"' in capsys.readouterr().out


def test_without_lxml_the_error_says_what_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "lxml.etree", None)
    with pytest.raises(ImportError, match=r"pip install 'newsdoc\[html\]'"):
        parse_html("<p>x</p>")


def test_bad_arguments() -> None:
    with pytest.raises(TypeError):
        parse_html(12)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"not a path .*read_bytes"):
        parse_html(Path("page.html"))  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        parse_html("<p>x</p>", timeout=0)


# -- properties -----------------------------------------------------------------

PIECES = st.sampled_from(
    [
        "<p>",
        "</p>",
        "<div class='share'>",
        "</div>",
        "<a href='/x'>",
        "</a>",
        "<li>",
        "<ul>",
        "<br>",
        "<h1>",
        "</h1>",
        "<script>",
        "</script>",
        "<!--",
        "-->",
        "<nav>",
        "<article>",
        "&amp;",
        "&#0;",
        "“",
        "”",
        " said Jane Doe. ",
        "\n",
        "\x00",
        "\ud800",
        "<meta charset='utf-16'>",
        "<title>T</title>",
    ]
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(PIECES, st.text(max_size=12)), max_size=40).map("".join))
def test_parse_html_gives_an_article_or_says_why_not(page: str) -> None:
    try:
        article = parse_html(page)
    except NoArticle as exc:
        if exc.article is None:
            return
        article = exc.article
    check_invariants(article)
    for node in article.iter_nodes():
        assert article.text[node.span.start : node.span.end] == node.text


@settings(max_examples=50, deadline=None)
@given(st.binary(max_size=300))
def test_parse_html_takes_any_bytes(data: bytes) -> None:
    with contextlib.suppress(NoArticle, NotAPage):
        check_invariants(parse_html(data))


def _page(name: str) -> str:
    return (Path(__file__).parent / "golden" / "html" / name).read_text().split(SEPARATOR)[0]


def test_the_run_under_the_headline_wins_over_a_longer_one_elsewhere() -> None:
    article = parse_html(_page("run_under_headline.html"))
    assert [p.rule for p in article.paragraphs] == ["structure.main_run.headline"] * 2
    assert article.paragraphs[0].text.startswith("The island ferry")


def test_the_standfirst_is_a_paragraph() -> None:
    article = parse_html(_page("standfirst.html"))
    first = article.paragraphs[0]
    assert first.text.startswith("The central library")
    assert first.rule == "structure.main_run.standfirst"
    assert [p.rule for p in article.paragraphs[1:]] == ["structure.main_run"] * 3


def test_a_navigation_label_naming_the_author_is_no_byline() -> None:
    page = (
        "<html><head><meta name='author' content='Coast News'></head><body>"
        "<nav><p>Coast News Navigation</p><p>Home</p><p>Sport</p></nav>"
        "<h1>Harbour wall repaired</h1>"
        "<p>Builders finished repairing the harbour wall on Friday after a month of work.</p>"
        "<p>The wall had been damaged by the storms of the winter, the council said.</p>"
        "<footer><p>© 2024 Coast News</p></footer></body></html>"
    )
    article = parse_html(page)
    assert article.byline is None
    assert [p.text[:8] for p in article.paragraphs] == ["Builders", "The wall"]
