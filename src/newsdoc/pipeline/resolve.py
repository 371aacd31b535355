"""Stage 5: resolve speaker mentions to the people and bodies the article names.

Resolution first reads who is in the whole article (headline and paragraphs,
never the byline): every run of capitalised words is a name occurrence, its
titles (``Indiana Gov.``), the words before it (``Republican nominee``) and an
appositive beside it (``Hugh Hill, a doctor``; ``the emergency manager, Lisa
Ortiz``) describe it. Occurrences with a first name and a surname make the
people, by full name; a surname, a title and a surname or a first name alone
are short forms of them, kept apart by gender where a title tells it
(``Mrs. Trump`` is not ``Donald Trump``).

Each speaker mention (mentions in, people out) then resolves by its form:

* a **name** to the person its words name;
* a **pronoun** to the most salient compatible person before it: recency by
  sentence, the subject of a sentence, an earlier speaker count; gender and
  number must agree (titles, first names, earlier pronouns tell them), and a
  pronoun with nobody compatible stays unresolved;
* a **description** (``the Indiana governor``) to the latest person the article
  described with its head noun and modifiers, else it stays a description.

Mentions naming several people (``Sens. Carper and Cardin``) resolve to each.
Every word of the language comes from the rule set's lists: ``titles``,
``female_titles``, ``male_titles``, ``pronouns``, ``female_pronouns``,
``male_pronouns``, ``plural_pronouns``, ``neuter_pronouns``, ``female_names``,
``male_names``, ``female_nouns``, ``male_nouns``, ``name_particles``,
``name_suffixes``, ``name_connectors``, ``organization_words``,
``coordinators``, ``function_words``, ``determiners``, ``sentence_openers``,
``relative_pronouns`` and ``abbreviations``.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right, insort
from collections.abc import Sequence

import attrs
import regex

from newsdoc.model import MentionForm, Span
from newsdoc.rules import RuleSet

__all__ = ["Cast", "Person", "Resolution", "resolve_mentions"]

_WORD = regex.compile(r"[\p{L}\p{M}\p{N}]+(?:['’.\-][\p{L}\p{M}\p{N}]+)*(?:['’]s?)?\.?")
_POSSESSIVE = regex.compile(r"['’]s?$")
_SPACE = regex.compile(r"[^\S\n]+")
_REACH = 5  # sentences back a pronoun looks for its person
_APPOSITIVE_WORDS = 8  # an appositive ('a doctor at the county hospital') is short
_APPOSITIVE_END = regex.compile(r"[,;:.!?()\[\]“”\"—–]")


def sentence_bounds(rules: RuleSet) -> regex.Pattern[str]:
    """The rule set's sentence-end pattern: end punctuation, closing marks, space, then a
    sentence's first character.

    A sentence opens with a capital, a digit or a letter of a script without case,
    maybe after an opening mark of the rule set's ``quote_pairs`` and
    ``single_quote_pairs`` or a bracket. A full stop after a word of the
    ``abbreviations`` list (``Mr.``) ends nothing, nor one after a number that a word
    of ``ordinal_nouns`` follows (German ``am 5. August``). A CJK full stop (``。``)
    ends a sentence with or without a space after it.
    """
    words = rules.words
    marks = {
        c
        for pair in (*words.get("quote_pairs", ()), *words.get("single_quote_pairs", ()))
        for c in pair
    }
    openers = regex.escape("".join(sorted(marks | set("(["))))
    not_abbreviation = r"(?<!\b(?:\L<abbreviations>))" if words.get("abbreviations") else ""
    not_ordinal = (
        r"(?<!\b\d{1,4}(?=\.\s+(?:\L<ordinal_nouns>)\b))" if words.get("ordinal_nouns") else ""
    )
    return rules.compile_pattern(
        not_abbreviation
        + not_ordinal
        + r"(?<!\b\p{Lu})[.!?…]+[\"”’»«“)\]]*\s+"
        + rf"(?=[{openers}]?[\p{{Lu}}\p{{Lt}}\p{{Lo}}\p{{N}}])|[。！？]+[」』）]*\s*"
    )


@attrs.frozen
class _Lexicon:
    titles: frozenset[str]
    female: frozenset[str]  # titles, pronouns and nouns that tell a woman
    male: frozenset[str]
    pronouns: frozenset[str]
    plural: frozenset[str]
    neuter: frozenset[str]
    female_names: frozenset[str]
    male_names: frozenset[str]
    particles: frozenset[str]
    suffixes: frozenset[str]
    connectors: frozenset[str]
    organizations: frozenset[str]
    coordinators: frozenset[str]
    stops: frozenset[str]  # function words, determiners, sentence openers
    determiners: frozenset[str]
    relatives: frozenset[str]
    abbreviations: frozenset[str]
    common: frozenset[str]  # lower-case words of the language: not names

    @classmethod
    def of(cls, rules: RuleSet) -> _Lexicon:
        def low(*names: str) -> frozenset[str]:
            return frozenset(
                _key(w) for name in names for w in rules.words.get(name, ()) if _key(w)
            )

        female_names, male_names = low("female_names"), low("male_names")
        return cls(
            titles=low("titles"),
            female=low("female_titles", "female_pronouns", "female_nouns"),
            male=low("male_titles", "male_pronouns", "male_nouns"),
            pronouns=low("pronouns", "plural_pronouns", "neuter_pronouns"),
            plural=low("plural_pronouns"),
            neuter=low("neuter_pronouns"),
            female_names=female_names - male_names,
            male_names=male_names - female_names,
            particles=low("name_particles"),
            suffixes=low("name_suffixes"),
            connectors=low("name_connectors"),
            organizations=low("organization_words"),
            coordinators=low("coordinators"),
            stops=low("function_words", "determiners", "sentence_openers"),
            determiners=low("determiners"),
            relatives=low("relative_pronouns"),
            abbreviations=low("abbreviations"),
            common=low("cue_verbs", "stance_verbs", "role_nouns", "adverbs", "gap_stops"),
        )

    def gender(self, word: str) -> str | None:
        """``female``/``male`` for a word that tells a gender, else ``None``."""
        k = _key(word)
        return "female" if k in self.female else "male" if k in self.male else None

    def first_name_gender(self, word: str) -> str | None:
        k = _key(word)
        return "female" if k in self.female_names else "male" if k in self.male_names else None


def _lexicon(rules: RuleSet) -> _Lexicon:
    return rules.derived("resolve.lexicon", _Lexicon.of)


def _key(token: str) -> str:
    return _POSSESSIVE.sub("", token).lower().rstrip(".").replace("’", "'")


@attrs.frozen
class _Tok:
    text: str  # without a sentence-ending full stop or a possessive ending
    start: int
    end: int
    stop: bool  # a full stop after it ends the sentence
    possessive: bool
    key: str  # lower case, no full stop, one apostrophe
    cap: bool  # capitalised


def _tokens(text: str, start: int, end: int, lex: _Lexicon) -> list[_Tok]:
    out: list[_Tok] = []
    for m in _WORD.finditer(text, start, end):
        word, tend = m.group(), m.end()
        possessive = False
        stop = False
        if word.endswith(".") and len(word) > 1:
            bare = word[:-1]
            abbreviated = (
                len(bare) == 1
                or "." in bare
                or bare.lower() in lex.abbreviations
                or bare.lower() in lex.titles
            )
            if not abbreviated:
                word, tend, stop = bare, tend - 1, True
        p = _POSSESSIVE.search(word)
        if p is not None and p.start() > 0 and not word.endswith("."):
            possessive = True
            word, tend = word[: p.start()], m.start() + p.start()
        if word:
            key = word.lower().rstrip(".").replace("’", "'")
            out.append(_Tok(word, m.start(), tend, stop, possessive, key, word[:1].isupper()))
    return out


class _Index:
    """What the whole text says about its words, counted once: which are written in lower
    case, what follows each, how often two words stand together."""

    def __init__(self, blocks: Sequence[Sequence[_Tok]]) -> None:
        self.lower: set[str] = set()
        self.after: dict[str, set[str]] = {}
        self.pairs: dict[tuple[str, str], int] = {}
        for toks in blocks:
            for i, t in enumerate(toks):
                nxt = toks[i + 1] if i + 1 < len(toks) else None
                if not t.cap:
                    self.lower.add(t.key)
                follower = nxt.key if nxt is not None else ""
                self.after.setdefault(t.key, set()).add(follower)
                if nxt is not None:
                    pair = (t.key, nxt.key)
                    self.pairs[pair] = self.pairs.get(pair, 0) + 1

    def alone(self, word: str, after: str) -> bool:
        """Whether ``word`` is written somewhere not followed by ``after`` (``Republican``
        is, in ``Republican Donald Trump``; ``Earl`` in ``Earl Ray Tomblin`` is not)."""
        return bool(self.after.get(word, set()) - {after})


@attrs.frozen
class _Occurrence:
    """One run of capitalised words: the name in it and what the text says beside it."""

    span: Span  # the whole run, titles included
    name: tuple[_Tok, ...]  # the name without titles
    titles: tuple[str, ...]
    describers: frozenset[str]  # words that describe the bearer (titles, appositives)
    gender: str | None
    organization: bool
    person: bool  # a title, a first name or a gendered word says so
    possessive: bool
    sentence: int
    quoted: bool


@attrs.frozen
class Resolution:
    """What one speaker mention resolves to.

    ``name`` is the canonical name (for several people, their names joined as the
    mention joins them), ``None`` when the mention resolves to nobody; ``names``
    lists each person; ``form`` is one of :class:`~newsdoc.model.MentionForm`.
    """

    span: Span
    name: str | None
    names: tuple[str, ...] = ()
    form: str = MentionForm.NAME
    words: Span | None = None
    """The words that name them when wider than ``span`` (the coordinated names before
    a mention of the last one)."""


@attrs.frozen
class Person:
    """Someone (or some body) the article names: canonical ``name``, ``kind``
    (``"person"``, ``"organization"`` or ``None`` when the text does not say) and
    ``mentions``, the spans of every name, short form and resolved mention of them."""

    name: str
    kind: str | None
    mentions: tuple[Span, ...]
    named: bool = True


@attrs.frozen
class Cast:
    """The result of resolution: one :class:`Resolution` per speaker mention and every
    :class:`Person` a mention resolved to, by canonical name."""

    resolutions: tuple[Resolution, ...]
    people: dict[str, Person]

    def of(self, span: Span) -> Resolution | None:
        """The resolution of the mention at ``span``."""
        return next((r for r in self.resolutions if r.span == span), None)


class _Entity:
    """A person or body being gathered: occurrences, gender, what describes them."""

    __slots__ = ("describers", "first_pos", "gender", "kind", "name", "occurrences", "speaker")

    def __init__(self, name: str, first_pos: int) -> None:
        self.name = name
        self.first_pos = first_pos
        self.gender: str | None = None
        self.kind: str | None = None
        self.describers: set[str] = set()
        self.occurrences: list[tuple[int, int, bool, bool, Span]] = []
        # (position, sentence, subject, speaker, span)
        self.speaker = False

    def take(self, occ: _Occurrence) -> None:
        if self.gender is None:
            self.gender = occ.gender
        if occ.organization:
            self.kind = "organization"
        elif occ.person and self.kind is None:
            self.kind = "person"
        self.describers |= occ.describers


def _run_name(
    run: Sequence[_Tok], index: _Index, lex: _Lexicon, sentence_start: bool
) -> _Occurrence:
    """Split a run into titles and name and read its gender and kind (sentence filled later)."""
    toks = list(run)
    while toks and toks[0].key in lex.stops and toks[0].key not in lex.titles:
        toks.pop(0)
    titles: list[str] = []
    if not toks:
        return _Occurrence(
            Span(run[0].start, run[-1].end),
            (),
            (),
            frozenset(),
            None,
            False,
            False,
            False,
            0,
            False,
        )
    last_title = -1
    for i, t in enumerate(toks[:-1]):
        if t.key in lex.connectors and last_title < i - 1:
            break  # 'Commission on Presidential Debates': a title word inside a name
        if t.key in lex.titles or (t.key in lex.common and not lex.first_name_gender(t.text)):
            last_title = i
    if len(toks) == 1 and toks[0].key in lex.titles and len(run) == 1:
        toks = []  # a title alone names nobody
    if last_title >= 0:
        titles = [t.text for t in toks[: last_title + 1]]
        toks = toks[last_title + 1 :]
        if toks and toks[0].key in lex.connectors:  # 'Secretary of State John Kerry'
            toks.pop(0)
            named = next((i for i, t in enumerate(toks) if lex.first_name_gender(t.text)), None)
            if named is None:
                named = max(0, len(toks) - 2)
            titles += [t.text for t in toks[:named]]
            toks = toks[named:]
    organization = any(t.key in lex.organizations for t in toks)
    if not organization and len(toks) >= 2 and _modifier_first(toks, index, lex, sentence_start):
        titles.append(toks.pop(0).text)
    gender = next((g for g in map(lex.gender, titles) if g), None)
    if gender is None and len(toks) >= 2:
        gender = lex.first_name_gender(toks[0].text)
    person = not organization and bool(
        gender or (titles and any(_key(t) in lex.titles for t in titles))
    )
    describers = {_key(t) for t in titles}
    return _Occurrence(
        span=Span(run[0].start, run[-1].end),
        name=tuple(toks),
        titles=tuple(titles),
        describers=frozenset(describers),
        gender=gender,
        organization=organization,
        person=person,
        possessive=toks[-1].possessive if toks else False,
        sentence=0,
        quoted=False,
    )


def _modifier_first(
    toks: Sequence[_Tok], index: _Index, lex: _Lexicon, sentence_start: bool
) -> bool:
    """Whether a name's first word only qualifies it: ``Rival``/``Republican`` before a
    first name written elsewhere without it, or a common word opening a sentence."""
    if lex.first_name_gender(toks[0].text):
        return False
    if lex.first_name_gender(toks[1].text) and (
        (sentence_start and len(toks) > 2)
        or index.alone(toks[0].key, toks[1].key)
        or (len(toks) > 2 and index.pairs.get((toks[1].key, toks[2].key), 0) > 1)
    ):
        return True
    return sentence_start and (toks[0].key in lex.common or toks[0].key in index.lower)


def _title_case(toks: Sequence[_Tok]) -> bool:
    """A line whose longer words are nearly all capitalised (a headline in title case)."""
    long = [t for t in toks if len(t.text) > 3]
    return len(long) >= 3 and sum(t.cap for t in long) >= 0.8 * len(long)


def _runs(toks: Sequence[_Tok], text: str, lex: _Lexicon) -> list[tuple[list[_Tok], int]]:
    """Maximal runs of capitalised words (particles and connectors inside), with the index
    of their first token."""
    runs: list[tuple[list[_Tok], int]] = []
    cur: list[_Tok] = []
    first = 0

    def close() -> None:
        nonlocal cur
        while cur and not cur[-1].cap:
            cur.pop()
        if cur:
            runs.append((cur, first))
        cur = []

    for i, t in enumerate(toks):
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        joined = nxt is not None and _SPACE.fullmatch(text[t.end : nxt.start]) is not None
        if t.cap and not t.key.isdigit():
            if not cur:
                first = i
            cur.append(t)
        elif (
            cur
            and joined
            and nxt is not None
            and nxt.cap
            and (
                t.key in lex.particles
                or (
                    t.key in lex.connectors
                    and (any(c.key in lex.organizations for c in cur) or cur[-1].key in lex.titles)
                )
            )
        ):
            cur.append(t)
        else:
            close()
            continue
        if not joined or t.stop or t.possessive:
            close()
    close()
    return runs


def _describers_around(
    toks: Sequence[_Tok], first: int, last: int, text: str, lex: _Lexicon
) -> set[str]:
    """Words just before a run (``Republican presidential nominee``) and an appositive
    after it (``, a doctor at the hospital,``) or before it (``the emergency manager, …``)."""
    out: set[str] = set()
    i = first - 1
    while i >= 0 and first - i <= 4:
        t, nxt = toks[i], toks[i + 1]
        if not _SPACE.fullmatch(text[t.end : nxt.start]) or t.key in lex.stops or t.stop:
            break
        out.add(t.key)
        i -= 1
    after = last + 1
    if (
        after < len(toks)
        and text[toks[last].end : toks[after].start].strip() == ","
        and (toks[after].key in lex.determiners or not toks[after].cap)
    ):
        words: list[str] = []
        for k in range(after, min(len(toks), after + _APPOSITIVE_WORDS + 1)):
            t = toks[k]
            words.append(t.key)
            gap = text[t.end : toks[k + 1].start] if k + 1 < len(toks) else "."
            if t.stop or _APPOSITIVE_END.search(gap):
                out.update(words)  # closed by a comma or a full stop: an appositive
                break
    if first > 0 and text[toks[first - 1].end : toks[first].start].strip() == ",":
        j = first - 1
        words = []
        while j >= 0 and first - j <= 6:
            t = toks[j]
            if t.key in lex.determiners:
                out.update(words)
                break
            if j < first - 1 and _APPOSITIVE_END.search(text[t.end : toks[j + 1].start]):
                break
            words.append(t.key)
            j -= 1
    return out


def resolve_mentions(
    text: str,
    mentions: Sequence[Span],
    rules: RuleSet,
    *,
    prose: Sequence[Span] = (),
    quoted: Sequence[Span] = (),
) -> Cast:
    """Resolve each speaker mention (spans in text order) to the people the article names.

    ``prose`` are the spans to read names from (headline and paragraphs; the whole
    text when empty), ``quoted`` the quotes (names inside them are not antecedents).
    """
    if not mentions:  # nothing to resolve, and no reason to read a text of megabytes
        return Cast((), {})
    return _Resolver(text, mentions, rules, prose or [Span(0, len(text))], quoted).run()


class _Resolver:
    def __init__(
        self,
        text: str,
        mentions: Sequence[Span],
        rules: RuleSet,
        prose: Sequence[Span],
        quoted: Sequence[Span],
    ) -> None:
        self.text = text
        self.mentions = list(mentions)
        self.lex = _lexicon(rules)
        self.prose = prose
        self.quoted = sorted(quoted)
        self.qstarts = [q.start for q in self.quoted]
        bounds = sentence_bounds(rules)
        self.sent_starts = [0] + [m.end() for m in bounds.finditer(text)]
        for p in prose:
            self.sent_starts.append(p.start)
        self.sent_starts = sorted(set(self.sent_starts))
        self.entities: list[_Entity] = []
        self.by_key: dict[tuple[str, str], _Entity] = {}
        self.by_surname: dict[str, list[_Entity]] = {}
        self.by_first: dict[str, list[_Entity]] = {}
        self.by_initials: dict[str, list[_Entity]] = {}
        self.singles: dict[str, _Entity] = {}
        self.occ_entity: list[tuple[_Occurrence, _Entity | None]] = []
        self.chain: list[Span] = []  # gendered pronouns outside quotes: they carry salience
        self.by_sentence: dict[int, dict[int, _Entity]] = {}  # who is named in a sentence
        self.by_describer: dict[str, dict[int, _Entity]] = {}  # who a word describes

    # -- positions -------------------------------------------------------------
    def sentence(self, pos: int) -> int:
        return bisect_right(self.sent_starts, pos) - 1

    def in_quote(self, span: Span) -> bool:
        i = bisect_right(self.qstarts, span.start) - 1
        return i >= 0 and self.quoted[i].contains(span)

    # -- discovery -------------------------------------------------------------
    def discover(self) -> list[_Occurrence]:
        occs: list[_Occurrence] = []
        lex, text = self.lex, self.text
        read = [(b, _tokens(text, b.start, b.end, lex)) for b in self.prose]
        read = [(b, toks) for b, toks in read if not _title_case(toks)]
        index = _Index([toks for _, toks in read])
        for block, toks in read:
            for t in toks:
                if t.key in lex.pronouns and lex.gender(t.key):
                    span = Span(t.start, t.end)
                    if not self.in_quote(span):
                        self.chain.append(span)
            for run, first in _runs(toks, text, lex):
                start = run[0].start
                sentence_start = self.sent_starts[self.sentence(start)] >= (
                    toks[first - 1].end if first > 0 else block.start
                )
                occ = _run_name(run, index, lex, sentence_start)
                if not occ.name:
                    continue
                last = first + len(run) - 1
                describers = occ.describers | _describers_around(toks, first, last, text, lex)
                gender = occ.gender or next((g for g in map(lex.gender, describers) if g), None)
                occs.append(
                    attrs.evolve(
                        occ,
                        describers=frozenset(describers),
                        gender=gender,
                        person=occ.person or gender is not None,
                        sentence=self.sentence(start),
                        quoted=self.in_quote(occ.span),
                    )
                )
        return occs

    def _person_key(self, occ: _Occurrence) -> tuple[str, str]:
        if occ.organization:
            return ("", " ".join(t.key for t in occ.name))
        words = [t for t in occ.name if len(t.key) > 1 and t.key not in self.lex.suffixes]
        if len(words) < 2:
            return ("", " ".join(t.key for t in occ.name))
        return (words[0].key, words[-1].key)

    def _full(self, occ: _Occurrence) -> bool:
        words = [t for t in occ.name if t.key not in self.lex.suffixes]
        return len(words) >= 2

    def register(self, occs: Sequence[_Occurrence]) -> None:
        """Full names make entities; short forms are matched afterwards."""
        for occ in occs:
            if not self._full(occ):
                continue
            key = self._person_key(occ)
            display = self._display(occ)
            e = self.by_key.get(key)
            if e is None:
                e = self.by_key[key] = _Entity(display, occ.span.start)
                self.entities.append(e)
                words = [t.key for t in occ.name if t.key not in self.lex.suffixes]
                self.by_surname.setdefault(words[-1], []).append(e)
                if not occ.organization:
                    self.by_first.setdefault(words[0], []).append(e)
                else:  # 'IMF' for 'International Monetary Fund'
                    initials = "".join(t.key[0] for t in occ.name if t.cap)
                    self.by_initials.setdefault(initials, []).append(e)
            elif len(display.split()) > len(e.name.split()):
                e.name = display
            e.take(occ)

    def _display(self, occ: _Occurrence) -> str:
        return self.text[occ.name[0].start : occ.name[-1].end]

    def match_short(self, occ: _Occurrence, pos: int) -> _Entity | None:
        """The entity a short form (surname, title and surname, first name) names."""
        key = occ.name[-1].key
        want = occ.gender if any(self.lex.gender(t) for t in occ.titles) else None
        cands = (
            self.by_surname.get(key) or self.by_first.get(key) or self.by_initials.get(key) or []
        )
        if want is not None:
            cands = [e for e in cands if e.gender in (None, want)]
        if not cands:
            return None
        titled = [e for e in cands if any(_key(t) in e.describers for t in occ.titles)]
        before = [e for e in (titled or cands) if e.first_pos <= pos] or titled or cands
        return min(before, key=lambda e: e.first_pos)

    def single(self, occ: _Occurrence) -> _Entity:
        """An entity known by a one-word name only (``Obama``), or by a titled one
        (``Mrs. Trump``) when the bare word names someone else."""
        word = occ.name[-1].text
        want = occ.gender if any(self.lex.gender(t) for t in occ.titles) else None
        clash = any(e.gender not in (None, want) for e in self.by_surname.get(occ.name[-1].key, ()))
        name = self.text[occ.span.start : occ.span.end] if want and clash else word
        name = _POSSESSIVE.sub("", name) if occ.possessive else name
        e = self.singles.get(name.lower())
        if e is None:
            e = self.singles[name.lower()] = _Entity(name, occ.span.start)
            self.entities.append(e)
        e.take(occ)
        return e

    def attach(self, occs: Sequence[_Occurrence]) -> None:
        """Every occurrence to its entity, with its place for salience."""
        seen_sentence: set[int] = set()
        for occ in occs:
            if self._full(occ):
                e: _Entity | None = self.by_key[self._person_key(occ)]
            else:
                e = self.match_short(occ, occ.span.start)
                if e is None:
                    e = self.single(occ)
                else:
                    e.take(attrs.evolve(occ, organization=False) if e.kind else occ)
            assert e is not None
            subject = not occ.quoted and occ.sentence not in seen_sentence and not occ.possessive
            if not occ.quoted:
                seen_sentence.add(occ.sentence)
            if not occ.quoted:
                e.occurrences.append((occ.span.start, occ.sentence, subject, False, occ.span))
            self.occ_entity.append((occ, e))

    # -- mentions --------------------------------------------------------------
    def run(self) -> Cast:
        occs = self.discover()
        self.register(occs)
        self.attach(occs)
        spans = sorted(o.span for o, _ in self.occ_entity)
        starts = [s.start for s in spans]
        by_span = {o.span: (o, e) for o, e in self.occ_entity}
        spoken: set[Span] = set()  # speakers are salient
        for m in self.mentions:
            for o, e in self._overlapping(m, spans, starts, by_span):
                if e is not None:
                    e.speaker = True
                    spoken.add(o.span)
        for e in self.entities:
            e.occurrences = [
                (p, s, subj, sp or at in spoken, at) for p, s, subj, sp, at in e.occurrences
            ]
            for _, sentence, *_rest in e.occurrences:
                self.by_sentence.setdefault(sentence, {})[id(e)] = e
            for d in {*e.describers, *(e.name.lower().split() if e.kind == "organization" else ())}:
                self.by_describer.setdefault(d, {})[id(e)] = e
        out: list[Resolution] = []
        people: dict[int, tuple[_Entity, list[Span], bool]] = {}
        speaking = set(self.mentions)
        events = sorted(
            [
                *((m, True) for m in self.mentions),
                *((p, False) for p in self.chain if p not in speaking),
            ]
        )
        for m, is_mention in events:
            if not is_mention:
                self.pronoun(m, _key(m.of(self.text)), speaker=False)
                continue
            res, ents, named = self.resolve_one(m, spans, starts, by_span)
            out.append(res)
            for e in ents:
                entry = people.setdefault(id(e), (e, [], named))
                entry[1].append(m)
        cast_people: dict[str, Person] = {}
        for e, ms, named in people.values():
            all_spans = sorted({*(o[4] for o in e.occurrences), *ms})
            cast_people[e.name] = Person(e.name, e.kind, tuple(all_spans), named)
        return Cast(tuple(out), cast_people)

    def _overlapping(
        self,
        m: Span,
        spans: Sequence[Span],
        starts: Sequence[int],
        by_span: dict[Span, tuple[_Occurrence, _Entity | None]],
    ) -> list[tuple[_Occurrence, _Entity | None]]:
        i = max(0, bisect_right(starts, m.start) - 1)
        found = []
        while i < len(spans) and spans[i].start < m.end:
            if spans[i].overlaps(m):
                found.append(by_span[spans[i]])
            i += 1
        return found

    def resolve_one(
        self,
        m: Span,
        spans: Sequence[Span],
        starts: Sequence[int],
        by_span: dict[Span, tuple[_Occurrence, _Entity | None]],
    ) -> tuple[Resolution, list[_Entity], bool]:
        lex, text = self.lex, self.text
        words = _tokens(text, m.start, m.end, lex)
        if len(words) == 1 and words[0].key in lex.pronouns:
            e = self.pronoun(m, words[0].key)
            if e is None:
                return Resolution(m, None, (), MentionForm.PRONOUN), [], True
            return Resolution(m, e.name, (e.name,), MentionForm.PRONOUN), [e], True
        found = [(o, e) for o, e in self._overlapping(m, spans, starts, by_span) if e]
        group = self._heads(m, words, found)
        if group:
            group = self._coordinated_before(group, spans, starts, by_span)
            ents = [e for _, e in group if e is not None]
            if len(ents) > 1:
                wide = Span(min(m.start, group[0][0].span.start), m.end)
                name = ""
                for k, (o, e) in enumerate(group):
                    if k:
                        name += text[group[k - 1][0].span.end : o.span.start]
                    assert e is not None
                    name += e.name
                names = tuple(dict.fromkeys(e.name for e in ents))
                return Resolution(m, name, names, MentionForm.NAME, wide), ents, True
            e0 = ents[0]
            return Resolution(m, e0.name, (e0.name,), MentionForm.NAME), [e0], True
        e = self.description(m, words)
        if e is not None:
            return Resolution(m, e.name, (e.name,), MentionForm.DESCRIPTION), [e], True
        phrase = self._phrase(m)
        d = self.singles.get("\0" + phrase.lower())
        if d is None:
            d = self.singles["\0" + phrase.lower()] = _Entity(phrase, m.start)
        return Resolution(m, d.name, (d.name,), MentionForm.DESCRIPTION), [d], False

    def _coordinated_before(
        self,
        group: list[tuple[_Occurrence, _Entity | None]],
        spans: Sequence[Span],
        starts: Sequence[int],
        by_span: dict[Span, tuple[_Occurrence, _Entity | None]],
    ) -> list[tuple[_Occurrence, _Entity | None]]:
        """The names coordinated before a mention that opens a sentence with them
        (``Carper, Feinstein and Cardin said``, where the mention is ``Cardin``)."""
        lex, text = self.lex, self.text
        out = list(group)
        while True:
            first = out[0][0]
            i = bisect_right(starts, first.span.start) - 2
            if i < 0:
                break
            prev, e = by_span[spans[i]]
            between = text[prev.span.end : first.span.start]
            gap_words = [w.lower() for w in regex.findall(r"[\p{L}&]+", between)]
            if (
                e is None
                or e.kind == "organization"
                or prev.quoted
                or prev.sentence != first.sentence
                or not regex.fullmatch(r"[\s,\p{L}&]*", between)
                or not all(w in lex.coordinators for w in gap_words)
                or not (gap_words or "," in between)
            ):
                break
            out.insert(0, (prev, e))
        if len(out) == len(group):
            return out
        joins = self.text[out[0][0].span.end : group[0][0].span.start]
        if not any(w.lower() in lex.coordinators for w in regex.findall(r"[\p{L}&]+", joins)):
            return group  # 'In July, Gingrich said': a list needs its 'and'
        opening = text[self.sent_starts[out[0][0].sentence] : out[0][0].span.start]
        if any(t.key not in lex.stops for t in _tokens(opening, 0, len(opening), lex)):
            return group  # 'Smith met Jones and Cardin said': not one subject
        return out

    def _heads(
        self, m: Span, words: Sequence[_Tok], found: Sequence[tuple[_Occurrence, _Entity | None]]
    ) -> list[tuple[_Occurrence, _Entity | None]]:
        """The names a mention is about: its head name (``Republican nominee Donald Trump``),
        the coordinated names (``A, B and C``), or none when names only modify a noun
        (``the Indiana governor``)."""
        if not found:
            return []
        lex = self.lex
        chosen = [found[0]]
        worded = False  # 'A, B and C' is a list; 'In July, Gingrich' is not

        def done() -> list[tuple[_Occurrence, _Entity | None]]:
            if len(chosen) == 1:
                return chosen
            if not worded or any(e is None or e.kind == "organization" for _, e in chosen):
                return chosen[-1:]
            return chosen

        k = 0
        while True:
            cur = chosen[-1][0]
            nxt = found[k + 1] if k + 1 < len(found) else None
            after = [w for w in words if w.start >= cur.span.end]
            if not after:
                return done()
            gap = self.text[cur.span.end : after[0].start]
            if nxt is not None and after[0].start >= nxt[0].span.start:
                between = self.text[cur.span.end : nxt[0].span.start]
                gap_words = [w.lower() for w in regex.findall(r"[\p{L}&]+", between)]
                if all(w in lex.coordinators for w in gap_words) and (gap_words or "," in between):
                    worded = worded or bool(gap_words)
                    if nxt[1] is not chosen[-1][1]:
                        chosen.append(nxt)
                    k += 1
                    continue
                return done()
            lead = after[0]
            if (
                regex.search(r"[,(\[;:]", gap)
                or (lead.key in lex.stops and not cur.possessive)
                or lead.key in lex.coordinators
                or len(chosen) > 1
            ):
                return done()
            if nxt is None:
                return []  # 'the Indiana governor': the name only qualifies the noun
            chosen = [nxt]
            k += 1

    def _phrase(self, m: Span) -> str:
        """A description as a speaker's name: its opening function word in lower case, a
        trailing relative pronoun off (``The mayor, who`` -> ``the mayor``)."""
        phrase = m.of(self.text).strip()
        last = regex.search(r"[,\s]*\b(\w+)\s*$", phrase)
        if last and last.start() > 0 and _key(last.group(1)) in self.lex.relatives:
            phrase = phrase[: last.start()]
        first = _WORD.match(phrase)
        if first and _key(first.group()) in self.lex.stops:
            return phrase[:1].lower() + phrase[1:]
        return phrase

    def pronoun(self, m: Span, word: str, speaker: bool = True) -> _Entity | None:
        lex = self.lex
        want = lex.gender(word)
        plural, neuter = word in lex.plural, word in lex.neuter
        sent = self.sentence(m.start)
        best: tuple[float, int] | None = None
        chosen: _Entity | None = None
        near = {
            k: e for d in range(_REACH + 1) for k, e in self.by_sentence.get(sent - d, {}).items()
        }
        for e in near.values():
            if plural or neuter:
                if e.kind != "organization":
                    continue
                fit = 1.0
            elif e.kind == "organization":
                continue
            elif want is not None and e.gender is not None:
                if e.gender != want:
                    continue
                fit = 1.0
            elif e.kind == "person" or e.speaker:
                fit = 0.6
            elif " " in e.name:
                fit = 0.3  # two capitalised words: maybe a person the text does not type
            else:
                continue  # 'Lyon': one word, never a speaker, no title or first name
            score = 0.0
            last = -1
            j = bisect_left(e.occurrences, (m.start,)) - 1
            while j >= 0 and sent - e.occurrences[j][1] <= _REACH:
                pos, s, subject, said, _ = e.occurrences[j]
                score += 0.5 ** (sent - s) * (100 + 80 * subject + 60 * said)
                last = max(last, pos)
                j -= 1
            score *= fit
            if score <= 0:
                continue
            if best is None or (score, last) > best:
                best, chosen = (score, last), e
        if chosen is None or best is None or best[0] < 10:
            return None
        if want is not None and chosen.gender is None and not (plural or neuter):
            chosen.gender = want
        self._add(chosen, (m.start, sent, True, speaker, m))
        return chosen

    def _add(self, e: _Entity, occurrence: tuple[int, int, bool, bool, Span]) -> None:
        insort(e.occurrences, occurrence)
        self.by_sentence.setdefault(occurrence[1], {})[id(e)] = e

    def description(self, m: Span, words: Sequence[_Tok]) -> _Entity | None:
        """The entity the article described with this phrase's head noun."""
        lex = self.lex
        content = [w for w in words if w.key not in lex.stops and w.key not in lex.relatives]
        if not content:
            return None
        head, mods = content[-1].key, {w.key for w in content[:-1]}
        proper = {w.key for w in content[:-1] if w.cap}
        best: tuple[int, int] | None = None
        chosen: _Entity | None = None
        # the head itself, or an abbreviation of it ('gov' for 'governor')
        keys = [head, *(head[:n] for n in range(3, len(head) - 1))]
        cands = {k: e for w in keys for k, e in self.by_describer.get(w, {}).items()}
        for e in cands.values():
            if proper - e.describers:
                continue  # 'the Mexican president' is not President Obama
            j = bisect_left(e.occurrences, (m.start,))
            if j == 0:
                continue
            score = (len(mods & e.describers), e.occurrences[j - 1][0])
            if best is None or score > best:
                best, chosen = score, e
        if chosen is not None:
            self._add(chosen, (m.start, self.sentence(m.start), True, True, m))
        return chosen
