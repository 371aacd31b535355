"""The JSON form of an Article (``Article.to_dict`` / ``Article.from_dict``).

The form is documented in ``docs/model.md`` and read by outside tools, so it
changes only with a new ``schema`` number.

JSON text cannot carry a lone surrogate exactly (``"\\ud8cc\\udf9b"`` reads back as
one character), so a string of the form that holds a surrogate code point
(U+D800 to U+DFFF), or starts with U+FFFE, is escaped: it is written as U+FFFE
followed by the string with each surrogate and each U+FFFE as U+FFFE and four
upper-case hex digits, and the top level says ``"escaped": true``.
:func:`article_from_dict` reads such strings back exactly.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

from newsdoc.model import (
    SCHEMA_VERSION,
    Article,
    Attribution,
    AttributionKind,
    Block,
    Boilerplate,
    Byline,
    Cue,
    Dateline,
    Headline,
    Mention,
    Meta,
    Paragraph,
    Quote,
    Span,
    Speaker,
    _quote_attributions,
)

JSON = dict[str, Any]

_MARK = "\ufffe"
_NEEDS_ESCAPE = re.compile("[\ud800-\udfff]|\\A\ufffe")
_ESCAPED = re.compile("[\ud800-\udfff\ufffe]")
_UNESCAPE = re.compile("\ufffe([0-9A-F]{4})")
_READABLE = (1, SCHEMA_VERSION)
"""Schemas :func:`article_from_dict` reads: 1 (attributions only on quotes) and the current."""


def _mention(m: Mention) -> JSON:
    out: JSON = {"span": m.span.to_list(), "text": m.text, "name": m.name, "form": m.form}
    if m.names != ((m.name,) if m.name else ()):
        out["names"] = list(m.names)  # several people
    return out


def _dateline(d: Dateline | None) -> JSON | None:
    if d is None:
        return None
    return {
        "span": d.span.to_list(),
        "text": d.text,
        "place": d.place.to_list() if d.place else None,
        "agency": d.agency.to_list() if d.agency else None,
    }


def _block(b: Block) -> JSON:
    out: JSON = {"type": type(b).__name__.lower(), "span": b.span.to_list(), "text": b.text}
    if isinstance(b, Paragraph):
        out["dateline"] = _dateline(b.dateline)
        out["rule"] = b.rule
    elif isinstance(b, Boilerplate):
        out["kind"] = b.kind
        out["rule"] = b.rule
    elif isinstance(b, Byline):
        out["authors"] = [_mention(a) for a in b.authors]
        out["rule"] = b.rule
    else:
        out["rule"] = b.rule
    if b.path is not None:
        out["path"] = b.path
    return out


def _meta(m: Meta) -> JSON:
    return {
        "headline": m.headline,
        "authors": list(m.authors),
        "published": m.published,
        "modified": m.modified,
        "url": m.url,
        "site": m.site,
        "language": m.language,
        "description": m.description,
        "encoding": m.encoding,
    }


def _read_meta(d: Mapping[str, Any]) -> Meta:
    return Meta(
        headline=d.get("headline"),
        authors=tuple(d.get("authors", ())),
        published=d.get("published"),
        modified=d.get("modified"),
        url=d.get("url"),
        site=d.get("site"),
        language=d.get("language"),
        description=d.get("description"),
        encoding=d.get("encoding"),
    )


def _attribution(a: Attribution | None) -> JSON | None:
    if a is None:
        return None
    return {
        "kind": a.kind,
        "content": [s.to_list() for s in a.content],
        "speaker": _mention(a.speaker),
        "cue": {"span": a.cue.span.to_list(), "text": a.cue.text} if a.cue else None,
        "rule": a.rule,
        "quotes": [s.to_list() for s in a.quotes],
        "dropped": a.dropped,
    }


def _quote(q: Quote) -> JSON:
    return {
        "span": q.span.to_list(),
        "text": q.text,
        "inner": q.inner.to_list(),
        "kind": q.kind,
        "attribution": _attribution(q.attribution),
    }


def article_to_dict(article: Article) -> JSON:
    """Turn an Article into plain dicts, lists, strings, numbers and ``None``."""
    blocks = [_block(b) for b in article.blocks]
    index = {a: i for i, a in enumerate(article.attributions)}
    by_type: dict[str, list[JSON]] = {}
    for b in blocks:
        by_type.setdefault(b["type"], []).append(b)
    out: JSON = {
        "schema": SCHEMA_VERSION,
        "text": article.text,
        "headline": by_type.get("headline", [None])[0],
        "byline": by_type.get("byline", [None])[0],
        "dateline": _dateline(article.dateline),
        "blocks": blocks,
        "paragraphs": by_type.get("paragraph", []),
        "boilerplate": by_type.get("boilerplate", []),
        "quotes": [_quote(q) for q in article.quotes],
        "attributions": [_attribution(a) for a in article.attributions],
        "speakers": [
            {
                "name": s.name,
                "mentions": [_mention(m) for m in s.mentions],
                "quotes": [q.span.to_list() for q in s.quotes],
                "attributions": [index[a] for a in s.attributions],
                "kind": s.kind,
                "named": s.named,
                "gender": s.gender,
                "gender_evidence": s.gender_evidence,
            }
            for s in article.speakers
        ],
        "warnings": list(article.warnings),
    }
    if article.ruleset:
        out["ruleset"] = article.ruleset
    if article.meta is not None:
        out["meta"] = _meta(article.meta)
    if _escape_all(out):
        out["escaped"] = True
    return out


def _escape_all(out: JSON) -> bool:
    """Escape, in place, every string of a form just built that needs it (a dict reached
    twice, as a block is from ``blocks`` and ``paragraphs``, once); whether any did."""
    seen: set[int] = set()
    todo: list[dict[Any, Any] | list[Any]] = [out]
    changed = False
    while todo:
        node = todo.pop()
        if id(node) in seen:
            continue
        seen.add(id(node))
        keys: Iterable[Any] = node.keys() if isinstance(node, dict) else range(len(node))
        for k in keys:
            v = node[k]
            if isinstance(v, str):
                if _NEEDS_ESCAPE.search(v) is not None:
                    node[k] = _escape(v)
                    changed = True
            elif isinstance(v, (dict, list)):
                todo.append(v)
    return changed


def _escape(s: str) -> str:
    """The string as the JSON form writes it (see the module docstring)."""
    return _MARK + _ESCAPED.sub(lambda m: f"{_MARK}{ord(m.group()):04X}", s)


def _unescape(s: str) -> str:
    """A string of the JSON form as it was before :func:`_escape`."""
    if not s.startswith(_MARK):
        return s
    return _UNESCAPE.sub(lambda m: chr(int(m.group(1), 16)), s[1:])


def _unescaped(value: Any) -> Any:
    """A copy of ``value`` (a form marked ``escaped``) with every string read back."""
    if isinstance(value, str):
        return _unescape(value)
    if isinstance(value, Mapping):
        return {k: _unescaped(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_unescaped(v) for v in value]
    return value


def _span(value: Any) -> Span:
    return Span.from_list(value)


def _opt_span(value: Any) -> Span | None:
    return None if value is None else _span(value)


def _read_mention(d: Mapping[str, Any]) -> Mention:
    name = d.get("name")
    names = d.get("names")
    return Mention(
        _span(d["span"]),
        d["text"],
        name,
        tuple(names) if names is not None else ((name,) if name else ()),
        d.get("form", ""),
    )


def _read_dateline(d: Mapping[str, Any] | None) -> Dateline | None:
    if d is None:
        return None
    return Dateline(
        _span(d["span"]), d["text"], _opt_span(d.get("place")), _opt_span(d.get("agency"))
    )


def _read_block(d: Mapping[str, Any]) -> Block:
    kind, span, text, path = d["type"], _span(d["span"]), d["text"], d.get("path")
    if kind == "paragraph":
        return Paragraph(span, text, _read_dateline(d.get("dateline")), d.get("rule", ""), path)
    if kind == "boilerplate":
        return Boilerplate(span, text, d["kind"], d["rule"], path)
    if kind == "byline":
        authors = tuple(_read_mention(a) for a in d.get("authors", ()))
        return Byline(span, text, authors, d.get("rule", ""), path)
    if kind == "headline":
        return Headline(span, text, d.get("rule", ""), path)
    raise ValueError(f"unknown block type {kind!r}")


def _read_attribution(d: Mapping[str, Any] | None) -> Attribution | None:
    if d is None:
        return None
    cue = d.get("cue")
    quotes = tuple(_span(s) for s in d.get("quotes", ()))
    content = d.get("content")  # schema 1 has none: the quotes are the content
    return Attribution(
        speaker=_read_mention(d["speaker"]),
        cue=Cue(_span(cue["span"]), cue["text"]) if cue else None,
        rule=d["rule"],
        quotes=quotes,
        content=quotes if content is None else tuple(_span(s) for s in content),
        kind=d.get("kind", AttributionKind.DIRECT),
        dropped=bool(d.get("dropped", False)),
    )


def _missing() -> Attribution:
    raise TypeError("an entry of 'attributions' is null")


def article_from_dict(data: Mapping[str, Any]) -> Article:
    """Rebuild an Article from :func:`article_to_dict` output; raise ValueError if malformed."""
    try:
        if data.get("escaped"):
            data = _unescaped(data)
        schema = data.get("schema", SCHEMA_VERSION)
        if schema not in _READABLE:
            raise ValueError(
                f"schema {schema!r} is not supported (expected one of {list(_READABLE)})"
            )
        quotes = tuple(
            Quote(
                span=_span(q["span"]),
                text=q["text"],
                inner=_span(q["inner"]),
                kind=q["kind"],
                attribution=_read_attribution(q.get("attribution")),
            )
            for q in data.get("quotes", ())
        )
        by_span = {q.span: q for q in quotes}
        if "attributions" in data:
            attributions = tuple(_read_attribution(a) or _missing() for a in data["attributions"])
        else:  # schema 1: the quotes' attributions are all there are
            attributions = _quote_attributions(quotes)
        speakers = tuple(
            Speaker(
                name=s["name"],
                mentions=tuple(_read_mention(m) for m in s.get("mentions", ())),
                quotes=tuple(by_span[_span(x)] for x in s.get("quotes", ())),
                attributions=tuple(attributions[i] for i in s.get("attributions", ())),
                kind=s.get("kind"),
                named=s.get("named", True),
                gender=s.get("gender"),
                gender_evidence=s.get("gender_evidence"),
            )
            for s in data.get("speakers", ())
        )
        return Article(
            text=data["text"],
            blocks=tuple(_read_block(b) for b in data.get("blocks", ())),
            quotes=quotes,
            speakers=speakers,
            warnings=tuple(data.get("warnings", ())),
            meta=None if data.get("meta") is None else _read_meta(data["meta"]),
            attributions=attributions,
            ruleset=str(data.get("ruleset", "")),
        )
    except (KeyError, TypeError, IndexError) as exc:
        raise ValueError(f"not an Article.to_dict() form: {exc!r}") from exc
