"""The HTML view: escaped, well nested whatever the spans, and showing every block's text."""

from __future__ import annotations

from html.parser import HTMLParser

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsdoc
from newsdoc import (
    Article,
    Attribution,
    Boilerplate,
    Cue,
    Headline,
    Mention,
    Paragraph,
    Quote,
    Span,
    Speaker,
)
from newsdoc.render import NODES, render_html, render_page
from newsdoc.testing import check_invariants

VOID = {"meta", "br", "img", "hr", "link", "input"}


class _Reader(HTMLParser):
    """Checks nesting and collects each block's visible text (labels and styles left out)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, str]] = []
        self.blocks: list[str] = []
        self.labels: list[str] = []
        self.said: list[str] = []  # the labels of reported and mixed speech (also in labels)
        self.errors: list[str] = []

    def _inside(self, cls: str) -> bool:
        return any(cls in c.split() for _, c in self.stack)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in VOID:
            return
        cls = dict(attrs).get("class") or ""
        self.stack.append((tag, cls))
        if "nd-block" in cls.split():
            self.blocks.append("")
        if "nd-label" in cls.split():
            self.labels.append("")
            if "nd-said" in cls.split():
                self.said.append("")

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack[-1][0] != tag:
            self.errors.append(f"</{tag}> closes {self.stack[-1] if self.stack else 'nothing'}")
            return
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        if self._inside("nd-label"):
            self.labels[-1] += data
            if self._inside("nd-said"):
                self.said[-1] += data
        elif self._inside("nd-block"):
            self.blocks[-1] += data


def read(html: str) -> _Reader:
    r = _Reader()
    r.feed(html)
    r.close()
    assert not r.errors, r.errors
    assert not r.stack, f"unclosed: {r.stack}"
    return r


def test_escapes_all_text() -> None:
    text = '<b>Vote</b> & <script>x()</script>\n\n“A <i>b</i> & c,” said Ana "<Ruiz>".'
    article = newsdoc.parse(text)
    html = render_html(article)
    assert "<script>" not in html and "<b>" not in html and "<i>" not in html
    assert "&lt;script&gt;" in html
    assert read(html).blocks == [b.text for b in article.blocks]


def test_shows_every_block_and_labels_speakers(seed_text: str) -> None:
    article = newsdoc.parse(seed_text)
    r = read(render_html(article))
    assert r.blocks == [b.text for b in article.blocks]
    attributed = [q for q in article.quotes if q.attribution]
    kinds = {b.kind for b in article.boilerplate}
    speech = [a for a in article.attributions if a.kind in ("reported", "mixed")]
    labels = [x for x in r.labels if x not in kinds and not x.isdigit()]
    # one label per attributed quote and per reported or mixed speech, one per speaker in the legend
    assert len(labels) == len(attributed) + len(speech) + len(article.speakers)
    assert sorted(set(labels)) == sorted(s.name for s in article.speakers)
    assert sorted(r.said) == sorted(a.speaker.name or a.speaker.text for a in speech)


def test_same_speaker_same_colour() -> None:
    html = render_html(
        newsdoc.parse("Talks\n\n“A,” said Ana Ruiz.\n\n“B,” said Tom Beck.\n\n“C,” Ana Ruiz said.")
    )
    assert html.count('class="nd-label nd-c0">Ana Ruiz<') == 3  # two quotes + legend
    assert html.count('class="nd-label nd-c1">Tom Beck<') == 2


def _crossing() -> Article:
    """Hand-made spans that cross: a quote over two paragraphs, a cue inside it, a mention across its end."""
    text = "Head\n\nHe said “one two\n\nthree four” and more.\n\nShare this"
    p1, p2 = Span(6, 22), Span(24, 45)
    quote = Span(14, 35)
    cue = Span(17, 20)  # "two" inside the quote
    mention = Span(30, 39)  # "four” and" crosses the quote's end
    a = Attribution(
        Mention(mention, mention.of(text), "X"), Cue(cue, cue.of(text)), "r.x", (quote,)
    )
    q = Quote(quote, quote.of(text), Span(15, 34), "sentence", a)
    blocks = (
        Headline(Span(0, 4), "Head"),
        Paragraph(p1, p1.of(text)),
        Paragraph(p2, p2.of(text)),
        Boilerplate(Span(47, 57), "Share this", "share", "boilerplate.share"),
    )
    return Article(text, blocks, (q,), (Speaker("X", (a.speaker,), (q,)),))


def test_crossing_spans_nest_and_keep_text() -> None:
    article = _crossing()
    check_invariants(article)
    html = render_html(article)
    r = read(html)
    assert r.blocks == [b.text for b in article.blocks]
    assert r.labels.count("X") == 2  # the quote's start and the legend, not each piece
    assert html.count('class="nd-quote') == 2  # reopened in the next paragraph
    assert html.count('class="nd-speaker') == 2  # reopened where the quote closes inside it
    assert html.count('class="nd-cue') == 1  # nested inside the quote


SPEECH = (
    "Title\n\nMayor Ines Walker said the harbour would reopen in May.\n\n"
    "Walker said Reese called the plan “a disaster” last week."
)


def test_reported_speech_is_marked_in_its_speakers_colour() -> None:
    article = newsdoc.parse(SPEECH)
    html = render_html(article)
    r = read(html)
    assert r.blocks == [b.text for b in article.blocks]
    title = "reported speech: Ines Walker (said) [attribution.clause]"
    assert (
        f'<span class="nd-speech nd-c0" title="{title}">'
        '<span class="nd-label nd-said nd-c0">Ines Walker</span>'
        "the harbour would reopen in May</span>."
    ) in html
    assert "Ines Walker" in r.said
    # the speaker and the cue of reported speech are marked as a quote's are
    assert '<span class="nd-speaker nd-c0" title="speaker: Ines Walker' in html
    assert html.count('class="nd-cue"') >= 2
    speech = [a for a in article.attributions if a.kind in ("reported", "mixed")]
    body = html[html.index('class="nd-block') :]  # the legend's key is a nd-speech too
    assert body.count('<span class="nd-speech ') == sum(len(a.content) for a in speech)
    assert "2 paragraphs, 1 quotes, " in html


def _mixed() -> Article:
    """Hand-made speech: mixed content holding a quote, reported speech inside it, and
    reported speech whose two pieces cross a paragraph break and a speaker with markup."""
    text = (
        "Head\n\nAna said Bo called the plan “a mess” today.\n\n"
        "It will fail, <Cy> & co said, and soon\n\nmore."
    )

    def at(words: str, nth: int = 0) -> Span:
        start = -1
        for _ in range(nth + 1):
            start = text.index(words, start + 1)
        return Span(start, start + len(words))

    def mention(words: str, name: str | None) -> Mention:
        return Mention(at(words), words, name)

    quote = at("“a mess”")
    ana = Attribution(
        mention("Ana", "Ana Ruiz"),
        Cue(at("said"), "said"),
        "r.clause",
        (quote,),
        (at("Bo called the plan “a mess” today"),),
        "mixed",
    )
    bo = Attribution(
        mention("Bo", "Bo Li"),
        Cue(at("called"), "called"),
        "r.object",
        (),
        (at("the plan “a mess” today"),),
        "reported",
    )
    cy = Attribution(
        mention("<Cy> & co", None),
        Cue(at("said", 1), "said"),
        "r.split",
        (),
        (at("It will fail"), Span(at("and soon").start, at("more").end)),
        "reported",
    )
    q = Quote(quote, quote.of(text), Span(quote.start + 1, quote.end - 1), "partial", ana)
    p1, p2, p3 = (
        at("Ana said Bo called the plan “a mess” today."),
        at("It will fail, <Cy> & co said, and soon"),
        at("more."),
    )
    blocks = (
        Headline(Span(0, 4), "Head"),
        Paragraph(p1, p1.of(text)),
        Paragraph(p2, p2.of(text)),
        Paragraph(p3, p3.of(text)),
    )
    speakers = (
        Speaker("Ana Ruiz", (ana.speaker,), (q,), (ana,)),
        Speaker("Bo Li", (bo.speaker,), (), (bo,)),
    )
    return Article(text, blocks, (q,), speakers, attributions=(ana, bo, cy))


def test_mixed_and_reported_speech_nest_with_the_quotes_inside() -> None:
    article = _mixed()
    check_invariants(article)
    html = render_html(article)
    r = read(html)  # well nested
    assert r.blocks == [b.text for b in article.blocks]
    assert r.said == ["Ana Ruiz", "Bo Li", "<Cy> & co"]  # each speech labelled once, in order
    body = html[html.index('<p class="nd-block') :]
    # the mixed content opens first, Bo's reported speech inside it, the quote inside both
    mixed = body.index('class="nd-speech nd-c0" title="mixed speech: Ana Ruiz (said) [r.clause]"')
    reported = body.index(
        'class="nd-speech nd-c1" title="reported speech: Bo Li (called) [r.object]"'
    )
    quote = body.index('class="nd-quote nd-c0"')
    assert mixed < reported < quote
    assert 'class="nd-label nd-c0">Ana Ruiz</span>“a mess”</span> today</span></span>.' in body
    # an unresolved speaker has no colour; its name is escaped in the label and the title
    assert "<Cy>" not in html
    assert 'title="reported speech: &lt;Cy&gt; &amp; co (said) [r.split]"' in html
    assert '<span class="nd-label nd-said nd-none">&lt;Cy&gt; &amp; co</span>' in html
    # Cy's second piece runs over the paragraph break: cut there, reopened, not labelled again
    assert body.count("reported speech: &lt;Cy&gt;") == 3
    assert "2 reported, 1 mixed</span>" in html
    assert ">Ana Ruiz</span>1 + 1 mixed<" in html and ">Bo Li</span>0 + 1 reported<" in html


def test_speech_can_be_left_out_and_coloured() -> None:
    article = _mixed()
    plain = render_html(article, show=set(NODES) - {"speech"})
    r = read(plain)
    assert r.blocks == [b.text for b in article.blocks] and r.said == []
    assert '<span class="nd-speech' not in plain[plain.index('class="nd-block') :]
    assert 'class="nd-quote nd-c0"' in plain  # quotes keep their marks
    assert '<mark class="nd-cue" title="cue [r.object]">' in plain  # and reported speech its cue
    html = render_html(article, colors={"Bo Li": "#fde047"})
    assert 'class="nd-speech nd-u0" title="reported speech: Bo Li' in html
    assert ".nd-speech.nd-u0{border-color:#fde047}" in html
    assert ".nd-label.nd-said.nd-u0{background:#fff;color:#1d1d1f;border-color:#fde047}" in html


def test_out_of_range_spans_do_not_raise() -> None:
    text = "Short"
    q = Quote(Span(2, 90), "ort", Span(3, 80))
    html = render_html(Article(text, (Paragraph(Span(0, 50), text),), (q,)))
    assert read(html).blocks == ["Short"]


def test_page_and_notebook_view(seed_text: str) -> None:
    article = newsdoc.parse(seed_text)
    assert article._repr_html_() == render_html(article)
    page = render_page(article)
    assert page.startswith("<!DOCTYPE html>")
    assert "<title>G20: first meeting Trump-Putin</title>" in page
    assert render_html(article) in page
    read(page)


def _runs() -> Article:
    """Hand-made blocks: two boilerplate runs (three blocks, then one) around a quote."""
    parts = [
        ("h", "Pier approved"),
        ("b", "Home"),
        ("b", "Sports"),
        ("b", "Share this"),
        ("p", "“Yes,” said Ana Ruiz."),
        ("b", "© 2026 Gazette"),
    ]
    text = "\n\n".join(t for _, t in parts)
    blocks: list[Headline | Paragraph | Boilerplate] = []
    pos = 0
    for kind, t in parts:
        span = Span(pos, pos + len(t))
        pos = span.end + 2
        if kind == "h":
            blocks.append(Headline(span, t))
        elif kind == "p":
            blocks.append(Paragraph(span, t))
        else:
            what = {"Share this": "share", "© 2026 Gazette": "copyright"}.get(t, "navigation")
            blocks.append(Boilerplate(span, t, what, f"boilerplate.{what}"))
    quote = Span(text.index("“"), text.index("”") + 1)
    ana = Span(text.index("Ana"), text.index("Ana") + 8)
    cue = Span(text.index("said"), text.index("said") + 4)
    a = Attribution(Mention(ana, ana.of(text), "Ana Ruiz"), Cue(cue, "said"), "r.x", (quote,))
    q = Quote(quote, quote.of(text), Span(quote.start + 1, quote.end - 1), "sentence", a)
    return Article(text, tuple(blocks), (q,), (Speaker("Ana Ruiz", (a.speaker,), (q,)),))


def test_collapse_makes_each_run_one_line_and_keeps_its_text() -> None:
    article = _runs()
    check_invariants(article)
    html = render_html(article, collapse_boilerplate=True)
    r = read(html)
    assert r.blocks == [b.text for b in article.blocks]  # collapsed, not lost
    assert html.count("<details") == 1  # the run of three; the lone block stays a block
    assert "<summary" in html and "3 boilerplate blocks: navigation 2, share 1</summary>" in html
    assert html.index("</details>") < html.index("“Yes,”") < html.index("© 2026")
    assert "<details" not in render_html(article)


def test_show_leaves_out_blocks_and_marks_and_counts_them() -> None:
    article = _runs()
    html = render_html(article, show=set(NODES) - {"boilerplate"})
    r = read(html)
    assert r.blocks == [b.text for b in article.blocks if not isinstance(b, Boilerplate)]
    assert "Not shown: 4 boilerplate." in html
    plain = render_html(article, show={"paragraph"})
    assert read(plain).blocks == ["“Yes,” said Ana Ruiz."]
    for mark in ("nd-quote", "nd-speaker", "nd-cue", "nd-legend", "nd-headline"):
        assert f'class="{mark}' not in plain
    only_cue = render_html(article, show={"paragraph", "cue"})
    assert 'class="nd-cue' in only_cue and 'class="nd-quote' not in only_cue


def test_show_rejects_unknown_kinds_and_a_bare_string() -> None:
    with pytest.raises(ValueError, match=r"unknown node kind\(s\) \['quotes'\].*'quote'"):
        render_html(_runs(), show={"quotes"})
    with pytest.raises(TypeError, match="collection of node kinds"):
        render_html(_runs(), show="quote")


def test_colors_override_the_palette_by_speaker_name() -> None:
    text = "Talks\n\n“A,” said Ana Ruiz.\n\n“B,” said Tom Beck.\n\n“C,” said Li Wei."
    article = newsdoc.parse(text)
    html = render_html(article, colors={"Tom Beck": "#F00", "Nobody": "#fde047"})
    assert html.count('class="nd-label nd-u0">Tom Beck<') == 2  # quote and legend
    # the others keep the palette in order, without a gap where Tom Beck was
    assert 'class="nd-label nd-c0">Ana Ruiz<' in html and 'class="nd-label nd-c1">Li Wei<' in html
    assert ".nd-label.nd-u0{background:#ff0000;color:#fff}" in html
    assert ".nd-quote.nd-u0{background:#ffcccc;border-color:#ff0000}" in html
    assert ".nd-label.nd-u1{background:#fde047;color:#1d1d1f}" in html  # dark ink on yellow


@pytest.mark.parametrize("bad", ["red", "#12345", "#ff0000;}body{display:none", "", 7])
def test_colors_reject_what_is_not_a_hex_colour(bad: object) -> None:
    with pytest.raises(ValueError, match="is not a colour like '#2563eb'"):
        render_html(_runs(), colors={"Ana Ruiz": bad})  # type: ignore[dict-item]


def test_several_articles_on_one_page(seed_text: str) -> None:
    one, two = newsdoc.parse(seed_text), _runs()
    html = render_html([one, two])
    r = read(html)
    assert r.blocks == [b.text for b in (*one.blocks, *two.blocks)]
    assert html.count("<style>") == 1 and html.count('<article class="nd-article">') == 2
    assert "Article 1 of 2: " in html and "Article 2 of 2: " in html
    assert "Article 1 of" not in render_html(one)
    page = render_page(iter([one, two]), collapse_boilerplate=True)
    assert "<title>newsdoc: 2 articles</title>" in page and "<details" in page
    read(page)


def test_render_rejects_what_is_not_an_article() -> None:
    with pytest.raises(ValueError, match="no articles"):
        render_html([])
    with pytest.raises(TypeError, match="takes Articles, not str"):
        render_html(["text"])  # type: ignore[list-item]


text_chars = st.sampled_from([*"ab C.,:;“”‘’\"'\n—<&>", "said ", "Ana Ruiz", "he"])


@settings(max_examples=150, deadline=None)
@given(
    st.lists(text_chars, max_size=60).map("".join), st.sets(st.sampled_from(NODES)), st.booleans()
)
def test_any_parse_renders_well_formed(text: str, show: set[str], collapse: bool) -> None:
    article = newsdoc.parse(text)
    assert read(render_html(article)).blocks == [b.text for b in article.blocks]
    kinds = {"Headline": "headline", "Byline": "byline", "Boilerplate": "boilerplate"}
    shown = [b.text for b in article.blocks if kinds.get(type(b).__name__, "paragraph") in show]
    html = render_html(article, show=show, collapse_boilerplate=collapse)
    assert read(html).blocks == shown


@pytest.fixture
def seed_text() -> str:
    from pathlib import Path

    path = Path(__file__).resolve().parent.parent / "examples" / "g20-trump-putin.txt"
    return path.read_text(encoding="utf-8")
