"""Descriptions: a description resolves to the name in apposition beside it (``a
spokeswoman, Jennifer Palmieri,``), a body's description with a person's name to the
body (``the Trump campaign``), or (definite ones) to the latest person the article
described with its head noun and modifiers; else it stays a description."""

from __future__ import annotations

from bisect import bisect_left, insort

from newsdoc.model import Span
from newsdoc.pipeline.resolve.entities import Entity
from newsdoc.pipeline.resolve.pronouns import Pronouns
from newsdoc.pipeline.resolve.text import APPOSITIVE, BODY_REACH

__all__ = ["Descriptions"]


class Descriptions(Pronouns):
    """Descriptions to the entity an appositive, a body noun or a head noun names."""

    def apposed(self, r: range, inside: bool) -> Entity | None:
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
        while k >= 0 and r.start - k <= APPOSITIVE and codes[k] not in '.;:"Q':
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
    def nameable(e: Entity) -> bool:
        """Whether an appositive can name ``e``: a person, or a name of several words that
        is neither a body, a place nor common words (``Jean-Marc Ayrault``, not ``Overall``)."""
        return e.kind == "person" or (
            e.kind is None and not e.common and (len(e.words) > 1 or e.speaker)
        )

    def body(self, r: range) -> Entity | None:
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
                back = range(r.start - 1, max(0, r.start - BODY_REACH), -1)
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
            e = self.singles["\0" + name.lower()] = Entity(name, (keys[last],), noun)
            e.kind = "organization"
            self.entities.append(e)
        return e

    def description(self, r: range) -> Entity | None:
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
        chosen: Entity | None = None
        keyset = [head, *(head[:n] for n in range(3, len(head) - 1))]  # 'gov' for 'governor'
        cands: list[Entity] = []
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
