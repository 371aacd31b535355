"""Stage 5: resolve speaker mentions to the people and bodies the article names.

Resolution reads the token layer (:mod:`newsdoc.pipeline.tokens`) of the
headline and paragraphs, never the text again. It first decides, once per
article, who is in it: every run of capitalised tokens is a name occurrence;
its titles (``Indiana Gov.``), the words before it (``Republican nominee``)
and an appositive beside it (``Hugh Hill, a doctor``; ``the emergency
manager, Lisa Ortiz``) describe it. Occurrences with a first name and a
surname make the people, by full name; a surname, a title and a surname, a
first name or an acronym are short forms of them, kept apart by gender where
a title tells it (``Mrs. Trump`` is not ``Donald Trump``). A name in the rule
set's ``place_names``, or written as a place (``Hamburg, Germany``), is a
place: never a person, an antecedent or a speaker.

Each speaker mention then resolves by its form:

* a **name** to the person its words name;
* a **pronoun** to the most salient compatible person before it: recency by
  sentence, the subject of a sentence, having spoken; gender and number must
  agree (``she`` never resolves to an organisation, ``it`` and ``they`` only
  to one), and a pronoun with nobody compatible stays unresolved;
* a **description** to the name in apposition beside it (``a spokeswoman,
  Jennifer Palmieri,``), or (definite ones) to the latest person the article
  described with its head noun and modifiers; else it stays a description.

Every entity gets a gender with the evidence that decided it: a title
(``Mrs.``), a gendered noun beside the name (``a mother of three``), a
pronoun resolved to it, or, weakest, a first name of the rule set's lists.
Every word of the language comes from the rule set's lists (see
``docs/rules.md``).
"""

from __future__ import annotations

from newsdoc.pipeline.resolve.resolver import resolve_mentions
from newsdoc.pipeline.resolve.results import Cast, Person, Resolution

__all__ = ["Cast", "Person", "Resolution", "resolve_mentions"]
