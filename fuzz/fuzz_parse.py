"""Fuzz ``newsdoc.parse`` with atheris (libFuzzer): it must never raise, and the invariants hold.

Not part of CI (atheris needs a compiler toolchain on some platforms)::

    python -m pip install atheris
    PYTHONPATH=src python fuzz/fuzz_parse.py -max_total_time=3600 fuzz/corpus

Each input is read as bytes and as text: bytes must parse or raise the
documented ``ValueError`` (not UTF-8); any string (lone surrogates included)
must parse, keep the invariants of ``newsdoc.testing.check_invariants`` and
survive a ``to_dict``/``from_dict`` round trip. The parse runs with
``on_timeout="skip"``, so a rule that overruns is reported on the Article
rather than raised. A crash writes the input to ``crash-*``; rerun it with
``python fuzz/fuzz_parse.py crash-...``.
"""

from __future__ import annotations

import sys

import atheris

with atheris.instrument_imports():
    import newsdoc
    from newsdoc import Article
    from newsdoc.testing import check_invariants


def test_one_input(data: bytes) -> None:
    """One fuzz case: the bytes as UTF-8, then as arbitrary text."""
    try:
        newsdoc.parse(data, on_timeout="skip")
    except ValueError as exc:
        if "UTF-8" not in str(exc):
            raise
    text = atheris.FuzzedDataProvider(data).ConsumeUnicode(len(data))
    article = newsdoc.parse(text, on_timeout="skip")
    check_invariants(article)
    if Article.from_dict(article.to_dict()) != article:
        raise AssertionError("to_dict/from_dict round trip changed the Article")


def main() -> None:
    """Run libFuzzer over ``test_one_input`` with the command-line options."""
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
