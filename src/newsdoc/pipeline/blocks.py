"""Stage 1: split the text into block spans, offsets kept.

A block is a line with its surrounding blanks trimmed; a line that continues a
hard-wrapped sentence (the previous line has no end punctuation and this one
starts in lower case) joins the previous block.
"""

from __future__ import annotations

import regex

from newsdoc.model import Span

_LINE_BREAK = "\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029"
# A run of characters between line breaks, trimmed of white space at both ends.
_LINE = regex.compile(rf"[^\s{_LINE_BREAK}](?:[^{_LINE_BREAK}]*[^\s{_LINE_BREAK}])?")
_WRAPPED_END = regex.compile(r"[\p{L}\p{N},;\-–]$")
_WRAPPED_START = regex.compile(r"\p{Ll}")
_BLANK_LINE = regex.compile(rf"[{_LINE_BREAK}][^\S]*[{_LINE_BREAK}]")


def split_blocks(text: str) -> list[Span]:
    """Return the spans of the text's blocks, in order; together they hold every non-blank char."""
    spans: list[Span] = []
    prev_end = -1
    for m in _LINE.finditer(text):
        start, end = m.span()
        if (
            spans
            and _WRAPPED_START.match(text, start)
            and _WRAPPED_END.search(text, prev_end - 1, prev_end)
            and not _BLANK_LINE.search(text, prev_end, start)
        ):
            spans[-1] = Span(spans[-1].start, end)
        else:
            spans.append(Span(start, end))
        prev_end = end
    return spans
