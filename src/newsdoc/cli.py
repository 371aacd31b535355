"""The ``newsdoc`` command: parse articles (one, or an archive) into an outline, JSON, CSV or HTML.

``newsdoc parse`` reads files, directories (recursively), standard input and
JSON lines; it parses in ``--jobs`` processes (:func:`newsdoc.batch.run_items`),
writes in input order, shows progress on a terminal, and reports every item
that failed, with exit status 1. ``newsdoc sources`` reads the same inputs
into one row per speaker (:class:`newsdoc.rows.SourceTable`). Usage errors
exit with 2; an output that is an input, or lies where inputs are read, is
one, refused before any work, and every output file is written atomically.
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import gzip
import importlib
import io
import json
import os
import sys
import tempfile
import time
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any, BinaryIO, TextIO, TypeVar

import attrs

from newsdoc import rulesets
from newsdoc._version import __version__
from newsdoc.batch import Failure, ParseWork, run_items
from newsdoc.errors import NewsdocError, did_you_mean
from newsdoc.html import parse_html
from newsdoc.model import (
    Article,
    Attribution,
    AttributionKind,
    Boilerplate,
    Byline,
    Headline,
    Paragraph,
)
from newsdoc.render import NODES, render_html, render_page
from newsdoc.rows import (
    COLUMNS,
    SOURCE_COLUMNS,
    SUMMARY_COLUMNS,
    SourceTable,
    SpeakerTally,
    attribution_rows,
    gender_summary,
    speaker_tallies,
)
from newsdoc.rulefile import load_rules
from newsdoc.rules import RuleSet, Stage

__all__ = ["main", "outline"]

T = TypeVar("T")


def _who(a: Attribution | None) -> str:
    """``Ines Walker (said)``: the speaker and the cue (the rule, without one) of an outline line."""
    if a is None:
        return "?"
    # A mention with no name was never resolved to a speaker (a lone "he"): say so.
    name = a.speaker.name or f"unresolved “{a.speaker.text}”"
    return f"{name} ({a.cue.text if a.cue else a.rule})"


def outline(article: Article) -> str:
    """A readable outline: headline, byline, paragraphs with their speech, boilerplate, speakers.

    Under each paragraph, one line for each quote that starts in it (its kind and who said
    it) and one for each reported or mixed attribution whose content starts in it (what was
    said, quotes included, with its whitespace folded), in text order; a direct attribution
    shows through its quotes only.
    """
    lines: list[str] = []
    said: list[tuple[int, int, int, str]] = []  # (start, -end, order, line), sorted below
    for q in article.quotes:
        line = f"    » {q.text}  [{q.kind}] — {_who(q.attribution)}"
        said.append((q.span.start, -q.span.end, len(said), line))
    for a in article.attributions:
        if a.kind not in (AttributionKind.REPORTED, AttributionKind.MIXED):
            continue
        spans = sorted(a.content) or [a.speaker.span]
        content = " … ".join(" ".join(s.of(article.text).split()) for s in spans)
        line = f"    » [{a.kind}] {content} — {_who(a)}"
        said.append((spans[0].start, -spans[-1].end, len(said), line))
    said.sort()
    starts = [s for s, *_ in said]
    for block in article.blocks:
        if isinstance(block, Headline):
            lines.append(f"HEADLINE  {block.text}")
        elif isinstance(block, Byline):
            names = ", ".join(a.text for a in block.authors)
            lines.append(f"BYLINE    {block.text}" + (f"  (authors: {names})" if names else ""))
        elif isinstance(block, Boilerplate):
            lines.append(f"[{block.kind}: {block.rule}]  {block.text}")
        elif isinstance(block, Paragraph):
            d = block.dateline
            body = article.text[d.span.end : block.span.end].lstrip() if d else block.text
            lines.append(f"¶ [DATELINE {d.text}]  {body}" if d else f"¶ {body}")
            first = bisect_left(starts, block.span.start)
            last = bisect_left(starts, block.span.end, first)
            lines.extend(line for *_, line in said[first:last])
    if article.speakers:
        lines.append("")
        lines.append("SPEAKERS")
        for sp in article.speakers:
            mentions = ", ".join(dict.fromkeys(m.text for m in sp.mentions))
            kinds = Counter(a.kind for a in sp.attributions)
            reported = "".join(
                f", {kinds[k]} {k}"
                for k in (AttributionKind.REPORTED, AttributionKind.MIXED)
                if kinds[k]
            )
            lines.append(f"  {sp.name}: {len(sp.quotes)} quote(s){reported}; mentions: {mentions}")
    lines.extend(f"warning: {w}" for w in article.warnings)
    return "\n".join(lines)


# -- the command line --------------------------------------------------------------------------

FORMATS = ("outline", "json", "jsonl", "csv", "html")
"""The output formats of ``newsdoc parse --format``."""

SOURCE_FORMATS = ("table", "csv", "jsonl")
"""The output formats of ``newsdoc sources --format``."""

_SUFFIX = {"outline": ".txt", "json": ".json", "jsonl": ".jsonl", "csv": ".csv", "html": ".html"}

INPUT_KINDS = {
    ".txt": "text",
    ".text": "text",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".jsonl": "jsonl",
}
"""File extensions a directory is searched for, and how each kind of file is read.

