"""Stage 4: who said what, quoted or not, in one pass over the token layer.

Each paragraph's class letters (:mod:`newsdoc.pipeline.tokens`) are read with
every quote collapsed into one ``Q``, and cut into sentences at the sentence
ends outside quotes. A sentence that holds a cue letter or a quote is matched
by the attribution rules in order: each rule is a ``regex`` pattern over the
letters (its ``Rule.tokens``), whose groups ``speaker``,
``cue`` and ``content`` (``content2`` for the second part around a
parenthetical cue) mark the parts. A cue is read once: the first rule that
reads it decides. A speech nested in another's content is read too (``Smith said
Jones called it “a disaster”``: Jones's speech lies in Smith's clause).

What was said is a quote, a clause or both; the assemble stage names its kind
(direct, mixed, reported) by the quotes its content holds. Rules with
``where="previous"`` read the sentence before a sentence made only of quotes
(``Smith said in a statement. “…”``, ``Smith said:`` closing the paragraph
before); rules with ``where="continued"`` read a sentence that no other rule read,
right after a sentence that held speech, and give what their ``content`` group
marks to that speech's speaker and cue (reported speech that runs on). The rules
``attribution.split`` and ``attribution.floating`` give a quote
that no rule credits to the speech of the quote before it (the second half of
a split quote; a paragraph-long quote that goes on from the one before).

A rule with an empty group ``dropped`` where its ``speaker`` would stand reads a
sentence whose subject is dropped (``“…”, dijo.``, ``Agregó que …``): its speaker is
the source the text last made salient, the speaker of the latest speech within
:data:`ANTECEDENT_REACH` paragraphs before it (no speech there, no attribution), and
the speech is marked ``dropped``.

Rules with ``where="inside"`` read the letters of each quote that no other rule
credited, quotes unopened: a cue set inside the marks (French ``« …, affirme-t-elle.
… »``, Spanish ``“… –recordó el ministro–, …”``) credits the whole quote.

Every step reads forward over bounded strings: a sentence longer than
:data:`REACH` tokens is read in its last :data:`REACH` tokens only.
"""

from __future__ import annotations

import functools
import math
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence

import attrs
import regex

from newsdoc.errors import RuleTimeout
from newsdoc.model import Span
from newsdoc.pipeline.quotes import QuoteDraft
from newsdoc.pipeline.tokens import Tokens, class_pattern
from newsdoc.rules import DEFAULT_TIMEOUT, RuleSet, Stage

__all__ = [
    "ANTECEDENT_REACH",
    "REACH",
    "QuoteContext",
    "SentenceLetters",
    "SpeechDraft",
    "attribute",
    "cue_letters",
    "group_end",
    "quote_owners",
    "sentence_letters",
]

REACH = 400
"""Tokens of one sentence that the rules read at most (a run-on "sentence" of a hostile
input is read in its last ones)."""
ANTECEDENT_REACH = 3
"""Paragraphs back that a dropped subject's speaker may be found in."""


@attrs.frozen
class SpeechDraft:
    """What a rule read: speaker, cue, the parts of what was said, the rule's name.

    ``dropped`` marks a speech whose sentence names no speaker (Spanish ``“…”, dijo.``):
    its ``speaker`` is then the mention of the speech before it (see :func:`attribute`).
    """

    speaker: Span
    cue: Span | None
    content: tuple[Span, ...]
    rule: str
    dropped: bool = False


@attrs.frozen
class QuoteContext:
    """What a quote rule's function (``attribution.split``, ``attribution.floating``) sees.

    ``owner[k]`` is the index in ``speech`` of the speech that holds quote ``k``
    (``None`` where none does).
    """

    text: str
    quotes: Sequence[QuoteDraft]
    paragraphs: Sequence[Span]
    index: int
    owner: Sequence[int | None]
    speech: Sequence[SpeechDraft]

    @property
    def quote(self) -> QuoteDraft:
        """The quote a speaker is sought for."""
        return self.quotes[self.index]


