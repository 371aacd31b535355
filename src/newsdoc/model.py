"""The article model: frozen values that point back into the text they came from.

Every node has a ``span`` (offsets into the original string) and a ``text``
that equals the original string sliced by that span. Nothing is rewritten.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from typing import Any, TypeAlias

import attrs

__all__ = [
    "Article",
    "Attribution",
    "AttributionKind",
    "Block",
    "Boilerplate",
    "Byline",
    "Cue",
    "Dateline",
    "Headline",
    "Mention",
    "MentionForm",
    "Meta",
    "Paragraph",
    "Quote",
    "QuoteKind",
    "Span",
    "Speaker",
]

SCHEMA_VERSION = 2


@attrs.frozen(order=True)
class Span:
    """A half-open range ``[start, end)`` of character offsets into the input."""

    start: int
    end: int

    def __attrs_post_init__(self) -> None:
        # One check for the common case: the pipeline makes spans by the hundred thousand.
        if not 0 <= self.start <= self.end:
            if self.start < 0:
                raise ValueError(f"Span.start must be >= 0, got {self.start}")
            if self.end < 0:
                raise ValueError(f"Span.end must be >= 0, got {self.end}")
            raise ValueError(f"Span end {self.end} is before its start {self.start}")

    def __len__(self) -> int:
        return self.end - self.start

    def of(self, text: str) -> str:
        """Return the part of ``text`` this span covers."""
        return text[self.start : self.end]

    def contains(self, other: Span) -> bool:
        """Whether ``other`` lies wholly inside this span."""
        return self.start <= other.start and other.end <= self.end

    def overlaps(self, other: Span) -> bool:
        """Whether the two spans share at least one character."""
        return self.start < other.end and other.start < self.end

    def to_list(self) -> list[int]:
        """The JSON form, ``[start, end]``."""
        return [self.start, self.end]

    @classmethod
    def from_list(cls, value: Sequence[int]) -> Span:
        """Read the JSON form back."""
        start, end = value
        return cls(int(start), int(end))


class MentionForm:
    """How a :class:`Mention` refers to someone (plain strings, like :class:`QuoteKind`)."""

    NAME = "name"
    """A name or a short form of one: ``"Hillary Clinton"``, ``"Mrs. Clinton"``, ``"Clinton"``."""
    PRONOUN = "pronoun"
    """A pronoun: ``"she"``."""
    DESCRIPTION = "description"
    """A description: ``"the senator"``; its ``name`` is the phrase itself when the article
    does not link it to a named person."""

    ALL = (NAME, PRONOUN, DESCRIPTION)


@attrs.frozen
class Mention:
    """Words in the text that name someone, e.g. ``"President Putin"`` or ``"he"``.

    ``name`` is the canonical name the mention resolves to (``"Vladimir Putin"``),
    or ``None`` when it resolves to nobody; a mention of several people
    (``"Sens. Carper and Cardin"``) joins their names as the text does, and
    ``names`` lists each. ``form`` is one of :class:`MentionForm`, or ``""`` where
    no resolution ran.
    """

    span: Span
    text: str
    name: str | None = None
    names: tuple[str, ...] = attrs.field(
        default=attrs.Factory(lambda self: (self.name,) if self.name else (), takes_self=True)
    )
    form: str = ""


@attrs.frozen
class Cue:
    """The verb or phrase that introduces speech: ``"said"``, ``"according to"``."""

    span: Span
    text: str


@attrs.frozen
class Dateline:
    """The dateline at the head of the first paragraph, e.g. ``"HANOI, Vietnam (AP) —"``.

    ``place`` and ``agency`` are sub-spans, when the dateline names them.
    """

    span: Span
    text: str
    place: Span | None = None
    agency: Span | None = None


@attrs.frozen
class Headline:
    """The article's title line; ``path`` is its page element (HTML input only, see :class:`Paragraph`)."""

    span: Span
    text: str
    rule: str = ""
    path: str | None = None


@attrs.frozen
class Byline:
    """An author line such as ``"By Jane Doe and John Roe"``; ``authors`` are the names in it."""

    span: Span
    text: str
    authors: tuple[Mention, ...] = ()
    rule: str = ""
    path: str | None = None