A name may end in ``.gz`` as well (``page.html.gz``): the file is decompressed as it is read.
"""


def _kind_of(path: str) -> str | None:
    """The kind of input a file name says (``a.html.gz``: ``html``), or None."""
    return INPUT_KINDS.get(Path(path.lower().removesuffix(".gz")).suffix)


def _input_options(p: argparse.ArgumentParser) -> None:
    """The options ``parse`` and ``sources`` share: reading, jobs, progress, rules."""
    p.add_argument(
        "--input",
        choices=("auto", "text", "html", "jsonl"),
        default="auto",
        help="how to read the inputs: auto (default: by extension, see above; stdin is text), "
        "text (one article a file), html (a web page a file), jsonl (one article a line)",
    )
    p.add_argument("--url", metavar="URL", help="the web page's address (with HTML input)")
    p.add_argument(
        "--text-field",
        default="text",
        metavar="NAME",
        help="JSON lines: the text's field (a.b: nested)",
    )
    p.add_argument(
        "--id-field", default="id", metavar="NAME", help="JSON lines: the id's field (a.b: nested)"
    )
    p.add_argument(
        "--encoding", default="utf-8", metavar="CODEC", help="of text files (default utf-8)"
    )
    p.add_argument(
        "--max-size",
        type=float,
        default=5.0,
        metavar="MB",
        help="report a larger article as a failure instead of parsing it (default 5; 0: no limit)",
    )
    p.add_argument(
        "-j",
        "--jobs",
        type=int,
        default=1,
        metavar="N",
        help="worker processes (default 1: this process; 0: one per core)",
    )
    p.add_argument(
        "-q",
        "--quiet",
        action="store_true",
        help="no progress bar and no summary unless items fail",
    )
    p.add_argument(
        "--rules",
        metavar="NAME_OR_TOML",
        default="auto",
        help="auto (the default: each article's language), a registered rule set (en, de, "
        "fr, es, or a plugin's: `newsdoc rulesets`) or a .toml rule file",
    )


def _parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(
        prog="newsdoc",
        description="Parse news articles into headline, byline, dateline, paragraphs, "
        "quotes with their speakers, and labelled boilerplate.",
    )
    ap.add_argument("--version", action="version", version=f"newsdoc {__version__}")
    sub = ap.add_subparsers(dest="command", required=True, metavar="COMMAND")
    p = sub.add_parser(
        "parse",
        help="parse articles (files, directories, stdin, JSON lines) into an outline, "
        "JSON, JSON lines, CSV rows or HTML",
        description="Parse articles: plain-text files and web pages, directories (searched "
        f"recursively for {', '.join(INPUT_KINDS)}, and those names with .gz), '-' or a pipe "
        "for standard input, and JSON lines. "
        "Results come in input order; failed items are reported at the end (exit status 1).",
    )
    p.add_argument(
        "paths",
        nargs="*",
        metavar="PATH",
        help="files or directories; '-' (or no PATH, with a pipe) reads standard input",
    )
    form = p.add_mutually_exclusive_group()
    form.add_argument(
        "-f",
        "--format",
        choices=FORMATS,
        help="outline (default), json (Article.to_dict()), jsonl (one compact object a line, "
        "with id and source), csv (one row per attribution), html (a page showing the parse)",
    )
    form.add_argument(
        "--json", dest="format", action="store_const", const="json", help="--format json"
    )
    form.add_argument(
        "--html", dest="format", action="store_const", const="html", help="--format html"
    )
    p.add_argument(
        "-o",
        "--output",
        metavar="OUT",
        help="write to this file (UTF-8) instead of standard output; for several items "
        "in json or html, a directory (one file per item, made if need be); never an input",
    )
    _input_options(p)
    view = p.add_argument_group("the HTML view (--html)")
    view.add_argument(
        "--color",
        action="append",
        default=[],
        metavar="NAME=COLOUR",
        help="a speaker's colour, e.g. --color 'Donald Trump=#f97316' (repeatable)",
    )
    view.add_argument(
        "--hide",
        default="",
        metavar="KINDS",
        help=f"node kinds not to draw, comma-separated, of: {', '.join(NODES)}",
    )
    view.add_argument(
        "--collapse-boilerplate",
        action="store_true",
        help="show each run of boilerplate blocks as one line that opens on a click",
    )
    view.add_argument(
        "--fragment",
        action="store_true",
        help="write an HTML fragment with its own styles (to put in a page) instead of a page",
    )
    view.add_argument(
        "--one-page",
        action="store_true",
        help="several items: all on one page (-o FILE or standard output), not a file each",
    )
    sp = sub.add_parser(
        "sources",
        help="one row per speaker across the articles: whom they quote, how often, and how",
        description="Count the speakers of many articles: one row per speaker (joined across "
        "articles by resolved name only) with the articles and attributions crediting them, "
        "direct, mixed and reported, and how the articles first mention them. Reads what "
        "'newsdoc parse' reads; failed items are reported at the end (exit status 1).",
    )
    sp.add_argument("paths", nargs="*", metavar="PATH", help="files or directories, as for parse")
    sp.add_argument(
        "-f",
        "--format",
        choices=SOURCE_FORMATS,
        default="table",
        help="table (default: aligned columns), csv (with a header) or jsonl (an object a row)",
    )
    sp.add_argument("-o", "--output", metavar="FILE", help="write to this file (UTF-8)")
    sp.add_argument(
        "--summary",
        action="store_true",
        help="instead of the rows: named people quoted and their attributions by gender, "
        "with women's and men's shares (what a gender-gap report needs)",
    )
    _input_options(sp)
    _explain_options(sub)
    sub.add_parser("rulesets", help="list the rule sets that can be loaded")
    from newsdoc import learn  # only the learn-cues command needs it

    learn.add_arguments(
        sub.add_parser(
            "learn-cues",
            help="learn cue word lists from annotated attributions (BRAT or JSON)",
            description="Measure, for every word that opens an annotated cue, its precision as "
            "a cue over all its uses, its frame and its speaker's side, and write those above "
            "the thresholds as a word-list module for a rule set (see newsdoc.learn).",
        )
    )
    rp = sub.add_parser(
        "rules",
        help="list the rules of a rule set, in order, or its word lists",
        description="List a rule set's rules in order (name, stage, on/off, description), "
        "or with --words its word lists.",
    )
    rp.add_argument("--rules", metavar="NAME_OR_TOML", default="en", help="rule set or .toml file")
    rp.add_argument(
        "--stage",
        choices=[s.value for s in Stage],
        help="only the rules of this stage (with --words: the lists its rules name)",
    )
    rp.add_argument(
        "--words",
        nargs="?",
        const="",
        metavar="NAME",
        help="list the word lists (size and first words); with NAME, every word of that list",
    )
    return ap


def _explain_options(sub: Any) -> None:
    ep = sub.add_parser(
        "explain",
        help="what the attribution rules see in each sentence, and why speech did or did not form",
        description="For each sentence (or one, --sentence): the tokens with their class "
        "letters, the letters the rules read (quotes as Q), each rule that could run and what "
        "it matched or how far it read, the rules that could not run, and the speech formed. "
        "--rule shows one rule's pattern with its building blocks named and expanded.",
    )
    ep.add_argument("path", nargs="?", metavar="PATH", help="a text file or web page; '-': stdin")
    ep.add_argument("--text", metavar="TEXT", help="explain this text instead of a file")
    ep.add_argument(
        "-s",
        "--sentence",
        metavar="N_OR_WORDS",
        help="only sentence N (1: the first), or those holding these words",
    )
    ep.add_argument("--rule", metavar="NAME", help="show this rule's pattern, blocks expanded")
    ep.add_argument("--classes", action="store_true", help="list the token classes and letters")
    ep.add_argument(
        "--tried-only", action="store_true", help="leave out the rules that could not run"
    )
    ep.add_argument("--html", action="store_true", help="an HTML page instead of text")
    ep.add_argument("-o", "--output", metavar="FILE", help="write to this file (UTF-8)")
    ep.add_argument("--rules", metavar="NAME_OR_TOML", default="en", help="rule set or .toml file")


def _explain_command(args: argparse.Namespace) -> int:
    """``newsdoc explain``: the logic is :mod:`newsdoc.explain`; this reads and writes."""
    from newsdoc.explain import class_table, explain, explain_rule
    from newsdoc.render import render_explanation

    if args.rules == "auto" and (args.rule or args.classes):
        raise UsageError("--rules auto names no one set; name the set, e.g. --rules en")
    rules = _rules(args.rules)
    if args.rule or args.classes:
        shown = explain_rule(args.rule, rules) if args.rule else class_table(rules)
    else:
        if (args.text is None) == (args.path is None):
            raise UsageError("give a PATH ('-' for standard input) or --text TEXT, not both")
        source: str | Article = args.text
        if args.path is not None:
            data = sys.stdin.buffer.read() if args.path == "-" else Path(args.path).read_bytes()
            html = args.path != "-" and _kind_of(args.path) == "html"
            source = parse_html(data, rules=rules) if html else data.decode("utf-8-sig")
        chosen = args.sentence
        sentence = int(chosen) if chosen is not None and chosen.isdigit() else chosen
        found = explain(source, rules=rules, sentence=sentence)
        shown = (
            render_explanation(found, page=True)
            if args.html
            else found.text(tried_only=args.tried_only)
        )
    if args.output is None:
        _write(sys.stdout, shown)
    else:
        if args.path and os.path.exists(args.output) and os.path.samefile(args.output, args.path):
            raise UsageError(f"-o {args.output} is the input: give the output another name")
        out = _open_output(args.output)
        _write(out.stream, shown)
        out.commit()
    return 0


class UsageError(Exception):
    """A problem with the command line itself: reported with exit status 2."""


def _rules(value: str) -> RuleSet | str:
    """What ``--rules`` names, checked: a rule file's set, or a registered name, or ``"auto"``.

    A name stays a name, so that each worker loads it from the registry.
    """
    if _is_rule_file(value):
        return load_rules(value)
    if value != "auto":
        rulesets.get(value)  # an unknown name fails here, before any work
    return value


def _is_rule_file(value: str) -> bool:
    """``--rules`` names a TOML file when it ends in ``.toml``, in any case (``Mine.TOML``)."""
    return value.lower().endswith(".toml")


def _write(out: TextIO, text: str) -> None:
    out.write(text if text.endswith("\n") else text + "\n")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status (0 success, 1 failed items, 2 usage)."""
    args = _parser().parse_args(argv)
    try:
        if args.command == "rulesets":
            _write(sys.stdout, "\n".join(rulesets.available()))
            return 0
        if args.command == "rules":
            return _rules_command(args)
        if args.command == "explain":
            return _explain_command(args)
        if args.command == "learn-cues":
            from newsdoc import learn

            return learn.run(args)
        rules = _rules(args.rules)
        if args.command == "sources":
            return _sources_command(args, rules)
        return _parse_command(args, rules)
    except UsageError as exc:
        print(f"newsdoc: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:
        print(f"newsdoc: cannot read {exc.filename}: {exc.strerror}", file=sys.stderr)
        return 2
    except (NewsdocError, ValueError) as exc:
        print(f"newsdoc: {exc}", file=sys.stderr)
        return 2


# -- the rules command --------------------------------------------------------------------------


def _rules_command(args: argparse.Namespace) -> int:
    """List the rules of a set (``--stage``: of one stage), or its word lists (``--words``)."""
    if args.rules == "auto":
        raise UsageError(
            "--rules auto chooses a rule set for each article; name one to list its rules: "
            + ", ".join(rulesets.available())
        )
    rules = _rules(args.rules)
    rs = rules if isinstance(rules, RuleSet) else rulesets.get(rules)
    chosen = [r for r in rs if args.stage is None or r.stage.value == args.stage]
    if args.words is None:
        rows = [
            f"{r.name:40} {r.stage.value:12} {'on ' if r.enabled else 'off'} {r.description}"
            for r in chosen
        ]
        _write(sys.stdout, "\n".join(rows))
        return 0
    names = sorted(rs.words)
    if args.stage is not None:
        names = sorted({n for r in chosen for n in r.word_lists})
    if args.words:
        if args.words not in rs.words:
            hint = did_you_mean(args.words, sorted(rs.words), "`newsdoc rules --words`")
            raise UsageError(f"rule set {rs.name!r} has no word list {args.words!r}; {hint}")
        _write(sys.stdout, "\n".join(rs.words[args.words]))
        return 0
    width = max((len(n) for n in names), default=0)
    lines = [f"{n:{width}} {len(rs.words[n]):5}  {_first_words(rs.words[n])}" for n in names]
    _write(sys.stdout, "\n".join(lines))
    return 0


def _first_words(words: Sequence[str], room: int = 72) -> str:
    """As many of ``words`` as fit in ``room`` characters, comma-separated, then ``…``."""
    shown = ""
    for i, word in enumerate(words):
        more = f"{', ' if i else ''}{word}"
        if len(shown) + len(more) > room:
            return shown + ", …"
        shown += more
    return shown


# -- reading: paths to items --------------------------------------------------------------------


@attrs.frozen
class Item:
    """One article to parse: its ``id``, where it came from, and its input (or why there is none).

    ``payload`` is ``(kind, data)`` (``kind`` a key of the parsers the worker
    knows, e.g. ``"text"``), or a :class:`~newsdoc.batch.Failure`.
    """

    id: Any
    source: str
    payload: tuple[str, str | bytes] | Failure


@attrs.frozen
class Reading:
    """The options that say how inputs are read (from the command line)."""

    input: str = "auto"
    text_field: str = "text"
    id_field: str = "id"
    encoding: str = "utf-8"
    max_bytes: int = 0


def _files(paths: Sequence[str], reading: Reading) -> Iterator[tuple[str, str, str | Failure]]:
    """``(id, path, kind)`` of every input file, directories searched recursively in name order.

    A path that cannot be read (missing, or a directory that cannot be listed)
    comes with its :class:`Failure` for a kind: one failed item.
    """
    for given in paths:
        if given == "-":
            yield "-", "-", "text" if reading.input == "auto" else reading.input
        elif os.path.isdir(given):
            for path, kind in _search(given):
                if isinstance(kind, Failure) or reading.input in ("auto", kind):
                    yield (given if path == given else os.path.relpath(path, given)), path, kind
        elif not os.path.exists(given):
            yield (
                given,
                given,
                Failure("FileNotFoundError", "cannot read: no such file or directory"),
            )
        else:
            kind = _kind_of(given) or "text"
            yield given, given, kind if reading.input == "auto" else reading.input


def _walk(folder: str) -> Iterator[tuple[str, str | Failure]]:
    """``(path, kind)`` of the input files under ``folder``; a folder that cannot be listed
    comes with its Failure."""
    try:
        with os.scandir(folder) as found:
            entries = sorted(found, key=lambda e: e.name)
    except OSError as exc:
        yield folder, Failure(type(exc).__name__, f"cannot list the directory: {exc.strerror}")
        return
    for entry in entries:
        if entry.is_dir():
            yield from _search(entry.path)
        elif (kind := _kind_of(entry.name)) is not None:
            yield entry.path, kind


def _search(folder: str) -> Iterator[tuple[str, str | Failure]]:
    """:func:`_walk`; a folder named like an input file (``notes.txt/``) is searched too,
    and when it holds no input file it is one failed item, not silently nothing."""
    empty = True
    for found in _walk(folder):
        empty = False
        yield found
    if empty and _kind_of(folder) is not None:
        problem = "is a directory named like an input file, and holds no input file"
        yield folder, Failure("IsADirectoryError", problem)


def _items(paths: Sequence[str], reading: Reading) -> Iterator[Item]:
    for item_id, path, kind in _files(paths, reading):
        if isinstance(kind, Failure):
            yield Item(item_id, path, kind)
        else:
            yield from READERS[kind](item_id, path, reading)


def _open(path: str) -> BinaryIO | gzip.GzipFile:
    """The file's bytes as a stream (``-``: standard input), decompressed for a ``.gz`` name."""
    fh = sys.stdin.buffer if path == "-" else open(path, "rb")  # noqa: SIM115
    return gzip.GzipFile(fileobj=fh, mode="rb") if path.lower().endswith(".gz") else fh


def _read(item_id: str, path: str, reading: Reading) -> bytes | Item:
    """The whole file (at most ``max_bytes`` of it), or the failed item."""
    try:
        if reading.max_bytes and path != "-" and os.path.getsize(path) > reading.max_bytes:
            return Item(item_id, path, _too_large(os.path.getsize(path), reading))
        with _open(path) as fh:
            data = fh.read(reading.max_bytes + 1) if reading.max_bytes else fh.read()
    except (OSError, EOFError) as exc:
        problem = getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
        return Item(item_id, path, Failure("OSError", f"cannot read: {problem}"))
    if reading.max_bytes and len(data) > reading.max_bytes:
        return Item(item_id, path, _too_large(len(data), reading, at_least=True))
    return data


def _read_text(item_id: str, path: str, reading: Reading) -> Iterator[Item]:
    data = _read(item_id, path, reading)
    yield data if isinstance(data, Item) else Item(item_id, path, _text(data, reading))


def _read_html(item_id: str, path: str, reading: Reading) -> Iterator[Item]:
    data = _read(item_id, path, reading)  # the page decodes itself, by its declared charset
    yield data if isinstance(data, Item) else Item(item_id, path, ("html", data))


def _read_jsonl(item_id: str, path: str, reading: Reading) -> Iterator[Item]:
    try:
        fh = _open(path)
        with fh:
            for number, line in enumerate(fh, 1):
                if line.strip():
                    yield _jsonl_item(line, f"{path}:{number}", reading)
    except (OSError, EOFError) as exc:
        problem = getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
        yield Item(item_id, path, Failure("OSError", f"cannot read: {problem}"))


def _jsonl_item(line: bytes, source: str, reading: Reading) -> Item:
    if reading.max_bytes and len(line) > reading.max_bytes:
        return Item(source, source, _too_large(len(line), reading))
    try:
        record = json.loads(line)
    except ValueError as exc:  # JSONDecodeError, UnicodeDecodeError
        return Item(source, source, Failure("InvalidJSON", f"not a JSON line: {exc}"))
    if not isinstance(record, dict):
        found = type(record).__name__
        return Item(source, source, Failure("InvalidJSON", f"a JSON {found}, not an object"))
    item_id = _field(record, reading.id_field, source)
    text = _field(record, reading.text_field, None)
    if not isinstance(text, str):
        problem = (
            f"no {reading.text_field!r} field (fields: {', '.join(record) or 'none'})"
            if text is None
            else f"field {reading.text_field!r} is a {type(text).__name__}, not a string"
        )
        return Item(item_id, source, Failure("MissingText", problem))
    return Item(item_id, source, ("text", text))


def _field(record: dict[str, Any], name: str, default: Any) -> Any:
    """``record[name]``, where a dotted name reaches into objects (``article.text``)."""
    value: Any = record
    for part in name.split(".") if name not in record else [name]:
        if not isinstance(value, dict) or part not in value:
            return default
        value = value[part]
    return value


def _too_large(size: int, reading: Reading, *, at_least: bool = False) -> Failure:
    what = "over" if at_least else f"{size / 1e6:.1f} MB is over"
    return Failure("TooLarge", f"{what} the {reading.max_bytes / 1e6:g} MB limit (see --max-size)")


def _text(data: bytes, reading: Reading) -> tuple[str, str] | Failure:
    if reading.max_bytes and len(data) > reading.max_bytes:
        return _too_large(len(data), reading)
    name = reading.encoding.lower().replace("_", "-")
    wide = name.startswith(("utf-16", "utf-32", "utf16", "utf32"))  # NUL bytes are normal there
    nul = -1 if wide else data.find(b"\0")
    if nul >= 0:
        return Failure("BinaryData", f"a NUL byte at byte {nul}: binary data, not text")
    try:
        text = data.decode("utf-8-sig" if name in ("utf-8", "utf8") else reading.encoding)
    except UnicodeDecodeError as exc:
        return Failure(
            "UnicodeDecodeError",
            f"not {reading.encoding} text ({exc.reason} at byte {exc.start}); "
            "give its encoding with --encoding",
        )
    if not text or text.isspace():
        return Failure("EmptyText", "the input holds no text" if not text else "only blank space")
    if wide and "\0" in text:
        return Failure("BinaryData", f"a NUL character at offset {text.index(chr(0))}: not text")
    return ("text", text)


READERS: dict[str, Callable[[str, str, Reading], Iterator[Item]]] = {
    "text": _read_text,
    "html": _read_html,
    "jsonl": _read_jsonl,
}
"""How each kind of input (:data:`INPUT_KINDS`) becomes items."""


# -- working: an item's input to its formatted output ----------------------------------------------


Job = tuple[Any, str, str, "str | bytes"]
"""What a worker gets for one item: ``(id, source, kind, data)``."""


@attrs.frozen
class View:
    """The options of ``--html`` (see :mod:`newsdoc.render`), checked once, picklable for workers."""

    colors: tuple[tuple[str, str], ...] = ()
    show: frozenset[str] | None = None
    collapse: bool = False
    fragment: bool = False
    one_page: bool = False

    @classmethod
    def from_args(cls, args: argparse.Namespace) -> View:
        """The view the command line asks for; a UsageError for a bad or misplaced option."""
        colors: list[tuple[str, str]] = []
        for value in args.color:
            name, sep, colour = value.rpartition("=")
            if not sep or not name.strip():
                raise UsageError(
                    f"--color takes NAME=COLOUR, e.g. 'Ana Ruiz=#f97316', not {value!r}"
                )
            colors.append((name.strip(), colour.strip()))
        hide = {k.strip() for k in args.hide.split(",") if k.strip()}
        if hide - set(NODES):
            unknown = sorted(hide - set(NODES))
            hint = did_you_mean(unknown[0], NODES)
            raise UsageError(f"--hide {', '.join(unknown)}: not a kind of node; {hint}")
        view = cls(
            tuple(colors),
            frozenset(NODES) - hide if hide else None,
            args.collapse_boilerplate,
            args.fragment,
            args.one_page,
        )
        if view != cls() and args.format != "html":
            raise UsageError(
                "--color, --hide, --collapse-boilerplate, --fragment and --one-page go with --html"
            )
        try:  # the render's own check of the colours, before any item is parsed
            view.render([Article(text="")])
        except ValueError as exc:
            raise UsageError(f"--color: {exc}") from None
        return view

    def render(self, articles: Sequence[Article]) -> str:
        """The articles as a page, or as a fragment with ``--fragment``."""
        colors, show, collapse = dict(self.colors), self.show, self.collapse
        if self.fragment:
            return render_html(articles, colors=colors, show=show, collapse_boilerplate=collapse)
        return render_page(articles, colors=colors, show=show, collapse_boilerplate=collapse)


class Work:
    """What a worker does with one item: parse its input, then format the Article (picklable)."""

    __slots__ = ("format", "parse", "url", "view")

    def __init__(
        self, parse: ParseWork, format: str, url: str | None = None, view: View = View()
    ) -> None:
        self.parse = parse
        self.format = format
        self.url = url
        self.view = view

    def __reduce__(self) -> tuple[type[Work], tuple[ParseWork, str, str | None, View]]:
        return (Work, (self.parse, self.format, self.url, self.view))

    def __call__(self, job: Job) -> str:
        """The formatted output of one item (for csv, its rows without the header).

        With ``--html``, the item's view; with ``--one-page``, the Article's JSON
        form, which the sink reads back to draw every article on one page.
        """
        item_id, source, kind, data = job
        article = PARSERS[kind](self.parse, self.url, data)
        if self.format == "html":
            if self.view.one_page:
                return json.dumps(article.to_dict(), ensure_ascii=False)
            return self.view.render([article])
        return FORMATTERS[self.format](article, item_id, source)


class Tally:
    """What a worker does for ``newsdoc sources``: parse one item, count its speakers (picklable).

    It returns :func:`~newsdoc.rows.speaker_tallies`, a few small tuples, so
    the Article itself never travels back from the worker.
    """

    __slots__ = ("parse", "url")

    def __init__(self, parse: ParseWork, url: str | None = None) -> None:
        self.parse = parse
        self.url = url

    def __reduce__(self) -> tuple[type[Tally], tuple[ParseWork, str | None]]:
        return (Tally, (self.parse, self.url))

    def __call__(self, job: Job) -> tuple[SpeakerTally, ...]:
        """The speakers of one item, counted."""
        _, _, kind, data = job
        return speaker_tallies(PARSERS[kind](self.parse, self.url, data))


def _page(parse: ParseWork, url: str | None, data: str | bytes) -> Article:
    return parse_html(
        data, url=url, rules=parse.rule_set(), timeout=parse.timeout, on_timeout=parse.on_timeout
    )


PARSERS: dict[str, Callable[[ParseWork, str | None, str | bytes], Article]] = {
    "text": lambda parse, url, data: parse(data),
    "html": _page,
}
"""Each kind of input an item can hold (see :data:`READERS`): its data to an Article."""


def _json(article: Article, item_id: Any, source: str) -> str:
    return json.dumps(article.to_dict(), ensure_ascii=False, indent=2) + "\n"


def _jsonl(article: Article, item_id: Any, source: str) -> str:
    record = {"id": item_id, "source": source, "article": article.to_dict()}
    return json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n"


def _csv(article: Article, item_id: Any, source: str) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(COLUMNS), lineterminator="\n")
    writer.writerows(attribution_rows(article, id=item_id))
    return out.getvalue()


