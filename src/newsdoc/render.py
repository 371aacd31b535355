"""An HTML view of a parse, to see at a glance what newsdoc made of an article.

Quotes are highlighted in their speaker's colour and labelled with the
speaker's name; what reported and mixed speech says (no quotation marks, or
a quoted fragment inside the writer's clause) is underlined, dashed, in its
speaker's colour under an outlined label, its kind and cue in the tooltip.
Cues are boxed, speaker mentions underlined, the dateline marked, and
boilerplate greyed with its kind and rule. :func:`render_html`
returns a fragment with its own scoped styles (what ``Article._repr_html_``
shows in a notebook); :func:`render_page` wraps it as a standalone page (what
``newsdoc parse --html`` writes).

Both take one article or several (one page, each article under its own
legend) and the same options, in the manner of spaCy's displaCy:

``colors``
    speaker name to colour (``#rgb`` or ``#rrggbb``); other speakers take
    the built-in palette in order of appearance.
``show``
    the kinds of node to draw (a subset of :data:`NODES`): blocks left out
    are counted in the legend, marks left out leave their text plain.
``collapse_boilerplate``
    each run of two or more boilerplate blocks becomes one line naming their
    kinds, which opens (a ``<details>`` element) to show them.

All text is escaped. Inline marks may overlap in any way (a quote running over
two paragraphs, a cue inside a quote, a quote inside mixed speech, reported
speech inside reported speech): each block's text is cut at every mark
boundary and tags are closed and reopened there, so the HTML always nests.

>>> import newsdoc
>>> html = render_html(newsdoc.parse("Vote <now>\\n\\n“Yes,” said Ana Ruiz."))
>>> "Vote &lt;now&gt;" in html and 'class="nd-label nd-c0">Ana Ruiz<' in html
True
>>> html = render_html(newsdoc.parse("“Yes,” said Ana Ruiz."), colors={"Ana Ruiz": "#f97316"})
>>> 'class="nd-label nd-u0">Ana Ruiz<' in html and "background:#f97316" in html
True
>>> html = render_html(newsdoc.parse("Talks\\n\\nAna Ruiz said the pier would open."))
>>> '<span class="nd-speech nd-c0" title="reported speech: Ana Ruiz (said)' in html
True
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection, Iterable, Mapping, Sequence
from html import escape
from itertools import pairwise

import attrs

from newsdoc.errors import did_you_mean
from newsdoc.explain import Explanation, SentenceReport, Trial
from newsdoc.model import (
    Article,
    Attribution,
    AttributionKind,
    Block,
    Boilerplate,
    Byline,
    Headline,
    Paragraph,
    Quote,
    Span,
)

__all__ = ["NODES", "PALETTE_SIZE", "render_explanation", "render_html", "render_page"]

PALETTE_SIZE = 8
"""Speakers get colour classes ``nd-c0`` … ``nd-c7`` in order of appearance (then repeat)."""

NODES = (
    "legend",
    "headline",
    "byline",
    "paragraph",
    "boilerplate",
    "dateline",
    "quote",
    "speech",
    "speaker",
    "cue",
)
"""The kinds of node ``show=`` chooses from: the legend, four kinds of block, five kinds of mark.

