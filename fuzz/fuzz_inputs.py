"""Mutation fuzzing of ``parse`` and ``parse_html`` in plain Python: no toolchain, rerunnable.

Every input is a mutation of a seed: the files of ``fuzz/corpus``, the article texts and
saved pages under ``--data`` (read, never copied), and hostile pieces (quotation marks of
every style, tags, charsets, URLs, JSON-LD, deep nesting, lone surrogates). Each one
must parse without raising (``on_timeout="skip"``), keep the invariants of
``newsdoc.testing.check_invariants`` and survive a ``to_dict``/``from_dict`` round trip
(the JSON text too). Failures are grouped by kind (exception type and where it was
raised); the first input of each kind is written to ``--out``. The run is deterministic
for a ``--seed``. The default size is the issue's (30,800 texts, 20,300 pages); on a
shared machine run a sample::

    PYTHONPATH=src python fuzz/fuzz_inputs.py --texts 2000 --pages 1000
    PYTHONPATH=src python fuzz/fuzz_inputs.py                  # the full run
    PYTHONPATH=src python fuzz/fuzz_inputs.py --replay fuzz-failures/FILE

Exit status 1 when any input failed.
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import sys
import time
import traceback
from collections import Counter
from collections.abc import Callable, Iterator
from functools import partial
from pathlib import Path

import newsdoc
from newsdoc import Article
from newsdoc.testing import check_invariants

HERE = Path(__file__).resolve().parent
TEXT_PIECES = [
    "“", "”", '"', "‘", "’", "'", "''", "«", "»", "„", "‹", "›", "「", "」",
    "\n", "\n\n", "\r\n", "\r", "\u2028", "\x00", "\x0c", " ", "\t", "\u00a0",
    "said", " he said.", "Mr. Smith", "By Jane Doe", ", she said. ", ":", "—", "READ MORE:",
    "WASHINGTON (AP) —", "I", "according to", "\ud800", "\udfff", "\ud8cc\udf9b",
    "\u202e", "\u200d", "👩‍👩‍👧", "漢字", "x" * 200, "“Yes,” he said. " * 20,
    "''It was “a disaster” for us,'' he said.", "''I \"\"''",
]  # fmt: skip
PAGE_PIECES = [
    "<p>", "</p>", "<div>", "</div>", "<q>", "<br>", "<h1>", "</h1>", "<table><tr><td>",
    "<script>", "</script>", "<!--", "-->", "<![CDATA[", "&amp;", "&#0;", "&#xD800;",
    "<meta charset='hex'>", "<meta charset='undefined'>", "<meta charset='utf-16'>",
    "<meta charset='shift_jis'>", "<?xml version='1.0' encoding='rot13'?>",
    '<link rel="canonical" href="http://[x">', '<meta property="og:url" content="//[">',
    '<script type="application/ld+json">{"@type": 5}</script>',
    '<script type="application/ld+json">{"@type": ["NewsArticle", 1], "author": [[{}]]}'
    "</script>",
    '<script type="application/ld+json">' + "[" * 3000 + "</script>",
    "<div>" * 1200, "<q>" * 1200, "<p " + " ".join(f"a{i}=x" for i in range(1500)) + ">",
    "<time datetime='9999-99-99T99:99'>", "<html lang='\ud800'>", "<title>T | Site</title>",
]  # fmt: skip


def _seeds(data: Path) -> tuple[list[str], list[bytes]]:
    texts = [p.read_text(encoding="utf-8") for p in sorted((HERE / "corpus").glob("*.txt"))]
    pages: list[bytes] = []
    for p in sorted(data.glob("**/text/*.txt"))[:400]:
        texts.append(p.read_text(encoding="utf-8", errors="replace")[:20_000])
    for p in sorted(data.glob("**/*.html.gz"))[:200]:
        pages.append(gzip.decompress(p.read_bytes())[:200_000])
    pages.append(b"<html><body><p>The bridge reopened, officials said.</p></body></html>")
    return texts, pages


def _mutate(rng: random.Random, s: str, pieces: list[str], other: str) -> str:
    """One to four edits: insert a piece, delete, duplicate or move a stretch, splice in
    another seed, change characters, truncate."""
    for _ in range(rng.randint(1, 4)):
        n = len(s)
        i, j = sorted((rng.randint(0, n), rng.randint(0, n)))
        j = min(j, i + 2000)
        op = rng.randrange(7)
        if op <= 1:
            s = s[:i] + rng.choice(pieces) * rng.choice((1, 1, 1, 3, 50)) + s[i:]
        elif op == 2:
            s = s[:i] + s[j:]
        elif op == 3:
            s = s[:j] + s[i:j] * rng.choice((1, 2, 20)) + s[j:]
        elif op == 4:
            k = rng.randint(0, len(other))
            s = s[:i] + other[k : k + rng.randint(0, 3000)] + s[j:]
        elif op == 5:
            s = (
                s[:i]
                + "".join(chr(rng.choice((rng.randint(0, 0x2FFF), 0x201C))) for _ in range(3))
                + s[i:]
            )
        else:
            s = s[: max(j, 1)]
    return s


def _check(article: Article) -> None:
    check_invariants(article)
    data = article.to_dict()
    if Article.from_dict(data) != article:
        raise AssertionError("to_dict/from_dict round trip changed the Article")
    if Article.from_dict(json.loads(json.dumps(data))) != article:
        raise AssertionError("the JSON text round trip changed the Article")


def _kind(exc: BaseException) -> str:
    frames = traceback.extract_tb(exc.__traceback__)
    where = next(
        (f for f in reversed(frames) if "newsdoc" in f.filename), frames[-1] if frames else None
    )
    place = f"{Path(where.filename).name}:{where.name}" if where else "?"
    first = str(exc).split("\n", 1)[0][:70]
    if isinstance(exc, AssertionError):
        first = " ".join(w for w in first.split() if not any(c.isdigit() for c in w))[:50]
    return f"{type(exc).__name__} in {place}: {first}"


def _cases(args: argparse.Namespace) -> Iterator[tuple[str, str | bytes, Callable[[], Article]]]:
    rng = random.Random(args.seed)
    texts, pages = _seeds(Path(args.data))
    for _ in range(args.texts):
        text = _mutate(rng, rng.choice(texts), TEXT_PIECES, rng.choice(texts))[: args.max_size]
        yield "text", text, partial(newsdoc.parse, text, on_timeout="skip")
    for n in range(args.pages):
        seed = rng.choice(pages).decode("utf-8", errors="surrogateescape")
        other = rng.choice(pages).decode("utf-8", errors="surrogateescape")
        page = _mutate(rng, seed, PAGE_PIECES + TEXT_PIECES, other)[: args.max_size]
        if n % 2:  # as bytes (lone surrogates back to their bytes) and as text
            data = _to_bytes(page)
            yield "page", data, partial(newsdoc.parse_html, data, on_timeout="skip")
        else:
            yield "page", page, partial(newsdoc.parse_html, page, on_timeout="skip")


def _to_bytes(page: str) -> bytes:
    """The page's bytes: escaped bytes back as they were, other lone surrogates as such."""
    try:
        return page.encode("utf-8", errors="surrogateescape")
    except UnicodeEncodeError:
        return page.encode("utf-8", errors="surrogatepass")


