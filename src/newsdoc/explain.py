"""``explain``: what the attribution rules see in each sentence, and why speech did or did not form.

For each sentence of an article, :func:`explain` shows the tokens with their class
letters, the letter string the rules run on (every quote one ``Q``), each attribution
rule that could run on it (a letter its cue reads is there) and what it made of the
sentence: the groups of a match mapped back to the words, or, for no match, how far
the rule read and the part of its pattern that stopped it; the rules that could not
run, with the classes they missed; and the speech that formed, with what resolution
made of the speaker. :func:`explain_rule` shows one rule's pattern with its building
blocks named and expanded. Both are debugging tools, for people writing rules; the
parse itself never calls them.

>>> import newsdoc
>>> report = newsdoc.explain("Talks\\n\\nAna Ruiz said the pier would open.")
>>> report.sentences[0].codes
'CCVDwhw.'
>>> [t.rule for t in report.sentences[0].trials if t.outcome == "formed"]
['attribution.clause']
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_right
from collections.abc import Collection, Iterable, Mapping, Sequence
from itertools import pairwise

import attrs
import regex

from newsdoc import rulesets
from newsdoc.errors import RuleTimeout
from newsdoc.model import Article, Attribution, Span
from newsdoc.parse import options, parse
from newsdoc.pipeline.attribute import SentenceLetters, cue_letters, group_end, sentence_letters
from newsdoc.pipeline.quotes import QuoteDraft
from newsdoc.pipeline.tokens import CLASSES, Tokens, class_pattern, tokenize, word_table
from newsdoc.rules import DEFAULT_TIMEOUT, Rule, RuleSet, Stage

__all__ = [
    "Explanation",
    "Letter",
    "SentenceReport",
    "Trial",
    "building_blocks",
    "class_table",
    "explain",
    "explain_rule",
]

_CLASS_OF = {letter: name for name, (letter, _) in reversed(list(CLASSES.items()))}
_QUOTE_ONLY = frozenset('Q,.:;-")')


@attrs.frozen
class Letter:
    """One letter of a sentence as the rules see it: the words it stands for and its class."""

    span: Span
    text: str
    letter: str
    name: str
    """The class's name in :data:`~newsdoc.pipeline.tokens.CLASSES` (``quote`` for ``Q``)."""


@attrs.frozen
class Trial:
    """What one attribution rule made of one sentence.

    ``outcome`` is ``"formed"`` (its match made the speech), ``"matched"`` (it matched,
    but no speech came of it: ``note`` says why), ``"no match"`` or ``"not tried"`` (no
    letter its cue reads, or no quote it needs; ``note`` names the classes). ``groups``
    holds the spans of a match's ``speaker``, ``cue`` and ``content`` groups, or for no
    match those the longest start of the pattern read; ``reached`` is what that start
    read, and ``stopped`` the part of the pattern that failed after it.
    """

    rule: str
    outcome: str
    note: str = ""
    groups: tuple[tuple[str, Span], ...] = ()
    reached: Span | None = None
    stopped: str = ""


@attrs.frozen
class SentenceReport:
    """One sentence explained: its letters, each rule's trial, and the speech that formed."""

    number: int
    """1 for the article's first sentence (paragraphs only: no headline)."""
    paragraph: int
    span: Span
    text: str
    letters: tuple[Letter, ...]
    codes: str
    trials: tuple[Trial, ...]
    attributions: tuple[Attribution, ...]
    """The attributions whose cue (or speaker, without one) lies in this sentence."""
    note: str = ""
    """What the mechanism does with the sentence as a whole (a question, quotes only)."""


@attrs.frozen
class Explanation:
    """The explained sentences of an article (:func:`explain`)."""

    article: Article
    sentences: tuple[SentenceReport, ...]

    def text(self, *, tried_only: bool = False) -> str:
        """A report for a terminal; ``tried_only`` leaves out the rules that could not run."""
        if not self.sentences:
            return "no sentence: the text has no paragraph (headlines are not read for speech)"
        return "\n\n".join(_sentence_text(self.article, s, tried_only) for s in self.sentences)

    def html(self) -> str:
        """An HTML fragment with the HTML view's styles and colours (for a notebook)."""
        from newsdoc.render import render_explanation

        return render_explanation(self)

    def _repr_html_(self) -> str:
        return self.html()

    def __str__(self) -> str:
        return self.text()


