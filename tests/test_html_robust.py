"""``parse_html`` never raises but its documented errors (``NoArticle``, ``NotAPage``):
hostile charsets, URLs, JSON-LD, nesting and attribute counts."""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsdoc import Article, parse_html
from newsdoc.errors import NoArticle, NotAPage
from newsdoc.html.decode import decode_page
from newsdoc.html.guard import MAX_ATTRIBUTES, trim_attributes
from newsdoc.testing import check_invariants

pytest.importorskip("lxml")

SENTENCE = "<p>The bridge reopened on Monday, officials said.</p>"


def _parses(page: str | bytes, url: str | None = None) -> Article:
    article = parse_html(page, url=url)
    check_invariants(article)
    assert Article.from_dict(article.to_dict()) == article
    return article


# -- the six kinds of page that raised (issue 30) ------------------------------------


@pytest.mark.parametrize("charset", ["hex", "rot13", "base64", "zlib", "undefined", "idna"])
def test_a_charset_that_is_no_text_encoding_falls_back_and_says_so(charset: str) -> None:
    article = _parses(f"<meta charset='{charset}'>{SENTENCE}".encode())
    assert article.meta is not None and article.meta.encoding == "utf-8"
    assert article.paragraphs[0].text.startswith("The bridge reopened")
    assert any(repr(charset) in w and "read as utf-8" in w for w in article.warnings)


def test_a_declared_charset_the_bytes_break_falls_back_and_says_so() -> None:
    data = b'<meta charset="shift_jis"><p>Caf\xe9 \x82\xff opened.</p>'
    text, used, warning = decode_page(data)
    assert used == "windows-1252" and "Café" in text
    assert warning is not None and "'shift_jis'" in warning
    assert warning in _parses(data).warnings


def test_a_charset_that_is_used_gives_no_warning() -> None:
    article = _parses(b'<meta charset="windows-1252"><p>Caf\xe9 opened.</p>')
    assert article.meta is not None and article.meta.encoding == "windows-1252"
    assert article.warnings == ()


def test_a_canonical_url_that_is_no_url_is_skipped_and_noted() -> None:
    page = '<link rel="canonical" href="http://[x">' + SENTENCE
    article = _parses(page, url="https://example.org/news/bridge")
    assert article.meta is not None and article.meta.url == "https://example.org/news/bridge"
    assert any("'http://[x'" in w for w in article.warnings)


def test_a_given_url_that_is_no_url_is_not_used_and_noted() -> None:
    article = _parses(SENTENCE, url="http://[::1")
    assert article.meta is not None and article.meta.url is None
    assert any("'http://[::1'" in w for w in article.warnings)
    page = '<link rel="canonical" href="https://example.org/a">' + SENTENCE
    article = _parses(page, url="http://[::1")
    assert article.meta is not None and article.meta.url == "https://example.org/a"


@pytest.mark.parametrize("value", ["5", "true", "null", '{"a": 1}', "[1, [2]]"])
def test_a_json_ld_type_that_is_no_name_is_passed_over(value: str) -> None:
    page = f'<script type="application/ld+json">{{"@type": {value}}}</script>{SENTENCE}'
    article = _parses(page)
    assert article.paragraphs[0].text.startswith("The bridge reopened")


@pytest.mark.parametrize("depth", [995, 1500, 1990])
@pytest.mark.parametrize("tag", ["div", "q", "span"])
def test_deep_nesting_parses(tag: str, depth: int) -> None:
    article = _parses(f"<{tag}>" * depth + "The bridge reopened.")
    assert "The bridge reopened." in article.text


def test_deep_block_paths_are_right() -> None:
    article = _parses("<div>" * 1200 + "Deep text here.")
    path = article.paragraphs[0].path
    assert path is not None
    assert path.startswith("/html/body/div/div/") and path.count("/div") == 1200


def test_json_ld_nested_past_the_parser_is_skipped_and_noted() -> None:
    page = '<script type="application/ld+json">' + "[" * 100_000 + "</script>" + SENTENCE
    article = _parses(page)
    assert article.paragraphs[0].text.startswith("The bridge reopened")
    assert any("JSON-LD" in w for w in article.warnings)


