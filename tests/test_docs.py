"""Documentation examples run: module doctests, the README's and the docs site's code blocks.

In ``README.md`` and ``docs/*.md``, the ```` ```python ```` blocks of a page run
in order in one namespace, from the repository root. An HTML comment on the
line before a block changes that (it does not show on the site):

``<!-- doc-test: requires pandas dask -->``
    the block needs packages beyond newsdoc: it runs on its own (a fresh
    namespace) when they import, and is skipped, with that reason, when not;
``<!-- doc-test: skip REASON -->``
    the block never runs;
``<!-- doc-test: rule-file -->``
    (before a ```` ```toml ```` block) the block is loaded as a rule file;
``<!-- doc-test: run -->``
    (before a ```` ```sh ```` block) each ``newsdoc …`` line runs through the
    CLI in a scratch directory holding ``examples/``, and must exit 0
    (``run requires MODULE``: skipped when the module does not import);
``<!-- doc-test: input NAME -->``
    (before a ```` ```text ```` block) the block is the file ``NAME`` for the
    ``output`` blocks after it on the page;
``<!-- doc-test: output newsdoc … -->``
    (before a ```` ```text ```` block) the block is what that command prints, exactly,
    run in the page's scratch directory (``examples/`` and the page's inputs).

Every python block, run or not, must at least compile.
"""

from __future__ import annotations

import argparse
import doctest
import importlib
import pkgutil
import re
import shlex
import shutil
from pathlib import Path

import attrs
import pytest

import newsdoc
from newsdoc.cli import main
from newsdoc.rulefile import load_rules

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
PAGES = [ROOT / "README.md", *sorted(DOCS.glob("*.md"))]
MODULES = sorted(
    m.name
    for m in pkgutil.walk_packages(newsdoc.__path__, "newsdoc.")
    if m.name != "newsdoc.__main__"
)

_FENCE = re.compile(
    r"(?:<!--\s*doc-test:\s*(?P<mark>[^>]*?)\s*-->\n)?^```(?P<lang>\w+)[^\n]*\n(?P<code>.*?)^```",
    flags=re.S | re.M,
)


@attrs.frozen
class CodeBlock:
    """One fenced block of a page, with its doc-test mark (``""`` when it has none)."""

    page: Path
    line: int
    lang: str
    code: str
    mark: str

    @property
    def label(self) -> str:
        return f"{self.page.relative_to(ROOT)}:{self.line}"

    def compiled(self) -> object:
        # Pad so that tracebacks point at the right line of the page.
        return compile("\n" * self.line + self.code, str(self.page), "exec")


def code_blocks(page: Path) -> list[CodeBlock]:
    text = page.read_text(encoding="utf-8")
    return [
        CodeBlock(
            page,
            text.count("\n", 0, m.start("code")),
            m.group("lang"),
            m.group("code"),
            m.group("mark") or "",
        )
        for m in _FENCE.finditer(text)
    ]


def _blocks(lang: str, mark: str | None = None) -> list[CodeBlock]:
    found = [b for page in PAGES for b in code_blocks(page) if b.lang == lang]
    return [b for b in found if mark is None or b.mark.split(" ", 1)[0] == mark]


@pytest.mark.parametrize("name", ["newsdoc", *MODULES])
def test_doctests(name: str) -> None:
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    assert result.failed == 0


def test_every_python_block_compiles() -> None:
    for block in _blocks("python"):
        block.compiled()  # even the blocks that do not run must stay valid Python


RUNNABLE = [p for p in PAGES if any(b.lang == "python" and not b.mark for b in code_blocks(p))]


