"""The dateline ("WASHINGTON (AP) —") at the head of one of the first paragraphs."""

from __future__ import annotations

from collections.abc import Sequence

import regex

from newsdoc.model import Dateline, Span
from newsdoc.rules import RuleSet, Stage

__all__ = ["find_dateline"]

_LEAD_IN = regex.compile(r"[^\p{Ll}\s]+(?:[ ][^\p{Ll}\s]+){0,2}")  # "ABSTRACT.", "FULL TEXT."


def find_dateline(
    text: str, paragraphs: Sequence[Span], rules: RuleSet, timeout: float
) -> dict[int, Dateline]:
    """The dateline at the head of one of the first paragraphs, keyed by paragraph start.

    The first three paragraphs are tried, not counting lead-in labels before them
    ("ABSTRACT.", "FULL TEXT.": a few words without a lower-case letter).
    """
    stage = rules.for_stage(Stage.DATELINE, timeout)
    tried = 0
    for para in paragraphs:
        if tried == 3:
            break
        head = para.of(text)
        if _LEAD_IN.fullmatch(head):
            continue
        tried += 1
        for rule in stage:
            m = rule.match(head)  # dateline patterns see the paragraph alone
            if m is None or not head[m.end() :].strip():
                continue
            groups = m.re.groupindex
            place = _group(m, "place", para.start) if "place" in groups else None
            agency = _group(m, "agency", para.start) if "agency" in groups else None
            if place is None and agency is None:
                continue
            span = Span(para.start, para.start + len(m.group().rstrip()))
            return {para.start: Dateline(span, span.of(text), place, agency)}
    return {}


def _group(m: regex.Match[str], name: str, offset: int) -> Span | None:
    start, end = m.span(name)
    return None if start < 0 or start == end else Span(offset + start, offset + end)
