"""The token layer: each paragraph tokenised once, every word's class looked up once.

Every stage that reads words reads :class:`Tokens`: parallel arrays of token
offsets into the original text, and ``codes``, a string with one letter per
token that says what the token is. A letter is either the token's *word
class*, from the rule set's word lists (``V`` a verb of speech taking a
clause, ``P`` a pronoun, ``T`` a title, ...), or, for a word in no list, its
*shape* (``C`` capitalised, ``w`` lower case, ``d`` a number, ``.`` a
sentence end, ``,`` a comma, ``G`` a possessive ...). :data:`CLASSES` lists them all.

Rules read the codes with ordinary ``regex`` patterns over that string
(``(?P<speaker>T*C+)b?(?P<cue>V)``), so a construction is matched without
spelling a word list out into a pattern, and a match's token indices map back
to character spans through ``starts`` and ``ends``.

The work is a few C-level passes per paragraph: one ``findall`` of the token
pattern, ``accumulate`` for offsets, and one dictionary look-up per token
through :class:`WordTable`, which remembers each word form's letter.
"""

from __future__ import annotations

import re
from array import array
from bisect import bisect_right
from collections.abc import Iterable, Mapping, Sequence
from itertools import accumulate, repeat
from operator import sub
from typing import TYPE_CHECKING

import regex

from newsdoc.model import Span

if TYPE_CHECKING:
    from newsdoc.rules import RuleSet

__all__ = ["CLASSES", "Tokens", "WordTable", "class_pattern", "tokenize", "word_table"]

CLASSES: Mapping[str, tuple[str, str]] = {
    # word classes: (letter, the word list that fills it); the first class listed wins
    "according_to": ("K", "according_to"),
    "opinion_preposition": ("F", "opinion_prepositions"),
    "title": ("T", "titles"),
    "inverted_pronoun": ("H", "inverted_pronouns"),
    "pronoun": ("P", "pronouns"),
    "relative": ("W", "relative_pronouns"),
    "as_conjunction": ("M", "as_conjunctions"),
    "source_after": ("Z", "postposed_sources"),
    "object_determiner": ("E", "object_determiners"),
    "complementizer": ("c", "complementizers"),
    "possessive_pronoun": ("Y", "possessive_pronouns"),
    "determiner": ("D", "determiners"),
    "participle": ("I", "participle_cues"),
    "clause_verb": ("V", "clause_verbs"),
    "object_verb": ("O", "object_verbs"),
    "cue_verb": ("U", "cue_verbs"),
    "attitude_verb": ("A", "attitude_verbs"),
    "subjunctive": ("J", "subjunctive_verbs"),
    "passive": ("X", "passive_auxiliaries"),
    "stance_verb": ("S", "stance_verbs"),
    "noun_cue": ("N", "noun_cues"),
    "role_noun": ("R", "role_nouns"),
    "adverb": ("b", "adverbs"),
    "auxiliary": ("h", "auxiliaries"),
    "be": ("B", "be_verbs"),
    "negation": ("n", "negations"),
    "joiner": ("j", "clause_joiners"),
    "infinitive": ("i", "infinitive_markers"),
    "preposition": ("p", "prepositions"),
    "particle": ("l", "name_particles"),
    "opener": ("o", "sentence_openers"),
    # shapes, for tokens in no list
    "name": ("C", ""),
    "possessive": ("G", ""),
    "word": ("w", ""),
    "number": ("d", ""),
    "end": (".", ""),
    "stop": ("s", ""),
    "comma": (",", ""),
    "colon": (":", ""),
    "semicolon": (";", ""),
    "dash": ("-", ""),
    "open": ("(", ""),
    "close": (")", ""),
    "mark": ('"', ""),
    "quote": ("Q", ""),
    "other": ("x", ""),
}
"""Every token class: its name (what rule patterns write as ``{name}``), its letter, and the
word list that fills it (empty for a shape). ``stop`` is a full stop that ends no sentence
(after a title or an initial); ``quote`` stands for a whole quotation in the strings the
attribution stage matches."""

_LETTER = {name: letter for name, (letter, _) in CLASSES.items()}
_PUNCT = {
    **dict.fromkeys(".!?…。！？", "."),
    ",": ",",
    ":": ":",
    ";": ";",
    **dict.fromkeys("—–-", "-"),
    **dict.fromkeys("([{", "("),
    **dict.fromkeys(")]}", ")"),
    **dict.fromkeys("\"“”„«»‹›「」『』''", '"'),
}

