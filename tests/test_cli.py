"""The command line: outline, JSON, stdin, errors, help."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from newsdoc.cli import main

SEED = Path(__file__).resolve().parent.parent / "examples" / "g20-trump-putin.txt"


def test_outline(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", str(SEED)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("HEADLINE  G20: first meeting Trump-Putin")
    assert "[social: boilerplate.social]" in out
    assert "Vladimir Putin (described)" in out


def test_outline_dateline_once_and_unresolved_speaker(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "a.txt"
    path.write_text("Vote\n\nWASHINGTON (AP) - “No,” he told reporters.", encoding="utf-8")
    assert main(["parse", str(path)]) == 0
    out = capsys.readouterr().out
    assert "¶ [DATELINE WASHINGTON (AP) -]  “No,” he told reporters.\n" in out
    assert out.count("WASHINGTON") == 1
    assert "— unresolved “he” (told)" in out  # not "— he (told)", as if "he" were a name


def test_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", "--json", str(SEED)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["headline"]["text"] == "G20: first meeting Trump-Putin"


def test_stdin(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(
        sys, "stdin", io.TextIOWrapper(io.BytesIO("Title\n\n“Hi,” he said.".encode()))
    )
    assert main(["parse", "-"]) == 0
    assert "HEADLINE  Title" in capsys.readouterr().out


def test_errors_go_to_stderr(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert main(["parse", str(tmp_path / "missing.txt")]) == 2
    assert "cannot read" in capsys.readouterr().err
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe")
    assert main(["parse", str(bad)]) == 2
    assert "UTF-8" in capsys.readouterr().err
    assert main(["parse", "--rules", "klingon", str(SEED)]) == 2
    assert "no rule set named" in capsys.readouterr().err


@pytest.mark.parametrize("name", ["Mine.TOML", "mine.Toml", "mine.toml"])
def test_rules_file_extension_in_any_case(
    name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rules = tmp_path / name
    rules.write_text('name = "mine"\nbase = "en"\n[words]\ncue_verbs = ["harrumphed"]\n')
    article = tmp_path / "a.txt"
    article.write_text("Vote\n\n“No,” harrumphed Ana Ruiz.", encoding="utf-8")
    assert main(["parse", "--rules", str(rules), str(article)]) == 0
    assert "Ana Ruiz (harrumphed)" in capsys.readouterr().out
    assert main(["rules", "--rules", str(rules)]) == 0


def test_rules_listing(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["rules"]) == 0
    assert "boilerplate.related" in capsys.readouterr().out


def test_python_dash_m_and_help() -> None:
    run = subprocess.run(
        [sys.executable, "-m", "newsdoc", "parse", "--help"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode == 0 and "--json" in run.stdout
    bad = subprocess.run(
        [sys.executable, "-m", "newsdoc", "bogus"], capture_output=True, text=True, check=False
    )
    assert bad.returncode != 0 and bad.stderr


def test_html_page(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert main(["parse", "--html", str(SEED)]) == 0
    page = capsys.readouterr().out
    assert page.startswith("<!DOCTYPE html>") and 'class="nd-quote' in page
    out = tmp_path / "page.html"
    assert main(["parse", "--html", str(SEED), "-o", str(out)]) == 0
    assert capsys.readouterr().out == ""
    assert out.read_text(encoding="utf-8") == page


def test_output_file_errors(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert main(["parse", str(SEED), "-o", str(tmp_path / "no" / "such" / "dir.txt")]) == 2
    assert "cannot write" in capsys.readouterr().err


def test_json_and_html_exclude_each_other(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["parse", "--json", "--html", str(SEED)])
    assert "not allowed" in capsys.readouterr().err
