"""Speaker mentions a newsroom can publish: each trimmed to its source, or refused.

An attribution rule reads a speaker as the words beside its cue. Before resolution,
each speaker mention is checked on the token layer, with the rule set's words
(``rulesets/<lang>/speaker_words.py`` and the name, role and body lists):

* it never starts with a word of ``mention_openers`` (``But``, ``When``, ``Plus``)
  nor with punctuation: those are trimmed off;
* a word of ``mention_breaks`` inside it starts another clause (``nominee Donald
  Trump, but Obama``): the mention keeps the part on its cue's side;
* a date phrase at its end (``on Tuesday``) and punctuation there are trimmed off;
* what is left is a source when it holds a name, is a pronoun (not a contraction,
  ``He'd``), or has a head noun of a source: a role, title, group, body or
  document noun (``officials``, ``the union``, ``the report``), or a noun of an
  agent by its ending (``protesters``). Dates, determiners alone (``The``, ``this``),
  single letters (``Y``) and clause fragments (``the daily rise``) are no source,
  and the attribution they would carry is dropped: a speaker is a plausible
  source, or there is none.

A capitalised word that opens a sentence is a name only when it is not a word of the
set's lists and the article writes it inside a sentence too, it is a first name, a
place, an acronym or written like a name (``PolitiFact``), or a name or a verb of
speech follows it (``Meeks said``); ``Shortly`` or ``Learn`` opening a sentence names
nobody.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence

import attrs

from newsdoc.model import Span
from newsdoc.pipeline.tokens import Tokens
from newsdoc.rules import RuleSet

__all__ = ["MentionWords", "SpeakerCheck", "mention_words"]

_NAME = frozenset("CG")  # shapes of a capitalised word in no list
_PUNCT = frozenset(',;:.()"-sxQ')
_TRIM = frozenset(",;:.-s")  # punctuation trimmed off a mention (its quotation marks stay)
_PRONOUN = frozenset("PY")
_NAME_OR_CUE = frozenset("CGVUOAShBbn")
"""What follows a name that opens a sentence: more name (``Kurt Volker``), a verb of speech,
an auxiliary, an adverb or a negation (``Obama has said``, ``Meeks also said``)."""


@attrs.frozen
class MentionWords:
    """The words of a rule set that decide a mention, lower case, built once per set."""

    openers: frozenset[str]
    breaks: frozenset[str]
    sources: frozenset[str]
    agent_suffixes: tuple[str, ...]
    endings: tuple[str, ...]
    """Last parts of compound source nouns (German ``Polizeiangaben``)."""
    plural_suffixes: tuple[str, ...]
    contractions: tuple[str, ...]
    dates: frozenset[str]
    function: frozenset[str]
    known: frozenset[str]
    """Every lower-case word of the set's lists: a capitalised one opening a sentence is no
    name."""
    first_names: frozenset[str]
    """First names and places: a capitalised one opening a sentence is a name."""
    pronouns: frozenset[str]
    elisions: tuple[str, ...]
    """Elided articles glued to the word after them (French ``l'``, ``d'``)."""

    @classmethod
    def of(cls, rules: RuleSet) -> MentionWords:
        """The words of ``rules``."""

        def low(*names: str) -> frozenset[str]:
            return frozenset(
                w.lower().replace("’", "'") for n in names for w in rules.words.get(n, ()) if w
            )

        function = low("determiners", "function_words", "coordinators", "relative_pronouns")
        pronouns = low(
            "pronouns", "plural_pronouns", "neuter_pronouns", "first_person", "source_pronouns"
        )
        keep = low("determiners", "titles", "possessive_pronouns") | pronouns
        return cls(
            openers=low("mention_openers", "coordinators", "sentence_openers") - keep,
            breaks=low("mention_breaks"),
            sources=low(
                "source_nouns",
                "role_nouns",
                "titles",
                "group_words",
                "body_nouns",
                "organization_nouns",
                "organization_words",
                "plural_nouns",
                "female_nouns",
                "male_nouns",
                "female_titles",
                "male_titles",
            ),
            agent_suffixes=tuple(s.lower() for s in rules.words.get("agent_suffixes", ())),
            endings=tuple(s.lower() for s in rules.words.get("source_noun_endings", ())),
            plural_suffixes=tuple(s.lower() for s in rules.words.get("plural_suffixes", ())),
            contractions=tuple(
                s.lower().replace("’", "'") for s in rules.words.get("contraction_suffixes", ())
            ),
            dates=low("date_words"),
            function=function,
            known=function
            | low(
                "mention_openers",
                "sentence_openers",
                "adverbs",
                "cue_verbs",
                "clause_verbs",
                "object_verbs",
                "stance_verbs",
                "attitude_verbs",
                "clause_openers",
                "function_words",
                "prepositions",
            ),
            first_names=low(
                "female_names",
                "male_names",
                "female_first_names",
                "male_first_names",
                "place_names",
            ),
            pronouns=pronouns,
            elisions=tuple(e.lower().replace("’", "'") for e in rules.words.get("elisions", ())),
        )

    def key(self, word: str) -> str:
        """A token's key: lower case, one apostrophe, an elided article off (``l’AFP``)."""
        key = word.lower().replace("’", "'")
        for e in self.elisions:
            if key.startswith(e) and len(key) > len(e):
                return key[len(e) :]
        return key

    def elided_name(self, word: str) -> bool:
        """Whether ``word`` is a name behind an elided article (``l’AFP``, ``d’Edouard``)."""
        key = word.lower().replace("’", "'")
        return any(key.startswith(e) and word[len(e) : len(e) + 1].isupper() for e in self.elisions)

    def source_noun(self, key: str, head: bool) -> bool:
        """Whether ``key`` is a noun of a source; a ``head`` also by an agent's ending or the
        last part of a compound. A hyphenated compound (``ex-wife``) is read by its last part."""
        key = key.rpartition("-")[2]
        if key in self.sources:
            return True
        for entry in self.plural_suffixes:
            suffix, _, singular = entry.partition(" ")
            if key.endswith(suffix) and key[: -len(suffix)] + singular in self.sources:
                return True
        return (
            head
            and key not in self.known
            and (
                any(key.endswith(s) and len(key) - len(s) >= 3 for s in self.agent_suffixes)
                or any(key.endswith(e) and len(key) > len(e) for e in self.endings)
            )
        )