@attrs.frozen
class Paragraph:
    """A block of article prose; ``dateline`` is set on the paragraph that opens with one.

    ``rule`` names the rule that kept the block as prose (``structure.main_run``
    for a block inside the article's main run), as :class:`Boilerplate` names the
    rule that dropped one; ``""`` when no rule decided (prose is the default).
    ``path`` (on every block type) is the XPath of the page element the block came
    from, for input parsed with :func:`newsdoc.parse_html`; ``None`` for plain text.
    """

    span: Span
    text: str
    dateline: Dateline | None = None
    rule: str = ""
    path: str | None = None


@attrs.frozen
class Boilerplate:
    """A block that is not article prose, labelled with its ``kind`` and the ``rule`` that decided.

    Kinds are open-ended strings; the built-in English rules use those listed
    in :data:`newsdoc.rulesets.en.BOILERPLATE_KINDS`.
    """

    span: Span
    text: str
    kind: str
    rule: str
    path: str | None = None


Block: TypeAlias = Headline | Byline | Paragraph | Boilerplate
"""Any of the block types that tile an article."""


class QuoteKind:
    """The kinds a :class:`Quote` can have (plain strings, so they compare and serialise simply)."""

    SENTENCE = "sentence"
    """One or more whole sentences of speech."""
    PARTIAL = "partial"
    """A fragment of speech woven into the writer's sentence."""
    TERM = "term"
    """Not speech: a scare quote, a title, a nickname, a term."""

    ALL = (SENTENCE, PARTIAL, TERM)


class AttributionKind:
    """The kinds an :class:`Attribution` can have (plain strings, like :class:`QuoteKind`)."""

    DIRECT = "direct"
    """What was said is a quote (or the quotes of a split quote)."""
    MIXED = "mixed"
    """Reported speech that holds a quoted fragment: ``said he wanted a “better” deal``."""
    REPORTED = "reported"
    """Reported speech with no quotation mark: ``Smith said the plan would fail``."""

    ALL = (DIRECT, MIXED, REPORTED)


@attrs.frozen
class Attribution:
    """Who said what, and how.

    ``speaker`` is the mention near the cue, ``cue`` the verb or phrase,
    ``rule`` the name of the rule that matched, ``quotes`` the spans of every
    quote this attribution covers (a split quote has two; reported speech
    none), ``content`` the spans of what was said (the quotes themselves for
    direct speech; the reported clause, with any quote it holds, otherwise)
    and ``kind`` one of :class:`AttributionKind`. ``content`` defaults to
    ``quotes``. ``dropped`` is true where the sentence names no speaker (Spanish
    ``“…”, dijo.``, ``Agregó que …``): ``speaker`` is then the nearest earlier mention
    of the source the text last made salient.
    """

    speaker: Mention
    cue: Cue | None
    rule: str
    quotes: tuple[Span, ...] = ()
    content: tuple[Span, ...] = attrs.field(
        default=attrs.Factory(lambda self: self.quotes, takes_self=True)
    )
    kind: str = AttributionKind.DIRECT
    dropped: bool = False


@attrs.frozen
class Quote:
    """A quoted passage: ``span`` includes the marks, ``inner`` holds the words inside.

    A quote may run over several paragraphs. ``attribution`` is ``None`` when
    nobody is credited; ``kind`` is one of :class:`QuoteKind`.
    """

    span: Span
    text: str
    inner: Span
    kind: str = QuoteKind.SENTENCE
    attribution: Attribution | None = None

    @property
    def inner_text(self) -> str:
        """The words between the quotation marks."""
        start = self.inner.start - self.span.start
        return self.text[start : start + len(self.inner)]


@attrs.frozen
class Speaker:
    """One person or body the article quotes.

    ``mentions`` are every place the article refers to them, in text order (names,
    short forms, pronouns and descriptions that resolve to them), ``quotes`` what
    they are quoted saying and ``attributions`` every attribution credited to them.
    ``kind`` is ``"person"``, ``"organization"``, ``"group"`` (``"officials"``,
    ``"Democrats"``) or ``"unnamed"`` (a person the article only describes: ``"an AFP
    journalist"``) where the text says so (a title, a first name, a pronoun, an
    organisation word, a plural), else ``None``; ``named`` is ``False`` for a speaker
    the article only describes (``"the treasurer"``), whose ``name`` is then that
    description.

    ``gender`` is ``"female"``, ``"male"`` or ``None`` (the text does not tell), and
    ``gender_evidence`` says what decided it, as ``"kind: word"``: ``"title: Mrs."``
    (an honorific or gendered title), ``"noun: mother"`` (a gendered noun describing
    them), ``"pronoun: she"`` (a pronoun resolved to them) or, weakest and only where
    nothing else tells, ``"first name: Hillary"`` (the rule set's first-name lists).
    """

    name: str
    mentions: tuple[Mention, ...] = ()
    quotes: tuple[Quote, ...] = ()
    attributions: tuple[Attribution, ...] = ()
    kind: str | None = None
    named: bool = True
    gender: str | None = None
    gender_evidence: str | None = None


