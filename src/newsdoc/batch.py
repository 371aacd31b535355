"""``parse_many``: many articles through a pool of worker processes, in input order.

Each item becomes exactly one :class:`Result`, in the order the items came:
the Article, or the :class:`Failure` that stopped it (undecodable bytes, a
rule timeout, a malformed item, a worker process that died). Items are read
lazily and only a bounded window of them is in flight, so an archive of any
size streams through in constant memory. Each worker builds its rule set
once: a rule set given by name loads in the worker through the registry
(plugin sets included); a :class:`~newsdoc.rules.RuleSet` object is sent to
each worker once, when it starts.

>>> from newsdoc import parse_many
>>> results = parse_many([("a", "Rain\\n\\n“Wet,” she said."), ("b", b"\\xff")], processes=1)
>>> [(r.id, r.ok) for r in results]
[('a', True), ('b', False)]
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator, Mapping
from typing import TYPE_CHECKING, Any, Generic, Literal, TypeVar

import attrs

from newsdoc import rulesets
from newsdoc.errors import NewsdocError
from newsdoc.model import Article
from newsdoc.parse import parse
from newsdoc.rules import DEFAULT_TIMEOUT, RuleSet

if TYPE_CHECKING:  # the pool's modules load only when a pool is made: `import newsdoc` stays fast
    from concurrent.futures import Future, ProcessPoolExecutor

__all__ = ["Failure", "ItemFailed", "ParseWork", "Result", "parse_many", "run_items"]

T = TypeVar("T")


@attrs.frozen
class Failure:
    """Why one item gave no Article: the exception's class name and its message.

    ``type`` is ``"WorkerDied"`` when the process parsing the item ended
    abruptly (killed, out of memory, a crash in an extension).
    """

    type: str
    message: str

    @classmethod
    def of(cls, exc: BaseException) -> Failure:
        """The failure an exception stands for."""
        return cls(type(exc).__name__, str(exc))

    def to_dict(self) -> dict[str, str]:
        """``{"type": ..., "message": ...}``, as the CLI's JSONL output writes it."""
        return {"type": self.type, "message": self.message}


class ItemFailed(NewsdocError):
    """An item of :func:`parse_many` failed, with ``on_error="raise"``; the message says why.

    ``id`` is the item's id and ``failure`` the :class:`Failure`.
    """

    def __init__(self, item_id: Any, failure: Failure) -> None:
        super().__init__(f"item {item_id!r}: {failure.type}: {failure.message}")
        self.id = item_id
        self.failure = failure


@attrs.frozen
class Result(Generic[T]):
    """The outcome of one item: its ``id``, and ``article`` or ``error`` (exactly one is set)."""

    id: Any
    article: T | None = None
    error: Failure | None = None

    @property
    def ok(self) -> bool:
        """Whether the item parsed (``error`` is ``None``)."""
        return self.error is None


Payload = str | bytes | Failure
"""What :func:`parse_many` sends a worker for one item: its text, or the failure it already is."""

Rules = RuleSet | str | None


def parse_many(
    items: Iterable[Any],
    *,
    rules: Rules = "auto",
    processes: int | None = None,
    chunksize: int = 8,
    on_error: Literal["record", "raise"] = "record",
    timeout: float = DEFAULT_TIMEOUT,
    on_timeout: Literal["raise", "skip"] = "raise",
    start_method: str | None = None,
) -> Iterator[Result[Article]]:
    """Parse many articles, in worker processes, yielding one :class:`Result` per item in order.

    Args:
        items: any iterable (read lazily) of texts (``str``, or UTF-8 ``bytes``),
            ``(id, text)`` pairs, or mappings with a ``"text"`` key and an
            optional ``"id"``. A text alone gets its position (0, 1, …) as id.
        rules: as for :func:`~newsdoc.parse.parse`: ``"auto"`` (the default, each
            text's language; ``None`` is the same), a rule set, or a registered
            name (loaded in each worker).
        processes: worker processes; ``None`` for one per available core,
            ``1`` to parse in this process (no pool, no pickling).
        chunksize: items sent to a worker at a time.
        on_error: ``"record"`` turns a failed item into a Result with ``error``
            set and goes on; ``"raise"`` raises the first item's exception
            (a ``ValueError`` for a malformed item) and stops.
        timeout: as for :func:`~newsdoc.parse.parse`.
        on_timeout: as for :func:`~newsdoc.parse.parse`; with ``"raise"`` a
            rule timeout is the item's failure.
        start_method: the ``multiprocessing`` start method of the pool
            (``"fork"``, ``"spawn"``, ``"forkserver"``); ``None`` for the platform's default.

    At most ``4 * processes`` chunks are in flight, and results are yielded as
    soon as every earlier one is, so memory stays bounded whatever the number
    of items. Use it as an iterator (``for result in parse_many(...)``), or
    ``list(...)`` when the results fit in memory.

    Raises:
        ValueError: ``processes`` or ``chunksize`` below 1, or an unknown ``on_error``.
    """
    if on_error not in ("record", "raise"):
        raise ValueError(f"on_error must be 'record' or 'raise', not {on_error!r}")
    work = ParseWork(rules, timeout, on_timeout)
    for item_id, outcome in run_items(
        work, _entries(items), processes=processes, chunksize=chunksize, start_method=start_method
    ):
        if isinstance(outcome, Failure):
            if on_error == "raise":
                raise ItemFailed(item_id, outcome)
            yield Result(item_id, error=outcome)
        else:
            yield Result(item_id, article=outcome)


