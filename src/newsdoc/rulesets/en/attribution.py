"""English attribution rules: where the cue and speaker of a quote stand.

The speaker is a *mention*: a name with its titles (``President Putin``), a
pronoun (``he``) or a role noun phrase (``a campaign spokesman``).
"""

from __future__ import annotations

import regex

from newsdoc.pipeline.attribute import AttributionContext, AttributionDraft
from newsdoc.rules import Rule, Stage

_CAP = r"(?:\p{Lu}\.(?:\p{Lu}\.)*|\p{Lu}[\p{L}\p{M}'’-]*)"
_PARTICLE = r"(?:de|del|della|van|von|der|da|di|al|bin|la|le|du|dos|el)"
NAME = rf"(?:(?:\L<titles>)\s+)*(?!(?:\L<function_words>)\b){_CAP}(?:\s+(?:{_CAP}|{_PARTICLE}(?=\s+\p{{Lu}})))*+(?<!['’]s?)"
"""A capitalised name with any titles before it."""
ROLE = r"(?:(?:\L<determiners>)\s+)?(?:(?!(?:\L<phrase_stops>)\b)[\p{L}\p{N}'’-]+\s+){0,3}(?:\L<role_nouns>)\b"
"""A noun phrase ending in a role noun: 'a campaign spokesman', 'officials'."""
PRONOUN = r"(?:\L<pronouns>)\b"
"""A pronoun speaker: 'he', 'they'."""
ROLE_NAME = rf"{ROLE}(?:\s+{NAME}|,\s+{NAME}(?=,))?"
"""A role noun phrase with the name it introduces: 'port director Ines Walker',
"the county's emergency manager, Lisa Ortiz"."""
MENTION = rf"\b(?:{ROLE_NAME}|{NAME}|{PRONOUN})"
"""Any speaker mention."""
_WORD = r"(?:\p{Lu}\.|[\p{L}\p{N}](?:[\p{L}\p{N}'’-]|\.(?=\p{L}))*+)"
PHRASE = rf"\b(?!(?:\L<clause_openers>)\b)(?:(?:\L<titles>)\s+)*(?!(?:\L<phrase_stops>)\b){_WORD}(?:\s+(?!(?:\L<phrase_stops>)\b){_WORD}){{0,5}}"
"""Any short noun phrase ('one Democrat familiar', 'the bespectacled 71-year-old diplomat'),
used only where the cue leaves no doubt that a speaker stands there."""
SPEAKER = rf"(?:{MENTION}(?=[\s,.;:!?)—–]|$)|{PHRASE})"
"""A mention, else a short noun phrase."""
SUBJECT = rf"(?:{MENTION}(?=[\s,.;:!?)—–]|$)|(?=\p{{Lu}}|\p{{N}}|(?:\L<determiners>)\b){PHRASE})"
"""A mention, else a short noun phrase opening with a capital, a number or a determiner (a
subject: 'the bespectacled diplomat said', not 'including provisions he said')."""
PAREN = r"(?:\s*\([^()\n]{1,40}\))?"
"""A parenthesis after a name: 'Rep. Earl Blumenauer (D-Ore.)'."""
_NAME_END = (
    r"(?:(?<=\p{Ll},\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})|(?<=\))),(?=\s+\p{Ll})"
)
"""The comma closing a name that a role noun introduced ('the manager, Lisa Ortiz, told') or
a parenthesis ('Gov. John Kasich (R-OH), said')."""
APPOSITIVE = rf"(?:,\s+[^,;:\"“”\n]{{1,80}},|{_NAME_END})?"
"""An appositive between speaker and cue: 'Hugh Hill, a doctor, said'."""
BETWEEN = r"(?:\s+(?:\L<adverbs>|has|have|had|was|were|is|would|will|had\s+also))?"
"""An adverb or auxiliary before the cue: 'also said', 'has said'."""
GAP = r"(?:\s+(?!(?:\L<gap_stops>)\b)\p{Ll}[\p{L}'’]*){0,4}?"
"""Up to four lower-case words between subject and cue ('had at the time')."""
START = r"\G[\s,;—–-]*"
"""Where the words before a quote begin: the sentence start or the end of an earlier quote."""
INTRO = r"(?:[^,;:“”\"\n]{1,80},\s+)?(?:(?:\L<sentence_openers>)\s+)?"
"""An opening phrase before the subject: 'In a statement Thursday, '."""
RELATIVE = r"(?:\s+(?:who|whom|whose)\b[^,;:“”\"\n]{1,120}?)?"
"""A relative clause after the subject: 'an official who spoke anonymously'."""
LONG_APPOSITIVE = rf"(?:,\s+[^,;:\"“”\n]{{1,160}},|{_NAME_END})?"
"""A longer appositive, for rules anchored at the start of the sentence."""
CUE = r"(?<!\b(?:\L<noun_markers>)\s+)(?<!['’]s\s+)(?:\L<cue_verbs>)\b"
"""A cue verb, not read as a noun after a determiner or possessive ('the state', 'his call')."""
PLACE = r"(?:,?\s+(?:of|from)\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}(?:,\s+\p{Lu}[\p{L}.'’-]*)?,?)?"
"""Where a speaker is from: 'Ron Johnson of Wisconsin', 'Cory James, 22, of Flint, Mich.,'."""
LATER_CUE = r"(?:[^“”\"\n;:\p{Lu}]*(?:,|\s+and|\s+before|\s+after|\s+while)\s+(?:\L<adverbs>\s+)?(?P<cue>{CUE}))?".replace(
    "{CUE}", CUE
)
"""A later cue of the same speaker, which governs what follows: 'Carson noted that … and
quoted Reagan’s “…”', 'argue that …, citing “…”'."""
COLON_PREDICATE = r"(?!(?:\L<gap_stops>)\b)\p{Ll}[^“”\"\n.!?:;]{0,80}?:"
"""A predicate that ends in a colon: 'reads:', 'issued the following statement:'."""
NOT_OBJECT = r"\b(?<![-‐])(?<!\b(?:whom|what)\s+)"
"""Not right after a hyphen ('his anti-Muslim remarks'), nor the subject of a clause that
names what the quote is ('Trump, whom he called a “con artist”': the sentence's main
speaker goes first)."""
_LAST_SENTENCE = r"(?:[^“”\"\n.!?]|[.!?](?!\s)|(?<=\b\p{Lu})\.)*+[.!?:]\s*$"
"""The rest of a sentence that ends right before the quote, with no quote in it."""