@pytest.mark.parametrize("page", RUNNABLE, ids=[str(p.relative_to(ROOT)) for p in RUNNABLE])
def test_markdown_examples(page: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The page's python blocks that need only newsdoc run in order in one namespace."""
    monkeypatch.chdir(ROOT)
    plain = [b for b in code_blocks(page) if b.lang == "python" and not b.mark]
    namespace: dict[str, object] = {"__name__": f"doc_{page.stem}"}
    for block in plain:
        exec(block.compiled(), namespace)


OPTIONAL = _blocks("python", "requires")


@pytest.mark.parametrize("block", OPTIONAL, ids=[b.label for b in OPTIONAL])
def test_examples_with_extra_packages(block: CodeBlock, monkeypatch: pytest.MonkeyPatch) -> None:
    """Blocks marked ``requires`` run alone when their packages import, else skip."""
    for name in block.mark.split()[1:]:
        pytest.importorskip(name, reason=f"{block.label} needs {name} (not installed)")
    monkeypatch.chdir(ROOT)
    exec(block.compiled(), {"__name__": "doc_example"})


RULE_FILES = _blocks("toml", "rule-file")


@pytest.mark.parametrize("block", RULE_FILES, ids=[b.label for b in RULE_FILES])
def test_rule_file_examples(block: CodeBlock, tmp_path: Path) -> None:
    path = tmp_path / "rules.toml"
    path.write_text(block.code, encoding="utf-8")
    assert len(load_rules(path)) > 0


COMMANDS = _blocks("sh", "run")


@pytest.mark.parametrize("block", COMMANDS, ids=[b.label for b in COMMANDS])
def test_command_examples(
    block: CodeBlock,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    words = block.mark.split()
    for name in words[2:] if words[1:2] == ["requires"] else ():
        pytest.importorskip(name, reason=f"{block.label} needs {name} (not installed)")
    shutil.copytree(ROOT / "examples", tmp_path / "examples")
    monkeypatch.chdir(tmp_path)
    lines = [line for line in block.code.splitlines() if line.startswith("newsdoc ")]
    assert lines, f"{block.label} has no newsdoc commands"
    for line in lines:
        argv = shlex.split(line, comments=True)[1:]
        try:
            status = main(argv)
        except SystemExit as done:  # --help and --version exit through argparse
            status = done.code
        assert status in (0, None), f"{line!r} failed: {capsys.readouterr().err}"


SAMPLED = [p for p in PAGES if any(b.mark.startswith("output ") for b in code_blocks(p))]


@pytest.mark.parametrize("page", SAMPLED, ids=[str(p.relative_to(ROOT)) for p in SAMPLED])
def test_command_output_samples(
    page: Path,
    request: pytest.FixtureRequest,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Each output sample is what its command prints now, character for character
    (``pytest --update-goldens`` rewrites the samples: read the diff)."""
    shutil.copytree(ROOT / "examples", tmp_path / "examples")
    monkeypatch.chdir(tmp_path)
    update = request.config.getoption("--update-goldens")
    text = page.read_text(encoding="utf-8")
    for block in code_blocks(page):
        word, _, rest = block.mark.partition(" ")
        if word == "input":
            (tmp_path / rest).write_text(block.code, encoding="utf-8")
        elif word == "output":
            argv = shlex.split(rest)
            assert argv[0] == "newsdoc", f"{block.label}: not a newsdoc command"
            capsys.readouterr()
            assert main(argv[1:]) == 0, f"{block.label}: {capsys.readouterr().err}"
            printed = capsys.readouterr().out
            if update:
                head = text.index(f"<!-- doc-test: {block.mark} -->")
                start = text.index("\n", text.index("```", head)) + 1
                text = text[:start] + printed + text[start + len(block.code) :]
            else:
                assert printed == block.code, f"{block.label}: output differs"
    if update:
        page.write_text(text, encoding="utf-8")


SYNOPSES = [b for b in _blocks("text") if not b.mark and re.match(r"newsdoc [a-z]+ \[", b.code)]


@pytest.mark.parametrize("block", SYNOPSES, ids=[b.label for b in SYNOPSES])
def test_command_synopses_list_the_options_the_command_takes(block: CodeBlock) -> None:
    """A command's synopsis in the docs names every option it takes, and no other."""
    from newsdoc.cli import _parser

    command = block.code.split()[1]
    sub = next(a for a in _parser()._actions if isinstance(a, argparse._SubParsersAction)).choices[
        command
    ]
    shown = set(re.findall(r"(?<![\w-])--?[a-zA-Z][a-z-]*", block.code))
    options = [a.option_strings for a in sub._actions if a.option_strings != ["-h", "--help"]]
    missing = [o[-1] for o in options if o and not shown.intersection(o)]
    unknown = shown - {o for names in options for o in names}
    assert not missing and not unknown, f"{block.label}: missing {missing}, unknown {unknown}"


def test_marks_are_known() -> None:
    for page in PAGES:
        for block in code_blocks(page):
            if block.mark:
                word = block.mark.split(" ", 1)[0]
                allowed = {
                    "python": {"requires", "skip"},
                    "toml": {"rule-file"},
                    "sh": {"run"},
                    "text": {"input", "output"},
                }
                assert word in allowed.get(block.lang, set()), f"{block.label}: {block.mark!r}"


def test_every_public_module_is_in_the_api_reference() -> None:
    """Each public module has a ``:::`` directive, or sits in a package shown with its submodules."""
    covered: list[str] = []
    for page in (DOCS / "api").glob("*.md"):
        text = page.read_text(encoding="utf-8")
        for m in re.finditer(r"^::: ([\w.]+)\n((?:[ ]{4}.*\n)*)", text, re.M):
            path, options = m.group(1), m.group(2)
            covered.append(path + (".*" if "show_submodules: true" in options else ""))

    def documented(module: str) -> bool:
        return any(
            module in (path, path.removesuffix(".*"))
            or (path.endswith(".*") and module.startswith(path[:-1]))
            or (path.rsplit(".", 1)[0] == module and path not in MODULES)  # one member shown
            for path in covered
        )

    public = [m for m in ["newsdoc", *MODULES] if not any(p.startswith("_") for p in m.split("."))]
    missing = [m for m in public if not documented(m)]
    assert not missing, f"modules missing from docs/api/*.md: {missing}"


def test_public_names_have_docstrings() -> None:
    for name in newsdoc.__all__:
        obj = getattr(newsdoc, name)
        if callable(obj) or isinstance(obj, type):
            assert (obj.__doc__ or "").strip(), f"newsdoc.{name} has no docstring"
