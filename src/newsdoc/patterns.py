"""Compiling rule patterns: word lists spelled out as tries, a cache of compiled patterns,
and what the stages read off a pattern (the lists it needs, whether it is anchored).

Compiling is the slow part of a cold start: the ``regex`` module parses a
pattern in Python. The attribution rules are short patterns over token letters
(milliseconds to compile), but the block rules spell their word lists out (about
0.1 s for the English set). A process that starts often (a CLI in a loop, a
serverless function) may keep the compiled patterns on disk: set
``$NEWSDOC_CACHE`` to a folder and each pattern that took 2 ms or more to
compile is pickled there (the pickle holds the compiled code, which loads in
microseconds), under a key made of the pattern, its flags, its word lists and
the ``regex`` version. **The cache is off unless that variable names a folder**:
newsdoc writes nothing outside what it is asked to. The folder is safe to
delete; a file that cannot be read, or that holds anything but a compiled
``regex`` pattern, is ignored and rewritten; a folder that cannot be written to
only costs the time.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import pickle
import re
import time
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import regex

__all__ = [
    "CACHE_ENV",
    "LIST_REF",
    "anchored",
    "compile_with_lists",
    "word_scanner",
]

LIST_REF = regex.compile(r"\\L<(\w+)>")
"""A word-list reference in a pattern, ``\\L<name>``; group 1 is the name."""

CACHE_ENV = "NEWSDOC_CACHE"
"""The environment variable naming the cache folder (unset, ``off`` or empty: no cache)."""

_FORMAT = 1  # bump when what is cached, or how it is keyed, changes
_MEMO: dict[str, regex.Pattern[str]] = {}  # key -> pattern, for this process
_MEMO_SIZE = 1024
_WORTH_KEEPING = 0.002  # seconds: a pattern compiled faster is not written (reading costs too)
_clock = time.perf_counter


def _cache_dir() -> Path | None:
    """The cache folder: ``$NEWSDOC_CACHE`` when it names one (unset, empty or ``off``:
    no cache)."""
    value = os.environ.get(CACHE_ENV)
    return None if value in (None, "", "off") else Path(value)


class _PatternLoader(pickle.Unpickler):
    """Unpickles a compiled ``regex`` pattern and nothing else (no other callable is loaded)."""

    def find_class(self, module: str, name: str) -> Any:
        if (module, name) == ("regex._regex", "compile"):
            return super().find_class(module, name)
        raise pickle.UnpicklingError(f"not a compiled pattern: {module}.{name}")


def _load(path: Path) -> regex.Pattern[str] | None:
    try:
        with path.open("rb") as fh:
            found = _PatternLoader(fh).load()
    except Exception:  # a missing, partial or foreign file is a miss, whatever went wrong
        return None
    if isinstance(found, regex.Pattern) and isinstance(found.pattern, str):
        return found
    return None


def _store(path: Path, compiled: regex.Pattern[str]) -> None:
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp.write_bytes(pickle.dumps(compiled, protocol=pickle.HIGHEST_PROTOCOL))
        os.replace(tmp, path)  # readers see the whole file or none
    except OSError:
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)


def compile_with_lists(
    pattern: str, flags: int, lists: Mapping[str, Iterable[str]]
) -> regex.Pattern[str]:
    """Compile ``pattern`` (``regex`` V0 syntax) with its named word lists, cached.

    Each ``\\L<name>`` the pattern names must be in ``lists``; it matches
    exactly what the ``regex`` module's own ``\\L<name>`` matches, faster.
    The compiled pattern is remembered for the process and kept in the cache
    folder (see the module's documentation), so the next process loads it.

    Raises:
        regex.error: the pattern is not valid.
    """
    words = {name: tuple(ws) for name, ws in lists.items()}
    key_text = repr((_FORMAT, regex.__version__, pattern, flags, sorted(words.items())))
    key = hashlib.blake2b(key_text.encode("utf-8", "surrogatepass"), digest_size=20).hexdigest()
    found = _MEMO.get(key)
    if found is not None:
        return found
    folder = _cache_dir()
    path = None if folder is None else folder / f"pattern-{key}.pickle"
    found = None if path is None else _load(path)
    if found is None:
        start = _clock()
        found = _build(pattern, flags, words)
        if path is not None and _clock() - start >= _WORTH_KEEPING:
            _store(path, found)
    if len(_MEMO) >= _MEMO_SIZE:
        _MEMO.clear()
    _MEMO[key] = found
    return found


def _build(pattern: str, flags: int, lists: Mapping[str, tuple[str, ...]]) -> regex.Pattern[str]:
    """Compile with named word lists (``\\L<name>``); always the regex module's V0 syntax.

    The ``regex`` module tries every word of a list at every position, so a
    list of a few hundred words costs microseconds per character. Where that
    is exact, each ``\\L<name>`` is spelled out as a trie (see :func:`_trie`),
    which fails on the first character that no word continues with: everywhere
    but inside case-insensitive groups, where the module's own matching stays.
    The pattern is compiled once, spelled; as written only when spelling fails.
    """
    named: dict[str, Any] = {name: list(words) for name, words in lists.items()}
    if lists and not flags & _NOT_LITERAL:
        try:
            spelled, kept = _spell(pattern, lists)
            found = regex.compile(spelled, flags | regex.V0, **{n: named[n] for n in kept})
        except (regex.error, RecursionError, OverflowError, _UnsureError):
            found = None
        if found is not None and not found.flags & _NOT_LITERAL:
            return found
    return regex.compile(pattern, flags | regex.V0, **named)


class _UnsureError(Exception):
    """The pattern sets flags in a way the list spelling does not follow."""


_SYNTAX = r"""\\.
      | \[\^?\]?(?:\\.|[^\]\\])*\]
      | \(\?\#[^)]*\)"""
"""Pattern syntax that holds no group or list: an escape, a character class, a comment."""
# The tokens that matter for where a list stands: escapes (a list reference among
# them), character classes, comments, groups that set flags, other groups.
_TOKEN = regex.compile(
    r"""\\L<(?P<list>\w+)>
      | """
    + _SYNTAX
    + r"""
      | \(\?(?P<on>[a-zA-Z]*)(?:-(?P<off>[a-zA-Z]*))?(?P<kind>[:)])
      | (?P<open>\()
      | (?P<close>\))""",
    regex.X | regex.S,
)
# Case-insensitive, reverse or verbose matching changes what a word matches or how
# the pattern reads; lists under those flags stay with the regex module's matching.
_NOT_LITERAL = regex.I | regex.F | regex.R | regex.X
_GLOBAL_FLAGS = frozenset("ifrxFRX")


def _spell(pattern: str, lists: Mapping[str, tuple[str, ...]]) -> tuple[str, set[str]]:
    """The pattern with its case-sensitive list references spelled out as tries.

    Returns the new pattern and the names of the lists still referenced natively
    (inside ``(?i:...)`` groups).
    """
    out: list[str] = []
    kept: set[str] = set()
    folded = [False]  # one entry per open group: is it case-insensitive?
    pos = 0
    for m in _TOKEN.finditer(pattern):
        out.append(pattern[pos : m.start()])
        pos = m.end()
        token, name, kind = m.group(), m.group("list"), m.group("kind")
        if name is not None and not folded[-1]:
            token = _trie(lists[name])
        elif name is not None:
            kept.add(name)
        elif kind == ")" and set(m.group("on") + (m.group("off") or "")) & _GLOBAL_FLAGS:
            raise _UnsureError  # (?i) and the like: leave the whole pattern to regex
        elif kind == ":":
            on, off = m.group("on"), m.group("off") or ""
            folded.append(("i" in on or folded[-1]) and "i" not in off)
        elif m.group("open") is not None:
            folded.append(folded[-1])
        elif m.group("close") is not None and len(folded) > 1:
            folded.pop()
        out.append(token)
    out.append(pattern[pos:])
    return "".join(out), kept


def _trie(words: Iterable[str]) -> str:
    """A pattern matching exactly what ``\\L<list>`` matches, in the same order.

    At one position the words that match are prefixes of one another; the
    ``regex`` module tries the longest first and backtracks to shorter ones.
    The trie does the same: it follows the longest branch first and makes a
    word's end optional after its continuations.
    """
    root: dict[str, Any] = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = None
    return "(?:" + _branch(root) + ")" if root else "(?:)"


def _branch(node: dict[str, Any]) -> str:
    alts = [_literal(ch) + _branch(child) for ch, child in node.items() if ch]
    if not alts:
        return ""
    body = alts[0] if len(alts) == 1 and "" not in node else "(?:" + "|".join(alts) + ")"
    return body + "?" if "" in node else body


def _literal(ch: str) -> str:
    return ch if ch.isascii() and ch.isalnum() else f"\\U{ord(ch):08x}"


# The tokens of a pattern's syntax: list references, escapes, classes,
# comments, group openings (by kind), group ends and alternation; a quantifier may follow.
_PART = regex.compile(
    r"""(?:\\L<(?P<list>\w+)>
      | """
    + _SYNTAX
    + r"""
      | (?P<plain>\((?!\?)|\(\?(?::|>|P?<\w+>|'\w+'))
      | (?P<other>\(\?(?:[=!]|<[=!]|[a-zA-Z]*(?:-[a-zA-Z]*)?:))
      | (?P<odd>\(\?)
      | (?P<close>\))
      | (?P<alt>\|))
      (?P<quant>(?:[?*+]|\{\d*(?:,\d*)?\})[?+]?)?""",
    regex.X | regex.S,
)


_LEADING_FLAGS = regex.compile(r"(?:\(\?[a-zA-Z]*\))*")


def anchored(pattern: str, flags: int) -> bool:
    """Whether every match of ``pattern`` starts at the start of the string (a leading ``^``
    outside any alternative, without multi-line, reverse or verbose matching).

    ``flags`` are the compiled pattern's, inline ones included. Such a pattern
    is matched, not searched: the answer is the same, but a search tries (and
    fails) at every position of the text.
    """
    if flags & (regex.M | regex.R | regex.X):
        return False
    head = _LEADING_FLAGS.match(pattern)
    start = head.end() if head is not None else 0
    if not pattern.startswith("^", start) or pattern[start + 1 : start + 2] in ("?", "*", "+", "{"):
        return False
    depth = 0
    for m in _PART.finditer(pattern, start + 1):
        _, plain_open, other_open, odd, close, alt_bar, _ = m.groups()
        if alt_bar is not None and depth == 0:
            return False
        if plain_open is not None or other_open is not None or odd is not None:
            depth += 1
        elif close is not None:
            depth -= 1
    return True


def word_scanner(words: Iterable[str]) -> re.Pattern[str]:
    """A pattern finding any of ``words`` literally, case-sensitively: a trie for the
    standard ``re`` module, which scans literals several times faster than ``regex``."""
    return re.compile(_trie(words))
