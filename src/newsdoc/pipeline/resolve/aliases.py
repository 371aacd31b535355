"""Aliases: occurrences with a first name and a surname make the people, by full name;
a surname, a title and a surname, a first name or an acronym are short forms of
them, kept apart by gender where a title tells it (``Mrs. Trump`` is not ``Donald
Trump``); a full name that ends another (``Van Voorhis``) is a short form of it."""

from __future__ import annotations

from collections.abc import Sequence

from newsdoc.model import MentionForm
from newsdoc.pipeline.resolve.entities import Entity, Occurrence
from newsdoc.pipeline.resolve.people import People
from newsdoc.pipeline.resolve.text import ENDS

__all__ = ["Aliases"]


class Aliases(People):
    """Entities by full name, and the short forms and one-word names that join them."""

    def _display(self, occ: Occurrence, first: int = -1) -> str:
        """The name as written, from token ``first`` (the name's first by default)."""
        t = self.t
        last = occ.name[-1]
        end = t.ends[last]
        if occ.possessive:
            end -= len(t.words[last]) - len(self.keys[last])
        return self.text[t.starts[occ.name[0] if first < 0 else first] : end]

    def register(self, occs: Sequence[Occurrence]) -> None:
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
                e = self.by_key[key] = Entity(display, words, occ.first)
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

    def match_short(self, occ: Occurrence) -> Entity | None:
        """The entity a short form (surname, title and surname, first name) names."""
        key = self.keys[occ.name[-1]]
        want = occ.gender[0] if occ.gender and occ.gender[1] == "title" else None
        cands = (
            self.by_surname.get(key) or self.by_first.get(key) or self.by_initials.get(key) or []
        )
        cands = [e for e in cands if e.kind != "place" or occ.place]
        if want is not None:  # 'Mr. Obama': Barack, never Michelle (nor one named alone)
            cands = [e for e in cands if e.gender == want] or [e for e in cands if e.gender is None]
        if not cands:
            return None
        titled = [e for e in cands if any(t in e.describers for t in occ.titles)]
        pool = titled or cands
        before = [e for e in pool if e.first <= occ.first] or pool
        return max(before, key=lambda e: (len(e.occurrences), -e.first))

    def single(self, occ: Occurrence) -> Entity:
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
            e = self.singles[name.lower()] = Entity(name, (key,), occ.first)
            e.common = key in self.lowercase()
            bare = (
                word[3:] if word.startswith("Mac") else word[2:] if word.startswith("Mc") else word
            )
            if any(c.isupper() for c in bare[3:]) and word.isalpha():
                e.kind = "organization"  # 'PolitiFact'
            self.entities.append(e)
        return e

    def attach(self, occs: Sequence[Occurrence]) -> None:
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
                said = end in "VU" or (before in ("V", "U") and end in ENDS)  # 'noted NBC’s X,'
                # 'said Nick Witney,', 'Witney said': a speaker, whoever the rules credit
                e.occurrences.append((occ.first, occ.sentence, subject, said))
                e.speaker = e.speaker or (said and e.kind not in ("place", "organization"))
            e.mentions[self.t.starts[occ.first], self.t.ends[occ.last - 1]] = MentionForm.NAME
            self.occ_at[occ.first] = (occ, e)
            self.occ_starts.append(occ.first)

    def qualifies(self, occ: Occurrence, nxt: Occurrence) -> bool:
        """Whether ``occ`` only qualifies the name after it: ``Trump campaign spokesman
        Jason Miller`` (lower-case role words between, three at most)."""
        gap = self.t.codes[occ.last : nxt.first]
        if not gap:
            return occ.possessive  # 'NBC’s Dante Chinni'
        return len(gap) <= 3 and all(c in "wRT" for c in gap)