def test_deeply_nested_json_ld_authors_are_read() -> None:
    author = '{"name": "Ana Ruiz"}'
    for _ in range(300):
        author = f"[{author}]"
    ld = f'{{"@type": "NewsArticle", "headline": "Bridge", "author": {author}}}'
    page = f'<script type="application/ld+json">{ld}</script>{SENTENCE}'
    article = _parses(page)
    assert article.meta is not None and article.meta.authors == ("Ana Ruiz",)


# -- attributes lxml reads in quadratic time ------------------------------------------


def test_absurd_attribute_counts_are_trimmed_and_noted() -> None:
    n = 20_000
    page = "<p " + " ".join(f"a{i}=x" for i in range(n)) + ">The bridge reopened.</p>"
    article = _parses(page)
    assert article.paragraphs[0].text == "The bridge reopened."
    assert any(str(MAX_ATTRIBUTES) in w for w in article.warnings)


def test_trimming_reads_tags_as_the_tokenizer_does() -> None:
    # quoted values hold > and <, attributes need no space between them
    attributes = "".join(f"a{i}=\">\"b{i}='<'" for i in range(MAX_ATTRIBUTES))
    page = f"<p {attributes}>Text</p><p class=x>More</p>"
    trimmed, cut = trim_attributes(page)
    assert cut == 1
    assert trimmed.endswith(">Text</p><p class=x>More</p>")
    assert trimmed.split(">Text")[0].count("=") == MAX_ATTRIBUTES
    ordinary = "<p class='a' id=b data-x=\"1\">" * 1000
    assert trim_attributes(ordinary) == (ordinary, 0)


# -- any bytes: charsets, links and JSON-LD mixed into page pieces --------------------

_KEYS = ["@type", "@graph", "headline", "author", "name", "url", "datePublished", "publisher"]
_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=8),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.sampled_from(_KEYS), inner, max_size=3)
    ),
    max_leaves=8,
)
_TYPES = st.sampled_from(["NewsArticle", "Article", "WebPage", "Person"])
_URLS = st.sampled_from(
    ["http://[x", "http://[::1", "//[", "https://example.org/a", "/rel", "", "javascript:x"]
)
_CHARSETS = st.sampled_from(
    ["utf-8", "hex", "rot13", "undefined", "utf-16", "shift_jis", "x-none", "latin-1", "koi8-r"]
)


def _ld(value: object, typed: str) -> str:
    if isinstance(value, dict):
        value = {"@type": typed, **value}
    return f'<script type="application/ld+json">{json.dumps(value)}</script>'


_PIECES = st.one_of(
    _CHARSETS.map(lambda c: f"<meta charset='{c}'>"),
    _URLS.map(lambda u: f"<link rel='canonical' href='{u}'>"),
    _URLS.map(lambda u: f"<meta property='og:url' content='{u}'>"),
    st.builds(_ld, _JSON, _TYPES),
    st.sampled_from(
        [
            '<script type="application/ld+json">[[[{"@type":',
            "<p>",
            "</p>",
            "<div>" * 50,
            "<h1>Bridge</h1>",
            "“Yes,” she said.",
            "''No,'' he said.",
            "<time datetime='2020-13-45T99:99'>",
        ]
    ),
    st.text(max_size=10),
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(_PIECES, max_size=25).map("".join),
    st.sampled_from(["utf-8", "cp1252", "utf-16"]),
    st.one_of(st.none(), _URLS),
    st.binary(max_size=8),
)
def test_parse_html_never_raises_on_page_bytes(
    page: str, codec: str, url: str | None, noise: bytes
) -> None:
    data = page.encode(codec, errors="replace") + noise
    for given_page in (data, page):
        try:
            _parses(given_page, url=url)
        except NoArticle as exc:  # a page with no article says so, with what it read
            if exc.article is not None:
                check_invariants(exc.article)
        except NotAPage:
            assert isinstance(given_page, bytes)  # only bytes can be no page at all