def explain(
    source: str | Article,
    *,
    rules: RuleSet | str | None = None,
    sentence: int | str | None = None,
) -> Explanation:
    """Explain what the attribution rules read in each sentence of an article.

    Args:
        source: the article's text (parsed with ``rules``), or an Article already
            parsed (``newsdoc.parse_html`` gives one for a page); its set is then the
            one named by ``Article.ruleset`` unless ``rules`` gives another.
        rules: a rule set, a registered name, ``"auto"`` or ``None`` (the text's language), as for
            :func:`~newsdoc.parse.parse`.
        sentence: only this sentence: its number (1 for the first), or words it holds.

    Raises:
        ValueError: no sentence has that number or holds those words (the message names
            the closest), or an Article parsed by a set that is not registered and no
            ``rules``.
    """
    if isinstance(source, Article):
        article = source
        if rules is None and article.ruleset not in rulesets.available():
            raise ValueError(
                f"the article was parsed by rule set {article.ruleset!r}, which is not "
                "registered; pass that set: explain(article, rules=...)"
            )
        rs = options(rules if rules is not None else article.ruleset, 2.0, "raise")
    else:
        rs = options(rules, 2.0, "raise")
        article = parse(source, rules=rs)
    if not isinstance(rs, RuleSet):
        rs = rulesets.get(article.ruleset)
    text = article.text
    paragraphs = [p.span for p in article.paragraphs]
    starts = [p.start for p in paragraphs]
    drafts = [
        QuoteDraft(q.span, q.inner, max(0, bisect_right(starts, q.span.start) - 1))
        for q in article.quotes
    ]
    heads = [p.dateline.span.end if p.dateline else p.span.start for p in article.paragraphs]
    tokens = tokenize(text, paragraphs, *word_table(rs))
    found = sentence_letters(tokens, drafts, heads)
    chosen = _choose(text, tokens, found, sentence)
    engine = rs.derived("explain.rules", _Engine.build)
    made = {(_anchor(a), a.rule) for a in article.attributions}
    reports: list[SentenceReport] = []
    for number in chosen:
        s = found[number - 1]
        previous = found[number - 2] if number > 1 else None
        letters = _letters(text, tokens, s)
        span = Span(letters[0].span.start, letters[-1].span.end)
        note, trials = engine.trials(tokens, s, previous, made)
        here = [
            a
            for a in article.attributions
            if span.start
            <= (a.content[0].start if a.rule in engine.borrowed else _anchor(a))
            < span.end
        ]
        carried = [a for a in here if not span.start <= _anchor(a) < span.end]
        if carried:
            note += "; " if note else ""
            note += "what was said here goes on from a sentence before: " + ", ".join(
                f"{a.rule} (cue {a.cue.text if a.cue else '-'!r})" for a in carried
            )
        reports.append(
            SentenceReport(
                number,
                s.paragraph,
                span,
                span.of(text),
                letters,
                s.codes,
                trials,
                tuple(here),
                note,
            )
        )
    return Explanation(article, tuple(reports))


def _anchor(a: Attribution) -> int:
    """Where an attribution's cue starts (its speaker, without a cue)."""
    return a.cue.span.start if a.cue else a.speaker.span.start


def _choose(
    text: str, tokens: Tokens, found: Sequence[SentenceLetters], sentence: int | str | None
) -> list[int]:
    """The numbers of the sentences to explain (all of them for ``None``)."""
    if sentence is None:
        return list(range(1, len(found) + 1))
    if isinstance(sentence, bool) or not isinstance(sentence, (int, str)):
        raise TypeError(f"sentence must be a number or words, not {type(sentence).__name__}")
    if isinstance(sentence, int):
        if not 1 <= sentence <= len(found):
            raise ValueError(
                f"no sentence {sentence}: the text has {len(found)} sentence(s), "
                f"numbered 1 to {len(found)}"
            )
        return [sentence]
    texts = [_span(tokens, s, 0, len(s.codes)).of(text) for s in found]
    hits = [i for i, t in enumerate(texts, 1) if sentence in t]
    if not hits:
        hits = [i for i, t in enumerate(texts, 1) if sentence.casefold() in t.casefold()]
    if hits:
        return hits
    if not texts:
        raise ValueError(f"no sentence holds {sentence!r}: the text has no paragraph")

    import difflib  # only for this error

    def shared(t: str) -> int:
        m = difflib.SequenceMatcher(None, sentence, t, autojunk=False)
        return m.find_longest_match(0, len(sentence), 0, len(t)).size

    best = max(range(len(texts)), key=lambda i: shared(texts[i]))
    raise ValueError(
        f"no sentence holds {sentence!r}; the closest is sentence {best + 1}: "
        f"{_short(' '.join(texts[best].split()), 100)!r}"
    )