@attrs.frozen
class _TokenRule:
    name: str
    pattern: regex.Pattern[str]
    where: str | None
    """``None`` for a rule read over each sentence; else ``previous``, ``continued``, ``inside``."""
    needs: frozenset[str]
    quoted: bool
    """Whether every match holds a quote (the rule skips sentences without one)."""
    func: Callable[..., object] | None
    dropped: bool
    """Whether the pattern has a ``dropped`` group (a speech with no speaker of its own)."""


@functools.lru_cache(maxsize=1024)
def cue_letters(tokens: str) -> tuple[frozenset[str], bool]:
    """What a token pattern (``Rule.tokens``) needs of a sentence before it is tried: the
    letters one of which its cue holds (empty: it is tried on every sentence), and whether
    every match holds a quote (it is tried only on sentences with one)."""
    source = class_pattern(tokens)
    return _needs(source), _quoted(source)


def _needs(pattern: str) -> frozenset[str]:
    """The letters one of which every match of a token pattern holds: those the ``cue``
    group names outside lookarounds, or the mark that ends it (``:``, ``-``); a sentence
    without any of them is skipped. Empty when the pattern has no cue group or an escape
    in it makes that unclear."""
    at = pattern.find("(?P<cue>")
    if at < 0:
        return frozenset()
    depth, i, out, look = 0, at, set(), 0
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            return frozenset()
        if c == "(":
            depth += 1
            if pattern.startswith(("(?<=", "(?<!", "(?=", "(?!"), i):
                look = look or depth
        elif c == ")":
            if look == depth:
                look = 0
            depth -= 1
            if depth == 0:
                break
        elif not look and (c.isalpha() or c in ":.,;-") and not _in_group_name(pattern, i):
            out.add(c)
        i += 1
    last = pattern[i - 1] if i < len(pattern) else ""
    if last in ":-" and pattern[i - 2] not in "[\\":
        return frozenset(last)  # a group that ends in a mark holds it
    return frozenset(out)


_CHAR_CLASS = regex.compile(r"\[\^?\]?(?:\\.|[^\]])*\]")


def _quoted(pattern: str) -> bool:
    """Whether every ``content`` group of a token pattern names a quote (``Q`` outside any
    character class) in each of its alternatives, so that every match holds one."""
    starts = [m.start() for m in regex.finditer(r"\(\?P<content>", pattern)]
    return bool(starts) and all(_quoted_group(pattern, at) for at in starts)


def _quoted_group(pattern: str, at: int) -> bool:
    """Whether the group opening at ``at`` names a quote in each of its alternatives (a
    quote in a character class or a lookaround does not count)."""
    depth, i, found, seen = 0, at, [], False
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2  # an escaped character: no group, no quote
            continue
        if c == "[":
            m = _CHAR_CLASS.match(pattern, i)
            i = m.end() if m is not None else i + 1
            continue
        if c == "(" and pattern.startswith(_LOOKAROUNDS, i):
            i = group_end(pattern, i)
            continue
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0:
                found.append(seen)
                break
        elif c == "|" and depth == 1:
            found.append(seen)
            seen = False
        elif c == "Q" and not _in_group_name(pattern, i):
            seen = True
        i += 1
    return bool(found) and all(found)


_LOOKAROUNDS = ("(?=", "(?!", "(?<=", "(?<!")


def group_end(pattern: str, at: int) -> int:
    """The offset just after the group that opens at offset ``at`` of a pattern (escapes
    and character classes skipped; the pattern's end if the group never closes)."""
    depth, i, n = 0, at, len(pattern)
    while i < n:
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":
            m = _CHAR_CLASS.match(pattern, i)
            i = m.end() if m is not None else i + 1
            continue
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0:
                return i + 1
        i += 1
    return n


def _in_group_name(pattern: str, i: int) -> bool:
    """Whether offset ``i`` lies in a ``(?P<name>`` or ``(?:`` opener."""
    start = pattern.rfind("(?", 0, i + 1)
    if start < 0:
        return False
    close = pattern.find(">", start)
    return (pattern.startswith("(?P<", start) and close >= i) or (
        pattern.startswith("(?:", start) and i < start + 3
    )


