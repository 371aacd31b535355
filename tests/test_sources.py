"""``newsdoc sources`` and ``source_rows``: one row per speaker across articles."""

from __future__ import annotations

import csv
import io
import json
import sys
from pathlib import Path
from typing import Any

import pytest

from newsdoc import parse, source_rows
from newsdoc.cli import main
from newsdoc.rows import (
    SOURCE_COLUMNS,
    SUMMARY_COLUMNS,
    SourceTable,
    SpeakerTally,
    gender_summary,
    speaker_tallies,
)

TEXTS = [
    "Harbour opens\n\n“We are ready,” said Mayor Ana Ruiz.\n\n"
    "Ruiz said the port would reopen in May.",
    "Budget vote\n\nAna Ruiz told reporters the budget was “a disgrace” and the plan a “mess”."
    "\n\n“Never again,” said Tom Beck, a councillor.",
    "Storm\n\n“It was loud,” said a neighbour.",
]


def test_source_rows_join_speakers_by_name_and_count_their_attributions() -> None:
    rows = source_rows(parse(t) for t in TEXTS)
    assert all(list(row) == list(SOURCE_COLUMNS) for row in rows)
    ruiz = rows[0]
    assert ruiz == {
        "speaker": "Ana Ruiz",
        "kind": "person",
        "named": True,
        "gender": "female",  # Speaker.gender: 'Ana' is in the rule set's female_names
        "articles": 2,
        "attributions": 3,
        "direct": 1,
        "mixed": 1,
        "reported": 1,
        "first_mentions": "Mayor Ana Ruiz | Ana Ruiz",
    }
    by_name = {r["speaker"]: r for r in rows}
    assert by_name["Tom Beck"]["articles"] == 1 and by_name["Tom Beck"]["direct"] == 1
    assert by_name["a neighbour"]["named"] is False  # a description: its words are its name
    assert [r["speaker"] for r in rows] == ["Ana Ruiz", "Tom Beck", "a neighbour"]


def test_the_table_counts_tallies_as_the_workers_send_them() -> None:
    table = SourceTable()
    table.add_tallies([SpeakerTally("Ida Berg", None, True, "female", "Ida Berg", 1, 0, 0)])
    table.add_tallies(
        [
            SpeakerTally("Ida Berg", "person", True, None, "Dr. Ida Berg", 0, 0, 2),
            SpeakerTally("Ida Berg", "person", True, "female", "Berg", 1, 0, 0),  # same article
        ]
    )
    (row,) = table.rows()
    assert (row["kind"], row["gender"], row["articles"], row["attributions"]) == (
        "person",
        "female",
        2,
        4,
    )
    assert row["first_mentions"] == "Ida Berg | Dr. Ida Berg"  # one first mention per article
    assert speaker_tallies(parse("Quiet day\n\nNothing was said.")) == ()


@pytest.fixture
def archive(tmp_path: Path) -> Path:
    root = tmp_path / "archive"
    root.mkdir()
    for i, text in enumerate(TEXTS):
        (root / f"{i}.txt").write_text(text, encoding="utf-8")
    (root / "bad.txt").write_bytes(b"Caf\xe9\n\nThe end.")
    return root


def _expected() -> list[dict[str, Any]]:
    return source_rows(parse(t) for t in TEXTS)


def _as_csv(rows: list[dict[str, Any]]) -> list[dict[str, str]]:
    return [{k: "" if v is None else str(v) for k, v in row.items()} for row in rows]


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_sources_csv_and_jsonl_are_source_rows_with_the_failures_reported(
    jobs: str, archive: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["sources", "-f", "csv", "--jobs", jobs, str(archive)]) == 1
    out, err = capsys.readouterr()
    assert list(csv.DictReader(io.StringIO(out))) == _as_csv(_expected())
    assert "1 of 4 items failed" in err and "bad.txt: UnicodeDecodeError" in err
    assert main(["sources", "--format", "jsonl", "-j", jobs, "-q", str(archive)]) == 1
    out, err = capsys.readouterr()
    assert [json.loads(line) for line in out.splitlines()] == _expected()
    assert "1 of 4 items failed" in err  # failures are listed even with --quiet


