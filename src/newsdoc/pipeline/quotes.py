"""Stage 3: one scan of quotation marks over the paragraphs, in order.

Marks pair by glyph and by context (the characters on either side), so that
damage from a stray or misordered mark stays local:

* a closing glyph with nothing open is a stray and is skipped, except at the
  start of a paragraph, where it opens a quote (misordered ``” … ,” she said``);
* while a quote is open, its own closing glyph closes it, and so does any
  other closing glyph in closing position (mixed marks: ``"Yes,” he said``);
* a glyph that both opens and closes (``"``, ``»`` in German ``»…«``) opens
  in opening position (after a space, before a word); one that is not its
  own closer also opens between spaces (French ``« Oui »``) when a closing
  glyph follows in the paragraph (``» Read more`` is a bullet);
* an opening glyph of the same family while a quote is open closes it
  (double marks never nest in news prose: nested quotes use single marks);
* a paragraph that opens a quote and does not close it continues into the
  next paragraph when that one opens with a mark (the news convention for
  quotes over several paragraphs); otherwise the quote ends with its paragraph.

Single marks (‘ ’) make a quote only outside double quotes, when they pair
within one paragraph and are not apostrophes (It’s, the Smiths’ house).
Quotes never nest or overlap: a quote inside another (“…” inside ``''…''``)
is part of the outer one's words.

:func:`crowded` marks the quotes of runs far denser than news prose has
(hostile or broken input: hundreds of thousands of marks), which the rule
stages then leave alone, so that their cost per quote does not depend on
how many rules a rule set has.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Sequence

import attrs
import regex

from newsdoc.model import Span

__all__ = ["CROWD", "CROWD_REACH", "MarkTable", "QuoteDraft", "crowded", "find_quotes"]


@attrs.frozen
class QuoteDraft:
    """A quote found by the scan: outer span (marks included) and inner span (the words)."""

    span: Span
    inner: Span
    paragraph: int
    """Index (among the paragraphs) of the paragraph the quote starts in."""
    closed: bool = True


@attrs.frozen
class MarkTable:
    """Which glyphs open and close quotes, built from the rule set's ``quote_pairs`` list.

    Each entry of ``quote_pairs`` is a two-character string: opening glyph,
    closing glyph. A glyph that both opens and closes (``"``) is paired by context.
    """

    closers: dict[str, frozenset[str]]
    opening: frozenset[str]
    closing: frozenset[str]
    singles: dict[str, frozenset[str]]
    pattern: regex.Pattern[str]
    closing_pattern: regex.Pattern[str]
    long_pairs: tuple[tuple[str, str], ...] = ()
    """Marks of several characters, as (opening, closing): the New York Times' ``''…''``."""
    single_marks: frozenset[str] = attrs.field(
        init=False,
        default=attrs.Factory(
            lambda self: frozenset(self.singles).union(*self.singles.values()), takes_self=True
        ),
    )
    """Every glyph of a single-mark pair, opening or closing."""

    @classmethod
    def build(cls, pairs: Sequence[str], single_pairs: Sequence[str]) -> MarkTable:
        """Build the table; raise ValueError for an entry that is not two characters."""
        closers: dict[str, set[str]] = {}
        singles: dict[str, set[str]] = {}
        long_pairs: list[tuple[str, str]] = []
        for table, entries in ((closers, pairs), (singles, single_pairs)):
            for entry in entries:
                if table is closers and len(entry.split(" ")) == 2 and len(entry) > 3:
                    first, second = entry.split(" ")
                    long_pairs.append((first, second))
                    continue
                if len(entry) != 2:
                    raise ValueError(
                        "a quote pair is two characters, or two marks of several characters "
                        f"separated by a space (\"'' ''\"), got {entry!r}"
                    )
                table.setdefault(entry[0], set()).add(entry[1])
        pairs = [e for e in pairs if len(e) == 2]
        glyphs = {c for e in (*pairs, *single_pairs) for c in e}
        closing = frozenset(c for v in closers.values() for c in v)
        return cls(
            closers={k: frozenset(v) for k, v in closers.items()},
            opening=frozenset(closers),
            closing=closing,
            singles={k: frozenset(v) for k, v in singles.items()},
            pattern=_char_class(glyphs),
            closing_pattern=_char_class(closing),
            long_pairs=tuple(long_pairs),
        )


def _char_class(chars: Iterable[str]) -> regex.Pattern[str]:
    """One pattern for any of ``chars``; with none, a pattern that never matches."""
    body = "".join(regex.escape(c) for c in sorted(chars))
    return regex.compile(f"[{body}]" if body else "(?!)")


def _is_space(ch: str) -> bool:
    return ch == "" or ch.isspace()


_OPEN_CONTEXT = frozenset("([{<—–-/:;,")
_WORDISH = regex.compile(r"[\p{L}\p{N}]")


def _can_open(before: str, after: str) -> bool:
    """A mark opens when it is followed by a non-space and preceded by a space or bracket."""
    return not _is_space(after) and (_is_space(before) or before in _OPEN_CONTEXT)


def _can_close(before: str, after: str) -> bool:
    """A mark closes when it follows a non-space and no letter or digit comes right after."""
    return not _is_space(before) and not _WORDISH.match(after or " ")


def _closed_later(text: str, i: int, para: Span, table: MarkTable) -> bool:
    """Whether a closing glyph follows offset ``i`` in its paragraph (else a mark between
    spaces or opening a paragraph is a stray or a bullet, not a quote)."""
    return table.closing_pattern.search(text, i + 1, para.end) is not None


def _first_mark(text: str, span: Span, table: MarkTable) -> int | None:
    """Offset of the paragraph's first character when it is an opening mark."""
    ch = text[span.start]
    return span.start if ch in table.opening else None


def find_quotes(text: str, paragraphs: Sequence[Span], table: MarkTable) -> list[QuoteDraft]:
    """Scan the paragraphs in order and return the quotes, in order of their opening marks."""
    found: list[QuoteDraft] = []
    open_at: int | None = None  # offset of the open double mark
    open_glyph = ""
    open_para = 0
    for pi, para in enumerate(paragraphs):
        single_open: int | None = None
        single_glyph = ""
        continued = False
        if open_at is not None:
            # A quote left open by the previous paragraph: continue it when this one opens
            # with a mark, else end it with the previous paragraph.
            first = _first_mark(text, para, table)
            if first is None:
                prev = paragraphs[pi - 1]
                if not _stray(text, open_at):
                    found.append(_draft(open_at, prev.end, open_para, closed=False))
                open_at = None
            else:
                continued = True
        for m in table.pattern.finditer(text, para.start, para.end):
            i = m.start()
            ch = m.group()
            if continued and i == para.start:
                continued = False
                continue
            before = text[i - 1] if i > para.start else ""
            after = text[i + 1] if i + 1 < para.end else ""
            if ch in table.single_marks:
                if open_at is not None:
                    continue  # single marks inside a double quote are nested quotes: kept inside
                if single_open is None:
                    if ch in table.singles and _can_open(before, after):
                        single_open, single_glyph = i, ch
                elif ch in table.singles[single_glyph] and _can_close(before, after):
                    found.append(_draft(single_open, i + 1, pi))
                    single_open = None
                continue
            if open_at is None:
                # _can_open and _is_space, spelled out: this branch runs for every mark
                # of a run of marks
                space_before = before == "" or before.isspace()
                space_after = after == "" or after.isspace()
                if ch in table.opening and (
                    ch not in table.closing
                    or (not space_after and (space_before or before in _OPEN_CONTEXT))
                    or (
                        space_before
                        and space_after
                        and ch not in table.closers[ch]
                        and _closed_later(text, i, para, table)
                    )
                ):
                    open_at, open_glyph, open_para = i, ch, pi
                    single_open = None
                elif (
                    i == para.start and ch in table.closing and _closed_later(text, i, para, table)
                ):
                    open_at, open_glyph, open_para = i, ch, pi  # misordered: ”… opening a paragraph
                    single_open = None
                continue
            if (
                ch in table.closers.get(open_glyph, ())
                or ch == open_glyph
                or (ch in table.closing and _can_close(before, after))
            ):
                found.append(_draft(open_at, i + 1, open_para))
                open_at = None
        if open_at is not None and pi == len(paragraphs) - 1:
            if not _stray(text, open_at):
                found.append(_draft(open_at, para.end, open_para, closed=False))
            open_at = None
    for opening, closing in table.long_pairs:
        found = _long_marks(text, paragraphs, opening, closing, found)
    return found


def _outermost(quotes: list[QuoteDraft]) -> list[QuoteDraft]:
    """The quotes (in order of their starts) without any that starts inside the one kept
    before it: a quote inside a quote (``''It was “a disaster” for us,''``) is part of the
    outer one's words, as single marks inside double ones are; quotes never nest."""
    out: list[QuoteDraft] = []
    end = -1
    for q in quotes:
        if q.span.start >= end:
            out.append(q)
            end = q.span.end
    return out


def _open_until(
    start: int, end: int, paragraph: int, mark: int, taken: list[int]
) -> list[QuoteDraft]:
    """A quote left open from ``start``: to ``end``, or up to the next quote found before
    (quotes never overlap); none when that leaves it no words."""
    k = bisect_right(taken, start)
    if k < len(taken) and taken[k] < end:
        end = taken[k]
    if end - start <= mark:
        return []
    return [_draft(start, end, paragraph, closed=False, mark=mark)]


def _stray(text: str, at: int) -> bool:
    """Whether an opening mark left open at a paragraph's end, with no quote going on in the
    next, is a stray: the words after it start in lower case (a misordered mark inside a
    sentence, ``… behavior “of Russian power.``), where a quote that runs on opens a sentence."""
    return text[at + 1 : at + 2].islower()


def _long_marks(
    text: str, paragraphs: Sequence[Span], opening: str, closing: str, found: list[QuoteDraft]
) -> list[QuoteDraft]:
    """Add the quotes between marks of several characters (``''…''``) that lie outside the
    quotes found so far, pairing an opening mark (space before, word after) with the next
    closing one (word before, no letter after) in its paragraph; a quote left open runs on
    into the next paragraph when that one opens with the mark."""
    if not any(text.find(opening, p.start, p.end) >= 0 for p in paragraphs):
        return found
    taken = [q.span for q in found]
    starts = [s.start for s in taken]
    more: list[QuoteDraft] = []
    n = len(opening)
    open_at: int | None = None
    open_para = 0
    for pi, para in enumerate(paragraphs):
        if open_at is not None and not text.startswith(opening, para.start):
            more.extend(_open_until(open_at, paragraphs[pi - 1].end, open_para, n, starts))
            open_at = None
        i = text.find(opening if open_at is None else closing, para.start, para.end)
        while i >= 0:
            k = bisect_right(starts, i) - 1
            inside = k >= 0 and taken[k].start <= i < taken[k].end
            before = text[i - 1] if i > para.start else ""
            after = text[i + n] if i + n < para.end else ""
            if inside:
                pass
            elif open_at is None:
                if _can_open(before, after) or (i == para.start and pi and not after.isspace()):
                    open_at, open_para = i, pi
            elif i > open_at + n and _can_close(before, after):
                more.append(_draft(open_at, i + len(closing), open_para, mark=n))
                open_at = None
            i = text.find(opening if open_at is None else closing, i + n, para.end)
    if open_at is not None:
        more.extend(_open_until(open_at, paragraphs[-1].end, open_para, n, starts))
    if not more:
        return found
    # found quotes inside a new one go; a found quote holding a mark's start was passed over
    return _outermost(sorted([*found, *more], key=lambda q: (q.span.start, -q.span.end)))


CROWD_REACH = 1000
"""Characters either side of a quote's start that :func:`crowded` counts quotes in."""
CROWD = 40
"""More quotes than this within :data:`CROWD_REACH` either side make a crowd (one per 50
characters; the densest news article among 1,900 holds 20)."""


def crowded(quotes: Sequence[QuoteDraft]) -> list[bool]:
    """Per quote, whether it stands in a crowd: more than :data:`CROWD` quotes start within
    :data:`CROWD_REACH` characters either side of its start. One pass, two pointers."""
    starts = [q.span.start for q in quotes]
    out: list[bool] = []
    lo = hi = 0
    for s in starts:
        while starts[lo] < s - CROWD_REACH:
            lo += 1
        while hi < len(starts) and starts[hi] <= s + CROWD_REACH:
            hi += 1
        out.append(hi - lo > CROWD)
    return out


def _draft(
    start: int, end: int, paragraph: int, *, closed: bool = True, mark: int = 1
) -> QuoteDraft:
    inner_end = end - mark if closed else end
    return QuoteDraft(
        Span(start, end), Span(start + mark, max(start + mark, inner_end)), paragraph, closed
    )