@attrs.frozen
class _Compiled:
    rules: list[_TokenRule]
    funcs: list[Callable[[QuoteContext], int | None]]
    gate: regex.Pattern[str] | None
    """Any letter some rule's cue needs; ``None`` when a rule needs none (reads every
    sentence)."""
    previous: list[_TokenRule]
    """The ``where="previous"`` rules."""
    continued: list[_TokenRule]
    """The ``where="continued"`` rules."""
    inside: list[_TokenRule]
    """The ``where="inside"`` rules."""
    memo: dict[str, list[_Match]] = attrs.field(factory=dict, eq=False)
    """Sentence letters -> the rules' matches in them (see :func:`_matches`)."""


def _compile(rules: RuleSet) -> _Compiled:
    token_rules = []
    quote_funcs = []
    for r in rules.rules:
        if not r.enabled or r.stage is not Stage.ATTRIBUTION:
            continue
        if r.tokens is None:
            if r.func is not None:
                quote_funcs.append(r.func)
            continue
        source = class_pattern(r.tokens)
        pattern = regex.compile(source, regex.VERBOSE)  # as the rule checked it: compiled once
        token_rules.append(
            _TokenRule(
                r.name,
                pattern,
                r.where,
                _needs(source),
                _quoted(source),
                r.func,
                "dropped" in pattern.groupindex,
            )
        )
    by_where: dict[str | None, list[_TokenRule]] = {}
    for t in token_rules:
        by_where.setdefault(t.where, []).append(t)
    sentence_rules = by_where.get(None, [])
    needs = set().union(*(r.needs for r in token_rules))
    gate = None
    if all(r.needs for r in sentence_rules) and needs:
        gate = regex.compile("[" + "".join(regex.escape(c) for c in sorted(needs)) + "]")
    return _Compiled(
        sentence_rules,
        quote_funcs,
        gate,
        by_where.get("previous", []),
        by_where.get("continued", []),
        by_where.get("inside", []),
    )


@attrs.define
class _Sentence:
    """One sentence: its letters (quotes collapsed) and each letter's token range."""

    codes: str
    first: list[int]
    last: list[int]


def attribute(
    text: str,
    tokens: Tokens,
    paragraphs: Sequence[Span],
    quotes: Sequence[QuoteDraft],
    skip: Sequence[bool],
    rules: RuleSet,
    heads: Sequence[int] = (),
    timeout: float = DEFAULT_TIMEOUT,
) -> list[SpeechDraft]:
    """Every speech the rules read, in text order, then the quotes credited by the quote
    functions added to the content of the speech they join.

    ``skip`` flags quotes that are not speech (scare quotes, a crowd of marks): they
    still hide their words from the rules but start no speech of their own.
    ``heads[p]`` is where paragraph ``p``'s words start (after a dateline). A rule whose
    pattern runs longer than ``timeout`` seconds on one sentence raises
    :class:`~newsdoc.errors.RuleTimeout` naming it.
    """
    compiled = rules.derived("attribution.token_rules", _compile)
    gate = compiled.gate
    limit = None if timeout == math.inf else timeout
    q_starts = [q.span.start for q in quotes]
    out: list[SpeechDraft] = []
    previous: _Sentence | None = None
    last: SpeechDraft | None = None  # the speech a next sentence may continue
    salient: tuple[Span, int] | None = None  # the latest speaker and its paragraph
    codes = tokens.codes
    for p, trange in enumerate(tokens.paragraphs):
        if (
            gate is not None
            and not gate.search(codes, trange.start, trange.stop)
            and not _holds_quote(quotes, q_starts, paragraphs[p])
        ):
            last = previous = None  # nothing to read, nothing that runs on
            continue
        head = heads[p] if p < len(heads) else paragraphs[p].start
        for sentence in _sentences(tokens, trange, quotes, q_starts, head):
            found: list[SpeechDraft] = []
            if gate is None or "Q" in sentence.codes or gate.search(sentence.codes):
                found = _read(sentence, previous, tokens, compiled, limit)
            if not found and last is not None and compiled.continued:
                found = _read_continued(sentence, last, tokens, compiled, limit)
            if found:
                found, salient = _antecedents(found, salient, p)
            if found:
                out.extend(_cut(tokens, found))
                last = found[-1]
            else:
                last = None
            previous = sentence
    if compiled.inside and quotes:
        out.extend(_read_inside(tokens, quotes, skip, out, compiled, limit))
    out.sort(key=lambda d: (d.content[0].start, d.content[0].end))
    return _continue(text, quotes, paragraphs, skip, out, compiled.funcs)