FORMATTERS: dict[str, Callable[[Article, Any, str], str]] = {
    "outline": lambda article, item_id, source: outline(article) + "\n",
    "json": _json,
    "jsonl": _jsonl,
    "csv": _csv,
}
"""Each ``--format`` but html (see :class:`View`): an Article, its id and source to its text."""


def _failure_line(item: Item, failure: Failure) -> str:
    record = {"id": item.id, "source": item.source, "error": failure.to_dict()}
    return json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n"


# -- writing --------------------------------------------------------------------------------------


class Sink:
    """Where formatted items go: one stream, or one file per item in a directory.

    With ``page`` (``--html --one-page``) each item comes as its Article's JSON
    form and :meth:`finish` draws them all on one page.
    """

    def __init__(
        self,
        fmt: str,
        stream: TextIO | None,
        folder: Path | None,
        *,
        several: bool,
        page: View | None = None,
    ) -> None:
        self.fmt = fmt
        self.stream = stream
        self.folder = folder
        self.several = several  # several items to one stream: outlines get a head line each
        self.page = page
        self.articles: list[Article] = []
        self.names: set[str] = set()
        self.count = 0
        if stream is not None and fmt == "csv":
            stream.write(",".join(COLUMNS) + "\n")

    def put(self, item: Item, result: str | Failure) -> None:
        """Write one item's output; a failure is written only in jsonl (as an error record)."""
        self.count += 1
        if isinstance(result, Failure):
            if self.fmt == "jsonl":
                self._out(item, _failure_line(item, result))
        elif self.page is not None:
            self.articles.append(Article.from_dict(json.loads(result)))
        elif self.stream is not None:
            if self.fmt == "outline" and self.count > 1:
                self.stream.write("\n")
            if self.fmt == "outline" and self.several:
                self.stream.write(f"==> {item.source} <==\n")
            self.stream.write(result)
        else:
            self._out(item, result)

    def finish(self) -> None:
        """Write the one page of ``--one-page`` (nothing when every item failed)."""
        if self.page is not None and self.articles and self.stream is not None:
            self.stream.write(self.page.render(self.articles))

    def _out(self, item: Item, text: str) -> None:
        if self.stream is not None:
            self.stream.write(text)
            return
        assert self.folder is not None
        path = self.folder / _file_name(str(item.id), _SUFFIX[self.fmt], self.names)
        path.parent.mkdir(parents=True, exist_ok=True)
        out = AtomicFile(str(path))
        try:
            out.stream.write(text)
        except BaseException:
            out.discard()
            raise
        out.commit()