def mention_words(rules: RuleSet) -> MentionWords:
    """The rule set's :class:`MentionWords`, built once per set."""
    return rules.derived("mentions.words", MentionWords.of)


class _Article:
    """What a mention check reads of one token layer of the article."""

    def __init__(self, tokens: Tokens) -> None:
        self.t = tokens
        self.heads = set(tokens.heads)
        self.inside: dict[str, bool] = {}

    def opens(self, i: int) -> bool:
        """Whether token ``i`` opens a sentence, a paragraph or a quotation."""
        return i == 0 or i in self.heads or self.t.codes[i - 1] in '.:"Q('

    def written_inside(self, word: str) -> bool:
        """Whether the text writes ``word`` inside a sentence somewhere (after a word or a
        comma), as a name is written."""
        got = self.inside.get(word)
        if got is None:
            text = self.t.text
            got = self.inside[word] = any(
                (before := text[max(0, m.start() - 3) : m.start()].rstrip())
                and (before[-1].isalnum() or before[-1] == ",")
                for m in re.finditer(rf"(?<!\w){re.escape(word)}(?!\w)", text)
            )
        return got


class SpeakerCheck:
    """The check of one article's speaker mentions, on its token layers (headline and
    paragraphs), with the rule set's :class:`MentionWords`."""

    def __init__(self, tokens: Sequence[Tokens], words: MentionWords) -> None:
        self.layers = [_Article(t) for t in tokens]
        self.words = words

    def span(self, span: Span, cue: Span | None) -> Span | None:
        """The speaker mention at ``span`` trimmed to its source, or ``None`` when it names
        no plausible source; a mention outside the token layers is kept as it is. ``cue``
        says which side the mention keeps when another clause starts inside it."""
        for a in self.layers:
            t = a.t
            i = t.index(span.start)
            if i < len(t.ends) and t.start(i) < span.end:
                stop = min(len(t.ends), bisect_left(t.ends, span.end) + 1)
                r = _check(a, range(i, stop), cue, self.words)
                if r is None:
                    return None
                start = t.start(r.start) if r.start > i else max(span.start, t.start(i))
                end = t.ends[r.stop - 1] if r.stop > stop else min(span.end, t.ends[r.stop - 1])
                return Span(start, end)
        return span


