"""Flat rows for tables (pandas, CSV, SQL): one dict per attribution, or per speaker.

``attribution_rows(article, id=...)`` gives one row per entry of
``Article.attributions``, in text order, with the same keys (:data:`COLUMNS`)
every time, so that ``pandas.DataFrame(rows)`` or ``csv.DictWriter`` take
them as they are. Offsets are character offsets into ``Article.text``.
``source_rows(articles)`` gives one row per speaker across many articles
(:data:`SOURCE_COLUMNS`): whom an archive quotes, how often, and how.

>>> from newsdoc import attribution_rows, parse
>>> article = parse("Rain\\n\\n“It is wet,” said Mayor Ana Ruiz.")
>>> row = attribution_rows(article, id="a1")[0]
>>> row["id"], row["speaker"], row["cue"], row["quote"], row["paragraph"]
('a1', 'Ana Ruiz', 'said', 'It is wet,', 0)
"""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Iterable
from typing import Any, NamedTuple

import attrs

from newsdoc.model import Article, AttributionKind

__all__ = [
    "COLUMNS",
    "SOURCE_COLUMNS",
    "SUMMARY_COLUMNS",
    "SourceTable",
    "SpeakerTally",
    "attribution_rows",
    "gender_summary",
    "source_rows",
    "speaker_tallies",
]

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


# -- sources: one row per speaker across an archive ------------------------------------------------

SOURCE_COLUMNS: dict[str, str] = {
    "speaker": "the speaker's resolved name (Speaker.name): articles join on this name alone",
    "kind": "person or organization, as most of the articles say; None when none says",
    "named": "False for a speaker the articles only describe ('a source'): the name is that phrase",
    "gender": "the speaker's gender, once the parser provides one (Speaker.gender); None until then",
    "articles": "how many articles credit the speaker with at least one attribution",
    "attributions": "how many attributions credit the speaker, in all the articles",
    "direct": "how many of them are direct (quotes)",
    "mixed": "how many are mixed (reported speech holding a quote)",
    "reported": "how many are reported (no quotation marks)",
    "first_mentions": "how the articles first mention the speaker: each distinct wording, "
    "the commonest first, joined by ' | '",
}
"""The keys of every :func:`source_rows` row, in order, each with what it holds."""


class SpeakerTally(NamedTuple):
    """One speaker of one article, as :class:`SourceTable` counts it (small, picklable)."""

    name: str
    kind: str | None
    named: bool
    gender: str | None
    first_mention: str
    direct: int
    mixed: int
    reported: int


def speaker_tallies(article: Article) -> tuple[SpeakerTally, ...]:
    """The article's speakers that have attributions, each with its counts by kind."""
    tallies = []
    for speaker in article.speakers:
        if not speaker.attributions:
            continue
        kinds = Counter(a.kind for a in speaker.attributions)
        first = " ".join(speaker.mentions[0].text.split()) if speaker.mentions else speaker.name
        tallies.append(
            SpeakerTally(
                speaker.name,
                speaker.kind,
                speaker.named,
                getattr(speaker, "gender", None),  # provided by a later speaker model
                first,
                kinds[AttributionKind.DIRECT],
                kinds[AttributionKind.MIXED],
                kinds[AttributionKind.REPORTED],
            )
        )
    return tuple(tallies)


@attrs.define
class _Source:
    kinds: Counter[str] = attrs.Factory(Counter)
    genders: Counter[str] = attrs.Factory(Counter)
    firsts: Counter[str] = attrs.Factory(Counter)
    named: bool = False
    articles: int = 0
    last: int = -1  # the number of the last article counted
    direct: int = 0
    mixed: int = 0
    reported: int = 0