``quote`` is the highlight with its speaker's label, ``speech`` the dashed
underline of what reported and mixed speech says with its speaker's outlined
label, ``speaker`` the underlined mention of the speaker, ``cue`` the boxed verb
or phrase.
"""

_BLOCK_NODES = {
    Headline: "headline",
    Byline: "byline",
    Paragraph: "paragraph",
    Boilerplate: "boilerplate",
}
_HEX = re.compile(r"#(?:[0-9a-fA-F]{3}){1,2}")
_STYLE = """
.newsdoc{font:16px/1.55 Georgia,'Times New Roman',serif;color:#1d1d1f;max-width:52em}
.newsdoc .nd-block{white-space:pre-wrap;margin:0 0 .8em}
.newsdoc .nd-headline{font:700 1.7em/1.2 system-ui,sans-serif;margin:.2em 0 .5em}
.newsdoc .nd-byline{font:italic .95em system-ui,sans-serif;color:#555}
.newsdoc .nd-boilerplate{color:#8a8a8a;background:#f3f3f3;border-left:4px solid #c8c8c8;
padding:.2em .6em;font-size:.9em}
.newsdoc .nd-label{font:600 11px/1 system-ui,sans-serif;border-radius:3px;padding:2px 5px;
margin-right:4px;vertical-align:1px;white-space:nowrap;color:#fff;background:#777;
user-select:none;display:inline-block}
.newsdoc .nd-boilerplate>.nd-label{background:#9a9a9a}
.newsdoc .nd-quote{border-bottom:2px solid;padding:1px 0}
.newsdoc .nd-quote.nd-none{background:#ececec;border-bottom:2px dashed #999}
.newsdoc .nd-quote.nd-term{background:none;border-bottom:2px dotted #999}
.newsdoc .nd-speech{border-bottom:2px dashed #999;padding-bottom:3px}
.newsdoc .nd-label.nd-said{background:#fff;color:#555;border:1px solid #999;padding:1px 4px}
.newsdoc .nd-legend .nd-speech{padding-bottom:1px}
.newsdoc .nd-speaker{font-weight:700;border-bottom:3px double}
.newsdoc .nd-cue{background:#fff3b0;outline:1px solid #e0b400;border-radius:2px;
color:inherit;padding:0 1px}
.newsdoc .nd-dateline{font-variant:small-caps;font-weight:700;color:#3a3a7a}
.newsdoc .nd-legend{font:13px/1.8 system-ui,sans-serif;color:#444;margin:0 0 1.2em;
padding:.5em .7em;border:1px solid #ddd;border-radius:4px}
.newsdoc .nd-legend .nd-label{margin-left:6px}
.newsdoc .nd-warning{color:#a00}
.newsdoc .nd-article+.nd-article{border-top:3px solid #ddd;margin-top:2em;padding-top:1.5em}
.newsdoc .nd-run{margin:0 0 .8em}
.newsdoc .nd-run>summary{cursor:pointer;margin:0;font-style:italic}
.newsdoc .nd-run[open]>summary{margin-bottom:.8em}
.newsdoc .nd-quote.nd-c0{background:#dbeafe;border-color:#2563eb}
.newsdoc .nd-quote.nd-c1{background:#fde2e1;border-color:#dc2626}
.newsdoc .nd-quote.nd-c2{background:#dcfce7;border-color:#16a34a}
.newsdoc .nd-quote.nd-c3{background:#f3e8ff;border-color:#9333ea}
.newsdoc .nd-quote.nd-c4{background:#ffedd5;border-color:#ea580c}
.newsdoc .nd-quote.nd-c5{background:#ccfbf1;border-color:#0d9488}
.newsdoc .nd-quote.nd-c6{background:#fce7f3;border-color:#db2777}
.newsdoc .nd-quote.nd-c7{background:#e0e7ff;border-color:#4f46e5}
.newsdoc .nd-label.nd-c0{background:#2563eb}.newsdoc .nd-speaker.nd-c0{border-color:#2563eb}
.newsdoc .nd-label.nd-c1{background:#dc2626}.newsdoc .nd-speaker.nd-c1{border-color:#dc2626}
.newsdoc .nd-label.nd-c2{background:#16a34a}.newsdoc .nd-speaker.nd-c2{border-color:#16a34a}
.newsdoc .nd-label.nd-c3{background:#9333ea}.newsdoc .nd-speaker.nd-c3{border-color:#9333ea}
.newsdoc .nd-label.nd-c4{background:#ea580c}.newsdoc .nd-speaker.nd-c4{border-color:#ea580c}
.newsdoc .nd-label.nd-c5{background:#0d9488}.newsdoc .nd-speaker.nd-c5{border-color:#0d9488}
.newsdoc .nd-label.nd-c6{background:#db2777}.newsdoc .nd-speaker.nd-c6{border-color:#db2777}
.newsdoc .nd-label.nd-c7{background:#4f46e5}.newsdoc .nd-speaker.nd-c7{border-color:#4f46e5}
"""
_PALETTE = ("#2563eb", "#dc2626", "#16a34a", "#9333ea", "#ea580c", "#0d9488", "#db2777", "#4f46e5")
_STYLE += "".join(
    f".newsdoc .nd-speech.nd-c{i}{{border-color:{c}}}"
    f".newsdoc .nd-label.nd-said.nd-c{i}{{background:#fff;color:{c};border-color:{c}}}\n"
    for i, c in enumerate(_PALETTE)
)

# Nesting layers: a lower layer is opened outside a higher one when both cover a character
# (so a quote nests inside the mixed speech that holds it).
_DATELINE, _SPEECH, _QUOTE, _SPEAKER, _CUE = range(5)


@attrs.frozen
class _Mark:
    """One inline mark: a span, its nesting layer, its opening tag, and a label for its start."""

    span: Span
    layer: int
    tag: str
    open: str
    label: str = ""


@attrs.frozen
class _View:
    """The options of one rendering, checked: custom colours, nodes shown, boilerplate collapsed."""

    colors: Mapping[str, str]
    show: frozenset[str]
    collapse: bool

    def shows(self, node: str) -> bool:
        return node in self.show


def _view(colors: Mapping[str, str] | None, show: Collection[str] | None, collapse: bool) -> _View:
    checked: dict[str, str] = {}
    for name, colour in (colors or {}).items():
        if not isinstance(colour, str) or not _HEX.fullmatch(colour):
            raise ValueError(
                f"colors[{name!r}] = {colour!r} is not a colour like '#2563eb' or '#26e'"
            )
        if len(colour) == 4:
            colour = "#" + "".join(c * 2 for c in colour[1:])
        checked[name] = colour.lower()
    if show is None:
        return _View(checked, frozenset(NODES), collapse)
    if isinstance(show, str):
        raise TypeError(f"show= takes a collection of node kinds, e.g. ({show!r},)")
    unknown = sorted(set(show) - set(NODES))
    if unknown:
        hint = did_you_mean(unknown[0], NODES)
        raise ValueError(f"unknown node kind(s) {unknown} in show=; {hint}")
    return _View(checked, frozenset(show), collapse)


def _attr(value: str) -> str:
    return escape(value, quote=True)


def _colours(article: Article, view: _View) -> dict[str, str]:
    """Each speaker's colour class: ``nd-u<i>`` for the i-th of ``colors``, else the palette."""
    custom = {name: f"nd-u{i}" for i, name in enumerate(view.colors)}
    rest = [s.name for s in article.speakers if s.name not in custom]
    return {**custom, **{name: f"nd-c{i % PALETTE_SIZE}" for i, name in enumerate(rest)}}


def _custom_style(colors: Mapping[str, str]) -> str:
    """The rules of the ``nd-u<i>`` classes: a light tint behind quotes, the colour itself on labels."""
    rules: list[str] = []
    for i, colour in enumerate(colors.values()):
        r, g, b = (int(colour[k : k + 2], 16) for k in (1, 3, 5))
        tint = "#" + "".join(f"{255 - (255 - c) // 5:02x}" for c in (r, g, b))
        ink = "#1d1d1f" if 299 * r + 587 * g + 114 * b > 160_000 else "#fff"
        rules.append(
            f".newsdoc .nd-quote.nd-u{i}{{background:{tint};border-color:{colour}}}"
            f".newsdoc .nd-label.nd-u{i}{{background:{colour};color:{ink}}}"
            f".newsdoc .nd-speaker.nd-u{i}{{border-color:{colour}}}"
            f".newsdoc .nd-speech.nd-u{i}{{border-color:{colour}}}"
            f".newsdoc .nd-label.nd-said.nd-u{i}{{background:#fff;"
            f"color:{colour if ink == '#fff' else '#1d1d1f'};border-color:{colour}}}\n"
        )
    return "".join(rules)


def _quote_mark(q: Quote, colours: dict[str, str]) -> _Mark:
    a = q.attribution
    if a is None:
        colour, who = "nd-none", "unattributed"
        label = ""
    else:
        name = a.speaker.name or a.speaker.text
        colour = colours.get(a.speaker.name or "", "nd-none")
        cue = f" ({a.cue.text})" if a.cue else ""
        who = f"{name}{cue} [{a.rule}]"
        label = f'<span class="nd-label {colour}">{escape(name)}</span>'
    kind = " nd-term" if q.kind == "term" and a is None else ""
    title = _attr(f"{q.kind} quote: {who}")
    return _Mark(
        q.span, _QUOTE, "span", f'<span class="nd-quote {colour}{kind}" title="{title}">', label
    )


def _is_speech(a: Attribution) -> bool:
    """Whether ``a`` is reported or mixed speech (its content is more than its quotes)."""
    return a.kind in (AttributionKind.REPORTED, AttributionKind.MIXED)


def _speech_marks(a: Attribution, colours: dict[str, str]) -> list[_Mark]:
    """The marks of what reported or mixed speech says: one per content span, labelled once."""
    name = a.speaker.name or a.speaker.text
    colour = colours.get(a.speaker.name or "", "nd-none")
    cue = f" ({a.cue.text})" if a.cue else ""
    title = _attr(f"{a.kind} speech: {name}{cue} [{a.rule}]")
    label = f'<span class="nd-label nd-said {colour}">{escape(name)}</span>'
    return [
        _Mark(
            span,
            _SPEECH,
            "span",
            f'<span class="nd-speech {colour}" title="{title}">',
            label if i == 0 else "",
        )
        for i, span in enumerate(sorted(a.content))
    ]


def _marks(article: Article, colours: dict[str, str], view: _View) -> list[_Mark]:
    """Every inline mark the view shows, deduplicated (a mention or cue shared by quotes)."""
    marks: dict[tuple[Span, int, str], _Mark] = {}
    for block in article.blocks if view.shows("dateline") else ():
        if isinstance(block, Paragraph) and block.dateline is not None:
            d = block.dateline
            parts = [
                f"{name}={part.of(article.text)}"
                for name, part in (("place", d.place), ("agency", d.agency))
                if part is not None
            ]
            title = _attr(" ".join(["dateline", *parts]))
            marks[d.span, _DATELINE, ""] = _Mark(
                d.span, _DATELINE, "span", f'<span class="nd-dateline" title="{title}">'
            )
    for q in article.quotes if view.shows("quote") else ():
        marks.setdefault((q.span, _QUOTE, ""), _quote_mark(q, colours))
    for a in article.attributions if view.shows("speech") else ():
        if _is_speech(a):
            for m in _speech_marks(a, colours):
                marks.setdefault((m.span, _SPEECH, a.speaker.name or a.speaker.text), m)
    # Speakers and cues of every attribution: those of quotes (also when a hand-made Article
    # leaves them out of ``attributions``) and those of reported speech.
    said = [q.attribution for q in article.quotes if q.attribution is not None]
    for a in dict.fromkeys([*said, *article.attributions]):
        colour = colours.get(a.speaker.name or "", "nd-none")
        title = _attr(f"speaker: {a.speaker.name or a.speaker.text} [{a.rule}]")
        if view.shows("speaker"):
            marks.setdefault(
                (a.speaker.span, _SPEAKER, ""),
                _Mark(
                    a.speaker.span,
                    _SPEAKER,
                    "span",
                    f'<span class="nd-speaker {colour}" title="{title}">',
                ),
            )
        if a.cue is not None and view.shows("cue"):
            title = _attr(f"cue [{a.rule}]")
            marks.setdefault(
                (a.cue.span, _CUE, ""),
                _Mark(a.cue.span, _CUE, "mark", f'<mark class="nd-cue" title="{title}">'),
            )
    return sorted(marks.values(), key=lambda m: (m.span.start, m.layer))


def _inline(text: str, span: Span, marks: Sequence[_Mark]) -> str:
    """The block's text with its marks, cut at every mark boundary so that tags always nest."""
    starts: dict[int, list[_Mark]] = {}
    ends: dict[int, list[_Mark]] = {}
    for m in marks:
        s, e = max(m.span.start, span.start), min(m.span.end, span.end)
        if s < e:
            starts.setdefault(s, []).append(m)
            ends.setdefault(e, []).append(m)
    cuts = sorted({span.start, span.end, *starts, *ends})
    out: list[str] = []
    stack: list[_Mark] = []
    active: dict[int, _Mark] = {}
    for start, end in pairwise(cuts):
        for m in ends.get(start, ()):
            active.pop(id(m), None)
        for m in starts.get(start, ()):
            active[id(m)] = m
        want = sorted(active.values(), key=lambda m: (m.layer, m.span.start, -m.span.end))
        keep = 0
        while keep < min(len(stack), len(want)) and stack[keep] is want[keep]:
            keep += 1
        while len(stack) > keep:
            out.append(f"</{stack.pop().tag}>")
        for m in want[keep:]:
            out.append(m.open)
            if m.span.start == start:
                out.append(m.label)
            stack.append(m)
        out.append(escape(text[start:end], quote=False))
    out.extend(f"</{m.tag}>" for m in reversed(stack))
    return "".join(out)


def _per_block(blocks: Sequence[Span], marks: Sequence[_Mark]) -> list[list[_Mark]]:
    """The marks touching each block (blocks in order, marks sorted by start): one sweep."""
    out: list[list[_Mark]] = []
    pending: list[_Mark] = []
    i = 0
    for b in blocks:
        while i < len(marks) and marks[i].span.start < b.end:
            pending.append(marks[i])
            i += 1
        pending = [m for m in pending if m.span.end > b.start]
        out.append([m for m in pending if m.span.start < b.end])
    return out


def _clamp(span: Span, size: int) -> Span:
    return Span(min(span.start, size), min(span.end, size))


def _block(article: Article, block: Block, span: Span, marks: Sequence[_Mark]) -> str:
    body = _inline(article.text, span, marks)
    if isinstance(block, Headline):
        return f'<h1 class="nd-block nd-headline" title="{_attr(block.rule)}">{body}</h1>'
    if isinstance(block, Byline):
        return f'<p class="nd-block nd-byline" title="{_attr(block.rule)}">{body}</p>'
    if isinstance(block, Boilerplate):
        kind, rule = escape(block.kind), _attr(block.rule)
        return (
            f'<div class="nd-block nd-boilerplate" title="boilerplate: {rule}">'
            f'<span class="nd-label">{kind}</span>{body}</div>'
        )
    return f'<p class="nd-block nd-paragraph">{body}</p>'


def _run(kinds: Sequence[str], blocks: Sequence[str]) -> str:
    """A run of boilerplate blocks as one line naming their kinds, opening to show them."""
    counts = ", ".join(f"{escape(k)} {n}" for k, n in Counter(kinds).most_common())
    return (
        f'<details class="nd-run"><summary class="nd-boilerplate">'
        f"{len(blocks)} boilerplate blocks: {counts}</summary>\n" + "\n".join(blocks) + "</details>"
    )


def _body(article: Article, colours: dict[str, str], view: _View) -> tuple[str, Counter[str]]:
    """The blocks the view shows, boilerplate runs collapsed if asked, and a count of those left out."""
    size = len(article.text)
    spans = [_clamp(b.span, size) for b in article.blocks]
    per_block = _per_block(spans, _marks(article, colours, view))
    out: list[str] = []
    hidden: Counter[str] = Counter()
    run: list[tuple[str, str]] = []  # (kind, html) of the boilerplate blocks in a row

    def flush() -> None:
        if len(run) > 1 and view.collapse:
            out.append(_run([k for k, _ in run], [h for _, h in run]))
        else:
            out.extend(h for _, h in run)
        run.clear()

    for block, span, marks in zip(article.blocks, spans, per_block, strict=True):
        node = _BLOCK_NODES.get(type(block), "paragraph")
        if not view.shows(node):
            hidden[node] += 1
            continue
        html = _block(article, block, span, marks)
        if isinstance(block, Boilerplate):
            run.append((block.kind, html))
            continue
        flush()
        out.append(html)
    flush()
    return "\n".join(out), hidden


def _speech_count(attributions: Iterable[Attribution]) -> str:
    """`` + 1 reported, 2 mixed`` after a speaker's count of quotes; ``""`` when none."""
    n = Counter(a.kind for a in attributions if _is_speech(a))
    said = ", ".join(
        f"{n[k]} {k}" for k in (AttributionKind.REPORTED, AttributionKind.MIXED) if n[k]
    )
    return f" + {said}" if said else ""


def _legend(article: Article, colours: dict[str, str], hidden: Counter[str], number: str) -> str:
    speech = Counter(a.kind for a in article.attributions if _is_speech(a))
    parts = [
        f"{number}{len(article.paragraphs)} paragraphs, "
        f"{len(article.quotes)} quotes, "
        f'<span class="nd-speech nd-none">{speech["reported"]} reported, '
        f"{speech['mixed']} mixed</span>, "
        f"{len(article.boilerplate)} boilerplate blocks."
    ]
    if hidden:
        left_out = ", ".join(f"{n} {node}" for node, n in hidden.items())
        parts.append(f" Not shown: {left_out}.")
    if article.speakers:
        who = "".join(
            f'<span class="nd-label {colours[s.name]}">{escape(s.name)}</span>{len(s.quotes)}'
            + _speech_count(s.attributions)
            for s in article.speakers
        )
        parts.append(f" Speakers:{who}")
    warnings = "".join(f'<div class="nd-warning">{escape(w)}</div>' for w in article.warnings)
    return f'<div class="nd-legend">{"".join(parts)}{warnings}</div>'


def _articles(articles: Article | Iterable[Article]) -> list[Article]:
    if isinstance(articles, Article):
        return [articles]
    out = list(articles)
    for a in out:
        if not isinstance(a, Article):
            raise TypeError(f"render_html() takes Articles, not {type(a).__name__}")
    if not out:
        raise ValueError("no articles to render")
    return out


def render_html(
    articles: Article | Iterable[Article],
    *,
    colors: Mapping[str, str] | None = None,
    show: Collection[str] | None = None,
    collapse_boilerplate: bool = False,
) -> str:
    """The article(s) as an HTML fragment with its own styles, scoped to ``.newsdoc``.

    Args:
        articles: one Article, or several to show one after the other.
        colors: speaker name to colour (``#rgb`` or ``#rrggbb``), e.g.
            ``{"Donald Trump": "#dc2626"}``; other speakers take the palette.
        show: the kinds of node to draw (see :data:`NODES`; ``None``: all).
            ``show=set(NODES) - {"boilerplate"}`` leaves boilerplate out (the
            legend counts what it left out).
        collapse_boilerplate: show each run of two or more boilerplate blocks
            as one line naming their kinds; a click opens it.

    Raises:
        ValueError: a colour that is not ``#rgb``/``#rrggbb``, an unknown node
            kind in ``show``, or no articles.
        TypeError: ``show`` is a single string, or an item is not an Article.

    >>> import newsdoc
    >>> a = newsdoc.parse("Talks resume\\n\\n“It went well,” said Ana Ruiz.\\n\\n"
    ...     "Share this article\\n\\nFollow us on Twitter\\n\\nSign up for our newsletter")
    >>> html = render_html(a, collapse_boilerplate=True)
    >>> "<summary" in html and "3 boilerplate blocks: share 1, social 1, newsletter 1" in html
    True
    >>> "Share this" in render_html(a, show={"headline", "paragraph", "quote"})
    False
    """
    view = _view(colors, show, collapse_boilerplate)
    items = _articles(articles)
    out: list[str] = []
    for i, article in enumerate(items, 1):
        colours = _colours(article, view)
        body, hidden = _body(article, colours, view)
        number = f"Article {i} of {len(items)}: " if len(items) > 1 else ""
        legend = _legend(article, colours, hidden, number) if view.shows("legend") else ""
        out.append(f'<article class="nd-article">\n{legend}\n{body}\n</article>')
    style = _STYLE + _custom_style(view.colors)
    return f'<div class="newsdoc"><style>{style}</style>\n' + "\n".join(out) + "\n</div>"


def render_page(
    articles: Article | Iterable[Article],
    *,
    title: str | None = None,
    colors: Mapping[str, str] | None = None,
    show: Collection[str] | None = None,
    collapse_boilerplate: bool = False,
) -> str:
    """A standalone HTML page of :func:`render_html` (same options).

    The title defaults to the headline of a single article, else to the
    number of articles.
    """
    items = _articles(articles)
    if title is None:
        first = items[0].headline
        title = (
            (first.text if first else "newsdoc")
            if len(items) == 1
            else f"newsdoc: {len(items)} articles"
        )
    body = render_html(items, colors=colors, show=show, collapse_boilerplate=collapse_boilerplate)
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{escape(' '.join(title.split()))}</title>\n"
        "<style>body{margin:2em auto;padding:0 1.5em;max-width:54em;background:#fff}</style>\n"
        f"</head>\n<body>\n{body}\n</body>\n</html>\n"
    )


# -- the explain view --------------------------------------------------------------------------

_EXPLAIN_STYLE = """
.newsdoc .nd-x{border-collapse:collapse;font:13px/1.35 system-ui,sans-serif;margin:.3em 0 .6em}
.newsdoc .nd-x td,.newsdoc .nd-x th{padding:1px 5px;text-align:center;white-space:nowrap;
border-right:1px solid #eee}
.newsdoc .nd-x th{text-align:left;font-weight:600;color:#444}
.newsdoc .nd-x .nd-letter td{font:600 13px ui-monospace,monospace;color:#3a3a7a}
.newsdoc .nd-x .nd-read{background:#ececec}
.newsdoc .nd-x .nd-stop{background:#fde2e2;color:#b91c1c}
.newsdoc .nd-x-head{font:600 14px system-ui,sans-serif;margin:1.2em 0 .2em}
.newsdoc .nd-x-note{font:13px/1.5 system-ui,sans-serif;color:#444;margin:.1em 0}
.newsdoc .nd-x-note code{font-size:12px}
.newsdoc .nd-formed th{color:#15803d}
"""
_ROLE = {"speaker": "S", "cue": "C", "content": "W", "content2": "W"}
_ROLE_CLASS = {
    "speaker": "nd-speaker",
    "cue": "nd-cue",
    "content": "nd-speech",
    "content2": "nd-speech",
}


def render_explanation(explanation: Explanation, *, page: bool = False) -> str:
    """The explain view (:func:`newsdoc.explain`) as HTML: per sentence, the words over their
    class letters, one row per rule tried (its speaker ``S``, cue ``C`` and content ``W``
    marked as the HTML view marks them; for no match, what it read in grey and where it
    stopped in red), its note, and the speech that formed in its speaker's colour. A
    fragment with its own styles, or with ``page`` a standalone page."""
    article = explanation.article
    colours = _colours(article, _view(None, None, False))
    parts = [_explained(article, s, colours) for s in explanation.sentences]
    body = (
        f'<div class="newsdoc"><style>{_STYLE}{_EXPLAIN_STYLE}</style>\n'
        + "\n".join(parts)
        + "\n</div>"
    )
    if not page:
        return body
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        "<title>newsdoc explain</title>\n"
        "<style>body{margin:2em auto;padding:0 1.5em;max-width:70em;background:#fff}</style>\n"
        f"</head>\n<body>\n{body}\n</body>\n</html>\n"
    )


def _explained(article: Article, s: SentenceReport, colours: dict[str, str]) -> str:
    head = (
        f'<div class="nd-x-head">Sentence {s.number} (paragraph {s.paragraph + 1}): '
        f"{escape(' '.join(s.text.split()))}</div>"
    )
    words = "".join(f"<td>{escape(_cell(x.text))}</td>" for x in s.letters)
    letters = "".join(f'<td title="{_attr(x.name)}">{escape(x.letter)}</td>' for x in s.letters)
    rows = [
        f"<tr><th></th>{words}</tr>",
        f'<tr class="nd-letter"><th>letters</th>{letters}</tr>',
    ]
    notes: list[str] = []
    formed_by = {a.rule: a for a in s.attributions}
    for t in s.trials:
        if t.outcome == "not tried":
            continue
        a = formed_by.get(t.rule) if t.outcome == "formed" else None
        colour = colours.get(a.speaker.name or "", "") if a is not None else ""
        cells = "".join(_trial_cell(s, t, i, colour) for i in range(len(s.letters)))
        css = ' class="nd-formed"' if t.outcome == "formed" else ""
        rows.append(f"<tr{css}><th>{escape(t.rule)}</th>{cells}</tr>")
        note = f": {escape(t.note)}" if t.note else ""
        notes.append(f"<li><code>{escape(t.rule)}</code> {escape(t.outcome)}{note}</li>")
    skipped = [t for t in s.trials if t.outcome == "not tried"]
    out = [head, f'<table class="nd-x">{"".join(rows)}</table>']
    if s.note:
        out.append(f'<div class="nd-x-note">{escape(s.note)}</div>')
    if notes:
        out.append(f'<ul class="nd-x-note">{"".join(notes)}</ul>')
    if skipped:
        items = "".join(
            f"<li><code>{escape(t.rule)}</code>: {escape(t.note)}</li>" for t in skipped
        )
        out.append(
            f'<details class="nd-x-note"><summary>not tried: {len(skipped)} rules</summary>'
            f"<ul>{items}</ul></details>"
        )
    for a in s.attributions:
        name = a.speaker.name or a.speaker.text
        colour = colours.get(a.speaker.name or "", "nd-none")
        cue = a.cue.text if a.cue else "-"
        content = " … ".join(" ".join(c.of(article.text).split()) for c in a.content)
        out.append(
            f'<div class="nd-x-note"><span class="nd-label {colour}">{escape(name)}</span> '
            f'<span class="nd-speaker {colour}">{escape(a.speaker.text)}</span> '
            f'<span class="nd-cue">{escape(cue)}</span> '
            f'<span class="nd-speech {colour}">{escape(content)}</span> '
            f"[{escape(a.kind)}, {escape(a.rule)}]</div>"
        )
    if not s.attributions and (s.trials or s.note):
        out.append('<div class="nd-x-note">no speech formed</div>')
    return "\n".join(out)


def _cell(text: str, room: int = 24) -> str:
    text = " ".join(text.split())
    return text if len(text) <= room else text[: room - 1] + "…"


def _trial_cell(s: SentenceReport, t: Trial, i: int, colour: str) -> str:
    """Letter ``i``'s cell in a rule's row: the group it lies in, or read / stopped."""
    span = s.letters[i].span
    for group, g in t.groups:
        if g.start <= span.start and span.end <= g.end:
            css = f"{_ROLE_CLASS[group]} {colour}".strip()
            return f'<td class="{css}" title="{_attr(group)}">{_ROLE[group]}</td>'
    if t.reached is not None:
        if t.reached.start <= span.start and span.end <= t.reached.end:
            return '<td class="nd-read"></td>'
        if span.start >= t.reached.end and (i == 0 or s.letters[i - 1].span.end <= t.reached.end):
            return f'<td class="nd-stop" title="{_attr(t.stopped)}">✗</td>'
    return "<td></td>"
