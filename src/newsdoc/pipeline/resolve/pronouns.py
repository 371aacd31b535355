"""Pronouns: a pronoun resolves to the most salient compatible person before it
(recency by sentence, the subject of a sentence, having spoken); gender and number
must agree (``she`` never resolves to an organisation, ``it`` and ``they`` only to
one), and a pronoun with nobody compatible stays unresolved. Gendered pronouns and
definite descriptions outside the mentions keep their person salient."""

from __future__ import annotations

import re
from bisect import bisect_left, insort
from collections.abc import Sequence

from newsdoc.model import MentionForm
from newsdoc.pipeline.resolve.aliases import Aliases
from newsdoc.pipeline.resolve.entities import Entity
from newsdoc.pipeline.resolve.text import DESCRIBED, OCCURRENCES, REACH

__all__ = ["Pronouns"]


class Pronouns(Aliases):
    """Pronouns to the most salient compatible entity, and what keeps an entity salient."""

    def pronoun(self, k: int, speaker: bool = True) -> Entity | None:
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
    ) -> Entity | None:
        """The most salient entity before token ``k`` of gender ``want`` (a body for
        ``plural`` and ``neuter``); ``words`` of a description favour those they describe."""
        sent = self.t.sentence(k)
        best: tuple[float, int] | None = None
        chosen: Entity | None = None
        near: list[Entity] = []
        for d in range(REACH + 1):
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
            stop = max(-1, j - OCCURRENCES)  # the latest few weigh all but nothing more
            while j > stop and sent - e.occurrences[j][1] <= REACH:
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
        for m in DESCRIBED.finditer(self.t.codes):  # 'The president's Pacific roots'
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
        best: tuple[int, Entity] | None = None
        for e in self.by_describer.get(self.keys[head], ()):
            j = bisect_left(e.occurrences, (k,)) - 1
            near = e.kind == "person" and j >= 0 and sent - e.occurrences[j][1] <= REACH
            if near and (best is None or e.occurrences[j][0] > best[0]):
                best = (e.occurrences[j][0], e)
        if best is not None:
            subject = self.t.sentences[sent] >= k - 1
            insort(best[1].occurrences, (k, sent, subject, False))
            bucket = self.by_sentence.setdefault(sent, [])
            if best[1] not in bucket:
                bucket.append(best[1])
