"""Partition functions for clusters: Dask bags and data frames, Spark's ``mapInPandas``.

A cluster framework splits an archive into partitions and calls a function on
each, in its workers; these are those functions. Each parses its partition in
the worker's own process (:func:`~newsdoc.batch.parse_many` with
``processes=1``) with a rule set resolved once per worker process: a name
loads through the registry's cache, and a :class:`~newsdoc.rules.RuleSet`
object that comes again with every task is replaced by the equal one seen
first, so its patterns compile once. A failed item becomes a record with an
``error`` (bags) or no rows (frames); it never fails the task.

``parse_records`` needs nothing beyond newsdoc; ``attribution_frame`` needs
pandas (``pip install 'newsdoc[dask]'``).

>>> from newsdoc.partitions import parse_records
>>> [sorted(r) for r in parse_records([("a", "Rain\\n\\n“Wet,” she said."), ("b", b"\\xff")])]
[['article', 'id'], ['error', 'id']]
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable, Iterator
from typing import Any

from newsdoc.batch import Rules, parse_many
from newsdoc.rows import COLUMNS, attribution_rows

Frame = Any
"""A ``pandas.DataFrame`` (pandas is optional, and typed loosely here)."""

__all__ = ["ROW_TYPES", "attribution_frame", "attribution_frames", "parse_records"]


def parse_records(items: Iterable[Any], rules: Rules = None) -> list[dict[str, Any]]:
    """Parse a partition of items into JSON-safe records, one per item, in order.

    ``items`` are what :func:`~newsdoc.batch.parse_many` takes. A record is
    ``{"id", "article": Article.to_dict()}``, or ``{"id", "error": {"type",
    "message"}}`` for an item that failed (the CLI's JSONL form, without
    ``source``). For ``dask.bag.Bag.map_partitions``.
    """
    records: list[dict[str, Any]] = []
    for result in parse_many(items, rules=rules, processes=1):
        if result.article is not None:
            records.append({"id": result.id, "article": result.article.to_dict()})
        else:
            assert result.error is not None
            records.append({"id": result.id, "error": result.error.to_dict()})
    return records


ROW_TYPES: dict[str, str] = {
    name: "Int64"
    if name.endswith(("_start", "_end")) or name in ("quotes", "paragraph")
    else "object"
    for name in COLUMNS
}
"""The pandas dtype of each column of :func:`attribution_frame` (offsets: nullable ``Int64``)."""


def attribution_frame(
    frame: Frame, rules: Rules = None, *, text: str = "text", id: str = "id"
) -> Frame:
    """The attribution rows of a partition of articles, as a pandas DataFrame.

    Args:
        frame: one row per article, its text in column ``text`` and its id in
            column ``id`` (the frame's index when there is no such column).
        rules: the rule set, as for :func:`~newsdoc.parse.parse`.
        text: the column holding the texts (``str`` or UTF-8 ``bytes``).
        id: the column holding the ids.

    Returns a frame with the columns of :data:`~newsdoc.rows.COLUMNS`, typed
    as :data:`ROW_TYPES` (so an empty partition has the same columns and
    types; ``attribution_frame(frame.head(0))`` is the ``meta`` Dask asks
    for). Articles that fail to parse give no rows. For
    ``dask.dataframe.DataFrame.map_partitions``.
    """
    pd = importlib.import_module("pandas")  # optional: imported when first needed
    ids = frame[id] if id in frame.columns else frame.index
    rows = [
        row
        for result in parse_many(zip(ids, frame[text], strict=True), rules=rules, processes=1)
        if result.article is not None
        for row in attribution_rows(result.article, id=result.id)
    ]
    return pd.DataFrame(rows, columns=list(COLUMNS)).astype(ROW_TYPES)


def attribution_frames(
    frames: Iterable[Frame], rules: Rules = None, *, text: str = "text", id: str = "id"
) -> Iterator[Frame]:
    """:func:`attribution_frame` of each frame in turn: the function Spark's ``mapInPandas`` takes."""
    for frame in frames:
        yield attribution_frame(frame, rules, text=text, id=id)
