"""English block rules: boilerplate kinds, byline, and the context passes (main run, headline).

Block rules look at one block's words. The context rule ``structure.main_run``
then finds the article's main run of prose, as jusText does: each block scores
by its length (longer prose above zero, short lines without end punctuation
and blocks the block rules called boilerplate below), the run of greatest sum
is the article, and the paragraphs outside it become boilerplate of a kind
read from where they stand (before the run: navigation; after a comment
heading: comments; after a "More from ..." heading: related). Its scores
come from lengths and punctuation, not English words (only the headings and
the quote check name words), so it carries to other languages; CJK
characters count three times, as they carry a word each.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from newsdoc.pipeline.classify import BARRIER, PARAGRAPH, BlockDraft, BlockView, best_run, main_run
from newsdoc.pipeline.features import HtmlFeatures
from newsdoc.rules import CompiledRule, Rule, Stage
from newsdoc.rulesets.en.kinds import COMMENT_HEADING, KIND_RULES

BOILERPLATE_KINDS: dict[str, str] = {
    "navigation": "menus and runs of short link lines",
    "related": "related-article and read-more links",
    "social": "social-media embeds and follow prompts",
    "share": "share buttons and prompts",
    "newsletter": "newsletter and subscription prompts",
    "advertising": "advertisement markers",
    "legal": "cookie, privacy and terms lines",
    "caption": "photo captions and image credits",
    "timestamp": "publication and update times",
    "comments": "comment-section prompts and readers' comments",
    "footer": "the site's own links after the article (About, Careers, Contact)",
    "copyright": "copyright notices",
    "promo": "app and affiliate promotions",
    "credits": "closing reporting and editing credits, prompts to write to the writer",
    "sidebar": "prose outside the article's main run (teasers, bios, feeds)",
    "other": "a boilerplate block whose rule gave no kind",
}
"""The boilerplate kinds the English rules produce, with what each covers.

