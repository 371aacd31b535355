"""What the page is trimmed of before lxml reads it: attribute counts no real page has.

libxml2 compares each attribute of an element with every one before it, so one
element with ``n`` attributes costs ``n²`` (90,000 attributes on one ``<p>``:
19 s). :func:`trim_attributes` keeps the first :data:`MAX_ATTRIBUTES` of every
start tag and drops the rest (a page's largest elements hold a few dozen). It
reads start tags as the HTML tokenizer does (quoted values may hold ``>`` and
``<``, attributes need no space between them), in one linear pass.
"""

from __future__ import annotations

from itertools import islice

import regex

__all__ = ["MAX_ATTRIBUTES", "trim_attributes"]

MAX_ATTRIBUTES = 1000
"""Attributes kept per start tag; the rest are dropped, and the page says so."""

_ATTRIBUTE = r"""[\s/]*+[^\s/>=][^\s/>=]*+(?:\s*+=\s*+(?:"[^"]*+"|'[^']*+'|[^\s>]*+))?+"""
# A start tag long enough to hold more attributes than the limit (at least two
# characters each): shorter tags are matched and passed over without counting.
_TAG = regex.compile(rf"<[A-Za-z][^\s/>]*+((?:{_ATTRIBUTE})*+)")
_ONE = regex.compile(_ATTRIBUTE)
_LONG = 2 * MAX_ATTRIBUTES


def trim_attributes(text: str) -> tuple[str, int]:
    """The page with every start tag cut to its first :data:`MAX_ATTRIBUTES` attributes,
    and how many tags were cut (``0``: the page is returned as it was)."""
    if len(text) <= _LONG:
        return text, 0
    parts: list[str] = []
    done = 0
    cut = 0
    for m in _TAG.finditer(text):
        if m.end() - m.start() <= _LONG:
            continue
        found = _ONE.finditer(text, m.start(1), m.end())
        ends = [a.end() for a in islice(found, MAX_ATTRIBUTES + 1)]
        if len(ends) <= MAX_ATTRIBUTES:
            continue
        parts.append(text[done : ends[MAX_ATTRIBUTES - 1]])
        done = m.end()
        cut += 1
    if not cut:
        return text, 0
    parts.append(text[done:])
    return "".join(parts), cut