def _span(tokens: Tokens, s: SentenceLetters, a: int, b: int) -> Span:
    """The character span of the letters ``[a, b)`` of a sentence."""
    return Span(tokens.start(s.first[a]), tokens.ends[s.last[b - 1] - 1])


def _letters(text: str, tokens: Tokens, s: SentenceLetters) -> tuple[Letter, ...]:
    out = []
    for i, letter in enumerate(s.codes):
        span = _span(tokens, s, i, i + 1)
        out.append(Letter(span, span.of(text), letter, _CLASS_OF.get(letter, "other")))
    return tuple(out)


# -- the rules, as the explain view runs them ---------------------------------------------------


@attrs.frozen
class _Rule:
    rule: Rule
    pattern: regex.Pattern[str]
    needs: frozenset[str]
    quoted: bool
    pieces: tuple[tuple[int, int], ...]
    """Where each top-level piece of ``rule.tokens`` ends (and starts)."""
    prefixes: dict[int, regex.Pattern[str] | None] = attrs.field(factory=dict, eq=False)
    """Pattern of the first ``n`` pieces, compiled on first use."""

    def prefix(self, n: int) -> regex.Pattern[str] | None:
        if n not in self.prefixes:
            source = self.rule.tokens or ""
            try:
                self.prefixes[n] = regex.compile(
                    class_pattern(source[: self.pieces[n - 1][1]]), regex.VERBOSE
                )
            except (regex.error, ValueError):
                self.prefixes[n] = None
        return self.prefixes[n]


