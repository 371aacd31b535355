"""The Dask recipe, run for real: a local cluster of 2 worker processes gives the serial results.

CI installs the ``dask`` extra and sets ``NEWSDOC_REQUIRE_DASK=1``, so there these
tests fail instead of skipping when Dask is missing.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import Any

import pytest

import newsdoc
from newsdoc.partitions import ROW_TYPES, attribution_frame, parse_records

if os.environ.get("NEWSDOC_REQUIRE_DASK"):
    import dask
    import pandas as pd
    from dask import bag as db
    from dask import dataframe as dd
    from dask.distributed import Client, LocalCluster
else:
    dask = pytest.importorskip("dask")
    pd = pytest.importorskip("pandas")
    db = pytest.importorskip("dask.bag")
    dd = pytest.importorskip("dask.dataframe")
    distributed = pytest.importorskip("dask.distributed")
    Client, LocalCluster = distributed.Client, distributed.LocalCluster

PEOPLE = ["Ana Ruiz", "Ben Okafor", "Chen Wei", "Dara Novak", "Eli Haddad"]
TOPICS = ["the budget", "the harbour", "the new school", "the bridge", "the elections"]


def articles(n: int) -> list[tuple[str, str | bytes]]:
    """``n`` generated articles of a few paragraphs, and among them some bad items."""
    items: list[tuple[str, str | bytes]] = []
    for i in range(n):
        who, other = PEOPLE[i % 5], PEOPLE[(i * 3 + 1) % 5]
        topic = TOPICS[i % 4]
        text = (
            f"Council debates {topic} ({i})\n\nBy Staff Reporter\n\n"
            f"The council met on Monday to discuss {topic}.\n\n"
            f"“We cannot wait any longer,” said {who}, who chairs the committee.\n\n"
            f"{other.split()[-1]} disagreed. “The numbers do not add up,” {other} said.\n\n"
            f"“We will vote next week,” {who.split()[-1]} added.\n\nShare this article"
        )
        bad = i % 97 == 3  # a few items in latin-1, which parse reports as not UTF-8
        items.append((f"a{i:04}", f"Café {text}".encode("latin-1", "replace") if bad else text))
    return items


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    with (
        LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        Client(cluster) as c,
    ):
        yield c


ITEMS = articles(300)


def test_a_bag_of_items_parses_on_two_workers_as_in_one_process(client: Any) -> None:
    serial = parse_records(ITEMS)
    bag = db.from_sequence(ITEMS, npartitions=8)
    distributed = bag.map_partitions(parse_records, rules="en").compute()
    assert distributed == serial and len(serial) == 300
    failed = [r for r in serial if "error" in r]
    assert [r["id"] for r in failed] == ["a0003", "a0100", "a0197", "a0294"]
    assert all("not UTF-8" in r["error"]["message"] for r in failed)
    good = next(r for r in serial if "article" in r)
    assert newsdoc.Article.from_dict(good["article"]) == newsdoc.parse(dict(ITEMS)[good["id"]])
    workers = client.run(lambda: newsdoc.rulesets._load.cache_info().misses)
    assert sorted(workers.values()) == [1, 1]  # each worker built the rule set once
    print(f"\nbag: {len(distributed)} records from {len(workers)} workers, {len(failed)} failed")


def test_a_dataframe_gives_the_serial_attribution_rows(client: Any) -> None:
    frame = pd.DataFrame([{"id": i, "text": t} for i, t in ITEMS if isinstance(t, str)])
    serial = attribution_frame(frame)
    parts = dd.from_pandas(frame, npartitions=6)
    meta = attribution_frame(frame.head(0))
    rows = parts.map_partitions(attribution_frame, meta=meta).compute().reset_index(drop=True)
    pd.testing.assert_frame_equal(rows, serial)
    assert dict(rows.dtypes.astype(str)) == {
        k: v if v != "object" else "object" for k, v in ROW_TYPES.items()
    }
    assert len(rows) == 3 * len(frame)
    who = rows.groupby("speaker")["id"].count()
    assert who.sum() == len(rows) and set(who.index) == set(PEOPLE)
    print(f"\ndataframe: {len(rows)} rows from {parts.npartitions} partitions; {dict(who)}")


def test_a_custom_rule_set_compiles_once_per_worker(client: Any) -> None:
    mine = newsdoc.rulesets.get("en").with_words("cue_verbs", ["harrumphed"])
    items = [(f"h{i}", f"Vote {i}\n\n“Fine,” harrumphed Ana Ruiz.") for i in range(40)]
    bag = db.from_sequence(items, npartitions=8)
    out = bag.map_partitions(parse_records, rules=mine).compute()
    assert out == parse_records(items, rules=mine)
    assert out[0]["article"]["quotes"][0]["attribution"]["speaker"]["name"] == "Ana Ruiz"

    def kept() -> int:
        from newsdoc import batch

        return sum(1 for rs in batch._SEEN if rs == mine)

    assert sorted(client.run(kept).values()) == [1, 1]  # 8 copies came; one is kept and compiled