class SourceTable:
    """Speakers counted across articles, added one at a time (constant memory per speaker).

    Speakers of different articles are the same source when their resolved
    names are equal, and only then: ``"Donald Trump"`` in one article and
    ``"Trump"`` alone in another are two rows, and so are two people who share a name.
    """

    def __init__(self) -> None:
        self._sources: dict[str, _Source] = {}
        self._count = 0

    def add(self, article: Article) -> None:
        """Count one article's speakers."""
        self.add_tallies(speaker_tallies(article))

    def add_tallies(self, tallies: Iterable[SpeakerTally]) -> None:
        """Count one article's speakers, from its :func:`speaker_tallies` (what workers send)."""
        self._count += 1
        for t in tallies:
            source = self._sources.get(t.name)
            if source is None:
                source = self._sources[t.name] = _Source()
            if source.last != self._count:
                source.last = self._count
                source.articles += 1
                source.firsts[t.first_mention] += 1
            if t.kind:
                source.kinds[t.kind] += 1
            if t.gender:
                source.genders[t.gender] += 1
            source.named = source.named or t.named
            source.direct += t.direct
            source.mixed += t.mixed
            source.reported += t.reported

    def rows(self) -> list[dict[str, Any]]:
        """One dict per speaker, keyed by :data:`SOURCE_COLUMNS`: the most attributions first."""
        order = sorted(
            self._sources.items(),
            key=lambda kv: (-(kv[1].direct + kv[1].mixed + kv[1].reported), -kv[1].articles, kv[0]),
        )
        return [
            {
                "speaker": name,
                "kind": _commonest(s.kinds),
                "named": s.named,
                "gender": _commonest(s.genders),
                "articles": s.articles,
                "attributions": s.direct + s.mixed + s.reported,
                "direct": s.direct,
                "mixed": s.mixed,
                "reported": s.reported,
                "first_mentions": " | ".join(form for form, _ in s.firsts.most_common()),
            }
            for name, s in order
        ]


def _commonest(counts: Counter[str]) -> str | None:
    """The value counted most often (the first seen among equals), or None."""
    return counts.most_common(1)[0][0] if counts else None


def source_rows(articles: Iterable[Article]) -> list[dict[str, Any]]:
    """One dict per speaker across ``articles``, keyed by :data:`SOURCE_COLUMNS`.

    Speakers join across articles by their resolved name alone (see
    :class:`SourceTable`); an attribution whose speaker was never resolved to a
    name (a lone "he") has no row. Rows come with the most attributions first
    (then the most articles, then by name), ready for ``pandas.DataFrame(rows)``;
    ``newsdoc sources`` writes the same rows.

    >>> from newsdoc import parse, source_rows
    >>> texts = ["Rain\\n\\n“Wet,” said Mayor Ana Ruiz.", "Sun\\n\\nAna Ruiz said it was dry."]
    >>> [(r["speaker"], r["articles"], r["direct"], r["reported"]) for r in source_rows(
    ...     parse(t) for t in texts)]
    [('Ana Ruiz', 2, 1, 1)]
    """
    table = SourceTable()
    for article in articles:
        table.add(article)
    return table.rows()


SUMMARY_COLUMNS: dict[str, str] = {
    "gender": "female, male, unknown (neither the article nor the name tables say), or all",
    "people": "named people quoted (rows of kind person that are named)",
    "attributions": "the attributions crediting them",
    "people_share": "their share of the people whose gender is known (None for unknown, all)",
    "attributions_share": "their share of the attributions of people whose gender is known",
}
"""The keys of every :func:`gender_summary` row, in order, each with what it holds."""


def gender_summary(rows: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """The counts a gender-gap report needs, from :func:`source_rows` rows: named people
    quoted and their attributions by gender, with each gender's share of those whose
    gender is known (rounded to three places). Rows: ``female``, ``male``, ``unknown``,
    ``all``, keyed by :data:`SUMMARY_COLUMNS`.

    >>> rows = [{"kind": "person", "named": True, "gender": "female", "attributions": 3},
    ...         {"kind": "person", "named": True, "gender": "male", "attributions": 1}]
    >>> [(r["gender"], r["people"], r["attributions_share"]) for r in gender_summary(rows)]
    [('female', 1, 0.75), ('male', 1, 0.25), ('unknown', 0, None), ('all', 2, None)]
    """
    people: Counter[str] = Counter()
    said: Counter[str] = Counter()
    for row in rows:
        if row["kind"] != "person" or not row["named"]:
            continue
        gender = row["gender"] or "unknown"
        people[gender] += 1
        said[gender] += row["attributions"]
    known_people = people["female"] + people["male"]
    known_said = said["female"] + said["male"]

    def share(n: int, total: int) -> float | None:
        return round(n / total, 3) if total else None

    out = [
        {
            "gender": g,
            "people": people[g],
            "attributions": said[g],
            "people_share": share(people[g], known_people) if g != "unknown" else None,
            "attributions_share": share(said[g], known_said) if g != "unknown" else None,
        }
        for g in ("female", "male", "unknown")
    ]
    out.append(
        {
            "gender": "all",
            "people": sum(people.values()),
            "attributions": sum(said.values()),
            "people_share": None,
            "attributions_share": None,
        }
    )
    return out