@attrs.frozen
class _Engine:
    """The enabled attribution token rules of a set, in order, with what explain needs."""

    main: tuple[_Rule, ...]
    previous: tuple[_Rule, ...]
    gate: frozenset[str] | None
    blocks: Mapping[str, str]
    borrowed: frozenset[str]
    """The rules whose speech has its cue in another sentence than its content
    (``where="previous"`` and ``where="continued"``)."""
    memo: dict[tuple[bool, str], tuple[_Found, ...]] = attrs.field(factory=dict, eq=False)
    """Sentence letters -> the trials on them (see :meth:`trials`)."""

    @classmethod
    def build(cls, rs: RuleSet) -> _Engine:
        main: list[_Rule] = []
        previous: list[_Rule] = []
        for r in rs.rules:
            if not r.enabled or r.stage is not Stage.ATTRIBUTION or r.tokens is None:
                continue
            needs, quoted = cue_letters(r.tokens)
            compiled = regex.compile(class_pattern(r.tokens), regex.VERBOSE)
            made = _Rule(r, compiled, needs, quoted, _pieces(r.tokens))
            if r.where == "previous":
                previous.append(made)
            elif r.where is None:
                main.append(made)
        needs_all = frozenset().union(*(r.needs for r in main))
        gate = needs_all if all(r.needs for r in main) and needs_all else None
        borrowed = frozenset(
            r.name for r in rs.rules if r.stage is Stage.ATTRIBUTION and r.where is not None
        )
        return cls(tuple(main), tuple(previous), gate, building_blocks(rs), borrowed)

    def trials(
        self,
        tokens: Tokens,
        s: SentenceLetters,
        previous: SentenceLetters | None,
        made: Collection[tuple[int, str]],
    ) -> tuple[str, tuple[Trial, ...]]:
        """What the mechanism does with the sentence as a whole, and each rule's trial."""
        codes = s.codes
        letters = set(codes)
        if codes.endswith(".") and tokens.word(s.last[-1] - 1) == "?":
            return "a question: no speech is read in it", ()
        read = s
        if letters <= _QUOTE_ONLY:
            if "Q" not in letters:
                return "no words: nothing to read", ()
            if previous is None:
                return "quotes only, and no sentence before them", ()
            note = (
                "quotes only: the rules with where=previous read the sentence before "
                f"({previous.codes}), and the first that matches credits the quotes"
            )
            read = previous
        elif self.gate is not None and "Q" not in letters and not self.gate & letters:
            classes = ", ".join(_named(c) for c in sorted(self.gate))
            return f"no cue letter ({classes}) and no quote: no rule is tried", ()
        else:
            note = ""
        key = (read is previous, read.codes)
        found = self.memo.get(key)
        if found is None:
            if len(self.memo) >= _MEMO:
                self.memo.clear()
            found = self.memo[key] = self._run(read.codes, read is previous)
        return note, tuple(_trial(f, tokens, read, made) for f in found)

    def _run(self, codes: str, previous: bool) -> tuple[_Found, ...]:
        """Each rule's trial on a sentence's letters, in order, as the engine tries them:
        one speech per cue, the first rule's, a rule tried while a cue it reads is unread;
        of the ``where=previous`` rules, the first that matches decides."""
        open_cues = None
        if self.gate is not None and not previous:
            open_cues = {i: c for i, c in enumerate(codes) if c in self.gate}
        rules = self.previous if previous else self.main
        read: dict[int, str] = {}
        out: list[_Found] = []
        decided = False
        for r in rules:
            missing = _missing(r, codes, open_cues)
            if missing or decided:
                why = missing or "an earlier rule credited the quotes"
                out.append(_Found(r.rule.name, "not tried", why))
                continue
            found = self._try(codes, r, open_cues, read)
            out.append(found if found is not None else self._how_far(codes, r))
            decided = previous and found is not None and found.cue >= 0
        return tuple(out)

    def _try(
        self, codes: str, r: _Rule, open_cues: dict[int, str] | None, read: dict[int, str]
    ) -> _Found | None:
        """The rule's first match that reads a cue (``cue`` set; ``cues`` holds the cue of
        every match that reads one), or why its matches read none; ``None`` when it matches
        nowhere."""
        pos = 0
        first: _Found | None = None
        found: _Found | None = None
        cues: list[int] = []
        name = r.rule.name
        while pos < len(codes):
            m = _search(r.pattern, codes, pos, name)
            if m is None:
                break
            cue = m.start("cue") if "cue" in m.re.groupindex else -1
            pos = max(m.end("cue") if cue >= 0 else m.end(), m.start() + 1)
            groups = _groups(m)
            if cue < 0 or "speaker" not in m.re.groupindex or m.start("speaker") < 0:
                first = first or _Found(name, "matched", "no cue or speaker took part", groups)
                continue
            held = [c for c in (open_cues or {}) if cue <= c < m.end("cue")]
            if open_cues is not None and not held:
                by = read.get(cue, "an earlier rule")
                first = first or _Found(name, "matched", f"its cue was read by {by}", groups)
                continue
            if open_cues is not None:  # where=previous rules credit the quotes after
                parts = [g for g in ("content", "content2") if g in m.re.groupindex]
                if not any(m.start(g) < m.end(g) for g in parts):
                    first = first or _Found(name, "matched", "its content is empty", groups)
                    continue
                if r.rule.func is not None and not r.rule.func(codes, m):
                    first = first or _Found(name, "matched", "its function refused it", groups)
                    continue
            for c in held:
                read[c] = name
                if open_cues is not None:
                    open_cues.pop(c, None)
            cues.append(cue)  # as the parse does, the rule goes on to its next match
            found = found or _Found(name, "matched", "", groups, cue=cue)
        return attrs.evolve(found, cues=tuple(cues)) if found is not None else first

    def _how_far(self, codes: str, r: _Rule) -> _Found:
        """How far the rule read: the longest start of its pattern (whole top-level pieces)
        that matches, and the piece after it."""
        lo, hi = 0, len(r.pieces)  # the first ``lo`` pieces match, all ``hi`` do not
        best: regex.Match[str] | None = None
        while hi - lo > 1:
            mid = (lo + hi) // 2
            p = r.prefix(mid)
            m = _search(p, codes, 0, r.rule.name) if p is not None else None
            if m is not None:
                lo, best = mid, m
            else:
                hi = mid
        stopped = _piece_name(r, lo, self.blocks)
        if best is None or best.end() == best.start():
            note = f"the pattern's start, {stopped}, matches nowhere"
            return _Found(r.rule.name, "no match", note, stopped=stopped)
        reached = (best.start(), best.end())
        return _Found(r.rule.name, "no match", "", _groups(best), reached, stopped)


