"""Cue lists learned from annotated attributions (newsdoc.learn, newsdoc learn-cues)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsdoc.cli import main
from newsdoc.learn import CorpusError, cue_module, learn_cues, merge_learned, read_corpus

TEXT = (
    "Title line\n"
    "Smith grumbled the plan would fail. Jones grumbled that it worked.\n"
    "The dog grumbled. Brown lauded the bill. Green lauded the mayor.\n"
    "His quibble that taxes rose was wrong, according to officials.\n"
)


def _span(text: str, word: str, nth: int = 0) -> list[int]:
    at = -1
    for _ in range(nth + 1):
        at = text.index(word, at + 1)
    return [at, at + len(word)]


def _gold(text: str) -> list[dict[str, object]]:
    s = lambda w, n=0: _span(text, w, n)  # noqa: E731
    return [
        {"source": [s("Smith")], "cue": [s("grumbled")], "content": [s("the plan would fail")]},
        {"source": [s("Jones")], "cue": [s("grumbled", 1)], "content": [s("it worked")]},
        {"source": [s("Brown")], "cue": [s("lauded")], "content": [s("the bill")]},
        {"source": [s("Green")], "cue": [s("lauded", 1)], "content": [s("the mayor")]},
        {"source": [s("His")], "cue": [s("quibble")], "content": [s("taxes rose")]},
        {
            "source": [s("officials")],
            "cue": [s("according to")],
            "content": [s("His quibble that taxes rose was wrong")],
        },
    ]


@pytest.fixture
def json_corpus(tmp_path: Path) -> Path:
    (tmp_path / "text").mkdir()
    (tmp_path / "gold").mkdir()
    (tmp_path / "text" / "train-1.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "gold" / "train-1.json").write_text(json.dumps(_gold(TEXT)), encoding="utf-8")
    (tmp_path / "text" / "dev-1.txt").write_text("Nobody spoke.\n", encoding="utf-8")
    (tmp_path / "gold" / "dev-1.json").write_text("[]", encoding="utf-8")
    return tmp_path


@pytest.fixture
def brat_corpus(tmp_path: Path) -> Path:
    root = tmp_path / "train"
    (root / "text").mkdir(parents=True)
    (root / "attributions").mkdir()
    (root / "text" / "doc.txt").write_text(TEXT, encoding="utf-8")
    lines, events = [], []
    t = 0
    for e, a in enumerate(_gold(TEXT), 1):
        ids = {}
        for role, kind in (("source", "Source"), ("cue", "Cue"), ("content", "Content")):
            t += 1
            (start, end) = a[role][0]  # type: ignore[index]
            lines.append(f"T{t}\t{kind} {start} {end}\t{TEXT[start:end]}")
            ids[kind] = f"T{t}"
        events.append(
            f"E{e}\tAttribution:T0 Source:{ids['Source']} Cue:{ids['Cue']} Content:{ids['Content']}"
        )
    (root / "attributions" / "doc_ann1.ann").write_text("\n".join(lines + events), "utf-8")
    (root / "attributions" / "doc_ann2.ann").write_text("", "utf-8")  # a second annotator
    return tmp_path


def _by_entry(folder: Path) -> dict[str, tuple[str, float, int, int, str]]:
    cues = learn_cues(read_corpus(folder, "train"), "en", min_precision=0.0, min_count=1)
    return {c.entry: (c.list, c.precision, c.count, c.uses, c.speaker) for c in cues}


@pytest.mark.parametrize("layout", ["json_corpus", "brat_corpus"])
def test_precision_frame_and_side(layout: str, request: pytest.FixtureRequest) -> None:
    got = _by_entry(request.getfixturevalue(layout))
    # two of three uses of "grumbled" are cues; one takes "that": a clause verb
    assert got["grumbled"] == ("clause_verbs", 0.667, 2, 3, "before")
    assert got["lauded"] == ("object_verbs", 1.0, 2, 2, "before")
    assert got["quibble"] == ("noun_cues", 1.0, 1, 1, "before")
    assert got["according to"] == ("according_to", 1.0, 1, 1, "after")


def test_thresholds_and_split(json_corpus: Path) -> None:
    texts = read_corpus(json_corpus, "train")
    assert [t.name for t in texts] == ["train-1"]
    kept = learn_cues(texts, "en", min_precision=0.9, min_count=2)
    assert [c.entry for c in kept] == ["lauded"]


def test_merge_keeps_hand_lists() -> None:
    rows = (
        ("said", "object_verbs", 0.9, 10, "before"),
        ("lauded", "object_verbs", 1.0, 2, "before"),
    )
    merged = merge_learned({"clause_verbs": ("said",), "object_verbs": ()}, rows, known=("x",))
    assert merged == {"clause_verbs": ("said",), "object_verbs": ("lauded",)}


def test_module_round_trip(json_corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "learned.py"
    assert main(["learn-cues", str(json_corpus), "--min-count", "1", "-o", str(out)]) == 0
    source = out.read_text(encoding="utf-8")
    assert "newsdoc learn-cues" in source.split('"""')[1]  # the command that regenerates it
    namespace: dict[str, object] = {}
    exec(compile(source, str(out), "exec"), namespace)
    rows = namespace["LEARNED_CUES"]
    assert ("lauded", "object_verbs", 1.0, 2, "before") in rows  # type: ignore[operator]
    cues = learn_cues(read_corpus(json_corpus, "train"), "en", min_count=1)
    assert (
        cue_module(cues, "the command", "a corpus").split("LEARNED_CUES")[1]
        == (source.split("LEARNED_CUES")[1])
    )


def test_table(json_corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    args = ["--split", "train", "--rules", "en", "--min-precision", "0.1", "--clause-share", "0.5"]
    assert main(["learn-cues", str(json_corpus), *args, "--table", "--min-count", "1"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split()[:3] == ["entry", "list", "prec"]
    assert any(line.split()[0] == "lauded" for line in lines)


def test_bad_corpus(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(CorpusError, match="neither gold"):
        read_corpus(tmp_path, "train")
    assert main(["learn-cues", str(tmp_path)]) == 2
    assert "neither gold" in capsys.readouterr().err
    (tmp_path / "gold").mkdir()
    (tmp_path / "text").mkdir()
    (tmp_path / "gold" / "train-1.json").write_text('[{"cue": [[0]]}]', encoding="utf-8")
    (tmp_path / "text" / "train-1.txt").write_text("x", encoding="utf-8")
    with pytest.raises(CorpusError, match="start, end"):
        read_corpus(tmp_path, "train")
    (tmp_path / "gold" / "train-1.json").write_text("{", encoding="utf-8")
    with pytest.raises(CorpusError, match="not JSON"):
        read_corpus(tmp_path, "train")
    assert main(["learn-cues", str(tmp_path), "--split", "test"]) == 2
