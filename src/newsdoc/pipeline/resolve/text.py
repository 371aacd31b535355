"""The headline's and paragraphs' tokens as one set of arrays with sentences, and the
token codes and reaches every part of resolution reads."""

from __future__ import annotations

import re
from array import array
from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Sequence
from typing import overload

from newsdoc.model import Span
from newsdoc.pipeline.tokens import Tokens

__all__ = [
    "APPOSITIVE",
    "BODY_REACH",
    "DESCRIBED",
    "ENDS",
    "OCCURRENCES",
    "PUNCT",
    "REACH",
    "RUN",
    "VERBS",
    "Text",
    "Words",
]


REACH = 5  # sentences back a pronoun looks for its person
OCCURRENCES = 16  # an entity's latest occurrences a pronoun weighs (bounded: linear time)
BODY_REACH = 2000  # tokens back 'the campaign' looks for 'the Trump campaign'
APPOSITIVE = 8  # an appositive ('a doctor at the county hospital') is short
RUN = re.compile(rb"\x01[\x01\x02]*")  # capitalised tokens, particles and inner dots
ENDS = frozenset(',;:.()"-')  # token codes that close an appositive
PUNCT = frozenset(',;:.()"-sx')
DESCRIBED = re.compile(r"D[wC]?[TG]")  # a determiner, maybe a modifier, a title word
VERBS = frozenset("VOUASBh")  # cue, attitude, stance verbs, be, auxiliaries


class Words(Sequence[str]):
    """Every token's text, read off the text when asked (no list of strings is kept)."""

    def __init__(self, text: str, starts: array[int], ends: array[int]) -> None:
        self.text, self.starts, self.ends = text, starts, ends

    def __len__(self) -> int:
        return len(self.ends)

    def __iter__(self) -> Iterator[str]:
        return map(self.text.__getitem__, map(slice, self.starts, self.ends))

    @overload
    def __getitem__(self, i: int) -> str: ...
    @overload
    def __getitem__(self, i: slice) -> list[str]: ...
    def __getitem__(self, i: int | slice) -> str | list[str]:
        if isinstance(i, slice):
            return [self[k] for k in range(*i.indices(len(self)))]
        return self.text[self.starts[i] : self.ends[i]]


class Text:
    """The headline's and paragraphs' tokens as one set of arrays, with sentences."""

    def __init__(self, parts: Sequence[Tokens], dead: Sequence[Span]) -> None:
        self.starts: array[int] = array("q")  # arrays: 8 bytes a token, not 36
        self.ends: array[int] = array("q")
        codes: list[str] = []
        sentence_starts: list[int] = []
        for t in parts:
            off = len(self.starts)
            self.starts.extend(t.starts)
            self.ends.extend(t.ends)
            codes.append(t.codes)
            sentence_starts += (off + r.start for r in t.paragraphs)
        self.words = Words(parts[0].text if parts else "", self.starts, self.ends)
        self.blocks = sentence_starts[:]  # the first token of each block
        self.codes = "".join(codes)
        sentence_starts += (m.end() for m in re.finditer(r"\.+", self.codes))
        self.sentences = sorted(set(sentence_starts))
        self.dead = [
            (bisect_left(self.starts, d.start), bisect_left(self.starts, d.end)) for d in dead
        ]
        head = len(parts[0].ends) if len(parts) > 1 else 0
        long = [w for w in self.words[:head] if len(w) > 3]
        self.titled = (
            head if len(long) >= 3 and sum(w[0].isupper() for w in long) >= 0.8 * len(long) else 0
        )
        """Tokens of a headline in title case (``Clinton Goes After Trump``) at the start."""

    def sentence(self, k: int) -> int:
        return bisect_right(self.sentences, k) - 1

    def index(self, offset: int) -> int:
        """The first token that ends after ``offset``."""
        return bisect_right(self.ends, offset)

    def tokens_of(self, span: Span) -> range:
        return range(self.index(span.start), bisect_left(self.starts, span.end))