_MEMO = 4096
"""Sentence letter strings whose trials a rule set remembers (as the parse does)."""


@attrs.frozen
class _Found:
    """A trial in letter offsets, the same for every sentence of the same letters."""

    rule: str
    outcome: str
    note: str = ""
    groups: tuple[tuple[str, int, int], ...] = ()
    reached: tuple[int, int] | None = None
    stopped: str = ""
    cue: int = -1
    """The letter of the cue the first match read (a speech, if the parse kept it)."""
    cues: tuple[int, ...] = ()
    """The letters of the cues every match of the rule read, the first one's included."""


def _trial(
    f: _Found, tokens: Tokens, s: SentenceLetters, made: Collection[tuple[int, str]]
) -> Trial:
    """A trial in the words of one sentence: its groups as spans, its verdict on a match
    from what the parse formed."""
    groups = tuple((g, _span(tokens, s, a, b)) for g, a, b in f.groups)
    if f.cue >= 0:
        if any((_span(tokens, s, c, c + 1).start, f.rule) in made for c in f.cues or (f.cue,)):
            return Trial(f.rule, "formed", "", groups)
        return Trial(
            f.rule, "matched", "no speech formed from it (a later step dropped it)", groups
        )
    if f.reached is None:
        return Trial(f.rule, f.outcome, f.note, groups, stopped=f.stopped)
    at = f.reached[1]
    codes = s.codes
    where = "at the sentence end"
    if at < len(codes):
        word = _span(tokens, s, at, at + 1).of(tokens.text)
        where = f"before {word!r} ({codes[at]} {_CLASS_OF.get(codes[at], 'other')})"
    note = f"stopped {where}, where the pattern wants {f.stopped}"
    return Trial(f.rule, f.outcome, note, groups, _span(tokens, s, *f.reached), f.stopped)


def _search(
    pattern: regex.Pattern[str], codes: str, pos: int, rule: str
) -> regex.Match[str] | None:
    """A search bounded in time as the parse bounds it (:class:`RuleTimeout` naming the rule)."""
    try:
        return pattern.search(codes, pos, None, None, False, DEFAULT_TIMEOUT)
    except TimeoutError:
        raise RuleTimeout(rule, DEFAULT_TIMEOUT) from None


def _named(letter: str) -> str:
    """``{clause_verb} (V)``: a letter with its class name, as patterns write it."""
    return f"{{{_CLASS_OF.get(letter, 'other')}}} ({letter})"


def _missing(r: _Rule, codes: str, open_cues: dict[int, str] | None) -> str:
    """Why the engine would not try the rule on these letters ("" when it would)."""
    if open_cues is not None and r.needs and not r.needs.intersection(open_cues.values()):
        classes = " or ".join(_named(c) for c in sorted(r.needs))
        left = "left (the cues here were read)" if r.needs & set(codes) else "here"
        return f"its cue reads {classes}: none {left}"
    if r.quoted and "Q" not in codes:
        return "it needs a quote: none here"
    return ""


def _groups(m: regex.Match[str]) -> tuple[tuple[str, int, int], ...]:
    """The letter offsets of a match's speaker, cue and content groups that took part."""
    return tuple(
        (g, m.start(g), m.end(g))
        for g in ("speaker", "cue", "content", "content2")
        if g in m.re.groupindex and 0 <= m.start(g) < m.end(g)
    )


# -- patterns: pieces and building blocks -------------------------------------------------------

_ATOM = re.compile(r"""\\[pP]\{[^}]*\}|\\.|\[\^?\]?(?:\\.|[^\]])*\]|\{[a-z_]+\}|\s|[^(]""", re.S)
_QUANT = re.compile(r"(?:[*+?]|\{\d*(?:,\d*)?\})[?+]?")


