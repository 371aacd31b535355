"""What a page says about itself: headline, authors, dates, URL, site, language, description.

Each field is read from the sources pages use for it, in order of trust:
JSON-LD (``<script type="application/ld+json">``, the ``NewsArticle`` /
``Article`` / ``BlogPosting`` object, also inside ``@graph``), Open Graph and
``article:`` properties, the ``<meta name>`` conventions of news sites
(``author``, ``parsely-*``, ``sailthru.*``, Dublin Core), microdata
(``itemprop``), and the visible page (``<h1>``, ``<time datetime>``,
``<title>``, ``<html lang>``, ``rel=canonical``). The headline prefers the
``<h1>`` that agrees with the declared title, since that is what the page
shows; without one, the declared title; ``<title>`` last, stripped of the
site name it usually carries.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterable, Iterator, Mapping
from datetime import datetime
from email.utils import parsedate_to_datetime
from typing import Any
from urllib.parse import urljoin, urlsplit

from lxml.etree import _Element

from newsdoc.model import Meta

__all__ = ["read_meta"]

_ARTICLE_TYPES = frozenset(
    "Article NewsArticle BlogPosting ReportageNewsArticle AnalysisNewsArticle OpinionNewsArticle "
    "LiveBlogPosting WebPage TechArticle ScholarlyArticle Report SocialMediaPosting".split()
)
_SPACE = re.compile(r"\s+")
_TITLE_SPLIT = re.compile(r"\s+[|–—:»·-]\s+|\s+::\s+")
_ISO = re.compile(
    r"(\d{4})-?(\d{2})-?(\d{2})(?:[T ](\d{2}):?(\d{2})(?::?(\d{2}))?(?:[.,]\d+)?"
    r"\s*(Z|[+-]\d{2}:?\d{2})?)?"
)
_AUTHOR_SPLIT = re.compile(r"\s*[,;&|]\s*|\s+(?:and|und|y|et|e|i|og|en)\s+")
_BY = re.compile(r"^(?:by|von|por|par|di|door|av)\s+", re.IGNORECASE)
_WORD = re.compile(r"\w+")
_SLUG_SPLIT = re.compile(r"[\W_]+")
_AGREES = 0.5  # share of words a heading shares with a declared title to be the headline
_NOT_A_NAME = re.compile(r"https?://|www\.|@|\d", re.IGNORECASE)


def _clean(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    if "&" in value:  # JSON-LD and doubly escaped attributes keep their entities
        value = html.unescape(value)
    text = _SPACE.sub(" ", value).strip()
    return text or None


def _metas(root: _Element) -> dict[str, list[str]]:
    """``<meta>`` contents by lower-case ``property``/``name``/``itemprop``, in page order."""
    out: dict[str, list[str]] = {}
    for el in root.iter("meta"):
        content = _clean(el.get("content"))
        if content is None:
            continue
        for attr in ("property", "name", "itemprop"):
            key = el.get(attr)
            if key:
                out.setdefault(key.strip().lower(), []).append(content)
    return out


def _ld_objects(root: _Element, notes: list[str]) -> Iterator[Mapping[str, Any]]:
    """Every JSON-LD object of the page, ``@graph`` members and list items included; a
    script that is no JSON, or nests deeper than Python's parser goes, is noted and skipped."""
    for el in root.iter("script"):
        if (el.get("type") or "").strip().lower() != "application/ld+json" or not el.text:
            continue
        try:
            data = json.loads(el.text)
        except (ValueError, RecursionError) as exc:
            notes.append(f"a JSON-LD script of the page was skipped: {_reason(exc)}")
            continue
        todo: list[Any] = [data]  # a stack, next item last: page order, linear time
        while todo:
            item = todo.pop()
            if isinstance(item, list):
                todo.extend(reversed(item))
            elif isinstance(item, dict):
                yield item
                graph = item.get("@graph")
                if isinstance(graph, list):
                    todo.extend(reversed(graph))


def _reason(exc: BaseException) -> str:
    """Why a piece of metadata could not be read, in a few words."""
    if isinstance(exc, RecursionError):
        return "it nests deeper than can be read"
    return str(exc).split("\n", 1)[0][:120]


def _types(obj: Mapping[str, Any]) -> set[str]:
    """The ``@type`` names of a JSON-LD object (a name or a list of names; anything else none)."""
    t = obj.get("@type")
    if isinstance(t, str):
        return {t}
    return {x for x in t if isinstance(x, str)} if isinstance(t, list) else set()


