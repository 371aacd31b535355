"""Byline authors: each a name with its ``name``, an outlet never an author."""

from __future__ import annotations

import pytest

import newsdoc
from newsdoc.model import Byline


def _authors(byline: str) -> list[tuple[str, str | None, str]]:
    article = newsdoc.parse(f"Harbour opens\n\n{byline}\n\nThe harbour opened on Monday.")
    bylines = [b for b in article.blocks if isinstance(b, Byline)]
    assert bylines, "no byline"
    for b in bylines:
        for a in b.authors:
            assert article.text[a.span.start : a.span.end] == a.text
    return [(a.text, a.name, a.form) for b in bylines for a in b.authors]


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        ("By Ana Ruiz and Tom Beck", ["Ana Ruiz", "Tom Beck"]),
        ("By Ana Ruiz, Tom Beck, Ida Berg", ["Ana Ruiz", "Tom Beck", "Ida Berg"]),
        ("By Ana Ruiz, Associated Press", ["Ana Ruiz"]),
        ("By Tom Beck, CNN Business", ["Tom Beck"]),
        ("By Ana Ruiz and Tom Beck USA TODAY", ["Ana Ruiz", "Tom Beck"]),
        ("By Ida Berg September 15, 2019", ["Ida Berg"]),
        ("By ANA RUIZ - 2019-04-10", ["ANA RUIZ"]),
        ("By Ana Ruiz Ana Ruiz", ["Ana Ruiz"]),
        ("By Harbour News Weekly", []),
    ],
)
def test_byline_authors_are_named_and_outlets_are_none(byline: str, expected: list[str]) -> None:
    got = _authors(byline)
    assert [name for _, name, _ in got] == expected
    assert all(text == name and form == "name" for text, name, form in got)