class AtomicFile:
    """A file written whole or not at all: text goes to a temporary file beside it, which
    :meth:`commit` renames over it; an interrupted run leaves no half-written file."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.temp: str | None = None
        if os.path.exists(path) and not os.path.isfile(path):  # /dev/null, a pipe: as it is
            self.stream: TextIO = open(path, "w", encoding="utf-8", newline="")  # noqa: SIM115
            return
        folder, name = os.path.split(os.path.abspath(path))
        fd, self.temp = tempfile.mkstemp(prefix=f".{name}.", suffix=".part", dir=folder)
        mask = os.umask(0o022)
        os.umask(mask)
        os.chmod(self.temp, 0o666 & ~mask)  # the mode open() would give, not mkstemp's 0600
        self.stream = open(fd, "w", encoding="utf-8", newline="")  # noqa: SIM115

    def commit(self) -> None:
        """Put the finished file in place (replacing any file of that name)."""
        self.stream.close()
        if self.temp is not None:
            os.replace(self.temp, self.path)

    def discard(self) -> None:
        """Drop what was written; the file of that name, if any, stays as it was."""
        self.stream.close()
        if self.temp is not None:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(self.temp)


def _file_name(item_id: str, suffix: str, taken: set[str]) -> str:
    """A relative file name for an item in ``-o DIR``: its id, made safe, with the format's suffix."""
    parts = [p for p in Path(item_id.replace("\\", "/")).parts if p not in ("", ".", "..", "/")]
    safe = "/".join("".join(c if c.isalnum() or c in "-_. " else "_" for c in p) for p in parts)
    safe = safe or "item"
    plain = safe.removesuffix(".gz") if safe.lower().endswith(".gz") else safe
    stem = str(Path(plain).with_suffix("")) if _kind_of(safe) else safe
    name, n = stem + suffix, 1
    while name in taken:
        n += 1
        name = f"{stem}-{n}{suffix}"
    taken.add(name)
    return name


