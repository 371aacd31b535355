"""The two things resolution gathers: an :class:`Occurrence` is one run of
capitalised tokens and what the text says beside it; an :class:`Entity` is a person,
body or place, with every occurrence, mention and the gender evidence that decided."""

from __future__ import annotations

__all__ = ["STRONG", "Entity", "Occurrence"]


STRONG = ("title", "noun", "pronoun")
"""Kinds of gender evidence that decide; a first name of a list only counts when nothing
else does."""


class Occurrence:
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


class Entity:
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
        rank = ("first name", *reversed(STRONG))
        if self.evidence is None or rank.index(kind) > rank.index(self.evidence[0]):
            self.gender, self.evidence = gender, (kind, word)

    def take(self, occ: Occurrence, typing: bool = True) -> None:
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