def _read_inside(
    tokens: Tokens,
    quotes: Sequence[QuoteDraft],
    skip: Sequence[bool],
    speech: Sequence[SpeechDraft],
    compiled: _Compiled,
    limit: float | None,
) -> list[SpeechDraft]:
    """The speeches the ``inside`` rules read in the words of each quote no speech holds:
    a cue inside the marks credits the whole quote."""
    owner = quote_owners(quotes, speech, skip)
    found: list[SpeechDraft] = []
    for k, q in enumerate(quotes):
        if owner[k] is not None or (skip and skip[k]):
            continue
        a = tokens.index(q.inner.start)
        b = min(bisect_left(tokens.ends, q.inner.end), a + REACH)
        if b - a < 4:
            continue
        codes = tokens.codes[a : b + 1]
        for rule in compiled.inside:
            m = _search(rule, codes, 0, limit)
            if m is None or m.start("cue") < 0 or m.start("speaker") < 0:
                continue
            sa, sb = m.span("speaker")
            ca, cb = m.span("cue")
            found.append(
                SpeechDraft(
                    Span(tokens.start(a + sa), tokens.ends[a + sb - 1]),
                    Span(tokens.start(a + ca), tokens.ends[a + cb - 1]),
                    (q.span,),
                    rule.name,
                )
            )
            break
    return found


def _antecedents(
    found: list[SpeechDraft], salient: tuple[Span, int] | None, paragraph: int
) -> tuple[list[SpeechDraft], tuple[Span, int] | None]:
    """Give each dropped-subject speech the speaker made salient last (within
    :data:`ANTECEDENT_REACH` paragraphs), dropping those with none; return the speeches
    and the speaker now salient."""
    out: list[SpeechDraft] = []
    for d in sorted(found, key=lambda d: d.cue.start if d.cue else d.speaker.start):
        if d.dropped:
            if salient is None or paragraph - salient[1] > ANTECEDENT_REACH:
                continue
            d = attrs.evolve(d, speaker=salient[0])
        out.append(d)
        salient = (d.speaker, paragraph)
    return out, salient


@attrs.frozen
class SentenceLetters:
    """One sentence as the attribution rules read it (see :func:`sentence_letters`).

    ``codes`` holds one letter per token, each quote collapsed into one ``Q``;
    letter ``i`` stands for the tokens ``first[i]`` to ``last[i] - 1``.
    """

    paragraph: int
    codes: str
    first: tuple[int, ...]
    last: tuple[int, ...]


def sentence_letters(
    tokens: Tokens, quotes: Sequence[QuoteDraft], heads: Sequence[int] = ()
) -> list[SentenceLetters]:
    """Every sentence of every paragraph, in order, with the letters the rules match in it
    (what :func:`attribute` reads; for tools that show it, such as ``newsdoc explain``).
    ``heads[p]`` is where paragraph ``p``'s words start (after a dateline)."""
    q_starts = [q.span.start for q in quotes]
    out: list[SentenceLetters] = []
    for p, trange in enumerate(tokens.paragraphs):
        if not trange:
            continue
        head = heads[p] if p < len(heads) else tokens.start(trange.start)
        for s in _sentences(tokens, trange, quotes, q_starts, head):
            out.append(SentenceLetters(p, s.codes, tuple(s.first), tuple(s.last)))
    return out