def _pieces(pattern: str) -> tuple[tuple[int, int], ...]:
    """The top-level pieces of a token pattern, each with its quantifier: ``(?P<speaker>…)``,
    ``{opener}?``, ``[^.]{3,}``. A pattern with a top-level ``|`` or a comment is one piece."""
    out: list[tuple[int, int]] = []
    i, n = 0, len(pattern)
    while i < n:
        start = i
        if pattern[i] == "(":
            i = group_end(pattern, i)
        else:
            m = _ATOM.match(pattern, i)
            i = m.end() if m is not None else i + 1
            if pattern[start] in "|#":
                return ((0, n),)
        q = _QUANT.match(pattern, i)
        if q is not None and q.group() != "{}":
            i = q.end()
        if not pattern[start:i].isspace():
            out.append((start, i))
    return tuple(out) or ((0, n),)


def _piece_name(r: _Rule, n: int, blocks: Mapping[str, str]) -> str:
    """A name for piece ``n`` of a rule: its group and the building blocks it lies in."""
    if n >= len(r.pieces):
        return "the rest"
    source = r.rule.tokens or ""
    a, b = r.pieces[n]
    piece = source[a:b]
    group = regex.match(r"\(\?P<(\w+)>", piece)
    inside = [name for name, (x, y) in _occurrences(source, blocks) if x <= a and b <= y]
    named = _name_blocks(piece, blocks, whole=True)
    label = f"`{_short(named, 40)}`"
    if group:
        label = f"the {group.group(1)} group {_short(named[len(group.group()) : -1], 40)}"
    return f"{label} (in {' > '.join(inside)})" if inside else label


def _occurrences(source: str, blocks: Mapping[str, str]) -> list[tuple[str, tuple[int, int]]]:
    """Where each building block's text stands in a pattern (outermost first)."""
    found: list[tuple[str, tuple[int, int]]] = []
    for name, value in blocks.items():
        at = source.find(value)
        while at >= 0:
            found.append((name, (at, at + len(value))))
            at = source.find(value, at + len(value))
    found.sort(key=lambda f: (f[1][0], -f[1][1]))
    return found


def _name_blocks(source: str, blocks: Mapping[str, str], whole: bool = False) -> str:
    """``source`` with the longest building blocks in it written by name (``{NAME}``);
    with ``whole``, a source that is one block entire is named too."""
    chosen: list[tuple[int, int, str]] = []
    for name, value in sorted(blocks.items(), key=lambda kv: -len(kv[1])):
        if value == source and not whole:
            continue
        at = source.find(value)
        while at >= 0:
            end = at + len(value)
            if all(end <= x or at >= y for x, y, _ in chosen):
                chosen.append((at, end, name))
            at = source.find(value, end)
    out: list[str] = []
    pos = 0
    for a, b, name in sorted(chosen):
        out.append(source[pos:a] or (" " if pos and out[-1] in blocks else ""))
        out.append(name)
        pos = b
    out.append(source[pos:])
    return "".join(out)


_MIN_BLOCK = 6


def building_blocks(rules: RuleSet | None = None) -> dict[str, str]:
    """The named building blocks of the built-in attribution rules: each upper-case string
    constant of the modules under ``newsdoc.rulesets`` that hold ``ATTRIBUTION_RULES``,
    more than one class
    (``NAME``, ``MENTION``). The modules whose blocks ``rules``'s token rules use most come
    first; a name that another module gives a different text is qualified by that module
    (``latin.MENTION``)."""
    return {name: value for name, (value, _) in _blocks_of(rules).items()}


def _blocks_of(rules: RuleSet | None) -> dict[str, tuple[str, str]]:
    """Name -> (text, module) of each building block (see :func:`building_blocks`)."""
    patterns = [r.tokens for r in rules or () if r.tokens is not None]

    def used(item: tuple[str, dict[str, str]]) -> int:
        return -sum(any(v in p for p in patterns) for v in item[1].values())

    out: dict[str, tuple[str, str]] = {}
    taken: set[str] = set()
    for module, values in sorted(_module_blocks().items(), key=used):
        for name, value in values.items():
            if value in taken:
                continue
            key = name if name not in out else f"{module.split('.')[2]}.{name}"
            out[key] = (value, module)
            taken.add(value)
    return out


_ONE_CLASS = re.compile(r"\{[a-z_]+\}[?*+]?")


