"""Benchmark newsdoc: speed on real articles, scaling with input size, pathological inputs.

Run from the repository root (``PYTHONPATH=src``)::

    python benchmarks/bench.py                 # speed on a folder of .txt articles
    python benchmarks/bench.py --scaling       # 1x, 8x, 64x input: time and peak memory
    python benchmarks/bench.py --pathological  # one megabyte of each hostile input
    python benchmarks/bench.py --all

Speed is reported against a yardstick measured in the same run: one pass of
``regex`` ``\\w+`` ``findall`` over the same texts. The ratio (parse time over
that pass) is what to compare across machines; the target is 8x or less.
Every figure is the median of ``--repeat`` runs, in CPU seconds of this
process (parsing is single-threaded, so on an idle machine that is the wall
time; on a busy one it leaves out the time other processes took).
"""

from __future__ import annotations

import argparse
import gc
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import regex

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))

import newsdoc  # noqa: E402
import newsdoc.parse  # noqa: E402
from newsdoc.testing import check_invariants  # noqa: E402

DEFAULT_FOLDER = REPO / ".." / "shared" / "data" / "polnear" / "dev" / "text"
_WORD = regex.compile(r"\w+")
MB = 1_000_000
T = TypeVar("T")


def _clock(fn: Callable[[], object]) -> float:
    gc.collect()
    start = time.process_time()
    fn()
    return time.process_time() - start


def _words_pass(texts: list[str]) -> None:
    for text in texts:
        _WORD.findall(text)


def _parse_all(texts: list[str]) -> None:
    for text in texts:
        newsdoc.parse(text)


def speed(folder: Path, repeat: int) -> None:
    """Articles/s, MB/s and the ratio to one ``\\w+`` pass, medians of ``repeat`` runs."""
    files = sorted(folder.glob("*.txt"))
    if not files:
        sys.exit(f"no .txt files in {folder}")
    texts = [f.read_text(encoding="utf-8") for f in files]
    size = sum(len(t.encode("utf-8")) for t in texts)
    _parse_all(texts[:1])  # build and compile the rule set outside the timing
    parse_times, word_times, ratios = [], [], []
    for _ in range(repeat):
        w = _clock(lambda: _words_pass(texts))
        p = _clock(lambda: _parse_all(texts))
        word_times.append(w)
        parse_times.append(p)
        ratios.append(p / w)
    p, w = statistics.median(parse_times), statistics.median(word_times)
    print(f"speed: {len(texts)} articles, {size / MB:.2f} MB from {folder}")
    print(f"  parse          {p:.3f} s (median of {repeat}; runs {_fmt(parse_times)})")
    print(f"  \\w+ findall    {w:.4f} s")
    print(f"  ratio          {statistics.median(ratios):.1f}x (runs {_fmt(ratios, '.1f')})")
    print(f"  articles/s     {len(texts) / p:.0f}")
    print(f"  MB/s           {size / MB / p:.2f}")


# The stages as newsdoc.parse calls them: (name in newsdoc.parse, name in the report).
_STAGES = (
    ("split_blocks", "split"),
    ("classify_blocks", "classify"),
    ("find_dateline", "dateline"),
    ("find_quotes", "find quotes"),
    ("crowded", "find quotes"),
    ("rule_kinds", "quote kinds"),
    ("tokenize", "tokens"),
    ("attribute", "attribute"),
    ("assemble_quotes", "assemble"),
    ("_block", "build"),
)


def _stage_times(texts: list[str], clock: dict[str, float]) -> None:
    """Parse ``texts``, adding each stage's CPU time to ``clock`` (by report name).

    The stage functions are wrapped where ``newsdoc.parse`` looks them up, so
    the parse runs as it always does; a stage it no longer calls is left out.
    """
    module = sys.modules["newsdoc.parse"]
    saved = {name: getattr(module, name) for name, _ in _STAGES if hasattr(module, name)}
    assemble = sys.modules["newsdoc.pipeline.assemble"]
    resolve = getattr(assemble, "resolve_mentions", None)

    def wrap(fn: Callable[..., T], label: str) -> Callable[..., T]:
        def timed(*args: object, **kwargs: object) -> T:
            start = time.process_time()
            try:
                return fn(*args, **kwargs)
            finally:
                clock[label] = clock.get(label, 0.0) + time.process_time() - start

        return timed

    try:
        for name, label in _STAGES:
            if name in saved:
                setattr(module, name, wrap(saved[name], label))
        if resolve is not None:  # resolution runs inside assemble: timed on its own
            assemble.resolve_mentions = wrap(resolve, "resolve")
        for text in texts:
            newsdoc.parse(text)
    finally:
        for name, fn in saved.items():
            setattr(module, name, fn)
        if resolve is not None:
            assemble.resolve_mentions = resolve
    if "resolve" in clock and "assemble" in clock:
        clock["assemble"] -= clock["resolve"]