def _holds_quote(quotes: Sequence[QuoteDraft], q_starts: list[int], para: Span) -> bool:
    """Whether a quote starts in, or runs into, the paragraph ``para``."""
    k = bisect_right(q_starts, para.end) - 1
    return k >= 0 and quotes[k].span.end > para.start


def _sentences(
    tokens: Tokens, trange: range, quotes: Sequence[QuoteDraft], q_starts: list[int], head: int
) -> list[_Sentence]:
    """The sentences of one paragraph, each quote one ``Q`` letter, from ``head`` on."""
    codes = tokens.codes
    ends = tokens.ends
    lo, hi = trange.start, trange.stop
    if lo < hi and tokens.start(lo) < head:
        lo = bisect_right(ends, head, lo, hi)
    if lo >= hi:
        return []
    letters: list[str] = []
    first: list[int] = []
    last: list[int] = []
    k = max(0, bisect_right(q_starts, tokens.start(lo)) - 1)
    pos = lo
    while pos < hi and k < len(quotes) and quotes[k].span.start < ends[hi - 1]:
        q = quotes[k].span
        if q.end <= tokens.start(pos):
            k += 1
            continue
        a = max(pos, bisect_right(ends, q.start, pos, hi))
        b = bisect_right(ends, q.end, a, hi)
        if a > pos:
            letters.append(codes[pos:a])
            first.extend(range(pos, a))
            last.extend(range(pos + 1, a + 1))
        if b > a:
            letters.append("Q")
            first.append(a)
            last.append(b)
            if _ends_sentence(tokens, a, b, hi):
                letters.append(".")  # “… the race.” In return, … : a sentence ends with it
                first.append(b - 1)
                last.append(b)
        pos = max(pos, b)
        k += 1
    if pos < hi:
        letters.append(codes[pos:hi])
        first.extend(range(pos, hi))
        last.extend(range(pos + 1, hi + 1))
    joined = "".join(letters)
    out: list[_Sentence] = []
    start = 0
    n = len(joined)
    while start < n:
        end = joined.find(".", start)
        end = n if end < 0 else end + 1
        while end < n and joined[end] in ')"':
            end += 1
        s = max(start, end - REACH)
        out.append(_Sentence(joined[s:end], first[s:end], last[s:end]))
        start = end
    return out


def _ends_sentence(tokens: Tokens, a: int, b: int, hi: int) -> bool:
    """Whether the quote of tokens ``[a, b)`` ends its sentence: a full stop inside its
    closing mark, and a capitalised word or another quote after it that is not a short
    clause of a speaker and a cue (``“… .” Smith said.``)."""
    codes = tokens.codes
    if b >= hi or b - a < 3 or tokens.word(b - 2) != ".":
        return False
    if codes[b] not in 'Q"(' and not tokens.word(b)[:1].isupper():
        return False
    end = codes.find(".", b, min(hi, b + 8))
    return end < 0 or not _CUES.intersection(codes[b:end])  # “… .” Smith said. goes on


_CUES = frozenset("VOUI")


def _read(
    sentence: _Sentence,
    previous: _Sentence | None,
    tokens: Tokens,
    compiled: _Compiled,
    limit: float | None,
) -> list[SpeechDraft]:
    """What the rules read in one sentence: one speech per cue, the first rule's.

    A sentence made of quotes only is read by the ``previous`` rules; any other by the
    rest (see :func:`_matches`, remembered by the sentence's letters)."""
    codes = sentence.codes
    letters = set(codes)
    if codes.endswith(".") and tokens.word(sentence.last[-1] - 1) == "?":
        return []  # a question reports no speech (“…?” asked inside a quote is the quote's)
    if letters <= _QUOTE_ONLY:
        if "Q" not in letters:
            return []
        return _read_previous(sentence, previous, tokens, compiled, limit)
    found = compiled.memo.get(codes)
    if found is None:
        if len(compiled.memo) >= _MEMO:
            compiled.memo.clear()
        found = compiled.memo[codes] = _matches(codes, letters, compiled, limit)
    return [
        SpeechDraft(
            _span(tokens, sentence, *speaker),
            _span(tokens, sentence, *cue),
            tuple(_span(tokens, sentence, a, b) for a, b in parts),
            name,
            dropped,
        )
        for name, speaker, cue, parts, dropped in found
    ]


