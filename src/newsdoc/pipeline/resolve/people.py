"""Reading the people of an article: every run of capitalised tokens is a name
occurrence; its titles (``Indiana Gov.``), the words before it (``Republican
nominee``) and an appositive beside it (``Hugh Hill, a doctor``; ``the emergency
manager, Lisa Ortiz``) describe it. A name in the rule set's ``place_names``, or
written as a place (``Hamburg, Germany``), is a place."""

from __future__ import annotations

import re
import sys
from bisect import bisect_right
from collections.abc import Sequence
from itertools import pairwise
from operator import itemgetter

from newsdoc.model import Span
from newsdoc.pipeline.resolve.entities import Entity, Occurrence
from newsdoc.pipeline.resolve.lexicon import lexicon, word_key
from newsdoc.pipeline.resolve.text import APPOSITIVE, ENDS, PUNCT, RUN, VERBS, Text
from newsdoc.pipeline.tokens import Tokens
from newsdoc.rules import RuleSet

__all__ = ["People"]


class People:
    """The state of one article's resolution, and the reading of its names: runs of
    capitalised tokens split into titles and name, with gender, kind and describers."""

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
        self.lex = lexicon(rules)
        self.t = Text(tokens, dead)
        # lower case, one apostrophe ('O’Neill' is 'O'Neill'): a few C-level passes
        joined = "\n".join(self.t.words)  # no token holds a line break
        lowered = joined.lower().replace("’", "'").split("\n") if self.t.words else []
        self.keys = list(map(sys.intern, lowered))  # one string per word form, not per token
        for m in re.finditer("G", self.t.codes):  # possessives: 'Trump's' -> 'trump'
            self.keys[m.start()] = word_key(self.t.words[m.start()])
        q = sorted(quoted)
        self.quoted = [(self.t.index(s.start), self.t.index(s.end)) for s in q]
        self.entities: list[Entity] = []
        self.by_key: dict[tuple[str, ...], Entity] = {}
        self.by_surname: dict[str, list[Entity]] = {}
        self.by_first: dict[str, list[Entity]] = {}
        self.by_initials: dict[str, list[Entity]] = {}
        self.singles: dict[str, Entity] = {}
        self.occ_at: dict[int, tuple[Occurrence, Entity]] = {}  # by first token
        self.occ_starts: list[int] = []
        self.by_sentence: dict[int, list[Entity]] = {}
        self.by_describer: dict[str, list[Entity]] = {}
        self._lower: set[str] | None = None
        self.pairs: dict[tuple[str, str], int] = {}  # two words side by side in names

    def in_quote(self, k: int) -> bool:
        i = bisect_right(self.quoted, (k, len(self.t.words))) - 1
        return i >= 0 and self.quoted[i][0] <= k < self.quoted[i][1]

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
            for m in RUN.finditer(up, max(lo, t.titled), hi)
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

    def discover(self) -> list[Occurrence]:
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

    def read_run(self, a: int, b: int, follow: dict[str, set[str]]) -> Occurrence | None:
        """Split a run into titles and name and read its gender and kind."""
        t, lex, keys, codes = self.t, self.lex, self.keys, self.t.codes
        if b - a == 1:  # most runs: one word
            w = keys[a]
            sentence = t.sentence(a)
            if w in lex.stops or w in lex.modifiers or w in lex.dates or w in lex.pronouns:
                return None  # 'When', 'Republican', 'October'
            if "'" in w and w.partition("'")[0] in lex.pronouns:
                return None  # 'He'd', 'We've': a pronoun's contraction names nobody
            if t.sentences[sentence] >= a - 1 and w in self.lowercase():
                return None  # 'Back' opening a sentence
            if codes[a] == "T" and not (a + 1 < len(codes) and codes[a + 1] in ",VU"):
                return None  # a title alone names nobody, unless it is a subject ('Dean, a')
            located = self.written_as_place(a, b)
            place = w in lex.places or located
            acronym = t.words[a].isupper() and len(w) > 1
            return Occurrence(
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
            if len(ix) >= 2
            and last not in lex.modifiers
            and last not in lex.common
            and last not in lex.place_nouns
            else None  # 'Kent County Republican', 'Gamble Heights': a name ends in a surname
        )
        if gender is None and first_gender:
            gender = (first_gender, "first name", t.words[ix[0]])
        located = not titles and self.written_as_place(a, ix[-1] + 1)
        place = len(ix) >= 2 and last in lex.place_nouns  # 'Gamble Heights', 'Elm Street'
        place = place or (not first_gender and (last in lex.places or located))
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
        return Occurrence(
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
        while i >= 0 and first - i <= 4 and codes[i] not in PUNCT and keys[i] not in lex.stops:
            out.add(keys[i])
            i -= 1
        n = len(keys)
        if (
            last + 1 < n
            and codes[last] == ","
            and (codes[last + 1] == "D" or t.words[last + 1].islower())
        ):
            words: list[str] = []
            for k in range(last + 1, min(n, last + 2 + APPOSITIVE)):
                if codes[k] in ENDS:
                    out.update(words)  # closed by a comma or a full stop: an appositive
                    break
                if codes[k] in VERBS:
                    break  # 'Overall, the fund said': a clause, not an appositive
                words.append(keys[k])
        if first > 1 and codes[first - 1] == ",":
            j = first - 2
            words = []
            while j >= 0 and first - j <= 7 and codes[j] not in ENDS:
                if keys[j] in lex.determiners:
                    out.update(words)
                    break
                words.append(keys[j])
                j -= 1
        return out
