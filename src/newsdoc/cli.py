"""The ``newsdoc`` command: parse an article file and print an outline or JSON."""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from bisect import bisect_left
from collections.abc import Sequence
from typing import TextIO

from newsdoc import rulesets
from newsdoc._version import __version__
from newsdoc.errors import NewsdocError
from newsdoc.html import parse_html
from newsdoc.model import Article, Boilerplate, Byline, Headline, Paragraph
from newsdoc.parse import parse
from newsdoc.render import render_page
from newsdoc.rulefile import load_rules
from newsdoc.rules import RuleSet

__all__ = ["main", "outline"]


def outline(article: Article) -> str:
    """A readable outline: headline, byline, paragraphs with quotes and speakers, boilerplate."""
    lines: list[str] = []
    quotes_in: dict[int, list[str]] = {}
    for q in article.quotes:
        a = q.attribution
        # A mention with no name was never resolved to a speaker (a lone "he"): say so.
        name = (a.speaker.name or f"unresolved “{a.speaker.text}”") if a else ""
        who = f"{name} ({a.cue.text if a.cue else a.rule})" if a else "?"
        quotes_in.setdefault(q.span.start, []).append(f"    » {q.text}  [{q.kind}] — {who}")
    starts = sorted(quotes_in)
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
            for s in starts[first : bisect_left(starts, block.span.end, first)]:
                lines.extend(quotes_in[s])
    if article.speakers:
        lines.append("")
        lines.append("SPEAKERS")
        for sp in article.speakers:
            mentions = ", ".join(dict.fromkeys(m.text for m in sp.mentions))
            lines.append(f"  {sp.name}: {len(sp.quotes)} quote(s); mentions: {mentions}")
    lines.extend(f"warning: {w}" for w in article.warnings)
    return "\n".join(lines)


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
        help="parse one article and print an outline (or JSON, or an HTML view)",
        description="Parse one plain-text article. By default print a readable outline; "
        "--json prints Article.to_dict(); --html writes a standalone page showing the parse.",
    )
    p.add_argument(
        "file",
        metavar="FILE",
        help="the article as UTF-8 text, or a web page (.html, .htm, .html.gz); '-' reads stdin",
    )
    p.add_argument(
        "--input",
        choices=("auto", "text", "html"),
        default="auto",
        help="what FILE holds; auto: a web page when its name ends .html, .htm or .html.gz",
    )
    p.add_argument("--url", metavar="URL", help="the web page's address (with HTML input)")
    form = p.add_mutually_exclusive_group()
    form.add_argument("--json", action="store_true", help="print the JSON form (Article.to_dict())")
    form.add_argument(
        "--html",
        action="store_true",
        help="write an HTML page: quotes highlighted by speaker, cues marked, boilerplate greyed",
    )
    p.add_argument(
        "-o",
        "--output",
        metavar="OUT",
        help="write to this file (UTF-8) instead of standard output",
    )
    p.add_argument(
        "--rules",
        metavar="NAME_OR_TOML",
        default="en",
        help="a registered rule set (see 'newsdoc rulesets') or a .toml rule file",
    )
    sub.add_parser("rulesets", help="list the rule sets that can be loaded")
    rp = sub.add_parser("rules", help="list the rules of a rule set, in order")
    rp.add_argument("--rules", metavar="NAME_OR_TOML", default="en", help="rule set or .toml file")
    return ap


def _rules(value: str) -> RuleSet:
    return load_rules(value) if _is_rule_file(value) else rulesets.get(value)


def _is_rule_file(value: str) -> bool:
    """``--rules`` names a TOML file when it ends in ``.toml``, in any case (``Mine.TOML``)."""
    return value.lower().endswith(".toml")


def _read(path: str) -> bytes:
    if path == "-":
        return sys.stdin.buffer.read()
    with open(path, "rb") as fh:
        return fh.read()


_PAGE_SUFFIXES = (".html", ".htm", ".xhtml")


def _parse_file(path: str, kind: str, url: str | None, rules: RuleSet) -> Article:
    """Parse one file as text or as a web page (a ``.gz`` name is decompressed first)."""
    data = _read(path)
    name = path.lower()
    if name.endswith(".gz"):
        try:
            data = gzip.decompress(data)
        except (OSError, EOFError) as exc:
            raise ValueError(f"{path} is not a valid gzip file ({exc})") from None
        name = name[:-3]
    if kind == "html" or (kind == "auto" and name.endswith(_PAGE_SUFFIXES)):
        return parse_html(data, url=url, rules=rules)
    return parse(data, rules=rules)


def _write(out: TextIO, text: str) -> None:
    out.write(text if text.endswith("\n") else text + "\n")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status (0 on success)."""
    args = _parser().parse_args(argv)
    try:
        if args.command == "rulesets":
            _write(sys.stdout, "\n".join(rulesets.available()))
            return 0
        rs = _rules(args.rules)
        if args.command == "rules":
            rows = [
                f"{r.name:40} {r.stage.value:12} {'on ' if r.enabled else 'off'} {r.description}"
                for r in rs
            ]
            _write(sys.stdout, "\n".join(rows))
            return 0
        article = _parse_file(args.file, args.input, args.url, rs)
        if args.json:
            result = json.dumps(article.to_dict(), ensure_ascii=False, indent=2)
        elif args.html:
            result = render_page(article)
        else:
            result = outline(article)
        if args.output is None:
            _write(sys.stdout, result)
            return 0
        try:
            with open(args.output, "w", encoding="utf-8") as out:
                _write(out, result)
        except OSError as exc:
            print(f"newsdoc: cannot write {args.output}: {exc.strerror}", file=sys.stderr)
            return 2
        return 0
    except OSError as exc:
        print(f"newsdoc: cannot read {exc.filename or args.file}: {exc.strerror}", file=sys.stderr)
        return 2
    except (NewsdocError, ValueError) as exc:
        print(f"newsdoc: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