class ParseWork:
    """What a worker does with one text: parse it with a rule set resolved once per process.

    It pickles as its arguments alone. In a process, a rule set given by name
    comes from the registry's cache, and a RuleSet object equal to one seen
    before is replaced by that one, so its patterns compile once per process
    even when every task (a Dask partition) brings its own copy.
    """

    __slots__ = ("_resolved", "on_timeout", "rules", "timeout")

    def __init__(
        self,
        rules: Rules = None,
        timeout: float = DEFAULT_TIMEOUT,
        on_timeout: Literal["raise", "skip"] = "raise",
    ) -> None:
        self.rules = rules
        self.timeout = timeout
        self.on_timeout: Literal["raise", "skip"] = on_timeout
        self._resolved: RuleSet | None = None

    def __reduce__(self) -> tuple[type[ParseWork], tuple[Rules, float, str]]:
        return (ParseWork, (self.rules, self.timeout, self.on_timeout))

    def __call__(self, text: str | bytes) -> Article:
        """Parse ``text`` with this work's rule set."""
        return parse(text, rules=self.rule_set(), timeout=self.timeout, on_timeout=self.on_timeout)

    def rule_set(self) -> RuleSet | Literal["auto"]:
        """The rule set to parse with, resolved on first use in this process.

        ``"auto"`` stays ``"auto"``: each text then gets the set of its language.
        """
        if self.rules is None or self.rules == "auto":
            return "auto"
        rs = self._resolved
        if rs is None:
            rs = self._resolved = _rule_set(self.rules)
        return rs


def _rule_set(rules: Rules) -> RuleSet:
    if isinstance(rules, str):
        return rulesets.get(rules)
    if rules is None or not isinstance(rules, RuleSet):
        raise TypeError(f"rules must be a RuleSet or a rule-set name, not {type(rules).__name__}")
    for known in _SEEN:
        if known is rules or known == rules:
            return known
    _SEEN.append(rules)
    del _SEEN[:-4]  # a few rule sets per process at most; the oldest go
    return rules


_SEEN: list[RuleSet] = []


def _entries(items: Iterable[Any]) -> Iterator[tuple[Any, Payload]]:
    for index, item in enumerate(items):
        if isinstance(item, (str, bytes)):
            yield index, item
        elif isinstance(item, Mapping):
            text = item.get("text")
            item_id = item.get("id", index)
            if isinstance(text, (str, bytes)):
                yield item_id, text
            else:
                problem = "no 'text'" if text is None else f"'text' of type {type(text).__name__}"
                yield item_id, Failure("ValueError", f"item {index} has {problem}")
        elif isinstance(item, (tuple, list)) and len(item) == 2:
            item_id, text = item
            if isinstance(text, (str, bytes)):
                yield item_id, text
            else:
                yield (
                    item_id,
                    Failure(
                        "ValueError",
                        f"item {index}: the text is a {type(text).__name__}, not str or bytes",
                    ),
                )
        else:
            yield (
                index,
                Failure(
                    "ValueError",
                    f"item {index} is a {type(item).__name__}; items are texts, "
                    "(id, text) pairs or mappings with a 'text' key",
                ),
            )