# -- progress and summary ---------------------------------------------------------------------------


class Progress:
    """Counts on standard error while items are parsed: a tqdm bar when tqdm is installed.

    Shown only when standard error is a terminal (and not ``--quiet``);
    without tqdm, a line of counts and the rate, rewritten twice a second.
    """

    def __init__(self, total: int | None, show: bool) -> None:
        self.total = total
        self.done = 0
        self.failed = 0
        self.started = time.monotonic()
        self.shown = 0.0
        self.bar: Any = None
        self.show = show
        if show:
            try:
                tqdm = importlib.import_module("tqdm").tqdm
            except ImportError:
                pass
            else:
                self.bar = tqdm(total=total, unit="item", file=sys.stderr, dynamic_ncols=True)

    def step(self, failed: bool) -> None:
        """Count one more item."""
        self.done += 1
        self.failed += failed
        if self.bar is not None:
            self.bar.update(1)
            if failed:
                self.bar.set_postfix(failed=self.failed, refresh=False)
        elif self.show and time.monotonic() - self.shown >= 0.5:
            self.shown = time.monotonic()
            sys.stderr.write(f"\r{self._counts()}")
            sys.stderr.flush()

    def _counts(self) -> str:
        rate = self.done / max(time.monotonic() - self.started, 1e-9)
        of = f"/{self.total}" if self.total is not None else ""
        return f"{self.done}{of} items, {self.failed} failed, {rate:.1f} items/s"

    def close(self) -> None:
        """Take the bar off the terminal."""
        if self.bar is not None:
            self.bar.close()
        elif self.show and self.done:
            sys.stderr.write(f"\r{self._counts()}\n")


