"""Byline authors with a name: each author is a person, and an outlet is no author.

The byline rules find the author mentions of a byline (``By Jane Doe and Tom
Roe, CNN``: one mention a name, split on ``and`` and commas). Each is then read
word by word with the rule set's lists: the words after the name that are a date
(``date_words``), a stop (``byline_stops``), an outlet or a job
(``organization_words``, ``byline_outlet_words``, a word in capitals after words
that are not) are trimmed off its end, joiners off its start, and a name said twice
(``Sean Martin Sean Martin``) once. The mention's ``name`` is what is left. A mention
with nothing left, or whose first word is no first name once an outlet's words were
trimmed (``Associated Press``, ``CNN Business``, ``European Space Agency``), names an
outlet: it is no author.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsdoc.model import Mention, MentionForm, Span
from newsdoc.rules import RuleSet

__all__ = ["name_authors"]

_WORD = re.compile(r"\S+")


def _words(rules: RuleSet) -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    def low(*names: str) -> frozenset[str]:
        return frozenset(w.lower() for n in names for w in rules.words.get(n, ()) if w)

    return (
        low("date_words", "byline_stops"),
        low("organization_words", "byline_outlet_words"),
        low("byline_joiners"),
        low("female_names", "male_names", "female_first_names", "male_first_names")
        - low("place_names"),
    )


def name_authors(text: str, authors: Sequence[Mention], rules: RuleSet) -> tuple[Mention, ...]:
    """The byline ``authors`` (mentions into ``text``) trimmed to their names, each with
    its ``name``; outlets dropped."""
    ends, outlets, joiners, first_names = rules.derived("authors.words", _words)
    out: list[Mention] = []
    for m in authors:
        words = [w for w in _WORD.finditer(text, m.span.start, m.span.end)]
        lo, hi = 0, len(words)
        outlet = False
        while lo < hi:
            word = words[hi - 1].group().strip(",.;:")
            key = word.lower()
            if key in ends or key.isdigit():
                hi -= 1
            elif key in outlets or (
                word.isupper()
                and len(word) > 1
                and any(not w.group().isupper() for w in words[lo : hi - 1])
            ):
                hi -= 1
                outlet = True
            else:
                break
        while lo < hi and words[lo].group().lower() in joiners:
            lo += 1
        if lo >= hi:
            continue  # 'IGN Staff', 'CNN Business': an outlet
        kept = [w.group() for w in words[lo:hi]]
        if outlet and kept[0].lower() not in first_names:
            continue  # 'Associated Press', 'European Space Agency', 'India Post News Weekly'
        half = len(kept) // 2
        if half and len(kept) % 2 == 0 and kept[:half] == kept[half:]:
            hi -= half  # 'Sean Martin Sean Martin'
        span = Span(words[lo].start(), words[hi - 1].end())
        name = " ".join(w.group() for w in words[lo:hi]).strip(",.;:")
        span = Span(span.start, span.start + len(text[span.start : span.end].rstrip(",.;:")))
        out.append(Mention(span, span.of(text), name, (name,), MentionForm.NAME))
    return tuple(out)
