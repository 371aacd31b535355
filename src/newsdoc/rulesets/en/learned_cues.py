"""Cue words learned from the train split of polnear (840 texts): generated, do not edit.

Regenerate with::

    newsdoc learn-cues ../shared/data/polnear --split train --rules en --min-precision 0.3 --min-count 3 --clause-share 0.25 -o src/newsdoc/rulesets/en/learned_cues.py

Each row: the entry, the word list it is filed under, its precision as a cue over
all its uses, how many annotated cues it opens, and where its speaker stands most
often. Read by the rule set through ``newsdoc.learn.merge_learned``.
"""

from __future__ import annotations

LEARNED_CUES: tuple[tuple[str, str, float, int, str], ...] = (
    ("said", "clause_verbs", 0.915, 4438, "before"),  # 4852 uses, clause
    ("says", "clause_verbs", 0.856, 433, "before"),  # 506 uses, clause
    ("told", "clause_verbs", 0.838, 408, "before"),  # 487 uses, clause
    ("according to", "according_to", 0.902, 387, "after"),  # 429 uses, according
    ("say", "clause_verbs", 0.405, 251, "before"),  # 620 uses, clause
    ("wrote", "clause_verbs", 0.867, 242, "before"),  # 279 uses, clause
    ("added", "clause_verbs", 0.833, 220, "before"),  # 264 uses, clause
    ("asked", "clause_verbs", 0.662, 210, "before"),  # 317 uses, clause
    ("saying", "clause_verbs", 0.506, 174, "before"),  # 344 uses, clause
    ("called", "clause_verbs", 0.418, 162, "before"),  # 388 uses, clause
    ("reported", "clause_verbs", 0.636, 124, "before"),  # 195 uses, clause
    ("noted", "clause_verbs", 0.926, 113, "before"),  # 122 uses, clause
    ("announced", "clause_verbs", 0.775, 107, "before"),  # 138 uses, clause
    ("suggested", "clause_verbs", 0.832, 99, "before"),  # 119 uses, clause
    ("argued", "clause_verbs", 0.846, 77, "before"),  # 91 uses, clause
    ("tweeted", "clause_verbs", 0.86, 74, "before"),  # 86 uses, clause
    ("continued", "clause_verbs", 0.568, 71, "before"),  # 125 uses, clause
    ("found", "clause_verbs", 0.394, 69, "before"),  # 175 uses, clause
    ("endorsed", "object_verbs", 0.687, 68, "before"),  # 99 uses, object
    ("declined", "object_verbs", 0.75, 66, "before"),  # 88 uses, object
    ("showed", "clause_verbs", 0.584, 66, "before"),  # 113 uses, clause
    ("described", "clause_verbs", 0.78, 64, "before"),  # 82 uses, clause
    ("shows", "clause_verbs", 0.484, 61, "before"),  # 126 uses, clause
    ("adding", "clause_verbs", 0.723, 60, "before"),  # 83 uses, clause
    ("accused", "object_verbs", 0.652, 58, "before"),  # 89 uses, object
    ("criticized", "object_verbs", 0.725, 58, "before"),  # 80 uses, object
    ("calling", "object_verbs", 0.384, 53, "before"),  # 138 uses, object
    ("declared", "clause_verbs", 0.704, 50, "before"),  # 71 uses, clause
    ("explained", "clause_verbs", 0.828, 48, "before"),  # 58 uses, clause
    ("acknowledged", "clause_verbs", 0.821, 46, "before"),  # 56 uses, clause
    ("telling", "object_verbs", 0.46, 46, "before"),  # 100 uses, object
    ("called for", "object_verbs", 0.833, 45, "before"),  # 54 uses, object
    ("expressed", "object_verbs", 0.818, 45, "before"),  # 55 uses, object
    ("responded", "clause_verbs", 0.577, 45, "before"),  # 78 uses, clause
    ("urged", "object_verbs", 0.891, 41, "before"),  # 46 uses, object
    ("offered", "object_verbs", 0.533, 40, "before"),  # 75 uses, object
    ("supported", "object_verbs", 0.44, 40, "before"),  # 91 uses, object
    ("claimed", "clause_verbs", 0.83, 39, "before"),  # 47 uses, clause
    ("referring to", "object_verbs", 0.672, 39, "before"),  # 58 uses, object
    ("sought", "object_verbs", 0.463, 37, "before"),  # 80 uses, object
    ("cited", "object_verbs", 0.8, 36, "before"),  # 45 uses, object
    ("defended", "object_verbs", 0.923, 36, "before"),  # 39 uses, object
    ("refused", "object_verbs", 0.667, 36, "before"),  # 54 uses, object
    ("noting", "clause_verbs", 0.946, 35, "before"),  # 37 uses, clause
    ("proposed", "object_verbs", 0.449, 35, "before"),  # 78 uses, object
    ("agreed", "clause_verbs", 0.472, 34, "before"),  # 72 uses, clause
    ("concluded", "clause_verbs", 0.708, 34, "before"),  # 48 uses, clause
    ("revealed", "clause_verbs", 0.63, 34, "before"),  # 54 uses, clause
    ("praised", "object_verbs", 0.846, 33, "before"),  # 39 uses, object
    ("promised", "object_verbs", 0.767, 33, "before"),  # 43 uses, object
    ("stated", "clause_verbs", 0.786, 33, "before"),  # 42 uses, clause
    ("recalled", "clause_verbs", 0.889, 32, "before"),  # 36 uses, clause
    ("tells", "clause_verbs", 0.744, 32, "before"),  # 43 uses, clause
    ("vowed", "object_verbs", 0.865, 32, "before"),  # 37 uses, object
    ("opposed", "clause_verbs", 0.437, 31, "before"),  # 71 uses, clause
    ("warned", "clause_verbs", 0.705, 31, "before"),  # 44 uses, clause
    ("citing", "object_verbs", 0.909, 30, "before"),  # 33 uses, object
    ("insisted", "clause_verbs", 0.833, 30, "before"),  # 36 uses, clause
    ("arguing", "clause_verbs", 0.784, 29, "before"),  # 37 uses, clause
    ("posted", "clause_verbs", 0.518, 29, "before"),  # 56 uses, clause
    ("questioned", "object_verbs", 0.806, 29, "before"),  # 36 uses, object
    ("suggesting", "clause_verbs", 0.659, 29, "before"),  # 44 uses, clause
    ("issued", "object_verbs", 0.475, 28, "before"),  # 59 uses, object
    ("attacked", "object_verbs", 0.519, 27, "before"),  # 52 uses, object
    ("rejected", "object_verbs", 0.75, 27, "before"),  # 36 uses, object
    ("replied", "clause_verbs", 0.839, 26, "before"),  # 31 uses, clause
    ("thinks", "clause_verbs", 0.366, 26, "before"),  # 71 uses, clause
    ("argue", "clause_verbs", 0.658, 25, "before"),  # 38 uses, clause
    ("pointed", "object_verbs", 0.446, 25, "before"),  # 56 uses, object
    ("writes", "clause_verbs", 0.781, 25, "before"),  # 32 uses, clause
    ("denied", "clause_verbs", 0.585, 24, "before"),  # 41 uses, clause
    ("named", "clause_verbs", 0.453, 24, "before"),  # 53 uses, clause
    ("blasted", "object_verbs", 0.958, 23, "before"),  # 24 uses, object
    ("considered", "clause_verbs", 0.338, 23, "before"),  # 68 uses, clause
    ("decided", "object_verbs", 0.311, 23, "before"),  # 74 uses, object
    ("hopes", "clause_verbs", 0.397, 23, "before"),  # 58 uses, clause
    ("indicated", "clause_verbs", 0.767, 23, "before"),  # 30 uses, clause
    ("mentioned", "clause_verbs", 0.548, 23, "before"),  # 42 uses, clause
    ("suggest", "clause_verbs", 0.535, 23, "before"),  # 43 uses, clause
    ("dismissed", "object_verbs", 0.786, 22, "before"),  # 28 uses, object
    ("notes", "clause_verbs", 0.647, 22, "before"),  # 34 uses, clause
    ("asking", "object_verbs", 0.389, 21, "before"),  # 54 uses, object
    ("confirmed", "clause_verbs", 0.583, 21, "before"),  # 36 uses, clause
    ("denounced", "object_verbs", 0.808, 21, "before"),  # 26 uses, object
    ("suggests", "clause_verbs", 0.636, 21, "before"),  # 33 uses, clause
    ("talking about", "object_verbs", 0.304, 21, "before"),  # 69 uses, object
    ("called on", "object_verbs", 0.645, 20, "before"),  # 31 uses, object
    ("passed", "clause_verbs", 0.308, 20, "before"),  # 65 uses, clause
    ("shown", "clause_verbs", 0.4, 20, "before"),  # 50 uses, clause
    ("backed", "clause_verbs", 0.317, 19, "before"),  # 60 uses, clause
    ("predicted", "clause_verbs", 0.655, 19, "before"),  # 29 uses, clause
    ("admitted", "clause_verbs", 0.581, 18, "before"),  # 31 uses, clause
    ("blamed", "object_verbs", 0.783, 18, "before"),  # 23 uses, object
    ("hoping", "object_verbs", 0.514, 18, "before"),  # 35 uses, object
    ("mention", "object_verbs", 0.353, 18, "before"),  # 51 uses, object
    ("sees", "object_verbs", 0.429, 18, "before"),  # 42 uses, object
    ("claiming", "clause_verbs", 0.5, 17, "before"),  # 34 uses, clause
    ("ordered", "clause_verbs", 0.81, 17, "before"),  # 21 uses, clause
    ("promising", "object_verbs", 0.586, 17, "before"),  # 29 uses, object
    ("echoed", "clause_verbs", 0.762, 16, "before"),  # 21 uses, clause
    ("finds", "clause_verbs", 0.64, 16, "before"),  # 25 uses, clause
    ("pushed", "clause_verbs", 0.327, 16, "before"),  # 49 uses, clause
    ("reiterated", "clause_verbs", 0.941, 16, "before"),  # 17 uses, clause
    ("calls for", "object_verbs", 0.6, 15, "before"),  # 25 uses, object
    ("oppose", "object_verbs", 0.366, 15, "before"),  # 41 uses, object
    ("talked about", "object_verbs", 0.6, 15, "before"),  # 25 uses, object
    ("complained", "clause_verbs", 0.667, 14, "before"),  # 21 uses, clause
    ("discussed", "object_verbs", 0.56, 14, "before"),  # 25 uses, object
    ("hoped", "clause_verbs", 0.424, 14, "before"),  # 33 uses, clause
    ("identified", "clause_verbs", 0.438, 14, "before"),  # 32 uses, clause
    ("insist", "clause_verbs", 0.636, 14, "before"),  # 22 uses, clause
    ("mocked", "object_verbs", 0.7, 14, "before"),  # 20 uses, object
    ("assured", "object_verbs", 0.542, 13, "before"),  # 24 uses, object
    ("criticizing", "object_verbs", 0.5, 13, "before"),  # 26 uses, object
    ("explaining", "clause_verbs", 0.684, 13, "before"),  # 19 uses, clause
    ("questioning", "object_verbs", 0.542, 13, "before"),  # 24 uses, object
    ("recalling", "object_verbs", 0.812, 13, "before"),  # 16 uses, object
    ("asserted", "clause_verbs", 0.923, 12, "before"),  # 13 uses, clause
    ("challenged", "clause_verbs", 0.5, 12, "before"),  # 24 uses, clause
    ("deemed", "clause_verbs", 0.6, 12, "before"),  # 20 uses, clause
    ("nominated", "clause_verbs", 0.5, 12, "before"),  # 24 uses, clause
    ("repeated", "clause_verbs", 0.375, 12, "before"),  # 32 uses, clause
    ("seeks", "object_verbs", 0.6, 12, "before"),  # 20 uses, object
    ("announcing", "clause_verbs", 0.611, 11, "before"),  # 18 uses, clause
    ("argues", "clause_verbs", 0.917, 11, "before"),  # 12 uses, clause
    ("conceded", "clause_verbs", 0.917, 11, "before"),  # 12 uses, clause
    ("denouncing", "object_verbs", 0.647, 11, "before"),  # 17 uses, object
    ("listed", "object_verbs", 0.55, 11, "before"),  # 20 uses, object
    ("portrayed", "object_verbs", 0.688, 11, "before"),  # 16 uses, object
    ("referred to", "object_verbs", 0.423, 11, "before"),  # 26 uses, object
    ("sounded", "clause_verbs", 0.733, 11, "before"),  # 15 uses, clause
    ("tweeting", "object_verbs", 0.579, 11, "before"),  # 19 uses, object
    ("accusing", "object_verbs", 0.714, 10, "before"),  # 14 uses, object
    ("acknowledge", "clause_verbs", 0.4, 10, "before"),  # 25 uses, clause
    ("acknowledging", "clause_verbs", 0.769, 10, "before"),  # 13 uses, clause
    ("declaring", "clause_verbs", 0.556, 10, "before"),  # 18 uses, clause
    ("decried", "object_verbs", 1.0, 10, "before"),  # 10 uses, object
    ("describes", "object_verbs", 0.833, 10, "before"),  # 12 uses, object
    ("describing", "object_verbs", 0.556, 10, "before"),  # 18 uses, object
    ("eager", "object_verbs", 0.5, 10, "before"),  # 20 uses, object
    ("encouraged", "object_verbs", 0.556, 10, "before"),  # 18 uses, object
    ("favored", "clause_verbs", 0.303, 10, "before"),  # 33 uses, clause
    ("laid", "object_verbs", 0.385, 10, "before"),  # 26 uses, object
    ("prefer", "object_verbs", 0.417, 10, "before"),  # 24 uses, object
    ("quick", "object_verbs", 0.333, 10, "before"),  # 30 uses, object
    ("reminded", "object_verbs", 0.714, 10, "before"),  # 14 uses, object
    ("requested", "object_verbs", 0.435, 10, "before"),  # 23 uses, object
    ("slammed", "object_verbs", 0.714, 10, "before"),  # 14 uses, object
    ("spoke about", "object_verbs", 0.909, 10, "before"),  # 11 uses, object
    ("stating", "clause_verbs", 0.769, 10, "before"),  # 13 uses, clause
    ("stressed", "object_verbs", 0.769, 10, "before"),  # 13 uses, object
    ("voiced", "object_verbs", 0.667, 10, "before"),  # 15 uses, object
    ("adds", "clause_verbs", 0.562, 9, "before"),  # 16 uses, clause
    ("asks", "clause_verbs", 0.6, 9, "before"),  # 15 uses, clause
    ("condemned", "object_verbs", 0.692, 9, "before"),  # 13 uses, object
    ("critical of", "object_verbs", 0.6, 9, "before"),  # 15 uses, object
    ("emphasized", "clause_verbs", 0.818, 9, "before"),  # 11 uses, clause
    ("estimated", "clause_verbs", 0.36, 9, "before"),  # 25 uses, clause
    ("expecting", "object_verbs", 0.562, 9, "before"),  # 16 uses, object
    ("highlighted", "object_verbs", 0.562, 9, "before"),  # 16 uses, object
    ("refusing", "object_verbs", 0.6, 9, "before"),  # 15 uses, object
    ("remarked", "clause_verbs", 1.0, 9, "before"),  # 9 uses, clause
    ("talks about", "object_verbs", 0.6, 9, "before"),  # 15 uses, object
    ("thanked", "object_verbs", 0.75, 9, "before"),  # 12 uses, object
    ("touted", "object_verbs", 0.818, 9, "before"),  # 11 uses, object
    ("urging", "object_verbs", 0.346, 9, "before"),  # 26 uses, object
    ("accuses", "object_verbs", 0.667, 8, "before"),  # 12 uses, object
    ("addressed", "object_verbs", 0.32, 8, "before"),  # 25 uses, object
    ("answered", "clause_verbs", 0.421, 8, "before"),  # 19 uses, clause
    ("approved", "clause_verbs", 0.421, 8, "before"),  # 19 uses, clause
    ("asked for", "object_verbs", 0.471, 8, "before"),  # 17 uses, object
    ("considering", "object_verbs", 0.32, 8, "before"),  # 25 uses, object
    ("defending", "object_verbs", 0.32, 8, "before"),  # 25 uses, object
    ("disclosed", "clause_verbs", 0.5, 8, "before"),  # 16 uses, clause
    ("discussing", "clause_verbs", 0.4, 8, "before"),  # 20 uses, clause
    ("emailed", "object_verbs", 0.533, 8, "before"),  # 15 uses, object
    ("insisting", "clause_verbs", 0.889, 8, "before"),  # 9 uses, clause
    ("lamented", "clause_verbs", 1.0, 8, "before"),  # 8 uses, clause
    ("point to", "object_verbs", 0.471, 8, "before"),  # 17 uses, object
    ("pointing to", "object_verbs", 0.533, 8, "before"),  # 15 uses, object
    ("praises", "object_verbs", 0.889, 8, "before"),  # 9 uses, object
    ("projected", "clause_verbs", 0.5, 8, "before"),  # 16 uses, clause
    ("railed against", "object_verbs", 0.889, 8, "before"),  # 9 uses, object
    ("reads", "clause_verbs", 0.615, 8, "before"),  # 13 uses, clause
    ("signaled", "clause_verbs", 0.8, 8, "before"),  # 10 uses, clause
    ("slams", "object_verbs", 0.889, 8, "before"),  # 9 uses, object
    ("threatened", "object_verbs", 0.381, 8, "before"),  # 21 uses, object
    ("vows", "object_verbs", 0.8, 8, "before"),  # 10 uses, object
    ("chanted", "clause_verbs", 0.778, 7, "before"),  # 9 uses, clause
    ("cites", "object_verbs", 0.875, 7, "before"),  # 8 uses, object
    ("delivering", "object_verbs", 0.304, 7, "before"),  # 23 uses, object
    ("embraced", "object_verbs", 0.333, 7, "before"),  # 21 uses, object
    ("estimates", "clause_verbs", 0.318, 7, "before"),  # 22 uses, clause
    ("explains", "clause_verbs", 0.636, 7, "before"),  # 11 uses, clause
    ("indicate", "clause_verbs", 0.583, 7, "before"),  # 12 uses, clause
    ("insists", "clause_verbs", 0.875, 7, "before"),  # 8 uses, clause
    ("joked", "clause_verbs", 0.583, 7, "before"),  # 12 uses, clause
    ("lists", "object_verbs", 0.304, 7, "before"),  # 23 uses, object
    ("pleaded", "object_verbs", 0.583, 7, "before"),  # 12 uses, object
    ("preferred", "object_verbs", 0.368, 7, "before"),  # 19 uses, object
    ("quoted", "object_verbs", 0.583, 7, "before"),  # 12 uses, object
    ("recommended", "clause_verbs", 0.5, 7, "before"),  # 14 uses, clause
    ("referenced", "object_verbs", 1.0, 7, "before"),  # 7 uses, object
    ("refuses", "object_verbs", 0.778, 7, "before"),  # 9 uses, object
    ("repeating", "object_verbs", 0.583, 7, "before"),  # 12 uses, object
    ("retweeted", "clause_verbs", 0.778, 7, "before"),  # 9 uses, clause
    ("reveal", "object_verbs", 0.467, 7, "before"),  # 15 uses, object
    ("ruled", "clause_verbs", 0.438, 7, "before"),  # 16 uses, clause
    ("self-described", "noun_cues", 0.389, 7, "before"),  # 18 uses, noun
    ("shouted", "clause_verbs", 0.636, 7, "before"),  # 11 uses, clause
    ("touting", "object_verbs", 0.778, 7, "before"),  # 9 uses, object
    ("welcomed", "object_verbs", 0.368, 7, "before"),  # 19 uses, object
    ("worried about", "object_verbs", 0.333, 7, "before"),  # 21 uses, object
    ("applauded", "object_verbs", 0.429, 6, "before"),  # 14 uses, object
    ("assailed", "object_verbs", 0.857, 6, "before"),  # 7 uses, object
    ("bemoaned", "object_verbs", 1.0, 6, "before"),  # 6 uses, object
    ("blasts", "object_verbs", 0.857, 6, "before"),  # 7 uses, object
    ("celebrated", "clause_verbs", 0.316, 6, "before"),  # 19 uses, clause
    ("convinced", "clause_verbs", 0.429, 6, "before"),  # 14 uses, clause
    ("dismissing", "object_verbs", 0.75, 6, "before"),  # 8 uses, object
    ("endorses", "object_verbs", 0.6, 6, "before"),  # 10 uses, object
    ("express", "object_verbs", 0.316, 6, "before"),  # 19 uses, object
    ("implied", "clause_verbs", 0.6, 6, "before"),  # 10 uses, clause
    ("invoked", "object_verbs", 0.667, 6, "before"),  # 9 uses, object
    ("opposes", "object_verbs", 0.333, 6, "before"),  # 18 uses, object
    ("pledging", "object_verbs", 0.857, 6, "before"),  # 7 uses, object
    ("points to", "object_verbs", 0.667, 6, "before"),  # 9 uses, object
    ("presented", "clause_verbs", 0.353, 6, "before"),  # 17 uses, clause
    ("rattled", "clause_verbs", 0.353, 6, "after"),  # 17 uses, clause
    ("remarking", "clause_verbs", 0.75, 6, "before"),  # 8 uses, clause
    ("remembered", "clause_verbs", 0.5, 6, "before"),  # 12 uses, clause
    ("reveals", "clause_verbs", 0.667, 6, "before"),  # 9 uses, clause
    ("slamming", "object_verbs", 0.667, 6, "before"),  # 9 uses, object
    ("thanking", "object_verbs", 1.0, 6, "before"),  # 6 uses, object
    ("vowing", "object_verbs", 0.667, 6, "before"),  # 9 uses, object
    ("wondered", "clause_verbs", 0.857, 6, "before"),  # 7 uses, clause
    ("admits", "clause_verbs", 0.714, 5, "before"),  # 7 uses, clause
    ("alleging", "clause_verbs", 0.357, 5, "before"),  # 14 uses, clause
    ("angered", "clause_verbs", 0.417, 5, "after"),  # 12 uses, clause
    ("announce", "object_verbs", 0.312, 5, "before"),  # 16 uses, object
    ("announces", "object_verbs", 1.0, 5, "before"),  # 5 uses, object
    ("attributed", "clause_verbs", 0.333, 5, "before"),  # 15 uses, clause
    ("avoided", "object_verbs", 0.455, 5, "before"),  # 11 uses, object
    ("believing", "clause_verbs", 0.385, 5, "before"),  # 13 uses, clause
    ("blasting", "object_verbs", 0.714, 5, "before"),  # 7 uses, object
    ("boasted", "clause_verbs", 0.385, 5, "before"),  # 13 uses, clause
    ("championed", "clause_verbs", 0.417, 5, "before"),  # 12 uses, clause
    ("concludes", "clause_verbs", 0.833, 5, "before"),  # 6 uses, clause
    ("considers", "object_verbs", 0.625, 5, "before"),  # 8 uses, object
    ("distanced", "object_verbs", 1.0, 5, "before"),  # 5 uses, object
    ("emphasizing", "object_verbs", 0.556, 5, "before"),  # 9 uses, object
    ("focuses on", "object_verbs", 0.625, 5, "before"),  # 8 uses, object
    ("forecast", "clause_verbs", 0.455, 5, "before"),  # 11 uses, clause
    ("indicates", "clause_verbs", 0.833, 5, "before"),  # 6 uses, clause
    ("interjected", "clause_verbs", 0.833, 5, "before"),  # 6 uses, clause
    ("knocked", "object_verbs", 0.455, 5, "before"),  # 11 uses, object
    ("likened", "clause_verbs", 0.556, 5, "before"),  # 9 uses, clause
    ("mentioning", "object_verbs", 0.714, 5, "before"),  # 7 uses, object
    ("mentions", "object_verbs", 0.625, 5, "before"),  # 8 uses, object
    ("mocking", "object_verbs", 0.417, 5, "before"),  # 12 uses, object
    ("pledges", "object_verbs", 0.556, 5, "before"),  # 9 uses, object
    ("praising", "object_verbs", 0.455, 5, "before"),  # 11 uses, object
    ("predict", "clause_verbs", 0.333, 5, "before"),  # 15 uses, clause
    ("predicting", "clause_verbs", 0.417, 5, "before"),  # 12 uses, clause
    ("proposing", "object_verbs", 0.312, 5, "before"),  # 16 uses, object
    ("pushed for", "object_verbs", 0.625, 5, "before"),  # 8 uses, object
    ("rebuked", "object_verbs", 1.0, 5, "before"),  # 5 uses, object
    ("referencing", "object_verbs", 0.5, 5, "before"),  # 10 uses, object
    ("reminding", "object_verbs", 0.417, 5, "before"),  # 12 uses, object
    ("restricting", "object_verbs", 0.556, 5, "before"),  # 9 uses, object
    ("threatening", "object_verbs", 0.333, 5, "before"),  # 15 uses, object
    ("unveiled", "object_verbs", 0.556, 5, "before"),  # 9 uses, object
    ("voted against", "object_verbs", 0.333, 5, "before"),  # 15 uses, object
    ("warn", "clause_verbs", 0.714, 5, "before"),  # 7 uses, clause
    ("warned of", "object_verbs", 0.833, 5, "before"),  # 6 uses, object
    ("yelled", "clause_verbs", 0.625, 5, "before"),  # 8 uses, clause
    ("admitting", "clause_verbs", 0.333, 4, "before"),  # 12 uses, clause
    ("alleges", "clause_verbs", 1.0, 4, "before"),  # 4 uses, clause
    ("blames", "object_verbs", 1.0, 4, "before"),  # 4 uses, object
    ("boasted of", "object_verbs", 0.8, 4, "before"),  # 5 uses, object
    ("cautioned", "clause_verbs", 0.5, 4, "before"),  # 8 uses, clause
    ("chanting", "clause_verbs", 0.571, 4, "before"),  # 7 uses, clause
    ("contends", "clause_verbs", 1.0, 4, "before"),  # 4 uses, clause
    ("counting on", "object_verbs", 0.444, 4, "before"),  # 9 uses, object
    ("credited", "object_verbs", 0.8, 4, "before"),  # 5 uses, object
    ("demanded", "clause_verbs", 0.333, 4, "before"),  # 12 uses, clause
    ("demanding", "clause_verbs", 0.308, 4, "before"),  # 13 uses, clause
    ("derided", "clause_verbs", 0.667, 4, "before"),  # 6 uses, clause
    ("determining", "clause_verbs", 0.333, 4, "before"),  # 12 uses, clause
    ("dismisses", "object_verbs", 1.0, 4, "before"),  # 4 uses, object
    ("documented", "clause_verbs", 0.571, 4, "before"),  # 7 uses, clause
    ("dubbed", "clause_verbs", 0.667, 4, "before"),  # 6 uses, clause
    ("fearing", "clause_verbs", 1.0, 4, "before"),  # 4 uses, clause
    ("hailed", "object_verbs", 1.0, 4, "before"),  # 4 uses, object
    ("imagined", "clause_verbs", 0.571, 4, "before"),  # 7 uses, clause
    ("informed", "object_verbs", 0.364, 4, "before"),  # 11 uses, object
    ("lashed", "object_verbs", 0.8, 4, "before"),  # 5 uses, object
    ("launching", "object_verbs", 0.333, 4, "before"),  # 12 uses, object
    ("lays", "object_verbs", 0.8, 4, "before"),  # 5 uses, object
    ("negotiated", "clause_verbs", 0.5, 4, "before"),  # 8 uses, clause
    ("outlined", "object_verbs", 0.5, 4, "before"),  # 8 uses, object
    ("persuaded", "clause_verbs", 0.4, 4, "before"),  # 10 uses, clause
    ("prefers", "clause_verbs", 1.0, 4, "before"),  # 4 uses, clause
    ("pressing", "object_verbs", 0.333, 4, "before"),  # 12 uses, object
    ("proclaimed", "clause_verbs", 0.8, 4, "before"),  # 5 uses, clause
    ("pushing for", "object_verbs", 0.571, 4, "before"),  # 7 uses, object
    ("realized", "clause_verbs", 0.444, 4, "before"),  # 9 uses, clause
    ("rebuffed", "clause_verbs", 0.5, 4, "before"),  # 8 uses, clause
    ("recall", "clause_verbs", 0.364, 4, "before"),  # 11 uses, clause
    ("recognizing", "clause_verbs", 0.571, 4, "after"),  # 7 uses, clause
    ("recounted", "clause_verbs", 0.571, 4, "before"),  # 7 uses, clause
    ("refers to", "object_verbs", 0.667, 4, "before"),  # 6 uses, object
    ("reluctant", "object_verbs", 0.308, 4, "before"),  # 13 uses, object
    ("renewed", "clause_verbs", 0.364, 4, "before"),  # 11 uses, clause
    ("responds", "clause_verbs", 0.4, 4, "before"),  # 10 uses, clause
    ("sided with", "object_verbs", 0.571, 4, "before"),  # 7 uses, object
    ("singled", "clause_verbs", 0.667, 4, "before"),  # 6 uses, clause
    ("speculated", "clause_verbs", 0.8, 4, "before"),  # 5 uses, clause
    ("testified", "clause_verbs", 0.364, 4, "before"),  # 11 uses, clause
    ("threaten", "object_verbs", 0.4, 4, "before"),  # 10 uses, object
    ("wary of", "object_verbs", 0.667, 4, "before"),  # 6 uses, object
    ("weighed", "object_verbs", 0.364, 4, "before"),  # 11 uses, object
    ("went after", "object_verbs", 0.5, 4, "before"),  # 8 uses, object
    ("wrote about", "object_verbs", 1.0, 4, "before"),  # 4 uses, object
    ("acknowledges", "clause_verbs", 0.75, 3, "before"),  # 4 uses, clause
    ("adamant", "clause_verbs", 0.75, 3, "before"),  # 4 uses, clause
    ("allegations of", "object_verbs", 0.333, 3, "before"),  # 9 uses, object
    ("alluding to", "object_verbs", 0.6, 3, "before"),  # 5 uses, object
    ("angered by", "object_verbs", 0.75, 3, "before"),  # 4 uses, object
    ("angry about", "object_verbs", 0.75, 3, "before"),  # 4 uses, object
    ("apologized for", "object_verbs", 0.6, 3, "before"),  # 5 uses, object
    ("articulated", "clause_verbs", 0.5, 3, "before"),  # 6 uses, clause
    ("blaming", "object_verbs", 0.5, 3, "before"),  # 6 uses, object
    ("blast", "object_verbs", 0.75, 3, "before"),  # 4 uses, object
    ("brushed", "object_verbs", 0.5, 3, "before"),  # 6 uses, object
    ("cautioned against", "object_verbs", 0.75, 3, "before"),  # 4 uses, object
    ("characterized", "object_verbs", 0.429, 3, "before"),  # 7 uses, object
    ("chided", "object_verbs", 1.0, 3, "before"),  # 3 uses, object
    ("chiding", "object_verbs", 1.0, 3, "before"),  # 3 uses, object
    ("cite", "object_verbs", 0.375, 3, "before"),  # 8 uses, object
    ("clarified", "clause_verbs", 0.75, 3, "before"),  # 4 uses, clause
    ("coined", "object_verbs", 0.6, 3, "before"),  # 5 uses, object
    ("commented on", "object_verbs", 0.75, 3, "before"),  # 4 uses, object
    ("commenting on", "object_verbs", 0.75, 3, "before"),  # 4 uses, object
    ("conceding", "clause_verbs", 0.6, 3, "before"),  # 5 uses, clause
    ("conclude", "clause_verbs", 0.5, 3, "before"),  # 6 uses, clause
    ("confident in", "object_verbs", 0.6, 3, "before"),  # 5 uses, object
    ("congratulated", "object_verbs", 0.375, 3, "before"),  # 8 uses, object
    ("congratulating", "object_verbs", 0.75, 3, "before"),  # 4 uses, object
    ("contradicted", "object_verbs", 1.0, 3, "before"),  # 3 uses, object
    ("contrasting", "object_verbs", 0.429, 3, "before"),  # 7 uses, object
    ("criticizes", "object_verbs", 1.0, 3, "before"),  # 3 uses, object
    ("declares", "clause_verbs", 0.5, 3, "before"),  # 6 uses, clause
    ("decrying", "object_verbs", 1.0, 3, "before"),  # 3 uses, object
    ("defends", "object_verbs", 0.75, 3, "before"),  # 4 uses, object
    ("denies", "clause_verbs", 0.5, 3, "before"),  # 6 uses, clause
    ("detailing", "object_verbs", 0.333, 3, "before"),  # 9 uses, object
    ("displayed", "object_verbs", 0.429, 3, "before"),  # 7 uses, object
    ("disputed", "clause_verbs", 0.333, 3, "before"),  # 9 uses, clause
    ("downplayed", "object_verbs", 0.75, 3, "before"),  # 4 uses, object
    ("elaborated", "clause_verbs", 1.0, 3, "before"),  # 3 uses, clause
    ("envisioned", "clause_verbs", 0.5, 3, "before"),  # 6 uses, clause
    ("expressing", "object_verbs", 0.3, 3, "before"),  # 10 uses, object
    ("foresee", "object_verbs", 1.0, 3, "before"),  # 3 uses, object
    ("framed", "object_verbs", 0.333, 3, "before"),  # 9 uses, object
    ("hints at", "object_verbs", 0.75, 3, "before"),  # 4 uses, object
    ("implying", "clause_verbs", 0.375, 3, "before"),  # 8 uses, clause
    ("imposed", "clause_verbs", 0.429, 3, "before"),  # 7 uses, clause
    ("inclined", "object_verbs", 0.3, 3, "before"),  # 10 uses, object
    ("interpreted", "clause_verbs", 0.429, 3, "after"),  # 7 uses, clause
    ("introducing", "object_verbs", 0.3, 3, "before"),  # 10 uses, object
    ("joked about", "object_verbs", 1.0, 3, "before"),  # 3 uses, object
    ("lining", "object_verbs", 0.5, 3, "before"),  # 6 uses, object
    ("mounting", "clause_verbs", 0.429, 3, "before"),  # 7 uses, clause
    ("observed", "clause_verbs", 0.5, 3, "before"),  # 6 uses, clause
    ("outlining", "object_verbs", 0.429, 3, "before"),  # 7 uses, object
    ("outraged", "clause_verbs", 0.5, 3, "before"),  # 6 uses, clause
    ("pivoted", "object_verbs", 0.6, 3, "before"),  # 5 uses, object
    ("portraying", "object_verbs", 0.429, 3, "before"),  # 7 uses, object
    ("predicts", "clause_verbs", 1.0, 3, "before"),  # 3 uses, clause
    ("promotes", "object_verbs", 0.75, 3, "before"),  # 4 uses, object
    ("pronounced", "object_verbs", 0.6, 3, "before"),  # 5 uses, object
    ("proposes", "object_verbs", 0.75, 3, "before"),  # 4 uses, object
    ("protesting", "object_verbs", 0.429, 3, "before"),  # 7 uses, object
    ("quoting", "object_verbs", 0.75, 3, "before"),  # 4 uses, object
    ("reacted", "clause_verbs", 0.375, 3, "before"),  # 8 uses, clause
    ("reaffirmed", "clause_verbs", 0.75, 3, "before"),  # 4 uses, clause
    ("recognizes", "clause_verbs", 0.375, 3, "before"),  # 8 uses, clause
    ("relying on", "object_verbs", 0.375, 3, "before"),  # 8 uses, object
    ("remembers", "object_verbs", 0.6, 3, "before"),  # 5 uses, object
    ("resist", "object_verbs", 0.375, 3, "before"),  # 8 uses, object
    ("resisted", "clause_verbs", 0.5, 3, "before"),  # 6 uses, clause
    ("ripped", "object_verbs", 0.429, 3, "before"),  # 7 uses, object
    ("sentenced", "clause_verbs", 0.333, 3, "before"),  # 9 uses, clause
    ("shrugged", "object_verbs", 0.75, 3, "before"),  # 4 uses, object
    ("skeptical of", "object_verbs", 0.6, 3, "before"),  # 5 uses, object
    ("sparred over", "object_verbs", 1.0, 3, "before"),  # 3 uses, object
    ("spotted", "object_verbs", 0.429, 3, "before"),  # 7 uses, object
    ("stern", "clause_verbs", 0.375, 3, "after"),  # 8 uses, clause
    ("stressing", "clause_verbs", 1.0, 3, "before"),  # 3 uses, clause
    ("thinking about", "clause_verbs", 0.3, 3, "before"),  # 10 uses, clause
    ("ticked", "object_verbs", 0.6, 3, "before"),  # 5 uses, object
    ("touched on", "object_verbs", 0.6, 3, "before"),  # 5 uses, object
    ("touts", "object_verbs", 1.0, 3, "before"),  # 3 uses, object
    ("trumpeting", "object_verbs", 1.0, 3, "before"),  # 3 uses, object
    ("underscored", "clause_verbs", 0.375, 3, "before"),  # 8 uses, clause
    ("underscores", "clause_verbs", 0.429, 3, "before"),  # 7 uses, clause
    ("unleashed", "object_verbs", 0.375, 3, "before"),  # 8 uses, object
    ("views of", "object_verbs", 0.333, 3, "before"),  # 9 uses, object
    ("vouched for", "object_verbs", 1.0, 3, "before"),  # 3 uses, object
    ("vow", "object_verbs", 0.333, 3, "before"),  # 9 uses, object
    ("withdrew", "clause_verbs", 0.75, 3, "before"),  # 4 uses, clause
    ("wondering", "object_verbs", 0.375, 3, "before"),  # 8 uses, object
)
