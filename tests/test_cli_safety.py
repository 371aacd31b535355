"""The command line never writes over an input, writes whole files only, and lets each bad
path fail alone: every case asserts the exit status, the messages and the bytes on disk."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

import newsdoc.cli
from newsdoc import Article, parse, parse_many
from newsdoc.cli import main

STORY = "Story {i}\n\n“Part {i} is done,” said Ana Ruiz.\n\n“More to come,” she said."
GERMAN = (
    "Streit um Mieten\n\n„Das kommt zu spät“, sagte die Ministerin am Montag in Berlin, "
    "als sie den Plan vorstellte."
)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A folder of three articles (and a subfolder with one more)."""
    root = tmp_path / "in"
    (root / "sub").mkdir(parents=True)
    for i in range(3):
        (root / f"{i}.txt").write_text(STORY.format(i=i), encoding="utf-8")
    (root / "sub" / "3.txt").write_text(STORY.format(i=3), encoding="utf-8")
    return root


def snapshot(root: Path) -> dict[str, bytes]:
    """Every file under ``root`` (the working tree of a test) with its bytes."""
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in root.rglob("*") if p.is_file()}


def _records(text: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in text.splitlines()]


# -- never write over an input ------------------------------------------------------------------


def test_an_output_that_is_the_input_is_refused_before_any_work(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = snapshot(folder.parent)
    same = str(folder / "0.txt")
    for fmt in ("outline", "json", "jsonl", "csv", "html"):
        assert main(["parse", "-f", fmt, same, "-o", same]) == 2
        out, err = capsys.readouterr()
        assert f"-o {same} is the input {same}: newsdoc never writes over an input" in err
        assert out == "" and "parsed" not in err
    assert snapshot(folder.parent) == before


def test_an_output_directory_that_is_the_input_directory_is_refused(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = snapshot(folder.parent)
    for argv in (
        ["parse", str(folder), "-o", f"{folder}/"],  # outlines, one per item: .txt over .txt
        ["parse", "--json", str(folder), "-o", str(folder)],
        ["parse", "--json", str(folder), "-o", str(folder / "sub")],  # inside it
        ["parse", "-f", "jsonl", str(folder), "-o", str(folder / "out.jsonl")],  # read back
        ["parse", "-f", "csv", str(folder / "0.txt"), str(folder / "sub"), "-o", f"{folder}/sub/a"],
    ):
        assert main(argv) == 2
        assert "lies in the input directory" in capsys.readouterr().err
    assert snapshot(folder.parent) == before


def test_an_output_directory_holding_an_input_file_is_refused(
    folder: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(folder.parent)
    before = snapshot(folder.parent)
    # ids are the paths as given: in -o . they would be in/0.txt and in/1.txt again
    assert main(["parse", "in/0.txt", "in/1.txt", "-o", "./"]) == 2
    err = capsys.readouterr().err
    assert "-o ./ holds the input in/0.txt: files written there could replace inputs" in err
    assert snapshot(folder.parent) == before


def test_links_to_an_input_are_the_input(
    folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = folder / "0.txt"
    (tmp_path / "soft.txt").symlink_to(source)
    os.link(source, tmp_path / "hard.txt")
    before = snapshot(tmp_path)
    for output in ("soft.txt", "hard.txt"):
        assert main(["parse", str(source), "-o", str(tmp_path / output)]) == 2
        assert "never writes over an input" in capsys.readouterr().err
    linked = tmp_path / "linked"
    linked.symlink_to(folder, target_is_directory=True)
    assert main(["parse", "--json", str(linked), "-o", str(folder / "x")]) == 2
    assert "lies in the input directory" in capsys.readouterr().err
    assert snapshot(tmp_path) == before


def test_an_output_beside_the_inputs_is_written(
    folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out.jsonl"
    assert main(["parse", "-q", "-f", "jsonl", str(folder), "-o", str(out)]) == 0
    assert len(_records(out.read_text(encoding="utf-8"))) == 4
    assert capsys.readouterr().err == ""


# -- whole files only -------------------------------------------------------------------------------


def _interrupt_at_item(monkeypatch: pytest.MonkeyPatch, n: int) -> None:
    """Make the nth item's work raise KeyboardInterrupt, as Ctrl-C would."""
    calls = iter(range(1, 1000))
    real = newsdoc.cli.Work.__call__

    def work(self: newsdoc.cli.Work, job: Any) -> str:
        if next(calls) == n:
            raise KeyboardInterrupt
        return real(self, job)

    monkeypatch.setattr(newsdoc.cli.Work, "__call__", work)


@pytest.mark.parametrize("existing", [False, True])
def test_an_interrupted_run_leaves_no_half_file(
    existing: bool, folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out" / "articles.jsonl"
    out.parent.mkdir()
    if existing:
        out.write_bytes(b"yesterday's run\n")
    before = snapshot(tmp_path)
    _interrupt_at_item(monkeypatch, 3)
    with pytest.raises(KeyboardInterrupt):
        main(["parse", "-q", "-f", "jsonl", str(folder), "-o", str(out)])
    assert snapshot(tmp_path) == before  # no temporary file left, the old output intact


def test_an_interrupted_run_into_a_directory_leaves_whole_files(
    folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out"
    _interrupt_at_item(monkeypatch, 3)
    with pytest.raises(KeyboardInterrupt):
        main(["parse", "-q", "--json", str(folder), "-o", str(out)])
    written = snapshot(out)
    assert sorted(written) == ["0.json", "1.json"]
    for name, data in written.items():
        assert Article.from_dict(json.loads(data)) == parse(STORY.format(i=name[0]))


def test_a_device_or_pipe_is_written_as_it_is(folder: Path) -> None:
    assert main(["parse", "-q", "-f", "jsonl", str(folder), "-o", os.devnull]) == 0
    assert Path(os.devnull).is_char_device()  # not replaced by a regular file
    fifo = folder.parent / "pipe"
    os.mkfifo(fifo)
    reader = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)
    try:
        assert main(["sources", "-q", "-f", "csv", str(folder / "0.txt"), "-o", str(fifo)]) == 0
        assert os.read(reader, 1000).decode().startswith("speaker,kind,named,gender,")
    finally:
        os.close(reader)
    assert fifo.is_fifo()


def test_files_get_the_usual_mode(folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "a.json"
    assert main(["parse", "--json", str(folder / "0.txt"), "-o", str(out)]) == 0
    mask = os.umask(0o022)
    os.umask(mask)
    assert out.stat().st_mode & 0o777 == 0o666 & ~mask


# -- -o DIR ---------------------------------------------------------------------------------------


def test_o_dir_is_made_for_several_outputs(
    folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "new" / "json"
    assert main(["parse", "-q", "--json", str(folder), "-o", str(out)]) == 0
    assert sorted(snapshot(out)) == ["0.json", "1.json", "2.json", "sub/3.json"]
    taken = tmp_path / "taken"
    taken.write_bytes(b"a file")
    assert main(["parse", "--html", str(folder), "-o", str(taken)]) == 2
    err = capsys.readouterr().err
    assert f"several items in html are written one file each into a directory, and {taken}" in err
    assert "give a directory (-o DIR, made if need be), or use --format jsonl" in err
    assert taken.read_bytes() == b"a file"
    assert main(["parse", "-f", "csv", str(folder), "-o", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert f"give a file name, e.g. -o {tmp_path / 'articles.csv'}" in err


def test_an_output_file_in_a_missing_directory_says_what_to_do(
    folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["parse", str(folder / "0.txt"), "-o", str(tmp_path / "no" / "a.txt")]) == 2
    err = capsys.readouterr().err
    assert f"the directory {tmp_path / 'no'} does not exist; create it first" in err


# -- each bad path fails alone ----------------------------------------------------------------------


def test_a_missing_path_among_several_is_one_failed_item(
    folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = str(tmp_path / "missing.txt")
    argv = ["parse", "-f", "jsonl", str(folder / "0.txt"), missing, str(folder / "1.txt")]
    assert main(argv) == 1
    out, err = capsys.readouterr()
    records = _records(out)
    assert [r.get("error") for r in records] == [
        None,
        {"type": "FileNotFoundError", "message": "cannot read: no such file or directory"},
        None,
    ]
    assert records[1]["source"] == missing
    assert Article.from_dict(records[2]["article"]) == parse(STORY.format(i=1))
    assert "1 of 3 items failed" in err
    assert f"{missing}: FileNotFoundError: cannot read: no such file or directory" in err


def test_an_unreadable_directory_and_file_are_one_failed_item_each(
    folder: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    locked_dir, locked_file = str(folder / "sub"), str(folder / "1.txt")
    real_scandir, real_open = os.scandir, open

    def scandir(path: str) -> Any:
        if path == locked_dir:
            raise PermissionError(13, "Permission denied", path)
        return real_scandir(path)

    def fake_open(path: Any, *args: Any, **kwargs: Any) -> Any:
        if path == locked_file:
            raise PermissionError(13, "Permission denied", path)
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(os, "scandir", scandir)
    monkeypatch.setattr(newsdoc.cli, "open", fake_open, raising=False)
    assert main(["parse", "-f", "jsonl", str(folder)]) == 1
    out, err = capsys.readouterr()
    errors = {r["id"]: r.get("error") for r in _records(out)}
    assert errors == {
        "0.txt": None,
        "1.txt": {"type": "OSError", "message": "cannot read: Permission denied"},
        "2.txt": None,
        "sub": {
            "type": "PermissionError",
            "message": "cannot list the directory: Permission denied",
        },
    }
    assert "2 of 4 items failed" in err


def test_no_articles_found_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "notes.md").write_text("not an article", encoding="utf-8")
    assert main(["parse", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert f"no articles in {tmp_path}" in err and "--input" in err


# -- --rules auto -----------------------------------------------------------------------------------


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_rules_auto_picks_each_articles_language(
    jobs: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "a.txt").write_text(GERMAN, encoding="utf-8")
    (tmp_path / "b.txt").write_text(STORY.format(i=1), encoding="utf-8")
    assert main(["parse", "-f", "jsonl", "--rules", "auto", "-j", jobs, str(tmp_path)]) == 0
    articles = [Article.from_dict(r["article"]) for r in _records(capsys.readouterr().out)]
    assert [a.ruleset for a in articles] == ["de", "en"]
    assert articles[0] == parse(GERMAN, rules="auto")


def test_parse_many_takes_rules_auto() -> None:
    results = list(parse_many([GERMAN], rules="auto", processes=1))
    assert results[0].article is not None and results[0].article.ruleset == "de"
