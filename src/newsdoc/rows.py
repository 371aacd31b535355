"""Flat rows: one plain dict per attribution, for tables (pandas, CSV, SQL).

``attribution_rows(article, id=...)`` gives one row per entry of
``Article.attributions``, in text order, with the same keys (:data:`COLUMNS`)
every time, so that ``pandas.DataFrame(rows)`` or ``csv.DictWriter`` take
them as they are. Offsets are character offsets into ``Article.text``.

>>> from newsdoc import attribution_rows, parse
>>> article = parse("Rain\\n\\n“It is wet,” said Mayor Ana Ruiz.")
>>> row = attribution_rows(article, id="a1")[0]
>>> row["id"], row["speaker"], row["cue"], row["quote"], row["paragraph"]
('a1', 'Ana Ruiz', 'said', 'It is wet,', 0)
"""

from __future__ import annotations

import bisect
from typing import Any

from newsdoc.model import Article

__all__ = ["COLUMNS", "attribution_rows"]

COLUMNS: dict[str, str] = {
    "id": "the id given to attribution_rows (the article's id in an archive)",
    "speaker": "the speaker's resolved name (Speaker.name), or the mention's words when unresolved",
    "mention": "the words that name the speaker at this attribution (he, Mr. Putin, the senator)",
    "mention_start": "where the mention starts",
    "mention_end": "where the mention ends",
    "cue": "the cue's words (said, according to), or None",
    "cue_start": "where the cue starts, or None",
    "cue_end": "where the cue ends, or None",
    "kind": "an AttributionKind: direct (a quote), mixed (a reported clause holding a quote) or reported",
    "content": "what was said: the content's text, its parts joined by ' … ' when split",
    "content_start": "where the content starts",
    "content_end": "where the content ends (the end of its last part)",
    "quote": "the words inside the quotation marks, parts joined by ' … '; None without quotes",
    "quotes": "how many quotes the attribution covers (a split quote: 2; reported speech: 0)",
    "paragraph": "the index in Article.paragraphs of the paragraph where the content starts",
    "rule": "the rule that made the attribution",
}
"""The keys of every row, in order, each with what it holds."""

_JOIN = " … "


def attribution_rows(article: Article, id: Any = None) -> list[dict[str, Any]]:
    """One dict per attribution of ``article``, in text order, keyed by :data:`COLUMNS`.

    Args:
        article: a parsed article.
        id: put in every row's ``id`` column (a file name, a database key).
    """
    names = {m.span: s.name for s in article.speakers for m in s.mentions}
    starts = [p.span.start for p in article.paragraphs]
    inner = {q.span: q.inner for q in article.quotes}
    rows = []
    for a in article.attributions:
        content = a.content
        quotes = [inner.get(span, span) for span in a.quotes]
        rows.append(
            {
                "id": id,
                "speaker": names.get(a.speaker.span) or a.speaker.name or a.speaker.text,
                "mention": a.speaker.text,
                "mention_start": a.speaker.span.start,
                "mention_end": a.speaker.span.end,
                "cue": a.cue.text if a.cue else None,
                "cue_start": a.cue.span.start if a.cue else None,
                "cue_end": a.cue.span.end if a.cue else None,
                "kind": a.kind,
                "content": _JOIN.join(s.of(article.text) for s in content),
                "content_start": content[0].start if content else None,
                "content_end": content[-1].end if content else None,
                "quote": _JOIN.join(s.of(article.text) for s in quotes) if quotes else None,
                "quotes": len(quotes),
                "paragraph": max(0, bisect.bisect_right(starts, content[0].start) - 1)
                if content and starts
                else None,
                "rule": a.rule,
            }
        )
    return rows
