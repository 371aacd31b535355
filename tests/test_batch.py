"""parse_many: one result per item, in order, failures recorded; rule sets reach the workers."""

from __future__ import annotations

import itertools
import os
import pickle
from collections.abc import Iterator, Sequence
from typing import Any

import pytest

import newsdoc
from newsdoc import Rule, parse, parse_many
from newsdoc.batch import Failure, ItemFailed, Result, _rule_set, run_items
from newsdoc.pipeline.classify import BlockDraft

TEXTS = [
    f"Story {i}\n\n“Part {i} is done,” said Ana Ruiz.\n\n“More to come,” she said.\n\nShare this article"
    for i in range(30)
]


def _ok(results: Sequence[Result[Any]]) -> list[Any]:
    return [r.article for r in results]


@pytest.mark.parametrize("processes", [1, 2])
def test_results_come_in_input_order_equal_to_parse(processes: int) -> None:
    items: list[Any] = [
        TEXTS[0],
        ("b", TEXTS[1]),
        {"id": "c", "text": TEXTS[2]},
        {"text": TEXTS[3]},
    ]
    items += [(f"t{i}", t.encode()) for i, t in enumerate(TEXTS[4:])]
    results = list(parse_many(items, processes=processes, chunksize=3))
    assert [r.id for r in results] == [0, "b", "c", 3, *(f"t{i}" for i in range(26))]
    assert all(r.ok and r.error is None for r in results)
    assert _ok(results) == [parse(t) for t in TEXTS]


@pytest.mark.parametrize("processes", [1, 2])
def test_a_bad_item_is_recorded_and_never_stops_or_drops(processes: int) -> None:
    items: list[Any] = [
        ("good", TEXTS[0]),
        ("latin1", 'Caf\xe9 news\n\n"Oui," she said.'.encode("latin-1")),
        ("number", 42),
        {"id": "no-text", "body": TEXTS[1]},
        7,
        ("last", TEXTS[2]),
    ]
    results = list(parse_many(items, processes=processes))
    assert [r.id for r in results] == ["good", "latin1", "number", "no-text", 4, "last"]
    assert [r.ok for r in results] == [True, False, False, False, False, True]
    assert results[1].error is not None and "not UTF-8" in results[1].error.message
    assert results[2].error == Failure("ValueError", "item 2: the text is a int, not str or bytes")
    assert results[3].error is not None and "no 'text'" in results[3].error.message
    assert results[4].error is not None and "items are texts" in results[4].error.message
    assert results[5].article == parse(TEXTS[2])


SLOW = Rule("custom.slow", "block", pattern=r"(?:a|aa)+$", label="boilerplate")


def test_a_rule_timeout_is_the_items_failure_and_skip_keeps_going() -> None:
    rules = newsdoc.rulesets.get("en").add(SLOW)
    items = [TEXTS[0], "Headline here\n\n" + "a" * 40 + "b", TEXTS[1]]
    results = list(parse_many(items, rules=rules, processes=2, timeout=0.05))
    assert [r.ok for r in results] == [True, False, True]
    assert results[1].error is not None and results[1].error.type == "RuleTimeout"
    assert "custom.slow" in results[1].error.message
    skipped = list(parse_many(items, rules=rules, processes=2, timeout=0.05, on_timeout="skip"))
    assert all(r.ok for r in skipped)
    assert skipped[1].article is not None and "custom.slow" in skipped[1].article.warnings[0]


def test_on_error_raise_stops_at_the_first_failure() -> None:
    seen: list[int] = []

    def items() -> Iterator[tuple[int, bytes | str]]:
        for i in range(100):
            seen.append(i)
            yield i, (b"\xff" if i == 3 else TEXTS[i % 30])

    with pytest.raises(ItemFailed, match=r"item 3: ValueError: bytes input is not UTF-8") as info:
        list(parse_many(items(), processes=1, on_error="raise"))
    assert info.value.id == 3 and info.value.failure.type == "ValueError"
    assert seen == [0, 1, 2, 3]
    with pytest.raises(ItemFailed, match="item 3"):
        list(parse_many(items(), processes=2, on_error="raise"))
    with pytest.raises(ValueError, match="on_error must be"):
        list(parse_many([], on_error="ignore"))  # type: ignore[arg-type]


def test_items_are_streamed_with_a_bounded_window() -> None:
    pulled = itertools.count()

    def endless() -> Iterator[str]:
        while True:
            yield TEXTS[next(pulled) % 30]

    results = parse_many(endless(), processes=2, chunksize=4)
    first = list(itertools.islice(results, 25))
    results.close()  # type: ignore[attr-defined]
    assert [r.id for r in first] == list(range(25))
    assert next(pulled) <= 25 + 4 * 2 * 4 + 4  # what was taken: the results, the window, one chunk


CUSTOM = "Vote counted\n\n“Fine,” harrumphed Ana Ruiz."


@pytest.mark.parametrize("start_method", ["fork", "spawn"])
def test_a_custom_rule_set_reaches_the_workers(start_method: str) -> None:
    mine = newsdoc.rulesets.get("en").with_words("cue_verbs", ["harrumphed"])
    plain = list(parse_many([CUSTOM] * 4, processes=2, chunksize=1, start_method=start_method))
    custom = list(
        parse_many([CUSTOM] * 4, rules=mine, processes=2, chunksize=1, start_method=start_method)
    )
    assert all(r.article == parse(CUSTOM) for r in plain)
    assert all(r.article == parse(CUSTOM, rules=mine) for r in custom)
    assert custom[0].article is not None and custom[0].article.quotes[0].attribution is not None


def test_a_plugin_rule_set_loads_by_name_in_the_workers() -> None:
    pytest.importorskip("newsdoc_newsroom", reason="the example plugin is not installed")
    text = TEXTS[0]
    results = list(parse_many([text] * 3, rules="en-newsroom", processes=2, start_method="spawn"))
    assert all(r.article == parse(text, rules="en-newsroom") for r in results)


def test_an_equal_rule_set_is_resolved_to_the_one_seen_first() -> None:
    mine = newsdoc.rulesets.get("en").with_words("cue_verbs", ["grumbled"])
    first = _rule_set(mine)
    assert _rule_set(pickle.loads(pickle.dumps(mine))) is first  # its patterns compile once
    assert _rule_set("en") is newsdoc.rulesets.get("en")


def _kill_on_marker(text: str, drafts: Sequence[BlockDraft], rule: object) -> Sequence[BlockDraft]:
    if "KILL-THE-WORKER" in text:
        os._exit(3)
    return drafts


def test_an_item_that_kills_its_worker_is_reported_and_the_rest_parse() -> None:
    rules = newsdoc.rulesets.get("en").add(Rule("custom.killer", "context", func=_kill_on_marker))
    doom = "Doom\n\nKILL-THE-WORKER"
    items = [*TEXTS[:10], doom, *TEXTS[10:20], doom + " again", *TEXTS[20:]]
    results = list(parse_many(items, rules=rules, processes=2, chunksize=4))
    assert [r.id for r in results] == list(range(32))
    assert [r.id for r in results if not r.ok] == [10, 21]
    assert results[10].error is not None and results[10].error.type == "WorkerDied"
    assert [r.article for r in results if r.ok] == [parse(t) for t in TEXTS]


def test_run_items_checks_its_arguments() -> None:
    with pytest.raises(ValueError, match="at least 1"):
        list(run_items(str, [], processes=0))
    with pytest.raises(ValueError, match="at least 1"):
        list(run_items(str, [], chunksize=0))
