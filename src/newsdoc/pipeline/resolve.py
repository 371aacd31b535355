"""Stage 5: resolve speaker mentions to canonical names.

Full names win: ``Vladimir Putin`` names a speaker; ``President Putin``,
``Mr. Putin`` and ``Putin`` reduce (titles off) to a surname that resolves to
the full name with that last word. A pronoun resolves to the latest speaker
before it whose gender, when known, agrees. A role noun phrase (``the
president``) resolves to the latest speaker first mentioned with that title.
Unresolved noun phrases (``a source``) stay speakers of their own.
The word lists ``titles``, ``pronouns``, ``female_pronouns``, ``male_pronouns``,
``female_titles``, ``male_titles``, ``female_names``, ``male_names`` (first names
that tell a gender), ``relative_pronouns`` (``the president, who`` names the
president) and ``function_words`` hold the knowledge.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs
import regex

from newsdoc.model import Span
from newsdoc.rules import RuleSet

__all__ = ["Resolution", "canonical_name", "resolve_mentions"]

_TOKEN = regex.compile(r"[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}.'’-]*")
_POSSESSIVE = regex.compile(r"['’]s?$")


@attrs.frozen
class _Lexicon:
    titles: frozenset[str]
    pronouns: frozenset[str]
    female: frozenset[str]
    male: frozenset[str]
    function_words: frozenset[str]
    female_names: frozenset[str]
    male_names: frozenset[str]
    relatives: frozenset[str]

    @classmethod
    def of(cls, rules: RuleSet) -> _Lexicon:
        def low(name: str) -> frozenset[str]:
            return frozenset(w.lower().rstrip(".") for w in rules.words.get(name, ()))

        return cls(
            titles=low("titles"),
            pronouns=low("pronouns"),
            female=low("female_pronouns") | low("female_titles"),
            male=low("male_pronouns") | low("male_titles"),
            function_words=low("function_words"),
            female_names=low("female_names") - low("male_names"),
            male_names=low("male_names") - low("female_names"),
            relatives=low("relative_pronouns"),
        )


def _lexicon(rules: RuleSet) -> _Lexicon:
    return rules.derived("resolve.lexicon", _Lexicon.of)


def _key(token: str) -> str:
    return token.lower().rstrip(".")


def canonical_name(mention: str, rules: RuleSet) -> tuple[str, str | None, str | None]:
    """Split a mention into (name, title, gender): titles and leading function words come off.

    ``"National Security Advisor General HR McMaster"`` gives ``("HR McMaster",
    "general", None)``; ``"Mr. Trump"`` gives ``("Trump", "mr", "male")``.
    A mention with no capitalised name left (``"the president"``) gives an empty name;
    a role qualified by a name (``"the Mexican president"``) gives no title either.
    """
    lex = _lexicon(rules)
    tokens = _TOKEN.findall(_head(mention, lex))
    title: str | None = None
    gender: str | None = None
    cut = 0
    named_before = qualified = False  # 'the Mexican president' is not 'the president'
    for i, tok in enumerate(tokens):
        k = _key(tok)
        if k in lex.titles:
            title, cut, qualified = k, i + 1, named_before
            if k in lex.female:
                gender = "female"
            elif k in lex.male:
                gender = "male"
        elif k in lex.function_words or not tok[:1].isupper():
            cut = i + 1
        else:
            named_before = True
    rest = [t for t in tokens[cut:] if t[:1].isupper() or t[:1].isdigit()]
    if not rest and qualified:
        title = None
    if rest:
        rest[-1] = _POSSESSIVE.sub("", rest[-1]) or rest[-1]
        if gender is None and len(rest) > 1:
            first = _key(rest[0])
            gender = (
                "female"
                if first in lex.female_names
                else "male"
                if first in lex.male_names
                else None
            )
    return " ".join(rest), title, gender


_TRAILING_WORD = regex.compile(r"[,\s]*\b(\w+)\s*$")


def _head(mention: str, lex: _Lexicon) -> str:
    """The mention without a trailing relative pronoun ('the Mexican president, who')."""
    m = _TRAILING_WORD.search(mention)
    if m and m.start() > 0 and _key(m.group(1)) in lex.relatives:
        return mention[: m.start()]
    return mention


def _phrase_name(phrase: str, lex: _Lexicon) -> str:
    """A noun phrase as a speaker's name, its opening function word in lower case, so that
    'The mayor' and 'the mayor' are one speaker."""
    first = _TOKEN.match(phrase)
    if first and _key(first.group()) in lex.function_words:
        return phrase[:1].lower() + phrase[1:]
    return phrase


@attrs.frozen
class Resolution:
    """A mention's canonical name, or ``None`` when it resolves to nobody."""

    span: Span
    name: str | None


