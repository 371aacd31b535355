"""What the project says about itself holds: licence, classifiers, the README's JSON keys."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

import newsdoc

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

ROOT = Path(__file__).resolve().parent.parent
PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]


def test_license_file_is_the_licence_the_metadata_names() -> None:
    assert PROJECT["license"] == "MIT"
    text = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert text.startswith("MIT License\n")
    assert "Permission is hereby granted, free of charge" in text
    assert 'THE SOFTWARE IS PROVIDED "AS IS"' in text


def test_classifiers_name_every_python_from_the_oldest_to_this_one() -> None:
    """Runs on each Python CI or a developer tests with, so a passing version gets its classifier."""
    oldest = re.fullmatch(r">=3\.(\d+)", PROJECT["requires-python"])
    assert oldest is not None
    claimed = {
        int(c.rsplit(".", 1)[1])
        for c in PROJECT["classifiers"]
        if re.fullmatch(r"Programming Language :: Python :: 3\.\d+", c)
    }
    newest = max(claimed | {sys.version_info.minor})
    assert claimed == set(range(int(oldest.group(1)), newest + 1))


def _keys(data: object) -> set[str]:
    if isinstance(data, dict):
        return set(data) | {k for v in data.values() for k in _keys(v)}
    if isinstance(data, list):
        return {k for v in data for k in _keys(v)}
    return set()


PAGE = """<html><head><title>Pier approved | Gazette</title></head><body>
<h1>Pier approved</h1><p class="byline">By Jane Okafor</p>
<p>“Yes,” said Ana Ruiz.</p></body></html>"""


def test_readme_names_every_key_of_the_json_form() -> None:
    article = newsdoc.parse((ROOT / "examples" / "harbour-page.txt").read_text(encoding="utf-8"))
    assert article.headline and article.byline and article.dateline and article.speakers
    data = article.to_dict()
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## The JSON form", 1)[1].split("\n## ", 1)[0]
    named = {w for code in re.findall(r"`([^`]+)`", section) for w in re.findall(r"\w+", code)}
    assert _keys(data) - named == set()
    assert f"`schema` ({data['schema']})" in section
    pytest.importorskip("lxml")
    from newsdoc.html import parse_html

    page = parse_html(PAGE).to_dict()  # a web page's parse adds meta, and path on blocks
    assert page["meta"] and page["blocks"][0]["path"]
    assert _keys(page) - named == set()