def _quote_attributions(quotes: Sequence[Quote]) -> tuple[Attribution, ...]:
    """The distinct attributions of ``quotes``, in text order."""
    seen: dict[Attribution, None] = {}
    for q in quotes:
        if q.attribution is not None:
            seen.setdefault(q.attribution, None)
    return tuple(sorted(seen, key=lambda a: a.content[:1]))


@attrs.frozen
class Meta:
    """What a web page says about itself (:func:`newsdoc.parse_html`), from its markup.

    Every field is ``None`` (``()`` for ``authors``) when the page does not say.
    Dates are ISO 8601 strings as the page gives them, normalised
    (``"2019-11-19T08:30:00+00:00"`` or ``"2019-11-19"``). ``encoding`` is the
    Python name of the encoding the page's bytes were decoded with (``"str"``
    when the page was given as text).
    """

    headline: str | None = None
    authors: tuple[str, ...] = ()
    published: str | None = None
    modified: str | None = None
    url: str | None = None
    site: str | None = None
    language: str | None = None
    description: str | None = None
    encoding: str | None = None


@attrs.frozen
class Article:
    """A parsed article: the source text, its blocks in reading order, its quotes and attributions.

    The blocks tile the text: every non-blank character belongs to exactly one.
    ``warnings`` records rules skipped during the parse (see ``on_timeout``).
    ``meta`` is what a web page says about itself (HTML input only, else ``None``).
    ``attributions`` lists every attribution in text order (by the start of its
    content), reported speech included; it defaults to the distinct
    attributions of the quotes. ``warnings`` records rules skipped during the
    parse (see ``on_timeout``). ``ruleset`` names the rule set that parsed the
    article (``"de"``, also when ``rules="auto"`` chose it; ``""`` when unknown).
    """

    text: str
    blocks: tuple[Block, ...] = ()
    quotes: tuple[Quote, ...] = ()
    speakers: tuple[Speaker, ...] = ()
    warnings: tuple[str, ...] = ()
    meta: Meta | None = None
    attributions: tuple[Attribution, ...] = attrs.field(
        default=attrs.Factory(lambda self: _quote_attributions(self.quotes), takes_self=True)
    )
    ruleset: str = ""

    @property
    def headline(self) -> Headline | None:
        """The first headline block, if any."""
        return next((b for b in self.blocks if isinstance(b, Headline)), None)

    @property
    def byline(self) -> Byline | None:
        """The first byline block, if any."""
        return next((b for b in self.blocks if isinstance(b, Byline)), None)

    @property
    def paragraphs(self) -> tuple[Paragraph, ...]:
        """The prose blocks, in order."""
        return tuple(b for b in self.blocks if isinstance(b, Paragraph))

    @property
    def boilerplate(self) -> tuple[Boilerplate, ...]:
        """The blocks labelled as boilerplate, in order."""
        return tuple(b for b in self.blocks if isinstance(b, Boilerplate))

    @property
    def dateline(self) -> Dateline | None:
        """The dateline of the first paragraph that has one."""
        return next((p.dateline for p in self.paragraphs if p.dateline), None)

    def iter_nodes(self) -> Iterator[Block | Quote | Mention | Cue | Dateline]:
        """Every node that carries a span, for checks and tools."""
        for block in self.blocks:
            yield block
            if isinstance(block, Paragraph) and block.dateline:
                yield block.dateline
            if isinstance(block, Byline):
                yield from block.authors
        yield from self.quotes
        for a in self.attributions:
            yield a.speaker
            if a.cue:
                yield a.cue
        for s in self.speakers:
            yield from s.mentions

    def _repr_html_(self) -> str:
        """The notebook view: quotes by speaker, cues, boilerplate (see :mod:`newsdoc.render`)."""
        from newsdoc.render import render_html

        return render_html(self)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-safe dict; :meth:`from_dict` reads it back to an equal Article."""
        from newsdoc._serialize import article_to_dict

        return article_to_dict(self)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Article:
        """Rebuild an Article from :meth:`to_dict` output."""
        from newsdoc._serialize import article_from_dict

        return article_from_dict(data)
