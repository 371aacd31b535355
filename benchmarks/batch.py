"""The batch CLI against a plain loop over ``parse``: throughput, scaling with jobs, memory, reliability.

Run from the repository root with the package installed (``pip install -e .``):

    python benchmarks/batch.py [FOLDER]           # throughput and memory (default: polnear train)
    python benchmarks/batch.py --reliability      # 2,000 items, 2 % of them bad

Throughput: each command runs in a fresh process over the same folder, in
turns (plain loop, ``--jobs 1``, ``--jobs 2``), ``--repeat`` times; the best
wall time of each is kept, as items per second, and the ratios are taken
within the run. Memory: the peak RSS of ``--jobs 1`` over the folder and over
ten copies of it (directories that link to it). Reliability: an archive of
2,000 items, 40 of them bad (binary, latin-1, empty, a 20 MB text, invalid
JSON lines), through ``--format jsonl --jobs 2``; it checks that every item
has a result, that each bad one says why, and that every other article equals
``parse`` of its text alone.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

DEFAULT = (
    Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "polnear" / "train" / "text"
)

PLAIN = """
import sys
from pathlib import Path
from newsdoc import parse
for path in sorted(Path(sys.argv[1]).rglob("*.txt")):
    parse(path.read_bytes())
"""


def _run(argv: list[str]) -> tuple[float, int, float]:
    """Wall seconds, peak RSS (MB) and CPU seconds of one command in a fresh process.

    CPU is the command's own (user + system; for ``--jobs 2`` the workers' too,
    as children it waited for): on a machine others load, it is the steadier
    figure for comparing one-process runs.
    """
    start = time.perf_counter()
    proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) not in (0, 1):
        raise SystemExit(f"{argv} failed: {proc.stderr.read().decode() if proc.stderr else ''}")
    return wall, usage.ru_maxrss // 1024, usage.ru_utime + usage.ru_stime


def _cli(*args: str) -> list[str]:
    return [sys.executable, "-m", "newsdoc", "parse", "--quiet", *args]


def throughput(folder: Path, repeat: int) -> None:
    count = sum(1 for _ in folder.rglob("*.txt"))
    commands = {
        "plain loop over parse": [sys.executable, "-c", PLAIN, str(folder)],
        "newsdoc parse --jobs 1": _cli("-f", "jsonl", "--jobs", "1", str(folder), "-o", os.devnull),
        "newsdoc parse --jobs 2": _cli("-f", "jsonl", "--jobs", "2", str(folder), "-o", os.devnull),
    }
    best = {name: float("inf") for name in commands}
    for _ in range(repeat):
        for name, argv in commands.items():
            best[name] = min(best[name], _run(argv)[0])
    print(f"{count} articles from {folder}, best of {repeat} runs in turn (wall time)")
    base = count / best["plain loop over parse"]
    for name, seconds in best.items():
        rate = count / seconds
        print(
            f"  {name:26} {seconds:6.2f} s  {rate:6.1f} items/s  {rate / base:4.2f}x the plain loop"
        )
    ratio = best["newsdoc parse --jobs 1"] / best["newsdoc parse --jobs 2"]
    print(f"  --jobs 2 / --jobs 1 throughput: {ratio:.2f}x")


def memory(folder: Path) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        tenfold = Path(tmp)
        for i in range(10):
            (tenfold / f"copy{i}").symlink_to(folder.resolve(), target_is_directory=True)
        count = sum(1 for _ in folder.rglob("*.txt"))
        for label, path in ((f"{count} items", folder), (f"{10 * count} items", tenfold)):
            for jobs in ("1", "2"):
                wall, rss, _ = _run(
                    _cli("-f", "jsonl", "--jobs", jobs, str(path), "-o", os.devnull)
                )
                print(f"  peak RSS, --jobs {jobs}, {label:12} {rss:5d} MB  ({wall:.1f} s)")


def reliability(folder: Path) -> None:
    texts = sorted(folder.rglob("*.txt"))
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "archive"
        (root / "files").mkdir(parents=True)
        expected_bad: dict[str, str] = {}
        good: dict[str, str] = {}
        n = 0
        for i in range(1500):  # 1,500 text files, 25 of them bad
            name = f"files/{i:04}.txt"
            path = root / name
            if i % 60 == 7:  # 25 bad files: binary, latin-1, empty in turn, one 20 MB text
                kind = ("binary", "latin-1", "empty")[(i // 60) % 3] if i != 7 else "20 MB"
                data = {
                    "binary": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + os.urandom(2000),
                    "latin-1": 'Caf\xe9 owners protest\n\n"It is unfair," said Ren\xe9 Dub\xe9.'.encode(
                        "latin-1"
                    ),
                    "empty": b"",
                    "20 MB": (texts[0].read_bytes() * (20_000_000 // texts[0].stat().st_size + 1))[
                        :20_000_000
                    ],
                }[kind]
                path.write_bytes(data)
                expected_bad[name] = kind
            else:
                text = texts[n % len(texts)].read_text(encoding="utf-8")
                n += 1
                path.write_text(text, encoding="utf-8")
                good[name] = text
        lines = []
        for i in range(500):  # 500 JSON lines, 15 of them invalid
            if i % 33 == 5:
                lines.append('{"id": "broken", "text": "unterminated')
                expected_bad[f"jsonl line {i + 1}"] = "invalid JSON"
            else:
                text = texts[n % len(texts)].read_text(encoding="utf-8")
                n += 1
                lines.append(json.dumps({"id": f"j{i:03}", "text": text}))
                good[f"j{i:03}"] = text
        (root / "more.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
        out = Path(tmp) / "out.jsonl"
        start = time.perf_counter()
        run = subprocess.run(
            _cli("-f", "jsonl", "--jobs", "2", str(root), "-o", str(out)),
            capture_output=True,
            text=True,
            check=False,
        )
        wall = time.perf_counter() - start
        records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
        failed = [r for r in records if "error" in r]
        print(
            f"{len(records)} results ({len(good)} good, {len(expected_bad)} bad items given) in {wall:.1f} s, exit status {run.returncode}"
        )
        print(f"  failures by type: {dict(Counter(r['error']['type'] for r in failed))}")
        for r in (
            failed[:1] + [r for r in failed if r["error"]["type"] != failed[0]["error"]["type"]][:6]
        ):
            print(f"    {r['source']}: {r['error']['type']}: {r['error']['message'][:100]}")
        print("  stderr summary, first lines:")
        for line in run.stderr.splitlines()[:4]:
            print(f"    {line}")
        from newsdoc import Article, parse

        mismatched = sum(
            1
            for r in records
            if "article" in r and Article.from_dict(r["article"]) != parse(good[r["id"]])
        )
        print(
            f"  every good article equal to parse() alone: {mismatched == 0} ({mismatched} differ)"
        )
        ok = len(records) == 2000 and len(failed) == len(expected_bad) and mismatched == 0
        print(f"  reliability: {'holds' if ok else 'DOES NOT HOLD'}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("folder", nargs="?", type=Path, default=DEFAULT)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--reliability", action="store_true", help="the 2,000-item archive run only")
    ap.add_argument("--no-memory", action="store_true", help="skip the memory runs")
    args = ap.parse_args()
    if args.reliability:
        reliability(args.folder)
        return
    throughput(args.folder, args.repeat)
    if not args.no_memory:
        memory(args.folder)


if __name__ == "__main__":
    main()