def _article_ld(root: _Element, notes: list[str]) -> Mapping[str, Any]:
    """The page's article object: the first of an article type with a headline, or ``{}``."""
    best: Mapping[str, Any] = {}
    for obj in _ld_objects(root, notes):
        types = _types(obj)
        if types & _ARTICLE_TYPES:
            if "WebPage" not in types and (obj.get("headline") or obj.get("articleBody")):
                return obj
            best = best or obj
    return best


def _names(value: Any) -> list[str]:
    """Author names from a JSON-LD ``author`` value (a string, an object, a list of them,
    at any depth: read without recursion)."""
    found: list[object] = []
    todo: list[Any] = [value]
    while todo:
        item = todo.pop()
        if isinstance(item, list):
            todo.extend(reversed(item))
        elif isinstance(item, dict):
            todo.append(item.get("name"))
        else:
            found.append(item)
    return _split_authors(found)


def _split_authors(values: Iterable[object]) -> list[str]:
    out: list[str] = []
    for value in values:
        text = _clean(value)
        if text is None or _NOT_A_NAME.search(text):
            continue
        for part in _AUTHOR_SPLIT.split(_BY.sub("", text)):
            name = part.strip(" .")
            if name and len(name) <= 60 and name not in out:
                out.append(name)
    return out


def iso_date(value: str | None) -> str | None:
    """The date or date-time in ``value`` as an ISO 8601 string, or ``None``."""
    text = _clean(value)
    if text is None:
        return None
    m = _ISO.search(text)
    if m is not None:
        y, mo, d, h, mi, s, tz = m.groups()
        try:
            if h is None:
                return datetime(int(y), int(mo), int(d)).date().isoformat()
            stamp = datetime(int(y), int(mo), int(d), int(h), int(mi), int(s or 0))
        except ValueError:
            return None
        out = stamp.isoformat()
        if tz:
            out += "+00:00" if tz == "Z" else f"{tz[:3]}:{tz[-2:]}"
        return out
    try:
        return parsedate_to_datetime(text).isoformat()  # 'Tue, 19 Nov 2019 08:30:00 GMT'
    except (TypeError, ValueError, IndexError):
        return None


def _first(*values: object) -> str | None:
    for v in values:
        if isinstance(v, list):
            v = next((x for x in v if _clean(x)), None)
        if isinstance(v, dict):
            v = v.get("name")
        text = _clean(v)
        if text is not None:
            return text
    return None


def _first_date(*values: object) -> str | None:
    for v in values:
        for item in v if isinstance(v, list) else [v]:
            if isinstance(item, str):
                date = iso_date(item)
                if date is not None:
                    return date
    return None


def _text(el: _Element) -> str | None:
    return _clean("".join(el.itertext()))


def _words(text: str) -> set[str]:
    return {w.casefold() for w in _WORD.findall(text)}


def _agreement(heading: str, titles: list[str]) -> float:
    """How far a heading agrees with the best of the declared titles: shared words over
    the longer one's (1.0 for the same words)."""
    own = _words(heading)
    best = 0.0
    for t in titles:
        other = _words(t)
        if own and other:
            best = max(best, len(own & other) / max(len(own), len(other)))
    return best


def _unshared_parts(parts: list[str], declared: list[str]) -> set[str]:
    """The parts of a ``<title>`` ("Story | DER KURIER") that agree with no title the
    page declares (:func:`_agreement`): the site's name, never the headline (folded)."""
    if len(parts) < 2 or not declared:
        return set()
    return {p.casefold() for p in parts if _agreement(p, declared) < _AGREES}


def _headline(
    root: _Element, declared: list[str], title: str | None, site: str | None, url: str | None
) -> str | None:
    """The ``<h1>`` (or ``<h2>``) that agrees with a declared title or ``<title>``, else the
    declared title, else ``<title>`` without the site name, else the page's only ``<h1>``. The site's own name (its
    ``og:site_name``, or the shorter parts of a ``<title>`` such as "Story - Site") is
    never the headline."""
    parts = _TITLE_SPLIT.split(title) if title else []
    names = {site.casefold()} if site else set()
    slug = [_SLUG_SPLIT.sub(" ", urlsplit(url).path)] if url else []
    for d in declared:  # "Story - Site" declaring "Site": the address names the story
        others = [p for p in parts if p.casefold() != d.casefold()]
        if (
            slug
            and len(others) < len(parts)
            and _agreement(d, slug) == 0
            and any(_agreement(p, slug) >= _AGREES for p in others)
        ):
            names.add(d.casefold())
    names |= _unshared_parts(parts, [d for d in declared if d.casefold() not in names])
    rest = [p for p in parts if p.casefold() not in names]
    longest = max(rest, key=len) if rest else None
    declared = [d for d in declared if d.casefold() not in names]
    titles = [*declared, *parts]
    for tag in ("h1", "h2"):
        heads = [t for t in (_text(h) for h in root.iter(tag)) if t and len(t) <= 300]
        scored = [
            (_agreement(h, titles), -i, h) for i, h in enumerate(heads) if h.casefold() not in names
        ]
        best = max(scored, default=None)
        if best is not None and best[0] >= _AGREES:
            return best[2]
    if declared:
        return declared[0]
    if longest is not None:
        return longest
    h1s = [t for t in (_text(h) for h in root.iter("h1")) if t]
    return h1s[0] if len(h1s) == 1 else None