_REST_OF_LINE = regex.compile(r"[^\p{L}\n]*+(?:\n|$)")
_LOWER = regex.compile(r"\p{Ll}")


def _whole_paragraph(ctx: AttributionContext) -> bool:
    """Whether the quote is its paragraph (or paragraphs), with no words of the writer's
    after it, and is not a shouted subhead (“DIVISIVE AND WRONG”)."""
    q, text = ctx.quote, ctx.text
    return (
        q.span.start == ctx.paragraphs[q.paragraph].start
        and _REST_OF_LINE.match(text, q.span.end) is not None
        and _LOWER.search(text, q.inner.start, q.inner.end) is not None
    )


def _whole_paragraph_only(
    ctx: AttributionContext, draft: AttributionDraft
) -> AttributionDraft | None:
    """Keep a draft only for a quote that is a whole paragraph."""
    return draft if _whole_paragraph(ctx) else None


def _share(ctx: AttributionContext, *, same_paragraph: bool) -> AttributionDraft | None:
    """The attribution of the nearest earlier quote, when the link is close enough."""
    k = ctx.index
    if k == 0 or ctx.found[k - 1] is None:
        return None
    prev = ctx.quotes[k - 1]
    draft = ctx.found[k - 1]
    assert draft is not None
    if same_paragraph:
        if prev.paragraph != ctx.quote.paragraph:
            return None
    elif not _whole_paragraph(ctx) or ctx.quote.paragraph - prev.paragraph > 2:
        return None
    source = draft.source if draft.source is not None else k - 1
    return AttributionDraft(draft.speaker, draft.cue, draft.rule, source)


