"""Documentation examples run: module doctests and the README's Python blocks."""

from __future__ import annotations

import doctest
import importlib
import pkgutil
import re
from pathlib import Path

import pytest

import newsdoc

ROOT = Path(__file__).resolve().parent.parent
MODULES = sorted(
    m.name
    for m in pkgutil.walk_packages(newsdoc.__path__, "newsdoc.")
    if m.name != "newsdoc.__main__"
)


@pytest.mark.parametrize("name", ["newsdoc", *MODULES])
def test_doctests(name: str) -> None:
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    assert result.failed == 0


def _python_blocks(path: Path) -> list[str]:
    return re.findall(r"```python\n(.*?)```", path.read_text(encoding="utf-8"), flags=re.S)


@pytest.mark.parametrize("path", [ROOT / "README.md"], ids=["README"])
def test_markdown_examples(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    blocks = _python_blocks(path)
    assert blocks, f"{path.name} has no python examples"
    namespace: dict[str, object] = {}
    for block in blocks:
        exec(compile(block, str(path), "exec"), namespace)


def test_public_names_have_docstrings() -> None:
    for name in newsdoc.__all__:
        obj = getattr(newsdoc, name)
        if callable(obj) or isinstance(obj, type):
            assert (obj.__doc__ or "").strip(), f"newsdoc.{name} has no docstring"