_TOKEN = re.compile(r"\s*(?:[^\W_]+(?:['’\-.&][^\W_]+)*|''|--|\S)")
"""A token and the space before it: a word with inner apostrophes, hyphens, dots or
ampersands (``don’t``, ``al-Assad``, ``U.S``, ``AT&T``, ``1.5``), ``''``, ``--``, or any
other single character. (The standard library's ``re`` runs this twice as fast as ``regex``.)"""

_CLASS_REF = regex.compile(r"\{([a-z_]+)\}")
_PHRASE = "\x00"


def class_pattern(pattern: str) -> str:
    """Expand ``{name}`` class references in a token pattern into their letters.

    ``{name}`` is a class of :data:`CLASSES` (``{clause_verb}`` becomes ``V``); a
    ``{a,b}`` quantifier is left alone. An unknown name raises ``ValueError`` naming
    the valid ones.
    """

    def letter(m: regex.Match[str]) -> str:
        name = m.group(1)
        if name not in _LETTER:
            raise ValueError(f"unknown token class {{{name}}}; known: {', '.join(sorted(_LETTER))}")
        return regex.escape(_LETTER[name])

    return _CLASS_REF.sub(letter, pattern)


class WordTable(dict[str, str]):
    """A token (with the space before it) -> its letter, filled on first sight of each.

    A lower-case word in no list may take a class by its ending: the list
    ``<class>_suffixes`` (``adverb_suffixes``: ``-ly``) names the endings of a class.
    A word in no list that opens with an entry of ``elided_articles`` (French ``l’``)
    takes the class of what follows it (``l’INSEE`` is a name, ``l’avocat`` what
    ``avocat`` is).

    Built once per rule set from its word lists (see :data:`CLASSES`); a word in
    several lists takes the first class listed. A form is looked up as written, then
    lower-cased; a word in no list gets its shape. Entries of several words
    (``according to``, ``pointed out``) are kept by their first word in
    ``phrases``, and :func:`tokenize` joins them.
    """

    LIMIT = 200_000
    """Forms remembered at most: past it the memory is cleared (a corpus of millions of
    articles has far more word forms than one article)."""

    def __init__(self, lists: Mapping[str, Sequence[str]]) -> None:
        super().__init__()
        self.known: dict[str, str] = {}
        self.elisions = tuple(e.lower() for e in lists.get("elided_articles", ()))
        self.phrases: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        self.suffixes: list[tuple[str, str]] = [
            (suffix.lower(), letter)
            for name, (letter, list_name) in CLASSES.items()
            if list_name
            for suffix in lists.get(f"{name}_suffixes", ())
        ]
        for letter, list_name in reversed(list(CLASSES.values())):
            for entry in lists.get(list_name, ()) if list_name else ():
                words = [w.strip() for w in _TOKEN.findall(entry)]
                if len(words) == 1:
                    self.known[words[0]] = letter
                elif words:
                    first = words[0].lower()
                    rest = tuple(w.lower() for w in words[1:])
                    self.phrases.setdefault(first, []).insert(0, (rest, letter))
        for first in self.phrases:  # longest phrase first
            self.phrases[first].sort(key=lambda p: -len(p[0]))

    def __missing__(self, piece: str) -> str:
        if len(self) > self.LIMIT:
            self.clear()
        form = piece.lstrip()
        if form != piece:
            letter = self[form]
            self[piece] = letter
            return letter
        letter = self.known.get(form) or _shape(form)
        if self.elisions and letter in "Cw":
            folded = form.lower()
            article = next((e for e in self.elisions if folded.startswith(e)), None)
            if article is not None and len(form) > len(article):
                letter = self[form[len(article) :]]  # l’INSEE: what INSEE is
                self[form] = letter
                return letter
        if letter == "w" and self.suffixes:
            letter = _by_suffix(form, self.suffixes) or letter
        if letter in "CwG":
            lower = self.known.get(form.lower())
            if lower is not None and (letter == "w" or lower not in _NOT_CAPITAL):
                letter = lower  # a capital verb or particle is a name (``States``, ``Ben``)
        if form.lower() in self.phrases:
            letter += _PHRASE  # the first word of an entry of several words: see tokenize
        self[form] = letter
        return letter


