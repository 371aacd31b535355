"""Which block rules a block may need: the literals their patterns require, found in one scan.

:func:`required_literals` reads a block rule's pattern and returns strings of
which every match holds at least one (``"Getty Images"``, ``"contributed "``),
and whether they are compared case-insensitively; :class:`LiteralScan` finds the literals of all the rules
in one scan of the whole text and says, for each block, which rules' literals
it holds. A rule whose literals a block lacks cannot match it, so its pattern
is not asked. A pattern the reader cannot vouch for (no literal every match
needs, a construct it does not know) gets ``None`` and is asked of every block.
"""

from __future__ import annotations

import importlib
import re
import sys
from bisect import bisect_right
from collections.abc import Callable, Iterable, Sequence
from typing import Any

import regex

from newsdoc.model import Span
from newsdoc.patterns import word_scanner

__all__ = ["LiteralScan", "required_literals"]

# The standard library's pattern parser (``sre_parse``, ``re._parser`` from 3.11): it reads
# the pattern once the ``regex`` extensions it uses are spelled in ``re`` syntax.
_sre: Any = importlib.import_module("re._parser" if sys.version_info >= (3, 11) else "sre_parse")

_LEAST = 3  # characters the shortest required string needs to be worth a scan
_MAX_SET = 256  # strings a set of alternatives may hold before it is given up
_RANGE = 16  # characters a class range may span and still count as literals
_REGEX_ONLY = (
    regex.REVERSE | regex.FULLCASE | regex.WORD | regex.BESTMATCH | regex.ENHANCEMATCH | regex.POSIX
)
_TOKEN = regex.compile(r"\\(?:L<(\w+)>|[pP]\{[^}]*\}|[pP]\w|.)|[^\\]+", regex.DOTALL)

_Strings = frozenset[str]
_Info = tuple[_Strings | None, _Strings | None]  # (the strings it matches, strings it holds)
_EMPTY: _Strings = frozenset({""})
_NESTED = tuple(
    op
    for op in (
        _sre.SUBPATTERN,
        getattr(_sre, "ATOMIC_GROUP", None),
        _sre.MAX_REPEAT,
        _sre.MIN_REPEAT,
        getattr(_sre, "POSSESSIVE_REPEAT", None),
        _sre.ASSERT,
        _sre.ASSERT_NOT,
    )
    if op is not None
)


def _to_re(pattern: str, words: Callable[[str], Sequence[str]]) -> str:
    """``pattern`` with word lists spelled out and Unicode properties as ``\\w``/``\\W``."""
    out: list[str] = []
    for m in _TOKEN.finditer(pattern):
        token, name = m.group(), m.group(1)
        if name is not None:
            listed = words(name)
            out.append("(?:" + "|".join(map(re.escape, listed)) + ")" if listed else "(?!)")
        elif token[:2] in ("\\p", "\\P"):
            out.append("\\w" if token[1] == "p" else "\\W")
        else:
            out.append(token)
    return "".join(out)


def _fold(ch: str, ci: bool) -> str | None:
    """The character as the scan looks for it (``None``: it cannot)."""
    if not ci:
        return ch
    low = ch.lower()
    if len(low) != 1 or re.fullmatch(re.escape(low), ch, re.IGNORECASE) is None:
        return None
    return low


def _cat(a: _Strings, b: _Strings) -> _Strings | None:
    if len(a) * len(b) > _MAX_SET:
        return None
    return frozenset(x + y for x in a for y in b)


def _worth(found: _Strings | None) -> int:
    """How selective a set of required strings is: its least selective string's length,
    a character outside ASCII counting three and a string without lower case one more
    ("AP" is rarer than "of")."""
    if not found:
        return 0
    return min((len(s) if s.isascii() else 3 * len(s)) + (s == s.upper()) for s in found)


def _case_blind(tree: Any) -> bool:
    """Whether any part of a parsed pattern ignores case."""
    if tree.state.flags & re.IGNORECASE:
        return True
    todo = [tree]
    while todo:
        for op, av in todo.pop():
            if op is _sre.SUBPATTERN and av[1] & re.IGNORECASE:
                return True
            if op is _sre.BRANCH:
                todo.extend(av[1])
            elif op in _NESTED:
                todo.append(av[-1])
    return False


def _better(a: _Strings | None, b: _Strings | None) -> _Strings | None:
    return b if _worth(b) > _worth(a) or (_worth(b) == _worth(a) and a is None) else a


def _sequence(items: Iterable[tuple[Any, Any]], ci: bool) -> _Info:
    whole: _Strings | None = _EMPTY
    run: _Strings = _EMPTY
    best: _Strings | None = None
    for op, av in items:
        exact, held = _node(op, av, ci)
        whole = None if whole is None or exact is None else _cat(whole, exact)
        edge = _edge(op, av, ci) if exact is None else None
        if edge is not None:  # "By" then "[ :]+": every match holds "By " or "By:"
            joined = _cat(run, edge)
            best = _better(_better(best, run), joined if joined is not None else held)
            run = edge  # ... and what follows comes after one of them
        elif exact is not None:
            joined = _cat(run, exact)
            if joined is None:
                best, joined = _better(best, run), exact
            run = joined
        else:
            best = _better(_better(best, run), held)
            run = _EMPTY
    return whole, _better(best, run)


def _edge(op: Any, av: Any, ci: bool) -> _Strings | None:
    """For a repeat of at least one (``x+``, ``x{2,}``) of a part that matches fixed
    strings, those strings: each match of the repeat starts with one and ends with one."""
    if op not in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, getattr(_sre, "POSSESSIVE_REPEAT", None)):
        return None
    least, _, inner = av
    return _sequence(inner, ci)[0] if least >= 1 else None


