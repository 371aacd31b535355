"""Stage 5: resolve speaker mentions to the people and bodies the article names.

Resolution reads the token layer (:mod:`newsdoc.pipeline.tokens`) of the
headline and paragraphs, never the text again. It first decides, once per
article, who is in it: every run of capitalised tokens is a name occurrence;
its titles (``Indiana Gov.``), the words before it (``Republican nominee``)
and an appositive beside it (``Hugh Hill, a doctor``; ``the emergency
manager, Lisa Ortiz``) describe it. Occurrences with a first name and a
surname make the people, by full name; a surname, a title and a surname, a
first name or an acronym are short forms of them, kept apart by gender where
a title tells it (``Mrs. Trump`` is not ``Donald Trump``). A name in the rule
set's ``place_names``, or written as a place (``Hamburg, Germany``), is a
place: never a person, an antecedent or a speaker.

Each speaker mention then resolves by its form:

* a **name** to the person its words name;
* a **pronoun** to the most salient compatible person before it: recency by
  sentence, the subject of a sentence, having spoken; gender and number must
  agree (``she`` never resolves to an organisation, ``it`` and ``they`` only
  to one), and a pronoun with nobody compatible stays unresolved;
* a **description** to the name in apposition beside it (``a spokeswoman,
  Jennifer Palmieri,``), or (definite ones) to the latest person the article
  described with its head noun and modifiers; else it stays a description.

Every entity gets a gender with the evidence that decided it: a title
(``Mrs.``), a gendered noun beside the name (``a mother of three``), a
pronoun resolved to it, or, weakest, a first name of the rule set's lists.
Every word of the language comes from the rule set's lists (see
``docs/rules.md``).
"""

from __future__ import annotations

import re
import sys
from array import array
from bisect import bisect_left, bisect_right, insort
from collections.abc import Iterator, Sequence
from itertools import pairwise
from operator import itemgetter
from typing import overload

import attrs

from newsdoc.model import MentionForm, Span
from newsdoc.pipeline.tokens import Tokens
from newsdoc.rules import RuleSet

__all__ = ["Cast", "Person", "Resolution", "resolve_mentions"]

_REACH = 5  # sentences back a pronoun looks for its person
_OCCURRENCES = 16  # an entity's latest occurrences a pronoun weighs (bounded: linear time)
_BODY_REACH = 2000  # tokens back 'the campaign' looks for 'the Trump campaign'
_APPOSITIVE = 8  # an appositive ('a doctor at the county hospital') is short
_RUN = re.compile(rb"\x01[\x01\x02]*")  # capitalised tokens, particles and inner dots
_ENDS = frozenset(',;:.()"-')  # token codes that close an appositive
_PUNCT = frozenset(',;:.()"-sx')
_DESCRIBED = re.compile(r"D[wC]?[TG]")  # a determiner, maybe a modifier, a title word
_VERBS = frozenset("VOUASBh")  # cue, attitude, stance verbs, be, auxiliaries
_STRONG = ("title", "noun", "pronoun")
"""Kinds of gender evidence that decide; a first name of a list only counts when nothing
else does."""


@attrs.frozen
class _Lexicon:
    titles: frozenset[str]
    female: frozenset[str]  # titles and nouns that tell a woman
    male: frozenset[str]
    gendered: frozenset[str]
    female_pronouns: frozenset[str]
    male_pronouns: frozenset[str]
    pronouns: frozenset[str]
    first_person: frozenset[str]
    plural: frozenset[str]
    neuter: frozenset[str]
    female_names: frozenset[str]
    male_names: frozenset[str]
    suffixes: frozenset[str]
    connectors: frozenset[str]
    organizations: frozenset[str]
    places: frozenset[str]
    groups: frozenset[str]
    bodies: frozenset[str]
    modifiers: frozenset[str]
    dates: frozenset[str]
    organization_nouns: frozenset[str]
    plural_nouns: frozenset[str]
    coordinators: frozenset[str]
    stops: frozenset[str]  # function words, determiners, sentence openers
    determiners: frozenset[str]
    definite: frozenset[str]
    relatives: frozenset[str]
    common: frozenset[str]  # lower-case words of the language: not names
    roles: frozenset[str]

    @classmethod
    def of(cls, rules: RuleSet) -> _Lexicon:
        def low(*names: str) -> frozenset[str]:
            return frozenset(_key(w) for name in names for w in rules.words.get(name, ()) if w)

        female_names, male_names = low("female_names"), low("male_names")
        # the generated tables (``first_names.py``) under the hand-kept lists, less the
        # words the set knows otherwise ('will', 'said', 'van'): a name of a table is weak
        known = low(
            "function_words",
            "determiners",
            "sentence_openers",
            "non_names",
            "cue_verbs",
            "stance_verbs",
            "role_nouns",
            "adverbs",
            "gap_stops",
            "titles",
            "place_names",
            "name_modifiers",
            "date_words",
            "name_particles",
            "name_connectors",
            "pronouns",
            "organization_words",
            "group_words",
            "coordinators",
        )
        tables = [
            frozenset(map(str.lower, rules.words.get(f"{g}_first_names", ())))
            for g in ("female", "male")
        ]
        table_female = tables[0] - known - male_names
        table_male = tables[1] - known - female_names
        female_names, male_names = female_names | table_female, male_names | table_male
        determiners = low("determiners")
        return cls(
            titles=low("titles"),
            female=low("female_titles", "female_nouns"),
            male=low("male_titles", "male_nouns"),
            gendered=low("female_titles", "female_nouns", "male_titles", "male_nouns"),
            female_pronouns=low("female_pronouns"),
            male_pronouns=low("male_pronouns"),
            pronouns=low("pronouns", "plural_pronouns", "neuter_pronouns", "first_person"),
            first_person=low("first_person"),
            plural=low("plural_pronouns"),
            neuter=low("neuter_pronouns"),
            female_names=female_names - male_names,
            male_names=male_names - female_names,
            suffixes=low("name_suffixes"),
            connectors=low("name_connectors"),
            organizations=low("organization_words"),
            places=low("place_names"),
            groups=low("group_words"),
            bodies=low("body_nouns"),
            modifiers=low("name_modifiers"),
            dates=low("date_words"),
            organization_nouns=low("organization_nouns"),
            plural_nouns=low("plural_nouns"),
            coordinators=low("coordinators"),
            stops=low("function_words", "determiners", "sentence_openers", "non_names"),
            determiners=determiners,
            definite=determiners - low("indefinite_determiners"),
            relatives=low("relative_pronouns"),
            common=low("cue_verbs", "stance_verbs", "role_nouns", "adverbs", "gap_stops"),
            roles=low("role_nouns", "titles"),
        )

    def gender(self, key: str) -> str | None:
        """``female``/``male`` for a title or noun that tells a gender, else ``None``."""
        return "female" if key in self.female else "male" if key in self.male else None

    def first_name(self, key: str) -> str | None:
        """``female``/``male`` for a first name of the lists; a compound (``jean-marc``) not
        listed whole takes the gender its parts agree on."""
        if key in self.female_names:
            return "female"
        if key in self.male_names:
            return "male"
        if "-" in key:
            parts = {self.first_name(part) for part in key.split("-") if part}
            if len(parts) == 1:
                return parts.pop()
        return None


