"""Golden files: tests/golden/*.txt hold an input and, below a separator, its expected summary.

Run ``pytest --update-goldens`` to rewrite the expected parts after a deliberate
change, then read the diff before committing it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from newsdoc import parse
from newsdoc.testing import check_invariants, summarize

SEPARATOR = "\n=== expected ===\n"
ROOT = Path(__file__).parent / "golden"
GOLDEN = sorted(ROOT.glob("**/*.txt"))
"""Files in ``golden/`` parse with the default rules; those in ``golden/NAME/`` with the rule
set ``NAME`` (``golden/de/`` with the German rules)."""


def _rules(path: Path) -> str | None:
    return None if path.parent == ROOT else path.parent.name


@pytest.mark.parametrize(
    "path", GOLDEN, ids=[str(p.relative_to(ROOT).with_suffix("")) for p in GOLDEN]
)
def test_golden(path: Path, request: pytest.FixtureRequest) -> None:
    source = path.read_text(encoding="utf-8")
    assert SEPARATOR in source, f"{path.name} lacks the '=== expected ===' separator"
    text, expected = source.split(SEPARATOR, 1)
    article = parse(text, rules=_rules(path))
    check_invariants(article)
    got = summarize(article)
    if request.config.getoption("--update-goldens"):
        path.write_text(text + SEPARATOR + got + "\n", encoding="utf-8")
        return
    assert got.strip() == expected.strip()