def _by_suffix(form: str, suffixes: list[tuple[str, str]]) -> str | None:
    """The class of a lower-case word by its ending, when its stem has five letters or more
    (``increasingly``: an adverb; ``family`` is no ``-ly`` adverb)."""
    for suffix, letter in suffixes:
        if form.endswith(suffix) and len(form) - len(suffix) >= _STEM:
            return letter
    return None


_STEM = 5
_VERBS = frozenset("VOUASI")  # the classes of cue verbs
_NOT_CAPITAL = _VERBS | {"l"}  # classes a capitalised word never takes from its lower case


def _shape(form: str) -> str:
    first = form[0]
    if first.isalpha():
        if form.endswith(("'s", "’s")):
            return "G"
        return "C" if first.isupper() or first.istitle() else "w"
    if first.isdigit():
        return "d"
    return _PUNCT.get(form, "x")


class Tokens:
    """The tokens of a text's paragraphs: their ends in the text and their class letters.

    ``ends[i]`` is where token ``i`` ends in the original text and ``codes[i]`` its
    letter (see :data:`CLASSES`); ``paragraphs[p]`` is the range of token indices of
    paragraph ``p``. The tokens tile each paragraph (a token with the space before it),
    so a token's start and text are read off the text when asked for (:meth:`start`,
    :meth:`word`): the layer costs about two bytes of memory per character of text.
    ``starts`` and ``words`` list every token's, for a stage that needs them all.
    """

    __slots__ = ("_heads", "codes", "ends", "paragraphs", "text")

    @property
    def heads(self) -> Iterable[int]:
        """The index of each paragraph's first token."""
        return self._heads.keys()

    def __init__(
        self, text: str, ends: array[int], codes: str, paragraphs: list[tuple[range, int]]
    ) -> None:
        self.text = text
        self.ends = ends
        self.codes = codes
        self.paragraphs = [r for r, _ in paragraphs]
        self._heads = {r.start: start for r, start in paragraphs if r}
        """First token of a paragraph -> where the paragraph starts."""

    def start(self, i: int) -> int:
        """Where token ``i`` starts (after the space before it)."""
        end = self.ends[i]
        pos = self._heads.get(i)
        if pos is None:
            pos = self.ends[i - 1]
        text = self.text
        while pos < end and text[pos].isspace():
            pos += 1
        return pos

    def word(self, i: int) -> str:
        """Token ``i``'s text."""
        return self.text[self.start(i) : self.ends[i]]

    @property
    def starts(self) -> list[int]:
        """Every token's start (a few C-level passes over the pieces)."""
        ends = self.ends
        if not ends:
            return []
        before = array("q", [0])
        before.extend(ends[:-1])
        for i, start in self._heads.items():
            before[i] = start  # a paragraph's first piece starts with the paragraph
        pieces = map(self.text.__getitem__, map(slice, before, ends))
        return list(map(sub, ends, map(len, map(str.lstrip, pieces))))

    @property
    def words(self) -> list[str]:
        """Every token's text."""
        return list(map(self.text.__getitem__, map(slice, self.starts, self.ends)))

    def index(self, offset: int) -> int:
        """The index of the first token that ends after ``offset``."""
        return bisect_right(self.ends, offset)


def tokenize(
    text: str,
    paragraphs: Iterable[Span],
    table: WordTable,
    abbreviations: frozenset[str],
    ordinals: frozenset[str] = frozenset(),
) -> Tokens:
    """Tokenise each paragraph once and look each token's class up in ``table``.

    A full stop ends a sentence (letter ``.``) unless it follows a word of
    ``abbreviations`` or a single capital letter, or a number before a word of
    ``ordinals`` (German ``am 5. August``), or no space follows it (then ``s``).
    """
    ends: array[int] = array("q")
    letters: list[str] = []
    ranges: list[tuple[range, int]] = []
    lookup = table.__getitem__
    for para in paragraphs:
        found = _TOKEN.findall(text, para.start, para.end)
        first = len(ends)
        offsets = accumulate(map(len, found), initial=para.start)
        next(offsets)
        ends.extend(offsets)
        letters.append("".join(map(lookup, found)))
        ranges.append((range(first, len(ends)), para.start))
    codes = "".join(letters)
    tokens = Tokens(text, ends, codes, ranges)
    if _PHRASE in codes:
        codes = _join_phrases(tokens, codes, table)
    codes = _mark_stops(tokens, codes.replace(_PHRASE, ""), abbreviations, ordinals)
    tokens.codes = _sentence_verbs(tokens, codes, table)
    return tokens


