"""English attribution rules: who said what, read over the class letters of a sentence.

Each rule is a pattern over one letter per token (see
:data:`newsdoc.pipeline.tokens.CLASSES`), with ``{class}`` names where a
letter is meant and every quote collapsed into ``Q``. The building blocks
below are plain strings, so a user's rule can reuse them::

    Rule("attribution.mine", Stage.ATTRIBUTION,
         tokens=rf"(?P<speaker>{MENTION})(?P<cue>{{clause_verb}})(?P<content>.+)")

The speaker is a *mention*: a name with its titles (``President Putin``), a
pronoun (``he``), a role noun phrase (``a campaign spokesman``), two names
joined (``Sens. Carper and Cardin``); verbs that take a clause also take a
phrase with a determiner (``the report said``). Nothing between speaker and
cue but adverbs and auxiliaries: a negation (``did not say``), a passive
(``was criticized``) or a noun use (``the call``) reads as no speech.
"""

from __future__ import annotations

from newsdoc.pipeline.attribute import QuoteContext
from newsdoc.rules import Rule, Stage

NAME = r"(?:{name}?(?:{title}{stop}?)+)?{name}(?:{stop}?{name}|{particle}{name})*(?:(?<=[{name}]){stop}(?![{name}]))?"
"""A capitalised name with any titles before it, maybe after a first word: ``Sen. Tom Carper``,
``Donald J. Trump``, ``Patrol Chief James Hall``, ``Maine Sen. Susan Collins``."""
ROLE = (
    r"[{determiner}{possessive_pronoun}]?[{name}{word}{number}{role_noun}{title}{possessive}]{0,4}?[{role_noun}{title}](?:,?"
    + NAME
    + ")?"
)
"""A noun phrase ending in a role noun or title, maybe with the name it introduces:
``a campaign spokesman``, ``MSNBC host Chris Matthews``, ``officials``."""
GROUP = NAME + r"(?:," + NAME + r")*,?{joiner}" + NAME
"""Names joined: ``Carper and Cardin`` (one mention naming several people)."""
MENTION = r"(?:" + ROLE + "|" + GROUP + "|" + NAME + "|{pronoun})"
"""Any speaker mention: ``Patrol Chief James Hall``, a role, names joined, a pronoun."""
DOCUMENT = (
    r"(?:^|(?<=[,:{complementizer}{joiner}{opener}{quote}]))[{determiner}{possessive_pronoun}][{name}{word}{number}{role_noun}{possessive}]{0,3}?[{word}{name}{noun_cue}]{stop}?"
    r"(?:{preposition}[{determiner}{possessive_pronoun}{number}]?[{name}{word}{number}{role_noun}]{1,3}?){0,2}"
)
"""A phrase with a determiner (``the GOP front-runner``, ``the statement``) opening a clause:
a speaker only before a verb that takes a clause."""
BARE = (
    r"(?:^|(?<=[,:;{complementizer}{opener}]))"
    r"(?:[{name}{word}{number}{role_noun}{possessive}]{1,3},)*"
    r"[{name}{word}{number}{role_noun}{possessive}]{1,3}"
    r"(?:,?{joiner}[{name}{word}{number}{role_noun}{possessive}]{1,3})?"
    r"(?:{preposition}{determiner}?[{name}{word}{number}{role_noun}]{1,3}"
    r"(?:{joiner}{preposition}?{determiner}?[{name}{word}{number}{role_noun}]{1,3})?)?"
)
"""A bare noun phrase opening a clause (``Iowa biofuels advocates``, ``Friends, lobbyists and
former foes``, ``Fishing crews in northern towns``), maybe after a semicolon: a speaker only
before a verb that takes a clause and its ``that``."""
QUANTIFIER = (
    r"(?:^|(?<=[,:{complementizer}{joiner}{opener}])){determiner}"
    r"(?=[{adverb}{auxiliary}]*[{clause_verb}{cue_verb}{object_verb}])"
)
"""A determiner that stands alone as a subject before a verb of speech: ``Some said``,
``Another said``."""
PARTITIVE = (
    r"(?:^|(?<=[,:{complementizer}{joiner}{opener}{quote}]))[{determiner}{number}][{word}{role_noun}]?"
    r"{preposition}[{determiner}{possessive_pronoun}{number}{possessive}]?"
    r"[{name}{word}{number}{role_noun}{possessive}]{0,3}?[{name}{word}{number}{role_noun}]"
)
"""A part of a group: ``Some of Clinton's longtime allies``, ``One in three``, ``59 percent
of voters``."""
SUBJECT = r"(?:" + MENTION + "|" + DOCUMENT + "|" + PARTITIVE + "|" + QUANTIFIER + ")"
"""A mention or a determiner phrase: ``Sen. Tom Carper``, ``the statement``."""
INVERTED = (
    r"(?:"
    + MENTION
    + r"|[{determiner}{possessive_pronoun}]?[{name}{word}{number}{role_noun}{title}{possessive}]{0,4}"
    r"[{word}{name}{role_noun}{title}{number}]|[{determiner}{number}](?=[,.;:()]|$)"
    r"|{determiner}?[{name}{word}{number}{role_noun}{title}{possessive}{joiner}]{2,10}?[{role_noun}{title}]{name}+)"
    r"(?:[{preposition}{infinitive}][{determiner}{possessive_pronoun}{number}{adverb}]?[{name}{word}{role_noun}{title}]{0,2}?[{word}{name}{role_noun}])?"
)
"""A speaker after its cue: a mention or any phrase with a determiner (``said a New Hampshire
Democrat``, ``said one of those advisers``), or a long run of titles ending in a name (``said
former Maine Gov. and harbour board Chairman Ada Brennick``)."""
SOURCE = (
    r"(?:[{determiner}{possessive_pronoun}{number}][{name}{word}{number}{role_noun}{possessive}]{0,3}?"
    r"[{noun_cue}{clause_verb}{cue_verb}{object_verb}{stance_verb}](?:{preposition}[{determiner}{possessive_pronoun}]?[{name}{word}{role_noun}]{1,3})?"
    r"|" + INVERTED + ")"
)
"""The source after *according to*: a document whose noun is also a verb of speech
(``a report from WKOW``, ``one estimate``), or a speaker."""
SPEAKER_END = r"(?=[,.;:()\-{stop}{preposition}{adverb}{relative}{quote}]|$)"
"""Where a speaker after its cue ends (``said Smith, a doctor``: before the comma):
punctuation, a preposition, an adverb, a relative clause (not a verb: ``said the lease
was``)."""
PAREN = r"(?:\([^()Q]{1,10}\),?)?"
"""A parenthesis after a name: ``Rep. Earl Blumenauer (D-Ore.)``."""
APPOSITIVE = r"(?:,[^,.;:Q]{1,22},|-[^.;:Q\-]{1,16}-)?"
"""An appositive between speaker and cue (up to 22 tokens): ``Hugh Hill, a doctor, said``, ``some economists
— including a minority of the committee — warn``."""
RELATIVE = r"(?:,?{relative}(?![{determiner}{pronoun}{name}{possessive_pronoun}])[^,.;:{clause_verb}]{1,20}?,?)?"
"""A relative clause after the speaker: ``an official who spoke anonymously said``, ``Humphrey,
who calls Trump a “sociopath,” said`` (not one with a subject of its own: in ``the plan,
which the council discussed``, the plan says nothing; not one with a verb of speech, which
would carry the speaker past it)."""
PLACE = r"(?:{preposition}{name}{1,3}(?:,{name})?,?)?"
"""Where a speaker is from: ``Ron Johnson of Wisconsin``."""
BETWEEN = (
    r"[{adverb}{auxiliary}]{0,3}(?:{preposition}[{determiner}{possessive_pronoun}]?[{word}{name}]{1,2}[{adverb}{auxiliary}]?)?"
    r"(?:{be}{adverb}?(?={participle}))?"
)
"""Adverbs, auxiliaries and a short prepositional phrase between speaker and cue (``has
also said``, ``had at the time praised``); a form of *be* only before a participle (``is
telling``: a passive, ``was criticized``, is no speech)."""
AFTER_SPEAKER = PAREN + APPOSITIVE + RELATIVE + PLACE + BETWEEN
"""What may stand between a speaker and its cue: ``(D-Ore.), a doctor, has also``."""
CLAUSE_CUE = r"(?:{clause_verb}+|(?<={be}{adverb}?){participle}+)"
"""A verb of speech that takes a clause (``said``, ``told``, ``is saying``)."""
OBJECT_CUE = r"(?:{object_verb}+|(?<={be}{adverb}?){participle}+)"
"""A verb of speech that takes an object (``urged``, ``called for``, ``is calling for``)."""
ANY_CUE = r"[{clause_verb}{cue_verb}{participle}]+"
"""Any verb of speech but one that takes an object: ``said``, ``estimates``, ``saying``."""
INVERTED_CUE = r"[{clause_verb}{cue_verb}]+"
"""A cue before its speaker: a finite verb (``said Smith``; ``telling supporters`` is no
inversion)."""
SAME_SUBJECT = r"(?!,[{name}{pronoun}{title}{determiner}{possessive_pronoun}])"
"""Before each word between a subject and a later cue of its: no comma and a new subject
(in ``Sunday morning, Clinton slammed …``, Sunday is no speaker)."""
CLAUSE_START = r"(?:^|(?<=[,:;{complementizer}{joiner}{opener}{quote}]))"
"""Where a clause, and so a subject, begins (``and he said``: before ``he``)."""
_BREAK = (
    r"[.;\-]|,?{according_to}|,{participle}|(?<=[{quote}]){participle}"
    r"|,?{joiner}{adverb}?[{clause_verb}{cue_verb}{object_verb}{participle}]"
    r"|,{joiner}(?=[{determiner}{pronoun}{name}{title}{number}][^.,;]{0,6}?[{auxiliary}{be}{clause_verb}{cue_verb}{object_verb}])"
)
END = r"(?=" + _BREAK + "|$)"
"""Where what was said ends: at the sentence end, a semicolon or a dash, before a participle
clause of the speech act (``…, saying …``, ``… as “fantastic,” telling …``), a second verb
of speech (``… and said …``), a source (``…, according to …``) or a comma, a joiner and a
new clause with a verb (``…, and the mayor will decide``)."""
UNBROKEN = r"(?:(?!" + _BREAK + r")[^.])"
"""A token that no break of :data:`END` stands before (``said the plan`` reads ``the``)."""
CONTENT = (
    r"(?![{preposition}]|{infinitive}[{determiner}{possessive_pronoun}{name}{pronoun}])"
    r"(?P<content>" + UNBROKEN + "{0,40}?{quote}[^.]*?" + END + "|[^.]{3,}?" + END + ")"
)
"""What was said, to the end of the sentence: words and a quote, or three tokens or more,
not opening with a preposition (``said in an interview``, ``wrote to the agency`` say
nothing yet; ``vowed to fight`` does)."""
RELATIVE_CONTENT = (
    r"(?![{preposition}]|{infinitive}[{determiner}{possessive_pronoun}{name}{pronoun}])"
    r"(?P<content>[^.]+?(?=,{adverb}?[{clause_verb}{cue_verb}{object_verb}{stance_verb}{auxiliary}{be}]"
    r"|" + _BREAK + "|$))"
)
"""What a relative clause says, up to the verb of the sentence it stands in: in ``Barkley,
who said he votes Democratic, has endorsed Kasich``, Barkley said ``he votes Democratic``."""
THAT = (
    r"(?:[^.;{quote},]{0,8}?{complementizer}|{preposition}[^.;{quote},]{0,5},(?={quote})"
    r"|{preposition}[{determiner}{possessive_pronoun}{name}{word}{number}]{1,3}?(?=[{pronoun}{name}{determiner}{possessive_pronoun}]))?,?:?"
)
"""Words before the clause's ``that`` (``told reporters Monday that``), or a phrase before a
quote (``said of the senator, “…”``)."""
FRONT = (
    r"^{opener}?(?:(?P<content>[^.]{0,30}?{quote}[^.]{0,2}?),?"
    r"|(?=(?:{preposition}[^.,{quote}]{1,5},)?[^.,]*[{word}{auxiliary}{be}{pronoun}{number}]"
    r"|[^.,{quote}]{1,5},[^.,{quote}]{1,12},[{auxiliary}{be}])(?P<content>[^.]{2,}?),)"
)
"""What was said before the speaker, ending in a quote or a comma: ``The plan will fail,
Smith said.`` (a clause: not a bare name of a list, ``Sens. Tom Carper, Dianne …``, but a
name with an appositive and a verb, ``Okafor, the ferry's captain, had …``)."""
QUOTE_FIRST = r"^{opener}?(?P<content>[^.{clause_verb}]{0,30}?{quote}[^.{joiner}]{0,2}?),?"
"""A quote first in its sentence, maybe after a few words with no verb of their own, before
its speaker and cue: ``“…,” Mr. Obama told …``."""
COLON_PREDICATE = (
    r"[{word}{clause_verb}{cue_verb}{stance_verb}{object_verb}{adverb}{auxiliary}]"
    r"[^.:;,{quote}]{0,10}?:"
)
"""A short predicate ending in a colon: ``makes the point plainly:``, ``issued the following
statement:``."""
TAIL = (
    r"(?:{determiner}{name}+(?=[.,{preposition}]|$))?"
    r"(?![{pronoun}{possessive_pronoun}{determiner}{title}])[^{quote}.;,{complementizer}]{0,8}"
    r"(?:,[^.{quote}]*)?\.?[)\"]*$"
)
"""What may follow a cue that closes what was said: a few words (``said in an
interview.``, ``told The Harbour Gazette.``; not ``said Ms. Lund had …``), or a comma and a clause that is not a quote (``said, noting that …``); not a
clause of its own (``…, Carson said he was facing …``: what he said follows)."""


