"""What resolution gives the assembly stage: a :class:`Resolution` per mention, a
:class:`Person` per entity credited, both in a :class:`Cast`."""

from __future__ import annotations

import attrs

from newsdoc.model import MentionForm, Span

__all__ = ["Cast", "Person", "Resolution"]


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