_OPENING_NAME = re.compile(r"(?:^|(?<=\.))C")


def _sentence_verbs(tokens: Tokens, codes: str, table: WordTable) -> str:
    """A capitalised verb of a cue list that opens a sentence or a paragraph is that verb,
    not a name (``Said Dorothy Poynter, …``; ``States`` inside a sentence stays a name)."""
    out: list[str] | None = None
    openers = {m.start() for m in _OPENING_NAME.finditer(codes)}
    openers.update(i for i in tokens.heads if i < len(codes) and codes[i] == "C")
    for i in sorted(openers):
        letter = table.known.get(tokens.word(i).lower())
        if letter is not None and letter in _VERBS:
            if out is None:
                out = list(codes)
            out[i] = letter
    return codes if out is None else "".join(out)


def _join_phrases(tokens: Tokens, marked: str, table: WordTable) -> str:
    """Give every word of a several-word entry (``according to``) the entry's letter.

    ``marked`` holds a ``_PHRASE`` after the letter of each word that may open such an
    entry: the ``k``-th marker stands after token ``position - k``."""
    out = list(marked.replace(_PHRASE, ""))
    n = len(out)
    pos = marked.find(_PHRASE)
    k = 0
    while pos >= 0:
        i = pos - 1 - k
        k += 1
        for rest, letter in table.phrases[tokens.word(i).lower()]:
            j = i + 1 + len(rest)
            if j <= n and tuple(tokens.word(x).lower() for x in range(i + 1, j)) == rest:
                out[i:j] = repeat(letter, j - i)
                break
        pos = marked.find(_PHRASE, pos + 1)
    return "".join(out)


def _mark_stops(
    tokens: Tokens, codes: str, abbreviations: frozenset[str], ordinals: frozenset[str]
) -> str:
    """Turn the full stops that end no sentence into ``s``: after an abbreviation or a lone
    capital, after an initialism before a lower-case word, or with no space after them
    (``1.5``, ``.com``)."""
    out: list[str] | None = None
    ends, text = tokens.ends, tokens.text
    size = len(text)
    n = len(codes)
    i = codes.find(".")
    while i >= 0:
        end = ends[i]  # a sentence-end token is one character: it starts at end - 1
        glued_after = end < size and not text[end].isspace() and i + 1 < n
        if text[end - 1] != ".":
            pass  # ! ? …: always an end
        elif i and ends[i - 1] == end - 1:  # glued to the word before it
            prev = tokens.word(i - 1)
            if (
                prev in abbreviations
                or (len(prev) == 1 and prev.isupper())
                or (glued_after and not _new_sentence(tokens, i))
                or (i + 1 < n and prev.isdigit() and tokens.word(i + 1) in ordinals)
                or (i + 1 < n and _INITIALISM.match(prev) and tokens.word(i + 1)[:1].islower())
            ):
                if out is None:
                    out = list(codes)
                out[i] = "s"
        elif glued_after:
            if out is None:
                out = list(codes)
            out[i] = "s"
        i = codes.find(".", i + 1)
    return codes if out is None else "".join(out)


_INITIALISM = re.compile(r"(?:[^\W\d_]\.)+[^\W\d_]\Z")
"""Single letters joined by dots (``F.B.I``, ``N.H``): its full stop before a lower-case word
ends no sentence (``the F.B.I. has said``)."""


def _new_sentence(tokens: Tokens, i: int) -> bool:
    """Whether a full stop glued to the words on both sides still ends a sentence: a lower-case
    word before it and a capitalised word after it (``said.Trump``, a missing space)."""
    before, after = tokens.word(i - 1) if i else "", tokens.word(i + 1)
    return before[-1:].islower() and after[:1].isupper() and after[1:2].islower()


def word_table(rules: RuleSet) -> tuple[WordTable, frozenset[str], frozenset[str]]:
    """A rule set's word table, ``abbreviations`` and ``ordinal_nouns``, built once per set."""
    return rules.derived(
        "tokens.table",
        lambda rs: (
            WordTable(rs.words),
            frozenset(rs.words.get("abbreviations", ())),
            frozenset(rs.words.get("ordinal_nouns", ())),
        ),
    )
