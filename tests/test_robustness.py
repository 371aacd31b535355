"""Pathological inputs parse, at sizes CI affords, and the invariants hold.

The benchmark (``benchmarks/bench.py --pathological``) runs the same inputs
at a megabyte each and reports the time; these tests only check the result.
"""

from __future__ import annotations

import newsdoc
from newsdoc.testing import check_invariants


def test_a_line_ending_in_white_space_is_one_block() -> None:
    article = newsdoc.parse("WASHINGTON — Talks resume, he said.\xa0 \n\nNext Line.  \r\n")
    check_invariants(article)
    assert [b.text for b in article.blocks] == ["WASHINGTON — Talks resume, he said.", "Next Line."]