def _lexicon(rules: RuleSet) -> _Lexicon:
    return rules.derived("resolve.lexicon", _Lexicon.of)


def _key(word: str) -> str:
    w = word.lower().replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    elif w.endswith("'"):
        w = w[:-1]
    return w.rstrip(".")


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
    """Someone (or some body) the article names: canonical ``name``; ``kind``
    (``"person"``, ``"organization"``, ``"group"``, ``"unnamed"``, or ``None`` when the
    text does not say); ``mentions``, each span with its form (every name, short form
    and resolved mention of them); ``gender`` and the ``gender_evidence`` for it."""

    name: str
    kind: str | None
    mentions: tuple[tuple[Span, str], ...]
    named: bool = True
    gender: str | None = None
    gender_evidence: str | None = None


@attrs.frozen
class Cast:
    """The result of resolution: one :class:`Resolution` per speaker mention and every
    :class:`Person` a mention resolved to, by canonical name."""

    resolutions: tuple[Resolution, ...]
    people: dict[str, Person]

    def of(self, span: Span) -> Resolution | None:
        """The resolution of the mention at ``span``."""
        return next((r for r in self.resolutions if r.span == span), None)


class _Occurrence:
    """One run of capitalised tokens: the name in it and what the text says beside it."""

    __slots__ = (
        "first",
        "gender",
        "last",
        "located",
        "name",
        "organization",
        "person",
        "place",
        "possessive",
        "quoted",
        "sentence",
        "titles",
        "words",
    )

    def __init__(
        self,
        first: int,
        last: int,
        name: tuple[int, ...],
        words: tuple[str, ...],
        titles: tuple[str, ...] = (),
        gender: tuple[str, str, str] | None = None,
        organization: bool = False,
        place: bool = False,
        located: bool = False,
        person: bool = False,
        possessive: bool = False,
        sentence: int = 0,
        quoted: bool = False,
    ) -> None:
        self.first = first  # token index of the run's first token (titles included)
        self.last = last  # index after the run's last token
        self.name = name  # token indices of the name without titles or inner dots
        self.words = words  # the name's keys without suffixes ('jr')
        self.titles = titles  # keys
        self.gender = gender  # (gender, evidence kind, word)
        self.organization = organization
        self.place = place
        self.located = located  # written as a place: 'in Hamburg', 'Hamburg, Germany'
        self.person = person  # a title, a first name or a gendered word says so
        self.possessive = possessive
        self.sentence = sentence
        self.quoted = quoted


class _Entity:
    """A person, body or place being gathered."""

    __slots__ = (
        "common",
        "describers",
        "evidence",
        "first",
        "gender",
        "kind",
        "last_seen",
        "located",
        "mentions",
        "name",
        "occurrences",
        "speaker",
        "words",
    )

    def __init__(self, name: str, words: tuple[str, ...], first: int) -> None:
        self.name = name
        self.words = words
        self.first = first
        self.last_seen = first
        self.gender: str | None = None
        self.evidence: tuple[str, str] | None = None  # (kind, word)
        self.kind: str | None = None
        self.located = False
        self.common = False  # a word of its name is written in lower case elsewhere
        self.describers: set[str] = set()
        self.occurrences: list[tuple[int, int, bool, bool]] = []
        # (token, sentence, subject, speaker)
        self.mentions: dict[tuple[int, int], str] = {}  # (start, end) -> form
        self.speaker = False

    def tell(self, gender: str, kind: str, word: str) -> None:
        """Take gender evidence: a stronger kind replaces a weaker one."""
        rank = ("first name", *reversed(_STRONG))
        if self.evidence is None or rank.index(kind) > rank.index(self.evidence[0]):
            self.gender, self.evidence = gender, (kind, word)

    def take(self, occ: _Occurrence, typing: bool = True) -> None:
        """Take what an occurrence says; ``typing=False``: not its kind of body or place
        (a short form of an entity already typed)."""
        if occ.gender is not None:
            self.tell(*occ.gender)
        self.located = self.located or occ.located
        if typing and occ.place and self.kind is None:
            self.kind = "place"
        if typing and occ.organization and self.kind != "place":
            self.kind = "organization"
        elif occ.person and self.kind in (None, "place"):
            self.kind = "person"

    @property
    def personal(self) -> bool:
        """A person, or a speaker of no known kind whose name is no common word."""
        return self.kind == "person" or (self.speaker and self.kind is None and not self.common)


class _Words(Sequence[str]):
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


class _Text:
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
        self.words = _Words(parts[0].text if parts else "", self.starts, self.ends)
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


def resolve_mentions(
    text: str,
    mentions: Sequence[Span],
    rules: RuleSet,
    tokens: Sequence[Tokens],
    *,
    dead: Sequence[Span] = (),
    quoted: Sequence[Span] = (),
) -> Cast:
    """Resolve each speaker mention (spans in text order) to the people the article names.

    ``tokens`` are the token layers to read names from (headline and paragraphs),
    ``dead`` the spans in them that name nobody (datelines), ``quoted`` the quotes
    (names inside them are not antecedents).
    """
    if not mentions:  # nothing to resolve, and no reason to read a text of megabytes
        return Cast((), {})
    return _Resolver(text, mentions, rules, tokens, dead, quoted).run()