@functools.lru_cache(maxsize=1)
def _module_blocks() -> dict[str, dict[str, str]]:
    import importlib
    import pkgutil

    import newsdoc.rulesets as package

    found: dict[str, dict[str, str]] = {}
    for info in pkgutil.walk_packages(package.__path__, "newsdoc.rulesets."):
        module = importlib.import_module(info.name)
        if not hasattr(module, "ATTRIBUTION_RULES"):
            continue  # blocks are the strings of modules of attribution rules
        values = {
            name: value
            for name, value in vars(module).items()
            if name.isupper()
            and not name.startswith("_")
            and isinstance(value, str)
            and len(value) >= _MIN_BLOCK
            and "{" in value
            and not _ONE_CLASS.fullmatch(value)
        }
        if values:
            found[info.name] = values
    return found


@functools.lru_cache(maxsize=64)
def _block_docs(module: str) -> dict[str, str]:
    """The first line of the docstring under each constant of a module's source."""
    import ast
    import importlib
    import inspect

    try:
        tree = ast.parse(inspect.getsource(importlib.import_module(module)))
    except (OSError, TypeError, SyntaxError):
        return {}
    docs: dict[str, str] = {}
    body = tree.body
    for node, after in pairwise(body):
        if (
            isinstance(node, ast.Assign)
            and len(node.targets) == 1
            and isinstance(node.targets[0], ast.Name)
            and isinstance(after, ast.Expr)
            and isinstance(after.value, ast.Constant)
            and isinstance(after.value.value, str)
        ):
            docs[node.targets[0].id] = " ".join(after.value.value.split())
    return docs


def explain_rule(name: str, rules: RuleSet | str = "en") -> str:
    """One rule of a set: its stage, state and description, its pattern with the building
    blocks named, each block expanded (and what it is for), the letters it runs on and
    when the attribution stage tries it.

    Raises:
        UnknownRuleError: no rule of that name (the message names the closest).

    >>> print(explain_rule("attribution.clause").splitlines()[2])
      (?P<speaker>SUBJECT)AFTER_SPEAKER(?P<cue>CLAUSE_CUE)THAT CONTENT
    """
    rs = options(rules, 2.0, "raise")
    if not isinstance(rs, RuleSet):
        raise ValueError("name one rule set (not 'auto') to show its rules")
    rule = rs[name]
    head = f"{rule.name}  [{rule.stage.value}, {'on' if rule.enabled else 'off'}"
    head += f", where={rule.where}]" if rule.where else "]"
    lines = [head + (f"  {rule.description}" if rule.description else "")]
    source = rule.tokens or rule.pattern
    if source is None:
        lines.append("a function rule: no pattern")
        func = rule.func
        if func is not None and func.__doc__:
            lines.append("  " + " ".join(func.__doc__.split()))
        return "\n".join(lines)
    known = _blocks_of(rs)
    blocks = {name: value for name, (value, _) in known.items()}
    named = _name_blocks(source, blocks)
    lines.append("pattern, building blocks named:" if named != source else "pattern:")
    lines.append("  " + named)
    used = _used(named, blocks)
    if used:
        lines.append("building blocks:")
        for block in used:
            lines.append(f"  {block} = {_name_blocks(blocks[block], blocks)}")
            doc = _block_docs(known[block][1]).get(block.rsplit(".", 1)[-1], "")
            if doc:
                lines.append(f"      {doc}")
    if rule.tokens is not None:
        needs, quoted = cue_letters(rule.tokens)
        letters = class_pattern(rule.tokens)
        lines.append(f"in letters ({len(letters)} characters):")
        lines.append("  " + letters)
        if needs:
            classes = ", ".join(_named(c) for c in sorted(needs))
            when = f"tried on sentences holding one of {classes}"
        else:
            when = "tried on every sentence"
        lines.append(when + (", and a quote" if quoted else ""))
    return "\n".join(lines)


def _used(named: str, blocks: Mapping[str, str]) -> list[str]:
    """The blocks a named pattern uses, and the blocks those use, in order of first use."""
    order: list[str] = []
    todo = [named]
    while todo:
        text = todo.pop(0)
        for m in regex.finditer(r"\b[A-Za-z_.]*[A-Z_]{3,}\b", text):
            name = m.group()
            if name in blocks and name not in order:
                order.append(name)
                todo.append(_name_blocks(blocks[name], blocks))
    return order