def _split(ctx: AttributionContext) -> AttributionDraft | None:
    """Split quotes: “A,” he said. “B.” — B takes A's speaker."""
    return _share(ctx, same_paragraph=True)


def _floating(ctx: AttributionContext) -> AttributionDraft | None:
    """A paragraph that opens with a quote and has no cue takes the speaker of the quote before."""
    return _share(ctx, same_paragraph=False)


def _coordinated_cue(ctx: AttributionContext, draft: AttributionDraft) -> AttributionDraft | None:
    """Keep a cue that follows the previous quote of the same sentence, and give it that
    quote's speaker."""
    k = ctx.index
    if k == 0 or ctx.found[k - 1] is None or not ctx.before:
        return None
    if ctx.quotes[k - 1].span.end != ctx.before[0].start:
        return None
    prev = ctx.found[k - 1]
    assert prev is not None
    return AttributionDraft(prev.speaker, draft.cue, draft.rule)


ATTRIBUTION_RULES: tuple[Rule, ...] = (
    Rule(
        "attribution.cue_speaker_after",
        Stage.ATTRIBUTION,
        pattern=rf"[\s,]*(?P<cue>{CUE})(?<!ing)\s+(?P<speaker>{SPEAKER})",
        where="after",
        description="“…,” said Donald Trump.",
    ),
    Rule(
        "attribution.speaker_cue_after",
        Stage.ATTRIBUTION,
        pattern=rf"[\s,]*(?P<speaker>{SUBJECT}){PAREN}{APPOSITIVE}{BETWEEN}\s+(?P<cue>{CUE})",
        where="after",
        description="“…,” he said. / “…,” Smith, a doctor, said.",
    ),
    Rule(
        "attribution.dash_author",
        Stage.ATTRIBUTION,
        pattern=r"\s*(?P<cue>[—–]|--)\s*(?P<speaker>[^()\n—–]{1,60}?)\s*\(@\w+\)",
        where="after",
        description="an embedded post: “…” — Name (@handle) date",
    ),
    Rule(
        "attribution.according_to",
        Stage.ATTRIBUTION,
        pattern=rf"(?P<cue>\b[Aa]ccording\s+to)\s+(?P<speaker>{SUBJECT})",
        where="sentence",
        description="… according to X",
    ),
    Rule(
        "attribution.appositive_name",
        Stage.ATTRIBUTION,
        pattern=rf"[^,;:\n]{{2,80}},(?<!\b(?:of|from|in)\s+\p{{Lu}}[\p{{L}}.'’-]*,)\s+(?P<speaker>{NAME}),{BETWEEN}\s+(?P<cue>{CUE})",
        where="sentence",
        description="Her opponent, Tom Beck, said … — the name in the appositive speaks",
    ),
    Rule(
        "attribution.cue_first",
        Stage.ATTRIBUTION,
        pattern=rf"{START}(?P<cue>(?=\p{{Lu}})(?i:\L<cue_verbs>)\b)\s+(?P<speaker>{SPEAKER}){PAREN}{LONG_APPOSITIVE}\s*[,:]?\s*$",
        where="before",
        description="Said Dorothy Poynter, a neighbour, “…” — the cue opens the sentence",
    ),
    Rule(
        "attribution.subject_cue_before",
        Stage.ATTRIBUTION,
        pattern=rf"{START}{INTRO}(?P<speaker>{SUBJECT}){PAREN}{LONG_APPOSITIVE}{RELATIVE}{BETWEEN}{GAP}\s+(?P<cue>{CUE})(?:\s+[\p{{L}}\p{{N}}'’.-]+){{0,4}}?\s*[,:]\s*$",
        where="before",
        description="Another source close to him said, “…” — the sentence's subject speaks",
    ),
    Rule(
        "attribution.name_colon",
        Stage.ATTRIBUTION,
        pattern=rf"(?:\G|(?<=[.!?…—–:-]\s))(?:(?:\L<sentence_openers>|From|More\s+from)\s+)?(?P<speaker>{MENTION}){PAREN}\s*(?P<cue>:)\s*$",
        where="before",
        description="Smith: “…” — a name and a colon introduce the quote",
    ),
    Rule(
        "attribution.participle",
        Stage.ATTRIBUTION,
        pattern=rf"{START}{INTRO}(?P<speaker>{MENTION}){PAREN}{APPOSITIVE}[^;“”\"\n]*?,\s+(?:\L<adverbs>\s+)?(?P<cue>{CUE})(?<=ing)(?:\s+[^\s;“”\"]+){{0,30}}?[,:]?\s*$",
        where="before",
        description="Smith spoke on Monday, saying “…” — the subject of the sentence speaks",
    ),
    Rule(
        "attribution.coordinated",
        Stage.ATTRIBUTION,
        pattern=rf"{START}{INTRO}(?P<speaker>{MENTION}){PAREN}{APPOSITIVE}[^;“”\"\n]*?(?:\s+and|,?\s+but)\s+(?:\L<adverbs>\s+)?(?P<cue>{CUE})(?:\s+[^\s;“”\"]+){{0,30}}?[,:]?\s*$",
        where="before",
        description="Smith met voters and said, “…” — the subject of the sentence speaks",
    ),
    Rule(
        "attribution.relative",
        Stage.ATTRIBUTION,
        pattern=rf"(?P<speaker>{MENTION}{PAREN},\s+(?:\L<relative_pronouns>)){BETWEEN}\s+(?:(?:\L<adverbs>)\s+)?(?P<cue>{CUE})",
        where="sentence",
        description="… Obama, who called the nominee “unfit to serve” — the relative clause speaks",
    ),
    Rule(
        "attribution.coordinated_cue",
        Stage.ATTRIBUTION,
        pattern=rf"\G[\s,]*(?:(?:and|but|then|before|after|while)\s+(?:(?:\L<adverbs>)\s+)?(?P<speaker>)(?P<cue>{CUE})|(?:(?:\L<adverbs>)\s+)?(?P<speaker>)(?P<cue>{CUE})(?<=ing))\b[^“”\"\n;]*$",
        where="before",
        func=_coordinated_cue,
        description="Smith called it a “blowhard,” and said it was “propaganda” — a second cue of the same speaker",
    ),
    Rule(
        "attribution.speaker_cue",
        Stage.ATTRIBUTION,
        pattern=rf"{NOT_OBJECT}(?P<speaker>{MENTION}){PAREN}{APPOSITIVE}{PLACE}{GAP}\s+(?P<cue>{CUE}){LATER_CUE}",
        where="sentence",
        description="Smith said … “…” in the same sentence",
    ),
    Rule(
        "attribution.named_by",
        Stage.ATTRIBUTION,
        pattern=rf"(?<=\b(?:whom|what)\s+)(?P<speaker>{MENTION}){PAREN}{GAP}\s+(?P<cue>{CUE})",
        where="sentence",
        description="… Trump, whom he called a “con artist” — when no main clause speaks",
    ),
    Rule(
        "attribution.subject_cue",
        Stage.ATTRIBUTION,
        pattern=rf"{START}{INTRO}(?P<speaker>{SUBJECT}){PAREN}{LONG_APPOSITIVE}{RELATIVE}{BETWEEN}{GAP}\s+(?P<cue>{CUE})",
        where="before",
        description="The GOP front-runner said Clinton “caused …” — the sentence opens with speaker and cue",
    ),
    Rule(
        "attribution.cue_speaker",
        Stage.ATTRIBUTION,
        pattern=rf"(?<=[,”\"—–]\s*)(?P<cue>{CUE})(?<!ing)\s+(?P<speaker>{SPEAKER}){PAREN}(?=\s*[,.;:—–]|\s*$)",
        where="sentence",
        description="… said Smith, in the same sentence",
    ),
    Rule(
        "attribution.colon_intro",
        Stage.ATTRIBUTION,
        pattern=rf"(?P<speaker>{MENTION}){PAREN}{APPOSITIVE}{GAP}\s+(?P<cue>{CUE})[^.!?\n]*:\s*$",
        where="previous",
        description="Smith said: (and the quote in the next paragraph)",
    ),
    Rule(
        "attribution.cue_first_colon",
        Stage.ATTRIBUTION,
        pattern=rf"(?:\G|(?<=[.!?…]\s))(?P<cue>(?=\p{{Lu}})(?i:\L<cue_verbs>)\b)\s+(?P<speaker>{SPEAKER}){PAREN}{LONG_APPOSITIVE}\s*:\s*$",
        where="previous",
        description="Said Stone: (and the quote in the next paragraph)",
    ),
    Rule(
        "attribution.lead_sentence",
        Stage.ATTRIBUTION,
        pattern=rf"{START}{INTRO}(?P<speaker>{SUBJECT}){PAREN}{LONG_APPOSITIVE}{BETWEEN}{GAP}\s+(?P<cue>{CUE})(?:\s+[\p{{L}}\p{{N}}'’.-]+){{0,5}}?[.:]\s*$",
        where="lead",
        description="Smith said in a statement. “…” — a sentence of attribution before the quote",
    ),
    Rule(
        "attribution.split",
        Stage.ATTRIBUTION,
        func=_split,
        description="the second half of a split quote takes the first half's speaker",
    ),
    Rule(
        "attribution.previous_speech",
        Stage.ATTRIBUTION,
        pattern=rf"(?P<speaker>{MENTION}){PAREN}{APPOSITIVE}{BETWEEN}{GAP}\s+(?P<cue>{CUE})\b[^“”\"\n]*$",
        where="previous",
        func=_whole_paragraph_only,
        description="Smith said the plan would fail. (new paragraph) “It is a disaster.”",
    ),
    Rule(
        "attribution.lead_speech",
        Stage.ATTRIBUTION,
        pattern=rf"(?P<speaker>{MENTION}){PAREN}{APPOSITIVE}{BETWEEN}{GAP}\s+(?P<cue>{CUE})(?<!ing)\b{_LAST_SENTENCE}",
        where="lead",
        description="Smith said the plan would fail. “It is a disaster.” — in one paragraph",
    ),
    Rule(
        "attribution.subject_stance",
        Stage.ATTRIBUTION,
        pattern=rf"{START}{INTRO}(?P<speaker>{MENTION}){PAREN}{APPOSITIVE}{BETWEEN}{GAP}\s+(?P<cue>\L<stance_verbs>)\b[^“”\"\n]*$",
        where="before",
        description="Clinton supports “appropriate pay raises” — a verb of stance in the sentence's main clause",
    ),
    Rule(
        "attribution.subject_colon",
        Stage.ATTRIBUTION,
        pattern=rf"{START}{INTRO}(?P<speaker>{SUBJECT}){PAREN}{LONG_APPOSITIVE}\s+(?P<cue>{COLON_PREDICATE})\s*$",
        where="before",
        description="A footnote in the report makes that clear: “…” — the subject of a sentence ending in a colon",
    ),
    Rule(
        "attribution.subject_colon_previous",
        Stage.ATTRIBUTION,
        pattern=rf"(?:\G|(?<=[.!?…]\s))(?:(?:\L<sentence_openers>)\s+)?(?P<speaker>{SUBJECT}){PAREN}{LONG_APPOSITIVE}\s+(?P<cue>{COLON_PREDICATE})\s*$",
        where="previous",
        description="Trump issued the following statement: (and the quote in the next paragraph)",
    ),
    Rule(
        "attribution.floating",
        Stage.ATTRIBUTION,
        func=_floating,
        description="a paragraph-long quote with no cue takes the previous quote's speaker",
    ),
)