_SHOWN_FAILURES = 20


def _summary(count: int, failures: list[tuple[Item, Failure]], failed: int, quiet: bool) -> None:
    if failed:
        print(f"newsdoc: {failed} of {count} items failed:", file=sys.stderr)
        for item, failure in failures:
            print(f"  {item.source}: {failure.type}: {failure.message}", file=sys.stderr)
        if failed > len(failures):
            print(f"  … and {failed - len(failures)} more", file=sys.stderr)
    elif count > 1 and not quiet:
        print(f"newsdoc: {count} items parsed", file=sys.stderr)


# -- running: inputs, outputs, the loop ------------------------------------------------------------


def _inputs(args: argparse.Namespace) -> tuple[list[str], Reading]:
    """The paths to read and how to read them, checked (a UsageError for a bad option)."""
    paths = list(args.paths)
    if not paths:
        if sys.stdin is None or sys.stdin.isatty():
            raise UsageError("no PATH given (use '-' to read standard input)")
        paths = ["-"]
    if len(paths) == 1 and paths[0] != "-" and not os.path.exists(paths[0]):
        raise UsageError(f"cannot read {paths[0]}: no such file or directory")
    if args.jobs < 0:
        raise UsageError(f"--jobs must be 0 (one per core) or more, not {args.jobs}")
    if args.max_size < 0:
        raise UsageError(f"--max-size must be 0 (no limit) or more, not {args.max_size:g}")
    try:
        "".encode(args.encoding)
    except LookupError:
        raise UsageError(
            f"unknown encoding {args.encoding!r}; give a Python codec name, e.g. latin-1 or cp1252"
        ) from None
    reading = Reading(
        args.input, args.text_field, args.id_field, args.encoding, int(args.max_size * 1e6)
    )
    return paths, reading