def resolve_mentions(text: str, mentions: Sequence[Span], rules: RuleSet) -> list[Resolution]:
    """Resolve each speaker mention (given in text order) to a canonical name."""
    lex = _lexicon(rules)
    parsed = [canonical_name(m.of(text), rules) for m in mentions]
    full_names: dict[str, str] = {}  # surname (lower) -> full name
    for name, _, _ in parsed:
        parts = name.split()
        if len(parts) >= 2:
            full_names.setdefault(_key(parts[-1]), name)
    genders: dict[str, str] = {}
    titles: dict[str, str] = {}  # title -> latest name carrying it
    history: list[str] = []  # named speakers, latest last
    out: list[Resolution] = []
    prev_end = 0
    for span, (name, title, gender) in zip(mentions, parsed, strict=True):
        word = _key(span.of(text).strip())
        resolved: str | None
        if word in lex.pronouns:
            want = "female" if word in lex.female else "male" if word in lex.male else None
            resolved = next(
                (n for n in reversed(history) if want is None or genders.get(n, want) == want),
                None,
            )
            person = _named_person(text, prev_end, span.start, want, lex)
            if person is not None and (resolved is None or person[1]):
                resolved = person[0]
                genders.setdefault(resolved, want or "")
                full_names.setdefault(_key(resolved.split()[-1]), resolved)
        elif name:
            parts = name.split()
            resolved = full_names.get(_key(parts[-1]), name) if len(parts) == 1 else name
        elif title and title in titles:
            resolved = titles[title]
        else:
            resolved = _phrase_name(_head(span.of(text), lex).strip(), lex)
        if resolved is not None and (name or title in titles):
            history.append(resolved)
            if gender:
                genders.setdefault(resolved, gender)
            if title:
                titles[title] = resolved
        elif resolved is not None and (word in lex.female or word in lex.male):
            genders.setdefault(resolved, "female" if word in lex.female else "male")
        out.append(Resolution(span, resolved))
        prev_end = max(prev_end, span.end)
    return out


_PERSON = regex.compile(
    r"(?<![\p{L}\p{N}])(\p{Lu}[\p{Ll}'’-]+)(?:\s+\p{Lu}\.)?(?:\s+\p{Lu}[\p{L}'’-]+)+"
)
_SENTENCE_END = frozenset('.!?…"”’\n')


def _named_person(
    text: str, start: int, end: int, want: str | None, lex: _Lexicon
) -> tuple[str, bool] | None:
    """The latest full name between two speaker mentions whose first name fits the
    pronoun's gender (people named but not yet quoted: ``Governor Ana Reyes explained
    the delay. “…,” she said.``), and whether it opens a sentence (then it beats an
    earlier speaker)."""
    names = lex.female_names if want == "female" else lex.male_names if want == "male" else None
    if names is None:
        return None
    found: tuple[str, bool] | None = None
    for m in _PERSON.finditer(text, start, end):
        if _key(m.group(1)) in names:
            before = text[max(start, m.start() - 3) : m.start()].rstrip()
            opens = not before or before[-1] in _SENTENCE_END
            found = (_POSSESSIVE.sub("", m.group()), opens)
    return found
