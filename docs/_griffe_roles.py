"""A griffe extension for the API reference: docstrings written for Python read well as Markdown.

The docstrings use Sphinx roles such as ``:class:`~newsdoc.rules.RuleSet``` and
``:func:`summarize```: each becomes a mkdocstrings cross-reference when the
target is a documented (public) object, and plain code otherwise, so every
link resolves. Doctest examples (``>>>`` lines) become ``pycon`` code blocks
instead of Markdown quotes.
"""

from __future__ import annotations

import re
from typing import Any

import griffe

_DOCTEST = re.compile(r"^(?P<indent>[ ]*)>>> .*(?:\n(?P=indent)(?:>>>|\.\.\.|(?! *$)).*)*", re.M)
_ROLE = re.compile(r":(?:class|func|meth|mod|data|attr|exc|obj):`(~?)([\w.]+)`")


def _find(pkg: griffe.Module, path: str) -> str | None:
    """The canonical path of ``path`` when it names a public object of the package."""
    parts = path.split(".")
    if parts[0] != pkg.name:
        return None
    try:
        obj: Any = pkg[".".join(parts[1:])] if len(parts) > 1 else pkg
    except (KeyError, griffe.AliasResolutionError, griffe.CyclicAliasError):
        return None
    if obj.is_alias:
        path = obj.target_path
    if any(p.startswith("_") for p in path.split(".")):
        return None
    return str(path)


def _candidates(obj: griffe.Object, target: str) -> list[str]:
    scopes = [obj.path]
    parent = obj.parent
    while parent is not None:
        scopes.append(parent.path)
        parent = parent.parent
    return [target, *(f"{scope}.{target}" for scope in scopes)]


def _fence(m: re.Match[str]) -> str:
    indent = m.group("indent")
    return f"{indent}```pycon\n{m.group(0)}\n{indent}```"


class RolesToReferences(griffe.Extension):
    """Rewrite Sphinx roles in every docstring of the package once it is loaded."""

    def on_package(self, *, pkg: griffe.Module, **kwargs: Any) -> None:
        """Walk the package and rewrite each docstring."""
        self._walk(pkg, pkg, set())

    def _walk(self, pkg: griffe.Module, obj: griffe.Object, seen: set[str]) -> None:
        if obj.path in seen:
            return
        seen.add(obj.path)
        if obj.docstring is not None:
            value = _ROLE.sub(lambda m: self._ref(pkg, obj, m), obj.docstring.value)
            obj.docstring.value = _DOCTEST.sub(_fence, value)
        for member in obj.members.values():
            if not member.is_alias:
                self._walk(pkg, member, seen)  # type: ignore[arg-type]

    @staticmethod
    def _ref(pkg: griffe.Module, obj: griffe.Object, m: re.Match[str]) -> str:
        short, target = m.group(1), m.group(2)
        shown = target.rsplit(".", 1)[-1] if short else target
        for candidate in _candidates(obj, target):
            found = _find(pkg, candidate)
            if found is not None:
                return f"[`{shown}`][{found}]"
        return f"`{shown}`"
