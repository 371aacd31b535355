"""Each speaker mention resolves by its form: a name to the person its words name
(its head name, or the coordinated names of several people), a pronoun by salience
(:mod:`.pronouns`), a description by apposition, body or description
(:mod:`.descriptions`); every entity then carries its gender with its evidence."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence

from newsdoc.model import MentionForm, Span
from newsdoc.pipeline.resolve.descriptions import Descriptions
from newsdoc.pipeline.resolve.entities import Entity, Occurrence
from newsdoc.pipeline.resolve.results import Cast, Person, Resolution
from newsdoc.pipeline.tokens import Tokens
from newsdoc.rules import RuleSet

__all__ = ["Resolver", "resolve_mentions"]


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
    return Resolver(text, mentions, rules, tokens, dead, quoted).run()


class Resolver(Descriptions):
    """Resolution of one article's speaker mentions: each mention by its form."""

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
        people: dict[int, tuple[Entity, bool]] = {}
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

    def overlapping(self, r: range) -> list[tuple[Occurrence, Entity]]:
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

    def resolve_one(self, m: Span, r: range) -> tuple[Resolution, list[Entity], bool]:
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
            d = self.singles["\0" + phrase.lower()] = Entity(phrase, (), r.start)
            d.kind = self.description_kind(r)
            for x in r:
                g = lex.gender(keys[x])
                if g:
                    d.tell(g, "noun", self.t.words[x])
                    break
        return Resolution(m, d.name, (d.name,), MentionForm.DESCRIPTION), [d], False

    def country(self, occ: Occurrence, e: Entity, r: range) -> bool:
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

    def heads(
        self, r: range, found: Sequence[tuple[Occurrence, Entity]]
    ) -> list[tuple[Occurrence, Entity]]:
        """The names a mention is about: its head name (``Republican nominee Donald Trump``),
        the coordinated names (``A, B and C``), or none when names only modify a noun
        (``the Indiana governor``)."""
        if not found:
            return []
        lex, keys, codes = self.lex, self.keys, self.t.codes
        chosen = [found[0]]
        worded = False
        k = 0

        def done() -> list[tuple[Occurrence, Entity]]:
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
        self, group: list[tuple[Occurrence, Entity]]
    ) -> list[tuple[Occurrence, Entity]]:
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