def _guard(output: str, paths: Sequence[str], *, directory: bool) -> None:
    """Refuse an output that is an input or lies where inputs are read, before any work.

    With ``directory`` (one file per item in ``-o DIR``), a directory that
    holds an input is refused too: its files could replace inputs.
    """
    target = os.path.realpath(output)
    for given in paths:
        if given == "-" or not os.path.exists(given):
            continue
        source = os.path.realpath(given)
        if os.path.isdir(given):
            if _inside(target, source):
                raise UsageError(
                    f"-o {output} lies in the input directory {given}: newsdoc never writes "
                    "where it reads articles; write the output outside it"
                )
        elif target == source or (os.path.exists(output) and os.path.samefile(output, given)):
            raise UsageError(
                f"-o {output} is the input {given}: newsdoc never writes over an input; "
                "give the output another name"
            )
        if directory and _inside(source, target):
            raise UsageError(
                f"-o {output} holds the input {given}: files written there could replace "
                "inputs; give an output directory outside the inputs"
            )


def _inside(path: str, folder: str) -> bool:
    """Whether the real path ``path`` is ``folder`` or lies under it."""
    return path == folder or path.startswith(folder.rstrip(os.sep) + os.sep)


def _open_output(output: str) -> AtomicFile:
    try:
        return AtomicFile(output)
    except OSError as exc:
        folder = os.path.dirname(os.path.abspath(output))
        if not os.path.isdir(folder):
            raise UsageError(
                f"cannot write {output}: the directory {folder} does not exist; create it first"
            ) from None
        raise UsageError(f"cannot write {output}: {exc.strerror}") from None


def _process(
    work: Callable[[Job], T],
    paths: Sequence[str],
    reading: Reading,
    args: argparse.Namespace,
    put: Callable[[Item, T | Failure], None],
) -> int:
    """Run every item through ``work`` in ``--jobs`` processes, handing each outcome to ``put``
    in input order, with progress and the failure summary; return the exit status."""
    show = not args.quiet and sys.stderr is not None and sys.stderr.isatty()
    total = None
    if show:  # the number of items, when it is the number of files
        kinds = [kind for _, _, kind in _files(paths, reading)]
        total = None if "jsonl" in kinds else len(kinds)
    progress = Progress(total, show)
    failures: list[tuple[Item, Failure]] = []
    failed = 0
    try:
        entries = ((item, _job(item)) for item in _items(paths, reading))
        for item, outcome in run_items(work, entries, processes=args.jobs or None):
            if isinstance(outcome, Failure):
                failed += 1
                if len(failures) < _SHOWN_FAILURES:
                    failures.append((item, outcome))
            put(item, outcome)
            progress.step(isinstance(outcome, Failure))
    finally:
        progress.close()
    if not progress.done:
        searched = ", ".join(INPUT_KINDS)
        print(
            f"newsdoc: no articles in {' '.join(paths)} (a directory is searched for {searched}, "
            "and those names with .gz); name the files, or choose how to read them with --input",
            file=sys.stderr,
        )
        return 2
    _summary(progress.done, failures, failed, args.quiet)
    return 1 if failed else 0


def _job(item: Item) -> Job | Failure:
    if isinstance(item.payload, Failure):
        return item.payload
    kind, data = item.payload
    return (item.id, item.source, kind, data)


def _finish(out: AtomicFile | None, run: Callable[[], int]) -> int:
    """Run, then put the output file in place; an interrupted run or one with nothing to write
    (exit status 2) leaves no file."""
    try:
        status = run()
    except BaseException:
        if out is not None:
            out.discard()
        raise
    if out is not None:
        if status == 2:
            out.discard()
        else:
            out.commit()
    return status


# -- the parse command ------------------------------------------------------------------------------