_MEMO = 4096  # sentence letter strings whose matches a rule set remembers


_Match = tuple[str, tuple[int, int], tuple[int, int], tuple[tuple[int, int], ...], bool]


def _matches(
    codes: str, letters: set[str], compiled: _Compiled, limit: float | None
) -> list[_Match]:
    """The rules' matches in a sentence's letters, in letter offsets: one per cue, the first
    rule's, each rule tried while a cue it needs is still unread. A pure function of the
    letters, so a sentence seen before (``“…,” he said.``) costs one look-up."""
    gate = compiled.gate
    open_cues = {m.start(): m.group() for m in gate.finditer(codes)} if gate is not None else None
    found: dict[int, _Match] = {}
    for rule in compiled.rules:
        if open_cues is not None:
            if not open_cues:
                break
            if not rule.needs.intersection(open_cues.values()):
                continue
        if rule.quoted and "Q" not in letters:
            continue
        pos = 0
        while pos < len(codes):
            if (
                open_cues is not None
                and pos
                and not any(c >= pos and letter in rule.needs for c, letter in open_cues.items())
            ):
                break  # no cue this rule reads is left after its last match
            m = _search(rule, codes, pos, limit)
            if m is None:
                break
            cue = m.start("cue")
            pos = max(m.end("cue"), m.start() + 1)
            dropped = "speaker" not in m.re.groupindex or m.start("speaker") < 0
            if cue < 0 or (dropped and not (rule.dropped and m.start("dropped") >= 0)):
                continue
            held: list[int] = []
            if open_cues is not None:
                # the cue letters in the cue group (``then addressed …:``, ``a répondu``)
                held = [c for c in open_cues if cue <= c < m.end("cue")]
                if not held:
                    continue  # read already
                cue = held[0]
            if cue in found:
                continue
            parts = tuple(
                (m.start(g), m.end(g))
                for g in ("content", "content2")
                if g in m.re.groupindex and m.start(g) < m.end(g)
            )
            if not parts or (rule.func is not None and not rule.func(codes, m)):
                continue
            speaker = m.span("cue") if dropped else m.span("speaker")
            found[cue] = (rule.name, speaker, m.span("cue"), parts, dropped)
            if open_cues is not None:
                for c in held:
                    del open_cues[c]
    return [found[k] for k in sorted(found)]


_QUOTE_ONLY = frozenset('Q,.:;-")')


def _search(rule: _TokenRule, codes: str, pos: int, limit: float | None) -> regex.Match[str] | None:
    """The rule's first match in ``codes`` from ``pos``, bounded in time."""
    try:
        return rule.pattern.search(codes, pos, None, None, False, limit)
    except TimeoutError:
        raise RuleTimeout(rule.name, limit or math.inf) from None


def _read_continued(
    sentence: _Sentence,
    last: SpeechDraft,
    tokens: Tokens,
    compiled: _Compiled,
    limit: float | None,
) -> list[SpeechDraft]:
    """A sentence no rule read that a ``continued`` rule matches goes on with the speech of
    the sentence before: its speaker and cue, and the rule's content (German reported
    speech runs on in the subjunctive: ``Er sagte, … . Die Lage sei ernst.``)."""
    for rule in compiled.continued:
        m = _search(rule, sentence.codes, 0, limit)
        if m is None or m.start("content") < 0 or m.start("content") == m.end("content"):
            continue
        content = (_span(tokens, sentence, *m.span("content")),)
        return [SpeechDraft(last.speaker, last.cue, content, rule.name)]
    return []