def class_table(rules: RuleSet | str = "en") -> str:
    """Every token class: its letter, name, and the word list that fills it in ``rules``
    with its size (or the shape it stands for)."""
    rs = options(rules, 2.0, "raise")
    if not isinstance(rs, RuleSet):
        raise ValueError("name one rule set (not 'auto') to show its classes")
    rows = []
    for name, (letter, list_name) in CLASSES.items():
        if list_name:
            size = len(rs.words.get(list_name, ()))
            what = f"{list_name} ({size} words)" if size else f"{list_name} (empty: never seen)"
        else:
            what = "a shape"
        rows.append(f"{letter}  {{{name}}}{' ' * (20 - len(name))}{what}")
    return "\n".join(rows)


# -- the text report ---------------------------------------------------------------------------

_WIDTH = 100
_CELL = 24


def _short(text: str, room: int) -> str:
    return text if len(text) <= room else text[: room - 1] + "…"


def _sentence_text(article: Article, s: SentenceReport, tried_only: bool) -> str:
    text = article.text
    lines = [f"sentence {s.number} (paragraph {s.paragraph + 1}): {' '.join(s.text.split())}"]
    lines.extend(_aligned(s.letters))
    lines.append(f"  letters: {s.codes}   ({_letters_used([s])})")
    if s.note:
        lines.append(f"  {s.note}")
    tried = [t for t in s.trials if t.outcome != "not tried"]
    width = max((len(t.rule) for t in tried), default=0)
    for t in tried:
        lines.append(f"  {t.rule:{width}}  {t.outcome}{': ' + t.note if t.note else ''}")
        for group, span in t.groups:
            lines.append(f"  {'':{width}}    {group}: {_short(_words(span, text), 80)!r}")
        if t.reached is not None:
            lines.append(f"  {'':{width}}    read: {_short(_words(t.reached, text), 80)!r}")
    skipped = [t for t in s.trials if t.outcome == "not tried"]
    if skipped and not tried_only:
        reasons: dict[str, list[str]] = {}
        for t in skipped:
            reasons.setdefault(t.note, []).append(t.rule.removeprefix("attribution."))
        lines.append(f"  not tried ({len(skipped)} rules):")
        lines.extend(f"    {why}: {', '.join(names)}" for why, names in reasons.items())
    if s.attributions:
        lines.append("  speech formed:")
        for a in s.attributions:
            lines.append("    " + _attribution_line(article, a))
    elif s.trials or s.note:
        lines.append("  no speech formed")
    return "\n".join(lines)


def _words(span: Span, text: str) -> str:
    return " ".join(span.of(text).split())


def _attribution_line(article: Article, a: Attribution) -> str:
    text = article.text
    content = " … ".join(_words(c, text) for c in a.content)
    cue = a.cue.text if a.cue else "-"
    name = a.speaker.name
    who = f"resolved to {name!r}" if name else "resolved to nobody"
    if name:
        kind = next((sp.kind for sp in article.speakers if sp.name == name), None)
        who += f" ({kind})" if kind else ""
    speaker = _words(a.speaker.span, text)
    return f"[{a.kind}] {speaker!r} ({cue}) {_short(content, 70)!r} by {a.rule}; speaker {who}"


def _aligned(letters: Iterable[Letter]) -> list[str]:
    """The words over their letters, in columns, wrapped at :data:`_WIDTH`."""
    lines: list[str] = []
    top, bottom = "  ", "  "
    for letter in letters:
        word = _short(" ".join(letter.text.split()), _CELL)
        width = max(len(word), len(letter.letter))
        if len(top) + width > _WIDTH and top.strip():
            lines.extend([top.rstrip(), bottom.rstrip()])
            top, bottom = "  ", "  "
        top += word.ljust(width) + " "
        bottom += letter.letter.ljust(width) + " "
    if top.strip():
        lines.extend([top.rstrip(), bottom.rstrip()])
    return lines


def _letters_used(reports: Sequence[SentenceReport]) -> str:
    """The classes the letters of some sentences stand for: ``C name, V clause_verb, …``."""
    seen = dict.fromkeys(letter.letter for s in reports for letter in s.letters)
    return ", ".join(f"{c} {_CLASS_OF.get(c, 'other')}" for c in seen)
