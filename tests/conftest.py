"""Shared test options: ``--update-goldens`` rewrites golden files from the current parse."""

from __future__ import annotations

import pytest


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-goldens",
        action="store_true",
        help="rewrite the expected part of every golden file from the current parse",
    )