CLAUSE_CUE = r"(?<!\b(?:\L<noun_markers>)\s+)(?<!['’]s\s+)(?:\L<clause_verbs>)\b"
"""A verb of communication that takes a clause, not read as a noun ('the state')."""
OBJECT_CUE = r"(?<!\b(?:\L<noun_markers>)\s+)(?<!['’]s\s+)(?:\L<object_verbs>)\b"
"""A verb of communication that takes an object ('called for', 'urged')."""
ATTITUDE_CUE = r"(?<!\b(?:\L<noun_markers>)\s+)(?:\L<attitude_verbs>)\b"
"""A verb of attitude ('believes', 'wants')."""
TO_THAT = r"(?:\s+(?:[^\s“”\"]+\s+){0,5}?(?=(?:\L<complementizers>)\b))?"
"""Up to five words between a cue and the word that opens its clause ('told reporters that')."""
CLAUSE = r"\s*(?P<content>[^\n]{8,})"
"""What follows the cue to the end of the sentence: the reported clause."""
_SUBJECT_CUE = rf"(?<!\b(?:\L<prepositions>)\s+)(?P<speaker>{SUBJECT}){PAREN}{APPOSITIVE}{RELATIVE}{BETWEEN}{GAP}\s+"
_TAIL = r"(?:,?\s+[^\s]+){0,8}?\s*[.!?]?[”\"’]?\s*$"
_FRONT = r"\G(?P<content>[^\n]{8,}?)(?:,[”\"’]?|(?<=[”\"’]))\s+"

