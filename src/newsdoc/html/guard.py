"""What the page is trimmed of before lxml reads it: attribute counts no real page has.

libxml2 compares each attribute of an element with every one before it, so one
element with ``n`` attributes costs ``n²`` (90,000 attributes on one ``<p>``:
19 s). :func:`trim_attributes` keeps the first :data:`MAX_ATTRIBUTES` of every
start tag and drops the rest (a page's largest elements hold a few dozen). It
reads start tags as the HTML tokenizer does (quoted values may hold ``>`` and
``<``, attributes need no space between them), in one linear pass.
"""

from __future__ import annotations

import regex

__all__ = ["MAX_ATTRIBUTES", "trim_attributes"]

MAX_ATTRIBUTES = 1000
"""Attributes kept per start tag; the rest are dropped, and the page says so."""

_ATTRIBUTE = r"""[\s/]*+[^\s/>=][^\s/>=]*+(?:\s*+=\s*+(?:"[^"]*+"|'[^']*+'|[^\s>]*+))?+"""
# A start tag and at most MAX_ATTRIBUTES of its attributes: a bounded repetition, since the
# regex module keeps some state per repetition (an unbounded one took 24x a long tag).
_TAG = regex.compile(rf"<[A-Za-z][^\s/>]*+(?:{_ATTRIBUTE}){{0,{MAX_ATTRIBUTES}}}+")
_MORE = regex.compile(rf"(?:{_ATTRIBUTE}){{1,{MAX_ATTRIBUTES}}}+")


def trim_attributes(text: str) -> tuple[str, int]:
    """The page with every start tag cut to its first :data:`MAX_ATTRIBUTES` attributes,
    and how many tags were cut (``0``: the page is returned as it was)."""
    if len(text) <= 2 * MAX_ATTRIBUTES:  # no room for that many attributes (two characters each)
        return text, 0
    parts: list[str] = []
    done = 0
    for m in _TAG.finditer(text):
        end = m.end()
        if end - m.start() <= 2 * MAX_ATTRIBUTES or m.start() < done:
            continue  # a short tag, or a "<" inside the attributes of a tag already cut
        if _MORE.match(text, end) is not None:  # more than the limit: drop the rest
            parts.append(text[done:end])
            while (more := _MORE.match(text, end)) is not None:
                end = more.end()
            done = end
    if not parts:
        return text, 0
    parts.append(text[done:])
    return "".join(parts), len(parts) - 1
