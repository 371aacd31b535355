"""An HTML view of a parse, to see at a glance what newsdoc made of an article.

Quotes are highlighted in their speaker's colour and labelled with the
speaker's name, cues are boxed, speaker mentions underlined, the dateline
marked, and boilerplate greyed with its kind and rule. :func:`render_html`
returns a fragment with its own scoped styles (what ``Article._repr_html_``
shows in a notebook); :func:`render_page` wraps it as a standalone page (what
``newsdoc parse --html`` writes).

All text is escaped. Inline marks may overlap in any way (a quote running over
two paragraphs, a cue inside a quote): each block's text is cut at every mark
boundary and tags are closed and reopened there, so the HTML always nests.

>>> import newsdoc
>>> html = render_html(newsdoc.parse("Vote <now>\\n\\n“Yes,” said Ana Ruiz."))
>>> "Vote &lt;now&gt;" in html and 'class="nd-label nd-c0">Ana Ruiz<' in html
True
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape
from itertools import pairwise

import attrs

from newsdoc.model import Article, Block, Boilerplate, Byline, Headline, Paragraph, Quote, Span

__all__ = ["render_html", "render_page"]

PALETTE_SIZE = 8
"""Speakers get colour classes ``nd-c0`` … ``nd-c7`` in order of appearance (then repeat)."""

_STYLE = """
.newsdoc{font:16px/1.55 Georgia,'Times New Roman',serif;color:#1d1d1f;max-width:52em}
.newsdoc .nd-block{white-space:pre-wrap;margin:0 0 .8em}
.newsdoc .nd-headline{font:700 1.7em/1.2 system-ui,sans-serif;margin:.2em 0 .5em}
.newsdoc .nd-byline{font:italic .95em system-ui,sans-serif;color:#555}
.newsdoc .nd-boilerplate{color:#8a8a8a;background:#f3f3f3;border-left:4px solid #c8c8c8;
padding:.2em .6em;font-size:.9em}
.newsdoc .nd-label{font:600 11px/1 system-ui,sans-serif;border-radius:3px;padding:2px 5px;
margin-right:4px;vertical-align:1px;white-space:nowrap;color:#fff;background:#777;
user-select:none}
.newsdoc .nd-boilerplate>.nd-label{background:#9a9a9a}
.newsdoc .nd-quote{border-bottom:2px solid;padding:1px 0}
.newsdoc .nd-quote.nd-none{background:#ececec;border-bottom:2px dashed #999}
.newsdoc .nd-quote.nd-term{background:none;border-bottom:2px dotted #999}
.newsdoc .nd-speaker{font-weight:700;border-bottom:3px double}
.newsdoc .nd-cue{background:#fff3b0;outline:1px solid #e0b400;border-radius:2px;
color:inherit;padding:0 1px}
.newsdoc .nd-dateline{font-variant:small-caps;font-weight:700;color:#3a3a7a}
.newsdoc .nd-legend{font:13px/1.8 system-ui,sans-serif;color:#444;margin:0 0 1.2em;
padding:.5em .7em;border:1px solid #ddd;border-radius:4px}
.newsdoc .nd-legend .nd-label{margin-left:6px}
.newsdoc .nd-warning{color:#a00}
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

# Nesting layers: a lower layer is opened outside a higher one when both cover a character.
_DATELINE, _QUOTE, _SPEAKER, _CUE = range(4)


@attrs.frozen
class _Mark:
    """One inline mark: a span, its nesting layer, its opening tag, and a label for its start."""

    span: Span
    layer: int
    tag: str
    open: str
    label: str = ""


def _attr(value: str) -> str:
    return escape(value, quote=True)


def _colours(article: Article) -> dict[str, str]:
    return {s.name: f"nd-c{i % PALETTE_SIZE}" for i, s in enumerate(article.speakers)}


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


def _marks(article: Article) -> list[_Mark]:
    """Every inline mark of the article, deduplicated (a mention or cue shared by quotes)."""
    colours = _colours(article)
    marks: dict[tuple[Span, int], _Mark] = {}
    for block in article.blocks:
        if isinstance(block, Paragraph) and block.dateline is not None:
            d = block.dateline
            parts = [
                f"{name}={part.of(article.text)}"
                for name, part in (("place", d.place), ("agency", d.agency))
                if part is not None
            ]
            title = _attr(" ".join(["dateline", *parts]))
            marks[d.span, _DATELINE] = _Mark(
                d.span, _DATELINE, "span", f'<span class="nd-dateline" title="{title}">'
            )
    for q in article.quotes:
        marks.setdefault((q.span, _QUOTE), _quote_mark(q, colours))
        a = q.attribution
        if a is None:
            continue
        colour = colours.get(a.speaker.name or "", "nd-none")
        title = _attr(f"speaker: {a.speaker.name or a.speaker.text} [{a.rule}]")
        marks.setdefault(
            (a.speaker.span, _SPEAKER),
            _Mark(
                a.speaker.span,
                _SPEAKER,
                "span",
                f'<span class="nd-speaker {colour}" title="{title}">',
            ),
        )
        if a.cue is not None:
            title = _attr(f"cue [{a.rule}]")
            marks.setdefault(
                (a.cue.span, _CUE),
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


def _legend(article: Article) -> str:
    colours = _colours(article)
    parts = [
        f"{len(article.paragraphs)} paragraphs, {len(article.quotes)} quotes, "
        f"{len(article.boilerplate)} boilerplate blocks."
    ]
    if article.speakers:
        who = "".join(
            f'<span class="nd-label {colours[s.name]}">{escape(s.name)}</span>{len(s.quotes)}'
            for s in article.speakers
        )
        parts.append(f" Speakers:{who}")
    warnings = "".join(f'<div class="nd-warning">{escape(w)}</div>' for w in article.warnings)
    return f'<div class="nd-legend">{"".join(parts)}{warnings}</div>'


def render_html(article: Article) -> str:
    """The article as an HTML fragment with its own styles, scoped to ``.newsdoc``."""
    size = len(article.text)
    spans = [_clamp(b.span, size) for b in article.blocks]
    per_block = _per_block(spans, _marks(article))
    blocks = "\n".join(
        _block(article, b, s, m) for b, s, m in zip(article.blocks, spans, per_block, strict=True)
    )
    return f'<div class="newsdoc"><style>{_STYLE}</style>\n{_legend(article)}\n{blocks}\n</div>'


def render_page(article: Article, *, title: str | None = None) -> str:
    """A standalone HTML page of :func:`render_html`; the title defaults to the headline."""
    if title is None:
        title = article.headline.text if article.headline else "newsdoc"
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{escape(' '.join(title.split()))}</title>\n"
        "<style>body{margin:2em auto;padding:0 1.5em;max-width:54em;background:#fff}</style>\n"
        f"</head>\n<body>\n{render_html(article)}\n</body>\n</html>\n"
    )