def stages(folder: Path) -> None:
    """CPU time of each stage over a folder, as multiples of one ``\\w+`` pass."""
    texts = [f.read_text(encoding="utf-8") for f in sorted(folder.glob("*.txt"))]
    _parse_all(texts[:1])
    clock: dict[str, float] = {}
    gc.collect()
    start = time.process_time()
    _stage_times(texts, clock)
    total = time.process_time() - start
    clock["other"] = total - sum(clock.values())
    w = _clock(lambda: _words_pass(texts))
    print(f"stages: {len(texts)} articles from {folder} (CPU time, multiples of one \\w+ pass)")
    for name, t in clock.items():
        print(f"  {name:14s} {t:7.3f} s  {t / w:6.2f}x")
    engine = clock.get("tokens", 0.0) + clock.get("attribute", 0.0)
    print(f"  tokens+attribute {engine:5.3f} s  {engine / w:6.2f}x")
    print(f"  all            {total:7.3f} s  {total / w:6.2f}x")


SEED = REPO / "examples" / "g20-trump-putin.txt"
_FIRST_PARSE = """
import sys, time
t0 = time.process_time()
import newsdoc
t1 = time.process_time()
text = open(sys.argv[1], encoding="utf-8").read()
newsdoc.parse(text)
t2 = time.process_time()
newsdoc.parse(text)
t3 = time.process_time()
print(t1 - t0, t2 - t1, t3 - t2)
"""


def _child(args: list[str], cache: Path) -> tuple[float, float, str]:
    """Run a fresh Python process: (wall seconds, CPU seconds, its standard output)."""
    env = {**os.environ, "PYTHONPATH": str(REPO / "src"), "NEWSDOC_CACHE": str(cache)}
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, *args], env=env, capture_output=True, text=True, check=True
    )
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
    return wall, cpu, done.stdout


def cold_start(repeat: int) -> None:
    """Fresh processes on the seed article: import, first parse, CLI run, against
    ``python -c "import regex, attrs"``; with an empty pattern cache, then a filled one."""
    base = [_child(["-c", "import regex, attrs"], REPO)[:2] for _ in range(repeat)]
    b_wall, b_cpu = (statistics.median(x) for x in zip(*base, strict=True))
    print(f"cold start: fresh processes, {SEED.name} (medians of {repeat})")
    print(f"  python -c 'import regex, attrs'   wall {b_wall:.3f} s  CPU {b_cpu:.3f} s")
    with tempfile.TemporaryDirectory() as tmp:
        cache = Path(tmp) / "cache"
        for label, runs in (("empty cache", 1), ("filled cache", repeat)):
            first, cli = [], []
            for _ in range(runs):
                if label == "empty cache":
                    shutil.rmtree(cache, ignore_errors=True)
                first.append(_child(["-c", _FIRST_PARSE, str(SEED)], cache)[2].split())
                if label == "empty cache":
                    shutil.rmtree(cache, ignore_errors=True)
                cli.append(_child(["-m", "newsdoc", "parse", str(SEED)], cache)[:2])
            imp, parse1, parse2 = (statistics.median(float(r[i]) for r in first) for i in range(3))
            c_wall, c_cpu = (statistics.median(x) for x in zip(*cli, strict=True))
            print(
                f"  {label:12s}  import {imp:.3f} s  first parse {parse1:.3f} s"
                f"  (warm {parse2:.3f} s: +{parse1 - parse2:.3f} s)"
            )
            print(
                f"  {'':12s}  CLI parse  wall {c_wall:.3f} s = {c_wall / b_wall:.1f}x"
                f"  CPU {c_cpu:.3f} s = {c_cpu / b_cpu:.1f}x the import of regex and attrs"
            )


def _fmt(values: list[float], spec: str = ".3f") -> str:
    return ", ".join(format(v, spec) for v in values)


