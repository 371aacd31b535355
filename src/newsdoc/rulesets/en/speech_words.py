"""The English word lists of the speech rules, one list per construction.

Each list names the words of one construction of reported speech, so a rule
set for another language fills the same names (see docs/rules.md, "Speech
rules"): verbs that take a clause, verbs that take an object, noun cues,
"according to" phrases and verbs of attitude.
"""

from __future__ import annotations

from newsdoc.learn import merge_learned
from newsdoc.rulesets.en.learned_cues import LEARNED_CUES
from newsdoc.rulesets.en.words import CUE_VERBS

CLAUSE_VERBS = (
    *"""
say says said tell tells told add adds added note notes noted explain explains explained
stress stresses stressed insist insists insisted warn warns warned argue argues argued
write writes wrote tweet tweets tweeted claim claims claimed suggest suggests suggested
acknowledge acknowledges acknowledged admit admits admitted announce announces announced
declare declares declared assert asserts asserted contend contends contended maintain
maintains maintained predict predicts predicted promise promises promised vow vows vowed
pledge pledges pledged concede concedes conceded confirm confirms confirmed deny denies
denied allege alleges alleged charge charges charged report reports reported reveal reveals
revealed indicate indicates indicated emphasize emphasizes emphasized reiterate reiterates
reiterated testify testifies testified stated boast boasts boasted complain
complains complained lament laments lamented recall recalls recalled observe observes
observed remark remarks remarked commented agree agrees agreed conclude
concludes concluded caution cautions cautioned assure assures assured remind reminds reminded
inform informs informed answer answers answered reply replies replied respond responds
responded counter counters countered retort retorts retorted mention mentions mentioned
acknowledging saying adding noting arguing explaining insisting warning stressing claiming
suggesting declaring asserting predicting promising telling writing
""".split(),
    *("pointed out", "points out", "went on to say", "made clear", "makes clear", "has learned"),
)
"""Verbs of communication that take a clause: ``Smith said (that) the plan would fail``."""

OBJECT_VERBS = (
    *"""
urge urges urged accuse accuses accused demand demands demanded criticize criticizes
criticized criticised praise praises praised blame blames blamed deny denies denied defend
defends defended propose proposes proposed pledge pledges pledged promise promises promised
vow vows vowed reject rejects rejected dismiss dismisses dismissed condemn condemns condemned
announce announces announced
""".split(),
    "called for",
    "calls for",
    "call for",
    "calling for",
    "pushed for",
    "pushes for",
    "called on",
    "calls on",
    "warned of",
    "warns of",
    "spoke of",
    "speaks of",
    "talked about",
    "talks about",
)
"""Verbs of communication that take an object: ``Clinton called for a tax on …``,
``urged voters to …``, ``accused Trump of …``."""

NOUN_CUES = tuple(
    """
statement claim claims assertion argument suggestion charge allegation allegations
announcement warning promise pledge view belief contention assessment
""".split()
)
"""Nouns that carry what someone said: ``Smith's claim that …``, ``in a statement, …``."""

ACCORDING_TO = ("according to", "According to", "as reported by", "As reported by")
"""Phrases that credit a source: ``according to officials, …``."""

ATTITUDE_VERBS = tuple(
    """
believe believes believed think thinks thought want wants wanted expect expects expected hope
hopes hoped fear fears feared feel feels felt know knows knew worry worries worried doubt
doubts doubted
""".split()
)
"""Verbs of attitude: ``Smith believes the plan will fail``. Not speech: their rule is off by
default (see docs/rules.md)."""


def _participles(*lists: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(w for words in lists for w in words if w.split()[0].endswith("ing")))


_CUES = merge_learned(
    {
        "clause_verbs": CLAUSE_VERBS,
        "object_verbs": OBJECT_VERBS,
        "noun_cues": NOUN_CUES,
        "according_to": ACCORDING_TO,
    },
    LEARNED_CUES,
)
"""The cue lists by hand, extended with the cues learned from PolNeAR train
(:mod:`newsdoc.rulesets.en.learned_cues`); a word these lists hold keeps its list. A learned
word of the looser lists (``cue_verbs``, ``stance_verbs``, ``attitude_verbs``) takes its
learned list, which comes first (on PolNeAR dev, all e2e F1 0.650 -> 0.672 over keeping
them where they were)."""

SPEECH_WORDS: dict[str, tuple[str, ...]] = {
    **_CUES,
    "participle_cues": _participles(_CUES["clause_verbs"], _CUES["object_verbs"], CUE_VERBS),
    "attitude_verbs": ATTITUDE_VERBS,
    "complementizers": ("that",),
    "clause_joiners": ("and", "but", "while", "whereas", "or"),
    "infinitive_markers": ("to",),
    "adverb_suffixes": ("ly",),
    "possessive_pronouns": ("his", "her", "their", "its", "our", "my", "your"),
    "auxiliaries": tuple(
        "has have had will would could can may might should must shall did does do".split()
    ),
    "be_verbs": tuple("is are was were be been being am".split()),
    "negations": tuple(
        """
not never n't no nor didn't didn’t don't don’t doesn't doesn’t won't won’t wouldn't
wouldn’t couldn't couldn’t can't can’t cannot isn't isn’t wasn't wasn’t hasn't hasn’t
haven't haven’t hadn't hadn’t
""".split()
    ),
    "prepositions": tuple(
        """
in on at of for from by with since during after before about into over under to through
against without within across behind toward towards among between via per throughout
around amid near beyond despite upon along
""".split()
    ),
}