SPEECH_RULES: tuple[Rule, ...] = (
    Rule(
        "speech.parenthetical",
        Stage.ATTRIBUTION,
        pattern=rf"\G(?P<content>[^\n,“”\"]{{3,}}?),\s+(?P<speaker>{SUBJECT}){BETWEEN}\s+(?P<cue>{CLAUSE_CUE}),\s+(?P<content2>[^\n]{{3,}})",
        where="clause",
        description="The plan, Smith said, will fail. — one content in two parts",
    ),
    Rule(
        "speech.according_to_front",
        Stage.ATTRIBUTION,
        pattern=rf"\G(?:(?:\L<sentence_openers>)\s+)?(?P<cue>\L<according_to>)\s+(?P<speaker>{SUBJECT}){PAREN}[^,\n]{{0,60}}?,\s+(?P<content>[^\n]{{8,}})",
        where="clause",
        description="According to officials, the plan will fail.",
    ),
    Rule(
        "speech.according_to_end",
        Stage.ATTRIBUTION,
        pattern=rf"\G(?P<content>[^\n]{{8,}}?),?\s+(?P<cue>\L<according_to>)\s+(?P<speaker>{SUBJECT})[^\n]{{0,80}}$",
        where="clause",
        description="The plan will fail, according to officials.",
    ),
    Rule(
        "speech.fronted",
        Stage.ATTRIBUTION,
        pattern=rf"{_FRONT}(?P<speaker>{SUBJECT}){PAREN}{APPOSITIVE}{BETWEEN}\s+(?P<cue>{CLAUSE_CUE}){_TAIL}",
        where="clause",
        description="The plan will fail, Smith said. — the content comes first",
    ),
    Rule(
        "speech.fronted_inverted",
        Stage.ATTRIBUTION,
        pattern=rf"{_FRONT}(?P<cue>{CLAUSE_CUE})(?<!ing)\s+(?P<speaker>{SPEAKER}){PAREN}{APPOSITIVE}{_TAIL}",
        where="clause",
        description="The plan will fail, said Smith.",
    ),
    Rule(
        "speech.clause",
        Stage.ATTRIBUTION,
        pattern=rf"{_SUBJECT_CUE}(?P<cue>{CLAUSE_CUE}){TO_THAT}{CLAUSE}",
        where="clause",
        description="Smith said (that) the plan would fail.",
    ),
    Rule(
        "speech.object",
        Stage.ATTRIBUTION,
        pattern=rf"{_SUBJECT_CUE}(?P<cue>{OBJECT_CUE}){CLAUSE}",
        where="clause",
        description="Clinton called for a tax on … / urged voters to … / accused Trump of …",
    ),
    Rule(
        "speech.attitude",
        Stage.ATTRIBUTION,
        pattern=rf"{_SUBJECT_CUE}(?P<cue>{ATTITUDE_CUE}){TO_THAT}{CLAUSE}",
        where="clause",
        enabled=False,
        description="Smith believes the plan will fail — an attitude, not speech: off by default",
    ),
)
"""The speech rules: who said what, quoted or not, read around each cue of a sentence."""