def _peak_memory(text: str, parse: Callable[[str], object] = newsdoc.parse) -> int:
    """Peak bytes Python allocates while ``parse`` reads ``text`` (tracemalloc: lxml's own
    C tree is not counted)."""
    gc.collect()
    tracemalloc.start()
    try:
        parse(text)
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def scaling(folder: Path, repeat: int) -> None:
    """Eight articles as one input, repeated 8x and 64x: time and peak memory.

    Each round parses every size as often as it takes to parse 64 copies in
    all (64 times 1x, 8 times 8x, once 64x), so that a change in the machine's
    load touches all sizes alike; the time ratios are medians over the rounds.
    """
    texts = [f.read_text(encoding="utf-8") for f in sorted(folder.glob("*.txt"))[:8]]
    base = "\n\n".join(texts) + "\n\n"
    newsdoc.parse(base)
    print(f"scaling: eight articles joined ({len(base.encode('utf-8')) / 1000:.0f} kB), repeated")
    sizes = (1, 8, 64)
    rounds: dict[int, list[float]] = {k: [] for k in sizes}
    for _ in range(repeat):
        for k in sizes:
            text = base * k

            def run(text: str = text, n: int = 64 // k) -> None:
                for _ in range(n):
                    newsdoc.parse(text)

            rounds[k].append(_clock(run) / (64 // k))
    for k in sizes:
        size = len((base * k).encode("utf-8"))
        t = statistics.median(rounds[k])
        ratio = statistics.median(a / b for a, b in zip(rounds[k], rounds[1], strict=True))
        peak = _peak_memory(base * k)
        print(
            f"  {k:3d}x  {size / MB:6.2f} MB  {t:7.3f} s  time {ratio:5.1f}x"
            f"  peak memory {peak / MB:7.1f} MB = {peak / size:4.1f}x the input"
        )


def _pathological(size: int) -> dict[str, str]:
    """Hostile inputs of about ``size`` characters each."""

    def fill(unit: str) -> str:
        return (unit * (size // len(unit) + 1))[:size]

    said = "“Yes,” he said, said she, said they, said Smith, said the official, "
    nest = "“‘«„»’”「『』」" * 4
    return {
        "one double mark": fill('"'),
        "one curly mark": fill("“"),
        "alternating marks": fill("“”"),
        "alternating straight/curly": fill('"“'),
        "marks and spaces": fill("“ ” ‘ ’ « » "),
        "one line, no spaces": fill("abcdefghij"),
        "one line of words": fill("word "),
        "tiny lines": fill("A\n"),
        "tiny lines, lower case": fill("a\n"),
        "tiny sentences": fill("Hi.\n"),
        "blank lines": fill("\n \n"),
        "deep mixed nesting": fill("“‘«„" * 50 + nest + "»’”" * 50 + "\n"),
        "NUL and controls": fill("\x00\x01\x07\x1b\x7f\x1c\u2028\x0c\x0b"),
        "lone surrogates": fill("\ud800a\udfff “\udc00”\n"),
        "CRLF and CR": fill("Line one said he.\r\n“Quote,” he said.\r\rNext.\r"),
        "RTL and CJK": fill("قال الرئيس «مرحبا» 他说「你好」。\n"),
        "emoji": fill("🙂 “👍🏽 yes,” 🇺🇸 said 👩‍👩‍👧 Smith.\n"),
        "said chains": fill(said),
        "said chains, one paragraph each": fill(said + "\n\n"),
        "capitalised words": fill("President Vice Prime Minister General Smith Jones "),
        "commas and capitals": fill("Smith, Jones, "),
        "sentence ends": fill("A. B. C! D? "),
        "by lines": fill("By Jane Doe\n"),
        "boilerplate phrases": fill("Share this article Subscribe now READ MORE: x\n"),
        "« repeated": fill("« "),
        "“hi” lines, CRLF": fill("He said “hi”.\r\n"),
        "CJK lines with 「」": fill("他说「你好」。\n"),
        "emoji lines, “…” said": fill("🙂🎉 “👍 ok…” said 👩‍👩‍👧\n"),
        "endless “a,” he said": fill("“a,” he said, "),
        "right-to-left with «»": fill("قال «مرحبا» "),
        "“Yes,” he said. repeated": fill("“Yes,” he said. "),
        "“Part i,” said X. in one paragraph": " ".join(
            f"“Part {i},” said X." for i in range(size // 20)
        )[:size],
    }


def _html_pathological(size: int) -> dict[str, str]:
    """Hostile pages of about ``size`` characters each (parsed with ``parse_html``)."""

    def fill(unit: str) -> str:
        return "<html><body>" + unit * (size // len(unit) + 1) + "</body></html>"

    return {
        "html: big table": fill("<tr><td>Cell</td><td>42</td></tr>"),
        "html: many tiny <p>": fill("<p>x</p>"),
        "html: prose paragraphs": fill("<p>“Yes,” he said. The bridge reopened on Monday.</p>"),
        "html: spans with classes": fill("<span class='a b'>w</span> "),
        "html: links": fill('<a href="/x">link</a> '),
        "html: one long <p>": "<p>" + fill("word "),
        "html: deep nesting": fill("<div>" * 1000 + "x" + "</div>" * 1000),
        "html: many attributes": "<p " + " ".join(f"a{i}=x" for i in range(size // 9)) + ">x",
    }


def pathological(size_mb: float, memory: bool) -> None:
    """Parse each hostile input of ``size_mb`` megabytes (texts, then pages); report seconds
    per megabyte and, with ``memory``, the peak memory as a multiple of the input."""
    size = int(size_mb * MB)
    newsdoc.parse("Warm up\n\n“Yes,” he said.")  # compile the rule set outside the timing
    print(f"pathological inputs, {size_mb:g} M characters each (target <= 3 s per MB):")
    worst = ("", 0.0)
    most = ("", 0.0)
    families = [(n, t, newsdoc.parse) for n, t in _pathological(size).items()]
    families += [(n, t, newsdoc.parse_html) for n, t in _html_pathological(size).items()]
    for name, text, parse in families:
        mb = len(text.encode("utf-8", "surrogatepass")) / MB
        article: newsdoc.Article | None = None

        def run(text: str = text, parse: Callable[[str], newsdoc.Article] = parse) -> None:
            nonlocal article
            article = parse(text)

        t = _clock(run)
        assert article is not None
        check_invariants(article)
        per_mb = t / mb
        worst = max(worst, (name, per_mb), key=lambda x: x[1])
        peak = _peak_memory(text, parse) / (mb * MB) if memory else 0.0
        most = max(most, (name, peak), key=lambda x: x[1])
        print(
            f"  {name:34s} {mb:5.2f} MB  {t:6.2f} s  {per_mb:5.2f} s/MB"
            + (f"  peak {peak:5.1f}x" if memory else "")
            + f"  blocks {len(article.blocks):7d}  quotes {len(article.quotes):7d}"
        )
    print(f"  slowest: {worst[0]} at {worst[1]:.2f} s/MB")
    if memory:
        print(f"  most memory: {most[0]} at {most[1]:.1f}x the input (target <= 10x)")


def main(argv: list[str] | None = None) -> None:
    """Parse the command line and run the chosen benchmarks."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument(
        "folder", nargs="?", type=Path, default=DEFAULT_FOLDER, help="folder of .txt articles"
    )
    ap.add_argument("--repeat", type=int, default=7, help="runs per figure (median)")
    ap.add_argument("--scaling", action="store_true", help="1x/8x/64x input: time and memory")
    ap.add_argument("--pathological", action="store_true", help="hostile inputs")
    ap.add_argument("--stages", action="store_true", help="CPU time of each stage")
    ap.add_argument("--cold", action="store_true", help="fresh processes: import, first parse, CLI")
    ap.add_argument("--size-mb", type=float, default=1.0, help="size of each hostile input")
    ap.add_argument(
        "--no-memory", action="store_true", help="pathological: leave out the peak memory"
    )
    ap.add_argument("--all", action="store_true", help="speed, scaling and pathological")
    args = ap.parse_args(argv)
    only_speed = not (args.scaling or args.pathological or args.stages or args.cold)
    if args.all or only_speed:
        speed(args.folder, args.repeat)
    if args.all or args.stages:
        stages(args.folder)
    if args.all or args.cold:
        cold_start(args.repeat)
    if args.all or args.scaling:
        scaling(args.folder, args.repeat)
    if args.all or args.pathological:
        pathological(args.size_mb, not args.no_memory)


if __name__ == "__main__":
    main()