def _split(ctx: QuoteContext) -> int | None:
    """Split quotes: “A,” he said. “B.” — B joins A's speech."""
    k = ctx.index
    if k and ctx.quotes[k - 1].paragraph == ctx.quote.paragraph:
        return ctx.owner[k - 1]
    return None


def _floating(ctx: QuoteContext) -> int | None:
    """A paragraph that is one quote, with no cue, joins the speech of the quote before it
    (two paragraphs back at most)."""
    k, q, text = ctx.index, ctx.quote, ctx.text
    if k == 0 or q.span.start != ctx.paragraphs[q.paragraph].start:
        return None
    rest = text[q.span.end : ctx.paragraphs[q.paragraph].end]
    if any(c.isalnum() for c in rest) or q.paragraph - ctx.quotes[k - 1].paragraph > 2:
        return None
    if not any(c.islower() for c in text[q.inner.start : q.inner.end]):
        return None  # a shouted subhead
    return ctx.owner[k - 1]


ATTRIBUTION_RULES: tuple[Rule, ...] = (
    Rule(
        "attribution.name_colon",
        Stage.ATTRIBUTION,
        tokens=rf"(?:^|(?<=[-:])){{opener}}?(?P<speaker>{MENTION}){PAREN}(?P<cue>:)(?P<content>{{quote}}.*?)\.?$",
        description="Smith: “…” — a name and a colon introduce the quote",
    ),
    Rule(
        "attribution.dash_author",
        Stage.ATTRIBUTION,
        tokens=r"(?P<content>{quote})(?P<cue>-)(?P<speaker>[{name}{word}{title}{particle}]{1,5})\({other}",
        description="an embedded post: “…” — Name (@handle) date",
    ),
    Rule(
        "attribution.subject_colon",
        Stage.ATTRIBUTION,
        tokens=rf"^{{opener}}?(?P<speaker>{SUBJECT}){PAREN}{APPOSITIVE}(?P<cue>{COLON_PREDICATE})(?P<content>{{quote}}[^.]*)",
        description="A footnote in the audit makes the point plainly: “…”",
    ),
    Rule(
        "attribution.relative",
        Stage.ATTRIBUTION,
        tokens=rf"(?P<speaker>(?:{MENTION}|[{{determiner}}{{possessive_pronoun}}][{{name}}{{word}}{{number}}{{role_noun}}{{title}}{{possessive}}]{{0,3}}[{{word}}{{name}}{{role_noun}}{{title}}]|{{determiner}}){PAREN},?{{relative}}){BETWEEN}(?P<cue>{CLAUSE_CUE}|{OBJECT_CUE}|[{{cue_verb}}{{attitude_verb}}]+(?={{complementizer}})){THAT}{RELATIVE_CONTENT}",
        description="… the Mexican president, who said the wall was “never going to happen.” / "
        "leaders who have slammed Trump / those who said they would vote",
    ),
    Rule(
        "attribution.parenthetical",
        Stage.ATTRIBUTION,
        tokens=(
            rf"^{{opener}}?(?P<content>{{quote}}|[^.,]{{2,}}?),"
            rf"(?:(?P<speaker>{SUBJECT}){AFTER_SPEAKER}(?P<cue>{ANY_CUE})"
            rf"|(?P<cue>{INVERTED_CUE})(?P<speaker>{INVERTED}){PAREN}{APPOSITIVE})"
            rf"(?:(?![{{pronoun}}{{name}}{{title}}{{determiner}}{{possessive_pronoun}}{{complementizer}}])[^{{quote}}.,;]{{1,12}})?"
            rf",(?![{{determiner}}{{possessive_pronoun}}{{title}}{{role_noun}}])"
            rf"(?P<content2>.+?)\.?[)\"]*$"
        ),
        description="“The plan,” Smith said, “will fail.” / The plan, he said, will fail.",
    ),
    Rule(
        "attribution.fronted_quote",
        Stage.ATTRIBUTION,
        tokens=rf"{QUOTE_FIRST}(?P<speaker>{SUBJECT}){PAREN}(?:,[^,.;:{{quote}}]{{1,30}},)?{RELATIVE}{BETWEEN}(?P<cue>{ANY_CUE})(?!{{complementizer}})",
        description="“…,” Mr. Obama told the lawmakers in the House chamber … — a quote first",
    ),
    Rule(
        "attribution.fronted_quote_inverted",
        Stage.ATTRIBUTION,
        tokens=rf"{QUOTE_FIRST}(?P<cue>{INVERTED_CUE})(?P<speaker>{INVERTED}){PAREN}{SPEAKER_END}",
        description="“…,” said Rep. Bobby Scott (D-Va.) at the time, adding … — a quote first",
    ),
    Rule(
        "attribution.fronted",
        Stage.ATTRIBUTION,
        tokens=rf"{FRONT}(?P<speaker>{SUBJECT}){AFTER_SPEAKER}(?P<cue>{ANY_CUE}){TAIL}",
        description="“…,” Smith said. / The plan will fail, the report said.",
    ),
    Rule(
        "attribution.fronted_inverted",
        Stage.ATTRIBUTION,
        tokens=rf"{FRONT}(?P<cue>{INVERTED_CUE})(?P<speaker>{INVERTED}){PAREN}(?:,[^{{quote}}.;]*)?\.?[)\"]*$",
        description="“…,” said Smith, a doctor. / The plan will fail, said Smith.",
    ),
    Rule(
        "attribution.according_to_front",
        Stage.ATTRIBUTION,
        tokens=rf"(?:^|(?<=[:;\-])){{opener}}?(?P<cue>{{according_to}}+)(?P<speaker>{SOURCE})[^,{{quote}}.]{{0,8}}?,(?P<content>[^.]+)",
        description="According to officials, the plan will fail.",
    ),
    Rule(
        "attribution.according_to_end",
        Stage.ATTRIBUTION,
        tokens=rf"^{{opener}}?(?P<content>[^.{{according_to}}]{{3,}}?[^.:;{{according_to}}]),?(?P<cue>{{according_to}}+)(?P<speaker>{SOURCE})",
        description="The plan will fail, according to officials.",
    ),
    Rule(
        "attribution.according_to_middle",
        Stage.ATTRIBUTION,
        tokens=rf"^{{opener}}?(?P<content>[^.{{according_to}}]{{2,}}?),(?P<cue>{{according_to}}+)(?P<speaker>{SOURCE}),(?P<content2>[^.]{{2,}})",
        description="The plan, according to officials, will fail.",
    ),
    Rule(
        "attribution.cue_first",
        Stage.ATTRIBUTION,
        tokens=rf"^(?P<cue>{INVERTED_CUE})(?P<speaker>{SUBJECT}){PAREN}(?:,[^{{quote}}.;]{{1,16}})?[,:]?(?P<content>{{quote}}[^.]*)",
        description="Said Dorothy Poynter, a neighbour, “…” — the cue opens the sentence",
    ),
    Rule(
        "attribution.colon",
        Stage.ATTRIBUTION,
        tokens=rf"(?P<speaker>{SUBJECT}){AFTER_SPEAKER}(?P<cue>{ANY_CUE})[^.:;{{quote}}]{{0,6}}?:(?P<content>{{quote}}[^.]*)",
        description="Smith said in a statement: “…”",
    ),
    Rule(
        "attribution.clause",
        Stage.ATTRIBUTION,
        tokens=rf"(?P<speaker>{SUBJECT}){AFTER_SPEAKER}(?P<cue>{CLAUSE_CUE}){THAT}{CONTENT}",
        description="Smith said (that) the plan would fail. / Smith said, “…”",
    ),
    Rule(
        "attribution.that_clause",
        Stage.ATTRIBUTION,
        tokens=rf"(?P<speaker>{MENTION}){AFTER_SPEAKER}(?P<cue>{{cue_verb}}+)[^.;{{quote}}]{{0,12}}?{{complementizer}}{CONTENT}",
        description="Putin had judged in an interview that relations had “deteriorated”",
    ),
    Rule(
        "attribution.participle",
        Stage.ATTRIBUTION,
        tokens=rf"{CLAUSE_START}(?P<speaker>{SUBJECT}){AFTER_SPEAKER}(?=[{{word}}{{clause_verb}}{{object_verb}}{{cue_verb}}{{stance_verb}}{{attitude_verb}}{{auxiliary}}{{be}}{{adverb}}{{negation}}])[^.;]{{1,20}}?[,{{preposition}}{{quote}}]{{adverb}}?(?P<cue>{{participle}}+){THAT}(?P<content>[^.]{{1,}}?{END})",
        description="Sanders compared himself to Clinton, saying, “…” / “…,” he said, adding that …",
    ),
    Rule(
        "attribution.coordinated",
        Stage.ATTRIBUTION,
        tokens=rf"(?:^{{opener}}?|(?<=^[^.;]{{1,8}}?,))(?P<speaker>{SUBJECT}){AFTER_SPEAKER}(?:{SAME_SUBJECT}[^.;]){{0,25}}?(?:,?{{joiner}}){BETWEEN}(?P<cue>{ANY_CUE}|{{object_verb}}+){THAT}{CONTENT}",
        description="She greeted supporters and told them that … — the subject of the sentence "
        "speaks",
    ),
    Rule(
        "attribution.bare_subject",
        Stage.ATTRIBUTION,
        tokens=rf"(?P<speaker>{BARE}){BETWEEN}(?P<cue>{CLAUSE_CUE})(?:{{complementizer}}|(?=[{{pronoun}}{{name}}{{determiner}}{{possessive_pronoun}}])){CONTENT}",
        description="Iowa biofuels advocates say (that) they … — a bare noun phrase and a clause",
    ),
    Rule(
        "attribution.object",
        Stage.ATTRIBUTION,
        tokens=rf"(?P<speaker>{MENTION}|(?:^|(?<=,)){DOCUMENT}){AFTER_SPEAKER}(?P<cue>{OBJECT_CUE})(?P<content>[^.:]{{2,}}?{END})",
        description="Clinton called for a tax on … / urged voters to … / accused Trump of …",
    ),
    Rule(
        "attribution.quoted_object",
        Stage.ATTRIBUTION,
        tokens=rf"(?P<speaker>{MENTION}|{QUANTIFIER}){AFTER_SPEAKER}(?P<cue>[{{cue_verb}}{{stance_verb}}]+)(?P<content>[^.{{quote}}]{{0,12}}?{{quote}}[^.]*)",
        description="Putin described the talks as “very good” — a cue with a quote in its object",
    ),
    Rule(
        "attribution.noun_cue",
        Stage.ATTRIBUTION,
        tokens=rf"(?P<speaker>{{possessive_pronoun}}|{NAME}?{{possessive}})[{{word}}{{name}}]{{0,2}}(?P<cue>{{noun_cue}}+)(?:{{complementizer}}(?P<content>[^.]{{3,}})|:?(?P<content>{{quote}}))",
        description="Smith's claim that the plan would fail / his warning, “…” — a noun of speech",
    ),
    Rule(
        "attribution.stance",
        Stage.ATTRIBUTION,
        tokens=rf"(?P<speaker>{MENTION}){AFTER_SPEAKER}(?P<cue>{{stance_verb}}+)(?P<content>(?![{{preposition}}{{infinitive}}])[^.]{{2,}})",
        enabled=False,
        description="Clinton supports a higher minimum wage — a stance, not speech: off by default "
        "(on PolNeAR train it finds 2 % more attributions at 4 points of reported precision)",
    ),
    Rule(
        "attribution.attitude",
        Stage.ATTRIBUTION,
        tokens=rf"(?P<speaker>{MENTION}){AFTER_SPEAKER}(?P<cue>{{attitude_verb}}+),?(?:{{complementizer}}(?P<content>[^.]{{3,}}?{END})|(?P<content>[{{pronoun}}{{name}}{{determiner}}{{possessive_pronoun}}][^.]{{3,}}?{END}))",
        description="Smith believes (that) the plan will fail — an attitude, read only before a "
        "clause (PolNeAR counts them; "
        "switch it off for speech alone)",
    ),
    Rule(
        "attribution.lead",
        Stage.ATTRIBUTION,
        tokens=rf"^[^{{quote}}]*?(?P<speaker>{SUBJECT}){AFTER_SPEAKER}(?P<cue>{ANY_CUE})[^{{quote}}.]{{0,6}}[.:]?$",
        where="previous",
        description="Smith said in a statement. “…” / Smith said: (the quote next paragraph)",
    ),
    Rule(
        "attribution.subject_quote",
        Stage.ATTRIBUTION,
        tokens=rf"^{{opener}}?(?P<speaker>{MENTION}){AFTER_SPEAKER}(?:{SAME_SUBJECT}[^.;{{quote}}]){{0,12}}?(?P<cue>[{{clause_verb}}{{cue_verb}}{{object_verb}}{{stance_verb}}{{participle}}]+)[^.;{{quote}}]{{0,25}}?(?P<content>{{quote}})",
        description="Bush interjected by hitting Trump for trying to “turn it into …” — the subject "
        "of a sentence with a cue says the quote in it",
    ),
    Rule(
        "attribution.subject_colon_previous",
        Stage.ATTRIBUTION,
        tokens=rf"^{{opener}}?(?P<speaker>{SUBJECT}){PAREN}{APPOSITIVE}(?P<cue>{COLON_PREDICATE})$",
        where="previous",
        description="The mayor's office issued the following statement: (the quote next paragraph)",
    ),
    Rule(
        "attribution.cue_first_previous",
        Stage.ATTRIBUTION,
        tokens=rf"^(?P<cue>{INVERTED_CUE})(?P<speaker>{SUBJECT}){PAREN}(?:,[^{{quote}}.;:]{{1,16}})?:$",
        where="previous",
        description="Stated Stone: (the quote next paragraph)",
    ),
    Rule(
        "attribution.lead_speech",
        Stage.ATTRIBUTION,
        tokens=rf"^[^{{quote}}]{{0,6}}?(?P<speaker>{MENTION}){AFTER_SPEAKER}(?P<cue>{ANY_CUE})[^{{quote}}]*$",
        where="previous",
        description="Smith said the plan would fail. “It is a disaster.”",
    ),
    Rule(
        "attribution.split",
        Stage.ATTRIBUTION,
        func=_split,
        description="the second half of a split quote joins the first half's speech",
    ),
    Rule(
        "attribution.floating",
        Stage.ATTRIBUTION,
        func=_floating,
        description="a paragraph-long quote with no cue joins the speech of the quote before",
    ),
)
"""The English attribution rules, in the order they are tried."""