class _Resolver:
    def __init__(
        self,
        text: str,
        mentions: Sequence[Span],
        rules: RuleSet,
        tokens: Sequence[Tokens],
        dead: Sequence[Span],
        quoted: Sequence[Span],
    ) -> None:
        self.text = text
        self.mentions = list(mentions)
        self.lex = _lexicon(rules)
        self.t = _Text(tokens, dead)
        # lower case, one apostrophe ('O’Neill' is 'O'Neill'): a few C-level passes
        joined = "\n".join(self.t.words)  # no token holds a line break
        lowered = joined.lower().replace("’", "'").split("\n") if self.t.words else []
        self.keys = list(map(sys.intern, lowered))  # one string per word form, not per token
        for m in re.finditer("G", self.t.codes):  # possessives: 'Trump's' -> 'trump'
            self.keys[m.start()] = _key(self.t.words[m.start()])
        q = sorted(quoted)
        self.quoted = [(self.t.index(s.start), self.t.index(s.end)) for s in q]
        self.entities: list[_Entity] = []
        self.by_key: dict[tuple[str, ...], _Entity] = {}
        self.by_surname: dict[str, list[_Entity]] = {}
        self.by_first: dict[str, list[_Entity]] = {}
        self.by_initials: dict[str, list[_Entity]] = {}
        self.singles: dict[str, _Entity] = {}
        self.occ_at: dict[int, tuple[_Occurrence, _Entity]] = {}  # by first token
        self.occ_starts: list[int] = []
        self.by_sentence: dict[int, list[_Entity]] = {}
        self.by_describer: dict[str, list[_Entity]] = {}
        self._lower: set[str] | None = None
        self.pairs: dict[tuple[str, str], int] = {}  # two words side by side in names

    # -- positions -------------------------------------------------------------
    def in_quote(self, k: int) -> bool:
        i = bisect_right(self.quoted, (k, len(self.t.words))) - 1
        return i >= 0 and self.quoted[i][0] <= k < self.quoted[i][1]

    # -- discovery -------------------------------------------------------------
    def runs(self) -> list[tuple[int, int]]:
        """Maximal runs of capitalised tokens (particles, inner dots and the connectors of
        organisation names and titles inside)."""
        t, lex, keys = self.t, self.lex, self.keys
        up = bytearray(map(str.isupper, map(itemgetter(0), t.words)))
        for inner in re.finditer(r"[lsT]", t.codes):
            if not up[inner.start()]:
                up[inner.start()] = 2
        for dot in re.finditer(r"\.", t.codes):  # 'G.K. Butterfield': an initial's dot
            x = dot.start()
            if (
                0 < x < len(up) - 1
                and up[x + 1] == 1
                and up[x - 1]
                and "." in t.words[x - 1]
                and keys[x + 1] not in lex.stops
                and keys[x - 1] not in lex.places  # 'in the U.S. Congress …'
            ):
                up[x] = 2
        for x in range(t.titled - 1):  # a title-case headline: first name and surname only
            up[x] = 0 if lex.first_name(keys[x]) is None or not up[x + 1] else 3
        found: list[tuple[int, int]] = [(x, x + 2) for x in range(t.titled - 1) if up[x] == 3]
        codes = t.codes
        dead = max((hi for _, hi in t.dead), default=0)  # a dateline: at the start
        bounds = [*t.blocks, len(up)]
        pieces = (  # a run never crosses a paragraph ('X.' / 'Trump')
            m.span()
            for lo, hi in pairwise(bounds)
            if hi > t.titled
            for m in _RUN.finditer(up, max(lo, t.titled), hi)
        )
        for a, b in pieces:
            while up[b - 1] == 2:
                b -= 1
            if a < dead and any(lo <= a < hi for lo, hi in t.dead):
                continue
            if b - a == 1 and codes[a] not in "CGRT":
                continue
            cut = (
                None
                if b - a == 1
                else next(
                    (
                        x + 1
                        for x in range(a, b - 1)
                        if up[x + 1] == 1
                        and (
                            t.codes[x] == "G"
                            or (
                                keys[x] in lex.organizations
                                and keys[x + 1] not in lex.organizations
                            )
                        )
                    ),
                    None,
                )
            )
            if cut is not None:  # 'the Washington Post Trump said': two names
                found.append((a, cut))
                a = cut
            if (
                found
                and found[-1][1] + 1 == a
                and keys[a - 1] in lex.connectors
                and keys[a] not in lex.stops
            ):
                prev = found[-1]
                if t.codes[prev[1] - 1] == "T" or any(
                    keys[x] in lex.organizations for x in range(*prev)
                ):
                    found[-1] = (prev[0], b)
                    continue
            found.append((a, b))
        return found

    def discover(self) -> list[_Occurrence]:
        keys = self.keys
        runs = self.runs()
        follow: dict[str, set[str]] = {}  # a run's first word -> the words after it
        for a, b in runs:
            follow.setdefault(keys[a], set()).add(keys[a + 1] if b > a + 1 else "")
            if b - a > 2:
                pair = (keys[a + 1], keys[a + 2])
                self.pairs[pair] = self.pairs.get(pair, 0) + 1
            if b - a > 1:
                pair = (keys[a], keys[a + 1])
                self.pairs[pair] = self.pairs.get(pair, 0) + 1
        occs = [self.read_run(a, b, follow) for a, b in runs]
        return [o for o in occs if o is not None]

    def read_run(self, a: int, b: int, follow: dict[str, set[str]]) -> _Occurrence | None:
        """Split a run into titles and name and read its gender and kind."""
        t, lex, keys, codes = self.t, self.lex, self.keys, self.t.codes
        if b - a == 1:  # most runs: one word
            w = keys[a]
            sentence = t.sentence(a)
            if w in lex.stops or w in lex.modifiers or w in lex.dates or w in lex.pronouns:
                return None  # 'When', 'Republican', 'October'
            if t.sentences[sentence] >= a - 1 and w in self.lowercase():
                return None  # 'Back' opening a sentence
            if codes[a] == "T" and not (a + 1 < len(codes) and codes[a + 1] in ",VU"):
                return None  # a title alone names nobody, unless it is a subject ('Dean, a')
            located = self.written_as_place(a, b)
            place = w in lex.places or located
            acronym = t.words[a].isupper() and len(w) > 1
            return _Occurrence(
                a,
                b,
                (a,),
                (w,),
                organization=w in lex.organizations or (acronym and not place),
                place=place,
                located=located,
                possessive=codes[a] == "G",
                sentence=sentence,
                quoted=self.in_quote(a),
            )
        k = a
        while k < b and keys[k] in lex.stops and codes[k] != "T":
            k += 1
        ix = [x for x in range(k, b) if codes[x] != "s"]
        if not ix:
            return None
        titles: list[int] = []
        last_title = -1
        for i, x in enumerate(ix[:-1]):
            w = keys[x]
            if w in lex.connectors and last_title < i - 1:
                break  # 'Commission on Presidential Debates': a title word inside a name
            if codes[x] == "T" or w in lex.titles or (w in lex.common and not lex.first_name(w)):
                last_title = i
        if len(ix) == 1 and (codes[ix[0]] == "T" or keys[ix[0]] in lex.titles):
            return None  # a title alone names nobody
        if last_title >= 0:
            titles, ix = ix[: last_title + 1], ix[last_title + 1 :]
            if ix and keys[ix[0]] in lex.connectors:  # 'Secretary of State John Kerry'
                ix.pop(0)
                named = next((i for i, x in enumerate(ix) if lex.first_name(keys[x])), None)
                if named is None:  # 'Secretary of State Kerry'; 'Secretary of Defense' names nobody
                    named = len(ix) - 1 if len(ix) > 1 else len(ix)
                titles += ix[:named]
                ix = ix[named:]
        if not ix or (len(ix) > 1 and all(t.words[x].isupper() for x in ix)):
            return None  # 'FULL TEXT': a label in capitals
        sentence = t.sentence(a)
        organization = any(keys[x] in lex.organizations for x in ix)
        if not organization and len(ix) >= 2:
            start = t.sentences[sentence] >= k - 1
            if self.modifier_first(ix, follow, start):
                titles.append(ix.pop(0))
        if len(ix) == 1 and keys[ix[0]] in lex.stops:
            return None
        last = keys[ix[-1]]
        gender: tuple[str, str, str] | None = None
        for x in titles:
            g = lex.gender(keys[x])
            if g:
                dot = x + 1 < b and t.words[x + 1] == "."  # 'Mrs.'
                gender = (g, "title", t.words[x] + "." * dot)
                break
        first_gender = (
            lex.first_name(keys[ix[0]])
            if len(ix) >= 2 and last not in lex.modifiers and last not in lex.common
            else None  # 'Kent County Republican': a name ends in a surname
        )
        if gender is None and first_gender:
            gender = (first_gender, "first name", t.words[ix[0]])
        located = not titles and self.written_as_place(a, ix[-1] + 1)
        place = not first_gender and (last in lex.places or located)
        if (
            len(ix) == 1
            and not titles
            and t.sentences[sentence] >= a - 1
            and last in self.lowercase()
        ):
            return None  # 'Back', 'Unlike' opening a sentence
        if len(ix) == 1 and not titles and t.words[ix[0]].isupper() and len(last) > 1:
            organization = organization or not place  # an acronym: 'AFP', 'CNN'
        person = (
            not organization
            and not place
            and bool(gender or any(keys[x] in lex.titles for x in titles))
        )
        return _Occurrence(
            first=a,
            last=b,
            name=tuple(ix),
            words=tuple(keys[x] for x in ix if keys[x] not in lex.suffixes),
            titles=tuple(keys[x] for x in titles),
            gender=gender,
            organization=organization,
            place=place,
            located=located,
            person=person,
            possessive=codes[ix[-1]] == "G",
            sentence=sentence,
            quoted=self.in_quote(a),
        )

    def written_as_place(self, a: int, b: int) -> bool:
        """``in Hamburg``, ``Hamburg, Germany``, ``of Ashton, Md.``: written as a place."""
        t, keys, lex = self.t, self.keys, self.lex
        if a > 0 and keys[a - 1] in ("in", "near"):
            return True
        n = len(t.words)
        return b + 1 < n and t.codes[b] == "," and keys[b + 1] in lex.places

    def modifier_first(self, ix: Sequence[int], follow: dict[str, set[str]], start: bool) -> bool:
        """Whether a name's first word only qualifies it: ``Rival``/``Republican`` before a
        first name written elsewhere without it, or a common word opening a sentence."""
        lex, keys = self.lex, self.keys
        w0, w1 = keys[ix[0]], keys[ix[1]]
        if lex.first_name(w0):
            return False
        if w0 in lex.modifiers:
            return True  # 'Democrat Hillary Clinton'
        if lex.first_name(w1) and (
            (len(ix) > 2 and self.pairs.get((w1, keys[ix[2]]), 0) > 1)
            or bool(follow.get(w0, set()) - {w1})
            or w0 in self.lowercase()
        ):
            return True
        return start and (w0 in lex.common or w0 in self.lowercase())

    def lowercase(self) -> set[str]:
        """The words of the article as written: a lower-case key among them is a word the
        article writes in lower case somewhere."""
        got = self._lower
        if got is None:
            got = self._lower = set(self.t.words)
        return got

    def describers(self, first: int, last: int) -> set[str]:
        """Words just before a run (``Republican presidential nominee``) and an appositive
        after it (``, a doctor at the hospital,``) or before it (``the emergency manager, …``)."""
        t, lex, keys, codes = self.t, self.lex, self.keys, self.t.codes
        out: set[str] = set()
        i = first - 1
        while i >= 0 and first - i <= 4 and codes[i] not in _PUNCT and keys[i] not in lex.stops:
            out.add(keys[i])
            i -= 1
        n = len(keys)
        if (
            last + 1 < n
            and codes[last] == ","
            and (codes[last + 1] == "D" or t.words[last + 1].islower())
        ):
            words: list[str] = []
            for k in range(last + 1, min(n, last + 2 + _APPOSITIVE)):
                if codes[k] in _ENDS:
                    out.update(words)  # closed by a comma or a full stop: an appositive
                    break
                if codes[k] in _VERBS:
                    break  # 'Overall, the fund said': a clause, not an appositive
                words.append(keys[k])
        if first > 1 and codes[first - 1] == ",":
            j = first - 2
            words = []
            while j >= 0 and first - j <= 7 and codes[j] not in _ENDS:
                if keys[j] in lex.determiners:
                    out.update(words)
                    break
                words.append(keys[j])
                j -= 1
        return out

    # -- entities --------------------------------------------------------------
    def _display(self, occ: _Occurrence, first: int = -1) -> str:
        """The name as written, from token ``first`` (the name's first by default)."""
        t = self.t
        last = occ.name[-1]
        end = t.ends[last]
        if occ.possessive:
            end -= len(t.words[last]) - len(self.keys[last])
        return self.text[t.starts[occ.name[0] if first < 0 else first] : end]

    def register(self, occs: Sequence[_Occurrence]) -> None:
        """Full names make entities; a full name that ends another (``Van Voorhis``,
        ``Chandler Van Voorhis``) is a short form of it."""
        for occ in occs:
            words = occ.words
            if len(words) < 2:
                continue
            key = words if occ.organization or occ.place else (words[0], words[-1])
            display = self._display(occ)
            e = self.by_key.get(key)
            if e is None:
                e = self.by_key[key] = _Entity(display, words, occ.first)
                e.common = not occ.organization and any(w in self.lowercase() for w in words)
                self.entities.append(e)
                self.by_surname.setdefault(words[-1], []).append(e)
                if occ.organization:  # 'IMF' for 'International Monetary Fund'
                    initials = "".join(
                        w[0]
                        for x, w in zip(occ.name, words, strict=False)
                        if self.t.words[x][0].isupper()
                    )
                    self.by_initials.setdefault(initials, []).append(e)
                else:
                    self.by_first.setdefault(words[0], []).append(e)
            elif len(words) > len(e.words):
                e.name, e.words = display, words
            e.take(occ)
        for group in self.by_surname.values():
            for short in group:
                if self.lex.first_name(short.words[0]):
                    continue
                longer = [
                    e
                    for e in group
                    if len(e.words) > len(short.words)
                    and e.words[-len(short.words) :] == short.words
                ]
                if longer:
                    target = longer[0]
                    for key, e in self.by_key.items():
                        if e is short:
                            self.by_key[key] = target
        self.entities = [e for e in self.entities if e in self.by_key.values()]

    def match_short(self, occ: _Occurrence) -> _Entity | None:
        """The entity a short form (surname, title and surname, first name) names."""
        key = self.keys[occ.name[-1]]
        want = occ.gender[0] if occ.gender and occ.gender[1] == "title" else None
        cands = (
            self.by_surname.get(key) or self.by_first.get(key) or self.by_initials.get(key) or []
        )
        cands = [e for e in cands if e.kind != "place" or occ.place]
        if want is not None:  # 'Mr. Obama': Barack, not Michelle; a first name is weak
            cands = [e for e in cands if e.gender == want] or [
                e
                for e in cands
                if e.gender is None or (e.evidence and e.evidence[0] == "first name")
            ]
        if not cands:
            return None
        titled = [e for e in cands if any(t in e.describers for t in occ.titles)]
        pool = titled or cands
        before = [e for e in pool if e.first <= occ.first] or pool
        return max(before, key=lambda e: (len(e.occurrences), -e.first))

    def single(self, occ: _Occurrence) -> _Entity:
        """An entity known by a one-word name only (``Obama``), or by a titled one
        (``Mrs. Trump``) when the bare word names someone else."""
        word = self._display(occ, occ.name[-1])
        key = self.keys[occ.name[-1]]
        want = occ.gender[0] if occ.gender and occ.gender[1] == "title" else None
        clash = any(e.gender not in (None, want) for e in self.by_surname.get(key, ()))
        name = word
        if want and clash:
            name = self.text[self.t.starts[occ.first] : self.t.ends[occ.name[-1]]]
        e = self.singles.get(name.lower())
        if e is None:
            e = self.singles[name.lower()] = _Entity(name, (key,), occ.first)
            e.common = key in self.lowercase()
            bare = (
                word[3:] if word.startswith("Mac") else word[2:] if word.startswith("Mc") else word
            )
            if any(c.isupper() for c in bare[3:]) and word.isalpha():
                e.kind = "organization"  # 'PolitiFact'
            self.entities.append(e)
        return e

    def attach(self, occs: Sequence[_Occurrence]) -> None:
        """Every occurrence to its entity, with its place for salience."""
        seen_sentence = -1
        lex, codes = self.lex, self.t.codes
        for i, occ in enumerate(occs):
            bare = codes[occ.first] == "T" and occ.last - occ.first == 1
            if bare and occ.words[0] not in self.by_surname:
                continue  # a title word that is no surname in the article
            words = occ.words
            if len(words) >= 2:
                key = words if occ.organization or occ.place else (words[0], words[-1])
                e = self.by_key[key]
                e.take(occ)
            else:
                found = self.match_short(occ)
                if found is None:
                    e = self.single(occ)
                    e.take(occ)
                else:
                    e = found
                    e.take(occ, e.kind is None)
            if e.kind not in ("place", "organization"):
                d = self.describers(occ.first, occ.last)
                e.describers |= d
                e.describers.update(occ.titles)
                for w in sorted(d & lex.gendered) if d else ():
                    g = lex.gender(w)
                    if g:
                        e.tell(g, "noun", w)
                        if e.kind is None:
                            e.kind = "person"
                        break
            if len(words) == 1 and words[0] in lex.groups:
                e.kind = "group"  # 'Democrats'
            e.last_seen = occ.first
            head = i + 1 < len(occs) and self.qualifies(occ, occs[i + 1])
            subject = not occ.quoted and occ.sentence != seen_sentence and not occ.possessive
            if not occ.quoted and not head:
                seen_sentence = occ.sentence
                end = codes[occ.last] if occ.last < len(codes) else "."
                before = codes[max(0, occ.first - 2) : occ.first].rstrip("G")[-1:]
                said = end in "VU" or (before in ("V", "U") and end in _ENDS)  # 'noted NBC’s X,'
                # 'said Nick Witney,', 'Witney said': a speaker, whoever the rules credit
                e.occurrences.append((occ.first, occ.sentence, subject, said))
                e.speaker = e.speaker or (said and e.kind not in ("place", "organization"))
            e.mentions[self.t.starts[occ.first], self.t.ends[occ.last - 1]] = MentionForm.NAME
            self.occ_at[occ.first] = (occ, e)
            self.occ_starts.append(occ.first)

    def qualifies(self, occ: _Occurrence, nxt: _Occurrence) -> bool:
        """Whether ``occ`` only qualifies the name after it: ``Trump campaign spokesman
        Jason Miller`` (lower-case role words between, three at most)."""
        gap = self.t.codes[occ.last : nxt.first]
        if not gap:
            return occ.possessive  # 'NBC’s Dante Chinni'
        return len(gap) <= 3 and all(c in "wRT" for c in gap)

    # -- mentions --------------------------------------------------------------
    def run(self) -> Cast:
        occs = self.discover()
        self.register(occs)
        self.attach(occs)
        mention_tokens = [self.t.tokens_of(m) for m in self.mentions]
        for e in self.entities:
            if e.kind == "place":
                continue
            for _, sentence, *_rest in e.occurrences:
                bucket = self.by_sentence.setdefault(sentence, [])
                if e not in bucket:
                    bucket.append(e)
            for d in sorted({*e.describers, *(e.words if e.kind == "organization" else ())}):
                self.by_describer.setdefault(d, []).append(e)
        out: list[Resolution] = []
        people: dict[int, tuple[_Entity, bool]] = {}
        events = sorted(
            [*((r.start, 0, i) for i, r in enumerate(mention_tokens)), *self.chain(mention_tokens)]
        )
        for k, chained, i in events:
            if chained == 1:
                self.pronoun(k, speaker=False)
                continue
            if chained == 2:
                self.described(k, i)
                continue
            res, ents, named = self.resolve_one(self.mentions[i], mention_tokens[i])
            out.append(res)
            for e in ents:
                people.setdefault(id(e), (e, named))
                span = res.words or res.span
                e.mentions[span.start, span.end] = res.form
        cast: dict[str, Person] = {}
        for e, named in people.values():
            evidence = f"{e.evidence[0]}: {e.evidence[1]}" if e.evidence else None
            kind = e.kind if e.kind != "place" else None
            if e.gender is not None and kind is None:
                kind = "person"
            cast[e.name] = Person(
                e.name,
                kind,
                tuple((Span(*at), form) for at, form in sorted(e.mentions.items())),
                named,
                e.gender,
                evidence,
            )
        return Cast(tuple(out), cast)

    def chain(self, mention_tokens: Sequence[range]) -> list[tuple[int, int, int]]:
        """Gendered pronouns outside quotes and mentions: they carry salience."""
        lex, keys = self.lex, self.keys
        taken = {r.start for r in mention_tokens if len(r) == 1}
        out = []
        for m in re.finditer("P", self.t.codes):
            k = m.start()
            w = keys[k]
            gendered = w in lex.female_pronouns or w in lex.male_pronouns
            if gendered and k not in taken and not self.in_quote(k):
                out.append((k, 1, 0))
        starts = {r.start for r in mention_tokens}
        for m in _DESCRIBED.finditer(self.t.codes):  # 'The president's Pacific roots'
            k, head = m.start(), m.end() - 1
            if (
                keys[k] in lex.definite
                and k not in starts
                and self.t.words[head].islower()
                and keys[head] in lex.titles
            ):
                out.append((k, 2, head))
        return out

    def described(self, k: int, head: int) -> None:
        """A definite description outside the mentions (``the president``) keeps the
        person it describes salient, as a subject where it opens the sentence."""
        if self.in_quote(k):
            return
        sent = self.t.sentence(k)
        best: tuple[int, _Entity] | None = None
        for e in self.by_describer.get(self.keys[head], ()):
            j = bisect_left(e.occurrences, (k,)) - 1
            near = e.kind == "person" and j >= 0 and sent - e.occurrences[j][1] <= _REACH
            if near and (best is None or e.occurrences[j][0] > best[0]):
                best = (e.occurrences[j][0], e)
        if best is not None:
            subject = self.t.sentences[sent] >= k - 1
            insort(best[1].occurrences, (k, sent, subject, False))
            bucket = self.by_sentence.setdefault(sent, [])
            if best[1] not in bucket:
                bucket.append(best[1])

    def overlapping(self, r: range) -> list[tuple[_Occurrence, _Entity]]:
        """The name occurrences overlapping the tokens ``r``."""
        if not r:
            return []
        i = max(0, bisect_right(self.occ_starts, r.start) - 1)
        found = []
        while i < len(self.occ_starts) and self.occ_starts[i] < r.stop:
            occ, e = self.occ_at[self.occ_starts[i]]
            if occ.last > r.start:
                found.append((occ, e))
            i += 1
        return found

    def resolve_one(self, m: Span, r: range) -> tuple[Resolution, list[_Entity], bool]:
        lex, keys = self.lex, self.keys
        if len(r) == 1 and keys[r.start] in lex.pronouns:
            e = self.pronoun(r.start)
            if e is None:
                return Resolution(m, None, (), MentionForm.PRONOUN), [], True
            return Resolution(m, e.name, (e.name,), MentionForm.PRONOUN), [e], True
        found = self.overlapping(r)
        inside = bool(found) and (
            (r.start > 0 and self.t.codes[r.start - 1] == "p")
            or all(e.kind in ("place", "organization") for _, e in found)
        )
        e = self.apposed(r, inside) if inside else None
        if e is not None:
            return Resolution(m, e.name, (e.name,), MentionForm.NAME), [e], True
        found = [(o, e) for o, e in found if e.kind != "place" or self.country(o, e, r)]
        group = self.heads(r, found)
        if group:
            group = self.coordinated_before(group)
            for o, e in group:  # speakers are salient
                e.speaker = True
                j = bisect_left(e.occurrences, (o.first,))
                if j < len(e.occurrences) and e.occurrences[j][0] == o.first:
                    e.occurrences[j] = (*e.occurrences[j][:3], True)
            ents = list(dict.fromkeys(e for _, e in group))
            if len(ents) > 1:
                wide = Span(min(m.start, self.t.starts[group[0][0].first]), m.end)
                name = ""
                for k, (o, e) in enumerate(group):
                    if k:
                        prev = group[k - 1][0]
                        name += self.text[self.t.ends[prev.last - 1] : self.t.starts[o.first]]
                    name += e.name
                names = tuple(e.name for e in ents)
                return Resolution(m, name, names, MentionForm.NAME, wide), ents, True
            return Resolution(m, ents[0].name, (ents[0].name,), MentionForm.NAME), ents[:1], True
        e = self.apposed(r, False) or self.body(r) or self.description(r)
        if e is not None:
            return Resolution(m, e.name, (e.name,), MentionForm.DESCRIPTION), [e], True
        phrase = self.phrase(m, r)
        if phrase is None:
            return Resolution(m, None, (), MentionForm.DESCRIPTION), [], True
        d = self.singles.get("\0" + phrase.lower())
        if d is None:
            d = self.singles["\0" + phrase.lower()] = _Entity(phrase, (), r.start)
            d.kind = self.description_kind(r)
            for x in r:
                g = lex.gender(keys[x])
                if g:
                    d.tell(g, "noun", self.t.words[x])
                    break
        return Resolution(m, d.name, (d.name,), MentionForm.DESCRIPTION), [d], False

    def country(self, occ: _Occurrence, e: _Entity, r: range) -> bool:
        """Whether a place speaks as a body: the mention is its name alone (``Russia
        said``) and the article never writes it as a place (``in Russia``)."""
        if (
            e.located
            or occ.first > r.start
            or occ.last < r.stop - (self.t.codes[r.stop - 1] == "s")
        ):
            return False
        e.kind = "organization"
        return True

    def description_kind(self, r: range) -> str:
        """``group`` for a plural head (``officials``), ``organization`` for a body
        (``the campaign``), else ``unnamed``."""
        lex, keys = self.lex, self.keys
        content = [x for x in r if keys[x] not in lex.stops and keys[x] not in lex.relatives]
        if not content:
            return "unnamed"
        head = keys[content[-1]]
        if head in lex.organizations or head in lex.bodies or head in lex.organization_nouns:
            return "organization"
        if head in lex.plural_nouns or (head.endswith("s") and not head.endswith("ss")):
            return "group"
        return "unnamed"

    def heads(
        self, r: range, found: Sequence[tuple[_Occurrence, _Entity]]
    ) -> list[tuple[_Occurrence, _Entity]]:
        """The names a mention is about: its head name (``Republican nominee Donald Trump``),
        the coordinated names (``A, B and C``), or none when names only modify a noun
        (``the Indiana governor``)."""
        if not found:
            return []
        lex, keys, codes = self.lex, self.keys, self.t.codes
        chosen = [found[0]]
        worded = False
        k = 0

        def done() -> list[tuple[_Occurrence, _Entity]]:
            if len(chosen) == 1:
                return chosen
            if not worded or any(e.kind == "organization" for _, e in chosen):
                return chosen[-1:]
            return chosen

        while True:
            cur = chosen[-1][0]
            nxt = found[k + 1] if k + 1 < len(found) else None
            lead = cur.last
            if lead >= r.stop:
                return done()
            if nxt is not None:
                gap = range(lead, nxt[0].first)
                if all(keys[x] in lex.coordinators or codes[x] == "," for x in gap) and gap:
                    worded = worded or any(codes[x] != "," for x in gap)
                    if nxt[1] is not chosen[-1][1]:
                        chosen.append(nxt)
                    k += 1
                    continue
            if (
                codes[lead] in ",(;:"
                or (keys[lead] in lex.stops and not cur.possessive)
                or keys[lead] in lex.coordinators
                or len(chosen) > 1
            ):
                return done()
            if nxt is None:
                return []  # 'the Indiana governor': the name only qualifies the noun
            chosen = [nxt]
            k += 1

    def coordinated_before(
        self, group: list[tuple[_Occurrence, _Entity]]
    ) -> list[tuple[_Occurrence, _Entity]]:
        """The names coordinated before a mention that opens a sentence with them
        (``Carper, Feinstein and Cardin said``, where the mention is ``Cardin``)."""
        lex, keys, codes = self.lex, self.keys, self.t.codes
        out = list(group)
        worded = False
        while True:
            first = out[0][0]
            i = bisect_left(self.occ_starts, first.first) - 1
            if i < 0:
                break
            prev, e = self.occ_at[self.occ_starts[i]]
            gap = range(prev.last, first.first)
            if (
                e.kind in ("organization", "place")
                or prev.quoted
                or prev.sentence != first.sentence
                or not gap
                or not all(keys[x] in lex.coordinators or codes[x] == "," for x in gap)
            ):
                break
            worded = worded or any(codes[x] != "," for x in gap)
            out.insert(0, (prev, e))
        if len(out) == len(group) or not worded:
            return group  # 'In July, Gingrich said': a list needs its 'and'
        opening = range(self.t.sentences[out[0][0].sentence], out[0][0].first)
        if any(keys[x] not in lex.stops for x in opening):
            return group  # 'Smith met Jones and Cardin said': not one subject
        return out

    def phrase(self, m: Span, r: range) -> str | None:
        """A description as a speaker's name: its opening function word in lower case, a
        trailing relative pronoun off (``The mayor, who`` -> ``the mayor``); ``None`` for a
        place alone."""
        lex, keys, t = self.lex, self.keys, self.t
        stop = r.stop
        while stop > r.start + 1 and (keys[stop - 1] in lex.relatives or t.codes[stop - 1] in ","):
            stop -= 1
        if not r or all(
            keys[x] in lex.places or keys[x] in lex.stops or keys[x] in lex.dates
            for x in range(r.start, stop)
        ):
            return None
        phrase = self.text[max(m.start, t.starts[r.start]) : min(m.end, t.ends[stop - 1])]
        if keys[r.start] in lex.stops:
            return phrase[:1].lower() + phrase[1:]
        return phrase

    def apposed(self, r: range, inside: bool) -> _Entity | None:
        """The person named in apposition to a mention: ``a spokeswoman, Jennifer
        Palmieri,`` (after it) or ``Jorge Castañeda, a former minister`` (before it).

        ``inside``: the mention is a place or a body in a complement (``of Oklahoma``,
        ``at Lenox``), so it stands inside an appositive whatever its words."""
        codes, keys = self.t.codes, self.keys
        n = len(codes)
        if r.stop + 1 < n and codes[r.stop] == ",":
            hit = self.occ_at.get(r.stop + 1)
            if hit is not None and self.nameable(hit[1]) and not hit[0].quoted:
                occ, e = hit
                if occ.last < n and codes[occ.last] in ",-(":
                    return e
        k = r.start - 1
        while k >= 0 and r.start - k <= _APPOSITIVE and codes[k] not in '.;:"Q':
            if codes[k] == ",":
                i = bisect_left(self.occ_starts, k) - 1
                if i >= 0:
                    occ, e = self.occ_at[self.occ_starts[i]]
                    if (
                        occ.last == k
                        and self.nameable(e)
                        and not occ.quoted
                        and (
                            inside or any(keys[x] in self.lex.determiners for x in range(k, r.stop))
                        )
                    ):
                        return e
                if not inside and k < r.start - 1:
                    break
            k -= 1
        return None

    @staticmethod
    def nameable(e: _Entity) -> bool:
        """Whether an appositive can name ``e``: a person, or a name of several words that
        is neither a body, a place nor common words (``Jean-Marc Ayrault``, not ``Overall``)."""
        return e.kind == "person" or (
            e.kind is None and not e.common and (len(e.words) > 1 or e.speaker)
        )

    def pronoun(self, k: int, speaker: bool = True) -> _Entity | None:
        """The most salient compatible entity before the pronoun at token ``k``."""
        lex = self.lex
        word = self.keys[k]
        want = (
            "female"
            if word in lex.female_pronouns
            else "male"
            if word in lex.male_pronouns
            else None
        )
        plural, neuter = word in lex.plural, word in lex.neuter
        if word in lex.first_person:
            return None  # 'I': the writer, or someone the quote does not name
        chosen = self.salient(k, want, plural, neuter, frozenset())
        if chosen is None:
            return None
        if want is not None and not (plural or neuter):
            if chosen.kind is None:
                chosen.kind = "person"
            chosen.tell(want, "pronoun", self.t.words[k])
        sent = self.t.sentence(k)
        insort(chosen.occurrences, (k, sent, True, speaker))
        bucket = self.by_sentence.setdefault(sent, [])
        if chosen not in bucket:
            bucket.append(chosen)
        chosen.mentions[self.t.starts[k], self.t.ends[k]] = MentionForm.PRONOUN
        return chosen

    def salient(
        self, k: int, want: str | None, plural: bool, neuter: bool, words: frozenset[str]
    ) -> _Entity | None:
        """The most salient entity before token ``k`` of gender ``want`` (a body for
        ``plural`` and ``neuter``); ``words`` of a description favour those they describe."""
        sent = self.t.sentence(k)
        best: tuple[float, int] | None = None
        chosen: _Entity | None = None
        near: list[_Entity] = []
        for d in range(_REACH + 1):
            for e in self.by_sentence.get(sent - d, ()):
                if e not in near:
                    near.append(e)
        for e in near:
            if plural or neuter:
                if e.kind not in ("organization", "group") or (neuter and e.kind == "group"):
                    continue
                fit = 1.0
            elif e.kind in ("organization", "group", "place"):
                continue
            elif want is not None and e.gender is not None:
                weak = e.evidence is not None and e.evidence[0] == "first name"
                if e.gender != want:
                    if not weak:
                        continue
                    fit = 0.05  # a first name of the other list: only when nobody else fits
                else:
                    fit = 1.0
            elif e.speaker and not e.common:
                fit = 1.0
            elif e.kind == "person":
                fit = 0.6
            elif len(e.words) > 1 and not any(w in self.lowercase() for w in e.words):
                fit = 0.3  # two capitalised words: maybe a person the text does not type
            else:
                continue  # 'Lyon': one word, never a speaker, no title or first name
            top = rest = 0.0
            last = -1
            j = bisect_left(e.occurrences, (k,)) - 1
            stop = max(-1, j - _OCCURRENCES)  # the latest few weigh all but nothing more
            while j > stop and sent - e.occurrences[j][1] <= _REACH:
                pos, s, subject, said = e.occurrences[j]
                weight = 0.5 ** (sent - s) * (100 + 120 * subject + 120 * said)
                top, rest = max(top, weight), rest + min(top, weight)
                last = max(last, pos)
                j -= 1
            score = (top + 0.25 * rest) * fit
            if words:
                score *= 1 + 2 * len(words & e.describers)
            if score <= 0:
                continue
            if best is None or (score, last) > best:
                best, chosen = (score, last), e
        if chosen is None or best is None or best[0] < 10:
            return None
        return chosen

    def body(self, r: range) -> _Entity | None:
        """The body a description names with a person's name and a noun of
        ``body_nouns`` (``the Trump campaign`` -> ``Trump campaign``); for the noun alone
        (``the campaign``), the latest such body before it."""
        lex, keys, t = self.lex, self.keys, self.t
        last = r.stop - 1
        while last > r.start and (keys[last] in lex.relatives or t.codes[last] in ",s"):
            last -= 1
        if keys[last] not in lex.bodies or keys[r.start] not in lex.definite:
            return None
        noun = last
        owner = keys[last - 1]
        if last == r.start + 1 and (owner in lex.female_pronouns or owner in lex.male_pronouns):
            # 'her campaign': the campaign of the person 'her' stands for
            want = "female" if owner in lex.female_pronouns else "male"
            who = self.salient(last - 1, want, False, False, frozenset())
            if who is None or not who.personal:
                return None
            surname = who.name.split()[-1]
        else:
            if last == r.start + 1:  # 'the campaign'
                back = range(r.start - 1, max(0, r.start - _BODY_REACH), -1)
                noun = next(
                    (x for x in back if keys[x] == keys[last] and t.codes[x - 1] in "CG"), 0
                )
            i = bisect_left(self.occ_starts, noun) - 1
            if i < 0:
                return None
            occ, person = self.occ_at[self.occ_starts[i]]
            if occ.last != noun or not person.personal:
                return None
            surname = self._display(occ, occ.name[-1])
        name = f"{surname} {keys[last]}"
        if name not in self.text:
            return None  # a name is always spelled in the text ('Clinton campaign')
        e = self.singles.get("\0" + name.lower())
        if e is None:
            e = self.singles["\0" + name.lower()] = _Entity(name, (keys[last],), noun)
            e.kind = "organization"
            self.entities.append(e)
        return e

    def description(self, r: range) -> _Entity | None:
        """The entity the article described with this definite phrase's head noun."""
        lex, keys, t = self.lex, self.keys, self.t
        content = [x for x in r if keys[x] not in lex.stops and keys[x] not in lex.relatives]
        titled = (
            len(content) == 1 and t.codes[content[0]] == "T" and t.words[content[0]][0].isupper()
        )
        if not content or (keys[r.start] not in lex.definite and not titled):
            return None  # 'a spokesman' is someone new; 'Senator' alone is not
        body = self.description_kind(r) == "organization"
        head = keys[content[-1]]
        mods = {keys[x] for x in content[:-1]}
        proper = {keys[x] for x in content[:-1] if t.words[x][0].isupper()}
        best: tuple[int, int] | None = None
        chosen: _Entity | None = None
        keyset = [head, *(head[:n] for n in range(3, len(head) - 1))]  # 'gov' for 'governor'
        cands: list[_Entity] = []
        for w in keyset:
            for e in self.by_describer.get(w, ()):
                if e not in cands:
                    cands.append(e)
        for e in cands:
            kinds = ("person", "place", "group") if body else ("organization", "place")
            if proper - e.describers or e.kind in kinds:
                continue  # 'the Mexican president' is not President Obama, 'the union' no person
            j = bisect_left(e.occurrences, (r.start,))
            if j == 0:
                continue
            score = (len(mods & e.describers), e.occurrences[j - 1][0])
            if best is None or score > best:
                best, chosen = score, e
        role = head in lex.roles or head in lex.gendered  # 'governor', 'businessman'
        if chosen is None and not body and role and not head.endswith("s"):
            # 'the Republican presidential nominee': the salient person it can describe
            chosen = self.salient(r.start, lex.gender(head), False, False, frozenset({head, *mods}))
            called = chosen is not None and bool(set(keyset) & chosen.describers)
            if chosen is not None and (
                not self.nameable(chosen)
                or not (called or proper)  # 'the chairman': only someone called so
                or (called and proper - chosen.describers)  # the Ohio governor, not Texas's
            ):
                chosen = None
        if chosen is not None:
            insort(chosen.occurrences, (r.start, t.sentence(r.start), True, True))
        return chosen