def run_items(
    work: Callable[[Any], T],
    entries: Iterable[tuple[Any, Any]],
    *,
    processes: int | None = None,
    chunksize: int = 8,
    start_method: str | None = None,
) -> Iterator[tuple[Any, T | Failure]]:
    """Apply ``work`` to each entry's payload, in a pool, yielding ``(id, outcome)`` in order.

    The engine behind :func:`parse_many` (and the CLI, whose ``work`` also
    formats the Article in the worker). A payload that is already a
    :class:`Failure` passes through; an exception from ``work`` becomes the
    item's Failure. ``work`` must pickle when the start method is not ``fork``.
    """
    if processes is None:
        processes = _cores()
    if processes < 1 or chunksize < 1:
        raise ValueError(
            f"processes and chunksize must be at least 1, not {processes}, {chunksize}"
        )
    if processes == 1:
        for item_id, payload in entries:
            yield item_id, _apply(work, payload)
        return
    yield from _Pool(work, processes, chunksize, start_method).run(entries)


def _cores() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not on Linux
        return max(1, os.cpu_count() or 1)


def _apply(work: Callable[[Any], T], payload: Any) -> T | Failure:
    if isinstance(payload, Failure):
        return payload
    try:
        return work(payload)
    except Exception as exc:
        return Failure.of(exc)


_WORK: Callable[[Any], Any] | None = None


def _init_worker(work: Callable[[Any], Any]) -> None:
    global _WORK
    _WORK = work


def _run_chunk(payloads: list[Any]) -> list[Any]:
    assert _WORK is not None, "worker not initialised"
    work = _WORK
    return [_apply(work, p) for p in payloads]


Chunk = tuple[list[Any], list[Any]]


class _Pool(Generic[T]):
    """A process pool with a bounded window of chunks in flight, read in order.

    When a worker dies, the pool is rebuilt and the chunks in flight run
    again one item at a time, so that only the item that kills a worker by
    itself is reported as ``WorkerDied``.
    """

    def __init__(
        self, work: Callable[[Any], T], processes: int, chunksize: int, start_method: str | None
    ) -> None:
        self.work = work
        self.processes = processes
        self.chunksize = chunksize
        import multiprocessing

        self.context = multiprocessing.get_context(start_method)
        self.window = 4 * processes

    def _executor(self) -> ProcessPoolExecutor:
        from concurrent.futures import ProcessPoolExecutor

        return ProcessPoolExecutor(
            self.processes, mp_context=self.context, initializer=_init_worker, initargs=(self.work,)
        )

    def run(self, entries: Iterable[tuple[Any, Any]]) -> Iterator[tuple[Any, T | Failure]]:
        from concurrent.futures.process import BrokenProcessPool

        source = _chunks(entries, self.chunksize)
        pool = self._executor()
        flight: deque[tuple[Chunk, Future[list[Any]]]] = deque()
        try:
            while True:
                while len(flight) < self.window and (chunk := next(source, None)) is not None:
                    flight.append((chunk, pool.submit(_run_chunk, chunk[1])))
                if not flight:
                    return
                (ids, _), future = flight[0]
                try:
                    outcomes = future.result()
                except BrokenProcessPool:
                    pool.shutdown(wait=True)
                    pool = yield from self._isolate(flight)
                    continue
                flight.popleft()
                yield from zip(ids, outcomes, strict=True)
        finally:
            pool.shutdown(wait=False, cancel_futures=True)

    def _isolate(
        self, flight: deque[tuple[Chunk, Future[list[Any]]]]
    ) -> Generator[tuple[Any, T | Failure], None, ProcessPoolExecutor]:
        """After a worker died: every chunk in flight again, one item at a time, in order.

        Run alone, an item that kills its worker is known, and reported as
        ``WorkerDied``; the others parse. Chunks that finished before the
        crash keep their results. Returns the fresh pool that goes on.
        """
        from concurrent.futures.process import BrokenProcessPool

        pool = self._executor()
        while flight:
            (ids, payloads), future = flight.popleft()
            if future.done() and not future.cancelled() and future.exception() is None:
                yield from zip(ids, future.result(), strict=True)
                continue
            for item_id, payload in zip(ids, payloads, strict=True):
                try:
                    outcome = pool.submit(_run_chunk, [payload]).result()[0]
                except BrokenProcessPool:
                    pool.shutdown(wait=True)
                    pool = self._executor()
                    outcome = Failure("WorkerDied", _DIED)
                yield item_id, outcome
        return pool


_DIED = "the worker process parsing this item ended abruptly (killed, out of memory, a crash)"


def _chunks(entries: Iterable[tuple[Any, Any]], size: int) -> Iterator[Chunk]:
    ids: list[Any] = []
    payloads: list[Any] = []
    for item_id, payload in entries:
        ids.append(item_id)
        payloads.append(payload)
        if len(ids) == size:
            yield ids, payloads
            ids, payloads = [], []
    if ids:
        yield ids, payloads