def test_sources_table_is_aligned(archive: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (archive / "bad.txt").unlink()
    assert main(["sources", str(archive)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split() == list(SOURCE_COLUMNS)
    assert lines[1].split()[:10] == [
        "Ana",
        "Ruiz",
        "person",
        "yes",
        "female",
        "2",
        "3",
        "1",
        "1",
        "1",
    ]
    start = lines[0].index("first_mentions")
    assert all(line[start - 2 : start] == "  " for line in lines)  # one column start for all
    assert lines[1][start:] == "Mayor Ana Ruiz | Ana Ruiz"
    assert lines[0].index("attributions") + len("attributions") == lines[1].index("3") + 1


def test_sources_to_a_file_with_the_reading_options(
    tmp_path: Path, archive: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lines = tmp_path / "articles.jsonl"
    lines.write_text(
        "\n".join(json.dumps({"key": str(i), "body": {"text": t}}) for i, t in enumerate(TEXTS)),
        encoding="utf-8",
    )
    out = tmp_path / "sources.csv"
    argv = ["sources", "-f", "csv", "--text-field", "body.text", "--id-field", "key"]
    assert main([*argv, "--input", "jsonl", "--max-size", "1", str(lines), "-o", str(out)]) == 0
    assert list(csv.DictReader(out.open(encoding="utf-8"))) == _as_csv(_expected())
    assert "3 items parsed" in capsys.readouterr().err
    page = tmp_path / "page.html"
    page.write_text(
        "<html><body><article><h1>Harbour</h1><p>“We are open,” said Ida Berg.</p>"
        "</article></body></html>",
        encoding="utf-8",
    )
    argv = ["sources", "-f", "jsonl", "--url", "https://example.org/a", "--rules", "auto"]
    assert main([*argv, str(page)]) == 0
    (row,) = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert row["speaker"] == "Ida Berg" and row["direct"] == 1


def test_sources_never_writes_where_it_reads(
    archive: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = {p.name: p.read_bytes() for p in archive.iterdir()}
    assert main(["sources", str(archive), "-o", str(archive / "sources.csv")]) == 2
    assert "lies in the input directory" in capsys.readouterr().err
    assert main(["sources", str(archive / "0.txt"), "-o", str(archive / "0.txt")]) == 2
    assert "never writes over an input" in capsys.readouterr().err
    assert main(["sources", str(archive), "-o", str(tmp_path)]) == 2
    assert f"give a file name, e.g. -o {tmp_path / 'sources.txt'}" in capsys.readouterr().err
    assert {p.name: p.read_bytes() for p in archive.iterdir()} == before


def test_sources_progress_and_missing_paths(
    archive: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    err = Terminal()
    monkeypatch.setattr(sys, "stderr", err)
    monkeypatch.setitem(sys.modules, "tqdm", None)
    missing = str(archive / "gone.txt")
    assert main(["sources", "-f", "csv", str(archive / "0.txt"), missing]) == 1
    assert "2/2 items, 1 failed" in err.getvalue()
    assert f"{missing}: FileNotFoundError" in err.getvalue()
    assert "Ana Ruiz" in capsys.readouterr().out


def test_sources_summary_counts_named_people_by_gender(
    archive: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (archive / "bad.txt").unlink()
    expected = gender_summary(_expected())
    by_gender = {row["gender"]: row for row in expected}
    assert by_gender["female"]["people"] == 1 and by_gender["female"]["attributions"] == 3
    assert by_gender["male"]["people"] == 1 and by_gender["male"]["attributions"] == 1
    assert by_gender["female"]["attributions_share"] == 0.75
    assert by_gender["all"]["people"] == 2  # 'a neighbour' is no named person
    assert main(["sources", "--summary", "-f", "jsonl", str(archive)]) == 0
    out = capsys.readouterr().out
    assert [json.loads(line) for line in out.splitlines()] == expected
    assert main(["sources", "--summary", "-f", "csv", str(archive)]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert list(rows[0]) == list(SUMMARY_COLUMNS) and rows[0]["people_share"] == "0.5"
    assert main(["sources", "--summary", str(archive)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split() == list(SUMMARY_COLUMNS)
    assert lines[1].split() == ["female", "1", "3", "0.5", "0.75"]