def _read_previous(
    sentence: _Sentence,
    previous: _Sentence | None,
    tokens: Tokens,
    compiled: _Compiled,
    limit: float | None,
) -> list[SpeechDraft]:
    """The speech a ``previous`` rule reads in the sentence before a sentence of quotes."""
    if previous is None:
        return []
    for rule in compiled.previous:
        m = _search(rule, previous.codes, 0, limit)
        if m is None or m.start("cue") < 0 or m.start("speaker") < 0:
            continue
        q = [i for i, c in enumerate(sentence.codes) if c == "Q"]
        return [
            SpeechDraft(
                _span(tokens, previous, *m.span("speaker")),
                _span(tokens, previous, *m.span("cue")),
                (_span(tokens, sentence, q[0], q[-1] + 1),),
                rule.name,
            )
        ]
    return []


def _span(tokens: Tokens, sentence: _Sentence, a: int, b: int) -> Span:
    """The character span of the letters ``[a, b)`` of a sentence."""
    return Span(tokens.start(sentence.first[a]), tokens.ends[sentence.last[b - 1] - 1])


def _cut(tokens: Tokens, drafts: list[SpeechDraft]) -> list[SpeechDraft]:
    """A content that runs into a later speech joined to it (a mark or a word of
    ``clause_joiners`` before its speaker) ends before them: ``Smith said the plan would
    fail, and Jones said …``. A speech nested in the content (``said she wants …``) is
    part of what was said and cuts nothing."""
    out: list[SpeechDraft] = []
    for d in sorted(drafts, key=_anchor):
        anchor = _anchor(d)
        before = tokens.index(anchor) - 1  # the token before the later speech
        for i, prev in enumerate(out):
            last = prev.content[-1]
            k = before
            if last.start < anchor < last.end and tokens.codes[k] in _JOINS:
                while k >= 0 and tokens.ends[k] > last.start and tokens.codes[k] in _JOINS:
                    k -= 1
                if k >= 0 and tokens.ends[k] > last.start:
                    part = Span(last.start, min(tokens.ends[k], anchor))
                    out[i] = attrs.evolve(prev, content=(*prev.content[:-1], part))
        out.append(d)
    return out


def _anchor(d: SpeechDraft) -> int:
    """Where a speech starts in its sentence: its speaker or its cue, whichever is first
    (the cue for a dropped subject, whose speaker stands in an earlier sentence)."""
    if d.cue is None:
        return d.speaker.start
    return d.cue.start if d.dropped else min(d.speaker.start, d.cue.start)


_JOINS = frozenset(",;:-j")  # what stands between two speeches: marks and clause joiners


def quote_owners(
    quotes: Sequence[QuoteDraft], speech: Sequence[SpeechDraft], skip: Sequence[bool] = ()
) -> list[int | None]:
    """Per quote, the index of the first speech whose content overlaps it (``None`` where
    none does, and for the quotes flagged in ``skip``)."""
    starts = [q.span.start for q in quotes]
    owner: list[int | None] = [None] * len(quotes)
    for j, d in enumerate(speech):
        lo, hi = d.content[0].start, d.content[-1].end
        for k in range(max(0, bisect_right(starts, lo) - 1), bisect_left(starts, hi)):
            if (
                owner[k] is None
                and not (skip and skip[k])
                and any(p.overlaps(quotes[k].span) for p in d.content)
            ):
                owner[k] = j
    return owner


def _continue(
    text: str,
    quotes: Sequence[QuoteDraft],
    paragraphs: Sequence[Span],
    skip: Sequence[bool],
    speech: list[SpeechDraft],
    funcs: Sequence[Callable[[QuoteContext], int | None]],
) -> list[SpeechDraft]:
    """Give each quote no speech holds to the speech a quote function names."""
    if not funcs or not quotes:
        return speech
    owner = quote_owners(quotes, speech)
    extra: dict[int, list[Span]] = {}
    for k in range(len(quotes)):
        if owner[k] is not None or skip[k]:
            continue
        ctx = QuoteContext(text, quotes, paragraphs, k, owner, speech)
        for func in funcs:
            joined = func(ctx)
            if joined is not None:
                owner[k] = joined
                extra.setdefault(joined, []).append(quotes[k].span)
                break
    for j, spans in extra.items():
        d = speech[j]
        speech[j] = attrs.evolve(d, content=tuple(sorted((*d.content, *spans))))
    return speech
