"""The command line: outline, JSON, stdin, errors, help."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from newsdoc import Article, Attribution, Cue, Headline, Mention, Paragraph, Quote, Span, parse
from newsdoc.cli import main, outline
from newsdoc.render import render_page

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


SPEECH = (
    "Title\n\nMayor Ines Walker said the harbour would reopen in May.\n\n"
    "Walker said Reese called the plan “a disaster” last week.\n\n“We are ready,” said Walker."
)


def test_outline_shows_reported_and_mixed_speech(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "speech.txt"
    path.write_text(SPEECH, encoding="utf-8")
    assert main(["parse", str(path)]) == 0
    out = capsys.readouterr().out
    lines = out.splitlines()
    first = lines.index("¶ Mayor Ines Walker said the harbour would reopen in May.")
    assert (
        lines[first + 1] == "    » [reported] the harbour would reopen in May — Ines Walker (said)"
    )
    second = lines.index("¶ Walker said Reese called the plan “a disaster” last week.")
    under = lines[second + 1 : lines.index("¶ “We are ready,” said Walker.")]
    # mixed speech shows its whole content, and its quote keeps its own line, after it
    mixed = "    » [mixed] Reese called the plan “a disaster” last week — Ines Walker (said)"
    assert under[0] == mixed
    assert "    » “a disaster”  [partial] — Ines Walker (said)" in under[1:]
    # a direct quote is listed once, as a quote
    assert out.count("“We are ready,”") == 2  # the paragraph and its quote line
    assert "[direct]" not in out
    assert "  Ines Walker: 2 quote(s), 1 reported, 1 mixed; mentions:" in out
    # deterministic
    assert main(["parse", str(path)]) == 0
    assert capsys.readouterr().out == out


def test_outline_of_hand_made_speech_in_text_order() -> None:
    text = "Head\n\nIt will fail, he said, and soon\n\nmore, Ana said the plan would “work”."
    he = Mention(Span(text.index("he"), text.index("he") + 2), "he")
    fail = Span(text.index("It"), text.index("fail") + 4)
    soon = Span(text.index("and"), text.index("more") + 4)
    cy = Attribution(he, None, "r.split", (), (fail, soon), "reported")
    quote = Span(text.index("“"), text.index("”") + 1)
    ana = Mention(Span(text.index("Ana"), text.index("Ana") + 3), "Ana", "Ana Ruiz")
    said = Span(text.index("said the"), text.index("said the") + 4)
    plan = Span(text.index("the plan"), quote.end)
    mixed = Attribution(ana, Cue(said, "said"), "r.clause", (quote,), (plan,), "mixed")
    q = Quote(quote, quote.of(text), Span(quote.start + 1, quote.end - 1), "partial", mixed)
    p1, p2 = Span(6, text.index("soon") + 4), Span(text.index("more"), len(text))
    blocks = (Headline(Span(0, 4), "Head"), Paragraph(p1, p1.of(text)), Paragraph(p2, p2.of(text)))
    article = Article(text, blocks, (q,), attributions=(cy, mixed))
    assert outline(article).splitlines() == [
        "HEADLINE  Head",
        "¶ It will fail, he said, and soon",
        "    » [reported] It will fail … and soon more — unresolved “he” (r.split)",
        "¶ more, Ana said the plan would “work”.",
        "    » [mixed] the plan would “work” — Ana Ruiz (said)",
        "    » “work”  [partial] — Ana Ruiz (said)",
    ]


def test_html_marks_reported_speech(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "speech.txt"
    path.write_text(SPEECH, encoding="utf-8")
    assert main(["parse", "-f", "html", str(path)]) == 0
    page = capsys.readouterr().out
    title = "reported speech: Ines Walker (said) [attribution.clause]"
    assert f'<span class="nd-speech nd-c0" title="{title}">' in page
    assert '<span class="nd-label nd-said nd-c0">Ines Walker</span>the harbour would' in page
    assert 'title="mixed speech: Ines Walker (said)' in page
    assert 'class="nd-quote nd-c0"' in page  # quotes keep their marks
    assert main(["parse", "--html", "--hide", "speech", str(path)]) == 0
    hidden = capsys.readouterr().out
    assert "reported speech:" not in hidden and 'class="nd-quote nd-c0"' in hidden


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
    assert main(["parse", str(bad)]) == 1  # a failed item, not a usage error
    err = capsys.readouterr().err
    assert "1 of 1 items failed" in err and "not utf-8 text" in err and "--encoding" in err
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
    assert main(["rules", "--stage", "attribution"]) == 0
    stages = {line.split()[1] for line in capsys.readouterr().out.splitlines()}
    assert stages == {"attribution"}
    with pytest.raises(SystemExit):
        main(["rules", "--stage", "attributions"])
    assert "invalid choice: 'attributions'" in capsys.readouterr().err


def test_rules_words(capsys: pytest.CaptureFixture[str]) -> None:
    from newsdoc import rulesets

    en = rulesets.get("en")
    assert main(["rules", "--words"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line.split()[0] for line in lines] == sorted(en.words)
    pronouns = next(line for line in lines if line.startswith("pronouns "))
    assert pronouns.split(None, 2)[1:] == ["8", "he, she, they, it, He, She, They, It"]
    assert main(["rules", "--words", "cue_verbs"]) == 0
    assert tuple(capsys.readouterr().out.splitlines()) == en.word_list("cue_verbs")
    assert main(["rules", "--rules", "de", "--stage", "block", "--words"]) == 0
    listed = {line.split()[0] for line in capsys.readouterr().out.splitlines()}
    de = rulesets.get("de")
    assert listed == {n for r in de if r.stage.value == "block" for n in r.word_lists}
    assert main(["rules", "--words", "cue_verb"]) == 2
    err = capsys.readouterr().err
    assert "rule set 'en' has no word list 'cue_verb'; did you mean 'cue_verbs'" in err
    assert "abbreviations" not in err
    assert main(["rules", "--rules", "auto"]) == 2
    assert "name one to list its rules: de, en," in capsys.readouterr().err


def test_a_rule_file_with_an_unknown_name_is_an_error_listing_the_names(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rules = tmp_path / "mine.toml"
    rules.write_text('base = "en"\n[words]\ncue_verb = ["harrumphed"]\n', encoding="utf-8")
    assert main(["parse", "--rules", str(rules), str(SEED)]) == 2
    err = capsys.readouterr().err
    assert f"{rules}: [words] 'cue_verb': rule set 'en' has no word list of that name" in err
    assert "did you mean 'cue_verbs'" in err and "abbreviations" not in err
    rules.write_text('base = "en"\ndisable = ["boilerplate.relatd"]\n', encoding="utf-8")
    assert main(["rules", "--rules", str(rules)]) == 2
    err = capsys.readouterr().err
    assert "no rule named 'boilerplate.relatd'; did you mean 'boilerplate.related'" in err
    new_list = (
        'base = "en"\n[words]\nnicknames = ["Dubya"]\n[[rules]]\nname = "quote.nick"\n'
        'stage = "quote"\npattern = \'\\L<nicknames>\\s*$\'\nwhere = "before"\nkind = "term"\n'
    )
    rules.write_text(new_list, encoding="utf-8")  # a new list that a rule of the file names
    assert main(["rules", "--rules", str(rules), "--words", "nicknames"]) == 0
    assert capsys.readouterr().out == "Dubya\n"


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


def test_html_view_options(capsys: pytest.CaptureFixture[str]) -> None:
    args = ["parse", "--html", "--color", "Donald Trump=#f97316", "--hide", "boilerplate, cue"]
    assert main([*args, str(SEED)]) == 0
    page = capsys.readouterr().out
    assert page.startswith("<!DOCTYPE html>")
    assert 'class="nd-label nd-u0">Donald Trump<' in page and "background:#f97316" in page
    assert "Informations sur les" not in page and 'class="nd-cue' not in page
    assert "Not shown: 2 boilerplate." in page
    assert main(["parse", "--html", "--fragment", "--collapse-boilerplate", str(SEED)]) == 0
    fragment = capsys.readouterr().out
    assert fragment.startswith('<div class="newsdoc">') and "<html" not in fragment
    assert "<details" not in fragment  # the example's boilerplate blocks stand alone


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_html_one_page_holds_every_item(
    jobs: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page_text = SEED.parent / "harbour-page.txt"
    out = tmp_path / "both.html"
    args = ["parse", "--html", "--one-page", "--collapse-boilerplate", "-j", jobs, "-q"]
    assert main([*args, str(page_text), str(SEED), "-o", str(out)]) == 0
    page = out.read_text(encoding="utf-8")
    articles = [parse(p.read_text(encoding="utf-8")) for p in (page_text, SEED)]
    assert page == render_page(articles, collapse_boilerplate=True)
    assert "<title>newsdoc: 2 articles</title>" in page and "<details" in page


def test_html_view_option_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for args, message in [
        (["--html", "--color", "Donald Trump"], "--color takes NAME=COLOUR"),
        (["--html", "--color", "Donald Trump=red"], "is not a colour like '#2563eb'"),
        (["--html", "--hide", "boilerplates"], "--hide boilerplates: not a kind of node"),
        (["--json", "--collapse-boilerplate"], "go with --html"),
        (["--html", "--one-page", "-o", str(tmp_path)], "is a directory"),
    ]:
        assert main(["parse", *args, str(SEED)]) == 2
        assert message in capsys.readouterr().err


def test_output_file_errors(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert main(["parse", str(SEED), "-o", str(tmp_path / "no" / "such" / "dir.txt")]) == 2
    assert "cannot write" in capsys.readouterr().err


def test_json_and_html_exclude_each_other(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["parse", "--json", "--html", str(SEED)])
    assert "not allowed" in capsys.readouterr().err


# -- archives: several inputs, directories, JSON lines, jobs, failures ---------------------------

STORY = "Story {i}\n\n“Part {i} is done,” said Ana Ruiz.\n\n“More to come,” she said."


@pytest.fixture
def archive(tmp_path: Path) -> Path:
    root = tmp_path / "archive"
    (root / "2026" / "11").mkdir(parents=True)
    for i in range(6):
        (root / "2026" / "11" / f"{i:02}.txt").write_text(STORY.format(i=i), encoding="utf-8")
    (root / "2026" / "notes.md").write_text("not an article", encoding="utf-8")
    (root / "2026" / "bad.txt").write_bytes(b"Caf\xe9\n\nThe end.")
    return root


def _records(text: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in text.splitlines()]


def test_a_directory_to_jsonl_with_ids_sources_and_a_failure(
    archive: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["parse", "--format", "jsonl", str(archive)]) == 1
    out, err = capsys.readouterr()
    lines = out.splitlines()
    records = _records(out)
    assert [r["id"] for r in records] == [
        "2026/11/00.txt",
        *(f"2026/11/0{i}.txt" for i in range(1, 6)),
        "2026/bad.txt",
    ]
    assert records[0]["source"] == str(archive / "2026" / "11" / "00.txt")
    article = Article.from_dict(records[0]["article"])  # type: ignore[arg-type]
    assert article == parse(STORY.format(i=0))
    assert records[-1]["error"] == {
        "type": "UnicodeDecodeError",
        "message": "not utf-8 text (invalid continuation byte at byte 3); give its encoding with --encoding",
    }
    assert "article" not in records[-1] and all("\n" not in line for line in lines)
    assert "1 of 7 items failed" in err and "bad.txt: UnicodeDecodeError" in err
    assert main(["parse", "--format", "jsonl", "--encoding", "latin-1", str(archive)]) == 0
    fixed = _records(capsys.readouterr().out)[-1]
    assert Article.from_dict(fixed["article"]).text == "Café\n\nThe end."  # type: ignore[arg-type]


def test_a_directory_named_like_a_file_is_searched_or_reported(
    archive: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (archive / "b05_dir.txt").mkdir()  # empty: one failed item, not silently nothing
    (archive / "parts.jsonl").mkdir()  # holding files: searched
    (archive / "parts.jsonl" / "p.txt").write_text(STORY.format(i=9), encoding="utf-8")
    assert main(["parse", "--format", "jsonl", str(archive)]) == 1
    records = _records(capsys.readouterr().out)
    assert [r["id"] for r in records][-3:] == ["2026/bad.txt", "b05_dir.txt", "parts.jsonl/p.txt"]
    assert records[-2]["error"] == {
        "type": "IsADirectoryError",
        "message": "is a directory named like an input file, and holds no input file",
    }
    assert main(["parse", "--format", "jsonl", str(archive / "b05_dir.txt")]) == 1
    (record,) = _records(capsys.readouterr().out)
    assert record["id"] == str(archive / "b05_dir.txt") and "error" in record


def test_jobs_2_writes_what_jobs_1_writes(
    archive: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for fmt in ("jsonl", "csv", "outline"):
        assert main(["parse", "-f", fmt, "--jobs", "1", str(archive)]) == 1
        one = capsys.readouterr().out
        assert main(["parse", "-f", fmt, "--jobs", "2", str(archive)]) == 1
        assert capsys.readouterr().out == one


def test_several_paths_give_outlines_headed_by_their_source(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    paths = []
    for i in range(3):
        path = tmp_path / f"s{i}.txt"
        path.write_text(STORY.format(i=i), encoding="utf-8")
        paths.append(str(path))
    assert main(["parse", "--quiet", *paths]) == 0
    out, err = capsys.readouterr()
    assert out.count("==> ") == 3 and f"==> {paths[2]} <==\nHEADLINE  Story 2" in out
    assert err == ""


def test_jsonl_input_from_stdin_with_fields(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    lines = [
        json.dumps({"key": "a", "body": STORY.format(i=1)}),
        "{not json",
        "",
        json.dumps({"key": "c", "title": "no body"}),
        json.dumps(["a", "list"]),
        json.dumps({"body": STORY.format(i=5)}),
    ]
    stdin = io.TextIOWrapper(io.BytesIO("\n".join(lines).encode()))
    monkeypatch.setattr(sys, "stdin", stdin)
    argv = ["parse", "--input", "jsonl", "--text-field", "body", "--id-field", "key", "-f", "jsonl"]
    assert main(argv) == 1
    out, err = capsys.readouterr()
    records = _records(out)
    assert [r["id"] for r in records] == ["a", "-:2", "c", "-:5", "-:6"]
    assert [r["source"] for r in records] == ["-:1", "-:2", "-:4", "-:5", "-:6"]
    assert [("article" in r, r.get("error", {}).get("type")) for r in records] == [  # type: ignore[attr-defined]
        (True, None),
        (False, "InvalidJSON"),
        (False, "MissingText"),
        (False, "InvalidJSON"),
        (True, None),
    ]
    assert "no 'body' field (fields: key, title)" in err and "3 of 5 items failed" in err


def test_csv_rows_are_attribution_rows(archive: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import csv

    from newsdoc import attribution_rows

    assert main(["parse", "-f", "csv", str(archive / "2026" / "11")]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    expected = [
        {k: "" if v is None else str(v) for k, v in row.items()}
        for i in range(6)
        for row in attribution_rows(parse(STORY.format(i=i)), id=f"{i:02}.txt")
    ]
    assert rows == expected and len(rows) == 12


def test_output_directory_gets_one_file_per_item(
    archive: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    assert main(["parse", "--json", str(archive / "2026" / "11"), "-o", f"{out}/"]) == 0
    written = sorted(p.relative_to(out).as_posix() for p in out.rglob("*"))
    assert written == [f"{i:02}.json" for i in range(6)]
    data = json.loads((out / "03.json").read_text(encoding="utf-8"))
    assert Article.from_dict(data) == parse(STORY.format(i=3))
    assert main(["parse", "--html", str(archive)]) == 2
    assert "give a directory with -o DIR" in capsys.readouterr().err
    assert main(["parse", "-f", "jsonl", str(archive), "-o", str(out)]) == 2
    assert "is a directory" in capsys.readouterr().err


def test_size_limit_and_binary_data_are_failures_with_reasons(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "big.txt").write_text("word " * 300_000, encoding="utf-8")
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (tmp_path / "empty.txt").write_bytes(b"")
    assert main(["parse", "-f", "jsonl", "--max-size", "1", str(tmp_path)]) == 1
    records = {r["id"]: r for r in _records(capsys.readouterr().out)}
    assert records["big.txt"]["error"] == {
        "type": "TooLarge",
        "message": "1.5 MB is over the 1 MB limit (see --max-size)",
    }
    assert records["image.txt"]["error"] == {
        "type": "BinaryData",
        "message": "a NUL byte at byte 8: binary data, not text",
    }
    assert records["empty.txt"]["error"] == {
        "type": "EmptyText",
        "message": "the input holds no text",
    }
    assert main(["parse", "-f", "jsonl", "--max-size", "0", str(tmp_path / "big.txt")]) == 0
    capsys.readouterr()


def test_progress_counts_on_a_terminal_without_tqdm(
    archive: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    err = Terminal()
    monkeypatch.setattr(sys, "stderr", err)
    monkeypatch.setitem(sys.modules, "tqdm", None)  # tqdm absent: plain counts
    assert main(["parse", "-f", "jsonl", str(archive / "2026" / "11")]) == 0
    assert "6/6 items, 0 failed" in err.getvalue()
    assert "6 items parsed" in err.getvalue()
    quiet = Terminal()
    monkeypatch.setattr(sys, "stderr", quiet)
    assert main(["parse", "-q", "-f", "jsonl", str(archive / "2026" / "11")]) == 0
    assert quiet.getvalue() == ""
    capsys.readouterr()


def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    for argv in (
        ["parse", "--jobs", "-1", str(SEED)],
        ["parse", "--encoding", "klingon-8", str(SEED)],
        ["parse", str(tmp_path / "missing")],  # alone; among several, one failed item
    ):
        assert main(argv) == 2
    assert "unknown encoding" in capsys.readouterr().err


def test_a_directory_of_pages_and_texts_gz_included(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import gzip

    from newsdoc import parse_html

    page = (
        "<html><head><title>Harbour opens</title></head><body><article><h1>Harbour opens</h1>"
        "<p>“We are open,” said Ida Berg.</p></article></body></html>"
    )
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "a.html.gz").write_bytes(gzip.compress(page.encode()))
    (pages / "b.txt").write_text(STORY.format(i=1), encoding="utf-8")
    (pages / "c.htm").write_text(page, encoding="utf-8")
    assert main(["parse", "-f", "jsonl", "--jobs", "2", str(pages)]) == 0
    records = _records(capsys.readouterr().out)
    assert [r["id"] for r in records] == ["a.html.gz", "b.txt", "c.htm"]
    articles = [Article.from_dict(r["article"]) for r in records]  # type: ignore[arg-type]
    expected = parse_html(page.encode())
    assert articles == [expected, parse(STORY.format(i=1)), expected]
    out = tmp_path / "out"
    assert main(["parse", "--json", str(pages), "-o", f"{out}/", "--input", "html"]) == 0
    assert sorted(p.name for p in out.iterdir()) == ["a.json", "c.json"]


def test_every_command_and_option_in_the_docs_is_run_by_the_tests() -> None:
    """Each option of a synopsis in docs/cli.md appears in a run block of that page or in a
    test's argument list, with its command; and every command the parser knows is documented."""
    import re

    from newsdoc.cli import _parser

    root = SEED.parent.parent
    page = (root / "docs" / "cli.md").read_text(encoding="utf-8")
    runs = "\n".join(re.findall(r"<!-- doc-test: run -->\n```sh\n(.*?)```", page, re.S))
    tests = "\n".join(p.read_text(encoding="utf-8") for p in (root / "tests").glob("test_*.py"))
    synopses = re.findall(r"```text\n(newsdoc ([\w-]+) .*?)```", page, re.S)
    commands = {command for _, command in synopses} | set(re.findall(r"^newsdoc (\w+)", runs, re.M))
    subparsers = next(a for a in _parser()._actions if a.dest == "command")
    assert commands == set(subparsers.choices)  # type: ignore[arg-type]
    missing = []
    for synopsis, command in synopses:
        ran = [line for line in runs.splitlines() if line.startswith(f"newsdoc {command}")]
        for option in set(re.findall(r"(?<![\w-])(--?[a-z][\w-]*)", synopsis)):
            in_docs = any(re.search(rf"(?<![\w-]){option}(?![\w-])", line) for line in ran)
            if not in_docs and f'"{option}"' not in tests:
                missing.append(f"newsdoc {command} {option}")
    assert not missing, f"documented but never run: {missing}"
    for flag in ("--help", "--version"):
        assert f"newsdoc parse {flag}" in runs or f"newsdoc {flag}" in runs