def _parse_command(args: argparse.Namespace, rules: RuleSet | str) -> int:
    fmt = args.format or "outline"
    paths, reading = _inputs(args)
    given = paths[0]
    kind = (_kind_of(given) or "text") if reading.input == "auto" else reading.input
    single = len(paths) == 1 and not os.path.isdir(given) and kind != "jsonl"
    if args.output is not None:
        _guard(args.output, paths, directory=False)
    folder = _folder(args.output, fmt, single, args.one_page)
    if folder is not None:
        _guard(args.output, paths, directory=True)
    view = View.from_args(args)
    work = Work(ParseWork(rules), fmt, args.url, view)
    if folder is not None:
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise UsageError(f"cannot make the directory {folder}: {exc.strerror}") from None
    out = _open_output(args.output) if folder is None and args.output is not None else None
    sink = Sink(
        fmt,
        out.stream if out else (None if folder else sys.stdout),
        folder,
        several=not single,
        page=view if view.one_page else None,
    )

    def run() -> int:
        status = _process(work, paths, reading, args, sink.put)
        sink.finish()
        return status

    try:
        return _finish(out, run)
    except OSError as exc:
        raise UsageError(f"cannot write {exc.filename or args.output}: {exc.strerror}") from None


def _folder(output: str | None, fmt: str, single: bool, one_page: bool) -> Path | None:
    """The directory of ``-o DIR`` (one file per item), or None when output is one stream.

    Several items in json or html go one file each into a directory, made
    when it does not exist; ``jsonl``, ``csv`` and ``--one-page`` write one stream.
    """
    one_stream = fmt in ("jsonl", "csv") or one_page
    if output is None:
        if not single and not one_stream and fmt != "outline":
            raise UsageError(
                f"several items in {fmt} are written one file each: give a directory with "
                "-o DIR (made if need be), or use --format jsonl for one stream"
            )
        return None
    is_dir = os.path.isdir(output) or output.endswith(("/", os.sep))
    if one_stream:
        if is_dir:
            what = "--one-page" if one_page else f"--format {fmt}"
            example = os.path.join(output, "articles" + _SUFFIX[fmt])
            raise UsageError(
                f"{what} writes one file, and {output} is a directory; "
                f"give a file name, e.g. -o {example}"
            )
        return None
    if is_dir:
        return Path(output)
    if single or fmt == "outline":  # one file (several outlines, each under a ==> head)
        return None
    if os.path.exists(output):
        raise UsageError(
            f"several items in {fmt} are written one file each into a directory, and {output} "
            "is a file; give a directory (-o DIR, made if need be), or use --format jsonl "
            "for one file"
        )
    return Path(output)


# -- the sources command ----------------------------------------------------------------------------


def _sources_command(args: argparse.Namespace, rules: RuleSet | str) -> int:
    paths, reading = _inputs(args)
    output = args.output
    if output is not None:
        _guard(output, paths, directory=False)
        if os.path.isdir(output) or output.endswith(("/", os.sep)):
            example = os.path.join(output, "sources." + args.format.replace("table", "txt"))
            raise UsageError(
                f"newsdoc sources writes one file, and {output} is a directory; "
                f"give a file name, e.g. -o {example}"
            )
    out = _open_output(output) if output is not None else None
    table = SourceTable()

    def put(item: Item, outcome: tuple[SpeakerTally, ...] | Failure) -> None:
        if not isinstance(outcome, Failure):
            table.add_tallies(outcome)

    def run() -> int:
        status = _process(Tally(ParseWork(rules), args.url), paths, reading, args, put)
        if status != 2:
            stream = out.stream if out else sys.stdout
            if args.summary:
                _write_summary(args.format, stream, gender_summary(table.rows()))
            else:
                SOURCE_WRITERS[args.format](stream, table.rows())
        return status

    try:
        return _finish(out, run)
    except OSError as exc:
        raise UsageError(f"cannot write {exc.filename or output}: {exc.strerror}") from None


def _sources_csv(out: TextIO, rows: list[dict[str, Any]]) -> None:
    writer = csv.DictWriter(out, fieldnames=list(SOURCE_COLUMNS), lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)


def _sources_jsonl(out: TextIO, rows: list[dict[str, Any]]) -> None:
    for row in rows:
        out.write(json.dumps(row, ensure_ascii=False, separators=(",", ":")) + "\n")


_NUMBERS = ("articles", "attributions", "direct", "mixed", "reported")


def _sources_table(out: TextIO, rows: list[dict[str, Any]]) -> None:
    """Aligned columns under a header: numbers to the right, the last column unpadded."""
    columns = list(SOURCE_COLUMNS)
    cells = [columns, *([_cell(row[c]) for c in columns] for row in rows)]
    widths = [max(len(line[i]) for line in cells) for i in range(len(columns))]
    for line in cells:
        padded = [
            value.rjust(width) if column in _NUMBERS else value.ljust(width)
            for column, value, width in zip(columns[:-1], line, widths, strict=False)
        ]
        out.write("  ".join([*padded, line[-1]]) + "\n")


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value)


def _write_summary(fmt: str, out: TextIO, rows: list[dict[str, Any]]) -> None:
    """``newsdoc sources --summary`` in the chosen format."""
    if fmt == "jsonl":
        _sources_jsonl(out, rows)
        return
    if fmt == "csv":
        writer = csv.DictWriter(out, fieldnames=list(SUMMARY_COLUMNS), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
        return
    cells = [list(SUMMARY_COLUMNS), *([_cell(row[c]) for c in SUMMARY_COLUMNS] for row in rows)]
    widths = [max(len(line[i]) for line in cells) for i in range(len(SUMMARY_COLUMNS))]
    for line in cells:
        first = line[0].ljust(widths[0])
        rest = [value.rjust(width) for value, width in zip(line[1:], widths[1:], strict=True)]
        out.write("  ".join([first, *rest]) + "\n")


SOURCE_WRITERS: dict[str, Callable[[TextIO, list[dict[str, Any]]], None]] = {
    "table": _sources_table,
    "csv": _sources_csv,
    "jsonl": _sources_jsonl,
}
"""Each ``newsdoc sources --format``: how the rows are written."""


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