Every :class:`~newsdoc.model.Boilerplate` carries one of these as ``kind``
and the name of the deciding rule as ``rule`` (``boilerplate.<kind>`` for the
block rules, ``structure.main_run`` for blocks judged by their position). A
rule set that adds a rule with a new kind should document it by extending this
mapping in its own module; kinds are plain strings, so nothing else changes.
"""

_SHORT = 12  # words: a line this short with no end punctuation reads like a link or label
_SHORT_SENTENCE = 8  # words: a sentence this short holding a boilerplate phrase is a prompt


def _short_label(view: BlockView) -> bool:
    # "Thanks for signing up!" and "Share this:" are labels too; a full stop makes a sentence.
    return view.words_at_most(_SHORT) and (
        not view.ends_sentence
        or view.words_at_most(_SHORT_SENTENCE)
        or view.text.endswith(("!", ":"))
    )


def _prompt(view: BlockView) -> bool:
    # A prompt to write in is a sentence or two, not a paragraph of the article.
    return view.words <= 40


def _short_byline(view: BlockView) -> bool:
    # Anywhere on a page (bylines sit below menus), but a name line, not a sentence.
    return view.words_at_most(24)


# -- the main run ------------------------------------------------------------

_MAIN_RUN = "structure.main_run"
_CAP = 400  # weight beyond which a block is no more article-like
_PROSE = 45  # weight at which a block ending a sentence stops counting against the run
_NO_END = 40  # extra cost of a block without end punctuation (links, menus, labels)
_RULED = 120  # cost of a block the block rules called boilerplate
_SECTION = 300  # cost of a "More from ..." heading
_LIST_ITEM = 15  # least weight of the items of a list announced by a colon
_HEADS = ("comments", "heading", "section")
_LOOKUP = 200  # blocks lighter than this are checked for headings and quotes
_HEAD_REACH = 24  # blocks above the run searched for a page's headline
_CAPTION = 250  # longest caption, in characters, that structure.caption relabels
_LIST_MIN = 3  # least number of like-punctuated lines that make a list
_WIDE = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]")
_BRACKETED = regex.compile(r"\([^()]*\)")
_NOT_PUNCT = regex.compile(r"[\p{L}\p{N}\p{M}\s]+")
_SENTENCE_END = regex.compile(r"[.!?…。！？:][\p{Pe}\p{Pf}\p{Pi}\"']{0,3}$")


def _weight(text: str) -> int:
    """Characters, with each CJK character counted three times."""
    return len(text) + 2 * len(_WIDE.findall(text))


def _ends(text: str) -> bool:
    """Whether a block ends a sentence; the end is searched for in the last few characters."""
    return _SENTENCE_END.search(text, max(0, len(text) - 5)) is not None


def _grow(
    drafts: Sequence[BlockDraft],
    texts: Sequence[str],
    heads: Sequence[str | None],
    i: int,
    step: int,
) -> int:
    """Extend the run from block ``i`` over the sentences next to it, as jusText's context pass does.

    Short sentences ("He declined to comment.") score too low to join the run
    on their own; they join when they touch it. One line between the run and
    such a sentence is stepped over: a line without end punctuation, or a
    line the block rules called boilerplate (an embed notice or a "READ MORE"
    link inside the article interrupts it, it does not end it; it stays
    boilerplate).
    """
    n = len(drafts)

    def free(j: int) -> bool:
        return 0 <= j < n and heads[j] not in _HEADS

    def joins(j: int) -> bool:
        return free(j) and drafts[j].label == PARAGRAPH

    def sentence(j: int) -> bool:
        return joins(j) and _ends(texts[j])

    while True:
        j = i + step
        if sentence(j):
            i = j
        elif free(j) and drafts[j].label in (PARAGRAPH, "boilerplate") and sentence(j + step):
            i = j + step
        else:
            return i


def _list_after(
    drafts: Sequence[BlockDraft], texts: Sequence[str], heads: Sequence[str | None], end: int
) -> int:
    """The end of a list that follows the run, or ``end`` when none does.

    A list is ``_LIST_MIN`` or more lines in a row whose first two punctuation
    marks agree ("Spain (Group F): 11th appearance", "June 9 -- Arena, Tampa,
    FL"), maybe under one heading line; menu items are rarely punctuated.
    """
    n = len(drafts)
    for first in (end, end + 1):
        j, shape = first, ""
        while j < n and drafts[j].label == PARAGRAPH and heads[j] not in _HEADS:
            here = _NOT_PUNCT.sub("", texts[j])[:2]
            if not here or (shape and here != shape):
                break
            shape, j = here, j + 1
        if j - first >= _LIST_MIN and drafts[end].label == PARAGRAPH and heads[end] is None:
            return j
    return end


def _score(d: BlockDraft, ends: bool, w: int, head: str | None) -> float:
    """How article-like one block is: positive for prose, negative for links and labels."""
    if head == "comments":
        return BARRIER
    if head == "section":
        return -_SECTION
    if d.label != PARAGRAPH or head == "heading":  # a bare "Related" often boxes links inline
        return -_RULED
    v = min(w, _CAP) - _PROSE - (0 if ends else _NO_END)
    return max(v, 1) if head == "quote" else v


def _extent(
    drafts: Sequence[BlockDraft],
    texts: Sequence[str],
    weights: Sequence[int],
    heads: Sequence[str | None],
    start: int,
    end: int,
) -> tuple[int, int]:
    """The run grown over the short sentences and lists that belong to it."""
    start, end = _grow(drafts, texts, heads, start, -1), _grow(drafts, texts, heads, end - 1, 1) + 1
    if texts[end - 1].endswith(":"):  # a list announced by a colon runs on
        while (
            end < len(drafts)
            and drafts[end].label == PARAGRAPH
            and weights[end] >= _LIST_ITEM
            and heads[end] not in _HEADS
        ):
            end += 1
    while (after := _list_after(drafts, texts, heads, end)) > end:
        end = _grow(drafts, texts, heads, after - 1, 1) + 1
    return start, end


# -- what a page's markup adds (HTML input only) -------------------------------

_LINKED = 0.5  # link density above which a block reads as a link, not prose
_LINK_COST = 200
_CHROME_COST = {"nav": 400, "aside": 400, "header": 150, "footer": 400}
_REGION_BONUS = 40  # inside <article>, <main>, itemprop=articleBody
_FIGURE_COST = 300  # a caption inside <figure>: beside the article, not of it
_CLASS_COST = 60  # under an element whose class/id words mark furniture
_NEW_CLASS_COST = 150  # ... words that the article's other blocks do not share
_CONTAINER_SHARE = 0.85  # of the run's weight the article's element must hold
_SEP = "\x00"  # a class word is matched as "\x00word\x00"


class _Furniture:
    """Which class/id words are furniture words (the ``markup`` group of the rule's
    pattern), each word asked once per parse."""

    def __init__(self, rule: CompiledRule) -> None:
        self.rule = rule
        self.known: dict[str, bool] = {}
        self.sets: dict[frozenset[str], bool] = {}

    def word(self, word: str) -> bool:
        found = self.known.get(word)
        if found is None:
            m = self.rule.match(_SEP + word + _SEP)
            found = self.known[word] = m is not None and m.lastgroup == "markup"
        return found

    def any(self, words: frozenset[str]) -> bool:
        found = self.sets.get(words)
        if found is None:
            found = self.sets[words] = any(self.word(w) for w in words)
        return found


def _markup_cost(html: HtmlFeatures, furniture: bool) -> float:
    """What a block's element says against it: links, page chrome, furniture class words."""
    cost = _CHROME_COST.get(html.chrome, 0.0)
    if html.link_density > _LINKED:
        cost += _LINK_COST
    if furniture:
        cost += _CLASS_COST
    if html.in_figure:
        cost += _FIGURE_COST
    if html.in_article:
        cost -= _REGION_BONUS
    return cost


def _path_steps(path: str) -> list[str]:
    """The ancestors' paths of an element path, outermost first, the element's own last."""
    steps = path.split("/")
    return ["/".join(steps[: i + 1]) for i in range(2, len(steps))]


def _container(htmls: Sequence[HtmlFeatures], scores: Sequence[float], start: int, end: int) -> str:
    """The deepest element holding ``_CONTAINER_SHARE`` of the run's positive weight."""
    weight: dict[str, float] = {}
    total = 0.0
    for i in range(start, end):
        w = scores[i]
        if w <= 0:
            continue
        total += w
        for step in _path_steps(htmls[i].path):
            weight[step] = weight.get(step, 0.0) + w
    best = ""
    for step, w in weight.items():
        if w >= _CONTAINER_SHARE * total and len(step) > len(best):
            best = step
    return _whole(best)


_PART_STEP = regex.compile(
    r"/(?:ul|ol|li|dl|dd|dt|table|thead|tbody|tfoot|tr|td|th|blockquote|p|h[1-6])(?:\[\d+\])?$"
)


def _whole(path: str) -> str:
    """The nearest element around ``path`` that is not a list, a table or a part of
    one (a run of list items or cells is part of an article, never all of it)."""
    while (m := _PART_STEP.search(path)) is not None:
        path = path[: m.start()]
    return path


def _inside(path: str, container: str) -> bool:
    return path == container or path.startswith(container + "/")


def _article_blocks(
    drafts: Sequence[BlockDraft],
    heads: Sequence[str | None],
    scores: Sequence[float],
    start: int,
    end: int,
    furniture: _Furniture,
) -> set[int]:
    """On a page, the blocks of the article: the run's blocks inside the article's element,
    and the element's other blocks that neither the block rules, the links, the page
    chrome nor furniture words the rest of the article lacks speak against."""
    htmls = [d.html for d in drafts]
    if any(h is None for h in htmls):
        return set(range(start, end))
    pages: list[HtmlFeatures] = [h for h in htmls if h is not None]
    container = _container(pages, scores, start, end)
    inside = [i for i in range(len(drafts)) if _inside(pages[i].path, container)]
    lo = next((i for i in range(start, -1, -1) if scores[i] == BARRIER), -1)
    hi = next((i for i in range(end, len(drafts)) if scores[i] == BARRIER), len(drafts))
    within = set(inside)
    members = [i for i in range(start, end) if scores[i] > 0 and i in within]
    common = (
        frozenset.intersection(*(pages[i].class_words for i in members)) if members else frozenset()
    )
    chrome = any(pages[i].chrome for i in members)  # an article inside a landmark
    kept: set[int] = set()
    for i in inside:
        h = pages[i]
        if not lo < i < hi or drafts[i].label != PARAGRAPH or heads[i] in _HEADS:
            continue
        if start <= i < end and scores[i] > 0:
            kept.add(i)
            continue
        if h.link_density > _LINKED or h.in_figure or (h.chrome and not chrome):
            continue
        if furniture.any(h.class_words - common):
            continue
        kept.add(i)
    return kept


_NEAR_BLOCKS = 10  # blocks after the headline within which the article's run starts
_NEAR_LEVELS = 3  # ... or elements up from the headline to one holding the run's first block
_BODY_STEPS = 3  # steps of "/html/body": an element below it is a region of the page
_NEAR_SHARE = 0.25  # of the best run's score a run near the headline needs to win
_BELOW_LEAST = 500  # weight kept under the headline that drops the kept lines above it


def _anchor(drafts: Sequence[BlockDraft]) -> int | None:
    """On a page, the article's headline: the block the page declares its title, else
    the page's only ``<h1>``; ``None`` for text or when neither is known."""
    h1: list[int] = []
    for i, d in enumerate(drafts):
        if d.html is None:
            return None
        if d.html.declared == "headline":
            return i
        if d.html.heading == 1:
            h1.append(i)
    return h1[0] if len(h1) == 1 else None


def _runs(scores: Sequence[float]) -> list[tuple[float, int, int]]:
    """The disjoint runs of positive sum, ``(sum, start, end)``: the best run of each
    segment between barriers, then the best of what is left either side, and so on."""
    out: list[tuple[float, int, int]] = []
    todo: list[tuple[int, int]] = []
    lo = 0
    for i in range(len(scores) + 1):
        if i == len(scores) or scores[i] == BARRIER:
            if i > lo:
                todo.append((lo, i))
            lo = i + 1
    while todo:
        lo, hi = todo.pop()
        total, start, end = best_run(scores, lo, hi)
        if total > 0:
            out.append((total, start, end))
            todo += [(lo, start), (end, hi)]
    return out


def _near(paths: Sequence[str], anchor: int, start: int, end: int, first: bool) -> bool:
    """Whether a run ``[start, end)`` holds the headline or follows it closely: inside
    the headline's element ``_NEAR_LEVELS`` up (below ``<body>``), or, when it is the ``first`` run after
    the headline, within ``_NEAR_BLOCKS`` blocks of it."""
    if start <= anchor < end:
        return True
    if start < anchor:
        return False
    if first and start - anchor <= _NEAR_BLOCKS:
        return True
    up = paths[anchor].split("/")
    own = paths[start].split("/")
    common = next(
        (k for k, (a, b) in enumerate(zip(up, own, strict=False)) if a != b), min(len(up), len(own))
    )
    return common > _BODY_STEPS and len(up) - common <= _NEAR_LEVELS


def _near_headline(
    drafts: Sequence[BlockDraft], scores: Sequence[float], anchor: int, start: int, end: int
) -> tuple[int, int] | None:
    """The run that opens under the page's headline, when the best run is elsewhere (a
    cookie notice, a pop-up, the next article of an endless page) and the run under the
    headline scores at least ``_NEAR_SHARE`` of it; else ``None``."""
    paths = [d.html.path if d.html is not None else "" for d in drafts]
    runs = sorted(_runs(scores), key=lambda r: r[1])
    after = next((r[1] for r in runs if r[1] > anchor), None)
    if _near(paths, anchor, start, end, start == after):
        return None
    near = [r for r in runs if _near(paths, anchor, r[1], r[2], r[1] == after)]
    if not near:
        return None
    top = max(r[0] for r in runs)
    total, s, e = max(near)
    return (s, e) if total >= _NEAR_SHARE * top else None


def _above_headline(
    drafts: Sequence[BlockDraft], weights: Sequence[int], anchor: int, kept: set[int]
) -> set[int]:
    """On a page, the kept list items above the headline outside the headline's parent
    element: a list of teasers (a news ticker) the run swallowed (the article starts at
    its headline; a kicker or standfirst above it stands beside it). None when the
    blocks under the headline weigh less than ``_BELOW_LEAST`` (the page's title
    element stands below its article)."""
    head = drafts[anchor].html
    if head is None:
        return set()
    parent = head.path.rsplit("/", 1)[0]
    above = {
        i
        for i in kept
        if i < anchor
        and (h := drafts[i].html) is not None
        and h.list_item
        and not _inside(h.path, parent)
    }
    below = sum(weights[i] for i in kept if i > anchor)
    return above if below >= _BELOW_LEAST else set()


_REPEATS = 3  # elements holding copies of one line that make it a teaser, not article text


def _repeated(drafts: Sequence[BlockDraft], texts: Sequence[str], kept: set[int]) -> set[int]:
    """On a page, the kept blocks of ``_ECHO_LEAST`` words or more whose text stands in
    ``_REPEATS`` or more different parent elements, one of them outside the article: a
    teaser, promo or card repeated down the page. (An article says a paragraph once; the
    lines a recipe or an interview repeats all stand inside it; a table's figures are
    not words.)"""
    parents: dict[str, set[str]] = {}
    outside: set[str] = set()
    for i, (d, t) in enumerate(zip(drafts, texts, strict=True)):
        if d.html is not None:
            parents.setdefault(t, set()).add(d.html.path.rsplit("/", 1)[0])
            if i not in kept:
                outside.add(t)
    return {
        i
        for i in kept
        if texts[i] in outside
        and len(parents[texts[i]]) >= _REPEATS
        and len(_LETTER_WORD.findall(texts[i])) >= _ECHO_LEAST
    }


def _standfirst(
    drafts: Sequence[BlockDraft],
    ends: Sequence[bool],
    weights: Sequence[int],
    heads: Sequence[str | None],
    anchor: int,
    start: int,
) -> set[int]:
    """On a page, the standfirst: the prose between the headline and the run (a sentence
    or two the site styles apart: a lead, a dek, an intro in an ``<h2>``), within
    ``_NEAR_BLOCKS`` of the headline, not a link, caption or page chrome."""
    out: set[int] = set()
    for i in range(anchor + 1, min(start, anchor + 1 + _NEAR_BLOCKS)):
        h = drafts[i].html
        if (
            h is not None
            and drafts[i].label == PARAGRAPH
            and ends[i]
            and weights[i] >= 2 * _PROSE
            and heads[i] is None
            and h.link_density <= _LINKED
            and not h.in_figure
            and h.chrome in ("", "header")
        ):
            out.add(i)
    return out


def _main_run(text: str, drafts: Sequence[BlockDraft], rule: CompiledRule) -> list[BlockDraft]:
    """Relabel the paragraphs outside the article's main run of prose as boilerplate.

    The rule's pattern marks comment headings (a wall no run crosses), section
    headings ("More from ...", bare "Related"), and short paragraphs that quote
    someone with a cue word: those score at least 1, so an attributed quote is
    never dropped for its length alone (classification runs before the quote
    scan, so this cheap check stands in for it). The run then grows over the
    short sentences and lists next to it. Outside it, a paragraph is
    ``navigation`` (``sidebar`` for prose) until a kind rule
    (:mod:`newsdoc.rulesets.en.kinds`) names its kind. A bare "Related" heading
    and the links under it are ``related`` even inside the run. A paragraph kept in the run records the rule. Nothing changes when no
    block scores above zero.
    """
    texts = [d.span.of(text) for d in drafts]
    wide = _WIDE.search(text)  # blocks before the first CJK character weigh their length
    cut = len(text) if wide is None else wide.start()
    weights = [
        len(t) if d.span.end <= cut else _weight(t) for d, t in zip(drafts, texts, strict=True)
    ]
    heads: list[str | None] = []
    seen: dict[str, str | None] = {}  # a light block's text -> its heading (lines repeat)
    for t, w in zip(texts, weights, strict=True):
        if w >= _LOOKUP:
            heads.append(None)
        elif t in seen:
            heads.append(seen[t])
        else:
            m = rule.search(t)
            heads.append(seen.setdefault(t, m.lastgroup if m is not None else None))
    ends = [_ends(t) for t in texts]
    scores = [_score(*row) for row in zip(drafts, ends, weights, heads, strict=True)]
    furniture = _Furniture(rule)
    for i, d in enumerate(drafts):
        if d.html is not None and scores[i] != BARRIER:
            scores[i] -= _markup_cost(d.html, furniture.any(d.html.class_words))
    start, end = main_run(scores)
    if start == end:
        return list(drafts)
    decided = rule.name
    anchor = _anchor(drafts)
    if anchor is not None:
        near = _near_headline(drafts, scores, anchor, start, end)
        if near is not None:
            (start, end), decided = near, f"{rule.name}.headline"
    start, end = _extent(drafts, texts, weights, heads, start, end)
    kept = _article_blocks(drafts, heads, scores, start, end, furniture)
    if anchor is not None:
        kept -= _above_headline(drafts, weights, anchor, kept)
    kept -= _repeated(drafts, texts, kept)
    lead = _standfirst(drafts, ends, weights, heads, anchor, start) if anchor is not None else set()
    out: list[BlockDraft] = []
    links = False  # under a bare "Related" heading, until the next sentence
    for i, d in enumerate(drafts):
        links = heads[i] == "heading" or (links and not ends[i])
        if d.label == PARAGRAPH and links:
            d = d.relabel("boilerplate", rule.name, "related")
        elif d.label == PARAGRAPH and i in lead:
            d = d.relabel(PARAGRAPH, f"{rule.name}.standfirst")
        elif d.label == PARAGRAPH and i not in kept:
            prose = weights[i] >= _PROSE and ends[i]
            d = d.relabel("boilerplate", rule.name, "sidebar" if prose else "navigation")
        elif d.label == PARAGRAPH:
            d = d.relabel(PARAGRAPH, decided)
        out.append(d)
    return out


_MON = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_DAY = r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?,?"
_TIME = r"\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*[a-z]{2,4})?"


def _phrase(name: str, kind: str, words: str, *, short: bool = True) -> Rule:
    return Rule(
        f"boilerplate.{name}",
        Stage.BLOCK,
        pattern=rf"\L<{words}>",
        func=_short_label if short else None,
        label="boilerplate",
        kind=kind,
        description=f"a short line holding one of the {words} words",
    )


_TITLE_WORD = regex.compile(r"\w{4,}")
_LETTER_WORD = regex.compile(r"\p{L}{2,}")  # a title's words are words, not figures
_TITLE_END = ".,;:"  # a line ending so is a sentence or a label, not a headline
_LEDE = 3  # prose paragraphs of the run whose words a headline is matched against


_TITLE_KINDS = ("navigation", "sidebar", "related")  # kinds a title left out of the run gets


def _positional(d: BlockDraft) -> bool:
    """Whether the block is boilerplate by its position (the main run or a kind rule),
    not by a block rule's words."""
    return d.label == "boilerplate" and (d.rule == _MAIN_RUN or d.rule.startswith("kind."))


def _title_shape(view: BlockView) -> bool:
    """A heading-like line: 2 to 30 words apart, at most 300 characters, no closing full stop."""
    text = view.text
    return 2 <= view.words <= 30 and len(text) <= 300 and " " in text and text[-1] not in _TITLE_END


def _title_score(own: set[str], known: set[str], words: int, between: int) -> float:
    """How likely a heading-like line is the article's title.

    The title shares words with the run's opening (each shared word counts, up to
    five, plus the share of the line's own words), has the length of a title,
    and stands close above the run: each line of three or more words between
    them costs a little (a dek, a byline, a caption stand between; teasers for
    other articles stand further up).
    """
    shared = len(own & known)
    fit = shared / len(own) if own else 0.0
    return min(shared, 5) + 2 * fit + (1.0 if 4 <= words <= 20 else 0.0) - 0.3 * between


_TWO_SENTENCES = regex.compile(r"\p{Ll}{2}[.!?][\"”’)]*\s*\p{Lu}")  # "a big win. He didn't"
_ECHO_WORDS = 5  # words a line needs for its repetition to count as a title's echo


def _shape_score(source: str, view: BlockView, words: int) -> float:
    """What the line's form says: a title is one sentence (a caption or a pull quote runs
    on past a full stop), and a page often repeats it (an ``<h1>`` and its breadcrumb,
    the share text, the ``<title>`` echo), where a lede line stands once."""
    text = view.text
    score = -2.0 if _TWO_SENTENCES.search(text) is not None else 0.0
    if words >= _ECHO_WORDS and source.count(text) >= 2:
        score += 1.5
    return score


def _introduces(drafts: Sequence[BlockDraft], view: BlockView) -> float:
    """How much what follows the line is what follows a title: a dek (a sentence of
    prose the main run left out) 1, a byline 0.5."""
    after = view.neighbour(1)
    if after is None:
        return False
    d = drafts[after.index]
    if d.rule == _MAIN_RUN and after.ends_sentence and len(after.span) >= _PROSE:
        return 1.0
    return 0.5 if d.label == "byline" else 0.0


def _headline(text: str, drafts: Sequence[BlockDraft], rule: CompiledRule) -> list[BlockDraft]:
    """The title: the heading-like line just above the article's main run (or opening it).

    Candidates are the run's first paragraph when it is heading-like and more
    prose follows, and the lines the main run left out among the
    ``_HEAD_REACH`` blocks above it (lines a block rule labelled, bylines,
    dates, share prompts, are not candidates). Each is scored by
    :func:`_title_score` against the words of the run's first prose
    paragraphs, and gains when a byline or a dek follows it; the best becomes
    the headline. On a clean article (at most three lines before the run) the
    first line gains most, whatever its end (a single word gains less).
    """
    out = list(drafts)
    if any(d.label == "headline" for d in out):  # a page that declares its title
        return out
    spans = [d.span for d in out]
    start = next((i for i, d in enumerate(out) if d.label == PARAGRAPH), None)
    if start is None:
        return out
    first = next(i for i, d in enumerate(out) if d.label == PARAGRAPH or _positional(d))
    clean = start - first <= 3 and first < len(out) - 1
    views = {i: BlockView(text, spans, i) for i in range(max(0, start - _HEAD_REACH), start + 1)}
    opens = start + 1 < len(out) and _title_shape(views[start]) and not views[start].ends_sentence
    lede = [
        i
        for i in range(start + 1 if opens else start, len(out))
        if out[i].label == PARAGRAPH and len(spans[i]) >= _PROSE
    ][:_LEDE]
    known = {w.casefold() for i in lede for w in _TITLE_WORD.findall(spans[i].of(text))}
    best: tuple[float, int] | None = None
    between = 0
    for i in range(start, max(0, start - _HEAD_REACH) - 1, -1):
        view = views[i]
        d = out[i]
        top = clean and i == first and view.words <= 40 and len(view.span) <= 400
        outside = _positional(d) and d.kind in _TITLE_KINDS and _title_shape(view)
        if top or outside or (i == start and opens):
            own = {w.casefold() for w in _TITLE_WORD.findall(view.text)}
            words = len(_LETTER_WORD.findall(view.text))
            score = _title_score(own, known, words, between)
            score += _introduces(out, view) + (0.0 if not top else 3.0 if words > 1 else 1.5)
            score += _shape_score(text, view, words)
            if best is None or score > best[0]:
                best = (score, i)
        if i < start and view.words >= 3:
            between += 1
    echo = _echoed(text, out, max(0, start - _HEAD_REACH), known)
    if echo is not None and (best is None or echo[0] > best[0]):
        best = echo
    if best is not None:
        out[best[1]] = out[best[1]].relabel("headline", rule.name)
    return out


_ECHO_SHARED = 2  # words of the run's opening a far echoed line must share
_ECHO_LEAST = 4  # words a far echoed line needs (a repeated two-word menu item is none)
_ECHO_BETWEEN = 5  # lines between that a far echoed line is scored as having


def _echoed(
    text: str, drafts: Sequence[BlockDraft], end: int, known: set[str]
) -> tuple[float, int] | None:
    """The best title among the lines beyond ``_HEAD_REACH`` above the run (before
    ``end``) that the page repeats elsewhere (a title above a long menu, echoed in a
    breadcrumb or a share text) and that share ``_ECHO_SHARED`` words with its opening;
    scored as :func:`_title_score` with ``_ECHO_BETWEEN`` lines between."""
    if end == 0:
        return None
    texts: dict[str, int] = {}
    for d in drafts:
        t = d.span.of(text)
        texts[t] = texts.get(t, 0) + 1
    spans = [d.span for d in drafts]
    best: tuple[float, int] | None = None
    for i in range(end):
        d = drafts[i]
        t = d.span.of(text)
        if texts[t] < 2 or not _positional(d) or d.kind not in _TITLE_KINDS:
            continue
        view = BlockView(text, spans, i)
        own = {w.casefold() for w in _TITLE_WORD.findall(t)}
        if len(own & known) < _ECHO_SHARED or not _title_shape(view):
            continue
        words = len(_LETTER_WORD.findall(t))
        if words < _ECHO_LEAST:
            continue
        score = _title_score(own, known, words, _ECHO_BETWEEN) + _shape_score(text, view, words)
        if best is None or score > best[0]:
            best = (score, i)
    return best


def _declared_headline(view: BlockView) -> bool:
    return view.html is not None and view.html.declared == "headline"


def _declared_byline(view: BlockView) -> bool:
    return view.html is not None and view.html.declared == "byline"


BLOCK_RULES: tuple[Rule, ...] = (
    Rule(
        "headline.page",
        Stage.BLOCK,
        func=_declared_headline,
        label="headline",
        description="on a web page, the block whose text is the page's declared title",
    ),
    Rule(
        "byline.page",
        Stage.BLOCK,
        func=_declared_byline,
        label="byline",
        description="on a web page, the first short line naming the page's declared authors",
    ),
    Rule(
        "byline.by",
        Stage.BLOCK,
        pattern=(
            r"^(?:By|BY|by)[ \t:]+\p{Lu}[\p{L}\p{M}.'’-]*(?:[ \t,&]+(?:and[ \t]+)?[\p{L}\p{M}.'’@|/-]+){0,14}"
            r"(?:[ \t]*(?:[-–—|,]|\bon\b|\bUpdated\b)?[ \t]*[\p{L}\p{N}@][\p{L}\p{N}@:/., ()+-]{0,80})?"
            r"(?<![.!?;])$"
        ),
        func=_short_byline,
        label="byline",
        description="'By Jane Doe and John Roe', 'By Justine Coleman - 11/18/19 11:04 PM EST'",
    ),
    Rule(
        "byline.staff_writer",
        Stage.BLOCK,
        pattern=r"^(?P<authors>\p{Lu}[\p{L}.'’-]+(?:[ ]\p{Lu}[\p{L}.'’-]+){1,3}(?:[ ]and[ ]\p{Lu}[\p{L}.'’-]+(?:[ ]\p{Lu}[\p{L}.'’-]+){1,3})?),[ ][\p{L} ]{0,40}(?:Writer|Correspondent|Reporter|Editor|Staff)s?$",
        func=_short_byline,
        label="byline",
        description="'Steve Peoples, AP National Political Writer'",
    ),
    _phrase("social", "social", "social_phrases"),
    _phrase("share", "share", "share_phrases"),
    _phrase("newsletter", "newsletter", "newsletter_phrases"),
    _phrase("advertising", "advertising", "advertising_phrases"),
    _phrase("legal", "legal", "legal_phrases"),
    _phrase("comments", "comments", "comment_phrases"),
    Rule(
        "boilerplate.comment_policy",
        Stage.BLOCK,
        pattern=r"^(?:\L<comment_policy_phrases>)",
        label="boilerplate",
        kind="comments",
        description="a comment section's house rules ('As you comment, please be respectful …')",
    ),
    Rule(
        "boilerplate.follow",
        Stage.BLOCK,
        pattern=(r"^Follow\b[^.!?\n]{1,80}?\bon[ ](?:\L<social_networks>)\b[^.!?\n]{0,80}[.!]?$"),
        label="boilerplate",
        kind="social",
        description="'Follow Jane Doe on Twitter.', 'Follow NBC Latino on Facebook, Twitter and Instagram.'",
    ),
    Rule(
        "boilerplate.contact_writer",
        Stage.BLOCK,
        pattern=r"\b(?:\L<contact_prompts>)\b",
        func=_prompt,
        label="boilerplate",
        kind="credits",
        description="'Is there something you think we should know? Email the writer …'",
    ),
    _phrase("promo", "promo", "promo_phrases", short=False),
    Rule(
        "boilerplate.related",
        Stage.BLOCK,
        pattern=r"^[\[(]?(?:\L<related_cues>)\b[\s:|>»\-–—]+\S.*(?<![.!?。…\"”])$",
        label="boilerplate",
        kind="related",
        description="'READ MORE: …', 'Related: …', '[Related: …]' headlines",
    ),
    Rule(
        "boilerplate.copyright",
        Stage.BLOCK,
        pattern=r"(?i)^(?:copyright\b|©|\(c\)\s*\d{4})|©\s*\d{4}|\ball rights reserved\b",
        func=_short_label,
        label="boilerplate",
        kind="copyright",
        description="a short copyright line",
    ),
    Rule(
        "boilerplate.credits",
        Stage.BLOCK,
        pattern=r"^(?:\(?(?:Reporting|Additional reporting|Writing|Editing) by\b.*|.{3,80}\bcontributed (?:to this )?report(?:ing)?\b.*)$",
        label="boilerplate",
        kind="credits",
        description="'Reporting by …; Editing by …', 'X contributed reporting'",
    ),
    Rule(
        "boilerplate.photo_credit",
        Stage.BLOCK,
        pattern=(
            r"^[^.!?\n]{0,80}(?:[/|][ ]?|[ ]via[ ])(?:Getty Images|AFP|Reuters|AP|EPA|Bloomberg"
            r"|Shutterstock|iStock|NASA|ESA)(?:[ ]via[ ][\w .-]{1,40})?\)?\.?$"
        ),
        func=_short_label,
        label="boilerplate",
        kind="caption",
        description="a bare photo credit ('Jane Doe/Getty Images', 'SAUL LOEB via Getty Images.')",
    ),
    Rule(
        "boilerplate.timestamp",
        Stage.BLOCK,
        pattern=(
            r"(?i)^[|•·\s]*(?:(?:(?:first\s+)?published|updated|posted|last\s+updated|modified)"
            r"(?:\s+on|\s+at)?:?\s*)?"
            rf"(?:{_DAY}\s*)?(?:(?:{_MON}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s*\d{{4}}"
            rf"|\d{{1,2}}\s+{_MON},?\s+\d{{4}}|\d{{4}}[-/.]\d{{1,2}}[-/.]\d{{1,2}}"
            rf"|\d{{1,2}}[-/.]\d{{1,2}}[-/.]\d{{2,4}}|{_MON}\s+\d{{1,2}}(?:st|nd|rd|th)?)"
            rf"[,\s/|–—-]*(?:at\s*)?(?:{_TIME})?|{_TIME}[,\s/|–—-]+(?:{_DAY}\s*)?"
            rf"(?:{_MON}\s+\d{{1,2}},?\s*\d{{4}}|\d{{1,2}}\s+{_MON},?\s+\d{{4}}))\W*$"
        ),
        label="boilerplate",
        kind="timestamp",
        description="a line holding only a date, maybe a time ('Updated 1:39 am EST, Nov. 20, 2019')",
    ),
    Rule(
        "boilerplate.caption",
        Stage.BLOCK,
        pattern=(
            r"^(?:(?:Photo|Image|Picture|Video)(?: copyright| credit| source)?\s*[:|]"
            r"|(?:Image|Media) (?:copyright|caption)\b|\(Photo\b"
            r"|(?:Photo|Image|Picture)s? (?:by|via|courtesy)\b[^.!?]{0,80}$"
            r"|(?:Getty Images|AFP|Reuters|AP|EPA|Shutterstock|iStock)(?:\s*/\s*[\w .-]{1,40})?$)"
            r"|\b(?:Credit|Photo|Image|Picture)s?(?: credit)?:\s*[^.:]{1,80}$"
            r"|\((?:(?:Photo|Image|Picture)s?(?: credit)?:|(?:AP|Reuters|AFP|Getty)\b[\w /.-]{0,20}"
            r"(?:Photo|Images?)\b|Photo by\b)[^()]{0,80}\)$"
            r"|\((?:AP|AFP|Reuters|EPA|NASA|ESA|Getty Images)\b[^()]{0,60}\)$"
        ),
        label="boilerplate",
        kind="caption",
        description="captions and image credits ('Photo: …', '… (AP Photo/Evan Vucci)')",
    ),
    Rule(
        "boilerplate.gallery_caption",
        Stage.BLOCK,
        pattern=r"^\d{1,2}[ ]?of[ ]?\d{1,2}(?=\p{Lu})",
        label="boilerplate",
        kind="caption",
        description="a gallery's caption opening with its count ('2of4Officials …')",
    ),
)


_BYLINE_REACH = 8  # blocks below the headline searched for a byline


def _byline(text: str, drafts: Sequence[BlockDraft], rule: CompiledRule) -> list[BlockDraft]:
    """On a page without a byline, the author line between the headline and the article.

    The first line the main run left out among the ``_BYLINE_REACH`` blocks under
    the headline, before the first paragraph, that the rule's pattern matches
    whole (a line with "by" before a name, or a name that opens with a first
    name of the rule set's lists; names joined by "and", maybe an affiliation
    or a date after a dash) becomes the byline.
    """
    out = list(drafts)
    if any(d.label == "byline" for d in out):
        return out
    head = next((i for i, d in enumerate(out) if d.label == "headline"), None)
    if head is None:
        return out
    for i in range(head + 1, min(len(out), head + 1 + _BYLINE_REACH)):
        d = out[i]
        if d.label == PARAGRAPH:
            break
        if _positional(d) and rule.match(text, d.span.start, d.span.end) is not None:
            out[i] = d.relabel("byline", rule.name)
            break
    return out


def _caption(text: str, drafts: Sequence[BlockDraft], rule: CompiledRule) -> list[BlockDraft]:
    """A short paragraph just above a bare photo credit is that photo's caption.

    A bare credit is a ``boilerplate.photo_credit`` line ("Jane Doe/Getty
    Images") or a caption block wholly in brackets ("(Image: © NASA)").
    """
    out = list(drafts)
    for i in range(1, len(out)):
        prev, here = out[i - 1], out[i]
        bare = here.rule == "boilerplate.photo_credit" or (
            here.kind == "caption" and _BRACKETED.fullmatch(text, here.span.start, here.span.end)
        )
        if bare and prev.label == PARAGRAPH and len(prev.span) <= _CAPTION:
            out[i - 1] = prev.relabel("boilerplate", rule.name, "caption")
    return out


CONTEXT_RULES: tuple[Rule, ...] = (
    Rule(
        _MAIN_RUN,
        Stage.CONTEXT,
        pattern=(
            r"(?P<markup>\x00(?:(?:\L<markup_words>)\x00|\L<markup_stems>))"
            rf"|^(?:(?P<comments>{COMMENT_HEADING})$"
            r"|(?P<heading>(?i:\L<section_headings>)[\s\W]*+)$"
            r"|(?P<section>(?i:\L<section_headings>)\b[^.!?:\n]{0,40})$"
            r"|(?P<quote>(?=[^“\"«„]*+[“\"«„][^”\"»“]*+[”\"»“]).*?\b(?:\L<cue_verbs>)\b))"
        ),
        func=_main_run,
        description="the article's main run of prose; paragraphs outside it are boilerplate",
    ),
    *KIND_RULES,
    Rule(
        "structure.caption",
        Stage.CONTEXT,
        func=_caption,
        description="a short paragraph just above a photo credit line is its caption",
    ),
    Rule(
        "structure.headline",
        Stage.CONTEXT,
        func=_headline,
        description="the heading-like line just above (or opening) the main run that best matches its opening",
    ),
    Rule(
        "structure.byline",
        Stage.CONTEXT,
        pattern=(
            r"(?:[^\n]{0,60}\b(?:[Bb]y|BY)[ ]+|(?=(?:\L<male_names>|\L<female_names>)[ ]))"
            r"(?P<authors>(?:\p{Lu}[\p{L}\p{M}.'’-]*[ ]){1,3}"
            r"\p{Lu}[\p{L}\p{M}.'’-]+(?:(?:,[ ]|[ ](?:and|&)[ ])(?:\p{Lu}[\p{L}\p{M}.'’-]*[ ]){1,3}"
            r"\p{Lu}[\p{L}\p{M}.'’-]+)?)(?:,[ ][\p{L} ]{2,40})?(?:[ ]+(?:[-–—|/@]|on[ ])[^\n]{0,60})?$"
        ),
        func=_byline,
        description="on a page, the author line between the headline and the article",
    ),
)

DATELINE_RULES: tuple[Rule, ...] = (
    Rule(
        "dateline.place_agency",
        Stage.DATELINE,
        pattern=(
            r"^(?:(?P<place>\p{Lu}[\p{Lu}\p{M}.'’-]+(?:[ ]\p{Lu}[\p{Lu}\p{M}.'’-]+){0,2}"
            r"(?:,[ ]\p{Lu}[\p{L}\p{M}.'’-]*(?:[ ]\p{Lu}[\p{L}\p{M}.'’-]*){0,2})?)[ ]*)?"
            r"(?:\((?P<agency>[^()\n]{1,40})\)[ ]*)?(?:—|–|--|-)[ ]*"
        ),
        description="'WASHINGTON (AP) —', 'HANOI, Vietnam (AP) —', '(Reuters) —', 'BERLIN --'",
    ),
)