def _union(parts: Sequence[_Strings | None]) -> _Strings | None:
    if any(p is None for p in parts):
        return None
    out = frozenset().union(*(p for p in parts if p is not None))
    return out if len(out) <= _MAX_SET else None


def _node(op: Any, av: Any, ci: bool) -> _Info:
    if op is _sre.LITERAL:
        ch = _fold(chr(av), ci)
        return (None, None) if ch is None else (frozenset({ch}), None)
    if op is _sre.IN:
        chars: set[str] = set()
        for kind, value in av:
            if kind is _sre.LITERAL:
                chars.add(chr(value))
            elif kind is _sre.RANGE and value[1] - value[0] < _RANGE:
                chars.update(chr(c) for c in range(value[0], value[1] + 1))
            else:
                return None, None
        folded = {_fold(c, ci) for c in chars}
        return (None, None) if None in folded else (frozenset(c for c in folded if c), None)
    if op is _sre.BRANCH:
        infos = [_sequence(p, ci) for p in av[1]]
        return _union([e for e, _ in infos]), _union([_better(e, h) for e, h in infos])
    if op is _sre.SUBPATTERN:
        return _sequence(av[-1], ci)
    if op is getattr(_sre, "ATOMIC_GROUP", None):
        return _sequence(av, ci)
    if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, getattr(_sre, "POSSESSIVE_REPEAT", None)):
        least, most, inner = av
        if least == 0:
            return (_EMPTY if most == 0 else None), None
        exact, held = _sequence(inner, ci)
        return (exact if least == most == 1 else None), _better(exact, held)
    if op is _sre.AT:
        return _EMPTY, None
    return None, None  # any character, a class of categories, lookarounds, back-references


def required_literals(
    pattern: str, flags: int, words: Callable[[str], Sequence[str]]
) -> tuple[frozenset[str], bool] | None:
    """Strings of which every match of ``pattern`` holds one, and whether case is to be
    ignored (the strings are then in lower case); ``None`` when the pattern does not say,
    or says only strings shorter than ``_LEAST`` characters.

    ``words`` gives a word list's words by name, for ``\\L<name>``.
    """
    if flags & _REGEX_ONLY:
        return None
    try:
        tree = _sre.parse(_to_re(pattern, words), flags & (re.IGNORECASE | re.VERBOSE))
    except (re.error, OverflowError, RecursionError, ValueError, TypeError):
        return None
    ci = _case_blind(tree)
    found = _sequence(tree, ci)[1]
    return (found, ci) if found is not None and _worth(found) >= _LEAST else None


class LiteralScan:
    """One scan for the required literals of several rules (and one more, case-insensitive,
    for the rules that ignore case).

    ``literals`` maps a rule's name to its strings and whether case is ignored (from
    :func:`required_literals`).
    """

    def __init__(self, literals: dict[str, tuple[frozenset[str], bool]]) -> None:
        self.everything = frozenset(literals)
        self.scans: list[tuple[re.Pattern[str], dict[str, frozenset[str]], bool]] = []
        self.lowered: re.Pattern[str] | None = None
        for ci in (False, True):
            owners: dict[str, set[str]] = {}
            for name, (strings, blind) in literals.items():
                if blind is ci:
                    for s in strings:
                        owners.setdefault(s, set()).add(name)
            if not owners:
                continue
            # the scan finds the longest string at a position; the shorter ones there are its
            # prefixes, so each string stands for the rules of all its prefixes
            rules = {
                s: frozenset().union(*(owners.get(s[:k], ()) for k in range(1, len(s) + 1)))
                for s in owners
            }
            pattern = word_scanner(sorted(owners)).pattern
            self.scans.append((re.compile(pattern, re.IGNORECASE if ci else 0), rules, ci))
            if ci:  # the same strings, sought in lower-cased text (where that is exact)
                self.lowered = re.compile(pattern)

    def blocks(self, text: str, spans: Sequence[Span]) -> dict[int, frozenset[str]]:
        """For each block holding a literal, the names of the rules whose literals it holds.

        Every position where a literal starts is found (the scan resumes one
        character on), and each is credited to the block it starts in.
        """
        starts = [s.start for s in spans]
        out: dict[int, frozenset[str]] = {}
        everything = self.everything
        for scan, rules, ci in self.scans:
            search, within = scan.search, text
            if ci and self.lowered is not None:
                low = _lowered(text)
                if low is not None:
                    search, within = self.lowered.search, low
            m = search(within)
            while m is not None:
                at = m.start()
                i = bisect_right(starts, at) - 1
                if i >= 0 and at < spans[i].end:
                    found = m.group()
                    names = rules.get(found.lower() if ci else found, everything)
                    had = out.get(i)
                    out[i] = names if had is None else had | names
                m = search(within, at + 1)
        return out


# Characters a case-insensitive ``re`` match folds otherwise than ``str.lower`` does
# (long s, dotless i, Kelvin and Angstrom signs, micro sign, capital I with dot, the
# sigma that lowers to a final sigma ...).
_IRREGULAR = re.compile("[\u017f\u0131\u0130\u212a\u212b\u00b5\u0345\u1e9e\u03c2\u03a3\u1fbe]")


def _lowered(text: str) -> str | None:
    """``text`` lower-cased with its offsets kept, when a search in it finds exactly what a
    case-insensitive search of ``text`` finds; else ``None``."""
    low = text.lower()
    if len(low) != len(text) or (not text.isascii() and _IRREGULAR.search(text) is not None):
        return None
    return low