def _check(a: _Article, r: range, cue: Span | None, words: MentionWords) -> range | None:
    """The tokens of a plausible source within ``r``, or ``None``."""
    t = a.t
    codes = t.codes
    keys = [words.key(t.word(x)) for x in r]
    lo, hi = 0, len(keys)
    # another clause inside: keep the cue's side
    for k in range(1, hi):
        if keys[k] in words.breaks:
            if cue is not None and cue.start >= t.ends[r.start + k]:
                lo = k + 1
            else:
                hi = k
                break
    # openers and punctuation off the start, a date phrase and punctuation off the end
    while lo < hi and (keys[lo] in words.openers or codes[r.start + lo] in _TRIM):
        lo += 1
    while lo < hi and (
        codes[r.start + hi - 1] in _TRIM
        or keys[hi - 1] in words.dates
        or (codes[r.start + hi - 1] == "d" and hi - lo > 1)
        or (codes[r.start + hi - 1] == "p" and hi - lo > 1)
    ):
        hi -= 1
    if lo >= hi:
        return None
    out = range(r.start + lo, r.start + hi)
    part = keys[lo:hi]
    if len(part) == 1:
        key, x = part[0], out.start
        if codes[x] in _PRONOUN or codes[x] == "W" or key in words.pronouns:
            return out  # a pronoun, or a relative one ('who')
        if key.endswith(words.contractions) or len(key) == 1:
            return None  # 'He'd', 'Y': no source
    if all(k in words.function or k in words.dates or k.isdigit() for k in part):
        if any(k in words.sources for k in part):
            return out  # 'some', 'others'
        return _noun_after(a, out, cue, words)  # 'the' before 'report says'
    names = [
        x
        for x in out
        if codes[x] in _NAME or codes[x] == "T" or words.elided_name(t.word(x)) or _site(t.word(x))
    ]
    if any(_named(a, x, words) for x in names):
        return out
    content = [k for k in part if k not in words.function]
    if any(words.source_noun(k, head=False) for k in content):
        return out
    if any(words.source_noun(k, head=True) for k in content):
        return out  # 'protesters', 'el panelista del programa'
    last = t.word(out.stop - 1)
    if last.islower() or keys[hi - 1] in words.function:
        return _noun_after(a, out, cue, words)  # 'a new' before 'report by Politico'
    return None  # 'a new' before 'report by Politico'


_AFTER = 3  # words a mention cut short may be missing before its noun


def _noun_after(a: _Article, r: range, cue: Span | None, words: MentionWords) -> range | None:
    """A mention cut short before its noun (``the`` of ``the report says``), widened to the
    source noun among the next few words, when no punctuation and not its cue comes first."""
    t = a.t
    for x in range(r.stop, min(len(t.codes), r.stop + _AFTER)):
        if t.codes[x] in _PUNCT or (cue is not None and t.ends[x] > cue.start >= t.ends[r.start]):
            return None
        key = t.word(x).lower().replace("’", "'")
        if words.source_noun(key, head=False):
            return range(r.start, x + 1)
        if key in words.function:
            return None
    return None


def _site(word: str) -> bool:
    """Whether ``word`` is written as a web site (``news.bbc.co.uk``, ``ouest-france.fr``)."""
    return "." in word.strip(".") and word[:1].isalpha() and not word[:2].isupper()


def _bare(word: str) -> str:
    """A word without its possessive ending (``Trump’s`` -> ``Trump``)."""
    for end in ("'s", "’s"):
        if word.endswith(end):
            return word[: -len(end)]
    return word


def _named(a: _Article, x: int, words: MentionWords) -> bool:
    """Whether the capitalised token ``x`` can be (part of) a name."""
    word = a.t.word(x)
    key = word.lower().replace("’", "'")
    if not a.opens(x) or _site(word):
        return True  # inside a sentence, or a site ('news.bbc.co.uk')
    after = a.t.codes[x + 1] if x + 1 < len(a.t.codes) else ""
    if after == '"' and x and a.t.codes[x - 1] == '"':
        return True  # a name in quotation marks ('„Reuters“')
    if key in words.known or key in words.dates:
        return False
    return (
        key in words.first_names
        or key.removesuffix("'s") in words.first_names
        or (word.isupper() and len(word) > 1)
        or any(c.isupper() for c in word[1:])
        or a.written_inside(_bare(word))
        or after in _NAME_OR_CUE  # 'Kurt Volker', 'Meeks said'
    )