def _save(out: Path, kind: str, index: int, value: str | bytes) -> Path:
    out.mkdir(parents=True, exist_ok=True)
    path = out / f"{kind}-{index}.json"
    record = {"kind": kind, "bytes": isinstance(value, bytes)}
    record["input"] = value.decode("latin-1") if isinstance(value, bytes) else value
    path.write_text(json.dumps(record, ensure_ascii=True), encoding="ascii")
    return path


def _replay(path: Path) -> None:
    record = json.loads(path.read_text(encoding="ascii"))
    value = record["input"].encode("latin-1") if record["bytes"] else record["input"]
    parse = newsdoc.parse if record["kind"] == "text" else newsdoc.parse_html
    _check(parse(value, on_timeout="skip"))
    print("no failure")


def main(argv: list[str] | None = None) -> int:
    """Run the fuzz cases and print a summary of the failures by kind."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--texts", type=int, default=30_800, help="mutated texts to parse")
    ap.add_argument("--pages", type=int, default=20_300, help="mutated pages to parse_html")
    ap.add_argument("--seed", type=int, default=30)
    ap.add_argument("--max-size", type=int, default=300_000, help="characters per input")
    ap.add_argument("--data", default=str(HERE.parent.parent / "shared" / "data"))
    ap.add_argument("--out", default="fuzz-failures", help="where failing inputs go")
    ap.add_argument("--replay", type=Path, help="parse one saved failure again")
    args = ap.parse_args(argv)
    if args.replay:
        _replay(args.replay)
        return 0
    kinds: Counter[str] = Counter()
    runs: Counter[str] = Counter()
    start = time.perf_counter()
    for index, (kind, value, run) in enumerate(_cases(args)):
        runs[kind] += 1
        try:
            _check(run())
        except Exception as exc:  # every failure is recorded, none stops the run
            k = f"{kind}: {_kind(exc)}"
            if not kinds[k]:
                print(f"new failure {k} -> {_save(Path(args.out), kind, index, value)}")
            kinds[k] += 1
        if (index + 1) % 1000 == 0:
            print(f"{index + 1} inputs, {sum(kinds.values())} failures", file=sys.stderr)
    took = time.perf_counter() - start
    print(f"{runs['text']} texts, {runs['page']} pages in {took:.0f} s")
    for k, n in kinds.most_common():
        print(f"{n:6d}  {k}")
    print(f"failures: {sum(kinds.values())}")
    return 1 if kinds else 0


if __name__ == "__main__":
    sys.exit(main())