def _valid_url(text: str) -> bool:
    try:
        urlsplit(text)
    except ValueError:  # 'http://[x': a bracketed host that is no IPv6 address
        return False
    return True


def _page_url(candidates: Iterable[object], base: str | None, notes: list[str]) -> str | None:
    """The first candidate that is a URL, made absolute against ``base``, else ``base``;
    a candidate or base that is no URL is noted and passed over."""
    if base is not None and not _valid_url(base):
        notes.append(f"the page's given url {base[:200]!r} is no URL; it was not used")
        base = None
    for candidate in candidates:
        ref = _first(candidate)
        if ref is None:
            continue
        out = urljoin(base, ref) if base is not None and _valid_url(ref) else ref
        if _valid_url(out):
            return out
        notes.append(f"the page's URL {ref[:200]!r} is no URL; it was skipped")
    return base


def read_meta(
    root: _Element, url: str | None, encoding: str, notes: list[str] | None = None
) -> Meta:
    """Read the page's metadata (see the module docstring for the sources); what cannot
    be read (a JSON-LD script that is no JSON, a URL that is none) is skipped, with a
    line saying so appended to ``notes``."""
    notes = [] if notes is None else notes
    metas = _metas(root)
    ld = _article_ld(root, notes)

    def meta(*names: str) -> list[str]:
        return [v for n in names for v in metas.get(n, ())]

    title_el = next(root.iter("title"), None)
    title = _text(title_el) if title_el is not None else None
    declared = [
        t
        for t in (
            _first(ld.get("headline")),
            _first(meta("og:title")),
            _first(meta("twitter:title")),
            _first(meta("headline", "parsely-title", "sailthru.title", "dc.title")),
        )
        if t
    ]
    itemprop_authors = [
        _text(el)
        for el in root.xpath('//*[@itemprop="author"]//*[@itemprop="name"]|//*[@rel="author"]')
        if isinstance(el, _Element)
    ]
    authors = (
        _names(ld.get("author"))
        or _split_authors(meta("author", "article:author", "byl", "parsely-author"))
        or _split_authors(meta("sailthru.author", "dc.creator", "dcterms.creator"))
        or _split_authors(itemprop_authors)
    )
    times = [t.get("datetime") for t in root.iter("time") if t.get("datetime")]
    published = _first_date(
        ld.get("datePublished"),
        meta("article:published_time", "og:published_time", "datepublished"),
        meta("parsely-pub-date", "sailthru.date", "pubdate", "publish-date", "date"),
        meta("dc.date.issued", "dc.date", "dcterms.created", "article.published"),
        ld.get("dateCreated"),
        times,
    )
    modified = _first_date(
        ld.get("dateModified"),
        meta("article:modified_time", "og:updated_time", "datemodified", "last-modified"),
        meta("dcterms.modified", "article.updated"),
    )
    canonical = next(
        (
            el.get("href")
            for el in root.iter("link")
            if "canonical" in (el.get("rel") or "").lower().split() and el.get("href")
        ),
        None,
    )
    page_url = _page_url(
        (canonical, meta("og:url"), ld.get("url"), ld.get("mainEntityOfPage")), url, notes
    )
    publisher = ld.get("publisher")
    lang = _first(
        root.get("lang"),
        root.get("xml:lang"),
        ld.get("inLanguage"),
        meta("og:locale", "content-language", "language", "dc.language"),
    )
    http_lang = [
        el.get("content")
        for el in root.iter("meta")
        if (el.get("http-equiv") or "").lower() == "content-language"
    ]
    site = _first(
        meta("og:site_name", "application-name", "publisher"),
        publisher.get("name") if isinstance(publisher, dict) else None,
    )
    return Meta(
        headline=_headline(root, declared, title, site, page_url),
        authors=tuple(authors),
        published=published,
        modified=modified,
        url=page_url,
        site=site,
        language=(lang or _first(http_lang) or "").replace("_", "-") or None,
        description=_first(
            meta("description", "og:description", "twitter:description"), ld.get("description")
        ),
        encoding=encoding,
    )
